using System;
using System.Collections.Generic;

namespace ForceEstimates.CalibrationStudy;

/// <summary>A mixture of normal distributions, for the posterior and predictive distributions of the prototypes.</summary>
internal sealed class NormalMixture
{
    private readonly List<(double Weight, double Mean, double Sd)> parts = [];
    private double total;

    internal void Add(double weight, double mean, double sd)
    {
        if (weight > 0 && double.IsFinite(mean) && sd > 0)
        {
            parts.Add((weight, mean, sd));
            total += weight;
        }
    }

    internal bool IsEmpty => parts.Count == 0;

    internal double Cdf(double x)
    {
        double sum = 0;
        foreach (var (w, m, s) in parts)
        {
            sum += w * Oracle.Phi((x - m) / s);
        }
        return sum / total;
    }

    internal double Quantile(double p)
    {
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        foreach (var (_, m, s) in parts)
        {
            low = Math.Min(low, m - (10 * s));
            high = Math.Max(high, m + (10 * s));
        }
        double resolution = double.PositiveInfinity;
        foreach (var (_, _, s) in parts)
        {
            resolution = Math.Min(resolution, s);
        }
        for (int i = 0; i < 100 && high - low > 1e-4 * resolution; i++)
        {
            double mid = (low + high) / 2;
            if (Cdf(mid) < p)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }
        return (low + high) / 2;
    }
}

/// <summary>
/// The posterior of the mean μ under y_i ~ N(μ, v_i + tau²) with a flat prior on μ and a half-normal prior
/// of scale S on tau (Friede, Röver, Wandel & Neuenschwander 2017, Biometrical Journal 59(4), for few
/// studies), integrated numerically over tau; with interval observations (rounding bins, bounds) the
/// likelihood is integrated over a grid of μ as well. Study prototype: clear, not fast.
/// </summary>
internal static class HalfNormalPosterior
{
    private const int TauNodes = 40;
    private const int GridTauNodes = 24;
    private const int MuNodes = 160;

    /// <summary>The posterior summary: median and central interval of μ, and the predictive interval of a new report with extra variance <paramref name="newVariance"/>.</summary>
    internal static (double Median, double Lower, double Upper, double PredictionLower, double PredictionUpper, double[] PValues) Fit(
        IReadOnlyList<Reading> readings, double priorScale, double newVariance, bool leaveOneOut, bool scaleInvariant = false)
    {
        double typical = 0;
        foreach (var r in readings)
        {
            typical += r.Total / readings.Count;
        }
        var prior = new TauPrior(priorScale, scaleInvariant ? typical : double.NaN);
        bool allPoints = true;
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
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
        }
        double tauMax = Math.Max(5 * priorScale, 2 * (high - low));
        var posterior = new NormalMixture();
        var predictive = new NormalMixture();
        bool unboundedBelow = false;
        if (allPoints)
        {
            Points(readings, -1, prior, tauMax, newVariance, posterior, predictive);
        }
        else
        {
            unboundedBelow = Grid(readings, prior, tauMax, newVariance, low, high, posterior, predictive);
        }
        var pValues = new double[readings.Count];
        for (int i = 0; i < readings.Count; i++)
        {
            var r = readings[i];
            NormalMixture check;
            if (leaveOneOut && allPoints && readings.Count >= 3)
            {
                var others = new NormalMixture();
                Points(readings, i, prior, tauMax, r.Total, new NormalMixture(), others);
                check = others;
            }
            else
            {
                check = predictive;
            }
            double below = double.IsFinite(r.Upper) ? check.Cdf(r.Upper) : 1;
            double above = double.IsFinite(r.Lower) ? 1 - check.Cdf(r.Lower) : 1;
            pValues[i] = Math.Min(1, 2 * Math.Min(below, above));
        }
        double lower = unboundedBelow ? double.NegativeInfinity : posterior.Quantile(0.025);
        return (posterior.Quantile(0.5), lower, posterior.Quantile(0.975), unboundedBelow ? double.NegativeInfinity : predictive.Quantile(0.025), predictive.Quantile(0.975), pValues);
    }

    /// <summary>The half-normal prior of scale <paramref name="Scale"/> on tau; with a typical variance, times tau/(typical + tau²) (flat in the log of the total noise).</summary>
    private readonly record struct TauPrior(double Scale, double Typical)
    {
        internal double Log(double tau, double u)
            => (-tau * tau / (2 * Scale * Scale)) + Math.Log(u) + (double.IsNaN(Typical) ? 0 : Math.Log(tau / (Typical + (tau * tau))));
    }

    /// <summary>Point observations: μ integrated analytically at each tau node.</summary>
    private static void Points(IReadOnlyList<Reading> readings, int leftOut, TauPrior prior, double tauMax, double newVariance, NormalMixture posterior, NormalMixture predictive)
    {
        var logWeights = new double[TauNodes];
        var means = new double[TauNodes];
        var variances = new double[TauNodes];
        var taus = new double[TauNodes];
        double shift = readings[leftOut == 0 ? 1 : 0].Lower;
        double max = double.NegativeInfinity;
        for (int j = 0; j < TauNodes; j++)
        {
            double u = (j + 0.5) / TauNodes;
            double tau = tauMax * u * u;
            double w = 0, wy = 0, wyy = 0, logDet = 0;
            for (int i = 0; i < readings.Count; i++)
            {
                if (i == leftOut)
                {
                    continue;
                }
                double v = readings[i].Total + (tau * tau);
                double y = readings[i].Lower - shift;
                w += 1 / v;
                wy += y / v;
                wyy += y * y / v;
                logDet += Math.Log(v);
            }
            double mean = wy / w;
            double q = Math.Max(0, wyy - (wy * mean));
            taus[j] = tau;
            means[j] = mean + shift;
            variances[j] = 1 / w;
            logWeights[j] = prior.Log(tau, u) - (0.5 * logDet) - (0.5 * Math.Log(w)) - (0.5 * q);
            max = Math.Max(max, logWeights[j]);
        }
        for (int j = 0; j < TauNodes; j++)
        {
            double weight = Math.Exp(logWeights[j] - max);
            posterior.Add(weight, means[j], Math.Sqrt(variances[j]));
            predictive.Add(weight, means[j], Math.Sqrt(variances[j] + (taus[j] * taus[j]) + newVariance));
        }
    }

    /// <summary>Interval observations present: the joint posterior on a grid of (tau, μ), refined once around its bulk. Returns whether nothing bounds μ from below.</summary>
    private static bool Grid(IReadOnlyList<Reading> readings, TauPrior prior, double tauMax, double newVariance, double low, double high, NormalMixture posterior, NormalMixture predictive)
    {
        double maxVariance = 0;
        bool boundedBelow = false;
        foreach (var r in readings)
        {
            maxVariance = Math.Max(maxVariance, r.Total);
            boundedBelow |= double.IsFinite(r.Lower);
        }
        double pad = 4 * Math.Sqrt(maxVariance + (4 * prior.Scale * prior.Scale));
        double from = low - pad, to = high + pad;
        var marginal = new double[MuNodes];
        var joint = new double[GridTauNodes, MuNodes];
        var taus = new double[GridTauNodes];
        for (int pass = 0; pass < 2; pass++)
        {
            double step = (to - from) / (MuNodes - 1);
            double max = double.NegativeInfinity;
            for (int j = 0; j < GridTauNodes; j++)
            {
                double u = (j + 0.5) / GridTauNodes;
                double tau = tauMax * u * u;
                taus[j] = tau;
                double logPrior = prior.Log(tau, u);
                for (int m = 0; m < MuNodes; m++)
                {
                    double mu = from + (m * step);
                    double sum = logPrior;
                    foreach (var r in readings)
                    {
                        double sd = Math.Sqrt(r.Total + (tau * tau));
                        sum += r.IsPoint
                            ? (-0.5 * Math.Log(sd * sd)) - (0.5 * (r.Lower - mu) * (r.Lower - mu) / (sd * sd))
                            : Oracle.LogProbability((r.Lower - mu) / sd, (r.Upper - mu) / sd);
                    }
                    joint[j, m] = sum;
                    max = Math.Max(max, sum);
                }
            }
            double peak = 0;
            for (int m = 0; m < MuNodes; m++)
            {
                double sum = 0;
                for (int j = 0; j < GridTauNodes; j++)
                {
                    joint[j, m] = Math.Exp(joint[j, m] - max);
                    sum += joint[j, m];
                }
                marginal[m] = sum;
                peak = Math.Max(peak, sum);
            }
            if (pass == 1)
            {
                for (int j = 0; j < GridTauNodes; j++)
                {
                    double weight = 0, first = 0, second = 0;
                    for (int m = 0; m < MuNodes; m++)
                    {
                        double mu = from + (m * step);
                        weight += joint[j, m];
                        first += joint[j, m] * mu;
                        second += joint[j, m] * mu * mu;
                    }
                    if (weight <= 0)
                    {
                        continue;
                    }
                    double mean = first / weight;
                    double variance = Math.Max(second / weight - (mean * mean), step * step / 12);
                    predictive.Add(weight, mean, Math.Sqrt(variance + (taus[j] * taus[j]) + newVariance));
                }
                // The grid's marginal as a mixture of narrow normals, one per node.
                for (int m = 0; m < MuNodes; m++)
                {
                    posterior.Add(marginal[m], from + (m * step), step / 2);
                }
                return !boundedBelow;
            }
            int first1 = 0, last = MuNodes - 1;
            while (first1 < MuNodes - 1 && marginal[first1] < 1e-9 * peak)
            {
                first1++;
            }
            while (last > 0 && marginal[last] < 1e-9 * peak)
            {
                last--;
            }
            double newFrom = from + ((first1 - 1) * step), newTo = from + ((last + 1) * step);
            from = boundedBelow ? newFrom : from;
            to = newTo;
        }
        return !boundedBelow;
    }
}
