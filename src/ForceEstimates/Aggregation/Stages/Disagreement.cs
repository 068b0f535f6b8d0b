using System;
using MathNet.Numerics.Distributions;

namespace ForceEstimates.Aggregation;

/// <summary>
/// Finds the reports that disagree with the rest: each against what the others predict for it. With the others'
/// weighted mean μ₍₋ᵢ₎ (weights 1/vⱼ) and the noise multiple they imply, s²₍₋ᵢ₎ = Q₍₋ᵢ₎/(m − 2) (Q₍₋ᵢ₎ their weighted sum
/// of squared deviations, kept within the noise prior's range), a report's studentised residual
/// tᵢ = (yᵢ − μ₍₋ᵢ₎)/√(s²₍₋ᵢ₎·(vᵢ + 1/W₍₋ᵢ₎)) follows Student's t on m − 2 degrees of freedom when it agrees with them
/// (the externally studentised residual of a weighted mean). The threshold's two-sided tail under the normal (1.96:
/// 5%) is the chance that an aggregate of honest reports flags any of them: each of the n reports tested is held to
/// Šidák's share of it, 1 − (1 − α)^(1/n), as the t quantile with that tail (the Bonferroni outlier test on
/// externally studentised residuals, Cook and Weisberg 1982, §2.2.1). Testing each at α itself flagged 8.0% and
/// 11.3% of honest reports at k = 8 and 20 in the calibration study: honest sources whose noise differs four-fold
/// (10–40%) are not one noise multiple of their floors, so the noisiest look wild against the others' pooled spread,
/// and more so the more reports pin that spread down. A normal reference with a spread estimated from two or three
/// others flagged 15–21%. A fixed-effect aggregate takes s = 1 and the normal quantile with the same share.
/// </summary>
/// <remarks>
/// <para>The points are the point observations and the intervals narrow against the least noise the prior allows (a
/// rounding bin, at its middle with its rounding variance); at least three are needed to call one the odd one out.
/// The points beyond the threshold in a first round are the candidates; the most extreme is flagged and set aside and
/// the rest checked again (a sequential, Grubbs-style test, each round's family one report smaller, as in Holm's
/// step-down), so that one wild figure does not make the others look wild; only candidates are ever flagged, so honest reports are flagged at no more than the first round's rate
/// (flagging whatever a later round finds beyond the threshold flagged 5.9% at k = 5). With more than
/// <see cref="SequentialLimit"/> points every candidate is flagged at once, since one report then barely moves the
/// others' mean. A round is O(k).</para>
/// <para>A wider interval (a bound, a range) is checked against the fit of the points not flagged: the distance from
/// their mean to the interval in units of √(s²·(vᵢ + 1/W)), with s² = Q/(m − 1), against t on m − 1 degrees of
/// freedom and the family of the reports not flagged; only an interval that misses the mean can disagree, and at least
/// two points are needed.</para>
/// </remarks>
internal static class Disagreement
{
    /// <summary>Above this many points one round is made.</summary>
    internal const int SequentialLimit = 200;

    private const double DefaultThreshold = 1.96;

    /// <summary>Critical values at the default threshold, by family size, then degrees of freedom (filled as met).</summary>
    private static readonly double[]?[] DefaultCritical = new double[]?[257];

    internal static void Find(
        ReadOnlySpan<Observation> observations,
        NoiseScalePrior prior,
        bool fixedScale,
        double threshold,
        Span<double> residuals,
        Span<bool> flagged)
    {
        int n = observations.Length;
        double narrow = 2 * prior.Lowest, lowest = prior.Lowest * prior.Lowest, highest = prior.Highest * prior.Highest;
        Span<bool> active = n <= 256 ? stackalloc bool[n] : new bool[n];
        Span<double> ys = n <= 256 ? stackalloc double[n] : new double[n];
        Span<double> vs = n <= 256 ? stackalloc double[n] : new double[n];
        double shift = double.NaN;
        int m = 0;
        for (int i = 0; i < n; i++)
        {
            flagged[i] = false;
            residuals[i] = 0;
            active[i] = NoiseScaleFit.AsPoint(observations[i], narrow, out double y, out double r);
            if (active[i])
            {
                shift = double.IsNaN(shift) ? y : shift;
                ys[i] = y - shift;
                vs[i] = observations[i].Variance + r;
                m++;
            }
        }
        // Candidates are the points beyond the threshold in the first round; the worst is flagged and set aside and
        // the rest checked again, so a wild figure does not make the others look wild, but a point is flagged only if
        // it was a candidate: later rounds never add to the first round's flags.
        Span<bool> candidate = n <= 256 ? stackalloc bool[n] : new bool[n];
        bool first = true;
        // Every report is tested, a point in the rounds or an interval after them: one family of n.
        int family = n;
        while (m >= 3)
        {
            var sums = Sums.Of(ys, vs, active);
            double critical = Critical(threshold, fixedScale ? 0 : m - 2, family);
            int worst = -1;
            double worstAbs = critical;
            for (int i = 0; i < n; i++)
            {
                if (!active[i])
                {
                    continue;
                }
                double v = vs[i];
                double restW = sums.W - (1 / v), restMean = (sums.Wy - (ys[i] / v)) / restW;
                double deviation = ys[i] - restMean, spread = v + (1 / restW);
                // The others' sum of squares is all of them less this report's share: Q = Q₍₋ᵢ₎ + (yᵢ − μ₍₋ᵢ₎)²/(vᵢ + 1/W₍₋ᵢ₎).
                double scale2 = fixedScale ? 1 : Math.Clamp(Math.Max(0, sums.Q - (deviation * deviation / spread)) / (m - 2), lowest, highest);
                double t = deviation / Math.Sqrt(scale2 * spread);
                residuals[i] = t;
                candidate[i] = first ? Math.Abs(t) > critical : candidate[i];
                if (candidate[i] && Math.Abs(t) > worstAbs)
                {
                    worstAbs = Math.Abs(t);
                    worst = i;
                }
            }
            if (first && m > SequentialLimit)
            {
                // With this many points one barely moves the others' mean: every candidate at once.
                for (int i = 0; i < n; i++)
                {
                    flagged[i] = active[i] && candidate[i];
                    m -= flagged[i] ? 1 : 0;
                    family -= flagged[i] ? 1 : 0;
                    active[i] &= !flagged[i];
                }
                break;
            }
            first = false;
            if (worst < 0)
            {
                break;
            }
            flagged[worst] = true;
            active[worst] = false;
            m--;
            family--;
        }
        if (m < 2)
        {
            return;
        }
        var agreed = Sums.Of(ys, vs, active);
        double mean = (agreed.Wy / agreed.W) + shift;
        double boundScale2 = fixedScale ? 1 : Math.Clamp(agreed.Q / (m - 1), lowest, highest);
        double boundCritical = Critical(threshold, fixedScale ? 0 : m - 1, family);
        for (int i = 0; i < n; i++)
        {
            var o = observations[i];
            if (NoiseScaleFit.AsPoint(o, narrow, out _, out _))
            {
                continue;
            }
            double distance = mean < o.Lower ? o.Lower - mean : mean > o.Upper ? mean - o.Upper : 0;
            double t = distance / Math.Sqrt(boundScale2 * (o.Variance + (1 / agreed.W)));
            residuals[i] = t;
            flagged[i] = t > boundCritical;
        }
    }

    /// <summary>The inverse-variance sums of the active points (their values shifted by the first one's, for precision).</summary>
    private readonly record struct Sums(double W, double Wy, double Q)
    {
        internal static Sums Of(ReadOnlySpan<double> y, ReadOnlySpan<double> v, ReadOnlySpan<bool> active)
        {
            double w = 0, wy = 0, wyy = 0;
            for (int j = 0; j < y.Length; j++)
            {
                if (active[j])
                {
                    w += 1 / v[j];
                    wy += y[j] / v[j];
                    wyy += y[j] * y[j] / v[j];
                }
            }
            return new Sums(w, wy, Math.Max(0, wyy - (wy * wy / w)));
        }
    }

    /// <summary>
    /// The Student's t quantile on <paramref name="degrees"/> degrees of freedom (the normal's for 0) whose two-sided
    /// tail is Šidák's share, among <paramref name="family"/> tests, of the two-sided tail the normal has beyond
    /// <paramref name="threshold"/>; +∞ when that tail is too small to represent (a threshold no residual can reach).
    /// </summary>
    internal static double Critical(double threshold, int degrees, int family)
    {
        family = Math.Max(family, 1);
        bool cached = threshold == DefaultThreshold && family < DefaultCritical.Length && degrees < family + 1;
        double[]? row = cached ? DefaultCritical[family] : null;
        if (row is not null && row[Math.Max(degrees, 0)] > 0)
        {
            return row[Math.Max(degrees, 0)];
        }
        // The upper tail, not 1 − tail: Φ(threshold) rounds to 1 for thresholds beyond about 8. Šidák's share,
        // 1 − (1 − 2q)^(1/n), through log1p and expm1 so that a tail far below machine precision keeps its digits.
        double twoSided = 2 * StandardNormal.Cdf(-threshold);
        double tail = twoSided >= 1 ? 0.5 : -0.5 * double.ExpM1(double.LogP1(-twoSided) / family);
        double value = double.PositiveInfinity;
        if (degrees <= 0)
        {
            value = tail > 0 ? -StandardNormal.Quantile(tail) : double.PositiveInfinity;
        }
        else
        {
            // Bisection on the t tail, which falls as t grows, holds for any tail MathNet's inverse might not reach.
            double low = 0, high = Math.Max(threshold, 1);
            while (tail > 0 && high < 1e300 && StudentT.CDF(0, 1, degrees, -high) > tail)
            {
                low = high;
                high *= 2;
            }
            if (tail > 0 && high < 1e300)
            {
                for (int i = 0; i < 200 && high - low > 1e-12 * high; i++)
                {
                    double middle = (low + high) / 2;
                    (low, high) = StudentT.CDF(0, 1, degrees, -middle) > tail ? (middle, high) : (low, middle);
                }
                value = (low + high) / 2;
            }
        }
        if (cached)
        {
            // Every thread computes the same values: a race only repeats the work.
            row ??= DefaultCritical[family] ??= new double[family + 1];
            row[Math.Max(degrees, 0)] = value;
        }
        return value;
    }
}
