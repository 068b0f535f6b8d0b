using System;
using System.Collections.Generic;
using NodaTime;

namespace ForceEstimates.Aggregation;

/// <summary>How a figure of a cumulative count enters an aggregate as of a date (<see cref="CumulativeSelection"/>).</summary>
internal enum CumulativeRole : byte
{
    /// <summary>A figure of the value as of the date: it refers to within the window of the newest figure, and its origin has none newer.</summary>
    Point,

    /// <summary>A figure of an earlier value: the count never falls, so it is a lower bound of the value as of the date.</summary>
    LowerBound,

    /// <summary>
    /// Left out: its origin has a newer figure (a running tally's newest figure replaces its older ones, whose errors
    /// it repeats), or it is an earlier value that every figure as of the date already exceeds, or that says nothing
    /// from below (an upper bound on an earlier value, or a method that cannot read a lower bound).
    /// </summary>
    Superseded,
}

/// <summary>
/// Stage 0 for a cumulative count (<see cref="Statistic.Cumulative"/>): which figures are the value as of the date,
/// which are earlier values read as lower bounds, and which are superseded. A pure function of the reports, the as-of
/// date, the window and whether the method reads bounds, so that every path that aggregates calls the same rule.
/// </summary>
/// <remarks>
/// A report's date is the end of the time it refers to, never after the as-of date. Each origin's newest figure
/// supersedes its older ones: a source's successive figures of one count repeat its own error, so its older figures
/// add little beside its newest and would otherwise count the same error again. Across origins, a figure whose date
/// lies more than <see cref="AggregationOptions.CumulativeWindowDays"/> before the newest figure's is an earlier value
/// of a count that never falls: a lower bound of the value as of the date, with its own noise, when it lies at or
/// above the lowest figure of the value as of the date (below every one of them it is already exceeded). The newest figure is
/// always a point (its origin has none newer, and it lies within the window of itself), so a fit never rests on lower
/// bounds alone.
/// </remarks>
internal static class CumulativeSelection
{
    /// <summary>Whether the rule applies to reports about the quantity with this key.</summary>
    internal static bool Applies(QuantityKey key) => key.Statistic == Statistic.Cumulative;

    /// <summary>Decides each report's role as of <paramref name="asOf"/>.</summary>
    /// <param name="reports">The reports known as of the date, all about one cumulative quantity; at least one.</param>
    /// <param name="unit">The aggregate's unit, to compare figures in.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="windowDays">Figures dated within this many days of the newest are read as the value as of the date; at least 0.</param>
    /// <param name="readsBounds">Whether the method reads censored bounds; if not, earlier values are superseded too.</param>
    /// <param name="roles">Receives each report's role, in order; as long as <paramref name="reports"/>.</param>
    /// <returns>The number of reports superseded.</returns>
    internal static int Decide(ReadOnlySpan<Report> reports, Unit unit, LocalDate asOf, int windowDays, bool readsBounds, Span<CumulativeRole> roles)
    {
        int n = reports.Length;
        Span<int> days = n <= 256 ? stackalloc int[n] : new int[n];
        Span<int> originOf = n <= 256 ? stackalloc int[n] : new int[n];
        // Origins are few beside reports (a running tally reports daily): a scan of the distinct ones, matched as the
        // independence rule matches them (aliases included), stays linear in the reports.
        var origins = new List<Source>();
        var originNewest = new List<int>();
        int newest = int.MinValue;
        int asOfDay = Dates.DayNumber(asOf);
        for (int i = 0; i < n; i++)
        {
            // The day the figure refers to, or the as-of date when that is earlier: day numbers keep the dates' order.
            days[i] = Math.Min(reports[i].RefersToEndDay, asOfDay);
            newest = Math.Max(newest, days[i]);
            var origin = reports[i].Provenance.Origin;
            int o = origins.FindIndex(known => known.IsSameAs(origin));
            if (o < 0)
            {
                o = origins.Count;
                origins.Add(origin);
                originNewest.Add(int.MinValue);
            }
            originOf[i] = o;
            originNewest[o] = Math.Max(originNewest[o], days[i]);
        }
        double lowestPoint = double.PositiveInfinity;
        for (int i = 0; i < n; i++)
        {
            roles[i] = days[i] < originNewest[originOf[i]] ? CumulativeRole.Superseded
                : newest - days[i] > windowDays ? CumulativeRole.LowerBound
                : CumulativeRole.Point;
            if (roles[i] == CumulativeRole.Point)
            {
                lowestPoint = Math.Min(lowestPoint, Median(reports[i], unit));
            }
        }
        int superseded = 0;
        for (int i = 0; i < n; i++)
        {
            // An earlier value that every figure of the value as of the date already exceeds adds next to nothing, and
            // the learned noise fit's grid, stretched down to such a bound, loses the points' resolution (a bound 200
            // times below two points moved their median by 1.4% and doubled the noise multiple).
            if (roles[i] == CumulativeRole.LowerBound && !(readsBounds && BoundsFromBelow(reports[i].Estimate) && Median(reports[i], unit) >= lowestPoint))
            {
                roles[i] = CumulativeRole.Superseded;
            }
            superseded += roles[i] == CumulativeRole.Superseded ? 1 : 0;
        }
        return superseded;
    }

    /// <summary>
    /// Reads an earlier value as a lower bound of the value as of the date, with its own noise: a point at its centre
    /// (its standard error that of the point), a censored claim at its lower end; a claim with no lower end ("nearly
    /// 60,000") at its centre.
    /// </summary>
    internal static void AsLowerBound(ref ReportReading reading)
    {
        if (reading.Claim is ClaimForm.Point or ClaimForm.AtMost)
        {
            reading.Lower = reading.Value;
            reading.ScaledLower = reading.Center;
            reading.BoundStandardError = reading.StandardError;
            reading.BinLower = reading.BinUpper = double.NaN;
            reading.BoundReadThroughHedgeModel = false;
        }
        reading.Claim = ClaimForm.AtLeast;
        reading.Upper = double.PositiveInfinity;
        reading.ScaledUpper = double.PositiveInfinity;
        reading.EarlierValue = true;
    }

    // An upper bound alone ("up to 5,000") on an earlier value, or an earlier count of 0, says nothing about the value as of the date.
    private static bool BoundsFromBelow(Estimate estimate)
        => estimate.Median > 0 && (estimate.Hedge is not (HedgeKind.AtMost or HedgeKind.Below) || estimate.LowerBound is not null);

    private static double Median(Report report, Unit unit) => report.Quantity.Unit.Convert(report.Estimate.Median, unit);
}
