using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using NodaTime;

namespace ForceEstimates.Consistency;

/// <summary>The <see cref="ConsistencyRule.ChangeAgainstEnds"/> rule: a period's change against the amounts at its ends.</summary>
public static partial class ConsistencyCheck
{
    // What a period's change is, from the amount when it began and the amount at its end.
    private static readonly Formula EndMinusStart = Formula.Parse("end - start");

    // What was lost over a period, from the territory held when it began and at its end.
    private static readonly Formula StartMinusEnd = Formula.Parse("start - end");

    private sealed partial class Check
    {
        private Comparison<int>? byEndThenOrder;

        internal void ChangesAgainstEnds()
        {
            var found = new Found();
            var groups = Groups();
            Dictionary<string, List<int>>? heldAt = null; // a place → the groups of its sides' ground held (levels in an area)
            for (var g = 0; g < groups.Count; g++)
            {
                var key = groups.Key(g);
                // A change of a share is ambiguous: "grew by 5%" may be points or a ratio.
                if (key.Statistic != Statistic.Change || key.CanonicalUnit!.Dimension == Dimension.Ratio)
                {
                    continue;
                }
                var changes = groups.Members(g);
                // Ground lost over a period ("lost about 430 km² in August") is the fall of the same side's ground held.
                var ground = key.CanonicalUnit!.Dimension == Dimension.Area && (key.Metric == Metric.TerritoryHeld || key.Metric == Metric.TerritoryLost);
                var lost = ground && key.Metric == Metric.TerritoryLost;
                var metric = lost ? Metric.TerritoryHeld : key.Metric!;
                foreach (var statistic in (ReadOnlySpan<Statistic>)[Statistic.Level, Statistic.Cumulative])
                {
                    if (!(lost && statistic != Statistic.Level))
                    {
                        var ends = groups.MembersOf(new QuantityKey(metric, key.Subject!, key.Place, statistic, key.CanonicalUnit!));
                        AddChanges(changes, ends, statistic, lost, otherSide: false, found);
                    }
                }
                if (ground && key.Place is not null)
                {
                    // One side's ground taken is the other's ground lost: another side's levels at the place, compared loosely.
                    heldAt ??= HeldLevelsByPlace(groups);
                    foreach (var other in heldAt.GetValueOrDefault(key.Place) ?? [])
                    {
                        if (!string.Equals(groups.Key(other).Subject, key.Subject, StringComparison.OrdinalIgnoreCase))
                        {
                            AddChanges(changes, groups.Members(other), Statistic.Level, falls: !lost, otherSide: true, found);
                        }
                    }
                }
            }
            AddSorted(found);
        }

        /// <summary>The groups of ground held (levels in an area) by their place.</summary>
        private static Dictionary<string, List<int>> HeldLevelsByPlace(QuantityGroups groups)
        {
            var byPlace = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
            for (var g = 0; g < groups.Count; g++)
            {
                var key = groups.Key(g);
                if (key.Metric == Metric.TerritoryHeld && key.Statistic == Statistic.Level && key.Place is not null && key.CanonicalUnit!.Dimension == Dimension.Area)
                {
                    if (!byPlace.TryGetValue(key.Place, out var list))
                    {
                        byPlace[key.Place] = list = [];
                    }
                    list.Add(g);
                }
            }
            return byPlace;
        }

        /// <summary>Each change against each origin's series of <paramref name="ends"/> that has reports at both its ends.</summary>
        private void AddChanges(ReadOnlySpan<int> changes, Span<int> ends, Statistic statistic, bool falls, bool otherSide, Found found)
        {
            if (ends.Length < 2)
            {
                return;
            }
            // One series per origin: a difference of two sources' figures would be a difference of their ways of counting.
            List<List<int>> series = OneOrigin(ends) ? [[.. ends]] : ByOrigin(ends);
            foreach (var s in series)
            {
                if (s.Count < 2)
                {
                    continue;
                }
                var sorted = CollectionsMarshal.AsSpan(s);
                sorted.Sort(byEndThenOrder ??= (a, b) =>
                {
                    var order = reports[a].RefersTo.End.CompareTo(reports[b].RefersTo.End);
                    return order != 0 ? order : a.CompareTo(b);
                });
                foreach (var c in changes)
                {
                    if (EndsOf(c, sorted, statistic) is var (start, end))
                    {
                        found.Add(c, start, ChangeFinding(c, start, end, falls, otherSide));
                    }
                }
            }
        }

        /// <summary>
        /// The series' amounts when the change's period began and at its last day, each the one nearest its day, at most a
        /// quarter of the period (and <see cref="ConsistencyOptions.TimeWindowDays"/>) away; the start ending strictly before
        /// the end. A day's change ("1,200 killed on 3 May") began when the day before ended: its start is that day's amount,
        /// exactly. A longer period began on its first day ("in March" on 1 March; "in the past 24 hours", read as the day
        /// before and the day, on the day before), the day before it within the tolerance too. Cumulative ends must count
        /// from one start (both "as of" a day, or over periods that start together, no later than the change).
        /// </summary>
        private (int Start, int End)? EndsOf(int change, ReadOnlySpan<int> series, Statistic statistic)
        {
            var period = reports[change].RefersTo;
            var tolerance = Math.Min(options.TimeWindowDays, (Period.DaysBetween(period.Start, period.End) + 1) / 4);
            var before = period.Start == period.End ? period.Start.PlusDays(-1) : period.Start;
            var start = Nearest(series, before, tolerance, statistic, before);
            if (start < 0)
            {
                return null;
            }
            var end = Nearest(series, period.End, tolerance, statistic, before);
            if (end < 0 || reports[start].RefersTo.End >= reports[end].RefersTo.End)
            {
                return null;
            }
            if (statistic == Statistic.Cumulative)
            {
                DateInterval a = reports[start].RefersTo, b = reports[end].RefersTo;
                if (!Periods.IsDay(a) && !Periods.IsDay(b) && a.Start != b.Start)
                {
                    return null;
                }
            }
            return (start, end);
        }

        /// <summary>The series' report nearest <paramref name="day"/> within the tolerance (the first of equals), or −1.</summary>
        private int Nearest(ReadOnlySpan<int> series, LocalDate day, int tolerance, Statistic statistic, LocalDate before)
        {
            var target = new DateInterval(day, day);
            var from = day.PlusDays(-tolerance);
            // The series is sorted by end: skip to the first that ends within the tolerance.
            int lo = 0, hi = series.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (reports[series[mid]].RefersTo.End < from)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }
            var best = -1;
            var bestGap = int.MaxValue;
            for (var k = lo; k < series.Length; k++)
            {
                var period = reports[series[k]].RefersTo;
                if (period.Start > day.PlusDays(tolerance))
                {
                    // Periods end in order but may start earlier than an earlier one's end; only a long one could still
                    // reach back, and a level is a moment: stop at the first that starts past the tolerance.
                    if (statistic == Statistic.Level)
                    {
                        break;
                    }
                    continue;
                }
                // A cumulative count over a period that starts after the change began counts only part of what came before it.
                if (statistic == Statistic.Cumulative && !Periods.IsDay(period) && period.Start > before)
                {
                    continue;
                }
                var gap = statistic == Statistic.Cumulative ? Math.Abs(Period.DaysBetween(period.End, day)) : Periods.Gap(period, target);
                if (gap <= tolerance && gap < bestGap)
                {
                    best = series[k];
                    bestGap = gap;
                }
            }
            return best;
        }

        private ConsistencyFinding ChangeFinding(int c, int start, int end, bool falls, bool otherSide)
        {
            var change = reports[c];
            // A change from another origin than the series is compared loosely: it may count otherwise. So is one side's
            // change against another's ground: what one takes another need not have held (a third side, ground no one holds).
            var otherOrigin = !change.Provenance.SharesOriginWith(reports[start].Provenance);
            var loose = otherOrigin || otherSide;
            // The formula's inputs in its own order: "end - start" takes the end first, "start - end" the start.
            Report[] inputs = falls ? [reports[start], reports[end]] : [reports[end], reports[start]];
            var lost = change.Quantity.Metric == Metric.TerritoryLost;
            return RecomputedFinding(ConsistencyRule.ChangeAgainstEnds, falls ? StartMinusEnd : EndMinusStart, inputs, [change, reports[start], reports[end]],
                (lost ? "the territory lost " : "the change ") + Figure(change), loose, (f, demoted) => ExplainChange(f, falls, otherOrigin, otherSide, demoted));
        }

        private static string ExplainChange(ConsistencyFinding f, bool falls, bool otherOrigin, bool otherSide, bool demoted)
        {
            Report change = f.Reports[0], start = f.Reports[1], end = f.Reports[2];
            var what = start.Quantity.Statistic == Statistic.Level ? "level" : "cumulative count";
            if (otherSide || change.Quantity.Metric == Metric.TerritoryLost)
            {
                what = otherSide ? "territory held by " + start.Quantity.Subject : "territory held";
            }
            var (first, second) = falls ? (start, end) : (end, start);
            var named = change.Quantity.Metric == Metric.TerritoryLost ? "the territory lost"
                : otherSide ? "the ground " + change.Quantity.Subject + " took" : "the change";
            var description = $"{named} {Figure(change)} {Periods.Describe(change.RefersTo)} against {start.Provenance.Origin}'s {what} {Figure(first)} {Periods.Describe(first.RefersTo)} "
                + $"minus {Figure(second)} {Periods.Describe(second.RefersTo)}: " + RecomputedText(f.Recomputed!, change.Quantity.Unit.Symbol);
            var why = otherSide
                ? "another side's ground: what one side takes the other need not have held"
                : "the change comes from another origin than the series, which may count otherwise";
            var note = !(otherOrigin || otherSide) ? string.Empty
                : demoted ? why + ", so a disagreement is not called a violation"
                : otherSide ? "another side's ground" : "the change comes from another origin than the series";
            return Sentence(f, description, RelationOf(change), note);
        }
    }
}
