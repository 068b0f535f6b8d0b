using System;
using System.Globalization;

namespace ForceEstimates.Trends;

/// <summary>
/// How much one origin's reports of one quantity overstate (factor above 1) or understate it,
/// as estimated by a <see cref="TrendModel"/>: the origin × subject mean bias plus the quantity's
/// offset from it, on the log scale. A figure from this origin is, apart from noise and its
/// persistent error, the latent value × <see cref="Factor"/>. For a share (<see cref="TrendSeries.IsShare"/>)
/// the bias is on the logit scale and the factor multiplies the odds: ×2 on a latent 20% (odds 1:4)
/// is a figure of 33% (odds 1:2), and on 90% one of about 95%, never past 100%.
/// </summary>
/// <remarks>
/// The identification is the prior's: each bias has a zero-mean prior, so an origin counts as
/// unbiased unless other origins' reports of the same quantity (or its other quantities about the
/// same subject) pull it away. Immutable and thread-safe.
/// </remarks>
public sealed class SourceBias
{
    private readonly double logMean;
    private readonly double logSd;
    private readonly bool isShare;

    internal SourceBias(Source origin, Quantity quantity, double logMean, double logSd, int reportCount, bool isShare = false)
    {
        this.isShare = isShare;
        Origin = origin;
        Quantity = quantity;
        this.logMean = logMean;
        this.logSd = Math.Max(logSd, 1e-9);
        ReportCount = reportCount;
    }

    /// <summary>The origin whose reports are biased.</summary>
    public Source Origin { get; }

    /// <summary>The quantity (the series' level or cumulative quantity).</summary>
    public Quantity Quantity { get; }

    /// <summary>The median multiplicative bias: 2 means the origin's figures are twice the latent value (for a share, that their odds are twice the latent share's odds).</summary>
    public double Factor => Math.Exp(logMean);

    /// <summary>The standard error of the log bias under the Laplace approximation.</summary>
    public double LogStandardError => logSd;

    /// <summary>How many of the origin's reports of the quantity the bias rests on.</summary>
    public int ReportCount { get; }

    /// <summary>The central interval of the factor at <paramref name="level"/>.</summary>
    /// <param name="level">The probability, strictly between 0 and 1.</param>
    /// <returns>The interval, on the factor's scale.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public EstimateInterval Interval(double level)
    {
        Preconditions.CheckOpenUnit(level);
        var z = StandardNormal.Quantile((1 + level) / 2);
        return new EstimateInterval(Math.Exp(logMean - (z * logSd)), Math.Exp(logMean + (z * logSd)), level);
    }

    /// <summary>E.g. "UA Source on military deaths of Russia (cumulative, persons): ×1.9 (95% 1.2–3.1), 380 reports"; for a share, "×1.9 on the odds (95% …)".</summary>
    public override string ToString()
    {
        var interval = Interval(0.95);
        int digits = NumberText.Digits(Factor, interval.Lower, interval.Upper);
        return string.Create(CultureInfo.InvariantCulture, $"{Origin} on {Quantity}: ×{NumberText.Of(Factor, digits)}{(isShare ? " on the odds" : string.Empty)} (95% {NumberText.Range(interval.Lower, interval.Upper, digits)}), {NumberText.Count(ReportCount, "report")}");
    }
}
