using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace ForceEstimates.Benchmarks;

/// <summary>
/// Monte Carlo arithmetic on two inputs: the seed's share lost, 1 − now/peak, from "approximately 800"
/// and "about 1,376", with 10,000 aligned samples, ending in an estimate whose quantiles are those of
/// the sample set (so the sort is included). Target: at most 1 ms. Beside it, the loop a user would
/// write (seeded <see cref="Random"/>, Box–Muller normals, then sort), the same with a one-sided input
/// ("over 1,300", drawn through a gamma variate), and the exact closed form the library uses by default.
/// </summary>
[MemoryDiagnoser]
public class ArithmeticBenchmarks
{
    private const int Samples = 10_000;
    private static readonly Formula ShareLost = Formula.Parse("1 - now / peak");
    private static readonly ArithmeticOptions MonteCarlo = ArithmeticOptions.Default with { Method = ArithmeticMethod.MonteCarlo, SampleCount = Samples };
    private readonly Dictionary<string, Estimate> logNormal = new() { ["now"] = Estimate.Parse("approximately 800"), ["peak"] = Estimate.Parse("about 1,376") };
    private readonly Dictionary<string, Estimate> oneSided = new() { ["now"] = Estimate.Parse("approximately 800"), ["peak"] = Estimate.Parse("over 1,300") };

    /// <summary>What a user would write: two log-normals by Box–Muller from a seeded Random, the formula, a sort for the quantiles.</summary>
    [Benchmark(Baseline = true)]
    public double NaiveLoop()
    {
        var now = (LogNormalDistribution)logNormal["now"].Distribution;
        var peak = (LogNormalDistribution)logNormal["peak"].Distribution;
        var random = new Random(1);
        var values = new double[Samples];
        for (int i = 0; i < Samples; i++)
        {
            double u1 = 1 - random.NextDouble(), u2 = random.NextDouble(), u3 = 1 - random.NextDouble(), u4 = random.NextDouble();
            double z1 = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            double z2 = Math.Sqrt(-2 * Math.Log(u3)) * Math.Cos(2 * Math.PI * u4);
            values[i] = 1 - (Math.Exp(now.Mu + (now.Sigma * z1)) / Math.Exp(peak.Mu + (peak.Sigma * z2)));
        }
        Array.Sort(values);
        return values[Samples / 2];
    }

    /// <summary>The library by Monte Carlo: two log-normal inputs.</summary>
    [Benchmark]
    public double MonteCarloTwoInputs() => Arithmetic.Evaluate(ShareLost, logNormal, MonteCarlo).Median;

    /// <summary>The library by Monte Carlo with a one-sided input (gamma variates).</summary>
    [Benchmark]
    public double MonteCarloOneSidedInput() => Arithmetic.Evaluate(ShareLost, oneSided, MonteCarlo).Median;

    /// <summary>The library's default for these inputs: the exact distribution, no sampling.</summary>
    [Benchmark]
    public double ClosedForm() => Arithmetic.Evaluate(ShareLost, logNormal).Median;
}
