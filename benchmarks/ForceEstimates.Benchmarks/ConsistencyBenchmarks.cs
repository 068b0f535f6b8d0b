using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ForceEstimates.Consistency;
using NodaTime;

namespace ForceEstimates.Benchmarks;

/// <summary>
/// Consistency checks over 100,000 reports: 5,000 sources' cumulative counts of 10 figures each
/// (45,000 comparisons, one figure in ten a bound), 3,000 subjects with two reports on all fronts and two
/// on each of four oblasts declared part of it (48,000 part–whole pairs), 3,000 peaks with four levels
/// each inside their period (12,000 pairs), 1,000 derived shares lost (one in ten from a bounded level, so
/// by Monte Carlo with 10,000 samples; the rest exact), and 2,000 killed/casualties pairs. Target: at most 200 ms. Beside it, what a user would do by hand:
/// LINQ grouping and the same pairs compared by their medians alone (no uncertainty, no bounds).
/// </summary>
[MemoryDiagnoser]
public class ConsistencyBenchmarks
{
    private static readonly string[] Oblasts = ["Kursk Oblast", "Donetsk Oblast", "Zaporizhzhia Oblast", "Kharkiv Oblast"];
    private Report[] reports = [];
    private ConsistencyOptions options = ConsistencyOptions.Default;

    /// <summary>Builds the reports once (seeded, so every run sees the same data).</summary>
    [GlobalSetup]
    public void Setup()
    {
        reports = Build(seed: 20241123);
        options = Oblasts.Aggregate(ConsistencyOptions.Default, (o, oblast) => o.WithPart(oblast, "all fronts"));
    }

    /// <summary>Makes the benchmark data (100,000 reports).</summary>
    public static Report[] Build(int seed)
    {
        var random = new Random(seed);
        var day = new LocalDate(2024, 11, 23);
        var result = new List<Report>(100_000);
        Report Add(string id, Quantity quantity, Estimate estimate, Source origin, DateInterval period, Provenance? provenance = null)
        {
            var report = Report.Of(id, quantity, estimate, provenance ?? Provenance.Of(origin), period, period.End > day ? period.End : day);
            result.Add(report);
            return report;
        }
        Estimate Figure(double value) => random.NextDouble() < 0.1 ? Estimate.AtLeast(Math.Round(value * 0.9)) : random.NextDouble() < 0.5 ? Estimate.About(Math.Round(value)) : Estimate.Bare(Math.Round(value));
        DateInterval On(LocalDate date) => new(date, date);

        for (int s = 0; s < 5_000; s++)
        {
            var origin = Source.Of("source " + s, SourceKind.Military, ConflictSide.Ukraine);
            var quantity = Quantity.Of(Metric.Losses, "unit " + s, "all fronts", Unit.Persons, Statistic.Cumulative);
            double count = 1_000 * (1 + random.NextDouble());
            for (int k = 0; k < 10; k++)
            {
                count *= 1 + (0.05 * random.NextDouble());
                Add($"c{s}-{k}", quantity, Figure(count), origin, On(day.PlusDays(-10 * (10 - k))));
            }
        }
        for (int s = 0; s < 3_000; s++)
        {
            var origin = Source.Of("staff " + (s % 20), SourceKind.Military, ConflictSide.Ukraine);
            double total = 100_000 * (1 + random.NextDouble());
            for (int k = 0; k < 2; k++)
            {
                Add($"w{s}-{k}", Quantity.Of(Metric.Personnel, "force " + s, "all fronts", Unit.Persons, Statistic.Level), Figure(total), origin, On(day.PlusDays(-k)));
                foreach (var oblast in Oblasts)
                {
                    Add($"p{s}-{oblast}-{k}", Quantity.Of(Metric.Personnel, "force " + s, oblast, Unit.Persons, Statistic.Level), Figure(total * 0.2 * random.NextDouble()), origin, On(day.PlusDays(-2 * k)));
                }
            }
        }
        for (int s = 0; s < 3_000; s++)
        {
            var origin = Source.Of("staff " + (s % 20), SourceKind.Military, ConflictSide.Ukraine);
            double peak = 1_000 * (1 + random.NextDouble());
            var peakReport = Add($"peak{s}", Quantity.Of(Metric.TerritoryHeld, "side " + s, "sector", Unit.SquareKilometres, Statistic.Peak), Estimate.About(Math.Round(peak)), origin, new DateInterval(day.PlusDays(-100), day));
            Report? last = null;
            for (int k = 0; k < 4; k++)
            {
                last = Add($"level{s}-{k}", Quantity.Of(Metric.TerritoryHeld, "side " + s, "sector", Unit.SquareKilometres, Statistic.Level), Figure(peak * (0.5 + (0.5 * random.NextDouble()))), origin, On(day.PlusDays(-25 * k)));
            }
            if (s % 3 == 0)
            {
                var reuters = Provenance.Of(Source.Of("Reuters", SourceKind.NewsAgency, ConflictSide.ThirdParty)).WithFormula(Formula.Parse($"1 - [{last!.Id}] / [{peakReport.Id}]"));
                Add($"lost{s}", Quantity.Of(Metric.TerritoryLost, "side " + s, "sector", Unit.Percent, Statistic.Level), Estimate.Above(20), origin, On(day), reuters);
            }
        }
        for (int s = 0; s < 2_000; s++)
        {
            var origin = Source.Of("ministry", SourceKind.Government, ConflictSide.Russia);
            double casualties = 10_000 * (1 + random.NextDouble());
            var period = new DateInterval(new LocalDate(2022, 2, 24), day);
            Add($"casualties{s}", Quantity.Of(Metric.Of("casualties"), "army " + s, null, Unit.Persons, Statistic.Cumulative), Figure(casualties), origin, period);
            Add($"killed{s}", Quantity.Of(Metric.Of("killed"), "army " + s, null, Unit.Persons, Statistic.Cumulative), Figure(casualties * 0.3), origin, period);
        }
        return [.. result];
    }

    /// <summary>By hand: LINQ grouping, each relation's pairs compared by the figures' medians.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveMedians()
    {
        int flagged = 0;
        foreach (var series in reports.Where(r => r.Quantity.Statistic == Statistic.Cumulative)
                     .GroupBy(r => (r.Quantity, r.Provenance.Origin.Name)))
        {
            var ordered = series.OrderBy(r => r.RefersTo.End).ToList();
            for (int i = 1; i < ordered.Count; i++)
            {
                flagged += ordered[i].Estimate.Median < ordered[i - 1].Estimate.Median ? 1 : 0;
            }
        }
        var levels = reports.Where(r => r.Quantity.Statistic == Statistic.Level && r.Quantity.Place is not null).ToLookup(r => (r.Quantity.Metric, r.Quantity.Subject, r.Quantity.Place));
        foreach (var whole in reports.Where(r => r.Quantity.Place == "all fronts" && r.Quantity.Statistic == Statistic.Level))
        {
            foreach (var oblast in Oblasts)
            {
                foreach (var part in levels[(whole.Quantity.Metric, whole.Quantity.Subject, oblast)])
                {
                    flagged += part.Estimate.Median > whole.Estimate.Median ? 1 : 0;
                }
            }
        }
        foreach (var peak in reports.Where(r => r.Quantity.Statistic == Statistic.Peak))
        {
            foreach (var level in levels[(peak.Quantity.Metric, peak.Quantity.Subject, peak.Quantity.Place)].Where(l => l.RefersTo.Start >= peak.RefersTo.Start && l.RefersTo.End <= peak.RefersTo.End))
            {
                flagged += level.Estimate.Median > peak.Estimate.Median ? 1 : 0;
            }
        }
        return flagged;
    }

    /// <summary>The library: every rule, probabilities from the readings, bounds censored, derived figures recomputed.</summary>
    [Benchmark]
    public int Run() => ConsistencyCheck.Run(reports, options).Count;
}
