using System;
using System.Runtime.Intrinsics;
using FluentAssertions;
using ForceEstimates.Aggregation;
using Xunit;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>The noise fit's mixture quantile solves sum four nodes at a time, with an exponential of their own.</summary>
public class NoiseScaleFitMixtureTest
{
    [Fact]
    public void NegativeExpIsMathExpToTwoUlpsAndZeroWhereItUnderflows()
    {
        var random = new Random(20241204);
        for (int i = 0; i < 20_000; i++)
        {
            double y = i < 10_000 ? -730 * random.NextDouble() : -random.NextDouble();
            double e = NoiseScaleFit.Mixture.NegativeExp(Vector256.Create(y)).GetElement(0), expected = Math.Exp(y);
            if (expected >= 2.2250738585072014E-308 * 1.1)
            {
                Math.Abs(e - expected).Should().BeLessThanOrEqualTo(2 * Math.BitIncrement(expected) - (2 * expected), "e^{0}", y);
            }
            else
            {
                e.Should().BeInRange(0, 2.5e-308);
            }
        }
        NoiseScaleFit.Mixture.NegativeExp(Vector256.Create(0.0)).GetElement(0).Should().Be(1);
        NoiseScaleFit.Mixture.NegativeExp(Vector256.Create(double.NegativeInfinity)).GetElement(0).Should().Be(0);
    }

    [Fact]
    public void LogIsMathLogToFourUlpsOverTheNormalNumbersItTakes()
    {
        // The noise fit takes the logarithm of four nodes' products at once (Mixture.Log) for numbers between 1e-300 and
        // 1e300; its error is judged against Math.Log in units in the last place of the result, and absolutely near 1,
        // where the result is near 0 and its own last place is tiny.
        var random = new Random(20261205);
        var values = new System.Collections.Generic.List<double> { 1, 2, 0.5, Math.Sqrt(2), Math.BitDecrement(Math.Sqrt(2)), Math.BitIncrement(Math.Sqrt(2)), Math.Sqrt(0.5), 1e-300, 1e300, Math.E, 10 };
        for (int i = 0; i < 40_000; i++)
        {
            values.Add(i < 20_000 ? Math.Exp((random.NextDouble() - 0.5) * 2 * 690) : 1 + ((random.NextDouble() - 0.5) * 0.2));
        }
        for (int i = 0; i + 3 < values.Count; i += 4)
        {
            var logs = NoiseScaleFit.Mixture.Log(Vector256.Create(values[i], values[i + 1], values[i + 2], values[i + 3]));
            for (int lane = 0; lane < 4; lane++)
            {
                double x = values[i + lane], expected = Math.Log(x), ulp = Math.BitIncrement(Math.Abs(expected)) - Math.Abs(expected);
                Math.Abs(logs.GetElement(lane) - expected).Should().BeLessThanOrEqualTo(Math.Max(4 * ulp, 4e-16 * Math.Abs(x - 1) + 1e-300), "log {0}", x);
            }
        }
        NoiseScaleFit.Mixture.Log(Vector256.Create(1.0)).GetElement(0).Should().Be(0);
    }

    [Fact]
    public void SumsAreThoseOfPhiNodeByNode()
    {
        var random = new Random(7);
        const int n = 24;
        var w = new double[n];
        var m = new double[n];
        var inverse = new double[n];
        var scaled = new double[n];
        for (int j = 0; j < n; j++)
        {
            w[j] = random.NextDouble();
            m[j] = random.NextDouble() - 0.5;
            inverse[j] = 1 / (0.05 + random.NextDouble());
            scaled[j] = w[j] * inverse[j];
        }
        foreach (double x in new[] { -40.0, -2, -0.3, 0, 0.1, 1.5, 40 })
        {
            double cdf = 0, density = 0, slope = 0;
            for (int j = 0; j < n; j++)
            {
                double u = (x - m[j]) * inverse[j];
                cdf += w[j] * NoiseScaleFit.Mixture.Phi(u, out double e);
                density += scaled[j] * e;
                slope -= scaled[j] * e * u * inverse[j];
            }
            var sums = NoiseScaleFit.Mixture.Sums(w, m, inverse, scaled, x);
            sums.Cdf.Should().BeApproximately(cdf, 1e-13 * (1 + Math.Abs(cdf)));
            sums.Density.Should().BeApproximately(density, 1e-13 * (1 + Math.Abs(density)));
            sums.Slope.Should().BeApproximately(slope, 1e-13 * (1 + Math.Abs(slope)));
        }
    }
}
