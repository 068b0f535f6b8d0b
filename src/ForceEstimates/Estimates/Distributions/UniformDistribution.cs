using System;
using System.Globalization;

namespace ForceEstimates;

/// <summary>
/// A uniform distribution on [<see cref="Lower"/>, <see cref="Upper"/>]; used for ranges that
/// start at zero ("0–5%"), where a log scale is impossible. Immutable and thread-safe.
/// </summary>
public sealed class UniformDistribution : EstimateDistribution
{
    private UniformDistribution(double lower, double upper)
    {
        Lower = lower;
        Upper = upper;
    }

    /// <summary>Creates the distribution.</summary>
    /// <param name="lower">The lower end; finite.</param>
    /// <param name="upper">The upper end; finite and greater than <paramref name="lower"/>.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentException">An end is NaN or infinite, or the ends are not increasing.</exception>
    public static UniformDistribution Of(double lower, double upper)
    {
        Preconditions.CheckFinite(lower);
        Preconditions.CheckFinite(upper);
        Preconditions.CheckArgument(upper > lower, nameof(upper),
            $"Expected the upper end ({upper}) to be greater than the lower end ({lower}).");
        return new UniformDistribution(lower, upper);
    }

    /// <summary>The lower end.</summary>
    public double Lower { get; }

    /// <summary>The upper end.</summary>
    public double Upper { get; }

    /// <inheritdoc />
    public override double Mean => (Lower + Upper) / 2;

    /// <inheritdoc />
    public override double Median => (Lower + Upper) / 2;

    /// <inheritdoc />
    public override double Variance => (Upper - Lower) * (Upper - Lower) / 12;

    /// <inheritdoc />
    public override double SupportLower => Lower;

    /// <inheritdoc />
    public override double SupportUpper => Upper;

    /// <inheritdoc />
    public override double Cdf(double x)
        => double.IsNaN(x) ? double.NaN : x <= Lower ? 0 : x >= Upper ? 1 : (x - Lower) / (Upper - Lower);

    /// <inheritdoc />
    protected override double QuantileCore(double p) => Lower + (p * (Upper - Lower));

    /// <inheritdoc />
    public override bool Equals(EstimateDistribution? other)
        => other is UniformDistribution o && Lower.Equals(o.Lower) && Upper.Equals(o.Upper);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(typeof(UniformDistribution), Lower, Upper);

    /// <summary>Describes the parameters, culture-invariant.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Uniform({Lower:G6}, {Upper:G6})");
}
