using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ForceEstimates;

/// <summary>How <see cref="Arithmetic"/> computes a derived figure.</summary>
public enum ArithmeticMethod
{
    /// <summary>The exact distribution where a closed form exists (products, ratios and powers of log-normal readings, shifted or scaled; sums and differences of normal ones), else Monte Carlo.</summary>
    Automatic,

    /// <summary>Always Monte Carlo, even where a closed form exists: to compare the two, or to get a sample set.</summary>
    MonteCarlo,
}

/// <summary>
/// The choices behind <see cref="Arithmetic"/>: the method, the number of Monte Carlo samples and
/// their seed, and the correlations between inputs. Immutable (change a copy with a <c>with</c>
/// expression, or <see cref="WithCorrelation"/>); each property validates its value. Thread-safe.
/// </summary>
/// <remarks>
/// <para><b>Monte Carlo.</b> Each input is drawn <see cref="SampleCount"/> times from a stream seeded
/// by <see cref="Seed"/>; the same options and inputs always give the same samples, on every runtime.
/// Samples are aligned by index: the formula is evaluated on sample i of every input, and an input
/// used twice is the same draw both times, so <c>x - x</c> is exactly 0. The standard error of a
/// probability p read from the samples is √(p(1 − p)/n): 0.005 at p = 0.5 with the default 10,000.</para>
/// <para><b>Correlation.</b> Inputs are independent unless a correlation is given. A correlation ρ
/// between inputs i and j is that of a Gaussian copula: the inputs' normal scores
/// Φ⁻¹(F(x)) have correlation ρ. For log-normal readings that is the correlation of the logarithms,
/// so the ratio of two log-normals with log-scale σ₁, σ₂ has log-scale variance σ₁² + σ₂² − 2ρσ₁σ₂;
/// for normal readings it is the ordinary correlation. The correlations must form a positive
/// semi-definite matrix (checked when the arithmetic runs).</para>
/// </remarks>
public sealed record ArithmeticOptions
{
    private readonly int sampleCount = 10_000;
    private readonly ArithmeticMethod method = ArithmeticMethod.Automatic;
    private Dictionary<(int, int), double> correlations = [];

    /// <summary>The defaults: closed forms where they exist, else 10,000 samples with seed 1; inputs independent.</summary>
    public static ArithmeticOptions Default { get; } = new();

    /// <summary>Closed form or Monte Carlo; <see cref="ArithmeticMethod.Automatic"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined method.</exception>
    public ArithmeticMethod Method
    {
        get => method;
        init => method = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Method), value, "Expected a defined arithmetic method.");
    }

    /// <summary>The number of Monte Carlo samples; 10,000 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 2 or above 100,000,000.</exception>
    public int SampleCount
    {
        get => sampleCount;
        init => sampleCount = value is >= 2 and <= 100_000_000 ? value : throw new ArgumentOutOfRangeException(nameof(SampleCount), value, "Expected between 2 and 100,000,000 samples.");
    }

    /// <summary>The seed of the Monte Carlo stream; 1 by default. Any value is allowed.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The correlations given, as (first, second, coefficient) with first &lt; second, in order.</summary>
    public IReadOnlyList<(int First, int Second, double Coefficient)> Correlations
        => correlations.OrderBy(c => c.Key).Select(c => (c.Key.Item1, c.Key.Item2, c.Value)).ToArray();

    /// <summary>These options with a correlation between two inputs (replacing any given before for that pair).</summary>
    /// <param name="first">The index of one input (its position in the argument list, or in <see cref="Formula.Inputs"/>).</param>
    /// <param name="second">The index of the other input; not <paramref name="first"/>.</param>
    /// <param name="coefficient">The Gaussian-copula correlation, in [−1, 1]; 0 removes the pair.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is negative, or <paramref name="coefficient"/> is outside [−1, 1] or NaN.</exception>
    /// <exception cref="ArgumentException">The two indices are equal.</exception>
    public ArithmeticOptions WithCorrelation(int first, int second, double coefficient)
    {
        if (first < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(first), first, "Expected an input index of at least 0.");
        }
        if (second < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(second), second, "Expected an input index of at least 0.");
        }
        Preconditions.CheckArgument(first != second, nameof(second), $"Expected two different inputs, but both are {first}: an input is perfectly correlated with itself.");
        if (!(coefficient >= -1 && coefficient <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(coefficient), coefficient, "Expected a correlation between −1 and 1.");
        }
        var copy = new Dictionary<(int, int), double>(correlations);
        var key = (Math.Min(first, second), Math.Max(first, second));
        if (coefficient == 0)
        {
            copy.Remove(key);
        }
        else
        {
            copy[key] = coefficient;
        }
        return this with { correlations = copy };
    }

    /// <summary>The correlation between two inputs: 1 for an input with itself, 0 unless given.</summary>
    /// <param name="first">One input's index.</param>
    /// <param name="second">The other's.</param>
    /// <returns>The coefficient.</returns>
    public double Correlation(int first, int second)
        => first == second ? 1 : correlations.GetValueOrDefault((Math.Min(first, second), Math.Max(first, second)));

    internal bool HasCorrelations => correlations.Count > 0;

    /// <inheritdoc />
    public bool Equals(ArithmeticOptions? other)
        => other is not null && method == other.method && sampleCount == other.sampleCount && Seed == other.Seed
            && correlations.Count == other.correlations.Count
            && correlations.All(c => other.correlations.TryGetValue(c.Key, out var v) && v.Equals(c.Value));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(method, sampleCount, Seed, correlations.Count);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Method = {method}, SampleCount = {sampleCount}, Seed = {Seed}, Correlations = [");
        builder.AppendJoin(", ", Correlations.Select(c => string.Create(CultureInfo.InvariantCulture, $"({c.First}, {c.Second}) {c.Coefficient}")));
        builder.Append(']');
        return true;
    }
}
