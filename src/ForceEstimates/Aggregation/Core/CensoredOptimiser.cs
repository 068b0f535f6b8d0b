using System;
using ForceEstimates.Solvers;

namespace ForceEstimates.Aggregation;

/// <summary>
/// Finds the maximum of <see cref="CensoredLikelihood"/> in (μ, tau²): Newton's method on both jointly (the fast
/// path), or, should it not settle, the profile likelihood in tau = √tau² minimised by <see cref="BrentMinimiser"/>
/// with the mean maximised by Newton's method at each tau (each term is log-concave in μ).
/// </summary>
internal static class CensoredOptimiser
{
    /// <summary>
    /// Newton's method on (μ, tau²) jointly with the analytic gradient and Hessian, projected onto tau² ≥ 0, with
    /// step halving on the likelihood (and a gradient step where the Hessian is not negative definite). Converges
    /// when both steps are below 1e-10 of their scale; returns false after 200 iterations.
    /// </summary>
    internal static bool JointNewton(
        ReadOnlySpan<Observation> observations, ReadOnlySpan<double> weights, double start, double scale, double maxVariance,
        out double mean, out double tau2, out int iterations, out bool truncated)
    {
        mean = start;
        tau2 = 0.0;
        truncated = false;
        var current = CensoredLikelihood.JointDerivatives(observations, weights, mean, tau2);
        for (iterations = 1; iterations <= 200; iterations++)
        {
            var atBoundary = tau2 == 0.0 && current.GTau2 <= 0.0;
            double dMean, dTau2;
            if (atBoundary)
            {
                dMean = current.HMean < 0 ? -current.GMean / current.HMean : current.GMean * maxVariance;
                dTau2 = 0.0;
            }
            else
            {
                var det = (current.HMean * current.HTau2) - (current.HMix * current.HMix);
                if (current.HMean < 0 && det > 0)
                {
                    dMean = ((-current.HTau2 * current.GMean) + (current.HMix * current.GTau2)) / det;
                    dTau2 = ((current.HMix * current.GMean) - (current.HMean * current.GTau2)) / det;
                }
                else
                {
                    // Not concave here: a gradient step with a curvature-free scale.
                    dMean = current.GMean * maxVariance;
                    dTau2 = current.GTau2 * maxVariance * maxVariance;
                }
                if (tau2 + dTau2 < 0.0)
                {
                    if (tau2 == 0.0)
                    {
                        // Already on the boundary and the model's maximum lies beyond it: scaling the step to the
                        // boundary would leave nothing of it (one point with a bound beside it stopped at the point).
                        // The constrained maximum of a concave model is the best mean at tau² = 0.
                        dMean = current.HMean < 0 ? -current.GMean / current.HMean : current.GMean * maxVariance;
                        dTau2 = 0.0;
                    }
                    else
                    {
                        var t = -tau2 / dTau2;
                        dMean *= t;
                        dTau2 = -tau2;
                    }
                }
            }
            var step = 1.0;
            var next = current;
            double trialMean = mean, trialTau2 = tau2;
            var improved = false;
            for (var halving = 0; halving < 60; halving++)
            {
                trialMean = mean + (step * dMean);
                trialTau2 = Math.Max(0.0, tau2 + (step * dTau2));
                next = CensoredLikelihood.JointDerivatives(observations, weights, trialMean, trialTau2);
                if (next.Value >= current.Value - (1e-13 * Math.Abs(current.Value)))
                {
                    improved = true;
                    break;
                }
                step *= 0.5;
            }
            if (!improved)
            {
                // No step along this direction raises the likelihood although the gradient says it can rise (a
                // saddle, or a direction that points the wrong way): a vanishing step is not convergence, so let
                // the profile search find the maximum.
                return false;
            }
            var movedMean = Math.Abs(trialMean - mean);
            var movedTau2 = Math.Abs(trialTau2 - tau2);
            mean = trialMean;
            tau2 = trialTau2;
            current = next;
            if (!double.IsFinite(mean) || !double.IsFinite(tau2))
            {
                return false;
            }
            if (movedMean <= 1e-10 * scale && movedTau2 <= 1e-10 * (tau2 + maxVariance))
            {
                // A step halved to nothing says nothing about the maximum; only a flat gradient does.
                var flat = Math.Abs(current.GMean) * Math.Sqrt(maxVariance) <= 1e-6
                    && (Math.Abs(current.GTau2) * maxVariance <= 1e-6 || (tau2 == 0.0 && current.GTau2 <= 0.0));
                if (step < 1.0 && !flat)
                {
                    return false;
                }
                if (tau2 == 0.0 && current.GTau2 * maxVariance > 1e-6)
                {
                    // Stopped on the boundary while the likelihood still rises into tau² > 0: not a maximum.
                    return false;
                }
                truncated = tau2 == 0.0 && current.GTau2 < 0.0;
                return true;
            }
        }
        return false;
    }

    /// <summary>The μ that maximises the (weighted) log-likelihood at a fixed tau²: Newton with step halving.</summary>
    internal static double MaximiseMean(ReadOnlySpan<Observation> observations, ReadOnlySpan<double> weights, double tau2, double start, double scale, out double logLikelihood)
    {
        var mean = start;
        var current = CensoredLikelihood.Derivatives(observations, weights, mean, tau2);
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var step = current.Second < 0 ? -current.First / current.Second : Math.Sign(current.First) * scale;
            var next = current;
            var trial = mean;
            var improved = false;
            for (var halving = 0; halving < 60; halving++)
            {
                trial = mean + step;
                next = CensoredLikelihood.Derivatives(observations, weights, trial, tau2);
                if (next.Value >= current.Value - (1e-14 * Math.Abs(current.Value)))
                {
                    improved = true;
                    break;
                }
                step *= 0.5;
            }
            if (!improved)
            {
                // No step along the slope raises the likelihood in double precision: this is its maximum.
                break;
            }
            mean = trial;
            current = next;
            if (Math.Abs(step) <= 1e-14 * (Math.Abs(mean) + scale))
            {
                break;
            }
        }
        logLikelihood = current.Value;
        return mean;
    }

    /// <summary>
    /// The profile search: tau by <see cref="BrentMinimiser"/> over [0, τmax], τmax being ten times
    /// <paramref name="scale"/>, then the mean at that tau. tau² = 0 when the likelihood is at least as large there
    /// (<paramref name="truncated"/>). Returns false when the minimiser did not settle or the maximum sits at τmax
    /// (the likelihood keeps rising: the data cannot bound tau²).
    /// </summary>
    internal static bool ProfileSearch(
        ReadOnlySpan<Observation> observations, ReadOnlySpan<double> weights, double start, double scale,
        out double mean, out double tau2, out int evaluations, out bool truncated)
    {
        var tauMax = 10.0 * scale;
        var brent = new BrentMinimiser(0.0, tauMax, 1e-10 * scale, MetaAnalysis.MaxIterations);
        evaluations = 0;
        var from = start;
        while (brent.Tell(NegativeProfile(observations, weights, brent.Point, scale, ref from, ref evaluations)))
        {
        }
        var tau = brent.Minimum;
        var uncounted = 0;
        var atTau = -NegativeProfile(observations, weights, tau, scale, ref from, ref uncounted);
        var atZero = -NegativeProfile(observations, weights, 0.0, scale, ref from, ref uncounted);
        truncated = false;
        if (atZero >= atTau)
        {
            tau = 0.0;
            truncated = true;
        }
        tau2 = tau * tau;
        mean = MaximiseMean(observations, weights, tau2, start, scale, out _);
        return brent.Converged && tau < tauMax * (1 - 1e-6);
    }

    /// <summary>−max over μ of the log-likelihood at tau; starting from the last maximiser keeps the inner search short.</summary>
    private static double NegativeProfile(
        ReadOnlySpan<Observation> observations, ReadOnlySpan<double> weights, double tau, double scale, ref double from, ref int evaluations)
    {
        evaluations++;
        from = MaximiseMean(observations, weights, tau * tau, from, scale, out var logLikelihood);
        return -logLikelihood;
    }
}
