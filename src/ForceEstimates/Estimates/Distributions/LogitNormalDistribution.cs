using System;
using System.Globalization;

namespace ForceEstimates;

/// <summary>
/// A share on (0, <see cref="Upper"/>) whose logit, ln(x / (Upper − x)), is normal N(μ, σ²): how
/// percentages are aggregated, so that an interval never leaves 0–100%. Immutable and thread-safe.
/// </summary>
public sealed class LogitNormalDistribution : EstimateDistribution
{
    private LogitNormalDistribution(double mu, double sigma, double upper)
    {
        Mu = mu;
        Sigma = sigma;
        Upper = upper;
    }

    /// <summary>Creates the distribution of <paramref name="upper"/>·logistic(N(μ, σ²)).</summary>
    /// <param name="mu">The mean of the logit; finite.</param>
    /// <param name="sigma">The standard deviation of the logit; finite and positive.</param>
    /// <param name="upper">The upper end of the scale: 100 for percent, 1 for a fraction.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentException">An argument is NaN or infinite, or σ or the upper end is not positive.</exception>
    public static LogitNormalDistribution Of(double mu, double sigma, double upper = 100)
        => new(Preconditions.CheckFinite(mu), Preconditions.CheckPositive(sigma), Preconditions.CheckPositive(upper));

    /// <summary>The mean of the logit.</summary>
    public double Mu { get; }

    /// <summary>The standard deviation of the logit.</summary>
    public double Sigma { get; }

    /// <summary>The upper end of the scale (100 for percent).</summary>
    public double Upper { get; }

    /// <inheritdoc />
    public override double Median => FromLogit(Mu);

    /// <inheritdoc />
    /// <remarks>No closed form exists; computed by 128-point Gauss–Legendre quadrature of x·φ(z) over z in [−9, 9].</remarks>
    public override double Mean => Moment(1);

    /// <inheritdoc />
    public override double Variance
    {
        get
        {
            double m = Mean;
            return Math.Max(0, Moment(2) - (m * m));
        }
    }

    /// <inheritdoc />
    public override double SupportLower => 0;

    /// <inheritdoc />
    public override double SupportUpper => Upper;

    /// <inheritdoc />
    public override double Cdf(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }
        if (x <= 0)
        {
            return 0;
        }
        if (x >= Upper)
        {
            return 1;
        }
        return StandardNormal.Cdf((Math.Log(x / (Upper - x)) - Mu) / Sigma);
    }

    /// <inheritdoc />
    protected override double QuantileCore(double p) => FromLogit(Mu + (Sigma * StandardNormal.Quantile(p)));

    private double FromLogit(double logit) => Upper / (1 + Math.Exp(-logit));

    private double Moment(int power)
        => MathNet.Numerics.Integration.GaussLegendreRule.Integrate(
            z => Math.Pow(FromLogit(Mu + (Sigma * z)), power) * Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI), -9, 9, 128);

    /// <inheritdoc />
    public override bool Equals(EstimateDistribution? other)
        => other is LogitNormalDistribution d && d.Mu.Equals(Mu) && d.Sigma.Equals(Sigma) && d.Upper.Equals(Upper);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(typeof(LogitNormalDistribution), Mu, Sigma, Upper);

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"LogitNormal(μ={Mu:G6}, σ={Sigma:G6}, upper={Upper:G6})");
}
