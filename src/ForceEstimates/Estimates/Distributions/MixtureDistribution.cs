using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ForceEstimates.Solvers;

namespace ForceEstimates;

/// <summary>
/// A finite mixture Σ wᵢ Fᵢ of distributions: the linear opinion pool (Stone 1961; Genest &amp;
/// Zidek 1986). Its CDF is exact (the weighted sum of the components' CDFs) and its quantiles are
/// found by root finding on that CDF, never by sampling. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The p-quantile lies between the smallest and the largest of the components' p-quantiles, which
/// brackets the search; bisection (the library's <c>BracketedNewton</c> without slopes) then narrows it
/// to a relative width of about 1e-13 (at most 200 steps), and so also handles components with point
/// masses or flat stretches.
/// </remarks>
public sealed class MixtureDistribution : EstimateDistribution
{
    private const double RelativeWidth = 5e-14;
    private const int MaxSteps = 200;

    private readonly EstimateDistribution[] components;
    private readonly double[] weights;

    private MixtureDistribution(EstimateDistribution[] components, double[] weights)
    {
        this.components = components;
        this.weights = weights;
    }

    /// <summary>Creates the mixture; the weights are normalised to sum to one.</summary>
    /// <param name="components">The components; at least one, no nulls.</param>
    /// <param name="weights">One finite, non-negative weight per component, with a positive sum.</param>
    /// <returns>The mixture.</returns>
    /// <exception cref="ArgumentNullException">An argument or a component is null.</exception>
    /// <exception cref="ArgumentException">The lists are empty or of different lengths, or a weight is negative, NaN or infinite, or all are zero; the message names the index.</exception>
    public static MixtureDistribution Of(IEnumerable<EstimateDistribution> components, IEnumerable<double> weights)
    {
        Preconditions.CheckNotNull(components);
        Preconditions.CheckNotNull(weights);
        var parts = components.ToArray();
        var w = weights.ToArray();
        if (parts.Length == 0)
        {
            throw new ArgumentException("Expected at least one component.", nameof(components));
        }
        if (w.Length != parts.Length)
        {
            throw new ArgumentException($"Expected one weight per component ({parts.Length}), but got {w.Length}.", nameof(weights));
        }
        double total = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i] is null)
            {
                throw new ArgumentNullException(nameof(components), $"Component {i} is null.");
            }
            if (!double.IsFinite(w[i]) || w[i] < 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Expected finite non-negative weights, but weights[{i}] is {w[i]}."), nameof(weights));
            }
            total += w[i];
        }
        if (!(total > 0))
        {
            throw new ArgumentException("Expected the weights to have a positive sum.", nameof(weights));
        }
        for (int i = 0; i < w.Length; i++)
        {
            w[i] /= total;
        }
        return new MixtureDistribution(parts, w);
    }

    /// <summary>The components, in the order given.</summary>
    public IReadOnlyList<EstimateDistribution> Components => components;

    /// <summary>The normalised weights (summing to one), one per component.</summary>
    public IReadOnlyList<double> Weights => weights;

    /// <inheritdoc />
    public override double Mean
    {
        get
        {
            double mean = 0;
            for (int i = 0; i < components.Length; i++)
            {
                if (weights[i] > 0)
                {
                    mean += weights[i] * components[i].Mean;
                }
            }
            return mean;
        }
    }

    /// <inheritdoc />
    /// <remarks>By the law of total variance: Σ wᵢ(σᵢ² + μᵢ²) − μ².</remarks>
    public override double Variance
    {
        get
        {
            double mean = Mean, second = 0;
            for (int i = 0; i < components.Length; i++)
            {
                if (weights[i] > 0)
                {
                    double m = components[i].Mean;
                    second += weights[i] * (components[i].Variance + (m * m));
                }
            }
            return Math.Max(0, second - (mean * mean));
        }
    }

    /// <inheritdoc />
    public override double SupportLower
    {
        get
        {
            double lower = double.PositiveInfinity;
            for (int i = 0; i < components.Length; i++)
            {
                if (weights[i] > 0)
                {
                    lower = Math.Min(lower, components[i].SupportLower);
                }
            }
            return lower;
        }
    }

    /// <inheritdoc />
    public override double SupportUpper
    {
        get
        {
            double upper = double.NegativeInfinity;
            for (int i = 0; i < components.Length; i++)
            {
                if (weights[i] > 0)
                {
                    upper = Math.Max(upper, components[i].SupportUpper);
                }
            }
            return upper;
        }
    }

    /// <inheritdoc />
    public override double Cdf(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }
        double p = 0;
        for (int i = 0; i < components.Length; i++)
        {
            if (weights[i] > 0)
            {
                p += weights[i] * components[i].Cdf(x);
            }
        }
        return Math.Clamp(p, 0, 1);
    }

    /// <inheritdoc />
    protected override double QuantileCore(double p)
    {
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        for (int i = 0; i < components.Length; i++)
        {
            if (weights[i] > 0)
            {
                double q = components[i].Quantile(p);
                lo = Math.Min(lo, q);
                hi = Math.Max(hi, q);
            }
        }
        if (Cdf(lo) >= p)
        {
            return lo;
        }
        // Invariant: Cdf(lo) < p ≤ Cdf(hi). Only the side of p is passed (no slope), so the search bisects: the
        // smallest x with Cdf(x) ≥ p, also across point masses and flat stretches where Cdf − p is 0 or jumps.
        var search = BracketedNewton.Within(lo, hi, 0.0, RelativeWidth);
        for (int step = 0; step < MaxSteps; step++)
        {
            if (search.Settle(Cdf(search.Point) >= p ? -1.0 : 1.0, double.NaN))
            {
                break;
            }
        }
        return search.Upper;
    }

    /// <inheritdoc />
    public override bool Equals(EstimateDistribution? other)
        => other is MixtureDistribution mixture
            && mixture.components.Length == components.Length
            && components.SequenceEqual(mixture.components)
            && weights.SequenceEqual(mixture.weights);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(typeof(MixtureDistribution));
        for (int i = 0; i < components.Length; i++)
        {
            hash.Add(components[i]);
            hash.Add(weights[i]);
        }
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString()
        => "Mixture(" + string.Join(", ", components.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{weights[i]:G4}×{c}"))) + ")";
}
