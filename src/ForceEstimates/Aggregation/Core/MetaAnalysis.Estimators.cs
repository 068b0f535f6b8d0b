using System;
using ForceEstimates.Solvers;

namespace ForceEstimates.Aggregation;

/// <summary>tau² as one estimator produced it, with how it came about.</summary>
internal readonly record struct TauSquaredEstimate(
    double TauSquared, TauSquaredMethod MethodUsed, MetaAnalysisStatus Status, int Iterations, bool Truncated);

public static partial class MetaAnalysis
{
    /// <summary>Estimates tau² (intercept-only model); the sums at tau² = 0 are already known.</summary>
    internal static TauSquaredEstimate EstimateTauSquared(
        ReadOnlySpan<double> effects, ReadOnlySpan<double> variances, in FixedEffectSums fe,
        TauSquaredMethod method, int maxIterations)
    {
        var k = (double)effects.Length;
        var df = k - 1.0;
        switch (method)
        {
            case TauSquaredMethod.FixedEffect:
                return Closed(0.0, method, false);

            case TauSquaredMethod.DerSimonianLaird:
                return DerSimonianLaird(in fe, df);

            case TauSquaredMethod.HunterSchmidt:
            {
                // Hunter & Schmidt (2004) as metafor's "HS": (Q − k)/Σw with w = 1/v.
                var raw = (fe.Q - k) / fe.W;
                return Closed(Math.Max(0.0, raw), method, raw < 0);
            }

            case TauSquaredMethod.Hedges:
            {
                var raw = HedgesRaw(in fe, k);
                return Closed(Math.Max(0.0, raw), method, raw < 0);
            }

            case TauSquaredMethod.SidikJonkman:
            {
                // Sidik & Jonkman (2005), metafor's "SJ": tau²₀ = Σ(y − ȳ)²/k (the ML variance of the raw effects),
                // then tau²₀ · Q(tau²₀)/(k − 1). Never negative; 0 only when all effects are equal.
                var tau0 = Math.Max(0.0, fe.D2 - (fe.D * fe.D / k)) / k;
                if (tau0 == 0.0)
                {
                    return Closed(0.0, method, false);
                }
                var s = WeightedSums.ComputeMoments(effects, variances, fe.Shift, tau0);
                return Closed(tau0 * s.YPY / df, method, false);
            }

            case TauSquaredMethod.PauleMandel:
            {
                // Paule & Mandel (1982): the root of Q(tau²) = k − 1; 0 when Q(0) is already at or below k − 1.
                if (fe.Q <= df)
                {
                    return Closed(0.0, method, fe.Q < df);
                }
                var start = DerSimonianLaird(in fe, df).TauSquared;
                var root = SolveGeneralisedQ(effects, variances, fe.Shift, df, start, df / fe.TraceP, maxIterations, out var iterations);
                return double.IsNaN(root)
                    ? FallBack(in fe, df, iterations)
                    : new TauSquaredEstimate(root, method, MetaAnalysisStatus.Converged, iterations, false);
            }

            default:
                return FisherScoring(effects, variances, in fe, method, maxIterations);
        }
    }

    private static TauSquaredEstimate Closed(double tau2, TauSquaredMethod method, bool truncated)
        => new(tau2, method, MetaAnalysisStatus.Converged, 0, truncated);

    /// <summary>DerSimonian and Laird (1986), eq. 8 in metafor's matrix form: (Q − (k − 1))/tr(P), truncated at 0.</summary>
    private static TauSquaredEstimate DerSimonianLaird(in FixedEffectSums fe, double df)
    {
        var raw = (fe.Q - df) / fe.TraceP;
        return Closed(Math.Max(0.0, raw), TauSquaredMethod.DerSimonianLaird, raw < 0);
    }

    private static TauSquaredEstimate FallBack(in FixedEffectSums fe, double df, int iterations)
    {
        var dl = DerSimonianLaird(in fe, df);
        return new TauSquaredEstimate(dl.TauSquared, TauSquaredMethod.DerSimonianLaird, MetaAnalysisStatus.DidNotConverge, iterations, dl.Truncated);
    }

    /// <summary>
    /// Hedges (1983), metafor's "HE": (Σ(y − ȳ)² − tr(PV))/(k − 1) with P = I − J/k, that is the
    /// sample variance of the effects minus the mean sampling variance; not yet truncated.
    /// </summary>
    private static double HedgesRaw(in FixedEffectSums fe, double k)
    {
        var rss = Math.Max(0.0, fe.D2 - (fe.D * fe.D / k));
        var tracePV = fe.V * (1.0 - (1.0 / k));
        return (rss - tracePV) / (k - 1.0);
    }

    /// <summary>
    /// Fisher scoring for REML and ML (Viechtbauer 2005, eqs. 10 and 12 in metafor's form) and the empirical
    /// Bayes iteration (Morris 1983; Berkey et al. 1995), started from the Hedges estimate as metafor does.
    /// Steps are tau² += (Y'PPY − tr P)/tr(PP) (REML), (Y'PPY − Σw)/Σw² (ML), (k/(k − 1)·Y'PY − k)/Σw (EB).
    /// A step below 0 stops at 0 (metafor halves the step until it stays at or above 0; both converge to the same
    /// point). After convergence, REML and ML check like metafor whether the likelihood is larger at tau² = 0.
    /// When EB's iteration does not converge within the cap, its equation Q(tau²) = k − 1 (the Paule–Mandel equation)
    /// is solved by the bracketed search instead; when REML's or ML's does not, the same score equation is solved by
    /// bracketed scoring (<see cref="BracketedScoring"/>); only if that fails too is DerSimonian–Laird used, and the
    /// result says so.
    /// </summary>
    private static TauSquaredEstimate FisherScoring(
        ReadOnlySpan<double> effects, ReadOnlySpan<double> variances, in FixedEffectSums fe,
        TauSquaredMethod method, int maxIterations)
    {
        var k = (double)effects.Length;
        var typical = (k - 1.0) / fe.TraceP;
        var tau2 = Math.Max(0.0, HedgesRaw(in fe, k));
        var truncated = false;
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            var s = WeightedSums.Compute(effects, variances, fe.Shift, tau2);
            var step = method switch
            {
                TauSquaredMethod.RestrictedMaximumLikelihood => (s.YPPY - s.TraceP) / s.TracePP,
                TauSquaredMethod.MaximumLikelihood => (s.YPPY - s.W) / s.W2,
                _ => ((s.YPY * k / (k - 1.0)) - k) / s.W,
            };
            var next = tau2 + step;
            truncated = next < 0.0;
            if (truncated)
            {
                next = 0.0;
            }
            if (!double.IsFinite(next))
            {
                break;
            }
            var change = Math.Abs(next - tau2);
            tau2 = next;
            if (change <= RelativeTolerance * (tau2 + typical))
            {
                if (tau2 > 0.0 && method != TauSquaredMethod.EmpiricalBayes && LikelihoodLargerAtZero(effects, variances, in fe, method, tau2))
                {
                    return new TauSquaredEstimate(0.0, method, MetaAnalysisStatus.Converged, iteration, true);
                }
                return new TauSquaredEstimate(tau2, method, MetaAnalysisStatus.Converged, iteration, truncated && tau2 == 0.0);
            }
        }
        if (method == TauSquaredMethod.EmpiricalBayes)
        {
            // The EB iteration stops where k/(k − 1)·Q(tau²) = k, i.e. Q(tau²) = k − 1: Paule–Mandel's equation. When
            // the iteration oscillates (variances spanning many orders of magnitude), the bracketed search finds the
            // same estimate.
            if (fe.Q <= k - 1.0)
            {
                return new TauSquaredEstimate(0.0, method, MetaAnalysisStatus.Converged, maxIterations, fe.Q < k - 1.0);
            }
            var root = SolveGeneralisedQ(effects, variances, fe.Shift, k - 1.0, DerSimonianLaird(in fe, k - 1.0).TauSquared, typical, maxIterations, out var searched);
            if (!double.IsNaN(root))
            {
                return new TauSquaredEstimate(root, method, MetaAnalysisStatus.Converged, maxIterations + searched, false);
            }
        }
        else
        {
            // Fisher scoring oscillated: the same score equation, with each step kept inside the bracket found so far.
            var root = BracketedScoring(effects, variances, in fe, method, maxIterations, out var searched);
            if (!double.IsNaN(root))
            {
                var zero = root == 0.0 || LikelihoodLargerAtZero(effects, variances, in fe, method, root);
                return new TauSquaredEstimate(zero ? 0.0 : root, method, MetaAnalysisStatus.Converged, maxIterations + searched, zero);
            }
        }
        return FallBack(in fe, k - 1.0, maxIterations);
    }

    /// <summary>
    /// REML or ML by Fisher scoring safeguarded with a bracket (<see cref="BracketedNewton"/>): the score
    /// (Y'PPY − tr P, or Y'PPY − Σw) is positive below the estimate and negative above it, and the scoring step
    /// score/information is the Newton step with the expected information (tr PP, or Σw²) for the slope. Returns 0
    /// when the score at 0 is not positive, NaN when <paramref name="maxIterations"/> evaluations do not settle.
    /// </summary>
    internal static double BracketedScoring(
        ReadOnlySpan<double> effects, ReadOnlySpan<double> variances, in FixedEffectSums fe, TauSquaredMethod method,
        int maxIterations, out int iterations)
    {
        var restricted = method == TauSquaredMethod.RestrictedMaximumLikelihood;
        var scale = (effects.Length - 1.0) / fe.TraceP;
        iterations = 0;
        if (fe.YPPY - (restricted ? fe.TraceP : fe.W) <= 0.0)
        {
            return 0.0;
        }
        var search = new BracketedNewton(Math.Max(0.0, HedgesRaw(in fe, effects.Length)), scale, RelativeTolerance);
        for (iterations = 1; iterations <= maxIterations; iterations++)
        {
            var s = WeightedSums.Compute(effects, variances, fe.Shift, search.Point);
            var score = s.YPPY - (restricted ? s.TraceP : s.W);
            if (search.Settle(score, -(restricted ? s.TracePP : s.W2)))
            {
                return search.Point;
            }
        }
        return double.NaN;
    }

    /// <summary>
    /// metafor's check after Fisher scoring: whether the (restricted) likelihood at tau² = 0 is larger than at the
    /// converged value, in which case the iteration found a local maximum only and tau² = 0 is the estimate. The
    /// likelihood (which needs a logarithm per study) is only evaluated when 0 is itself a local maximum, that is
    /// when the score at 0 is negative; otherwise the likelihood rises from 0 and the converged value is taken.
    /// </summary>
    private static bool LikelihoodLargerAtZero(
        ReadOnlySpan<double> effects, ReadOnlySpan<double> variances, in FixedEffectSums fe, TauSquaredMethod method, double tau2)
    {
        var scoreAtZero = fe.YPPY - (method == TauSquaredMethod.RestrictedMaximumLikelihood ? fe.TraceP : fe.W);
        if (scoreAtZero >= 0.0)
        {
            return false;
        }
        var s = WeightedSums.ComputeMoments(effects, variances, fe.Shift, tau2);
        var logRatio = 0.0;
        for (var i = 0; i < variances.Length; i++)
        {
            logRatio += Math.Log(1.0 + (tau2 / variances[i]));
        }
        // ll(tau²) − ll(0), constants cancelling: −½Σlog(1 + tau²/v) − ½(RSS(tau²) − Q) [− ½log(Σw(tau²)/Σw(0)) for REML].
        var difference = -0.5 * (logRatio + s.YPY - fe.Q);
        if (method == TauSquaredMethod.RestrictedMaximumLikelihood)
        {
            difference -= 0.5 * Math.Log(s.W / fe.W);
        }
        return difference < 0.0;
    }

    /// <summary>
    /// The tau² ≥ 0 at which the generalised Q statistic Σw(y − ȳ_w)², w = 1/(v + tau²), equals
    /// <paramref name="target"/>, given that Q(0) is above it. Q decreases in tau² with derivative −Y'PPY: solved by
    /// <see cref="BracketedNewton"/>. Returns NaN when no root is found within <paramref name="maxIterations"/> evaluations.
    /// </summary>
    internal static double SolveGeneralisedQ(
        ReadOnlySpan<double> effects, ReadOnlySpan<double> variances, double shift, double target,
        double start, double scale, int maxIterations, out int iterations)
    {
        var search = new BracketedNewton(start, scale, RelativeTolerance);
        for (iterations = 1; iterations <= maxIterations; iterations++)
        {
            var s = WeightedSums.Compute(effects, variances, shift, search.Point);
            if (search.Settle(s.YPY - target, -s.YPPY))
            {
                return search.Point;
            }
        }
        return double.NaN;
    }
}
