using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ForceEstimates.Solvers;
using MathNet.Numerics;

namespace ForceEstimates.Aggregation;

/// <summary>
/// The posterior behind <see cref="MetaAnalysis.FitNoiseScale"/>. Observation i's value is y_i ~ N(μ, s²·v_i), v_i its
/// variance at the floor; a point observes y_i, an interval says y_i lies in it (a rounding bin, a hedge's plausible
/// range, a stated range). μ has a flat prior, t = log s the <see cref="NoiseScalePrior"/>.
/// </summary>
/// <remarks>
/// <para>An interval no wider than 2·Lowest·√v_i (narrow against the least noise the prior allows) is taken as a point
/// at its middle with the variance of a uniform over it, r_i = w²/12, added and not scaled (Sheppard's correction);
/// the likelihood of such a point differs from the interval's by far less than the posterior's spread.</para>
/// <para>With only points, μ is integrated analytically: given s, μ ~ N(μ̂(s), 1/W(s)) with W(s) = Σ 1/(s²v_i + r_i),
/// and the marginal likelihood of s is Π(s²v_i + r_i)^(−1/2)·W(s)^(−1/2)·exp(−Q(s)/2), the restricted likelihood.
/// When every r_i is below a thousandth of Lowest²·v_i (figures of four or more significant digits), rounding is left
/// out and the log posterior of t is prior(t) − (k − 1)·t − Q·e^(−2t)/2 from one pass over the data; μ given s is then
/// centred on the same mean for every s and the intervals are symmetric. t is integrated by the trapezoidal rule on
/// nodes 0.75/√(2(k − 1)) apart (three quarters of the posterior's spread at its mode) from its mode, found by Newton's
/// method on its slope, out to where it has fallen by e^−16 (the mass beyond moves an interval end by less than 1e-6 on
/// the log scale): on a smooth density that dies away at both ends this is exact far below the quantiles' tolerance (a
/// fixed 12-point Gauss–Legendre rule over that support missed the peak with many reports and the tail with a wide
/// prior).</para>
/// <para>Points and wide intervals: at each node of t, μ given t by Laplace's method while the intervals carry at most
/// a fifth of the information about μ (a two-sided interval counted at no less than the precision of a uniform over it
/// with its noise, 1/(w²/12 + s²v_i): inside a bin much wider than its noise the curvature is next to nothing, though
/// the bin pins μ down). Otherwise, or with no points, the posterior of t is placed by Laplace's method
/// at 24 nodes, then integrated on uniform nodes of t (16 to 64, spaced as above), each with μ given t on 96 cells of
/// its own support (from its mode out to where its density has fallen by e^−20); the points enter each node through
/// their sums, so a cell costs one probability per wide interval. μ's quantiles solve the mixture's distribution
/// function, linear within each node's cells. (One μ grid for every t was as coarse as the widest conditional: a point
/// with three wide intervals had its median 0.03 off a brute-force integration, a seventh of the interval's width.)</para>
/// <para>Every source's range overlapping one stretch (all wrote the same rounded figure) widens both intervals to hold
/// it; reports further apart than the prior's largest noise explains (the noise multiple's posterior median above
/// Highest) widen both to hold every report's range. An interval whose ends come out of order (figures near the end of double's range) falls back to the envelope of
/// the reports' ranges widened by their normal quantile at the floor.</para>
/// <para>Quantiles of the normal mixtures (μ given t, over the nodes) are found by Halley's method kept inside a
/// bracket, from the quantile of the Student t of the mixture's kurtosis with Cornish–Fisher's skewness terms (for an
/// interval's second end, and for a prediction end, that start corrected by what the first end, or the confidence end
/// at the same probability, missed by), to about 1e-9 of the mixture's spread, with Φ from Abramowitz and Stegun's formula 7.1.26 (absolute error below
/// 1.5e-7, which moves a 95% end by less than 1e-5 of a standard deviation).</para>
/// <para>Edges: one observation gives its own interval at the floor (s = 1). When no observation bounds μ from below
/// (every one is "up to" a value, as a count of 0 is "below half a unit" on the log scale), the estimate and the lower
/// ends are −∞ and the upper end is the least upper bound plus its normal quantile at the floor; likewise above.</para>
/// </remarks>
// [SkipLocalsInit] on the fits below: their scratch lives on the stack and every element is written before it is read,
// and zeroing it first (about 4 KB a fit, 32 KB on the joint grid) cost more than a few percent of aggregating thousands
// of quantities.
internal static class NoiseScaleFit
{
    private const int MaxNodes = 160;
    private const int GridNodes = 24;
    private const int GridFineNodes = 16;
    private const int GridMaxNodes = 64;
    private const int FineMu = 96;
    private const double Support = 20;

    // The nodes of t reach out to where its posterior has fallen by e^−NodeSupport: the nodes from e^−16 down to e^−20 were
    // a tenth of them and moved no interval end by more than 3e-7 on the log scale (a wide prior, two or three reports).
    private const double NodeSupport = 16;
    private const double GridSupport = 30;
    private const double Sqrt2 = 1.4142135623730951;
    private const double Z975 = MetaAnalysisResult.Z975;

    // Rounding this small against the least noise the prior allows moves no interval end by a visible amount.
    private const double NegligibleRounding = 1e-3;

    // Laplace's method for μ given t is kept while the wide intervals give at most this share of the information.
    private const double MinorIntervals = 0.2;

    internal static NoiseScaleResult Fit(ReadOnlySpan<Observation> observations, NoiseScalePrior prior, double level)
        => Fit(observations, prior, level, IntervalQuantile(level));

    /// <summary>The standard normal quantile of a central interval at <paramref name="level"/>: the same for every fit at that level.</summary>
    internal static double IntervalQuantile(double level) => level == 0.95 ? Z975 : StandardNormal.Quantile(0.5 + (level / 2));

    /// <summary>
    /// A move of the centre for heavy tails larger than this many standard errors is notable: the aggregate says so
    /// (<see cref="AggregateNoteKind.HeavyTailCentre"/>, when some report disagrees), and the fit looks for the reports
    /// that agree to judge the readings against their noise (<see cref="AgreeingNoiseScale"/>).
    /// </summary>
    internal const double NotableShift = 0.25;

    /// <summary>
    /// <paramref name="fit"/> (under normal errors) with its centre and both intervals moved by <see cref="TailShift"/>
    /// when <see cref="NoiseScalePrior.ErrorTails"/> is finite and there are three or more observations; otherwise as it is.
    /// The t weights judge the readings against the fit's noise multiple; where that moves the centre by more than
    /// <see cref="NotableShift"/> standard errors, against <see cref="AgreeingNoiseScale"/> instead, and where that is
    /// smaller than the fit's, each interval also reaches as far as it would have moved with the t centre at the fit's own
    /// noise multiple.
    /// </summary>
    private static NoiseScaleResult WithTails(
        ReadOnlySpan<Observation> observations, NoiseScalePrior prior, in NoiseScaleResult fit, double z,
        Span<double> residuals, Span<bool> flagged, ref bool disagreementFound)
    {
        if (observations.Length < 3 || !double.IsFinite(prior.ErrorTails) || !(fit.ConfidenceInterval.Level > 0)
            || !double.IsFinite(fit.NoiseScale) || !(fit.NoiseScale > 0) || !double.IsFinite(fit.Median))
        {
            return fit;
        }
        double wholeShift = TailShift(observations, prior.ErrorTails, fit.NoiseScale, fit.NoiseScale);
        if (!double.IsFinite(wholeShift))
        {
            return fit;
        }
        // A far figure moves the t centre (by more than NotableShift standard errors, the rule of the aggregate's note);
        // only then are the reports that agree looked for, and the readings judged against their noise when it is smaller.
        double shift = wholeShift, tailScale = fit.NoiseScale;
        if (Math.Abs(wholeShift) > NotableShift * fit.StandardErrorWith(z))
        {
            double agreeing = AgreeingNoiseScale(observations, prior, fit.NoiseScale, residuals, flagged, ref disagreementFound);
            double agreeingShift = agreeing < fit.NoiseScale ? TailShift(observations, prior.ErrorTails, agreeing, fit.NoiseScale) : double.NaN;
            if (double.IsFinite(agreeingShift))
            {
                (shift, tailScale) = (agreeingShift, agreeing);
            }
        }
        if (shift == 0 && wholeShift == 0)
        {
            return fit;
        }
        // Judged against the agreeing reports' smaller noise, the far ones count for less than against the whole fit's:
        // the intervals hold the centre either way gives (each moved with its centre), so an honest figure taken for a
        // far one moves the value but never leaves the interval narrower on its side than the whole fit's t centre had it.
        double low = Math.Min(shift, wholeShift), high = Math.Max(shift, wholeShift);
        var ci = fit.ConfidenceInterval;
        var pi = fit.PredictionInterval;
        return new NoiseScaleResult(
            fit.Median + shift,
            new EstimateInterval(ci.Lower + low, ci.Upper + high, ci.Level),
            new EstimateInterval(pi.Lower + low, pi.Upper + high, pi.Level),
            fit.NoiseScale, fit.Count, fit.Status, shift, tailScale);
    }

    /// <summary>
    /// How far the centre moves under Student's t errors on <paramref name="nu"/> degrees of freedom
    /// (<see cref="NoiseScalePrior.ErrorTails"/>): the t centre of the two-sided readings, at the noise multiple
    /// <paramref name="s"/> (<see cref="AgreeingNoiseScale"/>), minus their weighted mean at the fitted noise multiple
    /// <paramref name="fitted"/> (the normal fit's centre). Each reading is its range's middle with variance s²·v (noise)
    /// plus w²/12 (its digits' rounding, w its width); its t weight comes from how far its range lies from the centre
    /// in units of the t scale of its noise, so a figure whose rounding bin reaches the centre is not weighed down.
    /// 0 with fewer than three two-sided readings. The iteration starts at the weighted mean and stops when a step is
    /// below 1e-4 of the typical noise's standard deviation (at most 30 steps).
    /// </summary>
    // Scratch written before it is read: see the note on SkipLocalsInit above the class.
    [SkipLocalsInit]
    private static double TailShift(ReadOnlySpan<Observation> observations, double nu, double s, double fitted)
    {
        int k = observations.Length;
        Span<double> buffer = k <= 64 ? stackalloc double[4 * 64] : new double[4 * k];
        var x = buffer.Slice(0, k);
        var noise = buffer.Slice(k, k);
        var rounding = buffer.Slice(2 * k, k);
        var halfWidth = buffer.Slice(3 * k, k);
        int n = 0;
        double s2 = s * s, fitted2 = fitted * fitted, sumP = 0, sumPx = 0, sumNoise = 0;
        foreach (var o in observations)
        {
            if (!double.IsFinite(o.Lower) || !double.IsFinite(o.Upper))
            {
                continue;
            }
            double width = o.Upper - o.Lower;
            x[n] = 0.5 * (o.Lower + o.Upper);
            noise[n] = s2 * o.Variance;
            rounding[n] = width * width / 12;
            halfWidth[n] = 0.5 * width;
            double p = 1 / ((fitted2 * o.Variance) + rounding[n]);
            sumP += p;
            sumPx += p * x[n];
            sumNoise += noise[n];
            n++;
        }
        if (n < 3)
        {
            return 0;
        }
        double mean = sumPx / sumP;
        double inverseScale = TailInverseScale(nu);
        // With the t weight w = (ν + 1)/(ν + d²), d² = e²·inverseScale/f (f the noise's variance, r the rounding's), a
        // reading's precision w/(f + w·r) is (ν + 1)/(ν·f + (ν + 1)·r + e²·inverseScale). The constant ν + 1 leaves the
        // weighted mean as it is, so the steps keep ν·f + (ν + 1)·r (in rounding's place) and divide once per reading.
        var fixedPart = rounding;
        for (int i = 0; i < n; i++)
        {
            fixedPart[i] = (nu * noise[i]) + ((nu + 1) * rounding[i]);
        }
        double tolerance = 1e-4 * Math.Sqrt(sumNoise / n);
        double mu = mean;
        for (int step = 0; step < 30; step++)
        {
            // The weight scales the noise only: a reading's rounding stays what its digits say.
            int i = 0;
            double sw = 0, swx = 0;
            if (Vector256.IsHardwareAccelerated && n >= 4)
            {
                var centre = Vector256.Create(mu);
                var scale = Vector256.Create(inverseScale);
                Vector256<double> vsw = Vector256<double>.Zero, vswx = Vector256<double>.Zero;
                for (; i + 4 <= n; i += 4)
                {
                    var xi = Vector256.Create(x.Slice(i, 4));
                    var e = Vector256.Max(Vector256<double>.Zero, Vector256.Abs(xi - centre) - Vector256.Create(halfWidth.Slice(i, 4)));
                    var p = Vector256<double>.One / (Vector256.Create(fixedPart.Slice(i, 4)) + (e * e * scale));
                    vsw += p;
                    vswx += p * xi;
                }
                sw = Vector256.Sum(vsw);
                swx = Vector256.Sum(vswx);
            }
            for (; i < n; i++)
            {
                double e = Math.Max(0, Math.Abs(x[i] - mu) - halfWidth[i]);
                double p = 1 / (fixedPart[i] + (e * e * inverseScale));
                sw += p;
                swx += p * x[i];
            }
            double next = swx / sw;
            bool done = Math.Abs(next - mu) <= tolerance;
            mu = next;
            if (done)
            {
                break;
            }
        }
        return mu - mean;
    }

    /// <summary>
    /// The fit, with <paramref name="z"/> the level's <see cref="IntervalQuantile"/> (a batch of fits at one level finds it
    /// once): under normal errors, its centre then moved for heavy tails (<see cref="WithTails"/>), never narrower than
    /// the digits or the disagreement allow.
    /// </summary>
    internal static NoiseScaleResult Fit(ReadOnlySpan<Observation> observations, NoiseScalePrior prior, double level, double z)
        => Fit(observations, prior, level, z, default, default, out _);

    /// <summary>
    /// The fit, as <see cref="Fit(ReadOnlySpan{Observation}, NoiseScalePrior, double, double)"/>; when the heavy-tailed
    /// centre looked for the reports that agree (<see cref="AgreeingNoiseScale"/>) and <paramref name="residuals"/> and
    /// <paramref name="flagged"/> are as long as the observations, the disagreement test's residuals and flags are left in
    /// them and <paramref name="disagreementFound"/> is true: an aggregate that explains itself needs the same test at the
    /// same threshold, and need not run it again.
    /// </summary>
    internal static NoiseScaleResult Fit(
        ReadOnlySpan<Observation> observations, NoiseScalePrior prior, double level, double z,
        Span<double> residuals, Span<bool> flagged, out bool disagreementFound)
    {
        disagreementFound = false;
        int k = observations.Length;
        double narrow = 2 * prior.Lowest;
        bool allPoints = true, boundedBelow = false, boundedAbove = false;
        double typicalVariance = 0, typicalRounding = 0;
        foreach (var o in observations)
        {
            typicalVariance += o.Variance / k;
            if (AsPoint(o, narrow, out _, out double r))
            {
                typicalRounding += r / k;
                boundedBelow = boundedAbove = true;
                continue;
            }
            allPoints = false;
            boundedBelow |= double.IsFinite(o.Lower);
            boundedAbove |= double.IsFinite(o.Upper);
            double w = o.Upper - o.Lower;
            typicalRounding += double.IsFinite(w) ? w * w / 12 / k : 0;
        }
        if (k == 1)
        {
            return Single(observations[0], narrow, level, z);
        }
        if (!boundedBelow || !boundedAbove)
        {
            return OneSided(observations, boundedBelow, level, z);
        }
        var fit = allPoints
            ? Points(observations, narrow, prior, level, z, typicalVariance, typicalRounding)
            : Mixed(observations, narrow, prior, level, z, typicalVariance, typicalRounding);
        var tailed = WithTails(observations, prior, fit, z, residuals, flagged, ref disagreementFound);
        return NoNarrowerThanTheDisagreement(observations, prior, NoNarrowerThanTheDigits(observations, tailed));
    }

    /// <summary>
    /// The noise multiple the Student's t weights judge each reading against: the fit's, unless the disagreement test
    /// (<see cref="Disagreement"/>, at its default threshold) finds reports that disagree with the rest; then the noise
    /// multiple the reports that agree imply (the test's own moment estimate, rounding credited, within the prior's
    /// range; with five agreeing reports or fewer, its posterior median under the prior), when that is smaller. A far figure inflates the noise multiple of the fit it is in, and so is judged
    /// against a spread it made itself (masking: "about 10,000" from four sources and "100,000" from a fifth would
    /// otherwise keep the fifth's weight). The readings themselves all stay in the t centre, which weighs each by how far
    /// it lies. The moment estimate is low where bins are as coarse as the noise; <see cref="WithTails"/> therefore keeps
    /// the interval reaching where the whole fit's noise would have put the centre. (A second censored fit to the agreeing
    /// reports gave the same study figures, but made report-level aggregation 12–15% slower where this makes it 5–7%.)
    /// The test's residuals and flags are left in <paramref name="residuals"/> and <paramref name="flagged"/> when they are
    /// as long as the observations (<paramref name="disagreementFound"/> then true), for the aggregate's explanation.
    /// </summary>
    // Scratch written before it is read: see the note on SkipLocalsInit above the class.
    [SkipLocalsInit]
    private static double AgreeingNoiseScale(
        ReadOnlySpan<Observation> observations, NoiseScalePrior prior, double noiseScale,
        Span<double> residuals, Span<bool> flagged, ref bool disagreementFound)
    {
        int k = observations.Length;
        // The caller's spans keep the test's result (see Fit); otherwise scratch of its own.
        disagreementFound = residuals.Length == k && flagged.Length == k;
        Span<double> testResiduals = disagreementFound ? residuals : k <= 64 ? stackalloc double[k] : new double[k];
        Span<bool> testFlags = disagreementFound ? flagged : k <= 64 ? stackalloc bool[k] : new bool[k];
        double agreeing2 = Disagreement.Find(observations, prior, fixedScale: false, Disagreement.DefaultThreshold, testResiduals, testFlags);
        bool any = testFlags.Contains(true);
        double agreeing = Math.Sqrt(agreeing2);
        return any && agreeing > 0 && agreeing < noiseScale ? agreeing : noiseScale;
    }

    /// <summary>
    /// When the reports disagree by more than the largest noise the prior allows (the noise multiple's posterior median
    /// beyond <see cref="NoiseScalePrior.Highest"/>: "about 100" and "about 1e300"), the prior's assumption has failed
    /// and the interval it bounds would hold none of them: both intervals are widened to hold every report's range,
    /// so the answer says how little the reports pin the value down instead of a confident value between them.
    /// </summary>
    private static NoiseScaleResult NoNarrowerThanTheDisagreement(ReadOnlySpan<Observation> observations, NoiseScalePrior prior, in NoiseScaleResult fit)
    {
        if (!(fit.NoiseScale > prior.Highest) || !(fit.ConfidenceInterval.Level > 0) || !(fit.PredictionInterval.Level > 0))
        {
            return fit;
        }
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        foreach (var o in observations)
        {
            low = Math.Min(low, double.IsFinite(o.Lower) ? o.Lower : o.Upper);
            high = Math.Max(high, double.IsFinite(o.Upper) ? o.Upper : o.Lower);
        }
        var ci = fit.ConfidenceInterval;
        var pi = fit.PredictionInterval;
        return new NoiseScaleResult(
            fit.Median,
            new EstimateInterval(Math.Min(ci.Lower, low), Math.Max(ci.Upper, high), ci.Level),
            new EstimateInterval(Math.Min(pi.Lower, low), Math.Max(pi.Upper, high), pi.Level),
            fit.NoiseScale, fit.Count, fit.Status, fit.CentreShift, fit.TailScale);
    }

    /// <summary>
    /// When every report's range overlaps one stretch (every source wrote the same rounded figure, or bounds that
    /// agree), the value may be anywhere in it as far as the digits say: the confidence and prediction intervals
    /// are widened to hold that stretch. Learning a small noise from identical figures would otherwise put the
    /// interval inside the rounding bin.
    /// </summary>
    private static NoiseScaleResult NoNarrowerThanTheDigits(ReadOnlySpan<Observation> observations, in NoiseScaleResult fit)
    {
        if (!(fit.ConfidenceInterval.Level > 0) || !(fit.PredictionInterval.Level > 0) || double.IsNaN(fit.Median))
        {
            return Envelope(observations, fit);
        }
        double low = double.NegativeInfinity, high = double.PositiveInfinity;
        foreach (var o in observations)
        {
            low = Math.Max(low, o.Lower);
            high = Math.Min(high, o.Upper);
        }
        if (!(high > low) || !double.IsFinite(low) || !double.IsFinite(high))
        {
            return fit;
        }
        var ci = fit.ConfidenceInterval;
        var pi = fit.PredictionInterval;
        return new NoiseScaleResult(
            Math.Clamp(fit.Median, low, high),
            new EstimateInterval(Math.Min(ci.Lower, low), Math.Max(ci.Upper, high), ci.Level),
            new EstimateInterval(Math.Min(pi.Lower, low), Math.Max(pi.Upper, high), pi.Level),
            fit.NoiseScale, fit.Count, fit.Status, fit.CentreShift, fit.TailScale);
    }

    /// <summary>
    /// Each observation's information about μ at the fit (its median, noise multiple s): 1/(s²v + r) for a point,
    /// −∂²/∂μ² of its log-probability for an interval; 1/(s²v) each when the median is not finite (an open interval).
    /// Where the centre moved for heavy tails (<see cref="NoiseScaleResult.CentreShift"/> not 0), each two-sided reading's
    /// is then multiplied by its Student's t weight at the centre (<see cref="TailWeights"/>), so that the weights are
    /// those the centre was found with.
    /// </summary>
    internal static void Information(ReadOnlySpan<Observation> observations, in NoiseScaleResult fit, NoiseScalePrior prior, Span<double> information)
    {
        NormalInformation(observations, fit, prior, information);
        if (fit.CentreShift != 0 && double.IsFinite(fit.Median) && double.IsFinite(prior.ErrorTails))
        {
            TailWeights(observations, fit, prior.ErrorTails, information);
        }
    }

    /// <summary>
    /// Multiplies each two-sided reading's information by the ratio of its precision under Student's t errors on
    /// <paramref name="nu"/> degrees of freedom at the fit's centre to its precision under normal errors, as
    /// <see cref="TailShift"/> weighs it: (ν + 1)(f + r)/(ν·f′ + (ν + 1)·r + e²·ν/(ν − 2)), f = s²v its noise at the fit's
    /// noise multiple, f′ its noise at the multiple the t weights judged it against (<see cref="NoiseScaleResult.TailScale"/>),
    /// r = w²/12 its rounding, e how far its range lies from the centre. For readings that are all points the information is then
    /// exactly the precision the t centre is the weighted mean under, so the shares reproduce the centre. One-sided
    /// readings, which the t centre leaves out, keep theirs.
    /// </summary>
    private static void TailWeights(ReadOnlySpan<Observation> observations, in NoiseScaleResult fit, double nu, Span<double> information)
    {
        double s2 = fit.NoiseScale * fit.NoiseScale, tail2 = fit.TailScale * fit.TailScale, mu = fit.Median, inverseScale = TailInverseScale(nu);
        for (int i = 0; i < observations.Length; i++)
        {
            var o = observations[i];
            if (!double.IsFinite(o.Lower) || !double.IsFinite(o.Upper))
            {
                continue;
            }
            double width = o.Upper - o.Lower;
            double noise = s2 * o.Variance, tailNoise = tail2 * o.Variance, rounding = width * width / 12;
            double e = Math.Max(0, Math.Abs((0.5 * (o.Lower + o.Upper)) - mu) - (0.5 * width));
            information[i] *= (nu + 1) * (noise + rounding) / ((nu * tailNoise) + ((nu + 1) * rounding) + (e * e * inverseScale));
        }
    }

    /// <summary>
    /// Student's t on <paramref name="nu"/> degrees of freedom with scale τ has variance τ²·ν/(ν − 2): a variance over this
    /// factor is the scale's square (for ν ≤ 2, where the variance is infinite, a factor of 4).
    /// </summary>
    private static double TailInverseScale(double nu) => nu > 2 ? nu / (nu - 2) : 4;

    /// <summary><see cref="Information"/> under normal errors.</summary>
    private static void NormalInformation(ReadOnlySpan<Observation> observations, in NoiseScaleResult fit, NoiseScalePrior prior, Span<double> information)
    {
        double narrow = 2 * prior.Lowest, s2 = fit.NoiseScale * fit.NoiseScale;
        for (int i = 0; i < observations.Length; i++)
        {
            var o = observations[i];
            double v = s2 * o.Variance;
            if (AsPoint(o, narrow, out _, out double r))
            {
                information[i] = 1 / (v + r);
            }
            else if (!double.IsFinite(fit.Median))
            {
                information[i] = 1 / v;
            }
            else
            {
                var scaled = double.IsNegativeInfinity(o.Lower) ? Observation.AtMost(o.Upper, v)
                    : double.IsPositiveInfinity(o.Upper) ? Observation.AtLeast(o.Lower, v)
                    : Observation.Between(o.Lower, o.Upper, v);
                information[i] = Math.Max(0, -CensoredLikelihood.ObservationTerm(scaled, fit.Median, 0).Second);
            }
        }
    }

    /// <summary>Whether an observation is taken as a point: a point, or an interval narrow against the least noise (then at its middle, with its rounding variance).</summary>
    // Inlined: Points and Mixed ask it of every observation, and as calls its results went through memory.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool AsPoint(in Observation o, double narrow, out double value, out double rounding)
    {
        if (o.IsPoint)
        {
            value = o.Lower;
            rounding = 0;
            return true;
        }
        double w = o.Upper - o.Lower;
        if (w * w <= narrow * narrow * o.Variance)
        {
            value = (o.Lower + o.Upper) / 2;
            rounding = w * w / 12;
            return true;
        }
        value = rounding = double.NaN;
        return false;
    }

    /// <summary>
    /// The answer when the numerical posterior failed (figures near the end of double's range): every observation's
    /// range widened by its normal quantile at the floor, and the middle of their centres: wide, finite, never narrower
    /// than the reports.
    /// </summary>
    private static NoiseScaleResult Envelope(ReadOnlySpan<Observation> observations, in NoiseScaleResult fit)
    {
        double lower = double.PositiveInfinity, upper = double.NegativeInfinity, lowCentre = double.PositiveInfinity, highCentre = double.NegativeInfinity;
        foreach (var o in observations)
        {
            double sd = Math.Sqrt(o.Variance);
            double a = double.IsFinite(o.Lower) ? o.Lower : o.Upper, b = double.IsFinite(o.Upper) ? o.Upper : o.Lower;
            lower = Math.Min(lower, a - (Z975 * sd * Sqrt2));
            upper = Math.Max(upper, b + (Z975 * sd * Sqrt2));
            lowCentre = Math.Min(lowCentre, (a + b) / 2);
            highCentre = Math.Max(highCentre, (a + b) / 2);
        }
        var interval = new EstimateInterval(lower, upper, fit.ConfidenceInterval.Level);
        return new NoiseScaleResult((lowCentre + highCentre) / 2, interval, new EstimateInterval(lower, upper, 0.95), fit.NoiseScale, fit.Count, fit.Status);
    }

    /// <summary>One observation: its own interval at the floor.</summary>
    private static NoiseScaleResult Single(in Observation o, double narrow, double level, double z)
    {
        double sd = Math.Sqrt(o.Variance);
        if (AsPoint(o, narrow, out double y, out double r))
        {
            double total = Math.Sqrt(o.Variance + r);
            return new NoiseScaleResult(y, Symmetric(y, z * total, level), Symmetric(y, Z975 * Math.Sqrt(2 * ((sd * sd) + r)), 0.95), 1, 1, MetaAnalysisStatus.SingleStudy);
        }
        double median = double.IsFinite(o.Lower) && double.IsFinite(o.Upper) ? (o.Lower + o.Upper) / 2
            : double.IsFinite(o.Lower) ? o.Lower : o.Upper;
        if (double.IsNegativeInfinity(o.Lower))
        {
            median = double.NegativeInfinity;
        }
        return new NoiseScaleResult(
            median,
            new EstimateInterval(o.Lower - (z * sd), o.Upper + (z * sd), level),
            new EstimateInterval(o.Lower - (Z975 * sd * Sqrt2), o.Upper + (Z975 * sd * Sqrt2), 0.95),
            1, 1, MetaAnalysisStatus.SingleStudy);
    }

    /// <summary>No observation bounds μ on one side: the interval is open there, and closed by the tightest bound (plus its quantile at the floor) on the other.</summary>
    private static NoiseScaleResult OneSided(ReadOnlySpan<Observation> observations, bool boundedBelow, double level, double z)
    {
        double inner = boundedBelow ? double.NegativeInfinity : double.PositiveInfinity, innerPrediction = inner;
        foreach (var o in observations)
        {
            double sd = Math.Sqrt(o.Variance);
            if (boundedBelow)
            {
                inner = Math.Max(inner, o.Lower - (z * sd));
                innerPrediction = Math.Max(innerPrediction, o.Lower - (Z975 * sd * Sqrt2));
            }
            else
            {
                inner = Math.Min(inner, o.Upper + (z * sd));
                innerPrediction = Math.Min(innerPrediction, o.Upper + (Z975 * sd * Sqrt2));
            }
        }
        return boundedBelow
            ? new NoiseScaleResult(double.PositiveInfinity, new EstimateInterval(inner, double.PositiveInfinity, level),
                new EstimateInterval(innerPrediction, double.PositiveInfinity, 0.95), 1, observations.Length, MetaAnalysisStatus.Converged)
            : new NoiseScaleResult(double.NegativeInfinity, new EstimateInterval(double.NegativeInfinity, inner, level),
                new EstimateInterval(double.NegativeInfinity, innerPrediction, 0.95), 1, observations.Length, MetaAnalysisStatus.Converged);
    }

    /// <summary>The interval, or the default (level 0) when its ends are not in order: the caller then falls back to <see cref="Envelope"/>.</summary>
    private static EstimateInterval Ordered(double lower, double upper, double level) => lower <= upper ? new EstimateInterval(lower, upper, level) : default;

    private static EstimateInterval Symmetric(double center, double halfWidth, double level) => new(center - halfWidth, center + halfWidth, level);

    /// <summary>Only points: μ integrated analytically at each node of t.</summary>
    // Scratch written before it is read: see the note on SkipLocalsInit above the class.
    [SkipLocalsInit]
    private static NoiseScaleResult Points(
        ReadOnlySpan<Observation> observations, double narrow, NoiseScalePrior prior, double level, double z, double typicalVariance, double typicalRounding)
    {
        int k = observations.Length;
        Span<double> ys = k <= 64 ? stackalloc double[k] : new double[k];
        Span<double> vs = k <= 64 ? stackalloc double[k] : new double[k];
        Span<double> rs = k <= 64 ? stackalloc double[k] : new double[k];
        Span<double> qs = k <= 64 ? stackalloc double[k] : new double[k];
        double shift = 0, s1 = 0, sy = 0, syy = 0;
        bool separable = true;
        double negligible = NegligibleRounding * prior.Lowest * prior.Lowest;
        for (int i = 0; i < k; i++)
        {
            AsPoint(observations[i], narrow, out double y, out double r);
            shift = i == 0 ? y : shift;
            double v = observations[i].Variance, d = y - shift;
            ys[i] = d;
            vs[i] = v;
            double inverse = 1 / v;
            rs[i] = r;
            qs[i] = r * inverse;
            separable &= r <= negligible * v;
            s1 += inverse;
            sy += d / v;
            syy += d * d / v;
        }
        double mean = sy / s1, q = Math.Max(0, syy - (sy * mean));

        // Where the posterior of t lives: its mode and where it has fallen by e^−NodeSupport, on a uniform grid.
        var posterior = new LogPosterior(ys, vs, rs, qs, k, q, separable, prior);
        Span<double> grid = stackalloc double[MaxNodes];
        Span<double> positions = stackalloc double[MaxNodes];
        // With rounding, the nodes' log posterior comes with μ's mean and variance given t from the same sums.
        Span<double> nodeMeans = separable ? default : stackalloc double[MaxNodes];
        Span<double> nodeVariances = separable ? default : stackalloc double[MaxNodes];
        int count = Place(in posterior, prior, k, 0, grid, nodeMeans, nodeVariances, positions, out double from, out double h, out double factor);

        Span<double> weights = stackalloc double[count];
        Span<double> means = stackalloc double[count];
        Span<double> sds = stackalloc double[count];
        Span<double> predictive = stackalloc double[count];
        double best = double.NegativeInfinity;
        // s² = e^(2t) from node to node by one factor, e^(2h) as Reach found it.
        double s2 = Math.Exp(2 * positions[0]);
        for (int j = 0; j < count; j++)
        {
            s2 = j == 0 ? s2 : s2 * factor;
            double nodeMean, nodeVariance;
            if (separable)
            {
                weights[j] = grid[j];
                nodeMean = mean;
                nodeVariance = s2 / s1;
            }
            else
            {
                weights[j] = grid[j];
                nodeMean = nodeMeans[j];
                nodeVariance = nodeVariances[j];
            }
            means[j] = nodeMean + shift;
            // The variances here, their square roots four at a time below.
            sds[j] = nodeVariance;
            predictive[j] = nodeVariance + (s2 * typicalVariance) + typicalRounding;
            best = Math.Max(best, weights[j]);
        }
        SquareRoots(sds);
        SquareRoots(predictive);
        Mixture.ExpFrom(weights, best);
        double tail = 0.5 + (level / 2);
        double median, lower, upper, predictionLower, predictionUpper;
        if (separable)
        {
            // Every component is centred on the same mean: the mixtures are symmetric about it.
            median = mean + shift;
            // The prediction mixture is nearly the confidence mixture scaled (each node's predictive spread is its
            // spread of μ times about the same factor): at the same probability, what the start missed the one by
            // guides the other's start.
            double half = Mixture.UpperQuantile(weights, sds, tail, z, double.NaN, out double found);
            double predictionHalf = Mixture.UpperQuantile(weights, predictive, 0.975, Z975, z == Z975 ? found : double.NaN, out _);
            (lower, upper) = (median - half, median + half);
            (predictionLower, predictionUpper) = (median - predictionHalf, median + predictionHalf);
        }
        else
        {
            Span<double> ends = stackalloc double[5];
            Mixture.Quantiles(weights, means, sds, predictive, [0.5, 1 - tail, tail], [0, -z, z], ends, [0.025, 0.975], [-Z975, Z975], ends[3..]);
            (median, lower, upper, predictionLower, predictionUpper) = (ends[0], ends[1], ends[2], ends[3], ends[4]);
        }
        return new NoiseScaleResult(median, Ordered(lower, upper, level), Ordered(predictionLower, predictionUpper, 0.95),
            Math.Exp(UniformMedian(from, h, weights)), k, MetaAnalysisStatus.Converged);
    }

    /// <summary>The log posterior of t = log s when no rounding variance matters: prior − (k − 1)t − Q·e^(−2t)/2 (<paramref name="s2"/> = e^(2t)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Separable(double t, double s2, int k, double q, NoiseScalePrior prior)
        => Tempered(prior.LogDensity(t), prior.Tempering(k), -(((k - 1) * t) + (0.5 * q / s2)));

    /// <summary>Each value replaced by its square root, four at a time (correctly rounded either way: the same as Math.Sqrt).</summary>
    private static void SquareRoots(Span<double> values)
    {
        int n = values.Length, whole = n & ~3;
        ref double valueRef = ref MemoryMarshal.GetReference(values);
        for (int i = 0; i < whole; i += 4)
        {
            Vector256.Sqrt(Vector256.LoadUnsafe(ref valueRef, (nuint)i)).StoreUnsafe(ref valueRef, (nuint)i);
        }
        for (int i = whole; i < n; i++)
        {
            values[i] = Math.Sqrt(values[i]);
        }
    }

    /// <summary>
    /// The log posterior of t = log s with rounding variances (μ integrated out), and μ's mean and variance given s
    /// (the mean relative to the shift the values carry). Σ log v_i is left out: it does not depend on t.
    /// </summary>
    private static double General(
        ReadOnlySpan<double> ys, ReadOnlySpan<double> vs, ReadOnlySpan<double> rs, double t, double s2, NoiseScalePrior prior, out double mean, out double variance)
    {
        // LogDet with log W in it: one logarithm for both.
        var sums = PointSums.Of(ys, vs, rs, t, s2, withLogW: true);
        mean = sums.Mean;
        variance = 1 / sums.W;
        return Tempered(prior.LogDensity(t), prior.Tempering(ys.Length), -0.5 * (sums.LogDet + sums.Q));
    }

    /// <summary>
    /// Points and wide intervals: at each node of t, μ given t by Laplace's method (the conditional is log-concave: its
    /// mode by Newton's method, its spread from the curvature there), when the intervals carry at most a fifth of the
    /// information about μ; otherwise, or with no points at all, the joint grid.
    /// </summary>
    // Scratch written before it is read: see the note on SkipLocalsInit above the class.
    [SkipLocalsInit]
    private static NoiseScaleResult Mixed(
        ReadOnlySpan<Observation> observations, double narrow, NoiseScalePrior prior, double level, double z, double typicalVariance, double typicalRounding)
    {
        int k = observations.Length;
        Span<double> ys = k <= 64 ? stackalloc double[k] : new double[k];
        Span<double> vs = k <= 64 ? stackalloc double[k] : new double[k];
        Span<double> rs = k <= 64 ? stackalloc double[k] : new double[k];
        Span<int> wide = k <= 64 ? stackalloc int[k] : new int[k];
        int points = 0, intervals = 0;
        double shift = double.NaN;
        for (int i = 0; i < k; i++)
        {
            if (AsPoint(observations[i], narrow, out double y, out double r))
            {
                shift = double.IsNaN(shift) ? y : shift;
                ys[points] = y - shift;
                vs[points] = observations[i].Variance;
                rs[points++] = r;
            }
            else
            {
                wide[intervals++] = i;
            }
        }
        if (points == 0)
        {
            return Grid(observations, narrow, prior, level, typicalVariance, typicalRounding);
        }
        ys = ys[..points];
        vs = vs[..points];
        rs = rs[..points];
        wide = wide[..intervals];
        Span<double> qs = k <= 64 ? stackalloc double[points] : new double[points];
        for (int i = 0; i < points; i++)
        {
            qs[i] = rs[i] / vs[i];
        }

        // Where the posterior of t lives: every observation as a point (a finite interval at its middle with its
        // rounding variance, an open one at its bound), which places it well enough to refine. An open bound on the
        // side of the points' mean it allows ("more than 10" beside "2,000" and "2,100") is left out: its probability is
        // at least a half at the mean whatever the noise, while as a point at its bound it would place the posterior
        // where the noise is large enough to reach it (it took the noise multiple from 0.5 to 1.9 there).
        double sumP = 0, sumPy = 0;
        for (int i = 0; i < points; i++)
        {
            double p = 1 / (vs[i] + rs[i]);
            sumP += p;
            sumPy += p * ys[i];
        }
        double pointsMean = sumPy / sumP;
        Span<double> ay = k <= 64 ? stackalloc double[k] : new double[k];
        Span<double> av = k <= 64 ? stackalloc double[k] : new double[k];
        Span<double> ar = k <= 64 ? stackalloc double[k] : new double[k];
        Span<double> aq = k <= 64 ? stackalloc double[k] : new double[k];
        int placed = 0;
        // The readings Satterthwaite's tempering counts: each two-sided one, and each open bound by the probability,
        // at the floor's spread, that it cuts into the points' mean (a bound the figures satisfy by far adds nothing
        // to their sum of squares, one far on the wrong side a whole reading).
        double readings = 0;
        for (int i = 0; i < k; i++)
        {
            var o = observations[i];
            double w = o.Upper - o.Lower;
            bool finite = double.IsFinite(w);
            double y = (finite ? (o.Lower + o.Upper) / 2 : double.IsFinite(o.Lower) ? o.Lower : o.Upper) - shift;
            if (!finite)
            {
                double beyond = (double.IsFinite(o.Lower) ? y - pointsMean : pointsMean - y) / Math.Sqrt(o.Variance);
                readings += StandardNormal.Cdf(beyond);
                if (beyond <= 0)
                {
                    continue;
                }
            }
            else
            {
                readings++;
            }
            ay[placed] = y;
            av[placed] = o.Variance;
            ar[placed] = finite ? w * w / 12 : 0;
            aq[placed] = ar[placed] / av[placed];
            placed++;
        }
        // The approximation can place the posterior a little off: three of its spreads more either side.
        var approximate = new LogPosterior(ay[..placed], av[..placed], ar[..placed], aq[..placed], placed, 0, separable: false, prior);
        // Only where the nodes lie is needed here: the posterior at each is made below with the intervals as they are.
        int count = Place(in approximate, prior, placed, 3, default, default, default, default, out double from, out double h, out _);
        double tempering = prior.Tempering(readings);

        Span<double> weights = stackalloc double[count];
        Span<double> means = stackalloc double[count];
        Span<double> sds = stackalloc double[count];
        Span<double> predictive = stackalloc double[count];
        Span<double> share = stackalloc double[count];
        // The points' sums at every node first, four nodes to a pass (the last pass made whole with nodes beyond).
        int batches = (count + 3) / 4;
        Span<PointSums> nodeSums = stackalloc PointSums[4 * batches];
        Span<double> ts = stackalloc double[4];
        Span<double> s2s = stackalloc double[4];
        for (int b = 0; b < batches; b++)
        {
            for (int j = 0; j < 4; j++)
            {
                ts[j] = from + (((4 * b) + j) * h);
                s2s[j] = Math.Exp(2 * ts[j]);
            }
            PointSums.Of4(ys, vs, rs, qs, ts, s2s, withLogW: false, nodeSums.Slice(4 * b, 4));
        }
        double best = double.NegativeInfinity;
        double mu = double.NaN;
        for (int j = 0; j < count; j++)
        {
            double t = from + (j * h);
            double s = Math.Exp(t);
            var sums = nodeSums[j];
            mu = double.IsNaN(mu) ? sums.Mean : mu;
            double logConditional = ConditionalMode(observations, wide, sums, s, shift, ref mu, out double curvature, out double intervalInformation);
            weights[j] = Tempered(prior.LogDensity(t), tempering, (-0.5 * (sums.LogDet + sums.Q)) + logConditional + (0.5 * Math.Log(2 * Math.PI / curvature)));
            means[j] = mu + shift;
            sds[j] = 1 / Math.Sqrt(curvature);
            // A curvature that is not positive (the mode's Newton steps stalled on a flat or overflowing density) leaves
            // Laplace's method no spread to give: the grid takes the fit.
            share[j] = curvature > 0 && double.IsFinite(curvature) ? intervalInformation / curvature : double.PositiveInfinity;
            predictive[j] = Math.Sqrt((sds[j] * sds[j]) + (s * s * typicalVariance) + typicalRounding);
            best = Math.Max(best, weights[j]);
        }
        int heaviest = 0;
        bool nodesFinite = double.IsFinite(best);
        Mixture.ExpFrom(weights, best);
        for (int j = 0; j < count; j++)
        {
            heaviest = weights[j] > weights[heaviest] ? j : heaviest;
            nodesFinite &= !double.IsNaN(weights[j]) && double.IsFinite(means[j]);
        }
        if (!nodesFinite || !(share[heaviest] <= MinorIntervals))
        {
            return Grid(observations, narrow, prior, level, typicalVariance, typicalRounding);
        }
        double tail = 0.5 + (level / 2);
        Span<double> ends = stackalloc double[5];
        Mixture.Quantiles(weights, means, sds, predictive, [0.5, 1 - tail, tail], [0, -z, z], ends, [0.025, 0.975], [-Z975, Z975], ends[3..]);
        return new NoiseScaleResult(
            ends[0],
            Ordered(ends[1], ends[2], level),
            Ordered(ends[3], ends[4], 0.95),
            Math.Exp(UniformMedian(from, h, weights)), k, MetaAnalysisStatus.Converged);
    }

    /// <summary>
    /// The point observations' sums at one t: μ's mean and precision W from them, their Q, and Σ log(s²v + r) less Σ log v
    /// (plus log W when asked for: the restricted likelihood's determinant).
    /// </summary>
    internal readonly record struct PointSums(double W, double Mean, double Q, double LogDet)
    {
        internal static PointSums Of(ReadOnlySpan<double> ys, ReadOnlySpan<double> vs, ReadOnlySpan<double> rs, double t)
            => Of(ys, vs, rs, t, Math.Exp(2 * t), withLogW: false);

        /// <summary>The sums at t with s² = e^(2t) given; <see cref="LogDet"/> holds log W too when <paramref name="withLogW"/>.</summary>
        internal static PointSums Of(ReadOnlySpan<double> ys, ReadOnlySpan<double> vs, ReadOnlySpan<double> rs, double t, double s2, bool withLogW)
        {
            double inverseS2 = 1 / s2, logDet = 2 * ys.Length * t;
            // Four points at a time, point i in lane i mod 4, then the points after the last whole four one by one; each
            // lane does the scalar loop's operations in its order, and the lanes are added in a fixed order, so the sums
            // are the same with or without vector hardware (they differ from one running sum in the last bits only).
            // Σ log(1 + r/(s²v)) as the logarithm of the product, one logarithm per pass instead of one per point (each
            // factor is at most a few million: a point's rounding is narrow against its floor, and Place's nodes of t
            // stay within the prior's range and a few spreads; a product is folded into the sum before it could overflow).
            int n = ys.Length, whole = n & ~3;
            ref double yRef = ref MemoryMarshal.GetReference(ys);
            ref double vRef = ref MemoryMarshal.GetReference(vs);
            ref double rRef = ref MemoryMarshal.GetReference(rs);
            var s2v = Vector256.Create(s2);
            var inverseS2v = Vector256.Create(inverseS2);
            var one = Vector256.Create(1.0);
            var limit = Vector256.Create(1e200);
            Vector256<double> wv = Vector256<double>.Zero, wyv = wv, wyyv = wv, productv = one;
            for (int i = 0; i < whole; i += 4)
            {
                var vi = Vector256.LoadUnsafe(ref vRef, (nuint)i);
                var ri = Vector256.LoadUnsafe(ref rRef, (nuint)i);
                var d = Vector256.LoadUnsafe(ref yRef, (nuint)i);
                var inverse = one / ((s2v * vi) + ri);
                wv += inverse;
                wyv += d * inverse;
                wyyv += d * d * inverse;
                // A point without rounding multiplies by 1 + 0 = 1 exactly.
                productv *= one + (ri * inverseS2v / vi);
                if (Vector256.GreaterThanAny(productv, limit))
                {
                    productv = Fold(productv, ref logDet);
                }
            }
            double w = 0, wy = 0, wyy = 0, product = 1;
            for (int i = whole; i < n; i++)
            {
                double v = (s2 * vs[i]) + rs[i], d = ys[i], inverse = 1 / v;
                w += inverse;
                wy += d * inverse;
                wyy += d * d * inverse;
                if (rs[i] > 0)
                {
                    product *= 1 + (rs[i] * inverseS2 / vs[i]);
                }
            }
            w += Mixture.Total(wv);
            wy += Mixture.Total(wyv);
            wyy += Mixture.Total(wyyv);
            // The tail's product is at most a few million cubed; each lane's at most 1e200 times one factor.
            for (int lane = 0; lane < 4; lane++)
            {
                double factor = productv.GetElement(lane);
                if (product * factor > 1e200)
                {
                    logDet += Math.Log(product);
                    product = factor;
                }
                else
                {
                    product *= factor;
                }
            }
            // W's logarithm with the product's when their product is a normal number (it is unless figures sit near
            // the end of double's range).
            double joint = product * w;
            logDet += !withLogW ? Math.Log(product)
                : joint > 1e-300 && joint < 1e300 ? Math.Log(joint)
                : Math.Log(product) + Math.Log(w);
            double mean = wy / w;
            return new PointSums(w, mean, Math.Max(0, wyy - (wy * mean)), logDet);
        }

        /// <summary>
        /// <see cref="Of(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, double, double, bool)"/> at four
        /// nodes at once (node j at <paramref name="ts"/>[j] with s² = <paramref name="s2s"/>[j]) into <paramref name="sums"/>:
        /// one pass over the points with the nodes side by side in a vector, each point's rounding factor
        /// 1 + (r/v)/s² from its ratio in <paramref name="qs"/> (a multiplication where Of divides), and the four
        /// logarithms at once (<see cref="Mixture.Log"/>). The same sums to a few units in the last place; where a product
        /// of rounding factors would need folding on the way (above 1e200), or W's product is not a normal number, Of
        /// makes those nodes.
        /// </summary>
        internal static void Of4(
            ReadOnlySpan<double> ys, ReadOnlySpan<double> vs, ReadOnlySpan<double> rs, ReadOnlySpan<double> qs, ReadOnlySpan<double> ts, ReadOnlySpan<double> s2s,
            bool withLogW, Span<PointSums> sums)
        {
            var t = Vector256.Create(ts[0], ts[1], ts[2], ts[3]);
            if (!Of4(ys, vs, rs, qs, t, Vector256.Create(s2s[0], s2s[1], s2s[2], s2s[3]), withLogW, out var w, out var mean, out var q, out var logDet))
            {
                for (int j = 0; j < 4; j++)
                {
                    sums[j] = Of(ys, vs, rs, ts[j], s2s[j], withLogW);
                }
                return;
            }
            q = NonNegative(q);
            for (int j = 0; j < 4; j++)
            {
                sums[j] = new PointSums(w.GetElement(j), mean.GetElement(j), q.GetElement(j), logDet.GetElement(j));
            }
        }

        /// <summary>
        /// The sums of <see cref="Of4(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, bool, Span{PointSums})"/>
        /// as vectors, node j in lane j (<paramref name="t"/> and <paramref name="s2"/>): W, the mean, Q before it is
        /// kept from below 0 (<paramref name="q"/>) and the log determinant; false, with nothing made, where Of must
        /// make the nodes (a product of rounding factors above 1e200, or W's product not a normal number).
        /// </summary>
        internal static bool Of4(
            ReadOnlySpan<double> ys, ReadOnlySpan<double> vs, ReadOnlySpan<double> rs, ReadOnlySpan<double> qs, Vector256<double> t, Vector256<double> s2,
            bool withLogW, out Vector256<double> w, out Vector256<double> mean, out Vector256<double> q, out Vector256<double> logDet)
        {
            int n = ys.Length;
            var one = Vector256.Create(1.0);
            var inverseS2 = one / s2;
            // Two sets of partial sums, the points taking turns, halve the chains of dependent additions.
            Vector256<double> w0 = Vector256<double>.Zero, wy0 = w0, wyy0 = w0, w1 = w0, wy1 = w0, wyy1 = w0, p0 = one, p1 = one;
            int i = 0;
            for (; i + 1 < n; i += 2)
            {
                Add(s2, inverseS2, vs[i], rs[i], qs[i], ys[i], ref w0, ref wy0, ref wyy0, ref p0);
                Add(s2, inverseS2, vs[i + 1], rs[i + 1], qs[i + 1], ys[i + 1], ref w1, ref wy1, ref wyy1, ref p1);
            }
            if (i < n)
            {
                Add(s2, inverseS2, vs[i], rs[i], qs[i], ys[i], ref w0, ref wy0, ref wyy0, ref p0);
            }
            w = w0 + w1;
            var wy = wy0 + wy1;
            var wyy = wyy0 + wyy1;
            var product = p0 * p1;
            mean = wy / w;
            q = wyy - (wy * mean);
            // Each factor is at least 1, so a product at or below 1e200 at the end stayed there on the way.
            var limit = Vector256.Create(1e200);
            var joint = withLogW ? product * w : product;
            bool usual = Vector256.LessThanOrEqualAll(Vector256.Max(p0, p1), limit) && Vector256.LessThanOrEqualAll(product, limit)
                && Vector256.GreaterThanAll(joint, Vector256.Create(1e-300)) && Vector256.LessThanAll(joint, Vector256.Create(1e300));
            logDet = usual ? (Vector256.Create((double)(2 * n)) * t) + Mixture.Log(joint) : Vector256<double>.Zero;
            return usual;
        }

        /// <summary>Q kept from below 0 lane by lane as <see cref="Of(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, double, double, bool)"/> keeps it with Math.Max(0, Q): +0 for either zero, a NaN kept.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> NonNegative(Vector256<double> q)
            => Vector256.ConditionalSelect(Vector256.GreaterThan(q, Vector256<double>.Zero) | ~Vector256.Equals(q, q), q, Vector256<double>.Zero);

        /// <summary>One point's terms at four nodes (s² in <paramref name="s2"/>, its reciprocal in <paramref name="inverseS2"/>; <paramref name="q"/> = r/v).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Add(
            Vector256<double> s2, Vector256<double> inverseS2, double v, double r, double q, double d,
            ref Vector256<double> w, ref Vector256<double> wy, ref Vector256<double> wyy, ref Vector256<double> product)
        {
            var dv = Vector256.Create(d);
            var inverse = Vector256.Create(1.0) / ((s2 * Vector256.Create(v)) + Vector256.Create(r));
            w += inverse;
            wy += dv * inverse;
            wyy += dv * dv * inverse;
            product *= Vector256.Create(1.0) + (Vector256.Create(q) * inverseS2);
        }

        /// <summary>
        /// The first derivative in t of −½(Σ log(s²v_i + r_i) + log W + Q), the points' log-likelihood with μ integrated
        /// out (s = e^t), and its second in <paramref name="second"/>: one pass over the points with their values taken
        /// relative to <paramref name="centre"/>. With a_i = s²v_i + r_i, u_i = 1/a_i and c_i = s²v_i·u_i (the noise's
        /// share of a_i): d/dt a_i = 2c_i·a_i, d/dt u_i = −2c_i·u_i and d/dt c_i = 2c_i(1 − c_i).
        /// </summary>
        internal static double Slopes(ReadOnlySpan<double> ys, ReadOnlySpan<double> vs, ReadOnlySpan<double> rs, double t, double centre, out double second)
        {
            double s2 = Math.Exp(2 * t);
            double su = 0, sdu = 0, sd2u = 0, sc = 0, sc2 = 0, scu = 0, sc2u = 0, scdu = 0, sc2du = 0, scd2u = 0, sc2d2u = 0;
            for (int i = 0; i < ys.Length; i++)
            {
                double noise = s2 * vs[i], u = 1 / (noise + rs[i]), c = noise * u, cc = c * c, d = ys[i] - centre, du = d * u, d2u = d * du;
                su += u;
                sdu += du;
                sd2u += d2u;
                sc += c;
                sc2 += cc;
                scu += c * u;
                sc2u += cc * u;
                scdu += c * du;
                sc2du += cc * du;
                scd2u += c * d2u;
                sc2d2u += cc * d2u;
            }
            // W = Σu, S1 = Σdu, S2 = Σd²u, Q = S2 − S1²/W, and their first and second derivatives.
            double w = su, s1 = sdu;
            double logDet1 = 2 * sc, logDet2 = 4 * (sc - sc2);
            double w1 = -2 * scu, w2 = -4 * (scu - (2 * sc2u));
            double s11 = -2 * scdu, s12 = -4 * (scdu - (2 * sc2du));
            double s21 = -2 * scd2u, s22 = -4 * (scd2u - (2 * sc2d2u));
            double ratio = w1 / w, inverseW = 1 / w, mean = s1 * inverseW;
            double logW1 = ratio, logW2 = (w2 * inverseW) - (ratio * ratio);
            double q1 = s21 - (2 * mean * s11) + (mean * mean * w1);
            double q2 = s22 - (2 * ((s11 * s11) + (s1 * s12)) * inverseW) + (4 * mean * s11 * ratio) + (mean * mean * (w2 - (2 * w1 * ratio)));
            second = -0.5 * (logDet2 + logW2 + q2);
            return -0.5 * (logDet1 + logW1 + q1);
        }

        /// <summary>Adds the logarithm of each lane above 1e200 to <paramref name="logDet"/> and sets that lane to 1.</summary>
        private static Vector256<double> Fold(Vector256<double> product, ref double logDet)
        {
            for (int lane = 0; lane < 4; lane++)
            {
                double value = product.GetElement(lane);
                if (value > 1e200)
                {
                    logDet += Math.Log(value);
                    product = product.WithElement(lane, 1.0);
                }
            }
            return product;
        }
    }

    /// <summary>
    /// The mode of μ given s (relative to <paramref name="shift"/>; <paramref name="mu"/> is the start and the result),
    /// with the log of the conditional density there (the points' part without its constant), its curvature, and the
    /// part of the curvature the intervals give.
    /// </summary>
    private static double ConditionalMode(
        ReadOnlySpan<Observation> observations, ReadOnlySpan<int> wide, in PointSums sums, double s, double shift, ref double mu, out double curvature, out double intervalInformation)
    {
        double value = Conditional(observations, wide, sums, s, shift, mu, out double gradient, out double hessian);
        for (int iteration = 0; iteration < 50; iteration++)
        {
            double move = -gradient / hessian, next = mu + move;
            double nextValue = Conditional(observations, wide, sums, s, shift, next, out double nextGradient, out double nextHessian);
            for (int halving = 0; halving < 40 && !(nextValue >= value - (1e-12 * Math.Abs(value))); halving++)
            {
                move /= 2;
                next = mu + move;
                nextValue = Conditional(observations, wide, sums, s, shift, next, out nextGradient, out nextHessian);
            }
            (mu, value, gradient, hessian) = (next, nextValue, nextGradient, nextHessian);
            if (Math.Abs(move) * Math.Sqrt(-hessian) <= 1e-9)
            {
                break;
            }
        }
        curvature = -hessian;
        intervalInformation = Math.Max(curvature - sums.W, BoxInformation(observations, wide, s));
        return value;
    }

    /// <summary>
    /// What the wide two-sided intervals tell about μ at least, whatever the curvature at the mode: each confines μ to
    /// about its width, so it carries the precision of a uniform over it with the noise added, 1/(w²/12 + s²v). Inside an
    /// interval much wider than its noise the log probability is flat, so the curvature there is next to nothing though
    /// the interval pins μ down; judged by the curvature alone, one such interval beside a report of far larger variance
    /// (a report years old, its weight near zero) passed as a minor part and μ given s took that report's spread.
    /// </summary>
    private static double BoxInformation(ReadOnlySpan<Observation> observations, ReadOnlySpan<int> wide, double s)
    {
        double information = 0;
        foreach (int i in wide)
        {
            var o = observations[i];
            double width = o.Upper - o.Lower;
            if (double.IsFinite(width))
            {
                information += 1 / ((width * width / 12) + (s * s * o.Variance));
            }
        }
        return information;
    }

    /// <summary>The conditional log density of μ given s (up to a constant), with its first and second derivatives.</summary>
    private static double Conditional(
        ReadOnlySpan<Observation> observations, ReadOnlySpan<int> wide, in PointSums sums, double s, double shift, double mu, out double gradient, out double hessian)
    {
        double d = mu - sums.Mean;
        double value = -0.5 * sums.W * d * d;
        gradient = -sums.W * d;
        hessian = -sums.W;
        foreach (int i in wide)
        {
            var o = observations[i];
            var (logP, first, second) = IntervalTerm(o.Lower - shift, o.Upper - shift, s * Math.Sqrt(o.Variance), mu);
            value += logP;
            gradient += first;
            hessian += second;
        }
        return value;
    }

    /// <summary>
    /// log P(a &lt; Y &lt; b) for Y ~ N(μ, sd²), with its first and second derivatives in μ: by the fast Φ when μ lies
    /// within three standard deviations of the interval (the probability is then not so small that Φ's absolute error
    /// matters), otherwise through the censored likelihood's tail-accurate forms.
    /// </summary>
    private static (double LogProbability, double First, double Second) IntervalTerm(double a, double b, double sd, double mu)
    {
        double za = (a - mu) / sd, zb = (b - mu) / sd;
        if (Math.Max(za, -zb) <= 3)
        {
            double ea = 0, eb = 0;
            double pa = double.IsNegativeInfinity(za) ? 0 : Mixture.Phi(za, out ea);
            double pb = double.IsPositiveInfinity(zb) ? 1 : Mixture.Phi(zb, out eb);
            double p = pb - pa;
            if (p > 1e-9)
            {
                const double inverseSqrtTwoPi = 0.3989422804014327;
                double ta = double.IsNegativeInfinity(za) ? 0 : ea * inverseSqrtTwoPi / p;
                double tb = double.IsPositiveInfinity(zb) ? 0 : eb * inverseSqrtTwoPi / p;
                double ratio = tb - ta;
                double slope = (double.IsPositiveInfinity(zb) ? 0 : zb * tb) - (double.IsNegativeInfinity(za) ? 0 : za * ta);
                return (Math.Log(p), -ratio / sd, -(slope + (ratio * ratio)) / (sd * sd));
            }
        }
        var scaled = double.IsNegativeInfinity(a) ? Observation.AtMost(b, sd * sd)
            : double.IsPositiveInfinity(b) ? Observation.AtLeast(a, sd * sd)
            : Observation.Between(a, b, sd * sd);
        return CensoredLikelihood.ObservationTerm(scaled, mu, 0);
    }

    /// <summary>
    /// Wide intervals present: the joint posterior of (t, μ) on nodes of t, each with μ given t on its own grid. μ given
    /// t is log-concave (a normal density times interval probabilities), so its mode is found by Newton's method and its
    /// support by stepping out from the mode until the density has fallen by e^−Support; one grid of μ shared by every t
    /// would be as coarse as the widest conditional (a large noise lets μ wander far) while a small noise pins μ to a
    /// fraction of that (a point and three wide intervals put the median 0.03 off, a seventh of the interval's width).
    /// </summary>
    // Scratch written before it is read: see the note on SkipLocalsInit above the class.
    [SkipLocalsInit]
    private static NoiseScaleResult Grid(ReadOnlySpan<Observation> observations, double narrow, NoiseScalePrior prior, double level, double typicalVariance, double typicalRounding)
    {
        double low = double.PositiveInfinity, high = double.NegativeInfinity, smallest = double.PositiveInfinity;
        foreach (var o in observations)
        {
            foreach (var x in (ReadOnlySpan<double>)[o.Lower, o.Upper])
            {
                if (double.IsFinite(x))
                {
                    low = Math.Min(low, x);
                    high = Math.Max(high, x);
                }
            }
            smallest = Math.Min(smallest, o.Variance);
        }
        var nodes = new Nodes(prior);
        double reach = (high - low) + (4 * Math.Sqrt(smallest) * prior.Highest);
        int k = observations.Length;
        var wide = WideIntervals.Of(observations, narrow,
            k <= 64 ? stackalloc double[k] : new double[k], k <= 64 ? stackalloc double[k] : new double[k],
            k <= 64 ? stackalloc double[k] : new double[k], k <= 64 ? stackalloc double[k] : new double[k]);

        // Where the posterior of t lives: Laplace's method for μ at coarse nodes (enough to place the fine ones).
        Span<double> coarse = stackalloc double[GridNodes];
        double tStep = (nodes.High - nodes.Low) / (GridNodes - 1), best = double.NegativeInfinity, mu = (low + high) / 2;
        for (int j = 0; j < GridNodes; j++)
        {
            double t = nodes.Low + (j * tStep);
            var points = PointPart.At(observations, narrow, t);
            double logPrior = wide.At(t, prior);
            double top = ConditionalPeak(in wide, points, logPrior, reach, ref mu, out double curvature);
            coarse[j] = Tempered(prior, observations.Length, t, top + (0.5 * Math.Log(2 * Math.PI / curvature)));
            best = Math.Max(best, coarse[j]);
        }
        int jFirst = GridNodes, jLast = -1;
        for (int j = 0; j < GridNodes; j++)
        {
            if (coarse[j] >= best - GridSupport)
            {
                jFirst = Math.Min(jFirst, j);
                jLast = Math.Max(jLast, j);
            }
        }
        double tFrom = nodes.Low + (Math.Max(jFirst - 1, 0) * tStep), tTo = nodes.Low + (Math.Min(jLast + 1, GridNodes - 1) * tStep);

        // Uniform nodes in t, three quarters of the spread k reports give the posterior of t apart (the trapezoidal rule,
        // as in Place): 16 Gauss–Legendre nodes over the whole support missed its peak with four or more reports.
        int tCount = (int)Math.Clamp(Math.Ceiling((tTo - tFrom) / (0.75 / Math.Sqrt(2 * prior.Tempering(observations.Length) * Math.Max(observations.Length - 1, 1)))) + 1, GridFineNodes, GridMaxNodes);
        double tH = (tTo - tFrom) / (tCount - 1);
        Span<double> cumulative = tCount * FineMu <= 4096 ? stackalloc double[tCount * FineMu] : new double[tCount * FineMu];
        Span<double> starts = stackalloc double[tCount];
        Span<double> steps = stackalloc double[tCount];
        Span<double> scaleMarginal = stackalloc double[tCount];
        Span<double> means = stackalloc double[tCount];
        Span<double> predictive = stackalloc double[tCount];
        best = double.NegativeInfinity;
        mu = (low + high) / 2;
        for (int j = 0; j < tCount; j++)
        {
            double t = tFrom + (j * tH);
            var points = PointPart.At(observations, narrow, t);
            double logPrior = wide.At(t, prior);
            double top = ConditionalPeak(in wide, points, logPrior, reach, ref mu, out double curvature);
            double first = Math.Min(1 / Math.Sqrt(curvature), Math.Exp(t) * Math.Sqrt(smallest));
            double from = Edge(in wide, points, logPrior, mu, top, -first), to = Edge(in wide, points, logPrior, mu, top, first);
            double step = (to - from) / FineMu;
            var cells = cumulative.Slice(j * FineMu, FineMu);
            double mass = 0, sum = 0, sumSquares = 0;
            for (int m = 0; m < FineMu; m++)
            {
                double x = from + ((m + 0.5) * step);
                double p = Joint(in wide, points, logPrior, x, top);
                // Figures near the end of double's range can make a cell's density not a number: it carries nothing.
                p = double.IsFinite(p) ? p : 0;
                mass += p;
                sum += p * x;
                sumSquares += p * x * x;
                cells[m] = mass;
            }
            for (int m = 0; m < FineMu; m++)
            {
                cells[m] = mass > 0 ? cells[m] / mass : (m + 1.0) / FineMu;
            }
            starts[j] = from;
            steps[j] = step;
            // The node's log mass: its peak, the cells' sum and their width.
            scaleMarginal[j] = mass > 0 ? Tempered(prior, observations.Length, t, top + Math.Log(mass * step)) : double.NegativeInfinity;
            double mean = mass > 0 ? sum / mass : mu, variance = mass > 0 ? Math.Max((sumSquares / mass) - (mean * mean), step * step / 12) : step * step;
            means[j] = mean;
            predictive[j] = Math.Sqrt(variance + (Math.Exp(2 * t) * typicalVariance) + typicalRounding);
            best = Math.Max(best, scaleMarginal[j]);
        }
        for (int j = 0; j < tCount; j++)
        {
            scaleMarginal[j] = Math.Exp(scaleMarginal[j] - best);
            scaleMarginal[j] = double.IsFinite(scaleMarginal[j]) ? scaleMarginal[j] : 0;
        }
        double tail = 0.5 + (level / 2);
        var marginal = new MuMarginal(scaleMarginal, starts, steps, cumulative);
        // Both prediction ends from one gathering of their mixture (its moments and nodes made once, the second end
        // started from the first's miss).
        Span<double> predictionEnds = stackalloc double[2];
        Mixture.Quantiles(scaleMarginal, means, predictive, [0.025, 0.975], [-Z975, Z975], predictionEnds);
        return new NoiseScaleResult(
            marginal.Quantile(0.5),
            Ordered(marginal.Quantile(1 - tail), marginal.Quantile(tail), level),
            Ordered(predictionEnds[0], predictionEnds[1], 0.95),
            Math.Exp(UniformMedian(tFrom, tH, scaleMarginal)),
            observations.Length,
            MetaAnalysisStatus.Converged);
    }

    /// <summary>The log posterior of t from the prior plus the log-likelihood (<paramref name="logPosterior"/>), with the likelihood tempered.</summary>
    private static double Tempered(NoiseScalePrior prior, int k, double t, double logPosterior)
    {
        double logPrior = prior.LogDensity(t);
        return Tempered(logPrior, prior.Tempering(k), logPosterior - logPrior);
    }

    /// <summary>
    /// The log posterior of t with the likelihood raised to the power <paramref name="tempering"/>
    /// (<see cref="NoiseScalePrior.Tempering"/>: Satterthwaite's degrees of freedom for sources whose noise differs).
    /// </summary>
    private static double Tempered(double logPrior, double tempering, double logLikelihood) => logPrior + (tempering * logLikelihood);

    /// <summary><see cref="Tempered(double, double, double)"/> at four nodes at once: the same operations lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Tempered(Vector256<double> logPrior, double tempering, Vector256<double> logLikelihood)
        => logPrior + (Vector256.Create(tempering) * logLikelihood);

    /// <summary>
    /// The mode of μ given t (<paramref name="mu"/> is the start and the result) by Newton's method with step halving,
    /// the log joint density there (the return value) and its curvature. Every term is log-concave in μ, so the mode
    /// is the one maximum; where the curvature vanishes (a flat stretch inside an interval) it steps along the slope.
    /// </summary>
    private static double ConditionalPeak(in WideIntervals wide, in PointPart points, double logPrior, double reach, ref double mu, out double curvature)
    {
        double value = Slopes(in wide, points, mu, out double gradient, out double hessian);
        for (int iteration = 0; iteration < 60; iteration++)
        {
            double move = hessian < 0 ? -gradient / hessian : Math.Sign(gradient) * reach;
            move = Math.Clamp(move, -reach, reach);
            double next = mu + move;
            double nextValue = Slopes(in wide, points, next, out double nextGradient, out double nextHessian);
            for (int halving = 0; halving < 60 && !(nextValue >= value - (1e-12 * Math.Abs(value))); halving++)
            {
                move /= 2;
                next = mu + move;
                nextValue = Slopes(in wide, points, next, out nextGradient, out nextHessian);
            }
            if (!(nextValue >= value - (1e-12 * Math.Abs(value))))
            {
                break;
            }
            (mu, value, gradient, hessian) = (next, nextValue, nextGradient, nextHessian);
            if (Math.Abs(move) * Math.Sqrt(Math.Max(-hessian, 0)) <= 1e-9 || Math.Abs(move) <= 1e-13 * reach)
            {
                break;
            }
        }
        curvature = Math.Max(-hessian, 1 / (reach * reach));
        return logPrior + value;
    }

    /// <summary>The log-likelihood of all observations at (s, μ) (s as <see cref="WideIntervals.At"/> last set it), with its first and second derivatives in μ.</summary>
    private static double Slopes(in WideIntervals wide, in PointPart points, double mu, out double gradient, out double hessian)
    {
        double value = points.At(mu);
        gradient = -points.W * (mu - points.Mean);
        hessian = -points.W;
        for (int i = 0; i < wide.Lower.Length; i++)
        {
            var (logP, first, second) = IntervalTerm(wide.Lower[i], wide.Upper[i], wide.Sd[i], mu);
            value += logP;
            gradient += first;
            hessian += second;
        }
        return value;
    }

    /// <summary>
    /// The wide intervals among the observations (those not taken as points), in their order, with each one's
    /// standard deviation at the noise multiple <see cref="At"/> last set: the joint grid evaluates them at a hundred
    /// values of μ for each t, so what depends only on t is worked out once per t.
    /// </summary>
    private readonly ref struct WideIntervals
    {
        private readonly Span<double> roots;
        private readonly Span<double> sd;

        private WideIntervals(ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, Span<double> roots, Span<double> sd)
        {
            Lower = lower;
            Upper = upper;
            this.roots = roots;
            this.sd = sd;
        }

        internal ReadOnlySpan<double> Lower { get; }

        internal ReadOnlySpan<double> Upper { get; }

        /// <summary>Each interval's standard deviation s·√v at the s last set.</summary>
        internal ReadOnlySpan<double> Sd => sd;

        /// <summary>The wide intervals of <paramref name="observations"/>, in four scratch spans of at least their count.</summary>
        internal static WideIntervals Of(ReadOnlySpan<Observation> observations, double narrow, Span<double> lower, Span<double> upper, Span<double> roots, Span<double> sd)
        {
            int count = 0;
            foreach (var o in observations)
            {
                if (!AsPoint(o, narrow, out _, out _))
                {
                    lower[count] = o.Lower;
                    upper[count] = o.Upper;
                    roots[count++] = Math.Sqrt(o.Variance);
                }
            }
            return new WideIntervals(lower[..count], upper[..count], roots[..count], sd[..count]);
        }

        /// <summary>Sets the standard deviations for s = e^t; returns the prior's log density at t.</summary>
        internal double At(double t, NoiseScalePrior prior)
        {
            double s = Math.Exp(t);
            for (int i = 0; i < roots.Length; i++)
            {
                sd[i] = s * roots[i];
            }
            return prior.LogDensity(t);
        }
    }

    /// <summary>
    /// How far μ given t reaches from its mode in the direction of <paramref name="first"/>: steps doubling from it
    /// until the density has fallen by e^−Support (a log-concave density falls at least that fast beyond).
    /// </summary>
    private static double Edge(in WideIntervals wide, in PointPart points, double logPrior, double mode, double top, double first)
    {
        double step = first, x = mode + step;
        for (int i = 0; i < 80 && LogJoint(in wide, points, logPrior, x) >= top - Support; i++)
        {
            step *= 2;
            x = mode + step;
        }
        return x;
    }

    /// <summary>
    /// The posterior of μ as a mixture over nodes of t, each node's conditional held as cumulative masses on its own
    /// uniform cells (linear within a cell); quantiles by bisection on the mixture's distribution function.
    /// </summary>
    private readonly ref struct MuMarginal
    {
        private readonly ReadOnlySpan<double> weights;
        private readonly ReadOnlySpan<double> starts;
        private readonly ReadOnlySpan<double> steps;
        private readonly ReadOnlySpan<double> cumulative;

        internal MuMarginal(ReadOnlySpan<double> weights, ReadOnlySpan<double> starts, ReadOnlySpan<double> steps, ReadOnlySpan<double> cumulative)
        {
            this.weights = weights;
            this.starts = starts;
            this.steps = steps;
            this.cumulative = cumulative;
        }

        internal double Quantile(double p)
        {
            double low = double.PositiveInfinity, high = double.NegativeInfinity, total = 0;
            for (int j = 0; j < weights.Length; j++)
            {
                if (weights[j] > 0)
                {
                    low = Math.Min(low, starts[j]);
                    high = Math.Max(high, starts[j] + (FineMu * steps[j]));
                    total += weights[j];
                }
            }
            double target = p * total, tolerance = 1e-10 * (high - low);
            for (int i = 0; i < 200 && high - low > tolerance; i++)
            {
                double middle = low + (0.5 * (high - low));
                if (Distribution(middle) < target)
                {
                    low = middle;
                }
                else
                {
                    high = middle;
                }
            }
            return low + (0.5 * (high - low));
        }

        /// <summary>Σ_j w_j·F_j(x): each node's cumulative mass, linear within its cell.</summary>
        private double Distribution(double x)
        {
            double sum = 0;
            for (int j = 0; j < weights.Length; j++)
            {
                if (!(weights[j] > 0))
                {
                    continue;
                }
                double position = (x - starts[j]) / steps[j];
                if (position <= 0)
                {
                    continue;
                }
                if (position >= FineMu)
                {
                    sum += weights[j];
                    continue;
                }
                int cell = (int)position;
                double before = cell == 0 ? 0 : cumulative[(j * FineMu) + cell - 1];
                double after = cumulative[(j * FineMu) + cell];
                sum += weights[j] * (before + ((position - cell) * (after - before)));
            }
            return sum;
        }
    }

    /// <summary>
    /// The point observations' part of the log-likelihood at one t, as a function of μ: −½(Σ log(s²v_i + r_i) + Q + W·(μ − m)²).
    /// </summary>
    private readonly record struct PointPart(double LogDet, double Q, double W, double Mean)
    {
        internal static PointPart At(ReadOnlySpan<Observation> observations, double narrow, double t)
        {
            double s2 = Math.Exp(2 * t), w = 0, wy = 0, wyy = 0, logDet = 0, shift = double.NaN;
            foreach (var o in observations)
            {
                if (AsPoint(o, narrow, out double y, out double r))
                {
                    shift = double.IsNaN(shift) ? y : shift;
                    double v = (s2 * o.Variance) + r, d = y - shift;
                    w += 1 / v;
                    wy += d / v;
                    wyy += d * d / v;
                    logDet += Math.Log(v);
                }
            }
            if (w == 0)
            {
                return new PointPart(0, 0, 0, 0);
            }
            double mean = wy / w;
            return new PointPart(logDet, Math.Max(0, wyy - (wy * mean)), w, mean + shift);
        }

        internal double At(double mu) => -0.5 * (LogDet + Q + (W * (mu - Mean) * (mu - Mean)));
    }

    /// <summary>The log prior of t (<paramref name="logPrior"/>) plus the log-likelihood of all observations at (s = e^t, μ): the points through their sums, each wide interval by its probability.</summary>
    private static double LogJoint(in WideIntervals wide, in PointPart points, double logPrior, double mu)
    {
        double sum = logPrior + points.At(mu);
        for (int i = 0; i < wide.Lower.Length; i++)
        {
            double sd = wide.Sd[i];
            sum += LogProbability((wide.Lower[i] - mu) / sd, (wide.Upper[i] - mu) / sd);
        }
        return sum;
    }

    /// <summary>
    /// e^(log joint − <paramref name="top"/>) at μ: as <see cref="LogJoint"/>, but the probabilities the fast Φ gives are
    /// multiplied in rather than added as logarithms and exponentiated again (one logarithm fewer per interval and cell of
    /// the joint grid), and so are those of an interval lying more than three standard deviations to one side while the
    /// complementary error function gives them as a normal number (<see cref="FarProbability"/>: two of them, where the
    /// tail-accurate logarithm took them and three logarithms more); the rest are added as logarithms.
    /// </summary>
    private static double Joint(in WideIntervals wide, in PointPart points, double logPrior, double mu, double top)
    {
        double sum = logPrior + points.At(mu) - top, product = 1;
        for (int i = 0; i < wide.Lower.Length; i++)
        {
            double sd = wide.Sd[i], za = (wide.Lower[i] - mu) / sd, zb = (wide.Upper[i] - mu) / sd;
            if (Math.Max(za, -zb) <= 3)
            {
                double p = (double.IsPositiveInfinity(zb) ? 1 : Mixture.Phi(zb, out _)) - (double.IsNegativeInfinity(za) ? 0 : Mixture.Phi(za, out _));
                if (p > 1e-9)
                {
                    product *= p;
                    continue;
                }
            }
            else
            {
                double p = FarProbability(za, zb);
                if (p > 1e-150)
                {
                    product *= p;
                    if (product < 1e-150)
                    {
                        // Several far intervals: their product is folded into the sum before it could underflow.
                        sum += Math.Log(product);
                        product = 1;
                    }
                    continue;
                }
            }
            sum += CensoredLikelihood.LogNormalProbability(za, zb);
        }
        return Math.Exp(sum) * product;
    }

    /// <summary>
    /// Φ(zb) − Φ(za) for an interval wholly more than three standard deviations above the mean (za &gt; 3) or below it
    /// (zb &lt; −3), as the difference of the two upper tails (lower tails) by the complementary error function, each
    /// to about double's precision relative to itself: the difference loses what the tail-accurate logarithm's
    /// difference of logarithms lost, or less.
    /// </summary>
    private static double FarProbability(double za, double zb)
    {
        const double inverseSqrt2 = 0.7071067811865476;
        return za > 0
            ? 0.5 * (SpecialFunctions.Erfc(za * inverseSqrt2) - (double.IsPositiveInfinity(zb) ? 0 : SpecialFunctions.Erfc(zb * inverseSqrt2)))
            : 0.5 * (SpecialFunctions.Erfc(-zb * inverseSqrt2) - (double.IsNegativeInfinity(za) ? 0 : SpecialFunctions.Erfc(-za * inverseSqrt2)));
    }

    /// <summary>log(Φ(zb) − Φ(za)): by the fast Φ unless both ends lie more than three standard deviations on one side.</summary>
    private static double LogProbability(double za, double zb)
    {
        if (Math.Max(za, -zb) <= 3)
        {
            double p = (double.IsPositiveInfinity(zb) ? 1 : Mixture.Phi(zb, out _)) - (double.IsNegativeInfinity(za) ? 0 : Mixture.Phi(za, out _));
            if (p > 1e-9)
            {
                return Math.Log(p);
            }
        }
        return CensoredLikelihood.LogNormalProbability(za, zb);
    }

    /// <summary>The median of t under masses at nodes h apart from <paramref name="from"/>, each spread over the cell of width h about its node.</summary>
    private static double UniformMedian(double from, double h, ReadOnlySpan<double> weights)
    {
        double total = 0;
        foreach (var w in weights)
        {
            total += w;
        }
        double cumulative = 0;
        for (int j = 0; j < weights.Length; j++)
        {
            if (cumulative + weights[j] >= total / 2 && weights[j] > 0)
            {
                return from + ((j - 0.5) * h) + (h * ((total / 2) - cumulative) / weights[j]);
            }
            cumulative += weights[j];
        }
        return from + ((weights.Length - 1) * h);
    }


    /// <summary>
    /// The log posterior of t = log s for points with rounding variances (μ integrated out): one pass when no rounding
    /// matters (<see cref="Separable"/>), otherwise <see cref="General"/>.
    /// </summary>
    internal readonly ref struct LogPosterior
    {
        private readonly ReadOnlySpan<double> ys;
        private readonly ReadOnlySpan<double> vs;
        private readonly ReadOnlySpan<double> rs;
        private readonly ReadOnlySpan<double> qs;
        private readonly int k;
        private readonly double q;
        private readonly bool separable;
        private readonly NoiseScalePrior prior;

        /// <summary>The points' values, floors' variances, rounding variances and each rounding over its floor (<paramref name="qs"/>, for <see cref="At4"/>).</summary>
        internal LogPosterior(ReadOnlySpan<double> ys, ReadOnlySpan<double> vs, ReadOnlySpan<double> rs, ReadOnlySpan<double> qs, int k, double q, bool separable, NoiseScalePrior prior)
        {
            this.ys = ys;
            this.vs = vs;
            this.rs = rs;
            this.qs = qs;
            this.k = k;
            this.q = q;
            this.separable = separable;
            this.prior = prior;
        }

        internal double At(double t) => At(t, Math.Exp(2 * t));

        /// <summary>The log posterior at t, with s² = e^(2t) given (<paramref name="s2"/>: the search for the support steps it by one factor per node).</summary>
        internal double At(double t, double s2) => separable ? Separable(t, s2, k, q, prior) : General(ys, vs, rs, t, s2, prior, out _, out _);

        /// <summary>
        /// The first derivative of the log posterior in t, with the second in <paramref name="second"/>; the points'
        /// values are taken relative to <paramref name="centre"/> (the sums do not depend on it, their rounding does).
        /// </summary>
        internal double Slope(double t, double centre, out double second)
        {
            double priorSlope = prior.LogDensitySlope(t, out double priorCurvature), tempering = prior.Tempering(k);
            if (separable)
            {
                // d/dt of −(k − 1)t − Q·e^(−2t)/2.
                double decay = q * Math.Exp(-2 * t);
                second = priorCurvature - (tempering * 2 * decay);
                return priorSlope + (tempering * (decay - (k - 1)));
            }
            double first = PointSums.Slopes(ys, vs, rs, t, centre, out double likelihoodSecond);
            second = priorCurvature + (tempering * likelihoodSecond);
            return priorSlope + (tempering * first);
        }

        /// <summary>
        /// Where to start looking for the mode: the noise multiple at which the points' spread about their mean weighted
        /// by the floors, less what their rounding explains, is what k − 1 degrees of freedom expect (the flat prior's
        /// mode when no rounding matters); <paramref name="centre"/> is that mean.
        /// </summary>
        internal double Start(out double centre)
        {
            double s1 = 0, sy = 0, syy = 0, rounding = 0;
            for (int i = 0; i < ys.Length; i++)
            {
                double inverse = 1 / vs[i];
                s1 += inverse;
                sy += ys[i] * inverse;
                syy += ys[i] * ys[i] * inverse;
                rounding += rs[i] * inverse;
            }
            centre = sy / s1;
            double spread = separable ? q : Math.Max(0, syy - (sy * centre));
            double degrees = Math.Max(k - 1, 1);
            // Rounding explains part of the spread, but never the whole of it: a noise a tenth of the spread's at least.
            double s2 = Math.Max(spread - rounding, 0.1 * spread) / degrees;
            return s2 > 0 ? 0.5 * Math.Log(s2) : double.NegativeInfinity;
        }

        /// <summary>Whether <see cref="At4"/> pays: each node costs a pass over the points (rounding matters).</summary>
        internal bool InPasses => !separable;

        /// <summary>
        /// The general posterior (<see cref="InPasses"/>) at four nodes at once, node j at <paramref name="ts"/>[j] with s² =
        /// <paramref name="s2s"/>[j], with μ's mean and variance given t: the same values as
        /// <see cref="At(double, double, out double, out double)"/> at each, from one pass over the points.
        /// </summary>
        internal void At4(ReadOnlySpan<double> ts, ReadOnlySpan<double> s2s, Span<double> values, Span<double> means, Span<double> variances)
        {
            var t = Vector256.Create(ts[0], ts[1], ts[2], ts[3]);
            if (!PointSums.Of4(ys, vs, rs, qs, t, Vector256.Create(s2s[0], s2s[1], s2s[2], s2s[3]), withLogW: true, out var w, out var mean, out var q, out var logDet))
            {
                // Where the four-lane sums must not be used, each node as At makes it.
                for (int j = 0; j < 4; j++)
                {
                    values[j] = General(ys, vs, rs, ts[j], s2s[j], prior, out means[j], out variances[j]);
                }
                return;
            }
            // Lane by lane General's scalar operations: Q kept from below 0, the prior's log density, the tempered log posterior, and 1/W.
            Tempered(prior.LogDensity(t), prior.Tempering(ys.Length), Vector256.Create(-0.5) * (logDet + PointSums.NonNegative(q))).CopyTo(values);
            mean.CopyTo(means);
            (Vector256.Create(1.0) / w).CopyTo(variances);
        }

        /// <summary>As <see cref="At(double, double)"/>, with μ's mean and variance given t (NaN when separable: the caller has them in closed form).</summary>
        internal double At(double t, double s2, out double mean, out double variance)
        {
            if (separable)
            {
                mean = variance = double.NaN;
                return Separable(t, s2, k, q, prior);
            }
            return General(ys, vs, rs, t, s2, prior, out mean, out variance);
        }
    }

    /// <summary>
    /// Places a uniform grid of t over where the posterior is within e^−NodeSupport of its mode, widened by
    /// <paramref name="margin"/> of its spreads either side; returns the number of nodes, node j at
    /// <paramref name="from"/> + j·<paramref name="h"/> (unless <paramref name="values"/> is empty, its position is in
    /// <paramref name="positions"/> and the log posterior there in <paramref name="values"/>; and, unless
    /// <paramref name="means"/> is empty, μ's mean and variance given t in <paramref name="means"/> and
    /// <paramref name="variances"/>: one pass over the points serves both). The step is three quarters of the spread the posterior has at its mode with a flat
    /// prior and k points, 1/√(2(k − 1)) (less when rounding or intervals make it wider): the trapezoidal rule on a
    /// smooth density that dies away at both ends is then exact to far below the quantiles' tolerance, where a fixed
    /// set of Gauss–Legendre nodes over a wide support missed a narrow peak with many reports.
    /// </summary>
    /// <remarks>
    /// The nodes lie at the mode plus whole steps (<c>mode + i·h</c>), the very points the search for the support
    /// evaluated, so those values are kept rather than computed again: about a third of the passes over the points.
    /// </remarks>
    // The caches are written before they are read (only the offsets stepped over are read back).
    [SkipLocalsInit]
    private static int Place(
        in LogPosterior posterior, NoiseScalePrior prior, int k, double margin, Span<double> values, Span<double> means, Span<double> variances,
        Span<double> positions, out double from, out double h, out double factor)
    {
        var nodes = new Nodes(prior);
        double mode = Mode(in posterior, nodes);
        double modeMean = double.NaN, modeVariance = double.NaN;
        bool keep = !values.IsEmpty, withMeans = !means.IsEmpty;
        double s2Mode = Math.Exp(2 * mode);
        double atMode = withMeans ? posterior.At(mode, s2Mode, out modeMean, out modeVariance) : posterior.At(mode, s2Mode);
        double top = atMode;
        double spread = 1 / Math.Sqrt(2 * prior.Tempering(k) * Math.Max(k - 1, 1));
        double low = nodes.Low - 3, high = nodes.High + 3;
        // What the search evaluated at mode − i·h (index i) and mode + i·h (index MaxNodes + 1 + i), to be reused.
        Span<double> seen = stackalloc double[keep ? 2 * (MaxNodes + 1) : 0];
        Span<double> seenMeans = stackalloc double[withMeans ? 2 * (MaxNodes + 1) : 0];
        Span<double> seenVariances = stackalloc double[withMeans ? 2 * (MaxNodes + 1) : 0];
        for (h = 0.75 * spread; ; h *= 2)
        {
            int left = Reach(in posterior, mode, s2Mode, h, -1, low, atMode, top - NodeSupport, seen, seenMeans, seenVariances, out int leftSeen, out _);
            int right = Reach(in posterior, mode, s2Mode, h, 1, high, atMode, top - NodeSupport,
                seen.IsEmpty ? seen : seen[(MaxNodes + 1)..], seenMeans.IsEmpty ? seenMeans : seenMeans[(MaxNodes + 1)..],
                seenVariances.IsEmpty ? seenVariances : seenVariances[(MaxNodes + 1)..], out int rightSeen, out factor);
            int extra = (int)Math.Ceiling(margin * spread / h);
            left += extra;
            right += extra;
            if (left + right + 1 <= MaxNodes)
            {
                from = mode - (left * h);
                int count = left + right + 1;
                if (keep)
                {
                    for (int j = 0; j < count; j++)
                    {
                        positions[j] = mode + ((j - left) * h);
                    }
                    // What the search evaluated, in blocks (below the mode it kept the nearest first: reversed), then the
                    // mode, then the nodes it did not reach (the margin, or a node past a bound of the range).
                    int below = Math.Min(left, leftSeen), above = Math.Min(right, rightSeen);
                    Keep(seen, values, left, below, above);
                    values[left] = atMode;
                    if (withMeans)
                    {
                        Keep(seenMeans, means, left, below, above);
                        Keep(seenVariances, variances, left, below, above);
                        (means[left], variances[left]) = (modeMean, modeVariance);
                    }
                    for (int j = 0; j < left - below; j++)
                    {
                        values[j] = Unseen(in posterior, positions[j], withMeans, means, variances, j);
                    }
                    for (int j = left + above + 1; j < count; j++)
                    {
                        values[j] = Unseen(in posterior, positions[j], withMeans, means, variances, j);
                    }
                }
                return count;
            }
        }
    }

    /// <summary>The log posterior at a node the search did not evaluate (with μ's mean and variance there into node <paramref name="j"/>'s when <paramref name="withMeans"/>).</summary>
    private static double Unseen(in LogPosterior posterior, double t, bool withMeans, Span<double> means, Span<double> variances, int j)
        => withMeans ? posterior.At(t, Math.Exp(2 * t), out means[j], out variances[j]) : posterior.At(t);

    /// <summary>
    /// Copies what <see cref="Reach"/> kept (<paramref name="seen"/>: below the mode at index i for mode − i·h, above it
    /// at MaxNodes + 1 + i) to the nodes in order (<paramref name="nodes"/>, the mode at <paramref name="left"/>): the
    /// <paramref name="below"/> nearest below and <paramref name="above"/> nearest above.
    /// </summary>
    private static void Keep(ReadOnlySpan<double> seen, Span<double> nodes, int left, int below, int above)
    {
        var lower = nodes.Slice(left - below, below);
        seen.Slice(1, below).CopyTo(lower);
        lower.Reverse();
        seen.Slice(MaxNodes + 2, above).CopyTo(nodes.Slice(left + 1, above));
    }

    /// <summary>
    /// The mode of the log posterior of t within the range searched: Newton's method on its slope from
    /// <see cref="LogPosterior.Start"/>, kept inside a bracket of the slope's sign changes (bisecting when a step would
    /// leave it or the posterior is not concave there), until a step is shorter than 1e-6; an end of the range when the
    /// slope there points out of it. A handful of passes over the points where 16 coarse nodes and Brent's minimiser
    /// took about twenty-five.
    /// </summary>
    private static double Mode(in LogPosterior posterior, Nodes nodes)
    {
        double low = nodes.Low, high = nodes.High, start = posterior.Start(out double centre);
        double x = double.IsNaN(start) ? (low + high) / 2 : Math.Clamp(start, low, high);
        bool lowTried = false, highTried = false;
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double slope = posterior.Slope(x, centre, out double curvature);
            lowTried |= x == nodes.Low;
            highTried |= x == nodes.High;
            if (slope > 0)
            {
                low = x;
            }
            else if (slope < 0)
            {
                high = x;
            }
            else
            {
                return x;
            }
            if (!(high > low))
            {
                // At an end of the range with the slope pointing out of it.
                return x;
            }
            double next = curvature < 0 ? x - (slope / curvature) : double.NaN;
            if (!(next > low && next < high))
            {
                // Past the bracket: its end if that is an end of the range not yet tried, otherwise its middle.
                next = slope > 0 && high == nodes.High && !highTried ? high
                    : slope < 0 && low == nodes.Low && !lowTried ? low
                    : (low + high) / 2;
            }
            bool done = Math.Abs(next - x) <= 1e-6 || high - low <= 1e-6;
            x = next;
            if (done)
            {
                break;
            }
        }
        return x;
    }

    /// <summary>The range of t searched: the prior's flat range and three edge spreads beyond each end.</summary>
    private readonly struct Nodes(NoiseScalePrior prior)
    {
        internal double Low { get; } = prior.LogLowest - (3 * NoiseScalePrior.EdgeSpread);

        internal double High { get; } = prior.LogHighest + (3 * NoiseScalePrior.EdgeSpread);
    }

    /// <summary>
    /// How many whole steps of <paramref name="h"/> from the mode, on the side <paramref name="sign"/> (−1 below, +1
    /// above), the posterior stays at or above <paramref name="floor"/> without the next node passing
    /// <paramref name="bound"/>. The values evaluated on the way (at mode + sign·i·h, index i) are kept in
    /// <paramref name="seen"/> unless it is empty, with μ's mean and variance given t in <paramref name="seenMeans"/> and
    /// <paramref name="seenVariances"/> unless those are empty; <paramref name="lastSeen"/> is the last index kept.
    /// </summary>
    private static int Reach(
        in LogPosterior posterior, double mode, double s2Mode, double h, int sign, double bound, double atMode, double floor,
        Span<double> seen, Span<double> seenMeans, Span<double> seenVariances, out int lastSeen, out double factor)
    {
        lastSeen = 0;
        // s² = e^(2t) at the next node: one factor e^(±2h) per step instead of an exponential per node (a relative
        // error of a few units in the last place after the most steps).
        factor = Math.Exp(sign * 2 * h);
        // The mode (index 0) is not evaluated again: the search stops there when the next node would pass the bound or
        // the posterior at the mode is not a number; otherwise it steps on from node 1, one node at a time or four.
        if (!(sign < 0 ? mode + (sign * h) > bound : mode + (sign * h) < bound) || !(atMode >= floor))
        {
            return 0;
        }
        return posterior.InPasses
            ? ReachInPasses(in posterior, mode, s2Mode, h, sign, bound, floor, seen, seenMeans, seenVariances, ref lastSeen, factor)
            : ReachOneByOne(in posterior, mode, s2Mode, h, sign, bound, floor, seen, seenMeans, seenVariances, ref lastSeen, factor);
    }

    /// <summary><see cref="Reach"/> past the mode one node at a time (the separable posterior: no pass over the points).</summary>
    private static int ReachOneByOne(
        in LogPosterior posterior, double mode, double s2, double h, int sign, double bound, double floor,
        Span<double> seen, Span<double> seenMeans, Span<double> seenVariances, ref int lastSeen, double stepFactor)
    {
        bool keep = !seen.IsEmpty, withMeans = !seenMeans.IsEmpty;
        int i = 1;
        for (; i < MaxNodes && (sign < 0 ? mode + (sign * (i + 1) * h) > bound : mode + (sign * (i + 1) * h) < bound); i++)
        {
            double t = mode + (sign * i * h), mean = double.NaN, variance = double.NaN;
            s2 *= stepFactor;
            double value = withMeans ? posterior.At(t, s2, out mean, out variance) : posterior.At(t, s2);
            if (keep)
            {
                (seen[i], lastSeen) = (value, i);
            }
            if (withMeans)
            {
                (seenMeans[i], seenVariances[i]) = (mean, variance);
            }
            if (!(value >= floor))
            {
                break;
            }
        }
        return i;
    }

    /// <summary>
    /// <see cref="Reach"/> past the mode with a pass over the points per node: four nodes ahead are made in one pass
    /// (PointSums.Of4, s² stepped by the same factor) and taken one by one as the search reaches them; past the last
    /// node the search keeps, up to three are made for nothing.
    /// </summary>
    // The nodes made ahead are written before they are read.
    [SkipLocalsInit]
    private static int ReachInPasses(
        in LogPosterior posterior, double mode, double s2, double h, int sign, double bound, double floor,
        Span<double> seen, Span<double> seenMeans, Span<double> seenVariances, ref int lastSeen, double stepFactor)
    {
        bool keep = !seen.IsEmpty, withMeans = !seenMeans.IsEmpty;
        Span<double> aheadT = stackalloc double[4];
        Span<double> aheadS2 = stackalloc double[4];
        Span<double> aheadValues = stackalloc double[4];
        Span<double> aheadMeans = stackalloc double[4];
        Span<double> aheadVariances = stackalloc double[4];
        int i = 1;
        for (; i < MaxNodes && (sign < 0 ? mode + (sign * (i + 1) * h) > bound : mode + (sign * (i + 1) * h) < bound); i++)
        {
            int b = (i - 1) & 3;
            if (b == 0)
            {
                for (int a = 0; a < 4; a++)
                {
                    aheadT[a] = mode + (sign * (i + a) * h);
                    s2 *= stepFactor;
                    aheadS2[a] = s2;
                }
                posterior.At4(aheadT, aheadS2, aheadValues, aheadMeans, aheadVariances);
            }
            double value = aheadValues[b];
            if (keep)
            {
                (seen[i], lastSeen) = (value, i);
            }
            if (withMeans)
            {
                (seenMeans[i], seenVariances[i]) = (aheadMeans[b], aheadVariances[b]);
            }
            if (!(value >= floor))
            {
                break;
            }
        }
        return i;
    }

    /// <summary>Quantiles of finite normal mixtures.</summary>
    internal static class Mixture
    {
        private const double InverseSqrtTwoPi = 0.3989422804014327;
        private const double InverseSqrt2 = 0.7071067811865476;

        // Abramowitz and Stegun (1964), formula 7.1.26: erfc(x) ≈ t·(a1 + t·(a2 + t·(a3 + t·(a4 + t·a5))))·e^(−x²),
        // t = 1/(1 + p·x); one set for Phi and for Sums, its four-at-a-time form.
        internal const double ErfcP = 0.3275911;
        private const double ErfcA1 = 0.254829592;
        private const double ErfcA2 = -0.284496736;
        private const double ErfcA3 = 1.421413741;
        private const double ErfcA4 = -1.453152027;
        private const double ErfcA5 = 1.061405429;

        /// <summary>
        /// The p-quantile (p &gt; 0.5) of Σ w_j N(0, sd_j²), symmetric about 0; <paramref name="z"/> is the normal's
        /// p-quantile, to start from. <paramref name="found"/> is the quantile over its start (<see cref="Standardized"/>); when
        /// <paramref name="guide"/> is finite (what another mixture of nearly the same shape found at the same p) the
        /// start is scaled by it.
        /// </summary>
        // The gathered nodes are written before they are read.
        [SkipLocalsInit]
        internal static double UpperQuantile(ReadOnlySpan<double> weights, ReadOnlySpan<double> sds, double p, double z, double guide, out double found)
        {
            // Four nodes at a time (node j in lane j mod 4, the rest one by one, the lanes added in a fixed order).
            int n = weights.Length, whole = n & ~3;
            ref double wRef = ref MemoryMarshal.GetReference(weights);
            ref double sdRef = ref MemoryMarshal.GetReference(sds);
            var zero = Vector256<double>.Zero;
            Vector256<double> totalv = zero, secondv = zero, fourthv = zero, largestv = zero;
            for (int j = 0; j < whole; j += 4)
            {
                var w = Vector256.LoadUnsafe(ref wRef, (nuint)j);
                var sd = Vector256.LoadUnsafe(ref sdRef, (nuint)j);
                var v = sd * sd;
                totalv += w;
                secondv += w * v;
                fourthv += w * v * v;
                largestv = Vector256.Max(largestv, Vector256.ConditionalSelect(Vector256.GreaterThan(w, zero), sd, zero));
            }
            double total = 0, second = 0, fourth = 0, largest = 0;
            for (int j = whole; j < n; j++)
            {
                double v = sds[j] * sds[j];
                total += weights[j];
                second += weights[j] * v;
                fourth += weights[j] * v * v;
                largest = Math.Max(largest, weights[j] > 0 ? sds[j] : 0);
            }
            total += Total(totalv);
            second += Total(secondv);
            fourth += Total(fourthv);
            for (int lane = 0; lane < 4; lane++)
            {
                largest = Math.Max(largest, largestv.GetElement(lane));
            }
            second /= total;
            double spread = Math.Sqrt(second);
            // The t of the mixture's excess kurtosis 3(E σ⁴/(E σ²)² − 1): a start Halley's method usually needs one step from.
            double kurtosis = 3 * ((fourth / total / (second * second)) - 1);
            double x = Standardized(z, kurtosis) * spread;
            int padded = (weights.Length + 3) & ~3;
            Span<double> nodes = padded <= MaxNodes ? stackalloc double[4 * padded] : new double[4 * padded];
            double start = double.IsFinite(guide) && double.IsFinite(x * guide) ? x * guide : x;
            double result = Solve(Gather(weights, default, sds, total, nodes), p, start, 0, 40 * largest, spread, total);
            found = result / x;
            return result;
        }

        /// <summary>
        /// The quantiles of Σ w_j N(m_j, sd_j²) at each probability of <paramref name="ps"/> (<paramref name="zs"/> the
        /// normal's quantiles there, to start from) into <paramref name="results"/>: the mixture's moments and its nodes
        /// are gathered once for all of them.
        /// </summary>
        // The gathered nodes are written before they are read.
        [SkipLocalsInit]
        internal static void Quantiles(
            ReadOnlySpan<double> weights, ReadOnlySpan<double> means, ReadOnlySpan<double> sds, ReadOnlySpan<double> ps, ReadOnlySpan<double> zs, Span<double> results)
        {
            Moments(weights, means, sds, out double total, out double mean, out double second, out double third, out double fourth, out double low, out double high);
            int padded = (weights.Length + 3) & ~3;
            Span<double> nodes = padded <= MaxNodes ? stackalloc double[4 * padded] : new double[4 * padded];
            var gathered = Gather(weights, means, sds, total, nodes);
            Solves(in gathered, total, mean, second, third, fourth, low, high, ps, zs, results, default, default, default);
        }

        /// <summary>
        /// The quantiles of the confidence mixture Σ w_j N(m_j, sd_j²) at <paramref name="ps"/> and of the prediction
        /// mixture Σ w_j N(m_j, sp_j²) (sp_j in <paramref name="predictive"/>: the same weights and means) at
        /// <paramref name="predictionPs"/>, each prediction end guided by the confidence end at the same normal quantile:
        /// as the one-mixture form would find them, but the weights' total, the mean and the gathered weights and means are
        /// made once for both.
        /// </summary>
        /// <remarks>
        /// Each confidence quantile's distance from the mean over its start's is kept; a prediction quantile at one of the
        /// same normal quantiles starts from its own start scaled about the mean by it (the prediction mixture is nearly
        /// the confidence mixture scaled).
        /// </remarks>
        // The gathered nodes are written before they are read.
        [SkipLocalsInit]
        internal static void Quantiles(
            ReadOnlySpan<double> weights, ReadOnlySpan<double> means, ReadOnlySpan<double> sds, ReadOnlySpan<double> predictive,
            ReadOnlySpan<double> ps, ReadOnlySpan<double> zs, Span<double> results,
            ReadOnlySpan<double> predictionPs, ReadOnlySpan<double> predictionZs, Span<double> predictionResults)
        {
            Moments(weights, means, sds, out double total, out double mean, out double second, out double third, out double fourth, out double low, out double high);
            Central(weights, means, predictive, mean, out double predictionSecond, out double predictionThird, out double predictionFourth, out double predictionLow, out double predictionHigh);
            int padded = (weights.Length + 3) & ~3;
            Span<double> nodes = padded <= MaxNodes ? stackalloc double[6 * padded] : new double[6 * padded];
            var gathered = Gather(weights, means, sds, total, nodes[..(4 * padded)]);
            var predictionGathered = GatherAgain(in gathered, weights, predictive, total, nodes[(4 * padded)..]);
            Span<double> found = stackalloc double[ps.Length];
            Solves(in gathered, total, mean, second, third, fourth, low, high, ps, zs, results, default, default, found);
            Solves(in predictionGathered, total, mean, predictionSecond, predictionThird, predictionFourth, predictionLow, predictionHigh,
                predictionPs, predictionZs, predictionResults, zs, found, default);
        }

        /// <summary>
        /// The quantiles of a gathered mixture (its weights' total, mean, central moments times the total and reach given)
        /// at <paramref name="ps"/> (<paramref name="zs"/> the normal's quantiles there). Unless <paramref name="found"/> is
        /// empty, each quantile's distance from the mean over its start's goes there; given those of a mixture of nearly
        /// the same shape (<paramref name="guides"/>, at its normal quantiles <paramref name="guideZs"/>), a quantile at one
        /// of the same probabilities starts from its own start scaled about the mean by it.
        /// </summary>
        private static void Solves(
            in Gathered gathered, double total, double mean, double second, double third, double fourth, double low, double high,
            ReadOnlySpan<double> ps, ReadOnlySpan<double> zs, Span<double> results, ReadOnlySpan<double> guideZs, ReadOnlySpan<double> guides, Span<double> found)
        {
            second /= total;
            double spread = Math.Sqrt(second);
            double skewness = second > 0 ? third / total / (second * spread) : 0;
            double kurtosis = second > 0 ? (fourth / total / (second * second)) - 3 : 0;
            double miss = 0;
            for (int i = 0; i < ps.Length; i++)
            {
                // The t of the mixture's excess kurtosis with Cornish–Fisher's skewness terms: a start Halley's method
                // takes one or two steps from.
                double z = zs[i], z2 = z * z;
                double x = mean + ((Standardized(z, kurtosis) + (skewness / 6 * (z2 - 1)) - (skewness * skewness / 36 * ((2 * z2 * z) - (5 * z)))) * spread);
                x = double.IsFinite(x) ? x : mean + (z * spread);
                // The second end of a central interval: that start misses it by about the mirror of what it missed the
                // first by (the mixtures are nearly symmetric), so that start usually leaves one short Halley step.
                double start = i > 0 && z != 0 && z == -zs[i - 1] && double.IsFinite(x - miss) ? x - miss : x;
                for (int j = 0; z != 0 && j < guideZs.Length; j++)
                {
                    double guided = mean + ((x - mean) * guides[j]);
                    start = guideZs[j] == z && double.IsFinite(guided) ? guided : start;
                }
                results[i] = Solve(gathered, ps[i], start, low, high, spread, total);
                miss = results[i] - x;
                if (!found.IsEmpty)
                {
                    found[i] = x != mean ? (results[i] - mean) / (x - mean) : double.NaN;
                }
            }
        }

        /// <summary>
        /// A start for the quantile of a distribution of unit variance and excess kurtosis <paramref name="kurtosis"/> at
        /// the normal quantile <paramref name="z"/>: for heavy tails (kurtosis above 0), the quantile of the Student t of
        /// that kurtosis, ν = 4 + 6/kurtosis, scaled to unit variance by √(1 − 2/ν), from its expansion in 1/ν about the
        /// normal (four terms); otherwise Cornish–Fisher's kurtosis term.
        /// </summary>
        /// <remarks>
        /// The mixtures here (the normals of μ given t, weighted by the posterior of t) are scale mixtures of normals, as
        /// the t is, and usually close to one: on the benchmark's fits (excess kurtosis near 2.2) the t of the same
        /// kurtosis starts within 5e-4 of the spread from the 95% end seven times in ten, where Halley's method stops
        /// after its first step, while Cornish–Fisher, whose kurtosis term grows without bound, started about 0.12 of
        /// the spread out and always took a second. Only the start changes: the quantile is solved as before.
        /// </remarks>
        internal static double Standardized(double z, double kurtosis)
        {
            double z2 = z * z;
            if (!(kurtosis > 0))
            {
                return z + (kurtosis / 24 * ((z2 * z) - (3 * z)));
            }
            // 1/ν without dividing by the kurtosis: below 1/4, and 0 as the kurtosis goes to 0.
            double inverse = kurtosis / ((4 * kurtosis) + 6);
            double g1 = (z2 + 1) * z / 4;
            double g2 = ((((5 * z2) + 16) * z2) + 3) * z / 96;
            double g3 = ((((((3 * z2) + 19) * z2) + 17) * z2) - 15) * z / 384;
            double g4 = ((((((((79 * z2) + 776) * z2) + 1482) * z2) - 1920) * z2) - 945) * z / 92160;
            double t = z + (inverse * (g1 + (inverse * (g2 + (inverse * (g3 + (inverse * g4)))))));
            return t * Math.Sqrt(1 - (2 * inverse));
        }

        /// <summary>
        /// Σ w_j and the mixture's mean over the nodes of positive weight, with Σ w_j times each node's central second,
        /// third and fourth moments about that mean and where those nodes reach (<see cref="Central"/>): four nodes at a
        /// time, node j in lane j mod 4, the nodes after the last whole four one by one, the lanes added in a fixed order,
        /// so the same sums with or without vector hardware.
        /// </summary>
        private static void Moments(
            ReadOnlySpan<double> weights, ReadOnlySpan<double> means, ReadOnlySpan<double> sds,
            out double total, out double mean, out double second, out double third, out double fourth, out double low, out double high)
        {
            int n = weights.Length, whole = n & ~3;
            ref double wRef = ref MemoryMarshal.GetReference(weights);
            ref double mRef = ref MemoryMarshal.GetReference(means);
            var zero = Vector256<double>.Zero;
            Vector256<double> totalv = zero, sumv = zero;
            for (int j = 0; j < whole; j += 4)
            {
                // A node of no weight (or not a number) adds nothing.
                var use = Vector256.GreaterThan(Vector256.LoadUnsafe(ref wRef, (nuint)j), zero);
                var w = Vector256.ConditionalSelect(use, Vector256.LoadUnsafe(ref wRef, (nuint)j), zero);
                var m = Vector256.ConditionalSelect(use, Vector256.LoadUnsafe(ref mRef, (nuint)j), zero);
                totalv += w;
                sumv += w * m;
            }
            double sum = 0;
            total = 0;
            for (int j = whole; j < n; j++)
            {
                if (!(weights[j] > 0))
                {
                    continue;
                }
                total += weights[j];
                sum += weights[j] * means[j];
            }
            total += Total(totalv);
            mean = (sum + Total(sumv)) / total;
            Central(weights, means, sds, mean, out second, out third, out fourth, out low, out high);
        }

        /// <summary>
        /// Σ w_j times each node's central second, third and fourth moments about <paramref name="mean"/> over the nodes of
        /// positive weight (a component N(m, σ²) adds (m − μ)² + σ², (m − μ)³ + 3(m − μ)σ² and (m − μ)⁴ + 6(m − μ)²σ² + 3σ⁴),
        /// and where those nodes reach (their means ∓ 40 standard deviations), in <see cref="Moments"/>' order: the
        /// prediction mixture has the confidence mixture's weights and means, so its total and mean are that one's.
        /// </summary>
        private static void Central(
            ReadOnlySpan<double> weights, ReadOnlySpan<double> means, ReadOnlySpan<double> sds, double mean,
            out double second, out double third, out double fourth, out double low, out double high)
        {
            int n = weights.Length, whole = n & ~3;
            ref double wRef = ref MemoryMarshal.GetReference(weights);
            ref double mRef = ref MemoryMarshal.GetReference(means);
            ref double sdRef = ref MemoryMarshal.GetReference(sds);
            var zero = Vector256<double>.Zero;
            var forty = Vector256.Create(40.0);
            var centre = Vector256.Create(mean);
            var three = Vector256.Create(3.0);
            var six = Vector256.Create(6.0);
            Vector256<double> secondv = zero, thirdv = zero, fourthv = zero;
            Vector256<double> lowv = Vector256.Create(double.PositiveInfinity), highv = Vector256.Create(double.NegativeInfinity);
            for (int j = 0; j < whole; j += 4)
            {
                // A node of no weight (or not a number) adds nothing and reaches nowhere.
                var use = Vector256.GreaterThan(Vector256.LoadUnsafe(ref wRef, (nuint)j), zero);
                var w = Vector256.ConditionalSelect(use, Vector256.LoadUnsafe(ref wRef, (nuint)j), zero);
                var m = Vector256.ConditionalSelect(use, Vector256.LoadUnsafe(ref mRef, (nuint)j), zero);
                var sdj = Vector256.LoadUnsafe(ref sdRef, (nuint)j);
                var reach = forty * sdj;
                lowv = Vector256.ConditionalSelect(use, Vector256.Min(lowv, m - reach), lowv);
                highv = Vector256.ConditionalSelect(use, Vector256.Max(highv, m + reach), highv);
                var d = Vector256.ConditionalSelect(use, m - centre, zero);
                var sd = Vector256.ConditionalSelect(use, sdj, zero);
                var d2 = d * d;
                var v = sd * sd;
                secondv += w * (d2 + v);
                thirdv += w * d * (d2 + (three * v));
                fourthv += w * ((d2 * d2) + (six * d2 * v) + (three * v * v));
            }
            second = third = fourth = 0;
            low = double.PositiveInfinity;
            high = double.NegativeInfinity;
            for (int j = whole; j < n; j++)
            {
                if (!(weights[j] > 0))
                {
                    continue;
                }
                low = Math.Min(low, means[j] - (40 * sds[j]));
                high = Math.Max(high, means[j] + (40 * sds[j]));
                double d = means[j] - mean, d2 = d * d, v = sds[j] * sds[j];
                second += weights[j] * (d2 + v);
                third += weights[j] * d * (d2 + (3 * v));
                fourth += weights[j] * ((d2 * d2) + (6 * d2 * v) + (3 * v * v));
            }
            for (int lane = 0; lane < 4; lane++)
            {
                low = Math.Min(low, lowv.GetElement(lane));
                high = Math.Max(high, highv.GetElement(lane));
            }
            second += Total(secondv);
            third += Total(thirdv);
            fourth += Total(fourthv);
        }

        /// <summary>The nodes a quantile can see, each with its weight, mean, reciprocal standard deviation and weight over it, padded to whole vectors of four.</summary>
        private readonly ref struct Gathered
        {
            internal Gathered(ReadOnlySpan<double> w, ReadOnlySpan<double> m, ReadOnlySpan<double> inverse, ReadOnlySpan<double> scaled)
            {
                W = w;
                M = m;
                Inverse = inverse;
                Scaled = scaled;
            }

            internal ReadOnlySpan<double> W { get; }

            internal ReadOnlySpan<double> M { get; }

            internal ReadOnlySpan<double> Inverse { get; }

            internal ReadOnlySpan<double> Scaled { get; }
        }

        /// <summary>
        /// Gathers the nodes that count (those a quantile can see) with their weight, mean and reciprocal standard
        /// deviation into <paramref name="storage"/> (four times the nodes' count rounded up to four), padded to whole
        /// vectors of four with nodes of no weight.
        /// </summary>
        private static Gathered Gather(ReadOnlySpan<double> weights, ReadOnlySpan<double> means, ReadOnlySpan<double> sds, double total, Span<double> storage)
        {
            int n = weights.Length, padded = (n + 3) & ~3;
            var w = storage.Slice(0, padded);
            var m = storage.Slice(padded, padded);
            var inverse = storage.Slice(2 * padded, padded);
            var scaled = storage.Slice(3 * padded, padded);
            Reciprocals(sds, inverse);
            int used = 0;
            for (int j = 0; j < n; j++)
            {
                if (Seen(weights[j], total))
                {
                    double r = inverse[j];
                    w[used] = weights[j];
                    m[used] = means.IsEmpty ? 0 : means[j];
                    inverse[used] = r;
                    scaled[used++] = weights[j] * r;
                }
            }
            for (int end = (used + 3) & ~3; used < end; used++)
            {
                // A node of no weight adds nothing to any sum.
                (w[used], m[used], inverse[used], scaled[used]) = (0, 0, 1, 0);
            }
            return new Gathered(w[..used], m[..used], inverse[..used], scaled[..used]);
        }

        /// <summary>
        /// As <see cref="Gather"/> for a mixture with the gathered one's weights and means and standard deviations
        /// <paramref name="sds"/> (the prediction mixture): the same nodes, whose weights and means are shared, with
        /// their own reciprocals in <paramref name="storage"/> (twice the nodes' count rounded up to four).
        /// </summary>
        private static Gathered GatherAgain(in Gathered gathered, ReadOnlySpan<double> weights, ReadOnlySpan<double> sds, double total, Span<double> storage)
        {
            int n = weights.Length, padded = (n + 3) & ~3;
            var inverse = storage.Slice(0, padded);
            var scaled = storage.Slice(padded, padded);
            Reciprocals(sds, inverse);
            int used = 0;
            for (int j = 0; j < n; j++)
            {
                if (Seen(weights[j], total))
                {
                    double r = inverse[j];
                    inverse[used] = r;
                    scaled[used++] = weights[j] * r;
                }
            }
            for (int end = gathered.W.Length; used < end; used++)
            {
                (inverse[used], scaled[used]) = (1, 0);
            }
            return new Gathered(gathered.W, gathered.M, inverse[..used], scaled[..used]);
        }

        /// <summary>
        /// Whether a node of weight <paramref name="weight"/> (of <paramref name="total"/>) is gathered: nodes in the far
        /// tails of the posterior of t weigh nothing a quantile can see. One rule for <see cref="Gather"/> and
        /// <see cref="GatherAgain"/>, whose gathered nodes must be the same.
        /// </summary>
        private static bool Seen(double weight, double total) => weight > 1e-12 * total;

        /// <summary>
        /// Every node's 1/sd_j into <paramref name="inverse"/>, four at a time (the same quotients as one at a time); the
        /// gathering then moves the nodes that count up over those that do not (node j to a place at or before j).
        /// </summary>
        private static void Reciprocals(ReadOnlySpan<double> sds, Span<double> inverse)
        {
            int n = sds.Length, whole = n & ~3;
            ref double sdRef = ref MemoryMarshal.GetReference(sds);
            ref double inverseRef = ref MemoryMarshal.GetReference(inverse);
            for (int j = 0; j < whole; j += 4)
            {
                (Vector256.Create(1.0) / Vector256.LoadUnsafe(ref sdRef, (nuint)j)).StoreUnsafe(ref inverseRef, (nuint)j);
            }
            for (int j = whole; j < n; j++)
            {
                inverse[j] = 1 / sds[j];
            }
        }

        /// <summary>
        /// Halley's method on the mixture's distribution function, kept inside [low, high], to about 1e-9 of its spread:
        /// it stops after a Halley step shorter than 5e-4 of the spread (or a Newton step shorter than 1e-5), whose
        /// error is about the cube (the square) of its length, or after a bisection shorter than 1e-8 of the spread.
        /// </summary>
        /// <remarks>
        /// Each step sums Φ, the density and its slope over four gathered nodes at a time (<see cref="Sums"/>): the same
        /// operations on every machine, with or without vector instructions, so the same digits.
        /// </remarks>
        private static double Solve(in Gathered nodes, double p, double x, double low, double high, double spread, double total)
        {
            if (!(x > low && x < high))
            {
                x = (low + high) / 2;
            }
            double inverseTotal = 1 / total;
            for (int iteration = 0; iteration < 100; iteration++)
            {
                var (cdf, density, slope) = Sums(nodes.W, nodes.M, nodes.Inverse, nodes.Scaled, x);
                double excess = (cdf * inverseTotal) - p;
                (low, high) = excess > 0 ? (low, x) : (x, high);
                double next = (low + high) / 2, enough = 1e-8 * spread;
                if (density > 0)
                {
                    double f1 = density * InverseSqrtTwoPi * inverseTotal, f2 = slope * InverseSqrtTwoPi * inverseTotal;
                    double newton = excess / f1, correction = newton * f2 / (2 * f1);
                    // Far out in a tail Halley's correction can shrink a step that must be long to nothing, which
                    // would look like convergence: it is used only where it is a correction.
                    bool halley = Math.Abs(correction) < 0.5;
                    next = x - (halley ? newton / (1 - correction) : newton);
                    // The error after a step is about the cube of its length (Halley) or its square (Newton), in units
                    // of the spread: a step this short leaves less than about 1e-10 of the spread, no evaluation needed.
                    enough = (halley ? 5e-4 : 1e-5) * spread;
                }
                if (!(next > low && next < high))
                {
                    next = (low + high) / 2;
                    enough = 1e-8 * spread;
                }
                bool done = Math.Abs(next - x) <= enough;
                x = next;
                if (done)
                {
                    break;
                }
            }
            return x;
        }

        /// <summary>
        /// Σ w_j Φ(u_j), Σ (w_j/sd_j) e^(−u_j²/2) and −Σ (w_j/sd_j) e^(−u_j²/2) u_j/sd_j at x, u_j = (x − m_j)/sd_j, four
        /// nodes at a time (the spans' length is a multiple of four); Φ as <see cref="Phi"/> computes it, with the
        /// exponential of <see cref="NegativeExp"/>.
        /// </summary>
        internal static (double Cdf, double Density, double Slope) Sums(
            ReadOnlySpan<double> w, ReadOnlySpan<double> m, ReadOnlySpan<double> inverse, ReadOnlySpan<double> scaled, double x)
        {
            ref double wRef = ref MemoryMarshal.GetReference(w);
            ref double mRef = ref MemoryMarshal.GetReference(m);
            ref double inverseRef = ref MemoryMarshal.GetReference(inverse);
            ref double scaledRef = ref MemoryMarshal.GetReference(scaled);
            var at = Vector256.Create(x);
            var one = Vector256.Create(1.0);
            var half = Vector256.Create(0.5);
            var zero = Vector256<double>.Zero;
            Vector256<double> cdf = zero, density = zero, slope = zero;
            for (int j = 0; j < w.Length; j += 4)
            {
                var r = Vector256.LoadUnsafe(ref inverseRef, (nuint)j);
                var u = (at - Vector256.LoadUnsafe(ref mRef, (nuint)j)) * r;
                var z = Vector256.Abs(u) * Vector256.Create(InverseSqrt2);
                // Beyond |u|/√2 = 27, e^(−z²) underflows: Φ is 0 or 1 and the density 0, as in Phi.
                var e = Vector256.ConditionalSelect(Vector256.GreaterThan(z, Vector256.Create(27.0)), zero, NegativeExp(-(z * z)));
                var t = one / (one + (Vector256.Create(ErfcP) * z));
                var tail = half * t * ErfcPolynomial(t) * e;
                var phi = Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(u, zero), one - tail, tail);
                cdf += Vector256.LoadUnsafe(ref wRef, (nuint)j) * phi;
                var d = Vector256.LoadUnsafe(ref scaledRef, (nuint)j) * e;
                density += d;
                slope -= d * u * r;
            }
            return (Total(cdf), Total(density), Total(slope));
        }

        /// <summary>
        /// The polynomial of Abramowitz and Stegun (1964), formula 7.1.26, at t = 1/(1 + p·z), four at a time: a1 + t·(a2 +
        /// t·(a3 + t·(a4 + t·a5))); erfc(z) for z ≥ 0 is t times this times e^(−z²), within 1.5e-7.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> ErfcPolynomial(Vector256<double> t)
        {
            var poly = Vector256.Create(ErfcA5);
            poly = Vector256.Create(ErfcA4) + (t * poly);
            poly = Vector256.Create(ErfcA3) + (t * poly);
            poly = Vector256.Create(ErfcA2) + (t * poly);
            return Vector256.Create(ErfcA1) + (t * poly);
        }

        /// <summary>
        /// Each value y replaced by e^(y − <paramref name="top"/>) (y ≤ top: the nodes' log weights less the largest), four
        /// at a time by <see cref="NegativeExp"/>, the last few in a padded vector, so the same digits however many.
        /// </summary>
        internal static void ExpFrom(Span<double> values, double top)
        {
            int n = values.Length, whole = n & ~3;
            ref double valueRef = ref MemoryMarshal.GetReference(values);
            var shift = Vector256.Create(top);
            for (int i = 0; i < whole; i += 4)
            {
                NegativeExp(Vector256.LoadUnsafe(ref valueRef, (nuint)i) - shift).StoreUnsafe(ref valueRef, (nuint)i);
            }
            if (whole < n)
            {
                // The last few in lanes of their own, the other lanes at top (no scratch on the stack: a method that has
                // some is compiled once without profiling, and NegativeExp was then called rather than inlined).
                var rest = shift;
                for (int i = whole; i < n; i++)
                {
                    rest = rest.WithElement(i - whole, values[i]);
                }
                var result = NegativeExp(rest - shift);
                for (int i = whole; i < n; i++)
                {
                    values[i] = result.GetElement(i - whole);
                }
            }
        }

        internal static double Total(Vector256<double> v) => (v.GetElement(0) + v.GetElement(1)) + (v.GetElement(2) + v.GetElement(3));

        /// <summary>
        /// The natural logarithm of four positive normal numbers (1e-300 to 1e300 here): x = 2^e·m with m in [√½, √2),
        /// log m = 2 atanh(s) with s = (m − 1)/(m + 1), |s| ≤ 0.1716, by its series 2s(1 + s²/3 + s⁴/5 + … + s²⁰/21)
        /// (the next term is below 1e-18 of the sum), plus e·ln 2 in two parts; within a few units in the last place.
        /// </summary>
        /// <remarks>
        /// The series is summed in Estrin's order, as in <see cref="NegativeExp"/>, and multiplications and additions stay
        /// separate (no fused multiply-add), so the digits are the same on every machine.
        /// </remarks>
        internal static Vector256<double> Log(Vector256<double> x)
        {
            var one = Vector256.Create(1.0);
            var bits = x.AsUInt64();
            var exponent = Vector256.ConvertToDouble(Vector256.ShiftRightLogical(bits, 52).AsInt64() - Vector256.Create(1023L));
            var m = ((bits & Vector256.Create(0x000F_FFFF_FFFF_FFFFUL)) | Vector256.Create(0x3FF0_0000_0000_0000UL)).AsDouble();
            var big = Vector256.GreaterThan(m, Vector256.Create(1.4142135623730951));
            m = Vector256.ConditionalSelect(big, m * Vector256.Create(0.5), m);
            exponent += Vector256.ConditionalSelect(big, one, Vector256<double>.Zero);
            // m − 1 is exact (Sterbenz).
            var f = m - one;
            var s = f / (Vector256.Create(2.0) + f);
            var z = s * s;
            var z2 = z * z;
            var z4 = z2 * z2;
            var z8 = z4 * z4;
            var p01 = one + (z * Vector256.Create(1.0 / 3));
            var p23 = Vector256.Create(1.0 / 5) + (z * Vector256.Create(1.0 / 7));
            var p45 = Vector256.Create(1.0 / 9) + (z * Vector256.Create(1.0 / 11));
            var p67 = Vector256.Create(1.0 / 13) + (z * Vector256.Create(1.0 / 15));
            var p89 = Vector256.Create(1.0 / 17) + (z * Vector256.Create(1.0 / 19));
            var series = ((p01 + (z2 * p23)) + (z4 * (p45 + (z2 * p67)))) + (z8 * (p89 + (z2 * Vector256.Create(1.0 / 21))));
            var logM = (s + s) * series;
            // ln 2 in two parts, the first with trailing zero bits so that the exponent times it is exact.
            return (exponent * Vector256.Create(6.93147180369123816490e-01)) + ((exponent * Vector256.Create(1.90821492927058770002e-10)) + logM);
        }

        /// <summary>
        /// e^y for y ≤ 0, four at a time: y = n·ln 2 + r with |r| ≤ ln 2 / 2, e^r by its Taylor series to r¹³ (the next
        /// term is below 5e-18), times 2^n built in the exponent's bits; 0 below 2^−1022 (where the normal density
        /// is far below anything a quantile can see).
        /// </summary>
        /// <remarks>
        /// The series is summed in Estrin's order (pairs of terms, then pairs of pairs by r², r⁴ and r⁸) rather than
        /// Horner's: the same terms, but the longest chain of dependent operations is seven where Horner's is
        /// twenty-eight, and a quantile solve's sums over a few dozen nodes wait on that chain. Multiplications and
        /// additions stay separate (no fused multiply-add), so the digits are the same on every machine.
        /// </remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> NegativeExp(Vector256<double> y)
        {
            y = Vector256.Max(y, Vector256.Create(-745.0));
            var n = Vector256.Floor((y * Vector256.Create(1.4426950408889634)) + Vector256.Create(0.5));
            // ln 2 in two parts, the first with trailing zero bits so that n times it is exact.
            var r = (y - (n * Vector256.Create(6.93147180369123816490e-01))) - (n * Vector256.Create(1.90821492927058770002e-10));
            var r2 = r * r;
            var r4 = r2 * r2;
            var r8 = r4 * r4;
            var one = Vector256.Create(1.0);
            var p01 = one + r;
            var p23 = Vector256.Create(0.5) + (r * Vector256.Create(1.0 / 6));
            var p45 = Vector256.Create(1.0 / 24) + (r * Vector256.Create(1.0 / 120));
            var p67 = Vector256.Create(1.0 / 720) + (r * Vector256.Create(1.0 / 5040));
            var p89 = Vector256.Create(1.0 / 40320) + (r * Vector256.Create(1.0 / 362880));
            var p1011 = Vector256.Create(1.0 / 3628800) + (r * Vector256.Create(1.0 / 39916800));
            var p1213 = Vector256.Create(1.0 / 479001600) + (r * Vector256.Create(1.0 / 6227020800));
            var low = (p01 + (r2 * p23)) + (r4 * (p45 + (r2 * p67)));
            var high = (p89 + (r2 * p1011)) + (r4 * p1213);
            var sum = low + (r8 * high);
            var tiny = Vector256.LessThan(n, Vector256.Create(-1022.0));
            var power = Vector256.ShiftLeft(Vector256.ConvertToInt64(Vector256.ConditionalSelect(tiny, Vector256<double>.Zero, n)) + Vector256.Create(1023L), 52).AsDouble();
            return Vector256.ConditionalSelect(tiny, Vector256<double>.Zero, sum * power);
        }

        /// <summary>
        /// Φ(u), with e^(−u²/2) (the normal density without its constant) as a by-product. Abramowitz and Stegun (1964),
        /// formula 7.1.26, for erfc(|u|/√2): absolute error below 1.5e-7.
        /// </summary>
        internal static double Phi(double u, out double gaussian)
        {
            double x = Math.Abs(u) * InverseSqrt2;
            if (x > 27)
            {
                // Beyond this e^(−x²) underflows; the C library's slow path for it costs more than the rest of a fit.
                gaussian = 0;
                return u > 0 ? 1 : 0;
            }
            gaussian = Math.Exp(-x * x);
            double t = 1 / (1 + (ErfcP * x));
            double tail = 0.5 * t * (ErfcA1 + (t * (ErfcA2 + (t * (ErfcA3 + (t * (ErfcA4 + (t * ErfcA5)))))))) * gaussian;
            return u >= 0 ? 1 - tail : tail;
        }
    }
}
