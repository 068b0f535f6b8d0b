using System;
using System.Globalization;

namespace ForceEstimates;

/// <summary>
/// The one way the library writes numbers for people to read: <see cref="EstimateInterval.ToString"/>, the
/// notebook HTML, the SVG pictures and the plain-text summaries all go through it, so a value and its interval
/// never appear in two styles side by side. Culture-invariant. Thread-safe.
/// </summary>
/// <remarks>
/// A figure gets three significant figures by default: an estimate from hedged reports is not more precise than
/// that, and "10,934.27" would claim otherwise. Whole numbers of 100 and more get comma groups ("57,800");
/// smaller ones keep their decimals ("45.7", "0.0123"); magnitudes from 10^15 up, and non-zero ones below 10^-5, are
/// written with an exponent ("1.25E+15"). The ends of a range get more digits when three would make them equal
/// ("1,375–1,377", not "1,380–1,380"), and a value written beside its interval shares the interval's figures, with
/// more of them when three would make it read as an end ("median 1,376, 90% interval 1,375–1,377", not "median 1,380,
/// 90% interval 1,370–1,380"): see <see cref="Digits(double, double, double)"/>. Infinite values are "∞" and "-∞".
/// </remarks>
internal static class NumberText
{
    /// <summary>The significant figures of a figure unless more are asked for.</summary>
    internal const int DefaultDigits = 3;

    private const int MaxDigits = 15;

    /// <summary>A number with <paramref name="significantDigits"/> significant figures (1 to 15).</summary>
    internal static string Of(double value, int significantDigits = DefaultDigits)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "-∞";
        }
        if (value == 0)
        {
            return "0";
        }
        int digits = Math.Clamp(significantDigits, 1, MaxDigits);
        double magnitude = Math.Abs(value);
        if (magnitude >= 1e15 || magnitude < 1e-5)
        {
            return value.ToString("0." + new string('#', digits - 1) + "E+0", CultureInfo.InvariantCulture);
        }
        int exponent = (int)Math.Floor(Math.Log10(magnitude));
        if (exponent >= 2)
        {
            // Whole numbers: round at the last significant place and group the thousands.
            double step = Math.Pow(10, exponent - digits + 1);
            double rounded = step > 1 ? Math.Round(value / step) * step : Math.Round(value, Math.Max(0, digits - 1 - exponent));
            return rounded.ToString(step >= 1 ? "#,0" : "#,0." + new string('#', digits - 1 - exponent), CultureInfo.InvariantCulture);
        }
        return value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A range "lower–upper" with the same significant figures at both ends: three, or as many as it takes for
    /// different ends to read differently. Written "lower to upper" when an end is negative, so that a minus sign
    /// is never taken for the dash.
    /// </summary>
    internal static string Range(double lower, double upper) => Range(lower, upper, RangeDigits(lower, upper));

    /// <summary>
    /// A range with <paramref name="significantDigits"/> significant figures at both ends (1 to 15), e.g. the figures
    /// <see cref="Digits(double, double, double)"/> chose for a value written beside it. "lower to upper" when an end is negative.
    /// </summary>
    internal static string Range(double lower, double upper, int significantDigits)
    {
        string low = Of(lower, significantDigits), high = Of(upper, significantDigits);
        return lower < 0 || upper < 0 ? low + " to " + high : low + "–" + high;
    }

    /// <summary>The significant figures a range's ends are written with: three, or as many as it takes for different ends to read differently.</summary>
    internal static int RangeDigits(double lower, double upper) => Digits(lower, lower, upper);

    /// <summary>
    /// The significant figures a value and the ends of its interval are all written with: three, or as many as it
    /// takes (up to 15) for any two of the three that differ to read differently, so that a value inside its interval
    /// never reads as one of its ends and a figure stated with more digits ("1,376") reads as itself when its
    /// interval is narrow. A value equal to an end (a one-sided interval, a point) reads as that end; an infinite
    /// end ("∞") or NaN never collides with a finite figure, so it asks for no more digits.
    /// </summary>
    internal static int Digits(double value, double lower, double upper)
    {
        int digits = DefaultDigits;
        while (digits < MaxDigits && (Collide(value, lower, digits) || Collide(value, upper, digits) || Collide(lower, upper, digits)))
        {
            digits++;
        }
        return digits;
    }

    /// <summary>
    /// The significant figures an estimate's median and the ends of its interval are written with: those of
    /// <see cref="Digits(double, double, double)"/>, and at least as many as the figure was stated with when its median is
    /// the stated number, so that "about 1,376" reads as 1,376 beside 1,360–1,390, not as 1,380.
    /// </summary>
    internal static int Digits(Estimate estimate, double lower, double upper)
    {
        int digits = Digits(estimate.Median, lower, upper);
        var stated = estimate.Stated;
        return estimate.Hedge != HedgeKind.Distribution && estimate.Median == stated.Value
            ? Math.Clamp(stated.SignificantDigits, digits, MaxDigits)
            : digits;
    }

    // Two numbers that differ but would read the same with these digits.
    private static bool Collide(double a, double b, int digits)
        => a != b && !double.IsNaN(a) && !double.IsNaN(b) && Of(a, digits) == Of(b, digits);

    /// <summary>A percentage (already multiplied by 100) with at most one decimal: "24.9%", "0%", "100%".</summary>
    internal static string Percent(double percent)
        => double.IsFinite(percent)
            ? percent.ToString("0.#", CultureInfo.InvariantCulture) + "%"
            : Of(percent) + "%";

    /// <summary>
    /// A share of a whole (0 to 1) as a percentage with at most one decimal; a positive share too small to show one
    /// reads "&lt;0.1%", so that a report that counts, however little, is not written as if it did not.
    /// </summary>
    internal static string Share(double share)
        => share > 0 && share < 0.0005 ? "<0.1%" : Percent(share * 100);

    /// <summary>
    /// A count with its noun, plural unless the count is 1, the count with comma groups: "1 report", "3 reports",
    /// "1,204 problems". The noun's plural is the noun and "s" (the library's nouns are regular).
    /// </summary>
    internal static string Count(int count, string noun)
        => string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");

    /// <summary>A probability level as a percentage: 0.95 → "95%", 0.999 → "99.9%".</summary>
    internal static string Level(double level) => Percent(level * 100);
}
