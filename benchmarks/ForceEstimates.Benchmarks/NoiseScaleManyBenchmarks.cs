using System;
using BenchmarkDotNet.Attributes;
using ForceEstimates.Aggregation;

namespace ForceEstimates.Benchmarks;

/// <summary>
/// <see cref="MetaAnalysis.FitNoiseScaleMany"/>, the learned noise fit over 10,000 groups of 10 observations in one
/// call, against the loop a user writes: <see cref="MetaAnalysis.FitNoiseScale"/> per group into the same results
/// array (the baseline). Times are per call (10,000 fits). Log counts, each with the floor's variance times a weight
/// factor of 1 to 3, from sources noisier than their floor by 0.5, 1 or 2 (by group). Two mixes (<see cref="Data"/>):
/// "reports", as the report-level benchmark's figures are read (whole numbers, so their rounding is negligible: points;
/// one in ten "more than" 90% of the figure); "rounded", three in ten figures rounded to two significant digits (a
/// rounding bin, often wide against the floor, which takes the fit off its closed form) and one in ten "more than".
/// </summary>
[MemoryDiagnoser]
public class NoiseScaleManyBenchmarks
{
    private const int Groups = 10_000;
    private const int PerGroup = 10;
    private Observation[] observations = [];
    private int[] offsets = [];
    private NoiseScaleResult[] results = [];

    /// <summary>The level of the confidence intervals: 0.95 (the fit's own quantile) or 0.9 (an inverse normal per fit in the loop, per call in the batch).</summary>
    [Params(0.95, 0.9)]
    public double Level { get; set; } = 0.95;

    /// <summary>The mix of observations: "reports" or "rounded" (see the class).</summary>
    [Params("reports", "rounded")]
    public string Data { get; set; } = "reports";

    /// <summary>10,000 groups of 10, seed 42.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        observations = new Observation[Groups * PerGroup];
        offsets = new int[Groups + 1];
        results = new NoiseScaleResult[Groups];
        for (var g = 0; g < Groups; g++)
        {
            offsets[g + 1] = (g + 1) * PerGroup;
            double centre = Math.Log(1_000 + (99_000 * random.NextDouble())), noise = new[] { 0.5, 1.0, 2.0 }[g % 3];
            for (var i = g * PerGroup; i < (g + 1) * PerGroup; i++)
            {
                var v = 0.01 * (1 + (2 * random.NextDouble()));
                var y = centre + (noise * Math.Sqrt(v) * NaiveMetaAnalysis.StandardNormal(random));
                var draw = random.Next(10);
                if (draw == 0)
                {
                    observations[i] = Observation.AtLeast(Data == "reports" ? y + Math.Log(0.9) : y, v);
                }
                else if (draw <= 3 && Data == "rounded")
                {
                    // The figure rounded to two significant digits: the bin of half a unit either side.
                    var x = Math.Exp(y);
                    var unit = Math.Pow(10, Math.Floor(Math.Log10(x)) - 1);
                    var rounded = Math.Round(x / unit) * unit;
                    observations[i] = Observation.Between(Math.Log(rounded - (unit / 2)), Math.Log(rounded + (unit / 2)), v);
                }
                else
                {
                    observations[i] = Observation.Point(y, v);
                }
            }
        }
    }

    /// <summary>FitNoiseScale per group, written as a user would.</summary>
    [Benchmark(Baseline = true)]
    public double Loop()
    {
        for (var g = 0; g < Groups; g++)
        {
            results[g] = MetaAnalysis.FitNoiseScale(observations.AsSpan(offsets[g], offsets[g + 1] - offsets[g]), null, Level);
        }
        return results[^1].Median;
    }

    /// <summary>FitNoiseScaleMany on the calling thread.</summary>
    [Benchmark]
    public double FitNoiseScaleMany()
    {
        MetaAnalysis.FitNoiseScaleMany(observations, offsets, results, null, Level);
        return results[^1].Median;
    }

    /// <summary>FitNoiseScaleMany on up to two threads (the machine's two cores).</summary>
    [Benchmark]
    public double FitNoiseScaleManyTwoThreads()
    {
        MetaAnalysis.FitNoiseScaleMany(observations, offsets, results, null, Level, maxDegreeOfParallelism: 2);
        return results[^1].Median;
    }
}
