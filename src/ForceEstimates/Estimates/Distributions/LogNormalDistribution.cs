using System;
using System.Globalization;

namespace ForceEstimates;

/// <summary>
/// A log-normal distribution: ln X is normal with mean <see cref="Mu"/> and standard deviation
/// <see cref="Sigma"/>. Used for two-sided readings ("about", bare figures, ranges), which are
/// symmetric in relative terms. Its <see cref="EstimateDistribution.Median"/> is e^μ (the
/// back-transformed centre, the stated number for "about"); its <see cref="Mean"/> is
/// e^(μ + σ²/2), slightly larger. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// e^μ is computed in floating point from a μ that was itself a logarithm, so the stated 12,000 of "about 12,000" would
/// come back as 11,999.999999999993. The median is therefore e^μ moved to the nearest whole number, or else the nearest
/// hundredth (a tenth of a percent, a cent), when it lies within 10⁻¹⁴ of it relatively, a few units in the last place
/// of μ; any other e^μ is kept as computed.
/// </remarks>
public sealed class LogNormalDistribution : EstimateDistribution
{
    private LogNormalDistribution(double mu, double sigma)
    {
        Mu = mu;
        Sigma = sigma;
        median = RoundTrip.Exp(mu);
    }

    // e^μ without the round trip's float error (RoundTrip.Exp), computed once: aggregation reads every report's median at every call.
    private readonly double median;

    /// <summary>Creates the distribution from the parameters of ln X.</summary>
    /// <param name="mu">The mean of ln X; finite.</param>
    /// <param name="sigma">The standard deviation of ln X; finite and positive.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentException">An argument is NaN, infinite, or <paramref name="sigma"/> is not positive.</exception>
    public static LogNormalDistribution FromLogParameters(double mu, double sigma)
        => new(Preconditions.CheckFinite(mu), Preconditions.CheckPositive(sigma));

    /// <summary>Creates the distribution with the given median and σ of ln X.</summary>
    /// <param name="median">The median; finite and positive.</param>
    /// <param name="sigma">The standard deviation of ln X; finite and positive.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentException">An argument is NaN, infinite, or not positive.</exception>
    public static LogNormalDistribution FromMedian(double median, double sigma)
        => new(Math.Log(Preconditions.CheckPositive(median)), Preconditions.CheckPositive(sigma));

    /// <summary>Creates the distribution whose central interval at <paramref name="level"/> is [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    /// <param name="lower">The lower end; finite and positive.</param>
    /// <param name="upper">The upper end; finite and greater than <paramref name="lower"/>.</param>
    /// <param name="level">The probability of the interval, in (0, 1).</param>
    /// <returns>The distribution, with median √(lower·upper).</returns>
    /// <exception cref="ArgumentException">An end is not finite and positive, or the ends are not increasing.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is outside (0, 1).</exception>
    public static LogNormalDistribution FromInterval(double lower, double upper, double level)
    {
        Preconditions.CheckPositive(lower);
        Preconditions.CheckPositive(upper);
        Preconditions.CheckOpenUnit(level);
        Preconditions.CheckArgument(upper > lower, nameof(upper),
            $"Expected the upper end ({upper}) to be greater than the lower end ({lower}).");
        return CreateCentral(lower, upper, StandardNormal.Quantile((1 + level) / 2));
    }

    /// <summary>
    /// Trusted form of <see cref="FromInterval"/> for the hedge model, which reads every range at
    /// one level and so passes its z (the standard normal quantile of the interval's upper end) once computed.
    /// </summary>
    internal static LogNormalDistribution CreateCentral(double lower, double upper, double z)
        => new((Math.Log(lower) + Math.Log(upper)) / 2, (Math.Log(upper) - Math.Log(lower)) / (2 * z));

    /// <summary>Trusted constructor for the hedge model's precomputed parameters.</summary>
    internal static LogNormalDistribution Create(double mu, double sigma) => new(mu, sigma);

    /// <summary>The mean of ln X.</summary>
    public double Mu { get; }

    /// <summary>The standard deviation of ln X (roughly the relative standard deviation when small).</summary>
    public double Sigma { get; }

    /// <inheritdoc />
    public override double Mean => Math.Exp(Mu + (Sigma * Sigma / 2));

    /// <inheritdoc />
    public override double Median => median;

    /// <inheritdoc />
    public override double Variance => (Math.Exp(Sigma * Sigma) - 1) * Math.Exp((2 * Mu) + (Sigma * Sigma));

    /// <inheritdoc />
    public override double SupportLower => 0;

    /// <inheritdoc />
    public override double SupportUpper => double.PositiveInfinity;

    /// <inheritdoc />
    public override double Cdf(double x)
        => double.IsNaN(x) ? double.NaN : x <= 0 ? 0 : StandardNormal.Cdf((Math.Log(x) - Mu) / Sigma);

    /// <inheritdoc />
    protected override double QuantileCore(double p) => Math.Exp(Mu + (Sigma * StandardNormal.Quantile(p)));

    /// <inheritdoc />
    public override bool Equals(EstimateDistribution? other)
        => other is LogNormalDistribution o && Mu.Equals(o.Mu) && Sigma.Equals(o.Sigma);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(typeof(LogNormalDistribution), Mu, Sigma);

    /// <summary>Describes the parameters, culture-invariant, e.g. <c>LogNormal(μ=9.3, σ=0.04)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"LogNormal(μ={Mu:G6}, σ={Sigma:G6})");
}
