using System;
using ForceEstimates.Aggregation;
using MathNet.Numerics.Distributions;

namespace ForceEstimates.CalibrationStudy;

/// <summary>How a prototype turns the readings into an interval for the mean.</summary>
internal enum IntervalRule
{
    /// <summary>REML (ML with censored readings) and normal quantiles: what the library does today.</summary>
    Normal,

    /// <summary>The same standard error with t quantiles on k − 1 degrees of freedom.</summary>
    StudentT,

    /// <summary>Knapp–Hartung–Sidik–Jonkman (metafor's test = "knha"); t quantiles with censored readings.</summary>
    KnappHartung,

    /// <summary>Knapp–Hartung never narrower than without it (the ad hoc correction).</summary>
    KnappHartungAdHoc,

    /// <summary>The posterior under a half-normal prior on tau (Friede and Röver 2017); see <see cref="HalfNormalPosterior"/>.</summary>
    HalfNormalPrior,

    /// <summary>A prior flat in the log of the total noise, tapered by the half-normal.</summary>
    ScaleInvariantPrior,

    /// <summary>One noise multiple of the floors for all sources, with a prior (see <see cref="NoiseScalePosterior"/>).</summary>
    NoiseScale,

    /// <summary>As <see cref="NoiseScale"/>, each variance first increased by the REML tau² of the readings taken as points (a Bayesian Knapp–Hartung).</summary>
    ScaledRandomEffects,
}

/// <summary>
/// A candidate method written in the study from the library's public parts (<see cref="Estimate"/>,
/// <see cref="HedgeModel"/>, <see cref="MetaAnalysis"/>): a reading rule and an interval rule.
/// One report gives its own interval with the floor (the k = 1 rule).
/// </summary>
internal sealed class Prototype(string name, ReadingRule reading, IntervalRule rule, double priorScale = 0.5, NoisePrior? noisePrior = null) : Method
{
    private const double Z = 1.959963984540054;

    internal override string Name => name;

    internal override Outcome Run(Trial trial)
    {
        var scale = StudyScale.For(trial.Scenario.Truth);
        var readings = Readings.Read(trial.Reports, scale, reading);
        int k = readings.Length;
        // A new report's own error: the default floor.
        double newVariance = ReportingFloor.Default.For(SourceKind.Government) * ReportingFloor.Default.For(SourceKind.Government);
        double center, lower, upper, predictionLower, predictionUpper;
        int flagged = 0;
        if (k == 1)
        {
            var r = readings[0];
            double sd = Math.Sqrt(r.Total);
            // One report is its own estimate: a figure of zero (below half a unit) is zero.
            center = double.IsNegativeInfinity(r.Lower) ? double.NegativeInfinity : r.Center;
            lower = r.Lower - (Z * sd);
            upper = r.Upper + (Z * sd);
            double predictionSd = Math.Sqrt(r.Total + newVariance);
            predictionLower = r.Lower - (Z * predictionSd);
            predictionUpper = r.Upper + (Z * predictionSd);
        }
        else if (rule is IntervalRule.NoiseScale or IntervalRule.ScaledRandomEffects)
        {
            if (rule == IntervalRule.ScaledRandomEffects)
            {
                double tau2 = PointFit(readings).TauSquared;
                readings = Array.ConvertAll(readings, r => r with { Variance = r.Variance + tau2 });
            }
            var fit = NoiseScalePosterior.Fit(readings, noisePrior!, newVariance, leaveOneOut: true);
            (center, lower, upper, predictionLower, predictionUpper) = (fit.Median, fit.Lower, fit.Upper, fit.PredictionLower, fit.PredictionUpper);
            if (k >= 3)
            {
                foreach (var p in fit.PValues)
                {
                    flagged += p < 0.05 ? 1 : 0;
                }
            }
        }
        else if (rule is IntervalRule.HalfNormalPrior or IntervalRule.ScaleInvariantPrior)
        {
            var fit = HalfNormalPosterior.Fit(readings, priorScale, newVariance, leaveOneOut: true, rule == IntervalRule.ScaleInvariantPrior);
            (center, lower, upper, predictionLower, predictionUpper) = (fit.Median, fit.Lower, fit.Upper, fit.PredictionLower, fit.PredictionUpper);
            if (k >= 3)
            {
                foreach (var p in fit.PValues)
                {
                    flagged += p < 0.05 ? 1 : 0;
                }
            }
        }
        else
        {
            var fit = Frequentist(readings, out bool censored);
            double q = rule == IntervalRule.Normal ? Z : StudentT.InvCDF(0, 1, k - 1, 0.975);
            center = fit.Mean;
            double se = fit.StandardError;
            if (!censored && rule is IntervalRule.KnappHartung or IntervalRule.KnappHartungAdHoc)
            {
                lower = fit.ConfidenceInterval.Lower;
                upper = fit.ConfidenceInterval.Upper;
            }
            else
            {
                lower = center - (q * se);
                upper = center + (q * se);
            }
            double predictionSd = Math.Sqrt((se * se) + fit.TauSquared + newVariance);
            predictionLower = center - (q * predictionSd);
            predictionUpper = center + (q * predictionSd);
            flagged = -1;
        }
        return new Outcome(Back(scale, center), Back(scale, lower), Back(scale, upper), Back(scale, predictionLower), Back(scale, predictionUpper), flagged);
    }

    private MetaAnalysisResult Frequentist(Reading[] readings, out bool censored)
    {
        censored = Array.Exists(readings, r => !r.IsPoint);
        var kh = rule switch
        {
            IntervalRule.KnappHartung => KnappHartung.Standard,
            IntervalRule.KnappHartungAdHoc => KnappHartung.AdHoc,
            _ => KnappHartung.None,
        };
        if (censored)
        {
            var observations = new Observation[readings.Length];
            for (int i = 0; i < readings.Length; i++)
            {
                var r = readings[i];
                observations[i] = r.IsPoint ? Observation.Point(r.Lower, r.Total)
                    : double.IsNegativeInfinity(r.Lower) ? Observation.AtMost(r.Upper, r.Total)
                    : double.IsPositiveInfinity(r.Upper) ? Observation.AtLeast(r.Lower, r.Total)
                    : Observation.Between(r.Lower, r.Upper, r.Total);
            }
            try
            {
                return MetaAnalysis.FitCensored(observations, ReadOnlySpan<double>.Empty, TauSquaredMethod.MaximumLikelihood);
            }
            catch (ArgumentException)
            {
                // Bounds from one side only: take each reading at its centre.
                censored = false;
            }
        }
        var y = new double[readings.Length];
        var v = new double[readings.Length];
        for (int i = 0; i < readings.Length; i++)
        {
            y[i] = double.IsFinite(readings[i].Center) ? readings[i].Center : Math.Log(0.25);
            v[i] = readings[i].Total;
        }
        return MetaAnalysis.Fit(y, v, TauSquaredMethod.RestrictedMaximumLikelihood, kh);
    }

    /// <summary>REML of the readings taken as points (an interval at its middle, with the variance of a uniform over it).</summary>
    private static MetaAnalysisResult PointFit(Reading[] readings)
    {
        var y = new double[readings.Length];
        var v = new double[readings.Length];
        for (int i = 0; i < readings.Length; i++)
        {
            var r = readings[i];
            double w = r.IsPoint || !double.IsFinite(r.Upper - r.Lower) ? 0 : r.Upper - r.Lower;
            y[i] = double.IsFinite(r.Center) ? r.Center : Math.Log(0.25);
            v[i] = r.Total + (w * w / 12);
        }
        return MetaAnalysis.Fit(y, v, TauSquaredMethod.RestrictedMaximumLikelihood);
    }

    /// <summary>From the analysis scale back to the unit: exp, or the inverse logit for shares.</summary>
    internal static double Back(StudyScale scale, double t)
        => scale.IsShare ? 100 / (1 + Math.Exp(-t)) : Math.Exp(t);
}
