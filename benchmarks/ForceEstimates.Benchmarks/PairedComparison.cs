using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace ForceEstimates.Benchmarks;

/// <summary>
/// The workloads of <see cref="AgainstReleaseBenchmarks"/>, <see cref="ParseAgainstReleaseBenchmarks"/>,
/// <see cref="ExtractionAgainstReleaseBenchmarks"/>, <see cref="SeriesBenchmarks"/>' one date and weekly series, and <see cref="ConsistencyBenchmarks"/>' run, timed in one process, the release and this build
/// alternating call by call (which goes first alternates too), so that a shift in the machine's load hits both alike.
/// Reports per workload the paired ratio (this build / release; see <see cref="Run"/>) with a 95% bootstrap interval. On a
/// shared machine BenchmarkDotNet measures the two rows minutes apart, and load that changes in between moves their
/// ratio by ±30%; pairing removes that. Run with <c>--release &lt;folder&gt; --paired [rounds] [workload names]</c>.
/// </summary>
internal static class PairedComparison
{
    private static readonly (string Name, string Type, string Method, (string, object)[] Properties)[] Workloads =
    [
        ("ByQuantity", "AggregateBenchmarks", "ByQuantity", []),
        ("ByQuantityOneThread", "AggregateBenchmarks", "ByQuantityOneThread", []),
        ("ByQuantityFiveEach", "AggregateBenchmarks", "ByQuantityFiveEach", []),
        ("ByQuantityDL", "AggregateBenchmarks", "ByQuantityDerSimonianLaird", []),
        ("FitDL", "MetaAnalysisLargeBenchmarks", "FitDerSimonianLaird", [("Count", 1_000_000)]),
        ("FitREML", "MetaAnalysisLargeBenchmarks", "FitRestrictedMaximumLikelihood", [("Count", 1_000_000)]),
        ("FitManyDL", "MetaAnalysisSmallGroupsBenchmarks", "FitManyDerSimonianLaird", []),
        ("FitManyREML", "MetaAnalysisSmallGroupsBenchmarks", "FitManyRestrictedMaximumLikelihood", []),
        ("FitCensored", "MetaAnalysisCensoredBenchmarks", "FitCensored", []),
        ("SeriesOneDate", "SeriesBenchmarks", "OneDate", []),
        ("SeriesWeekly", "SeriesBenchmarks", "WeeklySeries", []),
        ("Parse", "ParseBenchmarks", "EstimateParse", []),
        ("TryParsePrefix", "ParseBenchmarks", "TryParsePrefixAtWordStarts", []),
        ("ParseAndMedian", "ParseBenchmarks", "EstimateParseAndMedian", []),
        ("ExtractSeed", "ExtractionBenchmarks", "Extract", [("Input", "seed")]),
        ("ExtractNews", "ExtractionBenchmarks", "Extract", [("Input", "news")]),
        ("ToReportsNews", "ExtractionBenchmarks", "ToReports", [("Input", "news")]),
        ("FitRadford", "TrendBenchmarks", "FitRadford", []),
        ("Consistency", "ConsistencyBenchmarks", "Run", []),
    ];

    /// <summary>
    /// Two methods of this build timed against each other the same way, the first in the release's column (the hand-written
    /// loop against ByQuantity, an array against a list, a batch call's loop against the batch); these need no release
    /// (<c>--paired</c> alone runs them).
    /// </summary>
    private static readonly (string Name, string Type, string BaselineMethod, string Method, (string, object)[] Properties)[] WithinBuild =
    [
        ("ByQuantityVsHand", "AggregateBenchmarks", "HandWrittenLinq", "ByQuantity", []),
        ("ByQuantityListVsArray", "AggregateBenchmarks", "ByQuantity", "ByQuantityList", []),
        ("NoiseScaleMany", "NoiseScaleManyBenchmarks", "Loop", "FitNoiseScaleMany", [("Data", "reports"), ("Level", 0.95)]),
        ("NoiseScaleMany90", "NoiseScaleManyBenchmarks", "Loop", "FitNoiseScaleMany", [("Data", "reports"), ("Level", 0.9)]),
        ("NoiseScaleManyTwoThreads", "NoiseScaleManyBenchmarks", "Loop", "FitNoiseScaleManyTwoThreads", [("Data", "reports"), ("Level", 0.95)]),
        ("NoiseScaleManyRounded", "NoiseScaleManyBenchmarks", "Loop", "FitNoiseScaleMany", [("Data", "rounded"), ("Level", 0.95)]),
        ("NoiseScaleManyRoundedTwoThreads", "NoiseScaleManyBenchmarks", "Loop", "FitNoiseScaleManyTwoThreads", [("Data", "rounded"), ("Level", 0.95)]),
    ];

    /// <summary>
    /// Runs every workload, or those named in <paramref name="only"/> if it is not empty. Each workload runs in two
    /// halves: in the first the release's data is built first, in the second (fresh instances, after a full collection)
    /// this build's is. A pairing of one build with itself once read 0.89 on ByQuantity (a workload that walks 100,000
    /// report objects, so where its data lies in memory matters), and which side's data is made first is the one
    /// difference between the sides that alternating the calls does not swap. The reported ratio is the geometric mean
    /// of the two halves' medians, each half's median shown beside it.
    /// </summary>
    internal static void Run(int rounds, IReadOnlyCollection<string> only)
    {
        Console.WriteLine("| workload | release (median) | this build (median) | paired ratio | 95% interval | release's data first | this build's first |");
        Console.WriteLine("|---|---:|---:|---:|---|---:|---:|");
        int half = Math.Max(1, rounds / 2);
        // Without a release (no --release, the variable unset) only the pairs within this build can run.
        bool withRelease = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ReleaseBuild.Variable));
        var pairs = Workloads.Where(_ => withRelease)
            .Select(w => (w.Name,
                Release: (Func<Func<double>>)(() => ReleaseBuild.Release.Workload(w.Type, w.Method, w.Properties)),
                Current: (Func<Func<double>>)(() => ReleaseBuild.Current.Workload(w.Type, w.Method, w.Properties))))
            .Concat(WithinBuild.Select(w => (w.Name,
                Release: (Func<Func<double>>)(() => ReleaseBuild.Current.Workload(w.Type, w.BaselineMethod, w.Properties)),
                Current: (Func<Func<double>>)(() => ReleaseBuild.Current.Workload(w.Type, w.Method, w.Properties)))));
        foreach (var (name, makeRelease, makeCurrent) in pairs.Where(w => only.Count == 0 || only.Contains(w.Name)))
        {
            var releaseTimes = new List<double>(2 * half);
            var currentTimes = new List<double>(2 * half);
            var halves = new List<double>[2];
            for (int h = 0; h < 2; h++)
            {
                halves[h] = RunHalf(makeRelease, makeCurrent, releaseDataFirst: h == 0, half, releaseTimes, currentTimes);
            }
            double ratio = Math.Sqrt(Median(halves[0]) * Median(halves[1]));
            var (low, high) = BootstrapGeometricMeanOfMedians(halves[0], halves[1], seed: 20241123);
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c,
                $"| {name} | {Median(releaseTimes):0.###} ms | {Median(currentTimes):0.###} ms | {ratio:0.000} | {low:0.000}–{high:0.000} | {Median(halves[0]):0.000} | {Median(halves[1]):0.000} |"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{2 * half} rounds per workload in two halves (which build's data is made first swaps between them); the ratio is this build / release, the geometric mean of the halves' medians; each time is one call, or the mean of enough calls to last 50 ms; for a pair within this build (ByQuantityVsHand, ByQuantityListVsArray, NoiseScaleMany...) the release's column is its baseline method (the hand loop, the array, the loop)."));
    }

    // One half: both builds' workloads made afresh (in the order given), warmed up, then timed call by call with the
    // first caller alternating. Returns the per-round ratios (this build / release).
    private static List<double> RunHalf(
        Func<Func<double>> makeRelease, Func<Func<double>> makeCurrent, bool releaseDataFirst, int rounds,
        List<double> releaseTimes, List<double> currentTimes)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Func<double> release, current;
        if (releaseDataFirst)
        {
            release = makeRelease();
            current = makeCurrent();
        }
        else
        {
            current = makeCurrent();
            release = makeRelease();
        }
        for (int i = 0; i < 3; i++)
        {
            release();
            current();
        }
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
        return ratios;
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

    // Percentile bootstrap (Efron and Tibshirani 1993, ch. 13), 2,000 resamples, of the geometric mean of two
    // independent samples' medians, each resampled within itself.
    private static (double Low, double High) BootstrapGeometricMeanOfMedians(List<double> a, List<double> b, int seed)
    {
        var random = new Random(seed);
        var estimates = new double[2000];
        var resampleA = new List<double>(a.Count);
        var resampleB = new List<double>(b.Count);
        for (int k = 0; k < estimates.Length; k++)
        {
            Resample(a, resampleA, random);
            Resample(b, resampleB, random);
            estimates[k] = Math.Sqrt(Median(resampleA) * Median(resampleB));
        }
        Array.Sort(estimates);
        return (estimates[49], estimates[1950]);
    }

    private static void Resample(List<double> values, List<double> into, Random random)
    {
        into.Clear();
        for (int i = 0; i < values.Count; i++)
        {
            into.Add(values[random.Next(values.Count)]);
        }
    }
}
