using System;
using System.Globalization;

namespace ForceEstimates;

/// <summary>
/// How far a hedged number is read to stretch, relative to the number: the ends of the reading's
/// interval as relative deviations. "about 100" with <c>Lower = −0.062</c> and <c>Upper = 0.056</c>
/// is read as about [93.8, 105.6]. For two-sided hedges both ends are used (as a central 90%
/// interval); for one-sided hedges only the open side (as the 95% quantile of the distance from the
/// bound): <see cref="Upper"/> for "over"/"at least", <see cref="Lower"/> for "nearly"/"at most"/"under".
/// Immutable and thread-safe.
/// </summary>
public readonly struct HedgeSpread : IEquatable<HedgeSpread>
{
    /// <summary>Creates a spread.</summary>
    /// <param name="lower">The relative deviation of the lower end, in (−1, 0].</param>
    /// <param name="upper">The relative deviation of the upper end, finite and ≥ 0.</param>
    /// <exception cref="ArgumentException">An end is NaN, infinite or on the wrong side of zero.</exception>
    public HedgeSpread(double lower, double upper)
    {
        Preconditions.CheckArgument(lower > -1 && lower <= 0, nameof(lower),
            $"Expected a relative lower deviation in (-1, 0], but got {lower}.");
        Preconditions.CheckArgument(double.IsFinite(upper) && upper >= 0, nameof(upper),
            $"Expected a finite relative upper deviation of at least 0, but got {upper}.");
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The relative deviation of the lower end (≤ 0): −0.1 means 10% below the number.</summary>
    public double Lower { get; }

    /// <summary>The relative deviation of the upper end (≥ 0): 0.1 means 10% above the number.</summary>
    public double Upper { get; }

    /// <summary>A symmetric spread on the log scale: ends at e^(∓halfWidth) − 1.</summary>
    /// <param name="logHalfWidth">The half-width of the interval on the natural-log scale; finite and ≥ 0.</param>
    /// <returns>The spread.</returns>
    /// <exception cref="ArgumentException"><paramref name="logHalfWidth"/> is negative, NaN or infinite.</exception>
    public static HedgeSpread FromLogHalfWidth(double logHalfWidth)
    {
        Preconditions.CheckArgument(double.IsFinite(logHalfWidth) && logHalfWidth >= 0, nameof(logHalfWidth),
            "Expected a finite half-width of at least 0.");
        return new HedgeSpread(Math.Exp(-logHalfWidth) - 1, Math.Exp(logHalfWidth) - 1);
    }

    /// <inheritdoc />
    public bool Equals(HedgeSpread other) => Lower.Equals(other.Lower) && Upper.Equals(other.Upper);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is HedgeSpread other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lower, Upper);

    /// <summary>Equality of both ends.</summary>
    /// <param name="left">The first spread.</param>
    /// <param name="right">The second spread.</param>
    public static bool operator ==(HedgeSpread left, HedgeSpread right) => left.Equals(right);

    /// <summary>Inequality of either end.</summary>
    /// <param name="left">The first spread.</param>
    /// <param name="right">The second spread.</param>
    public static bool operator !=(HedgeSpread left, HedgeSpread right) => !left.Equals(right);

    /// <summary>Formats as percentages, culture-invariant, e.g. <c>[-6.2%, +5.6%]</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Lower * 100:+0.0;-0.0;0}%, {Upper * 100:+0.0;-0.0;0}%]");
}
