using System;

namespace ForceEstimates.Aggregation;

/// <summary>
/// Where a figure's digits and hedge put the value its source had in mind, in the aggregate's unit: the rounding bin
/// of a number as written, and the plausible range of a bounded claim. These are what the noise model reads the
/// reports as (<see cref="NoiseModel.LearnedScale"/>, with <see cref="BoundedClaims.PlausibleRange"/>); the
/// calibration study (tools/CalibrationStudy) chose them.
/// </summary>
internal static class StatedRange
{
    /// <summary>
    /// The values that round to the stated number: half a unit of its last significant digit either side (below a
    /// power of ten the digit is ten times finer: "10,000" is 9,500 to 15,000), two and a half units when the last of
    /// two or more significant digits is a 5 (writers round to fives: "25,000" is 22,500 to 27,500); for a count at
    /// least half a whole unit either side ("1" is 0.5 to 1.5); for a share, half a unit of its last written decimal
    /// and never beyond 0–100% ("97%" is 96.5% to 97.5%, "100%" is 99.5% to 100%). A zero is below half a unit.
    /// </summary>
    internal static (double Low, double High) Bin(StatedFigure stated, double factor, bool count, double shareUpper)
    {
        double value = stated.Value;
        bool share = double.IsFinite(shareUpper);
        if (value == 0)
        {
            return (0, 0.5 * factor);
        }
        int digits = Math.Max(1, stated.SignificantDigits);
        int magnitude = (int)Math.Floor(Math.Log10(value));
        double below, above;
        if (share)
        {
            // Shares are written to whole percent or finer: trailing zeros of a whole number say nothing about rounding.
            int decimals = Math.Max(0, digits - (magnitude + 1));
            above = below = PowerOfTen(-decimals);
        }
        else
        {
            above = PowerOfTen(magnitude - digits + 1);
            below = IsPowerOfTen(value, magnitude) ? above / 10 : above;
        }
        if (digits >= 2 && LastDigit(value, above) == 5)
        {
            above *= 5;
            below *= 5;
        }
        double low = value - (below / 2), high = value + (above / 2);
        if (count)
        {
            low = Math.Min(low, value - 0.5);
            high = Math.Max(high, value + 0.5);
        }
        low = Math.Max(low, 0) * factor;
        high *= factor;
        return (low, share ? Math.Min(high, shareUpper) : high);
    }

    /// <summary>
    /// The plausible range of a bounded claim, a range or a vague amount. A one-sided claim reaches from its bound to
    /// the open end of its estimate's central 90% (the hedge model's calibrated spread: "over 11,000" reaches 12,000),
    /// relative to the odds for a share; and at least to the edge of the bound's rounding bin ("more than 10,000"
    /// could be 14,000 written at one digit) and, for a count, one whole unit ("at least 3" is 3 to 4). A range or a
    /// vague amount is its stated ends.
    /// </summary>
    internal static (double Low, double High) Plausible(Estimate estimate, double factor, bool count, double shareUpper)
    {
        var stated = estimate.Stated;
        bool share = double.IsFinite(shareUpper);
        double bound = stated.Value * factor;
        switch (estimate.Hedge)
        {
            case HedgeKind.Above or HedgeKind.AtLeast:
            {
                double high = Moved(bound, (estimate.Quantile(0.95) * factor / bound) - 1, shareUpper);
                high = Math.Max(high, Bin(stated, factor, count, shareUpper).High);
                if (count)
                {
                    high = Math.Max(high, bound + 1);
                }
                return (bound, share ? Math.Min(high, shareUpper) : high);
            }
            case HedgeKind.JustBelow or HedgeKind.AtMost or HedgeKind.Below:
            {
                double low = bound == 0 ? 0 : Moved(bound, (estimate.Quantile(0.05) * factor / bound) - 1, shareUpper);
                low = Math.Min(low, Bin(stated, factor, count, shareUpper).Low);
                if (count)
                {
                    low = Math.Min(low, bound - 1);
                }
                return (Math.Max(low, 0), bound);
            }
            default:
                return (stated.Values[0] * factor, stated.Values[stated.Values.Count - 1] * factor);
        }
    }

    /// <summary>
    /// The value a claim stands for when it is the only report: its estimate's median (the hedge model's calibrated
    /// reading of how far past its bound a hedged figure lies), with a one-sided claim's offset from its bound taken
    /// relative to the odds for a share, as its plausible range is ("over 98%" stays between 98% and 100%).
    /// </summary>
    internal static double Central(Estimate estimate, double factor, double shareUpper)
    {
        double median = estimate.Median * factor;
        double bound = estimate.Stated.Value * factor;
        return estimate.Hedge is HedgeKind.Above or HedgeKind.AtLeast or HedgeKind.JustBelow or HedgeKind.AtMost or HedgeKind.Below
            && bound > 0 && double.IsFinite(median)
            ? Moved(bound, (median / bound) - 1, shareUpper)
            : median;
    }

    /// <summary>A value moved by a relative spread: of the count, or of the odds of a share (of the share itself at its top).</summary>
    private static double Moved(double value, double spread, double shareUpper)
    {
        if (!double.IsFinite(shareUpper) || value >= shareUpper)
        {
            return value * (1 + spread);
        }
        double odds = value / (shareUpper - value) * (1 + spread);
        return shareUpper * odds / (1 + odds);
    }

    private static bool IsPowerOfTen(double value, int magnitude) => Math.Abs((value / PowerOfTen(magnitude)) - 1) < 1e-9;

    // Every point of a learned-noise aggregate asks for two powers of ten; a table of Math.Pow's own values gives the
    // same bits without the call.
    private const int TabledPowers = 30;

    private static readonly double[] PowersOfTen = TabulatePowersOfTen();

    private static double PowerOfTen(int exponent)
        => exponent >= -TabledPowers && exponent <= TabledPowers ? PowersOfTen[exponent + TabledPowers] : Math.Pow(10, exponent);

    private static double[] TabulatePowersOfTen()
    {
        var powers = new double[(2 * TabledPowers) + 1];
        for (int i = 0; i < powers.Length; i++)
        {
            powers[i] = Math.Pow(10, i - TabledPowers);
        }
        return powers;
    }

    /// <summary>
    /// The last digit of <paramref name="value"/> in units of <paramref name="unit"/>. A rounded value below 2^53 in
    /// magnitude is a whole number held exactly, and so is its remainder by 10, whether taken on doubles or on a long:
    /// the same digit, without the floating-point remainder (a library call); beyond that, and for NaN, on doubles.
    /// </summary>
    private static int LastDigit(double value, double unit)
    {
        double rounded = Math.Round(value / unit);
        return Math.Abs(rounded) < ExactWholeNumbers ? (int)((long)rounded % 10) : (int)(rounded % 10);
    }

    /// <summary>2^53: every whole number of smaller magnitude is a double.</summary>
    private const double ExactWholeNumbers = 9007199254740992;
}
