using System;
using System.Buffers;
using System.Collections.Generic;
using System.Threading;

namespace ForceEstimates;

/// <summary>
/// Reports laid out quantity by quantity: groups in the order of their first report, each group's reports in their
/// original order, each group one segment of an array. The library's one grouping by <see cref="Quantity.Key"/>:
/// <see cref="ReportCollection.GroupByQuantity"/> and aggregation by quantity both use it. The segments may be kept
/// (an aggregate keeps its reports to explain itself later), so the arrays are the layout's own, never pooled.
/// </summary>
/// <remarks>
/// The groups are packed in order into arrays of at most <see cref="ChunkLength"/> reports (a group longer than that
/// gets an array of its own), not into one array as long as all the reports: an array of more than about 10,600
/// references is allocated on the large object heap, which only a collection of the oldest generation frees, so laying
/// out 100,000 reports at every call grew the heap by 0.8 MB a call until the runtime collected all of it (in a loop of
/// ByQuantity calls, a background full collection every 80 or so calls, the heap swinging between 86 and 151 MB);
/// arrays of this size are freed young, as the aggregates that hold them usually are (no full collection in 300 calls,
/// the heap at 87-91 MB).
/// </remarks>
internal readonly struct QuantityLayout
{
    /// <summary>The most reports in one array of the layout, unless one group alone has more: 64 KB of references, below the large object heap's 85,000 bytes.</summary>
    internal const int ChunkLength = 8_192;

    // The index is reused per thread: with 100,000 reports a fresh one would be rebuilt and collected at every call.
    [ThreadStatic]
    private static Dictionary<QuantityKey, int>? groupIndex;

    private readonly Report[][] chunks;
    // Where each chunk begins among all the laid-out reports (increasing: no chunk is empty).
    private readonly int[] chunkStarts;
    // Where each group begins among all the laid-out reports; one more entry, the number of reports.
    private readonly int[] starts;

    private QuantityLayout(Report[][] chunks, int[] chunkStarts, int[] starts)
    {
        this.chunks = chunks;
        this.chunkStarts = chunkStarts;
        this.starts = starts;
    }

    /// <summary>The number of quantities.</summary>
    internal int Count => starts.Length - 1;

    /// <summary>The reports about quantity <paramref name="group"/>; at least one.</summary>
    internal ArraySegment<Report> this[int group]
    {
        get
        {
            int start = starts[group];
            int chunk = Array.BinarySearch(chunkStarts, start);
            if (chunk < 0)
            {
                // Within a chunk that began before it: the last chunk start below the group's.
                chunk = ~chunk - 1;
            }
            return new(chunks[chunk], start - chunkStarts[chunk], starts[group + 1] - start);
        }
    }

    /// <summary>Lays out <paramref name="reports"/> by a counting sort on their quantity keys.</summary>
    /// <param name="reports">The reports.</param>
    /// <param name="paramName">The caller's name for them.</param>
    /// <exception cref="ArgumentNullException">A report is null (named by its index, blamed on <paramref name="paramName"/>).</exception>
    /// <remarks>
    /// Reports usually come quantity by quantity (each quantity's reports together): then every group is one run of
    /// the input, the groups are in the order of the runs, and each array of the layout is a stretch of the input,
    /// copied at once instead of report by report through the counting sort (which gives the same order).
    /// </remarks>
    internal static QuantityLayout Of(IReadOnlyList<Report> reports, string paramName)
    {
        int count = reports.Count;
        var groupByKey = groupIndex ??= [];
        var groupOf = ArrayPool<int>.Shared.Rent(count);
        // Groups are at most as many as reports; a group's size is written when the group is first seen.
        var sizes = ArrayPool<int>.Shared.Rent(count);
        try
        {
            int groups = 0;
            // Whether every group so far is one run of the input (a report about an earlier quantity ends that).
            bool runs = true;
            // An array is read directly, not through the list interface, once per report in each pass.
            var array = reports as Report[];
            Quantity? previous = null;
            int previousGroup = -1;
            for (int i = 0; i < count; i++)
            {
                var report = (array is null ? reports[i] : array[i]) ?? throw new ArgumentNullException(paramName, $"Report {i} is null.");
                int group;
                if (ReferenceEquals(report.Quantity, previous))
                {
                    // Reports about one quantity usually come together and share its object: the same object, the same key.
                    group = previousGroup;
                }
                else
                {
                    if (!groupByKey.TryGetValue(report.Quantity.Key, out group))
                    {
                        group = groups++;
                        groupByKey.Add(report.Quantity.Key, group);
                        sizes[group] = 0;
                    }
                    else if (group != previousGroup)
                    {
                        runs = false;
                    }
                    previous = report.Quantity;
                    previousGroup = group;
                }
                groupOf[i] = group;
                sizes[group]++;
            }
            var starts = new int[groups + 1];
            for (int g = 0; g < groups; g++)
            {
                starts[g + 1] = starts[g] + sizes[g];
            }
            int chunkCount = Pack(starts, default);
            var chunkStarts = new int[chunkCount];
            Pack(starts, chunkStarts);
            var chunks = new Report[chunkCount][];
            for (int c = 0; c < chunkCount; c++)
            {
                chunks[c] = new Report[(c + 1 < chunkCount ? chunkStarts[c + 1] : count) - chunkStarts[c]];
            }
            if (runs && array is not null)
            {
                // Group g's reports are the input from starts[g] on, in order: the counting sort would put each where it is.
                for (int c = 0; c < chunkCount; c++)
                {
                    array.AsSpan(chunkStarts[c], chunks[c].Length).CopyTo(chunks[c]);
                }
            }
            else
            {
                // next[g]: where group g's next report goes among all the laid-out reports; chunkOf[g]: its chunk.
                var next = ArrayPool<int>.Shared.Rent(groups);
                var chunkOf = ArrayPool<int>.Shared.Rent(groups);
                try
                {
                    for (int g = 0, c = 0; g < groups; g++)
                    {
                        if (c + 1 < chunkCount && starts[g] >= chunkStarts[c + 1])
                        {
                            c++;
                        }
                        chunkOf[g] = c;
                        next[g] = starts[g] - chunkStarts[c];
                    }
                    for (int i = 0; i < count; i++)
                    {
                        int g = groupOf[i];
                        // Stored through a span: an array's element stores check the element's type against the array's
                        // (arrays of references are covariant), which reads each report's object again.
                        chunks[chunkOf[g]].AsSpan()[next[g]++] = array is null ? reports[i] : array[i];
                    }
                }
                finally
                {
                    ArrayPool<int>.Shared.Return(chunkOf);
                    ArrayPool<int>.Shared.Return(next);
                }
            }
            return new QuantityLayout(chunks, chunkStarts, starts);
        }
        finally
        {
            groupByKey.Clear();
            if (groupByKey.EnsureCapacity(0) > 1 << 20)
            {
                // Do not keep a huge index alive on this thread after one huge call.
                groupIndex = null;
            }
            ArrayPool<int>.Shared.Return(sizes);
            ArrayPool<int>.Shared.Return(groupOf);
        }
    }

    /// <summary>The fewest reports for which the scan for runs (<see cref="OfRuns"/>, and aggregation by runs) is tried before <see cref="Of"/>.</summary>
    internal const int RunsMinimum = 8_192;

    // Spare group indexes for scans for runs: each call takes them and puts them back (a thread's own index, as Of
    // keeps, would be cleared by that thread's next call while another call still reads it).
    private static readonly Dictionary<QuantityKey, int>?[] SpareRunIndexes = new Dictionary<QuantityKey, int>?[8];

    /// <summary>
    /// The layout <see cref="Of"/> makes, when every quantity's reports are one run of <paramref name="reports"/>
    /// (the usual case), found by one scan of neighbours (<see cref="ScanRuns"/>: a dictionary entry per run instead of
    /// a lookup per report, and no counting sort); null when they are not runs (then <see cref="Of"/> lays them out).
    /// </summary>
    /// <param name="reports">The reports.</param>
    /// <param name="paramName">The caller's name for them.</param>
    /// <exception cref="ArgumentNullException">A report is null between runs (named by its index, the first in order, blamed on <paramref name="paramName"/>); a null within a run splits it, so the reports are not runs.</exception>
    /// <remarks>The groups, their order, their reports and the arrays they are packed in (<see cref="Pack"/>) are those of <see cref="Of"/>.</remarks>
    internal static QuantityLayout? OfRuns(Report[] reports, string paramName)
    {
        int count = reports.Length;
        // runEnd[i]: where the run beginning at report i ends (written at run starts only).
        var runEnd = ArrayPool<int>.Shared.Rent(count);
        var index = TakeRunIndex();
        int firstNull = int.MaxValue;
        try
        {
            if (ScanRuns(reports, 0, count, index, runEnd, ref firstNull, out _) < 0)
            {
                return null;
            }
            if (firstNull != int.MaxValue)
            {
                throw new ArgumentNullException(paramName, $"Report {firstNull} is null.");
            }
            var starts = new int[index.Count + 1];
            for (int i = 0, g = 0; i < count; i = runEnd[i])
            {
                starts[g++] = i;
            }
            starts[index.Count] = count;
            int chunkCount = Pack(starts, default);
            var chunkStarts = new int[chunkCount];
            Pack(starts, chunkStarts);
            var chunks = new Report[chunkCount][];
            for (int c = 0; c < chunkCount; c++)
            {
                chunks[c] = reports[chunkStarts[c]..(c + 1 < chunkCount ? chunkStarts[c + 1] : count)];
            }
            return new QuantityLayout(chunks, chunkStarts, starts);
        }
        finally
        {
            PutBackRunIndex(index);
            ArrayPool<int>.Shared.Return(runEnd);
        }
    }

    /// <summary>
    /// Finds the runs that begin in <paramref name="reports"/>[<paramref name="start"/>..<paramref name="end"/>) (the
    /// block's first reports that go on the run before it are that run's; a run goes on past the block's end while its
    /// reports are about its quantity): writes where each run ends into <paramref name="runEnd"/> at its start and notes
    /// its key with its start in <paramref name="index"/>. A null report is a run of one, not noted; the lowest index of
    /// one goes into <paramref name="firstNull"/> (shared by the threads) and <paramref name="nulls"/> says the block had one.
    /// The one scan of <see cref="OfRuns"/> (the whole input at once) and of aggregation by runs (block by block, on several threads).
    /// </summary>
    /// <returns>Where the block's first run begins (<paramref name="end"/> when none does), or −1 when a key was in <paramref name="index"/> already: not runs.</returns>
    internal static int ScanRuns(Report[] reports, int start, int end, Dictionary<QuantityKey, int> index, int[] runEnd, ref int firstNull, out bool nulls)
    {
        int count = reports.Length;
        int i = start;
        nulls = false;
        if (i > 0 && reports[i - 1] is { } before)
        {
            while (i < end && reports[i] is { } report && SameQuantity(report.Quantity, before.Quantity))
            {
                i++;
            }
        }
        int first = i;
        while (i < end)
        {
            var report = reports[i];
            if (report is null)
            {
                InterlockedMin(ref firstNull, i);
                nulls = true;
                runEnd[i] = i + 1;
                i++;
                continue;
            }
            var quantity = report.Quantity;
            int j = i + 1;
            while (j < count && reports[j] is { } next && SameQuantity(next.Quantity, quantity))
            {
                j++;
            }
            if (!index.TryAdd(quantity.Key, i))
            {
                return -1;
            }
            runEnd[i] = j;
            i = j;
        }
        return first;
    }

    // The same object, or keys that are equal (whose hashes are: most neighbours differ in their hash).
    internal static bool SameQuantity(Quantity quantity, Quantity other)
        => ReferenceEquals(quantity, other) || (quantity.Key.GetHashCode() == other.Key.GetHashCode() && quantity.Key.Equals(other.Key));

    internal static void InterlockedMin(ref int location, int value)
    {
        int seen = Volatile.Read(ref location);
        while (value < seen)
        {
            int was = Interlocked.CompareExchange(ref location, value, seen);
            if (was == seen)
            {
                return;
            }
            seen = was;
        }
    }

    // Whether no key was noted by two of the threads (each thread's own keys are distinct): the others' keys, with the
    // values noted, are added to the index with the most (all of them are cleared afterwards).
    internal static bool OnlyOneThreadNoted(Dictionary<QuantityKey, int>[] indexes)
    {
        var most = indexes[0];
        foreach (var index in indexes)
        {
            most = index.Count > most.Count ? index : most;
        }
        foreach (var index in indexes)
        {
            if (ReferenceEquals(index, most))
            {
                continue;
            }
            foreach (var (key, start) in index)
            {
                if (!most.TryAdd(key, start))
                {
                    return false;
                }
            }
        }
        return true;
    }

    internal static Dictionary<QuantityKey, int> TakeRunIndex()
    {
        for (int s = 0; s < SpareRunIndexes.Length; s++)
        {
            if (Interlocked.Exchange(ref SpareRunIndexes[s], null) is { } index)
            {
                return index;
            }
        }
        return [];
    }

    internal static void PutBackRunIndex(Dictionary<QuantityKey, int> index)
    {
        index.Clear();
        if (index.EnsureCapacity(0) > 1 << 20)
        {
            // Do not keep a huge index alive after one huge call.
            return;
        }
        for (int s = 0; s < SpareRunIndexes.Length; s++)
        {
            if (Interlocked.CompareExchange(ref SpareRunIndexes[s], index, null) is null)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Packs the groups beginning at <paramref name="starts"/> into chunks, in order: a chunk ends before the group that
    /// would take it past <see cref="ChunkLength"/> reports, so a longer group is a chunk of its own. Writes where each
    /// chunk begins into <paramref name="chunkStarts"/> unless it is empty (to count them first).
    /// </summary>
    /// <returns>The number of chunks.</returns>
    private static int Pack(ReadOnlySpan<int> starts, Span<int> chunkStarts)
    {
        int chunks = 0;
        for (int g = 0, chunkStart = 0; g + 1 < starts.Length; g++)
        {
            if (g == 0 || (starts[g + 1] - chunkStart > ChunkLength && starts[g] > chunkStart))
            {
                chunkStart = starts[g];
                if (!chunkStarts.IsEmpty)
                {
                    chunkStarts[chunks] = chunkStart;
                }
                chunks++;
            }
        }
        return chunks;
    }
}
