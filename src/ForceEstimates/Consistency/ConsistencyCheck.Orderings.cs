using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace ForceEstimates.Consistency;

/// <summary>The rules that compare two reports, one at most the other: parts, peaks, cumulative counts, categories.</summary>
public static partial class ConsistencyCheck
{
    private sealed partial class Check
    {
        private QuantityGroups? groups;
        private Comparison<int>? byEnd;

        internal void PartsOfWholes()
        {
            if (options.Parts.Count == 0 && options.Subgroups.Count == 0)
            {
                return;
            }
            var found = new Found();
            var wholes = new Dictionary<string, HashSet<string>>(Names.Comparer);
            var groupsOfSubject = new Dictionary<string, HashSet<string>>(Names.Comparer);
            var groups = Groups();
            for (var g = 0; g < groups.Count; g++)
            {
                var key = groups.Key(g);
                // A share is not additive: 40% of a part's territory may be 5% of the whole's.
                if (key.Statistic == Statistic.Change || key.CanonicalUnit!.Dimension == Dimension.Ratio)
                {
                    continue;
                }
                var place = key.Place;
                var subject = key.Subject!;
                HashSet<string>? wholesOfPlace = null;
                if (place is not null && !wholes.TryGetValue(place, out wholesOfPlace))
                {
                    wholes[place] = wholesOfPlace = options.WholesOf(place);
                }
                if (!groupsOfSubject.TryGetValue(subject, out var wider))
                {
                    groupsOfSubject[subject] = wider = options.GroupsOf(subject);
                }
                if ((wholesOfPlace is null || wholesOfPlace.Count == 0) && wider.Count == 0)
                {
                    continue;
                }
                // The whole: the same subject in a place the part's is part of, or a group the subject belongs to in the
                // part's place or one it is part of.
                foreach (var whole in wholesOfPlace ?? [])
                {
                    Pairs(g, subject, whole);
                }
                foreach (var group in wider)
                {
                    Pairs(g, group, place);
                    foreach (var whole in wholesOfPlace ?? [])
                    {
                        Pairs(g, group, whole);
                    }
                }
            }
            AddSorted(found);

            void Pairs(int part, string wholeSubject, string? wholePlace)
            {
                var key = groups.Key(part);
                var inWhole = groups.MembersOf(new QuantityKey(key.Metric!, wholeSubject, wholePlace, key.Statistic, key.CanonicalUnit!));
                foreach (var i in groups.Members(part))
                {
                    foreach (var j in inWhole)
                    {
                        if (Periods.Comparable(key.Statistic, reports[i].RefersTo, reports[j].RefersTo, options.TimeWindowDays))
                        {
                            found.Add(i, j, Compare(ConsistencyRule.PartOfWhole, i, j, [reports[i], reports[j]], ExplainPart));
                        }
                    }
                }
            }
        }

        internal void PeaksAndLevels()
        {
            var found = new Found();
            var groups = Groups();
            for (var g = 0; g < groups.Count; g++)
            {
                var key = groups.Key(g);
                if (key.Statistic != Statistic.Peak)
                {
                    continue;
                }
                var peaks = groups.Members(g);
                var levels = groups.MembersOf(new QuantityKey(key.Metric!, key.Subject!, key.Place, Statistic.Level, key.CanonicalUnit!));
                foreach (var p in peaks)
                {
                    // A level outside the peak's period says nothing about that peak.
                    foreach (var l in levels)
                    {
                        if (Periods.Within(reports[l].RefersTo, reports[p].RefersTo))
                        {
                            found.Add(p, l, Compare(ConsistencyRule.PeakAtLeastLevel, l, p, [reports[p], reports[l]], ExplainPeak));
                        }
                    }
                    // The peak over a shorter period inside this one is one of its levels; over the same period it is the same figure.
                    foreach (var q in peaks)
                    {
                        if (q != p && !reports[q].RefersTo.Equals(reports[p].RefersTo) && Periods.Within(reports[q].RefersTo, reports[p].RefersTo))
                        {
                            found.Add(p, q, Compare(ConsistencyRule.PeakAtLeastLevel, q, p, [reports[p], reports[q]], ExplainPeak));
                        }
                    }
                }
            }
            AddSorted(found);
        }

        internal void CumulativeCounts()
        {
            var found = new Found();
            var groups = Groups();
            for (var g = 0; g < groups.Count; g++)
            {
                var all = groups.Members(g);
                if (groups.Key(g).Statistic != Statistic.Cumulative || all.Length < 2)
                {
                    continue;
                }
                if (OneOrigin(all))
                {
                    CompareInTimeOrder(all, found);
                    continue;
                }
                foreach (var series in ByOrigin(all))
                {
                    CompareInTimeOrder(CollectionsMarshal.AsSpan(series), found);
                }
            }
            AddSorted(found);
        }

        // Each figure against those of the latest earlier date (several when one day has several figures),
        // and against the highest figure before that date when it is higher than all of them: a fall
        // is not hidden by a bound in between ("about 20,000", then "at least 300", then "about 10,000").
        private void CompareInTimeOrder(Span<int> series, Found found)
        {
            if (series.Length < 2)
            {
                return;
            }
            series.Sort(byEnd ??= (a, b) =>
            {
                var order = reports[a].RefersTo.End.CompareTo(reports[b].RefersTo.End);
                return order != 0 ? order : a.CompareTo(b);
            });
            var start = 0;
            var previousStart = -1;
            var highest = -1;
            var highestFloor = double.NegativeInfinity;
            for (var k = 1; k <= series.Length; k++)
            {
                if (k < series.Length && reports[series[k]].RefersTo.End == reports[series[start]].RefersTo.End)
                {
                    continue;
                }
                if (previousStart >= 0)
                {
                    var previousFloor = double.NegativeInfinity;
                    for (var earlier = previousStart; earlier < start; earlier++)
                    {
                        previousFloor = Math.Max(previousFloor, FloorOf(series[earlier]));
                    }
                    var alsoHighest = highest >= 0 && highestFloor > previousFloor;
                    for (var later = start; later < k; later++)
                    {
                        var l = series[later];
                        for (var earlier = previousStart; earlier < start; earlier++)
                        {
                            CompareCumulative(series[earlier], l, found);
                        }
                        if (alsoHighest)
                        {
                            CompareCumulative(highest, l, found);
                        }
                    }
                    for (var earlier = previousStart; earlier < start; earlier++)
                    {
                        var floor = FloorOf(series[earlier]);
                        if (floor > highestFloor)
                        {
                            highest = series[earlier];
                            highestFloor = floor;
                        }
                    }
                }
                previousStart = start;
                start = k;
            }
        }

        private void CompareCumulative(int earlier, int later, Found found)
        {
            if (Periods.CumulativeWithin(reports[earlier].RefersTo, reports[later].RefersTo))
            {
                found.Add(earlier, later, Compare(ConsistencyRule.CumulativeNeverFalls, earlier, later, [reports[earlier], reports[later]], ExplainCumulative));
            }
        }

        // How high an earlier figure holds a later one: a lower bound at its number, a reading at its
        // median; an upper bound not at all (any later figure is compatible with it).
        private double FloorOf(int index)
        {
            var claim = ClaimOf(index);
            return claim.IsUpperBound ? double.NegativeInfinity : claim.IsLowerBound ? claim.LowerBound : claim.Reading.Median;
        }

        internal void CategoriesOfTotals()
        {
            if (options.Categories.Count == 0)
            {
                return;
            }
            var totalsOf = new Dictionary<string, List<Metric>>(Names.Comparer);
            foreach (var (category, total) in options.Categories)
            {
                if (!totalsOf.TryGetValue(category, out var totals))
                {
                    totalsOf[category] = totals = [];
                }
                totals.Add(Metric.Of(total));
            }
            var found = new Found();
            var groups = Groups();
            for (var g = 0; g < groups.Count; g++)
            {
                var key = groups.Key(g);
                if (!totalsOf.TryGetValue(key.Metric!.Name, out var totals))
                {
                    continue;
                }
                foreach (var total in totals)
                {
                    var inTotal = groups.MembersOf(new QuantityKey(total, key.Subject!, key.Place, key.Statistic, key.CanonicalUnit!));
                    foreach (var c in groups.Members(g))
                    {
                        foreach (var t in inTotal)
                        {
                            if (Periods.Comparable(key.Statistic, reports[c].RefersTo, reports[t].RefersTo, options.TimeWindowDays))
                            {
                                found.Add(c, t, Compare(ConsistencyRule.CategoryWithinTotal, c, t, [reports[c], reports[t]], ExplainCategory));
                            }
                        }
                    }
                }
            }
            AddSorted(found);
        }

        private static string ExplainPart(ConsistencyFinding f)
        {
            Report part = f.Reports[0], whole = f.Reports[1];
            return PairSentence(f, $"{Figure(part)}{Who(part, whole)} {Periods.Describe(part.RefersTo)} is part of {Figure(whole)}{Who(whole, part)} {Periods.Describe(whole.RefersTo)}",
                "P(part ≤ whole)", part, whole);

            // The subject when the two differ ("children", "people"), and the place when there is one.
            static string Who(Report report, Report other)
            {
                var subject = Names.Comparer.Equals(report.Quantity.Subject, other.Quantity.Subject) ? "" : " " + report.Quantity.Subject;
                return report.Quantity.Place is { } place ? subject + " in " + place : subject;
            }
        }

        private static string ExplainPeak(ConsistencyFinding f)
        {
            Report peak = f.Reports[0], level = f.Reports[1];
            var what = level.Quantity.Statistic == Statistic.Peak ? "peak" : "level";
            return PairSentence(f, $"the {what} {Figure(level)} {Periods.Describe(level.RefersTo)} lies within the peak {Figure(peak)} {Periods.Describe(peak.RefersTo)}",
                "P(level ≤ peak)", level, peak);
        }

        private static string ExplainCumulative(ConsistencyFinding f)
        {
            Report earlier = f.Reports[0], later = f.Reports[1];
            return PairSentence(f, $"{earlier.Provenance.Origin}'s cumulative count: {Figure(later)} {Periods.Describe(later.RefersTo)} after {Figure(earlier)} {Periods.Describe(earlier.RefersTo)}",
                "P(later ≥ earlier)", earlier, later);
        }

        private static string ExplainCategory(ConsistencyFinding f)
        {
            Report category = f.Reports[0], total = f.Reports[1];
            return PairSentence(f, $"{Figure(category)} {category.Quantity.Metric} {Periods.Describe(category.RefersTo)} is counted in {Figure(total)} {total.Quantity.Metric} {Periods.Describe(total.RefersTo)}",
                "P(category ≤ total)", category, total);
        }

        /// <summary>Every report by its quantity's key (metric, subject, place, statistic, dimension), in the order given; built once and shared by the rules.</summary>
        private QuantityGroups Groups() => groups ??= new QuantityGroups(reports);

        // Usually one source tells one quantity's count: no aliases to join, one series.
        private bool OneOrigin(ReadOnlySpan<int> indices)
        {
            var single = reports[indices[0]].Provenance.Origin;
            if (single.AliasKeys.Count != 0)
            {
                return false;
            }
            for (var k = 1; k < indices.Length; k++)
            {
                var origin = reports[indices[k]].Provenance.Origin;
                if (!ReferenceEquals(origin, single) && (origin.AliasKeys.Count != 0 || !string.Equals(origin.Key, single.Key, StringComparison.Ordinal)))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>The reports split by origin: those whose origins are one source (by name or alias, transitively) go together, in order.</summary>
        private List<List<int>> ByOrigin(ReadOnlySpan<int> indices)
        {
            var parent = new int[indices.Length];
            for (var k = 0; k < parent.Length; k++)
            {
                parent[k] = k;
            }
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var k = 0; k < indices.Length; k++)
            {
                var origin = reports[indices[k]].Provenance.Origin;
                Link(origin.Key, k);
                foreach (var alias in origin.AliasKeys)
                {
                    Link(alias, k);
                }
            }
            var byOrigin = new List<List<int>>();
            var groupOf = new int[indices.Length];
            for (var k = 0; k < indices.Length; k++)
            {
                var root = Find(k);
                if (root == k)
                {
                    groupOf[k] = byOrigin.Count;
                    byOrigin.Add([]);
                }
                else
                {
                    groupOf[k] = groupOf[root];
                }
                byOrigin[groupOf[k]].Add(indices[k]);
            }
            return byOrigin;

            void Link(string name, int index)
            {
                if (first.TryGetValue(name, out var other))
                {
                    var a = Find(index);
                    var b = Find(other);
                    parent[Math.Max(a, b)] = Math.Min(a, b);
                }
                else
                {
                    first.Add(name, index);
                }
            }

            int Find(int node)
            {
                while (parent[node] != node)
                {
                    parent[node] = parent[parent[node]];
                    node = parent[node];
                }
                return node;
            }
        }
    }
}
