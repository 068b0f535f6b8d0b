using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// One event's toll placed at two levels (session 34): a town and the country its own words set it in ("the eastern
/// Malian city of Dovra", "Dovra, eastern Mali", a dateline "Dovra, Mali:"), a village set before its province ("the
/// village of Tarvo in the Dolsk province"), a toll placed at a country's bare name moved to the town its own article
/// sets there, and a compass word before a nationality's adjective read as no place. Sentences written for the project:
/// invented towns, names and numbers (a real country's name where the rule reads the list of countries).
/// </summary>
public class QuantityGuessPlaces34Test
{
    private static readonly LocalDate Day = new(2025, 6, 8);

    [Theory]
    [InlineData("Two missiles hit a market in the eastern Malian city of Dovra on Sunday.", "Dovra", "Dovra", "Mali")]
    [InlineData("Rescuers searched the ruins of a school in Dovra, eastern Mali, on Monday.", "Dovra", "Dovra", "Mali")]
    [InlineData("Dovra, Mali: Rescuers searched the ruins of a school on Monday.", "Dovra", "Dovra", "Mali")]
    [InlineData("Gunmen raided the village of Tarvo in the Dolsk province overnight.", "Dolsk province", "Tarvo", "Dolsk province")]
    [InlineData("Gunmen raided Tarvo village in the Dolsk region overnight.", "Dolsk region", "Tarvo", "Dolsk region")]
    [InlineData("Gunmen raided the village of Tarvo in northern Mali overnight.", "northern Mali", "Tarvo", "northern Mali")]
    public void ATownAndTheCountryOrProvinceItsWordsSetItInAreRead(string sentence, string read, string town, string wider)
    {
        var pairs = new List<(string Narrow, string Wide)>();

        QuantityGuess.Containment(sentence, read, pairs);

        pairs.Should().Contain((town, wider));
    }

    [Theory]
    [InlineData("Fighting in the Dolsk province went on overnight.", "Dolsk province")]
    [InlineData("Gunmen raided the area of Tarvo in the Dolsk province overnight.", "Dolsk province")]
    [InlineData("Rescuers searched the ruins in Dovra, Tarvo and Varo on Monday.", "Dovra")]
    [InlineData("Rescuers searched the ruins in Dovra, Kessia and Varo on Monday.", "Dovra")]
    [InlineData("Two missiles hit a market in the city of Dovra on Sunday.", "Dovra")]
    public void NoCountryOrProvinceIsReadWhereTheWordsSetTheTownInNone(string sentence, string read)
    {
        var pairs = new List<(string Narrow, string Wide)>();

        QuantityGuess.Containment(sentence, read, pairs);

        pairs.Should().BeEmpty();
    }

    [Fact]
    public void ATollReadAtACompassPartOfACountryTakesTheTownTheBatchSetsThere()
    {
        var first = ReportExtractor.Default.Extract(
            "Strike on Dovra market\nAt least 41 people were killed when missiles hit a market in the eastern Malian city of Dovra, officials said.", Day);
        var second = ReportExtractor.Default.Extract(
            "Rockets leave over 40 dead at a market in eastern Mali\nRescuers in Dovra were still searching the rubble on Sunday.", Day);
        var all = first.Concat(second).ToList();
        var reports = ReportExtractor.ToReports(all);

        var headline = reports[all.FindIndex(f => f.Text.Contains("40", StringComparison.Ordinal))].Quantity;
        var toll = reports[all.FindIndex(f => f.Text.Contains("41", StringComparison.Ordinal))].Quantity;
        headline.Place.Should().Be("Dovra");
        headline.Key.Should().Be(toll.Key);
    }

    [Fact]
    public void ATollReadAtACountrysBareNameTakesTheTownItsOwnArticleSetsThere()
    {
        var first = ReportExtractor.Default.Extract("At least 32 people were killed in Dovra on Sunday, the emergency service said.", Day);
        var second = ReportExtractor.Default.Extract(
            "Rockets leave over 30 dead in Mali\nAt least 31 people died when two rockets fell on the Malian city of Dovra on Sunday.", Day);
        var all = first.Concat(second).ToList();
        var reports = ReportExtractor.ToReports(all);

        var headline = reports[all.FindIndex(f => f.Text.Contains("30", StringComparison.Ordinal))].Quantity;
        headline.Place.Should().Be("Dovra");
        headline.Key.Should().Be(reports[0].Quantity.Key);
    }

    [Fact]
    public void ATollReadAtACountrysBareNameKeepsItWhenOnlyAnotherArticleSetsTheTownThere()
    {
        var first = ReportExtractor.Default.Extract("At least 32 people were killed when missiles hit the Malian city of Dovra on Sunday.", Day);
        var second = ReportExtractor.Default.Extract(
            "Rockets leave over 30 dead in Mali\nRockets fell on Dovra and on farms near the border on Sunday.", Day);
        var all = first.Concat(second).ToList();
        var reports = ReportExtractor.ToReports(all);

        reports[all.FindIndex(f => f.Text.Contains("30", StringComparison.Ordinal))].Quantity.Place.Should().Be("Mali");
    }

    [Theory]
    [InlineData("eastern Malian", null)]
    [InlineData("the northern Malian", null)]
    [InlineData("eastern Mali", "eastern Mali")]
    public void ACompassWordBeforeANationalitysAdjectiveIsNoPlace(string read, string? place)
        => QuantityGuess.Place(read).Should().Be(place);
}
