using System;
using System.Globalization;

namespace ForceEstimates;

/// <summary>
/// Fits a distribution to stated quantiles ("the 5th percentile is 9,000 and the 95th 14,000",
/// "the median is 11,000 and the 90th percentile 13,000"). Thread-safe.
/// </summary>
/// <remarks>
/// A normal (or, on the log scale, a log-normal) has quantile function μ + σ·z(p), a straight line
/// in the standard normal quantile z(p). The fit is that line by least squares through the points
/// (z(pⱼ), xⱼ) — or (z(pⱼ), ln xⱼ) — which is exact for two quantiles and a compromise for more.
/// </remarks>
public static class QuantileFit
{
    /// <summary>The normal distribution whose quantiles best match the stated ones.</summary>
    /// <param name="probabilities">The probability of each stated quantile, each strictly between 0 and 1, at least two distinct.</param>
    /// <param name="values">The stated quantiles, one per probability, finite and increasing with the probability.</param>
    /// <returns>The fitted distribution.</returns>
    /// <exception cref="ArgumentException">The lengths differ, fewer than two distinct probabilities are given, a value is not finite, or the values do not increase with the probabilities; the message names the index.</exception>
    public static NormalDistribution Normal(ReadOnlySpan<double> probabilities, ReadOnlySpan<double> values)
    {
        var (mu, sigma) = Line(probabilities, values, logarithmic: false);
        return NormalDistribution.Of(mu, sigma);
    }

    /// <summary>The log-normal distribution whose quantiles best match the stated ones (on the log scale).</summary>
    /// <param name="probabilities">The probability of each stated quantile, each strictly between 0 and 1, at least two distinct.</param>
    /// <param name="values">The stated quantiles, positive, increasing with the probability.</param>
    /// <returns>The fitted distribution.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Normal"/>, or a value is not positive.</exception>
    public static LogNormalDistribution LogNormal(ReadOnlySpan<double> probabilities, ReadOnlySpan<double> values)
    {
        var (mu, sigma) = Line(probabilities, values, logarithmic: true);
        return LogNormalDistribution.FromLogParameters(mu, sigma);
    }

    private static (double Mu, double Sigma) Line(ReadOnlySpan<double> probabilities, ReadOnlySpan<double> values, bool logarithmic)
    {
        if (probabilities.Length != values.Length)
        {
            throw new ArgumentException($"Expected one value per probability ({probabilities.Length}), but got {values.Length}.", nameof(values));
        }
        double sumZ = 0, sumT = 0;
        int n = probabilities.Length;
        for (int j = 0; j < n; j++)
        {
            double p = probabilities[j], x = values[j];
            if (!(p > 0 && p < 1))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Expected probabilities strictly between 0 and 1, but probabilities[{j}] is {p}."), nameof(probabilities));
            }
            if (!double.IsFinite(x) || (logarithmic && !(x > 0)))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Expected {(logarithmic ? "positive finite" : "finite")} values, but values[{j}] is {x}."), nameof(values));
            }
            for (int i = 0; i < j; i++)
            {
                if ((probabilities[i] < p && values[i] >= x) || (probabilities[i] > p && values[i] <= x) || (probabilities[i] == p && values[i] != x))
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                        $"Expected values increasing with their probabilities, but values[{i}] = {values[i]} at p = {probabilities[i]} and values[{j}] = {x} at p = {p}."), nameof(values));
                }
            }
            sumZ += StandardNormal.Quantile(p);
            sumT += logarithmic ? Math.Log(x) : x;
        }
        double meanZ = sumZ / Math.Max(1, n), meanT = sumT / Math.Max(1, n);
        double szz = 0, szt = 0;
        for (int j = 0; j < n; j++)
        {
            double dz = StandardNormal.Quantile(probabilities[j]) - meanZ;
            double t = logarithmic ? Math.Log(values[j]) : values[j];
            szz += dz * dz;
            szt += dz * (t - meanT);
        }
        if (!(szz > 0))
        {
            throw new ArgumentException("Expected at least two distinct probabilities.", nameof(probabilities));
        }
        return (meanT - (szt / szz * meanZ), szt / szz);
    }
}
