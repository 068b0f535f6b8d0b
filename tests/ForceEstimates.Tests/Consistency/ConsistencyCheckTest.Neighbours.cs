using System.Linq;
using FluentAssertions;
using ForceEstimates.Consistency;
using Xunit;
using static ForceEstimates.Tests.Consistency.ConsistencyReports;

namespace ForceEstimates.Tests.Consistency;

/// <summary>
/// Cases next to the rules' edges: a bound that sits between two figures of a series, shares that are
/// not parts, peaks over nested periods, percentages written as such in a formula, units and times.
/// Expected probabilities are the closed form for two log-normal readings (see <see cref="LogNormalAtMost"/>).
/// </summary>
public partial class ConsistencyCheckTest
{
    [Theory]
    [InlineData("at least 300")]
    [InlineData("up to 30,000")]
    [InlineData("more than 5,000")]
    public void CumulativeNeverFalls_ABoundInBetween_DoesNotHideAFall(string between)
    {
        var first = Make("first", "about 20,000", Statistic.Cumulative, end: Date(10, 1));
        var third = Make("third", "about 10,000", Statistic.Cumulative, end: Date(11, 1));

        var findings = Of(ConsistencyRule.CumulativeNeverFalls, null, first, Make("second", between, Statistic.Cumulative, end: Date(10, 15)), third);

        findings.Select(f => string.Join(">", f.Reports.Select(r => r.Id))).Should().Equal("first>second", "first>third", "second>third");
        findings[0].Verdict.Should().Be(Verdict.Consistent);
        findings[2].Verdict.Should().Be(Verdict.Consistent);
        // The fall from about 20,000 to about 10,000 is found all the same.
        findings[1].Probability.Should().BeApproximately(LogNormalAtMost(first, third), 1e-12);
        findings[1].Verdict.Should().Be(Verdict.Violated);
    }

    [Fact]
    public void CumulativeNeverFalls_ARisingSeriesWithRoundingNoise_IsConsistent()
    {
        // "20,150" then "about 20,000" (the example of no fall), then "30,000": the last is checked
        // against both, since 20,150 is higher than about 20,000.
        var a = Make("a", "10,000", Statistic.Cumulative, end: Date(9, 1));
        var b = Make("b", "20,150", Statistic.Cumulative, end: Date(10, 1));
        var c = Make("c", "about 20,000", Statistic.Cumulative, end: Date(10, 15));
        var d = Make("d", "30,000", Statistic.Cumulative, end: Date(11, 1));

        var findings = Of(ConsistencyRule.CumulativeNeverFalls, null, a, b, c, d);

        findings.Select(f => string.Join(">", f.Reports.Select(r => r.Id))).Should().Equal("a>b", "b>c", "b>d", "c>d");
        findings.Should().OnlyContain(f => f.Verdict == Verdict.Consistent);
        findings[1].Probability.Should().BeApproximately(LogNormalAtMost(b, c), 1e-12);
    }

    [Theory]
    [InlineData("about 200 square miles", "about 600 square kilometres", Verdict.Consistent)]
    [InlineData("about 300 square miles", "about 600 square kilometres", Verdict.Violated)]
    [InlineData("about 60,000 hectares", "about 600 square kilometres", Verdict.Consistent)]
    [InlineData("about 80,000 hectares", "about 600 square kilometres", Verdict.Violated)]
    public void CumulativeNeverFalls_ConvertsUnits(string earlier, string later, Verdict verdict)
    {
        // 200 mi² is 518 km², 300 mi² is 777 km²; 60,000 ha is 600 km², 80,000 ha is 800 km².
        static Unit UnitOf(string figure) => figure.EndsWith("miles", System.StringComparison.Ordinal) ? Unit.SquareMiles
            : figure.EndsWith("hectares", System.StringComparison.Ordinal) ? Unit.Hectares : Unit.SquareKilometres;
        var first = Make("earlier", earlier, Statistic.Cumulative, subject: "Russian forces", metric: Metric.Of("territory captured"), unit: UnitOf(earlier), end: Date(10, 1));
        var second = Make("later", later, Statistic.Cumulative, subject: "Russian forces", metric: Metric.Of("territory captured"), unit: UnitOf(later), end: Date(11, 1));

        Of(ConsistencyRule.CumulativeNeverFalls, null, first, second).Single().Verdict.Should().Be(verdict);
    }

    [Fact]
    public void PartOfWhole_AndSumOfParts_DoNotCompareShares()
    {
        // 40% of the territory held in Kursk Oblast lost says nothing against 5% of all fronts' territory.
        var options = Fronts.WithParts("all fronts", "Kursk Oblast", "Donetsk Oblast");
        Report[] shares =
        [
            Make("kursk", "about 40%", subject: "Ukrainian forces", metric: Metric.TerritoryLost, unit: Unit.Percent),
            Make("donetsk", "about 30%", place: "Donetsk Oblast", subject: "Ukrainian forces", metric: Metric.TerritoryLost, unit: Unit.Percent),
            Make("all", "about 5%", place: "all fronts", subject: "Ukrainian forces", metric: Metric.TerritoryLost, unit: Unit.Percent),
        ];

        var findings = ConsistencyCheck.Run(shares, options);

        findings.Should().NotContain(f => f.Rule == ConsistencyRule.PartOfWhole || f.Rule == ConsistencyRule.SumOfParts);
        // The same figures in km² are parts.
        Report[] areas = [.. shares.Select(r => Make(r.Id, r.Estimate.Stated.Text.Replace("%", " square kilometres", System.StringComparison.Ordinal),
            place: r.Quantity.Place, subject: "Ukrainian forces", metric: Metric.TerritoryLost, unit: Unit.SquareKilometres))];
        var areaFindings = ConsistencyCheck.Run(areas, options);
        areaFindings.Count(f => f.Rule == ConsistencyRule.PartOfWhole).Should().Be(2);
        areaFindings.Should().ContainSingle(f => f.Rule == ConsistencyRule.SumOfParts).Which.Verdict.Should().Be(Verdict.Violated);
    }

    [Fact]
    public void PartOfWhole_AWholeOverAPeriod_IsComparedWithAPartOnADayInIt()
    {
        var part = Make("part", "nearly 60,000");
        var november = Make("whole", "almost 580,000", place: "all fronts", start: Date(11, 1), end: Date(11, 30));
        var october = Make("whole", "almost 580,000", place: "all fronts", start: Date(10, 1), end: Date(10, 31));

        Of(ConsistencyRule.PartOfWhole, Fronts, part, november).Single().Verdict.Should().Be(Verdict.Consistent);
        // 23 days after October ends: beyond the 7-day window.
        Of(ConsistencyRule.PartOfWhole, Fronts, part, october).Should().BeEmpty();
    }

    [Theory]
    [InlineData("about 1,200 square kilometres", Verdict.Consistent)]
    [InlineData("about 1,376 square kilometres", Verdict.Consistent)]
    [InlineData("about 1,500 square kilometres", Verdict.Violated)]
    public void PeakAtLeastLevel_APeakOverAShorterPeriodInside_IsOneOfItsLevels(string innerPeak, Verdict verdict)
    {
        var inner = Area("august", innerPeak, Statistic.Peak, Date(8, 6), Date(8, 31));

        var finding = Of(ConsistencyRule.PeakAtLeastLevel, null, Peak, inner).Single();

        finding.Reports.Select(r => r.Id).Should().Equal("peak", "august");
        finding.Probability.Should().BeApproximately(LogNormalAtMost(inner, Peak), 1e-12);
        finding.Verdict.Should().Be(verdict);
        finding.Explanation.Should().Contain("the peak \"" + innerPeak + "\"");
    }

    [Fact]
    public void PeakAtLeastLevel_PeaksOverTheSameOrOverlappingPeriods_AreNotOrdered()
    {
        Of(ConsistencyRule.PeakAtLeastLevel, null, Peak, Area("same", "about 2,000 square kilometres", Statistic.Peak, Date(8, 6), Day)).Should().BeEmpty();
        Of(ConsistencyRule.PeakAtLeastLevel, null, Peak, Area("overlapping", "about 2,000 square kilometres", Statistic.Peak, Date(11, 1), Date(12, 31))).Should().BeEmpty();
    }

    [Theory]
    [InlineData("100 * (1 - now / peak)", true)]
    [InlineData("(1 - now / peak) * 100", true)]
    [InlineData("(peak - now) / peak / 0.01", false)]
    public void DerivedFigure_AFormulaThatMultipliesBy100_GivesPercent(string formula, bool closedForm)
    {
        var asFraction = DerivedFinding(Peak, Now, Derived("lost", "over 40%", "1 - now / peak"));

        var asPercent = DerivedFinding(Peak, Now, Derived("lost", "over 40%", formula));

        // With peak twice there is no closed form: 10,000 Monte Carlo samples, within 3 standard errors
        // (√(0.7·0.3/10⁴) = 0.0046 for the probability; 1.25·3.6/√10⁴ ≈ 0.045 points for the median).
        asPercent.Probability.Should().BeApproximately(asFraction.Probability, closedForm ? 1e-6 : 0.014);
        asPercent.Recomputed!.Median.Should().BeApproximately(100 * (1 - (800.0 / 1376)), closedForm ? 1e-6 : 0.14);
        // For a report stated as a plain fraction, the percentage is converted: 41.9% is 0.419.
        var fraction = Make("lost", "over 0.4", subject: "Ukrainian forces", metric: Metric.TerritoryLost, unit: Unit.Fraction,
            provenance: Provenance.Of(Origin("Reuters")).WithFormula(Formula.Parse(formula)));
        DerivedFinding(Peak, Now, fraction).Recomputed!.Median.Should().BeApproximately(1 - (800.0 / 1376), closedForm ? 1e-9 : 0.0014);
    }
}
