using System;

namespace ForceEstimates.Aggregation;

/// <summary>
/// The arithmetic of the analysis scales (<see cref="AnalysisScale"/>): values to and from the scale, the floor
/// of reporting uncertainty on it, and an estimate back in the unit. <c>upper</c> is the top of a share's range
/// (100 for percent) on the logit scale, unused on the others.
/// </summary>
internal static class AnalysisScales
{
    /// <summary>The normal quantile for a central 95% interval.</summary>
    internal const double Z95 = MetaAnalysisResult.Z975;

    /// <summary>The scale a quantity's reports are combined on, values permitting: natural for changes, logit for shares, log for counts and areas.</summary>
    internal static AnalysisScale For(QuantityKey key, Unit unit)
        => key.Statistic == Statistic.Change ? AnalysisScale.Natural
            : unit.Dimension == Dimension.Ratio ? AnalysisScale.Logit
            : AnalysisScale.Log;

    /// <summary>The top of a share's range in <paramref name="unit"/>: the canonical ratio unit is percent, so shares run to 100.</summary>
    internal static double ShareUpper(Unit unit) => Unit.Fraction.Convert(1, unit);

    internal static double To(AnalysisScale scale, double x, double upper) => scale switch
    {
        AnalysisScale.Log => Math.Log(x),
        // At or a rounding error beyond the edges ("100%" read as a log-normal has its median at 100.00000000000004), the
        // ends of the scale, not NaN.
        AnalysisScale.Logit => x >= upper ? double.PositiveInfinity : Math.Log(x / (upper - x)),
        _ => x,
    };

    /// <summary>
    /// A value on the scale mapped back to the unit (e^t, or the share of <paramref name="upper"/> whose odds are e^t),
    /// without the float error of the round trip (<see cref="RoundTrip.Tidy"/>): a count's interval "10,469–12,120" ends
    /// at those whole counts, not at 10,468.999999999984.
    /// </summary>
    internal static double From(AnalysisScale scale, double t, double upper) => scale switch
    {
        AnalysisScale.Log => RoundTrip.Exp(t),
        AnalysisScale.Logit => Math.Min(RoundTrip.Tidy(upper / (1 + Math.Exp(-t))), upper),
        _ => t,
    };

    /// <summary>An interval on the scale mapped back to the unit.</summary>
    internal static EstimateInterval From(AnalysisScale scale, EstimateInterval interval, double upper)
        => new(From(scale, interval.Lower, upper), From(scale, interval.Upper, upper), interval.Level);

    /// <summary>An interval in the unit mapped onto the scale.</summary>
    internal static EstimateInterval To(AnalysisScale scale, EstimateInterval interval, double upper)
        => new(To(scale, interval.Lower, upper), To(scale, interval.Upper, upper), interval.Level);

    /// <summary>A point's 95% interval on the scale (centre ± 1.96 standard errors), mapped back to the unit.</summary>
    internal static EstimateInterval PointInterval(AnalysisScale scale, double center, double se, double upper)
        => new(From(scale, center - (Z95 * se), upper), From(scale, center + (Z95 * se), upper), 0.95);

    /// <summary>
    /// A relative standard deviation as a standard deviation on the scale: about itself on the log scale, and on the
    /// logit scale too, where it is relative to the odds (to the share near 0%, to what is left of it near 100%: a
    /// 10% floor on 98% is ±0.2 points, not ±9.8); f·|value| on the natural scale.
    /// </summary>
    internal static double Floor(AnalysisScale scale, double value, double upper, double relative) => scale switch
    {
        AnalysisScale.Log or AnalysisScale.Logit => relative,
        _ => Math.Max(relative * Math.Abs(value), 1e-9),
    };

    /// <summary>The inverse of <see cref="Floor"/>: a standard deviation on the scale as a relative one.</summary>
    internal static double RelativeSpread(AnalysisScale scale, double se, double value, double upper) => scale switch
    {
        AnalysisScale.Log or AnalysisScale.Logit => se,
        _ => value == 0 ? se : se / Math.Abs(value),
    };

    /// <summary>A normal distribution on the scale as an estimate in the unit.</summary>
    internal static Estimate Estimate(AnalysisScale scale, double center, double se, double upper) => scale switch
    {
        AnalysisScale.Log => ForceEstimates.Estimate.FromDistribution(LogNormalDistribution.FromLogParameters(center, se)),
        AnalysisScale.Logit => ForceEstimates.Estimate.FromDistribution(LogitNormalDistribution.Of(center, se, upper)),
        _ => ForceEstimates.Estimate.FromDistribution(NormalDistribution.Of(center, se)),
    };

    /// <summary>
    /// <see cref="Estimate"/>, or null where the aggregate may make it when first asked (<see cref="ForceEstimates.Aggregation.Aggregate.Estimate"/>;
    /// see <see cref="EstimateCanWait"/>): most aggregates are only ever asked for their numbers.
    /// </summary>
    internal static Estimate? EstimateOrLater(AnalysisScale scale, double center, double se, double upper)
        => EstimateCanWait(scale, center, se) ? null : Estimate(scale, center, se, upper);

    /// <summary>
    /// Whether <see cref="Estimate"/> on this scale can be made later without failing where it would not fail now: on the
    /// log scale, a log-normal whose parameters are valid (a finite centre, a finite positive standard error) and whose
    /// central 90% interval, which <see cref="ForceEstimates.Estimate.FromDistribution"/> checks, is finite (its upper end
    /// e^(centre + 1.645 se) is below e^700); its median is e^centre, as <see cref="LogNormalDistribution.Median"/> computes it.
    /// </summary>
    internal static bool EstimateCanWait(AnalysisScale scale, double center, double se)
        => scale == AnalysisScale.Log && double.IsFinite(center) && se > 0 && double.IsFinite(se) && center + (2 * se) < 700;

    /// <summary>A central interval on the scale: centre ± z·se.</summary>
    internal static EstimateInterval Symmetric(double center, double se, double z, double level)
        => new(center - (z * se), center + (z * se), level);

    /// <summary>A report's distribution in <paramref name="unit"/> (scaled when its own unit differs).</summary>
    internal static EstimateDistribution InUnit(Report report, Unit unit)
    {
        var distribution = report.Estimate.Distribution;
        double factor = report.Quantity.Unit.Convert(1, unit);
        return factor == 1 ? distribution : ScaledDistribution.Of(distribution, factor);
    }
}
