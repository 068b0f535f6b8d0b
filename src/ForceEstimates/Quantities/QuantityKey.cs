using System;

namespace ForceEstimates;

/// <summary>
/// A <see cref="Quantity"/> without its unit: metric, subject, place, statistic and the
/// canonical unit of its dimension (km², km, %, or the counted thing). Figures whose quantities
/// share a key are about the same thing and can be combined once converted to
/// <see cref="CanonicalUnit"/> (see <see cref="ToCanonical(double, Unit)"/>). A peak and a level
/// have different keys; so do an area lost in km² and a share lost in %.
/// </summary>
/// <remarks>
/// Names compare as in <see cref="Quantity"/>. The default value has no parts and equals only
/// itself. Immutable and thread-safe.
/// </remarks>
public readonly struct QuantityKey : IEquatable<QuantityKey>
{
    internal QuantityKey(Metric metric, string subject, string? place, Statistic statistic, Unit canonicalUnit)
    {
        Metric = metric;
        Subject = subject;
        Place = place;
        Statistic = statistic;
        CanonicalUnit = canonicalUnit;
    }

    /// <summary>What is measured (null only for the default value).</summary>
    public Metric? Metric { get; }

    /// <summary>Of whom or what (null only for the default value).</summary>
    public string? Subject { get; }

    /// <summary>Where; null when no place is named.</summary>
    public string? Place { get; }

    /// <summary>Which summary over time.</summary>
    public Statistic Statistic { get; }

    /// <summary>The unit grouped figures are converted to: km², km, %, or the counted thing (null only for the default value).</summary>
    public Unit? CanonicalUnit { get; }

    /// <summary>Converts a value stated in <paramref name="unit"/> to <see cref="CanonicalUnit"/>.</summary>
    /// <param name="value">The value; not NaN.</param>
    /// <param name="unit">The unit it is stated in; compatible with <see cref="CanonicalUnit"/>.</param>
    /// <returns>The value in <see cref="CanonicalUnit"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentException">The value is NaN, the unit is not compatible, or this is the default key.</exception>
    public double ToCanonical(double value, Unit unit)
    {
        Preconditions.CheckNotNull(unit);
        Preconditions.CheckArgument(CanonicalUnit is not null, nameof(unit), "The default QuantityKey has no unit to convert to.");
        return unit.Convert(value, CanonicalUnit!);
    }

    /// <inheritdoc />
    public bool Equals(QuantityKey other)
        => Statistic == other.Statistic
            && Equals(Metric, other.Metric)
            && Equals(CanonicalUnit, other.CanonicalUnit)
            && NamesEqual(Subject, other.Subject)
            && NamesEqual(Place, other.Place);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is QuantityKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
        => HashCode.Combine(Metric, Subject is null ? 0 : Names.Comparer.GetHashCode(Subject), Place is null ? 0 : Names.Comparer.GetHashCode(Place), Statistic, CanonicalUnit);

    /// <summary>Whether two keys are equal.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    public static bool operator ==(QuantityKey left, QuantityKey right) => left.Equals(right);

    /// <summary>Whether two keys differ.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    public static bool operator !=(QuantityKey left, QuantityKey right) => !left.Equals(right);

    /// <summary>A readable form, e.g. "territory held of Ukrainian forces in Kursk Oblast (level, km²)".</summary>
    public override string ToString() => Quantity.Describe(Metric, Subject, Place, Statistic, CanonicalUnit);

    private static bool NamesEqual(string? a, string? b) => a is null ? b is null : b is not null && Names.Comparer.Equals(a, b);
}
