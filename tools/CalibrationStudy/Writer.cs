using System;
using System.Globalization;

namespace ForceEstimates.CalibrationStudy;

/// <summary>
/// A figure as a simulated source writes it: the text, and the range of values the source can have
/// had in mind when it wrote that text under the writing rule (what the oracle knows; the library
/// only sees the text).
/// </summary>
/// <param name="Text">The figure as written, e.g. "nearly 12,000" or "between 9,000 and 14,000".</param>
/// <param name="Lower">The smallest value that gives this text under the rule.</param>
/// <param name="Upper">The largest value that gives this text under the rule.</param>
internal readonly record struct Statement(string Text, double Lower, double Upper);

/// <summary>
/// How simulated sources put a figure into words, by writing style. A source has a value x in mind
/// (the truth with its own error) and writes it rounded, hedged as papers do:
/// <list type="bullet">
/// <item><description><see cref="WritingStyle.Plain"/>: two significant figures, a bare number or "about".</description></item>
/// <item><description><see cref="WritingStyle.Papers"/>: 1, 2 or 3 significant figures (25%, 50%, 25%); when the
/// figure is just above the rounded number (within 10%) half the sources say "more than", "over" or "at least", and
/// just below it "nearly", "almost" or "up to"; otherwise a bare number (45%) or "about", "approximately",
/// "around"; 8% of figures are ranges ("between 9,000 and 14,000", "9,000–14,000", "9,000 to 14,000") whose ends
/// lie 2–30% beyond the value, rounded outwards; 4% are vague amounts where the value allows ("thousands",
/// "tens of thousands", "several hundred").</description></item>
/// <item><description><see cref="WritingStyle.Coarse"/>: one significant figure, bare or "about".</description></item>
/// <item><description><see cref="WritingStyle.NiceNumbers"/>: rounded to the nearest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6,
/// 7.5, 8 × 10ⁿ; bounds up to 30% below the value ("at least", "upwards of", "no fewer than") or up to 40% above it
/// ("as many as", "up to", "fewer than"); wider ranges (10–50%); "some", "roughly", "an estimated".</description></item>
/// </list>
/// Percentages are written with 0 or 1 decimals (1 or 2 significant figures below 10%); counts near zero as whole numbers.
/// </summary>
internal static class Writer
{
    private static readonly double[] NiceMantissas = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8, 10];

    /// <summary>Writes the value <paramref name="x"/> (in the quantity's unit) as a source of this style would.</summary>
    internal static Statement Write(double x, TruthKind truth, WritingStyle style, Random random) => truth switch
    {
        TruthKind.SmallCount => WriteSmallCount(x, random),
        TruthKind.PercentNearHundred or TruthKind.PercentNearZero or TruthKind.PercentMiddle => WritePercent(x, style, random),
        _ => style switch
        {
            WritingStyle.Plain => Point(x, 2, random, approximateShare: 0.5),
            WritingStyle.Coarse => Point(x, 1, random, approximateShare: 0.5),
            WritingStyle.NiceNumbers => WriteNice(x, random),
            WritingStyle.Wire => WriteWire(x, random),
            _ => WritePapers(x, random),
        },
    };

    private static Statement WritePapers(double x, Random random)
    {
        double u = random.NextDouble();
        if (u < 0.08)
        {
            int s = Whole(x / 1.5, random.NextDouble() < 0.5 ? 1 : 2);
            double low = Rounding.FloorSignificant(x * Math.Exp(-Uniform(random, 0.02, 0.30)), s);
            double high = Rounding.CeilSignificant(x * Math.Exp(Uniform(random, 0.02, 0.30)), s);
            if (low > 0 && high > low)
            {
                return new Statement(Range(Count(low, s), Count(high, s), random), low, high);
            }
        }
        else if (u < 0.12 && Vague(x, random) is Statement vague)
        {
            return vague;
        }
        int digits = Whole(x, random.NextDouble() switch { < 0.25 => 1, < 0.75 => 2, _ => 3 });
        double rounded = Rounding.Significant(x, digits);
        var (binLow, binHigh) = Rounding.Bin(rounded, digits);
        double off = (x / rounded) - 1;
        if (off > 0 && off < 0.1 && random.NextDouble() < 0.5)
        {
            return new Statement(Pick(random, "more than ", "over ", "at least ") + Count(rounded, digits), rounded, Math.Min(rounded * 1.1, binHigh));
        }
        if (off < 0 && (rounded / x) - 1 < 0.1 && random.NextDouble() < 0.5)
        {
            return new Statement(Pick(random, "nearly ", "almost ", "up to ") + Count(rounded, digits), Math.Max(rounded / 1.1, binLow), rounded);
        }
        string hedge = random.NextDouble() < 0.45 ? "" : Pick(random, "about ", "approximately ", "around ");
        return new Statement(hedge + Count(rounded, digits), binLow, binHigh);
    }

    private static Statement WriteWire(double x, Random random)
    {
        double u = random.NextDouble();
        int s = Whole(x / 1.5, random.NextDouble() < 0.5 ? 1 : 2);
        if (u < 0.08)
        {
            double low = Rounding.FloorSignificant(x * Math.Exp(-Uniform(random, 0.05, 0.40)), s);
            double high = Rounding.CeilSignificant(x * Math.Exp(Uniform(random, 0.05, 0.40)), s);
            if (low > 0 && high > low)
            {
                return new Statement(Count(low, s) + " to " + Count(high, s), low, high);
            }
        }
        else if (u < 0.14 && WireVague(x, random) is Statement vague)
        {
            return vague;
        }
        else if (u < 0.24)
        {
            // An open bound: a round number somewhere up to 20% below the value.
            double bound = Rounding.FloorSignificant(x / Uniform(random, 1.0, 1.2), s);
            if (bound > 0)
            {
                double step = Rounding.Step(bound, s);
                return new Statement(Pick(random, "more than ", "in excess of ", "upwards of ", "over ") + Count(bound, s), bound, (bound + step) * 1.2);
            }
        }
        else if (u < 0.32)
        {
            double bound = Rounding.CeilSignificant(x * Uniform(random, 1.0, 1.2), s);
            double step = Rounding.Step(bound, s);
            return new Statement(Pick(random, "as many as ", "up to ") + Count(bound, s), (bound - step) / 1.2, bound);
        }
        int digits = Whole(x, random.NextDouble() switch { < 0.4 => 1, < 0.9 => 2, _ => 3 });
        double rounded = Rounding.Significant(x, digits);
        var (binLow, binHigh) = Rounding.Bin(rounded, digits);
        if (x < rounded && rounded / x < 1.05 && random.NextDouble() < 0.5)
        {
            return new Statement(Pick(random, "close to ", "just under ") + Count(rounded, digits), Math.Max(rounded / 1.05, binLow), rounded);
        }
        string hedge = random.NextDouble() < 0.35 ? "" : Pick(random, "some ", "roughly ", "an estimated ", "about ");
        return new Statement(hedge + Count(rounded, digits), binLow, binHigh);
    }

    /// <summary>At most as many significant figures as <paramref name="x"/> has whole digits: counts are written without decimals.</summary>
    private static int Whole(double x, int digits) => Math.Max(1, Math.Min(digits, (int)Math.Floor(Math.Log10(x)) + 1));

    private static Statement? WireVague(double x, Random random)
    {
        if (x >= 24 && x < 120)
        {
            // "dozens": two dozen to ten dozen, as the library reads it.
            return new Statement("dozens", 24, 120);
        }
        double unit = Math.Pow(10, Math.Floor(Math.Log10(x)));
        double m = x / unit;
        string? word = unit switch { 100 => "hundred", 1_000 => "thousand", _ => null };
        if (word is null)
        {
            return Vague(x, random);
        }
        if (m >= 2 && m <= 5 && random.NextDouble() < 0.5)
        {
            return new Statement("a few " + word, 2 * unit, 5 * unit);
        }
        return m >= 2 ? new Statement(word + "s", 2 * unit, 10 * unit) : null;
    }

    private static Statement Point(double x, int digits, Random random, double approximateShare)
    {
        double rounded = Rounding.Significant(x, digits);
        var (low, high) = Rounding.Bin(rounded, digits);
        string hedge = random.NextDouble() < approximateShare ? "about " : "";
        return new Statement(hedge + Count(rounded, digits), low, high);
    }

    private static Statement WriteNice(double x, Random random)
    {
        double u = random.NextDouble();
        if (u < 0.15)
        {
            double low = NiceBelow(x * Math.Exp(-Uniform(random, 0.1, 0.5)));
            double high = NiceAbove(x * Math.Exp(Uniform(random, 0.1, 0.5)));
            return new Statement(Range(Count(low, 3), Count(high, 3), random), low, high);
        }
        if (u < 0.20 && Vague(x, random) is Statement vague)
        {
            return vague;
        }
        if (u < 0.32)
        {
            double bound = NiceBelow(x / Uniform(random, 1.0, 1.3));
            return new Statement(Pick(random, "at least ", "upwards of ", "no fewer than ") + Count(bound, 3), bound, NiceNeighbour(bound, +1) * 1.3);
        }
        if (u < 0.44)
        {
            double bound = NiceAbove(x * Uniform(random, 1.0, 1.4));
            return new Statement(Pick(random, "as many as ", "up to ", "fewer than ") + Count(bound, 3), NiceNeighbour(bound, -1) / 1.4, bound);
        }
        var (nice, cellLow, cellHigh) = Nice(x);
        string hedge = random.NextDouble() < 0.4 ? "" : Pick(random, "some ", "roughly ", "an estimated ", "about ");
        return new Statement(hedge + Count(nice, 3), cellLow, cellHigh);
    }

    private static Statement WritePercent(double p, WritingStyle style, Random random)
    {
        // Shares are written to a fixed number of decimals (or significant figures when small).
        int decimals = p < 10
            ? (random.NextDouble() < 0.5 ? 1 : 2) - (int)Math.Floor(Math.Log10(p)) - 1
            : random.NextDouble() < 0.7 ? 0 : 1;
        decimals = Math.Max(0, decimals);
        double step = Math.Pow(10, -decimals);
        double rounded = Math.Min(100, Math.Round(p / step) * step);
        double binLow = Math.Max(0, rounded - (step / 2)), binHigh = Math.Min(100, rounded + (step / 2));
        string text = rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
        if (rounded == 0)
        {
            return new Statement("less than " + step.ToString(CultureInfo.InvariantCulture) + "%", 0, step);
        }
        double off = (p / rounded) - 1;
        if (style != WritingStyle.Plain && off > 0 && random.NextDouble() < 0.25)
        {
            return new Statement(Pick(random, "more than ", "over ") + text, rounded, binHigh);
        }
        if (style != WritingStyle.Plain && off < 0 && random.NextDouble() < 0.25)
        {
            return new Statement(Pick(random, "nearly ", "almost ") + text, binLow, rounded);
        }
        return new Statement((random.NextDouble() < 0.5 ? "" : "about ") + text, binLow, binHigh);
    }

    private static Statement WriteSmallCount(double x, Random random)
    {
        double rounded = Math.Round(x);
        double u = random.NextDouble();
        if (x >= 1 && u < 0.1)
        {
            double bound = Math.Floor(x);
            return new Statement("at least " + Count(bound, 3), bound, bound + 1);
        }
        if (u < 0.2)
        {
            double bound = Math.Ceiling(x);
            return bound == 0 ? new Statement("0", 0, 0.5) : new Statement("up to " + Count(bound, 3), bound - 1, bound);
        }
        string hedge = rounded > 0 && u < 0.45 ? "about " : "";
        return new Statement(hedge + Count(rounded, 3), Math.Max(0, rounded - 0.5), rounded + 0.5);
    }

    private static Statement? Vague(double x, Random random)
    {
        double unit = Math.Pow(10, Math.Floor(Math.Log10(x)));
        double m = x / unit;
        string? word = unit switch
        {
            100 => "hundred",
            1_000 => "thousand",
            10_000 => "ten thousand",
            100_000 => "hundred thousand",
            _ => null,
        };
        if (word is null || m < 2)
        {
            return null;
        }
        if (m >= 3 && m <= 9 && random.NextDouble() < 0.5 && unit <= 1_000)
        {
            return new Statement("several " + word, 3 * unit, 9 * unit);
        }
        string plural = unit switch
        {
            100 => "hundreds",
            1_000 => "thousands",
            10_000 => "tens of thousands",
            _ => "hundreds of thousands",
        };
        return new Statement(plural, 2 * unit, 10 * unit);
    }

    private static string Range(string low, string high, Random random) => random.Next(3) switch
    {
        0 => "between " + low + " and " + high,
        1 => low + "–" + high,
        _ => low + " to " + high,
    };

    /// <summary>A count as papers print it: "12,000", sometimes "12 thousand", "1.2 million" for millions.</summary>
    private static string Count(double value, int digits)
    {
        if (value >= 1_000_000)
        {
            double millions = value / 1_000_000;
            int decimals = Math.Max(0, digits - (int)Math.Floor(Math.Log10(millions)) - 1);
            return millions.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " million";
        }
        return value.ToString("#,0", CultureInfo.InvariantCulture);
    }

    private static (double Value, double Low, double High) Nice(double x)
    {
        double decade = Math.Pow(10, Math.Floor(Math.Log10(x)));
        double best = decade, bestDistance = double.PositiveInfinity;
        foreach (var m in NiceMantissas)
        {
            double distance = Math.Abs(Math.Log(x / (m * decade)));
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = m * decade;
            }
        }
        // The cell of a nice number runs to the geometric midpoints with its neighbours.
        double below = NiceNeighbour(best, -1), above = NiceNeighbour(best, +1);
        return (best, Math.Sqrt(below * best), Math.Sqrt(best * above));
    }

    private static double NiceNeighbour(double nice, int direction)
    {
        double decade = Math.Pow(10, Math.Floor(Math.Log10(nice) + 1e-9));
        int index = Array.FindIndex(NiceMantissas, m => Math.Abs((m * decade) - nice) < 1e-6 * nice);
        int next = index + direction;
        return next < 0 ? NiceMantissas[^2] * decade / 10 : next >= NiceMantissas.Length ? NiceMantissas[1] * decade * 10 : NiceMantissas[next] * decade;
    }

    private static double NiceBelow(double x)
    {
        double decade = Math.Pow(10, Math.Floor(Math.Log10(x)));
        double best = decade;
        foreach (var m in NiceMantissas)
        {
            if (m * decade <= x)
            {
                best = m * decade;
            }
        }
        return best;
    }

    private static double NiceAbove(double x)
    {
        double decade = Math.Pow(10, Math.Floor(Math.Log10(x)));
        foreach (var m in NiceMantissas)
        {
            if (m * decade >= x)
            {
                return m * decade;
            }
        }
        return 10 * decade;
    }

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];

    internal static double Uniform(Random random, double low, double high) => low + ((high - low) * random.NextDouble());
}

/// <summary>Rounding to significant figures, and the bin of values that round to a number.</summary>
internal static class Rounding
{
    /// <summary>The place value of the last of <paramref name="digits"/> significant figures of <paramref name="x"/>.</summary>
    internal static double Step(double x, int digits) => Math.Pow(10, Math.Floor(Math.Log10(x)) - digits + 1);

    /// <summary><paramref name="x"/> rounded to <paramref name="digits"/> significant figures.</summary>
    internal static double Significant(double x, int digits)
    {
        if (x <= 0)
        {
            return 0;
        }
        double step = Step(x, digits);
        return Math.Round(x / step, MidpointRounding.AwayFromZero) * step;
    }

    /// <summary>Rounded down to <paramref name="digits"/> significant figures.</summary>
    internal static double FloorSignificant(double x, int digits)
    {
        double step = Step(x, digits);
        return Math.Floor((x / step) + 1e-9) * step;
    }

    /// <summary>Rounded up to <paramref name="digits"/> significant figures.</summary>
    internal static double CeilSignificant(double x, int digits)
    {
        double step = Step(x, digits);
        return Math.Ceiling((x / step) - 1e-9) * step;
    }

    /// <summary>
    /// The values that round to <paramref name="rounded"/> at <paramref name="digits"/> significant figures: half a
    /// step either side, except below a power of ten, where the step is ten times finer (9,500 rounds up to 10,000).
    /// </summary>
    internal static (double Low, double High) Bin(double rounded, int digits)
    {
        double step = Step(rounded, digits);
        double exponent = Math.Log10(rounded);
        bool powerOfTen = Math.Abs(exponent - Math.Round(exponent)) < 1e-12;
        double below = powerOfTen ? step / 10 : step;
        return (rounded - (below / 2), rounded + (step / 2));
    }
}
