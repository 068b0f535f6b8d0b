using System;
using System.Collections.Generic;
using System.Linq;

namespace ForceEstimates.Consistency;

/// <summary>The <see cref="ConsistencyRule.DerivedFigure"/> rule: a derived figure recomputed from its inputs.</summary>
public static partial class ConsistencyCheck
{
    private sealed partial class Check
    {
        internal void DerivedFigures()
        {
            HashSet<int>? cyclic = null;
            for (var i = 0; i < reports.Length; i++)
            {
                var derived = reports[i];
                if (derived.Provenance.DerivedFrom.Count == 0)
                {
                    continue;
                }
                cyclic ??= InCycles();
                var description = "the derived figure " + Figure(derived);
                var formula = derived.Provenance.Formula;
                var named = derived.Provenance.DerivedFrom.Where(byId.ContainsKey).Select(id => reports[byId[id]]);
                if (formula is null)
                {
                    Findings.Add(Unchecked(ConsistencyRule.DerivedFigure, [derived, .. named], description,
                        $"it is derived from {string.Join(", ", derived.Provenance.DerivedFrom)}, but its provenance states no formula to recompute it with"));
                    continue;
                }
                var missing = Missing(formula);
                if (missing.Count > 0)
                {
                    Findings.Add(Unchecked(ConsistencyRule.DerivedFigure, [derived, .. named], description,
                        $"{string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} not among the reports"));
                    continue;
                }
                var inputs = formula.Inputs.Select(id => reports[byId[id]]).ToArray();
                if (cyclic.Contains(i))
                {
                    Findings.Add(Unchecked(ConsistencyRule.DerivedFigure, [derived, .. inputs], description,
                        $"it is part of a cycle of derivations ({string.Join(" → ", CyclePath(i))}), so its inputs do not come first"));
                    continue;
                }
                if (!TryRecompute(derived, formula, out var recomputed, out var distribution, out var failure))
                {
                    Findings.Add(Unchecked(ConsistencyRule.DerivedFigure, [derived, .. inputs], description, failure));
                    continue;
                }
                Findings.Add(Finding(ConsistencyRule.DerivedFigure, [derived, .. inputs], DerivedProbability(derived, distribution!), ExplainDerived, recomputed, distribution));
            }
        }

        /// <summary>The formula's inputs that are not among the reports.</summary>
        internal List<string> Missing(Formula formula) => formula.Inputs.Where(id => !byId.ContainsKey(id)).ToList();

        /// <summary>
        /// The formula applied to the inputs' readings (found by id), in the derived report's unit; or why it cannot be.
        /// A sample set's estimate is left to the caller (null): its interval is finite, and making it sorts the samples.
        /// </summary>
        internal bool TryRecompute(Report derived, Formula formula, out Estimate? recomputed, out EstimateDistribution? distribution, out string failure)
            => TryRecompute(derived, formula, formula.Inputs.Select(id => reports[byId[id]]).ToArray(), out recomputed, out distribution, out failure);

        /// <summary>The formula applied to the readings of <paramref name="inputs"/>, one per input name in order, in the derived report's unit; or why it cannot be.</summary>
        private bool TryRecompute(Report derived, Formula formula, Report[] inputs, out Estimate? recomputed, out EstimateDistribution? distribution, out string failure)
        {
            recomputed = null;
            distribution = null;
            if (!FormulaUnits.TryResolve(formula, inputs.Select(r => r.Quantity.Unit).ToArray(), derived.Quantity.Unit, out var factors, out var resultFactor, out failure))
            {
                return false;
            }
            var readings = new EstimateDistribution[inputs.Length];
            var arithmetic = sampling;
            for (var k = 0; k < inputs.Length; k++)
            {
                var reading = inputs[k].Estimate.Distribution;
                readings[k] = factors[k] == 1 ? reading : ScaledDistribution.Of(reading, factors[k]);
                for (var m = 0; m < k; m++)
                {
                    var correlation = CorrelationOf(inputs[k], inputs[m]);
                    if (correlation != 0)
                    {
                        arithmetic = arithmetic.WithCorrelation(m, k, correlation);
                    }
                }
            }
            try
            {
                distribution = Arithmetic.Compute(formula, readings, arithmetic, resultFactor, nameof(derived), Scratch);
                recomputed = distribution is SampleDistribution ? null : Estimate.FromDistribution(distribution);
                return true;
            }
            catch (ArgumentException e)
            {
                failure = "the arithmetic fails on the inputs' readings: " + e.Message.TrimEnd('.');
                return false;
            }
        }

        /// <summary>
        /// A figure the formula recomputes from other reports, which declared no formula of their own (territory lost from
        /// the territory held, a change from the amounts at its ends): its probability as for a derived figure; a loose
        /// pairing (one that may join things that are not one) can confirm but not condemn, so its violation is
        /// inconclusive. <paramref name="involved"/> starts with the stated figure.
        /// </summary>
        private ConsistencyFinding RecomputedFinding(ConsistencyRule rule, Formula formula, Report[] inputs, Report[] involved, string description, bool loose, Func<ConsistencyFinding, bool, string> explain)
        {
            var stated = involved[0];
            if (!TryRecompute(stated, formula, inputs, out var recomputed, out var distribution, out var failure))
            {
                return Unchecked(rule, involved, description, failure);
            }
            var probability = DerivedProbability(stated, distribution!);
            var verdict = VerdictOf(probability);
            var demoted = loose && verdict == Verdict.Violated;
            return new(rule, involved, probability, demoted ? Verdict.Inconclusive : verdict, f => explain(f, demoted), recomputed, distribution);
        }

        /// <summary>
        /// One-sided claims: P(the recomputed value lies beyond the bound). Others (a point, "about", a
        /// range, "nearly"): the two-sided tail probability of the stated reading under the recomputed.
        /// </summary>
        private double DerivedProbability(Report derived, EstimateDistribution recomputed)
        {
            var stated = derived.Estimate;
            var bound = stated.Stated.Value;
            switch (stated.Hedge)
            {
                case HedgeKind.Above or HedgeKind.AtLeast:
                    return 1 - recomputed.Cdf(stated.Hedge == HedgeKind.Above ? bound : Math.BitDecrement(bound));
                case HedgeKind.AtMost or HedgeKind.Below:
                    return recomputed.Cdf(stated.Hedge == HedgeKind.Below ? Math.BitDecrement(bound) : bound);
                default:
                    var below = Ordering.ProbabilityAtMost(recomputed, stated.Distribution, 0, sampling);
                    return Math.Min(1, 2 * Math.Min(below, 1 - below));
            }
        }

        private static string ExplainDerived(ConsistencyFinding f)
        {
            var derived = f.Reports[0];
            var description = $"the derived figure {Figure(derived)} against {derived.Provenance.Formula} recomputed from {string.Join(" and ", f.Reports.Skip(1).Select(Figure))}: "
                + RecomputedText(f.Recomputed!, derived.Quantity.Unit.Symbol);
            return Sentence(f, description, RelationOf(derived));
        }

        /// <summary>What the probability of a recomputed figure is, by the stated figure's hedge: P(recomputed &gt; 40 %) for "over 40%".</summary>
        private static string RelationOf(Report derived)
        {
            var stated = derived.Estimate;
            var unit = derived.Quantity.Unit.Symbol;
            var bound = NumberText.Of(stated.Stated.Value);
            return stated.Hedge switch
            {
                HedgeKind.Above => $"P(recomputed > {bound} {unit})",
                HedgeKind.AtLeast => $"P(recomputed ≥ {bound} {unit})",
                HedgeKind.AtMost => $"P(recomputed ≤ {bound} {unit})",
                HedgeKind.Below => $"P(recomputed < {bound} {unit})",
                _ => "two-sided P of the stated figure under the recomputed one",
            };
        }

        /// <summary>A recomputed figure with its 90% interval: "42 % (90% interval 36–48 %)".</summary>
        private static string RecomputedText(Estimate recomputed, string unit)
        {
            var interval = recomputed.Interval(0.9);
            int digits = NumberText.Digits(recomputed.Median, interval.Lower, interval.Upper);
            return $"{NumberText.Of(recomputed.Median, digits)} {unit} (90% interval {NumberText.Range(interval.Lower, interval.Upper, digits)} {unit})";
        }

        /// <summary>The reports that lie on a cycle of derivations among the reports (Tarjan's strongly connected components, iteratively).</summary>
        private HashSet<int> InCycles()
        {
            // Only a report derived from others can lie on a cycle: those alone are numbered.
            var local = new Dictionary<int, int>();
            for (var i = 0; i < reports.Length; i++)
            {
                if (reports[i].Provenance.DerivedFrom.Count > 0)
                {
                    local.Add(i, local.Count);
                }
            }
            var index = new int[local.Count];
            var low = new int[local.Count];
            var onStack = new bool[local.Count];
            Array.Fill(index, -1);
            var reportOf = new int[local.Count];
            foreach (var (report, number) in local)
            {
                reportOf[number] = report;
            }
            var stack = new Stack<int>();
            var cyclic = new HashSet<int>();
            var counter = 0;
            var work = new Stack<(int Node, int Edge)>();
            // Nodes by their local numbers; reports by their own indices in the result.
            foreach (var root in local.Values)
            {
                if (index[root] >= 0)
                {
                    continue;
                }
                work.Push((root, 0));
                while (work.Count > 0)
                {
                    var (node, edge) = work.Pop();
                    if (edge == 0)
                    {
                        index[node] = low[node] = counter++;
                        stack.Push(node);
                        onStack[node] = true;
                    }
                    var from = reports[reportOf[node]].Provenance.DerivedFrom;
                    var descended = false;
                    for (var e = edge; e < from.Count; e++)
                    {
                        if (!byId.TryGetValue(from[e], out var input) || !local.TryGetValue(input, out var next))
                        {
                            continue;
                        }
                        if (index[next] < 0)
                        {
                            work.Push((node, e + 1));
                            work.Push((next, 0));
                            descended = true;
                            break;
                        }
                        if (onStack[next])
                        {
                            low[node] = Math.Min(low[node], index[next]);
                        }
                    }
                    if (descended)
                    {
                        continue;
                    }
                    if (low[node] == index[node])
                    {
                        var component = new List<int>();
                        int member;
                        do
                        {
                            member = stack.Pop();
                            onStack[member] = false;
                            component.Add(reportOf[member]);
                        }
                        while (member != node);
                        if (component.Count > 1)
                        {
                            cyclic.UnionWith(component);
                        }
                    }
                    if (work.Count > 0)
                    {
                        var parent = work.Peek().Node;
                        low[parent] = Math.Min(low[parent], low[node]);
                    }
                }
            }
            return cyclic;
        }

        /// <summary>One cycle through a report, by its ids: a → b → a.</summary>
        private List<string> CyclePath(int start)
        {
            // Breadth-first from the report's inputs back to it, within the reports.
            var previous = new Dictionary<int, int>();
            var queue = new Queue<int>();
            foreach (var id in reports[start].Provenance.DerivedFrom)
            {
                if (byId.TryGetValue(id, out var next) && previous.TryAdd(next, start))
                {
                    queue.Enqueue(next);
                }
            }
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                if (node == start)
                {
                    break;
                }
                foreach (var id in reports[node].Provenance.DerivedFrom)
                {
                    if (byId.TryGetValue(id, out var next) && previous.TryAdd(next, node))
                    {
                        queue.Enqueue(next);
                    }
                }
            }
            // Walking back from the report gives the cycle against the direction of derivation.
            var back = new List<string>();
            for (var node = previous.GetValueOrDefault(start, start); node != start; node = previous[node])
            {
                back.Add(reports[node].Id);
            }
            back.Reverse();
            return [reports[start].Id, .. back, reports[start].Id];
        }
    }
}
