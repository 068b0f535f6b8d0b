using ForceEstimates.Tests.Contracts;
using System;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

public class DistributionTest
{
    [Fact]
    public void LogNormal_FromInterval_ReproducesTheInterval()
    {
        var distribution = LogNormalDistribution.FromInterval(10000, 12000, 0.9);
        var interval = distribution.Interval(0.9);

        interval.Lower.Should().BeApproximately(10000, 1e-6);
        interval.Upper.Should().BeApproximately(12000, 1e-6);
        distribution.Median.Should().BeApproximately(Math.Sqrt(10000.0 * 12000), 1e-6);
    }

    [Fact]
    public void LogNormal_MomentsFollowTheClosedForms()
    {
        // Mean e^(μ+σ²/2) and variance (e^(σ²) − 1)e^(2μ+σ²), e.g. Johnson, Kotz & Balakrishnan (1994), ch. 14.
        var distribution = LogNormalDistribution.FromLogParameters(1, 0.5);

        distribution.Mean.Should().BeApproximately(Math.Exp(1.125), 1e-12);
        distribution.Variance.Should().BeApproximately((Math.Exp(0.25) - 1) * Math.Exp(2.25), 1e-12);
        distribution.Cdf(Math.E).Should().BeApproximately(0.5, 1e-12);
        distribution.Cdf(0).Should().Be(0);
        distribution.Cdf(-1).Should().Be(0);
    }

    [Fact]
    public void OneSided_FromSpread_Holds95PercentWithinTheSpread()
    {
        var above = OneSidedDistribution.FromSpread(100, OneSidedDirection.Above, 2, 0.1, 0.95);
        var below = OneSidedDistribution.FromSpread(100, OneSidedDirection.Below, 2, 0.1, 0.95);

        above.Cdf(110).Should().BeApproximately(0.95, 1e-9);
        below.Cdf(90).Should().BeApproximately(0.05, 1e-9);
        above.SupportLower.Should().Be(100);
        below.SupportUpper.Should().Be(100);
    }

    [Fact]
    public void OneSided_MeanMatchesTheGammaMomentGeneratingFunction()
    {
        // E[e^(tY)] = (1 − tθ)^(−k) for Y ~ Gamma(k, θ).
        var above = OneSidedDistribution.Of(100, OneSidedDirection.Above, 2, 0.05);
        var below = OneSidedDistribution.Of(100, OneSidedDirection.Below, 2, 0.05);

        above.Mean.Should().BeApproximately(100 * Math.Pow(0.95, -2), 1e-9);
        below.Mean.Should().BeApproximately(100 * Math.Pow(1.05, -2), 1e-9);
        above.Variance.Should().BeApproximately((10000 * Math.Pow(0.9, -2)) - Math.Pow(100 * Math.Pow(0.95, -2), 2), 1e-6);
        OneSidedDistribution.Of(100, OneSidedDirection.Above, 2, 1.5).Mean.Should().Be(double.PositiveInfinity);
    }

    [Fact]
    public void Uniform_AndPoint_Basics()
    {
        var uniform = UniformDistribution.Of(0, 10);
        uniform.Quantile(0.25).Should().Be(2.5);
        uniform.Cdf(5).Should().Be(0.5);
        uniform.Variance.Should().BeApproximately(100.0 / 12, 1e-12);

        var point = PointDistribution.Of(3);
        point.Cdf(2.9).Should().Be(0);
        point.Cdf(3).Should().Be(1);
        point.Interval(0.9).Should().Be(new EstimateInterval(3, 3, 0.9));
    }

    [Fact]
    public void Factories_RejectBadParametersNamingThem()
    {
        FluentActions.Invoking(() => LogNormalDistribution.FromLogParameters(double.NaN, 1)).Should().Throw<ArgumentException>().WithParameterName("mu");
        FluentActions.Invoking(() => LogNormalDistribution.FromMedian(10, 0)).Should().Throw<ArgumentException>().WithParameterName("sigma");
        FluentActions.Invoking(() => LogNormalDistribution.FromInterval(12, 10, 0.9)).Should().Throw<ArgumentException>().WithParameterName("upper");
        FluentActions.Invoking(() => OneSidedDistribution.Of(0, OneSidedDirection.Above, 2, 1)).Should().Throw<ArgumentException>().WithParameterName("bound");
        FluentActions.Invoking(() => OneSidedDistribution.Of(1, OneSidedDirection.None, 2, 1)).Should().Throw<ArgumentException>().WithParameterName("direction");
        FluentActions.Invoking(() => OneSidedDistribution.FromSpread(1, OneSidedDirection.Below, 2, 1, 0.95)).Should().Throw<ArgumentException>().WithParameterName("relativeSpread");
        FluentActions.Invoking(() => UniformDistribution.Of(1, 1)).Should().Throw<ArgumentException>().WithParameterName("upper");
        FluentActions.Invoking(() => PointDistribution.Of(double.PositiveInfinity)).Should().Throw<ArgumentException>().WithParameterName("value");
        FluentActions.Invoking(() => PointDistribution.Of(1).Sample(null!)).Should().Throw<ArgumentNullException>().WithParameterName("random");
    }

    [Fact]
    public void Equality_IsFamilyAndParameters()
    {
        EqualityContract.Holds<EstimateDistribution>(
            LogNormalDistribution.FromLogParameters(1, 0.5),
            LogNormalDistribution.FromLogParameters(1, 0.5),
            LogNormalDistribution.FromLogParameters(1, 0.6),
            UniformDistribution.Of(1, 2),
            PointDistribution.Of(Math.E));
        EqualityContract.Holds<EstimateDistribution>(
            OneSidedDistribution.Of(100, OneSidedDirection.Above, 2, 0.05),
            OneSidedDistribution.Of(100, OneSidedDirection.Above, 2, 0.05),
            OneSidedDistribution.Of(100, OneSidedDirection.Below, 2, 0.05),
            OneSidedDistribution.Of(100, OneSidedDirection.Above, 1, 0.05));
    }
}
