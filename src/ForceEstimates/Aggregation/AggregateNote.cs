using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Runtime.CompilerServices;

namespace ForceEstimates.Aggregation;

/// <summary>What an <see cref="AggregateNote"/> says about how an aggregate was reached.</summary>
public enum AggregateNoteKind
{
    /// <summary>
    /// A report's value lies outside the range of the log scale (a count or area of 0) or the logit scale (a share
    /// of 0 or 100%), so the reports were combined on the natural scale. <see cref="AggregateNote.Reports"/> holds
    /// that report, <see cref="AggregateNote.Value"/> its value in the aggregate's unit.
    /// </summary>
    ValueOutsideScale,

    /// <summary>Only one report was used: the aggregate is that report, with its own interval at the floor of reporting uncertainty (tau² = 0).</summary>
    SingleReport,

    /// <summary>
    /// Every used report is a bound ("more than", "up to"): bounds alone leave the likelihood without a maximum, so
    /// they were read through the hedge model instead of as censored claims.
    /// </summary>
    OnlyBounds,

    /// <summary>Claims with a bound entered the likelihood as censored, so tau² was estimated by maximum likelihood instead of REML.</summary>
    MaximumLikelihoodForBounds,

    /// <summary>
    /// The meta-analytic fit did not converge as asked; <see cref="AggregateNote.Fit"/> holds it (its
    /// <see cref="MetaAnalysisResult.Status"/> and <see cref="MetaAnalysisResult.MethodUsed"/> say what was done instead).
    /// </summary>
    FitNotConverged,

    /// <summary>The linear pool mixes the reports' own distributions: its interval is the spread of opinion, not the uncertainty of a common value.</summary>
    SpreadOfOpinion,

    /// <summary>The weighted median's interval is the spread of the weighted reports (a mixture of their normal approximations).</summary>
    SpreadOfWeightedReports,

    /// <summary>Huber's iterations did not converge in 200 steps; the last iterate is the aggregate.</summary>
    RobustDidNotConverge,

    /// <summary>The most conservative method took the lowest figure: <see cref="AggregateNote.Reports"/> holds that report.</summary>
    LowestFigure,

    /// <summary>
    /// The envelope runs from the lowest lower end to the highest upper end of the reports' intervals:
    /// <see cref="AggregateNote.Reports"/> holds the report at the lower end, then the one at the upper end;
    /// <see cref="AggregateNote.Value"/> is the intervals' level.
    /// </summary>
    EnvelopeEnds,

    /// <summary>
    /// Under the learned noise model, no report bounds the value on one side (every report of a count is "0", "up to"
    /// or "under" a value; every report of a share is "100%" or "more than" a share): the interval is open there, to
    /// the end of the scale (0 or 100%), and the estimate is that end.
    /// </summary>
    OpenInterval,

    /// <summary>
    /// Knapp–Hartung's factor is 0 (the figures agree exactly, Q = 0), which would give an interval of no width: the
    /// unadjusted standard error was used instead, as the ad hoc correction does.
    /// </summary>
    KnappHartungWithoutSpread,

    /// <summary>
    /// The quantity is a cumulative count and these figures were left out: each origin's newest figure supersedes its
    /// older ones (a running tally repeats its own error), and an earlier value that every figure of the value as of
    /// the date already exceeds, or that cannot bound it from below (an upper bound, a forecast of a later value, or a
    /// method that reads no bounds), adds next to nothing. Or the quantity is a level and these figures' origins reported newer figures of it
    /// (<see cref="AggregationOptions.SupersedeOlderLevels"/>).
    /// <see cref="AggregateNote.Reports"/> holds them.
    /// </summary>
    SupersededFigures,

    /// <summary>
    /// The quantity is a cumulative count and these figures refer to more than <see cref="AggregateNote.Value"/> days
    /// (<see cref="AggregationOptions.CumulativeWindowDays"/>) before the newest figure: earlier values of a count that
    /// never falls, they entered as lower bounds of the value as of the date (censored, with their own noise).
    /// <see cref="AggregateNote.Reports"/> holds them.
    /// </summary>
    EarlierValuesAsLowerBounds,

    /// <summary>
    /// Under the learned noise model the centre assumes errors with Student's t tails
    /// (<see cref="NoiseScalePrior.ErrorTails"/>): figures far from the rest counted less than under normal errors, the
    /// centre and its intervals moved by more than a quarter of the standard error, and some report disagrees with the
    /// rest (<see cref="Contribution.Disagrees"/>, a test honest reports fail at no more than its nominal rate). The
    /// t centre also moves a little on well-behaved figures, by more than a quarter of the standard error in about half
    /// of honest aggregates; that is not noted. <see cref="AggregateNote.Reports"/> holds the reports that disagree;
    /// <see cref="AggregateNote.Value"/> is the centre under normal errors, in the aggregate's unit.
    /// </summary>
    HeavyTailCentre,

    /// <summary>
    /// The options ask for a Knapp–Hartung adjustment (<see cref="AggregationOptions.KnappHartung"/>), but under the
    /// learned noise model (<see cref="NoiseModel.LearnedScale"/>) the interval is the posterior's, which already
    /// behaves as Knapp and Hartung's t interval with three or more reports: the adjustment was applied only to the
    /// heterogeneity fit (<see cref="Aggregate.Heterogeneity"/>), not to the aggregate's interval. Set
    /// <see cref="AggregationOptions.Noise"/> to <see cref="NoiseModel.FloorsPlusTauSquared"/> to have it applied.
    /// </summary>
    KnappHartungNotUsed,

    /// <summary>
    /// The quantity is a change (<see cref="Statistic.Change"/>: the count of a period) and these figures count another
    /// period than the newest figures' as of the date ("in June" beside "in July", last night beside tonight): they were
    /// left out (<see cref="Exclusion.AnotherPeriod"/>). <see cref="AggregateNote.Reports"/> holds them.
    /// </summary>
    OtherPeriods,

    /// <summary>
    /// These figures are dated more than 30 half-lives (<see cref="AggregationOptions.HalfLifeDays"/>) before the newest
    /// figure, so their recency factor is under a billionth of its: they were left out
    /// (<see cref="Exclusion.Outweighed"/>). A cumulative count keeps its earlier values as lower bounds instead.
    /// <see cref="AggregateNote.Reports"/> holds them.
    /// </summary>
    OutweighedFigures,
}

/// <summary>
/// A remark on how an <see cref="Aggregate"/> was reached: a single report, a fallback, a change of estimator, what
/// a method's interval means. It holds data (its <see cref="Kind"/> and the reports and numbers it is about); the
/// text for people is made by the presentation layer (<c>ForceEstimates.Presentation.PlainText</c>). Immutable and
/// thread-safe.
/// </summary>
public sealed class AggregateNote
{
    private static readonly ReadOnlyCollection<Report> NoReports = new([]);

    // A list of notes kept per thread for the next aggregate (Add takes it, TakeArray puts it back): most aggregates of
    // ByQuantity have a note or two, and a list and its growing array per aggregate were most of what notes allocated.
    [ThreadStatic]
    private static List<AggregateNote>? spare;

    // Boxed: only FitNotConverged has a fit, and the result inline made every note several times its size.
    private readonly StrongBox<MetaAnalysisResult>? fit;

    // The reports, and their read-only view made when first read (most notes of ByQuantity are never read).
    private readonly Report[] reports;
    private ReadOnlyCollection<Report>? view;

    private AggregateNote(AggregateNoteKind kind, Report[] reports, double value, MetaAnalysisResult? fit)
    {
        Kind = kind;
        this.reports = reports;
        Value = value;
        this.fit = fit is { } made ? new StrongBox<MetaAnalysisResult>(made) : null;
    }

    /// <summary>What the note says.</summary>
    public AggregateNoteKind Kind { get; }

    /// <summary>The reports the note is about, in the order its kind describes; empty for most kinds.</summary>
    // Read-only as the type is immutable: the array itself would let a cast change the note. Two threads reading it
    // first at once may each make a view; both hold the same reports.
    public IReadOnlyList<Report> Reports => view ??= reports.Length == 0 ? NoReports : Array.AsReadOnly(reports);

    /// <summary>The number the note is about (see its kind), or NaN.</summary>
    public double Value { get; }

    /// <summary>The fit the note is about (<see cref="AggregateNoteKind.FitNotConverged"/>), or null.</summary>
    public MetaAnalysisResult? Fit => fit?.Value;

    /// <summary>The kind and the ids of the reports it names, e.g. <c>LowestFigure (nk-us)</c>: a code, not prose.</summary>
    public override string ToString()
        => Reports.Count == 0 ? Kind.ToString() : $"{Kind} ({string.Join(", ", Reports.Select(r => r.Id))})";

    internal static AggregateNote Of(AggregateNoteKind kind) => new(kind, [], double.NaN, null);

    internal static AggregateNote Of(AggregateNoteKind kind, Report report, double value = double.NaN) => new(kind, [report], value, null);

    internal static AggregateNote Of(AggregateNoteKind kind, Report first, Report second, double value) => new(kind, [first, second], value, null);

    internal static AggregateNote Of(AggregateNoteKind kind, Report[] reports, double value) => new(kind, reports, value, null);

    internal static AggregateNote OfFit(MetaAnalysisResult fit) => new(AggregateNoteKind.FitNotConverged, [], double.NaN, fit);

    /// <summary>Adds a note to a list taken on first use (this thread's spare list, else a new one): most aggregates have none.</summary>
    internal static void Add(ref List<AggregateNote>? notes, AggregateNote note)
    {
        if (notes is null)
        {
            notes = spare ?? [];
            spare = null;
        }
        notes.Add(note);
    }

    /// <summary>The notes of <paramref name="notes"/> (empty for null) as an array; the list, no longer used by the caller, becomes this thread's spare.</summary>
    internal static AggregateNote[] TakeArray(List<AggregateNote>? notes)
    {
        if (notes is null)
        {
            return [];
        }
        var array = notes.ToArray();
        if (notes.Capacity <= 16)
        {
            notes.Clear();
            spare = notes;
        }
        return array;
    }
}
