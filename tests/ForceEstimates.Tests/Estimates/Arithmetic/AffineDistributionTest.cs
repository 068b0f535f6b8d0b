using System;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates.Arithmetic;

public class AffineDistributionTest
{
    [Fact]
    public void ANegativeFactor_MirrorsTheDistribution()
    {
        // 1 − X for X log-normal: P(1 − X ≤ x) = P(X ≥ 1 − x).
        var inner = LogNormalDistribution.FromLogParameters(Math.Log(0.58), 0.06);
        var lost = AffineDistribution.Of(inner, 1, -1);

        lost.Cdf(0.4).Should().BeApproximately(1 - inner.Cdf(0.6), 1e-15);
        lost.Quantile(0.1).Should().BeApproximately(1 - inner.Quantile(0.9), 1e-15);
        lost.Median.Should().BeApproximately(0.42, 1e-15);
        lost.Mean.Should().BeApproximately(1 - inner.Mean, 1e-15);
        lost.Variance.Should().BeApproximately(inner.Variance, 1e-18);
        lost.SupportUpper.Should().Be(1);
        lost.SupportLower.Should().Be(double.NegativeInfinity);
        lost.Cdf(lost.Quantile(0.3)).Should().BeApproximately(0.3, 1e-12);
    }

    [Fact]
    public void APositiveFactor_ScalesAndShifts_AndMapsFold()
    {
        var inner = NormalDistribution.Of(2, 1);
        var twice = AffineDistribution.Of(AffineDistribution.Of(inner, 1, 2), 3, 10);

        twice.Inner.Should().Be(inner);
        twice.Offset.Should().Be(13);
        twice.Factor.Should().Be(20);
        twice.Median.Should().Be(53);
        twice.Cdf(53).Should().BeApproximately(0.5, 1e-15);
        twice.Should().Be(AffineDistribution.Of(inner, 13, 20));
        twice.ToString().Should().Contain("13");
    }

    [Fact]
    public void BadArguments_AreRejected()
    {
        var inner = NormalDistribution.Of(0, 1);
        ((Action)(() => AffineDistribution.Of(inner, 0, 0))).Should().Throw<ArgumentException>().WithParameterName("factor");
        ((Action)(() => AffineDistribution.Of(inner, double.NaN, 1))).Should().Throw<ArgumentException>().WithParameterName("offset");
        ((Action)(() => AffineDistribution.Of(null!, 0, 1))).Should().Throw<ArgumentNullException>();
    }
}
