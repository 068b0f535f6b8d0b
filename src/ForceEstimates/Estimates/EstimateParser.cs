using System;
using System.Collections.Generic;
using System.Globalization;

namespace ForceEstimates;

/// <summary>Why a figure could not be read; the position goes with it.</summary>
internal enum ParseFailure : byte
{
    None,
    Empty,
    ExpectedNumber,
    ExpectedRangeEnd,
    InvertedRange,
    ZeroLowerBound,
    UnexpectedText,
}

/// <summary>
/// A hand-written scanner for figures as newspapers write them (hedge words, a number or a range,
/// a multiplier, a unit). It reads spans, allocates nothing until it has succeeded, and never
/// throws on bad input: failure is a code and a position. The grammar, informally:
/// <code>
/// figure  := hedge? (vague | number unit? (range-separator number unit?)?)
///          | "between" number unit? ("and" | "to" | dash) number unit?
/// number  := digits (group-separator 3 digits)* ("." digits)? exponent? multiplier? | number-words
/// </code>
/// Words are matched case-insensitively and must end at a word boundary; any run of white space
/// (including no-break and thin spaces) separates words.
/// </summary>
internal static class EstimateParser
{
    private const int MaxMantissaDigits = 19;

    private static readonly Phrase[][] HedgesByInitial = BuildHedgeTable();

    private static readonly UnitWord[] Units =
    [
        new("square kilometres", false), new("square kilometers", false), new("square kilometre", false), new("square kilometer", false),
        new("square km", false), new("sq. km", false), new("sq km", false), new("sq kilometres", false), new("sq kilometers", false),
        new("km²", true), new("km2", true), new("kilometres", false), new("kilometers", false), new("km", true),
        new("square miles", false), new("square mile", false), new("sq. mi", false), new("sq mi", false), new("sq miles", false),
        new("mi²", true), new("mi2", true), new("miles", false),
        new("percentage points", false), new("per cent", false), new("percent", false), new("%", true),
    ];

    private static readonly string[] SmallNumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] TensWords = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>
    /// Reads the longest figure that starts at <c>text[0]</c>. Never throws on bad input (a custom
    /// <paramref name="model"/> may throw from its <see cref="HedgeModel.Interpret"/>), allocates
    /// nothing on failure, and stops at a word boundary: "about 11,000 North Korean soldiers" gives
    /// "about 11,000".
    /// </summary>
    /// <param name="text">Text whose start may hold a figure; leading white space is not skipped.</param>
    /// <param name="model">The hedge model to interpret the figure with.</param>
    /// <param name="estimate">The estimate, whose <see cref="StatedFigure.Text"/> is the consumed text.</param>
    /// <param name="consumed">How many UTF-16 chars the figure takes (0 on failure).</param>
    /// <returns>Whether a figure starts at <c>text[0]</c>.</returns>
    internal static bool TryParsePrefix(ReadOnlySpan<char> text, HedgeModel model, out Estimate? estimate, out int consumed)
    {
        Preconditions.CheckNotNull(model);
        if (!TryScan(text, out var figure, out _))
        {
            estimate = null;
            consumed = 0;
            return false;
        }
        consumed = figure.End;
        estimate = Build(null, text, in figure, model);
        return true;
    }

    /// <summary>Reads a whole text (surrounding white space allowed) as one figure.</summary>
    internal static bool TryParseWhole(string text, HedgeModel model, out Estimate? estimate, out ParseFailure failure, out int position)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        estimate = null;
        if (start == end)
        {
            failure = ParseFailure.Empty;
            position = start;
            return false;
        }
        var span = text.AsSpan(start, end - start);
        if (!TryScan(span, out var figure, out var soft))
        {
            failure = soft.Failure;
            position = start + soft.Position;
            return false;
        }
        if (figure.End != span.Length)
        {
            // A failed range end or similar beyond the figure explains the leftover text better.
            var explained = soft.Failure != ParseFailure.None && soft.Position >= figure.End;
            failure = explained ? soft.Failure : ParseFailure.UnexpectedText;
            position = start + (explained ? soft.Position : SkipSpace(span, figure.End));
            return false;
        }
        failure = ParseFailure.None;
        position = 0;
        estimate = Build(start == 0 && end == text.Length ? text : null, span, in figure, model);
        return true;
    }

    /// <summary>The message of the <see cref="FormatException"/> for a failure.</summary>
    internal static string Describe(string text, ParseFailure failure, int position)
    {
        var what = failure switch
        {
            ParseFailure.Empty => "the text is empty",
            ParseFailure.ExpectedNumber => "expected a number (digits such as 1,376 or words such as eleven thousand), optionally after hedge words such as \"about\"",
            ParseFailure.ExpectedRangeEnd => "expected the second number of the range",
            ParseFailure.InvertedRange => "the range's second number is smaller than its first",
            ParseFailure.ZeroLowerBound => "the lower bound of \"over\" or \"at least\" must be greater than zero",
            _ => "unexpected text after the figure",
        };
        var rest = position < text.Length ? text.AsSpan(position) : [];
        var context = rest.IsEmpty ? " (at the end)" : string.Concat(" (at \"", rest.Length > 20 ? string.Concat(rest[..20], "…") : rest, "\")");
        return string.Create(CultureInfo.InvariantCulture, $"Cannot read \"{text}\" as an estimate: {what} at position {position}{context}.");
    }

    private static Estimate Build(string? whole, ReadOnlySpan<char> s, in ScannedFigure f, HedgeModel model)
    {
        var text = whole ?? s[..f.End].ToString();
        var hedgeText = f.HedgeLength == 0 ? string.Empty : f.HedgeLiteral ?? s.Slice(0, f.HedgeLength).ToString();
        var unit = f.UnitLength == 0 ? null : f.UnitLiteral ?? s.Slice(f.UnitStart, f.UnitLength).ToString();
        var values = f.HasSecond ? new StatedValues(f.First, f.Second) : new StatedValues(f.First);
        var stated = new StatedFigure(text, f.Hedge, hedgeText, values, unit, f.SignificantDigits);
        return Estimate.FromStated(stated, model.Interpret(stated));
    }

    private static bool TryScan(ReadOnlySpan<char> s, out ScannedFigure f, out SoftFailure soft)
    {
        f = default;
        soft = default;
        var pos = 0;
        var hedge = HedgeKind.Bare;
        if (TryMatchHedge(s, out var phrase, out var afterHedge))
        {
            var next = SkipSpace(s, afterHedge);
            if (next > afterHedge)
            {
                hedge = phrase.Kind;
                f.HedgeLength = afterHedge;
                f.HedgeLiteral = s[..afterHedge].SequenceEqual(phrase.Literal) ? phrase.Literal : null;
                pos = next;
            }
            else if (afterHedge == s.Length)
            {
                soft = new SoftFailure(ParseFailure.ExpectedNumber, afterHedge);
                return false;
            }
        }

        if (hedge is HedgeKind.Bare or HedgeKind.Approximate && TryScanVague(s, pos, out var low, out var high, out var vagueEnd))
        {
            f.Hedge = HedgeKind.Vague;
            f.HedgeLength = vagueEnd;
            f.HedgeLiteral = null;
            f.First = low;
            f.Second = high;
            f.HasSecond = true;
            f.SignificantDigits = 1;
            f.End = vagueEnd;
            return true;
        }

        var between = hedge == HedgeKind.Range;
        if (!TryScanNumber(s, pos, out var first))
        {
            soft = new SoftFailure(ParseFailure.ExpectedNumber, pos);
            return false;
        }
        var afterFirst = ScanUnit(s, first.End, ref f);
        var firstUnitStart = f.UnitStart;
        var firstUnitLength = f.UnitLength;
        var firstUnitLiteral = f.UnitLiteral;

        if (between || hedge is HedgeKind.Bare or HedgeKind.Approximate)
        {
            var separatorEnd = ScanRangeSeparator(s, afterFirst, between);
            if (separatorEnd > 0)
            {
                if (TryScanNumber(s, separatorEnd, out var second))
                {
                    var firstValue = first.Value;
                    var secondValue = second.Value;
                    // "10-12 thousand": a multiplier written only on the second number applies to both.
                    if (first.MultiplierExponent == 0 && second.MultiplierExponent != 0)
                    {
                        var scaled = firstValue * Pow10(second.MultiplierExponent);
                        if (scaled <= secondValue)
                        {
                            firstValue = scaled;
                        }
                    }
                    if (secondValue >= firstValue)
                    {
                        var end = ScanUnit(s, second.End, ref f);
                        if (f.UnitLength == 0)
                        {
                            f.UnitStart = firstUnitStart;
                            f.UnitLength = firstUnitLength;
                            f.UnitLiteral = firstUnitLiteral;
                        }
                        f.Hedge = HedgeKind.Range;
                        f.First = firstValue;
                        f.Second = secondValue;
                        f.HasSecond = true;
                        f.SignificantDigits = Math.Min(first.SignificantDigits, second.SignificantDigits);
                        f.End = end;
                        return true;
                    }
                    soft = new SoftFailure(ParseFailure.InvertedRange, separatorEnd);
                }
                else
                {
                    soft = new SoftFailure(ParseFailure.ExpectedRangeEnd, separatorEnd);
                }
            }
            else if (between)
            {
                soft = new SoftFailure(ParseFailure.ExpectedRangeEnd, SkipSpace(s, afterFirst));
            }
            if (between)
            {
                return false;
            }
        }

        var value = first.Value;
        if (value == 0 && hedge is HedgeKind.Above or HedgeKind.AtLeast)
        {
            soft = new SoftFailure(ParseFailure.ZeroLowerBound, pos);
            return false;
        }
        f.UnitStart = firstUnitStart;
        f.UnitLength = firstUnitLength;
        f.UnitLiteral = firstUnitLiteral;
        f.Hedge = hedge;
        f.First = value;
        f.SignificantDigits = first.SignificantDigits;
        f.End = afterFirst;
        return true;
    }

    // Returns the position after the unit (or pos when there is none) and records the unit in f.
    private static int ScanUnit(ReadOnlySpan<char> s, int pos, ref ScannedFigure f)
    {
        f.UnitLength = 0;
        f.UnitLiteral = null;
        var start = SkipSpace(s, pos);
        if (start >= s.Length)
        {
            return pos;
        }
        var initial = char.ToLowerInvariant(s[start]);
        foreach (var unit in Units)
        {
            if (unit.Text[0] != initial || (start == pos && !unit.MayAttach))
            {
                continue;
            }
            var end = MatchWords(s, start, unit.Text);
            if (end > 0)
            {
                f.UnitStart = start;
                f.UnitLength = end - start;
                f.UnitLiteral = s[start..end].SequenceEqual(unit.Text) ? unit.Text : null;
                return end;
            }
        }
        return pos;
    }

    // Returns the position where the second number of a range starts, or 0 when no separator follows.
    private static int ScanRangeSeparator(ReadOnlySpan<char> s, int pos, bool between)
    {
        var p = SkipSpace(s, pos);
        if (p >= s.Length)
        {
            return 0;
        }
        var c = s[p];
        if (c is '-' or '\u2010' or '\u2012' or '\u2013')
        {
            return SkipSpace(s, p + 1);
        }
        if (p == pos)
        {
            return 0;
        }
        var end = MatchWord(s, p, "to");
        if (end < 0 && between)
        {
            end = MatchWord(s, p, "and");
        }
        if (end < 0)
        {
            return 0;
        }
        var next = SkipSpace(s, end);
        return next > end ? next : 0;
    }

    private static bool TryScanVague(ReadOnlySpan<char> s, int pos, out double low, out double high, out int end)
    {
        low = high = 0;
        end = 0;
        double unit;
        double lowMultiple;
        double highMultiple;
        int p;
        if ((p = MatchWord(s, pos, "tens")) > 0 || (p = MatchWord(s, pos, "hundreds")) > 0)
        {
            var factor = char.ToLowerInvariant(s[pos]) == 't' ? 10.0 : 100.0;
            var of = MatchWordAfterSpace(s, p, "of");
            var scaleEnd = 0;
            var scale = of > 0 ? MatchPluralScale(s, SkipSpace(s, of), out scaleEnd) : 0;
            if (scale > 0)
            {
                unit = factor * scale;
                p = scaleEnd;
            }
            else
            {
                unit = factor;
            }
            (lowMultiple, highMultiple) = (2, 10);
        }
        else if ((p = MatchWord(s, pos, "dozens")) > 0)
        {
            unit = 12;
            (lowMultiple, highMultiple) = (2, 10);
        }
        else if (MatchPluralScale(s, pos, out p) is var plural and > 0)
        {
            unit = plural;
            (lowMultiple, highMultiple) = (2, 10);
        }
        else
        {
            var after = MatchWord(s, pos, "several");
            (lowMultiple, highMultiple) = (3, 9);
            if (after < 0)
            {
                after = MatchWords(s, pos, "a few");
                (lowMultiple, highMultiple) = (2, 5);
            }
            if (after <= 0)
            {
                return false;
            }
            unit = MatchSingularUnitAfterSpace(s, after, out p);
            if (unit == 0)
            {
                return false;
            }
            // "several hundred thousand"
            var more = MatchSingularUnitAfterSpace(s, p, out var moreEnd);
            if (more >= 1000 && unit < more)
            {
                unit *= more;
                p = moreEnd;
            }
        }

        // "thousands of" is accepted only when nothing follows, so that "thousands of troops" reads "thousands".
        var ofEnd = MatchWordAfterSpace(s, p, "of");
        if (ofEnd > 0 && SkipSpace(s, ofEnd) == s.Length)
        {
            p = ofEnd;
        }
        low = lowMultiple * unit;
        high = highMultiple * unit;
        end = p;
        return true;
    }

    private static double MatchPluralScale(ReadOnlySpan<char> s, int pos, out int end)
    {
        if ((end = MatchWord(s, pos, "hundreds")) > 0)
        {
            return 100;
        }
        if ((end = MatchWord(s, pos, "thousands")) > 0)
        {
            return 1e3;
        }
        if ((end = MatchWord(s, pos, "millions")) > 0)
        {
            return 1e6;
        }
        if ((end = MatchWord(s, pos, "billions")) > 0)
        {
            return 1e9;
        }
        return 0;
    }

    private static double MatchSingularUnitAfterSpace(ReadOnlySpan<char> s, int pos, out int end)
    {
        var p = SkipSpace(s, pos);
        end = pos;
        if (p == pos)
        {
            return 0;
        }
        int e;
        double unit;
        if ((e = MatchWord(s, p, "dozen")) > 0)
        {
            unit = 12;
        }
        else if ((e = MatchWord(s, p, "hundred")) > 0)
        {
            unit = 100;
        }
        else if ((e = MatchWord(s, p, "thousand")) > 0)
        {
            unit = 1e3;
        }
        else if ((e = MatchWord(s, p, "million")) > 0)
        {
            unit = 1e6;
        }
        else if ((e = MatchWord(s, p, "billion")) > 0)
        {
            unit = 1e9;
        }
        else
        {
            return 0;
        }
        end = e;
        return unit;
    }

    private static bool TryScanNumber(ReadOnlySpan<char> s, int pos, out ScannedNumber number)
    {
        number = default;
        if (pos >= s.Length)
        {
            return false;
        }
        if (!char.IsAsciiDigit(s[pos]))
        {
            return TryScanNumberWords(s, pos, out number);
        }

        ulong mantissa = 0;
        var mantissaDigits = 0;
        var exponent = 0;
        var significant = 0;
        var trailingZeros = 0;
        var p = pos;

        // Integer part, then digit groups ("1,376", "60 000") when the first group is 1-3 digits.
        while (p < s.Length && char.IsAsciiDigit(s[p]))
        {
            AddDigit(s[p] - '0', integerPart: true);
            p++;
        }
        if (p - pos <= 3 && p < s.Length && IsGroupSeparator(s[p]))
        {
            var separator = s[p];
            while (p + 3 < s.Length && s[p] == separator
                   && char.IsAsciiDigit(s[p + 1]) && char.IsAsciiDigit(s[p + 2]) && char.IsAsciiDigit(s[p + 3])
                   && (p + 4 == s.Length || !char.IsAsciiDigit(s[p + 4])))
            {
                AddDigit(s[p + 1] - '0', integerPart: true);
                AddDigit(s[p + 2] - '0', integerPart: true);
                AddDigit(s[p + 3] - '0', integerPart: true);
                p += 4;
            }
        }
        var hasDecimals = false;
        if (p + 1 < s.Length && s[p] == '.' && char.IsAsciiDigit(s[p + 1]))
        {
            hasDecimals = true;
            p++;
            while (p < s.Length && char.IsAsciiDigit(s[p]))
            {
                AddDigit(s[p] - '0', integerPart: false);
                p++;
            }
        }
        if (p + 1 < s.Length && (s[p] | 0x20) == 'e')
        {
            var q = p + 1;
            var negative = false;
            if (s[q] is '+' or '-')
            {
                negative = s[q] == '-';
                q++;
            }
            if (q < s.Length && char.IsAsciiDigit(s[q]))
            {
                var written = 0;
                while (q < s.Length && char.IsAsciiDigit(s[q]))
                {
                    written = Math.Min((written * 10) + (s[q] - '0'), 10_000);
                    q++;
                }
                exponent += negative ? -written : written;
                p = q;
            }
        }
        number.SignificantDigits = hasDecimals ? Math.Max(1, significant) : Math.Max(1, significant - trailingZeros);

        var multiplier = ScanMultiplier(s, p, out var afterMultiplier);
        if (multiplier > 0)
        {
            exponent += multiplier;
            number.MultiplierExponent = multiplier;
            p = afterMultiplier;
        }
        else if (p < s.Length && IsWordChar(s[p]) && !UnitMayAttach(s, p))
        {
            // "40th", "3rd": not a figure.
            return false;
        }
        number.Value = ToDouble(mantissa, exponent);
        number.End = p;
        return double.IsFinite(number.Value);

        void AddDigit(int digit, bool integerPart)
        {
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
                    exponent--;
                }
            }
            else if (integerPart)
            {
                exponent++;
            }
        }
    }

    private static bool UnitMayAttach(ReadOnlySpan<char> s, int p)
    {
        var initial = char.ToLowerInvariant(s[p]);
        foreach (var unit in Units)
        {
            if (unit.MayAttach && unit.Text[0] == initial && MatchWords(s, p, unit.Text) > 0)
            {
                return true;
            }
        }
        return false;
    }

    // Returns the power of ten of a multiplier after a number ("60k", "1.2 million"), or 0.
    private static int ScanMultiplier(ReadOnlySpan<char> s, int pos, out int end)
    {
        end = pos;
        if (pos >= s.Length)
        {
            return 0;
        }
        int e;
        if ((e = MatchWord(s, pos, "k")) > 0)
        {
            end = e;
            return 3;
        }
        if ((e = MatchWord(s, pos, "bn")) > 0 || (e = MatchWord(s, pos, "billion")) > 0)
        {
            end = e;
            return 9;
        }
        if ((e = MatchWord(s, pos, "mn")) > 0 || (e = MatchWord(s, pos, "million")) > 0)
        {
            end = e;
            return 6;
        }
        var p = SkipSpace(s, pos);
        if (p == pos || p >= s.Length)
        {
            return 0;
        }
        if ((e = MatchWord(s, p, "thousand")) > 0)
        {
            end = e;
            return 3;
        }
        if ((e = MatchWord(s, p, "million")) > 0 || (e = MatchWord(s, p, "mn")) > 0)
        {
            end = e;
            return 6;
        }
        if ((e = MatchWord(s, p, "billion")) > 0 || (e = MatchWord(s, p, "bn")) > 0)
        {
            end = e;
            return 9;
        }
        return 0;
    }

    // "eleven thousand", "a dozen", "two hundred and fifty", "twenty-five".
    private static bool TryScanNumberWords(ReadOnlySpan<char> s, int pos, out ScannedNumber number)
    {
        number = default;
        long total = 0;
        long current = 0;
        var any = false;
        var lastScale = 0;
        var lastWasHundred = false;
        var p = pos;
        var end = pos;

        // "a dozen", "a hundred", "a thousand": the article stands for "one".
        var articleEnd = MatchWord(s, pos, "a");
        if (articleEnd > 0)
        {
            p = SkipSpace(s, articleEnd);
            if (p == articleEnd || (MatchWord(s, p, "dozen") < 0 && MatchWord(s, p, "hundred") < 0 && ScaleWord(s, p, out _) == 0))
            {
                return false;
            }
            current = 1;
        }

        while (true)
        {
            int wordEnd;
            var remainder = current % 100;
            if ((wordEnd = MatchSmallOrTens(s, p, out var small, out var isTens)) > 0
                && (remainder == 0 && current != 1 || (remainder >= 20 && remainder % 10 == 0 && !isTens && small is > 0 and < 10)))
            {
                current += small;
                lastScale = 0;
                lastWasHundred = false;
            }
            else if ((wordEnd = MatchWord(s, p, "hundred")) > 0 && current is >= 1 and <= 99)
            {
                current *= 100;
                lastScale = 2;
                lastWasHundred = true;
            }
            else if ((wordEnd = MatchWord(s, p, "dozen")) > 0 && current is >= 1 and <= 99)
            {
                current *= 12;
                lastScale = 0;
                lastWasHundred = false;
            }
            else if (current > 0 && ScaleWord(s, p, out wordEnd) is var scale and > 0)
            {
                total += current * (long)Pow10(scale);
                current = 0;
                lastScale = scale;
                lastWasHundred = false;
            }
            else
            {
                break;
            }
            any = true;
            end = wordEnd;
            if (total + current > 1_000_000_000_000L)
            {
                return false;
            }
            var next = SkipSpace(s, end);
            if (next == end)
            {
                break;
            }
            if (lastWasHundred && MatchWord(s, next, "and") is var andEnd and > 0)
            {
                var afterAnd = SkipSpace(s, andEnd);
                if (afterAnd > andEnd && MatchSmallOrTens(s, afterAnd, out _, out _) > 0)
                {
                    next = afterAnd;
                }
            }
            p = next;
        }
        if (!any)
        {
            return false;
        }
        var value = total + current;
        number.Value = value;
        number.End = end;
        number.MultiplierExponent = lastScale >= 3 ? lastScale : 0;
        number.SignificantDigits = SignificantDigitsOf(value);
        return true;
    }

    private static int ScaleWord(ReadOnlySpan<char> s, int p, out int end)
    {
        if ((end = MatchWord(s, p, "thousand")) > 0)
        {
            return 3;
        }
        if ((end = MatchWord(s, p, "million")) > 0)
        {
            return 6;
        }
        if ((end = MatchWord(s, p, "billion")) > 0)
        {
            return 9;
        }
        return 0;
    }

    // Matches "one".."nineteen", "twenty".."ninety" and "twenty-five"; returns the end or -1.
    private static int MatchSmallOrTens(ReadOnlySpan<char> s, int p, out long value, out bool isTens)
    {
        value = 0;
        isTens = false;
        if (p >= s.Length || !char.IsAsciiLetter(s[p]))
        {
            return -1;
        }
        for (var i = TensWords.Length - 1; i >= 0; i--)
        {
            var end = MatchWordPrefix(s, p, TensWords[i]);
            if (end < 0)
            {
                continue;
            }
            if (end < s.Length && s[end] == '-')
            {
                for (var unit = 1; unit <= 9; unit++)
                {
                    var unitEnd = MatchWord(s, end + 1, SmallNumberWords[unit]);
                    if (unitEnd > 0)
                    {
                        value = ((i + 2) * 10) + unit;
                        return unitEnd;
                    }
                }
            }
            if (end == s.Length || !IsWordChar(s[end]))
            {
                value = (i + 2) * 10;
                isTens = true;
                return end;
            }
        }
        for (var i = SmallNumberWords.Length - 1; i >= 0; i--)
        {
            var end = MatchWord(s, p, SmallNumberWords[i]);
            if (end > 0)
            {
                value = i;
                return end;
            }
        }
        return -1;
    }

    private static int SignificantDigitsOf(long value)
    {
        if (value == 0)
        {
            return 1;
        }
        while (value % 10 == 0)
        {
            value /= 10;
        }
        var digits = 0;
        while (value > 0)
        {
            digits++;
            value /= 10;
        }
        return digits;
    }

    private static double ToDouble(ulong mantissa, int exponent)
    {
        if (mantissa == 0)
        {
            return 0;
        }
        // Exact when both the mantissa and the power of ten are exact doubles (Clinger's fast path).
        if (mantissa <= (1UL << 53) && exponent >= -22 && exponent <= 22)
        {
            return exponent >= 0 ? mantissa * Pow10(exponent) : mantissa / Pow10(-exponent);
        }
        Span<char> buffer = stackalloc char[32];
        mantissa.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        buffer[written++] = 'E';
        exponent.TryFormat(buffer[written..], out var exponentLength, default, CultureInfo.InvariantCulture);
        return double.Parse(buffer[..(written + exponentLength)], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static double Pow10(int exponent) => exponent switch
    {
        0 => 1, 1 => 1e1, 2 => 1e2, 3 => 1e3, 4 => 1e4, 5 => 1e5, 6 => 1e6, 7 => 1e7, 8 => 1e8, 9 => 1e9, 10 => 1e10, 11 => 1e11,
        12 => 1e12, 13 => 1e13, 14 => 1e14, 15 => 1e15, 16 => 1e16, 17 => 1e17, 18 => 1e18, 19 => 1e19, 20 => 1e20, 21 => 1e21, 22 => 1e22,
        _ => Math.Pow(10, exponent),
    };

    private static bool TryMatchHedge(ReadOnlySpan<char> s, out Phrase phrase, out int end)
    {
        phrase = default;
        end = 0;
        if (s.IsEmpty || !char.IsAsciiLetter(s[0]))
        {
            return false;
        }
        foreach (var candidate in HedgesByInitial[(s[0] | 0x20) - 'a'])
        {
            var e = MatchWords(s, 0, candidate.Literal);
            if (e > 0)
            {
                phrase = candidate;
                end = e;
                return true;
            }
        }
        return false;
    }

    // Matches the words of `words` (single spaces in the pattern stand for any white-space run);
    // returns the end, or -1 when they do not match or do not end at a word boundary.
    private static int MatchWords(ReadOnlySpan<char> s, int pos, string words)
    {
        var p = pos;
        var pattern = words.AsSpan();
        while (true)
        {
            var space = pattern.IndexOf(' ');
            var word = space < 0 ? pattern : pattern[..space];
            var end = space < 0 ? MatchWordOrSymbol(s, p, word) : MatchWordPrefix(s, p, word);
            if (end < 0)
            {
                return -1;
            }
            if (space < 0)
            {
                return end;
            }
            p = SkipSpace(s, end);
            if (p == end)
            {
                return -1;
            }
            pattern = pattern[(space + 1)..];
        }
    }

    private static int MatchWordOrSymbol(ReadOnlySpan<char> s, int p, ReadOnlySpan<char> word)
    {
        var end = MatchWordPrefix(s, p, word);
        return end < 0 || (IsWordChar(word[^1]) && end < s.Length && IsWordChar(s[end])) ? -1 : end;
    }

    private static int MatchWord(ReadOnlySpan<char> s, int p, string word) => MatchWordOrSymbol(s, p, word);

    private static int MatchWordAfterSpace(ReadOnlySpan<char> s, int pos, string word)
    {
        var p = SkipSpace(s, pos);
        return p == pos ? -1 : MatchWord(s, p, word);
    }

    // The first-letter test (ASCII case folded) rejects almost every candidate word before the full comparison.
    private static int MatchWordPrefix(ReadOnlySpan<char> s, int p, ReadOnlySpan<char> word)
        => p < s.Length && (s[p] | 0x20) == (word[0] | 0x20) && s[p..].StartsWith(word, StringComparison.OrdinalIgnoreCase) ? p + word.Length : -1;

    private static int SkipSpace(ReadOnlySpan<char> s, int p)
    {
        while (p < s.Length && char.IsWhiteSpace(s[p]))
        {
            p++;
        }
        return p;
    }

    private static bool IsGroupSeparator(char c) => c is ',' or ' ' or '\u00A0' or '\u2009' or '\u202F';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '²' or '³' or '_';

    /// <summary>Every hedge phrase the parser knows, lower case, with its kind (for the extractor's agreement test).</summary>
    internal static IEnumerable<(string Phrase, HedgeKind Kind)> HedgePhrases
    {
        get
        {
            foreach (var phrases in HedgesByInitial)
            {
                foreach (var phrase in phrases)
                {
                    yield return (phrase.Literal, phrase.Kind);
                }
            }
        }
    }

    private static Phrase[][] BuildHedgeTable()
    {
        Phrase[] phrases =
        [
            new("exactly", HedgeKind.Exact), new("precisely", HedgeKind.Exact),
            new("about", HedgeKind.Approximate), new("approximately", HedgeKind.Approximate), new("around", HedgeKind.Approximate),
            new("roughly", HedgeKind.Approximate), new("some", HedgeKind.Approximate), new("an estimated", HedgeKind.Approximate),
            new("estimated", HedgeKind.Approximate), new("circa", HedgeKind.Approximate), new("an approximate", HedgeKind.Approximate),
            new("nearly", HedgeKind.JustBelow), new("almost", HedgeKind.JustBelow), new("just under", HedgeKind.JustBelow),
            new("just below", HedgeKind.JustBelow), new("just short of", HedgeKind.JustBelow), new("just shy of", HedgeKind.JustBelow),
            new("close to", HedgeKind.JustBelow),
            new("over", HedgeKind.Above), new("just over", HedgeKind.Above), new("well over", HedgeKind.Above), new("more than", HedgeKind.Above),
            new("above", HedgeKind.Above), new("in excess of", HedgeKind.Above), new("upwards of", HedgeKind.Above),
            new("greater than", HedgeKind.Above), new("just above", HedgeKind.Above), new("well above", HedgeKind.Above),
            new("at least", HedgeKind.AtLeast), new("no less than", HedgeKind.AtLeast), new("no fewer than", HedgeKind.AtLeast),
            new("not less than", HedgeKind.AtLeast), new("not fewer than", HedgeKind.AtLeast), new("a minimum of", HedgeKind.AtLeast),
            new("at most", HedgeKind.AtMost), new("no more than", HedgeKind.AtMost), new("not more than", HedgeKind.AtMost),
            new("up to", HedgeKind.AtMost), new("as many as", HedgeKind.AtMost), new("as much as", HedgeKind.AtMost), new("a maximum of", HedgeKind.AtMost),
            new("under", HedgeKind.Below), new("fewer than", HedgeKind.Below), new("less than", HedgeKind.Below), new("below", HedgeKind.Below),
            new("between", HedgeKind.Range),
        ];
        var table = new Phrase[26][];
        for (var letter = 0; letter < 26; letter++)
        {
            // Longer phrases first, so that "just over" wins over a shorter phrase with the same initial.
            table[letter] = Array.FindAll(phrases, phrase => phrase.Literal[0] - 'a' == letter);
            Array.Sort(table[letter], (a, b) => b.Literal.Length.CompareTo(a.Literal.Length));
        }
        return table;
    }

    private readonly record struct Phrase(string Literal, HedgeKind Kind);

    private readonly record struct UnitWord(string Text, bool MayAttach);

    private readonly record struct SoftFailure(ParseFailure Failure, int Position);

    private struct ScannedNumber
    {
        internal double Value;
        internal int End;
        internal int SignificantDigits;
        internal int MultiplierExponent;
    }

    private struct ScannedFigure
    {
        internal HedgeKind Hedge;
        internal int HedgeLength;
        internal string? HedgeLiteral;
        internal double First;
        internal double Second;
        internal bool HasSecond;
        internal int SignificantDigits;
        internal int UnitStart;
        internal int UnitLength;
        internal string? UnitLiteral;
        internal int End;
    }
}
