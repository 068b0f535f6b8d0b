using System;
using System.Collections.Generic;
using System.Globalization;

namespace ForceEstimates.Aggregation;

/// <summary>
/// How an Admiralty (NATO STANAG 2511) rating scales a report's weight: the product of a factor for
/// the source's reliability (A–F) and one for the information's credibility (1–6). Immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// The default factors are A/1 = 1.0, B/2 = 0.85, C/3 = 0.7, D/4 = 0.5, E/5 = 0.3, and F/6 = 0.7.
/// F ("reliability cannot be judged") and 6 ("truth cannot be judged") are neutral: they get the
/// middle grade C/3's factor, because not knowing is not evidence of unreliability; an unrated
/// report is F6. The steps are a judgement, not a calibration: change them with <see cref="Of"/>.
/// </remarks>
public sealed class RatingWeights
{
    private readonly double[] reliability; // index 0..5 = A..F
    private readonly double[] credibility; // index 0..5 = 1..6

    private RatingWeights(double[] reliability, double[] credibility)
    {
        this.reliability = reliability;
        this.credibility = credibility;
        AllOne = Array.TrueForAll(reliability, f => f == 1) && Array.TrueForAll(credibility, f => f == 1);
    }

    /// <summary>Whether every factor is 1 (as in <see cref="Ignore"/>): then every rating's <see cref="Factor"/> is 1 exactly.</summary>
    internal bool AllOne { get; }

    /// <summary>The mapping described in the remarks (not <see cref="AggregationOptions.RatingWeights"/>'s default, which is <see cref="Ignore"/>).</summary>
    public static RatingWeights Default { get; } = new([1.0, 0.85, 0.7, 0.5, 0.3, 0.7], [1.0, 0.85, 0.7, 0.5, 0.3, 0.7]);

    /// <summary>Every rating counts the same (factor 1): ratings are ignored.</summary>
    public static RatingWeights Ignore { get; } = new([1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]);

    /// <summary>Creates a mapping from six factors for A–F and six for 1–6.</summary>
    /// <param name="reliability">Factors for reliability A, B, C, D, E, F: each finite, in (0, 1].</param>
    /// <param name="credibility">Factors for credibility 1, 2, 3, 4, 5, 6: each finite, in (0, 1].</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A list does not have six factors, or a factor is outside (0, 1]; the message names the index.</exception>
    public static RatingWeights Of(IReadOnlyList<double> reliability, IReadOnlyList<double> credibility)
        => new(Check(reliability, nameof(reliability)), Check(credibility, nameof(credibility)));

    private static double[] Check(IReadOnlyList<double> factors, string paramName)
    {
        Preconditions.CheckNotNull(factors, paramName);
        if (factors.Count != 6)
        {
            throw new ArgumentException($"Expected six factors, but got {factors.Count}.", paramName);
        }
        var copy = new double[6];
        for (int i = 0; i < 6; i++)
        {
            if (!(factors[i] > 0 && factors[i] <= 1))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Expected factors in (0, 1], but {paramName}[{i}] is {factors[i]}."), paramName);
            }
            copy[i] = factors[i];
        }
        return copy;
    }

    /// <summary>The factor for a source's reliability.</summary>
    /// <param name="value">The reliability grade.</param>
    /// <returns>A factor in (0, 1].</returns>
    public double ReliabilityFactor(SourceReliability value) => reliability[Math.Clamp((int)value, 1, 6) - 1];

    /// <summary>The factor for an item's credibility.</summary>
    /// <param name="value">The credibility grade.</param>
    /// <returns>A factor in (0, 1].</returns>
    public double CredibilityFactor(InformationCredibility value) => credibility[Math.Clamp((int)value, 1, 6) - 1];

    /// <summary>The weight factor of a rating: reliability factor × credibility factor.</summary>
    /// <param name="rating">The rating (the default value is unrated, F6).</param>
    /// <returns>A factor in (0, 1].</returns>
    public double Factor(AdmiraltyRating rating) => ReliabilityFactor(rating.Reliability) * CredibilityFactor(rating.Credibility);
}
