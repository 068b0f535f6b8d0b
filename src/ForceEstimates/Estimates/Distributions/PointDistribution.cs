using System;
using System.Globalization;

namespace ForceEstimates;

/// <summary>
/// All probability on one value. The default hedge model uses it only for a stated zero
/// ("exactly 0"), where no relative spread exists; every positive figure gets a spread.
/// Immutable and thread-safe.
/// </summary>
public sealed class PointDistribution : EstimateDistribution
{
    private PointDistribution(double value) => Value = value;

    /// <summary>Creates the distribution.</summary>
    /// <param name="value">The value; finite.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN or infinite.</exception>
    public static PointDistribution Of(double value) => new(Preconditions.CheckFinite(value));

    /// <summary>The value.</summary>
    public double Value { get; }

    /// <inheritdoc />
    public override double Mean => Value;

    /// <inheritdoc />
    public override double Median => Value;

    /// <inheritdoc />
    public override double Variance => 0;

    /// <inheritdoc />
    public override double SupportLower => Value;

    /// <inheritdoc />
    public override double SupportUpper => Value;

    /// <inheritdoc />
    public override double Cdf(double x) => double.IsNaN(x) ? double.NaN : x < Value ? 0 : 1;

    /// <inheritdoc />
    protected override double QuantileCore(double p) => Value;

    /// <inheritdoc />
    public override bool Equals(EstimateDistribution? other) => other is PointDistribution o && Value.Equals(o.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(typeof(PointDistribution), Value);

    /// <summary>Describes the value, culture-invariant.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Point({Value:G6})");
}
