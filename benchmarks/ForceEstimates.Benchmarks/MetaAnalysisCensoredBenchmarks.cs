using System;
using BenchmarkDotNet.Attributes;
using ForceEstimates.Aggregation;

namespace ForceEstimates.Benchmarks;

/// <summary>
/// <see cref="MetaAnalysis.FitCensored(ReadOnlySpan{Observation}, ReadOnlySpan{double}, TauSquaredMethod)"/> on
/// 1,000 quantities of 10 weighted observations, one of them "more than", reported per fit; the baseline maximises
/// the same likelihood by the profile search (Brent over tau, Newton over the mean) that the fit falls back on.
/// </summary>
[MemoryDiagnoser]
public class MetaAnalysisCensoredBenchmarks
{
    private const int Quantities = 1_000;
    private const int PerQuantity = 10;
    private Observation[] observations = [];
    private double[] weights = [];

    /// <summary>Log counts near 9.3 with tau² = 0.02, seed 42.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        observations = new Observation[Quantities * PerQuantity];
        weights = new double[observations.Length];
        for (var i = 0; i < observations.Length; i++)
        {
            var v = 0.01 + (0.05 * random.NextDouble());
            var y = 9.3 + (Math.Sqrt(v + 0.02) * NaiveMetaAnalysis.StandardNormal(random));
            observations[i] = i % PerQuantity == PerQuantity - 1 ? Observation.AtLeast(y - 0.1, v) : Observation.Point(y, v);
            weights[i] = 0.3 + (0.7 * random.NextDouble());
        }
    }

    /// <summary>Profile likelihood: Brent over tau, Newton over the mean for each tau.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Quantities)]
    public double ProfileSearch()
    {
        var sum = 0.0;
        for (var q = 0; q < Quantities; q++)
        {
            sum += MetaAnalysis.FitCensored(observations.AsSpan(q * PerQuantity, PerQuantity), weights.AsSpan(q * PerQuantity, PerQuantity), TauSquaredMethod.MaximumLikelihood, jointNewton: false).Mean;
        }
        return sum;
    }

    /// <summary>Joint Newton search on (mean, tau²).</summary>
    [Benchmark(OperationsPerInvoke = Quantities)]
    public double FitCensored()
    {
        var sum = 0.0;
        for (var q = 0; q < Quantities; q++)
        {
            sum += MetaAnalysis.FitCensored(observations.AsSpan(q * PerQuantity, PerQuantity), weights.AsSpan(q * PerQuantity, PerQuantity)).Mean;
        }
        return sum;
    }
}
