using System;
using System.Collections.Generic;

namespace ForceEstimates.Aggregation;

/// <summary>
/// Finds the reports that disagree with the rest. A report's leave-one-out residual compares it with
/// a fit of the others: rᵢ = (yᵢ − μ₍₋ᵢ₎) / √(vᵢ + tau²₍₋ᵢ₎ + se²₍₋ᵢ₎) (as metafor's <c>rstudent</c>,
/// with the DerSimonian–Laird tau² of the others, or 0 for a fixed-effect aggregate). The most
/// extreme report beyond the threshold is flagged and set aside, and the rest are checked again,
/// so that one wild figure does not make the others look wild (a sequential, Grubbs-style test).
/// At least three point reports are needed to call one of them the odd one out. Bounds are checked
/// against the fit of the point reports that were not flagged: only a bound on the wrong side counts.
/// </summary>
internal static class Disagreement
{
    // Beyond this many reports the sequential search (quadratic per round) stops after one round.
    private const int SequentialLimit = 200;

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
        var active = new List<int>(n);
        for (int i = 0; i < n; i++)
        {
            flagged[i] = false;
            residuals[i] = 0;
            if (observations[i].IsPoint)
            {
                active.Add(i);
            }
        }
        var method = fixedEffect ? TauSquaredMethod.FixedEffect : TauSquaredMethod.DerSimonianLaird;
        var restY = new double[Math.Max(1, n)];
        var restV = new double[Math.Max(1, n)];
        bool more = true;
        while (more && active.Count >= 3)
        {
            more = false;
            int worst = -1;
            double worstAbs = 0;
            foreach (int i in active)
            {
                int m = 0;
                foreach (int j in active)
                {
                    if (j != i)
                    {
                        restY[m] = pointY[j];
                        restV[m] = pointV[j];
                        m++;
                    }
                }
                var rest = MetaAnalysis.Fit(restY.AsSpan(0, m), restV.AsSpan(0, m), method);
                double r = (pointY[i] - rest.Mean) / Math.Sqrt(pointV[i] + rest.TauSquared + (rest.StandardError * rest.StandardError));
                residuals[i] = r;
                if (Math.Abs(r) > worstAbs)
                {
                    worstAbs = Math.Abs(r);
                    worst = i;
                }
            }
            if (worst >= 0 && worstAbs > threshold)
            {
                flagged[worst] = true;
                active.Remove(worst);
                more = n <= SequentialLimit;
            }
        }

        if (active.Count == 0)
        {
            return;
        }
        int k = 0;
        foreach (int j in active)
        {
            restY[k] = pointY[j];
            restV[k] = pointV[j];
            k++;
        }
        var agreed = MetaAnalysis.Fit(restY.AsSpan(0, k), restV.AsSpan(0, k), method);
        for (int i = 0; i < n; i++)
        {
            var o = observations[i];
            if (o.IsPoint)
            {
                continue;
            }
            double s = Math.Sqrt(o.Variance + agreed.TauSquared + (agreed.StandardError * agreed.StandardError));
            double mu = agreed.Mean;
            double r = o.Kind switch
            {
                ObservationKind.AtLeast => Math.Max(0, (o.Lower - mu) / s),
                ObservationKind.AtMost => Math.Max(0, (mu - o.Upper) / s),
                _ => mu < o.Lower ? (o.Lower - mu) / s : mu > o.Upper ? (mu - o.Upper) / s : 0,
            };
            residuals[i] = r;
            flagged[i] = active.Count >= 2 && r > threshold;
        }
    }
}
