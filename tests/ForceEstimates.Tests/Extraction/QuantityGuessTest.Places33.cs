using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Places of the quantities of several articles about one event (session 33): a headline's town beside the region a
/// speaker serves in the lead, a venue or a city's locality read as the place beside the town its article says it lies
/// in, a capital named right after the word, and a headline's weapon word read with a place. Sentences
/// written for the project: invented places, names and numbers.
/// </summary>
public class QuantityGuessPlaces33Test
{
    private static readonly LocalDate Day = new(2025, 5, 11);

    [Theory]
    [InlineData("Three more bodies pulled from the rubble in Dovra\nSource: Mira Tal, spokeswoman for the rescue service in Kessia Oblast, on the radio.", "Dovra")]
    [InlineData("Rescuers in Kessia Oblast worked through the night after missiles hit Dovra.", "Dovra")]
    [InlineData("Missiles hit Dovra at dawn\nRescuers in Varo found two bodies.", null)]
    [InlineData("A drone hit Dovra on Monday. Rescuers were still at work in Varo.", null)]
    public void AHeadlinesTownIsTheLeadsPlaceBesideTheRegionOfItsSpeaker(string lead, string? place)
        => QuantityGuess.NamedLeadPlace(lead).Should().Be(place);

    [Fact]
    public void AnArticleWhoseTollsNameNoPlaceTakesItsHeadlinesTownNotTheSpeakersRegion()
    {
        var lead = ReportExtractor.Default.Extract("Tolls in Dovra rise\nAt least 14 people were killed and 30 injured in Dovra on Friday, police said.", Day);
        var kept = ReportExtractor.Default.Extract(
            "Three more bodies pulled from the rubble in Dovra\n"
            + "Source: Mira Tal, spokeswoman for the rescue service in Kessia Oblast, on the radio.\n"
            + "Details: After Friday's shelling the city counts 17 dead and 31 hurt.", Day);
        var all = lead.Concat(kept).ToList();
        var reports = ReportExtractor.ToReports(all);

        var killed = reports[all.FindIndex(f => f.Text.Contains("17", StringComparison.Ordinal))].Quantity;
        killed.Place.Should().Be("Dovra");
        reports.Take(lead.Count).Select(r => r.Quantity).Should().Contain(killed);
    }

    [Theory]
    [InlineData("A drone struck a graduation at the Military College in Dovra, killing 40 people.", "Military College", "Dovra")]
    [InlineData("Up to 90 people died in the blast at the Varo Central hospital in Tesk, the ministry said.", "Varo Central", "Tesk")]
    [InlineData("Gunmen stormed Ostra Beach in Dovra late on Friday.", "Ostra Beach", "Dovra")]
    [InlineData("Gunmen stormed Ostra Beach on Friday. Dovra's police said 30 died.", "Ostra Beach", null)]
    [InlineData("At least 50 died in Varo in Kessia Oblast.", "Varo", null)]
    [InlineData("The strike hit the Military College in Kessia Oblast.", "Military College", null)]
    [InlineData("A bomber struck a church in the Tesk neighborhood of Dovra on Sunday.", "Tesk", "Dovra")]
    [InlineData("A bomber struck a church in Tesk, on the outskirts of Dovra, on Sunday.", "Tesk", "Dovra")]
    [InlineData("A bomber struck a church in the Tesk neighborhood on Sunday.", "Tesk", null)]
    [InlineData("A bomber struck a church in the Tesk neighborhood of Kessia Oblast on Sunday.", "Tesk", null)]
    public void AVenuesOrALocalitysTownIsTheTownItsWordsSayItLiesIn(string text, string venue, string? town)
        => QuantityGuess.VenuesTown(text, venue).Should().Be(town);

    [Fact]
    public void AFigurePlacedAtAVenueTakesTheTownItsArticleSaysTheVenueLiesIn()
    {
        var first = ReportExtractor.Default.Extract("Dovra toll rises\nAt least 45 people were killed in Dovra on Sunday, the ministry said.", Day);
        var second = ReportExtractor.Default.Extract(
            "Police confirm 48 died in Lurra Beach attack\n"
            + "An attack at Lurra Beach in Dovra late on Sunday left 48 people dead and 90 wounded, police confirmed.", Day);
        var all = first.Concat(second).ToList();
        var reports = ReportExtractor.ToReports(all);

        var killed = reports[all.FindIndex(f => f.Text.Contains("48", StringComparison.Ordinal))].Quantity;
        killed.Place.Should().Be("Dovra");
        reports.Take(first.Count).Select(r => r.Quantity).Should().Contain(killed);
    }

    [Theory]
    [InlineData("At least 32 people were killed in an explosion on the beach in Kessia's capital Dovra on Friday.", "32", "Dovra")]
    [InlineData("Gunmen killed 12 guards in the Kessian capital Varo, police said.", "12", "Varo")]
    [InlineData("Gunmen killed 12 guards in the capital on Friday, police said.", "12", null)]
    public void ACapitalNamedRightAfterTheWordIsTheFiguresPlace(string sentence, string figure, string? place)
        => QuantityGuess.PlaceInSentence(sentence, sentence.IndexOf(figure, StringComparison.Ordinal)).Should().Be(place);

    [Fact]
    public void AFigurePlacedInALocalityTakesTheCityItsArticleSaysTheLocalityIsPartOf()
    {
        var first = ReportExtractor.Default.Extract("At least 24 people were killed in Dovra on Sunday, the ministry said.", Day);
        var second = ReportExtractor.Default.Extract(
            "An attacker set off a bomb in a church in Tesk, on the outskirts of Dovra, on Sunday, killing at least 25 people, state media said.", Day);
        var all = first.Concat(second).ToList();
        var reports = ReportExtractor.ToReports(all);

        reports[all.FindIndex(f => f.Text.Contains("25", StringComparison.Ordinal))].Quantity
            .Should().Be(reports[all.FindIndex(f => f.Text.Contains("24", StringComparison.Ordinal))].Quantity);
    }

    [Theory]
    [InlineData("Dovra Suicide", "Dovra")]
    [InlineData("Varo Missile Drone", "Varo")]
    [InlineData("Dovra Suicide Attack", "Dovra")]
    [InlineData("Suicide", "Suicide")]
    [InlineData("Ostra", "Ostra")]
    public void AHeadlinesWeaponWordReadWithAPlaceIsDropped(string written, string? place)
        => QuantityGuess.Place(written).Should().Be(place);
}
