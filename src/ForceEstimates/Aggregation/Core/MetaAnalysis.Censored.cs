using System;
using System.Buffers;
using System.Globalization;

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
    /// or observations that leave the mean unbounded (for example only "more than" claims); or observations with no fit
    /// in double precision, by the same limits as <see cref="Fit"/> (values and bounds more than about 1e144 or about 1e96
    /// standard errors apart, variances above about 1e289 or more than a factor of about 1e192 apart). Other magnitudes
    /// are fitted scaled by a power of two, so the result never holds NaN or an infinity.</exception>
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
            var information = a == 0 ? 0.0 : -a * CensoredLikelihood.ObservationTerm(observations[i], fit.Mean, fit.TauSquared).Second;
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
        if (CensoredScaleExponent(observations, out var shift) is int exponent)
        {
            var scaled = ArrayPool<Observation>.Shared.Rent(observations.Length);
            try
            {
                for (var i = 0; i < observations.Length; i++)
                {
                    scaled[i] = observations[i].Scaled(shift, exponent);
                }
                var fit = FitCensoredGuarded(scaled.AsSpan(0, observations.Length), weights, method, jointNewton);
                return Unscale(fit, shift, exponent, nameof(observations));
            }
            finally
            {
                ArrayPool<Observation>.Shared.Return(scaled);
            }
        }
        return CheckRepresentable(FitCensoredGuarded(observations, weights, method, jointNewton), nameof(observations));
    }

    /// <summary>
    /// The plain fit; a maximum that came out NaN (bounds thousands of standard errors on the wrong side of the points,
    /// found by the fuzz tests) is the caller's data the likelihood cannot weigh in double precision, and said so.
    /// </summary>
    private static MetaAnalysisResult FitCensoredGuarded(ReadOnlySpan<Observation> observations, ReadOnlySpan<double> weights, TauSquaredMethod method, bool jointNewton)
    {
        try
        {
            return FitCensoredPlain(observations, weights, method, jointNewton);
        }
        catch (ArgumentException e) when (e.ParamName is "lower" or "upper")
        {
            throw new ArgumentException(
                "Expected observations whose likelihood has a finite maximum in double precision, but it had none (bounds that contradict the points by thousands of standard errors).",
                nameof(observations), e);
        }
    }

    /// <summary>
    /// The power of two to scale censored observations by (about a shift, their first finite value), or null when their
    /// magnitudes are safe as they are; rejects observations that have no fit in double precision, as <see cref="Fit"/> does.
    /// </summary>
    private static int? CensoredScaleExponent(ReadOnlySpan<Observation> observations, out double shift)
    {
        shift = double.IsFinite(observations[0].Lower) ? observations[0].Lower : observations[0].Upper;
        double spread = 0, smallest = double.PositiveInfinity, largest = 0;
        int farthest = 0, smallestAt = 0, largestAt = 0;
        for (var i = 0; i < observations.Length; i++)
        {
            var o = observations[i];
            var d = Math.Max(
                double.IsFinite(o.Lower) ? Math.Abs(o.Lower - shift) : 0.0,
                double.IsFinite(o.Upper) ? Math.Abs(o.Upper - shift) : 0.0);
            if (!(d <= spread))
            {
                spread = d;
                farthest = i;
            }
            if (o.Variance < smallest)
            {
                smallest = o.Variance;
                smallestAt = i;
            }
            if (o.Variance > largest)
            {
                largest = o.Variance;
                largestAt = i;
            }
        }
        if (smallest >= SmallestPlainVariance && largest <= LargestPlainVariance && spread * spread <= LargestPlainSquaredSpread)
        {
            return null;
        }
        return ScaleExponent(
            spread, smallest, largest,
            string.Create(CultureInfo.InvariantCulture, $"observations[{farthest}] ({observations[farthest]}) and observations[0] ({observations[0]})"),
            string.Create(CultureInfo.InvariantCulture, $"observations[{smallestAt}] has variance {smallest:G6}"),
            string.Create(CultureInfo.InvariantCulture, $"observations[{largestAt}] has variance {largest:G6}"),
            nameof(observations), nameof(observations));
    }

    /// <summary>The censored fit of valid observations whose magnitudes are safe.</summary>
    private static MetaAnalysisResult FitCensoredPlain(
        ReadOnlySpan<Observation> observations,
        ReadOnlySpan<double> weights,
        TauSquaredMethod method,
        bool jointNewton)
    {
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
            mean = CensoredOptimiser.MaximiseMean(observations, weights, 0.0, start, scale, out _);
            evaluations = 1;
        }
        else if (jointNewton && CensoredOptimiser.JointNewton(observations, weights, start, scale, maxVariance, out mean, out tau2, out evaluations, out truncated))
        {
            // Converged: the joint Newton search is the fast path.
        }
        else
        {
            // The joint search did not settle: profile the likelihood over tau instead (slower, but safe).
            var settled = CensoredOptimiser.ProfileSearch(observations, weights, start, scale, out mean, out tau2, out var profiled, out truncated);
            evaluations += profiled;
            if (!settled)
            {
                status = MetaAnalysisStatus.DidNotConverge;
            }
        }

        var information = 0.0;
        CensoredLikelihood.LogLikelihood(observations, weights, mean, tau2, ref information);

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
                i2 = points >= 2 && q > 0 ? Math.Clamp(100.0 * (q - df) / q, 0.0, 100.0) : 0.0;
                h2 = points >= 2 ? q / df : 1.0;
            }
            else
            {
                i2 = Math.Min(100.0, 100.0 * tau2 / (typical + tau2));
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
}
