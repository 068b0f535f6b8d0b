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
    /// from below (an upper bound on an earlier value, a forecast outside the window, or a method that cannot read a
    /// lower bound).
    /// </summary>
    Superseded,
}

/// <summary>
/// Stage 0 for a cumulative count (<see cref="Statistic.Cumulative"/>): which figures are the value as of the date,
/// which are earlier values read as lower bounds, and which are superseded; for a level (with
/// <see cref="AggregationOptions.SupersedeOlderLevels"/>), only which are superseded by their origins' newer figures
/// (<see cref="DecideLevel"/>). A pure function of the reports, the as-of
/// date, the window and whether the method reads bounds, so that every path that aggregates calls the same rule.
/// </summary>
/// <remarks>
/// A report's date is <see cref="Report.DatedDay"/>: the end of the time it refers to, never after the as-of date, less a
/// forecast's lead (<see cref="Report.IsForecast"/>: the days from its publication to the period it predicts), as its
/// weight counts it, so a prediction of next year is not the count's newest news, and outside the window it bounds
/// nothing (it predicts a later value, not an earlier one). Each origin's newest figure
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
    /// <summary>Whether the rule applies to reports about the quantity with this key (a cumulative count).</summary>
    internal static bool Applies(QuantityKey key) => key.Statistic == Statistic.Cumulative;

    /// <summary>Whether each origin's newest figure of the quantity supersedes its older ones as a level's (<see cref="AggregationOptions.SupersedeOlderLevels"/>; see <see cref="DecideLevel"/>).</summary>
    internal static bool SupersedesLevels(QuantityKey key, AggregationOptions options)
        => key.Statistic == Statistic.Level && options.SupersedeOlderLevels;

    /// <summary>Whether stage 0 selects among the quantity's reports by their dates: <see cref="Applies"/>, <see cref="SupersedesLevels"/> or a change's periods (<see cref="PeriodSelection"/>).</summary>
    internal static bool SelectsByDate(QuantityKey key, AggregationOptions options) => Applies(key) || SupersedesLevels(key, options) || PeriodSelection.Applies(key);

    /// <summary>
    /// Stage 0 for a level (<see cref="SupersedesLevels"/>): a report is <see cref="CumulativeRole.Superseded"/> when a
    /// report of the same origin (<see cref="Source.IsSameAs"/>) is news of a later day (<see cref="Report.DatedDay"/>: the
    /// end of the time the report refers to but never after the as-of date, less a forecast's lead), as <see cref="Decide"/>
    /// counts them, so an origin's forecast of next year does not supersede its figure of today; every other
    /// report is a <see cref="CumulativeRole.Point"/> (a level's earlier value bounds nothing). Figures of one origin
    /// on one day are all points. Pairs are compared by their origin key tags first, and the origins themselves read only
    /// for a pair whose tags agree or whose origin links to others (aliases, a derivation): most levels' reports come
    /// from as many origins as reports, and cost a few integer comparisons.
    /// </summary>
    /// <param name="reports">The quantity's reports.</param>
    /// <param name="used">The positions of those known as of the date.</param>
    /// <param name="asOfDay">The as-of date's day number (<see cref="Dates.DayNumber"/>).</param>
    /// <param name="roles">Receives each used report's role, in the order of <paramref name="used"/>.</param>
    /// <returns>The number of reports superseded.</returns>
    internal static int DecideLevel(ArraySegment<Report> reports, ReadOnlySpan<int> used, int asOfDay, Span<CumulativeRole> roles)
    {
        roles[..used.Length].Clear();
        for (int i = 1; i < used.Length; i++)
        {
            var report = reports[used[i]];
            int day = report.DatedDay(asOfDay);
            for (int j = 0; j < i; j++)
            {
                var other = reports[used[j]];
                int otherDay = other.DatedDay(asOfDay);
                if (day != otherDay && SameOrigin(report, other))
                {
                    roles[day < otherDay ? i : j] = CumulativeRole.Superseded;
                }
            }
        }
        int superseded = 0;
        foreach (var role in roles[..used.Length])
        {
            superseded += role == CumulativeRole.Superseded ? 1 : 0;
        }
        return superseded;
    }

    /// <summary>
    /// <see cref="DecideLevel"/> where the used
    /// reports' origins are known by group (<paramref name="groups"/>, 0 to <paramref name="groupCount"/> − 1, equal
    /// exactly for reports of the same origin: <see cref="ReportColumns.OriginGroups"/>): a report is superseded when its
    /// day is before the newest day of its group, which is when some report of the same origin refers to a later day,
    /// so the roles are those of the pairwise rule, found in one pass over the reports instead of over every pair.
    /// </summary>
    /// <returns>The number of reports superseded.</returns>
    internal static int DecideLevelByGroups(ArraySegment<Report> reports, ReadOnlySpan<int> used, ReadOnlySpan<int> groups, int groupCount, int asOfDay, Span<CumulativeRole> roles)
    {
        Span<int> days = used.Length <= 256 ? stackalloc int[used.Length] : new int[used.Length];
        Span<int> newest = groupCount <= 256 ? stackalloc int[groupCount] : new int[groupCount];
        newest.Fill(int.MinValue);
        for (int i = 0; i < used.Length; i++)
        {
            int day = reports[used[i]].DatedDay(asOfDay);
            days[i] = day;
            ref int groupNewest = ref newest[groups[i]];
            groupNewest = Math.Max(groupNewest, day);
        }
        int superseded = 0;
        for (int i = 0; i < used.Length; i++)
        {
            bool older = days[i] < newest[groups[i]];
            roles[i] = older ? CumulativeRole.Superseded : CumulativeRole.Point;
            superseded += older ? 1 : 0;
        }
        return superseded;
    }

    // Equal keys (tags first), or an origin that links to others through its aliases.
    private static bool SameOrigin(Report a, Report b)
        => a.LinksOrigin || b.LinksOrigin
            ? a.Provenance.Origin.IsSameAs(b.Provenance.Origin)
            : a.OriginKeyTag == b.OriginKeyTag && string.Equals(a.OriginKey, b.OriginKey, StringComparison.Ordinal);

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
            // The day the figure is news of (Report.DatedDay): a figure of a period ahead is not the newest news of the
            // count, and must not make the fresh figures earlier values.
            days[i] = reports[i].DatedDay(asOfDay);
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
                : newest - days[i] <= windowDays ? CumulativeRole.Point
                : reports[i].IsForecast ? CumulativeRole.Superseded
                : CumulativeRole.LowerBound;
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
    /// 60,000") at its centre. A point at the scale's edge (an earlier "100%", whose centre on the logit scale is
    /// infinite) bounds from the lower end of its rounding bin, as it enters as a point.
    /// </summary>
    internal static void AsLowerBound(ref ReportReading reading)
    {
        if (reading.Claim is ClaimForm.Point or ClaimForm.AtMost)
        {
            reading.Lower = reading.Value;
            reading.ScaledLower = double.IsFinite(reading.Center) || !double.IsFinite(reading.BinLower) ? reading.Center : reading.BinLower;
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
