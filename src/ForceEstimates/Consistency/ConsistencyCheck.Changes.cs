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
                var lost = key.Metric == Metric.TerritoryLost && key.CanonicalUnit!.Dimension == Dimension.Area;
                var metric = lost ? Metric.TerritoryHeld : key.Metric!;
                foreach (var statistic in (ReadOnlySpan<Statistic>)[Statistic.Level, Statistic.Cumulative])
                {
                    if (lost && statistic != Statistic.Level)
                    {
                        continue;
                    }
                    var ends = groups.MembersOf(new QuantityKey(metric, key.Subject!, key.Place, statistic, key.CanonicalUnit!));
                    if (ends.Length < 2)
                    {
                        continue;
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
                                found.Add(c, start, ChangeFinding(c, start, end, lost));
                            }
                        }
                    }
                }
            }
            AddSorted(found);
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

        private ConsistencyFinding ChangeFinding(int c, int start, int end, bool lost)
        {
            var change = reports[c];
            // A change from another origin than the series is compared loosely: it may count otherwise.
            var loose = !change.Provenance.SharesOriginWith(reports[start].Provenance);
            // The formula's inputs in its own order: "end - start" takes the end first, "start - end" the start.
            Report[] inputs = lost ? [reports[start], reports[end]] : [reports[end], reports[start]];
            return RecomputedFinding(ConsistencyRule.ChangeAgainstEnds, lost ? StartMinusEnd : EndMinusStart, inputs, [change, reports[start], reports[end]],
                (lost ? "the territory lost " : "the change ") + Figure(change), loose, (f, demoted) => ExplainChange(f, lost, loose, demoted));
        }

        private static string ExplainChange(ConsistencyFinding f, bool lost, bool loose, bool demoted)
        {
            Report change = f.Reports[0], start = f.Reports[1], end = f.Reports[2];
            var what = start.Quantity.Statistic == Statistic.Level ? "level" : "cumulative count";
            var description = lost
                ? $"the territory lost {Figure(change)} {Periods.Describe(change.RefersTo)} against {start.Provenance.Origin}'s territory held {Figure(start)} {Periods.Describe(start.RefersTo)} "
                    + $"minus {Figure(end)} {Periods.Describe(end.RefersTo)}: " + RecomputedText(f.Recomputed!, change.Quantity.Unit.Symbol)
                : $"the change {Figure(change)} {Periods.Describe(change.RefersTo)} against {start.Provenance.Origin}'s {what} {Figure(end)} {Periods.Describe(end.RefersTo)} "
                    + $"minus {Figure(start)} {Periods.Describe(start.RefersTo)}: " + RecomputedText(f.Recomputed!, change.Quantity.Unit.Symbol);
            var note = !loose ? string.Empty
                : demoted ? "the change comes from another origin than the series, which may count otherwise, so a disagreement is not called a violation"
                : "the change comes from another origin than the series";
            return Sentence(f, description, RelationOf(change), note);
        }
    }
}
