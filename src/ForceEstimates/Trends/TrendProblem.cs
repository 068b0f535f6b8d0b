using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ForceEstimates.Aggregation;
using NodaTime;

namespace ForceEstimates.Trends;

/// <summary>How a report's figure relates to its series' latent path.</summary>
internal enum ObservedAs
{
    /// <summary>The sum of the daily increments over the period (a cumulative total or a change).</summary>
    Sum,

    /// <summary>The mean of the log level (the logit, for a share) over the period (a level).</summary>
    Level,

    /// <summary>A smooth maximum of the log level (the logit, for a share) over the period (a peak).</summary>
    Peak,
}

/// <summary>Which side of the figure a bounded report states.</summary>
internal enum BoundSide
{
    None,
    Lower,
    Upper,
}

/// <summary>One series: the quantities (a cumulative count and its changes, or a level and its peaks) that share a latent path.</summary>
internal sealed class SeriesSpec
{
    internal required Quantity Quantity { get; init; }

    internal required QuantityKey Key { get; init; }

    internal required bool IsCumulative { get; init; }

    /// <summary>Whether the series is a share (a level in percent) followed on the logit scale rather than the log scale.</summary>
    internal required bool IsShare { get; init; }

    internal required int Subject { get; init; }

    internal int PoolGroup { get; set; } = -1;

    /// <summary>
    /// For a cumulative series, the day its accumulation starts: the earliest start of its reports' periods, a total as of
    /// one day aside (that reads from here), or the grid's first day when every report is such a total; 0 for a level.
    /// </summary>
    internal int StartDay { get; set; }

    internal int FirstObservedDay { get; set; } = int.MaxValue;

    internal int LastObservedDay { get; set; } = -1;

    internal int ReportCount { get; set; }

    internal List<int> Pairs { get; } = [];

    internal double InitialLog { get; set; }
}

/// <summary>The reports of one origin about one series, in time order: they share one bias and one persistent error.</summary>
internal sealed class PairSpec
{
    internal required int Origin { get; init; }

    internal required int Series { get; init; }

    internal required int MeanBias { get; init; }

    internal int[] Reports { get; set; } = [];

    internal bool HasLower { get; set; }

    internal bool HasUpper { get; set; }
}

/// <summary>
/// The reports of a trend fit turned into numbers: series, origins, origin × series pairs and, per
/// report, the log of its figure, its reporting variance, its period on the day grid and how it
/// observes the path. Built once per fit; immutable afterwards.
/// </summary>
internal sealed class TrendProblem
{
    private TrendProblem()
    {
    }

    internal LocalDate GridStart { get; private init; }

    internal int Days { get; private init; }

    internal double KnotSpacing { get; private init; }

    internal int Knots { get; private init; }

    internal List<SeriesSpec> Series { get; } = [];

    internal List<Source> Origins { get; } = [];

    internal List<string> Subjects { get; } = [];

    /// <summary>Origin × subject: the groups that share a mean bias, as (origin, subject).</summary>
    internal List<(int Origin, int Subject)> MeanBiases { get; } = [];

    internal List<PairSpec> Pairs { get; } = [];

    internal int PoolGroups { get; private set; }

    internal int[] LowerShift { get; private set; } = [];

    internal int[] UpperShift { get; private set; } = [];

    internal int LowerShiftCount { get; private set; }

    internal int UpperShiftCount { get; private set; }

    internal List<string> Notes { get; } = [];

    // Per report (index into the kept reports).
    internal Report[] Reports { get; private set; } = [];

    internal double[] Value { get; private set; } = [];

    internal double[] Variance { get; private set; } = [];

    internal int[] StartDay { get; private set; } = [];

    internal int[] EndDay { get; private set; } = [];

    internal ObservedAs[] How { get; private set; } = [];

    internal BoundSide[] Bound { get; private set; } = [];

    internal bool[] IsShortChange { get; private set; } = [];

    internal int[] PairOf { get; private set; } = [];

    internal static TrendProblem Build(IReadOnlyList<Report> reports, TrendOptions options)
    {
        var kept = new List<Report>(reports.Count);
        var notes = new List<string>();
        foreach (var report in reports)
        {
            var share = IsShare(report.Quantity, options);
            if (share && report.Quantity.Statistic is Statistic.Cumulative or Statistic.Change)
            {
                // A share is followed as a level on the logit scale; a running total or a change of a share has no path there.
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"Report \"{report.Id}\" was left out: a share (in %) is followed as a level; a {(report.Quantity.Statistic == Statistic.Change ? "change" : "cumulative total")} of a share has no place in the trend model."));
            }
            else if (ReadValue(report, out _, out _) is not { } value || !(value > 0))
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"Report \"{report.Id}\" was left out: a figure of zero or less has no place on the {(share ? "logit" : "log")} scale."));
            }
            else if (share && !(value < ShareTop))
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"Report \"{report.Id}\" was left out: a share of 100% or more has no place on the logit scale."));
            }
            else
            {
                kept.Add(report);
            }
        }
        if (kept.Count == 0)
        {
            throw new ArgumentException("Expected at least one report with a positive figure (a share strictly between 0 and 100%, as a level or peak), but none has one.", nameof(reports));
        }
        var gridStart = kept.Min(r => r.RefersTo.Start);
        var lastEnd = kept.Max(r => r.RefersTo.End);
        var gridEnd = options.Until is { } until && until > lastEnd ? until : lastEnd;
        var days = Period.DaysBetween(gridStart, gridEnd) + 1;
        if (days > TrendOptions.MaximumDays)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected reports and a horizon within {TrendOptions.MaximumDays} days, but they span {days} days ({gridStart:yyyy-MM-dd} to {gridEnd:yyyy-MM-dd})."),
                nameof(reports));
        }
        var spacing = options.KnotSpacingDays ?? Math.Max(7, Math.Ceiling((days - 1) / 15.0));
        var knots = Math.Max(2, (int)Math.Ceiling((days - 1) / spacing) + 1);
        var problem = new TrendProblem { GridStart = gridStart, Days = days, KnotSpacing = spacing, Knots = knots };
        problem.Notes.AddRange(notes);
        problem.Fill(kept, options);
        return problem;
    }

    /// <summary>The top of a share's range in the canonical unit of its dimension (percent, 100), as the aggregation reads it.</summary>
    internal static readonly double ShareTop = AnalysisScales.ShareUpper(Unit.Percent);

    /// <summary>
    /// Whether reports of <paramref name="quantity"/> are shares followed on the logit scale: a quantity in percent or a
    /// fraction (<see cref="Dimension.Ratio"/>), the quantities <see cref="Aggregate.Of"/> combines on the logit scale.
    /// </summary>
    internal static bool IsShare(Quantity quantity, TrendOptions options)
        => quantity.Unit.Dimension == Dimension.Ratio && !options.SharesOnLogScale;

    /// <summary>The figure the report states on its quantity's canonical unit, with which side it bounds and its two-sided log spread.</summary>
    private static double? ReadValue(Report report, out BoundSide bound, out double logSpread)
    {
        var estimate = report.Estimate;
        var key = report.Quantity.Key;
        bound = BoundSide.None;
        logSpread = 0;
        double value;
        switch (estimate.Hedge)
        {
            case HedgeKind.AtLeast or HedgeKind.Above:
                bound = BoundSide.Lower;
                value = estimate.LowerBound!.Value;
                break;
            case HedgeKind.AtMost or HedgeKind.Below:
                bound = BoundSide.Upper;
                value = estimate.UpperBound!.Value;
                break;
            default:
                value = estimate.Median;
                var low = estimate.Quantile(0.05);
                var high = estimate.Quantile(0.95);
                if (low > 0 && high > low && double.IsFinite(high))
                {
                    logSpread = (Math.Log(high) - Math.Log(low)) / (2 * 1.6448536269514722);
                }
                break;
        }
        if (!double.IsFinite(value))
        {
            return null;
        }
        return key.ToCanonical(value, report.Quantity.Unit);
    }

    private void Fill(List<Report> kept, TrendOptions options)
    {
        var n = kept.Count;
        Reports = [.. kept];
        Value = new double[n];
        Variance = new double[n];
        StartDay = new int[n];
        EndDay = new int[n];
        How = new ObservedAs[n];
        Bound = new BoundSide[n];
        IsShortChange = new bool[n];
        PairOf = new int[n];
        var seriesIndex = new Dictionary<QuantityKey, int>();
        var pairIndex = new Dictionary<(int, int), int>();
        var meanIndex = new Dictionary<(int, int), int>();
        var pairReports = new List<List<int>>();
        var runningTotals = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var report = kept[i];
            var quantity = report.Quantity;
            var cumulative = quantity.Statistic is Statistic.Cumulative or Statistic.Change;
            var seriesQuantity = quantity.WithStatistic(cumulative ? Statistic.Cumulative : Statistic.Level);
            var key = seriesQuantity.Key;
            if (!seriesIndex.TryGetValue(key, out var s))
            {
                s = Series.Count;
                seriesIndex.Add(key, s);
                Series.Add(new SeriesSpec
                {
                    Quantity = seriesQuantity.InUnit(key.CanonicalUnit!),
                    Key = key,
                    IsCumulative = cumulative,
                    IsShare = IsShare(quantity, options),
                    Subject = SubjectIndex(key.Subject!),
                    StartDay = int.MaxValue,
                });
            }
            var series = Series[s];
            var value = ReadValue(report, out var bound, out var spread)!.Value;
            // A share is observed on the logit scale: the log of its odds. Its hedge's spread and the reporting floor are
            // taken relative to the odds, as Aggregate reads a share (AnalysisScales.Floor): about relative to the share
            // near 0%, to what is left of it near 100%.
            Value[i] = AnalysisScales.To(series.IsShare ? AnalysisScale.Logit : AnalysisScale.Log, value, ShareTop);
            var floor = options.ReportingFloor.For(report.Provenance.Origin.Kind);
            // A count of n has counting noise of about 1/n on the log scale (Poisson, delta method): a daily "3 ships" is no 10% figure.
            var counting = key.CanonicalUnit!.Dimension == Dimension.Count ? 1 / Math.Max(value, 1) : 0;
            Variance[i] = (floor * floor) + (spread * spread) + counting;
            StartDay[i] = Period.DaysBetween(GridStart, report.RefersTo.Start);
            EndDay[i] = Period.DaysBetween(GridStart, report.RefersTo.End);
            How[i] = cumulative ? ObservedAs.Sum : quantity.Statistic == Statistic.Peak ? ObservedAs.Peak : ObservedAs.Level;
            Bound[i] = bound;
            IsShortChange[i] = quantity.Statistic == Statistic.Change && EndDay[i] - StartDay[i] < KnotSpacing;
            // A cumulative figure of one day ("at least 1,450 have died", as of its day) is the running total as of that day,
            // accumulated from the start of the series' record (after the loop), not the one day's count: it does not set that start.
            var asOfDay = quantity.Statistic == Statistic.Cumulative && StartDay[i] == EndDay[i];
            runningTotals[i] = asOfDay;
            series.StartDay = Math.Min(series.StartDay, !cumulative ? 0 : asOfDay ? int.MaxValue : StartDay[i]);
            series.FirstObservedDay = Math.Min(series.FirstObservedDay, StartDay[i]);
            series.LastObservedDay = Math.Max(series.LastObservedDay, EndDay[i]);
            series.ReportCount++;
            var origin = OriginIndex(report.Provenance.Origin);
            // A bias on a share's odds is pooled with the origin's other biases on shares of the subject, not with its factors on counts.
            var meanKey = (origin, series.IsShare ? -1 - series.Subject : series.Subject);
            if (!meanIndex.TryGetValue(meanKey, out var mean))
            {
                mean = MeanBiases.Count;
                meanIndex.Add(meanKey, mean);
                MeanBiases.Add((origin, series.Subject));
            }
            if (!pairIndex.TryGetValue((origin, s), out var p))
            {
                p = Pairs.Count;
                pairIndex.Add((origin, s), p);
                Pairs.Add(new PairSpec { Origin = origin, Series = s, MeanBias = mean });
                pairReports.Add([]);
                series.Pairs.Add(p);
            }
            pairReports[p].Add(i);
            PairOf[i] = p;
            if (bound == BoundSide.Lower)
            {
                Pairs[p].HasLower = true;
            }
            else if (bound == BoundSide.Upper)
            {
                Pairs[p].HasUpper = true;
            }
        }
        for (var i = 0; i < n; i++)
        {
            // A total as of a day before the start of its series' other periods: the record began earlier still.
            var series = Series[Pairs[PairOf[i]].Series];
            if (runningTotals[i] && EndDay[i] < series.StartDay)
            {
                series.StartDay = int.MaxValue;
            }
        }
        foreach (var series in Series)
        {
            // A cumulative series whose figures are all totals as of a day (or one of which is dated before its other
            // periods start) accumulates from the start of the grid (the earliest day any report refers to), the record's
            // start as far as the reports tell.
            series.StartDay = series.StartDay == int.MaxValue ? 0 : series.StartDay;
        }
        for (var i = 0; i < n; i++)
        {
            if (runningTotals[i])
            {
                StartDay[i] = Series[Pairs[PairOf[i]].Series].StartDay;
            }
        }
        for (var p = 0; p < Pairs.Count; p++)
        {
            Pairs[p].Reports = [.. pairReports[p].OrderBy(i => EndDay[i]).ThenBy(i => StartDay[i]).ThenBy(i => i)];
        }
        LowerShift = new int[Origins.Count];
        UpperShift = new int[Origins.Count];
        Array.Fill(LowerShift, -1);
        Array.Fill(UpperShift, -1);
        foreach (var pair in Pairs)
        {
            if (pair.HasLower && LowerShift[pair.Origin] < 0)
            {
                LowerShift[pair.Origin] = LowerShiftCount++;
            }
            if (pair.HasUpper && UpperShift[pair.Origin] < 0)
            {
                UpperShift[pair.Origin] = UpperShiftCount++;
            }
        }
        AssignPoolGroups();
        InitialValues();
    }

    private int SubjectIndex(string subject)
    {
        for (var j = 0; j < Subjects.Count; j++)
        {
            if (Names.Comparer.Equals(Subjects[j], subject))
            {
                return j;
            }
        }
        Subjects.Add(subject);
        return Subjects.Count - 1;
    }

    private int OriginIndex(Source origin)
    {
        for (var o = 0; o < Origins.Count; o++)
        {
            if (Origins[o].IsSameAs(origin))
            {
                return o;
            }
        }
        Origins.Add(origin);
        return Origins.Count - 1;
    }

    // Series of one subject and one kind (cumulative counts, levels, or shares) share a trend when there are at least two of them.
    private void AssignPoolGroups()
    {
        var groups = Series.GroupBy(s => (s.Subject, s.IsCumulative, s.IsShare)).Where(g => g.Count() >= 2).ToList();
        PoolGroups = groups.Count;
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var series in groups[g])
            {
                series.PoolGroup = g;
            }
        }
    }

    // A flat start: the median log daily increment (cumulative) or the median log level.
    private void InitialValues()
    {
        var values = new List<double>();
        for (var s = 0; s < Series.Count; s++)
        {
            values.Clear();
            foreach (var p in Series[s].Pairs)
            {
                foreach (var i in Pairs[p].Reports)
                {
                    values.Add(Series[s].IsCumulative ? Value[i] - Math.Log(EndDay[i] - StartDay[i] + 1) : Value[i]);
                }
            }
            values.Sort();
            Series[s].InitialLog = values[values.Count / 2];
        }
    }
}
