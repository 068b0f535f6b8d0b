using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Figures of several articles about one thing meeting in one quantity (session 30): one event placed at two levels (a town
/// and the district, region or part of a country the batch's own words say it lies in), the place a headline or lead names
/// lent to a toll when no figure of the article has a place, words of harm as their own metric (the missing, those in
/// hospital), a part word of a clause of time after the figure, and parts of a toll with no place kept to their article.
/// Sentences written for the project: invented places, names and numbers.
/// </summary>
public partial class ReportExtractorTest
{
    private static readonly LocalDate Day30 = new(2025, 3, 9);

    [Theory]
    [InlineData("There is currently no contact with at least 11 people, the minister wrote.", "at least 11", true)]
    [InlineData("The fate of 24 residents remains unknown, rescuers said.", "24", true)]
    [InlineData("Police are looking for 12 people who disappeared after the raid.", "12", true)]
    [InlineData("Officials said 15 people were killed in the raid.", "15", false)]
    [InlineData("Rescuers reached 40 people and contacted their families.", "40", false)]
    public void WordsOfAnUnknownFateCountTheMissing(string sentence, string figure, bool missing)
    {
        int start = sentence.IndexOf(figure, StringComparison.Ordinal);

        QuantityGuess.StatesMissing(sentence, start, start + figure.Length).Should().Be(missing);
    }

    [Fact]
    public void PeopleOfNoKindWithWhomThereIsNoContactAreMissing()
    {
        var figures = ReportExtractor.Default.Extract("There is currently no contact with at least 11 people, the minister wrote.", Day30);

        figures.Single().SuggestQuantity().Metric.Should().Be(Metric.Of("missing"));
    }

    [Theory]
    [InlineData("Another 25 people remain in hospitals, including three children.", "25", true)]
    [InlineData("At the moment 98 people have been taken to hospitals.", "98", true)]
    [InlineData("Another 25 people were evacuated from the block.", "25", false)]
    public void WordsOfHospitalCountThoseInHospital(string sentence, string figure, bool inHospital)
    {
        int start = sentence.IndexOf(figure, StringComparison.Ordinal);

        QuantityGuess.StatesInHospital(sentence, start + figure.Length).Should().Be(inHospital);
    }

    [Fact]
    public void APartWordInAClauseOfTimeAfterTheFigureIsThatClauses()
    {
        const string sentence = "The death toll of the Varo blast rose to 46 after another injured man died in hospital.";

        PartOfFigure(sentence, "46", out _).Should().Be(Metric.Of("killed"));
    }

    [Theory]
    [InlineData("The blast in the Tarvo area of Ostrel killed 30 people.", "Ostrel", "Tarvo", "Ostrel")]
    [InlineData("A bomb at a rally in Ostrel's Tarvo killed 30 people.", "Tarvo", "Tarvo", "Ostrel")]
    [InlineData("Graves were found in the town of Varnik of the Dolsk region on Monday.", "Varnik", "Varnik", "Dolsk region")]
    [InlineData("Forensic teams worked at a site near Varnik, Dolsk region, on Friday.", "Varnik", "Varnik", "Dolsk region")]
    [InlineData("The bomb went off in the Tarvo tehsil of Ostrel district on Sunday.", "Tarvo", "Tarvo", "Ostrel district")]
    public void ATownAndTheWiderPlaceItLiesInAreReadFromTheWordsAroundAPlace(string sentence, string read, string town, string wider)
    {
        var pairs = new List<(string Narrow, string Wide)>();

        QuantityGuess.Containment(sentence, read, pairs);

        pairs.Should().Contain((town, wider));
    }

    [Fact]
    public void ATownInARegionOfACountryIsReadAtBothLevels()
    {
        var pairs = new List<(string Narrow, string Wide)>();

        QuantityGuess.Containment("Gunmen attacked Pelta, a town in Dorvania's Sarth region, on Thursday.", "Sarth region", pairs);

        pairs.Should().Contain(("Pelta", "Sarth region"));
        pairs.Should().Contain(("Sarth region", "Dorvania"));
    }

    [Theory]
    [InlineData("Shelling in Dovra killed 14 people.", "Dovra")]
    [InlineData("A bomb in central Dovra killed 14 people.", "central Dovra")]
    public void APlaceWithNoWiderPlaceAroundItGivesNone(string sentence, string read)
    {
        var pairs = new List<(string Narrow, string Wide)>();

        QuantityGuess.Containment(sentence, read, pairs);

        pairs.Should().BeEmpty();
    }

    [Theory]
    [InlineData("In Tarvo, Dorvania, a bomb tore through a rally on Sunday. Officials said 40 people were killed.", "Tarvo")]
    [InlineData("Toll rises after strike on the Varnik railway station\nRescuers worked through the night.", "Varnik")]
    [InlineData("Exhumations continue at a burial site near Varnik. Forensic teams arrived on Monday.", "Varnik")]
    [InlineData("Strikes hit Varnik and Tarvo overnight. Officials counted the dead.", null)]
    public void TheOnePlaceAHeadlineOrLeadNamesForItsEvent(string lead, string? place)
        => QuantityGuess.NamedLeadPlace(lead).Should().Be(place);

    [Theory]
    [InlineData("Dovra Missile Strike", "Dovra")]
    [InlineData("Varo Chemical Attack", "Varo")]
    [InlineData("Ostrel Shooting", "Ostrel")]
    [InlineData("Missile Strike", null)]
    [InlineData("Dovra region", "Dovra region")]
    public void AHeadlinesEventReadWithItsPlaceIsDropped(string written, string? place)
        => QuantityGuess.Place(written).Should().Be(place);

    [Theory]
    [InlineData("Central Mali", "Mali")]
    [InlineData("central Mali", "Mali")]
    [InlineData("Central African Republic", "Central African Republic")]
    public void CentralBeforeACountryIsTheCountry(string written, string place)
        => QuantityGuess.Place(written).Should().Be(place);

    [Fact]
    public void AWiderPlacesTollOfOneEventMeetsItsTownsToll()
    {
        var first = ReportExtractor.Default.Extract(
            "A suicide bomber killed at least 40 people at a rally in Ostrel's Tarvo on Sunday, officials said.", Day30);
        var second = ReportExtractor.Default.Extract(
            "The death toll from the bombing in the Ostrel district rose to 54 on Monday, officials in Tarvo said.", Day30.PlusDays(1));
        var reports = ReportExtractor.ToReports(first.Concat(second));

        reports[0].Quantity.Place.Should().Be("Tarvo");
        reports[^1].Quantity.Key.Should().Be(reports[0].Quantity.Key);
    }

    [Fact]
    public void AWiderPlacesOwnWholeStaysAtItsLevel()
    {
        var first = ReportExtractor.Default.Extract(
            "A suicide bomber killed at least 40 people at a rally in Ostrel's Tarvo on Sunday, officials said.", Day30);
        var second = ReportExtractor.Default.Extract(
            "Militants have killed 900 people in the Ostrel district since 2019, officials in Tarvo said.", Day30.PlusDays(1));
        var reports = ReportExtractor.ToReports(first.Concat(second));

        reports[^1].Quantity.Key.Should().NotBe(reports[0].Quantity.Key);
    }

    [Fact]
    public void ALeadsPlaceIsLentWhenNoFigureOfTheArticleHasOne()
    {
        var first = ReportExtractor.Default.Extract(
            "In Tarvo, Dorvania, a bomb tore through a rally on Sunday.\nOfficials said at least 40 people were killed and over 100 injured.", Day30);
        var second = ReportExtractor.Default.Extract("At least 44 people were killed in Tarvo, the police said.", Day30);
        var reports = ReportExtractor.ToReports(first.Concat(second));

        reports[0].Quantity.Place.Should().Be("Tarvo");
        reports[0].Quantity.Key.Should().Be(reports[^1].Quantity.Key);
    }
}
