using System;
using System.Diagnostics;
using System.Globalization;
using ForceEstimates.Tests.Aggregation;

namespace ForceEstimates.CumulativeStudy;

/// <summary>
/// The cumulative-count study: <see cref="CumulativeSimulation"/> trials read by <c>Aggregate.Of</c> under each window,
/// by the trend model and by hand; coverage of the 95% interval, error and width. See README.md beside this file.
/// </summary>
internal static class Program
{
    /// <summary>Entry point. Options: <c>--trials N</c> (1,000 by default), <c>--seed S</c>, <c>--days D</c> (the series' length, 180 by default), <c>--no-trend</c>.</summary>
    /// <returns>0.</returns>
    public static int Main(string[] args)
    {
        int trials = 1000, seed = 20261204, days = CumulativeSimulation.DefaultDays;
        bool trend = true;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--trials": trials = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--days": days = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--no-trend": trend = false; break;
                case "--radford": return Radford(args[++i]);
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }
        var clock = Stopwatch.StartNew();
        var scores = CumulativeSimulation.Run(seed, trials, CumulativeSimulation.Methods(trend), days);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{trials} trials of {days} days from seed {seed}, {clock.Elapsed.TotalSeconds:F0} s"));
        Console.WriteLine();
        Console.WriteLine("| method | coverage of 95% | median abs. log error | mean log error | median width (upper/lower) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var s in scores)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s.Method} | {s.Coverage * 100:F1}% | {s.MedianAbsoluteLogError:F3} | {s.MeanLogError:+0.000;-0.000} | ×{s.MedianWidthFactor:F2} |"));
        }
        return 0;
    }

    // ByQuantity as of day 365 on the Radford et al. (2023) data, read as cumulative counts and as levels (the reading before the selection step), for the paper's development rows.
    private static int Radford(string path)
    {
        using var reader = new System.IO.StreamReader(path);
        var reports = Samples.ReadRadford2023(reader);
        var asOf = new NodaTime.LocalDate(2023, 2, 23);
        var levels = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(reports, r => r.Quantity.Statistic != Statistic.Cumulative ? r
            : Report.Of(r.Id, Quantity.Of(r.Quantity.Metric, r.Quantity.Subject, r.Quantity.Place, r.Quantity.Unit, Statistic.Level), r.Estimate, r.Provenance, new NodaTime.DateInterval(r.RefersTo.End, r.RefersTo.End), r.Published)));
        (string Metric, string Subject, string Paper)[] rows = [("military deaths", "Russia", "76,687 [38,670–139,772]"), ("military deaths", "Ukraine", "17,223 [6,219–39,105]"), ("tanks", "Russia", "3,380 [1,704–6,178]")];
        Console.WriteLine("| series | paper: mean [95%] | before: as levels | now: cumulative (used, superseded, lower bounds) |");
        Console.WriteLine("|---|---|---|---|");
        var now = Aggregation.Aggregate.ByQuantity(reports, asOf);
        // Before the selection step every figure of a level was used, an origin's older ones too.
        var before = Aggregation.Aggregate.ByQuantity(levels, asOf, Aggregation.AggregationOptions.Default with { SupersedeOlderLevels = false });
        foreach (var (metric, subject, paper) in rows)
        {
            var a = System.Linq.Enumerable.Single(now, x => x.Quantity.Metric.Name == metric && x.Quantity.Subject == subject && x.Quantity.Statistic == Statistic.Cumulative);
            var b = System.Linq.Enumerable.Single(before, x => x.Quantity.Metric.Name == metric && x.Quantity.Subject == subject && x.Quantity.Statistic == Statistic.Level);
            int superseded = System.Linq.Enumerable.Count(a.Contributions, c => c.Exclusion == Aggregation.Exclusion.Superseded);
            int bounds = System.Linq.Enumerable.Count(a.Contributions, c => c.EarlierValue);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {metric}, {subject} | {paper} | {b.Value:N0} [{b.ConfidenceInterval.Lower:N0}–{b.ConfidenceInterval.Upper:N0}] (mean {b.Estimate.Mean:N0}) | {a.Value:N0} [{a.ConfidenceInterval.Lower:N0}–{a.ConfidenceInterval.Upper:N0}] (mean {a.Estimate.Mean:N0}; {a.ReportCount}, {superseded}, {bounds}) |"));
            foreach (var c in a.Contributions)
            {
                if (c.Included)
                {
                    Console.WriteLine($"    {c.Report.Id} {c.Report.Provenance.Origin.Name} {c.Report.RefersTo.End} {c.Report.Estimate} {c.Claim} share {c.Share:P1}");
                }
            }
        }
        return 0;
    }
}
