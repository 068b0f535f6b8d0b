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
        var confidence = WithLevel(fit, options.Level);
        double standardError = fit.StandardError;
        if (!(standardError > 0) && fit.Count > 1)
        {
            // Knapp–Hartung's factor is 0 when the figures agree exactly: an interval of no width says nothing true.
            AggregateNote.Add(ref notes, AggregateNote.Of(AggregateNoteKind.KnappHartungWithoutSpread));
            standardError = fit.StandardError / Math.Sqrt(fit.KnappHartungFactor);
            if (!double.IsFinite(standardError))
            {
                standardError = UnadjustedStandardError(input.PointV, fit.TauSquared);
            }
            double q = fit.DegreesOfFreedom > 0 && double.IsFinite(fit.DegreesOfFreedom)
                ? StudentT.InvCDF(0, 1, fit.DegreesOfFreedom, 0.5 + (options.Level / 2))
                : input.Z;
            confidence = AnalysisScales.Symmetric(fit.Mean, standardError, q, options.Level);
        }
        double mean = LoneClaimValue(input, fit.Mean, confidence);
        return new MethodOutcome(
            AnalysisScales.EstimateOrLater(input.Scale, mean, standardError, input.Upper),
            mean,
            standardError,
            confidence,
            fit.PredictionInterval,
            heterogeneity);
    }

    /// <summary>
    /// The value of the aggregate on the scale: <paramref name="fitted"/>, except for a lone claim with a bound, a range
    /// or a vague amount read over its plausible range (<see cref="BoundedClaims.PlausibleRange"/>). One report is its own
    /// reading, as a lone point is its stated value and not its bin's middle: such a claim stands for what the hedge
    /// model reads it as (<see cref="StatedRange.Central"/>), not the middle of the range it enters the fit as (which
    /// reaches to the far end of the hedge's calibrated spread), kept inside <paramref name="confidence"/>. Every method
    /// that reads bounds (the learned noise model, the classic one, fixed effect) takes it alike.
    /// </summary>
    private protected static double LoneClaimValue(in MethodInput input, double fitted, EstimateInterval confidence)
    {
        if (input.Readings.Length != 1 || input.Readings[0].Claim == ClaimForm.Point || input.Options.BoundedClaims != BoundedClaims.PlausibleRange)
        {
            return fitted;
        }
        var report = input.Reports[0];
        double shareUpper = input.Scale == AnalysisScale.Logit ? input.Upper : double.PositiveInfinity;
        double central = AnalysisScales.To(input.Scale, StatedRange.Central(report.Estimate, report.Quantity.Unit.Convert(1, input.Unit), shareUpper), input.Upper);
        return double.IsFinite(central) ? Math.Clamp(central, confidence.Lower, confidence.Upper) : fitted;
    }

    /// <summary>1/√Σ 1/(v + tau²): the standard error before a Knapp–Hartung adjustment.</summary>
    private static double UnadjustedStandardError(ReadOnlySpan<double> variances, double tau2)
    {
        double w = 0;
        foreach (var v in variances)
        {
            w += 1 / (v + tau2);
        }
        return 1 / Math.Sqrt(w);
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

/// <summary>
/// <see cref="AggregationMethod.RandomEffects"/>. Under the learned noise model (the default) the posterior of
/// <see cref="MetaAnalysis.FitNoiseScale"/> over the reports read with their rounding bins and plausible ranges, a
/// report's weight its information about the value there; the heterogeneity figures a fit of the reports as points
/// with the options' tau² estimator (REML by default). Under <see cref="NoiseModel.FloorsPlusTauSquared"/> the fit with the options' tau² estimator, bounds
/// entering censored under ML and REML.
/// </summary>
internal sealed class RandomEffectsStrategy : InverseVarianceStrategy
{
    internal override ReadingRules Rules(AggregationOptions options)
    {
        bool learned = options.Noise == NoiseModel.LearnedScale;
        bool bounds = options.BoundedClaims != BoundedClaims.HedgeDistribution
            && (learned || options.TauSquaredMethod is TauSquaredMethod.MaximumLikelihood or TauSquaredMethod.RestrictedMaximumLikelihood);
        return new ReadingRules(bounds, options.BoundedClaims == BoundedClaims.PlausibleRange, learned);
    }

    /// <summary>Its own fit (computed by <see cref="InverseVarianceStrategy.Combine"/> when claims are censored); under the learned model a fit of the reports as points with the options' tau² estimator, for description.</summary>
    internal override MetaAnalysisResult Heterogeneity(in MethodInput input)
    {
        if (input.Options.Noise == NoiseModel.LearnedScale)
        {
            return PointsOnScale(input);
        }
        return input.AnyCensored ? default : MetaAnalysis.Fit(input.PointY, input.PointV, input.Options.TauSquaredMethod, input.Options.KnappHartung);
    }

    /// <summary>Under the learned model the REML fit of the points is for description only.</summary>
    internal override bool HeterogeneityOnlyDescribes(AggregationOptions options) => options.Noise == NoiseModel.LearnedScale;

    internal override MethodOutcome Combine(in MethodInput input, MetaAnalysisResult heterogeneity, Span<double> weights, ref List<AggregateNote>? notes)
    {
        if (input.Options.Noise != NoiseModel.LearnedScale)
        {
            return base.Combine(input, heterogeneity, weights, ref notes);
        }
        var options = input.Options;
        // The fit's own disagreement test is stage 4's when it is at the default threshold (the learned model's scale is
        // never fixed): its result is kept for stage 4.
        bool keep = options.OutlierThreshold == Disagreement.DefaultThreshold;
        var fit = NoiseScaleFit.Fit(
            input.Observations, options.NoisePrior, options.Level, NoiseScaleFit.IntervalQuantile(options.Level),
            keep ? input.Residuals : default, keep ? input.Flagged : default, out bool disagreementFound);
        NoiseScaleFit.Information(input.Observations, fit, options.NoisePrior, weights);
        var confidence = fit.ConfidenceInterval;
        var prediction = fit.PredictionInterval;
        double median = fit.Median;
        double normalCentre = Math.Abs(fit.CentreShift) > NoiseScaleFit.NotableShift * fit.StandardErrorWith(options.LevelQuantile) && double.IsFinite(confidence.Lower) && double.IsFinite(confidence.Upper)
            ? AnalysisScales.From(input.Scale, fit.Median - fit.CentreShift, input.Upper)
            : double.NaN;
        if (!double.IsFinite(confidence.Lower) || !double.IsFinite(confidence.Upper))
        {
            AggregateNote.Add(ref notes, AggregateNote.Of(AggregateNoteKind.OpenInterval));
        }
        if (options.KnappHartung != KnappHartung.None)
        {
            // Asked for, but the posterior's interval does not take it: say so rather than ignore it silently.
            AggregateNote.Add(ref notes, AggregateNote.Of(AggregateNoteKind.KnappHartungNotUsed));
        }
        median = LoneClaimValue(input, median, confidence);
        if (input.Unit.Dimension == Dimension.Count)
        {
            // A count is a whole number of things: its estimate and the ends of its intervals are whole numbers.
            median = WholeCount(median, input.Scale, 0);
            confidence = WholeCounts(confidence, input.Scale);
            prediction = WholeCounts(prediction, input.Scale);
        }
        if (input.Scale == AnalysisScale.Natural && input.Unit.Dimension == Dimension.Ratio)
        {
            // A share combined on the natural scale (some report says 100%): the posterior's median of reports at the
            // top lands a rounding error above it.
            median = Math.Min(median, AnalysisScales.ShareUpper(input.Unit));
        }
        // The level's normal quantile the options found once (the same expression) instead of one per aggregate, when the
        // fit's interval is at the options' level (it always is).
        double standardError = fit.ConfidenceInterval.Level == options.Level ? fit.StandardErrorWith(options.LevelQuantile) : fit.StandardError;
        Estimate? result = double.IsFinite(median) && standardError > 0 && double.IsFinite(standardError)
            ? AnalysisScales.EstimateOrLater(input.Scale, median, standardError, input.Upper)
            : Estimate.FromDistribution(PointDistribution.Of(AnalysisScales.From(input.Scale, median, input.Upper)));
        return new MethodOutcome(result, median, standardError, confidence, prediction, heterogeneity, fit.NoiseScale, normalCentre, disagreementFound);
    }

    /// <summary>
    /// An interval of a count on the log scale as the whole counts it holds: from the least whole number in it to the
    /// greatest, so a whole true count is inside exactly when it is inside the interval as computed (rounding each end
    /// to the nearest count widened 2.7–3.4 to 2–4 and covered counts near zero 99% of the time at 95%). An interval
    /// that holds no whole number (3.2–3.8) is its ends rounded to the nearest.
    /// </summary>
    private static EstimateInterval WholeCounts(EstimateInterval interval, AnalysisScale scale)
    {
        if (scale != AnalysisScale.Log)
        {
            return interval;
        }
        double lower = WholeCount(interval.Lower, scale, -1, Math.Ceiling);
        double upper = WholeCount(interval.Upper, scale, 1, Math.Floor);
        return lower <= upper
            ? new EstimateInterval(lower, upper, interval.Level)
            : new EstimateInterval(WholeCount(interval.Lower, scale, -1), WholeCount(interval.Upper, scale, 1), interval.Level);
    }

    /// <summary>
    /// A value on the log scale rounded to a whole count (−∞, a count of 0, where it rounds to 0), to the nearest
    /// unless <paramref name="round"/> says otherwise. An interval's end (<paramref name="side"/> −1 for the lower, +1
    /// for the upper) is the log of the count moved by an ulp or two so that it maps back to no less than the count at
    /// the upper end and no more at the lower: e^(ln 3) is 3.0000000000000004, and an interval "3 to 4" read back as
    /// starting above 3 missed a true count of 3.
    /// </summary>
    private static double WholeCount(double value, AnalysisScale scale, int side, Func<double, double>? round = null)
    {
        if (scale != AnalysisScale.Log || !double.IsFinite(value))
        {
            return value;
        }
        double count = Math.Exp(value);
        double nearest = Math.Round(count, MidpointRounding.AwayFromZero);
        // An end that is a whole count up to rounding error (a bin's edge, 15,000, read back as 15,000.000000002) is
        // that count: rounding it inwards would cut a whole unit off the interval.
        double whole = round is null || Math.Abs(count - nearest) <= 1e-9 * Math.Max(1, count) ? nearest : round(count);
        if (!(whole > 0))
        {
            return double.NegativeInfinity;
        }
        double log = Math.Log(whole);
        // The nearest count (side 0) is its logarithm as it is: only an interval's end is moved.
        for (int step = 0; side != 0 && step < 8; step++)
        {
            double back = Math.Exp(log);
            if (side < 0 && back > whole)
            {
                log = Math.BitDecrement(log);
            }
            else if (side > 0 && back < whole)
            {
                log = Math.BitIncrement(log);
            }
            else
            {
                break;
            }
        }
        return log;
    }

    /// <summary>A fit of the reports as points with the options' tau² estimator (REML by default), leaving out those at the edge of the scale; the default result when none is left.</summary>
    private static MetaAnalysisResult PointsOnScale(in MethodInput input)
    {
        int n = input.PointY.Length, finite = 0;
        foreach (var y in input.PointY)
        {
            finite += double.IsFinite(y) ? 1 : 0;
        }
        if (finite == n)
        {
            return MetaAnalysis.Fit(input.PointY, input.PointV, input.Options.TauSquaredMethod, input.Options.KnappHartung);
        }
        if (finite == 0)
        {
            return default;
        }
        Span<double> y2 = finite <= 64 ? stackalloc double[finite] : new double[finite];
        Span<double> v2 = finite <= 64 ? stackalloc double[finite] : new double[finite];
        for (int i = 0, j = 0; i < n; i++)
        {
            if (double.IsFinite(input.PointY[i]))
            {
                y2[j] = input.PointY[i];
                v2[j++] = input.PointV[i];
            }
        }
        return MetaAnalysis.Fit(y2, v2, input.Options.TauSquaredMethod, input.Options.KnappHartung);
    }

    private protected override TauSquaredMethod Estimator(AggregationOptions options) => options.TauSquaredMethod;

    private protected override bool FitIsHeterogeneity => true;
}

/// <summary><see cref="AggregationMethod.FixedEffect"/>: the fit with tau² = 0; bounds enter censored (over their plausible range by default).</summary>
internal sealed class FixedEffectStrategy : InverseVarianceStrategy
{
    internal override ReadingRules Rules(AggregationOptions options)
        => new(options.BoundedClaims != BoundedClaims.HedgeDistribution, options.BoundedClaims == BoundedClaims.PlausibleRange, false);

    private protected override TauSquaredMethod Estimator(AggregationOptions options) => TauSquaredMethod.FixedEffect;

    private protected override bool FitIsHeterogeneity => false;
}
