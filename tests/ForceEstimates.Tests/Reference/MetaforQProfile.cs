using System;
using ForceEstimates.Aggregation;
using MathNet.Numerics.Distributions;

namespace ForceEstimates.Tests.Reference;

/// <summary>
/// The Q-profile interval for tau² computed the way metafor 3.8's <c>confint.rma.uni</c> does by default: Brent's
/// root search (R's <c>uniroot</c>, i.e. <c>zeroin</c>) with tolerance ε^¼ ≈ 1.2e-4 on [0, max(100, 10·tau²)], and
/// that cap reported when a bound lies beyond it. It exists so that tests can reproduce metafor's published
/// figures digit for digit; <see cref="MetaAnalysis.TauSquaredConfidenceInterval"/> solves to 1e-10 instead. Only the
/// tests use it, so it lives with them.
/// </summary>
internal static class MetaforQProfile
{
    private const double MachineEpsilon = 2.220446049250313e-16;

    public static EstimateInterval Compute(ReadOnlySpan<double> effects, ReadOnlySpan<double> variances, double fittedTauSquared, double level = 0.95)
    {
        var df = effects.Length - 1.0;
        var forLower = ChiSquared.InvCDF(df, (1.0 + level) / 2.0);
        var forUpper = ChiSquared.InvCDF(df, (1.0 - level) / 2.0);
        const double min = 0.0;
        var max = Math.Max(100.0, 10.0 * fittedTauSquared);
        var tolerance = Math.Pow(MachineEpsilon, 0.25);
        var shift = effects[0];
        double Q(double tau2, ReadOnlySpan<double> y, ReadOnlySpan<double> v) => WeightedSums.ComputeMoments(y, v, shift, tau2).YPY;
        var qMin = Q(min, effects, variances);
        var qMax = Q(max, effects, variances);

        double lower, upper;
        if (qMin < forUpper)
        {
            lower = upper = min;
        }
        else
        {
            upper = qMax > forUpper ? max : Zeroin(effects, variances, shift, forUpper, min, max, qMin - forUpper, qMax - forUpper, tolerance, 1000);
            lower = double.NaN;
        }
        if (qMax > forLower)
        {
            lower = upper = max;
        }
        else
        {
            lower = qMin < forLower ? min : Zeroin(effects, variances, shift, forLower, min, max, qMin - forLower, qMax - forLower, tolerance, 1000);
        }
        return new EstimateInterval(lower, upper, level);
    }

    /// <summary>
    /// Brent's (1973) root finder in the form of netlib's <c>zeroin.c</c> that R uses: bisection, secant and inverse
    /// quadratic interpolation, stopping when half the bracket is within 2ε|b| + tol/2.
    /// </summary>
    private static double Zeroin(
        ReadOnlySpan<double> effects, ReadOnlySpan<double> variances, double shift, double target,
        double a, double b, double fa, double fb, double tolerance, int maxIterations)
    {
        if (fa == 0.0)
        {
            return a;
        }
        if (fb == 0.0)
        {
            return b;
        }
        double c = a, fc = fa;
        for (var iteration = 0; iteration <= maxIterations; iteration++)
        {
            var previousStep = b - a;
            if (Math.Abs(fc) < Math.Abs(fb))
            {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            var tolAct = (2 * MachineEpsilon * Math.Abs(b)) + (tolerance / 2);
            var newStep = (c - b) / 2;
            if (Math.Abs(newStep) <= tolAct || fb == 0.0)
            {
                return b;
            }
            if (Math.Abs(previousStep) >= tolAct && Math.Abs(fa) > Math.Abs(fb))
            {
                double p, q;
                var cb = c - b;
                if (a == c)
                {
                    var t1 = fb / fa;
                    p = cb * t1;
                    q = 1.0 - t1;
                }
                else
                {
                    var qa = fa / fc;
                    var t1 = fb / fc;
                    var t2 = fb / fa;
                    p = t2 * ((cb * qa * (qa - t1)) - ((b - a) * (t1 - 1.0)));
                    q = (qa - 1.0) * (t1 - 1.0) * (t2 - 1.0);
                }
                if (p > 0)
                {
                    q = -q;
                }
                else
                {
                    p = -p;
                }
                if (p < (0.75 * cb * q) - (Math.Abs(tolAct * q) / 2) && p < Math.Abs(previousStep * q / 2))
                {
                    newStep = p / q;
                }
            }
            if (Math.Abs(newStep) < tolAct)
            {
                newStep = newStep > 0 ? tolAct : -tolAct;
            }
            a = b;
            fa = fb;
            b += newStep;
            fb = WeightedSums.ComputeMoments(effects, variances, shift, b).YPY - target;
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0))
            {
                c = a;
                fc = fa;
            }
        }
        return double.NaN;
    }
}
