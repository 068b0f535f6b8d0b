using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ForceEstimates.Consistency;

/// <summary>The <see cref="ConsistencyRule.SumOfParts"/> rule: a whole against the sum of its declared parts.</summary>
public static partial class ConsistencyCheck
{
    private sealed partial class Check
    {
        internal void SumsOfParts()
        {
            if (options.Partitions.Count == 0)
            {
                return;
            }
            var found = new Found();
            var groups = Groups();
            foreach (var (whole, parts) in options.Partitions)
            {
                for (var g = 0; g < groups.Count; g++)
                {
                    var key = groups.Key(g);
                    // The peak of a sum is not the sum of the peaks, and shares do not add up.
                    if (key.Statistic == Statistic.Peak || key.CanonicalUnit!.Dimension == Dimension.Ratio || key.Place is null || !Names.Comparer.Equals(key.Place, whole))
                    {
                        continue;
                    }
                    foreach (var w in groups.Members(g))
                    {
                        var chosen = new List<int>();
                        foreach (var part in parts)
                        {
                            if (Closest(groups.MembersOf(new QuantityKey(key.Metric!, key.Subject!, part, key.Statistic, key.CanonicalUnit!)), reports[w]) is int best)
                            {
                                chosen.Add(best);
                            }
                        }
                        if (chosen.Count >= 2)
                        {
                            found.Add(w, chosen[0], SumFinding(w, chosen, complete: chosen.Count == parts.Count));
                        }
                    }
                }
            }
            AddSorted(found);
        }

        // The part's report nearest the whole's time (then the latest published, then the first given), or none.
        private int? Closest(ReadOnlySpan<int> candidates, Report whole)
        {
            int? best = null;
            var bestDistance = int.MaxValue;
            foreach (var c in candidates)
            {
                var part = reports[c];
                if (!Periods.Matches(whole.Quantity.Statistic, part.RefersTo, whole.RefersTo, options.TimeWindowDays, out var distance))
                {
                    continue;
                }
                if (best is null || distance < bestDistance || (distance == bestDistance && part.Published > reports[best.Value].Published))
                {
                    best = c;
                    bestDistance = distance;
                }
            }
            return best;
        }

        private ConsistencyFinding SumFinding(int w, List<int> parts, bool complete)
        {
            var whole = reports[w];
            var involved = new Report[parts.Count + 1];
            involved[0] = whole;
            var readings = new EstimateDistribution[parts.Count];
            var arithmetic = sampling;
            for (var k = 0; k < parts.Count; k++)
            {
                involved[k + 1] = reports[parts[k]];
                readings[k] = ClaimOf(parts[k]).Reading;
                for (var m = 0; m < k; m++)
                {
                    var correlation = CorrelationOf(involved[k + 1], involved[m + 1]);
                    if (correlation != 0)
                    {
                        arithmetic = arithmetic.WithCorrelation(m, k, correlation);
                    }
                }
            }
            var names = Enumerable.Range(0, parts.Count).Select(k => "part" + k.ToString(CultureInfo.InvariantCulture));
            var description = $"{Figure(whole)} in {whole.Quantity.Place} {Periods.Describe(whole.RefersTo)} against the sum of its {(complete ? "parts" : "reported parts")} "
                + string.Join(" + ", involved.Skip(1).Select(p => $"{Figure(p)} in {p.Quantity.Place}"));
            EstimateDistribution sum;
            try
            {
                sum = Arithmetic.Compute(Formula.Parse(string.Join(" + ", names)), readings, arithmetic, 1, nameof(parts), Scratch);
            }
            catch (ArgumentException e)
            {
                return Unchecked(ConsistencyRule.SumOfParts, involved, description, e.Message.TrimEnd('.'));
            }
            var stated = Claim.Of(whole);
            if (!complete)
            {
                // Some parts unreported: those reported cannot add up to more than the whole.
                var atMost = stated.IsLowerBound ? 1 : Ordering.ProbabilityAtMost(sum, stated.IsUpperBound ? PointDistribution.Of(stated.UpperBound) : stated.Reading, 0, sampling);
                return Finding(ConsistencyRule.SumOfParts, involved, atMost, f => Sentence(f, description, "P(sum of the reported parts ≤ whole)"));
            }
            double probability;
            if (stated.IsLowerBound)
            {
                probability = Ordering.ProbabilityAtMost(PointDistribution.Of(stated.LowerBound), sum, 0, sampling);
            }
            else if (stated.IsUpperBound)
            {
                probability = Ordering.ProbabilityAtMost(sum, PointDistribution.Of(stated.UpperBound), 0, sampling);
            }
            else
            {
                var below = Ordering.ProbabilityAtMost(sum, stated.Reading, 0, sampling);
                probability = Math.Min(1, 2 * Math.Min(below, 1 - below));
            }
            var relation = stated.IsLowerBound || stated.IsUpperBound ? "P(the sum lies within the whole's bound)" : "two-sided P of the whole under the sum of its parts";
            return Finding(ConsistencyRule.SumOfParts, involved, probability, f => Sentence(f, description, relation));
        }
    }
}
