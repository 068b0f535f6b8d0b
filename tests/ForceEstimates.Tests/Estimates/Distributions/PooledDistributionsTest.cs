using System;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace ForceEstimates.Tests.Estimates.Distributions;

public class MixtureDistributionTest
{
    private static readonly MixtureDistribution TwoModes = MixtureDistribution.Of(
        new EstimateDistribution[] { NormalDistribution.Of(0, 1), NormalDistribution.Of(10, 2) },
        new[] { 1.0, 3.0 });

    [Fact]
    public void WeightsAreNormalised() => TwoModes.Weights.Should().Equal(0.25, 0.75);

    [Fact]
    public void CdfIsTheWeightedSumOfTheComponents()
    {
        foreach (var x in new[] { -3.0, 0.0, 4.0, 10.0, 15.0 })
        {
            double expected = (0.25 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, x)) + (0.75 * MathNet.Numerics.Distributions.Normal.CDF(10, 2, x));
            TwoModes.Cdf(x).Should().BeApproximately(expected, 1e-14);
        }
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void QuantilesInvertTheCdfExactly(double p)
    {
        double q = TwoModes.Quantile(p);
        TwoModes.Cdf(q).Should().BeApproximately(p, 1e-10);
    }

    [Fact]
    public void MomentsFollowTheLawOfTotalVariance()
    {
        TwoModes.Mean.Should().BeApproximately(7.5, 1e-12);
        // 0.25·(1 + 0) + 0.75·(4 + 100) − 7.5²
        TwoModes.Variance.Should().BeApproximately(0.25 + 78 - 56.25, 1e-10);
    }

    [Fact]
    public void PointMassesAreHandled()
    {
        var mixture = MixtureDistribution.Of(
            new EstimateDistribution[] { PointDistribution.Of(5), PointDistribution.Of(7) }, new[] { 1.0, 1.0 });
        mixture.Quantile(0.25).Should().Be(5);
        mixture.Quantile(0.75).Should().Be(7);
        mixture.Cdf(6).Should().Be(0.5);
    }

    [Fact]
    public void BadInputNamesTheArgumentAndIndex()
    {
        var act = () => MixtureDistribution.Of(new EstimateDistribution[] { NormalDistribution.Of(0, 1) }, new[] { -1.0 });
        act.Should().Throw<ArgumentException>().WithParameterName("weights").WithMessage("*weights[0]*");
        act = () => MixtureDistribution.Of(Array.Empty<EstimateDistribution>(), Array.Empty<double>());
        act.Should().Throw<ArgumentException>().WithParameterName("components");
        act = () => MixtureDistribution.Of(new EstimateDistribution[] { NormalDistribution.Of(0, 1) }, new[] { 1.0, 2.0 });
        act.Should().Throw<ArgumentException>().WithParameterName("weights");
    }

    [Property(MaxTest = 50)]
    public bool QuantilesIncreaseAndInvert(NormalFloat a, NormalFloat b, PositiveInt wa, PositiveInt wb)
    {
        var mixture = MixtureDistribution.Of(
            new EstimateDistribution[] { NormalDistribution.Of(a.Get % 1000, 1), LogNormalDistribution.FromLogParameters(b.Get % 5, 0.3) },
            new[] { (double)wa.Get, wb.Get });
        double previous = double.NegativeInfinity;
        foreach (var p in new[] { 0.05, 0.2, 0.5, 0.8, 0.95 })
        {
            double q = mixture.Quantile(p);
            if (q < previous || Math.Abs(mixture.Cdf(q) - p) > 1e-8)
            {
                return false;
            }
            previous = q;
        }
        return true;
    }
}

public class LogitNormalDistributionTest
{
    [Fact]
    public void StaysWithinTheScaleAndInvertsItsCdf()
    {
        var d = LogitNormalDistribution.Of(Math.Log(40.0 / 60), 0.5, 100);
        d.Median.Should().BeApproximately(40, 1e-9);
        d.Quantile(0.999).Should().BeLessThan(100);
        d.Quantile(0.001).Should().BeGreaterThan(0);
        d.Cdf(d.Quantile(0.3)).Should().BeApproximately(0.3, 1e-12);
        d.Mean.Should().BeInRange(0, 100);
    }

    [Fact]
    public void MeanMatchesNumericalIntegrationOfTheQuantileFunction()
    {
        var d = LogitNormalDistribution.Of(1.2, 0.8, 100);
        // E[X] = ∫₀¹ Q(u) du, by the midpoint rule on 200,000 cells.
        const int cells = 200_000;
        double sum = 0;
        for (int i = 0; i < cells; i++)
        {
            sum += d.Quantile((i + 0.5) / cells);
        }
        d.Mean.Should().BeApproximately(sum / cells, 1e-3);
    }
}

public class ScaledDistributionTest
{
    [Fact]
    public void ScalesEverything()
    {
        var inner = LogNormalDistribution.FromLogParameters(Math.Log(100), 0.2);
        var scaled = ScaledDistribution.Of(inner, 2.589988110336);
        scaled.Median.Should().BeApproximately(258.9988110336, 1e-9);
        scaled.Quantile(0.9).Should().BeApproximately(2.589988110336 * inner.Quantile(0.9), 1e-9);
        scaled.Cdf(scaled.Quantile(0.3)).Should().BeApproximately(0.3, 1e-12);
        scaled.Variance.Should().BeApproximately(2.589988110336 * 2.589988110336 * inner.Variance, 1e-6);
        ScaledDistribution.Of(scaled, 2).Inner.Should().BeSameAs(inner);
    }

    [Fact]
    public void RejectsNonPositiveFactors()
    {
        var act = () => ScaledDistribution.Of(PointDistribution.Of(1), 0);
        act.Should().Throw<ArgumentException>().WithParameterName("factor");
    }
}

public class NormalDistributionTest
{
    [Fact]
    public void MatchesMathNet()
    {
        var d = NormalDistribution.Of(3, 2);
        d.Quantile(0.975).Should().BeApproximately(3 + (2 * 1.959963984540054), 1e-9);
        d.Cdf(3).Should().Be(0.5);
        var act = () => NormalDistribution.Of(0, -1);
        act.Should().Throw<ArgumentException>().WithParameterName("standardDeviation");
    }
}
