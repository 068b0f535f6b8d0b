using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using MathNet.Numerics.Distributions;

namespace ForceEstimates.CalibrationStudy;

/// <summary>
/// How narrow an honest interval can be against the oracle's when the sources' noise differs and the method does not
/// know which source is the noisy one. Source i's error is normal with standard deviation σᵢ, σᵢ uniform on the
/// scenario's range, independently. The oracle weighs each report by 1/σᵢ²: its variance is 1/Σ 1/σᵢ², about
/// 1/(k·E[1/σ²]). A method that does not know the σᵢ sees each error as drawn from the scale mixture f(x) = E[φ(x/σ)/σ];
/// no unbiased estimator does better than its Fisher information for location, I = ∫ f′²/f (Cramér–Rao), so its
/// standard error is at least 1/√(k·I); equal weights give √(E[σ²]/k). The ratios to the oracle are then
/// √(E[1/σ²]/I) and √(E[σ²]·E[1/σ²]), for large k. With k reports and the noise's level unknown a method pays
/// Student's t on top: for equally noisy sources the median width of the t interval is about
/// t(k − 1)·√(median χ²(k − 1)/(k − 1))/z of the known-noise one (1.15 at k = 8, 1.05 at k = 20). Rounding, which the
/// oracle and the methods share, brings every ratio closer to 1. Not a simulation: numbers from the scenarios'
/// noise ranges only.
/// </summary>
internal static class Bound
{
    private const int SigmaNodes = 400;
    private const int XNodes = 4000;

    /// <summary>The table, one row per distinct noise range of the scenarios given.</summary>
    internal static string Markdown(IEnumerable<Scenario> scenarios)
    {
        var text = new StringBuilder();
        text.AppendLine("| noise | equal weights / oracle | best without knowing the noisy source / oracle | × t at k = 8 | × t at k = 20 |");
        text.AppendLine("|---|---|---|---|---|");
        double t8 = UnknownScale(8), t20 = UnknownScale(20);
        foreach (var (low, high) in scenarios.Select(s => (s.NoiseLow, s.NoiseHigh)).Distinct().OrderBy(r => r.NoiseHigh / r.NoiseLow))
        {
            var (equal, best) = Ratios(low, high);
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {low * 100:0}–{high * 100:0}% | {equal:0.00}× | {best:0.00}× | {best * t8:0.00}× | {best * t20:0.00}× |"));
        }
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"\nStudent's t factor for an unknown noise level (equal noise): k = 3 {UnknownScale(3):0.00}, k = 5 {UnknownScale(5):0.00}, k = 8 {t8:0.00}, k = 20 {t20:0.00}."));
        return text.ToString();
    }

    /// <summary>√(E[σ²]·E[1/σ²]) and √(E[1/σ²]/I) for σ uniform on [low, high].</summary>
    internal static (double EqualWeights, double Best) Ratios(double low, double high)
    {
        double meanSquare = 0, meanInverse = 0;
        var sigmas = new double[SigmaNodes];
        for (int j = 0; j < SigmaNodes; j++)
        {
            double s = low + ((j + 0.5) * (high - low) / SigmaNodes);
            sigmas[j] = s;
            meanSquare += s * s / SigmaNodes;
            meanInverse += 1 / (s * s) / SigmaNodes;
        }
        // I = 2∫₀^∞ f′²/f dx (f is even), by the midpoint rule out to 10 of the largest σ.
        double reach = 10 * high, dx = reach / XNodes, information = 0;
        for (int m = 0; m < XNodes; m++)
        {
            double x = (m + 0.5) * dx, f = 0, slope = 0;
            foreach (var s in sigmas)
            {
                double density = Math.Exp(-0.5 * x * x / (s * s)) / s;
                f += density;
                slope -= x / (s * s) * density;
            }
            if (f > 0)
            {
                // The common factor 1/(√(2π)·SigmaNodes) of f and f′ leaves f′²/f scaled by it once.
                information += slope * slope / f * dx;
            }
        }
        information *= 2 / (Math.Sqrt(2 * Math.PI) * SigmaNodes);
        return (Math.Sqrt(meanSquare * meanInverse), Math.Sqrt(meanInverse / information));
    }

    /// <summary>t(k − 1)'s 97.5% quantile times the median of s/σ (√(χ²(k − 1)/(k − 1))), over the normal's 1.96.</summary>
    internal static double UnknownScale(int k)
        => StudentT.InvCDF(0, 1, k - 1, 0.975) * Math.Sqrt(ChiSquared.InvCDF(k - 1, 0.5) / (k - 1)) / Normal.InvCDF(0, 1, 0.975);
}
