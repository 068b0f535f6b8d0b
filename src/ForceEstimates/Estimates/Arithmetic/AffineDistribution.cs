using System;
using System.Globalization;

namespace ForceEstimates;

/// <summary>
/// The distribution of a + b·X: what arithmetic returns, exactly, for a figure such as
/// <c>1 - now / peak</c> (a = 1, b = −1, X the log-normal ratio). A negative factor mirrors the
/// distribution. Meant for continuous X: where X has an atom at t, the CDF at a + b·t with b &lt; 0
/// leaves the atom out (it is the limit from the right). Immutable and thread-safe.
/// </summary>
public sealed class AffineDistribution : EstimateDistribution
{
    private AffineDistribution(EstimateDistribution inner, double offset, double factor)
    {
        Inner = inner;
        Offset = offset;
        Factor = factor;
    }

    /// <summary>Creates the distribution of <paramref name="offset"/> + <paramref name="factor"/> × X for X from <paramref name="inner"/>.</summary>
    /// <param name="inner">The distribution of X.</param>
    /// <param name="offset">a; finite.</param>
    /// <param name="factor">b; finite and not zero.</param>
    /// <returns>The distribution; an affine map of an affine distribution is folded into one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="offset"/> is not finite, or <paramref name="factor"/> is not finite or is zero.</exception>
    public static AffineDistribution Of(EstimateDistribution inner, double offset, double factor)
    {
        Preconditions.CheckNotNull(inner);
        Preconditions.CheckFinite(offset);
        Preconditions.CheckArgument(double.IsFinite(factor) && factor != 0, nameof(factor), $"Expected a finite factor other than zero, but got {factor}.");
        return inner is AffineDistribution affine
            ? new AffineDistribution(affine.Inner, offset + (factor * affine.Offset), factor * affine.Factor)
            : new AffineDistribution(inner, offset, factor);
    }

    /// <summary>The distribution of X.</summary>
    public EstimateDistribution Inner { get; }

    /// <summary>The offset a.</summary>
    public double Offset { get; }

    /// <summary>The factor b (negative mirrors X).</summary>
    public double Factor { get; }

    /// <inheritdoc />
    public override double Mean => Offset + (Factor * Inner.Mean);

    /// <inheritdoc />
    public override double Median => Offset + (Factor * Inner.Median);

    /// <inheritdoc />
    public override double Variance => Factor * Factor * Inner.Variance;

    /// <inheritdoc />
    public override double SupportLower => Offset + (Factor * (Factor > 0 ? Inner.SupportLower : Inner.SupportUpper));

    /// <inheritdoc />
    public override double SupportUpper => Offset + (Factor * (Factor > 0 ? Inner.SupportUpper : Inner.SupportLower));

    /// <inheritdoc />
    public override double Cdf(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }
        var t = (x - Offset) / Factor;
        return Factor > 0 ? Inner.Cdf(t) : 1 - Inner.Cdf(t);
    }

    /// <inheritdoc />
    protected override double QuantileCore(double p) => Offset + (Factor * Inner.Quantile(Factor > 0 ? p : 1 - p));

    /// <inheritdoc />
    public override bool Equals(EstimateDistribution? other)
        => other is AffineDistribution a && a.Offset.Equals(Offset) && a.Factor.Equals(Factor) && a.Inner.Equals(Inner);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(typeof(AffineDistribution), Inner, Offset, Factor);

    /// <summary>Describes the map, culture-invariant, e.g. <c>1 + -1×LogNormal(μ=-0.54, σ=0.06)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Offset:G6} + {Factor:G6}×{Inner}");
}
