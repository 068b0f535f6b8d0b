using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace ForceEstimates.Aggregation;

/// <summary>Sums over the studies with weights 1/v (fixed effect), for Q, DerSimonian–Laird, Hunter–Schmidt and Hedges.</summary>
/// <remarks>
/// Effects enter shifted by a constant <c>Shift</c> (the first effect), so that Σw(y − c)² − (Σw(y − c))²/Σw
/// does not lose digits when the effects are large compared with their spread (log counts near 9.3, say).
/// </remarks>
internal struct FixedEffectSums
{
    public double Shift;
    public double W;      // Σw
    public double W2;     // Σw²
    public double Wd;     // Σw·d, d = y − Shift
    public double Wd2;    // Σw·d²
    public double D;      // Σd
    public double D2;     // Σd²
    public double V;      // Σv
    public double W2d;    // Σw²·d
    public double W2d2;   // Σw²·d²
    public double MinV;   // min v, to detect bad input without a separate pass (a NaN shows up in W instead)
    public double TracePWithoutCancellation; // set when one weight swamps the rest (see Dominated)

    /// <summary>Cochran's Q: Σw(y − ȳ_w)², w = 1/v.</summary>
    public readonly double Q => Math.Max(0.0, Wd2 - (Wd * Wd / W));

    /// <summary>Y'PPY at tau² = 0: Σw²(y − ȳ_w)².</summary>
    public readonly double YPPY
    {
        get
        {
            var m = Wd / W;
            return Math.Max(0.0, W2d2 - (2.0 * m * W2d) + (m * m * W2));
        }
    }

    /// <summary>tr(P) at tau² = 0: Σw − Σw²/Σw.</summary>
    public readonly double TraceP => TracePWithoutCancellation > 0 ? TracePWithoutCancellation : W - (W2 / W);

    /// <summary>
    /// Whether one weight swamps the rest so that Σw − Σw²/Σw has lost most of its digits to cancellation (found by the
    /// fuzz tests: [55278, 0] with variances [8e-33, 8862] gave NaN), and the sums must be formed by <see cref="Dominated"/>.
    /// </summary>
    public readonly bool IsDominated => !(W - (W2 / W) > 1e-6 * W);

    /// <summary>
    /// The sums about the effect of the heaviest study (so its d is exactly 0 and Q keeps its digits), with tr(P) as
    /// Σ w_i·(Σw − w_i)/Σw, the heaviest study's Σw − w_i summed from the others rather than subtracted.
    /// </summary>
    public static FixedEffectSums Dominated(ReadOnlySpan<double> effects, ReadOnlySpan<double> variances)
    {
        var heaviest = 0;
        for (var i = 1; i < variances.Length; i++)
        {
            heaviest = variances[i] < variances[heaviest] ? i : heaviest;
        }
        var s = Compute(effects, variances, effects[heaviest]);
        double rest = 0, others = 0;
        for (var i = 0; i < variances.Length; i++)
        {
            if (i != heaviest)
            {
                rest += 1.0 / variances[i];
            }
        }
        var total = rest + (1.0 / variances[heaviest]);
        for (var i = 0; i < variances.Length; i++)
        {
            if (i != heaviest)
            {
                var w = 1.0 / variances[i];
                others += w * (total - w);
            }
        }
        s.TracePWithoutCancellation = ((rest / variances[heaviest]) + others) / total;
        return s;
    }

    /// <summary>Whether a non-finite value or non-positive variance slipped in (found again, by index, by the caller).</summary>
    public readonly bool LooksInvalid => !(MinV > 0) || !double.IsFinite(W + Wd + Wd2 + D + D2 + V);

    public static FixedEffectSums Compute(ReadOnlySpan<double> effects, ReadOnlySpan<double> variances)
        => Compute(effects, variances, effects[0]);

    public static FixedEffectSums Compute(ReadOnlySpan<double> effects, ReadOnlySpan<double> variances, double shift)
    {
        var s = new FixedEffectSums { Shift = shift, MinV = double.PositiveInfinity };
        var i = 0;
        if (Vector.IsHardwareAccelerated && effects.Length >= 2 * Vector<double>.Count)
        {
            var ys = MemoryMarshal.Cast<double, Vector<double>>(effects);
            var vs = MemoryMarshal.Cast<double, Vector<double>>(variances);
            var c = new Vector<double>(shift);
            Vector<double> w1 = default, w2 = default, wd = default, wd2 = default, d1 = default, d2 = default, sv = default;
            Vector<double> wwd = default, wwd2 = default;
            var min = new Vector<double>(double.PositiveInfinity);
            for (var j = 0; j < ys.Length; j++)
            {
                var v = vs[j];
                var w = Vector<double>.One / v;
                var d = ys[j] - c;
                var wdj = w * d;
                var wwdj = wdj * w;
                w1 += w;
                w2 += w * w;
                wwd += wwdj;
                wwd2 += wwdj * d;
                wd += wdj;
                wd2 += wdj * d;
                d1 += d;
                d2 += d * d;
                sv += v;
                min = Vector.Min(min, v);
            }
            s.W = Vector.Sum(w1);
            s.W2 = Vector.Sum(w2);
            s.Wd = Vector.Sum(wd);
            s.Wd2 = Vector.Sum(wd2);
            s.D = Vector.Sum(d1);
            s.D2 = Vector.Sum(d2);
            s.V = Vector.Sum(sv);
            s.W2d = Vector.Sum(wwd);
            s.W2d2 = Vector.Sum(wwd2);
            for (var l = 0; l < Vector<double>.Count; l++)
            {
                s.MinV = Math.Min(s.MinV, min[l]);
            }
            i = ys.Length * Vector<double>.Count;
        }
        for (; i < effects.Length; i++)
        {
            var v = variances[i];
            var w = 1.0 / v;
            var d = effects[i] - shift;
            s.W += w;
            s.W2 += w * w;
            s.Wd += w * d;
            s.Wd2 += w * d * d;
            s.D += d;
            s.D2 += d * d;
            s.V += v;
            s.W2d += w * w * d;
            s.W2d2 += w * w * d * d;
            s.MinV = Math.Min(s.MinV, v);
        }
        return s;
    }
}

/// <summary>Sums with weights w = 1/(v + tau²), for the mean, generalised Q and the Fisher scoring steps.</summary>
internal struct WeightedSums
{
    public double W;     // Σw
    public double W2;    // Σw²
    public double W3;    // Σw³
    public double Wd;    // Σw·d
    public double Wd2;   // Σw·d²
    public double W2d;   // Σw²·d
    public double W2d2;  // Σw²·d²

    /// <summary>The weighted mean of d = y − shift.</summary>
    public readonly double MeanOfD => Wd / W;

    /// <summary>Y'PY, the generalised Q statistic Σw(y − ȳ_w)².</summary>
    public readonly double YPY => Math.Max(0.0, Wd2 - (Wd * Wd / W));

    /// <summary>Y'PPY = Σw²(y − ȳ_w)².</summary>
    public readonly double YPPY
    {
        get
        {
            var m = MeanOfD;
            return Math.Max(0.0, W2d2 - (2.0 * m * W2d) + (m * m * W2));
        }
    }

    /// <summary>tr(P) = Σw − Σw²/Σw.</summary>
    public readonly double TraceP => W - (W2 / W);

    /// <summary>tr(PP) = Σw² − 2Σw³/Σw + (Σw²/Σw)².</summary>
    public readonly double TracePP
    {
        get
        {
            var r = W2 / W;
            return W2 - (2.0 * W3 / W) + (r * r);
        }
    }

    /// <summary>All seven sums (for Fisher scoring and Newton steps on the generalised Q).</summary>
    public static WeightedSums Compute(ReadOnlySpan<double> effects, ReadOnlySpan<double> variances, double shift, double tauSquared)
    {
        var s = default(WeightedSums);
        var i = 0;
        if (Vector.IsHardwareAccelerated && effects.Length >= 2 * Vector<double>.Count)
        {
            var ys = MemoryMarshal.Cast<double, Vector<double>>(effects);
            var vs = MemoryMarshal.Cast<double, Vector<double>>(variances);
            var c = new Vector<double>(shift);
            var t = new Vector<double>(tauSquared);
            Vector<double> a1 = default, a2 = default, a3 = default, b1 = default, b2 = default, e1 = default, e2 = default;
            for (var j = 0; j < ys.Length; j++)
            {
                var w = Vector<double>.One / (vs[j] + t);
                var d = ys[j] - c;
                var ww = w * w;
                var wd = w * d;
                var wwd = ww * d;
                a1 += w;
                a2 += ww;
                a3 += ww * w;
                b1 += wd;
                b2 += wd * d;
                e1 += wwd;
                e2 += wwd * d;
            }
            s.W = Vector.Sum(a1);
            s.W2 = Vector.Sum(a2);
            s.W3 = Vector.Sum(a3);
            s.Wd = Vector.Sum(b1);
            s.Wd2 = Vector.Sum(b2);
            s.W2d = Vector.Sum(e1);
            s.W2d2 = Vector.Sum(e2);
            i = ys.Length * Vector<double>.Count;
        }
        for (; i < effects.Length; i++)
        {
            var w = 1.0 / (variances[i] + tauSquared);
            var d = effects[i] - shift;
            var ww = w * w;
            s.W += w;
            s.W2 += ww;
            s.W3 += ww * w;
            s.Wd += w * d;
            s.Wd2 += w * d * d;
            s.W2d += ww * d;
            s.W2d2 += ww * d * d;
        }
        return s;
    }

    /// <summary>Only Σw, Σw·d and Σw·d² (for the final mean, its variance and the Knapp–Hartung factor).</summary>
    public static WeightedSums ComputeMoments(ReadOnlySpan<double> effects, ReadOnlySpan<double> variances, double shift, double tauSquared)
    {
        var s = default(WeightedSums);
        var i = 0;
        if (Vector.IsHardwareAccelerated && effects.Length >= 2 * Vector<double>.Count)
        {
            var ys = MemoryMarshal.Cast<double, Vector<double>>(effects);
            var vs = MemoryMarshal.Cast<double, Vector<double>>(variances);
            var c = new Vector<double>(shift);
            var t = new Vector<double>(tauSquared);
            Vector<double> a1 = default, b1 = default, b2 = default;
            for (var j = 0; j < ys.Length; j++)
            {
                var w = Vector<double>.One / (vs[j] + t);
                var d = ys[j] - c;
                var wd = w * d;
                a1 += w;
                b1 += wd;
                b2 += wd * d;
            }
            s.W = Vector.Sum(a1);
            s.Wd = Vector.Sum(b1);
            s.Wd2 = Vector.Sum(b2);
            i = ys.Length * Vector<double>.Count;
        }
        for (; i < effects.Length; i++)
        {
            var w = 1.0 / (variances[i] + tauSquared);
            var d = effects[i] - shift;
            s.W += w;
            s.Wd += w * d;
            s.Wd2 += w * d * d;
        }
        return s;
    }
}
