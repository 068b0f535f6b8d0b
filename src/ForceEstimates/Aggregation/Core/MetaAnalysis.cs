using System;
using System.Globalization;

namespace ForceEstimates.Aggregation;

/// <summary>
/// Meta-analysis of effects with known sampling variances under the normal–normal random-effects
/// model y_i ~ N(μ, v_i + tau²) (or the fixed-effect model, tau² = 0): the columnar numeric core under
/// report-level aggregation. Results agree with R's metafor (<c>rma.uni</c> with an intercept only,
/// <c>predict</c>, <c>confint</c>, <c>leave1out</c>, <c>influence</c>) to 1e-6 on the reference data sets.
/// All members are static, pure and thread-safe.
/// </summary>
/// <remarks>
/// <para><see cref="Fit"/> and <see cref="FitMany"/> allocate nothing (data at extreme magnitudes, fitted scaled by a
/// power of two, borrow two pooled arrays). They make one pass over the data for the
/// fixed-effect sums (Q, I², and the closed-form estimators), one pass per iteration for iterative
/// estimators, and one pass for the mean at the estimated tau². Passes are vectorised with
/// <see cref="System.Numerics.Vector{T}"/>.</para>
/// <para>Convergence: Fisher scoring (REML, ML, EB) stops when the change in tau² is at most
/// 1e-10·(tau² + s²), with s² the typical within-study variance (see <see cref="MetaAnalysisResult.ISquared"/>),
/// after at most 1000 iterations; Paule–Mandel's safeguarded Newton search on the generalised Q uses the same
/// rule. When Fisher scoring oscillates, the same equation is solved by a bracketed search (metafor stops with an
/// error there); only if that fails too is DerSimonian–Laird used instead, and the result says so
/// (<see cref="MetaAnalysisStatus.DidNotConverge"/>).</para>
/// <para>Edges: tau² is never negative (moment estimators are truncated at 0, Fisher scoring stops at 0);
/// k = 1 gives the single study (<see cref="MetaAnalysisStatus.SingleStudy"/>); with k = 2 every estimator is
/// defined (k − 1 = 1 degree of freedom); with all variances equal the weighted estimators reduce to their
/// unweighted forms; with all effects equal Q is 0 and tau² is 0.</para>
/// </remarks>
public static partial class MetaAnalysis
{
    internal const int MaxIterations = 1000;
    internal const double RelativeTolerance = 1e-10;

    /// <summary>R's <c>.Machine$double.eps</c>, the threshold metafor uses for the Knapp–Hartung RSS.</summary>
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>
    /// Fits the meta-analysis of <paramref name="effects"/> with sampling <paramref name="variances"/>.
    /// Allocates nothing.
    /// </summary>
    /// <param name="effects">The effect estimates y_i (for counts, their logarithms), finite.</param>
    /// <param name="variances">Their sampling variances v_i, finite and greater than 0, as many as effects.</param>
    /// <param name="method">How tau² is estimated; restricted maximum likelihood by default.</param>
    /// <param name="knappHartung">Whether to adjust the standard error and use t(k − 1) intervals.</param>
    /// <returns>The mean, its standard error and 95% intervals, tau², I², H², Q, and how the estimate came about.</returns>
    /// <exception cref="ArgumentException">The spans are empty or of different lengths, an effect is NaN or infinite,
    /// or a variance is NaN, infinite, zero or negative (the message names the index); or the data have no fit in double
    /// precision: variances above about 1e289 or more than a factor of about 1e192 apart, effects more than about 1e144
    /// apart or more than about 1e96 standard errors apart (Q would overflow). Data of any other magnitude are fitted
    /// exactly as scaled by a power of two, so the result never holds NaN or an infinity.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> or <paramref name="knappHartung"/> is not a defined value.</exception>
    public static MetaAnalysisResult Fit(
        ReadOnlySpan<double> effects,
        ReadOnlySpan<double> variances,
        TauSquaredMethod method = TauSquaredMethod.RestrictedMaximumLikelihood,
        KnappHartung knappHartung = KnappHartung.None)
    {
        CheckOptions(method, knappHartung);
        CheckLengths(effects, variances);
        return FitChecked(effects, variances, method, knappHartung, MaxIterations, 0);
    }

    /// <summary>
    /// Fits many small meta-analyses in one call: group g holds the studies from
    /// <c>groupOffsets[g]</c> (inclusive) to <c>groupOffsets[g + 1]</c> (exclusive). Allocates nothing.
    /// </summary>
    /// <param name="effects">The effects of all groups, one group after another.</param>
    /// <param name="variances">Their sampling variances, as many as effects.</param>
    /// <param name="groupOffsets">Where each group starts, then effects.Length: starts at 0, strictly increasing (no empty group).</param>
    /// <param name="results">Receives one result per group; its length must be groupOffsets.Length − 1.</param>
    /// <param name="method">How tau² is estimated in every group.</param>
    /// <param name="knappHartung">Whether to apply the Knapp–Hartung adjustment in every group.</param>
    /// <exception cref="ArgumentException">The offsets are not as described, <paramref name="results"/> has the wrong length,
    /// or an effect or variance is invalid (the message names its index in the whole span). Groups before the bad one
    /// have been written to <paramref name="results"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> or <paramref name="knappHartung"/> is not a defined value.</exception>
    public static void FitMany(
        ReadOnlySpan<double> effects,
        ReadOnlySpan<double> variances,
        ReadOnlySpan<int> groupOffsets,
        Span<MetaAnalysisResult> results,
        TauSquaredMethod method = TauSquaredMethod.RestrictedMaximumLikelihood,
        KnappHartung knappHartung = KnappHartung.None)
    {
        CheckOptions(method, knappHartung);
        CheckLengths(effects, variances);
        CheckOffsets(groupOffsets, effects.Length, results.Length);
        for (var g = 0; g < results.Length; g++)
        {
            var start = groupOffsets[g];
            var length = groupOffsets[g + 1] - start;
            results[g] = FitChecked(effects.Slice(start, length), variances.Slice(start, length), method, knappHartung, MaxIterations, start);
        }
    }

    /// <summary>The fit after the lengths have been checked; values are checked on the way (see <see cref="FixedEffectSums.LooksInvalid"/>).</summary>
    internal static MetaAnalysisResult FitChecked(
        ReadOnlySpan<double> effects,
        ReadOnlySpan<double> variances,
        TauSquaredMethod method,
        KnappHartung knappHartung,
        int maxIterations,
        int indexOffset)
    {
        var fe = FixedEffectSums.Compute(effects, variances);
        if (fe.LooksInvalid)
        {
            CheckValues(effects, variances, indexOffset);
        }
        var k = effects.Length;
        if (k == 1)
        {
            var se = Math.Sqrt(variances[0]);
            return new MetaAnalysisResult(
                effects[0], se, 0.0, 0.0, 1.0, 0.0, 1, double.PositiveInfinity, 1.0,
                method, method, knappHartung, MetaAnalysisStatus.SingleStudy, 0, false);
        }
        if (NeedsRescaling(in fe))
        {
            return FitRescaled(effects, variances, method, knappHartung, maxIterations, indexOffset);
        }
        return CheckRepresentable(FitPlain(effects, variances, in fe, method, knappHartung, maxIterations), nameof(effects));
    }

    /// <summary>The fit of at least two valid studies whose sums stay far from overflow and underflow.</summary>
    private static MetaAnalysisResult FitPlain(
        ReadOnlySpan<double> effects,
        ReadOnlySpan<double> variances,
        TauSquaredMethod method,
        KnappHartung knappHartung,
        int maxIterations)
        => FitPlain(effects, variances, FixedEffectSums.Compute(effects, variances), method, knappHartung, maxIterations);

    private static MetaAnalysisResult FitPlain(
        ReadOnlySpan<double> effects,
        ReadOnlySpan<double> variances,
        in FixedEffectSums fe,
        TauSquaredMethod method,
        KnappHartung knappHartung,
        int maxIterations)
    {
        if (fe.IsDominated)
        {
            return FitSums(effects, variances, FixedEffectSums.Dominated(effects, variances), method, knappHartung, maxIterations);
        }
        return FitSums(effects, variances, in fe, method, knappHartung, maxIterations);
    }

    private static MetaAnalysisResult FitSums(
        ReadOnlySpan<double> effects,
        ReadOnlySpan<double> variances,
        in FixedEffectSums fe,
        TauSquaredMethod method,
        KnappHartung knappHartung,
        int maxIterations)
    {
        var k = effects.Length;
        var estimate = EstimateTauSquared(effects, variances, in fe, method, maxIterations);
        var tau2 = estimate.TauSquared;
        var s = tau2 == 0.0
            ? new WeightedSums { W = fe.W, Wd = fe.Wd, Wd2 = fe.Wd2 }
            : WeightedSums.ComputeMoments(effects, variances, fe.Shift, tau2);
        var mean = fe.Shift + s.MeanOfD;
        var variance = 1.0 / s.W;
        return Assemble(mean, variance, s.YPY, tau2, in fe, k, method, knappHartung, estimate);
    }

    /// <summary>Adds the heterogeneity statistics and the Knapp–Hartung factor to a mean and its variance.</summary>
    internal static MetaAnalysisResult Assemble(
        double mean, double variance, double generalisedQ, double tau2, in FixedEffectSums fe, int k,
        TauSquaredMethod method, KnappHartung knappHartung, TauSquaredEstimate estimate)
    {
        var df = k - 1.0;
        var q = fe.Q;
        double i2, h2;
        if (estimate.MethodUsed == TauSquaredMethod.FixedEffect)
        {
            i2 = Math.Clamp(100.0 * (q - df) / q, 0.0, 100.0);
            if (double.IsNaN(i2))
            {
                i2 = 0.0;
            }
            h2 = q / df;
        }
        else
        {
            var typical = df / fe.TraceP;
            // At most 100: when tau² dwarfs s², rounding gave 100.00000000000001 (found by the fuzz tests).
            i2 = Math.Min(100.0, 100.0 * tau2 / (typical + tau2));
            h2 = (tau2 / typical) + 1.0;
        }

        var factor = 1.0;
        var dof = double.PositiveInfinity;
        if (knappHartung != KnappHartung.None)
        {
            // metafor: RSS at or below machine epsilon (all effects equal) gives a factor of 0.
            factor = generalisedQ <= MachineEpsilon ? 0.0 : generalisedQ / df;
            if (knappHartung == KnappHartung.AdHoc && factor < 1.0)
            {
                factor = 1.0;
            }
            dof = df;
        }
        return new MetaAnalysisResult(
            mean, Math.Sqrt(variance * factor), tau2, i2, h2, q, k, dof, factor,
            method, estimate.MethodUsed, knappHartung, estimate.Status, estimate.Iterations, estimate.Truncated);
    }

    internal static void CheckOptions(TauSquaredMethod method, KnappHartung knappHartung)
    {
        if ((uint)method > (uint)TauSquaredMethod.EmpiricalBayes)
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Expected a defined TauSquaredMethod.");
        }
        if ((uint)knappHartung > (uint)KnappHartung.AdHoc)
        {
            throw new ArgumentOutOfRangeException(nameof(knappHartung), knappHartung, "Expected a defined KnappHartung value.");
        }
    }

    internal static void CheckLengths(ReadOnlySpan<double> effects, ReadOnlySpan<double> variances)
    {
        if (effects.IsEmpty)
        {
            throw new ArgumentException("Expected at least one effect, but the span is empty.", nameof(effects));
        }
        if (variances.Length != effects.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected one variance per effect ({effects.Length}), but got {variances.Length}."),
                nameof(variances));
        }
    }

    /// <summary>Finds the first bad value and throws naming its index; returns when all are fine.</summary>
    internal static void CheckValues(ReadOnlySpan<double> effects, ReadOnlySpan<double> variances, int indexOffset)
    {
        for (var i = 0; i < effects.Length; i++)
        {
            if (!double.IsFinite(effects[i]))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Expected finite effects, but effects[{i + indexOffset}] is {effects[i]}."),
                    nameof(effects));
            }
            CheckVariance(variances, i, indexOffset);
        }
    }

    /// <summary>Throws naming variances[i + indexOffset] unless that variance is finite and greater than 0.</summary>
    private static void CheckVariance(ReadOnlySpan<double> variances, int i, int indexOffset)
    {
        var v = variances[i];
        if (!double.IsFinite(v) || v <= 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected finite variances greater than 0, but variances[{i + indexOffset}] is {v}."),
                nameof(variances));
        }
    }

    private static void CheckOffsets(ReadOnlySpan<int> groupOffsets, int total, int results)
    {
        if (groupOffsets.Length < 2)
        {
            throw new ArgumentException("Expected at least two offsets (the start of one group and the end of the data).", nameof(groupOffsets));
        }
        if (results != groupOffsets.Length - 1)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected room for {groupOffsets.Length - 1} results (one per group), but got {results}."),
                nameof(results));
        }
        if (groupOffsets[0] != 0)
        {
            throw new ArgumentException("Expected groupOffsets[0] to be 0.", nameof(groupOffsets));
        }
        for (var g = 1; g < groupOffsets.Length; g++)
        {
            if (groupOffsets[g] <= groupOffsets[g - 1])
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Expected strictly increasing offsets (no empty group), but groupOffsets[{g}] = {groupOffsets[g]} follows {groupOffsets[g - 1]}."),
                    nameof(groupOffsets));
            }
        }
        if (groupOffsets[^1] != total)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected the last offset to be the number of effects ({total}), but it is {groupOffsets[^1]}."),
                nameof(groupOffsets));
        }
    }
}
