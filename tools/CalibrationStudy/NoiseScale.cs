using System;
using System.Collections.Generic;

namespace ForceEstimates.CalibrationStudy;

/// <summary>The prior on the noise multiple s (a source's noise is s times its reporting floor).</summary>
internal enum NoisePriorKind
{
    /// <summary>Flat on log s (improper): with point readings of equal variance the interval is Student's t on k − 1 degrees of freedom, as Knapp–Hartung's.</summary>
    Jeffreys,

    /// <summary>log s ~ N(log Median, Spread²).</summary>
    LogNormal,

    /// <summary>The noise s·floor half-normal with scale Spread (on the analysis scale).</summary>
    HalfNormal,

    /// <summary>Flat on log s between Median (the lowest multiple) and Spread (the highest), with half-normal tails of sd 0.5 on log s beyond.</summary>
    FlatLog,
}

/// <summary>A prior on the noise multiple.</summary>
internal sealed record NoisePrior(NoisePriorKind Kind, double Median, double Spread)
{
    internal double LogDensity(double logS, double floor) => Kind switch
    {
        NoisePriorKind.Jeffreys => 0,
        NoisePriorKind.LogNormal => -0.5 * Math.Pow((logS - Math.Log(Median)) / Spread, 2),
        NoisePriorKind.FlatLog => logS < Math.Log(Median) ? -0.5 * Math.Pow((logS - Math.Log(Median)) / 0.5, 2)
            : logS > Math.Log(Spread) ? -0.5 * Math.Pow((logS - Math.Log(Spread)) / 0.5, 2) : 0,
        _ => (-0.5 * Math.Pow(Math.Exp(logS) * floor / Spread, 2)) + logS,
    };

    public override string ToString() => Kind switch
    {
        NoisePriorKind.Jeffreys => "Jeffreys",
        NoisePriorKind.LogNormal => FormattableString.Invariant($"LN({Median:0.##}, {Spread:0.##})"),
        NoisePriorKind.FlatLog => FormattableString.Invariant($"flat log s on [{Median:0.##}, {Spread:0.##}]"),
        _ => FormattableString.Invariant($"HN({Spread:0.##})"),
    };
}

/// <summary>
/// The posterior of the mean μ when every source's error is the same multiple s of its reporting floor:
/// X_i ~ N(μ, s²·v_i), v_i the floor variance inflated by the report's weight, each text saying where X_i
/// lies (a point with a known rounding variance, or an interval). μ has a flat prior, s the given prior; the
/// posterior is integrated over a grid of log s (and of μ when intervals are present). With a flat prior on
/// log s and equal variances this is the one-sample t interval, which Knapp–Hartung's also is; a proper
/// prior keeps two reports from needing t(1). Study prototype: clear, not fast.
/// </summary>
internal static class NoiseScalePosterior
{
    private const int ScaleNodes = 64;
    private const double LowestLogScale = -4.6; // s = 0.01
    private const double HighestLogScale = 3.9; // s = 50

    /// <summary>
    /// The posterior median and 95% interval of μ; the predictive interval of a new report like the typical one
    /// (the readings' mean floor variance and mean rounding variance); and each reading's two-sided predictive
    /// p-value (leaving it out when all readings are points).
    /// </summary>
    internal static (double Median, double Lower, double Upper, double PredictionLower, double PredictionUpper, double[] PValues) Fit(
        IReadOnlyList<Reading> readings, NoisePrior prior, double floorVariance, bool leaveOneOut)
    {
        bool allPoints = true;
        double low = double.PositiveInfinity, high = double.NegativeInfinity, typicalVariance = 0, typicalRounding = 0;
        foreach (var r in readings)
        {
            allPoints &= r.IsPoint;
            foreach (var x in new[] { r.Lower, r.Upper })
            {
                if (double.IsFinite(x))
                {
                    low = Math.Min(low, x);
                    high = Math.Max(high, x);
                }
            }
            double width = r.IsPoint || !double.IsFinite(r.Upper - r.Lower) ? 0 : r.Upper - r.Lower;
            typicalVariance += r.Variance / readings.Count;
            typicalRounding += (r.Rounding + (width * width / 12)) / readings.Count;
        }
        double floor = Math.Sqrt(floorVariance);
        var posterior = new NormalMixture();
        var nodes = new List<Node>();
        bool unboundedBelow = allPoints
            ? Points(readings, -1, prior, floor, posterior, nodes)
            : Grid(readings, prior, floor, low, high, posterior, nodes);
        var pValues = new double[readings.Count];
        for (int i = 0; i < readings.Count; i++)
        {
            var r = readings[i];
            var others = nodes;
            if (leaveOneOut && allPoints && readings.Count >= 3)
            {
                others = [];
                Points(readings, i, prior, floor, new NormalMixture(), others);
            }
            var check = Predictive(others, r.Variance, r.Rounding);
            double below = double.IsFinite(r.Upper) ? check.Cdf(r.Upper) : 1;
            double above = double.IsFinite(r.Lower) ? 1 - check.Cdf(r.Lower) : 1;
            pValues[i] = Math.Min(1, 2 * Math.Min(below, above));
        }
        var predictive = Predictive(nodes, typicalVariance, typicalRounding);
        double lower = unboundedBelow ? double.NegativeInfinity : posterior.Quantile(0.025);
        return (posterior.Quantile(0.5), lower, posterior.Quantile(0.975), unboundedBelow ? double.NegativeInfinity : predictive.Quantile(0.025), predictive.Quantile(0.975), pValues);
    }

    /// <summary>One node of the noise multiple: its posterior weight, and the mean and variance of μ given it.</summary>
    private readonly record struct Node(double Weight, double Mean, double Variance, double Scale2);

    private static NormalMixture Predictive(List<Node> nodes, double variance, double rounding)
    {
        var mixture = new NormalMixture();
        foreach (var n in nodes)
        {
            mixture.Add(n.Weight, n.Mean, Math.Sqrt(n.Variance + (n.Scale2 * variance) + rounding));
        }
        return mixture;
    }

    private static bool Points(IReadOnlyList<Reading> readings, int leftOut, NoisePrior prior, double floor, NormalMixture posterior, List<Node> nodes)
    {
        var logWeights = new double[ScaleNodes];
        var means = new double[ScaleNodes];
        var variances = new double[ScaleNodes];
        var scales = new double[ScaleNodes];
        double shift = readings[leftOut == 0 ? 1 : 0].Lower;
        double max = double.NegativeInfinity;
        double step = (HighestLogScale - LowestLogScale) / (ScaleNodes - 1);
        for (int j = 0; j < ScaleNodes; j++)
        {
            double logS = LowestLogScale + (j * step);
            double s2 = Math.Exp(2 * logS);
            double w = 0, wy = 0, wyy = 0, logDet = 0;
            for (int i = 0; i < readings.Count; i++)
            {
                if (i == leftOut)
                {
                    continue;
                }
                double v = (s2 * readings[i].Variance) + readings[i].Rounding;
                double y = readings[i].Lower - shift;
                w += 1 / v;
                wy += y / v;
                wyy += y * y / v;
                logDet += Math.Log(v);
            }
            double mean = wy / w;
            double q = Math.Max(0, wyy - (wy * mean));
            scales[j] = s2;
            means[j] = mean + shift;
            variances[j] = 1 / w;
            logWeights[j] = prior.LogDensity(logS, floor) - (0.5 * logDet) - (0.5 * Math.Log(w)) - (0.5 * q);
            max = Math.Max(max, logWeights[j]);
        }
        for (int j = 0; j < ScaleNodes; j++)
        {
            double weight = Math.Exp(logWeights[j] - max);
            posterior.Add(weight, means[j], Math.Sqrt(variances[j]));
            nodes.Add(new Node(weight, means[j], variances[j], scales[j]));
        }
        return false;
    }

    private static bool Grid(IReadOnlyList<Reading> readings, NoisePrior prior, double floor, double low, double high, NormalMixture posterior, List<Node> nodes)
    {
        double maxVariance = 0;
        bool boundedBelow = false;
        foreach (var r in readings)
        {
            maxVariance = Math.Max(maxVariance, r.Total);
            boundedBelow |= double.IsFinite(r.Lower);
        }
        double pad = 40 * Math.Sqrt(maxVariance);
        double from = low - pad, to = high + pad;
        double logFrom = LowestLogScale, logTo = HighestLogScale;

        // A coarse pass finds where the posterior lies in (log s, μ); a fine pass integrates there.
        var coarse = Evaluate(readings, prior, floor, logFrom, logTo, 16, from, to, 64);
        var (muFirst, muLast) = Support(coarse.MuMarginal);
        var (sFirst, sLast) = Support(coarse.ScaleMarginal);
        double muStep = (to - from) / 63, scaleStep = (logTo - logFrom) / 15;
        double fineFrom = boundedBelow ? from + ((muFirst - 1) * muStep) : from;
        double fineTo = from + ((muLast + 1) * muStep);
        var fine = Evaluate(readings, prior, floor, logFrom + ((sFirst - 1) * scaleStep), logFrom + ((sLast + 1) * scaleStep), 20, fineFrom, fineTo, 120);
        double step = (fineTo - fineFrom) / 119;
        for (int j = 0; j < fine.Scales.Length; j++)
        {
            double weight = 0, first = 0, second = 0;
            for (int m = 0; m < 120; m++)
            {
                double mu = fineFrom + (m * step);
                weight += fine.Joint[j, m];
                first += fine.Joint[j, m] * mu;
                second += fine.Joint[j, m] * mu * mu;
            }
            if (weight > 0)
            {
                double mean = first / weight;
                nodes.Add(new Node(weight, mean, Math.Max((second / weight) - (mean * mean), step * step / 12), fine.Scales[j]));
            }
        }
        for (int m = 0; m < 120; m++)
        {
            posterior.Add(fine.MuMarginal[m], fineFrom + (m * step), step / 2);
        }
        return !boundedBelow;
    }

    private sealed record Evaluation(double[,] Joint, double[] MuMarginal, double[] ScaleMarginal, double[] Scales);

    /// <summary>The joint posterior on a grid of log s from <paramref name="logFrom"/> to <paramref name="logTo"/> and μ from <paramref name="from"/> to <paramref name="to"/>, normalised to a peak of 1.</summary>
    private static Evaluation Evaluate(IReadOnlyList<Reading> readings, NoisePrior prior, double floor, double logFrom, double logTo, int scaleNodes, double from, double to, int muNodes)
    {
        var joint = new double[scaleNodes, muNodes];
        var scales = new double[scaleNodes];
        double step = (to - from) / (muNodes - 1), scaleStep = (logTo - logFrom) / (scaleNodes - 1);
        double max = double.NegativeInfinity;
        for (int j = 0; j < scaleNodes; j++)
        {
            double logS = logFrom + (j * scaleStep);
            double s2 = Math.Exp(2 * logS);
            scales[j] = s2;
            double logPrior = prior.LogDensity(logS, floor);
            for (int m = 0; m < muNodes; m++)
            {
                double mu = from + (m * step);
                double sum = logPrior;
                foreach (var r in readings)
                {
                    double v = (s2 * r.Variance) + r.Rounding;
                    double sd = Math.Sqrt(v);
                    sum += r.IsPoint
                        ? (-0.5 * Math.Log(v)) - (0.5 * (r.Lower - mu) * (r.Lower - mu) / v)
                        : Oracle.LogProbability((r.Lower - mu) / sd, (r.Upper - mu) / sd);
                }
                joint[j, m] = sum;
                max = Math.Max(max, sum);
            }
        }
        var muMarginal = new double[muNodes];
        var scaleMarginal = new double[scaleNodes];
        for (int j = 0; j < scaleNodes; j++)
        {
            for (int m = 0; m < muNodes; m++)
            {
                joint[j, m] = Math.Exp(joint[j, m] - max);
                muMarginal[m] += joint[j, m];
                scaleMarginal[j] += joint[j, m];
            }
        }
        return new Evaluation(joint, muMarginal, scaleMarginal, scales);
    }

    /// <summary>The first and last index where a marginal is above 1e-9 of its peak.</summary>
    private static (int First, int Last) Support(double[] marginal)
    {
        double peak = 0;
        foreach (var x in marginal)
        {
            peak = Math.Max(peak, x);
        }
        int first = 0, last = marginal.Length - 1;
        while (first < last && marginal[first] < 1e-9 * peak)
        {
            first++;
        }
        while (last > first && marginal[last] < 1e-9 * peak)
        {
            last--;
        }
        return (first, last);
    }
}
