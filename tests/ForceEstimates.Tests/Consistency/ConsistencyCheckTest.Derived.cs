using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Consistency;
using MathNet.Numerics.Distributions;
using Xunit;
using static ForceEstimates.Tests.Consistency.ConsistencyReports;

namespace ForceEstimates.Tests.Consistency;

/// <summary>Derived figures and their consistent neighbours: the seed's share lost, restated.</summary>
public partial class ConsistencyCheckTest
{
    private static readonly Report Peak = Area("peak", "about 1,376 square kilometres", Statistic.Peak, Date(8, 6), Day);
    private static readonly Report Now = Area("now", "approximately 800 square kilometres", Statistic.Level, Day, Day);

    private static ConsistencyFinding DerivedFinding(params Report[] reports)
        => ConsistencyCheck.Run(reports).Single(f => f.Rule == ConsistencyRule.DerivedFigure);

    // P(100·(1 − now/peak) ≤ x) for the two log-normal readings: the closed form the checks must reproduce.
    private static double ShareLostAtMost(double percent)
    {
        var p = (LogNormalDistribution)Peak.Estimate.Distribution;
        var n = (LogNormalDistribution)Now.Estimate.Distribution;
        var ratio = 1 - (percent / 100);
        return 1 - Normal.CDF(0, 1, (Math.Log(ratio) - (n.Mu - p.Mu)) / Math.Sqrt((n.Sigma * n.Sigma) + (p.Sigma * p.Sigma)));
    }

    [Theory]
    [InlineData("over 40%", Verdict.Consistent)]
    [InlineData("over 35%", Verdict.Consistent)]
    [InlineData("more than 30 per cent", Verdict.Consistent)]
    [InlineData("over 50%", Verdict.Violated)]
    [InlineData("at least 60%", Verdict.Violated)]
    public void AgainstALowerBound_TheProbabilityIsThatTheRecomputedValueExceedsIt(string figure, Verdict verdict)
    {
        var bound = Estimate.Parse(figure).Stated.Value;

        var finding = DerivedFinding(Peak, Now, Derived("lost", figure, "1 - now / peak"));

        finding.Probability.Should().BeApproximately(1 - ShareLostAtMost(bound), 1e-9);
        finding.Verdict.Should().Be(verdict);
    }

    [Theory]
    [InlineData("under 50%", Verdict.Consistent)]
    [InlineData("at most 45%", Verdict.Consistent)]
    [InlineData("up to 30%", Verdict.Violated)]
    public void AgainstAnUpperBound_TheProbabilityIsThatTheRecomputedValueStaysBelowIt(string figure, Verdict verdict)
    {
        var bound = Estimate.Parse(figure).Stated.Value;

        var finding = DerivedFinding(Peak, Now, Derived("lost", figure, "1 - now / peak"));

        finding.Probability.Should().BeApproximately(ShareLostAtMost(bound), 1e-9);
        finding.Verdict.Should().Be(verdict);
    }

    [Theory]
    [InlineData("42%", Verdict.Consistent)]
    [InlineData("about 42%", Verdict.Consistent)]
    [InlineData("about 40%", Verdict.Consistent)]
    [InlineData("about 45%", Verdict.Consistent)]
    [InlineData("nearly 45%", Verdict.Consistent)]
    [InlineData("between 35% and 50%", Verdict.Consistent)]
    [InlineData("about 30%", Verdict.Violated)]
    [InlineData("60%", Verdict.Violated)]
    [InlineData("about 75%", Verdict.Violated)]
    [InlineData("nearly 20%", Verdict.Violated)]
    public void AgainstAPointOrApproximateClaim_TheProbabilityIsTwoSided(string figure, Verdict verdict)
    {
        var finding = DerivedFinding(Peak, Now, Derived("lost", figure, "1 - now / peak"));

        finding.Verdict.Should().Be(verdict);
        finding.Probability.Should().BeInRange(0, 1);
    }

    [Fact]
    public void AgainstAnExactFigure_TheTwoSidedProbabilityIsThatOfTheStatedValue()
    {
        // "exactly 38%" is all but a point: 2·min(P(R ≤ 38), P(R ≥ 38)) under the recomputed R.
        var below = ShareLostAtMost(38);

        var finding = DerivedFinding(Peak, Now, Derived("lost", "exactly 38%", "1 - now / peak"));

        finding.Probability.Should().BeApproximately(2 * Math.Min(below, 1 - below), 0.01);
    }

    [Fact]
    public void UnitsThatConvert_AreConverted()
    {
        // 800 km² is 308.9 mi²; a share in a plain fraction is a hundredth of one in percent.
        var nowInMiles = Area("now", "approximately 309 square miles", Statistic.Level, Day, Day, Unit.SquareMiles);
        var asFraction = Make("lost", "over 0.4", subject: "Ukrainian forces", metric: Metric.TerritoryLost, unit: Unit.Fraction,
            provenance: Provenance.Of(Origin("Reuters")).WithFormula(Formula.Parse("1 - now / peak")));
        var area = Make("lost-area", "about 576 square kilometres", subject: "Ukrainian forces", metric: Metric.TerritoryLost, unit: Unit.SquareKilometres,
            provenance: Provenance.Of(Origin("Reuters")).WithFormula(Formula.Parse("peak - now")));

        var findings = ConsistencyCheck.Run([Peak, nowInMiles, Derived("lost", "over 40%", "1 - now / peak").WithId("lost-percent"), asFraction, area])
            .Where(f => f.Rule == ConsistencyRule.DerivedFigure).ToList();

        findings.Should().HaveCount(3).And.OnlyContain(f => f.IsChecked && f.Verdict == Verdict.Consistent);
        findings[0].Recomputed!.Median.Should().BeApproximately(100 * (1 - (309 * 2.589988110336 / 1376)), 1e-6);
        findings[1].Recomputed!.Median.Should().BeApproximately(1 - (309 * 2.589988110336 / 1376), 1e-9);
        findings[2].Recomputed!.Median.Should().BeInRange(560, 590);
    }

    [Fact]
    public void UnitsThatDoNotConvert_GiveAFindingThatSaysSo()
    {
        var troops = Make("troops", "nearly 60,000");
        var wrong = Derived("lost", "over 40%", "1 - troops / peak");
        var sum = Make("area", "about 2,000 square kilometres", metric: Metric.TerritoryHeld, unit: Unit.SquareKilometres,
            provenance: Provenance.Of(Origin("Reuters")).WithFormula(Formula.Parse("peak + troops")));
        var log = Derived("log", "about 5%", "ln(peak)");

        var findings = ConsistencyCheck.Run([Peak, troops, wrong, sum, log]).Where(f => f.Rule == ConsistencyRule.DerivedFigure).ToList();

        findings.Should().HaveCount(3).And.OnlyContain(f => !f.IsChecked && double.IsNaN(f.Probability) && f.Verdict == Verdict.Inconclusive && f.Holds);
        findings[0].Explanation.Should().Contain("could not be checked").And.Contain("the units do not convert");
        findings[1].Explanation.Should().Contain("adds or subtracts km^2 and persons");
        findings[2].Explanation.Should().Contain("ln of km^2");
        ((Action)(() => ConsistencyCheck.Recompute(wrong, [Peak, troops]))).Should().Throw<ArgumentException>()
            .WithParameterName("derived").WithMessage("*units do not convert*");
    }

    [Fact]
    public void MissingInputs_GiveAFindingThatSaysSo_AndRecomputeThrows()
    {
        var lost = Derived("lost", "over 40%", "1 - now / peak");

        var finding = DerivedFinding(Peak, lost);

        finding.IsChecked.Should().BeFalse();
        finding.Verdict.Should().Be(Verdict.Inconclusive);
        finding.Explanation.Should().Contain("now is not among the reports");
        finding.Reports.Select(r => r.Id).Should().Equal("lost", "peak");
        ((Action)(() => ConsistencyCheck.Recompute(lost, [Peak]))).Should().Throw<ArgumentException>()
            .WithParameterName("reports").WithMessage("*\"now\" is missing*");
        ConsistencyCheck.Run(Samples.Kursk2024.Where(r => r.Id != "kursk-2024-11-23/area-now"))
            .Single(f => f.Rule == ConsistencyRule.DerivedFigure).IsChecked.Should().BeFalse();
    }

    [Fact]
    public void ACycleOfDerivations_GivesFindingsThatSaySo()
    {
        var a = Derived("a", "about 40%", "1 - b / peak");
        var b = Make("b", "about 800 square kilometres", subject: "Ukrainian forces", metric: Metric.TerritoryHeld, unit: Unit.SquareKilometres,
            provenance: Provenance.Of(Origin("Reuters")).WithFormula(Formula.Parse("peak * (1 - a)")));

        var findings = ConsistencyCheck.Run([Peak, a, b]).Where(f => f.Rule == ConsistencyRule.DerivedFigure).ToList();

        findings.Should().HaveCount(2).And.OnlyContain(f => !f.IsChecked);
        findings[0].Explanation.Should().Contain("cycle of derivations (a → b → a)");
        findings[1].Explanation.Should().Contain("cycle of derivations (b → a → b)");
    }

    [Fact]
    public void ADerivedReportWithoutAFormula_GivesAFindingThatSaysSo()
    {
        var lost = Make("lost", "over 40%", subject: "Ukrainian forces", metric: Metric.TerritoryLost, unit: Unit.Percent,
            provenance: Provenance.Of(Origin("Reuters")).WithDerivedFrom("peak", "now"));

        var finding = DerivedFinding(Peak, Now, lost);

        finding.IsChecked.Should().BeFalse();
        finding.Explanation.Should().Contain("no formula");
        ((Action)(() => ConsistencyCheck.Recompute(lost, [Peak, Now]))).Should().Throw<ArgumentException>().WithParameterName("derived");
    }

    [Fact]
    public void ADivisionByZero_GivesAFindingThatSaysSo()
    {
        var zero = Area("zero", "exactly 0 square kilometres", Statistic.Level, Day, Day);

        var finding = DerivedFinding(zero, Now, Derived("lost", "over 40%", "1 - now / zero"));

        finding.IsChecked.Should().BeFalse();
        finding.Explanation.Should().Contain("finite value");
    }

    [Fact]
    public void NoClosedForm_RunsMonteCarloWithTheOptionsSeed()
    {
        // A one-sided input has no closed form: the result is a sample set, reproducible through the seed.
        var over = Area("peak", "over 1,300 square kilometres", Statistic.Peak, Date(8, 6), Day);
        var lost = Derived("lost", "over 30%", "1 - now / peak");
        var options = ConsistencyOptions.Default with { Arithmetic = ArithmeticOptions.Default with { SampleCount = 4_000, Seed = 9 } };

        var first = ConsistencyCheck.Run([over, Now, lost], options).Single(f => f.Rule == ConsistencyRule.DerivedFigure);
        var again = ConsistencyCheck.Run([over, Now, lost], options).Single(f => f.Rule == ConsistencyRule.DerivedFigure);

        first.Recomputed!.Distribution.Should().BeOfType<SampleDistribution>().Which.Count.Should().Be(4_000);
        again.Probability.Should().Be(first.Probability);
        first.Verdict.Should().Be(Verdict.Consistent);
    }

    [Fact]
    public void ManySampledFigures_InOneCheck_AgreeWithEachCheckedAlone()
    {
        // One run shares its sample arrays among its Monte Carlo figures: none may see another's samples.
        var options = ConsistencyOptions.Default with { Arithmetic = ArithmeticOptions.Default with { SampleCount = 3_000, Seed = 4 } };
        var peaks = new[] { "over 1,000", "over 1,300", "at least 2,000" }
            .Select((figure, k) => Area("peak" + k, figure + " square kilometres", Statistic.Peak, Date(8, 6), Day)).ToArray();
        var lost = peaks.Select((peak, k) => Derived("lost" + k, "over 30%", $"1 - now / [{peak.Id}]")).ToArray();

        var together = ConsistencyCheck.Run([.. peaks, Now, .. lost], options).Where(f => f.Rule == ConsistencyRule.DerivedFigure).ToList();

        together.Should().HaveCount(3);
        for (var k = 0; k < 3; k++)
        {
            var alone = ConsistencyCheck.Run([peaks[k], Now, lost[k]], options).Single(f => f.Rule == ConsistencyRule.DerivedFigure);
            var samples = ((SampleDistribution)together[k].Recomputed!.Distribution).Samples;
            together[k].Probability.Should().Be(alone.Probability);
            samples.Should().Equal(((SampleDistribution)alone.Recomputed!.Distribution).Samples);
            // "Over 30%": one less the share of recomputed samples at most 30, counted by hand.
            together[k].Probability.Should().Be(1 - ((double)samples.Count(x => x <= 30) / samples.Count));
        }
    }

    [Fact]
    public void SharedOrigins_CanBeCorrelated()
    {
        // ρ between the two area readings (one General Staff source): the log-ratio's variance loses 2ρσ₁σ₂.
        var p = (LogNormalDistribution)Peak.Estimate.Distribution;
        var n = (LogNormalDistribution)Now.Estimate.Distribution;
        const double rho = 0.8;
        var sd = Math.Sqrt((n.Sigma * n.Sigma) + (p.Sigma * p.Sigma) - (2 * rho * n.Sigma * p.Sigma));
        var expected = Normal.CDF(0, 1, (Math.Log(0.6) - (n.Mu - p.Mu)) / sd);

        var finding = ConsistencyCheck.Run([Peak, Now, Derived("lost", "over 40%", "1 - now / peak")], ConsistencyOptions.Default with { SharedOriginCorrelation = rho })
            .Single(f => f.Rule == ConsistencyRule.DerivedFigure);

        finding.Probability.Should().BeApproximately(expected, 1e-9);
    }
}
