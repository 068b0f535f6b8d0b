using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ForceEstimates.Aggregation;

namespace ForceEstimates.Benchmarks;

/// <summary>
/// <see cref="MetaAnalysis.Fit"/> on one large data set (k = 1,000,000), DerSimonian–Laird and REML, each beside a
/// naive version of the same formula (LINQ and arrays per step) as its baseline.
/// Targets: DL ≤ 3 ms, REML ≤ 30 ms, no allocation.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MetaAnalysisLargeBenchmarks
{
    private double[] effects = [];
    private double[] variances = [];

    /// <summary>The number of studies.</summary>
    [Params(1_000_000)]
    public int Count { get; set; }

    /// <summary>Log-scale effects with heterogeneity tau² = 0.04 and variances in [0.005, 0.5], seed 42.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        variances = new double[Count];
        effects = new double[Count];
        for (var i = 0; i < Count; i++)
        {
            variances[i] = 0.005 + (0.495 * random.NextDouble());
            effects[i] = 9.3 + (Math.Sqrt(variances[i] + 0.04) * NaiveMetaAnalysis.StandardNormal(random));
        }
    }

    /// <summary>DerSimonian–Laird written plainly with LINQ.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("DL")]
    public double NaiveDerSimonianLaird() => NaiveMetaAnalysis.DerSimonianLaird(effects, variances);

    /// <summary>DerSimonian–Laird through the vectorised core.</summary>
    [Benchmark, BenchmarkCategory("DL")]
    public double FitDerSimonianLaird() => MetaAnalysis.Fit(effects, variances, TauSquaredMethod.DerSimonianLaird).Mean;

    /// <summary>REML by Fisher scoring written plainly with LINQ (new arrays every iteration).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("REML")]
    public double NaiveRestrictedMaximumLikelihood() => NaiveMetaAnalysis.RestrictedMaximumLikelihood(effects, variances);

    /// <summary>REML through the vectorised core.</summary>
    [Benchmark, BenchmarkCategory("REML")]
    public double FitRestrictedMaximumLikelihood() => MetaAnalysis.Fit(effects, variances, TauSquaredMethod.RestrictedMaximumLikelihood).Mean;
}

/// <summary>
/// Many small meta-analyses (k = 8 each) through <see cref="MetaAnalysis.FitMany"/>, reported per fit
/// (OperationsPerInvoke), beside the naive per-group version. Targets: DL ≥ 2,000,000 fits/s (≤ 500 ns per fit),
/// REML ≥ 300,000 fits/s (≤ 3.3 µs per fit), 0 bytes per fit.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MetaAnalysisSmallGroupsBenchmarks
{
    private const int Groups = 10_000;
    private const int GroupSize = 8;
    private double[] effects = [];
    private double[] variances = [];
    private int[] offsets = [];
    private MetaAnalysisResult[] results = [];

    /// <summary>10,000 groups of 8 with varied heterogeneity, seed 42.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var n = Groups * GroupSize;
        effects = new double[n];
        variances = new double[n];
        offsets = new int[Groups + 1];
        results = new MetaAnalysisResult[Groups];
        for (var g = 0; g < Groups; g++)
        {
            offsets[g] = g * GroupSize;
            var tau2 = new[] { 0.0, 0.01, 0.1, 1.0 }[g % 4];
            for (var i = g * GroupSize; i < (g + 1) * GroupSize; i++)
            {
                variances[i] = 0.005 + (0.495 * random.NextDouble());
                effects[i] = 0.4 + (Math.Sqrt(variances[i] + tau2) * NaiveMetaAnalysis.StandardNormal(random));
            }
        }
        offsets[Groups] = n;
    }

    /// <summary>DerSimonian–Laird per group, written plainly with LINQ.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Groups), BenchmarkCategory("DL")]
    public double NaiveDerSimonianLaird()
    {
        var sum = 0.0;
        for (var g = 0; g < Groups; g++)
        {
            var start = offsets[g];
            sum += NaiveMetaAnalysis.DerSimonianLaird(effects.AsSpan(start, GroupSize).ToArray(), variances.AsSpan(start, GroupSize).ToArray());
        }
        return sum;
    }

    /// <summary>DerSimonian–Laird per group through FitMany.</summary>
    [Benchmark(OperationsPerInvoke = Groups), BenchmarkCategory("DL")]
    public MetaAnalysisResult FitManyDerSimonianLaird()
    {
        MetaAnalysis.FitMany(effects, variances, offsets, results, TauSquaredMethod.DerSimonianLaird);
        return results[^1];
    }

    /// <summary>REML per group, written plainly with LINQ.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Groups), BenchmarkCategory("REML")]
    public double NaiveRestrictedMaximumLikelihood()
    {
        var sum = 0.0;
        for (var g = 0; g < Groups; g++)
        {
            var start = offsets[g];
            sum += NaiveMetaAnalysis.RestrictedMaximumLikelihood(effects.AsSpan(start, GroupSize).ToArray(), variances.AsSpan(start, GroupSize).ToArray());
        }
        return sum;
    }

    /// <summary>REML per group through FitMany.</summary>
    [Benchmark(OperationsPerInvoke = Groups), BenchmarkCategory("REML")]
    public MetaAnalysisResult FitManyRestrictedMaximumLikelihood()
    {
        MetaAnalysis.FitMany(effects, variances, offsets, results, TauSquaredMethod.RestrictedMaximumLikelihood);
        return results[^1];
    }
}

/// <summary>The same formulas as the core, written the obvious way: the baselines.</summary>
internal static class NaiveMetaAnalysis
{
    public static double StandardNormal(Random random)
        => Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());

    /// <summary>Returns the DL mean.</summary>
    public static double DerSimonianLaird(double[] y, double[] v)
    {
        var w = v.Select(x => 1.0 / x).ToArray();
        var sw = w.Sum();
        var mean = w.Zip(y, (a, b) => a * b).Sum() / sw;
        var q = w.Zip(y, (a, b) => a * (b - mean) * (b - mean)).Sum();
        var c = sw - (w.Select(x => x * x).Sum() / sw);
        var tau2 = Math.Max(0.0, (q - (y.Length - 1)) / c);
        var ws = v.Select(x => 1.0 / (x + tau2)).ToArray();
        return ws.Zip(y, (a, b) => a * b).Sum() / ws.Sum();
    }

    /// <summary>Returns the REML mean (Fisher scoring from the Hedges estimate, as the core).</summary>
    public static double RestrictedMaximumLikelihood(double[] y, double[] v)
    {
        var k = y.Length;
        var ybar = y.Average();
        var tau2 = Math.Max(0.0, (y.Select(x => (x - ybar) * (x - ybar)).Sum() / (k - 1)) - v.Average());
        for (var iteration = 0; iteration < 1000; iteration++)
        {
            var w = v.Select(x => 1.0 / (x + tau2)).ToArray();
            var sw = w.Sum();
            var mean = w.Zip(y, (a, b) => a * b).Sum() / sw;
            var r = y.Select(x => x - mean).ToArray();
            var yppy = w.Zip(r, (a, b) => a * a * b * b).Sum();
            var sw2 = w.Select(x => x * x).Sum();
            var sw3 = w.Select(x => x * x * x).Sum();
            var trP = sw - (sw2 / sw);
            var trPP = sw2 - (2 * sw3 / sw) + (sw2 * sw2 / (sw * sw));
            var next = Math.Max(0.0, tau2 + ((yppy - trP) / trPP));
            var change = Math.Abs(next - tau2);
            tau2 = next;
            if (change < 1e-10 * (tau2 + v.Average()))
            {
                break;
            }
        }
        var wf = v.Select(x => 1.0 / (x + tau2)).ToArray();
        return wf.Zip(y, (a, b) => a * b).Sum() / wf.Sum();
    }
}
