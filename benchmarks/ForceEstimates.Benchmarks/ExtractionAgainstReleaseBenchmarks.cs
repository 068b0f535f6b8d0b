using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ForceEstimates.Benchmarks;

/// <summary>
/// <see cref="ExtractionBenchmarks"/> against an earlier release, in the same run: about 1 MB of the seed article
/// repeated or of synthetic wire copy, extracted by the release's code (the baseline) and by this build's, both loaded
/// and called the same way (<see cref="ReleaseBuild"/>). Needs <c>--release &lt;folder&gt;</c>: see benchmarks/README.md.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class ExtractionAgainstReleaseBenchmarks
{
    private Func<double> workload = () => double.NaN;

    /// <summary>Which text: "seed" (the seed article repeated) or "news" (synthetic wire copy).</summary>
    [Params("seed", "news")]
    public string Input { get; set; } = "seed";

    [GlobalSetup(Target = nameof(ReleaseExtract))]
    public void SetupReleaseExtract() => workload = ReleaseBuild.Release.Workload("ExtractionBenchmarks", "Extract", (nameof(Input), Input));

    [GlobalSetup(Target = nameof(Extract))]
    public void SetupExtract() => workload = ReleaseBuild.Current.Workload("ExtractionBenchmarks", "Extract", (nameof(Input), Input));

    /// <summary>ReportExtractor.Extract of the whole text. The release's code.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Extract")]
    public double ReleaseExtract() => workload();

    /// <summary>This build's.</summary>
    [Benchmark, BenchmarkCategory("Extract")]
    public double Extract() => workload();
}
