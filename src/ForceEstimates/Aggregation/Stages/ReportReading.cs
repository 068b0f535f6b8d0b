using System;

namespace ForceEstimates.Aggregation;

/// <summary>
/// Stage 1 of an aggregate, for one used report: how it enters, on the analysis scale and before weighting. Its
/// value and standard error come from its estimate's distribution (the transformed median, and half the distance
/// between the transformed 15.9% and 84.1% quantiles), never below the floor of reporting uncertainty for its
/// source's kind. A claim with a bound enters as a censored bound when the method can take one, else as a point
/// read through the hedge model.
/// </summary>
internal struct ReportReading
{
    /// <summary>The report's central value (its estimate's median) in the aggregate's unit.</summary>
    internal double Value;

    /// <summary>The central value on the analysis scale.</summary>
    internal double Center;

    /// <summary>The standard error on the analysis scale, after the floor, before weighting.</summary>
    internal double StandardError;

    /// <summary>Whether the floor replaced a smaller (or no) stated spread.</summary>
    internal bool FloorApplied;

    /// <summary>The floor for the report's source kind, as a relative standard deviation.</summary>
    internal double FloorRelative;

    /// <summary>How the claim enters: a point, or which kind of censored bound.</summary>
    internal ClaimForm Claim;

    /// <summary>The censored claim's bounds on the analysis scale (±∞ where there is none); NaN for a point.</summary>
    internal double ScaledLower;

    /// <summary>See <see cref="ScaledLower"/>.</summary>
    internal double ScaledUpper;

    /// <summary>The censored claim's bounds in the unit (±∞ where there is none); unused for a point.</summary>
    internal double Lower;

    /// <summary>See <see cref="Lower"/>.</summary>
    internal double Upper;

    /// <summary>The standard error a censored bound is known to: the floor at the bound, on the scale.</summary>
    internal double BoundStandardError;

    /// <summary>Whether a claim with a bound was read as a point, through the hedge model.</summary>
    internal bool BoundReadThroughHedgeModel;

    /// <summary>The relative standard deviation after the floor for a point; for a bound, the floor it is known to.</summary>
    internal double RelativePrecision;

    /// <summary>For a point read with its rounding (the learned noise model): the bin of values that round to the stated number, on the scale (±∞ at the scale's edges); NaN otherwise.</summary>
    internal double BinLower;

    /// <summary>See <see cref="BinLower"/>.</summary>
    internal double BinUpper;

    /// <summary>Whether it is an earlier value of a cumulative count, read as a lower bound (<see cref="CumulativeSelection"/>).</summary>
    internal bool EarlierValue;

    /// <summary>The value that stands for the claim on the scale: the centre of a point, the bound of a censored claim (the lower one of an interval).</summary>
    internal readonly double AnalysisValue => Claim switch
    {
        ClaimForm.Point => Center,
        ClaimForm.AtMost => ScaledUpper,
        _ => ScaledLower,
    };

    /// <summary>
    /// The claim as the numeric core takes it, its variance inflated by the relative weight (v/w′), written into
    /// <paramref name="observation"/> (the caller's element, not a returned copy): a point's variance is
    /// <see cref="StandardError"/>² over <paramref name="weight"/>, a censored claim's its <see cref="BoundStandardError"/>²
    /// over it. A point read with its rounding enters as its bin (a bin at the scale's edge as a one-sided bound).
    /// </summary>
    /// <returns>The report's variance as a point, <see cref="StandardError"/>² over <paramref name="weight"/>, whatever its claim (the points-only fit takes it).</returns>
    internal readonly double Enter(double weight, out Observation observation)
    {
        double pointVariance = StandardError * StandardError / weight;
        // Each form assigned on its own (no conditional expression): the observation is then written where it goes,
        // not made aside and copied.
        if (Claim == ClaimForm.Point)
        {
            if (double.IsNaN(BinLower) || !(BinUpper > BinLower))
            {
                observation = Observation.Point(Center, pointVariance);
            }
            else if (double.IsNegativeInfinity(BinLower))
            {
                observation = Observation.AtMost(BinUpper, pointVariance);
            }
            else if (double.IsPositiveInfinity(BinUpper))
            {
                observation = Observation.AtLeast(BinLower, pointVariance);
            }
            else
            {
                observation = Observation.Between(BinLower, BinUpper, pointVariance);
            }
            return pointVariance;
        }
        double variance = BoundStandardError * BoundStandardError / weight;
        if (Claim == ClaimForm.AtLeast)
        {
            observation = Observation.AtLeast(ScaledLower, variance);
        }
        else if (Claim == ClaimForm.AtMost)
        {
            observation = Observation.AtMost(ScaledUpper, variance);
        }
        else
        {
            observation = Observation.Between(ScaledLower, ScaledUpper, variance);
        }
        return pointVariance;
    }

    /// <summary>
    /// The report's 95% interval as it entered, in the unit: value ± 1.96 standard errors on the scale for a point;
    /// for a bound, from the bound to the open end (the end of the scale's range), level NaN.
    /// </summary>
    internal readonly EstimateInterval EnteredInterval(AnalysisScale scale, double upper) => Claim switch
    {
        ClaimForm.Point => AnalysisScales.PointInterval(scale, Center, StandardError, upper),
        _ => new EstimateInterval(
            Claim == ClaimForm.AtMost ? (scale == AnalysisScale.Natural ? double.NegativeInfinity : 0) : Lower,
            Claim == ClaimForm.AtLeast ? (scale == AnalysisScale.Logit ? upper : double.PositiveInfinity) : Upper,
            double.NaN),
    };

    /// <summary>The censored claim's bounds in the unit, level NaN; (−∞, ∞) for a point.</summary>
    internal readonly EstimateInterval Bounds => Claim == ClaimForm.Point
        ? new EstimateInterval(double.NegativeInfinity, double.PositiveInfinity, double.NaN)
        : new EstimateInterval(Lower, Upper, double.NaN);
}
