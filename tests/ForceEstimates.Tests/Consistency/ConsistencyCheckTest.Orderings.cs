using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Consistency;
using MathNet.Numerics.Distributions;
using Xunit;
using static ForceEstimates.Tests.Consistency.ConsistencyReports;

namespace ForceEstimates.Tests.Consistency;

/// <summary>Parts and wholes, peaks and levels, cumulative counts, categories and totals: each rule and its consistent neighbours.</summary>
public partial class ConsistencyCheckTest
{
    private static readonly ConsistencyOptions Fronts = ConsistencyOptions.Default.WithPart("Kursk Oblast", "all fronts");

    private static ConsistencyFinding[] Of(ConsistencyRule rule, ConsistencyOptions? options, params Report[] reports)
        => ConsistencyCheck.Run(reports, options).Where(f => f.Rule == rule).ToArray();

    // P(A ≤ B) for two independent log-normal readings: Φ((μ_B − μ_A)/√(σ_A² + σ_B²)).
    private static double LogNormalAtMost(Report a, Report b)
    {
        var x = (LogNormalDistribution)a.Estimate.Distribution;
        var y = (LogNormalDistribution)b.Estimate.Distribution;
        return Normal.CDF(0, 1, (y.Mu - x.Mu) / Math.Sqrt((x.Sigma * x.Sigma) + (y.Sigma * y.Sigma)));
    }

    [Theory]
    [InlineData("about 60,000", "about 580,000", Verdict.Consistent)]
    [InlineData("about 60,000", "about 61,000", Verdict.Consistent)]
    [InlineData("about 60,000", "about 60,000", Verdict.Consistent)]
    [InlineData("about 70,000", "about 50,000", Verdict.Violated)]
    [InlineData("about 700,000", "almost 580,000", Verdict.Violated)]
    [InlineData("up to 700,000", "about 580,000", Verdict.Consistent)]
    [InlineData("more than 500,000", "about 580,000", Verdict.Consistent)]
    [InlineData("more than 650,000", "about 580,000", Verdict.Violated)]
    [InlineData("about 60,000", "at least 50,000", Verdict.Consistent)]
    [InlineData("about 60,000", "fewer than 50,000", Verdict.Violated)]
    [InlineData("about 60,000", "under 65,000", Verdict.Consistent)]
    public void PartOfWhole_ComparesThePartWithItsWhole(string part, string whole, Verdict verdict)
    {
        var finding = Of(ConsistencyRule.PartOfWhole, Fronts, Make("part", part), Make("whole", whole, place: "all fronts", end: Date(11, 21))).Single();

        finding.Verdict.Should().Be(verdict);
        finding.Reports.Select(r => r.Id).Should().Equal("part", "whole");
    }

    [Fact]
    public void PartOfWhole_IsTheClosedFormForTwoReadings()
    {
        var part = Make("part", "about 60,000");
        var whole = Make("whole", "about 61,000", place: "all fronts");

        Of(ConsistencyRule.PartOfWhole, Fronts, part, whole).Single().Probability.Should().BeApproximately(LogNormalAtMost(part, whole), 1e-12);
    }

    [Fact]
    public void PartOfWhole_OnlyComparesLikeWithLike()
    {
        var part = Make("part", "about 70,000");

        // Outside the window, another subject, another metric, another statistic, an undeclared place, a change: none compared.
        Of(ConsistencyRule.PartOfWhole, Fronts, part, Make("whole", "about 50,000", place: "all fronts", end: Date(11, 1))).Should().BeEmpty();
        Of(ConsistencyRule.PartOfWhole, Fronts, part, Make("whole", "about 50,000", place: "all fronts", subject: "North Korean troops")).Should().BeEmpty();
        Of(ConsistencyRule.PartOfWhole, Fronts, part, Make("whole", "about 50,000", place: "all fronts", metric: Metric.Losses)).Should().BeEmpty();
        Of(ConsistencyRule.PartOfWhole, Fronts, part, Make("whole", "about 50,000", place: "all fronts", statistic: Statistic.Peak)).Should().BeEmpty();
        Of(ConsistencyRule.PartOfWhole, Fronts, part, Make("whole", "about 50,000", place: "Donetsk Oblast")).Should().BeEmpty();
        Of(ConsistencyRule.PartOfWhole, Fronts, Make("p", "about 7,000", statistic: Statistic.Change), Make("w", "about 5,000", place: "all fronts", statistic: Statistic.Change)).Should().BeEmpty();
        Of(ConsistencyRule.PartOfWhole, ConsistencyOptions.Default, part, Make("whole", "about 50,000", place: "all fronts")).Should().BeEmpty();
        // Within the window (two days, as in the seed), and with a wider window, they are.
        Of(ConsistencyRule.PartOfWhole, Fronts, part, Make("whole", "about 50,000", place: "all fronts", end: Date(11, 16))).Single().Verdict.Should().Be(Verdict.Violated);
        Of(ConsistencyRule.PartOfWhole, Fronts with { TimeWindowDays = 30 }, part, Make("whole", "about 50,000", place: "all fronts", end: Date(11, 1))).Should().ContainSingle();
    }

    [Fact]
    public void PartOfWhole_ConvertsUnits_FollowsDeclaredPartsTransitively_AndIgnoresCase()
    {
        var options = ConsistencyOptions.Default.WithPart("Kursk Oblast", "Russia").WithPart("russia", "All Fronts");
        var part = Make("part", "about 800 square kilometres", metric: Metric.TerritoryHeld, unit: Unit.SquareKilometres);
        var whole = Make("whole", "about 200 square miles", place: "all fronts", metric: Metric.TerritoryHeld, unit: Unit.SquareMiles);

        // 200 mi² is 518 km²: the part cannot be larger.
        Of(ConsistencyRule.PartOfWhole, options, part, whole).Single().Verdict.Should().Be(Verdict.Violated);
        Of(ConsistencyRule.PartOfWhole, options, part, whole.WithEstimate(Estimate.Parse("about 400 square miles"))).Single().Verdict.Should().Be(Verdict.Consistent);
    }

    [Fact]
    public void PartOfWhole_ComparesCumulativeCountsAndPeaksByPeriod()
    {
        var part = Make("part", "about 7,000", Statistic.Cumulative, start: Date(8, 6), end: Date(11, 20));
        var whole = Make("whole", "about 5,000", Statistic.Cumulative, place: "all fronts", start: Date(2, 24, 2022), end: Date(11, 21));
        var earlierWhole = Make("early", "about 5,000", Statistic.Cumulative, place: "all fronts", start: Date(2, 24, 2022), end: Date(11, 18));

        Of(ConsistencyRule.PartOfWhole, Fronts, part, whole).Single().Verdict.Should().Be(Verdict.Violated);
        // A whole counted to an earlier day says nothing about a part counted later.
        Of(ConsistencyRule.PartOfWhole, Fronts, part, earlierWhole).Should().BeEmpty();
    }

    [Theory]
    [InlineData("approximately 800 square kilometres", Verdict.Consistent)]
    [InlineData("about 1,376 square kilometres", Verdict.Consistent)]
    [InlineData("about 1,370 square kilometres", Verdict.Consistent)]
    [InlineData("about 1,500 square kilometres", Verdict.Violated)]
    [InlineData("more than 1,400 square kilometres", Verdict.Violated)]
    [InlineData("up to 2,000 square kilometres", Verdict.Consistent)]
    public void PeakAtLeastLevel_ComparesEachLevelInsideThePeaksPeriod(string level, Verdict verdict)
    {
        var finding = Of(ConsistencyRule.PeakAtLeastLevel, null, Peak, Area("level", level, Statistic.Level, Date(10, 1), Date(10, 1))).Single();

        finding.Verdict.Should().Be(verdict);
        finding.Reports.Select(r => r.Id).Should().Equal("peak", "level");
    }

    [Fact]
    public void PeakAtLeastLevel_IsTheClosedForm_AndIgnoresLevelsOutsideThePeriod()
    {
        var level = Area("level", "about 1,370 square kilometres", Statistic.Level, Date(10, 1), Date(10, 1));

        Of(ConsistencyRule.PeakAtLeastLevel, null, Peak, level).Single().Probability.Should().BeApproximately(LogNormalAtMost(level, Peak), 1e-12);
        Of(ConsistencyRule.PeakAtLeastLevel, null, Peak, Area("before", "about 2,000 square kilometres", Statistic.Level, Date(8, 1), Date(8, 1))).Should().BeEmpty();
        Of(ConsistencyRule.PeakAtLeastLevel, null, Peak, Area("straddling", "about 2,000 square kilometres", Statistic.Level, Date(11, 20), Date(11, 30))).Should().BeEmpty();
        Of(ConsistencyRule.PeakAtLeastLevel, null, Peak, Area("later", "about 2,000 square kilometres", Statistic.Level, Date(12, 1), Date(12, 1))).Should().BeEmpty();
        // A level in square miles inside the period is converted: 700 mi² is 1,813 km².
        Of(ConsistencyRule.PeakAtLeastLevel, null, Peak, Area("miles", "about 700 square miles", Statistic.Level, Date(9, 1), Date(9, 1), Unit.SquareMiles))
            .Single().Verdict.Should().Be(Verdict.Violated);
    }

    [Theory]
    [InlineData("at least 1,700", "at least 300", Verdict.Consistent)]
    [InlineData("20,150", "about 20,000", Verdict.Consistent)]
    [InlineData("20,150", "20,000", Verdict.Consistent)]
    [InlineData("about 20,000", "20,150", Verdict.Consistent)]
    [InlineData("20,150", "20,150", Verdict.Consistent)]
    [InlineData("20,150", "15,000", Verdict.Violated)]
    [InlineData("about 20,000", "about 17,000", Verdict.Violated)]
    [InlineData("more than 20,000", "about 18,000", Verdict.Violated)]
    [InlineData("more than 20,000", "about 20,500", Verdict.Consistent)]
    [InlineData("up to 30,000", "about 20,000", Verdict.Consistent)]
    [InlineData("20,150", "at most 15,000", Verdict.Violated)]
    public void CumulativeNeverFalls_ComparesEachFigureWithTheOneBefore(string earlier, string later, Verdict verdict)
    {
        var finding = Of(ConsistencyRule.CumulativeNeverFalls, null,
            Make("later", later, Statistic.Cumulative, end: Date(11, 20)),
            Make("earlier", earlier, Statistic.Cumulative, end: Date(11, 10))).Single();

        finding.Verdict.Should().Be(verdict);
        finding.Reports.Select(r => r.Id).Should().Equal("earlier", "later");
    }

    [Fact]
    public void CumulativeNeverFalls_FollowsOneOriginsSeriesInTimeOrder()
    {
        var series = new[]
        {
            Make("c", "about 30,000", Statistic.Cumulative, end: Date(11, 20)),
            Make("a", "about 10,000", Statistic.Cumulative, end: Date(9, 1)),
            Make("b", "about 20,000", Statistic.Cumulative, end: Date(10, 1)),
            Make("other-origin", "about 5,000", Statistic.Cumulative, end: Date(10, 15), origin: "Russian Ministry of Defence"),
            Make("other-place", "about 5,000", Statistic.Cumulative, place: "Donetsk Oblast", end: Date(10, 15)),
        };

        var findings = Of(ConsistencyRule.CumulativeNeverFalls, null, series);

        findings.Select(f => string.Join(">", f.Reports.Select(r => r.Id))).Should().Equal("a>b", "b>c");
        findings.Should().OnlyContain(f => f.Verdict == Verdict.Consistent);
    }

    [Fact]
    public void CumulativeNeverFalls_KnowsAnOriginByItsAliases_AndSkipsCountsOverOtherPeriods()
    {
        var staff = Source.Of("General Staff of the Armed Forces of Ukraine", SourceKind.Military, ConflictSide.Ukraine, ["General Staff"]);
        var first = Make("first", "about 20,000", Statistic.Cumulative, end: Date(10, 1));
        var second = Make("second", "about 10,000", Statistic.Cumulative, end: Date(11, 1), provenance: Provenance.Of(staff));
        // Losses in October only: a count over another period, not a point of the same series.
        var october = Make("october", "about 2,000", Statistic.Cumulative, start: Date(10, 1), end: Date(10, 31));
        var november = Make("november", "about 1,000", Statistic.Cumulative, start: Date(11, 1), end: Date(11, 30));

        Of(ConsistencyRule.CumulativeNeverFalls, null, first, second).Single().Verdict.Should().Be(Verdict.Violated);
        Of(ConsistencyRule.CumulativeNeverFalls, null, october, november).Should().BeEmpty();
    }

    [Theory]
    [InlineData("about 5,000", "killed", "about 20,000", "casualties", Verdict.Consistent)]
    [InlineData("about 25,000", "killed", "about 20,000", "casualties", Verdict.Violated)]
    [InlineData("about 25,000", "deaths", "about 20,000", "Casualties", Verdict.Violated)]
    [InlineData("about 25,000", "wounded", "about 20,000", "losses", Verdict.Violated)]
    [InlineData("at least 25,000", "killed", "more than 20,000", "casualties", Verdict.Consistent)]
    public void CategoryWithinTotal_ChecksCasualtiesAtLeastDeaths(string category, string categoryMetric, string total, string totalMetric, Verdict verdict)
    {
        var finding = Of(ConsistencyRule.CategoryWithinTotal, null,
            Make("category", category, Statistic.Cumulative, metric: Metric.Of(categoryMetric)),
            Make("total", total, Statistic.Cumulative, metric: Metric.Of(totalMetric))).Single();

        finding.Verdict.Should().Be(verdict);
        finding.Reports.Select(r => r.Id).Should().Equal("category", "total");
    }

    [Fact]
    public void CategoryWithinTotal_FollowsTheOptions()
    {
        var killed = Make("killed", "about 25,000", Statistic.Cumulative, metric: Metric.Of("killed"));
        var casualties = Make("casualties", "about 20,000", Statistic.Cumulative, metric: Metric.Of("casualties"));
        var tanks = Make("tanks", "about 25", Statistic.Cumulative, metric: Metric.Of("tanks destroyed"), unit: Unit.CountOf("tanks"));
        var losses = Make("losses", "about 20", Statistic.Cumulative, metric: Metric.Of("equipment losses"), unit: Unit.CountOf("tanks"));

        Of(ConsistencyRule.CategoryWithinTotal, ConsistencyOptions.Default.WithoutCategories(), killed, casualties).Should().BeEmpty();
        Of(ConsistencyRule.CategoryWithinTotal, null, tanks, losses).Should().BeEmpty();
        Of(ConsistencyRule.CategoryWithinTotal, ConsistencyOptions.Default.WithCategory("tanks destroyed", "equipment losses"), tanks, losses)
            .Single().Verdict.Should().Be(Verdict.Violated);
    }

    [Theory]
    [InlineData("about 100,000", Verdict.Consistent)]
    [InlineData("about 60,000", Verdict.Violated)]
    [InlineData("about 200,000", Verdict.Violated)]
    [InlineData("more than 90,000", Verdict.Consistent)]
    [InlineData("more than 150,000", Verdict.Violated)]
    public void SumOfParts_ComparesTheWholeWithTheSumOfItsDeclaredParts(string whole, Verdict verdict)
    {
        var options = ConsistencyOptions.Default.WithParts("front", "north", "south");

        var finding = Of(ConsistencyRule.SumOfParts, options,
            Make("whole", whole, place: "front"),
            Make("north", "about 40,000", place: "north"),
            Make("south", "about 60,000", place: "south", end: Date(11, 20))).Single();

        finding.Verdict.Should().Be(verdict);
        finding.Reports.Select(r => r.Id).Should().Equal("whole", "north", "south");
    }

    [Fact]
    public void SumOfParts_WithSomePartsUnreported_OnlyBoundsTheWhole()
    {
        var options = ConsistencyOptions.Default.WithParts("front", "north", "south", "east");
        Report[] reports = [Make("whole", "about 120,000", place: "front"), Make("north", "about 40,000", place: "north"), Make("south", "about 60,000", place: "south")];

        var finding = Of(ConsistencyRule.SumOfParts, options, reports).Single();

        finding.Verdict.Should().Be(Verdict.Consistent);
        finding.Explanation.Should().Contain("reported parts");
        Of(ConsistencyRule.SumOfParts, options, [reports[0].WithEstimate(Estimate.Parse("about 80,000")), reports[1], reports[2]]).Single().Verdict.Should().Be(Verdict.Violated);
        // With one part reported there is no sum: part of whole covers it.
        Of(ConsistencyRule.SumOfParts, options, reports[0], reports[1]).Should().BeEmpty();
        Of(ConsistencyRule.PartOfWhole, options, reports[0], reports[1]).Should().ContainSingle();
    }

    [Fact]
    public void TheLayersReadme_QuotesTheseProbabilities()
    {
        // src/ForceEstimates/Consistency/README.md: rounding counts.
        var earlier = Make("earlier", "20,150", Statistic.Cumulative, end: Date(11, 10));
        var bare = Of(ConsistencyRule.CumulativeNeverFalls, null, earlier, Make("later", "20,000", Statistic.Cumulative, end: Date(11, 20))).Single();
        var about = Of(ConsistencyRule.CumulativeNeverFalls, null, earlier, Make("later", "about 20,000", Statistic.Cumulative, end: Date(11, 20))).Single();

        bare.Probability.Should().BeApproximately(LogNormalAtMost(earlier, bare.Reports[1]), 1e-12);
        Math.Round(bare.Probability, 2).Should().Be(0.24);
        Math.Round(about.Probability, 2).Should().Be(0.45);
        ConsistencyCheck.Run(Samples.Kursk2024, Fronts).Should().OnlyContain(f => Math.Round(f.Probability, 2) >= 0.70);
    }
}
