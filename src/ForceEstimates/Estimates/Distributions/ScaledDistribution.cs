using System;
using System.Globalization;

namespace ForceEstimates;

/// <summary>
/// The distribution of c·X for a positive factor c: an estimate expressed in another unit (square
/// miles to square kilometres multiplies by 2.589988). Immutable and thread-safe.
/// </summary>
public sealed class ScaledDistribution : EstimateDistribution
{
    private ScaledDistribution(EstimateDistribution inner, double factor)
    {
        Inner = inner;
        Factor = factor;
    }

    /// <summary>Creates the distribution of <paramref name="factor"/> × X for X from <paramref name="inner"/>.</summary>
    /// <param name="inner">The distribution of X.</param>
    /// <param name="factor">The factor; finite and positive.</param>
    /// <returns>The scaled distribution (scaling a scaled distribution multiplies the factors).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="factor"/> is not finite and positive.</exception>
    public static ScaledDistribution Of(EstimateDistribution inner, double factor)
    {
        Preconditions.CheckNotNull(inner);
        Preconditions.CheckPositive(factor);
        return inner is ScaledDistribution scaled
            ? new ScaledDistribution(scaled.Inner, scaled.Factor * factor)
            : new ScaledDistribution(inner, factor);
    }

    /// <summary>The distribution of X.</summary>
    public EstimateDistribution Inner { get; }

    /// <summary>The factor c.</summary>
    public double Factor { get; }

    /// <inheritdoc />
    public override double Mean => Factor * Inner.Mean;

    /// <inheritdoc />
    public override double Median => Factor * Inner.Median;

    /// <inheritdoc />
    public override double Variance => Factor * Factor * Inner.Variance;

    /// <inheritdoc />
    public override double SupportLower => Factor * Inner.SupportLower;

    /// <inheritdoc />
    public override double SupportUpper => Factor * Inner.SupportUpper;

    /// <inheritdoc />
    public override double Cdf(double x) => Inner.Cdf(x / Factor);

    /// <inheritdoc />
    protected override double QuantileCore(double p) => Factor * Inner.Quantile(p);

    /// <inheritdoc />
    public override bool Equals(EstimateDistribution? other)
        => other is ScaledDistribution s && s.Factor.Equals(Factor) && s.Inner.Equals(Inner);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(typeof(ScaledDistribution), Inner, Factor);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Factor:G6}×{Inner}");
}
