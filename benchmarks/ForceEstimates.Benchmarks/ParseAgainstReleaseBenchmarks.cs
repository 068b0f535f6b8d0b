using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ForceEstimates.Benchmarks;

/// <summary>
/// <see cref="ParseBenchmarks"/> against an earlier release, in the same run: for each workload the release's own
/// benchmark method is the baseline and this build's the other row, both loaded and called the same way
/// (<see cref="ReleaseBuild"/>); times are per phrase (per word start for <c>TryParsePrefix</c>).
/// Needs <c>--release &lt;folder&gt;</c>: see benchmarks/README.md.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ParseAgainstReleaseBenchmarks
{
    private Func<double> workload = () => double.NaN;

    [GlobalSetup(Target = nameof(ReleaseEstimateParse))]
    public void SetupReleaseEstimateParse() => workload = ReleaseBuild.Release.Workload("ParseBenchmarks", "EstimateParse");

    [GlobalSetup(Target = nameof(EstimateParse))]
    public void SetupEstimateParse() => workload = ReleaseBuild.Current.Workload("ParseBenchmarks", "EstimateParse");

    /// <summary>Estimate.Parse of the 16 phrases, per phrase. The release's code.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 16), BenchmarkCategory("Parse")]
    public double ReleaseEstimateParse() => workload();

    /// <summary>This build's.</summary>
    [Benchmark(OperationsPerInvoke = 16), BenchmarkCategory("Parse")]
    public double EstimateParse() => workload();

    [GlobalSetup(Target = nameof(ReleaseTryParsePrefixAtWordStarts))]
    public void SetupReleaseTryParsePrefixAtWordStarts() => workload = ReleaseBuild.Release.Workload("ParseBenchmarks", "TryParsePrefixAtWordStarts");

    [GlobalSetup(Target = nameof(TryParsePrefixAtWordStarts))]
    public void SetupTryParsePrefixAtWordStarts() => workload = ReleaseBuild.Current.Workload("ParseBenchmarks", "TryParsePrefixAtWordStarts");

    /// <summary>Prefix reading at the 26 word starts of a sentence, per start. The release's code.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 26), BenchmarkCategory("TryParsePrefix")]
    public double ReleaseTryParsePrefixAtWordStarts() => workload();

    /// <summary>This build's.</summary>
    [Benchmark(OperationsPerInvoke = 26), BenchmarkCategory("TryParsePrefix")]
    public double TryParsePrefixAtWordStarts() => workload();

    [GlobalSetup(Target = nameof(ReleaseEstimateParseAndMedian))]
    public void SetupReleaseEstimateParseAndMedian() => workload = ReleaseBuild.Release.Workload("ParseBenchmarks", "EstimateParseAndMedian");

    [GlobalSetup(Target = nameof(EstimateParseAndMedian))]
    public void SetupEstimateParseAndMedian() => workload = ReleaseBuild.Current.Workload("ParseBenchmarks", "EstimateParseAndMedian");

    /// <summary>Parse and median of the 16 phrases, per phrase. The release's code.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 16), BenchmarkCategory("ParseAndMedian")]
    public double ReleaseEstimateParseAndMedian() => workload();

    /// <summary>This build's.</summary>
    [Benchmark(OperationsPerInvoke = 16), BenchmarkCategory("ParseAndMedian")]
    public double EstimateParseAndMedian() => workload();
}
