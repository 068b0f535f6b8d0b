using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;

namespace ForceEstimates.Aggregation;

public sealed partial class Aggregate
{
    /// <summary>
    /// Aggregation by quantity of an array whose quantities come in runs (each quantity's reports together, the usual
    /// case) without a grouping pass of its own: each thread takes the next block of reports, finds the runs that begin
    /// in it (<see cref="QuantityLayout.ScanRuns"/>) and notes their keys, then copies them into arrays of their own
    /// and aggregates each while its reports are still in the cache. The aggregates are those of the layout
    /// <see cref="QuantityLayout.Of"/> makes, in its order, if no key was noted twice; otherwise the caller lays the
    /// reports out and aggregates again only the quantities whose run here was not all their reports (<see cref="TryReuse"/>).
    /// </summary>
    /// <remarks>
    /// Before the scan, a sample of the keys (<see cref="SampleLooksLikeRuns"/>) turns away reports whose quantities
    /// come back far apart, and a block is scanned whole before any of its runs is aggregated, so that shuffled reports
    /// (a key seen twice within a block) cost no aggregation. Failures are those of the layout's path: a null report
    /// first (named by its index, the first), then the first quantity in order whose aggregate failed; after a failure
    /// or a null the blocks after it are only scanned.
    /// </remarks>
    private sealed class RunsPass
    {
        // Reports a thread takes at a time: about 50 quantities of the usual sizes, a share of work as fine as the
        // parallel loop's (ParallelChunk), and still scanned whole before any is aggregated.
        private const int Block = 512;

        // Reports between two whose keys are sampled before the scan.
        private const int SampleSpacing = 128;

        // Results of runs aggregated to nothing (no report known as of the date), told apart from runs not aggregated.
        private static readonly object NoneKnown = new();

        private readonly Report[] reports;
        private readonly LocalDate asOf;
        private readonly AggregationOptions options;
        private readonly int blocks;
        // runEnd[i]: where the run beginning at report i ends; results[i]: its aggregate (or NoneKnown); both at run starts only.
        private readonly int[] runEnd;
        private readonly object?[] results;
        private readonly Dictionary<QuantityKey, int>[] indexes;
        private readonly object gate = new();
        private int nextBlock;
        private int notRuns;
        private int firstNull = int.MaxValue;
        private int failedAt = int.MaxValue;
        private Exception? failure;
        private bool resultsCleared;

        internal RunsPass(Report[] reports, LocalDate asOf, AggregationOptions options, int threads)
        {
            this.reports = reports;
            this.asOf = asOf;
            this.options = options;
            blocks = (reports.Length + Block - 1) / Block;
            Threads = Math.Max(1, Math.Min(threads, blocks));
            runEnd = ArrayPool<int>.Shared.Rent(reports.Length);
            results = ArrayPool<object?>.Shared.Rent(reports.Length);
            indexes = new Dictionary<QuantityKey, int>[Threads];
            for (int t = 0; t < Threads; t++)
            {
                indexes[t] = QuantityLayout.TakeRunIndex();
            }
        }

        internal int Threads { get; }

        /// <summary>Scans and aggregates; the aggregates in order, or null when the reports are not runs.</summary>
        /// <exception cref="ArgumentNullException">A report is null.</exception>
        /// <exception cref="ArgumentException">A quantity's aggregate failed (the first in order).</exception>
        internal List<Aggregate>? Run(string paramName)
        {
            if (!SampleLooksLikeRuns())
            {
                return null;
            }
            if (Threads == 1)
            {
                Work(0);
            }
            else
            {
                Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, Work);
            }
            int groups = 0;
            foreach (var index in indexes)
            {
                groups += index.Count;
            }
            if (notRuns != 0 || !QuantityLayout.OnlyOneThreadNoted(indexes))
            {
                return null;
            }
            if (firstNull != int.MaxValue)
            {
                throw new ArgumentNullException(paramName, $"Report {firstNull} is null.");
            }
            if (failure is not null)
            {
                ExceptionDispatchInfo.Capture(failure).Throw();
            }
            var list = new List<Aggregate>(groups);
            for (int i = 0; i < reports.Length; i = runEnd[i])
            {
                if (results[i] is Aggregate aggregate)
                {
                    list.Add(aggregate);
                }
                results[i] = null;
            }
            resultsCleared = true;
            return list;
        }

        /// <summary>
        /// Whether a report's key from each stretch of <see cref="SampleSpacing"/>, in order, comes back only right after itself: a key
        /// that comes back after another key is in two runs. Reports whose quantities come in runs far apart (two lists in
        /// runs one after the other, the same quantities in both) are found here, before any aggregation, instead of
        /// halfway through (a few hundred samples of 10,000 quantities meet in both halves many times); a repeat the
        /// samples miss costs the aggregation of the quantities it repeats (see <see cref="TryReuse"/>).
        /// </summary>
        private bool SampleLooksLikeRuns()
        {
            var sampled = indexes[0];
            try
            {
                for (int sample = 0; sample * SampleSpacing < reports.Length; sample++)
                {
                    // One report of each stretch, at a place that varies from stretch to stretch (a multiplicative hash of
                    // the stretch's number): evenly spaced samples can keep missing each other when quantities have equal
                    // numbers of reports.
                    int i = Math.Min(reports.Length - 1, (sample * SampleSpacing) + (int)((uint)sample * 2_654_435_761u >> 25));
                    if (reports[i] is not { } report)
                    {
                        continue;
                    }
                    var key = report.Quantity.Key;
                    if (sampled.TryGetValue(key, out int last) && last != sample - 1)
                    {
                        return false;
                    }
                    sampled[key] = sample;
                }
                return true;
            }
            finally
            {
                sampled.Clear();
            }
        }

        /// <summary>
        /// Whether <paramref name="group"/> (a quantity's reports as the layout has them) was aggregated here as its only
        /// run: a run of its key as long as the group is the group, so its aggregate is the group's.
        /// </summary>
        internal bool TryReuse(ArraySegment<Report> group, out Aggregate? aggregate)
        {
            var key = group[0].Quantity.Key;
            foreach (var index in indexes)
            {
                if (index.TryGetValue(key, out int start))
                {
                    if (runEnd[start] - start == group.Count && results[start] is { } result)
                    {
                        aggregate = result as Aggregate;
                        return true;
                    }
                    break;
                }
            }
            aggregate = null;
            return false;
        }

        /// <summary>Puts back what was rented.</summary>
        internal void Return()
        {
            foreach (var index in indexes)
            {
                QuantityLayout.PutBackRunIndex(index);
            }
            ArrayPool<object?>.Shared.Return(results, clearArray: !resultsCleared);
            ArrayPool<int>.Shared.Return(runEnd);
        }

        private void Work(int thread)
        {
            var index = indexes[thread];
            int count = reports.Length;
            while (Volatile.Read(ref notRuns) == 0)
            {
                int block = Interlocked.Increment(ref nextBlock) - 1;
                if (block >= blocks)
                {
                    return;
                }
                int start = block * Block, end = Math.Min(start + Block, count);
                int first = QuantityLayout.ScanRuns(reports, start, end, index, runEnd, ref firstNull, out bool nulls);
                if (first < 0)
                {
                    Volatile.Write(ref notRuns, 1);
                    return;
                }
                if (!nulls && Volatile.Read(ref firstNull) == int.MaxValue)
                {
                    AggregateRuns(first, end);
                }
            }
        }

        // Copies the runs beginning in [first, end) into arrays (packed as QuantityLayout packs groups) and aggregates each.
        private void AggregateRuns(int first, int end)
        {
            Report[]? chunk = null;
            int chunkStart = first;
            for (int i = first; i < end; i = runEnd[i])
            {
                if (i > Volatile.Read(ref failedAt))
                {
                    return;
                }
                int j = runEnd[i];
                if (chunk is null || j - chunkStart > chunk.Length)
                {
                    // A new array from this run: up to the last run beginning in the block that keeps it within a chunk.
                    chunkStart = i;
                    int chunkEnd = j;
                    for (int k = j; k < end && runEnd[k] - i <= QuantityLayout.ChunkLength; k = runEnd[k])
                    {
                        chunkEnd = runEnd[k];
                    }
                    chunk = reports[chunkStart..chunkEnd];
                }
                try
                {
                    results[i] = RunIfKnown(new ArraySegment<Report>(chunk, i - chunkStart, j - i), asOf, options) ?? NoneKnown;
                }
                catch (Exception e)
                {
                    lock (gate)
                    {
                        if (i < failedAt)
                        {
                            (failedAt, failure) = (i, e);
                        }
                    }
                    return;
                }
            }
        }
    }
}
