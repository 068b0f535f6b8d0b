using System;
using System.Linq;
using FluentAssertions;
using MathNet.Numerics.Distributions;
using Xunit;

namespace ForceEstimates.Tests.Estimates.Arithmetic;

public class RandomStreamTest
{
    [Fact]
    public void Normals_FollowTheStandardNormal()
    {
        const int n = 200_000;
        var stream = new RandomStream(7);
        var draws = new double[n];
        stream.FillNormal(draws);

        // Each share below z is binomial around Φ(z): 5 standard errors is far outside chance.
        foreach (var z in new[] { -4.0, -3.7, -2.5, -1, -0.3, 0, 0.3, 1, 2.5, 3.7, 4 })
        {
            var p = Normal.CDF(0, 1, z);
            var share = draws.Count(x => x <= z) / (double)n;
            share.Should().BeApproximately(p, (5 * Math.Sqrt(p * (1 - p) / n)) + 1e-6, $"the share below {z}");
        }
        draws.Average().Should().BeApproximately(0, 5 / Math.Sqrt(n));
        draws.Select(x => x * x).Average().Should().BeApproximately(1, 5 * Math.Sqrt(2.0 / n));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7.5)]
    public void Gammas_HaveTheirMeanAndVariance(double shape)
    {
        // Gamma(k, 1): mean k, variance k, and P(X ≤ k) from the regularised incomplete gamma function.
        const int n = 100_000;
        var stream = new RandomStream(11);
        var draws = Enumerable.Range(0, n).Select(_ => stream.NextGamma(shape)).ToArray();

        draws.Average().Should().BeApproximately(shape, 5 * Math.Sqrt(shape / n));
        var p = Gamma.CDF(shape, 1, shape);
        (draws.Count(x => x <= shape) / (double)n).Should().BeApproximately(p, 5 * Math.Sqrt(p * (1 - p) / n));
    }

    [Fact]
    public void TheSameSeed_GivesTheSameStream()
    {
        var a = new RandomStream(42);
        var b = new RandomStream(42);
        var c = new RandomStream(43);

        var first = Enumerable.Range(0, 5).Select(_ => a.NextBits()).ToArray();
        Enumerable.Range(0, 5).Select(_ => b.NextBits()).Should().Equal(first);
        Enumerable.Range(0, 5).Select(_ => c.NextBits()).Should().NotEqual(first);
        var unit = new RandomStream(1);
        Enumerable.Range(0, 10_000).Select(_ => unit.NextOpenUnit()).Should().OnlyContain(u => u > 0 && u < 1);
    }
}
