using System;
using System.Globalization;
using MathNet.Numerics.Distributions;

namespace ForceEstimates.Aggregation;

public static partial class MetaAnalysis
{
    /// <summary>
    /// The Q-profile confidence interval for tau² (Viechtbauer 2007; metafor's <c>confint</c> with its default
    /// <c>type="QP"</c>): the tau² values at which the generalised Q statistic equals the upper and lower
    /// (1 ± level)/2 quantiles of χ² with k − 1 degrees of freedom. It does not depend on the estimator.
    /// A bound whose equation has no non-negative root is 0; when even Q(0) is below the lower quantile, the
    /// interval is [0, 0] (metafor calls this the null set). Roots are found to 1e-10 relative (metafor's
    /// <c>confint</c> uses <c>uniroot</c> with tolerance 1.2e-4 by default, so its bounds can differ in the 5th digit).
    /// </summary>
    /// <param name="effects">The effects, finite; at least two.</param>
    /// <param name="variances">Their sampling variances, finite and greater than 0.</param>
    /// <param name="level">The confidence level, in (0, 1); 0.95 by default.</param>
    /// <returns>The interval for tau², at <paramref name="level"/>.</returns>
    /// <exception cref="ArgumentException">Fewer than two effects, or bad values or magnitudes as in <see cref="Fit"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not in (0, 1).</exception>
    public static EstimateInterval TauSquaredConfidenceInterval(ReadOnlySpan<double> effects, ReadOnlySpan<double> variances, double level = 0.95)
    {
        Preconditions.CheckOpenUnit(level);
        CheckLengths(effects, variances);
        CheckValues(effects, variances, 0);
        if (effects.Length < 2)
        {
            throw new ArgumentException("Expected at least two effects for an interval for tau².", nameof(effects));
        }
        var fe = FixedEffectSums.Compute(effects, variances);
        if (NeedsRescaling(in fe))
        {
            var exponent = ScaleExponent(effects, variances, 0, nameof(effects), nameof(variances));
            var y = new double[effects.Length];
            var v = new double[effects.Length];
            Scale(effects, variances, exponent, y, v);
            var scaled = TauSquaredConfidenceInterval(y, v, level, FixedEffectSums.Compute(y, v));
            return new EstimateInterval(Math.ScaleB(scaled.Lower, 2 * exponent), Math.ScaleB(scaled.Upper, 2 * exponent), level);
        }
        return TauSquaredConfidenceInterval(effects, variances, level, fe.IsDominated ? FixedEffectSums.Dominated(effects, variances) : fe);
    }

    private static EstimateInterval TauSquaredConfidenceInterval(ReadOnlySpan<double> effects, ReadOnlySpan<double> variances, double level, in FixedEffectSums fe)
    {
        var df = effects.Length - 1.0;
        var scale = df / fe.TraceP;
        var forLower = ChiSquared.InvCDF(df, (1.0 + level) / 2.0);
        var forUpper = ChiSquared.InvCDF(df, (1.0 - level) / 2.0);
        var q0 = fe.Q;
        if (q0 < forUpper)
        {
            return new EstimateInterval(0.0, 0.0, level);
        }
        var upper = SolveGeneralisedQ(effects, variances, fe.Shift, forUpper, scale, scale, MaxIterations, out _);
        var lower = q0 < forLower ? 0.0 : SolveGeneralisedQ(effects, variances, fe.Shift, forLower, scale, scale, MaxIterations, out _);
        return new EstimateInterval(lower, double.IsNaN(upper) ? double.PositiveInfinity : upper, level);
    }

    /// <summary>
    /// Leave-one-out results (metafor's <c>leave1out</c>): the fit without study i, for each i, with the same
    /// estimator and Knapp–Hartung setting.
    /// </summary>
    /// <param name="effects">The effects, finite; at least two.</param>
    /// <param name="variances">Their sampling variances, finite and greater than 0.</param>
    /// <param name="method">How tau² is estimated.</param>
    /// <param name="knappHartung">Whether to apply the Knapp–Hartung adjustment.</param>
    /// <returns>A new array of k results; element i leaves out study i.</returns>
    /// <exception cref="ArgumentException">Fewer than two effects, or bad values or magnitudes as in <see cref="Fit"/>.</exception>
    public static MetaAnalysisResult[] LeaveOneOut(
        ReadOnlySpan<double> effects,
        ReadOnlySpan<double> variances,
        TauSquaredMethod method = TauSquaredMethod.RestrictedMaximumLikelihood,
        KnappHartung knappHartung = KnappHartung.None)
    {
        CheckForDeletion(effects, variances, method, knappHartung);
        return LeaveOneOutChecked(effects, variances, method, knappHartung);
    }

    private static MetaAnalysisResult[] LeaveOneOutChecked(
        ReadOnlySpan<double> effects,
        ReadOnlySpan<double> variances,
        TauSquaredMethod method,
        KnappHartung knappHartung)
    {
        var k = effects.Length;
        var results = new MetaAnalysisResult[k];
        var y = new double[k - 1];
        var v = new double[k - 1];
        for (var i = 0; i < k; i++)
        {
            Without(effects, i, y);
            Without(variances, i, v);
            results[i] = FitChecked(y, v, method, knappHartung, MaxIterations, 0);
        }
        return results;
    }

    /// <summary>
    /// Influence diagnostics per study, as metafor's <c>influence()</c> (plus the standardised residual of
    /// <c>rstandard()</c>): studentised residuals, DFFITS, Cook's distance, covariance ratio, tau² and Q without the
    /// study, hat values, weights and DFBETAS.
    /// </summary>
    /// <param name="effects">The effects, finite; at least two.</param>
    /// <param name="variances">Their sampling variances, finite and greater than 0.</param>
    /// <param name="method">How tau² is estimated (in the full fit and each refit).</param>
    /// <param name="knappHartung">Whether to apply the Knapp–Hartung adjustment.</param>
    /// <returns>A new array with one entry per study.</returns>
    /// <exception cref="ArgumentException">Fewer than two effects, or bad values or magnitudes as in <see cref="Fit"/>.</exception>
    public static StudyInfluence[] Influence(
        ReadOnlySpan<double> effects,
        ReadOnlySpan<double> variances,
        TauSquaredMethod method = TauSquaredMethod.RestrictedMaximumLikelihood,
        KnappHartung knappHartung = KnappHartung.None)
    {
        CheckForDeletion(effects, variances, method, knappHartung);
        var sums = FixedEffectSums.Compute(effects, variances);
        if (NeedsRescaling(in sums))
        {
            // Every figure but tau² without the study is free of the scale.
            var exponent = ScaleExponent(effects, variances, 0, nameof(effects), nameof(variances));
            var y = new double[effects.Length];
            var v = new double[effects.Length];
            Scale(effects, variances, exponent, y, v);
            var scaled = InfluenceOf(y, v, method, knappHartung);
            for (var i = 0; i < scaled.Length; i++)
            {
                scaled[i] = scaled[i] with { TauSquaredWithout = Math.ScaleB(scaled[i].TauSquaredWithout, 2 * exponent) };
            }
            return scaled;
        }
        return InfluenceOf(effects, variances, method, knappHartung);
    }

    private static StudyInfluence[] InfluenceOf(ReadOnlySpan<double> effects, ReadOnlySpan<double> variances, TauSquaredMethod method, KnappHartung knappHartung)
    {
        var full = FitChecked(effects, variances, method, knappHartung, MaxIterations, 0);
        var k = effects.Length;
        var sumW = 0.0;
        for (var i = 0; i < k; i++)
        {
            sumW += 1.0 / (variances[i] + full.TauSquared);
        }
        var vbFull = full.StandardError * full.StandardError;
        var deleted = LeaveOneOutChecked(effects, variances, method, knappHartung);
        var result = new StudyInfluence[k];
        for (var i = 0; i < k; i++)
        {
            var d = deleted[i];
            var hat = 1.0 / (variances[i] + full.TauSquared) / sumW;
            var s2w = d.KnappHartungFactor;
            var vbDeleted = d.StandardError * d.StandardError;
            var change = full.Mean - d.Mean;
            var sumWDeleted = 0.0;
            for (var j = 0; j < k; j++)
            {
                sumWDeleted += 1.0 / (variances[j] + d.TauSquared);
            }
            var residual = effects[i] - d.Mean;
            if (Math.Abs(residual) < 100 * MachineEpsilon)
            {
                residual = 0.0;
            }
            result[i] = new StudyInfluence(
                StudentizedResidual: residual / Math.Sqrt((variances[i] * s2w) + vbDeleted + (d.TauSquared * s2w)),
                StandardizedResidual: (effects[i] - full.Mean) / Math.Sqrt(variances[i] + full.TauSquared - (1.0 / sumW)),
                Dffits: change / Math.Sqrt(s2w * hat * (d.TauSquared + variances[i])),
                CooksDistance: change * change / vbFull,
                CovarianceRatio: vbDeleted / vbFull,
                TauSquaredWithout: d.TauSquared,
                QWithout: d.Q,
                Hat: hat,
                Weight: 100.0 * hat,
                DfBetas: change / Math.Sqrt(s2w / sumWDeleted));
        }
        return result;
    }

    /// <summary>
    /// Each study's weight in percent, 100·w_i/Σw with w = 1/(v + tau²) at the tau² that <paramref name="method"/>
    /// estimates (metafor's <c>weights()</c>).
    /// </summary>
    /// <param name="effects">The effects, finite.</param>
    /// <param name="variances">Their sampling variances, finite and greater than 0.</param>
    /// <param name="method">How tau² is estimated.</param>
    /// <returns>A new array of k percentages summing to 100.</returns>
    /// <exception cref="ArgumentException">Bad values as in <see cref="Fit"/>.</exception>
    public static double[] Weights(
        ReadOnlySpan<double> effects,
        ReadOnlySpan<double> variances,
        TauSquaredMethod method = TauSquaredMethod.RestrictedMaximumLikelihood)
    {
        var fit = Fit(effects, variances, method);
        var weights = new double[effects.Length];
        Weights(variances, fit.TauSquared, weights);
        return weights;
    }

    /// <summary>
    /// Writes each study's weight in percent, 100·w_i/Σw with w = 1/(v + <paramref name="tauSquared"/>), for a tau²
    /// already estimated (for example <see cref="MetaAnalysisResult.TauSquared"/>). Allocates nothing.
    /// </summary>
    /// <param name="variances">The sampling variances, finite and greater than 0.</param>
    /// <param name="tauSquared">tau², finite and at least 0.</param>
    /// <param name="percentages">Receives the k percentages (summing to 100); as long as <paramref name="variances"/>.</param>
    /// <exception cref="ArgumentException">A bad variance (named by index), a bad tau², or a destination of the wrong length.</exception>
    public static void Weights(ReadOnlySpan<double> variances, double tauSquared, Span<double> percentages)
    {
        if (!double.IsFinite(tauSquared) || tauSquared < 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected a finite tau² of at least 0, but got {tauSquared}."),
                nameof(tauSquared));
        }
        if (percentages.Length != variances.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected room for {variances.Length} weights, but got {percentages.Length}."),
                nameof(percentages));
        }
        var sum = 0.0;
        for (var i = 0; i < variances.Length; i++)
        {
            CheckVariance(variances, i, 0);
            percentages[i] = 1.0 / (variances[i] + tauSquared);
            sum += percentages[i];
        }
        for (var i = 0; i < percentages.Length; i++)
        {
            percentages[i] *= 100.0 / sum;
        }
    }

    private static void CheckForDeletion(ReadOnlySpan<double> effects, ReadOnlySpan<double> variances, TauSquaredMethod method, KnappHartung knappHartung)
    {
        CheckOptions(method, knappHartung);
        CheckLengths(effects, variances);
        CheckValues(effects, variances, 0);
        if (effects.Length < 2)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected at least two effects to leave one out, but got {effects.Length}."),
                nameof(effects));
        }
    }

    private static void Without(ReadOnlySpan<double> source, int index, Span<double> destination)
    {
        source[..index].CopyTo(destination);
        source[(index + 1)..].CopyTo(destination[index..]);
    }
}
