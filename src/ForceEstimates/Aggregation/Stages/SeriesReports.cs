using System;
using System.Collections.Generic;
using NodaTime;

namespace ForceEstimates.Aggregation;

/// <summary>
/// One quantity's reports as a series (<see cref="Aggregate.Series"/>) reads them, once, for the stages at every date:
/// each report's publication date and the end of the time it refers to as day numbers, so that the question asked at
/// every date (which reports are known, and have they all aged alike since the last date?) is answered on integers;
/// the columns of the columnar path (<see cref="ReportColumns"/>); and each report's reading on the analysis scale
/// (<see cref="ObservationStage"/>), read when a date first uses it. The stages read nothing of a report that depends
/// on the date or on the other reports here, so what they take from it is what they would have read themselves.
/// Used by one thread at a time (one call of the series).
/// </summary>
internal sealed class SeriesReports
{
    private readonly ArraySegment<Report> reports;
    // Whether stage 0 selects among the reports by their dates (a cumulative count; a level whose origins' older figures are superseded).
    private readonly bool selectsByDate;

    // Day numbers of each report's publication and of the end of the time it refers to, read when the series first
    // compares two dates (empty until then).
    private int[] published = [];
    private int[] end = [];

    // The publication days in ascending order, and the latest end among the reports published by each of them: the
    // reports known by a date are the first of that order, so whether two dates know the same reports, and whether all
    // of those refer to times ending by both dates, is a search instead of a pass over the reports.
    private int[] publishedInOrder = [];
    private int[] latestEndKnown = [];

    // The columns of the columnar path, read once when the series first fits a second date (empty until then, and when
    // the group is too large for that path).
    private readonly bool columnar;
    private int[] publishedDays = [];
    private int[] idTags = [];
    private int[] originTags = [];
    private bool[] linked = [];

    // Readings on one scale in one unit (the scale and unit of the series' last fit that read any): a report's reading
    // depends on them and on the options, which are the series' own.
    private ReportReading[] readings = [];
    private bool[] read = [];

    // Each report's hedge and median in its own unit (ObservationStage.ReadEstimates), read by Prepare.
    private HedgeKind[] hedges = [];
    private double[] medians = [];
    private AnalysisScale readScale;
    private Unit? readUnit;

    // Whether every report is on the scale of its quantity in that unit, so that no subset leaves it (ChooseScale judges each report alone).
    private Unit? onScaleUnit;
    private bool allOnScale;

    /// <summary>Reads the dates of <paramref name="reports"/> (at least one, all about one quantity, dates in the ISO calendar as reports keep them); with <paramref name="columnar"/> <see cref="Prepare"/> reads the columns too; <paramref name="options"/> says whether stage 0 selects among them by date (<see cref="CumulativeSelection.SelectsByDate"/>).</summary>
    internal SeriesReports(ArraySegment<Report> reports, bool columnar, AggregationOptions options)
    {
        this.reports = reports;
        FirstPublished = int.MaxValue;
        foreach (var report in reports)
        {
            FirstPublished = Math.Min(FirstPublished, report.PublishedDay);
        }
        selectsByDate = CumulativeSelection.SelectsByDate(reports[0].Quantity.Key, options);
        this.columnar = columnar;
    }

    /// <summary>
    /// Makes room for the readings and reads the columns and each report's hedge and median, once: a series that fits only one date (one date asked for,
    /// or no report between its dates) reads its reports once anyway, and is spared the allocation.
    /// </summary>
    /// <returns>This, prepared.</returns>
    internal SeriesReports Prepare()
    {
        if (read.Length == 0)
        {
            readings = new ReportReading[reports.Count];
            read = new bool[reports.Count];
            (hedges, medians) = (new HedgeKind[reports.Count], new double[reports.Count]);
            if (columnar)
            {
                // The hedges with the columns, as one date's stages read them; then the medians.
                (publishedDays, idTags, originTags, linked) = (new int[reports.Count], new int[reports.Count], new int[reports.Count], new bool[reports.Count]);
                Columns.Read(reports, hedges);
                ObservationStage.ReadMedians(reports, medians);
            }
            else
            {
                ObservationStage.ReadEstimates(reports, hedges, medians);
            }
        }
        return this;
    }

    /// <summary>Whether the columns were read (see <see cref="Prepare"/>).</summary>
    internal bool HasColumns => publishedDays.Length > 0;

    /// <summary>The columns of every report, read by <see cref="Prepare"/>.</summary>
    internal ReportColumns Columns => new(publishedDays, idTags, originTags, linked);

    /// <summary>
    /// Whether every report in the series is on the analysis scale of its quantity in <paramref name="unit"/> (as
    /// <see cref="ObservationStage.ChooseScale"/> judges them, one at a time): then so is every subset, which keeps that
    /// scale with no note, and the stages need not judge a date's reports again (after <see cref="Prepare"/>).
    /// </summary>
    internal bool AllOnScale(QuantityKey key, Unit unit, ReadingRules rules)
    {
        if (!ReferenceEquals(onScaleUnit, unit))
        {
            List<AggregateNote>? notes = null;
            allOnScale = ObservationStage.ChooseScale(reports, medians, key, unit, rules, ref notes) == AnalysisScales.For(key, unit) && notes is null;
            onScaleUnit = unit;
        }
        return allOnScale;
    }

    /// <summary>
    /// Fills <paramref name="into"/> with the readings of the reports <paramref name="used"/> (indices, more than one)
    /// on <paramref name="scale"/> in <paramref name="unit"/>, each as <see cref="ObservationStage"/> reads a
    /// report among others, read the first time it is asked for on that scale and unit (after <see cref="Prepare"/>).
    /// </summary>
    internal void Read(ReadOnlySpan<int> used, AnalysisScale scale, double upper, Unit unit, ReportingFloor floor, ReadingRules rules, Span<ReportReading> into)
    {
        if (scale != readScale || !ReferenceEquals(unit, readUnit))
        {
            Array.Clear(read);
            (readScale, readUnit) = (scale, unit);
        }
        for (int j = 0; j < used.Length; j++)
        {
            int i = used[j];
            if (!read[i])
            {
                ObservationStage.Read(reports[i], medians[i], hedges[i], scale, upper, unit, floor, rules, single: false, out readings[i]);
                read[i] = true;
            }
            into[j] = readings[i];
        }
    }

    /// <summary>The day number of the earliest publication: a date before it has no report known.</summary>
    internal int FirstPublished { get; }

    /// <summary>
    /// Whether the stages give the same numbers as of day <paramref name="asOf"/> as of day <paramref name="before"/>,
    /// apart from the date itself and the explanation: the same reports are known by both dates (published on or before
    /// each, <see cref="ReportCollection.IsKnownAsOf(LocalDate, LocalDate)"/>) and every one of them aged by the same
    /// number of days between them, so stages 1 to 3 see the same inputs (weights count ages from the newest report).
    /// A report's age (<see cref="WeightStage.Age"/>) counts from the end of the time it refers to, or is 0 while that
    /// end is not before the date, plus a forecast's lead, which is the same at both dates; so one that still refers to
    /// the future has not aged. For a cumulative count (or a level whose origins' older figures are superseded), which
    /// figures are earlier values or superseded (<see cref="CumulativeSelection"/>) depends on the date only through each figure's date, the end of the time it refers to but never after the as-of
    /// date: the same at both dates when every known figure's end lies on or before both (and then all aged alike).
    /// </summary>
    internal bool SameNumbers(int before, int asOf)
    {
        if (published.Length == 0)
        {
            (published, end) = (new int[reports.Count], new int[reports.Count]);
            for (int i = 0; i < reports.Count; i++)
            {
                published[i] = reports[i].PublishedDay;
                end[i] = reports[i].RefersToEndDay;
            }
            var order = new int[reports.Count];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }
            publishedInOrder = (int[])published.Clone();
            Array.Sort(publishedInOrder, order);
            latestEndKnown = new int[reports.Count];
            for (int k = 0, latest = int.MinValue; k < order.Length; k++)
            {
                latestEndKnown[k] = latest = Math.Max(latest, end[order[k]]);
            }
        }
        // The known reports of the two dates are nested: the same when as many are known by each.
        int known = Known(asOf);
        if (known != Known(before))
        {
            return false;
        }
        if (known == 0 || latestEndKnown[known - 1] <= Math.Min(before, asOf))
        {
            // Every known report refers to a time ending by both dates: each aged by the days between them.
            return true;
        }
        if (selectsByDate)
        {
            return false;
        }
        bool first = true;
        int aged = 0;
        for (int i = 0; i < published.Length; i++)
        {
            if (published[i] <= asOf)
            {
                int days = Stale(end[i], asOf) - Stale(end[i], before);
                if (first)
                {
                    (aged, first) = (days, false);
                }
                else if (days != aged)
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>The number of reports published on or before day <paramref name="asOf"/>.</summary>
    private int Known(int asOf)
    {
        // The first position whose day is after it (the days in order, equal days side by side).
        int low = 0, high = publishedInOrder.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            (low, high) = publishedInOrder[middle] <= asOf ? (middle + 1, high) : (low, middle);
        }
        return low;
    }

    /// <summary>Days from <paramref name="end"/> to <paramref name="asOf"/> when it lies before it, else 0 (as <see cref="WeightStage.Age"/> counts them).</summary>
    private static int Stale(int end, int asOf) => end < asOf ? asOf - end : 0;
}
