using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Figures of several articles about one thing meeting in one quantity, and figures of different things kept apart
/// (session 26): a part of a toll its words name ("civilian deaths", "elderly people", bodies in morgues), a period's part
/// of a toll ("in the past 24 hours", "a jump of"), a part of the figure before ("including N", "N of them"), a figure of an
/// earlier year, "lives" as a toll of people. Sentences written for the project: invented
/// places, names and numbers.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void CivilianDeathsAreAPartOfTheTollNotTheToll()
    {
        // Both name the Varo region; the civilian deaths are a part of all the dead.
        var first = ReportExtractor.Default.Extract("The mediator said 90,000 people were killed in the Varo region.", Published);
        var second = ReportExtractor.Default.Extract(
            "Researchers said civilian deaths in the Varo region had reached 61,000.", Published.PlusDays(5));
        var reports = ReportExtractor.ToReports(first.Concat(second));

        reports.Should().HaveCount(2);
        reports[0].Quantity.Subject.Should().Be("people");
        reports[1].Quantity.Subject.Should().Be("civilians");
        reports[1].Quantity.Metric.Should().Be(reports[0].Quantity.Metric);
        reports[1].Quantity.Key.Should().NotBe(reports[0].Quantity.Key);
    }

    [Theory]
    [InlineData("The dead include 412 children, 300 women and 97 elderly people, the ministry said.", "97", "elderly people")]
    [InlineData("Officials said 210 bodies remain in morgues in Dovra.", "210", "people in morgues")]
    [InlineData("The monitor said 56 detainees had died under torture in Dovra this year.", "56", "detainees")]
    [InlineData("The monitor said 56 people had died under torture in Dovra this year.", "56", "people under torture")]
    [InlineData("Rescuers said 130 of the dead had been buried in Dovra.", "130", "people buried")]
    [InlineData("The group said 14 people were lynched in Dovra.", "14", "people lynched")]
    [InlineData("Medics said 800 people were killed in Dovra.", "800", "people")]
    public void APartOfATollTheWordsNameIsTheQuantitysSubject(string sentence, string figure, string subject)
    {
        var figures = ReportExtractor.Default.Extract(sentence, Published);
        var report = ReportExtractor.ToReports(figures)[figures.ToList().FindIndex(f => f.Text == figure)];

        report.Quantity.Subject.Should().StartWith(subject);
    }

    [Fact]
    public void APartWithNoPlaceStaysInItsArticle()
    {
        // "people" with no place names nothing and stays in its article; the part read from the words does too.
        var figures = ReportExtractor.Default.Extract("Officials said 210 bodies remain in morgues.", Published);

        figures.Single().SuggestQuantity().Subject.Should().StartWith("people in morgues (");
    }

    [Theory]
    [InlineData("Medics said 12 people were killed in Dovra in the past 24 hours.", "12", Statistic.Change)]
    [InlineData("Over the past week, 300 people were killed in Dovra, medics said.", "300", Statistic.Change)]
    [InlineData("Medics said 40 people were killed in Dovra overnight.", "40", Statistic.Change)]
    [InlineData("The agency said 582,000 people had crossed into Ostland from Dovra, a jump of 45,000 from the week before.", "45,000", Statistic.Change)]
    [InlineData("Medics said 12 people were killed in Dovra in the past 24 hours, bringing the toll to 1,450.", "1,450", Statistic.Cumulative)]
    [InlineData("Medics said 1,450 people had been killed in Dovra since the war began.", "1,450", Statistic.Cumulative)]
    public void APeriodsPartOfATollIsAChange(string sentence, string figure, Statistic statistic)
    {
        var figures = ReportExtractor.Default.Extract(sentence, Published);
        var found = figures.Single(f => f.Text.EndsWith(figure, System.StringComparison.Ordinal));

        found.SuggestQuantity().Statistic.Should().Be(statistic);
    }

    [Fact]
    public void LivesClaimedAreATollOfPeopleThatStaysInItsArticle()
    {
        var figures = ReportExtractor.Default.Extract("The conflict has claimed over 20,000 lives, the agency said.", Published);
        var quantity = figures.Single().SuggestQuantity();

        quantity.Metric.Should().Be(Metric.Of("killed")); // the lives a toll claimed are its dead (session 27)
        quantity.Subject.Should().StartWith("people (");
    }

    [Theory]
    [InlineData("Officials said 316 people were injured, including 122 who were flown to Ostland.", "122")]
    [InlineData("The rebels carried out 300 attacks on ships, while only 53 of them hit their targets.", "53")]
    public void AFigureOfAPartOfTheFigureBeforeIsNotItsWhole(string sentence, string figure)
    {
        var figures = ReportExtractor.Default.Extract(sentence, Published);
        var reports = ReportExtractor.ToReports(figures);
        int part = figures.ToList().FindIndex(f => f.Text == figure);

        reports[part].Quantity.Subject.Should().Contain("(a part)");
        reports[1 - part].Quantity.Subject.Should().NotContain("(a part)");
    }

    [Fact]
    public void AFigureOfAnEarlierYearIsNotTheArticlesFigureNow()
    {
        // Both name nothing but the killed and stay in their article; the second is of a bombing five years before.
        var figures = ReportExtractor.Default.Extract(
            "At least 100 people were killed on Saturday. The attack struck the same street as the bombing that killed more than 500 in 2019.",
            Published);
        var reports = ReportExtractor.ToReports(figures);

        reports.Should().HaveCount(2);
        reports[0].Quantity.Subject.Should().StartWith("people (");
        reports[1].Quantity.Subject.Should().EndWith(", 2019)");
        reports[1].Quantity.Key.Should().NotBe(reports[0].Quantity.Key);
    }

    [Fact]
    public void TheSameNumberSaidAgainInItsArticleTakesThePlacedFiguresQuantity()
    {
        var figures = ReportExtractor.Default.Extract(
            "The mediator said an estimated 90,000 people were killed in the Varo region. A researcher said the number of people killed was about 90,000. Medics said 1,200 people were killed.",
            Published);
        var reports = ReportExtractor.ToReports(figures);

        reports.Should().HaveCount(3);
        reports[0].Quantity.Place.Should().NotBeNull();
        reports[1].Quantity.Should().Be(reports[0].Quantity, "the same number said again");
        reports[2].Quantity.Subject.Should().StartWith("people (", "another number stays in its article");
    }
}
