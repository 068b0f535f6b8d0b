using System;
using System.Globalization;

namespace ForceEstimates.Tests.Estimates;

/// <summary>Builds figures from the raw integers FsCheck generates, covering every hedge and roundness.</summary>
internal static class EstimateGenerators
{
    private static readonly string[] Hedges =
    [
        "", "exactly ", "about ", "some ", "nearly ", "just under ", "over ", "more than ", "at least ", "no less than ",
        "at most ", "up to ", "under ", "fewer than ", "between ",
    ];

    private static readonly string[] Vague = ["dozens", "hundreds", "tens of thousands", "several hundred", "a few thousand"];

    /// <summary>A phrase such as "more than 12,300" from arbitrary integers.</summary>
    public static string Phrase(int hedgeChoice, int number, int digitsChoice)
    {
        var hedge = Hedges[(int)((uint)hedgeChoice % Hedges.Length)];
        if (hedgeChoice % 17 == 0)
        {
            return Vague[(int)((uint)digitsChoice % Vague.Length)];
        }
        // Spread the small integers FsCheck favours over magnitudes from 1 to 10^9.
        var magnitude = (long)Math.Pow(10, (uint)(digitsChoice / 4) % 7);
        var value = Round(Math.Max(1, (Math.Abs((long)number) * magnitude) + ((uint)digitsChoice % 97)), (int)((uint)digitsChoice % 4) + 1);
        var text = value.ToString("#,0", CultureInfo.InvariantCulture);
        return hedge == "between "
            ? $"between {text} and {(value * 2).ToString("#,0", CultureInfo.InvariantCulture)}"
            : hedge + text;
    }

    private static long Round(long value, int significantDigits)
    {
        var digits = (int)Math.Floor(Math.Log10(value)) + 1;
        var unit = (long)Math.Pow(10, Math.Max(0, digits - significantDigits));
        return Math.Max(1, value / unit * unit);
    }
}
