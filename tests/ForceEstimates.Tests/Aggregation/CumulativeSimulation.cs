using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ForceEstimates.Aggregation;
using ForceEstimates.Trends;
using NodaTime;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>
/// A growing cumulative count reported by several origins on their own dates, with a known value as of the last day:
/// the study that chose how <see cref="Aggregate.Of"/> reads a cumulative count (<see cref="AggregationOptions.CumulativeWindowDays"/>).
/// Shared by the short seeded test and the full study (<c>tools/CumulativeStudy</c>).
/// </summary>
/// <remarks>
/// Per trial: a count over <see cref="DefaultDays"/> days (or the days asked for) whose log daily increments follow a random walk (sd 0.05 a day), scaled
/// so that the final value is log-uniform on 1,000–100,000. Three to seven origins, each with a bias e^b, b ~ N(0, 0.15²),
/// a persistent error (AR(1) a day, φ = 0.97, stationary sd 0.08) and fresh noise (sd 0.03); each reports every 1, 1, 3,
/// 7, 14 or 30 days (drawn) from a start in the first third, and 40% of them stop at a day drawn from the last two
/// thirds (a stale source). Figures are bare, rounded to three significant digits, published on the day they refer
/// to. The as-of date is the last day; the truth is the count that day.
/// </remarks>
internal sealed class CumulativeSimulation
{
    /// <summary>The series' length in days by default: half a year, late enough that the count grows under 1% a day.</summary>
    internal const int DefaultDays = 180;

    internal static readonly LocalDate DayZero = new(2022, 2, 23);

    private static readonly SourceKind[] Kinds = [SourceKind.Government, SourceKind.Military, SourceKind.IntelligenceService, SourceKind.Official, SourceKind.Analyst];
    private static readonly int[] Cadences = [1, 1, 3, 7, 14, 30];
    private static readonly Source Wire = Source.Of("wire", SourceKind.NewsAgency, ConflictSide.ThirdParty);

    private CumulativeSimulation(int days, double truth, Report[] cumulative, Report[] asLevels)
    {
        AsOf = DayZero.PlusDays(days);
        Truth = truth;
        Cumulative = cumulative;
        AsLevels = asLevels;
    }

    /// <summary>The count as of the last day.</summary>
    internal double Truth { get; }

    /// <summary>The reports, as cumulative figures.</summary>
    internal Report[] Cumulative { get; }

    /// <summary>The same figures read as levels: what <see cref="Aggregate.Of"/> did with a cumulative count before the selection step.</summary>
    internal Report[] AsLevels { get; }

    /// <summary>The last day: the as-of date.</summary>
    internal LocalDate AsOf { get; }

    internal static CumulativeSimulation Draw(int seed, int days = DefaultDays)
    {
        var random = new Random(seed);
        var increments = new double[days + 1];
        double walk = 0, total = 0;
        for (int d = 1; d <= days; d++)
        {
            walk += 0.05 * Normal(random);
            increments[d] = Math.Exp(walk);
            total += increments[d];
        }
        double scale = Math.Pow(10, 3 + (2 * random.NextDouble())) / total;
        var count = new double[days + 1];
        for (int d = 1; d <= days; d++)
        {
            count[d] = count[d - 1] + (increments[d] * scale);
        }
        var cumulative = new List<Report>();
        var levels = new List<Report>();
        var deaths = Quantity.Of(Metric.Of("military deaths"), "Borduria", null, Unit.Persons, Statistic.Cumulative);
        var asLevel = Quantity.Of(Metric.Of("military deaths"), "Borduria", null, Unit.Persons, Statistic.Level);
        int origins = 3 + random.Next(5);
        for (int o = 0; o < origins; o++)
        {
            var source = Source.Of("origin " + o.ToString(CultureInfo.InvariantCulture), Kinds[random.Next(Kinds.Length)], ConflictSide.Unknown);
            double bias = 0.15 * Normal(random);
            int cadence = Cadences[random.Next(Cadences.Length)];
            int first = 1 + random.Next(days / 3);
            int last = random.NextDouble() < 0.4 ? (days / 3) + random.Next(days - (days / 3) + 1) : days;
            const double phi = 0.97;
            double persistent = 0.08 * Normal(random);
            for (int d = 1; d <= days; d++)
            {
                persistent = (phi * persistent) + (0.08 * Math.Sqrt(1 - (phi * phi)) * Normal(random));
                if (d < first || d > last || (d - first) % cadence != 0)
                {
                    continue;
                }
                double figure = RoundToSignificant(count[d] * Math.Exp(bias + persistent + (0.03 * Normal(random))), 3);
                var estimate = Estimate.Parse(figure.ToString("N0", CultureInfo.InvariantCulture));
                var date = DayZero.PlusDays(d);
                var provenance = Provenance.Of(source, Citation.Of(Wire, date));
                var period = new DateInterval(DayZero.PlusDays(1), date);
                string id = string.Create(CultureInfo.InvariantCulture, $"o{o}-d{d}");
                cumulative.Add(Report.Of(id, deaths, estimate, provenance, period, date));
                levels.Add(Report.Of(id, asLevel, estimate, provenance, new DateInterval(date, date), date));
            }
        }
        if (cumulative.Count == 0)
        {
            return Draw(seed + 1_000_000_007, days);
        }
        return new CumulativeSimulation(days, count[days], [.. cumulative], [.. levels]);
    }

    /// <summary>A way to read the reports as of the last day: a value and a 95% interval.</summary>
    internal sealed record Method(string Name, Func<CumulativeSimulation, (double Value, double Lower, double Upper)> Estimate);

    /// <summary>The library's readings and what a user would do by hand.</summary>
    internal static IReadOnlyList<Method> Methods(bool withTrend)
    {
        var methods = new List<Method>
        {
            // Before the selection step a level's figures were all used, an origin's older ones too.
            new("Aggregate.Of, figures read as levels (before)", s => FromAggregate(Aggregate.Of(s.AsLevels, s.AsOf, AggregationOptions.Default with { SupersedeOlderLevels = false }))),
            new("Aggregate.Of, newest per origin, no bounds", s => FromAggregate(Aggregate.Of(s.Cumulative, s.AsOf, AggregationOptions.Default with { CumulativeWindowDays = 100_000 }))),
        };
        foreach (var window in (int[])[0, 3, 7, 14, 30])
        {
            var options = AggregationOptions.Default with { CumulativeWindowDays = window };
            methods.Add(new(string.Create(CultureInfo.InvariantCulture, $"Aggregate.Of, window {window} days"), s => FromAggregate(Aggregate.Of(s.Cumulative, s.AsOf, options))));
        }
        if (withTrend)
        {
            methods.Add(new("TrendModel.Fit(...).At(as of)", s =>
            {
                var estimate = TrendModel.Fit(s.Cumulative, TrendOptions.Default with { Until = s.AsOf }).For(s.Cumulative[0].Quantity).At(s.AsOf);
                var interval = estimate.Interval(0.95);
                return (estimate.Median, interval.Lower, interval.Upper);
            }));
        }
        methods.Add(new("by hand: the newest figure (its own interval)", s =>
        {
            var newest = Newest(s.Cumulative);
            var interval = newest.Estimate.Interval(0.95);
            return (newest.Estimate.Median, interval.Lower, interval.Upper);
        }));
        methods.Add(new("by hand: mean of the last week's figures (t interval)", LastWeek));
        return methods;
    }

    private static (double, double, double) FromAggregate(Aggregate aggregate)
        => (aggregate.Value, aggregate.ConfidenceInterval.Lower, aggregate.ConfidenceInterval.Upper);

    private static Report Newest(Report[] reports)
    {
        var newest = reports[0];
        foreach (var report in reports)
        {
            if (report.RefersTo.End > newest.RefersTo.End)
            {
                newest = report;
            }
        }
        return newest;
    }

    // The arithmetic mean of the figures dated within 7 days of the newest, ± t(n − 1) standard errors; one figure: its own interval.
    private static (double, double, double) LastWeek(CumulativeSimulation s)
    {
        var newest = Newest(s.Cumulative).RefersTo.End;
        var figures = s.Cumulative.Where(r => Period.DaysBetween(r.RefersTo.End, newest) <= 7).Select(r => r.Estimate.Median).ToArray();
        if (figures.Length == 1)
        {
            var interval = Newest(s.Cumulative).Estimate.Interval(0.95);
            return (figures[0], interval.Lower, interval.Upper);
        }
        double mean = figures.Average();
        double sd = Math.Sqrt(figures.Sum(x => (x - mean) * (x - mean)) / (figures.Length - 1));
        double half = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, figures.Length - 1, 0.975) * sd / Math.Sqrt(figures.Length);
        return (mean, Math.Max(mean - half, 0), mean + half);
    }

    /// <summary>Coverage of the 95% interval, error and width of one method over trials.</summary>
    internal sealed record Score(string Method, int Trials, double Coverage, double MedianAbsoluteLogError, double MeanLogError, double MedianWidthFactor);

    internal static IReadOnlyList<Score> Run(int firstSeed, int trials, IReadOnlyList<Method> methods, int days = DefaultDays)
    {
        var hits = new int[methods.Count];
        var errors = methods.Select(_ => new List<double>()).ToArray();
        var widths = methods.Select(_ => new List<double>()).ToArray();
        for (int t = 0; t < trials; t++)
        {
            var simulation = Draw(firstSeed + t, days);
            for (int m = 0; m < methods.Count; m++)
            {
                var (value, lower, upper) = methods[m].Estimate(simulation);
                hits[m] += lower <= simulation.Truth && simulation.Truth <= upper ? 1 : 0;
                errors[m].Add(Math.Log(value / simulation.Truth));
                widths[m].Add(lower > 0 ? upper / lower : double.PositiveInfinity);
            }
        }
        return methods.Select((method, m) => new Score(
            method.Name, trials, (double)hits[m] / trials, Median(errors[m].Select(Math.Abs)), errors[m].Average(), Median(widths[m]))).ToArray();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(x => x).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static double RoundToSignificant(double value, int digits)
    {
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)) - digits + 1);
        return Math.Max(1, Math.Round(value / magnitude) * magnitude);
    }

    private static double Normal(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
