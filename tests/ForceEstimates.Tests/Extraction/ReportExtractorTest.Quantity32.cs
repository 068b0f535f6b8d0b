using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Figures of several articles about one thing meeting in one quantity (session 32): a title-case headline's verb or a body's
/// noun read with a place, the site a lead's strike targets, an air strike or bombardment on a place in the figure's own
/// sentence, a town of several words set before its district, the people a toll names by their place ("victims", "locals"),
/// and a toll of another or longer time kept from the lead's. Sentences written for the project: invented places, names and
/// numbers.
/// </summary>
public partial class ReportExtractorTest
{
    private static readonly LocalDate Day32 = new(2025, 4, 19);

    [Theory]
    [InlineData("Dovra Result", "Dovra")]
    [InlineData("Varo Leaves", "Varo")]
    [InlineData("Ostrel Rises", "Ostrel")]
    [InlineData("Kessia Regime Air Strike", null)]
    [InlineData("Dovra Army", null)]
    [InlineData("Tarvo", "Tarvo")]
    public void AHeadlinesVerbOrABodysNounReadWithAPlaceIsDropped(string written, string? place)
        => QuantityGuess.Place(written).Should().Be(place);

    [Theory]
    [InlineData("Air raids targeting the Dovra fuel port killed at least 26 people, officials said.", "Dovra")]
    [InlineData("Jets were striking the Varo grain terminal when the fire began.", "Varo")]
    [InlineData("Air raids targeting the port killed at least 26 people, officials said.", null)]
    public void TheSiteALeadsStrikeTargetsIsItsEventsPlace(string lead, string? place)
        => QuantityGuess.NamedLeadPlace(lead).Should().Be(place);

    [Theory]
    [InlineData("In all, 36 people were killed as a result of the air bombardment on Varnik village.", "36", "Varnik")]
    [InlineData("At least 14 people died in an airstrike on Tarvo, residents said.", "14", "Tarvo")]
    [InlineData("At least 14 people died in an airstrike, residents said.", "14", null)]
    public void AnAirStrikeOrBombardmentOnAPlaceNamesTheFiguresPlace(string sentence, string figure, string? place)
        => QuantityGuess.PlaceInSentence(sentence, sentence.IndexOf(figure, StringComparison.Ordinal)).Should().Be(place);

    [Theory]
    [InlineData("victims", "people")]
    [InlineData("locals", "people")]
    [InlineData("villagers", "people")]
    [InlineData("residents", "people")]
    [InlineData("civilians", "civilians")]
    public void TheVictimsAndThePeopleOfAPlaceAreATollsPeople(string subject, string toll)
        => QuantityGuess.TollSubject(subject).Should().Be(toll);

    [Fact]
    public void ATownOfSeveralWordsSetBeforeItsDistrictLiesInIt()
    {
        var pairs = new List<(string Narrow, string Wide)>();
        QuantityGuess.Containment("Officials will rebuild Tarvo Minor, the village in Dolsk district where a drone killed at least 77 civilians.", "Dolsk district", pairs);

        pairs.Should().Contain(("Tarvo Minor", "Dolsk district"));
    }

    [Fact]
    public void ATownSetBeforeItsDistrictTakesTheDistrictsToll()
    {
        var first = ReportExtractor.Default.Extract(
            "The governor said officials will rebuild Tarvo Minor, the village in Dolsk district where a drone killed at least 77 civilians.", Day32);
        var second = ReportExtractor.Default.Extract("At least 70 people were killed in Tarvo Minor, officials said on Saturday.", Day32);
        var reports = ReportExtractor.ToReports(first.Concat(second));

        reports[0].Quantity.Place.Should().Be("Tarvo Minor");
    }

    [Fact]
    public void ATollOfAnEarlierMonthIsNotTheLeadsToll()
    {
        var figures = ReportExtractor.Default.Extract(
            "Air raids targeting the Dovra fuel port on Thursday killed at least 63 people, the health ministry said.\n"
            + "A prior round of air raids in March killed more than 41 people, officials say.", Day32);
        var reports = ReportExtractor.ToReports(figures);

        reports[0].Quantity.Place.Should().Be("Dovra");
        reports[figures.ToList().FindIndex(f => f.Text.Contains("41", StringComparison.Ordinal))].Quantity.Place.Should().BeNull();
    }

    [Fact]
    public void ATollOfALongerTimeIsNotTheLeadsToll()
    {
        var figures = ReportExtractor.Default.Extract(
            "Jets bombed Varnik village on April 9, killing 152 people, residents said.\n"
            + "The opposition says the army carried out 520 air strikes in the past two years, killing over 297 people.", Day32);
        var reports = ReportExtractor.ToReports(figures);

        reports[figures.ToList().FindIndex(f => f.Text.Contains("297", StringComparison.Ordinal))].Quantity.Place.Should().BeNull();
    }

    [Theory]
    [InlineData("Jets struck the Dovra fuel port in Mali, killing 27 and wounding 88.", "Mali", "Dovra")]
    [InlineData("Strikes on Mali's Dovra oil port killed at least 63 people.", "Mali", "Dovra")]
    [InlineData("The Varo Minor refugee camp in Sudan was shelled, killing 31.", "Sudan", "Varo Minor")]
    [InlineData("Rebel fighters in Mali said 27 people were killed.", "Mali", null)]
    [InlineData("Strikes across Mali killed 27 people.", "Mali", null)]
    public void ASiteTheSentenceNamesInACountryIsNamed(string sentence, string country, string? site)
        => QuantityGuess.SiteIn(sentence, country).Should().Be(site);

    [Fact]
    public void ATollReadAtACountryTakesTheSiteItsSentenceNamesThere()
    {
        var first = ReportExtractor.Default.Extract("Jets struck the Dovra fuel port in Mali on Thursday, killing 27 people, officials said.", Day32);
        var second = ReportExtractor.Default.Extract("At least 27 people were killed in Dovra on Thursday, the health ministry said.", Day32);
        var reports = ReportExtractor.ToReports(first.Concat(second));

        reports[0].Quantity.Place.Should().Be("Dovra");
        reports[0].Quantity.Key.Should().Be(reports[^1].Quantity.Key);
    }
}
