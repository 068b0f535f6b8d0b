using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace ForceEstimates;

/// <summary>
/// The distribution of a finite sample set: what Monte Carlo arithmetic returns where no closed
/// form exists. Its CDF is the empirical one (the share of samples at most x) and its quantiles
/// are the samples themselves: <see cref="EstimateDistribution.Quantile"/>(p) is the
/// ⌈n·p⌉-th smallest sample, the inverse of the empirical CDF (Hyndman &amp; Fan 1996, definition 1),
/// so <c>Cdf(Quantile(p)) ≥ p</c> holds exactly. <see cref="Mean"/> and <see cref="Variance"/> are
/// those of the sample set (the variance divides by n: it is this distribution's variance, not an
/// estimate of another's). Immutable and thread-safe.
/// </summary>
public sealed class SampleDistribution : EstimateDistribution
{
    // A CDF asked for this often before any quantile is worth a sort; fewer are cheaper as counts.
    private const int CountsBeforeSort = 4;

    private readonly double[] samples;
    private readonly double mean;
    private readonly double variance;

    // Sorted on first need (a quantile, the support, a fifth CDF): a consistency check that only asks
    // whether a derived figure exceeds its bound then never pays for the sort. Published once by
    // compare-exchange, so concurrent readers agree on one sorted copy.
    private double[]? sorted;
    private int unsortedCounts;

    private SampleDistribution(double[] samples)
    {
        this.samples = samples;
        double sum = 0;
        foreach (var x in samples)
        {
            sum += x;
        }
        mean = sum / samples.Length;
        double squares = 0;
        foreach (var x in samples)
        {
            squares += (x - mean) * (x - mean);
        }
        variance = squares / samples.Length;
    }

    /// <summary>The distribution of the given samples (copied).</summary>
    /// <param name="samples">The samples, in the order drawn; at least one, all finite.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentException"><paramref name="samples"/> is empty, or a sample is NaN or infinite (the message names its index).</exception>
    public static SampleDistribution Of(ReadOnlySpan<double> samples)
    {
        Preconditions.CheckArgument(samples.Length > 0, nameof(samples), "Expected at least one sample, but got none.");
        for (var i = 0; i < samples.Length; i++)
        {
            Preconditions.CheckArgument(double.IsFinite(samples[i]), nameof(samples), $"Expected finite samples, but samples[{i}] is {samples[i]}.");
        }
        return FromTrusted(samples.ToArray());
    }

    /// <summary>Trusted form for the arithmetic, which owns <paramref name="samples"/> and has checked that they are finite.</summary>
    internal static SampleDistribution FromTrusted(double[] samples) => new(samples);

    /// <summary>The samples in the order they were drawn: sample i of a derived figure came from sample i of each input.</summary>
    public IReadOnlyList<double> Samples => samples;

    /// <summary>The number of samples.</summary>
    public int Count => samples.Length;

    /// <summary>The samples sorted in ascending order, for quantiles and the CDF.</summary>
    internal ReadOnlySpan<double> Sorted => sorted ?? Sort();

    /// <inheritdoc />
    public override double Mean => mean;

    /// <inheritdoc />
    public override double Variance => variance;

    /// <summary>The smallest sample.</summary>
    public override double SupportLower => Sorted[0];

    /// <summary>The largest sample.</summary>
    public override double SupportUpper => Sorted[^1];

    /// <summary>The share of samples at most <paramref name="x"/>.</summary>
    /// <param name="x">A value; NaN gives NaN.</param>
    /// <returns>A multiple of 1/<see cref="Count"/> in [0, 1].</returns>
    public override double Cdf(double x) => double.IsNaN(x) ? double.NaN : (double)CountAtMost(x) / samples.Length;

    /// <summary>The number of samples at most <paramref name="x"/>: by binary search once sorted, by a count before.</summary>
    internal int CountAtMost(double x)
    {
        var ordered = sorted;
        if (ordered is null && Interlocked.Increment(ref unsortedCounts) <= CountsBeforeSort)
        {
            var count = 0;
            foreach (var sample in samples)
            {
                count += sample <= x ? 1 : 0;
            }
            return count;
        }
        ordered ??= Sort();
        int lo = 0, hi = ordered.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ordered[mid] <= x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <inheritdoc />
    protected override double QuantileCore(double p)
    {
        var ordered = Sorted;
        var rank = (int)Math.Ceiling(p * ordered.Length);
        return ordered[Math.Clamp(rank, 1, ordered.Length) - 1];
    }

    private double[] Sort()
    {
        var copy = (double[])samples.Clone();
        SampleSort.Sort(copy);
        return Interlocked.CompareExchange(ref sorted, copy, null) ?? copy;
    }

    /// <inheritdoc />
    public override bool Equals(EstimateDistribution? other)
        => other is SampleDistribution s && (ReferenceEquals(this, s) || samples.AsSpan().SequenceEqual(s.samples));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(typeof(SampleDistribution));
        hash.Add(samples.Length);
        hash.Add(mean);
        hash.Add(samples[0]);
        hash.Add(samples[^1]);
        return hash.ToHashCode();
    }

    /// <summary>Describes the set, culture-invariant, e.g. <c>Samples(n=10000, median 41.9)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Samples(n={Count}, median {Median:G6})");
}
