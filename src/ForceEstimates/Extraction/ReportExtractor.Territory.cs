using System.Collections.Generic;

namespace ForceEstimates.Extraction;

/// <summary>The side of an area whose own clause names none.</summary>
public sealed partial class ReportExtractor
{
    /// <summary>
    /// Areas whose clause names no side ("we control about 90 km² of the Tarn region", "his forces now hold 1,000 km² of
    /// Tarn") take the one side the batch's areas of the same metric and place name ("Orlovan forces control 1,000 km² of
    /// Tarn"): levels and peaks from levels and peaks, changes from changes (one side's gains at a place may stand beside the
    /// other's levels there). Two sides named there, or none, and the area keeps no side.
    /// </summary>
    private static void OneSideOfGround(Quantity[] quantities)
    {
        Dictionary<(Metric Metric, string Place, bool Change), string?>? sides = null;
        foreach (var quantity in quantities)
        {
            if (IsGround(quantity) && quantity.Subject != QuantityGuess.Unspecified)
            {
                sides ??= [];
                var key = (quantity.Metric, quantity.Place!, quantity.Statistic == Statistic.Change);
                sides[key] = sides.TryGetValue(key, out var side) && side != quantity.Subject ? null : quantity.Subject;
            }
        }
        if (sides is null)
        {
            return;
        }
        for (int i = 0; i < quantities.Length; i++)
        {
            var quantity = quantities[i];
            if (IsGround(quantity) && quantity.Subject == QuantityGuess.Unspecified
                && sides.GetValueOrDefault((quantity.Metric, quantity.Place!, quantity.Statistic == Statistic.Change)) is { } side)
            {
                quantities[i] = Quantity.Of(quantity.Metric, side, quantity.Place, quantity.Unit, quantity.Statistic);
            }
        }
    }

    /// <summary>An area or a share of land held or lost at a place (not a count of settlements, not a distance).</summary>
    private static bool IsGround(Quantity quantity)
        => quantity.Place is not null && (quantity.Metric == Metric.TerritoryHeld || quantity.Metric == Metric.TerritoryLost)
            && quantity.Unit.Dimension is Dimension.Area or Dimension.Ratio;
}
