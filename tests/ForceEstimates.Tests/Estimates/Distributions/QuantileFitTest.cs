using System;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates.Distributions;

public class QuantileFitTest
{
    [Fact]
    public void TwoQuantilesAreMatchedExactly()
    {
        var fitted = QuantileFit.LogNormal(new[] { 0.05, 0.95 }, new[] { 9_000.0, 14_000.0 });
        fitted.Quantile(0.05).Should().BeApproximately(9_000, 1e-6);
        fitted.Quantile(0.95).Should().BeApproximately(14_000, 1e-6);
        fitted.Median.Should().BeApproximately(Math.Sqrt(9_000.0 * 14_000), 1e-6);
    }

    [Fact]
    public void ThreeQuantilesOfANormalRecoverIt()
    {
        var truth = NormalDistribution.Of(10, 3);
        double[] p = { 0.1, 0.5, 0.8 };
        double[] q = { truth.Quantile(0.1), truth.Quantile(0.5), truth.Quantile(0.8) };
        var fitted = QuantileFit.Normal(p, q);
        fitted.Mu.Should().BeApproximately(10, 1e-9);
        fitted.Sigma.Should().BeApproximately(3, 1e-9);
    }

    [Fact]
    public void BadInputNamesTheArgument()
    {
        var act = () => QuantileFit.Normal(new[] { 0.5 }, new[] { 1.0 });
        act.Should().Throw<ArgumentException>().WithParameterName("probabilities");
        act = () => QuantileFit.Normal(new[] { 0.1, 0.9 }, new[] { 5.0, 1.0 });
        act.Should().Throw<ArgumentException>().WithParameterName("values").WithMessage("*increasing*");
        var logAct = () => QuantileFit.LogNormal(new[] { 0.1, 0.9 }, new[] { -5.0, 1.0 });
        logAct.Should().Throw<ArgumentException>().WithParameterName("values").WithMessage("*values[0]*");
        act = () => QuantileFit.Normal(new[] { 0.0, 0.9 }, new[] { 1.0, 2.0 });
        act.Should().Throw<ArgumentException>().WithParameterName("probabilities");
    }
}
