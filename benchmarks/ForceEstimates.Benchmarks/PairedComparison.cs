using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace ForceEstimates.Benchmarks;

/// <summary>
/// The workloads of <see cref="AgainstReleaseBenchmarks"/>, <see cref="ParseAgainstReleaseBenchmarks"/> and
/// <see cref="ExtractionAgainstReleaseBenchmarks"/> timed in one process, the release and this build
/// alternating call by call (which goes first alternates too), so that a shift in the machine's load hits both alike.
/// Reports per workload the median of the paired ratios (this build / release) with a 95% bootstrap interval. On a
/// shared machine BenchmarkDotNet measures the two rows minutes apart, and load that changes in between moves their
/// ratio by ±30%; pairing removes that. Run with <c>--release &lt;folder&gt; --paired [rounds] [workload names]</c>.
/// </summary>
internal static class PairedComparison
{
    private static readonly (string Name, string Type, string Method, (string, object)[] Properties)[] Workloads =
    [
        ("ByQuantity", "AggregateBenchmarks", "ByQuantity", []),
        ("ByQuantityDL", "AggregateBenchmarks", "ByQuantityDerSimonianLaird", []),
        ("FitDL", "MetaAnalysisLargeBenchmarks", "FitDerSimonianLaird", [("Count", 1_000_000)]),
        ("FitREML", "MetaAnalysisLargeBenchmarks", "FitRestrictedMaximumLikelihood", [("Count", 1_000_000)]),
        ("FitManyDL", "MetaAnalysisSmallGroupsBenchmarks", "FitManyDerSimonianLaird", []),
        ("FitManyREML", "MetaAnalysisSmallGroupsBenchmarks", "FitManyRestrictedMaximumLikelihood", []),
        ("FitCensored", "MetaAnalysisCensoredBenchmarks", "FitCensored", []),
        ("Parse", "ParseBenchmarks", "EstimateParse", []),
        ("TryParsePrefix", "ParseBenchmarks", "TryParsePrefixAtWordStarts", []),
        ("ParseAndMedian", "ParseBenchmarks", "EstimateParseAndMedian", []),
        ("ExtractSeed", "ExtractionBenchmarks", "Extract", [("Input", "seed")]),
        ("ExtractNews", "ExtractionBenchmarks", "Extract", [("Input", "news")]),
    ];

    /// <summary>Runs every workload, or those named in <paramref name="only"/> if it is not empty.</summary>
    internal static void Run(int rounds, IReadOnlyCollection<string> only)
    {
        Console.WriteLine("| workload | release (median) | this build (median) | paired ratio, median | 95% interval |");
        Console.WriteLine("|---|---:|---:|---:|---|");
        foreach (var (name, type, method, properties) in Workloads.Where(w => only.Count == 0 || only.Contains(w.Name)))
        {
            var release = ReleaseBuild.Release.Workload(type, method, properties);
            var current = ReleaseBuild.Current.Workload(type, method, properties);
            for (int i = 0; i < 3; i++)
            {
                release();
                current();
            }
            var releaseTimes = new List<double>(rounds);
            var currentTimes = new List<double>(rounds);
            var ratios = new List<double>(rounds);
            for (int r = 0; r < rounds; r++)
            {
                bool releaseFirst = r % 2 == 0;
                double first = Time(releaseFirst ? release : current), second = Time(releaseFirst ? current : release);
                double t0 = releaseFirst ? first : second, t1 = releaseFirst ? second : first;
                releaseTimes.Add(t0);
                currentTimes.Add(t1);
                ratios.Add(t1 / t0);
            }
            var (low, high) = BootstrapMedian(ratios, seed: 20241123);
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c,
                $"| {name} | {Median(releaseTimes):0.###} ms | {Median(currentTimes):0.###} ms | {Median(ratios):0.000} | {low:0.000}–{high:0.000} |"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rounds} rounds per workload; each time is one call, or the mean of enough calls to last 50 ms."));
    }

    private static double Time(Func<double> workload)
    {
        var watch = Stopwatch.StartNew();
        workload();
        double once = watch.Elapsed.TotalMilliseconds;
        if (once >= 50)
        {
            return once;
        }
        int calls = (int)Math.Ceiling(50 / Math.Max(once, 1e-3));
        watch.Restart();
        for (int i = 0; i < calls; i++)
        {
            workload();
        }
        return watch.Elapsed.TotalMilliseconds / calls;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : 0.5 * (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]);
    }

    // Percentile bootstrap of the median (Efron and Tibshirani 1993, ch. 13), 2,000 resamples.
    private static (double Low, double High) BootstrapMedian(List<double> values, int seed)
    {
        var random = new Random(seed);
        var medians = new double[2000];
        var resample = new List<double>(values.Count);
        for (int b = 0; b < medians.Length; b++)
        {
            resample.Clear();
            for (int i = 0; i < values.Count; i++)
            {
                resample.Add(values[random.Next(values.Count)]);
            }
            medians[b] = Median(resample);
        }
        Array.Sort(medians);
        return (medians[49], medians[1950]);
    }
}
