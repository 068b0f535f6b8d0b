using System;

namespace ForceEstimates;

/// <summary>
/// The interpreted form of an estimate: a probability distribution over the value that was
/// meant. Unlike MathNet.Numerics' distribution objects (which carry a settable random source),
/// every instance is immutable; sampling takes an explicit <see cref="Random"/>.
/// Subclasses must stay immutable and thread-safe. The library's own subclasses are
/// <see cref="LogNormalDistribution"/>, <see cref="OneSidedDistribution"/>,
/// <see cref="UniformDistribution"/> and <see cref="PointDistribution"/>.
/// </summary>
public abstract class EstimateDistribution : IEquatable<EstimateDistribution>
{
    /// <summary>For subclasses (custom hedge models may add their own families).</summary>
    protected EstimateDistribution()
    {
    }

    /// <summary>The mean (expected value), in the stated unit; may be +∞ for heavy tails.</summary>
    public abstract double Mean { get; }

    /// <summary>The median (the 0.5 quantile), in the stated unit.</summary>
    public virtual double Median => Quantile(0.5);

    /// <summary>The variance, in the stated unit squared; may be +∞.</summary>
    public abstract double Variance { get; }

    /// <summary>The standard deviation, the square root of <see cref="Variance"/>.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>The smallest value with positive density (or the point), possibly −∞.</summary>
    public abstract double SupportLower { get; }

    /// <summary>The largest value with positive density (or the point), possibly +∞.</summary>
    public abstract double SupportUpper { get; }

    /// <summary>The cumulative probability P(X ≤ <paramref name="x"/>).</summary>
    /// <param name="x">A value in the stated unit; NaN gives NaN.</param>
    /// <returns>A probability in [0, 1].</returns>
    public abstract double Cdf(double x);

    /// <summary>The quantile function (inverse CDF).</summary>
    /// <param name="p">A probability in [0, 1]; 0 and 1 give the ends of the support.</param>
    /// <returns>The smallest x with <see cref="Cdf"/>(x) ≥ <paramref name="p"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1] or NaN.</exception>
    public double Quantile(double p)
    {
        Preconditions.CheckClosedUnit(p);
        if (p == 0)
        {
            return SupportLower;
        }
        if (p == 1)
        {
            return SupportUpper;
        }
        return QuantileCore(p);
    }

    /// <summary>The quantile for p strictly between 0 and 1; called by <see cref="Quantile"/> after validation.</summary>
    /// <param name="p">A probability in (0, 1).</param>
    /// <returns>The quantile.</returns>
    protected abstract double QuantileCore(double p);

    /// <summary>The central interval holding probability <paramref name="level"/>: from the (1 − level)/2 to the (1 + level)/2 quantile.</summary>
    /// <param name="level">The probability, in (0, 1); 0.9 for the 90% interval.</param>
    /// <returns>The interval, with <see cref="EstimateInterval.Level"/> = <paramref name="level"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public EstimateInterval Interval(double level)
    {
        Preconditions.CheckOpenUnit(level);
        var tail = (1 - level) / 2;
        return new EstimateInterval(QuantileCore(tail), QuantileCore(1 - tail), level);
    }

    /// <summary>Draws one value by inversion, so that the same <paramref name="random"/> state gives the same value.</summary>
    /// <param name="random">The source of randomness; not shared across threads without locking.</param>
    /// <returns>A value from the distribution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public double Sample(Random random)
    {
        Preconditions.CheckNotNull(random);
        // NextDouble is in [0, 1); 0 would land on an infinite end for unbounded families.
        double u;
        do
        {
            u = random.NextDouble();
        }
        while (u == 0);
        return QuantileCore(u);
    }

    /// <summary>Whether <paramref name="other"/> is the same family with the same parameters.</summary>
    /// <param name="other">The distribution to compare with.</param>
    public abstract bool Equals(EstimateDistribution? other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EstimateDistribution other && Equals(other);

    /// <inheritdoc />
    public abstract override int GetHashCode();
}
