using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ForceEstimates.Aggregation;
using NodaTime;

namespace ForceEstimates.Benchmarks;

/// <summary>
/// Report-level aggregation at scale: 100,000 reports about 10,000 quantities (10 each, about one in
/// ten a "more than" bound, origins shared in pairs now and then, ratings and dates varied), with
/// weights and independence grouping. Target: at most 100 ms for the whole set.
/// </summary>
[MemoryDiagnoser]
public class AggregateBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 3, 31);
    private Report[] reports = [];
    private List<Report> list = [];
    private ReportCollection collection = ReportCollection.Empty;
    private ReportCollection fresh = ReportCollection.Empty;
    private Report[] fives = [];

    /// <summary>Builds the reports once (seeded, so every run sees the same data), and a collection of them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        reports = Build(10_000, 10, seed: 20241123);
        collection = ReportCollection.Of(reports);
        list = [.. reports];
        fives = Build(20_000, 5, seed: 20241123);
    }

    /// <summary>A new collection of the reports before each iteration of <see cref="ByQuantityCollectionFirst"/> (not timed).</summary>
    [IterationSetup(Target = nameof(ByQuantityCollectionFirst))]
    public void FreshCollection() => fresh = ReportCollection.Of(reports);

    /// <summary>Makes the benchmark data: <paramref name="quantities"/> quantities with <paramref name="perQuantity"/> reports each.</summary>
    public static Report[] Build(int quantities, int perQuantity, int seed)
    {
        var random = new Random(seed);
        var ratings = new[] { "A1", "B2", "C3", "B3", "F6", "D4" };
        var kinds = new[] { SourceKind.IntelligenceService, SourceKind.Military, SourceKind.Government, SourceKind.Unknown };
        var wire = Source.Of("Wire", SourceKind.NewsAgency, ConflictSide.ThirdParty);
        var result = new Report[quantities * perQuantity];
        int index = 0;
        for (int q = 0; q < quantities; q++)
        {
            var quantity = Quantity.Of(Metric.Personnel, "unit " + q, "sector " + (q % 50), Unit.Persons, Statistic.Level);
            double truth = 1_000 * Math.Exp(random.NextDouble() * 5);
            for (int r = 0; r < perQuantity; r++)
            {
                double value = Math.Round(truth * Math.Exp(0.1 * Normal(random)), 0);
                var estimate = random.NextDouble() < 0.1 ? Estimate.Above(Math.Round(value * 0.9)) :
                    random.NextDouble() < 0.5 ? Estimate.About(value) : Estimate.Bare(value);
                // Every fourth report repeats the previous report's origin: circular reporting.
                int originNumber = r % 4 == 3 ? r - 1 : r;
                var origin = Source.Of("origin " + q + "-" + originNumber, kinds[originNumber % kinds.Length], ConflictSide.Unknown);
                var published = AsOf.PlusDays(-random.Next(0, 400));
                var provenance = Provenance.Of(origin, Citation.Of(wire, published)).WithRating(AdmiraltyRating.Parse(ratings[random.Next(ratings.Length)]));
                result[index++] = Report.Of("r" + index, quantity, estimate, provenance, new DateInterval(published.PlusDays(-3), published), published);
            }
        }
        return result;
    }

    private static double Normal(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>
    /// The naive baseline: LINQ grouping, and per quantity the same inverse-variance and
    /// DerSimonian–Laird formulas over freshly allocated lists, with a pairwise scan for shared
    /// origins; bounds are taken at face value.
    /// </summary>
    [Benchmark]
    public double NaiveLinq()
    {
        double checksum = 0;
        foreach (var group in reports.Where(r => r.Published <= AsOf).GroupBy(r => r.Quantity.Key))
        {
            var list = group.ToList();
            var shared = list.Select(r => list.Count(o => o.Provenance.SharesOriginWith(r.Provenance))).ToList();
            var y = list.Select(r => Math.Log(r.Estimate.Median)).ToList();
            var v = list.Select((r, i) => 0.01 / (Math.Pow(2, -Period.DaysBetween(r.RefersTo.End, AsOf) / 90.0) / shared[i])).ToList();
            var w = v.Select(x => 1 / x).ToList();
            double mean = y.Zip(w, (a, b) => a * b).Sum() / w.Sum();
            double q = y.Zip(w, (a, b) => b * (a - mean) * (a - mean)).Sum();
            double c = w.Sum() - (w.Select(x => x * x).Sum() / w.Sum());
            double tau2 = Math.Max(0, (q - (list.Count - 1)) / c);
            var wr = v.Select(x => 1 / (x + tau2)).ToList();
            checksum += y.Zip(wr, (a, b) => a * b).Sum() / wr.Sum();
        }
        return checksum;
    }

    /// <summary>
    /// The loop a user writes by hand (issue 15's baseline): LINQ grouping by quantity, each report on the log scale
    /// with the variance from its estimate's 95% interval (at least a 1% standard error, so a bare figure is not
    /// certain), DerSimonian–Laird per group; no weights beyond precision, no independence, bounds at face value.
    /// </summary>
    [Benchmark(Baseline = true)]
    public double HandWrittenLinq()
    {
        double checksum = 0;
        foreach (var group in reports.Where(r => r.Published <= AsOf).GroupBy(r => r.Quantity.Key))
        {
            var points = group.Select(r =>
            {
                var interval = r.Estimate.Interval(0.95);
                double se = (Math.Log(interval.Upper) - Math.Log(interval.Lower)) / (2 * 1.959963984540054);
                return (Y: Math.Log(r.Estimate.Median), V: Math.Max(se * se, 1e-4));
            }).ToList();
            double sw = points.Sum(p => 1 / p.V), mean = points.Sum(p => p.Y / p.V) / sw;
            double q = points.Sum(p => (p.Y - mean) * (p.Y - mean) / p.V);
            double c = sw - (points.Sum(p => 1 / (p.V * p.V)) / sw);
            double tau2 = c > 0 ? Math.Max(0, (q - (points.Count - 1)) / c) : 0;
            checksum += points.Sum(p => p.Y / (p.V + tau2)) / points.Sum(p => 1 / (p.V + tau2));
        }
        return checksum;
    }

    /// <summary>
    /// The library: <see cref="Aggregate.ByQuantity"/> with the default options (the learned noise model, bounds over
    /// their plausible range, as many threads as processors).
    /// </summary>
    [Benchmark]
    public int ByQuantity() => Aggregate.ByQuantity(reports, AsOf).Count;

    /// <summary>
    /// <see cref="ByQuantity"/> on a <see cref="List{T}"/> of the same reports: a list as long as this one is copied to
    /// an array once and takes the array's path, so this shows what the copy costs.
    /// </summary>
    [Benchmark]
    public int ByQuantityList() => Aggregate.ByQuantity(list, AsOf).Count;

    /// <summary>
    /// <see cref="ByQuantity"/> on a <see cref="ReportCollection"/> of the same reports that was aggregated before (by
    /// the warm-up): the collection keeps its grouping by quantity, so this is a repeated call (another date, other
    /// options), not a first one.
    /// </summary>
    [Benchmark]
    public int ByQuantityCollectionAgain() => Aggregate.ByQuantity(collection, AsOf).Count;

    /// <summary>
    /// <see cref="ByQuantity"/> on a new <see cref="ReportCollection"/> of the same reports (made before each iteration,
    /// not timed; one call per iteration): the first call, which groups the reports and keeps the grouping.
    /// </summary>
    [Benchmark]
    public int ByQuantityCollectionFirst() => Aggregate.ByQuantity(fresh, AsOf).Count;

    /// <summary>
    /// <see cref="ByQuantity"/> on as many reports in quantities of five (20,000 of them): where the disagreement test
    /// takes its residuals' chances under the noise prior (six reports or fewer), which the ten-report quantities never do.
    /// </summary>
    [Benchmark]
    public int ByQuantityFiveEach() => Aggregate.ByQuantity(fives, AsOf).Count;

    /// <summary>The defaults on the calling thread only (<see cref="AggregationOptions.MaxDegreeOfParallelism"/> 1): what the threads add.</summary>
    [Benchmark]
    public int ByQuantityOneThread()
        => Aggregate.ByQuantity(reports, AsOf, AggregationOptions.Default with { MaxDegreeOfParallelism = 1 }).Count;

    /// <summary>
    /// The library with DerSimonian–Laird under the classic noise model (floors plus tau², bounds read through the hedge
    /// model): the report layer with next to no fitting. The default learned noise model ignores the tau² estimator,
    /// so without <see cref="NoiseModel.FloorsPlusTauSquared"/> this measured the default again.
    /// </summary>
    [Benchmark]
    public int ByQuantityDerSimonianLaird()
        => Aggregate.ByQuantity(reports, AsOf, AggregationOptions.Default with { Noise = NoiseModel.FloorsPlusTauSquared, TauSquaredMethod = TauSquaredMethod.DerSimonianLaird }).Count;
}
