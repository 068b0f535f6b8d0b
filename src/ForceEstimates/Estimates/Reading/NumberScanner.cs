using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ForceEstimates;

/// <summary>
/// Which character a text uses as its decimal separator, for the numbers whose format alone does not
/// say: "60.000" is sixty thousand where the period groups digits (much of Europe) and sixty to three
/// decimals where it is the decimal point (English).
/// </summary>
internal enum NumberConvention : byte
{
    /// <summary>Unknown: an ambiguous number is not read (<see cref="NumberProblem.Ambiguous"/>).</summary>
    Unknown,

    /// <summary>The period is the decimal point, the comma groups digits ("1,234.5").</summary>
    PeriodDecimal,

    /// <summary>The comma is the decimal separator, the period groups digits ("1.234,5").</summary>
    CommaDecimal,
}

/// <summary>Why no number was read where one was looked for.</summary>
internal enum NumberProblem : byte
{
    None,

    /// <summary>Not a number: no digits or number words, or digits with letters attached ("40th", "5G"), or a date or version ("21.11.2024").</summary>
    NotANumber,

    /// <summary>A period before exactly three digits ("60.000", "1.500 million") where the convention is unknown.</summary>
    Ambiguous,

    /// <summary>Beyond the range of a double ("1e400"), or so small that it would read as zero ("1e-400").</summary>
    OutOfRange,
}

/// <summary>A number read from text: where it is, its value (multiplier applied) and how it was written.</summary>
internal struct ScannedNumber
{
    internal int Start;
    internal int End;
    internal double Value;

    /// <summary>Significant digits as written: trailing zeros of a whole number do not count, digits after a decimal point do.</summary>
    internal int SignificantDigits;

    /// <summary>The power of ten of a multiplier written after the number ("thousand": 3), or 0.</summary>
    internal int MultiplierExponent;

    /// <summary>Digits before the decimal separator; 0 for a number in words.</summary>
    internal int IntegerDigits;

    /// <summary>All digits written.</summary>
    internal int Digits;

    /// <summary>Where the digits (or words) end, before any multiplier.</summary>
    internal int DigitsEnd;

    internal bool Grouped;
    internal bool HasDecimals;
    internal bool InWords;

    /// <summary>A fraction of one written in words ("half", "two-thirds"): <see cref="Value"/> is the fraction.</summary>
    internal bool IsFraction;

    /// <summary>A whole number of two or more digits written with a leading zero ("044").</summary>
    internal readonly bool LeadingZero => IntegerDigits > 1 && !InWords && Digits > 0 && FirstDigitIsZero;

    internal bool FirstDigitIsZero;
}

/// <summary>
/// Reads one number at a position of a span: digits with digit groups (comma, space, no-break, figure,
/// thin and narrow no-break spaces, the apostrophe; the period only where the format or the convention says it groups),
/// a decimal part (a period, or a comma where it cannot be a group: "1,5 million"), an exponent, a
/// multiplier ("60k", "1.2 million", "3-million"; "36-thousand-500" and "74-hundred" with hyphens), or number words ("eleven thousand", "a dozen", "two hundred and
/// fifty"), and vague amounts ("tens of thousands", "several hundred"). Never throws on text and
/// allocates nothing; the work is linear in what it reads.
/// </summary>
internal static class NumberScanner
{
    private const int MaxMantissaDigits = 19;

    /// <summary>The largest number written in words that is read (a thousand trillion); longer chains of scales are not numbers.</summary>
    private const long MaxWordsValue = 1_000_000_000_000_000L;

    /// <summary>Reads the number that starts at <paramref name="at"/>.</summary>
    internal static bool TryScan(ReadOnlySpan<char> s, int at, NumberConvention convention, out ScannedNumber number, out NumberProblem problem)
    {
        number = default;
        problem = NumberProblem.NotANumber;
        if (at >= s.Length)
        {
            return false;
        }
        if (Characters.IsDigit(s[at]))
        {
            return TryScanDigits(s, at, convention, out number, out problem);
        }
        if (TryScanWords(s, at, out number))
        {
            problem = NumberProblem.None;
            return true;
        }
        return false;
    }

    private static bool TryScanDigits(ReadOnlySpan<char> s, int at, NumberConvention convention, out ScannedNumber number, out NumberProblem problem)
    {
        number = default;
        number.Start = at;
        number.FirstDigitIsZero = s[at] == '0';
        problem = NumberProblem.NotANumber;
        var digits = new DigitAccumulator();
        int p = at;
        while (p < s.Length && Characters.IsDigit(s[p]))
        {
            digits.Add(s[p] - '0', integerPart: true);
            p++;
        }
        int integerRun = p - at;

        // Digit groups: "1,376", "60 000", "1.234.567"; the first group has one to three digits, every later one three,
        // and is not a lone zero ("0,500" and "0.500" are decimals whichever the convention).
        bool loneZero = integerRun == 1 && number.FirstDigitIsZero;
        char separator = '\0';
        if (integerRun <= 3 && !loneZero && p < s.Length && IsThreeDigitGroup(s, p + 1))
        {
            char c = s[p];
            bool groups = c switch
            {
                ',' => convention != NumberConvention.CommaDecimal,
                '.' => convention switch
                {
                    NumberConvention.CommaDecimal => true,
                    NumberConvention.PeriodDecimal => false,
                    _ => PeriodGroupsUnambiguously(s, p),
                },
                // "200’000", "6'500": the apostrophe groups digits in Swiss and Liechtenstein writing, and nowhere decimals.
                '\'' or '\u2019' => true,
                _ => Characters.IsGroupSpace(c),
            };
            if (c == '.' && !groups && convention == NumberConvention.Unknown)
            {
                problem = NumberProblem.Ambiguous;
                number.End = p;
                return false;
            }
            if (groups)
            {
                separator = c;
                while (p + 3 < s.Length && s[p] == separator && IsThreeDigitGroup(s, p + 1))
                {
                    digits.Add(s[p + 1] - '0', integerPart: true);
                    digits.Add(s[p + 2] - '0', integerPart: true);
                    digits.Add(s[p + 3] - '0', integerPart: true);
                    p += 4;
                }
            }
        }
        else if (integerRun <= 3 && !loneZero && p + 5 <= s.Length && s[p] == ',' && s[p + 1] == ' ' && s[p + 2] == '0'
                 && IsThreeDigitGroup(s, p + 2) && !(p + 6 < s.Length && (s[p + 5] == '.' || s[p + 5] == ',') && Characters.IsDigit(s[p + 6])))
        {
            // "35, 000": a thousands comma with a space slipped in after it. A number after a list's comma never starts with
            // a zero ("in 1995, 300 people", "lost 12, 150 more" are two numbers), so a group of three digits that does is
            // the first number's.
            separator = ',';
            digits.Add(0, integerPart: true);
            digits.Add(s[p + 3] - '0', integerPart: true);
            digits.Add(s[p + 4] - '0', integerPart: true);
            p += 5;
        }
        else if (integerRun <= 2 && !loneZero && convention != NumberConvention.CommaDecimal && IndianGroupsEnd(s, p) is var indianEnd and > 0)
        {
            // "1,00,000", "12,50,000": Indian grouping (a lakh is 1,00,000, a crore 1,00,00,000): groups of two digits, then the
            // thousands' group of three.
            separator = ',';
            for (int k = p; k < indianEnd; k++)
            {
                if (s[k] != ',')
                {
                    digits.Add(s[k] - '0', integerPart: true);
                }
            }
            p = indianEnd;
        }
        number.IntegerDigits = digits.Count;
        number.Grouped = separator != '\0';

        // The decimal part: a period unless the period groups; a comma where it cannot group.
        if (p + 1 < s.Length && Characters.IsDigit(s[p + 1]))
        {
            char c = s[p];
            int run = DigitRun(s, p + 1);
            bool isDecimal = c switch
            {
                '.' => separator != '.',
                ',' => separator != ',' && (separator != '\0' || convention == NumberConvention.CommaDecimal || loneZero || (run <= 2 && integerRun <= 3)),
                _ => false,
            };
            if (isDecimal)
            {
                number.HasDecimals = true;
                for (int k = p + 1; k < p + 1 + run; k++)
                {
                    digits.Add(s[k] - '0', integerPart: false);
                }
                p += 1 + run;
                if (p + 1 < s.Length && (s[p] == '.' || s[p] == ',') && Characters.IsDigit(s[p + 1]) && (s[p] == c || c == ','))
                {
                    // "21.11.2024", "1.2.3": a date or a version, not a number.
                    number.End = SkipNumberLike(s, p);
                    return false;
                }
            }
        }
        number.Digits = digits.Count;

        // An exponent: "1E+20", "2.5e6".
        if (p + 1 < s.Length && (s[p] | 0x20) == 'e')
        {
            int q = p + 1;
            bool negative = false;
            if (s[q] is '+' or '-')
            {
                negative = s[q] == '-';
                q++;
            }
            if (q < s.Length && Characters.IsDigit(s[q]))
            {
                int written = 0;
                while (q < s.Length && Characters.IsDigit(s[q]))
                {
                    written = Math.Min((written * 10) + (s[q] - '0'), 100_000);
                    q++;
                }
                digits.Exponent += negative ? -written : written;
                p = q;
            }
        }
        number.SignificantDigits = digits.SignificantDigits(number.HasDecimals);
        number.DigitsEnd = p;

        int multiplierEnd = -1;
        int multiplier = 0;
        int below = 0;
        if (p < s.Length && char.IsAsciiLetter(s[p]))
        {
            multiplierEnd = Lexicon.MatchMultiplier(s, p, attached: true, out multiplier);
            if (multiplierEnd < 0 && Lexicon.MatchUnit(s, p, attached: true, out _) < 0)
            {
                // "40th", "3rd", "5G": not a figure.
                number.End = p;
                return false;
            }
        }
        else if (p < s.Length && Characters.IsWordPart(s[p]) && Lexicon.MatchUnit(s, p, attached: true, out _) < 0)
        {
            number.End = p;
            return false;
        }
        else if (p + 1 < s.Length && Characters.IsWordHyphen(s[p]) && char.IsAsciiLetter(s[p + 1]))
        {
            // "15-thousand", "74-hundred": a scale joined by a hyphen (not a modifier such as "15-year" or "2,000-strong").
            multiplierEnd = ScanHyphenatedScale(s, p + 1, in number, integerRun, digits.Exponent, out multiplier, out below);
        }
        else
        {
            int next = Characters.SkipWhiteSpace(s, p);
            if (next > p)
            {
                multiplierEnd = Lexicon.MatchMultiplier(s, next, attached: false, out multiplier);
            }
        }
        if (multiplierEnd > 0)
        {
            digits.Exponent += multiplier;
            number.MultiplierExponent = multiplier;
            p = multiplierEnd;
        }
        number.End = p;
        if (!digits.TryValue(out number.Value))
        {
            problem = NumberProblem.OutOfRange;
            return false;
        }
        if (below > 0)
        {
            // "36-thousand-500": what is below the scale, in digits after it (exact: a whole number below 10^15).
            long whole = (long)number.Value + below;
            number.Value = whole;
            number.SignificantDigits = SignificantDigitsOf(whole);
        }
        problem = NumberProblem.None;
        return true;
    }

    /// <summary>
    /// A scale word joined by a hyphen to the digits before it, at <paramref name="at"/> (after the hyphen): "15-thousand",
    /// "1.2-million", and "hundred" after a whole number of one or two digits ("74-hundred" is 7,400, as "seventy-four
    /// hundred"). After a whole number, digits joined by another hyphen are what is below the scale ("36-thousand-500" is
    /// 36,500, as "four-thousand-100" is 4,100 in words), when they are fewer than the scale ("36-thousand-1500" is not)
    /// and are not followed by another scale ("2-million-500-thousand" keeps its 2 million). Returns the end (after the
    /// scale or the digits below it) and sets <paramref name="below"/> to those digits' value, or returns -1: a modifier
    /// ("15-year", "2,000-strong") is no scale. Runs only after digits, a hyphen and a letter.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScanHyphenatedScale(ReadOnlySpan<char> s, int at, in ScannedNumber number, int integerRun, int exponent,
        out int multiplier, out int below)
    {
        below = 0;
        int end = Lexicon.MatchMultiplier(s, at, attached: false, out multiplier);
        bool whole = !number.HasDecimals && exponent == 0;
        if (end < 0 || (multiplier < 3 && !(multiplier == 2 && whole && !number.Grouped && integerRun <= 2)))
        {
            return -1;
        }
        if (!whole || multiplier > 3 || end + 1 >= s.Length || !Characters.IsWordHyphen(s[end]) || !Characters.IsDigit(s[end + 1]))
        {
            return end;
        }
        int p = end + 1;
        int value = 0;
        while (p < s.Length && Characters.IsDigit(s[p]) && p - end <= multiplier)
        {
            value = (value * 10) + (s[p] - '0');
            p++;
        }
        bool fits = p - (end + 1) <= multiplier && (p == s.Length || !Characters.IsDigit(s[p]));
        if (!fits || (p < s.Length && (Characters.IsWordPart(s[p]) || ((s[p] == '.' || s[p] == ',') && p + 1 < s.Length && Characters.IsDigit(s[p + 1]))))
            || (p + 1 < s.Length && Characters.IsWordHyphen(s[p]) && Lexicon.MatchScale(s, p + 1, plural: false, out _) > 0))
        {
            return end;
        }
        below = value;
        return p;
    }

    /// <summary>Where a period groups digits whatever the convention: "1.234.567" (two groups) or "1.234,5" (a decimal comma after the group).</summary>
    private static bool PeriodGroupsUnambiguously(ReadOnlySpan<char> s, int p)
    {
        int next = p + 4;
        return next + 1 < s.Length && Characters.IsDigit(s[next + 1]) && (s[next] == ',' || (s[next] == '.' && IsThreeDigitGroup(s, next + 1)));
    }

    /// <summary>
    /// Where Indian digit groups that start with the comma at <paramref name="at"/> end: one or more ",dd" groups, then ",ddd"
    /// with no digit after it ("1,00,000": the end of "000"); -1 when the digits are not grouped so.
    /// </summary>
    private static int IndianGroupsEnd(ReadOnlySpan<char> s, int at)
    {
        int p = at, pairs = 0;
        while (p + 3 < s.Length && s[p] == ',' && Characters.IsDigit(s[p + 1]) && Characters.IsDigit(s[p + 2]) && s[p + 3] == ',')
        {
            p += 3;
            pairs++;
        }
        return pairs > 0 && p < s.Length && s[p] == ',' && IsThreeDigitGroup(s, p + 1) ? p + 4 : -1;
    }

    private static bool IsThreeDigitGroup(ReadOnlySpan<char> s, int i)
        => i + 3 <= s.Length && Characters.IsDigit(s[i]) && Characters.IsDigit(s[i + 1]) && Characters.IsDigit(s[i + 2])
           && (i + 3 == s.Length || !Characters.IsDigit(s[i + 3]));

    private static int DigitRun(ReadOnlySpan<char> s, int i)
    {
        int start = i;
        while (i < s.Length && Characters.IsDigit(s[i]))
        {
            i++;
        }
        return i - start;
    }

    /// <summary>The end of a run of digits joined by periods and commas (a date, a version), for a caller skipping it.</summary>
    internal static int SkipNumberLike(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && (Characters.IsDigit(s[i]) || ((s[i] == '.' || s[i] == ',') && i + 1 < s.Length && Characters.IsDigit(s[i + 1]))))
        {
            i++;
        }
        return i;
    }

    /// <summary>"eleven thousand", "a dozen", "two hundred and fifty", "twenty-five", "one hundred fifty thousand".</summary>
    private static bool TryScanWords(ReadOnlySpan<char> s, int at, out ScannedNumber number)
    {
        number = default;
        if (!char.IsAsciiLetter(s[at]) || !Lexicon.MayStartNumberWord((char)(s[at] | 0x20)))
        {
            return false;
        }
        if (TryScanFraction(s, at, out number))
        {
            return true;
        }
        long total = 0;
        long current = 0;
        bool any = false;
        int lastScale = 0;
        bool lastWasHundred = false;
        int p = at;
        int end = at;

        // "a dozen", "a hundred", "a thousand": the article stands for "one".
        int articleEnd = SpanScanner.PhraseEnd(s, at, "a");
        if (articleEnd > 0)
        {
            p = Characters.SkipWhiteSpace(s, articleEnd);
            if (p == articleEnd || (SpanScanner.PhraseEnd(s, p, Lexicon.Dozen) < 0 && Lexicon.MatchScale(s, p, plural: false, out _) == 0))
            {
                return false;
            }
            current = 1;
        }

        while (true)
        {
            int wordEnd;
            long remainder = current % 100;
            int scale;
            if ((wordEnd = Lexicon.MatchSmallOrTens(s, p, out long small, out bool isTens)) > 0
                && ((remainder == 0 && current != 1) || (remainder >= 20 && remainder % 10 == 0 && !isTens && small is > 0 and < 10)))
            {
                current += small;
                lastScale = 0;
                lastWasHundred = false;
            }
            else if ((scale = Lexicon.MatchScale(s, p, plural: false, out wordEnd)) == 2 && current is >= 1 and <= 99)
            {
                current *= 100;
                lastScale = 2;
                lastWasHundred = true;
            }
            else if (scale > 2 && current > 0)
            {
                total += current * (long)Pow10(scale);
                current = 0;
                lastScale = scale;
                lastWasHundred = false;
            }
            else if ((wordEnd = SpanScanner.PhraseEnd(s, p, Lexicon.Dozen)) > 0 && current is >= 1 and <= 99)
            {
                current *= 12;
                lastScale = 0;
                lastWasHundred = false;
            }
            else
            {
                break;
            }
            any = true;
            end = wordEnd;
            if (total + current > MaxWordsValue)
            {
                return false;
            }
            int next = Characters.SkipWhiteSpace(s, end);
            if (next == end && end + 1 < s.Length && Characters.IsWordHyphen(s[end])
                && (Lexicon.MatchScale(s, end + 1, plural: false, out _) > 0 || (lastScale >= 2 && Lexicon.MatchSmallOrTens(s, end + 1, out _, out _) > 0)))
            {
                next = end + 1; // "four-thousand", and after a scale "four-hundred-seventy-eight"
            }
            if (next == end)
            {
                break;
            }
            if (lastWasHundred && SpanScanner.PhraseEnd(s, next, "and") is var andEnd and > 0)
            {
                int afterAnd = Characters.SkipWhiteSpace(s, andEnd);
                if (afterAnd > andEnd && Lexicon.MatchSmallOrTens(s, afterAnd, out _, out _) > 0)
                {
                    next = afterAnd;
                }
            }
            p = next;
        }
        if (any && total == 0 && lastScale == 0 && current is >= 1 and <= 99 && MatchAndAHalfScale(s, end, out int halfScale) is var halfEnd and > 0)
        {
            // "one and a half million", "two and a half thousand": the whole number and a half, of the scale after them.
            number.Start = at;
            number.Value = (current + 0.5) * Pow10(halfScale);
            number.End = halfEnd;
            number.DigitsEnd = halfEnd;
            number.InWords = true;
            number.MultiplierExponent = halfScale;
            number.SignificantDigits = SignificantDigitsOf((current * 10) + 5);
            return true;
        }
        if (!any)
        {
            return false;
        }
        if (lastScale >= 3 && current == 0 && end + 1 < s.Length && Characters.IsWordHyphen(s[end]) && Characters.IsDigit(s[end + 1]))
        {
            // "four-thousand-100": digits for what is below the scale.
            int digitsEnd = end + 1;
            long below = 0;
            while (digitsEnd < s.Length && Characters.IsDigit(s[digitsEnd]) && below < Pow10(lastScale))
            {
                below = (below * 10) + (s[digitsEnd] - '0');
                digitsEnd++;
            }
            if (below < Pow10(lastScale) && (digitsEnd == s.Length || !Characters.IsWordPart(s[digitsEnd])))
            {
                current = below;
                end = digitsEnd;
            }
        }
        long value = total + current;
        number.Start = at;
        number.Value = value;
        number.End = end;
        number.DigitsEnd = end;
        number.InWords = true;
        number.MultiplierExponent = lastScale >= 3 ? lastScale : 0;
        number.SignificantDigits = SignificantDigitsOf(value);
        return true;
    }

    /// <summary>
    /// " and a half million", " and a half-million" after a number in words at <paramref name="end"/>: the end of the scale,
    /// with <paramref name="scale"/> its power of ten (a thousand or more), or -1.
    /// </summary>
    private static int MatchAndAHalfScale(ReadOnlySpan<char> s, int end, out int scale)
    {
        scale = 0;
        int half = SpanScanner.PhraseEndAfterSpace(s, end, "and a half");
        if (half < 0 || half + 1 >= s.Length)
        {
            return -1;
        }
        int at = Characters.IsWordHyphen(s[half]) ? half + 1 : Characters.SkipWhiteSpace(s, half);
        if (at == half)
        {
            return -1;
        }
        scale = Lexicon.MatchScale(s, at, plural: false, out int scaleEnd);
        return scale >= 3 ? scaleEnd : -1;
    }

    /// <summary>The adjectives of emphasis between an article and a fraction ("a bare third", "a mere quarter", "a full half"), lower case.</summary>
    internal static readonly string[] FractionEmphasis = ["bare", "mere", "full"];

    // An adjective of FractionEmphasis at p and the white space after it: where the fraction would start, or -1.
    private static int MatchFractionEmphasis(ReadOnlySpan<char> s, int p)
    {
        foreach (string word in FractionEmphasis)
        {
            int end = SpanScanner.PhraseEnd(s, p, word);
            int next = end > 0 ? Characters.SkipWhiteSpace(s, end) : -1;
            if (next > end)
            {
                return next;
            }
        }
        return -1;
    }

    /// <summary>
    /// A fraction in words: "half", "a half", "one-half", "a third", "two-thirds", "three quarters", as a fraction of
    /// one. "half a million", "a quarter of a million", "a half-million" and "a quarter million" are numbers (500,000; 250,000).
    /// An adjective of emphasis may stand after the article ("a bare third", "a mere quarter", "a full half"). An ordinal alone
    /// ("third", "quarter") is not a fraction.
    /// </summary>
    private static bool TryScanFraction(ReadOnlySpan<char> s, int at, out ScannedNumber number)
    {
        number = default;
        long numerator = 0;
        int p = at;
        int articleEnd = SpanScanner.PhraseEnd(s, at, "a");
        if (articleEnd < 0)
        {
            articleEnd = SpanScanner.PhraseEnd(s, at, "an");
        }
        if (articleEnd > 0)
        {
            numerator = 1;
            p = Characters.SkipWhiteSpace(s, articleEnd);
            if (p == articleEnd)
            {
                return false;
            }
            int emphasisEnd = p < s.Length && (s[p] | 0x20) is 'b' or 'm' or 'f' ? MatchFractionEmphasis(s, p) : -1;
            if (emphasisEnd > 0)
            {
                p = emphasisEnd; // "a bare third": the share as stated
            }
        }
        else
        {
            int smallEnd = Lexicon.MatchSmallOrTens(s, at, out long small, out bool isTens);
            if (smallEnd > 0 && !isTens && small is >= 1 and <= 9 && smallEnd < s.Length)
            {
                numerator = small;
                p = Characters.IsWordHyphen(s[smallEnd]) ? smallEnd + 1 : Characters.SkipWhiteSpace(s, smallEnd);
                if (p == smallEnd)
                {
                    return false;
                }
            }
        }
        foreach (var (singular, plural, denominator) in Lexicon.Fractions)
        {
            int end = SpanScanner.PhraseEnd(s, p, numerator > 1 ? plural : singular);
            if (end < 0 || (numerator == 0 && denominator != 2))
            {
                continue;
            }
            double fraction = (numerator == 0 ? 1 : numerator) / (double)denominator;
            number.Start = at;
            number.InWords = true;
            number.SignificantDigits = 1;
            // "half a million", "a quarter of a million": a number, not a share.
            int next = Characters.SkipWhiteSpace(s, end);
            int ofEnd = SpanScanner.PhraseEnd(s, next, "of");
            int a = SpanScanner.PhraseEnd(s, ofEnd > 0 ? Characters.SkipWhiteSpace(s, ofEnd) : next, "a");
            if (next > end && a > 0 && Lexicon.MatchScale(s, Characters.SkipWhiteSpace(s, a), plural: false, out int scaleEnd) is var scale and >= 2)
            {
                number.Value = fraction * Pow10(scale);
                number.MultiplierExponent = scale;
                number.End = scaleEnd;
                number.DigitsEnd = scaleEnd;
                return true;
            }
            // "a half-million", "half-billion", "a quarter-million", and with a space "a quarter million", "half a million" aside:
            // the fraction of the scale (500,000; 250,000).
            int scaleAt = end + 1 < s.Length && Characters.IsWordHyphen(s[end]) ? end + 1 : next;
            if (numerator <= 1 && scaleAt > end && scaleAt < s.Length
                && Lexicon.MatchScale(s, scaleAt, plural: false, out int joinedEnd) is var joined and >= 3)
            {
                number.Value = fraction * Pow10(joined);
                number.MultiplierExponent = joined;
                number.End = joinedEnd;
                number.DigitsEnd = joinedEnd;
                return true;
            }
            // "half a dozen": six.
            int dozenEnd = next > end && a > 0 && denominator == 2 && numerator <= 1 ? SpanScanner.PhraseEnd(s, Characters.SkipWhiteSpace(s, a), Lexicon.Dozen) : -1;
            if (dozenEnd < 0 && denominator == 2 && numerator <= 1 && end < s.Length)
            {
                // "a half-dozen", "a half dozen", "half-dozen": six as well.
                int dozen = Characters.IsWordHyphen(s[end]) ? end + 1 : next > end ? next : -1;
                dozenEnd = dozen > 0 ? SpanScanner.PhraseEnd(s, dozen, Lexicon.Dozen) : -1;
            }
            if (dozenEnd > 0)
            {
                number.Value = 6;
                number.End = dozenEnd;
                number.DigitsEnd = dozenEnd;
                return true;
            }
            number.Value = fraction;
            number.IsFraction = true;
            number.End = end;
            number.DigitsEnd = end;
            return true;
        }
        return false;
    }

    /// <summary>
    /// A vague amount at <paramref name="at"/>: a plural of a unit U ("dozens", "hundreds", "tens of
    /// thousands") is [2U, 10U]; "several U" [3U, 9U]; "a few U" [2U, 5U], where U is a singular ("several hundred"), a
    /// plural of a larger unit ("a few tens of thousands": U is ten thousand) or a length or area unit, read after the amount
    /// ("a few kilometres": U is one kilometre). <paramref name="barePlural"/>
    /// says that it is a lone plural ("hundreds"), which reads as an amount only before "of".
    /// </summary>
    internal static bool TryScanVague(ReadOnlySpan<char> s, int at, out double low, out double high, out int end, out bool barePlural)
    {
        low = high = 0;
        end = 0;
        barePlural = false;
        if (at >= s.Length || !char.IsAsciiLetter(s[at]))
        {
            return false;
        }
        double unit;
        double lowMultiple = Lexicon.PluralLow;
        double highMultiple = Lexicon.PluralHigh;
        int pluralScale = Lexicon.MatchScale(s, at, plural: true, out int pluralEnd);
        int p = SpanScanner.PhraseEnd(s, at, Lexicon.TensWord);
        if (p > 0 || pluralScale == 2)
        {
            // "tens", "hundreds", and "tens of thousands", "hundreds of millions".
            unit = p > 0 ? 10 : 100;
            p = p > 0 ? p : pluralEnd;
            int of = SpanScanner.PhraseEndAfterSpace(s, p, "of");
            int scaleEnd = -1;
            int scale = of > 0 ? Lexicon.MatchScale(s, Characters.SkipWhiteSpace(s, of), plural: true, out scaleEnd) : 0;
            if (scale > 0)
            {
                unit *= Pow10(scale);
                p = scaleEnd;
            }
            else
            {
                barePlural = true;
            }
        }
        else if ((p = SpanScanner.PhraseEnd(s, at, Lexicon.Dozens)) > 0)
        {
            unit = 12;
            barePlural = true;
        }
        else if ((p = SpanScanner.PhraseEnd(s, at, Lexicon.Scores)) > 0)
        {
            unit = 20;
            barePlural = true;
        }
        else if (pluralScale > 2)
        {
            unit = Pow10(pluralScale);
            p = pluralEnd;
            barePlural = true;
        }
        else
        {
            int after = -1;
            foreach (var (phrase, lowQuantity, highQuantity) in Lexicon.VagueQuantifiers)
            {
                after = SpanScanner.PhraseEnd(s, at, phrase);
                if (after > 0)
                {
                    (lowMultiple, highMultiple) = (lowQuantity, highQuantity);
                    break;
                }
            }
            if (after <= 0)
            {
                return false;
            }
            unit = SingularUnitAfterSpace(s, after, out p);
            if (unit == 0)
            {
                // "a few tens of thousands", "several hundreds of thousands": the quantifier counts the plural's unit.
                unit = PluralUnitAfterSpace(s, after, out p);
                if (unit == 0)
                {
                    if (!IsMeasureUnitAfterSpace(s, after))
                    {
                        return false;
                    }
                    // "a few kilometres", "several miles": the quantifier counts the unit itself, which the grammar reads after it.
                    end = after;
                    low = lowMultiple;
                    high = highMultiple;
                    return true;
                }
                end = p;
                low = lowMultiple * unit;
                high = highMultiple * unit;
                return true;
            }
            // "several hundred thousand"
            double more = SingularUnitAfterSpace(s, p, out int moreEnd);
            if (more >= 1000 && unit < more)
            {
                unit *= more;
                p = moreEnd;
            }
        }
        low = lowMultiple * unit;
        high = highMultiple * unit;
        end = p;
        return true;
    }

    /// <summary>Whether a length or an area unit follows white space at <paramref name="at"/>: "a few kilometres", "several square miles".</summary>
    private static bool IsMeasureUnitAfterSpace(ReadOnlySpan<char> s, int at)
    {
        int p = Characters.SkipWhiteSpace(s, at);
        return p > at && Lexicon.MatchUnit(s, p, attached: false, out var unit) > 0
               && unit.Unit is UnitClass.Kilometre or UnitClass.Mile or UnitClass.Metre or UnitClass.SquareKilometre or UnitClass.SquareMile or UnitClass.Hectare;
    }

    // "tens of thousands", "hundreds of millions", ... after white space (a plural of ten or a hundred, "of", a plural scale
    // of a thousand or more): the unit it counts in (ten thousand, a hundred million), or 0.
    private static double PluralUnitAfterSpace(ReadOnlySpan<char> s, int at, out int end)
    {
        int p = Characters.SkipWhiteSpace(s, at);
        end = at;
        if (p == at)
        {
            return 0;
        }
        double unit = 10;
        int e = SpanScanner.PhraseEnd(s, p, Lexicon.TensWord);
        if (e < 0)
        {
            if (Lexicon.MatchScale(s, p, plural: true, out e) != 2)
            {
                return 0;
            }
            unit = 100;
        }
        int of = SpanScanner.PhraseEndAfterSpace(s, e, "of");
        int scaleEnd = -1;
        int scale = of > 0 ? Lexicon.MatchScale(s, Characters.SkipWhiteSpace(s, of), plural: true, out scaleEnd) : 0;
        if (scale < 3)
        {
            return 0;
        }
        end = scaleEnd;
        return unit * Pow10(scale);
    }

    // "dozen", "hundred", "thousand", ... after white space: its value, or 0.
    private static double SingularUnitAfterSpace(ReadOnlySpan<char> s, int at, out int end)
    {
        int p = Characters.SkipWhiteSpace(s, at);
        end = at;
        if (p == at)
        {
            return 0;
        }
        int e = SpanScanner.PhraseEnd(s, p, Lexicon.Dozen);
        if (e > 0)
        {
            end = e;
            return 12;
        }
        int scale = Lexicon.MatchScale(s, p, plural: false, out e);
        if (scale == 0)
        {
            return 0;
        }
        end = e;
        return Pow10(scale);
    }

    internal static int SignificantDigitsOf(long value)
    {
        if (value == 0)
        {
            return 1;
        }
        while (value % 10 == 0)
        {
            value /= 10;
        }
        int digits = 0;
        while (value > 0)
        {
            digits++;
            value /= 10;
        }
        return digits;
    }

    internal static double Pow10(int exponent) => exponent switch
    {
        0 => 1, 1 => 1e1, 2 => 1e2, 3 => 1e3, 4 => 1e4, 5 => 1e5, 6 => 1e6, 7 => 1e7, 8 => 1e8, 9 => 1e9, 10 => 1e10, 11 => 1e11,
        12 => 1e12, 13 => 1e13, 14 => 1e14, 15 => 1e15, 16 => 1e16, 17 => 1e17, 18 => 1e18, 19 => 1e19, 20 => 1e20, 21 => 1e21, 22 => 1e22,
        _ => Math.Pow(10, exponent),
    };

    /// <summary>The digits of a number as an exact integer mantissa and a power of ten, counting significant digits on the way.</summary>
    private struct DigitAccumulator
    {
        private ulong mantissa;
        private int mantissaDigits;
        private int significant;
        private int trailingZeros;

        internal int Exponent;
        internal int Count;

        internal void Add(int digit, bool integerPart)
        {
            Count++;
            if (digit != 0 || significant > 0)
            {
                significant++;
                trailingZeros = digit == 0 && integerPart ? trailingZeros + 1 : 0;
            }
            if (mantissaDigits < MaxMantissaDigits)
            {
                if (mantissa != 0 || digit != 0)
                {
                    mantissaDigits++;
                }
                mantissa = (mantissa * 10) + (ulong)digit;
                if (!integerPart)
                {
                    Exponent--;
                }
            }
            else if (integerPart)
            {
                Exponent++;
            }
        }

        internal readonly int SignificantDigits(bool hasDecimals)
            => hasDecimals ? Math.Max(1, significant) : Math.Max(1, significant - trailingZeros);

        /// <summary>The value, or false when it is above <see cref="Estimate.LargestFigure"/> (or beyond a double) or a nonzero number underflows to zero.</summary>
        internal readonly bool TryValue(out double value)
        {
            if (mantissa == 0)
            {
                value = 0;
                return true;
            }
            // Exact when both the mantissa and the power of ten are exact doubles (Clinger's fast path).
            if (mantissa <= (1UL << 53) && Exponent >= -22 && Exponent <= 22)
            {
                value = Exponent >= 0 ? mantissa * Pow10(Exponent) : mantissa / Pow10(-Exponent);
                return true;
            }
            Span<char> buffer = stackalloc char[40];
            mantissa.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture);
            buffer[written++] = 'E';
            Exponent.TryFormat(buffer[written..], out int exponentLength, default, CultureInfo.InvariantCulture);
            value = double.Parse(buffer[..(written + exponentLength)], NumberStyles.Float, CultureInfo.InvariantCulture);
            return value != 0 && value <= Estimate.LargestFigure;
        }
    }
}
