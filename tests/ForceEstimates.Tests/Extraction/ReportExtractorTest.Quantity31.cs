using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Figures of several articles about one thing meeting in one quantity (session 31): the place a lead names as the object of
/// a strike ("struck Dovra"), that place lent to the article's unplaced tolls when every placed figure of the article names it
/// too, verbs of wounding before their figure ("kills 12, injures 40"), and another day's attack at the same place kept
/// apart from the lead's toll. Sentences written for the project: invented places, names and numbers.
/// </summary>
public partial class ReportExtractorTest
{
    private static readonly LocalDate Day31 = new(2025, 6, 14);

    [Theory]
    [InlineData("Missiles struck Varnik on the morning of 14 June, the governor said. Officials counted the dead.", "Varnik")]
    [InlineData("On June 14, troops attacked Tarvo with ballistic missiles. 16 people died.", "Tarvo")]
    [InlineData("Drones hit Varnik and Tarvo overnight. Officials counted the dead.", null)]
    [InlineData("Gunmen attacked Russian positions overnight. Officials counted the dead.", null)]
    public void TheObjectOfAStrikeInALeadIsItsEventsPlace(string lead, string? place)
        => QuantityGuess.NamedLeadPlace(lead).Should().Be(place);

    [Theory]
    [InlineData("Missile strike kills 12, injures 40 in Tarvo", "40", "wounded")]
    [InlineData("Missile strike kills 12, injures 40 in Tarvo", "12", "killed")]
    [InlineData("Blast rocks Varnik station, kills 18, injures over 35", "18", "killed")]
    [InlineData("The shelling of Varnik, killing 4 and hurting 30, drew condemnation.", "30", "wounded")]
    public void AVerbOfWoundingBeforeAFigureIsItsPart(string sentence, string figure, string metric)
        => PartOfFigure(sentence, figure, out _).Should().Be(Metric.Of(metric));

    [Fact]
    public void TheLeadsPlaceIsLentToTollsWithNoneWhenThePlacedFiguresNameIt()
    {
        var first = ReportExtractor.Default.Extract(
            "Missiles struck Varnik on the morning of 14 June, the governor said.\nSo far, 17 people have been reported dead and 61 injured.\n"
            + "Later, the minister said that 11 people were killed and 22 injured in Varnik.", Day31);
        var second = ReportExtractor.Default.Extract("At least 60 people were injured in Varnik on Saturday, officials said.", Day31);
        var reports = ReportExtractor.ToReports(first.Concat(second));

        var sixtyOne = reports[first.ToList().FindIndex(f => f.Text == "61")];
        sixtyOne.Quantity.Place.Should().Be("Varnik");
        sixtyOne.Quantity.Key.Should().Be(reports[^1].Quantity.Key);
    }

    [Fact]
    public void TheLeadsPlaceIsNotLentWhenThePlacedFiguresNameAnother()
    {
        var first = ReportExtractor.Default.Extract(
            "Missiles struck Varnik on the morning of 14 June, the governor said.\nSo far, 17 people have been reported dead and 61 injured.\n"
            + "Later, the minister said that 11 people were killed and 22 injured in Tarvo.", Day31);
        var reports = ReportExtractor.ToReports(first);

        reports[first.ToList().FindIndex(f => f.Text == "61")].Quantity.Place.Should().BeNull();
    }

    [Fact]
    public void AnotherDaysAttackAtTheLeadsPlaceIsNotTheLeadsToll()
    {
        var first = ReportExtractor.Default.Extract(
            "Varnik blast death toll rises to 20\nThe toll from a missile strike on Varnik rose to at least 20 on Saturday.\n"
            + "On May 30, a drone struck a building in the city, killing 12 people.", Day31);
        var reports = ReportExtractor.ToReports(first);

        reports[0].Quantity.Place.Should().Be("Varnik");
        reports[first.ToList().FindIndex(f => f.Text.StartsWith("12", StringComparison.Ordinal))].Quantity.Key.Should().NotBe(reports[0].Quantity.Key);
    }

    [Theory]
    [InlineData("Dovra Railway Station", "Dovra")]
    [InlineData("Varo Airport", "Varo")]
    [InlineData("Ostrel Train Station", "Ostrel")]
    [InlineData("Railway Station", "Railway Station")]
    public void ATownsStationOrAirportWrittenAsOneNameIsTheTown(string written, string place)
        => QuantityGuess.Place(written).Should().Be(place);

    [Fact]
    public void GAndHBetweenVowelsSpellOneName()
    {
        var spelling = QuantityGuess.HarmonizePlaces(["Varnihiv", "Varnigiv", "Varnihiv", "Tagor", "Tahor", "Dolgansk"]);

        spelling["Varnigiv"].Should().Be("Varnihiv");
        spelling["Tagor"].Should().Be(spelling["Tahor"]);
        spelling["Dolgansk"].Should().Be("Dolgansk");
    }

    [Theory]
    [InlineData("people suffered injuries", "people")]
    [InlineData("others sustained injuries when", "people")]
    [InlineData("individuals received injuries", "people")]
    [InlineData("civilians sustained injuries", "civilians")]
    [InlineData("children", "children")]
    public void AVerbOfSufferingEndsATollsSubject(string subject, string tidy)
        => QuantityGuess.TollSubject(subject).Should().Be(tidy);
}
