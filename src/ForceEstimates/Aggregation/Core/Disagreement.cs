using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using MathNet.Numerics.Distributions;

namespace ForceEstimates.Aggregation;

/// <summary>
/// Finds the reports that disagree with the rest: each against what the others predict for it. A reading with two finite
/// ends (a figure, a rounding bin, a hedge's plausible range, a stated range) is a point yᵢ at its range's middle whose
/// spread is its noise, s²·vᵢ (vᵢ its variance at the floor, s the unknown noise multiple), plus its range's uniform
/// variance rᵢ = wᵢ²/12, which is known and not scaled. With the others' weighted mean μ₍₋ᵢ₎ (weights 1/(vⱼ + rⱼ)) and the
/// noise multiple they imply (the moment estimate below, kept within the noise prior's range), a report's studentised
/// residual tᵢ = (yᵢ − μ₍₋ᵢ₎)/√(s²₍₋ᵢ₎·vᵢ + rᵢ + Var μ₍₋ᵢ₎) follows Student's t on m − 2 degrees of freedom when it
/// agrees with them (the externally studentised residual of a weighted mean; with no rounding, the textbook one). The
/// threshold's two-sided tail under the normal (1.96: 5%) is the chance that an aggregate of honest reports flags any of
/// them: each of the n reports tested is held to Šidák's share of it, 1 − (1 − α)^(1/n), as the t quantile with that tail
/// (the Bonferroni outlier test on externally studentised residuals, Cook and Weisberg 1982, §2.2.1). Testing each at α
/// itself flagged 8.0% and 11.3% of honest reports at k = 8 and 20 in the calibration study: honest sources whose noise
/// differs four-fold (10–40%) are not one noise multiple of their floors, so the noisiest look wild against the others'
/// pooled spread, and more so the more reports pin that spread down. A normal reference with a spread estimated from two
/// or three others flagged 15–21%. A fixed-effect aggregate takes s = 1 and the normal quantile with the same share.
/// With six points or fewer (the others' spread on at most <see cref="PredictiveDegrees"/> degrees of freedom) the
/// reference is the predictive distribution under the noise prior instead (<see cref="NoiseScalePrior"/>: a source errs
/// by at most about ten times its floor), held to the same share: t on one degree of freedom needs a residual of 37 among
/// three reports, so a figure ten times two that agree (residual about 16) was never flagged, and honest sets of three to
/// five were flagged in 0–0.3% of trials where the test allows 5%. The predictive flags the tenfold figure and brings
/// honest sets to 0–3.4% (the unit tests' simulation; 0.1–0.4% of honest reports at k = 3 in the calibration study).
/// </summary>
/// <remarks>
/// <para>The noise multiple of a set of readings is the moment estimate for a scale with a known additive part: with
/// weights wⱼ = 1/(vⱼ + rⱼ) and Q their weighted sum of squared deviations from their weighted mean,
/// E[Q] = s²·Σ(wⱼ − wⱼ²/W)·vⱼ + Σ(wⱼ − wⱼ²/W)·rⱼ, solved for s² (DerSimonian and Laird's estimator, here for a multiple of
/// the floors rather than an added tau²). Without rounding it is Q/(m − 1), and every sum it needs drops one report in
/// O(1), so a round is O(k). Figures are mostly round ("10,000", "about 12,000"), and their rounding bins are wider than
/// their noise at the floor: before 2026-12-05 only readings narrow against the least noise the prior allows counted as
/// points, so a set of round figures had too few points to test and a far figure among them was never flagged ("about
/// 10,000" twice, "10,000", "about 12,000" and "100,000": no flag). The rounding credit assumes a figure anywhere in its bin; where bins are
/// as coarse as the noise, identical bins spread less than that and the noise multiple comes out low, so Šidák's bound
/// on a set no longer holds there: honest figures of one or two significant digits had a flag in 11–18% of sets of 20
/// (the unit tests' simulation), though each report was flagged in under 1%, and the calibration study's honest
/// scenarios flag 0.3–2.7% of reports (0–1.9% before).</para>
/// <para>At least three points are needed to call one the odd one out. The points beyond the threshold in a first round
/// are the candidates; the most extreme is flagged and set aside and the rest checked again (a sequential, Grubbs-style
/// test, each round's family one report smaller, as in Holm's step-down), so that one wild figure does not make the
/// others look wild; only candidates are ever flagged, so honest reports are flagged at no more than the first round's
/// rate (flagging whatever a later round finds beyond the threshold flagged 5.9% at k = 5). With more than
/// <see cref="SequentialLimit"/> points every candidate is flagged at once, since one report then barely moves the
/// others' mean.</para>
/// <para>An open bound ("more than N" read as open) is checked against the fit of the points not flagged: the distance
/// from their mean to the bound in units of √(s²·vᵢ + Var μ), against t on m − 1 degrees of freedom and the family of the
/// reports not flagged (with five points or fewer, against the predictive under the noise prior, as points are); only a
/// bound the mean lies beyond can disagree, and at least two points are needed.</para>
/// </remarks>
internal static class Disagreement
{
    /// <summary>Above this many points one round is made.</summary>
    internal const int SequentialLimit = 200;

    /// <summary>
    /// At or below this many degrees of freedom of the others' spread (six points or fewer) a point is tested against the
    /// predictive distribution under the noise prior (<see cref="Sums.PredictiveTail"/>); above it, against Student's t.
    /// </summary>
    internal const int PredictiveDegrees = 4;

    /// <summary>
    /// The values of log s the predictive test averages over (a multiple of four): 24 over the prior's flat range and three
    /// edge spreads beyond each end (6.5 in log s for the default), a step of 0.28, under the posterior's standard deviation
    /// in log s with four degrees of freedom (about 0.35), where a sum over evenly spaced nodes of a smooth density is
    /// exact to far better than the test needs; 48 nodes gave the same calibration study figures but for one flag rate
    /// (1.4% → 1.3%).
    /// </summary>
    internal const int PredictiveNodes = 24;

    /// <summary>Nodes whose posterior weight is below e^this of the largest (1e-13) are left out of the predictive.</summary>
    private const double NegligibleLogWeight = -30;

    /// <summary>Below this share the predictive's normal tails are MathNet's, not Abramowitz and Stegun's (within 1.5e-7).</summary>
    private const double ExactTails = 1e-4;

    private const double Sqrt2 = 1.4142135623730951;

    /// <summary>The default threshold (<see cref="AggregationOptions.OutlierThreshold"/>): a 5% two-sided tail under the normal.</summary>
    internal const double DefaultThreshold = 1.96;

    /// <summary>Critical values at the default threshold, by family size, then degrees of freedom (filled as met).</summary>
    private static readonly double[]?[] DefaultCritical = new double[]?[257];

    /// <summary>Šidák's shares at the default threshold, by family size (filled as met; 0 until then, as no share is).</summary>
    private static readonly double[] DefaultShares = new double[257];

    /// <summary>
    /// Flags the reports that disagree with the rest (into <paramref name="flagged"/>, their residuals into
    /// <paramref name="residuals"/>), as the type's remarks say, and returns the square of the noise multiple the reports
    /// not flagged imply (the moment estimate within the prior's range, or, where some report is flagged and five points or
    /// fewer agree, the posterior median under the prior, since a moment estimate from so few is as often near 0 as not; 1
    /// for a fixed scale; NaN when fewer than two points agree): the noise the heavy-tailed centre judges readings against
    /// when some disagree.
    /// </summary>
    internal static double Find(
        ReadOnlySpan<Observation> observations,
        NoiseScalePrior prior,
        bool fixedScale,
        double threshold,
        Span<double> residuals,
        Span<bool> flagged)
    {
        int n = observations.Length;
        double lowest = prior.Lowest * prior.Lowest, highest = prior.Highest * prior.Highest;
        Span<bool> active = n <= 256 ? stackalloc bool[n] : new bool[n];
        Span<double> ys = n <= 256 ? stackalloc double[n] : new double[n];
        Span<double> vs = n <= 256 ? stackalloc double[n] : new double[n];
        Span<double> rs = n <= 256 ? stackalloc double[n] : new double[n];
        double shift = double.NaN;
        int m = 0;
        for (int i = 0; i < n; i++)
        {
            flagged[i] = false;
            residuals[i] = 0;
            var o = observations[i];
            active[i] = double.IsFinite(o.Lower) && double.IsFinite(o.Upper);
            if (active[i])
            {
                double y = o.IsPoint ? o.Lower : 0.5 * (o.Lower + o.Upper), w = o.IsPoint ? 0 : o.Upper - o.Lower;
                shift = double.IsNaN(shift) ? y : shift;
                ys[i] = y - shift;
                vs[i] = o.Variance;
                rs[i] = w * w / 12;
                m++;
            }
        }
        // Candidates are the points beyond the threshold in the first round; the worst is flagged and set aside and
        // the rest checked again, so a wild figure does not make the others look wild, but a point is flagged only if
        // it was a candidate: later rounds never add to the first round's flags.
        Span<bool> candidate = n <= 256 ? stackalloc bool[n] : new bool[n];
        bool first = true;
        // Every report is tested, a point in the rounds or a bound after them: one family of n.
        int family = n;
        while (m >= 3)
        {
            var all = Sums.Of(ys, vs, rs, active);
            // With few degrees of freedom the others' spread says little about the noise, and the prior's range says
            // more: the test is then the predictive one, on the normal scale (its statistic the normal quantile of the
            // predictive tail).
            bool predictive = !fixedScale && m - 2 <= PredictiveDegrees;
            // The predictive's statistic is −log of its tail, held to −log of Šidák's share.
            double share = predictive ? SidakShare(threshold, family) : 0;
            double critical = predictive ? -Math.Log(share) : Critical(threshold, fixedScale ? 0 : m - 2, family);
            int worst = -1;
            double worstAbs = critical;
            for (int i = 0; i < n; i++)
            {
                if (!active[i])
                {
                    continue;
                }
                var rest = all.Without(ys[i], vs[i], rs[i]);
                double deviation = ys[i] - rest.Mean;
                double scale2 = fixedScale ? 1 : rest.NoiseMultiple2(lowest, highest);
                double t = deviation / Math.Sqrt((scale2 * vs[i]) + rs[i] + rest.MeanVariance(scale2));
                residuals[i] = t;
                // After the first round only candidates can be flagged: the others' statistic is not needed.
                double statistic = predictive && (first || candidate[i])
                    ? -Math.Log(rest.PredictiveTail(deviation, vs[i], rs[i], m - 2, prior, share < ExactTails))
                    : Math.Abs(t);
                candidate[i] = first ? statistic > critical : candidate[i];
                if (candidate[i] && statistic > worstAbs)
                {
                    worstAbs = statistic;
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
            return double.NaN;
        }
        var agreed = Sums.Of(ys, vs, rs, active);
        double mean = agreed.Mean + shift;
        double boundScale2 = fixedScale ? 1 : agreed.NoiseMultiple2(lowest, highest);
        double meanVariance = agreed.MeanVariance(boundScale2);
        // As for points: with few degrees of freedom the bound's chance is the predictive's (its one-sided tail against
        // half of Šidák's share, so the two-sided tail against the share).
        bool predictiveBounds = !fixedScale && m - 1 <= PredictiveDegrees;
        double boundShare = SidakShare(threshold, family);
        double boundCritical = Critical(threshold, fixedScale ? 0 : m - 1, family);
        for (int i = 0; i < n; i++)
        {
            var o = observations[i];
            if (double.IsFinite(o.Lower) && double.IsFinite(o.Upper))
            {
                continue;
            }
            double distance = mean < o.Lower ? o.Lower - mean : mean > o.Upper ? mean - o.Upper : 0;
            double t = distance / Math.Sqrt((boundScale2 * o.Variance) + meanVariance);
            residuals[i] = t;
            flagged[i] = predictiveBounds
                ? distance > 0 && agreed.PredictiveTail(distance, o.Variance, 0, m - 1, prior, boundShare < ExactTails) < boundShare
                : t > boundCritical;
        }
        // With few degrees of freedom the moment estimate is as often near 0 as not: where some report disagrees, the
        // posterior median says what the agreeing points and the prior imply together.
        return fixedScale || m - 1 > PredictiveDegrees || !flagged.Contains(true) ? boundScale2 : agreed.PosteriorMedian2(m - 1, prior);
    }

    /// <summary>
    /// The sums over a set of points (values shifted by the first one's, for precision) that their weighted mean, its
    /// weighted sum of squares and the moment estimate of their noise multiple need, with weights w = 1/(v + r):
    /// W = Σw, Wy = Σwy, Wyy = Σwy², and Σwv, Σw²v, Σwr, Σw²r. Each is a plain sum, so one point drops out in O(1).
    /// </summary>
    private readonly record struct Sums(double W, double Wy, double Wyy, double Wv, double W2v, double Wr, double W2r)
    {
        internal static Sums Of(ReadOnlySpan<double> y, ReadOnlySpan<double> v, ReadOnlySpan<double> r, ReadOnlySpan<bool> active)
        {
            var sums = default(Sums);
            for (int j = 0; j < y.Length; j++)
            {
                if (active[j])
                {
                    sums = sums.With(y[j], v[j], r[j], 1);
                }
            }
            return sums;
        }

        /// <summary>These sums without the point (<paramref name="y"/>, <paramref name="v"/>, <paramref name="r"/>).</summary>
        internal Sums Without(double y, double v, double r) => With(y, v, r, -1);

        private Sums With(double y, double v, double r, double sign)
        {
            double w = 1 / (v + r), sw = sign * w;
            return new Sums(W + sw, Wy + (sw * y), Wyy + (sw * y * y), Wv + (sw * v), W2v + (sw * w * v), Wr + (sw * r), W2r + (sw * w * r));
        }

        /// <summary>The weighted mean.</summary>
        internal double Mean => Wy / W;

        /// <summary>
        /// The moment estimate of s²: (Q − Σ(w − w²/W)·r)/Σ(w − w²/W)·v, Q = Σw(y − ȳ)², within
        /// [<paramref name="lowest"/>, <paramref name="highest"/>]; the lowest when rounding explains all of Q.
        /// </summary>
        internal double NoiseMultiple2(double lowest, double highest)
        {
            double q = Math.Max(0, Wyy - (Wy * Wy / W));
            double noise = Wv - (W2v / W), rounding = Wr - (W2r / W);
            double excess = q - rounding;
            return excess <= 0 ? lowest : noise <= 0 ? highest : Math.Clamp(excess / noise, lowest, highest);
        }

        /// <summary>The variance of the weighted mean at the noise multiple √<paramref name="scale2"/>: Σw²(s²v + r)/W².</summary>
        internal double MeanVariance(double scale2) => ((scale2 * W2v) + W2r) / (W * W);

        /// <summary>
        /// The predictive test's tail for a point <paramref name="deviation"/> from these points' weighted mean, with noise
        /// variance <paramref name="v"/> at the floor and rounding variance <paramref name="r"/>: the chance, averaged over
        /// the noise multiple's posterior given these points, that a report agreeing with them lies at least as far from
        /// their mean, 2Φ(−|deviation|/√(s²·v + r + Var μ(s))). The posterior is the prior's density times the likelihood of
        /// their weighted sum of squares Q on <paramref name="degrees"/> degrees of freedom, read as σ²·χ²/d with σ² =
        /// s²·Σ(w − w²/W)v + Σ(w − w²/W)r its expectation (the moment estimate's model), on the prior's
        /// <see cref="NoiseScalePrior.PredictiveGrid"/>. Four nodes at a time, the normal tail by Abramowitz and Stegun's
        /// 7.1.26 (within 1.5e-7) unless <paramref name="exact"/> (tails too small for that: MathNet's).
        /// </summary>
        // Scratch written before it is read.
        [SkipLocalsInit]
        internal double PredictiveTail(double deviation, double v, double r, int degrees, NoiseScalePrior prior, bool exact)
        {
            const int n = PredictiveNodes;
            var grid = prior.PredictiveGrid;
            ref double gridRef = ref MemoryMarshal.GetReference(grid);
            Span<double> logWeights = stackalloc double[n];
            ref double logRef = ref MemoryMarshal.GetReference(logWeights);
            double highest = LogPosterior(degrees, grid, logWeights);
            // The spread of the deviation at s²: s²·(v + Σw²v/W²) + r + Σw²r/W².
            double perScale = v + (W2v / (W * W)), fixedPart = r + (W2r / (W * W)), d2 = deviation * deviation;
            var totalv = Vector256<double>.Zero;
            var tailv = Vector256<double>.Zero;
            for (int j = 0; j < n; j += 4)
            {
                var logWeight = Vector256.LoadUnsafe(ref logRef, (nuint)j) - Vector256.Create(highest);
                if (Vector256.LessThanAll(logWeight, Vector256.Create(NegligibleLogWeight)))
                {
                    continue;
                }
                var weight = NoiseScaleFit.Mixture.NegativeExp(logWeight);
                var spread2 = Vector256.Max(
                    (Vector256.LoadUnsafe(ref gridRef, (nuint)j) * Vector256.Create(perScale)) + Vector256.Create(fixedPart), Vector256.Create(1e-300));
                // 2Φ(−u) = erfc(u/√2), z = u/√2 = √(d²/(2·spread²)).
                var z = Vector256.Sqrt(Vector256.Create(0.5 * d2) / spread2);
                Vector256<double> tail;
                if (exact)
                {
                    tail = Vector256.Create(
                        2 * StandardNormal.Cdf(-Sqrt2 * z.GetElement(0)), 2 * StandardNormal.Cdf(-Sqrt2 * z.GetElement(1)),
                        2 * StandardNormal.Cdf(-Sqrt2 * z.GetElement(2)), 2 * StandardNormal.Cdf(-Sqrt2 * z.GetElement(3)));
                }
                else
                {
                    var t = Vector256<double>.One / (Vector256<double>.One + (Vector256.Create(NoiseScaleFit.Mixture.ErfcP) * z));
                    // Beyond z = 27, e^(−z²) underflows: no tail.
                    tail = Vector256.ConditionalSelect(
                        Vector256.GreaterThan(z, Vector256.Create(27.0)), Vector256<double>.Zero,
                        t * NoiseScaleFit.Mixture.ErfcPolynomial(t) * NoiseScaleFit.Mixture.NegativeExp(-(z * z)));
                }
                totalv += weight;
                tailv += weight * tail;
            }
            return NoiseScaleFit.Mixture.Total(tailv) / NoiseScaleFit.Mixture.Total(totalv);
        }

        /// <summary>
        /// The square of the noise multiple's posterior median given these points (as in <see cref="PredictiveTail"/>), on
        /// the prior's grid, linear within a node's share of the mass.
        /// </summary>
        // Scratch written before it is read.
        [SkipLocalsInit]
        internal double PosteriorMedian2(int degrees, NoiseScalePrior prior)
        {
            const int n = PredictiveNodes;
            var grid = prior.PredictiveGrid;
            Span<double> weights = stackalloc double[n];
            double top = LogPosterior(degrees, grid, weights), total = 0;
            for (int j = 0; j < n; j++)
            {
                weights[j] = Math.Exp(weights[j] - top);
                total += weights[j];
            }
            double cumulative = 0, half = 0.5 * total;
            for (int j = 0; j < n; j++)
            {
                if (cumulative + weights[j] >= half)
                {
                    // Between the log s halfway to the node before and halfway to the node after, by the share needed.
                    double logScale = (0.5 * Math.Log(grid[j])) + ((((half - cumulative) / weights[j]) - 0.5) * LogStep(grid));
                    return Math.Exp(2 * logScale);
                }
                cumulative += weights[j];
            }
            return grid[n - 1];
        }

        /// <summary>
        /// The log of the noise multiple's posterior given these points at each node of <paramref name="grid"/> (the
        /// prior's <see cref="NoiseScalePrior.PredictiveGrid"/>) into <paramref name="logWeights"/>, up to a constant;
        /// returns the largest. The prior's log density plus the log likelihood of their weighted sum of squares Q on
        /// <paramref name="degrees"/> degrees of freedom as σ²·χ²/d, σ² = s²·Σ(w − w²/W)v + Σ(w − w²/W)r; points with no
        /// spread to expect say nothing about s (the prior alone). Four nodes at a time.
        /// </summary>
        private double LogPosterior(int degrees, ReadOnlySpan<double> grid, Span<double> logWeights)
        {
            const int n = PredictiveNodes;
            ref double gridRef = ref MemoryMarshal.GetReference(grid);
            ref double logRef = ref MemoryMarshal.GetReference(logWeights);
            double q = Math.Max(0, Wyy - (Wy * Wy / W));
            double noise = Math.Max(0, Wv - (W2v / W)), rounding = Math.Max(0, Wr - (W2r / W)), halfDegrees = 0.5 * degrees;
            if (!(noise > 0) && !(rounding > 0))
            {
                (rounding, halfDegrees) = (1, 0);
            }
            var top = Vector256.Create(double.NegativeInfinity);
            for (int j = 0; j < n; j += 4)
            {
                var expected = (Vector256.LoadUnsafe(ref gridRef, (nuint)j) * Vector256.Create(noise)) + Vector256.Create(rounding);
                var logWeight = Vector256.LoadUnsafe(ref gridRef, (nuint)(n + j))
                    - (Vector256.Create(halfDegrees) * (NoiseScaleFit.Mixture.Log(expected) + (Vector256.Create(q) / expected)));
                logWeight.StoreUnsafe(ref logRef, (nuint)j);
                top = Vector256.Max(top, logWeight);
            }
            return Math.Max(Math.Max(top.GetElement(0), top.GetElement(1)), Math.Max(top.GetElement(2), top.GetElement(3)));
        }

        /// <summary>The step in log s between the grid's nodes.</summary>
        private static double LogStep(ReadOnlySpan<double> grid) => 0.5 * Math.Log(grid[1] / grid[0]);
    }

    /// <summary>
    /// Šidák's share, among <paramref name="family"/> tests, of the two-sided tail the normal has beyond
    /// <paramref name="threshold"/>: 1 − (1 − 2Φ(−threshold))^(1/family), through log1p and expm1 so that a tail far below
    /// machine precision keeps its digits; 1 when the tail is the whole line.
    /// </summary>
    internal static double SidakShare(double threshold, int family)
    {
        // At the default threshold the share depends on the family alone: each is computed once (every aggregate with a
        // bound or few points asks for one, and the normal tail, log1p and expm1 cost more than the rest of the test's round).
        bool cached = threshold == DefaultThreshold && family >= 0 && family < DefaultShares.Length;
        if (cached && DefaultShares[family] is > 0 and var known)
        {
            return known;
        }
        double twoSided = 2 * StandardNormal.Cdf(-threshold);
        double share = twoSided >= 1 ? 1 : -double.ExpM1(double.LogP1(-twoSided) / Math.Max(family, 1));
        if (cached)
        {
            // Every thread computes the same value: a race only repeats the work.
            DefaultShares[family] = share;
        }
        return share;
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
        double tail = 0.5 * SidakShare(threshold, family);
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
