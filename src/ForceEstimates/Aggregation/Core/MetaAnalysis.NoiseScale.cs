using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace ForceEstimates.Aggregation;

public static partial class MetaAnalysis
{
    /// <summary>
    /// Combines observations whose errors are their floors times one unknown noise multiple s, learned from how far
    /// they spread: observation i's value is y_i ~ N(μ, s²·v_i) with v_i its <see cref="Observation.Variance"/> (the
    /// variance at the reporting floor, inflated by the report's weight), and a point observes y_i while an interval
    /// says only that y_i lies in it (a rounding bin, a hedge's plausible range, a stated range). The result is the
    /// posterior of μ under a flat prior on μ and <paramref name="prior"/> on s: its median, central interval, and
    /// the predictive interval of one more report. Allocates nothing.
    /// </summary>
    /// <remarks>
    /// <para>Why: with few reports, intervals that plug in an estimated spread are too narrow (normal quantiles with a
    /// REML tau² covered 81–89% in the calibration study at k = 3–8), and Knapp–Hartung's t(k − 1) interval, exact
    /// for equal variances, needs t(1) = 12.7 with two reports and collapses when figures agree to the digit. Learning
    /// one multiple of the floors with a weakly informative prior keeps Knapp–Hartung's behaviour from three reports
    /// on and a finite interval with two; reading rounding and hedged bounds as intervals keeps the interval from
    /// shrinking below what the digits say.</para>
    /// <para>The computation (grids, quadrature, the narrow-interval rule) is described on the class that does it; the
    /// rule for one observation is its own interval at the floor (s = 1); an end is infinite when no observation bounds
    /// μ on that side.</para>
    /// </remarks>
    /// <param name="observations">The observations on the analysis scale, each with its variance at the floor.</param>
    /// <param name="prior">The prior on the noise multiple; <see cref="NoiseScalePrior.Default"/> when null.</param>
    /// <param name="level">The level of the central interval, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The posterior median, central interval and 95% predictive interval of μ, and the noise multiple's posterior median.</returns>
    /// <exception cref="ArgumentException">The span is empty, or an observation was not made by a factory method (its variance is not positive).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public static NoiseScaleResult FitNoiseScale(ReadOnlySpan<Observation> observations, NoiseScalePrior? prior = null, double level = 0.95)
    {
        if (observations.IsEmpty)
        {
            throw new ArgumentException("Expected at least one observation, but the span is empty.", nameof(observations));
        }
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Expected a level strictly between 0 and 1.");
        }
        for (var i = 0; i < observations.Length; i++)
        {
            if (!(observations[i].Variance > 0))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"observations[{i}] was not created through a factory method (its variance is not positive)."),
                    nameof(observations));
            }
        }
        return NoiseScaleFit.Fit(observations, prior ?? NoiseScalePrior.Default, level);
    }

    /// <summary>
    /// Many fits of the learned noise multiple in one call, as <see cref="FitMany"/> does for <see cref="Fit"/>: group g
    /// holds the observations from <c>groupOffsets[g]</c> (inclusive) to <c>groupOffsets[g + 1]</c> (exclusive), and
    /// <c>results[g]</c> receives exactly what <see cref="FitNoiseScale"/> gives for that group under the same prior and
    /// level, to the last bit. Every argument and observation is checked before anything is written: when the call
    /// throws, <paramref name="results"/> is as it was. On the calling thread alone (the default) it allocates nothing
    /// beyond what <see cref="FitNoiseScale"/> would for each group.
    /// </summary>
    /// <remarks>
    /// What the groups share is found once: the prior, and the normal quantile of the level (for a level other than
    /// 0.95, one inverse normal per call instead of one per group); the observations are checked in one pass. The fits
    /// themselves are independent, so with <paramref name="maxDegreeOfParallelism"/> other than 1 the groups are handed
    /// out in chunks of <c>32</c> to several threads (which work on copies of the observations and offsets, and write
    /// their results into <paramref name="results"/> when all are done); each result depends only on its own group, so
    /// the results are the same, bit for bit, whatever the number of threads.
    /// </remarks>
    /// <param name="observations">The observations of all groups, one group after another, on the analysis scale, each with its variance at the floor.</param>
    /// <param name="groupOffsets">Where each group starts, then observations.Length: starts at 0, strictly increasing (no empty group).</param>
    /// <param name="results">Receives one result per group; its length must be groupOffsets.Length − 1.</param>
    /// <param name="prior">The prior on the noise multiple, the same for every group; <see cref="NoiseScalePrior.Default"/> when null.</param>
    /// <param name="level">The level of every group's central interval, strictly between 0 and 1; 0.95 by default.</param>
    /// <param name="maxDegreeOfParallelism">How many threads may fit groups at once: 1 (the default) the calling thread only,
    /// −1 as many as the machine has processors, n &gt; 1 at most n.</param>
    /// <exception cref="ArgumentException">The offsets are not as described, <paramref name="results"/> has the wrong length,
    /// or an observation was not made by a factory method (the message names its index in the whole span and its group).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1, or
    /// <paramref name="maxDegreeOfParallelism"/> is neither −1 nor positive.</exception>
    public static void FitNoiseScaleMany(
        ReadOnlySpan<Observation> observations,
        ReadOnlySpan<int> groupOffsets,
        Span<NoiseScaleResult> results,
        NoiseScalePrior? prior = null,
        double level = 0.95,
        int maxDegreeOfParallelism = 1)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Expected a level strictly between 0 and 1.");
        }
        if (maxDegreeOfParallelism is not (-1 or >= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism,
                "Expected -1 (as many threads as processors) or a positive number of threads.");
        }
        CheckOffsets(groupOffsets, observations.Length, results.Length);
        for (var g = 0; g < results.Length; g++)
        {
            for (var i = groupOffsets[g]; i < groupOffsets[g + 1]; i++)
            {
                if (!(observations[i].Variance > 0))
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture,
                            $"observations[{i}] (group {g}) was not created through a factory method (its variance is not positive)."),
                        nameof(observations));
                }
            }
        }
        var batch = new NoiseScaleBatch(prior ?? NoiseScalePrior.Default, level);
        int threads = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        threads = Math.Min(threads, (results.Length + NoiseScaleBatch.Chunk - 1) / NoiseScaleBatch.Chunk);
        if (threads <= 1)
        {
            batch.Run(observations, groupOffsets, results, 0, results.Length);
        }
        else
        {
            batch.RunInParallel(observations, groupOffsets, results, threads);
        }
    }

    /// <summary>What the fits of one batch share (the prior, the level and its normal quantile), and the loops over its groups.</summary>
    private readonly struct NoiseScaleBatch(NoiseScalePrior prior, double level)
    {
        /// <summary>Groups handed to a thread at a time: enough to make the hand-out cheap, few enough to even out the load.</summary>
        internal const int Chunk = 32;

        private readonly double z = NoiseScaleFit.IntervalQuantile(level);

        /// <summary>Fits groups <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive).</summary>
        internal void Run(ReadOnlySpan<Observation> observations, ReadOnlySpan<int> groupOffsets, Span<NoiseScaleResult> results, int from, int to)
        {
            for (var g = from; g < to; g++)
            {
                var start = groupOffsets[g];
                results[g] = NoiseScaleFit.Fit(observations.Slice(start, groupOffsets[g + 1] - start), prior, level, z);
            }
        }

        /// <summary>
        /// Fits every group on up to <paramref name="threads"/> threads, each taking the next chunk of groups. The threads
        /// work on arrays: copies of the observations and offsets, and an array of results copied into
        /// <paramref name="results"/> when every thread is done (a span cannot be handed to other threads without pinning
        /// it through pointers; the copies cost about a millisecond per million observations, against about ten
        /// microseconds per fit).
        /// </summary>
        internal void RunInParallel(ReadOnlySpan<Observation> observations, ReadOnlySpan<int> groupOffsets, Span<NoiseScaleResult> results, int threads)
        {
            var all = observations.ToArray();
            var starts = groupOffsets.ToArray();
            var into = new NoiseScaleResult[results.Length];
            int groupCount = into.Length, next = 0;
            var self = this;
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
            {
                while (true)
                {
                    int from = Interlocked.Add(ref next, Chunk) - Chunk;
                    if (from >= groupCount)
                    {
                        return;
                    }
                    self.Run(all, starts, into, from, Math.Min(from + Chunk, groupCount));
                }
            });
            into.CopyTo(results);
        }
    }
}
