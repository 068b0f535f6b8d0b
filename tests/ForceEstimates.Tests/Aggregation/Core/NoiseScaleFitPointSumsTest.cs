using System;
using System.Runtime.Intrinsics;
using FluentAssertions;
using ForceEstimates.Aggregation;
using Xunit;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>
/// The noise fit sums the point observations at four nodes of t in one pass (<c>PointSums.Of4</c>); those sums must be the
/// one-node sums (<c>PointSums.Of</c>) to a few units in the last place, whatever the number of points (odd, one, a whole
/// number of fours), with and without rounding, with and without log W; where a product of rounding factors grows past
/// what one pass may hold, Of4 hands the nodes to Of and the sums are Of's exactly.
/// </summary>
public class NoiseScaleFitPointSumsTest
{
    public static TheoryData<int, int> Cases()
    {
        var data = new TheoryData<int, int>();
        foreach (int n in new[] { 1, 2, 3, 4, 5, 8, 11, 20, 57 })
        {
            for (int seed = 0; seed < 8; seed++)
            {
                data.Add(n, seed);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FourNodesAtOnceAreOneNodeAtATime(int n, int seed)
    {
        var random = new Random(1000 * n + seed);
        var (ys, vs, rs, qs) = Points(random, n, roundedShare: seed % 4 / 3.0, roundingScale: 0.02);
        Span<double> ts = stackalloc double[4], s2s = stackalloc double[4];
        for (int j = 0; j < 4; j++)
        {
            ts[j] = -1.5 + (3 * random.NextDouble());
            s2s[j] = Math.Exp(2 * ts[j]);
        }
        var four = new NoiseScaleFit.PointSums[4];
        foreach (bool withLogW in new[] { false, true })
        {
            NoiseScaleFit.PointSums.Of4(ys, vs, rs, qs, ts, s2s, withLogW, four);
            for (int j = 0; j < 4; j++)
            {
                var one = NoiseScaleFit.PointSums.Of(ys, vs, rs, ts[j], s2s[j], withLogW);
                Close(four[j].W, one.W, 1e-13 * one.W, "W");
                Close(four[j].Mean, one.Mean, 1e-13 * Scale(ys), "the mean");
                // Q is a difference of sums: its error is judged against the sum of squares it came from.
                Close(four[j].Q, one.Q, 1e-12 * SumOfSquares(ys, vs, s2s[j]), "Q");
                Close(four[j].LogDet, one.LogDet, 1e-12 * (1 + Math.Abs(one.LogDet)), "the log determinant");
            }
        }
    }

    [Fact]
    public void ProductsPastWhatOnePassHoldsAreLeftToTheOneNodeSums()
    {
        // 300 points whose rounding is wide against their variance at a small s: each factor 1 + r/(s²v) is 1 + 4e^(-2t),
        // about 31 at t = -1, so one pass's product would be about 1e447, past double's range; Of4 must give Of's sums
        // (which fold the product into the logarithm on the way) exactly, and a finite log determinant.
        int n = 300;
        var ys = new double[n];
        var vs = new double[n];
        var rs = new double[n];
        var qs = new double[n];
        var random = new Random(5);
        for (int i = 0; i < n; i++)
        {
            ys[i] = random.NextDouble() - 0.5;
            vs[i] = 0.01;
            rs[i] = 0.04;
            qs[i] = rs[i] / vs[i];
        }
        double[] ts = [-1, -0.9, -0.8, -0.7];
        double[] s2s = [Math.Exp(-2), Math.Exp(-1.8), Math.Exp(-1.6), Math.Exp(-1.4)];
        var four = new NoiseScaleFit.PointSums[4];
        NoiseScaleFit.PointSums.Of4(ys, vs, rs, qs, ts, s2s, withLogW: true, four);
        for (int j = 0; j < 4; j++)
        {
            four[j].Should().Be(NoiseScaleFit.PointSums.Of(ys, vs, rs, ts[j], s2s[j], withLogW: true));
            double.IsFinite(four[j].LogDet).Should().BeTrue();
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheLogPosteriorAtFourNodesIsItsValueAtEach(bool pastOnePass)
    {
        // LogPosterior.At4 makes four nodes of the general posterior from one pass (Of4's sums, the tempered log
        // posterior lane by lane); At makes one. The same values to a few units in the last place; where the products
        // outgrow one pass (the 300 wide roundings of the test above) At4 falls back to At's own operations: the same bits.
        int n = pastOnePass ? 300 : 13;
        var random = new Random(pastOnePass ? 5 : 17);
        var ys = new double[n];
        var vs = new double[n];
        var rs = new double[n];
        var qs = new double[n];
        for (int i = 0; i < n; i++)
        {
            ys[i] = random.NextDouble() - 0.5;
            vs[i] = pastOnePass ? 0.01 : 0.004 + (0.04 * random.NextDouble());
            rs[i] = pastOnePass ? 0.04 : (i % 3 == 0 ? 0.02 * random.NextDouble() : 0);
            qs[i] = rs[i] / vs[i];
        }
        double[] ts = [-1, -0.9, -0.8, -0.7];
        var s2s = Array.ConvertAll(ts, t => Math.Exp(2 * t));
        var posterior = new NoiseScaleFit.LogPosterior(ys, vs, rs, qs, n, q: 0, separable: false, NoiseScalePrior.Default);
        posterior.InPasses.Should().BeTrue();
        var values = new double[4];
        var means = new double[4];
        var variances = new double[4];
        posterior.At4(ts, s2s, values, means, variances);
        for (int j = 0; j < 4; j++)
        {
            double value = posterior.At(ts[j], s2s[j], out double mean, out double variance);
            if (pastOnePass)
            {
                values[j].Should().Be(value);
                means[j].Should().Be(mean);
                variances[j].Should().Be(variance);
            }
            else
            {
                Close(values[j], value, 1e-12 * (1 + Math.Abs(value)), "the log posterior");
                Close(means[j], mean, 1e-13 * Scale(ys), "μ's mean");
                Close(variances[j], variance, 1e-13 * variance, "μ's variance");
            }
        }
    }

    [Fact]
    public void QIsKeptFromBelowZeroAsMathMaxKeepsIt()
    {
        // The vector rule of both four-node paths against Math.Max(0, q), bit for bit: +0 for either zero, a NaN kept.
        double[] qs = [-1e-17, -0.0, 0.0, double.NaN, 3.5, double.NegativeInfinity, double.PositiveInfinity, -2];
        for (int i = 0; i < qs.Length; i += 4)
        {
            var kept = NoiseScaleFit.PointSums.NonNegative(Vector256.Create(qs, i));
            for (int lane = 0; lane < 4; lane++)
            {
                BitConverter.DoubleToInt64Bits(kept.GetElement(lane)).Should().Be(BitConverter.DoubleToInt64Bits(Math.Max(0, qs[i + lane])), "q = {0}", qs[i + lane]);
            }
        }
    }

    private static (double[] Ys, double[] Vs, double[] Rs, double[] Qs) Points(Random random, int n, double roundedShare, double roundingScale)
    {
        var ys = new double[n];
        var vs = new double[n];
        var rs = new double[n];
        var qs = new double[n];
        for (int i = 0; i < n; i++)
        {
            ys[i] = (random.NextDouble() - 0.5) * 0.8;
            vs[i] = 0.004 + (0.04 * random.NextDouble());
            rs[i] = random.NextDouble() < roundedShare ? roundingScale * random.NextDouble() : 0;
            qs[i] = rs[i] / vs[i];
        }
        return (ys, vs, rs, qs);
    }

    private static double Scale(double[] ys)
    {
        double m = 1;
        foreach (double y in ys)
        {
            m = Math.Max(m, Math.Abs(y));
        }
        return m;
    }

    private static double SumOfSquares(double[] ys, double[] vs, double s2)
    {
        double sum = 1;
        for (int i = 0; i < ys.Length; i++)
        {
            sum += ys[i] * ys[i] / (s2 * vs[i]);
        }
        return sum;
    }

    private static void Close(double actual, double expected, double tolerance, string what)
        => Math.Abs(actual - expected).Should().BeLessThanOrEqualTo(tolerance, "{0}: four nodes at once gave {1}, one node {2}", what, actual, expected);
}
