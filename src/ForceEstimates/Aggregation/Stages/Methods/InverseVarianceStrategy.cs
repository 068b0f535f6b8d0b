using System;
using System.Collections.Generic;
using MathNet.Numerics.Distributions;

namespace ForceEstimates.Aggregation;

/// <summary>
/// The meta-analytic methods: the numeric core's fit of the reports (<see cref="MetaAnalysis.Fit"/>, or
/// <see cref="MetaAnalysis.FitCensored(ReadOnlySpan{Observation}, ReadOnlySpan{double}, TauSquaredMethod)"/> when
/// claims enter as censored bounds, REML then giving way to ML). A report's weight is its information about the
/// value at the fit: 1/(v/w′ + tau²) for a point, less for a bound the fit lies far inside of.
/// </summary>
internal abstract class InverseVarianceStrategy : AggregationStrategy
{
    /// <summary>The tau² estimator of the fit.</summary>
    private protected abstract TauSquaredMethod Estimator(AggregationOptions options);

    internal override MethodOutcome Combine(in MethodInput input, MetaAnalysisResult heterogeneity, Span<double> weights, ref List<AggregateNote>? notes)
    {
        var options = input.Options;
        var method = Estimator(options);
        MetaAnalysisResult fit;
        if (input.AnyCensored)
        {
            if (method == TauSquaredMethod.RestrictedMaximumLikelihood)
            {
                AggregateNote.Add(ref notes, AggregateNote.Of(AggregateNoteKind.MaximumLikelihoodForBounds));
                method = TauSquaredMethod.MaximumLikelihood;
            }
            input.Scratch.Fill(1.0);
            fit = MetaAnalysis.FitCensored(input.Observations, input.Scratch, method);
            heterogeneity = FitIsHeterogeneity ? fit : heterogeneity;
        }
        else
        {
            fit = method == heterogeneity.Method ? heterogeneity : MetaAnalysis.Fit(input.PointY, input.PointV, method, options.KnappHartung);
        }
        if (fit.Status != MetaAnalysisStatus.Converged && fit.Status != MetaAnalysisStatus.SingleStudy)
        {
            AggregateNote.Add(ref notes, AggregateNote.OfFit(fit));
        }
        MetaAnalysis.Weights(input.Observations, ReadOnlySpan<double>.Empty, fit, weights);
        return new MethodOutcome(
            AnalysisScales.Estimate(input.Scale, fit.Mean, fit.StandardError, input.Upper),
            fit.Mean,
            fit.StandardError,
            WithLevel(fit, options.Level),
            fit.PredictionInterval,
            heterogeneity);
    }

    /// <summary>Whether the fit itself is the aggregate's heterogeneity (random effects) or not (fixed effect).</summary>
    private protected abstract bool FitIsHeterogeneity { get; }

    // The core's confidence interval is 95%; another level is rebuilt from the same standard error,
    // with t(k − 1) under Knapp–Hartung as the core does.
    private static EstimateInterval WithLevel(MetaAnalysisResult fit, double level)
    {
        if (Math.Abs(level - 0.95) < 1e-12)
        {
            return fit.ConfidenceInterval;
        }
        double tail = 0.5 + (level / 2);
        double q = fit.KnappHartung != KnappHartung.None && fit.DegreesOfFreedom > 0
            ? StudentT.InvCDF(0, 1, fit.DegreesOfFreedom, tail)
            : Normal.InvCDF(0, 1, tail);
        return AnalysisScales.Symmetric(fit.Mean, fit.StandardError, q, level);
    }
}

/// <summary><see cref="AggregationMethod.RandomEffects"/>: the fit with the options' tau² estimator; bounds enter censored under ML and REML.</summary>
internal sealed class RandomEffectsStrategy : InverseVarianceStrategy
{
    internal override bool TakesBounds(AggregationOptions options)
        => options.BoundedClaims == BoundedClaims.Censored
            && options.TauSquaredMethod is TauSquaredMethod.MaximumLikelihood or TauSquaredMethod.RestrictedMaximumLikelihood;

    /// <summary>Its own fit (computed by <see cref="InverseVarianceStrategy.Combine"/> when claims are censored).</summary>
    internal override MetaAnalysisResult Heterogeneity(in MethodInput input)
        => input.AnyCensored ? default : MetaAnalysis.Fit(input.PointY, input.PointV, input.Options.TauSquaredMethod, input.Options.KnappHartung);

    private protected override TauSquaredMethod Estimator(AggregationOptions options) => options.TauSquaredMethod;

    private protected override bool FitIsHeterogeneity => true;
}

/// <summary><see cref="AggregationMethod.FixedEffect"/>: the fit with tau² = 0; bounds enter censored.</summary>
internal sealed class FixedEffectStrategy : InverseVarianceStrategy
{
    internal override bool TakesBounds(AggregationOptions options) => options.BoundedClaims == BoundedClaims.Censored;

    private protected override TauSquaredMethod Estimator(AggregationOptions options) => TauSquaredMethod.FixedEffect;

    private protected override bool FitIsHeterogeneity => false;
}
