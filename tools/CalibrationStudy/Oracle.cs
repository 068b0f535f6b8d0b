using System;
using MathNet.Numerics;

namespace ForceEstimates.CalibrationStudy;

/// <summary>
/// The interval an analyst would give who knew each source's true noise and the writing rule (so
/// the range of values behind each text): the 95% central interval of the likelihood of the truth
/// on the analysis scale (a flat prior), each report contributing the probability that its source's
/// value fell in the range its text allows. Defined for honest scenarios (independent, unbiased
/// errors) and not for counts near zero, whose truth may be 0.
/// </summary>
internal static class Oracle
{
    private const int Nodes = 600;

    /// <summary>The oracle's 95% interval on the analysis scale, or NaNs where it is not defined.</summary>
    internal static (double Lower, double Upper) Interval(Trial trial)
    {
        var scenario = trial.Scenario;
        var scale = StudyScale.For(scenario.Truth);
        if (!scenario.IsHonest || scale.IsSmall)
        {
            return (double.NaN, double.NaN);
        }
        int k = trial.Statements.Length;
        Span<double> low = stackalloc double[k];
        Span<double> high = stackalloc double[k];
        double from = double.PositiveInfinity, to = double.NegativeInfinity, widest = 0;
        for (int i = 0; i < k; i++)
        {
            low[i] = ToScale(scale, trial.Statements[i].Lower);
            high[i] = ToScale(scale, trial.Statements[i].Upper);
            if (double.IsFinite(low[i]))
            {
                from = Math.Min(from, low[i]);
                to = Math.Max(to, low[i]);
            }
            if (double.IsFinite(high[i]))
            {
                from = Math.Min(from, high[i]);
                to = Math.Max(to, high[i]);
            }
            widest = Math.Max(widest, trial.Noise[i]);
        }
        from -= 6 * widest;
        to += 6 * widest;
        double step = (to - from) / (Nodes - 1);
        Span<double> logLikelihood = stackalloc double[Nodes];
        double max = double.NegativeInfinity;
        for (int m = 0; m < Nodes; m++)
        {
            double mu = from + (m * step);
            double sum = 0;
            for (int i = 0; i < k; i++)
            {
                sum += LogProbability((low[i] - mu) / trial.Noise[i], (high[i] - mu) / trial.Noise[i]);
            }
            logLikelihood[m] = sum;
            max = Math.Max(max, sum);
        }
        Span<double> cumulative = stackalloc double[Nodes];
        double total = 0;
        for (int m = 0; m < Nodes; m++)
        {
            total += Math.Exp(logLikelihood[m] - max);
            cumulative[m] = total;
        }
        return (Quantile(cumulative, total, 0.025, from, step), Quantile(cumulative, total, 0.975, from, step));
    }

    /// <summary>A value of the quantity's unit on the analysis scale (log, or logit for shares); bounds at the edge map to infinities.</summary>
    internal static double ToScale(StudyScale scale, double x)
    {
        if (scale.IsShare)
        {
            return x <= 0 ? double.NegativeInfinity : x >= 100 ? double.PositiveInfinity : Math.Log(x / (100 - x));
        }
        return x <= 0 ? double.NegativeInfinity : Math.Log(x);
    }

    /// <summary>log(Φ(b) − Φ(a)), accurate in either tail.</summary>
    internal static double LogProbability(double a, double b)
    {
        if (a == b)
        {
            return -0.5 * a * a;
        }
        double p = a > 0 ? Phi(-a) - Phi(-b) : Phi(b) - Phi(a);
        return Math.Log(Math.Max(p, 1e-300));
    }

    /// <summary>The standard normal distribution function.</summary>
    internal static double Phi(double x) => 0.5 * SpecialFunctions.Erfc(-x / Math.Sqrt(2));

    private static double Quantile(ReadOnlySpan<double> cumulative, double total, double p, double from, double step)
    {
        double target = p * total;
        for (int m = 0; m < cumulative.Length; m++)
        {
            if (cumulative[m] >= target)
            {
                double previous = m == 0 ? 0 : cumulative[m - 1];
                double fraction = (target - previous) / (cumulative[m] - previous);
                return from + ((m - 0.5 + fraction) * step);
            }
        }
        return from + ((cumulative.Length - 1) * step);
    }
}
