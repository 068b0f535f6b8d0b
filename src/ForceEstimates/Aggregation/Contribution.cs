using System;
using System.Collections.Generic;
using System.Globalization;

namespace ForceEstimates.Aggregation;

/// <summary>How a report's claim enters an aggregate.</summary>
public enum ClaimForm
{
    /// <summary>As a central value with a spread (bare, approximate, "nearly", or a bounded claim read through the hedge model).</summary>
    Point,

    /// <summary>As a lower bound only: the value is at least the bound ("more than 10,000", "over 40%").</summary>
    AtLeast,

    /// <summary>As an upper bound only: the value is at most the bound ("up to 15,000", "under 5,000").</summary>
    AtMost,

    /// <summary>As an interval: the value lies between two bounds ("between 11,000 and 20,000").</summary>
    Between,
}

/// <summary>
/// One report's part in an <see cref="Aggregate"/>: whether it was used, how it entered, each factor
/// of its weight, its share of the result, and whether it disagrees with the rest. Immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// A report's weight w = rating factor × recency factor × independence factor enters the model as
/// variance inflation: its variance on the analysis scale becomes v / w′ with w′ = w / (the largest w
/// among the used reports), so that weights are relative (a report with half the weight counts as
/// half as precise). Its <see cref="Share"/> is then its part of the method's weights:
/// 1/(v/w′ + tau²) normalised for the meta-analytic methods (for a censored claim, its part of the
/// Fisher information about the value), w normalised for the opinion pools.
/// </remarks>
public sealed class Contribution
{
    internal Contribution(Report report)
    {
        Report = report;
        Claim = ClaimForm.Point;
    }

    /// <summary>The report.</summary>
    public Report Report { get; }

    /// <summary>Whether the report was used (false when it was published after the as-of date).</summary>
    public bool Included { get; internal set; }

    /// <summary>Why the report was left out, or null when it was used.</summary>
    public string? ExclusionReason { get; internal set; }

    /// <summary>How the claim entered.</summary>
    public ClaimForm Claim { get; internal set; }

    /// <summary>The report's central value (its estimate's median) in the aggregate's unit.</summary>
    public double Value { get; internal set; }

    /// <summary>The bound(s) that entered, in the aggregate's unit, for censored claims; NaN when absent.</summary>
    public EstimateInterval Bounds { get; internal set; } = new(double.NegativeInfinity, double.PositiveInfinity, double.NaN);

    /// <summary>The value on the analysis scale (for a censored claim: its bound, or the lower bound of an interval).</summary>
    public double AnalysisValue { get; internal set; }

    /// <summary>
    /// The report's 95% interval as it entered the model, in the aggregate's unit: its value ± 1.96
    /// standard errors (after the floor of reporting uncertainty, before weighting) on the analysis
    /// scale, mapped back; for a bound, from the bound to the open end (an infinite end). Level NaN
    /// for a bound. For a report that was not used, its own 95% interval.
    /// </summary>
    public EstimateInterval EnteredInterval { get; internal set; }

    /// <summary>The report's own standard error on the analysis scale, after the floor, before weighting.</summary>
    public double StandardError { get; internal set; }

    /// <summary>Whether the floor of reporting uncertainty replaced a smaller stated spread.</summary>
    public bool FloorApplied { get; internal set; }

    /// <summary>The factor from the Admiralty rating, in (0, 1].</summary>
    public double RatingFactor { get; internal set; } = 1;

    /// <summary>Days from the end of the time the report refers to until the as-of date (0 when it reaches it).</summary>
    public int AgeDays { get; internal set; }

    /// <summary>The recency factor 2^(−age / half-life), in (0, 1].</summary>
    public double RecencyFactor { get; internal set; } = 1;

    /// <summary>The number of used reports that share this report's origin or derive from one another with it (1 when independent).</summary>
    public int SharedOriginCount { get; internal set; } = 1;

    /// <summary>The independence factor 1 / <see cref="SharedOriginCount"/>: reports with one origin share one weight.</summary>
    public double IndependenceFactor => 1.0 / SharedOriginCount;

    /// <summary>The combined weight factor: rating × recency × independence.</summary>
    public double WeightFactor => RatingFactor * RecencyFactor * IndependenceFactor;

    /// <summary>
    /// The weight the method gave the report, before normalising into <see cref="Share"/>: for the
    /// meta-analytic methods its percent of the information about the value at the fit
    /// (<see cref="MetaAnalysis.Weights(System.ReadOnlySpan{Observation}, System.ReadOnlySpan{double}, in MetaAnalysisResult, System.Span{double})"/>),
    /// for the pools its weight factor, for Huber its robust weight over its variance.
    /// </summary>
    public double Weight { get; internal set; }

    /// <summary>The report's share of the total weight, in [0, 1].</summary>
    public double Share { get; internal set; }

    /// <summary>
    /// The standardised residual (yᵢ − μ)/√(vᵢ/wᵢ + tau²) on the analysis scale; for a bound, how far
    /// the aggregate lies on the wrong side of it (0 when it is on the right side); NaN when not used.
    /// </summary>
    public double StandardizedResidual { get; internal set; } = double.NaN;

    /// <summary>Whether the report disagrees with the rest: its residual exceeds the threshold, or its value lies outside the prediction interval.</summary>
    public bool Disagrees { get; internal set; }

    /// <summary>Readable reasons for the weight: precision, rating, age, shared origin, how a bound entered.</summary>
    public IReadOnlyList<string> Reasons => Included ? DescribeWeight() : [ExclusionReason ?? "not used"];

    /// <summary>
    /// The report's relative standard deviation (after the floor) for a point; for a bound, the floor
    /// it is known to.
    /// </summary>
    public double RelativePrecision { get; internal set; }

    /// <summary>Whether a bounded claim was read through the hedge model instead of as a bound (see <see cref="BoundedClaims"/>).</summary>
    public bool BoundReadThroughHedgeModel { get; internal set; }

    // Built on demand: aggregating 100,000 reports should not format 500,000 strings nobody reads.
    private string[] DescribeWeight()
    {
        var c = CultureInfo.InvariantCulture;
        var kind = Report.Provenance.Origin.Kind;
        var reasons = new List<string>(5);
        switch (Claim)
        {
            case ClaimForm.AtLeast:
                reasons.Add($"enters as a lower bound of {Aggregate.Format(Bounds.Lower)} (censored)");
                break;
            case ClaimForm.AtMost:
                reasons.Add($"enters as an upper bound of {Aggregate.Format(Bounds.Upper)} (censored)");
                break;
            case ClaimForm.Between:
                reasons.Add($"enters as the interval {Aggregate.Format(Bounds.Lower)}–{Aggregate.Format(Bounds.Upper)} (censored)");
                break;
            default:
                if (BoundReadThroughHedgeModel)
                {
                    reasons.Add("bound read through the hedge model");
                }
                break;
        }
        reasons.Add(Claim == ClaimForm.Point
            ? string.Create(c, $"precision ±{RelativePrecision * 100:0.#}%{(FloorApplied ? $" (floor for {kind} sources)" : "")}")
            : string.Create(c, $"bound known to ±{RelativePrecision * 100:0.#}% (floor for {kind} sources)"));
        reasons.Add(string.Create(c, $"rating {Report.Provenance.Rating} ×{RatingFactor:0.##}"));
        if (RecencyFactor < 1)
        {
            reasons.Add(string.Create(c, $"{AgeDays} days old ×{RecencyFactor:0.##}"));
        }
        if (SharedOriginCount > 1)
        {
            reasons.Add(string.Create(c,
                $"shares its origin ({Report.Provenance.Origin.Name}) with {SharedOriginCount - 1} other report{(SharedOriginCount == 2 ? "" : "s")} ×{IndependenceFactor:0.##}"));
        }
        return reasons.ToArray();
    }

    /// <summary>A one-line description: report id, value, share and reasons.</summary>
    public override string ToString()
        => Included
            ? string.Create(CultureInfo.InvariantCulture, $"{Report.Id}: {Report.Estimate} → share {Share * 100:0.0}% ({string.Join("; ", Reasons)})")
            : $"{Report.Id}: not used ({ExclusionReason})";
}
