using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// One place read at several levels (session 35, second round): a toll read at a country or a compass part of it whose own
/// sentence names the site struck there ("the Tesk railway station in eastern Kessia") is the site's toll. Sentences
/// written for the project: invented towns, countries' parts and numbers.
/// </summary>
public class QuantityGuessLevels35Test
{
    private static readonly LocalDate Day = new(2031, 5, 14);

    [Theory]
    [InlineData("Rockets hit the Tesk railway station in eastern Mali, killing 41 people.", "Mali", "Tesk")]
    [InlineData("Rockets hit the Tesk railway station in eastern Mali, killing 41 people.", "eastern Mali", "Tesk")]
    [InlineData("At least 41 were killed in a strike on eastern Mali's Tesk railway station.", "Mali", "Tesk")]
    [InlineData("Tesk railway station attack in Mali: toll rises to 41", "Mali", "Tesk")]
    [InlineData("The Varo bus station in Mali was shelled, killing 19.", "Mali", "Varo")]
    [InlineData("Strikes across eastern Mali killed 41 people at a station.", "eastern Mali", null)]
    [InlineData("A fierce attack in Mali killed 41 people.", "Mali", null)]
    public void ASiteWithItsStationOrBlowNamedInACountryOrItsEastIsNamed(string sentence, string country, string? site)
        => QuantityGuess.SiteIn(sentence, country).Should().Be(site);

    [Fact]
    public void ATollReadAtACompassPartOfACountryTakesTheStationItsSentenceNames()
    {
        var first = ReportExtractor.Default.Extract(
            "The rail company says more than 47 people have been killed in a rocket strike on Tesk train station in Eastern Mali.", Day);
        var second = ReportExtractor.Default.Extract("At least 47 people were killed in Tesk on Thursday, the governor said.", Day);
        var reports = ReportExtractor.ToReports(first.Concat(second));

        reports[0].Quantity.Place.Should().Be("Tesk");
        reports[0].Quantity.Key.Should().Be(reports[^1].Quantity.Key);
    }

    [Fact]
    public void AHeadlinesTollReadAtACountryTakesTheStationItsAttackNames()
    {
        var first = ReportExtractor.Default.Extract(
            "Tesk railway station attack in Mali: death toll rises to 47\nRockets hit the station on Thursday, the governor said.", Day);
        var second = ReportExtractor.Default.Extract("At least 47 people were killed in Tesk on Thursday, the governor said.", Day);
        var reports = ReportExtractor.ToReports(first.Concat(second));

        reports[0].Quantity.Place.Should().Be("Tesk");
        reports[0].Quantity.Key.Should().Be(reports[^1].Quantity.Key);
    }

    [Fact]
    public void AHeadlinesTollToldAgainBelowTakesTheStationTheSentenceBelowNames()
    {
        var first = ReportExtractor.Default.Extract(
            "'More than 47 killed in rocket strike on train station'\n"
            + "The rail company says more than 47 people have been killed in a rocket strike on Tesk train station in Eastern Mali.", Day);
        var second = ReportExtractor.Default.Extract("At least 47 people were killed in Tesk on Thursday, the governor said.", Day);
        var reports = ReportExtractor.ToReports(first.Concat(second));

        reports[0].Quantity.Place.Should().Be("Tesk");
        reports[0].Quantity.Key.Should().Be(reports[^1].Quantity.Key);
    }

    [Fact]
    public void ATollAcrossACompassPartOfACountryKeepsItsPlace()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "Strikes across eastern Mali killed more than 47 people this week, the governor said.", Day));

        reports[0].Quantity.Place.Should().NotBe("Tesk");
    }

    [Fact]
    public void AKeptTollTakesThePlaceOfTheWoundedOfItsSentence()
    {
        var first = ReportExtractor.Default.Extract(
            "Rockets struck a crowded platform on Thursday.\n"
            + "The rail chief said two rockets hit the station in Tesk. 33 people were killed and more than 120 were injured.", Day);
        var second = ReportExtractor.Default.Extract("At least 47 people were killed in Tesk on Thursday, the governor said.", Day);
        var reports = ReportExtractor.ToReports(first.Concat(second));
        var figures = first.ToList();

        var killed = reports[figures.FindIndex(f => f.Estimate.Stated.Values.Contains(33))].Quantity;
        var wounded = reports[figures.FindIndex(f => f.Estimate.Stated.Values.Contains(120))].Quantity;
        wounded.Place.Should().Be("Tesk");
        killed.Place.Should().Be("Tesk");
        killed.Key.Should().Be(reports[^1].Quantity.Key);
    }

    [Fact]
    public void AWoundedCountFarAboveTheLeadsTollTakesThePlaceOfTheTollOfItsSentence()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "The Tesk health chief said at least 27 people had been killed and 3,100 hurt in the blast that shook Tesk on Monday.\n"
            + "Doctors expect both counts to climb.", Day));

        reports[0].Quantity.Place.Should().Be("Tesk");
        reports[1].Quantity.Place.Should().Be("Tesk");
    }
}
