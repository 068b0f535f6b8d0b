using BenchmarkDotNet.Attributes;
using ForceEstimates.Aggregation;

namespace ForceEstimates.Benchmarks;

/// <summary>
/// The library against an earlier release in one run: the same workloads as <see cref="AggregateBenchmarks"/>,
/// <see cref="MetaAnalysisLargeBenchmarks"/>, <see cref="MetaAnalysisSmallGroupsBenchmarks"/> and
/// <see cref="MetaAnalysisCensoredBenchmarks"/>, through the public API both releases share. Run it with
/// <c>--release-library &lt;folder of the earlier ForceEstimates.dll&gt;</c> (see benchmarks/README.md): each method then runs
/// once against that build (the baseline job) and once against this one, so the ratio column compares the two.
/// </summary>
[MemoryDiagnoser]
public class AgainstReleaseBenchmarks
{
    private readonly AggregateBenchmarks reports = new();
    private readonly MetaAnalysisLargeBenchmarks large = new() { Count = 1_000_000 };
    private readonly MetaAnalysisSmallGroupsBenchmarks small = new();
    private readonly MetaAnalysisCensoredBenchmarks censored = new();

    /// <summary>100,000 reports about 10,000 quantities (<see cref="AggregateBenchmarks.Build"/>).</summary>
    [GlobalSetup(Targets = [nameof(ByQuantity), nameof(ByQuantityDerSimonianLaird)])]
    public void SetupReports() => reports.Setup();

    /// <summary>k = 1,000,000.</summary>
    [GlobalSetup(Targets = [nameof(FitDerSimonianLaird), nameof(FitRestrictedMaximumLikelihood)])]
    public void SetupLarge() => large.Setup();

    /// <summary>10,000 groups of 8.</summary>
    [GlobalSetup(Targets = [nameof(FitManyDerSimonianLaird), nameof(FitManyRestrictedMaximumLikelihood)])]
    public void SetupSmall() => small.Setup();

    /// <summary>1,000 quantities of 10 weighted observations, one a bound.</summary>
    [GlobalSetup(Target = nameof(FitCensored))]
    public void SetupCensored() => censored.Setup();

    /// <summary><see cref="Aggregate.ByQuantity"/> with the defaults (REML, censored bounds).</summary>
    [Benchmark]
    public int ByQuantity() => reports.ByQuantity();

    /// <summary><see cref="Aggregate.ByQuantity"/> with DerSimonian–Laird.</summary>
    [Benchmark]
    public int ByQuantityDerSimonianLaird() => reports.ByQuantityDerSimonianLaird();

    /// <summary><see cref="MetaAnalysis.Fit"/>, DerSimonian–Laird, k = 1,000,000.</summary>
    [Benchmark]
    public double FitDerSimonianLaird() => large.FitDerSimonianLaird();

    /// <summary><see cref="MetaAnalysis.Fit"/>, REML, k = 1,000,000.</summary>
    [Benchmark]
    public double FitRestrictedMaximumLikelihood() => large.FitRestrictedMaximumLikelihood();

    /// <summary><see cref="MetaAnalysis.FitMany"/>, DerSimonian–Laird, per fit.</summary>
    [Benchmark(OperationsPerInvoke = 10_000)]
    public MetaAnalysisResult FitManyDerSimonianLaird() => small.FitManyDerSimonianLaird();

    /// <summary><see cref="MetaAnalysis.FitMany"/>, REML, per fit.</summary>
    [Benchmark(OperationsPerInvoke = 10_000)]
    public MetaAnalysisResult FitManyRestrictedMaximumLikelihood() => small.FitManyRestrictedMaximumLikelihood();

    /// <summary><see cref="MetaAnalysis.FitCensored(System.ReadOnlySpan{Observation}, System.ReadOnlySpan{double}, TauSquaredMethod)"/>, per fit.</summary>
    [Benchmark(OperationsPerInvoke = 1_000)]
    public double FitCensored() => censored.FitCensored();
}
