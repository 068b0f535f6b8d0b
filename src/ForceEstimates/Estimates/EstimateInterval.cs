using System;
using System.Globalization;

namespace ForceEstimates;

/// <summary>
/// A closed interval of values with the probability level it was computed for, such as the
/// central 90% interval of an <see cref="Estimate"/> or the 95% confidence interval of a
/// meta-analysis. Named so that it does not clash with <c>NodaTime.Interval</c> or
/// <see cref="System.Range"/>. Immutable and thread-safe.
/// <para><c>default(EstimateInterval)</c> is a valid interval: [0, 0] with no stated level
/// (<see cref="Level"/> is NaN), as <c>new EstimateInterval(0, 0, double.NaN)</c>.</para>
/// </summary>
public readonly struct EstimateInterval : IEquatable<EstimateInterval>
{
    // The level's bits, complemented: the all-zero default holds the complement of a NaN's bits, so
    // default(EstimateInterval) has no level rather than the invalid level 0, at no cost in size.
    private readonly long levelBitsComplement;

    /// <summary>Creates an interval; <paramref name="level"/> may be NaN when the interval has no stated probability.</summary>
    /// <param name="lower">The lower end; not NaN.</param>
    /// <param name="upper">The upper end; not NaN and not below <paramref name="lower"/>.</param>
    /// <param name="level">The probability the interval was computed for, in (0, 1], or NaN.</param>
    /// <exception cref="ArgumentException">An end is NaN, the ends are inverted, or the level is outside (0, 1].</exception>
    public EstimateInterval(double lower, double upper, double level)
    {
        if (double.IsNaN(lower))
        {
            throw new ArgumentException("Expected a number for the lower end, but got NaN.", nameof(lower));
        }
        if (double.IsNaN(upper))
        {
            throw new ArgumentException("Expected a number for the upper end, but got NaN.", nameof(upper));
        }
        if (upper < lower)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected the upper end ({upper}) to be at least the lower end ({lower})."),
                nameof(upper));
        }
        if (!double.IsNaN(level) && !(level > 0 && level <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Expected a level in (0, 1], or NaN when there is none.");
        }
        Lower = lower;
        Upper = upper;
        levelBitsComplement = ~BitConverter.DoubleToInt64Bits(level);
    }

    /// <summary>The lower end (may be negative infinity for an unbounded interval).</summary>
    public double Lower { get; }

    /// <summary>The upper end (may be positive infinity for an unbounded interval).</summary>
    public double Upper { get; }

    /// <summary>The probability level the interval was computed for (0.9 for a 90% interval), or NaN.</summary>
    public double Level => BitConverter.Int64BitsToDouble(~levelBitsComplement);

    /// <summary>The width, <see cref="Upper"/> − <see cref="Lower"/>.</summary>
    public double Width => Upper - Lower;

    /// <summary>Whether <paramref name="value"/> lies in the closed interval.</summary>
    /// <param name="value">The value to test.</param>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>Maps both ends through an increasing function (for example <see cref="Math.Exp(double)"/> to leave a log scale).</summary>
    /// <param name="increasing">A non-decreasing function.</param>
    /// <returns>The interval of the mapped ends, at the same level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="increasing"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="increasing"/> gives NaN for an end, or maps the upper end below the lower one.</exception>
    public EstimateInterval Map(Func<double, double> increasing)
    {
        Preconditions.CheckNotNull(increasing);
        double lower = increasing(Lower), upper = increasing(Upper);
        // Checked here so that a bad function is blamed, not the constructor's "lower" or "upper".
        Preconditions.CheckArgument(lower <= upper, nameof(increasing),
            $"Expected a non-decreasing function, but it maps [{Lower}, {Upper}] to [{lower}, {upper}].");
        return new EstimateInterval(lower, upper, Level);
    }

    /// <inheritdoc />
    public bool Equals(EstimateInterval other)
        => Lower.Equals(other.Lower) && Upper.Equals(other.Upper) && Level.Equals(other.Level);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EstimateInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lower, Upper, Level);

    /// <summary>Equality of ends and level.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    public static bool operator ==(EstimateInterval left, EstimateInterval right) => left.Equals(right);

    /// <summary>Inequality of ends or level.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    public static bool operator !=(EstimateInterval left, EstimateInterval right) => !left.Equals(right);

    /// <summary>
    /// The ends as a range in the library's number format, with the level, culture-invariant: <c>45,200–55,300 (90%)</c>,
    /// <c>10,000–∞</c> without a level, <c>-120 to -40 (95%)</c> with a negative end. Three significant figures, more
    /// when the ends would otherwise read the same (<c>1,375–1,377</c>); the exact ends are <see cref="Lower"/> and
    /// <see cref="Upper"/>.
    /// </summary>
    public override string ToString()
    {
        var range = NumberText.Range(Lower, Upper);
        return double.IsNaN(Level) ? range : range + " (" + NumberText.Level(Level) + ")";
    }
}
