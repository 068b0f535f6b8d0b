using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

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
            // A lost figure that declares its own formula is checked as a derived figure.
            List<int>? lost = null;
            for (var i = 0; i < reports.Length; i++)
            {
                var quantity = reports[i].Quantity;
                if (quantity.Metric == Metric.TerritoryLost && quantity.Statistic == Statistic.Level
                    && quantity.Unit.Dimension is Dimension.Ratio or Dimension.Area && reports[i].Provenance.DerivedFrom.Count == 0)
                {
                    (lost ??= []).Add(i);
                }
            }
            if (lost is null)
            {
                return;
            }
            var groups = Groups();
            // Held areas by publication day, for the loose pairings: those naming no place, and all of them.
            Dictionary<LocalDate, List<int>>? placeless = null;
            Dictionary<LocalDate, List<int>>? anyPlace = null;
            for (var i = 0; i < reports.Length; i++)
            {
                var quantity = reports[i].Quantity;
                if (quantity.Metric == Metric.TerritoryHeld && quantity.Statistic == Statistic.Level && quantity.Unit.Dimension == Dimension.Area)
                {
                    Add(anyPlace ??= [], reports[i].Published, i);
                    if (quantity.Place is null)
                    {
                        Add(placeless ??= [], reports[i].Published, i);
                    }
                }
            }
            if (anyPlace is null)
            {
                return;
            }
            var found = new Found();
            foreach (var l in lost)
            {
                var key = reports[l].Quantity.Key;
                // The same territory: the held levels of the lost figure's subject and place.
                foreach (var now in groups.MembersOf(new QuantityKey(Metric.TerritoryHeld, key.Subject!, key.Place, Statistic.Level, Unit.SquareKilometres)))
                {
                    Pair(l, now, loose: false, found);
                }
                // One origin's figures of one day, at most one of them naming a place.
                var sameDay = (reports[l].Quantity.Place is null ? anyPlace : placeless)?.GetValueOrDefault(reports[l].Published);
                foreach (var now in sameDay ?? [])
                {
                    if (!reports[now].Quantity.Key.Equals(new QuantityKey(Metric.TerritoryHeld, key.Subject!, key.Place, Statistic.Level, Unit.SquareKilometres))
                        && reports[l].Provenance.SharesOriginWith(reports[now].Provenance))
                    {
                        Pair(l, now, loose: true, found);
                    }
                }
            }
            AddSorted(found);

            static void Add(Dictionary<LocalDate, List<int>> byDay, LocalDate day, int index)
            {
                if (!byDay.TryGetValue(day, out var list))
                {
                    byDay[day] = list = [];
                }
                list.Add(index);
            }
        }

        /// <summary>A lost figure with a held level at its time and each peak of the level's territory reached before it.</summary>
        private void Pair(int l, int now, bool loose, Found found)
        {
            var nowPeriod = reports[now].RefersTo;
            if (Periods.Gap(nowPeriod, reports[l].RefersTo) > options.TimeWindowDays)
            {
                return;
            }
            var key = reports[now].Quantity.Key;
            foreach (var peak in Groups().MembersOf(new QuantityKey(key.Metric!, key.Subject!, key.Place, Statistic.Peak, key.CanonicalUnit!)))
            {
                // The peak was reached before now: its period starts no later and ends no later than the level's time.
                var peakPeriod = reports[peak].RefersTo;
                if (peakPeriod.Start <= nowPeriod.Start && peakPeriod.End <= nowPeriod.End)
                {
                    found.Add(l, now, LostFinding(l, now, peak, loose));
                }
            }
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
