using System;
using System.Globalization;

namespace ForceEstimates.Aggregation;

/// <summary>
/// One observation for <see cref="MetaAnalysis.FitCensored(ReadOnlySpan{Observation}, ReadOnlySpan{double}, TauSquaredMethod)"/>: a point value, or a one-sided or two-sided bound,
/// on the analysis scale (for counts, the logarithm), with the within-study (reporting) variance of the value
/// behind it. Create one with <see cref="Point"/>, <see cref="AtMost"/>, <see cref="AtLeast"/> or
/// <see cref="Between"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Under the random-effects model the value behind observation i is y_i ~ N(μ, v_i + tau²). A point contributes
/// its normal density; an <see cref="ClaimForm.AtMost"/> bound b contributes P(y_i ≤ b) = Φ((b − μ)/σ_i);
/// an <see cref="ClaimForm.AtLeast"/> bound a contributes 1 − Φ((a − μ)/σ_i); an interval contributes
/// Φ((b − μ)/σ_i) − Φ((a − μ)/σ_i), with σ_i = √(v_i + tau²). Whether a bound is strict ("more than" against
/// "at least") makes no difference to a continuous model.
/// </remarks>
public readonly struct Observation : IEquatable<Observation>
{
    private Observation(ClaimForm form, double lower, double upper, double variance)
    {
        Form = form;
        Lower = lower;
        Upper = upper;
        Variance = variance;
    }

    /// <summary>What the observation says: a point, or which kind of bound.</summary>
    public ClaimForm Form { get; }

    /// <summary>The lower bound: the value itself for a point, negative infinity for <see cref="ClaimForm.AtMost"/>.</summary>
    public double Lower { get; }

    /// <summary>The upper bound: the value itself for a point, positive infinity for <see cref="ClaimForm.AtLeast"/>.</summary>
    public double Upper { get; }

    /// <summary>The within-study variance v_i of the value behind the observation, on the analysis scale.</summary>
    public double Variance { get; }

    /// <summary>Whether the observation is a point value (not censored).</summary>
    public bool IsPoint => Form == ClaimForm.Point;

    /// <summary>A point value.</summary>
    /// <param name="value">The value, finite.</param>
    /// <param name="variance">Its within-study variance, finite and greater than 0.</param>
    /// <exception cref="ArgumentException">A value is not finite, or the variance is not greater than 0.</exception>
    public static Observation Point(double value, double variance)
        => new(ClaimForm.Point, Preconditions.CheckFinite(value), value, Preconditions.CheckPositive(variance));

    /// <summary>A left-censored value: at most <paramref name="bound"/> ("up to", "no more than").</summary>
    /// <param name="bound">The upper bound, finite.</param>
    /// <param name="variance">The within-study variance of the value behind it, finite and greater than 0.</param>
    /// <exception cref="ArgumentException">A value is not finite, or the variance is not greater than 0.</exception>
    public static Observation AtMost(double bound, double variance)
        => new(ClaimForm.AtMost, double.NegativeInfinity, Preconditions.CheckFinite(bound), Preconditions.CheckPositive(variance));

    /// <summary>A right-censored value: at least <paramref name="bound"/> ("more than", "over").</summary>
    /// <param name="bound">The lower bound, finite.</param>
    /// <param name="variance">The within-study variance of the value behind it, finite and greater than 0.</param>
    /// <exception cref="ArgumentException">A value is not finite, or the variance is not greater than 0.</exception>
    public static Observation AtLeast(double bound, double variance)
        => new(ClaimForm.AtLeast, Preconditions.CheckFinite(bound), double.PositiveInfinity, Preconditions.CheckPositive(variance));

    /// <summary>An interval-censored value: between <paramref name="lower"/> and <paramref name="upper"/>.</summary>
    /// <param name="lower">The lower bound, finite.</param>
    /// <param name="upper">The upper bound, finite and greater than <paramref name="lower"/>.</param>
    /// <param name="variance">The within-study variance of the value behind it, finite and greater than 0.</param>
    /// <exception cref="ArgumentException">A bound is not finite, the bounds are not increasing, or the variance is not greater than 0.</exception>
    public static Observation Between(double lower, double upper, double variance)
    {
        Preconditions.CheckFinite(lower);
        Preconditions.CheckFinite(upper);
        Preconditions.CheckPositive(variance);
        if (!(upper > lower))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected the upper bound ({upper}) to be greater than the lower bound ({lower})."),
                nameof(upper));
        }
        return new Observation(ClaimForm.Between, lower, upper, variance);
    }

    /// <summary>The observation as (x − <paramref name="shift"/>)/2^<paramref name="exponent"/>, its variance over 2^2·exponent (for fits at extreme magnitudes).</summary>
    internal Observation Scaled(double shift, int exponent)
        => new(Form, Math.ScaleB(Lower - shift, -exponent), Math.ScaleB(Upper - shift, -exponent), Math.ScaleB(Variance, -2 * exponent));

    /// <inheritdoc />
    public bool Equals(Observation other)
        => Form == other.Form && Lower.Equals(other.Lower) && Upper.Equals(other.Upper) && Variance.Equals(other.Variance);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Observation other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Form, Lower, Upper, Variance);

    /// <summary>Equality of form, bounds and variance.</summary>
    /// <param name="left">The first observation.</param>
    /// <param name="right">The second observation.</param>
    public static bool operator ==(Observation left, Observation right) => left.Equals(right);

    /// <summary>Inequality of form, bounds or variance.</summary>
    /// <param name="left">The first observation.</param>
    /// <param name="right">The second observation.</param>
    public static bool operator !=(Observation left, Observation right) => !left.Equals(right);

    /// <summary>Culture-invariant, e.g. <c>≥ 9.21 (v 0.01)</c> or <c>[9.31, 9.9] (v 0.02)</c>.</summary>
    public override string ToString() => Form switch
    {
        ClaimForm.Point => string.Create(CultureInfo.InvariantCulture, $"{Lower:G6} (v {Variance:G4})"),
        ClaimForm.AtMost => string.Create(CultureInfo.InvariantCulture, $"≤ {Upper:G6} (v {Variance:G4})"),
        ClaimForm.AtLeast => string.Create(CultureInfo.InvariantCulture, $"≥ {Lower:G6} (v {Variance:G4})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"[{Lower:G6}, {Upper:G6}] (v {Variance:G4})"),
    };
}
