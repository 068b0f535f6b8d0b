using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Figures of several articles about one thing meeting in one quantity (session 27): the place of the headline or lead lent
/// to a toll's breakdown in the sentences after it (not to another kind, not to a much larger toll, not in an article of
/// two places), a place the sentence names as "the city of X" or a fronted "In X,", the lives a toll claimed as its dead, a
/// part of people with no place kept to its article, a place written with its holder or a headline's verb, a place struck
/// ("a strike on X"), "killings" as the dead, and a part of a total named before the figure ("of the total deaths, N"). Sentences
/// written for the project: invented places, names and numbers.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void TheLeadsPlaceIsLentToTheTollsBreakdown()
    {
        var figures = ReportExtractor.Default.Extract(
            "Rockets struck the town of Dovra on Sunday, killing at least 40 people, officials said.\n"
            + "A further 130 people were wounded, the emergency service said.", Published);
        var reports = ReportExtractor.ToReports(figures);
        var killed = reports[figures.ToList().FindIndex(f => f.Text.EndsWith("40", System.StringComparison.Ordinal))];
        var wounded = reports[figures.ToList().FindIndex(f => f.Text == "130")];

        killed.Quantity.Place.Should().Be("Dovra");
        wounded.Quantity.Place.Should().Be("Dovra");
        wounded.Quantity.Subject.Should().Be("people");
    }

    [Fact]
    public void TheLeadsPlaceIsNotLentInAnArticleOfTwoPlaces()
    {
        var figures = ReportExtractor.Default.Extract(
            "Shelling killed 12 people in Dovra and 9 people in Varo, officials said.\n"
            + "A further 30 people were wounded, the emergency service said.", Published);
        var reports = ReportExtractor.ToReports(figures);

        reports[figures.ToList().FindIndex(f => f.Text == "30")].Quantity.Place.Should().BeNull();
    }

    [Fact]
    public void TheLeadsPlaceIsNotLentToAMuchLargerToll()
    {
        // A day's toll in the lead, the war's toll after it: the war's is not the day's place's.
        var figures = ReportExtractor.Default.Extract(
            "As many as 40 people were killed in an attack on the town of Dovra on Friday, a committee said.\n"
            + "More than 20,000 people have been killed since the war began, according to the agency.", Published);
        var reports = ReportExtractor.ToReports(figures);

        reports[figures.ToList().FindIndex(f => f.Text.EndsWith("20,000", System.StringComparison.Ordinal))].Quantity.Place.Should().BeNull();
    }

    [Fact]
    public void TheLeadsPlaceIsNotLentToAnotherKind()
    {
        var figures = ReportExtractor.Default.Extract(
            "Rockets struck the town of Dovra on Sunday, killing at least 40 people, officials said.\n"
            + "The agency said 3,000 people had fled their homes.", Published);
        var reports = ReportExtractor.ToReports(figures);

        reports[figures.ToList().FindIndex(f => f.Text == "3,000")].Quantity.Place.Should().BeNull();
    }

    [Theory]
    [InlineData("The death toll from the strike on the central city of Varo Heights has risen to 18, the governor said.", "18", "Varo Heights")]
    [InlineData("The strike followed an attack on the minister's hometown of Ostra that killed some 20 people.", "some 20", "Ostra")]
    [InlineData("A strike in the northern city of Tarsk claimed the lives of 19 people, officials said.", "19", "Tarsk")]
    public void APlaceTheSentenceNamesAfterCityOfIsTheFiguresPlace(string sentence, string figure, string place)
    {
        var figures = ReportExtractor.Default.Extract(sentence, Published);

        figures.Single(f => f.Text == figure).SuggestQuantity().Place.Should().Be(place);
    }

    [Theory]
    [InlineData("In Dovra, rescuers said on Monday that 28 people were known to have died.", 39, "Dovra")]
    [InlineData("In March, rescuers said 28 people had died.", 24, null)]
    [InlineData("Officials in the capital of Ostra said 28 people had died.", 39, "Ostra")]
    public void AFrontedInOrACityOfIsReadAsThePlace(string sentence, int figureAt, string? place)
        => QuantityGuess.PlaceInSentence(sentence, figureAt).Should().Be(place);

    [Theory]
    [InlineData("At least 25 people lost their lives and 70 others were injured in Dovra, officials said.", "At least 25", "killed")]
    [InlineData("At least 25 people lost their lives and 70 others were injured in Dovra, officials said.", "70", "wounded")]
    [InlineData("The strike claimed the lives of 19 people in Dovra, officials said.", "19", "killed")]
    public void TheLivesATollClaimedAreItsDead(string sentence, string figure, string metric)
    {
        var figures = ReportExtractor.Default.Extract(sentence, Published);

        figures.Single(f => f.Text == figure).SuggestQuantity().Metric.Should().Be(Metric.Of(metric));
    }

    [Fact]
    public void ChildrenKilledWithNoPlaceStayInTheirArticle()
    {
        // Two attacks' children: with no place they are not one toll.
        var first = ReportExtractor.Default.Extract("Officials said the dead included 6 children.", Published);
        var second = ReportExtractor.Default.Extract("Officials said the dead included 9 children.", Published.PlusDays(3));
        var reports = ReportExtractor.ToReports(first.Concat(second));

        reports.Should().HaveCount(2);
        reports[0].Quantity.Subject.Should().StartWith("children (");
        reports[1].Quantity.Key.Should().NotBe(reports[0].Quantity.Key);
    }

    [Theory]
    [InlineData("The attack followed a missile strike on Varo that killed 19 people last month.", "19", "Varo")]
    public void APlaceStruckIsTheTollsPlace(string sentence, string figure, string place)
    {
        var figures = ReportExtractor.Default.Extract(sentence, Published);

        figures.Single(f => f.Text == figure).SuggestQuantity().Place.Should().Be(place);
    }

    [Fact]
    public void KillingsAreTheDeadAndAPartOfTheTotalIsAPart()
    {
        var figures = ReportExtractor.Default.Extract(
            "The office said it had recorded 640 killings in Dovra. Of the total deaths, 410 killings were near the depots.", Published);
        var reports = ReportExtractor.ToReports(figures);

        reports[0].Quantity.Metric.Should().Be(Metric.Of("killed"));
        reports[1].Quantity.Subject.Should().Contain("(a part)");
        reports[1].Quantity.Key.Should().NotBe(reports[0].Quantity.Key);
    }

    [Theory]
    [InlineData("Russian-occupied Varo", "Varo")]
    [InlineData("rebel-held Ostra region", "Ostra region")]
    [InlineData("Dovra Kills", "Dovra")]
    [InlineData("Dovra", "Dovra")]
    public void APlaceIsWrittenWithoutItsHolderOrAHeadlinesVerb(string written, string place)
        => QuantityGuess.Place(written).Should().Be(place);
}
