using System;

namespace ForceEstimates.Aggregation;

/// <summary>
/// Finds the reports that disagree with the rest. A report's leave-one-out residual compares it with
/// a fit of the others: rᵢ = (yᵢ − μ₍₋ᵢ₎) / √(vᵢ + tau²₍₋ᵢ₎ + se²₍₋ᵢ₎), as metafor's <c>rstudent</c>,
/// with the DerSimonian–Laird tau² of the others (0 for a fixed-effect aggregate). The most extreme
/// report beyond the threshold is flagged and set aside, and the rest are checked again, so that one
/// wild figure does not make the others look wild (a sequential, Grubbs-style test). At least three
/// point reports are needed to call one of them the odd one out. Bounds are checked against the fit
/// of the point reports that were not flagged: only a bound on the wrong side of it counts.
/// </summary>
/// <remarks>
/// A round costs O(k) arithmetic when the others' tau² is 0 and O(k²) otherwise; with more than
/// <see cref="SequentialLimit"/> reports one round is made, with tau² of all reports held fixed, in O(k).
/// </remarks>
internal static class Disagreement
{
    internal const int SequentialLimit = 200;

    internal static void Find(
        ReadOnlySpan<Observation> observations,
        ReadOnlySpan<double> pointY,
        ReadOnlySpan<double> pointV,
        bool fixedEffect,
        double threshold,
        Span<double> residuals,
        Span<bool> flagged)
    {
        int n = observations.Length;
        Span<bool> active = n <= 256 ? stackalloc bool[n] : new bool[n];
        int activeCount = 0;
        for (int i = 0; i < n; i++)
        {
            flagged[i] = false;
            residuals[i] = 0;
            active[i] = observations[i].IsPoint;
            activeCount += active[i] ? 1 : 0;
        }
        bool sequential = activeCount <= SequentialLimit;
        double fixedTau2 = sequential || fixedEffect ? 0 : Fit(pointY, pointV, active, -1, fixedEffect).Tau2;
        while (activeCount >= 3)
        {
            int worst = -1;
            double worstAbs = 0;
            var totals = Totals.Of(pointY, pointV, active);
            // With many reports tau² is held at that of all of them, and each leave-one-out mean is a subtraction.
            double heldW = 0, heldWy = 0;
            if (!sequential)
            {
                for (int j = 0; j < n; j++)
                {
                    if (active[j])
                    {
                        double w = 1 / (pointV[j] + fixedTau2);
                        heldW += w;
                        heldWy += w * pointY[j];
                    }
                }
            }
            for (int i = 0; i < n; i++)
            {
                if (!active[i])
                {
                    continue;
                }
                RestFit rest;
                if (sequential)
                {
                    rest = FitWithout(totals, pointY, pointV, active, i, fixedEffect);
                }
                else
                {
                    double w = 1 / (pointV[i] + fixedTau2);
                    rest = new RestFit((heldWy - (w * pointY[i])) / (heldW - w), 1 / (heldW - w), fixedTau2);
                }
                double r = (pointY[i] - rest.Mean) / Math.Sqrt(pointV[i] + rest.Tau2 + rest.Variance);
                residuals[i] = r;
                if (Math.Abs(r) > worstAbs)
                {
                    worstAbs = Math.Abs(r);
                    worst = i;
                }
            }
            if (worst < 0 || worstAbs <= threshold)
            {
                break;
            }
            flagged[worst] = true;
            active[worst] = false;
            activeCount--;
            if (!sequential)
            {
                break;
            }
        }
        if (activeCount == 0)
        {
            return;
        }
        var agreed = Fit(pointY, pointV, active, -1, fixedEffect);
        for (int i = 0; i < n; i++)
        {
            var o = observations[i];
            if (o.IsPoint)
            {
                continue;
            }
            double s = Math.Sqrt(o.Variance + agreed.Tau2 + agreed.Variance);
            double mu = agreed.Mean;
            double r = o.Form switch
            {
                ClaimForm.AtLeast => Math.Max(0, (o.Lower - mu) / s),
                ClaimForm.AtMost => Math.Max(0, (mu - o.Upper) / s),
                _ => mu < o.Lower ? (o.Lower - mu) / s : mu > o.Upper ? (mu - o.Upper) / s : 0,
            };
            residuals[i] = r;
            flagged[i] = activeCount >= 2 && r > threshold;
        }
    }

    private readonly record struct RestFit(double Mean, double Variance, double Tau2);

    /// <summary>The inverse-variance sums of the active reports, from which a report's own term is subtracted in O(1).</summary>
    private readonly record struct Totals(double S1, double S2, double Sy, double Syy, int Count)
    {
        internal static Totals Of(ReadOnlySpan<double> y, ReadOnlySpan<double> v, ReadOnlySpan<bool> active)
        {
            double s1 = 0, s2 = 0, sy = 0, syy = 0;
            int m = 0;
            for (int j = 0; j < y.Length; j++)
            {
                if (active[j])
                {
                    double w = 1 / v[j];
                    s1 += w;
                    s2 += w * w;
                    sy += w * y[j];
                    syy += w * y[j] * y[j];
                    m++;
                }
            }
            return new Totals(s1, s2, sy, syy, m);
        }
    }

    /// <summary>The fit of the active reports other than <paramref name="left"/>, from the totals less its own term (O(1) when tau² is 0).</summary>
    private static RestFit FitWithout(in Totals totals, ReadOnlySpan<double> y, ReadOnlySpan<double> v, ReadOnlySpan<bool> active, int left, bool fixedEffect)
    {
        double w = 1 / v[left];
        var rest = new Totals(totals.S1 - w, totals.S2 - (w * w), totals.Sy - (w * y[left]), totals.Syy - (w * y[left] * y[left]), totals.Count - 1);
        // Subtraction loses precision when one weight dwarfs the rest; then the sums are taken afresh.
        return rest.S1 > 1e-9 * totals.S1 ? FromSums(rest, y, v, active, left, fixedEffect) : Fit(y, v, active, left, fixedEffect);
    }

    /// <summary>DerSimonian–Laird (or fixed-effect) fit of the active reports other than <paramref name="left"/>.</summary>
    private static RestFit Fit(ReadOnlySpan<double> y, ReadOnlySpan<double> v, ReadOnlySpan<bool> active, int left, bool fixedEffect)
    {
        double s1 = 0, s2 = 0, sy = 0, syy = 0;
        int m = 0;
        for (int j = 0; j < y.Length; j++)
        {
            if (active[j] && j != left)
            {
                double w = 1 / v[j];
                s1 += w;
                s2 += w * w;
                sy += w * y[j];
                syy += w * y[j] * y[j];
                m++;
            }
        }
        return FromSums(new Totals(s1, s2, sy, syy, m), y, v, active, left, fixedEffect);
    }

    // DerSimonian–Laird's tau² needs only the sums; only when it is positive does the mean need a pass over the others.
    private static RestFit FromSums(in Totals rest, ReadOnlySpan<double> y, ReadOnlySpan<double> v, ReadOnlySpan<bool> active, int left, bool fixedEffect)
    {
        double tau2 = 0;
        if (!fixedEffect && rest.Count > 1)
        {
            double q = Math.Max(0, rest.Syy - (rest.Sy * rest.Sy / rest.S1));
            tau2 = Math.Max(0, (q - (rest.Count - 1)) / (rest.S1 - (rest.S2 / rest.S1)));
        }
        return tau2 == 0 ? new RestFit(rest.Sy / rest.S1, 1 / rest.S1, 0) : FitHoldingTau(y, v, active, left, tau2);
    }

    private static RestFit FitHoldingTau(ReadOnlySpan<double> y, ReadOnlySpan<double> v, ReadOnlySpan<bool> active, int left, double tau2)
    {
        double sw = 0, swy = 0;
        for (int j = 0; j < y.Length; j++)
        {
            if (active[j] && j != left)
            {
                double w = 1 / (v[j] + tau2);
                sw += w;
                swy += w * y[j];
            }
        }
        return new RestFit(swy / sw, 1 / sw, tau2);
    }
}
