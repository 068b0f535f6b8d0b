using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Words that are no place (session 38): a feast written in a title ("a Halloween crush") is a time; an initial with a point
/// ("S. Korean", "U. S.") is an abbreviation, never a place by itself; a game, a vessel or an event written after a name
/// ("Dovra Football", "Varo Ferry", "Tesk Tragedy") is not part of the place. Sentences written for the project: invented
/// towns, countries and numbers.
/// </summary>
public class QuantityGuessPlaces38Test
{
    private static readonly LocalDate Day = new(2031, 11, 2);

    [Theory]
    [InlineData("Halloween", null)]
    [InlineData("S", null)]
    [InlineData("U", null)]
    [InlineData("S. Kessia", null)]
    [InlineData("Dovra Football", "Dovra")]
    [InlineData("Varo Ferry", "Varo")]
    [InlineData("Tesk Tragedy", "Tesk")]
    [InlineData("Orsk Stampede", "Orsk")]
    [InlineData("Belmar", "Belmar")]
    public void FeastsInitialsAndNounsAfterANameAreNoPlace(string read, string? place) => QuantityGuess.Place(read).Should().Be(place);

    [Fact]
    public void AFeastInATitleGivesWayToThePlaceAfterIt()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "212 dead, 95 hurt in Halloween crowd surge in Dovra", Day));

        reports.Should().OnlyContain(r => r.Quantity.Place == "Dovra");
    }

    [Fact]
    public void AnInitialGivesWayToThePlaceAfterIt()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "Officials said 47 people died in S. Kessian ferry sinking in Marn waters on Monday.", Day));

        reports[0].Quantity.Place.Should().NotBe("S");
    }
}
