using System;

namespace ForceEstimates;

/// <summary>
/// Removes the float error a number picks up on its way through a logarithm and back: e^(ln 12,000) is
/// 11,999.999999999993, e^(ln 3) is 3.0000000000000004. A value within 10⁻¹⁴ of a whole number, or else of a hundredth,
/// relatively (a few units in the last place of the logarithm) is taken to be that number; any other value is kept.
/// </summary>
internal static class RoundTrip
{
    /// <summary>How near, relatively, a value must lie to a whole number or a hundredth to be taken for it.</summary>
    internal const double Tolerance = 1e-14;

    /// <summary>
    /// <paramref name="value"/>, or the whole number or hundredth within <see cref="Tolerance"/> of it relatively; NaN and
    /// infinities as they are.
    /// </summary>
    internal static double Tidy(double value)
    {
        double tolerance = Tolerance * Math.Abs(value);
        double whole = Math.Round(value);
        if (Math.Abs(whole - value) <= tolerance)
        {
            return whole;
        }
        double hundredth = Math.Round(value * 100) / 100;
        return Math.Abs(hundredth - value) <= tolerance ? hundredth : value;
    }

    /// <summary>e^<paramref name="log"/>, tidied (<see cref="Tidy"/>).</summary>
    internal static double Exp(double log) => Tidy(Math.Exp(log));
}
