using System;

namespace ForceEstimates.Consistency;

/// <summary>
/// What a report states, as the consistency checks compare it: its reading (the estimate's own
/// distribution from hedge and roundness, without aggregation's reporting floor) converted to the
/// canonical unit of its dimension, and the bound when the claim is a bound.
/// </summary>
/// <remarks>
/// "Over", "more than" and "at least" state a lower bound; "at most", "up to", "under" and "fewer
/// than" an upper bound: the value may lie anywhere on the open side, so a comparison takes the bound
/// itself where it matters and nothing on the open side (censoring). "Nearly" and "almost" are read
/// by their reading, which lies just below the number: they say the value is close, not merely below.
/// </remarks>
internal readonly struct Claim
{
    private Claim(EstimateDistribution reading, double lowerBound, double upperBound)
    {
        Reading = reading;
        LowerBound = lowerBound;
        UpperBound = upperBound;
    }

    /// <summary>The reading in the canonical unit.</summary>
    internal EstimateDistribution Reading { get; }

    /// <summary>The stated lower bound in the canonical unit, or NaN.</summary>
    internal double LowerBound { get; }

    /// <summary>The stated upper bound in the canonical unit, or NaN.</summary>
    internal double UpperBound { get; }

    internal bool IsLowerBound => !double.IsNaN(LowerBound);

    internal bool IsUpperBound => !double.IsNaN(UpperBound);

    internal static Claim Of(Report report)
    {
        var factor = report.Quantity.Unit.FactorToCanonical;
        var estimate = report.Estimate;
        var reading = factor == 1 ? estimate.Distribution : ScaledDistribution.Of(estimate.Distribution, factor);
        return estimate.Hedge switch
        {
            HedgeKind.Above or HedgeKind.AtLeast => new Claim(reading, estimate.Stated.Value * factor, double.NaN),
            HedgeKind.AtMost or HedgeKind.Below => new Claim(reading, double.NaN, estimate.Stated.Value * factor),
            _ => new Claim(reading, double.NaN, double.NaN),
        };
    }

    /// <summary>
    /// The probability that the claims <paramref name="lesser"/> ≤ <paramref name="greater"/> can
    /// both be true, bounds censored: a lower bound on the lesser side counts as the bound (the most
    /// favourable value it allows), an upper bound there allows any small value (probability 1); the
    /// mirror on the greater side.
    /// </summary>
    internal static double ProbabilityAtMost(Claim lesser, Claim greater, double correlation, ArithmeticOptions sampling)
    {
        if (lesser.IsUpperBound || greater.IsLowerBound)
        {
            return 1;
        }
        var a = lesser.IsLowerBound ? PointDistribution.Of(lesser.LowerBound) : lesser.Reading;
        var b = greater.IsUpperBound ? PointDistribution.Of(greater.UpperBound) : greater.Reading;
        return Ordering.ProbabilityAtMost(a, b, correlation, sampling);
    }

    /// <summary>What censoring did to a comparison, for the explanation; empty when nothing was censored.</summary>
    internal static string CensoringNote(Claim lesser, Claim greater)
    {
        if (lesser.IsUpperBound)
        {
            return "an upper bound on the smaller side allows any smaller value";
        }
        if (greater.IsLowerBound)
        {
            return "a lower bound on the larger side allows any larger value";
        }
        if (lesser.IsLowerBound && greater.IsUpperBound)
        {
            return "both bounds taken at their stated numbers";
        }
        if (lesser.IsLowerBound)
        {
            return "the lower bound taken at its stated number";
        }
        return greater.IsUpperBound ? "the upper bound taken at its stated number" : string.Empty;
    }
}
