using System;
using System.Collections.Generic;

namespace ForceEstimates.Aggregation;

/// <summary>What stage 3 (the method) is given: the used reports as stages 1 and 2 left them.</summary>
internal readonly ref struct MethodInput
{
    /// <summary>The used reports.</summary>
    internal ReadOnlySpan<Report> Reports { get; init; }

    /// <summary>How each entered (stage 1).</summary>
    internal ReadOnlySpan<ReportReading> Readings { get; init; }

    /// <summary>The relative weights w′ (stage 2).</summary>
    internal ReadOnlySpan<double> Weights { get; init; }

    /// <summary>Every claim as a point on the scale (bounded claims through the hedge model), with variance v/w′.</summary>
    internal ReadOnlySpan<double> PointY { get; init; }

    /// <summary>See <see cref="PointY"/>.</summary>
    internal ReadOnlySpan<double> PointV { get; init; }

    /// <summary>The claims as they entered (points and censored bounds), with variance v/w′.</summary>
    internal ReadOnlySpan<Observation> Observations { get; init; }

    /// <summary>Whether any claim entered as a censored bound.</summary>
    internal bool AnyCensored { get; init; }

    internal AnalysisScale Scale { get; init; }

    /// <summary>The top of a share's range on the logit scale.</summary>
    internal double Upper { get; init; }

    /// <summary>The aggregate's unit.</summary>
    internal Unit Unit { get; init; }

    internal AggregationOptions Options { get; init; }

    /// <summary>The normal quantile for the confidence level.</summary>
    internal double Z { get; init; }

    /// <summary>A scratch buffer as long as the reports.</summary>
    internal Span<double> Scratch { get; init; }

    /// <summary>
    /// Where a method that ran stage 4's disagreement test itself, at the options' threshold, leaves each report's residual
    /// (as long as the reports; see <see cref="MethodOutcome.DisagreementFound"/>).
    /// </summary>
    internal Span<double> Residuals { get; init; }

    /// <summary>Where such a method leaves whether each report disagrees with the rest (as long as the reports).</summary>
    internal Span<bool> Flagged { get; init; }
}

/// <summary>What stage 3 gives back: the aggregate on the scale and in the unit.</summary>
/// <param name="Result">
/// The aggregate as an estimate in the unit; null when it is the log-normal of <paramref name="Center"/> and
/// <paramref name="StandardError"/> on the log scale and can be made when first asked (<see cref="AnalysisScales.EstimateCanWait"/>).
/// </param>
/// <param name="Center">Its centre on the scale.</param>
/// <param name="StandardError">Its standard error on the scale; NaN for methods without one.</param>
/// <param name="Confidence">The confidence interval on the scale, at the options' level.</param>
/// <param name="Prediction">The 95% prediction interval on the scale.</param>
/// <param name="Heterogeneity">The random-effects fit behind Q, I² and tau².</param>
/// <param name="NoiseScale">The learned noise multiple (<see cref="NoiseModel.LearnedScale"/>); NaN otherwise.</param>
/// <param name="NormalCentre">
/// Under the learned model, the centre under normal errors in the unit when Student's t tails moved the centre by more
/// than a quarter of the standard error (stage 4 notes it as <see cref="AggregateNoteKind.HeavyTailCentre"/> if some
/// report disagrees with the rest); NaN otherwise.
/// </param>
/// <param name="DisagreementFound">
/// Whether the method ran stage 4's disagreement test (<see cref="Disagreement"/>) on the same observations, prior, scale
/// and threshold stage 4 would use, and left its result in <see cref="MethodInput.Residuals"/> and
/// <see cref="MethodInput.Flagged"/> (the learned model's fit, when its t centre looked for the reports that agree), so
/// stage 4 need not run it again.
/// </param>
internal readonly record struct MethodOutcome(
    Estimate? Result, double Center, double StandardError, EstimateInterval Confidence, EstimateInterval Prediction, MetaAnalysisResult Heterogeneity,
    double NoiseScale = double.NaN, double NormalCentre = double.NaN, bool DisagreementFound = false);

/// <summary>
/// Stage 3 of an aggregate: one strategy per <see cref="AggregationMethod"/>, each turning the used reports into a
/// value, intervals, and the weight it gave each report (normalised into shares by stage 4). Stateless singletons.
/// </summary>
internal abstract class AggregationStrategy
{
    private static readonly AggregationStrategy[] ByMethod =
    [
        new RandomEffectsStrategy(),
        new FixedEffectStrategy(),
        new LinearPoolStrategy(),
        new LogarithmicPoolStrategy(),
        new WeightedMedianStrategy(),
        new RobustStrategy(),
        new MostConservativeStrategy(),
        new EnvelopeStrategy(),
    ];

    /// <summary>The strategy for <paramref name="method"/>.</summary>
    internal static AggregationStrategy For(AggregationMethod method) => ByMethod[(int)method];

    /// <summary>How stage 1 reads the reports for this method: by default every claim as a point through the hedge model.</summary>
    internal virtual ReadingRules Rules(AggregationOptions options) => default;

    /// <summary>
    /// The random-effects fit behind the heterogeneity figures: by default a fit of the reports read as points with the
    /// options' tau² estimator (REML by default) and Knapp–Hartung setting; random effects reports its own fit instead.
    /// </summary>
    internal virtual MetaAnalysisResult Heterogeneity(in MethodInput input)
        => MetaAnalysis.Fit(input.PointY, input.PointV, input.Options.TauSquaredMethod, input.Options.KnappHartung);

    /// <summary>
    /// Whether <see cref="Heterogeneity"/> only describes the reports (the method's result does not read it), so that
    /// it can be left until a caller asks for it.
    /// </summary>
    internal virtual bool HeterogeneityOnlyDescribes(AggregationOptions options) => false;

    /// <summary>Combines the reports; fills <paramref name="weights"/> with the weight the method gave each (not normalised).</summary>
    internal abstract MethodOutcome Combine(in MethodInput input, MetaAnalysisResult heterogeneity, Span<double> weights, ref List<AggregateNote>? notes);

    /// <summary>A result that is a distribution in the unit (a pool, one report): its median, and its intervals on the scale.</summary>
    private protected static MethodOutcome FromDistribution(EstimateDistribution distribution, in MethodInput input, MetaAnalysisResult heterogeneity)
    {
        var ci = distribution.Interval(input.Options.Level);
        var pi = distribution.Interval(0.95);
        return new MethodOutcome(
            Estimate.FromDistribution(distribution),
            AnalysisScales.To(input.Scale, distribution.Median, input.Upper),
            double.NaN,
            AnalysisScales.To(input.Scale, ci, input.Upper),
            AnalysisScales.To(input.Scale, pi, input.Upper),
            heterogeneity);
    }
}
