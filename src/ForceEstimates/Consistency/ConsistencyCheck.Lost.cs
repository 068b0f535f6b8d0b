using System;
using System.Collections.Generic;
using System.Linq;

namespace ForceEstimates.Consistency;

/// <summary>The <see cref="ConsistencyRule.LostAgainstHeld"/> rule: territory lost against the peak and the level of the territory held.</summary>
public static partial class ConsistencyCheck
{
    // What was lost, from what was held at the peak and what is held now: a share of the peak, or an area.
    private static readonly Formula ShareLost = Formula.Parse("1 - now / peak");
    private static readonly Formula AreaLost = Formula.Parse("peak - now");

    private sealed partial class Check
    {
        internal void LostAgainstHeld()
        {
            // Territory figures are few in any check: the lost ones are paired with the held ones by a scan.
            List<int>? lost = null;
            List<int>? held = null;
            for (var i = 0; i < reports.Length; i++)
            {
                var quantity = reports[i].Quantity;
                if (quantity.Metric == Metric.TerritoryLost)
                {
                    // A lost figure that declares its own formula is checked as a derived figure.
                    if (quantity.Statistic == Statistic.Level && quantity.Unit.Dimension is Dimension.Ratio or Dimension.Area && reports[i].Provenance.DerivedFrom.Count == 0)
                    {
                        (lost ??= []).Add(i);
                    }
                }
                else if (quantity.Metric == Metric.TerritoryHeld && quantity.Unit.Dimension == Dimension.Area && quantity.Statistic is Statistic.Level or Statistic.Peak)
                {
                    (held ??= []).Add(i);
                }
            }
            if (lost is null || held is null)
            {
                return;
            }
            var found = new Found();
            foreach (var l in lost)
            {
                foreach (var now in held)
                {
                    if (reports[now].Quantity.Statistic != Statistic.Level
                        || Periods.Gap(reports[now].RefersTo, reports[l].RefersTo) > options.TimeWindowDays
                        || !SameTerritory(l, now, out var looseNow))
                    {
                        continue;
                    }
                    foreach (var peak in held)
                    {
                        var peakPeriod = reports[peak].RefersTo;
                        var nowPeriod = reports[now].RefersTo;
                        // The peak was reached before now: its period starts no later and ends no later than the level's time.
                        if (reports[peak].Quantity.Statistic != Statistic.Peak
                            || peakPeriod.Start > nowPeriod.Start || peakPeriod.End > nowPeriod.End
                            || !SameTerritory(now, peak, out var loosePeak) || !SameTerritory(l, peak, out var looseLost))
                        {
                            continue;
                        }
                        found.Add(l, now, LostFinding(l, now, peak, looseNow || loosePeak || looseLost));
                    }
                }
            }
            AddSorted(found);
        }

        /// <summary>
        /// Whether two territory figures are of one territory: the same subject and place; or, from one origin
        /// published on one day, with at most one of them naming a place (a figure read without its place,
        /// "now we control about 800 km²", is of the place its source speaks of). The second is a loose pairing.
        /// </summary>
        private bool SameTerritory(int a, int b, out bool loose)
        {
            var x = reports[a];
            var y = reports[b];
            loose = false;
            if (Names.Comparer.Equals(x.Quantity.Subject, y.Quantity.Subject)
                && (x.Quantity.Place is null ? y.Quantity.Place is null : y.Quantity.Place is not null && Names.Comparer.Equals(x.Quantity.Place, y.Quantity.Place)))
            {
                return true;
            }
            loose = true;
            return (x.Quantity.Place is null || y.Quantity.Place is null)
                && x.Published == y.Published
                && x.Provenance.SharesOriginWith(y.Provenance);
        }

        private ConsistencyFinding LostFinding(int l, int now, int peak, bool loose)
        {
            var lost = reports[l];
            var formula = lost.Quantity.Unit.Dimension == Dimension.Ratio ? ShareLost : AreaLost;
            Report[] involved = [lost, reports[now], reports[peak]];
            var inputs = formula.Inputs.Select(name => name == "now" ? reports[now] : reports[peak]).ToArray();
            var description = "the territory lost " + Figure(lost);
            if (!TryRecompute(lost, formula, inputs, out var recomputed, out var distribution, out var failure))
            {
                return Unchecked(ConsistencyRule.LostAgainstHeld, involved, description, failure);
            }
            var probability = DerivedProbability(lost, distribution!);
            var verdict = VerdictOf(probability);
            // A pairing by origin and day alone may join two territories: it can confirm, not condemn.
            var demoted = loose && verdict == Verdict.Violated;
            return new(ConsistencyRule.LostAgainstHeld, involved, probability, demoted ? Verdict.Inconclusive : verdict,
                f => ExplainLost(f, formula, loose, demoted), recomputed, distribution);
        }

        private static string ExplainLost(ConsistencyFinding f, Formula formula, bool loose, bool demoted)
        {
            var lost = f.Reports[0];
            var description = $"the territory lost {Figure(lost)} against {formula} from the level {Figure(f.Reports[1])} and the peak {Figure(f.Reports[2])}: "
                + RecomputedText(f.Recomputed!, lost.Quantity.Unit.Symbol);
            var note = !loose ? string.Empty
                : demoted ? "paired as one origin's figures of one day, one of them naming no place, so a disagreement is not called a violation; declare the formula (Provenance.Formula) to check it strictly"
                : "paired as one origin's figures of one day, one of them naming no place";
            return Sentence(f, description, RelationOf(lost), note);
        }
    }
}
