using System;
using System.Buffers;
using System.Collections.Generic;

namespace ForceEstimates;

/// <summary>
/// Reports laid out quantity by quantity: one array holding every group as a segment, groups in the order of their
/// first report, each group's reports in their original order. The library's one grouping by
/// <see cref="Quantity.Key"/>: <see cref="ReportCollection.GroupByQuantity"/> and aggregation by quantity both use
/// it. The array is pooled: dispose the layout when done with its segments.
/// </summary>
internal readonly struct QuantityLayout : IDisposable
{
    // The index is reused per thread: with 100,000 reports a fresh one would be rebuilt and collected at every call.
    [ThreadStatic]
    private static Dictionary<QuantityKey, int>? groupIndex;

    private readonly Report[] ordered;
    private readonly int[] starts;
    private readonly bool pooled;

    private QuantityLayout(Report[] ordered, int[] starts, bool pooled)
    {
        this.ordered = ordered;
        this.starts = starts;
        this.pooled = pooled;
    }

    /// <summary>The number of quantities.</summary>
    internal int Count => starts.Length - 1;

    /// <summary>The reports about quantity <paramref name="group"/>; at least one.</summary>
    internal ArraySegment<Report> this[int group] => new(ordered, starts[group], starts[group + 1] - starts[group]);

    /// <summary>Lays out <paramref name="reports"/> by a counting sort on their quantity keys.</summary>
    /// <param name="reports">The reports.</param>
    /// <param name="paramName">The caller's name for them.</param>
    /// <param name="pooled">Whether the array is rented (returned by <see cref="Dispose"/>), or the caller's to keep: segments that outlive the call (an aggregate that explains itself later) need their own.</param>
    /// <exception cref="ArgumentNullException">A report is null (named by its index, blamed on <paramref name="paramName"/>).</exception>
    internal static QuantityLayout Of(IReadOnlyList<Report> reports, string paramName, bool pooled = true)
    {
        int count = reports.Count;
        var groupByKey = groupIndex ??= [];
        var groupOf = ArrayPool<int>.Shared.Rent(count);
        var ordered = pooled ? ArrayPool<Report>.Shared.Rent(count) : new Report[count];
        try
        {
            var sizes = new List<int>();
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
                        group = sizes.Count;
                        groupByKey.Add(report.Quantity.Key, group);
                        sizes.Add(0);
                    }
                    previous = report.Quantity;
                    previousGroup = group;
                }
                groupOf[i] = group;
                sizes[group]++;
            }
            var starts = new int[sizes.Count + 1];
            for (int g = 0; g < sizes.Count; g++)
            {
                starts[g + 1] = starts[g] + sizes[g];
            }
            var next = (int[])starts.Clone();
            // Stored through a span: an array's element stores check the element's type against the array's (arrays of
            // references are covariant), which reads each report's object again; the span checked the array once.
            var target = ordered.AsSpan();
            for (int i = 0; i < count; i++)
            {
                target[next[groupOf[i]]++] = array is null ? reports[i] : array[i];
            }
            return new QuantityLayout(ordered, starts, pooled);
        }
        catch
        {
            if (pooled)
            {
                ArrayPool<Report>.Shared.Return(ordered, clearArray: true);
            }
            throw;
        }
        finally
        {
            groupByKey.Clear();
            if (groupByKey.EnsureCapacity(0) > 1 << 20)
            {
                // Do not keep a huge index alive on this thread after one huge call.
                groupIndex = null;
            }
            ArrayPool<int>.Shared.Return(groupOf);
        }
    }

    /// <summary>Returns the pooled array (cleared, so that it holds no reports).</summary>
    public void Dispose()
    {
        if (ordered is not null && pooled)
        {
            ArrayPool<Report>.Shared.Return(ordered, clearArray: true);
        }
    }
}
