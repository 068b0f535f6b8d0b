using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ForceEstimates.Aggregation;

namespace ForceEstimates.Benchmarks;

/// <summary>
/// This build against an earlier release, in the same run: for each workload of <see cref="AggregateBenchmarks"/>,
/// <see cref="MetaAnalysisLargeBenchmarks"/>, <see cref="MetaAnalysisSmallGroupsBenchmarks"/> and
/// <see cref="MetaAnalysisCensoredBenchmarks"/>, the release's own benchmark method (loaded by <see cref="ReleaseBuild"/>)
/// is the baseline and this build's the other row, measured back to back. Needs <see cref="ReleaseBuild.Variable"/>
/// (or <c>--release &lt;folder&gt;</c>): see benchmarks/README.md.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AgainstReleaseBenchmarks
{
    private readonly AggregateBenchmarks reports = new();
    private readonly MetaAnalysisLargeBenchmarks large = new() { Count = 1_000_000 };
    private readonly MetaAnalysisSmallGroupsBenchmarks small = new();
    private readonly MetaAnalysisCensoredBenchmarks censored = new();
    private Func<double> release = () => double.NaN;

    [GlobalSetup(Target = nameof(ReleaseByQuantity))]
    public void SetupReleaseByQuantity() => release = ReleaseBuild.Instance.Workload(nameof(AggregateBenchmarks), nameof(AggregateBenchmarks.ByQuantity));

    [GlobalSetup(Target = nameof(ReleaseByQuantityDerSimonianLaird))]
    public void SetupReleaseByQuantityDerSimonianLaird()
        => release = ReleaseBuild.Instance.Workload(nameof(AggregateBenchmarks), nameof(AggregateBenchmarks.ByQuantityDerSimonianLaird));

    [GlobalSetup(Targets = [nameof(ByQuantity), nameof(ByQuantityDerSimonianLaird)])]
    public void SetupReports() => reports.Setup();

    [GlobalSetup(Target = nameof(ReleaseFitDerSimonianLaird))]
    public void SetupReleaseFitDerSimonianLaird()
        => release = ReleaseBuild.Instance.Workload(nameof(MetaAnalysisLargeBenchmarks), nameof(MetaAnalysisLargeBenchmarks.FitDerSimonianLaird), ("Count", 1_000_000));

    [GlobalSetup(Target = nameof(ReleaseFitRestrictedMaximumLikelihood))]
    public void SetupReleaseFitRestrictedMaximumLikelihood()
        => release = ReleaseBuild.Instance.Workload(nameof(MetaAnalysisLargeBenchmarks), nameof(MetaAnalysisLargeBenchmarks.FitRestrictedMaximumLikelihood), ("Count", 1_000_000));

    [GlobalSetup(Targets = [nameof(FitDerSimonianLaird), nameof(FitRestrictedMaximumLikelihood)])]
    public void SetupLarge() => large.Setup();

    [GlobalSetup(Target = nameof(ReleaseFitManyDerSimonianLaird))]
    public void SetupReleaseFitManyDerSimonianLaird()
        => release = ReleaseBuild.Instance.Workload(nameof(MetaAnalysisSmallGroupsBenchmarks), nameof(MetaAnalysisSmallGroupsBenchmarks.FitManyDerSimonianLaird));

    [GlobalSetup(Target = nameof(ReleaseFitManyRestrictedMaximumLikelihood))]
    public void SetupReleaseFitManyRestrictedMaximumLikelihood()
        => release = ReleaseBuild.Instance.Workload(nameof(MetaAnalysisSmallGroupsBenchmarks), nameof(MetaAnalysisSmallGroupsBenchmarks.FitManyRestrictedMaximumLikelihood));

    [GlobalSetup(Targets = [nameof(FitManyDerSimonianLaird), nameof(FitManyRestrictedMaximumLikelihood)])]
    public void SetupSmall() => small.Setup();

    [GlobalSetup(Target = nameof(ReleaseFitCensored))]
    public void SetupReleaseFitCensored()
        => release = ReleaseBuild.Instance.Workload(nameof(MetaAnalysisCensoredBenchmarks), nameof(MetaAnalysisCensoredBenchmarks.FitCensored));

    [GlobalSetup(Target = nameof(FitCensored))]
    public void SetupCensored() => censored.Setup();

    /// <summary>The release's <see cref="Aggregate.ByQuantity"/>, defaults (REML, censored bounds), 100,000 reports.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("ByQuantity")]
    public double ReleaseByQuantity() => release();

    /// <summary>This build's.</summary>
    [Benchmark, BenchmarkCategory("ByQuantity")]
    public double ByQuantity() => reports.ByQuantity();

    /// <summary>The release's <see cref="Aggregate.ByQuantity"/> with DerSimonian–Laird.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("ByQuantityDL")]
    public double ReleaseByQuantityDerSimonianLaird() => release();

    /// <summary>This build's.</summary>
    [Benchmark, BenchmarkCategory("ByQuantityDL")]
    public double ByQuantityDerSimonianLaird() => reports.ByQuantityDerSimonianLaird();

    /// <summary>The release's <see cref="MetaAnalysis.Fit"/>, DerSimonian–Laird, k = 1,000,000.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("FitDL")]
    public double ReleaseFitDerSimonianLaird() => release();

    /// <summary>This build's.</summary>
    [Benchmark, BenchmarkCategory("FitDL")]
    public double FitDerSimonianLaird() => large.FitDerSimonianLaird();

    /// <summary>The release's <see cref="MetaAnalysis.Fit"/>, REML, k = 1,000,000.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("FitREML")]
    public double ReleaseFitRestrictedMaximumLikelihood() => release();

    /// <summary>This build's.</summary>
    [Benchmark, BenchmarkCategory("FitREML")]
    public double FitRestrictedMaximumLikelihood() => large.FitRestrictedMaximumLikelihood();

    /// <summary>The release's <see cref="MetaAnalysis.FitMany"/>, DerSimonian–Laird, per fit.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 10_000), BenchmarkCategory("FitManyDL")]
    public double ReleaseFitManyDerSimonianLaird() => release();

    /// <summary>This build's.</summary>
    [Benchmark(OperationsPerInvoke = 10_000), BenchmarkCategory("FitManyDL")]
    public double FitManyDerSimonianLaird() => small.FitManyDerSimonianLaird().Mean;

    /// <summary>The release's <see cref="MetaAnalysis.FitMany"/>, REML, per fit.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 10_000), BenchmarkCategory("FitManyREML")]
    public double ReleaseFitManyRestrictedMaximumLikelihood() => release();

    /// <summary>This build's.</summary>
    [Benchmark(OperationsPerInvoke = 10_000), BenchmarkCategory("FitManyREML")]
    public double FitManyRestrictedMaximumLikelihood() => small.FitManyRestrictedMaximumLikelihood().Mean;

    /// <summary>The release's <see cref="MetaAnalysis.FitCensored(System.ReadOnlySpan{Observation}, System.ReadOnlySpan{double}, TauSquaredMethod)"/>, per fit.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 1_000), BenchmarkCategory("FitCensored")]
    public double ReleaseFitCensored() => release();

    /// <summary>This build's.</summary>
    [Benchmark(OperationsPerInvoke = 1_000), BenchmarkCategory("FitCensored")]
    public double FitCensored() => censored.FitCensored();
}
