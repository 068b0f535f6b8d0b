using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ForceEstimates.Benchmarks;

/// <summary>
/// This build against an earlier release, in the same run: for each workload of <see cref="AggregateBenchmarks"/>,
/// <see cref="MetaAnalysisLargeBenchmarks"/>, <see cref="MetaAnalysisSmallGroupsBenchmarks"/> and
/// <see cref="MetaAnalysisCensoredBenchmarks"/>, the release's own benchmark method (loaded by <see cref="ReleaseBuild"/>)
/// is the baseline and this build's the other row, measured back to back, both loaded and called the same way
/// (<see cref="ReleaseBuild"/>). Needs <see cref="ReleaseBuild.Variable"/>
/// (or <c>--release &lt;folder&gt;</c>): see benchmarks/README.md.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AgainstReleaseBenchmarks
{
    private Func<double> workload = () => double.NaN;

    [GlobalSetup(Target = nameof(ReleaseByQuantity))]
    public void SetupReleaseByQuantity() => workload = ReleaseBuild.Release.Workload("AggregateBenchmarks", "ByQuantity");

    [GlobalSetup(Target = nameof(ByQuantity))]
    public void SetupByQuantity() => workload = ReleaseBuild.Current.Workload("AggregateBenchmarks", "ByQuantity");

    /// <summary>The report-level aggregation, defaults (REML, censored bounds), 100,000 reports about 10,000 quantities. The release's code.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("ByQuantity")]
    public double ReleaseByQuantity() => workload();

    /// <summary>This build's.</summary>
    [Benchmark, BenchmarkCategory("ByQuantity")]
    public double ByQuantity() => workload();

    [GlobalSetup(Target = nameof(ReleaseByQuantityDerSimonianLaird))]
    public void SetupReleaseByQuantityDerSimonianLaird() => workload = ReleaseBuild.Release.Workload("AggregateBenchmarks", "ByQuantityDerSimonianLaird");

    [GlobalSetup(Target = nameof(ByQuantityDerSimonianLaird))]
    public void SetupByQuantityDerSimonianLaird() => workload = ReleaseBuild.Current.Workload("AggregateBenchmarks", "ByQuantityDerSimonianLaird");

    /// <summary>The same with DerSimonian–Laird. The release's code.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("ByQuantityDL")]
    public double ReleaseByQuantityDerSimonianLaird() => workload();

    /// <summary>This build's.</summary>
    [Benchmark, BenchmarkCategory("ByQuantityDL")]
    public double ByQuantityDerSimonianLaird() => workload();

    [GlobalSetup(Target = nameof(ReleaseFitDerSimonianLaird))]
    public void SetupReleaseFitDerSimonianLaird() => workload = ReleaseBuild.Release.Workload("MetaAnalysisLargeBenchmarks", "FitDerSimonianLaird", ("Count", 1_000_000));

    [GlobalSetup(Target = nameof(FitDerSimonianLaird))]
    public void SetupFitDerSimonianLaird() => workload = ReleaseBuild.Current.Workload("MetaAnalysisLargeBenchmarks", "FitDerSimonianLaird", ("Count", 1_000_000));

    /// <summary>MetaAnalysis.Fit, DerSimonian–Laird, k = 1,000,000. The release's code.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("FitDL")]
    public double ReleaseFitDerSimonianLaird() => workload();

    /// <summary>This build's.</summary>
    [Benchmark, BenchmarkCategory("FitDL")]
    public double FitDerSimonianLaird() => workload();

    [GlobalSetup(Target = nameof(ReleaseFitRestrictedMaximumLikelihood))]
    public void SetupReleaseFitRestrictedMaximumLikelihood() => workload = ReleaseBuild.Release.Workload("MetaAnalysisLargeBenchmarks", "FitRestrictedMaximumLikelihood", ("Count", 1_000_000));

    [GlobalSetup(Target = nameof(FitRestrictedMaximumLikelihood))]
    public void SetupFitRestrictedMaximumLikelihood() => workload = ReleaseBuild.Current.Workload("MetaAnalysisLargeBenchmarks", "FitRestrictedMaximumLikelihood", ("Count", 1_000_000));

    /// <summary>MetaAnalysis.Fit, REML, k = 1,000,000. The release's code.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("FitREML")]
    public double ReleaseFitRestrictedMaximumLikelihood() => workload();

    /// <summary>This build's.</summary>
    [Benchmark, BenchmarkCategory("FitREML")]
    public double FitRestrictedMaximumLikelihood() => workload();

    [GlobalSetup(Target = nameof(ReleaseFitManyDerSimonianLaird))]
    public void SetupReleaseFitManyDerSimonianLaird() => workload = ReleaseBuild.Release.Workload("MetaAnalysisSmallGroupsBenchmarks", "FitManyDerSimonianLaird");

    [GlobalSetup(Target = nameof(FitManyDerSimonianLaird))]
    public void SetupFitManyDerSimonianLaird() => workload = ReleaseBuild.Current.Workload("MetaAnalysisSmallGroupsBenchmarks", "FitManyDerSimonianLaird");

    /// <summary>MetaAnalysis.FitMany, DerSimonian–Laird, 10,000 groups of 8, per fit. The release's code.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 10000), BenchmarkCategory("FitManyDL")]
    public double ReleaseFitManyDerSimonianLaird() => workload();

    /// <summary>This build's.</summary>
    [Benchmark(OperationsPerInvoke = 10000), BenchmarkCategory("FitManyDL")]
    public double FitManyDerSimonianLaird() => workload();

    [GlobalSetup(Target = nameof(ReleaseFitManyRestrictedMaximumLikelihood))]
    public void SetupReleaseFitManyRestrictedMaximumLikelihood() => workload = ReleaseBuild.Release.Workload("MetaAnalysisSmallGroupsBenchmarks", "FitManyRestrictedMaximumLikelihood");

    [GlobalSetup(Target = nameof(FitManyRestrictedMaximumLikelihood))]
    public void SetupFitManyRestrictedMaximumLikelihood() => workload = ReleaseBuild.Current.Workload("MetaAnalysisSmallGroupsBenchmarks", "FitManyRestrictedMaximumLikelihood");

    /// <summary>MetaAnalysis.FitMany, REML, 10,000 groups of 8, per fit. The release's code.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 10000), BenchmarkCategory("FitManyREML")]
    public double ReleaseFitManyRestrictedMaximumLikelihood() => workload();

    /// <summary>This build's.</summary>
    [Benchmark(OperationsPerInvoke = 10000), BenchmarkCategory("FitManyREML")]
    public double FitManyRestrictedMaximumLikelihood() => workload();

    [GlobalSetup(Target = nameof(ReleaseFitCensored))]
    public void SetupReleaseFitCensored() => workload = ReleaseBuild.Release.Workload("MetaAnalysisCensoredBenchmarks", "FitCensored");

    [GlobalSetup(Target = nameof(FitCensored))]
    public void SetupFitCensored() => workload = ReleaseBuild.Current.Workload("MetaAnalysisCensoredBenchmarks", "FitCensored");

    /// <summary>MetaAnalysis.FitCensored, 10 weighted observations one of them a bound, per fit. The release's code.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 1000), BenchmarkCategory("FitCensored")]
    public double ReleaseFitCensored() => workload();

    /// <summary>This build's.</summary>
    [Benchmark(OperationsPerInvoke = 1000), BenchmarkCategory("FitCensored")]
    public double FitCensored() => workload();
}
