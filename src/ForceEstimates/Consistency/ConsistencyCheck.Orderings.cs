using System;
using System.Collections.Generic;

namespace ForceEstimates.Consistency;

/// <summary>The rules that compare two reports, one at most the other: parts, peaks, cumulative counts, categories.</summary>
public static partial class ConsistencyCheck
{
    private sealed partial class Check
    {
        // Stands in for the metric in keys that group reports of different metrics (categories and totals).
        private static readonly Metric AnyMetric = Metric.Of("any metric");

        private Dictionary<QuantityKey, Dictionary<string, List<int>>>? byPlace;

        internal void PartsOfWholes()
        {
            if (options.Parts.Count == 0)
            {
                return;
            }
            var found = new List<(int, int, ConsistencyFinding)>();
            var wholes = new Dictionary<string, HashSet<string>>(Names.Comparer);
            foreach (var places in ByPlace().Values)
            {
                foreach (var (place, parts) in places)
                {
                    if (!wholes.TryGetValue(place, out var wholesOfPlace))
                    {
                        wholes[place] = wholesOfPlace = options.WholesOf(place);
                    }
                    foreach (var whole in wholesOfPlace)
                    {
                        if (!places.TryGetValue(whole, out var inWhole))
                        {
                            continue;
                        }
                        foreach (var i in parts)
                        {
                            foreach (var j in inWhole)
                            {
                                var part = reports[i];
                                var all = reports[j];
                                if (Periods.Comparable(part.Quantity.Statistic, part.RefersTo, all.RefersTo, options.TimeWindowDays))
                                {
                                    var description = $"{Figure(part)} in {part.Quantity.Place} {Periods.Describe(part.RefersTo)} is part of {Figure(all)} in {all.Quantity.Place} {Periods.Describe(all.RefersTo)}";
                                    found.Add((i, j, Compare(ConsistencyRule.PartOfWhole, i, j, [part, all], description, "P(part ≤ whole)")));
                                }
                            }
                        }
                    }
                }
            }
            AddSorted(found);
        }

        internal void PeaksAndLevels()
        {
            var groups = new Dictionary<QuantityKey, (List<int> Peaks, List<int> Levels)>();
            for (var i = 0; i < reports.Length; i++)
            {
                var quantity = reports[i].Quantity;
                if (quantity.Statistic is not (Statistic.Peak or Statistic.Level))
                {
                    continue;
                }
                var key = new QuantityKey(quantity.Metric, quantity.Subject, quantity.Place, Statistic.Level, quantity.Unit.Canonical);
                if (!groups.TryGetValue(key, out var group))
                {
                    groups[key] = group = ([], []);
                }
                (quantity.Statistic == Statistic.Peak ? group.Peaks : group.Levels).Add(i);
            }
            var found = new List<(int, int, ConsistencyFinding)>();
            foreach (var (peaks, levels) in groups.Values)
            {
                foreach (var p in peaks)
                {
                    foreach (var l in levels)
                    {
                        var peak = reports[p];
                        var level = reports[l];
                        // A level outside the peak's period says nothing about that peak.
                        if (Periods.Within(level.RefersTo, peak.RefersTo))
                        {
                            var description = $"the level {Figure(level)} {Periods.Describe(level.RefersTo)} lies within the peak {Figure(peak)} {Periods.Describe(peak.RefersTo)}";
                            found.Add((p, l, Compare(ConsistencyRule.PeakAtLeastLevel, l, p, [peak, level], description, "P(level ≤ peak)")));
                        }
                    }
                }
            }
            AddSorted(found);
        }

        internal void CumulativeCounts()
        {
            var series = new Dictionary<(QuantityKey, int), List<int>>();
            int[]? origins = null;
            for (var i = 0; i < reports.Length; i++)
            {
                if (reports[i].Quantity.Statistic != Statistic.Cumulative)
                {
                    continue;
                }
                origins ??= OriginGroups();
                var key = (reports[i].Quantity.Key, origins[i]);
                if (!series.TryGetValue(key, out var list))
                {
                    series[key] = list = [];
                }
                list.Add(i);
            }
            var found = new List<(int, int, ConsistencyFinding)>();
            foreach (var list in series.Values)
            {
                if (list.Count < 2)
                {
                    continue;
                }
                list.Sort((a, b) =>
                {
                    var byEnd = reports[a].RefersTo.End.CompareTo(reports[b].RefersTo.End);
                    return byEnd != 0 ? byEnd : a.CompareTo(b);
                });
                // Each figure against those of the latest earlier date (several when one day has several figures).
                var start = 0;
                var previousStart = -1;
                for (var k = 1; k <= list.Count; k++)
                {
                    if (k < list.Count && reports[list[k]].RefersTo.End == reports[list[start]].RefersTo.End)
                    {
                        continue;
                    }
                    if (previousStart >= 0)
                    {
                        for (var later = start; later < k; later++)
                        {
                            for (var earlier = previousStart; earlier < start; earlier++)
                            {
                                var e = list[earlier];
                                var l = list[later];
                                if (Periods.CumulativeWithin(reports[e].RefersTo, reports[l].RefersTo))
                                {
                                    var description = $"{reports[e].Provenance.Origin}'s cumulative count: {Figure(reports[l])} {Periods.Describe(reports[l].RefersTo)} after {Figure(reports[e])} {Periods.Describe(reports[e].RefersTo)}";
                                    found.Add((e, l, Compare(ConsistencyRule.CumulativeNeverFalls, e, l, [reports[e], reports[l]], description, "P(later ≥ earlier)")));
                                }
                            }
                        }
                    }
                    previousStart = start;
                    start = k;
                }
            }
            AddSorted(found);
        }

        internal void CategoriesOfTotals()
        {
            if (options.Categories.Count == 0)
            {
                return;
            }
            var totalsOf = new Dictionary<string, List<string>>(Names.Comparer);
            foreach (var (category, total) in options.Categories)
            {
                if (!totalsOf.TryGetValue(category, out var totals))
                {
                    totalsOf[category] = totals = [];
                }
                totals.Add(total);
            }
            Dictionary<QuantityKey, Dictionary<string, List<int>>>? groups = null;
            for (var i = 0; i < reports.Length; i++)
            {
                var quantity = reports[i].Quantity;
                if (!totalsOf.ContainsKey(quantity.Metric.Name) && !IsTotal(quantity.Metric.Name))
                {
                    continue;
                }
                groups ??= [];
                var key = new QuantityKey(AnyMetric, quantity.Subject, quantity.Place, quantity.Statistic, quantity.Unit.Canonical);
                if (!groups.TryGetValue(key, out var metrics))
                {
                    groups[key] = metrics = new Dictionary<string, List<int>>(Names.Comparer);
                }
                if (!metrics.TryGetValue(quantity.Metric.Name, out var list))
                {
                    metrics[quantity.Metric.Name] = list = [];
                }
                list.Add(i);
            }
            if (groups is null)
            {
                return;
            }
            var found = new List<(int, int, ConsistencyFinding)>();
            foreach (var metrics in groups.Values)
            {
                foreach (var (metric, categories) in metrics)
                {
                    if (!totalsOf.TryGetValue(metric, out var totals))
                    {
                        continue;
                    }
                    foreach (var total in totals)
                    {
                        if (!metrics.TryGetValue(total, out var inTotal))
                        {
                            continue;
                        }
                        foreach (var c in categories)
                        {
                            foreach (var t in inTotal)
                            {
                                var category = reports[c];
                                var all = reports[t];
                                if (Periods.Comparable(category.Quantity.Statistic, category.RefersTo, all.RefersTo, options.TimeWindowDays))
                                {
                                    var description = $"{Figure(category)} {category.Quantity.Metric} {Periods.Describe(category.RefersTo)} is counted in {Figure(all)} {all.Quantity.Metric} {Periods.Describe(all.RefersTo)}";
                                    found.Add((c, t, Compare(ConsistencyRule.CategoryWithinTotal, c, t, [category, all], description, "P(category ≤ total)")));
                                }
                            }
                        }
                    }
                }
            }
            AddSorted(found);

            bool IsTotal(string metric)
            {
                foreach (var (_, total) in options.Categories)
                {
                    if (Names.Comparer.Equals(total, metric))
                    {
                        return true;
                    }
                }
                return false;
            }
        }

        /// <summary>Reports with a place, grouped by metric, subject, statistic and dimension, then by place.</summary>
        private Dictionary<QuantityKey, Dictionary<string, List<int>>> ByPlace()
        {
            if (byPlace is not null)
            {
                return byPlace;
            }
            byPlace = [];
            for (var i = 0; i < reports.Length; i++)
            {
                var quantity = reports[i].Quantity;
                if (quantity.Place is null)
                {
                    continue;
                }
                var key = new QuantityKey(quantity.Metric, quantity.Subject, null, quantity.Statistic, quantity.Unit.Canonical);
                if (!byPlace.TryGetValue(key, out var places))
                {
                    byPlace[key] = places = new Dictionary<string, List<int>>(Names.Comparer);
                }
                if (!places.TryGetValue(quantity.Place, out var list))
                {
                    places[quantity.Place] = list = [];
                }
                list.Add(i);
            }
            return byPlace;
        }

        /// <summary>A number per report: reports whose origins are one source (by name or alias) share it.</summary>
        private int[] OriginGroups()
        {
            var parent = new int[reports.Length];
            for (var i = 0; i < parent.Length; i++)
            {
                parent[i] = i;
            }
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < reports.Length; i++)
            {
                var origin = reports[i].Provenance.Origin;
                Link(origin.Key, i);
                foreach (var alias in origin.AliasKeys)
                {
                    Link(alias, i);
                }
            }
            for (var i = 0; i < parent.Length; i++)
            {
                parent[i] = Find(i);
            }
            return parent;

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
