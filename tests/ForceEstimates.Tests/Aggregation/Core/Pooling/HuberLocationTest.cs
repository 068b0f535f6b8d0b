using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using Xunit;

namespace ForceEstimates.Tests.Aggregation.Pooling;

public class HuberLocationTest
{
    [Fact]
    public void WithoutOutliersItIsTheInverseVarianceMean()
    {
        double[] y = { 10.0, 10.5, 9.8, 10.2 };
        double[] s = { 1.0, 2.0, 1.0, 1.5 };
        var fit = HuberLocation.Fit(y, s);
        double sumW = s.Sum(x => 1 / (x * x));
        double expected = y.Zip(s, (v, x) => v / (x * x)).Sum() / sumW;
        fit.Converged.Should().BeTrue();
        fit.Mean.Should().BeApproximately(expected, 1e-9);
        fit.StandardError.Should().BeApproximately(Math.Sqrt(1 / sumW), 1e-9);
    }

    [Fact]
    public void AnOutlierMovesItLessThanTheMean()
    {
        double[] y = { 10.0, 10.2, 9.9, 10.1, 30.0 };
        double[] s = Enumerable.Repeat(0.5, 5).ToArray();
        var fit = HuberLocation.Fit(y, s);
        fit.Converged.Should().BeTrue();
        fit.Mean.Should().BeLessThan(y.Average());
        fit.Mean.Should().BeInRange(10.0, 10.4);
        // At the solution the Huber estimating equation Σ ψ(r_i)/s_i = 0 holds.
        double score = y.Zip(s, (v, x) => Math.Clamp((v - fit.Mean) / x, -1.345, 1.345) / x).Sum();
        score.Should().BeApproximately(0, 1e-6);
    }

    [Fact]
    public void NonPositiveScaleIsRejected()
    {
        var act = () => HuberLocation.Fit(new[] { 1.0, 2.0 }, new[] { 1.0, 0.0 });
        act.Should().Throw<ArgumentException>().WithParameterName("standardDeviations");
    }
}

public class HuberLocationInputTest
{
    [Fact]
    public void MismatchedLengthsNameTheStandardDeviations()
    {
        var act = () => HuberLocation.Fit(new[] { 1.0, 2.0 }, new[] { 1.0 });
        act.Should().Throw<ArgumentException>().WithParameterName("standardDeviations");
    }
}
