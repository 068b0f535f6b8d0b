using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using NodaTime;

namespace ForceEstimates;

/// <summary>
/// An immutable list of <see cref="Report"/>s with unique ids, in the order given, with the
/// selections aggregation needs: by quantity (<see cref="GroupByQuantity"/>, <see cref="For(Quantity)"/>),
/// by date (<see cref="AsOf(LocalDate)"/>), and by independence (<see cref="IndependentGroups"/>).
/// </summary>
/// <remarks>
/// Every selection returns a new collection keeping the original order. Operations that "add"
/// return a new collection. Immutable and thread-safe. The first <see cref="GroupByQuantity"/> or
/// aggregation by quantity keeps the reports' grouping with the collection (one more reference per
/// report), so aggregating the same collection again, as of other dates or under other options, does not
/// group its reports again.
/// </remarks>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A collection of reports is what analysts call it.")]
[Presentation.TypeFormatterSource(typeof(Presentation.NotebookFormatterSource))]
public sealed class ReportCollection : IReadOnlyList<Report>
{
    private readonly Report[] reports;
    private readonly Dictionary<string, int> indexById;

    // The reports laid out by quantity, made on first use and kept (the collection never changes): aggregating it again,
    // as of another date or under other options, does not group its reports again. Races make equal layouts.
    private KeptLayout? byQuantity;

    private ReportCollection(Report[] reports, Dictionary<string, int> indexById)
    {
        this.reports = reports;
        this.indexById = indexById;
    }

    /// <summary>The collection with no reports.</summary>
    public static ReportCollection Empty { get; } = new([], new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>A collection of the given reports, in order.</summary>
    /// <param name="reports">The reports; no nulls, ids unique.</param>
    /// <returns>The collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of the reports is null.</exception>
    /// <exception cref="ArgumentException">Two reports have the same id; the message names it and both positions.</exception>
    public static ReportCollection Of(IEnumerable<Report> reports)
    {
        Preconditions.CheckNotNull(reports);
        return FromArray(reports.ToArray(), nameof(reports));
    }

    /// <summary>A collection of the given reports, in order.</summary>
    /// <param name="reports">The reports; no nulls, ids unique.</param>
    /// <returns>The collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of the reports is null.</exception>
    /// <exception cref="ArgumentException">Two reports have the same id.</exception>
    public static ReportCollection Of(params Report[] reports)
    {
        Preconditions.CheckNotNull(reports);
        return FromArray((Report[])reports.Clone(), nameof(reports));
    }

    private static ReportCollection FromArray(Report[] reports, string paramName)
    {
        var indexById = new Dictionary<string, int>(reports.Length, StringComparer.Ordinal);
        for (var i = 0; i < reports.Length; i++)
        {
            var report = reports[i] ?? throw new ArgumentNullException(paramName, $"Report {i} is null.");
            if (!indexById.TryAdd(report.Id, i))
            {
                throw new ArgumentException($"Expected unique report ids, but \"{report.Id}\" is at positions {indexById[report.Id]} and {i}.", paramName);
            }
        }
        return new ReportCollection(reports, indexById);
    }

    // Selections take reports from a valid collection, so ids are already unique.
    private ReportCollection Subset(IEnumerable<Report> chosen)
    {
        var array = chosen.ToArray();
        if (array.Length == reports.Length)
        {
            return this;
        }
        var indexById = new Dictionary<string, int>(array.Length, StringComparer.Ordinal);
        for (var i = 0; i < array.Length; i++)
        {
            indexById.Add(array[i].Id, i);
        }
        return new ReportCollection(array, indexById);
    }

    /// <summary>The number of reports.</summary>
    public int Count => reports.Length;

    /// <summary>The report at <paramref name="index"/>.</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public Report this[int index]
        => (uint)index < (uint)reports.Length ? reports[index] : throw new ArgumentOutOfRangeException(nameof(index), index, $"Expected an index from 0 to {reports.Length - 1}.");

    /// <summary>Whether a report has this id.</summary>
    /// <param name="id">The id (trimmed, compared ordinally).</param>
    /// <returns>True when the collection holds it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool Contains(string id)
    {
        Preconditions.CheckNotNull(id);
        return indexById.ContainsKey(id.Trim());
    }

    /// <summary>The report with this id.</summary>
    /// <param name="id">The id (trimmed, compared ordinally).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No report has this id.</exception>
    public Report Get(string id)
        => TryGet(id, out var report) ? report : throw new KeyNotFoundException($"No report has the id \"{id}\".");

    /// <summary>Looks up the report with this id.</summary>
    /// <param name="id">The id (trimmed, compared ordinally).</param>
    /// <param name="report">The report, or null.</param>
    /// <returns>Whether a report has this id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGet(string id, [NotNullWhen(true)] out Report? report)
    {
        Preconditions.CheckNotNull(id);
        if (indexById.TryGetValue(id.Trim(), out var index))
        {
            report = reports[index];
            return true;
        }
        report = null;
        return false;
    }

    /// <summary>This collection with one more report at the end.</summary>
    /// <param name="report">The report; its id must be new.</param>
    /// <returns>A new collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is already used.</exception>
    public ReportCollection Add(Report report)
    {
        Preconditions.CheckNotNull(report);
        return FromArray([.. reports, report], nameof(report));
    }

    /// <summary>This collection with more reports at the end.</summary>
    /// <param name="more">The reports; ids must be new and unique.</param>
    /// <returns>A new collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="more"/> or one of the reports is null.</exception>
    /// <exception cref="ArgumentException">An id is used twice.</exception>
    public ReportCollection AddRange(IEnumerable<Report> more)
    {
        Preconditions.CheckNotNull(more);
        return FromArray([.. reports, .. more], nameof(more));
    }

    /// <summary>
    /// The same reports with every stated figure read again under another hedge model
    /// (<see cref="Estimate.Reinterpret(HedgeModel)"/>): the figures as written stay, their distributions are the
    /// model's. Figures given as distributions are kept as they are.
    /// </summary>
    /// <param name="model">The hedge model.</param>
    /// <returns>A new collection, in the same order with the same ids.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A subclass of <see cref="HedgeModel"/> returned null, or a distribution whose quantiles are NaN or out of order.</exception>
    public ReportCollection Reinterpret(HedgeModel model)
    {
        Preconditions.CheckNotNull(model);
        var reread = new Report[reports.Length];
        for (var i = 0; i < reports.Length; i++)
        {
            var estimate = reports[i].Estimate.Reinterpret(model);
            reread[i] = estimate.Equals(reports[i].Estimate) ? reports[i] : reports[i].WithEstimate(estimate);
        }
        return new ReportCollection(reread, indexById);
    }

    /// <summary>The reports published on or before <paramref name="date"/>: what was known as of that day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The selection, in order.</returns>
    public ReportCollection AsOf(LocalDate date)
    {
        date = Dates.Iso(date);
        return Subset(reports.Where(report => IsKnownAsOf(report, date)));
    }

    /// <summary>
    /// The library's one rule for "as of": a report is known as of a date when it was published on or before it.
    /// Aggregation and every other selection by date go through it.
    /// </summary>
    internal static bool IsKnownAsOf(Report report, LocalDate date) => IsKnownAsOf(report.Published, date);

    /// <summary>The rule of <see cref="IsKnownAsOf(Report, LocalDate)"/> on a report's publication date, read beforehand.</summary>
    internal static bool IsKnownAsOf(LocalDate published, LocalDate date) => published <= date;

    /// <summary>The reports about <paramref name="quantity"/> in any compatible unit: those whose <see cref="Quantity.Key"/> equals its key.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The selection, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quantity"/> is null.</exception>
    public ReportCollection For(Quantity quantity)
    {
        Preconditions.CheckNotNull(quantity);
        return For(quantity.Key);
    }

    /// <summary>The reports whose quantity has this key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The selection, in order.</returns>
    public ReportCollection For(QuantityKey key) => Subset(reports.Where(report => report.Quantity.Key == key));

    /// <summary>
    /// The reports grouped by <see cref="Quantity.Key"/>, so that figures in compatible units (km²
    /// and mi²) fall in one group while a peak and a level, or an area and a share, do not. Groups
    /// come in the order of their first report.
    /// </summary>
    /// <returns>The groups; each has at least one report.</returns>
    public IReadOnlyList<QuantityGroup> GroupByQuantity()
    {
        var layout = ByQuantity;
        var groups = new QuantityGroup[layout.Count];
        for (var g = 0; g < groups.Length; g++)
        {
            var members = layout[g];
            groups[g] = new QuantityGroup(members[0].Quantity.Key, members.Count == reports.Length ? this : Subset(members));
        }
        return groups;
    }

    /// <summary>
    /// The reports laid out by quantity (<see cref="QuantityLayout"/>), made on the first call and kept with the
    /// collection (one more reference per report): its segments may be kept by the caller, and are never returned to a pool.
    /// </summary>
    internal QuantityLayout ByQuantity
    {
        get
        {
            var kept = Volatile.Read(ref byQuantity);
            if (kept is null)
            {
                // Reports in runs (the usual case) are laid out by their runs, found by one scan of neighbours (no dictionary lookup per report).
                var layout = reports.Length >= QuantityLayout.RunsMinimum ? QuantityLayout.OfRuns(reports, nameof(reports)) : null;
                kept = new KeptLayout(layout ?? QuantityLayout.Of(reports, nameof(reports)));
                kept = Interlocked.CompareExchange(ref byQuantity, kept, null) ?? kept;
            }
            return kept.Layout;
        }
    }

    private sealed class KeptLayout(QuantityLayout layout)
    {
        internal QuantityLayout Layout { get; } = layout;
    }

    /// <summary>
    /// For each report, the number of its independence group (see <see cref="IndependentGroups"/>):
    /// groups are numbered 0, 1, ... in the order of their first report. The array is new on each
    /// call and belongs to the caller.
    /// </summary>
    /// <returns>An array of <see cref="Count"/> group numbers.</returns>
    public int[] IndependentGroupIndices() => IndependentGroupIndices(reports);

    /// <summary>
    /// The independence groups of any span of reports (see <see cref="IndependentGroupIndices()"/>);
    /// aggregation calls it on the reports it uses without building a collection. A repeated id links
    /// its reports.
    /// </summary>
    internal static int[] IndependentGroupIndices(ReadOnlySpan<Report> reports)
    {
        var parent = new int[reports.Length];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }
        // Reports meet through what they name: an origin key (name or alias), or a report id that
        // one is and another derives from, or that both derive from.
        var anyDerived = false;
        if (reports.Length <= 16)
        {
            // Few reports (the usual group about one quantity): comparing pairs beats building a dictionary.
            for (var i = 0; i < reports.Length; i++)
            {
                var origin = reports[i].Provenance.Origin;
                for (var j = 0; j < i; j++)
                {
                    if (origin.IsSameAs(reports[j].Provenance.Origin))
                    {
                        Union(parent, i, j);
                    }
                }
                anyDerived |= reports[i].Provenance.DerivedFrom.Count > 0;
            }
        }
        else
        {
            var firstByOrigin = new Dictionary<string, int>(reports.Length, StringComparer.Ordinal);
            for (var i = 0; i < reports.Length; i++)
            {
                var origin = reports[i].Provenance.Origin;
                Link(parent, firstByOrigin, origin.Key, i);
                foreach (var alias in origin.AliasKeys)
                {
                    Link(parent, firstByOrigin, alias, i);
                }
                anyDerived |= reports[i].Provenance.DerivedFrom.Count > 0;
            }
        }
        if (anyDerived)
        {
            var firstById = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < reports.Length; i++)
            {
                Link(parent, firstById, reports[i].Id, i);
                foreach (var derived in reports[i].Provenance.DerivedFrom)
                {
                    Link(parent, firstById, derived, i);
                }
            }
        }
        var numbers = new int[reports.Length];
        var count = 0;
        for (var i = 0; i < reports.Length; i++)
        {
            var root = Find(parent, i);
            numbers[i] = root == i ? count++ : numbers[root];
        }
        return numbers;
    }

    private static void Link(int[] parent, Dictionary<string, int> first, string name, int index)
    {
        if (first.TryGetValue(name, out var other))
        {
            Union(parent, index, other);
        }
        else
        {
            first.Add(name, index);
        }
    }

    // Union–find with path halving (Tarjan 1975); the smaller index becomes the root, so a group's
    // root is its first report and group numbers follow first appearance.
    private static void Union(int[] parent, int index, int other)
    {
        var a = Find(parent, index);
        var b = Find(parent, other);
        if (a < b)
        {
            parent[b] = a;
        }
        else if (b < a)
        {
            parent[a] = b;
        }
    }

    private static int Find(int[] parent, int node)
    {
        while (parent[node] != node)
        {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }
        return node;
    }

    /// <summary>
    /// The reports split into groups that are independent of one another. Two reports fall in one
    /// group when they share an origin (by name or alias), when one derives from the other, or when
    /// both derive from the same report (listed here or not) — and transitively so, through any
    /// chain of such links. Aggregation gives each group one share of weight, so circular reporting
    /// does not count twice. Groups come in the order of their first report; reports keep their order.
    /// </summary>
    /// <returns>The groups; their number is the count of independent origins.</returns>
    public IReadOnlyList<ReportCollection> IndependentGroups()
    {
        var numbers = IndependentGroupIndices();
        var groups = new List<List<Report>>();
        for (var i = 0; i < reports.Length; i++)
        {
            if (numbers[i] == groups.Count)
            {
                groups.Add([]);
            }
            groups[numbers[i]].Add(reports[i]);
        }
        return groups.Select(Subset).ToArray();
    }

    /// <inheritdoc />
    public IEnumerator<Report> GetEnumerator() => ((IEnumerable<Report>)reports).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A summary such as "7 reports".</summary>
    public override string ToString() => NumberText.Count(reports.Length, "report");
}
