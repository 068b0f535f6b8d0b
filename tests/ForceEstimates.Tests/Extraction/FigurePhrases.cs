using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Writes figures in every form the grammar knows, from the lexicon's own words: each hedge, digits
/// with each group separator, decimals, exponents, multipliers attached and spaced, number words,
/// ranges of each kind, vague amounts, each unit spelling, in random case. Left out by design, because
/// the extractor does not take them for figures in running text: bare years (1900–2100 with no unit),
/// numbers in words below ten, ranges with equal ends (scores), and runs of seven or more digits
/// without groups (identifiers).
/// </summary>
internal static class FigurePhrases
{
    private static readonly string[] GroupSeparators = [",", " ", "\u00A0", "\u2007", "\u2009", "\u202F"];

    private static readonly string[] RangeSeparators = ["-", "–", " – ", " to ", "\u2010"];

    private static readonly string[] NumberWords =
    [
        "eleven", "twelve", "twenty", "forty-five", "a dozen", "two dozen", "a hundred", "a thousand", "two hundred and fifty",
        "one hundred fifty thousand", "eleven thousand", "two million five hundred thousand", "ninety-nine",
    ];

    private static readonly string[] Vague =
    [
        "tens of thousands", "hundreds of thousands", "several hundred", "several thousand", "a few thousand", "a few dozen",
        "several hundred thousand", "dozens", "hundreds", "thousands", "millions", "tens",
    ];

    /// <summary>
    /// A figure phrase from a seed; the same seed gives the same phrase. Ranges are drawn again until
    /// their ends increase (an inverted range is not a figure), at most a few times.
    /// </summary>
    internal static string Phrase(int seed)
    {
        var random = new Random(seed);
        string phrase = "";
        for (int attempt = 0; attempt < 10; attempt++)
        {
            phrase = Draw(random);
            if (Estimate.TryParse(phrase, out _))
            {
                break;
            }
        }
        return phrase;
    }

    private static string Draw(Random random)
    {
        var text = new StringBuilder();
        int form = random.Next(10);
        if (form == 0)
        {
            string hedge = random.Next(2) == 0 ? "" : Pick(random, ["about ", "some ", "an estimated ", "around "]);
            return RandomCase(random, hedge + Pick(random, Vague));
        }
        if (form == 1)
        {
            text.Append("between ").Append(Number(random, out _)).Append(Unit(random, attached: false));
            text.Append(random.Next(2) == 0 ? " and " : " to ").Append(Number(random, out _)).Append(Unit(random, attached: false));
            return RandomCase(random, text.ToString());
        }
        // Ranges follow no hedge or a two-sided one ("about 10,000-12,000"); the other hedges bound one number.
        // Not "past" or "towards": the extractor reads them as hedges only after a verb of a count going up, which the
        // sentences these phrases are put in do not have.
        var hedges = ForceEstimates.Lexicon.Hedges.Where(h => (form == 2 ? h.Kind == HedgeKind.Approximate : h.Kind != HedgeKind.Range)
                                                              && !ForceEstimates.Lexicon.HedgesAfterRisingOnly.Contains(h.Phrase)).ToArray();
        if (random.Next(4) > 0)
        {
            text.Append(hedges[random.Next(hedges.Length)].Phrase).Append(' ');
        }
        text.Append(Number(random, out bool attachable));
        if (form == 2)
        {
            // A range; the multiplier may be written on the second number only ("10-12 thousand").
            text.Append(Pick(random, RangeSeparators)).Append(Number(random, out attachable));
        }
        text.Append(Unit(random, attached: attachable && random.Next(2) == 0));
        return RandomCase(random, text.ToString());
    }

    private static string Number(Random random, out bool attachable)
    {
        attachable = true;
        if (random.Next(6) == 0)
        {
            attachable = false;
            return Pick(random, NumberWords);
        }
        if (random.Next(20) == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 10)}E+{random.Next(1, 30)}");
        }
        long whole = random.Next(5) switch
        {
            0 => random.Next(1, 100),
            1 => random.Next(100, 10_000),
            2 => random.Next(10, 1000) * 1000L,
            3 => random.Next(1, 1000) * 1_000_000L + random.Next(1000) * 1000L,
            _ => random.Next(10_000, 1_000_000),
        };
        string separator = Pick(random, GroupSeparators);
        string digits = whole.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", separator, StringComparison.Ordinal);
        if (whole is >= 1900 and <= 2100 || (digits.Length >= 7 && !digits.Any(c => !char.IsAsciiDigit(c))))
        {
            digits = (whole + 7000).ToString("#,0", CultureInfo.InvariantCulture);
        }
        if (random.Next(5) == 0 && whole < 1000)
        {
            // One or two decimals: three would make "1.500" ambiguous, which the parser refuses.
            digits += "." + random.Next(1, 100).ToString(CultureInfo.InvariantCulture);
        }
        if (random.Next(3) == 0)
        {
            var multiplier = ForceEstimates.Lexicon.Multipliers[random.Next(ForceEstimates.Lexicon.Multipliers.Length)];
            if (multiplier.MayFollowSpace)
            {
                digits += " " + multiplier.Phrase;
                attachable = false;
            }
            else
            {
                digits += multiplier.Phrase;
                attachable = false; // a unit may be attached to the digits ("10km"), not to a multiplier
            }
        }
        return digits;
    }

    private static string Unit(Random random, bool attached)
    {
        if (random.Next(3) > 0)
        {
            return "";
        }
        var candidates = ForceEstimates.Lexicon.Units.Where(u => !attached || u.MayAttach).ToArray();
        var unit = candidates[random.Next(candidates.Length)];
        return (attached ? "" : " ") + unit.Phrase;
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];

    // "m" stays lower case: "5M" is a name more often than five million.
    private static string RandomCase(Random random, string text)
        => new(text.Select((c, i) => random.Next(4) == 0 && !(c == 'm' && i > 0 && char.IsAsciiDigit(text[i - 1])) ? char.ToUpperInvariant(c) : c).ToArray());
}
