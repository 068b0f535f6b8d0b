using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// One event at one place across articles (session 37): where a town lies read from any sentence of its article, a toll
/// told at the wider level moved to the town when the batch's tolls there count the same thing, a level named after its
/// seat ("Orsk district") one place with the seat, and a toll kept to its article given the place its head names when the
/// batch's tolls there count the same thing. Sentences written for the project: invented places, names and numbers.
/// </summary>
public partial class ReportExtractorTest
{
    private static readonly LocalDate Day37a = new(2025, 3, 4);

    [Fact]
    public void AProvincesTollMovesToTheTownASentenceWithNoFigureSaysLiesThere()
    {
        var town = ReportExtractor.Default.Extract(
            "Fire kills 88 at wedding in Tarvo\nAt least 88 people were killed when a fire swept through a wedding hall in Tarvo on Tuesday, officials said.\n"
            + "Guests had travelled to Tarvo, Dolsk province, from across the region.", Day37a);
        var province = ReportExtractor.Default.Extract(
            "The wedding was held in the province of Dolsk.\nAt least 90 people died in the fire in Dolsk province, the health office said.", Day37a);
        var reports = ReportExtractor.ToReports(town.Concat(province));

        reports[^1].Quantity.Place.Should().Be("Tarvo");
        reports[^1].Quantity.Key.Should().Be(reports[0].Quantity.Key);
    }

    [Fact]
    public void AProvincesTollOfAnotherScaleStaysInTheProvince()
    {
        var town = ReportExtractor.Default.Extract(
            "Fire kills 88 at wedding in Tarvo\nAt least 88 people were killed when a fire swept through a wedding hall in Tarvo on Tuesday, officials said.\n"
            + "Guests had travelled to Tarvo, Dolsk province, from across the region.", Day37a);
        var year = ReportExtractor.Default.Extract(
            "Floods have killed at least 400 people in Dolsk province this year, the health office said.", Day37a);
        var reports = ReportExtractor.ToReports(town.Concat(year));

        reports[^1].Quantity.Place.Should().Be("Dolsk province");
    }

    [Fact]
    public void AProvincesTollOfAnotherWeekStaysInTheProvince()
    {
        var town = ReportExtractor.Default.Extract(
            "Fire kills 88 at wedding in Tarvo\nAt least 88 people were killed when a fire swept through a wedding hall in Tarvo on Tuesday, officials said.\n"
            + "Guests had travelled to Tarvo, Dolsk province, from across the region.", Day37a);
        var later = ReportExtractor.Default.Extract(
            "At least 90 people died in a fire in Dolsk province, the health office said.", Day37a.PlusDays(12));
        var reports = ReportExtractor.ToReports(town.Concat(later));

        reports[^1].Quantity.Place.Should().Be("Dolsk province");
    }

    [Fact]
    public void ATollKeptToItsArticleTakesThePlaceItsHeadlineNamesWhenTheBatchCountsTheSameTollThere()
    {
        var church = ReportExtractor.Default.Extract(
            "Gunmen storm church in Marn\nAround 12 worshippers were among the dead, local officials said on Sunday.\nA rights group put the toll at 40.", Day37a);
        var army = ReportExtractor.Default.Extract(
            "Gunmen left at least 38 people dead at a church in Marn on Sunday, the army said.", Day37a);
        var reports = ReportExtractor.ToReports(church.Concat(army));

        var toll = reports[church.ToList().FindIndex(f => f.Text == "40")];
        toll.Quantity.Place.Should().Be("Marn");
        toll.Quantity.Key.Should().Be(reports[^1].Quantity.Key);
    }

    [Fact]
    public void ATollKeptToItsArticleStaysKeptWhenTheBatchCountsNoSuchTollAtItsHeadlinesPlace()
    {
        var church = ReportExtractor.Default.Extract(
            "Gunmen storm church in Marn\nAround 12 worshippers were among the dead, local officials said on Sunday.\nA rights group put the toll at 40.", Day37a);
        var war = ReportExtractor.Default.Extract(
            "Raids around Marn have left at least 300 people dead since January, a rights group said.", Day37a);
        var reports = ReportExtractor.ToReports(church.Concat(war));

        reports[church.ToList().FindIndex(f => f.Text == "40")].Quantity.Place.Should().BeNull();
    }

    [Fact]
    public void ALevelNamedAfterItsSeatIsOnePlaceWithTheSeat()
    {
        var district = ReportExtractor.Default.Extract("The toll from the landslide in Orsk district rose to 52 on Sunday, the governor said.", Day37a);
        var town = ReportExtractor.Default.Extract("Rescuers said the landslide in Orsk had left at least 50 people dead.", Day37a);
        var reports = ReportExtractor.ToReports(district.Concat(town));

        reports[0].Quantity.Key.Should().Be(reports[^1].Quantity.Key);
    }

    [Theory]
    [InlineData("Orsk district", "Orsk", "Orsk district")]
    [InlineData("Belmar State", "Belmar", "Belmar State")]
    [InlineData("Tesk Local Government Area", "Tesk", "Tesk Local Government Area")]
    [InlineData("Orsk district", "Dolsk", "Dolsk")]
    public void HarmonizedPlacesDropALevelNamedAfterItsSeat(string level, string seat, string spelling)
        => QuantityGuess.HarmonizePlaces([level, seat])[seat].Should().Be(spelling);
}
