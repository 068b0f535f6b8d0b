using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FluentAssertions;
using ForceEstimates.Trends;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Trends;

public class TrendModelTest
{
    private static readonly LocalDate Day0 = new(2024, 1, 1);
    private static readonly Quantity Losses = Quantity.Of(Metric.Losses, "Test forces", null, Unit.Persons, Statistic.Cumulative);
    private static readonly Quantity DailyLosses = Losses.WithStatistic(Statistic.Change);
    private static readonly Quantity Troops = Quantity.Of(Metric.Personnel, "Test troops", "Test front", Unit.Persons, Statistic.Level);
    private static readonly Source Tally = Source.Of("Tally keeper", SourceKind.Military, ConflictSide.Ukraine);
    private static readonly Source Other = Source.Of("Other side", SourceKind.Military, ConflictSide.Russia);

    private static TrendModel Fit(IEnumerable<Report> reports, TrendOptions? options = null) => TrendModel.Fit(reports, options, TestContext.Current.CancellationToken);

    private static Report Cumulative(string id, Source origin, int day, double value)
        => Report.Of(id, Losses, Estimate.Bare(value), Provenance.Of(origin), new DateInterval(Day0, Day0.PlusDays(day)), Day0.PlusDays(day));

    private static Report Level(string id, Source origin, int day, Estimate estimate, Quantity? quantity = null, int from = -1)
        => Report.Of(id, quantity ?? Troops, estimate, Provenance.Of(origin), new DateInterval(Day0.PlusDays(from < 0 ? day : from), Day0.PlusDays(day)), Day0.PlusDays(day));

    // 100 a day, reported by a tally keeper every 10 days; 10% noise at most on the figures.
    private static List<Report> SteadyLosses()
    {
        var reports = new List<Report>();
        for (var day = 9; day < 200; day += 10)
        {
            reports.Add(Cumulative("tally/" + day, Tally, day, 100 * (day + 1) * (1 + (0.05 * Math.Sin(day)))));
        }
        return reports;
    }

    [Fact]
    public void OneSourceAloneIsTakenAtItsWord()
    {
        // With no other origin to pull it away, the bias prior's zero mean leaves the figures as stated.
        var model = Fit(SteadyLosses());
        var series = model.For(Losses);
        series.At(Day0.PlusDays(99)).Median.Should().BeApproximately(10_000, 1_000);
        model.Bias(Tally, Losses).Factor.Should().BeApproximately(1, 0.05);
        model.Converged.Should().BeTrue();
    }

    [Fact]
    public void ACumulativeCountNeverFalls()
    {
        var reports = SteadyLosses();
        // A late figure below an earlier one (a correction, a typo) cannot make the latent count fall.
        reports.Add(Cumulative("tally/dip", Tally, 105, 6_000));
        var path = Fit(reports).For(Losses).Path;
        for (var d = 1; d < path.Count; d++)
        {
            path[d].Median.Should().BeGreaterThanOrEqualTo(path[d - 1].Median * (1 - 1e-12), "day {0}", d);
        }
    }

    [Fact]
    public void ChangesAndTheCumulativeCountAreOneSeries()
    {
        var reports = SteadyLosses();
        for (var day = 50; day < 60; day++)
        {
            reports.Add(Report.Of("daily/" + day, DailyLosses, Estimate.Bare(100), Provenance.Of(Other), new DateInterval(Day0.PlusDays(day), Day0.PlusDays(day)), Day0.PlusDays(day)));
        }
        var model = Fit(reports);
        model.Series.Should().ContainSingle();
        model.For(DailyLosses).Should().BeSameAs(model.For(Losses));
        model.Bias(Other, DailyLosses).Should().BeSameAs(model.Bias(Other, Losses));
        model.Bias(Other, Losses).ReportCount.Should().Be(10);
        model.For(Losses).ReportCount.Should().Be(reports.Count);
    }

    [Fact]
    public void AnOriginThatDoublesEveryFigureIsFoundOut()
    {
        // Three origins agree on 100 a day; a fourth reports twice that. Its bias is about ×2, the others' about ×1.
        var reports = SteadyLosses();
        var third = Source.Of("Third party", SourceKind.IntelligenceService, ConflictSide.ThirdParty);
        var fourth = Source.Of("Inflating source", SourceKind.Government, ConflictSide.Ukraine);
        for (var day = 14; day < 200; day += 30)
        {
            reports.Add(Cumulative("other/" + day, Other, day, 100 * (day + 1)));
            reports.Add(Cumulative("third/" + day, third, day, 100 * (day + 1)));
            reports.Add(Cumulative("fourth/" + day, fourth, day, 200 * (day + 1)));
        }
        var model = Fit(reports);
        var inflating = model.Bias(fourth, Losses);
        inflating.Factor.Should().BeInRange(1.4, 2.2);
        model.Bias(third, Losses).Factor.Should().BeInRange(0.75, 1.15);
        // Which origin is right is the prior's call, but how far apart they are is the data's: about ×2.
        (inflating.Factor / model.Bias(third, Losses).Factor).Should().BeInRange(1.8, 2.2);
        model.For(Losses).At(Day0.PlusDays(149)).Median.Should().BeInRange(12_000, 19_000);
    }

    [Fact]
    public void ALevelFollowsItsReportsAndAPeakBoundsItFromAbove()
    {
        // The Kursk pattern: a peak of about 1,376 over a period and about 800 at its end.
        var peak = Troops.WithStatistic(Statistic.Peak);
        var reports = new[]
        {
            Level("peak", Tally, 100, Estimate.About(1_376), peak, from: 0),
            Level("now", Tally, 100, Estimate.About(800)),
            Level("early", Other, 20, Estimate.About(1_300)),
        };
        var model = Fit(reports);
        var series = model.For(peak);
        series.Should().BeSameAs(model.For(Troops));
        series.IsCumulative.Should().BeFalse();
        series.At(Day0.PlusDays(100)).Median.Should().BeInRange(650, 1_000);
        series.Path.Max(p => p.Median).Should().BeInRange(1_000, 1_700);
    }

    [Fact]
    public void AfterTheLastReportTheValueIsAForecastWithAWiderBand()
    {
        var options = TrendOptions.Default with { Until = Day0.PlusDays(300) };
        var series = Fit(SteadyLosses(), options).For(Losses);
        series.LastObserved.Should().Be(Day0.PlusDays(199));
        series.IsExtrapolated(Day0.PlusDays(199)).Should().BeFalse();
        series.IsExtrapolated(Day0.PlusDays(200)).Should().BeTrue();
        series.Path[^1].IsExtrapolated.Should().BeTrue();
        static double Width(TrendPoint p) => Math.Log(p.Upper / p.Lower);
        Width(series.Path[300]).Should().BeGreaterThan(Width(series.Path[199]));
        series.At(Day0.PlusDays(300)).Median.Should().BeGreaterThan(series.At(Day0.PlusDays(199)).Median);
    }

    [Fact]
    public void TheFitIsDeterministic()
    {
        var simulation = TrendSimulation.Draw(seed: 7, days: 120);
        var first = Fit(simulation.Reports);
        var second = Fit(simulation.Reports.AsEnumerable().Reverse().Reverse());
        first.Series.Select(s => s.Path[^1]).Should().Equal(second.Series.Select(s => s.Path[^1]));
        first.Biases.Select(b => b.Factor).Should().Equal(second.Biases.Select(b => b.Factor));
    }

    [Fact]
    public void IntervalsCoverTheTruthAsOftenAsTheyClaimOnSimulatedData()
    {
        // A short seeded form of the coverage study (the full one, 200 replicates, is in Trends/README.md).
        var result = TrendCoverage.Run(firstSeed: 1000, replicates: 6);
        result.BandCoverage.Should().BeInRange(0.90, 1.0, "95% bands of the latent counts ({0} of {1})", result.BandHits, result.BandChecks);
        result.BiasCoverage.Should().BeInRange(0.88, 1.0, "95% bias intervals ({0} of {1})", result.BiasHits, result.BiasChecks);
        result.MeanAbsoluteLogError.Should().BeLessThan(0.35, "the median path is within about a third of the truth on average");
    }

    [Fact]
    public void AnyOneReportGivesAFiniteAnswer()
    {
        var model = Fit([Cumulative("only", Tally, 30, 3_000)]);
        var estimate = model.For(Losses).At(Day0.PlusDays(30));
        double.IsFinite(estimate.Median).Should().BeTrue();
        estimate.Median.Should().BeApproximately(3_000, 300);
        double.IsFinite(estimate.Interval(0.95).Upper).Should().BeTrue();
    }

    [Fact]
    public void SeriesWithNoOverlapInTimeOrSourcesStillFit()
    {
        var reports = SteadyLosses();
        reports.Add(Level("troops", Other, 400, Estimate.About(50_000)));
        var model = Fit(reports);
        model.Series.Should().HaveCount(2);
        model.For(Troops).At(Day0.PlusDays(400)).Median.Should().BeApproximately(50_000, 5_000);
        model.For(Losses).Path.Should().OnlyContain(p => double.IsFinite(p.Lower) && double.IsFinite(p.Upper));
    }

    [Fact]
    public void BadInputIsRefusedClearly()
    {
        var model = Fit(SteadyLosses());
        FluentActions.Invoking(() => TrendModel.Fit(null!, null, TestContext.Current.CancellationToken)).Should().Throw<ArgumentNullException>().WithParameterName("reports");
        FluentActions.Invoking(() => Fit([])).Should().Throw<ArgumentException>().WithParameterName("reports");
        FluentActions.Invoking(() => Fit([null!])).Should().Throw<ArgumentNullException>().WithParameterName("reports");
        FluentActions.Invoking(() => model.For(Troops)).Should().Throw<ArgumentException>().WithParameterName("quantity").WithMessage("*Test troops*");
        FluentActions.Invoking(() => model.Bias(Other, Losses)).Should().Throw<ArgumentException>().WithParameterName("origin");
        FluentActions.Invoking(() => model.For(Losses).At(Day0.PlusDays(500))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        FluentActions.Invoking(() => model.For(Losses).At(Day0.PlusDays(-1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        FluentActions.Invoking(() => model.Bias(Tally, Losses).Interval(1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => TrendOptions.Default with { BiasPriorScale = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("BiasPriorScale");
        FluentActions.Invoking(() => TrendOptions.Default with { KnotSpacingDays = 0.5 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("KnotSpacingDays");
    }

    [Fact]
    public void AFigureOfZeroIsLeftOutAndSaidSo()
    {
        var reports = SteadyLosses();
        reports.Add(Cumulative("zero", Other, 50, 0));
        var model = Fit(reports);
        model.Notes.Should().ContainSingle().Which.Should().Contain("zero");
        FluentActions.Invoking(() => Fit([Cumulative("zero", Other, 50, 0)])).Should().Throw<ArgumentException>().WithParameterName("reports");
    }

    [Fact]
    public void UnitsConvertAndConflictingDimensionsStayApart()
    {
        var km2 = Quantity.Of(Metric.TerritoryHeld, "Test forces", "Test region", Unit.SquareKilometres, Statistic.Level);
        var reports = new[]
        {
            Level("km", Tally, 10, Estimate.About(1_000), km2),
            Level("mi", Other, 10, Estimate.About(1_000 / 2.589988110336), km2.InUnit(Unit.SquareMiles)),
            Level("pct", Other, 10, Estimate.About(40), Quantity.Of(Metric.TerritoryHeld, "Test forces", "Test region", Unit.Percent, Statistic.Level)),
        };
        var model = Fit(reports);
        model.Series.Should().HaveCount(2, "km² and mi² are one quantity, % another");
        model.For(km2.InUnit(Unit.SquareMiles)).At(Day0.PlusDays(10)).Median.Should().BeApproximately(1_000, 50);
    }

    [Fact]
    public void CancellationIsHonoured()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        FluentActions.Invoking(() => TrendModel.Fit(SteadyLosses(), null, source.Token)).Should().Throw<OperationCanceledException>();
    }
}
