using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ForceEstimates.Aggregation;

namespace ForceEstimates.Presentation;

/// <summary>
/// Plain text for people: an aggregate's summary, each report's reasons, the notes, method names, and numbers in
/// the one format the library writes them in (the HTML and SVG pictures use the same words and numbers). The
/// domain types hold data and codes; this is where they become English. Culture-invariant. Thread-safe.
/// </summary>
/// <remarks>
/// Numbers: three significant figures with comma groups ("10,900", "45.7", "0.0123"), an exponent from 10^15 up
/// ("1.25E+15"); a range's ends get more figures when three would make them equal ("1,375–1,377"), and a value
/// beside its interval shares its ends' figures, more of them when three would make it read as an end
/// ("1,376 (1,375–1,377)", not "1,380 (1,370–1,380)"); shares and levels as percentages with at most one decimal
/// ("24.9%", "95%").
/// </remarks>
public static class PlainText
{
    /// <summary>
    /// The aggregate explained, several lines: the value and interval; the method, scale, number of reports and of
    /// independent origins, and the prediction interval; the heterogeneity; a line per report (its figure, share and
    /// reasons, or why it was not used, and whether it disagrees); then the notes.
    /// </summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>The text, lines separated by <see cref="Environment.NewLine"/>, without a final line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/> is null.</exception>
    public static string Of(Aggregate aggregate)
    {
        Preconditions.CheckNotNull(aggregate);
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(aggregate.ToString());
        int reports = aggregate.ReportCount, origins = aggregate.IndependentOrigins;
        text.Append(c, $"  {Name(aggregate.Method)} on the {Name(aggregate.Scale)} scale; {NumberText.Count(reports, "report")} from {NumberText.Count(origins, "independent origin")}");
        text.Append("; prediction interval ").AppendLine(Range(aggregate.PredictionInterval));
        text.Append(c, $"  heterogeneity: Q = {Number(aggregate.Q)}, I² = {NumberText.Percent(aggregate.ISquared)}, tau² = {Number(aggregate.TauSquared)}").AppendLine();
        foreach (var contribution in aggregate.Contributions)
        {
            text.Append("  - ").Append(Of(contribution));
            if (contribution.Disagrees)
            {
                text.Append(" [disagrees]");
            }
            text.AppendLine();
        }
        foreach (var note in aggregate.Notes)
        {
            text.Append("  note: ").AppendLine(Of(note));
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// One report's part in one line: <c>id: figure → share 24.9% (reasons)</c>, or <c>id: not used (why)</c>.
    /// </summary>
    /// <param name="contribution">The contribution.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contribution"/> is null.</exception>
    public static string Of(Contribution contribution)
    {
        Preconditions.CheckNotNull(contribution);
        var report = contribution.Report;
        return contribution.Included
            ? $"{report.Id}: {report.Estimate} → share {NumberText.Share(contribution.Share)} ({string.Join("; ", Reasons(contribution))})"
            : $"{report.Id}: not used ({Exclusion(contribution)})";
    }

    /// <summary>
    /// Why a report weighs what it does: how its claim entered (a censored bound, a bound read through the hedge
    /// model, or a figure whose digits allow more than its precision, with the values that round to it), its precision and whether the floor of reporting uncertainty set it, its rating factor, its age when it
    /// counts less for it, and the reports it shares its origin with. For a report not used, why not.
    /// </summary>
    /// <param name="contribution">The contribution.</param>
    /// <returns>The reasons, one phrase each.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contribution"/> is null.</exception>
    public static IReadOnlyList<string> Reasons(Contribution contribution)
    {
        Preconditions.CheckNotNull(contribution);
        if (!contribution.Included)
        {
            return [Exclusion(contribution)];
        }
        var c = CultureInfo.InvariantCulture;
        var provenance = contribution.Report.Provenance;
        var kind = provenance.Origin.Kind;
        var reasons = new List<string>(5);
        var bounds = contribution.Bounds;
        switch (contribution.Claim)
        {
            case ClaimForm.AtLeast:
                reasons.Add(contribution.EarlierValue
                    ? $"an earlier value of the count: enters as a lower bound of {Number(bounds.Lower)} (censored)"
                    : $"enters as a lower bound of {Number(bounds.Lower)} (censored)");
                break;
            case ClaimForm.AtMost:
                reasons.Add($"enters as an upper bound of {Number(bounds.Upper)} (censored)");
                break;
            case ClaimForm.Between:
                reasons.Add($"enters as the interval {NumberText.Range(bounds.Lower, bounds.Upper)} (censored)");
                break;
            default:
                if (contribution.BoundReadThroughHedgeModel)
                {
                    reasons.Add("bound read through the hedge model");
                }
                // Digits coarser than the report's precision: the bin, not the noise, says where the value may lie.
                if (contribution.RoundingBin is { } bin && bin.Upper - bin.Lower > 2 * contribution.RelativePrecision * Math.Abs(contribution.Value))
                {
                    reasons.Add($"its digits allow {NumberText.Range(bin.Lower, bin.Upper)}");
                }
                break;
        }
        string precision = NumberText.Percent(contribution.RelativePrecision * 100);
        reasons.Add(contribution.Claim == ClaimForm.Point
            ? $"precision ±{precision}{(contribution.FloorApplied ? $" (floor for {kind} sources)" : "")}"
            : $"bound known to ±{precision} (floor for {kind} sources)");
        reasons.Add($"rating {provenance.Rating} ×{Number(contribution.RatingFactor)}");
        if (contribution.RecencyFactor < 1)
        {
            reasons.Add(string.Create(c, $"{contribution.AgeDays} {(contribution.AgeDays == 1 ? "day" : "days")} old ×{Number(contribution.RecencyFactor)}"));
        }
        if (contribution.SharedOriginCount > 1)
        {
            int others = contribution.SharedOriginCount - 1;
            reasons.Add(string.Create(c,
                $"shares its origin ({provenance.Origin.Name}) with {NumberText.Count(others, "other report")} ×{Number(contribution.IndependenceFactor)}"));
        }
        return reasons;
    }

    /// <summary>A note as a sentence fragment, e.g. "one report only: the aggregate is that report, with its own interval at the floor".</summary>
    /// <param name="note">The note.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    public static string Of(AggregateNote note)
    {
        Preconditions.CheckNotNull(note);
        var reports = note.Reports;
        return note.Kind switch
        {
            AggregateNoteKind.ValueOutsideScale =>
                $"report {reports[0].Id} has the value {Number(note.Value)}, outside the range of the {(reports[0].Quantity.Unit.Dimension == Dimension.Ratio ? "logit" : "log")} scale: combined on the natural scale",
            AggregateNoteKind.SingleReport => "one report only: the aggregate is that report, with its own interval at the floor",
            AggregateNoteKind.OnlyBounds => "every report is a bound: they were read through the hedge model instead of as censored claims",
            AggregateNoteKind.MaximumLikelihoodForBounds => "censored claims enter the likelihood, so tau² was estimated by ML instead of REML",
            AggregateNoteKind.FitNotConverged => note.Fit is { } fit
                ? $"the fit reports {fit.Status} (method used: {fit.MethodUsed})"
                : "the fit did not converge",
            AggregateNoteKind.SpreadOfOpinion => "the linear pool mixes the reports' own distributions; its interval is the spread of opinion",
            AggregateNoteKind.SpreadOfWeightedReports => "the weighted median's interval is the spread of the weighted reports (a mixture of their normal approximations)",
            AggregateNoteKind.RobustDidNotConverge => "Huber's iterations did not converge in 200 steps; the last iterate is shown",
            AggregateNoteKind.LowestFigure => $"the most conservative (lowest) figure is report {reports[0].Id}",
            AggregateNoteKind.OpenInterval => "no report bounds the value on one side: the interval is open there, to the end of the scale",
            // Aggregation makes this note only with the reports that disagree (at least one).
            AggregateNoteKind.HeavyTailCentre => $"{Ids(reports)} {(reports.Count == 1 ? "disagrees" : "disagree")} with the rest and count{(reports.Count == 1 ? "s" : "")} less (errors with Student's t tails): under normal errors the centre would be {Number(note.Value)}",
            AggregateNoteKind.KnappHartungWithoutSpread => "the figures agree exactly (Q = 0), so Knapp–Hartung's factor is 0: the unadjusted standard error was used",
            AggregateNoteKind.KnappHartungNotUsed => "the learned noise model's interval is the posterior's: the Knapp–Hartung adjustment asked for applies only to the heterogeneity figures",
            AggregateNoteKind.SupersededFigures => reports[0].Quantity.Statistic == Statistic.Cumulative
                ? $"a cumulative count: {Ids(reports)} left out: superseded by their origins' newer figures, or earlier values that today's figures already exceed, or forecasts of later values"
                : $"{Ids(reports)} left out: superseded by {(reports.Count == 1 ? "its origin's newer figure" : "their origins' newer figures")} of the level",
            AggregateNoteKind.OtherPeriods =>
                $"a count over a period: {Ids(reports)} left out: {(reports.Count == 1 ? "it counts another period" : "they count other periods")} than the newest figures'",
            AggregateNoteKind.OutweighedFigures =>
                $"{Ids(reports)} left out: dated more than 30 half-lives before the newest figure, {(reports.Count == 1 ? "it weighs" : "they weigh")} under a billionth of it",
            AggregateNoteKind.EarlierValuesAsLowerBounds =>
                $"a cumulative count: {Ids(reports)} refer to more than {Number(note.Value)} days before the newest figure and enter as lower bounds",
            AggregateNoteKind.EnvelopeEnds =>
                $"the envelope runs from the lowest {NumberText.Level(note.Value)} lower end ({reports[0].Id}) to the highest upper end ({reports[1].Id})",
            _ => note.ToString(),
        };
    }

    /// <summary>A method's name in words, e.g. "random-effects meta-analysis", "linear opinion pool".</summary>
    /// <param name="method">The method.</param>
    /// <returns>The name; the enum's name for a value that is not defined.</returns>
    public static string Name(AggregationMethod method) => method switch
    {
        AggregationMethod.RandomEffects => "random-effects meta-analysis",
        AggregationMethod.FixedEffect => "fixed-effect meta-analysis",
        AggregationMethod.LinearPool => "linear opinion pool",
        AggregationMethod.LogarithmicPool => "logarithmic opinion pool",
        AggregationMethod.WeightedMedian => "weighted median",
        AggregationMethod.Robust => "Huber M-estimate",
        AggregationMethod.MostConservative => "most conservative figure",
        AggregationMethod.Envelope => "low/high envelope",
        _ => method.ToString(),
    };

    /// <summary>A scale's name in words: "log", "logit", "natural".</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The name.</returns>
    public static string Name(AnalysisScale scale) => scale.ToString().ToLowerInvariant();

    /// <summary>
    /// An estimate in one line, the figure as written and how it is read:
    /// <c>"nearly 60,000": median 57,800, 90% interval 54,000–59,500</c>. An estimate made from a distribution (a
    /// recomputed, derived or modelled figure, whose <see cref="Estimate.ToString"/> is its 90% interval to every digit
    /// so that it reads back) has no figure as written: <c>median 41.9, 90% interval 35.7–47.4</c>.
    /// </summary>
    /// <param name="estimate">The estimate.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="estimate"/> is null.</exception>
    public static string Of(Estimate estimate)
    {
        Preconditions.CheckNotNull(estimate);
        var (median, range) = MedianAndRange(estimate, estimate.Interval(0.9));
        var reading = string.Concat("median ", median, ", 90% interval ", range);
        return estimate.Hedge == HedgeKind.Distribution ? reading : string.Concat("\"", estimate.Stated.Text, "\": ", reading);
    }

    /// <summary>A number as the library writes figures: three significant figures, comma groups ("57,800", "45.7").</summary>
    /// <param name="value">The number; NaN is "NaN", infinities "∞" and "-∞".</param>
    /// <returns>The text.</returns>
    public static string Number(double value) => NumberText.Of(value);

    /// <summary>An interval's ends as a range, e.g. "9,870–12,000" (its level is not written).</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The text.</returns>
    public static string Range(EstimateInterval interval) => NumberText.Range(interval.Lower, interval.Upper);

    /// <summary>
    /// A value written beside its interval: with the significant figures <see cref="Range(EstimateInterval, double)"/>
    /// gives the interval's ends, three or as many as it takes (up to 15) for the value and the ends to read
    /// differently where they differ. "1,376" read as a bare figure is "1,376" beside "1,375–1,377", not "1,380" beside
    /// "1,370–1,380".
    /// </summary>
    /// <param name="value">The value, e.g. a median or an aggregate's value; NaN is "NaN", infinities "∞" and "-∞".</param>
    /// <param name="interval">The interval written beside it.</param>
    /// <returns>The text.</returns>
    public static string Number(double value, EstimateInterval interval)
        => NumberText.Of(value, NumberText.Digits(value, interval.Lower, interval.Upper));

    /// <summary>
    /// An interval's ends as a range written beside a value: with the significant figures
    /// <see cref="Number(double, EstimateInterval)"/> gives the value, so that no end reads like the value unless it is
    /// the value (its level is not written).
    /// </summary>
    /// <param name="interval">The interval.</param>
    /// <param name="value">The value written beside it.</param>
    /// <returns>The text.</returns>
    public static string Range(EstimateInterval interval, double value)
        => NumberText.Range(interval.Lower, interval.Upper, NumberText.Digits(value, interval.Lower, interval.Upper));

    /// <summary>
    /// An estimate's median written beside an interval of it: as <see cref="Number(double, EstimateInterval)"/>, with at
    /// least the significant figures the figure was stated with when the median is the stated number ("about 1,376"
    /// reads 1,376, not 1,380, beside 1,360–1,390).
    /// </summary>
    /// <param name="estimate">The estimate.</param>
    /// <param name="interval">The interval written beside it, e.g. <c>estimate.Interval(0.9)</c>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="estimate"/> is null.</exception>
    public static string Median(Estimate estimate, EstimateInterval interval)
    {
        Preconditions.CheckNotNull(estimate);
        return NumberText.Of(estimate.Median, NumberText.Digits(estimate, interval.Lower, interval.Upper));
    }

    /// <summary>An estimate's mean written beside its median and an interval of it, with the figures of <see cref="Median(Estimate, EstimateInterval)"/>.</summary>
    /// <param name="estimate">The estimate.</param>
    /// <param name="interval">The interval written beside it.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="estimate"/> is null.</exception>
    public static string Mean(Estimate estimate, EstimateInterval interval)
    {
        Preconditions.CheckNotNull(estimate);
        return NumberText.Of(estimate.Mean, NumberText.Digits(estimate, interval.Lower, interval.Upper));
    }

    /// <summary>An interval of an estimate written beside its median (<see cref="Median(Estimate, EstimateInterval)"/>), with the same significant figures.</summary>
    /// <param name="interval">The interval.</param>
    /// <param name="estimate">The estimate whose median is written beside it.</param>
    /// <returns>The text (its level is not written).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="estimate"/> is null.</exception>
    public static string Range(EstimateInterval interval, Estimate estimate)
    {
        Preconditions.CheckNotNull(estimate);
        return NumberText.Range(interval.Lower, interval.Upper, NumberText.Digits(estimate, interval.Lower, interval.Upper));
    }

    /// <summary>
    /// <see cref="Median(Estimate, EstimateInterval)"/> and <see cref="Range(EstimateInterval, Estimate)"/> together, their
    /// shared count of significant figures found once.
    /// </summary>
    internal static (string Median, string Range) MedianAndRange(Estimate estimate, EstimateInterval interval)
    {
        int digits = NumberText.Digits(estimate, interval.Lower, interval.Upper);
        return (NumberText.Of(estimate.Median, digits), NumberText.Range(interval.Lower, interval.Upper, digits));
    }

    // A few ids, then how many more: a running tally can supersede hundreds.
    private static string Ids(IReadOnlyList<Report> reports)
        => reports.Count <= 3
            ? (reports.Count == 1 ? "report " : "reports ") + string.Join(", ", reports.Select(r => r.Id))
            : string.Create(CultureInfo.InvariantCulture, $"reports {string.Join(", ", reports.Take(3).Select(r => r.Id))} and {reports.Count - 3} more");

    // A report's period as "2025-07-01 to 2025-07-31", or its one day.
    private static string Period(Report report)
        => report.RefersTo.Start == report.RefersTo.End
            ? report.RefersTo.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : report.RefersTo.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " to " + report.RefersTo.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Exclusion(Contribution contribution) => contribution.Exclusion switch
    {
        Aggregation.Exclusion.Superseded => contribution.Report.Quantity.Statistic == Statistic.Cumulative
            ? contribution.Report.IsForecast
                ? "a forecast of the cumulative count, superseded by figures of its value as of the date"
                : "an earlier figure of the cumulative count, superseded by a newer one"
            : "an earlier figure of its origin, superseded by the origin's newer one",
        Aggregation.Exclusion.PublishedAfterAsOf => string.Create(CultureInfo.InvariantCulture,
            $"published {contribution.Report.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, after the as-of date"),
        Aggregation.Exclusion.SameReportAgain => "the same report as one before it, counted once",
        Aggregation.Exclusion.Outweighed => "dated more than 30 half-lives before the newest figure: it weighs under a billionth of it",
        Aggregation.Exclusion.AnotherPeriod => $"a count over another period ({Period(contribution.Report)}) than the newest figures'",
        _ => contribution.Exclusion.ToString(),
    };
}
