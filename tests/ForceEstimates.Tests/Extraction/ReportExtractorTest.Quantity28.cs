using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Figures of several articles about one thing meeting in one quantity (session 28): the part word of another figure's
/// clause not taken ("14 died, and 30 are under treatment", "with 95 civilians killed"), less plain words of the dead
/// ("murders", "eliminated", "neutralized"), a side that suffered its toll ("Government forces suffered 310 fatalities"),
/// captives released or exchanged as a release kept to its article (one exchange is not another), a headline's "People
/// Including Infants" as people, and a day or a month read as a place dropped. Sentences written for the project: invented
/// places, names and numbers.
/// </summary>
public partial class ReportExtractorTest
{
    private static Metric? PartOfFigure(string sentence, string figure, out int partAt)
    {
        int start = sentence.IndexOf(figure, StringComparison.Ordinal);
        return QuantityGuess.CasualtyPart(sentence, start, start + figure.Length, out partAt);
    }

    [Theory]
    [InlineData("The blast at the depot in Varo left 14 dead, and 30 are under treatment in hospital.", "30")]
    [InlineData("The clashes caused at least 25 deaths and the displacement of over 4,000 residents.", "4,000")]
    [InlineData("Of the victims, 612 were Dovra residents, with 95 civilians killed in the fighting.", "612")]
    public void APartWordOfAnotherFiguresClauseIsNotTheFiguresPart(string sentence, string figure)
        => PartOfFigure(sentence, figure, out _).Should().BeNull();

    [Theory]
    [InlineData("The blast at the depot in Varo left 14 dead, and 30 are under treatment in hospital.", "14", "killed")]
    [InlineData("Of the victims, 612 were Dovra residents, with 95 civilians killed in the fighting.", "95", "killed")]
    [InlineData("Rockets killed 40 people and 12 soldiers in Varo.", "12", "killed")]
    [InlineData("The attack on Ostra killed 40 and wounded 90.", "90", "wounded")]
    [InlineData("At least 7 people were killed and 35 injured in Tarsk.", "35", "wounded")]
    public void AFiguresOwnPartIsStillRead(string sentence, string figure, string part)
        => PartOfFigure(sentence, figure, out _).Should().Be(Metric.Of(part));

    [Theory]
    [InlineData("Troops eliminated 35 militants near Ostra, the army said.", "35")]
    [InlineData("A further 12 fighters were neutralized in the raid.", "12")]
    [InlineData("Police in Tarsk recorded 120 murders last year.", "120")]
    [InlineData("The province saw 85 homicides in the first quarter.", "85")]
    public void MurdersAndKillingVerbsAreTheKilled(string sentence, string figure)
        => PartOfFigure(sentence, figure, out _).Should().Be(Metric.Of("killed"));

    [Theory]
    [InlineData("Government forces suffered 310 fatalities in the fighting, the observatory said.", "310", "Government troops")]
    [InlineData("The rebels said civilians lost 40 dead in the shelling.", "40", "civilians")]
    public void TheSideThatSufferedATollIsItsSubject(string sentence, string figure, string subject)
    {
        int start = sentence.IndexOf(figure, StringComparison.Ordinal);
        QuantityGuess.CasualtyPart(sentence, start, start + figure.Length, out int partAt).Should().NotBeNull();

        QuantityGuess.PeoplePart(sentence, start, start + figure.Length, partAt).Should().Be(subject);
    }

    [Theory]
    [InlineData("The movement freed three hostages on Saturday, officials said.", "three", "hostages", true)]
    [InlineData("The deal was sealed in exchange for 900 Varan prisoners.", "900", "Varan prisoners", true)]
    [InlineData("Under the deal, 33 hostages are set to be released in six weeks.", "33", "hostages", true)]
    [InlineData("The group still holds 59 hostages in Varo.", "59", "hostages", false)]
    [InlineData("Our pool for swaps grew: this week our units took 250 prisoners.", "250", "prisoners", false)]
    [InlineData("The army freed 40 villages around Ostra.", "40", "villages", false)]
    public void CaptivesReleasedOrExchangedAreARelease(string sentence, string figure, string subject, bool release)
    {
        int start = sentence.IndexOf(figure, StringComparison.Ordinal);

        QuantityGuess.StatesRelease(sentence, start, start + figure.Length, subject, captive: false).Should().Be(release);
    }

    [Fact]
    public void ReleasesOfTwoArticlesStayApart()
    {
        // Two exchanges of one war: their counts of prisoners freed are two things, not one quantity.
        var first = ReportExtractor.Default.Extract("Dovra freed 183 Varan prisoners on Saturday in exchange for three hostages.", new LocalDate(2025, 2, 1));
        var second = ReportExtractor.Default.Extract("Dovra freed 369 Varan prisoners on Saturday in exchange for three hostages.", new LocalDate(2025, 2, 15));
        var reports = ReportExtractor.ToReports(first.Concat(second));
        var all = first.Concat(second).ToList();
        var a = reports[all.FindIndex(f => f.Text == "183")].Quantity;
        var b = reports[all.FindIndex(f => f.Text == "369")].Quantity;

        a.Metric.Should().Be(QuantityGuess.Released);
        b.Metric.Should().Be(QuantityGuess.Released);
        a.Key.Should().NotBe(b.Key);
    }

    [Theory]
    [InlineData("People Including Infants", "people")]
    [InlineData("children among them", "children")]
    [InlineData("including two infants", "people")]
    public void ATollsSubjectEndsBeforeThePartItIncludes(string subject, string expected)
        => QuantityGuess.TollSubject(subject).Should().Be(expected);

    [Theory]
    [InlineData("Thursday", null)]
    [InlineData("Saturday", null)]
    [InlineData("March", null)]
    [InlineData("Varo", "Varo")]
    public void ADayOrAMonthIsNoPlace(string written, string? place)
        => QuantityGuess.Place(written).Should().Be(place);

    [Fact]
    public void ANameWrittenTwoWaysIsOnePlace()
    {
        var spelling = QuantityGuess.HarmonizePlaces(["Velamora", "Velmora", "Velmora", "Tarsk-Oné", "Tarsk-One", "Dorvetsk", "Dorvets"]);

        spelling["Velamora"].Should().Be("Velmora");
        spelling["Tarsk-One"].Should().Be("Tarsk-Oné");
        spelling["Dorvetsk"].Should().Be("Dorvetsk", "a letter more at a name's end is another name");
        spelling["Dorvets"].Should().Be("Dorvets");
    }

    [Fact]
    public void TheLeadsPlaceIsLentToItsTollCountedEarlier()
    {
        // The toll as it rose: an earlier count of the lead's own part, of another day, is the same toll.
        var figures = ReportExtractor.Default.Extract(
            "The number of people killed in the strike on the city of Dovra rose to 27 on Friday morning, the governor said.\n"
            + "On the evening of July 31, 16 people had been reported dead.", new LocalDate(2025, 8, 1));
        var reports = ReportExtractor.ToReports(figures);
        var lead = reports[figures.ToList().FindIndex(f => f.Text == "27")].Quantity;
        var earlier = reports[figures.ToList().FindIndex(f => f.Text == "16")].Quantity;

        lead.Place.Should().Be("Dovra");
        earlier.Should().Be(lead);
    }

    [Fact]
    public void HomesAndHousesAreOneCountOfDwellings()
    {
        QuantityGuess.Subject("homes", default).Should().Be("houses");
        QuantityGuess.Subject("Houses", default).Should().Be("houses");
        QuantityGuess.CountUnit(FigureKind.Other, "homes").Should().Be(QuantityGuess.CountUnit(FigureKind.Other, "houses"));
        QuantityGuess.Subject("homes destroyed", default).Should().Be("homes destroyed", "only the noun alone is made one");
    }
}
