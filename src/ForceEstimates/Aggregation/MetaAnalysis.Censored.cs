using System;
using System.Globalization;
using MathNet.Numerics;

namespace ForceEstimates.Aggregation;

public static partial class MetaAnalysis
{
    /// <summary>
    /// Fits the random-effects (or fixed-effect) model by maximum likelihood to observations that may be censored:
    /// points, one-sided bounds ("more than 10,000", "up to 15,000") and intervals ("between 11,000 and 20,000"),
    /// each with its within-study variance, optionally with a likelihood weight per observation.
    /// </summary>
    /// <param name="observations">The observations on the analysis scale; they must pin the mean down: at least one
    /// point or interval, or bounds from both sides.</param>
    /// <param name="weights">Likelihood weights a_i ≥ 0, one per observation (not all 0), or empty for weight 1 each.
    /// The log-likelihood is Σ a_i·ℓ_i, so a weight of 0.5 counts an observation half (a weighted likelihood, the way
    /// report-level reliability and recency weights enter).</param>
    /// <param name="method"><see cref="TauSquaredMethod.MaximumLikelihood"/> (the default) or
    /// <see cref="TauSquaredMethod.FixedEffect"/> (tau² = 0). REML is not offered: its restricted likelihood
    /// integrates the mean out of a normal likelihood and has no closed form for censored observations, so censored
    /// data use ML; the moment estimators (DL, HE, ...) have no way to use a bound.</param>
    /// <returns>
    /// The estimates with <see cref="MetaAnalysisResult.Method"/> as asked. The standard error is 1/√(−∂²ℓ/∂μ²) at
    /// the maximum (with point data and unit weights, 1/√Σw as in <see cref="Fit"/>); intervals use the normal
    /// distribution (no Knapp–Hartung). <see cref="MetaAnalysisResult.Q"/> is Cochran's Q over the point observations
    /// only (0 with fewer than two); I² and H² use the estimated tau² and the typical within-study variance s² of all
    /// observations. With only point observations and unit weights the result equals <see cref="Fit"/> with ML.
    /// <see cref="MetaAnalysisResult.Iterations"/> counts Newton iterations (plus profile evaluations if it fell back).
    /// </returns>
    /// <remarks>
    /// The maximum is found by Newton's method on (μ, tau²) jointly, with analytic derivatives, projected onto
    /// tau² ≥ 0 and with step halving; it stops when both steps are below 1e-10 of their scale. Should that not
    /// settle within 200 iterations, the mean is found for each tau² by Newton's method (each term is log-concave
    /// in μ) and tau = √tau² by Brent's (1973) minimisation of the negative profile log-likelihood on [0, τmax],
    /// τmax being ten times the spread of all values and bounds plus the largest within-study standard deviation.
    /// If that maximum sits at τmax the status is <see cref="MetaAnalysisStatus.DidNotConverge"/> (the likelihood
    /// keeps rising: the data cannot bound tau²).
    /// Allocates nothing.
    /// </remarks>
    /// <exception cref="ArgumentException">No observations; weights of the wrong length, negative, not finite, or all 0;
    /// or observations that leave the mean unbounded (for example only "more than" claims).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is neither ML nor fixed effect.</exception>
    public static MetaAnalysisResult FitCensored(
        ReadOnlySpan<Observation> observations,
        ReadOnlySpan<double> weights,
        TauSquaredMethod method = TauSquaredMethod.MaximumLikelihood)
        => FitCensored(observations, weights, method, jointNewton: true);

    /// <summary>
    /// Many censored fits in one call, as <see cref="FitMany"/> does for <see cref="Fit"/>: group g holds the observations
    /// from <c>groupOffsets[g]</c> (inclusive) to <c>groupOffsets[g + 1]</c> (exclusive). Allocates nothing.
    /// </summary>
    /// <param name="observations">The observations of all groups, one group after another.</param>
    /// <param name="weights">Their likelihood weights, or empty for weight 1 each.</param>
    /// <param name="groupOffsets">Where each group starts, then observations.Length: starts at 0, strictly increasing.</param>
    /// <param name="results">Receives one result per group; its length must be groupOffsets.Length − 1.</param>
    /// <param name="method">ML (the default) or fixed effect, as in <see cref="FitCensored(ReadOnlySpan{Observation}, ReadOnlySpan{double}, TauSquaredMethod)"/>.</param>
    /// <exception cref="ArgumentException">The offsets or lengths are not as described, or a group is invalid as in
    /// <see cref="FitCensored(ReadOnlySpan{Observation}, ReadOnlySpan{double}, TauSquaredMethod)"/> (the message names the
    /// group; groups before it have been written).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is neither ML nor fixed effect.</exception>
    public static void FitCensoredMany(
        ReadOnlySpan<Observation> observations,
        ReadOnlySpan<double> weights,
        ReadOnlySpan<int> groupOffsets,
        Span<MetaAnalysisResult> results,
        TauSquaredMethod method = TauSquaredMethod.MaximumLikelihood)
    {
        if (method is not (TauSquaredMethod.MaximumLikelihood or TauSquaredMethod.FixedEffect))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method,
                "Censored observations enter the likelihood: expected MaximumLikelihood or FixedEffect.");
        }
        if (!weights.IsEmpty && weights.Length != observations.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected one weight per observation ({observations.Length}) or none, but got {weights.Length}."),
                nameof(weights));
        }
        CheckOffsets(groupOffsets, observations.Length, results.Length);
        for (var g = 0; g < results.Length; g++)
        {
            var start = groupOffsets[g];
            var length = groupOffsets[g + 1] - start;
            try
            {
                results[g] = FitCensored(observations.Slice(start, length), weights.IsEmpty ? weights : weights.Slice(start, length), method, jointNewton: true);
            }
            catch (ArgumentException e) when (e is not ArgumentOutOfRangeException)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Group {g} (observations {start} to {start + length - 1}): {e.Message}"),
                    e.ParamName,
                    e);
            }
        }
    }

    /// <summary>
    /// Each observation's share, in percent, of the information about the mean at a censored fit:
    /// a_i·(−∂²ℓ_i/∂μ²) over its sum, at the fit's mean and tau². For point observations with unit weights this is
    /// 100·w_i/Σw with w = 1/(v + tau²), as <see cref="Weights(ReadOnlySpan{double}, double, Span{double})"/>; a bound
    /// far from the mean carries almost none. Allocates nothing.
    /// </summary>
    /// <param name="observations">The observations the fit was made from.</param>
    /// <param name="weights">The likelihood weights it was made with, or empty for weight 1 each.</param>
    /// <param name="fit">The result of <see cref="FitCensored(ReadOnlySpan{Observation}, ReadOnlySpan{double}, TauSquaredMethod)"/> on them.</param>
    /// <param name="percentages">Receives one percentage per observation (summing to 100).</param>
    /// <exception cref="ArgumentException">Lengths do not match, a weight is NaN, infinite or negative (named by index) or
    /// all are 0, or the observations carry no information.</exception>
    public static void Weights(ReadOnlySpan<Observation> observations, ReadOnlySpan<double> weights, in MetaAnalysisResult fit, Span<double> percentages)
    {
        if (percentages.Length != observations.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected room for {observations.Length} weights, but got {percentages.Length}."),
                nameof(percentages));
        }
        CheckLikelihoodWeights(weights, observations.Length);
        var total = 0.0;
        for (var i = 0; i < observations.Length; i++)
        {
            var a = weights.IsEmpty ? 1.0 : weights[i];
            var information = a == 0 ? 0.0 : -a * ObservationTerm(observations[i], fit.Mean, fit.TauSquared).Second;
            percentages[i] = Math.Max(0.0, information);
            total += percentages[i];
        }
        if (!(total > 0) || !double.IsFinite(total))
        {
            throw new ArgumentException("Expected observations that carry information about the mean at this fit.", nameof(observations));
        }
        for (var i = 0; i < percentages.Length; i++)
        {
            percentages[i] *= 100.0 / total;
        }
    }

    /// <summary>The censored fit; <paramref name="jointNewton"/> false goes straight to the profile search (for tests).</summary>
    internal static MetaAnalysisResult FitCensored(
        ReadOnlySpan<Observation> observations,
        ReadOnlySpan<double> weights,
        TauSquaredMethod method,
        bool jointNewton)
    {
        if (method is not (TauSquaredMethod.MaximumLikelihood or TauSquaredMethod.FixedEffect))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method,
                "Censored observations enter the likelihood: expected MaximumLikelihood or FixedEffect.");
        }
        CheckCensoredInput(observations, weights);
        var k = observations.Length;

        // Spread of everything finite, for the starting mean, the scale of tolerances and the search range.
        double low = double.PositiveInfinity, high = double.NegativeInfinity, maxVariance = 0.0;
        double pointWeight = 0.0, pointSum = 0.0;
        foreach (var o in observations)
        {
            if (double.IsFinite(o.Lower))
            {
                low = Math.Min(low, o.Lower);
                high = Math.Max(high, o.Lower);
            }
            if (double.IsFinite(o.Upper))
            {
                low = Math.Min(low, o.Upper);
                high = Math.Max(high, o.Upper);
            }
            maxVariance = Math.Max(maxVariance, o.Variance);
        }
        for (var i = 0; i < k; i++)
        {
            var o = observations[i];
            if (o.IsPoint)
            {
                var a = weights.IsEmpty ? 1.0 : weights[i];
                pointWeight += a / o.Variance;
                pointSum += a * o.Lower / o.Variance;
            }
        }
        var start = pointWeight > 0 ? pointSum / pointWeight : 0.5 * (low + high);
        var scale = (high - low) + Math.Sqrt(maxVariance);

        var evaluations = 0;
        var tau2 = 0.0;
        var status = MetaAnalysisStatus.Converged;
        var truncated = false;
        double mean;
        if (method == TauSquaredMethod.FixedEffect)
        {
            mean = MaximiseMean(observations, weights, 0.0, start, scale, out _);
            evaluations = 1;
        }
        else if (jointNewton && NewtonCensored(observations, weights, start, scale, maxVariance, out mean, out tau2, out evaluations, out truncated))
        {
            // Converged: the joint Newton search is the fast path.
        }
        else
        {
            // The joint search did not settle: profile the likelihood over tau instead (slower, but safe).
            var tauMax = 10.0 * scale;
            var profile = new CensoredProfile(observations, weights, start, scale);
            var tau = BrentMinimise(ref profile, 0.0, tauMax, 1e-10 * scale, MaxIterations, out var converged);
            evaluations += profile.Evaluations;
            var atTau = -profile.Evaluate(tau);
            var atZero = -profile.Evaluate(0.0);
            truncated = false;
            if (atZero >= atTau)
            {
                tau = 0.0;
                truncated = true;
            }
            if (!converged || tau >= tauMax * (1 - 1e-6))
            {
                status = MetaAnalysisStatus.DidNotConverge;
            }
            tau2 = tau * tau;
            mean = MaximiseMean(observations, weights, tau2, start, scale, out _);
        }

        var information = 0.0;
        LogLikelihood(observations, weights, mean, tau2, ref information);

        // Q over the points; s² over all observations (both with w = 1/v).
        double w = 0, w2 = 0, pw = 0, pwy = 0, pwy2 = 0, shift = double.NaN;
        var points = 0;
        foreach (var o in observations)
        {
            var wi = 1.0 / o.Variance;
            w += wi;
            w2 += wi * wi;
            if (o.IsPoint)
            {
                if (double.IsNaN(shift))
                {
                    shift = o.Lower;
                }
                var d = o.Lower - shift;
                points++;
                pw += wi;
                pwy += wi * d;
                pwy2 += wi * d * d;
            }
        }
        var q = points >= 2 ? Math.Max(0.0, pwy2 - (pwy * pwy / pw)) : 0.0;
        double i2 = 0.0, h2 = 1.0;
        if (k >= 2)
        {
            var typical = (k - 1.0) / (w - (w2 / w));
            if (method == TauSquaredMethod.FixedEffect)
            {
                var df = points - 1.0;
                i2 = points >= 2 && q > 0 ? Math.Max(0.0, 100.0 * (q - df) / q) : 0.0;
                h2 = points >= 2 ? q / df : 1.0;
            }
            else
            {
                i2 = 100.0 * tau2 / (typical + tau2);
                h2 = (tau2 / typical) + 1.0;
            }
        }
        if (k == 1)
        {
            status = MetaAnalysisStatus.SingleStudy;
        }
        return new MetaAnalysisResult(
            mean, 1.0 / Math.Sqrt(information), tau2, i2, h2, q, k, double.PositiveInfinity, 1.0,
            method, method, KnappHartung.None, status, evaluations, truncated);
    }

    /// <summary>Empty, or one finite weight of at least 0 per observation with at least one above 0.</summary>
    private static void CheckLikelihoodWeights(ReadOnlySpan<double> weights, int observations)
    {
        if (weights.IsEmpty)
        {
            return;
        }
        if (weights.Length != observations)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected one weight per observation ({observations}) or none, but got {weights.Length}."),
                nameof(weights));
        }
        var anyWeight = false;
        for (var i = 0; i < weights.Length; i++)
        {
            if (!double.IsFinite(weights[i]) || weights[i] < 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Expected finite weights of at least 0, but weights[{i}] is {weights[i]}."),
                    nameof(weights));
            }
            anyWeight |= weights[i] > 0;
        }
        if (!anyWeight)
        {
            throw new ArgumentException("Expected at least one weight greater than 0.", nameof(weights));
        }
    }

    private static void CheckCensoredInput(ReadOnlySpan<Observation> observations, ReadOnlySpan<double> weights)
    {
        if (observations.IsEmpty)
        {
            throw new ArgumentException("Expected at least one observation, but the span is empty.", nameof(observations));
        }
        CheckLikelihoodWeights(weights, observations.Length);
        bool fromBelow = false, fromAbove = false;
        for (var i = 0; i < observations.Length; i++)
        {
            var o = observations[i];
            if (o.Variance <= 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"observations[{i}] was not created through a factory method (its variance is not positive)."),
                    nameof(observations));
            }
            if (!weights.IsEmpty && weights[i] == 0)
            {
                continue;
            }
            fromBelow |= double.IsFinite(o.Lower);
            fromAbove |= double.IsFinite(o.Upper);
        }
        if (!(fromBelow && fromAbove))
        {
            throw new ArgumentException(
                "Expected observations that bound the mean from both sides (a point, an interval, or bounds in both directions); with only "
                + (fromBelow ? "lower" : "upper") + " bounds the likelihood grows without limit.",
                nameof(observations));
        }
    }

    /// <summary>
    /// Newton's method on (μ, tau²) jointly with the analytic gradient and Hessian, projected onto tau² ≥ 0, with
    /// step halving on the likelihood (and a gradient step where the Hessian is not negative definite). Converges
    /// when both steps are below 1e-10 of their scale; returns false after 200 iterations.
    /// </summary>
    private static bool NewtonCensored(
        ReadOnlySpan<Observation> observations, ReadOnlySpan<double> weights, double start, double scale, double maxVariance,
        out double mean, out double tau2, out int iterations, out bool truncated)
    {
        mean = start;
        tau2 = 0.0;
        truncated = false;
        var current = JointDerivatives(observations, weights, mean, tau2);
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
                    var t = -tau2 / dTau2;
                    dMean *= t;
                    dTau2 = -tau2;
                }
            }
            var step = 1.0;
            var next = current;
            double trialMean = mean, trialTau2 = tau2;
            for (var halving = 0; halving < 60; halving++)
            {
                trialMean = mean + (step * dMean);
                trialTau2 = Math.Max(0.0, tau2 + (step * dTau2));
                next = JointDerivatives(observations, weights, trialMean, trialTau2);
                if (next.Value >= current.Value - (1e-13 * Math.Abs(current.Value)))
                {
                    break;
                }
                step *= 0.5;
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
                truncated = tau2 == 0.0 && current.GTau2 < 0.0;
                return true;
            }
        }
        return false;
    }

    private readonly record struct Joint(double Value, double GMean, double GTau2, double HMean, double HMix, double HTau2);

    /// <summary>Σ a_i·ℓ_i with its gradient and Hessian in (μ, tau²).</summary>
    private static Joint JointDerivatives(ReadOnlySpan<Observation> observations, ReadOnlySpan<double> weights, double mean, double tau2)
    {
        double value = 0, gm = 0, gs = 0, hmm = 0, hms = 0, hss = 0;
        for (var i = 0; i < observations.Length; i++)
        {
            var a = weights.IsEmpty ? 1.0 : weights[i];
            if (a == 0)
            {
                continue;
            }
            var o = observations[i];
            var variance = o.Variance + tau2;
            if (o.IsPoint)
            {
                var r = o.Lower - mean;
                var inv = 1.0 / variance;
                var r2 = r * r * inv;
                value += a * ((-0.5 * r2) - (0.5 * Math.Log(variance)) - LogSqrtTwoPi);
                gm += a * r * inv;
                gs += a * 0.5 * inv * (r2 - 1.0);
                hmm -= a * inv;
                hms -= a * r * inv * inv;
                hss += a * inv * inv * (0.5 - r2);
                continue;
            }
            var sigma = Math.Sqrt(variance);
            var za = (o.Lower - mean) / sigma;
            var zb = (o.Upper - mean) / sigma;
            var logP = LogNormalProbability(za, zb);
            // For each finite bound (sign + for the upper, − for the lower): t = φ(z)/P.
            double sumT = 0, sumTz = 0, sumTz2 = 0, sumTz3 = 0;
            if (double.IsFinite(zb))
            {
                var t = Math.Exp(LogNormalDensity(zb) - logP);
                sumT += t;
                sumTz += t * zb;
                sumTz2 += t * zb * zb;
                sumTz3 += t * zb * zb * zb;
            }
            if (double.IsFinite(za))
            {
                var t = Math.Exp(LogNormalDensity(za) - logP);
                sumT -= t;
                sumTz -= t * za;
                sumTz2 -= t * za * za;
                sumTz3 -= t * za * za * za;
            }
            var g1 = -sumT / sigma;
            var g2 = -sumTz / (2 * variance);
            value += a * logP;
            gm += a * g1;
            gs += a * g2;
            hmm += a * ((-sumTz / variance) - (g1 * g1));
            hms += a * (((sumT - sumTz2) / (2 * variance * sigma)) - (g1 * g2));
            hss += a * ((((3 * sumTz) - sumTz3) / (4 * variance * variance)) - (g2 * g2));
        }
        return new Joint(value, gm, gs, hmm, hms, hss);
    }

    /// <summary>Σ a_i·ℓ_i at (μ, tau²), adding −∂²/∂μ² to <paramref name="information"/>.</summary>
    private static double LogLikelihood(ReadOnlySpan<Observation> observations, ReadOnlySpan<double> weights, double mean, double tau2, ref double information)
    {
        var total = 0.0;
        for (var i = 0; i < observations.Length; i++)
        {
            var a = weights.IsEmpty ? 1.0 : weights[i];
            if (a == 0)
            {
                continue;
            }
            var term = ObservationTerm(observations[i], mean, tau2);
            total += a * term.LogLikelihood;
            information -= a * term.Second;
        }
        return total;
    }

    /// <summary>One observation's log-likelihood and its first and second derivatives in μ.</summary>
    private static (double LogLikelihood, double First, double Second) ObservationTerm(in Observation o, double mean, double tau2)
    {
        var variance = o.Variance + tau2;
        if (o.IsPoint)
        {
            var r = o.Lower - mean;
            return ((-0.5 * r * r / variance) - (0.5 * Math.Log(variance)) - LogSqrtTwoPi, r / variance, -1.0 / variance);
        }
        var sigma = Math.Sqrt(variance);
        var za = (o.Lower - mean) / sigma;
        var zb = (o.Upper - mean) / sigma;
        var logP = LogNormalProbability(za, zb);
        // Ratios φ(z)/P, computed on the log scale so that far tails do not underflow.
        var tb = double.IsFinite(zb) ? Math.Exp(LogNormalDensity(zb) - logP) : 0.0;
        var ta = double.IsFinite(za) ? Math.Exp(LogNormalDensity(za) - logP) : 0.0;
        var ratio = tb - ta;
        var slope = (double.IsFinite(zb) ? zb * tb : 0.0) - (double.IsFinite(za) ? za * ta : 0.0);
        return (logP, -ratio / sigma, -(slope + (ratio * ratio)) / variance);
    }

    private const double LogSqrtTwoPi = 0.91893853320467274178;

    private static double LogNormalDensity(double z) => (-0.5 * z * z) - LogSqrtTwoPi;

    /// <summary>log Φ(z), accurate far into the lower tail.</summary>
    internal static double LogNormalCdf(double z)
    {
        if (double.IsInfinity(z))
        {
            return z > 0 ? 0.0 : double.NegativeInfinity;
        }
        if (z > -30.0)
        {
            return Math.Log(0.5 * SpecialFunctions.Erfc(-z / Constants.Sqrt2));
        }
        // Mills ratio asymptotics (Abramowitz & Stegun 26.2.12): Φ(z) ≈ φ(z)/|z|·(1 − 1/z² + 3/z⁴ − 15/z⁶).
        var z2 = z * z;
        return LogNormalDensity(z) - Math.Log(-z) + Math.Log(1.0 - (1.0 / z2) + (3.0 / (z2 * z2)) - (15.0 / (z2 * z2 * z2)));
    }

    /// <summary>log(Φ(zb) − Φ(za)) for za &lt; zb (either may be infinite), computed in the smaller tail.</summary>
    internal static double LogNormalProbability(double za, double zb)
    {
        if (za > 0.0)
        {
            // Both in the upper tail: Φ(−za) − Φ(−zb).
            var big = LogNormalCdf(-za);
            return big + Math.Log(-ExpM1(LogNormalCdf(-zb) - big));
        }
        if (zb < 0.0)
        {
            var big = LogNormalCdf(zb);
            return big + Math.Log(-ExpM1(LogNormalCdf(za) - big));
        }
        // The interval straddles 0: 1 − Φ(za) − Φ(−zb), neither term close to 1.
        var below = double.IsNegativeInfinity(za) ? 0.0 : Math.Exp(LogNormalCdf(za));
        var above = double.IsPositiveInfinity(zb) ? 0.0 : Math.Exp(LogNormalCdf(-zb));
        return Log1P(-(below + above));
    }

    /// <summary>e^x − 1 without cancellation for small x (Kahan's correction; .NET's double.ExpM1 is exp(x) − 1).</summary>
    private static double ExpM1(double x)
    {
        var u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }
        var um1 = u - 1.0;
        return um1 == -1.0 ? -1.0 : um1 * x / Math.Log(u);
    }

    /// <summary>log(1 + x) without cancellation for small x (Kahan's correction).</summary>
    private static double Log1P(double x)
    {
        var u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>The μ that maximises the (weighted) log-likelihood at a fixed tau²: Newton with step halving.</summary>
    private static double MaximiseMean(ReadOnlySpan<Observation> observations, ReadOnlySpan<double> weights, double tau2, double start, double scale, out double logLikelihood)
    {
        var mean = start;
        var current = Derivatives(observations, weights, mean, tau2);
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var step = current.Second < 0 ? -current.First / current.Second : Math.Sign(current.First) * scale;
            var next = current;
            var trial = mean;
            for (var halving = 0; halving < 60; halving++)
            {
                trial = mean + step;
                next = Derivatives(observations, weights, trial, tau2);
                if (next.Value >= current.Value - (1e-14 * Math.Abs(current.Value)))
                {
                    break;
                }
                step *= 0.5;
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

    private static (double Value, double First, double Second) Derivatives(ReadOnlySpan<Observation> observations, ReadOnlySpan<double> weights, double mean, double tau2)
    {
        double value = 0, first = 0, second = 0;
        for (var i = 0; i < observations.Length; i++)
        {
            var a = weights.IsEmpty ? 1.0 : weights[i];
            if (a == 0)
            {
                continue;
            }
            var term = ObservationTerm(observations[i], mean, tau2);
            value += a * term.LogLikelihood;
            first += a * term.First;
            second += a * term.Second;
        }
        return (value, first, second);
    }

    /// <summary>The negative profile log-likelihood in tau = √tau², for the one-dimensional minimiser.</summary>
    private ref struct CensoredProfile
    {
        private readonly ReadOnlySpan<Observation> _observations;
        private readonly ReadOnlySpan<double> _weights;
        private readonly double _scale;
        private double _start;

        public CensoredProfile(ReadOnlySpan<Observation> observations, ReadOnlySpan<double> weights, double start, double scale)
        {
            _observations = observations;
            _weights = weights;
            _start = start;
            _scale = scale;
            Evaluations = 0;
        }

        public int Evaluations { get; private set; }

        public double Evaluate(double tau)
        {
            Evaluations++;
            // Starting from the last maximiser keeps the inner Newton search short.
            _start = MaximiseMean(_observations, _weights, tau * tau, _start, _scale, out var logLikelihood);
            return -logLikelihood;
        }
    }

    /// <summary>
    /// Brent's (1973) minimisation without derivatives on [a, b]: golden-section steps, parabolic interpolation when it
    /// behaves, stopping when the bracket is within 2·(√ε·|x| + <paramref name="tolerance"/>/3) of the best point.
    /// </summary>
    private static double BrentMinimise(ref CensoredProfile f, double a, double b, double tolerance, int maxIterations, out bool converged)
    {
        const double golden = 0.3819660112501051; // (3 − √5)/2
        var sqrtEpsilon = Math.Sqrt(2.220446049250313e-16);
        var x = a + (golden * (b - a));
        double w = x, v = x;
        var fx = f.Evaluate(x);
        double fw = fx, fv = fx;
        double d = 0.0, e = 0.0;
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var middle = 0.5 * (a + b);
            var tol1 = (sqrtEpsilon * Math.Abs(x)) + (tolerance / 3.0);
            var tol2 = 2.0 * tol1;
            if (Math.Abs(x - middle) <= tol2 - (0.5 * (b - a)))
            {
                converged = true;
                return x;
            }
            var useGolden = true;
            if (Math.Abs(e) > tol1)
            {
                var r = (x - w) * (fx - fv);
                var q = (x - v) * (fx - fw);
                var p = ((x - v) * q) - ((x - w) * r);
                q = 2.0 * (q - r);
                if (q > 0)
                {
                    p = -p;
                }
                q = Math.Abs(q);
                var previous = e;
                e = d;
                if (Math.Abs(p) < Math.Abs(0.5 * q * previous) && p > q * (a - x) && p < q * (b - x))
                {
                    d = p / q;
                    var u0 = x + d;
                    if (u0 - a < tol2 || b - u0 < tol2)
                    {
                        d = x < middle ? tol1 : -tol1;
                    }
                    useGolden = false;
                }
            }
            if (useGolden)
            {
                e = (x < middle ? b : a) - x;
                d = golden * e;
            }
            var u = Math.Abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1);
            var fu = f.Evaluate(u);
            if (fu <= fx)
            {
                if (u < x)
                {
                    b = x;
                }
                else
                {
                    a = x;
                }
                v = w;
                fv = fw;
                w = x;
                fw = fx;
                x = u;
                fx = fu;
            }
            else
            {
                if (u < x)
                {
                    a = u;
                }
                else
                {
                    b = u;
                }
                if (fu <= fw || w == x)
                {
                    v = w;
                    fv = fw;
                    w = u;
                    fw = fu;
                }
                else if (fu <= fv || v == x || v == w)
                {
                    v = u;
                    fv = fu;
                }
            }
        }
        converged = false;
        return x;
    }
}
