using System;
using System.Threading.Tasks;
using FluentAssertions;
using ForceEstimates.Aggregation;
using Xunit;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>
/// The relative weights' powers of two (<see cref="WeightStage.PowersOfTwo"/>) are Math.Pow's own digits whether computed
/// or kept: asked in any order, again and again, with more different exponents than the table has slots (so slots are
/// taken over), and on several threads at once.
/// </summary>
public sealed class PowersOfTwoTest
{
    // Exponents as relative weights have them: whole days of age over a half-life, less log2 of a group size, floored at −30.
    private static double[] Exponents(int seed, int count)
    {
        var random = new Random(seed);
        var xs = new double[count];
        for (int i = 0; i < count; i++)
        {
            double x = random.Next(4) switch
            {
                0 => -random.Next(0, 2_000) / 90.0,
                1 => (-random.Next(0, 2_000) / 37.5) - Math.Log2(random.Next(1, 9)),
                2 => -30,
                _ => -random.NextDouble() * 30,
            };
            xs[i] = Math.Max(x, -30);
        }
        return xs;
    }

    [Fact]
    public void EveryPowerIsMathPowsOwnWhetherKeptOrNot()
    {
        var xs = Exponents(seed: 11, count: 20_000);
        for (int round = 0; round < 3; round++)
        {
            foreach (double x in xs)
            {
                WeightStage.PowersOfTwo.OfThisThread.Pow(x).Should().Be(Math.Pow(2, x), "2^{0:R} in round {1}", x, round);
            }
        }
    }

    [Fact]
    public void ThreadsKeepTheirOwnPowers()
    {
        var failures = new int[4];
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, thread =>
        {
            var xs = Exponents(seed: 100 + thread, count: 10_000);
            for (int round = 0; round < 3; round++)
            {
                foreach (double x in xs)
                {
                    if (BitConverter.DoubleToUInt64Bits(WeightStage.PowersOfTwo.OfThisThread.Pow(x)) != BitConverter.DoubleToUInt64Bits(Math.Pow(2, x)))
                    {
                        failures[thread]++;
                    }
                }
            }
        });
        failures.Should().OnlyContain(f => f == 0);
    }

    [Fact]
    public void NotANumberIsNotKept()
    {
        double.IsNaN(WeightStage.PowersOfTwo.OfThisThread.Pow(double.NaN)).Should().BeTrue();
        WeightStage.PowersOfTwo.OfThisThread.Pow(0).Should().Be(1);
        WeightStage.PowersOfTwo.OfThisThread.Pow(-1).Should().Be(0.5);
    }
}
