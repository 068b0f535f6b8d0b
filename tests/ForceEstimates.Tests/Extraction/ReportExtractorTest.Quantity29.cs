using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Figures of several articles about one thing meeting in one quantity (session 29): a part kept from its whole (a part
/// word after another figure is that figure's; a figure with its own verb takes no part word from the clause before it;
/// "8 of those hurt", "Of these, 9 ...", "of which 180"; a site's part of a toll and a part of a toll take no lead's
/// place). Sentences written for the project: invented places, names and numbers.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void APartWordAfterAnotherFigureIsThatFigures()
    {
        const string sentence = "The number of the dead in the Varo blasts reached 64, as three more patients succumbed to their injuries overnight.";

        PartOfFigure(sentence, "64", out _).Should().Be(Metric.Of("killed"));
    }

    [Theory]
    [InlineData("As of noon, 30 people were killed (22 in the depot, eight at the market), 41 were hospitalized with injuries.", "41")]
    [InlineData("Of the 73 wounded, the police said 19 are guards of the Ostra garrison.", "19")]
    public void AFigureWithItsOwnVerbTakesNoPartWordFromTheClauseBefore(string sentence, string figure)
        => PartOfFigure(sentence, figure, out _).Should().BeNull();

    [Theory]
    [InlineData("The raid on Tarsk killed 40 people, and 25 were wounded.", "25", "wounded")]
    [InlineData("At least 9 people were killed and 35 injured in Tarsk.", "35", "wounded")]
    public void AFiguresOwnClauseStillNamesItsPart(string sentence, string figure, string part)
        => PartOfFigure(sentence, figure, out _).Should().Be(Metric.Of(part));

    [Theory]
    [InlineData("Medics say at least 14 of those hurt are children.", "14", true)]
    [InlineData("At least 14 of the injured were children, medics said.", "14", true)]
    [InlineData("At least 14 people were hurt, medics said.", "14", false)]
    public void ATollsPartOfAWholeNamedAfterIt(string sentence, string figure, bool part)
    {
        int start = sentence.IndexOf(figure, StringComparison.Ordinal);
        QuantityGuess.CasualtyPart(sentence, start, start + figure.Length, out int partAt).Should().Be(Metric.Of("wounded"));

        QuantityGuess.PartOfAWholeAfter(sentence, start + figure.Length, partAt).Should().Be(part);
    }

    [Theory]
    [InlineData("Of these, 9 people died in an apartment block.", "9", true)]
    [InlineData("Of the 73 wounded, the police said 19 are guards.", "19", true)]
    [InlineData("Of the 73 wounded, the police said 19 are guards.", "73", false)]
    [InlineData("Officials said 16 people died.", "16", false)]
    public void AFigureAfterAnOpeningOfIsAPart(string sentence, string figure, bool part)
        => QuantityGuess.AfterAnOpeningOf(sentence, sentence.IndexOf(figure, StringComparison.Ordinal)).Should().Be(part);

    [Fact]
    public void APartOfWhichIsAPartOfTheFigureBefore()
    {
        const string sentence = "The minister put the injured at 310, of which 240 were hospitalized.";
        int start = sentence.IndexOf("240", StringComparison.Ordinal);

        QuantityGuess.CountsAPartOfTheFigureBefore(sentence, start, start + 3).Should().BeTrue();
    }

    [Theory]
    [InlineData("Officials said 18 people died in a five-storey office building.", true)]
    [InlineData("Six were killed at the sports centre, rescuers said.", true)]
    [InlineData("Officials said 18 people died in the region.", false)]
    public void ATollAtASiteNamesAVenue(string sentence, bool venue)
    {
        int end = sentence.IndexOf(" died", StringComparison.Ordinal) is var died and > 0 ? died - " people".Length : sentence.IndexOf(" were", StringComparison.Ordinal);
        QuantityGuess.NamesAVenueAfter(sentence, end).Should().Be(venue);
    }

    [Fact]
    public void ASitesPartOfATollTakesNoLeadsPlace()
    {
        // The lead's toll of the town is the whole; the block's dead are a part of it, not the toll counted again.
        var figures = ReportExtractor.Default.Extract(
            "A missile strike on the town of Dovra killed at least 31 people on Friday, the governor said.\n"
            + "Rescuers said 24 people died in a five-storey apartment block.", new LocalDate(2025, 7, 1));
        var reports = ReportExtractor.ToReports(figures);
        var whole = reports[figures.ToList().FindIndex(f => f.Text == "at least 31")].Quantity;
        var site = reports[figures.ToList().FindIndex(f => f.Text == "24")].Quantity;

        whole.Place.Should().Be("Dovra");
        site.Place.Should().BeNull();
        site.Key.Should().NotBe(whole.Key);
    }

    [Theory]
    [InlineData("Varo's police said the other 9 victims were worshippers.", "9", "worshippers")]
    [InlineData("At least 15 of the injured were children and 11 were firemen.", "11", "firemen")]
    [InlineData("Of the 40 wounded, 16 are soldiers of the garrison.", "16", "troops")]
    [InlineData("At least 30 people were killed and 12 were wounded.", "12", null)]
    [InlineData("The 12 victims were identified on Monday.", "12", null)]
    public void TheGroupAFiguresPeopleWereIsItsPart(string sentence, string figure, string? group)
    {
        int start = sentence.IndexOf(figure, StringComparison.Ordinal);

        QuantityGuess.PredicateGroup(sentence, start + figure.Length).Should().Be(group);
    }

    [Fact]
    public void TheInjuredInHospitalAreAPartOfTheInjured()
    {
        const string sentence = "A total of 230 injured people have been admitted to hospitals in the province.";
        int start = sentence.IndexOf("230", StringComparison.Ordinal);
        QuantityGuess.CasualtyPart(sentence, start, start + 3, out int partAt).Should().Be(Metric.Of("wounded"));

        QuantityGuess.PeoplePart(sentence, start, start + 3, partAt).Should().Be("people in hospital");
    }

    [Fact]
    public void AFigureThatDiedWithOthersInACriticalConditionKeepsThemApart()
    {
        const string sentence = "By Monday 23 people had died in Varo, with 11 in a critical condition.";

        PartOfFigure(sentence, "11", out _).Should().NotBe(Metric.Of("killed"));
    }

    [Theory]
    [InlineData("Protests in the Indian Ocean island of Varosa left at least 22 dead.", "Indian Ocean", "Varosa")]
    [InlineData("Clashes in the Gulf state of Ostrana killed 14.", "Gulf", "Ostrana")]
    [InlineData("Shelling in Dovra killed 14.", "Dovra", null)]
    public void AnIslandOrStateNamedAfterItsRegionIsThePlace(string sentence, string read, string? place)
        => QuantityGuess.AppositiveName(sentence, read).Should().Be(place);

    [Theory]
    [InlineData("country", null)]
    [InlineData("the country", null)]
    [InlineData("least", null)]
    [InlineData("the Dorvan administration", null)]
    [InlineData("central Dovra", "Dovra")]
    [InlineData("Central Asia", "Central Asia")]
    public void WordsReadAsAPlaceThatNameNoneOrTheWholePlace(string written, string? place)
        => QuantityGuess.Place(written).Should().Be(place);
}
