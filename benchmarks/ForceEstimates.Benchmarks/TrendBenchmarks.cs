using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ForceEstimates.Aggregation;
using ForceEstimates.Trends;
using NodaTime;

namespace ForceEstimates.Benchmarks;

/// <summary>
/// The trend model on the whole Radford et al. (2023) data set: 4,609 loss reports, 30 series ×
/// 365 days, 7 origins, hyperparameters included. Target: at most 1 s. Beside it, what a user would
/// do by hand: one aggregate per quantity as of the last day (treating earlier cumulative figures as
/// versions of today's number).
/// </summary>
[MemoryDiagnoser]
public class TrendBenchmarks
{
    private static readonly LocalDate Day365 = new(2023, 2, 23);
    private Report[] reports = [];

    /// <summary>Reads the data once from the repository's copy.</summary>
    [GlobalSetup]
    public void Setup() => reports = [.. Load()];

    /// <summary>The Radford data, found by walking up from the working directory to the repository's samples/data.</summary>
    public static ReportCollection Load()
    {
        var directory = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (directory is not null)
        {
            var path = Path.Combine(directory.FullName, "samples", "data", "radford2023", "replication-data-pnas.csv");
            if (File.Exists(path))
            {
                using var reader = File.OpenText(path);
                return Samples.ReadRadford2023(reader);
            }
            directory = directory.Parent;
        }
        throw new FileNotFoundException("Cannot find samples/data/radford2023/replication-data-pnas.csv above the working directory.");
    }

    /// <summary>The whole fit: paths, biases, persistent errors and prior scales.</summary>
    [Benchmark]
    public TrendModel FitRadford() => TrendModel.Fit(reports);

    /// <summary>The hand-made baseline: a random-effects aggregate per quantity as of day 365.</summary>
    [Benchmark(Baseline = true)]
    public int AggregateByQuantity() => Aggregate.ByQuantity(reports, Day365).Count;
}
