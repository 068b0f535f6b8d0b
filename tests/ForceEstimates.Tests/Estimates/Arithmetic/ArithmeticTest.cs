using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.Distributions;
using Xunit;

namespace ForceEstimates.Tests.Estimates.Arithmetic;

public class ArithmeticTest
{
    private static readonly ArithmeticOptions MonteCarlo = ArithmeticOptions.Default with { Method = ArithmeticMethod.MonteCarlo };

    private static Estimate LogNormal(double mu, double sigma) => Estimate.FromDistribution(LogNormalDistribution.FromLogParameters(mu, sigma));

    private static Estimate NormalEstimate(double mean, double sd) => Estimate.FromDistribution(NormalDistribution.Of(mean, sd));

    private static double Phi(double z) => Normal.CDF(0, 1, z);

    // The standard error of a share p estimated from n independent samples.
    private static double StandardError(double p, int n) => Math.Sqrt(p * (1 - p) / n);

    [Theory]
    [InlineData(0)]
    [InlineData(0.5)]
    [InlineData(-0.3)]
    public void Ratio_OfLogNormals_IsLogNormal_WithTheVarianceOfADifferenceOfLogs(double rho)
    {
        // ln(A/B) = ln A − ln B, jointly normal: mean μa − μb, variance σa² + σb² − 2ρσaσb.
        var ratio = ForceEstimates.Arithmetic.Ratio(LogNormal(Math.Log(800), 0.06), LogNormal(Math.Log(1376), 0.004), rho);

        var exact = ratio.Distribution.Should().BeOfType<LogNormalDistribution>().Subject;
        exact.Mu.Should().BeApproximately(Math.Log(800.0 / 1376), 1e-12);
        exact.Sigma.Should().BeApproximately(Math.Sqrt((0.06 * 0.06) + (0.004 * 0.004) - (2 * rho * 0.06 * 0.004)), 1e-12);
        ratio.Hedge.Should().Be(HedgeKind.Distribution);
    }

    [Fact]
    public void Product_AndShare_OfLogNormals_AreLogNormal()
    {
        var product = ForceEstimates.Arithmetic.Product(LogNormal(1, 0.3), LogNormal(2, 0.4));
        var share = ForceEstimates.Arithmetic.Share(LogNormal(Math.Log(60_000), 0.02), LogNormal(Math.Log(580_000), 0.02));

        var p = product.Distribution.Should().BeOfType<LogNormalDistribution>().Subject;
        p.Mu.Should().BeApproximately(3, 1e-12);
        p.Sigma.Should().BeApproximately(0.5, 1e-12);
        share.Median.Should().BeApproximately(100 * 60_000.0 / 580_000, 1e-9);
        share.Distribution.Should().BeOfType<LogNormalDistribution>().Which.Sigma.Should().BeApproximately(Math.Sqrt(0.0008), 1e-12);
    }

    [Fact]
    public void ShareLost_InTheSeedArticle_IsExact_AndExceedsFortyPercentWithProbabilityNearSevenTenths()
    {
        var peak = Estimate.Parse("about 1,376");
        var now = Estimate.Parse("approximately 800");
        var p = (LogNormalDistribution)peak.Distribution;
        var n = (LogNormalDistribution)now.Distribution;
        // P(1 − now/peak > 0.4) = P(ln now − ln peak < ln 0.6), a normal probability.
        var expected = Phi((Math.Log(0.6) - (n.Mu - p.Mu)) / Math.Sqrt((n.Sigma * n.Sigma) + (p.Sigma * p.Sigma)));
        var inputs = new Dictionary<string, Estimate> { ["now"] = now, ["peak"] = peak };

        var lost = ForceEstimates.Arithmetic.Evaluate(Formula.Parse("1 - now / peak"), inputs);
        var sampled = ForceEstimates.Arithmetic.Evaluate(Formula.Parse("1 - now / peak"), inputs, MonteCarlo);

        lost.Distribution.Should().BeOfType<AffineDistribution>();
        (1 - lost.Cdf(0.4)).Should().BeApproximately(expected, 1e-9);
        expected.Should().BeInRange(0.6, 0.8);
        lost.Median.Should().BeApproximately(1 - (800.0 / 1376), 1e-12);
        sampled.Distribution.Should().BeOfType<SampleDistribution>().Which.Count.Should().Be(10_000);
        (1 - sampled.Cdf(0.4)).Should().BeApproximately(expected, 5 * StandardError(expected, 10_000));
    }

    [Theory]
    [InlineData(0, 25)]
    [InlineData(0.5, 37)]
    [InlineData(-1, 1)]
    public void Sum_OfNormals_IsNormal_WithTheVarianceOfASum(double rho, double variance)
    {
        // Var(A + B) = σa² + σb² + 2ρσaσb with σa = 3, σb = 4.
        var sum = ForceEstimates.Arithmetic.Sum(NormalEstimate(10, 3), NormalEstimate(20, 4), rho);

        var normal = sum.Distribution.Should().BeOfType<NormalDistribution>().Subject;
        normal.Mu.Should().BeApproximately(30, 1e-12);
        normal.Sigma.Should().BeApproximately(Math.Sqrt(variance), 1e-12);
    }

    [Fact]
    public void Difference_OfNormals_AndSumOfMany()
    {
        var difference = ForceEstimates.Arithmetic.Difference(NormalEstimate(10, 3), NormalEstimate(20, 4), 0.5);
        var many = ForceEstimates.Arithmetic.Sum([NormalEstimate(1, 1), NormalEstimate(2, 2), NormalEstimate(3, 2)]);

        ((NormalDistribution)difference.Distribution).Mu.Should().BeApproximately(-10, 1e-12);
        ((NormalDistribution)difference.Distribution).Sigma.Should().BeApproximately(Math.Sqrt(9 + 16 - 12), 1e-12);
        ((NormalDistribution)many.Distribution).Mu.Should().BeApproximately(6, 1e-12);
        ((NormalDistribution)many.Distribution).Sigma.Should().BeApproximately(3, 1e-12);
    }

    [Fact]
    public void PercentChange_OfLogNormals_IsAShiftedLogNormal()
    {
        var change = ForceEstimates.Arithmetic.PercentChange(LogNormal(Math.Log(1376), 0.01), LogNormal(Math.Log(800), 0.05));

        change.Distribution.Should().BeOfType<AffineDistribution>();
        change.Median.Should().BeApproximately(100 * ((800.0 / 1376) - 1), 1e-9);
        // P(change ≤ −40%) = P(ln(to/from) ≤ ln 0.6).
        change.Cdf(-40).Should().BeApproximately(Phi((Math.Log(0.6) - Math.Log(800.0 / 1376)) / Math.Sqrt(0.0026)), 1e-9);
    }

    [Fact]
    public void AnInputUsedTwice_IsOneDraw_SoXMinusXIsExactlyZero()
    {
        // "over 10,000" is one-sided: no closed form, so this runs by Monte Carlo.
        var inputs = new Dictionary<string, Estimate> { ["x"] = Estimate.Parse("over 10,000") };

        var zero = ForceEstimates.Arithmetic.Evaluate(Formula.Parse("x - x"), inputs);
        var one = ForceEstimates.Arithmetic.Evaluate(Formula.Parse("x / x"), inputs);

        zero.Distribution.Should().BeOfType<SampleDistribution>().Which.Samples.Should().OnlyContain(v => v == 0);
        one.Distribution.Should().BeOfType<SampleDistribution>().Which.Samples.Should().OnlyContain(v => v == 1);
        ForceEstimates.Arithmetic.Evaluate(Formula.Parse("a / a"), new Dictionary<string, Estimate> { ["a"] = LogNormal(1, 1) })
            .Distribution.Should().Be(PointDistribution.Of(1));
    }

    [Fact]
    public void Evaluate_QuotesABoundedExcerptOfAMissingInputsName()
    {
        string name = new('x', 1 << 20);
        var formula = Formula.Parse(name + " + 1");

        var missing = FluentActions.Invoking(() => ForceEstimates.Arithmetic.Evaluate(formula, new Dictionary<string, Estimate>()))
            .Should().Throw<ArgumentException>().WithParameterName("inputs").Which.Message;
        var nullEstimate = FluentActions.Invoking(() => ForceEstimates.Arithmetic.Evaluate(formula, new Dictionary<string, Estimate> { [name] = null! }))
            .Should().Throw<ArgumentNullException>().WithParameterName("inputs").Which.Message;

        missing.Length.Should().BeLessThan(500, "a 1 MB input name must not make a 1 MB message");
        missing.Should().Contain("1,048,576 characters").And.Contain("has none");
        nullEstimate.Length.Should().BeLessThan(500);
        nullEstimate.Should().Contain("1,048,576 characters").And.Contain("is null");
    }

    [Fact]
    public void MonteCarlo_IsReproducible_AndFollowsTheSeedAndCount()
    {
        var a = Estimate.Parse("over 10,000");
        var b = Estimate.Parse("nearly 60,000");

        var first = (SampleDistribution)ForceEstimates.Arithmetic.Sum(a, b).Distribution;
        var again = (SampleDistribution)ForceEstimates.Arithmetic.Sum(a, b).Distribution;
        var other = (SampleDistribution)ForceEstimates.Arithmetic.Sum(a, b, options: ArithmeticOptions.Default with { Seed = 2 }).Distribution;
        var small = (SampleDistribution)ForceEstimates.Arithmetic.Sum(a, b, options: ArithmeticOptions.Default with { SampleCount = 500 }).Distribution;

        again.Samples.Should().Equal(first.Samples);
        other.Samples.Should().NotEqual(first.Samples);
        small.Count.Should().Be(500);
        first.Samples.Should().OnlyContain(v => v > 10_000);
    }

    [Fact]
    public void Apply_RunsAnyFunction_OnAlignedSamples()
    {
        // For independent A and B, P(max(A, B) ≤ t) = P(A ≤ t) · P(B ≤ t).
        var a = NormalEstimate(10, 2);
        var b = NormalEstimate(11, 1);

        var max = ForceEstimates.Arithmetic.Apply([a, b], v => Math.Max(v[0], v[1]));
        var same = ForceEstimates.Arithmetic.Apply([a], v => v[0] - v[0]);

        var expected = Normal.CDF(10, 2, 11.5) * Normal.CDF(11, 1, 11.5);
        max.Cdf(11.5).Should().BeApproximately(expected, 5 * StandardError(expected, 10_000));
        ((SampleDistribution)same.Distribution).Samples.Should().OnlyContain(v => v == 0);
    }

    [Theory]
    [InlineData(0.7)]
    [InlineData(-0.6)]
    public void MonteCarlo_WithACorrelation_AgreesWithTheClosedForm(double rho)
    {
        var a = LogNormal(Math.Log(800), 0.08);
        var b = LogNormal(Math.Log(1376), 0.05);

        var exact = ForceEstimates.Arithmetic.Ratio(a, b, rho);
        var sampled = ForceEstimates.Arithmetic.Ratio(a, b, rho, MonteCarlo with { SampleCount = 40_000 });

        foreach (var p in new[] { 0.05, 0.25, 0.5, 0.75, 0.95 })
        {
            sampled.Cdf(exact.Quantile(p)).Should().BeApproximately(p, 5 * StandardError(p, 40_000));
        }
    }

    [Fact]
    public void CorrelationsByIndex_ReachAFormula()
    {
        var inputs = new Dictionary<string, Estimate> { ["a"] = NormalEstimate(0, 1), ["b"] = NormalEstimate(0, 1), ["c"] = NormalEstimate(0, 1) };
        var options = ArithmeticOptions.Default.WithCorrelation(0, 2, 0.5);

        var sum = ForceEstimates.Arithmetic.Evaluate(Formula.Parse("a + b + c"), inputs, options);

        // Var = 3 + 2·0.5 for the one correlated pair (a, c).
        ((NormalDistribution)sum.Distribution).Sigma.Should().BeApproximately(2, 1e-12);
        options.Correlation(2, 0).Should().Be(0.5);
        options.Correlation(1, 1).Should().Be(1);
        options.Correlations.Should().Equal((0, 2, 0.5));
        options.WithCorrelation(2, 0, 0).Should().Be(ArithmeticOptions.Default);
    }

    [Fact]
    public void BadInput_IsRejectedClearly()
    {
        var a = Estimate.Parse("about 10");
        var inputs = new Dictionary<string, Estimate> { ["a"] = a };

        ((Action)(() => ForceEstimates.Arithmetic.Evaluate(Formula.Parse("a + b"), inputs)))
            .Should().Throw<ArgumentException>().WithParameterName("inputs").WithMessage("*\"b\"*");
        ((Action)(() => ForceEstimates.Arithmetic.Ratio(a, Estimate.Exact(0))))
            .Should().Throw<ArgumentException>().WithMessage("*finite value*division by zero*");
        ((Action)(() => ForceEstimates.Arithmetic.Ratio(a, a, 1.5)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("correlation");
        ((Action)(() => ForceEstimates.Arithmetic.Sum([])))
            .Should().Throw<ArgumentException>().WithParameterName("terms");
        ((Action)(() => ForceEstimates.Arithmetic.Ratio(null!, a))).Should().Throw<ArgumentNullException>();
        var impossible = ArithmeticOptions.Default.WithCorrelation(0, 1, -0.9).WithCorrelation(0, 2, -0.9).WithCorrelation(1, 2, -0.9);
        ((Action)(() => ForceEstimates.Arithmetic.Sum([a, a, a], impossible)))
            .Should().Throw<ArgumentException>().WithParameterName("options").WithMessage("*positive semi-definite*");
        ((Action)(() => ForceEstimates.Arithmetic.Sum([a, a], ArithmeticOptions.Default.WithCorrelation(0, 5, 0.1))))
            .Should().Throw<ArgumentException>().WithParameterName("options");
        ((Action)(() => _ = ArithmeticOptions.Default with { SampleCount = 1 })).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => ArithmeticOptions.Default.WithCorrelation(1, 1, 0.5))).Should().Throw<ArgumentException>();
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property ClosedForms_AgreeWithMonteCarlo_ToItsStandardError(int seed, byte muChoice, byte sigmaChoice, sbyte rhoChoice)
    {
        const int n = 4_000;
        var sigmaA = 0.01 + (sigmaChoice % 50 / 50.0);
        var sigmaB = 0.01 + (sigmaChoice / 5 % 40 / 40.0);
        var rho = Math.Clamp(rhoChoice / 128.0, -0.95, 0.95);
        var a = LogNormal(muChoice % 12, sigmaA);
        var b = LogNormal(3, sigmaB);
        var options = MonteCarlo with { SampleCount = n, Seed = seed };
        var ratioExact = ForceEstimates.Arithmetic.Ratio(a, b, rho);
        var ratioSampled = ForceEstimates.Arithmetic.Ratio(a, b, rho, options);
        var sumExact = ForceEstimates.Arithmetic.Difference(NormalEstimate(muChoice, 1 + sigmaA), NormalEstimate(3, 2 + sigmaB), rho);
        var sumSampled = ForceEstimates.Arithmetic.Difference(NormalEstimate(muChoice, 1 + sigmaA), NormalEstimate(3, 2 + sigmaB), rho, options);

        return new[] { 0.1, 0.5, 0.9 }.All(p =>
            Math.Abs(ratioSampled.Cdf(ratioExact.Quantile(p)) - p) <= 5 * StandardError(p, n)
            && Math.Abs(sumSampled.Cdf(sumExact.Quantile(p)) - p) <= 5 * StandardError(p, n)).ToProperty();
    }
}
