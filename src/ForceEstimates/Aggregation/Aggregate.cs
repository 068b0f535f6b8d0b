using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Text;

namespace ForceEstimates.Aggregation;

/// <summary>
/// The combination of the reports about one quantity as of a date: a best estimate with its
/// interval, each report's weight and why, how much the sources disagree, and how many independent
/// origins stand behind it. Create one with <see cref="Of"/> or <see cref="ByQuantity"/>.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Each report's estimate becomes a value and a standard error on the analysis scale
/// (<see cref="AnalysisScale"/>: log for counts and areas, logit for percentages, natural for
/// changes): the value is the transformed median, the standard error half the distance between the
/// transformed 15.9% and 84.1% quantiles, never below the source kind's
/// <see cref="ReportingFloor"/>. Under the default noise model (<see cref="NoiseModel.LearnedScale"/>) those floors are
/// then scaled by one multiple learned from how far the reports spread (<see cref="NoiseScale"/>), which is below 1
/// when they agree more closely than their floors say. Reports published after the as-of date are left out.</para>
/// <para>Weights beyond precision — the Admiralty rating, recency (a half-life counted from the end of
/// the time the report refers to) and independence (reports that trace to one origin, or derive
/// from one another, share one weight: each gets 1/m of it) — multiply into a factor w, which enters
/// as variance inflation v/w′ with w′ = w / max w: weights are relative, so the best-weighted report
/// keeps its own variance and a lone report is not made less precise by being old. Claims with a bound ("more than", "up to", "between") enter
/// maximum-likelihood fits as censored observations (under <see cref="NoiseModel.FloorsPlusTauSquared"/> REML is
/// replaced by ML then, and a note says so); the other methods read them through the hedge model's distribution.</para>
/// <para>A cumulative count (<see cref="Statistic.Cumulative"/>) is read as of the date, never by averaging its earlier
/// values with today's: each origin's newest figure supersedes its older ones (<see cref="Exclusion.Superseded"/>), and a
/// figure dated more than <see cref="AggregationOptions.CumulativeWindowDays"/> before the newest is an earlier value of a
/// count that never falls, so it enters as a lower bound (<see cref="Contribution.EarlierValue"/>), or is left out when
/// every figure of the value as of the date already exceeds it or the method reads no bounds. Lower bounds were chosen
/// over the trend (<c>ForceEstimates.Trends.TrendModel</c>, the tool for a path or a forecast) by a simulation
/// study, documented in the repository's <c>tools/CumulativeStudy</c>.</para>
/// <para>Heterogeneity (Q, I², tau²) is that of the random-effects fit itself, or, for the other
/// methods, of a REML random-effects fit of the used reports read as points (see
/// <see cref="Heterogeneity"/>).</para>
/// </remarks>
[Presentation.TypeFormatterSource(typeof(Presentation.NotebookFormatterSource))]
public sealed partial class Aggregate
{
    // What a caller may never read is computed when first asked for, by running the stages again with the explanation
    // (see AggregationStages.Run): deterministic, so the numbers are those the stages would have given at once.
    private readonly ArraySegment<Report> reports;
    // Boxed when known (a fit with an explanation, or not only describing): the default aggregate, which leaves the fit
    // for later, then carries one reference instead of the whole result inline.
    private readonly StrongBox<MetaAnalysisResult>? heterogeneity;
    private readonly AggregateNote[] notes;
    // Its own when the stages ran with the explanation, else that of the stages run again when first asked (one
    // reference for the three things an explanation holds, null in the default aggregate until then).
    private Explanation? explanation;
    // Made when first read when it is the log-normal of these on the log scale (AnalysisScales.EstimateCanWait): most
    // aggregates are only asked for their numbers, and the estimate is two objects more each.
    private Estimate? estimate;
    private readonly double logCenter;
    private readonly double logStandardError;

    // estimate: null for the log-normal of center and standardError on the log scale, made when first read.
    internal Aggregate(
        Quantity quantity,
        LocalDate asOf,
        AggregationOptions options,
        AnalysisScale scale,
        Estimate? estimate,
        double center,
        double standardError,
        EstimateInterval confidenceInterval,
        EstimateInterval predictionInterval,
        MetaAnalysisResult? heterogeneity,
        Contribution[]? contributions,
        int reportCount,
        ArraySegment<Report> reports,
        int independentOrigins,
        AggregateNote[] notes,
        double noiseScale)
    {
        NoiseScale = noiseScale;
        Quantity = quantity;
        AsOf = asOf;
        Options = options;
        Scale = scale;
        this.estimate = estimate;
        if (estimate is null)
        {
            (logCenter, logStandardError) = (center, standardError);
        }
        ConfidenceInterval = confidenceInterval;
        PredictionInterval = predictionInterval;
        this.heterogeneity = heterogeneity is { } fit ? new StrongBox<MetaAnalysisResult>(fit) : null;
        ReportCount = reportCount;
        this.reports = reports;
        IndependentOrigins = independentOrigins;
        this.notes = notes;
        if (contributions is not null && heterogeneity is { } explainedFit)
        {
            var disagreeing = new List<Report>();
            foreach (var contribution in contributions)
            {
                if (contribution.Disagrees)
                {
                    disagreeing.Add(contribution.Report);
                }
            }
            explanation = new Explanation(explainedFit, contributions, disagreeing);
        }
    }

    /// <summary>What an aggregate says about its reports beyond its numbers: each report's part, those that disagree, and the heterogeneity fit.</summary>
    private sealed class Explanation(MetaAnalysisResult heterogeneity, Contribution[] contributions, List<Report> disagreeing)
    {
        /// <summary>The heterogeneity fit of the reports used (what <see cref="Aggregate.Heterogeneity"/> gives).</summary>
        internal MetaAnalysisResult Heterogeneity { get; } = heterogeneity;

        /// <summary>Every report handed in, in order, with its part (what <see cref="Aggregate.Contributions"/> gives).</summary>
        internal Contribution[] Contributions { get; } = contributions;

        /// <summary>The used reports that disagree with the rest (what <see cref="Aggregate.Disagreeing"/> gives).</summary>
        internal List<Report> Disagreeing { get; } = disagreeing;
    }

    /// <summary>This aggregate's explanation: its own, or that of the stages run again with it (once; a race computes the same twice).</summary>
    private Explanation Explained
        => explanation ?? Interlocked.CompareExchange(ref explanation, AggregationStages.Run(reports, AsOf, Options, explain: true).explanation!, null) ?? explanation;

    /// <summary>The quantity's grouping key (the unit is its canonical unit): <see cref="Quantity"/>'s own key.</summary>
    public QuantityKey Key => Quantity.Key;

    /// <summary>The quantity, in the unit the aggregate is expressed in.</summary>
    public Quantity Quantity { get; }

    /// <summary>The unit of <see cref="Estimate"/> and the intervals.</summary>
    public Unit Unit => Quantity.Unit;

    /// <summary>The date the aggregate is as of: later reports are left out, and ages are counted to it.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The options used.</summary>
    public AggregationOptions Options { get; }

    /// <summary>The method used.</summary>
    public AggregationMethod Method => Options.Method;

    /// <summary>The scale the reports were combined on.</summary>
    public AnalysisScale Scale { get; }

    /// <summary>The aggregate as an estimate in <see cref="Unit"/>: its median is the best value, its spread the uncertainty about it.</summary>
    public Estimate Estimate
        => estimate ?? Interlocked.CompareExchange(ref estimate, ForceEstimates.Estimate.FromDistribution(LogNormalDistribution.FromLogParameters(logCenter, logStandardError)), null) ?? estimate;

    /// <summary>The best value: the median of <see cref="Estimate"/>.</summary>
    // The log-normal's median of the centre (LogNormalDistribution.Median), whether or not the estimate is made yet.
    public double Value => estimate is { } made ? made.Median : RoundTrip.Exp(logCenter);

    /// <summary>The interval for the value at <see cref="AggregationOptions.Level"/> (95% by default), in <see cref="Unit"/>.</summary>
    public EstimateInterval ConfidenceInterval { get; }

    /// <summary>
    /// The 95% prediction interval: where a new independent report would be expected, including the
    /// disagreement between sources (tau²). For the pools, the envelope and the most conservative
    /// figure, the interval of the spread of the reports themselves.
    /// </summary>
    public EstimateInterval PredictionInterval { get; }

    /// <summary>
    /// The random-effects fit on the analysis scale behind the heterogeneity figures: for
    /// <see cref="AggregationMethod.RandomEffects"/> under <see cref="NoiseModel.FloorsPlusTauSquared"/> the fit itself
    /// (maximum likelihood when claims with a bound enter as censored, with Q over the point reports only); otherwise a
    /// random-effects fit of the reports read as points with the options' <see cref="AggregationOptions.TauSquaredMethod"/>
    /// (REML by default) and Knapp–Hartung setting (those at the edge of the scale left out), for description.
    /// </summary>
    public MetaAnalysisResult Heterogeneity => heterogeneity?.Value ?? Explained.Heterogeneity;

    /// <summary>
    /// Under the learned noise model (<see cref="NoiseModel.LearnedScale"/>), the posterior median of the noise
    /// multiple: how noisy the reports are as a multiple of their floors of reporting uncertainty (1.5: a source with a
    /// 10% floor errs by about 15%); 1 for a single report. NaN for the other models and methods.
    /// </summary>
    public double NoiseScale { get; }

    /// <summary>Cochran's Q of the used reports.</summary>
    public double Q => Heterogeneity.Q;

    /// <summary>I² in percent: the share of the spread between reports not explained by their own uncertainty.</summary>
    public double ISquared => Heterogeneity.ISquared;

    /// <summary>The between-source variance tau² on the analysis scale.</summary>
    public double TauSquared => Heterogeneity.TauSquared;

    /// <summary>Every report handed in, in order, with its part in the result (or why it was left out).</summary>
    public IReadOnlyList<Contribution> Contributions => Explained.Contributions;

    /// <summary>The number of reports used.</summary>
    public int ReportCount { get; }

    /// <summary>The number of independent origins among the used reports (reports that share an origin or derive from one another count once).</summary>
    public int IndependentOrigins { get; }

    /// <summary>The used reports that disagree with the rest (see <see cref="Contribution.Disagrees"/>).</summary>
    public IReadOnlyList<Report> Disagreeing => Explained.Disagreeing;

    /// <summary>Remarks on how the result was reached: a single report, a fallback, a change of estimator, what the interval means.</summary>
    public IReadOnlyList<AggregateNote> Notes => notes;

    /// <summary>Combines reports that are all about one quantity.</summary>
    /// <param name="reports">The reports; all must have the same <see cref="Quantity.Key"/>.</param>
    /// <param name="asOf">Reports published after this date are left out.</param>
    /// <param name="options">The options, or null for <see cref="AggregationOptions.Default"/>.</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">There are no reports, they are about different quantities, none was published by <paramref name="asOf"/>, or their aggregate is not representable in double precision (reports a factor of about 1e290 apart: its interval would run past the largest double).</exception>
    public static Aggregate Of(IEnumerable<Report> reports, LocalDate asOf, AggregationOptions? options = null)
    {
        Preconditions.CheckNotNull(reports);
        asOf = Dates.Iso(asOf);
        var all = OneQuantity(reports);
        if (!Array.Exists(all, r => ReportCollection.IsKnownAsOf(r, asOf)))
        {
            throw new ArgumentException(
                $"Expected at least one report published on or before {IsoDate(asOf)}, but the first was published {IsoDate(all.Min(r => r.Published))}.",
                nameof(reports));
        }
        options ??= AggregationOptions.Default;
        return Run(ReadUnder(options, all), asOf, options, explain: true);
    }

    /// <summary>
    /// Combines reports that are all about one quantity as of each of several dates: the series a chart draws (weekly
    /// for a year, say). Each aggregate is the one <see cref="Of"/> gives for its date, to the last digit; the reports
    /// are checked once and each is read onto the analysis scale once for all dates, a fit is reused for the dates
    /// between which no report appears and all have aged alike (weights count ages from the newest report; for a
    /// cumulative count, once every figure refers to a time before both dates), and each aggregate's explanation (<see cref="Contributions"/>,
    /// <see cref="Disagreeing"/>, and under the learned noise model <see cref="Heterogeneity"/>) is computed when first
    /// read, so a series costs little more than its fits. That first read re-runs the stages for that date, at about
    /// the cost of one more fit (as for <see cref="ByQuantity"/>).
    /// </summary>
    /// <param name="reports">The reports; all must have the same <see cref="Quantity.Key"/>.</param>
    /// <param name="dates">The as-of dates, in the order wanted (any calendar; read as ISO). A date by which no report was published is skipped.</param>
    /// <param name="options">The options, or null for <see cref="AggregationOptions.Default"/>.</param>
    /// <returns>One aggregate per date by which a report was published, in the order of <paramref name="dates"/>; each carries its date in <see cref="AsOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/>, one of them, or <paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no reports, they are about different quantities, or an aggregate is not representable in double precision (see <see cref="Of"/>).</exception>
    /// <remarks>Thread-safe. For reports about many quantities, call it per <see cref="ReportCollection.GroupByQuantity"/> group.</remarks>
    public static IReadOnlyList<Aggregate> Series(IEnumerable<Report> reports, IEnumerable<LocalDate> dates, AggregationOptions? options = null)
    {
        Preconditions.CheckNotNull(reports);
        Preconditions.CheckNotNull(dates);
        var all = OneQuantity(reports);
        options ??= AggregationOptions.Default;
        var read = ReadUnder(options, all);
        var series = new SeriesReports(read, read.Length <= AggregationStages.StackLimit, options);
        var results = new List<Aggregate>(dates.TryGetNonEnumeratedCount(out int count) ? count : 0);
        Aggregate? previous = null;
        int previousDay = 0;
        foreach (var date in dates)
        {
            var asOf = Dates.Iso(date);
            int day = Dates.DayNumber(asOf);
            if (series.FirstPublished <= day)
            {
                // Between most dates of a chart no report appears: the fit is the last one's, to the last digit.
                previous = previous is not null && series.SameNumbers(previousDay, day)
                    ? previous.MovedTo(asOf)
                    : Run(read, asOf, options, explain: false, previous is null ? null : series.Prepare());
                previousDay = day;
                results.Add(previous);
            }
        }
        return results;
    }

    /// <summary>This aggregate as of another date by which the stages give the same numbers (see <see cref="SeriesReports.SameNumbers"/>); its explanation is made for that date when read.</summary>
    private Aggregate MovedTo(LocalDate asOf)
        => new(Quantity, asOf, Options, Scale, estimate, logCenter, logStandardError, ConfidenceInterval, PredictionInterval, heterogeneity?.Value, null, ReportCount, reports, IndependentOrigins, notes, NoiseScale);

    /// <summary>The reports as an array, checked: at least one, none null, all about one quantity.</summary>
    private static Report[] OneQuantity(IEnumerable<Report> reports)
    {
        var all = reports.ToArray();
        if (all.Length == 0)
        {
            throw new ArgumentException("Expected at least one report.", nameof(reports));
        }
        for (int i = 0; i < all.Length; i++)
        {
            if (all[i] is null)
            {
                throw new ArgumentNullException(nameof(reports), $"Report {i} is null.");
            }
        }
        var key = all[0].Quantity.Key;
        var other = Array.Find(all, r => r.Quantity.Key != key);
        if (other is not null)
        {
            throw new ArgumentException(
                $"Expected reports about one quantity, but \"{all[0].Id}\" is about {key} and \"{other.Id}\" about {other.Quantity.Key}; use ByQuantity to aggregate each.",
                nameof(reports));
        }
        return all;
    }

    /// <summary>
    /// Runs the stages, so that what the numeric core cannot represent (reports a factor of 1e298 apart, whose interval
    /// runs past the largest double) is blamed on the caller's reports, not on a parameter of the core.
    /// </summary>
    private static Aggregate Run(ArraySegment<Report> reports, LocalDate asOf, AggregationOptions options, bool explain, SeriesReports? series = null)
    {
        Aggregate result;
        try
        {
            result = AggregationStages.Run(reports, asOf, options, explain, series: series);
        }
        catch (ArgumentException e) when (e.ParamName is not (nameof(reports) or nameof(asOf) or nameof(options)))
        {
            throw new ArgumentException(
                $"Expected reports whose aggregate is representable in double precision, but for {reports[0].Quantity.Key} as of {IsoDate(asOf)}"
                + (e.ParamName == "distribution" ? " its interval runs beyond the largest double (the reports are too far apart)." : ": " + WithoutParameter(e)),
                nameof(reports), e);
        }
        if (!(double.IsFinite(result.Value) && double.IsFinite(result.ConfidenceInterval.Lower) && double.IsFinite(result.ConfidenceInterval.Upper)))
        {
            throw new ArgumentException(
                $"Expected reports whose aggregate is representable in double precision, but for {reports[0].Quantity.Key} as of {IsoDate(asOf)} its interval runs beyond the largest double (the reports are too far apart).",
                nameof(reports));
        }
        return result;
    }

    private static string WithoutParameter(ArgumentException e)
    {
        var suffix = $" (Parameter '{e.ParamName}')";
        return e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }

    private static string IsoDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    // The options' hedge model, when set, reads every stated figure before any stage sees it.
    private static Report[] ReadUnder(AggregationOptions options, Report[] reports)
    {
        if (options.HedgeModel is not { } model)
        {
            return reports;
        }
        var reread = new Report[reports.Length];
        for (int i = 0; i < reports.Length; i++)
        {
            // A null is left for the caller's own check to name.
            var report = reports[i];
            var estimate = report?.Estimate.Reinterpret(model);
            reread[i] = report is null || estimate!.Equals(report.Estimate) ? report! : report.WithEstimate(estimate);
        }
        return reread;
    }

    /// <summary>Groups reports by quantity (units converted) and combines each group that has a report published by the date.</summary>
    /// <param name="reports">The reports.</param>
    /// <param name="asOf">Reports published after this date are left out.</param>
    /// <param name="options">The options, or null for <see cref="AggregationOptions.Default"/>.</param>
    /// <returns>One aggregate per quantity, in order of first appearance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A group's aggregate is not representable in double precision (reports a factor of about 1e290 apart).</exception>
    /// <remarks>
    /// Thread-safe. Quantities are aggregated on several threads at once above a thousand reports and 64 quantities, and
    /// for 8,192 reports or more whose quantities come in runs (each quantity's reports together) at any number of
    /// quantities
    /// (<see cref="AggregationOptions.MaxDegreeOfParallelism"/>; 1 keeps to the calling thread): the results are the same
    /// to the last digit and in the same order. Each aggregate's value, intervals, noise multiple and notes are computed here; its explanation is
    /// not. The first read of <see cref="Contributions"/>, <see cref="Disagreeing"/> or (under the learned noise model
    /// <see cref="NoiseModel.LearnedScale"/>, the default, where the heterogeneity fit only describes the reports)
    /// <see cref="Heterogeneity"/>, <see cref="Q"/>, <see cref="ISquared"/> or <see cref="TauSquared"/> re-runs that quantity's stages with the
    /// explanation, so it costs about one more fit of that quantity (under the learned noise model, the noise-multiple
    /// fit again); later reads are free. The numbers are the same as <see cref="Of"/> gives, to the last digit.
    /// A <see cref="ReportCollection"/> keeps its reports' grouping by quantity from its first aggregation (one more
    /// reference per report), so aggregating it again, as of other dates or under other options, skips the grouping.
    /// </remarks>
    public static IReadOnlyList<Aggregate> ByQuantity(IEnumerable<Report> reports, LocalDate asOf, AggregationOptions? options = null)
    {
        Preconditions.CheckNotNull(reports);
        asOf = Dates.Iso(asOf);
        options ??= AggregationOptions.Default;
        IReadOnlyList<Report> list = options.HedgeModel is null ? reports as IReadOnlyList<Report> ?? reports.ToArray() : ReadUnder(options, reports.ToArray());
        // Not pooled: each aggregate keeps its segment, to explain itself when asked. A collection keeps its layout, so
        // aggregating it again (as of other dates, under other options) does not group its reports again.
        if (options.HedgeModel is null && reports is ReportCollection collection)
        {
            return Aggregated(collection.ByQuantity, list.Count, asOf, options, reuse: null);
        }
        if (list.Count >= QuantityLayout.RunsMinimum)
        {
            // Reports in runs are aggregated as their runs are found; otherwise laid out, and what was aggregated reused.
            // The pass hands its threads blocks of an array: another list is copied into one (a reference per report).
            var array = list as Report[] ?? list.ToArray();
            var pass = new RunsPass(array, asOf, options, options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism);
            try
            {
                return pass.Run(nameof(reports)) ?? Aggregated(QuantityLayout.Of(array, nameof(reports)), array.Length, asOf, options, pass);
            }
            finally
            {
                pass.Return();
            }
        }
        return LaidOut(list, asOf, options, nameof(reports));
    }

    /// <summary>
    /// Aggregation by quantity through the layout alone (<see cref="QuantityLayout.Of"/>, then each group), whatever the
    /// reports' order: the path of fewer reports than aggregation by runs takes, and the reference its tests compare it with.
    /// </summary>
    internal static List<Aggregate> LaidOut(IReadOnlyList<Report> reports, LocalDate asOf, AggregationOptions options, string paramName)
        => Aggregated(QuantityLayout.Of(reports, paramName), reports.Count, asOf, options, reuse: null);

    /// <summary>The aggregates of <paramref name="layout"/>'s quantities (of <paramref name="reports"/> reports), in order; those <paramref name="reuse"/> has are taken from it.</summary>
    private static List<Aggregate> Aggregated(QuantityLayout layout, int reports, LocalDate asOf, AggregationOptions options, RunsPass? reuse)
    {
        var results = new List<Aggregate>(layout.Count);
        int threads = Threads(options, reports, layout.Count);
        if (threads == 1)
        {
            for (int g = 0; g < layout.Count; g++)
            {
                if (Fit(layout[g], asOf, options, reuse) is { } aggregate)
                {
                    results.Add(aggregate);
                }
            }
            return results;
        }
        // Rented: the threads' results in the layout's order, read once into the list.
        var slots = System.Buffers.ArrayPool<Aggregate?>.Shared.Rent(layout.Count);
        try
        {
            RunInParallel(layout, asOf, options, slots, threads, reuse);
            for (int g = 0; g < layout.Count; g++)
            {
                if (slots[g] is { } slot)
                {
                    results.Add(slot);
                }
            }
            return results;
        }
        finally
        {
            System.Buffers.ArrayPool<Aggregate?>.Shared.Return(slots, clearArray: true);
        }
    }

    // A quantity's aggregate: reused when the pass that found the input not in runs had it, else computed.
    private static Aggregate? Fit(ArraySegment<Report> group, LocalDate asOf, AggregationOptions options, RunsPass? reuse)
        => reuse is not null && reuse.TryReuse(group, out var aggregate) ? aggregate : RunIfKnown(group, asOf, options);

    // Below these sizes handing quantities to other threads costs more than it saves (a quantity takes about 10-20 µs).
    private const int ParallelMinimumReports = 1_000;
    private const int ParallelMinimumQuantities = 64;

    // Quantities handed to a thread at a time: enough to make the hand-out cheap, few enough to even out the load.
    private const int ParallelChunk = 32;

    /// <summary>How many threads aggregate <paramref name="quantities"/> quantities of <paramref name="reports"/> reports under <paramref name="options"/>.</summary>
    private static int Threads(AggregationOptions options, int reports, int quantities)
    {
        if (reports < ParallelMinimumReports || quantities < ParallelMinimumQuantities)
        {
            return 1;
        }
        int limit = options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
        return Math.Max(1, Math.Min(limit, (quantities + ParallelChunk - 1) / ParallelChunk));
    }

    /// <summary>The aggregate of one quantity's reports, or null when none is known as of the date.</summary>
    private static Aggregate? RunIfKnown(ArraySegment<Report> group, LocalDate asOf, AggregationOptions options)
    {
        foreach (var report in group)
        {
            if (ReportCollection.IsKnownAsOf(report, asOf))
            {
                return Run(group, asOf, options, explain: false);
            }
        }
        return null;
    }

    /// <summary>
    /// Fills <paramref name="slots"/> (one per quantity, in the layout's order, from the first; it may be longer) on up to <paramref name="threads"/> threads,
    /// each taking the next chunk of quantities. Each aggregate depends only on its own quantity's reports, so the
    /// results are those of the sequential loop; when quantities fail, the first failure in the layout's order is thrown,
    /// as the sequential loop would throw it.
    /// </summary>
    private static void RunInParallel(QuantityLayout layout, LocalDate asOf, AggregationOptions options, Aggregate?[] slots, int threads, RunsPass? reuse)
    {
        int next = 0;
        int failedAt = int.MaxValue;
        Exception? failure = null;
        var gate = new object();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
        {
            while (true)
            {
                int start = Interlocked.Add(ref next, ParallelChunk) - ParallelChunk;
                if (start >= layout.Count || start > Volatile.Read(ref failedAt))
                {
                    return;
                }
                int end = Math.Min(start + ParallelChunk, layout.Count);
                for (int g = start; g < end; g++)
                {
                    try
                    {
                        slots[g] = Fit(layout[g], asOf, options, reuse);
                    }
                    catch (Exception e)
                    {
                        lock (gate)
                        {
                            if (g < failedAt)
                            {
                                (failedAt, failure) = (g, e);
                            }
                        }
                        return;
                    }
                }
            }
        });
        if (failure is not null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    /// <summary>
    /// One line, culture-invariant: quantity, date, value and interval (the value and the ends with the same significant
    /// figures, more than three when three would make the value read as an end), e.g.
    /// <c>personnel of North Korean troops in Russia (Kursk front) (level, persons) as of 2024-12-31: 11,200 persons (95% interval 10,500–12,100)</c>.
    /// The whole explanation is <c>ForceEstimates.Presentation.PlainText.Of(aggregate)</c>.
    /// </summary>
    public override string ToString()
    {
        int digits = NumberText.Digits(Value, ConfidenceInterval.Lower, ConfidenceInterval.Upper);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Quantity} as of {AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {NumberText.Of(Value, digits)} {Unit.Symbol} ({NumberText.Level(ConfidenceInterval.Level)} interval {NumberText.Range(ConfidenceInterval.Lower, ConfidenceInterval.Upper, digits)})");
    }
}
