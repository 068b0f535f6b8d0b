using System;
using System.Collections.Generic;
using ForceEstimates.Aggregation;

namespace ForceEstimates.CalibrationStudy;

/// <summary>How a prototype reads each report into an observation on the analysis scale.</summary>
internal enum ReadingRule
{
    /// <summary>Every report through the hedge model's distribution (its median and one-sigma spread), with the reporting floor: the library's <see cref="BoundedClaims.HedgeDistribution"/>.</summary>
    HedgeDistribution,

    /// <summary>As <see cref="HedgeDistribution"/>, a bound entering as open censoring at its number (the library's default).</summary>
    OpenBounds,

    /// <summary>As <see cref="HedgeDistribution"/>, with the variance of rounding added (Sheppard): a bin of log-width w adds w²/12.</summary>
    Sheppard,

    /// <summary>Rounding as interval censoring on the bin of the stated digits; bounds, ranges and vague amounts through the hedge model's distribution.</summary>
    CensoredRounding,

    /// <summary>Rounding as interval censoring; bounds, ranges and vague amounts as interval censoring over their plausible range (the hedge model's calibrated spread).</summary>
    CensoredAll,
}

/// <summary>
/// One report on the analysis scale: a point (Lower == Upper) or an interval, with the variance of the source's
/// error at the floor (<paramref name="Variance"/>) and, for a point that stands for a narrow interval, the
/// variance of rounding within it (<paramref name="Rounding"/>, known, not scaled with the noise).
/// </summary>
internal readonly record struct Reading(double Lower, double Upper, double Variance, string Origin, double Rounding = 0)
{
    internal bool IsPoint => Lower == Upper;

    internal double Total => Variance + Rounding;

    internal double Center => IsPoint ? Lower : double.IsFinite(Lower) && double.IsFinite(Upper) ? (Lower + Upper) / 2 : double.IsFinite(Lower) ? Lower : Upper;
}

/// <summary>Reads a trial's reports by a <see cref="ReadingRule"/>, with the library's floor and weights.</summary>
internal static class Readings
{
    /// <summary>An interval of width w is read as a point when w² is at most this many times its noise variance at the floor.</summary>
    internal static double PointThreshold { get; set; } = 4;

    /// <summary>
    /// The readings of <paramref name="reports"/> on the analysis scale of <paramref name="scale"/>, each variance
    /// inflated by its weight as the library does (v / w′ with w′ = rating × recency × independence relative to
    /// the best-weighted report). The same report twice (one origin, figure, dates) is read once.
    /// </summary>
    internal static Reading[] Read(IReadOnlyList<Report> reports, StudyScale scale, ReadingRule rule)
    {
        var distinct = new List<Report>();
        foreach (var report in reports)
        {
            if (!distinct.Exists(r => r.Provenance == report.Provenance && r.Estimate.Stated.Text == report.Estimate.Stated.Text
                && r.RefersTo == report.RefersTo && r.Quantity == report.Quantity))
            {
                distinct.Add(report);
            }
        }
        var originCounts = new Dictionary<string, int>();
        foreach (var report in distinct)
        {
            originCounts[report.Provenance.Origin.Name] = originCounts.GetValueOrDefault(report.Provenance.Origin.Name) + 1;
        }
        var factors = new double[distinct.Count];
        double best = 0;
        for (int i = 0; i < distinct.Count; i++)
        {
            var report = distinct[i];
            int age = Math.Max(0, Trial.AsOf.ToDateOnly().DayNumber - report.RefersTo.End.ToDateOnly().DayNumber);
            factors[i] = RatingWeights.Default.Factor(report.Provenance.Rating) * Math.Pow(2, -age / 90.0) / originCounts[report.Provenance.Origin.Name];
            best = Math.Max(best, factors[i]);
        }
        var readings = new Reading[distinct.Count];
        for (int i = 0; i < distinct.Count; i++)
        {
            readings[i] = Read(distinct[i], scale, rule, factors[i] / best);
        }
        return readings;
    }

    private static Reading Read(Report report, StudyScale scale, ReadingRule rule, double weight)
    {
        var estimate = report.Estimate;
        var stated = estimate.Stated;
        string origin = report.Provenance.Origin.Name;
        // On the logit scale the floor and the hedges' spreads are relative to the odds (to the share near 0%, to
        // what is left of it near 100%), as on the log scale they are relative to the count.
        double floor = ReportingFloor.Default.For(report.Provenance.Origin.Kind);
        double median = estimate.Median;
        var hedge = estimate.Hedge;
        bool pointForm = hedge is HedgeKind.Bare or HedgeKind.Approximate or HedgeKind.Exact;
        bool bounded = hedge is HedgeKind.Above or HedgeKind.AtLeast or HedgeKind.JustBelow or HedgeKind.AtMost or HedgeKind.Below;
        double noise = floor * floor / weight;

        // A figure of zero has no logarithm: it says the value is below half a unit.
        if (median <= 0 && !scale.IsShare)
        {
            return new Reading(double.NegativeInfinity, Math.Log(0.5), noise, origin);
        }

        double center = Oracle.ToScale(scale, median);
        double se = (Math.Log(estimate.Quantile(0.841344746068543)) - Math.Log(estimate.Quantile(0.158655253931457))) / 2;
        if (!(se >= floor) || !double.IsFinite(se))
        {
            se = floor;
        }
        double variance = se * se / weight;

        bool censored = rule == ReadingRule.CensoredAll || (rule == ReadingRule.CensoredRounding && pointForm);
        if (!double.IsFinite(center) && !censored)
        {
            // A share stated at 0% or 100%: only the side it is on is known.
            var (low, high) = Bin(stated.Value, stated.SignificantDigits, scale);
            return new Reading(Oracle.ToScale(scale, low), Oracle.ToScale(scale, high), noise, origin);
        }

        switch (rule)
        {
            case ReadingRule.OpenBounds when bounded:
            {
                double bound = Oracle.ToScale(scale, stated.Value);
                return hedge is HedgeKind.Above or HedgeKind.AtLeast
                    ? new Reading(bound, double.PositiveInfinity, noise, origin)
                    : hedge == HedgeKind.JustBelow ? new Reading(center, center, variance, origin) : new Reading(double.NegativeInfinity, bound, noise, origin);
            }
            case ReadingRule.Sheppard when pointForm:
            {
                var (low, high) = Bin(stated.Value, stated.SignificantDigits, scale);
                double w = Oracle.ToScale(scale, high) - Oracle.ToScale(scale, low);
                return double.IsFinite(w) ? new Reading(center, center, variance, origin, w * w / 12) : new Reading(center, center, variance, origin);
            }
            case ReadingRule.CensoredRounding or ReadingRule.CensoredAll when pointForm:
            {
                var (low, high) = Bin(stated.Value, stated.SignificantDigits, scale);
                return Interval(Oracle.ToScale(scale, low), Oracle.ToScale(scale, high), variance, origin);
            }
            case ReadingRule.CensoredAll when bounded || hedge is HedgeKind.Range or HedgeKind.Vague:
            {
                var (low, high) = PlausibleRange(estimate, scale);
                return Interval(Oracle.ToScale(scale, low), Oracle.ToScale(scale, high), noise, origin);
            }
            default:
                return new Reading(center, center, variance, origin);
        }
    }

    /// <summary>An interval observation, or a point at its middle with the rounding variance added when the interval is narrow against the noise.</summary>
    private static Reading Interval(double low, double high, double variance, string origin)
    {
        double w = high - low;
        if (double.IsFinite(w) && w * w <= PointThreshold * variance)
        {
            return new Reading((low + high) / 2, (low + high) / 2, variance, origin, w * w / 12);
        }
        return new Reading(low, high, variance, origin);
    }

    /// <summary>
    /// Where a bounded claim, range or vague amount puts the value. A one-sided claim reaches from its bound as far as
    /// the hedge model's calibrated spread says (relative to the count, or to the odds of a share), and at least half a
    /// step of its last stated digit ("more than 10,000" could be 14,000 written at one digit) and, for a count, one
    /// whole unit ("at least 3 aircraft" is 3 to 4). A range or vague amount is its stated ends.
    /// </summary>
    internal static (double Low, double High) PlausibleRange(Estimate estimate, StudyScale scale)
    {
        var stated = estimate.Stated;
        double n = stated.Value;
        var (binLow, binHigh) = Rounding.Bin(Math.Max(n, 1e-300), stated.SignificantDigits);
        switch (estimate.Hedge)
        {
            case HedgeKind.Above or HedgeKind.AtLeast:
            {
                double high = Scaled(n, HedgeModel.Default.Spread(estimate.Hedge, stated.Roundness).Upper, scale);
                high = Math.Max(high, binHigh);
                if (!scale.IsShare)
                {
                    high = Math.Max(high, n + 1);
                }
                return (n, scale.IsShare ? Math.Min(high, 100) : high);
            }
            case HedgeKind.JustBelow or HedgeKind.AtMost or HedgeKind.Below:
            {
                double low = Scaled(n, HedgeModel.Default.Spread(estimate.Hedge, stated.Roundness).Lower, scale);
                low = Math.Min(low, binLow);
                if (!scale.IsShare)
                {
                    low = Math.Min(low, n - 1);
                }
                return (Math.Max(low, 0), n);
            }
            default:
                return (stated.Values[0], stated.Values[stated.Values.Count - 1]);
        }
    }

    /// <summary>A value moved by a relative spread: of the count, or of the odds of a share (of the share itself at 100%).</summary>
    private static double Scaled(double n, double spread, StudyScale scale)
    {
        if (!scale.IsShare || n >= 100)
        {
            return n * (1 + spread);
        }
        double odds = n / (100 - n) * (1 + spread);
        return 100 * odds / (1 + odds);
    }

    /// <summary>The bin of values that round to a stated number at its significant digits, clipped to the scale.</summary>
    internal static (double Low, double High) Bin(double value, int digits, StudyScale scale)
    {
        if (value <= 0)
        {
            return (0, 0.5);
        }
        var (low, high) = Rounding.Bin(value, digits);
        if (scale.IsShare)
        {
            // Shares are written to whole percent or finer: "100%" is 99.5% to 100%, "97.3%" 97.25% to 97.35%.
            int decimals = Math.Max(0, digits - ((int)Math.Floor(Math.Log10(value)) + 1));
            double half = 0.5 * Math.Pow(10, -decimals);
            (low, high) = (value - half, Math.Min(value + half, 100));
        }
        else
        {
            // A count moves in whole units: "1" is 0.5 to 1.5, however its digits read.
            low = Math.Min(low, value - 0.5);
            high = Math.Max(high, value + 0.5);
        }
        return (Math.Max(low, 0), high);
    }
}
