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
            // One pass: the lost figures (one that declares its own formula is checked as a derived figure), and the held
            // levels by publication day for the loose pairings.
            List<int>? lost = null;
            Dictionary<LocalDate, List<int>>? heldByDay = null;
            for (var i = 0; i < reports.Length; i++)
            {
                var quantity = reports[i].Quantity;
                if (quantity.Statistic != Statistic.Level)
                {
                    continue;
                }
                if (quantity.Metric == Metric.TerritoryLost && quantity.Unit.Dimension is Dimension.Ratio or Dimension.Area && reports[i].Provenance.DerivedFrom.Count == 0)
                {
                    (lost ??= []).Add(i);
                }
                else if (quantity.Metric == Metric.TerritoryHeld && quantity.Unit.Dimension == Dimension.Area)
                {
                    heldByDay ??= [];
                    if (!heldByDay.TryGetValue(reports[i].Published, out var day))
                    {
                        heldByDay[reports[i].Published] = day = [];
                    }
                    day.Add(i);
                }
            }
            if (lost is null || heldByDay is null)
            {
                return;
            }
            var groups = Groups();
            var found = new Found();
            foreach (var l in lost)
            {
                var quantity = reports[l].Quantity;
                var sameTerritory = new QuantityKey(Metric.TerritoryHeld, quantity.Subject, quantity.Place, Statistic.Level, Unit.SquareKilometres);
                // The same territory: the held levels of the lost figure's subject and place.
                foreach (var now in groups.MembersOf(sameTerritory))
                {
                    Pair(l, now, loose: false, found);
                }
                // One origin's figures of one day, at most one of them naming a place.
                foreach (var now in heldByDay.GetValueOrDefault(reports[l].Published) ?? [])
                {
                    if ((quantity.Place is null || reports[now].Quantity.Place is null) && !reports[now].Quantity.Key.Equals(sameTerritory)
                        && reports[l].Provenance.SharesOriginWith(reports[now].Provenance))
                    {
                        Pair(l, now, loose: true, found);
                    }
                }
            }
            AddSorted(found);
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
            var inputs = formula.Inputs.Select(name => name == "now" ? reports[now] : reports[peak]).ToArray();
            // A pairing by origin and day alone may join two territories: it can confirm, not condemn.
            return RecomputedFinding(ConsistencyRule.LostAgainstHeld, formula, inputs, [lost, reports[now], reports[peak]],
                "the territory lost " + Figure(lost), loose, (f, demoted) => ExplainLost(f, formula, loose, demoted));
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
