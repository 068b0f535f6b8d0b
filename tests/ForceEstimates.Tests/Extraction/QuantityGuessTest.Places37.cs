using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// What a quantity's place is (session 37): where the event happened, the object of "in", "at" or "near" on it; never a
/// feast (a time), a title-case hedge, a church's faith, or the land people or goods came "from". Sentences written for the
/// project: invented towns, countries, groups and numbers.
/// </summary>
public class QuantityGuessPlaces37Test
{
    private static readonly LocalDate Day = new(2031, 9, 21);

    [Theory]
    [InlineData("Easter", null)]
    [InlineData("Christmas Eve", null)]
    [InlineData("Easter Sunday", null)]
    [InlineData("Eid al-Fitr", null)]
    [InlineData("Christmas Island", "Christmas Island")]
    [InlineData("Over", null)]
    [InlineData("Nearly", null)]
    [InlineData("Congolese Catholic", null)]
    [InlineData("Dovra Catholic", "Dovra")]
    [InlineData("Overbrook", "Overbrook")]
    public void AFeastAHedgeAndAFaithAreNoPlace(string read, string? place) => QuantityGuess.Place(read).Should().Be(place);

    [Fact]
    public void ATollOfTheFeastsAttacksIsNotPlacedAtTheFeast()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "More than 140 people were wounded in the Easter Sunday bombings, the ministry said.", Day));

        reports[0].Quantity.Place.Should().BeNull();
    }

    [Fact]
    public void ATitleCaseHeadlinesHedgeIsNoPlace()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "Report Finds Raid on Tesk Market Resulting in Over 70 Deaths", Day));

        reports[0].Quantity.Place.Should().NotBe("Over");
    }

    [Fact]
    public void AChurchsFaithAfterADemonymIsNoPlace()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "Gunmen kill 38 in Kessian Catholic church near Varo, officials in Kessia said.", Day));

        reports[0].Quantity.Place.Should().NotBe("Kessian Catholic").And.NotBe("Kessian");
    }

    [Fact]
    public void TheLandTheDeadCameFromIsNotWhereTheyDied()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "Officials put the toll at 117 with 360 injured, with foreign nationals from Kessia, Marn and Tesk among the dead.", Day));

        reports.Should().OnlyContain(r => r.Quantity.Place == null);
    }

    [Fact]
    public void TheLandACargoCameFromIsNotWhereItBurned()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "At least 46 people died when a depot at a Dovran port went up, and an engineer said the fire began in a shipment from Marn of a fuel additive.", Day));

        reports[0].Quantity.Place.Should().NotBe("Marn");
    }

    [Theory]
    [InlineData("The toll from the Varo earthquake rose to 212, the ministry said.", "Varo")]
    [InlineData("Rescuers said 64 bodies were recovered from Varo by Tuesday.", "Varo")]
    [InlineData("Some 3,200 deaths resulted from the Varo dam collapse, a study found.", "Varo")]
    public void TheTollFromAnEventKeepsItsPlace(string text, string place)
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(text, Day));

        reports[0].Quantity.Place.Should().Be(place);
    }
}
