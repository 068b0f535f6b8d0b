using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Counts of a period, found by reading a month of invented articles on nightly drone attacks as an analyst would
/// (sentences written for the project): drones launched overnight or in a month, said after it, are that period's count
/// (a <see cref="Statistic.Change"/>), so an aggregate as of a date combines the newest period's figures and leaves the
/// others out instead of averaging a night with a month.
/// </summary>
public partial class ReportExtractorTest
{
    private static readonly LocalDate August1 = new(2025, 8, 1);

    [Fact]
    public void ThingsUsedInAMonthSaidAfterItAreThatMonthsCount()
    {
        var figures = ReportExtractor.Default.Extract(
            "Kessia launched a record 6,297 long-range drones at Orlova in July, according to an analysis by the Lindmark Post.", August1);
        var quantity = figures.Single().SuggestQuantity();
        quantity.Statistic.Should().Be(Statistic.Change);
        figures.Single().RefersTo.Equals(new DateInterval(new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 31))).Should().BeTrue();
    }

    [Fact]
    public void ThingsUsedOvernightAreTheNightsCountAndAListOfCountsSharesItsPeriod()
    {
        var figures = ReportExtractor.Default.Extract("Kessian forces fired 728 drones and 13 missiles at Orlova overnight, the air force said.", August1);
        figures.Select(f => f.Text).Should().Equal("728", "13");
        figures.Should().OnlyContain(f => f.SuggestQuantity().Statistic == Statistic.Change);
    }

    [Fact]
    public void AStockOrAToll()
    {
        // Equipment with no period, or in a period that runs to the article's day, stays a level.
        ReportExtractor.Default.Extract("Kessia has about 1,200 tanks near the border, the ministry said.", August1)
            .Single().SuggestQuantity().Statistic.Should().Be(Statistic.Level);
        // A toll dated by a month stays a cumulative count: the month often dates one event ("killed 512 in the October
        // bombing"), whose toll other articles give as of their own days.
        ReportExtractor.Default.Extract("At least 286 civilians were killed in Orlova in July, the UN mission said.", August1)
            .Single().SuggestQuantity().Statistic.Should().Be(Statistic.Cumulative);
    }

    [Fact]
    public void AMonthsCountReplacesTheMonthBeforeInAnAggregate()
    {
        var july = ReportExtractor.Default.Extract(
            "Kessia launched 6,297 long-range drones at Orlova in July, up from 5,438 in June, an analysis of air force data by the Lindmark Post found.", August1);
        var june = ReportExtractor.Default.Extract(
            "Kessian forces launched more than 4,800 long-range drones at Orlova in June, according to the Eastgate Herald.", new LocalDate(2025, 7, 5));
        var reports = ReportExtractor.ToReports(june.Concat(july.Where(f => f.Text == "6,297"))).ToArray();
        reports.Select(r => r.Quantity).Distinct().Should().ContainSingle("one quantity, the drones launched at Orlova in a period");

        var aggregate = Aggregate.Of(reports, August1.PlusDays(1));
        aggregate.Contributions.Select(c => c.Exclusion).Should().Equal(Exclusion.AnotherPeriod, Exclusion.None);
        aggregate.Value.Should().BeApproximately(6_297, 1);
    }

    [Fact]
    public void ARunningTotalRestatesTheCountBeforeItAsOfTheStatement()
    {
        var figures = ReportExtractor.Default.Extract(
            "The UN mission said 286 civilians were killed in Orlova in July, bringing the total since the invasion to 13,580.", August1.PlusDays(7));
        var total = figures.Single(f => f.Text == "13,580");
        var quantity = total.SuggestQuantity();
        quantity.Metric.Should().Be(Metric.Of("killed"));
        quantity.Subject.Should().Be("civilians", "the total restates what the figure before it counts");
        quantity.Place.Should().Be("Orlova");
        total.RefersTo.Start.Should().Be(August1.PlusDays(7), "a running total is as of the statement, not July's");
        figures.Single(f => f.Text == "286").RefersTo.End.Should().Be(new LocalDate(2025, 7, 31));
    }

    [Fact]
    public void ARunningTotalKeepsTheStatementsDayAndItsOwnCount()
    {
        // The day the statement was made still dates it; a total that names its own count keeps its own words.
        var figures = ReportExtractor.Default.Extract(
            "The ministry said on Thursday that 12 soldiers were killed in July, raising the overall number of troops killed to 4,310.", August1.PlusDays(7));
        figures.Single(f => f.Text == "4,310").RefersTo.Start.Should().Be(new LocalDate(2025, 8, 7));
        // Not a running total: "to" after another verb, or a total taken to no figure.
        FigureKinds.BringsTheTotalTo("The convoy brought the aid to 300 families.", 30, 0).Should().BeFalse();
        FigureKinds.BringsTheTotalTo("Strikes brought the toll to 300.", 28, 0).Should().BeTrue();
        FigureKinds.BringsTheTotalTo("It raised the number of troops killed to 300.", 41, 0).Should().BeFalse();
        FigureKinds.BringsTheTotalTo("It raised the number of troops killed to 300.", 41, 0, ownCount: true).Should().BeTrue();
    }

    [Fact]
    public void TollsOfPastMonthsThatDoNotOverlapAreEachTheirMonthsCount()
    {
        var figures = ReportExtractor.Default.Extract(
            "September closed with 96 killings in Orlova. October reached a record of 131 killings in Orlova. November recorded 120 killings in Orlova.\n\n"
            + "In all, more than 340 people have been killed in Orlova since September, the prosecutor said.",
            new LocalDate(2025, 12, 5));
        var reports = ReportExtractor.ToReports(figures);
        var months = reports.Where(r => r.Estimate.Stated.Text is "96" or "131" or "120").ToArray();
        months.Should().HaveCount(3).And.OnlyContain(r => r.Quantity.Statistic == Statistic.Change, "each counts its own month");
        reports.Single(r => r.Estimate.Stated.Text == "more than 340").Quantity.Statistic.Should().Be(Statistic.Cumulative);

        // As of December only November's count is the newest period's.
        var aggregate = Aggregate.Of(months, new LocalDate(2025, 12, 6));
        aggregate.Contributions.Count(c => c.Included).Should().Be(1);
        aggregate.Value.Should().BeApproximately(120, 1);
    }

    [Theory]
    [InlineData("according to an analysis of air force data by the Lindmark Post")]
    [InlineData("according to a review of satellite images from the Lindmark Post")]
    [InlineData("according to the Lindmark Post's analysis of air force data")]
    public void AnAnalysisOfSomethingByAMakerIsTheMakers(string according)
    {
        var figure = ReportExtractor.Default.Extract(
            $"Kessian forces launched more than 4,800 long-range drones at Orlova in June, {according}.", August1, "Eastgate Herald").Single();
        figure.Attribution.Origin!.Name.Should().Be("Lindmark Post");
    }

    [Fact]
    public void AVerbOfPuttingOutOfActionSaysKilledOnlyOfItsOwnClause()
    {
        // The drones lost to jamming are no people killed because the targets before them were "neutralised".
        var figures = ReportExtractor.Default.Extract(
            "The air force said 718 aerial targets had been neutralised, including 296 drones that were shot down and 415 lost to electronic jamming.", August1);
        figures.Single(f => f.Text == "415").SuggestQuantity().Metric.Should().NotBe(Metric.Of("killed"));
        ReportExtractor.Default.Extract("Troops neutralised 27 militants near the border, the army said.", August1)
            .Single().SuggestQuantity().Metric.Should().Be(Metric.Of("killed"));
    }

    [Fact]
    public void TheBaseOfAComparisonCountsWhatItIsComparedWith()
    {
        var figures = ReportExtractor.Default.Extract(
            "Kessia launched a record 6,297 long-range drones at Orlova in July, up from 5,438 in June, an analysis by the Lindmark Post found.", August1);
        var june = figures.Single(f => f.Text == "5,438");
        june.Kind.Should().Be(FigureKind.Equipment);
        june.SuggestQuantity().Should().Be(figures.Single(f => f.Text == "6,297").SuggestQuantity(), "one quantity: June's and July's counts");
        // A bare "with" compares nothing: "with 95 civilians killed" keeps its own words.
        ReportExtractor.Default.Extract("Strikes hit 40 towns, with 95 civilians killed.", August1).Single(f => f.Text == "95").Kind.Should().Be(FigureKind.Casualties);
    }

    [Theory]
    [InlineData("Since the start of the year", 2025, 1, 1)]
    [InlineData("Since the beginning of this month", 2025, 7, 1)]
    [InlineData("Since the start of the week", 2025, 7, 7)]
    public void SinceTheStartOfTheYearRunsFromItsFirstDay(string since, int year, int month, int day)
    {
        // July 10, 2025 is a Thursday; its week began on Monday, July 7.
        var figure = ReportExtractor.Default.Extract($"{since}, Kessia has fired more than 26,000 drones at Orlova, the institute said.", new LocalDate(2025, 7, 10)).Single();
        figure.RefersTo.Start.Should().Be(new LocalDate(year, month, day));
        figure.RefersTo.End.Should().Be(new LocalDate(2025, 7, 10));
    }

    [Fact]
    public void TheCapitalNamedBetweenCommasIsTheTollsPlace()
    {
        var figures = ReportExtractor.Default.Extract(
            "At least 23 people were injured in the capital, Veska, according to the city's military administration.", August1);
        figures.Single().SuggestQuantity().Place.Should().Be("Veska");
        // A comma after a settlement noun that opens no name says nothing.
        ReportExtractor.Default.Extract("At least 23 people were injured across the city, the administration said.", August1)
            .Single().SuggestQuantity().Place.Should().BeNull();
    }

    [Theory]
    [InlineData("The death toll in Orlova has gone up to 3,000, officials said.", "3,000", HedgeKind.Bare)]
    [InlineData("Strikes on Monday killed 40, bringing the total up to 5,200.", "5,200", HedgeKind.Bare)]
    [InlineData("Kessia has massed up to 3,000 troops near the border.", "up to 3,000", HedgeKind.AtMost)]
    [InlineData("Kessia is bringing up to 3,000 troops to the border.", "up to 3,000", HedgeKind.AtMost)]
    public void UpToAfterAVerbOfGoingUpIsWhereTheCountMoved(string sentence, string text, HedgeKind hedge)
    {
        var figure = ReportExtractor.Default.Extract(sentence, August1).Single(f => f.Text.EndsWith(text.Split(' ')[^1], System.StringComparison.Ordinal) && f.Text.Length > 2);
        figure.Text.Should().Be(text);
        figure.Estimate.Stated.Hedge.Should().Be(hedge);
    }
}
