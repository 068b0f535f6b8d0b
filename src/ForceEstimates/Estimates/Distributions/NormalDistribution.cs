using System;
using System.Globalization;

namespace ForceEstimates;

/// <summary>
/// The normal distribution N(μ, σ²), for quantities that may be negative (a change) and for
/// aggregates computed on the natural scale. Immutable and thread-safe.
/// </summary>
public sealed class NormalDistribution : EstimateDistribution
{
    private NormalDistribution(double mean, double standardDeviation)
    {
        Mu = mean;
        Sigma = standardDeviation;
    }

    /// <summary>Creates N(<paramref name="mean"/>, <paramref name="standardDeviation"/>²).</summary>
    /// <param name="mean">The mean; finite.</param>
    /// <param name="standardDeviation">The standard deviation; finite and positive.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentException">An argument is NaN, infinite, or the standard deviation is not positive.</exception>
    public static NormalDistribution Of(double mean, double standardDeviation)
        => new(Preconditions.CheckFinite(mean), Preconditions.CheckPositive(standardDeviation));

    /// <summary>The mean μ.</summary>
    public double Mu { get; }

    /// <summary>The standard deviation σ.</summary>
    public double Sigma { get; }

    /// <inheritdoc />
    public override double Mean => Mu;

    /// <inheritdoc />
    public override double Median => Mu;

    /// <inheritdoc />
    public override double Variance => Sigma * Sigma;

    /// <inheritdoc />
    public override double SupportLower => double.NegativeInfinity;

    /// <inheritdoc />
    public override double SupportUpper => double.PositiveInfinity;

    /// <inheritdoc />
    public override double Cdf(double x) => double.IsNaN(x) ? double.NaN : StandardNormal.Cdf((x - Mu) / Sigma);

    /// <inheritdoc />
    protected override double QuantileCore(double p) => Mu + (Sigma * StandardNormal.Quantile(p));

    /// <inheritdoc />
    public override bool Equals(EstimateDistribution? other)
        => other is NormalDistribution normal && normal.Mu.Equals(Mu) && normal.Sigma.Equals(Sigma);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(typeof(NormalDistribution), Mu, Sigma);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Normal(μ={Mu:G6}, σ={Sigma:G6})");
}
