using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using NodaTime;
using Xunit;
using static ForceEstimates.Tests.ReportFixtures;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>
/// A cumulative count as of a date (issue 10): each origin's newest figure supersedes its older ones, and a figure
/// dated more than the window before the newest is an earlier value, read as a lower bound; never an average of
/// earlier values with today's.
/// </summary>
public class AggregateCumulativeTest
{
    private static readonly LocalDate Day0 = new(2024, 1, 1);

    private static Quantity Deaths(Statistic statistic = Statistic.Cumulative)
        => Quantity.Of(Metric.Of("military deaths"), "Russia", null, Unit.Persons, statistic);

    private static Report Tally(string id, string figure, string origin, int day, Statistic statistic = Statistic.Cumulative)
        => Figure(id, figure, origin, Deaths(statistic), Day0.PlusDays(day));

    [Fact]
    public void EachReportIsAPointALowerBoundOrSuperseded()
    {
        var reports = new[]
        {
            Tally("a-1", "1,000", "A", 1),
            Tally("a-30", "2,000", "A", 30),
            Tally("b-10", "2,050", "B", 10),
            Tally("c-27", "2,100", "C", 27),
            Tally("d-5", "up to 900", "D", 5),
            Tally("e-12", "1,200", "E", 12),
        };
        var aggregate = Aggregate.Of(reports, Day0.PlusDays(30));
        var byId = aggregate.Contributions.ToDictionary(c => c.Report.Id);

        byId["a-1"].Exclusion.Should().Be(Exclusion.Superseded, "A's newer figure supersedes it");
        byId["a-30"].Claim.Should().Be(ClaimForm.Point);
        byId["a-30"].EarlierValue.Should().BeFalse();
        // Three days before the newest: within the default window of 7, the same value.
        byId["c-27"].Claim.Should().Be(ClaimForm.Point);
        byId["b-10"].Claim.Should().Be(ClaimForm.AtLeast, "20 days before the newest, an earlier value of a count that never falls");
        byId["b-10"].EarlierValue.Should().BeTrue();
        byId["b-10"].Bounds.Lower.Should().BeApproximately(2_050, 1e-9);
        byId["d-5"].Exclusion.Should().Be(Exclusion.Superseded, "an upper bound on an earlier value says nothing about today's");
        byId["e-12"].Exclusion.Should().Be(Exclusion.Superseded, "every figure of today already exceeds it");
        aggregate.ReportCount.Should().Be(3);

        aggregate.Notes.Single(n => n.Kind == AggregateNoteKind.SupersededFigures).Reports.Select(r => r.Id).Should().Equal("a-1", "d-5", "e-12");
        var bounds = aggregate.Notes.Single(n => n.Kind == AggregateNoteKind.EarlierValuesAsLowerBounds);
        bounds.Reports.Select(r => r.Id).Should().Equal("b-10");
        bounds.Value.Should().Be(7);
        ForceEstimates.Presentation.PlainText.Reasons(byId["b-10"])[0].Should().StartWith("an earlier value of the count: enters as a lower bound of 2,050");
        ForceEstimates.Presentation.PlainText.Reasons(byId["a-1"]).Should().Equal("an earlier figure of the cumulative count, superseded by a newer one");
    }

    [Fact]
    public void AnEarlierValueThatTodaysFiguresExceedIsLeftOut()
    {
        // Below every figure of today, an earlier value is already exceeded: the aggregate is today's figures' alone.
        // Read as a level, the old figure drags the aggregate down instead.
        var asOf = Day0.PlusDays(60);
        var today = new[] { Tally("new", "2,000", "B", 60), Tally("new-2", "2,100", "C", 59) };
        var alone = Aggregate.Of(today, asOf);
        var cumulative = Aggregate.Of(today.Prepend(Tally("old", "1,000", "A", 1)), asOf);
        var asLevel = Aggregate.Of(new[]
        {
            Tally("old", "1,000", "A", 1, Statistic.Level), Tally("new", "2,000", "B", 60, Statistic.Level), Tally("new-2", "2,100", "C", 59, Statistic.Level),
        }, asOf);

        cumulative.Contributions[0].Exclusion.Should().Be(Exclusion.Superseded);
        cumulative.Value.Should().Be(alone.Value);
        cumulative.ConfidenceInterval.Should().Be(alone.ConfidenceInterval);
        asLevel.Value.Should().BeLessThan(alone.Value * 0.98, "the classic reading averages an earlier value with today's");
    }

    [Fact]
    public void UnderTheClassicModelAnEarlierValueEntersAsACensoredBound()
    {
        // "2,100" dated 40 days before the newest lies above the lowest point: under the classic model (ML, censoring
        // open) its term Φ((μ − ln 2,100)/σ) rises with μ, so the fit moves up from the points' alone.
        var asOf = Day0.PlusDays(60);
        var today = new[] { Tally("new", "2,000", "B", 60), Tally("new-2", "2,100", "C", 59), Tally("new-3", "1,000", "D", 58) };
        var alone = Aggregate.Of(today, asOf, Classic);
        var binding = Aggregate.Of(today.Prepend(Tally("old", "2,100", "A", 20)), asOf, Classic);

        binding.Contributions[0].Claim.Should().Be(ClaimForm.AtLeast);
        binding.Contributions[0].EarlierValue.Should().BeTrue();
        binding.Notes.Select(n => n.Kind).Should().Contain(AggregateNoteKind.MaximumLikelihoodForBounds);
        binding.Value.Should().BeGreaterThan(alone.Value);
    }

    [Fact]
    public void AnEarlierValueAboveTheNewestPullsItUp()
    {
        var asOf = Day0.PlusDays(60);
        var alone = Aggregate.Of(new[] { Tally("new", "2,000", "B", 60), Tally("new-2", "2,050", "C", 59) }, asOf);
        var withBound = Aggregate.Of(new[] { Tally("old", "5,000", "A", 1), Tally("new", "2,000", "B", 60), Tally("new-2", "2,050", "C", 59) }, asOf);

        withBound.Contributions[0].Claim.Should().Be(ClaimForm.AtLeast);
        withBound.Value.Should().BeGreaterThan(alone.Value * 1.01, "a count that was 5,000 in the past is at least that now, unless that source erred");
        double.IsFinite(withBound.ConfidenceInterval.Upper).Should().BeTrue();
        withBound.ConfidenceInterval.Upper.Should().BeLessThan(1e6);
    }

    [Fact]
    public void AMethodThatReadsNoBoundsLeavesEarlierValuesOut()
    {
        var reports = new[] { Tally("old", "2,300", "A", 1), Tally("new", "2,000", "B", 60), Tally("new-2", "2,200", "C", 58) };
        var pool = Aggregate.Of(reports, Day0.PlusDays(60), With(AggregationMethod.LinearPool));

        pool.Contributions[0].Exclusion.Should().Be(Exclusion.Superseded);
        pool.ReportCount.Should().Be(2);
        pool.Value.Should().BeInRange(2_000, 2_200);
    }

    [Fact]
    public void TheWindowSetsWhichFiguresAreTheValueAsOfTheDate()
    {
        var reports = new[] { Tally("old", "2,100", "A", 40), Tally("new", "2,000", "B", 60) };
        var asOf = Day0.PlusDays(60);
        var wide = Aggregate.Of(reports, asOf, AggregationOptions.Default with { CumulativeWindowDays = 30 });
        var narrow = Aggregate.Of(reports, asOf, AggregationOptions.Default with { CumulativeWindowDays = 19 });

        wide.Contributions.Select(c => c.Claim).Should().Equal(ClaimForm.Point, ClaimForm.Point);
        wide.Value.Should().BeInRange(2_000, 2_100);
        narrow.Contributions[0].Claim.Should().Be(ClaimForm.AtLeast);
        AggregationOptions.Default.CumulativeWindowDays.Should().Be(7);
        var act = () => AggregationOptions.Default with { CumulativeWindowDays = -1 };
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(AggregationOptions.CumulativeWindowDays));
    }

    [Fact]
    public void TheNewestFigureStaysAPointEvenWhenItIsABound()
    {
        // Every other figure is earlier: the newest, "at least 2,000", is the one claim about the value as of the date,
        // over its plausible range, so the fit has a maximum (a finite answer, never a fit on lower bounds alone).
        var reports = new[] { Tally("a", "2,500", "A", 1), Tally("b", "3,000", "B", 5), Tally("c", "at least 2,000", "C", 60) };
        var aggregate = Aggregate.Of(reports, Day0.PlusDays(60));

        aggregate.Contributions[2].EarlierValue.Should().BeFalse();
        aggregate.Contributions[2].Claim.Should().Be(ClaimForm.Between);
        aggregate.Contributions.Take(2).Select(c => c.EarlierValue).Should().Equal(true, true);
        double.IsFinite(aggregate.ConfidenceInterval.Upper).Should().BeTrue();
        aggregate.ConfidenceInterval.Upper.Should().BeLessThan(1e6);
        aggregate.Value.Should().BeGreaterOrEqualTo(2_000);
    }

    [Fact]
    public void ReportsAboutALaterDateAreDatedAtTheAsOfDate()
    {
        // A figure published by the as-of date about a period running past it counts as of the as-of date, so an
        // origin's forecast does not push its own figures of today out, nor make today's figures "earlier".
        var forecast = Report.Of("forecast", Deaths(), Estimate.Parse("2,500"),
            Provenance.Of(Source.Of("A", SourceKind.IntelligenceService, ConflictSide.ThirdParty), Citation.Of(Reuters, Day0.PlusDays(50))),
            new DateInterval(Day0.PlusDays(50), Day0.PlusDays(90)), Day0.PlusDays(50));
        var reports = new[] { forecast, Tally("b", "2,000", "B", 60) };
        var aggregate = Aggregate.Of(reports, Day0.PlusDays(60));

        aggregate.Contributions.Select(c => c.Claim).Should().Equal(ClaimForm.Point, ClaimForm.Point);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(31)]
    [InlineData(100)]
    public void AForecastOfALaterYearNeitherMakesTodaysFigureEarlierNorTakesItsPlace(int yearsAhead)
    {
        // "66" of ten days ago, and "66" in a piece of the same day about a year ahead (a year read wrongly, or a
        // planner's forecast). Dated at the as-of date, the forecast became the count's newest figure, today's figure an
        // earlier value, and the aggregate rested on the forecast's tiny weight: 2.7-1,630 a year ahead, beyond the largest
        // double (an exception for the whole batch) from five years. Dated back by its lead, as its weight is, it bounds
        // nothing and is left out.
        var asOf = Day0.PlusDays(70);
        var today = Tally("today", "66", "B", 60);
        var start = new LocalDate(Day0.Year + yearsAhead, 1, 1);
        var forecast = Report.Of("forecast", Deaths(), Estimate.Parse("66"),
            Provenance.Of(Source.Of("Planner", SourceKind.Unknown, ConflictSide.Unknown), Citation.Of(Reuters, Day0.PlusDays(60))),
            new DateInterval(start, start.PlusDays(364)), Day0.PlusDays(60));
        forecast.IsForecast.Should().BeTrue();

        var alone = Aggregate.Of([today], asOf);
        var both = Aggregate.Of([today, forecast], asOf);
        var byQuantity = Aggregate.ByQuantity([forecast, today], asOf).Single();

        both.Contributions[0].Claim.Should().Be(ClaimForm.Point);
        both.Contributions[0].EarlierValue.Should().BeFalse();
        both.Contributions[1].Exclusion.Should().Be(Exclusion.Superseded);
        ForceEstimates.Presentation.PlainText.Reasons(both.Contributions[1]).Should().Equal("a forecast of the cumulative count, superseded by figures of its value as of the date");
        both.Value.Should().Be(alone.Value);
        both.ConfidenceInterval.Should().Be(alone.ConfidenceInterval);
        byQuantity.ConfidenceInterval.Should().Be(alone.ConfidenceInterval);
    }

    [Fact]
    public void AForecastAloneOrWithinTheWindowIsStillAFigureOfTheCount()
    {
        // The newest figure is always a point: a forecast with no figure of today is the aggregate; one whose lead is
        // dated within the window of today's figures (published on day 62 about day 63: dated day 62, seven days before
        // today's) is a point beside them; published on day 60, dated day 60, it is a forecast outside the window.
        var asOf = Day0.PlusDays(70);
        Report Forecast(string id, string figure, int published, int start, int end) => Report.Of(id, Deaths(), Estimate.Parse(figure),
            Provenance.Of(Source.Of(id, SourceKind.Unknown, ConflictSide.Unknown), Citation.Of(Reuters, Day0.PlusDays(published))),
            new DateInterval(Day0.PlusDays(start), Day0.PlusDays(end)), Day0.PlusDays(published));

        var lone = Aggregate.Of([Forecast("next-year", "3,000", 60, 400, 764)], asOf);
        lone.ReportCount.Should().Be(1);
        lone.Value.Should().BeApproximately(3_000, 1);

        var near = Aggregate.Of([Tally("today", "2,000", "B", 69), Forecast("next-day", "2,100", 62, 63, 63)], asOf);
        near.Contributions.Select(c => c.Claim).Should().Equal(ClaimForm.Point, ClaimForm.Point);
        near.ReportCount.Should().Be(2);

        var early = Aggregate.Of([Tally("today", "2,000", "B", 69), Forecast("three-days-ahead", "2,100", 60, 63, 63)], asOf);
        early.Contributions[1].Exclusion.Should().Be(Exclusion.Superseded);
        early.ReportCount.Should().Be(1);
    }

    [Fact]
    public void AnEarlierShareOfAHundredPercentBoundsFromItsRoundingBin()
    {
        // A cumulative share stated "100%" in July and again today: the July figure is an earlier value, read as a lower
        // bound; at the logit scale's edge its centre is infinite, and ByQuantity threw for the whole batch. It now
        // bounds from its rounding bin's lower end (99.5%), as a "100%" enters as a point.
        var share = Quantity.Of(Metric.Of("killed"), "crew", null, Unit.Percent, Statistic.Cumulative);
        Report Share(string id, string figure, string origin, int day) => Figure(id, figure, origin, share, Day0.PlusDays(day));
        var asOf = Day0.PlusDays(70);
        var aggregate = Aggregate.ByQuantity([Share("july", "100%", "A", 10), Share("today", "100%", "B", 69)], asOf).Single();
        aggregate.Contributions[0].EarlierValue.Should().BeTrue();
        aggregate.Contributions[0].Claim.Should().Be(ClaimForm.AtLeast);
        aggregate.Value.Should().BeInRange(99, 100);
        aggregate.ConfidenceInterval.Lower.Should().BeGreaterThan(90);
        aggregate.ConfidenceInterval.Upper.Should().BeLessOrEqualTo(100);

        // Below today's figure an earlier "99%" is already exceeded, and left out.
        var exceeded = Aggregate.ByQuantity([Share("july", "99%", "A", 10), Share("today", "100%", "B", 69)], asOf).Single();
        exceeded.Contributions[0].Exclusion.Should().Be(Exclusion.Superseded);
        exceeded.ConfidenceInterval.Should().Be(Aggregate.Of([Share("today", "100%", "B", 69)], asOf).ConfidenceInterval);
    }

    [Fact]
    public void OnTheRadfordDataEachMedianFallsInsideThePapersInterval()
    {
        // Radford et al. (2023), PNAS 120(34), e2307372120, as of day 365: the development rows of the paper's table
        // (RadfordComparisonTest.Rows). Read as levels the figures gave Russian military deaths 27,056 [24,287–30,144].
        var aggregates = Aggregate.ByQuantity(Trends.RadfordComparisonTest.Reports, Trends.RadfordComparisonTest.Day365);
        foreach (var (metric, subject, mean, lower, upper) in Trends.RadfordComparisonTest.Rows)
        {
            var aggregate = aggregates.Single(a => a.Quantity.Metric.Name == metric && a.Quantity.Subject == subject && a.Key.Statistic == Statistic.Cumulative);
            aggregate.Value.Should().BeInRange(lower, upper, $"{metric}, {subject}: the paper's 95% interval");
            aggregate.ConfidenceInterval.Lower.Should().BeLessThan(mean, $"{metric}, {subject}");
            aggregate.ConfidenceInterval.Upper.Should().BeGreaterThan(mean, $"{metric}, {subject}");
            aggregate.Contributions.Count(c => c.Exclusion == Exclusion.Superseded).Should().BeGreaterThan(aggregate.ReportCount);
        }
    }
}
