using System;
using NodaTime;

namespace ForceEstimates.Aggregation;

/// <summary>
/// The columnar path of the stages for one quantity's reports: the fields that the as-of selection, the check for the
/// same report passed twice and the independence grouping compare, read from each report object once (<see cref="Read"/>), into
/// columns (the publication day number, integer tags of the id and of the origin's key, whether any report links its origin
/// to others through aliases or derivations); those stages then compare the columns by integer keys, and read a
/// report's strings again only where two tags agree. A tag is a function of the string, so equal strings have equal
/// tags and a tag only rules pairs out: the stages decide exactly as on the reports themselves
/// (<see cref="AggregationStages"/>' per-report path, which tests compare it with).
/// </summary>
internal readonly ref struct ReportColumns
{
    private readonly Span<int> publishedDay;
    private readonly Span<int> idTag;
    private readonly Span<int> originTag;
    private readonly Span<bool> linked;

    /// <summary>Columns over caller-provided storage, one element per report (written by <see cref="Read"/>).</summary>
    internal ReportColumns(Span<int> publishedDay, Span<int> idTag, Span<int> originTag, Span<bool> linked)
    {
        this.publishedDay = publishedDay;
        this.idTag = idTag;
        this.originTag = originTag;
        this.linked = linked;
    }

    /// <summary>
    /// Reads the reports' fields into the columns, and each report's hedge into <paramref name="hedges"/> (one element per
    /// report) for stage 1. What is needed of a report's provenance and origin is kept in the report itself
    /// (<see cref="Report.OriginKeyTag"/>, <see cref="Report.LinksOrigin"/>), as are the tags of ids and keys
    /// (<see cref="TextTag"/>), so neither the provenance objects nor the strings are read.
    /// </summary>
    /// <remarks>
    /// The hedge (<see cref="Estimate.Hedge"/>, two objects further: the estimate and its stated figure) is read in this
    /// pass, not in one of its own after the selection (<see cref="ObservationStage.ReadEstimates"/> reads the medians):
    /// the first reads of those objects then overlap those of the reports' own fields. A hedge is a field of the figure,
    /// read the same whether the report is used or not.
    /// </remarks>
    internal void Read(ReadOnlySpan<Report> reports, Span<HedgeKind> hedges)
    {
        for (int i = 0; i < reports.Length; i++)
        {
            var report = reports[i];
            publishedDay[i] = report.PublishedDay;
            idTag[i] = report.IdTag;
            originTag[i] = report.OriginKeyTag;
            linked[i] = report.LinksOrigin;
            hedges[i] = report.Estimate.Hedge;
        }
    }

    /// <summary>
    /// The selection of stage 0 in one pass over the columns: each report known as of the date whose day number is
    /// <paramref name="asOfDay"/> (<see cref="Dates.DayNumber"/>; its publication day on or before it, as
    /// <see cref="ReportCollection.IsKnownAsOf(LocalDate, LocalDate)"/> compares the dates) and not a repeat of one
    /// used before it (the same id, or the same origin chain, quantity, dates and figure under another id, as
    /// <see cref="AggregationStages"/>' pairwise check) is noted in <paramref name="used"/>; why each report is left out,
    /// or <see cref="Exclusion.None"/>, goes into <paramref name="why"/>. The columns are compared in a loop of their
    /// own, and the reports themselves read only for a pair whose id tags or publication days agree.
    /// </summary>
    /// <returns>The number of reports used (the first entries of <paramref name="used"/>).</returns>
    internal int Select(ArraySegment<Report> reports, int asOfDay, Span<int> used, Span<Exclusion> why)
    {
        ReadOnlySpan<int> days = publishedDay[..reports.Count], ids = idTag[..reports.Count], origins = originTag[..reports.Count];
        int n = 0;
        for (int i = 0; i < days.Length; i++)
        {
            int day = days[i];
            if (day > asOfDay)
            {
                why[i] = Exclusion.PublishedAfterAsOf;
                continue;
            }
            int tag = ids[i];
            bool repeat = false;
            foreach (int j in used[..n])
            {
                // A pair whose tags and days both differ is neither the same id nor the same content.
                if ((ids[j] == tag || days[j] == day) && Repeats(reports, ids, days, origins, j, i))
                {
                    repeat = true;
                    break;
                }
            }
            if (repeat)
            {
                why[i] = Exclusion.SameReportAgain;
                continue;
            }
            why[i] = Exclusion.None;
            used[n++] = i;
        }
        return n;
    }

    /// <summary>
    /// Whether report <paramref name="index"/> repeats the earlier report <paramref name="j"/>: the same id, or the same
    /// content on one publication day. The same content means the same origin chain, whose first link is the origin
    /// (<see cref="Provenance.Origin"/>, a citation equal only with a source of the same key), so two reports whose
    /// origins' key tags differ are not compared further: their dates, figures and chains are objects away from the cache.
    /// </summary>
    private static bool Repeats(ArraySegment<Report> reports, ReadOnlySpan<int> ids, ReadOnlySpan<int> days, ReadOnlySpan<int> origins, int j, int index)
        => (ids[j] == ids[index] && (ReferenceEquals(reports[j], reports[index]) || reports[j].Id == reports[index].Id))
            || (days[j] == days[index] && origins[j] == origins[index] && AggregationStages.SameContent(reports[j], reports[index]));

    /// <summary>
    /// The independence groups of the used reports (<paramref name="used"/>, indices into <paramref name="reports"/>)
    /// into <paramref name="groups"/>, numbered 0, 1, ... by first report, as
    /// <see cref="ReportCollection.IndependentGroupIndices(ReadOnlySpan{Report})"/> numbers them: with no aliases and
    /// no derivations among them two reports are linked exactly when their origins' keys are equal, so each report
    /// joins the group of the first earlier one with its origin's key (<see cref="OriginGroups"/>). Otherwise that method decides.
    /// </summary>
    internal void IndependentGroups(ArraySegment<Report> reports, ReadOnlySpan<int> used, ReadOnlySpan<Report> usedReports, Span<int> groups)
    {
        if (OriginGroups(reports, used, groups) < 0)
        {
            ReportCollection.IndependentGroupIndices(usedReports).CopyTo(groups);
        }
    }

    /// <summary>
    /// When no used report links its origin to others (aliases, a derivation): the used reports' groups of equal origin
    /// keys into <paramref name="groups"/>, numbered 0, 1, ... by first report, each report joining the group of the
    /// first earlier one with its origin's key; then two used reports have the same origin (<see cref="Source.IsSameAs"/>)
    /// exactly when their groups are equal, and these are the independence groups (<see cref="IndependentGroups"/>).
    /// </summary>
    /// <returns>The number of groups, or -1 (and <paramref name="groups"/> not written) when a used report links its origin.</returns>
    internal int OriginGroups(ArraySegment<Report> reports, ReadOnlySpan<int> used, Span<int> groups)
    {
        foreach (var i in used)
        {
            if (linked[i])
            {
                return -1;
            }
        }
        // The used reports' tags side by side, searched for the first earlier equal one, then that report's key compared:
        // the same first earlier report with an equal key as a scan. The search is a plain loop over the few tags before
        // (at most StackLimit): a call of the vectorized IndexOf per report cost more than the comparisons it made.
        Span<int> tags = used.Length <= AggregationStages.StackLimit ? stackalloc int[used.Length] : new int[used.Length];
        for (int a = 0; a < used.Length; a++)
        {
            tags[a] = originTag[used[a]];
        }
        int count = 0;
        for (int a = 0; a < used.Length; a++)
        {
            int tag = tags[a];
            int group = -1;
            for (int b = 0; b < a; b++)
            {
                if (tags[b] == tag && reports[used[b]].OriginKey == reports[used[a]].OriginKey)
                {
                    group = groups[b];
                    break;
                }
            }
            groups[a] = group >= 0 ? group : count++;
        }
        return count;
    }
}
