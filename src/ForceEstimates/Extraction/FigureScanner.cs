using System;
using System.Collections.Generic;

namespace ForceEstimates.Extraction;

/// <summary>
/// A figure found in the text: [<see cref="Start"/>, <see cref="Start"/> + <see cref="Length"/>)
/// covers the hedge, the number(s), a multiplier and the unit. <see cref="Hedge"/> and the values
/// are the scanner's own reading, used to check the Estimates parser and to merge repeated
/// mentions; <see cref="High"/> is NaN unless the figure is a range, both are NaN for a vague amount.
/// </summary>
internal readonly record struct FigureCandidate(
    int Start,
    int Length,
    int NumberStart,
    HedgeKind Hedge,
    double Low,
    double High,
    int UnitStart,
    int UnitLength,
    UnitClass Unit)
{
    internal int End => Start + Length;

    internal bool IsVague => double.IsNaN(Low);
}

/// <summary>
/// Finds figures in a sentence with a hand-written scanner: a number token, then its context on
/// either side decides whether it is a figure (dates, years, times, ordinals, durations, model
/// names, money, phone numbers and identifiers are not), then the hedge before it and the range,
/// multiplier and unit after it make the figure's span. Every check looks at a bounded window,
/// so the work per character is bounded whatever the input.
/// </summary>
internal static class FigureScanner
{
    private const int MaxDigits = 15;

    /// <summary>Appends the figures of [<paramref name="start"/>, <paramref name="end"/>) to <paramref name="figures"/>, in text order.</summary>
    internal static void Scan(string text, int start, int end, List<FigureCandidate> figures)
    {
        int rejectedEnd = -10;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (Characters.IsDigit(c) && (i == start || !Characters.IsDigit(text[i - 1])))
            {
                if (!ReadNumber(text, i, end, out var number))
                {
                    rejectedEnd = number.End;
                    i = Math.Max(i + 1, number.End);
                    continue;
                }
                FigureCandidate figure = default;
                int consumed = number.End;
                if (IsJoinedToRejected(text, number.Start, rejectedEnd) || !TryReadFigure(text, start, end, number, out figure, out consumed))
                {
                    rejectedEnd = Math.Max(number.End, consumed);
                    i = Math.Max(i + 1, consumed);
                    continue;
                }
                figures.Add(figure);
                i = Math.Max(i + 1, figure.End);
                continue;
            }
            if (char.IsLetter(c) && (i == start || !char.IsLetter(text[i - 1])))
            {
                if (TryReadWordFigure(text, start, end, i, out var wordFigure))
                {
                    figures.Add(wordFigure);
                    i = wordFigure.End;
                    continue;
                }
                i = Math.Max(i + 1, Characters.WordEnd(text, i, end));
                continue;
            }
            i++;
        }
    }

    /// <summary>A number token: digits with thousands separators and a decimal part.</summary>
    private readonly record struct NumberToken(int Start, int End, double Value, int IntegerDigits, bool Grouped, bool HasDecimals, bool LeadingZero);

    /// <summary>Reads the digits at <paramref name="start"/>; false when the token is not a number at all (a dotted date, a version, a run too long).</summary>
    private static bool ReadNumber(string text, int start, int end, out NumberToken number)
    {
        int i = start;
        long mantissa = 0;
        int digits = 0, integerDigits = 0, decimals = 0;
        bool grouped = false, hasDecimals = false;
        while (i < end)
        {
            char c = text[i];
            if (Characters.IsDigit(c))
            {
                if (++digits > MaxDigits)
                {
                    number = new NumberToken(start, SkipDigitsAndSeparators(text, i, end), 0, digits, grouped, hasDecimals, false);
                    return false;
                }
                mantissa = (mantissa * 10) + (c - '0');
                if (hasDecimals)
                {
                    decimals++;
                }
                else
                {
                    integerDigits++;
                }
                i++;
                continue;
            }
            if ((c == ',' || Characters.IsDigitGroupSpace(c)) && !hasDecimals && IsThreeDigitGroup(text, i + 1, end))
            {
                grouped = true;
                i++;
                continue;
            }
            if (c == '.' && i + 1 < end && Characters.IsDigit(text[i + 1]))
            {
                if (hasDecimals)
                {
                    // "21.11.2024", "1.2.3": a date or a version, not a number.
                    number = new NumberToken(start, SkipDigitsAndSeparators(text, i, end), 0, integerDigits, grouped, true, false);
                    return false;
                }
                hasDecimals = true;
                i++;
                continue;
            }
            break;
        }
        // Dividing the exact integer once keeps "6.7" the nearest double to 6.7.
        double value = decimals > 0 ? mantissa / Pow10(decimals) : mantissa;
        number = new NumberToken(start, i, value, integerDigits, grouped, hasDecimals, text[start] == '0' && integerDigits > 1);
        return true;
    }

    private static double Pow10(int n)
    {
        double p = 1;
        for (int k = 0; k < n; k++)
        {
            p *= 10;
        }
        return p;
    }

    private static int SkipDigitsAndSeparators(string text, int i, int end)
    {
        while (i < end && (Characters.IsDigit(text[i]) || ((text[i] == '.' || text[i] == ',') && i + 1 < end && Characters.IsDigit(text[i + 1]))))
        {
            i++;
        }
        return i;
    }

    private static bool IsThreeDigitGroup(string text, int i, int end)
        => i + 3 <= end && Characters.IsDigit(text[i]) && Characters.IsDigit(text[i + 1]) && Characters.IsDigit(text[i + 2])
           && (i + 3 == end || !Characters.IsDigit(text[i + 3]));

    /// <summary>"Call 102 or 112", "Page 2 of 3": a number joined by "or"/"of"/"/" to one that was not a figure is not one either.</summary>
    private static bool IsJoinedToRejected(string text, int start, int rejectedEnd)
    {
        if (rejectedEnd < 0 || start - rejectedEnd > 5 || start <= rejectedEnd)
        {
            return false;
        }
        var between = text.AsSpan(rejectedEnd, start - rejectedEnd).Trim();
        return between.Equals("or", StringComparison.OrdinalIgnoreCase) || between.Equals("of", StringComparison.OrdinalIgnoreCase)
               || between.Equals("/", StringComparison.Ordinal) || between.Equals("and", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Decides whether <paramref name="number"/> is a figure and reads its span; <paramref name="consumed"/> says how far to skip when it is not.</summary>
    private static bool TryReadFigure(string text, int start, int end, NumberToken number, out FigureCandidate figure, out int consumed)
    {
        figure = default;
        consumed = number.End;
        if (number.LeadingZero || (number.IntegerDigits >= 7 && !number.Grouped && !number.HasDecimals) || IsRejectedByWhatPrecedes(text, start, number.Start))
        {
            return false;
        }
        int after = number.End;
        double factor = 1;
        if (after < end && char.IsLetter(text[after]))
        {
            // Letters glued to the digits: "1st", "5G", "10km", "5bn".
            int wordEnd = Characters.WordEnd(text, after, end);
            var glued = text.AsSpan(after, wordEnd - after);
            consumed = wordEnd;
            if (!TryGluedMultiplier(glued, out factor) && !IsGluedUnit(glued))
            {
                return false;
            }
            if (factor != 1)
            {
                after = wordEnd;
            }
        }
        if (after < end && text[after] == ':' && after + 1 < end && Characters.IsDigit(text[after + 1]))
        {
            consumed = SkipDigitsAndSeparators(text, after + 1, end);
            return false; // a time of day
        }
        if (after < end && text[after] == '/' && after + 1 < end && Characters.IsDigit(text[after + 1]))
        {
            consumed = SkipDigitsAndSeparators(text, after + 1, end);
            return false; // a date or a fraction
        }
        if (after + 1 < end && Characters.IsDash(text[after]) && char.IsLetter(text[after + 1])
            && Lexicon.MatchPhrase(text, after + 1, end, "strong") <= 0)
        {
            consumed = Characters.WordEnd(text, after + 1, end);
            return false; // a compound modifier: "25-year-old", "12-km stretch" (but "a 2,000-strong unit" counts)
        }
        int next = Characters.SkipSpaces(text, after, end);
        if (next > after && next < end && Characters.IsDigit(text[next]))
        {
            return false; // digit groups apart: "044 256 7788"
        }
        if (number.Start > start + 1 && Characters.IsSpace(text[number.Start - 1]) && Characters.IsDigit(text[number.Start - 2]))
        {
            return false;
        }

        // The hedge before the number.
        int figureStart = number.Start;
        var hedge = HedgeKind.Bare;
        int hedgeEnd = Characters.SkipSpacesBack(text, number.Start, start);
        if (hedgeEnd < number.Start)
        {
            int hedgeStart = MatchHedgeBefore(text, start, hedgeEnd, rangeAllowed: true, out var kind);
            if (hedgeStart >= 0)
            {
                figureStart = hedgeStart;
                hedge = kind;
            }
        }

        // A second number makes a range: "10,000–12,000", "10,000 to 12,000", "between 200 and 300".
        double low = number.Value;
        double high = double.NaN;
        int figureEnd = after;
        if (factor == 1 && TryReadRangeEnd(text, end, after, hedge == HedgeKind.Range, out var second, out int secondEnd))
        {
            consumed = secondEnd;
            if (IsRejectedByWhatFollows(text, end, secondEnd))
            {
                return false;
            }
            high = second.Value;
            figureEnd = secondEnd;
            hedge = HedgeKind.Range;
        }
        else if (hedge == HedgeKind.Range)
        {
            hedge = HedgeKind.Bare; // "between" without "and N"
            figureStart = number.Start;
        }
        else if (IsAlternativeRejected(text, end, after))
        {
            return false; // "40 or 50 times a day"
        }

        // A multiplier: "1.5 million", "10-12 thousand".
        if (factor == 1)
        {
            int m = Characters.SkipSpaces(text, figureEnd, end);
            char multiplierFirst = m < end ? Characters.Lower(text[m]) : '\0';
            foreach (var (phrase, value) in Lexicon.Multipliers)
            {
                if (phrase[0] != multiplierFirst)
                {
                    continue;
                }
                int length = Lexicon.MatchPhrase(text, m, end, phrase);
                if (length > 0 && m > figureEnd)
                {
                    factor = value;
                    figureEnd = m + length;
                    break;
                }
            }
        }
        else
        {
            figureEnd = after;
        }
        low *= factor;
        if (!double.IsNaN(high))
        {
            high *= factor;
            if (!(high > low))
            {
                consumed = Math.Max(consumed, figureEnd);
                return false; // "5 to 1" is a ratio
            }
        }

        // The unit.
        // A unit word may be glued only to the digits themselves ("10km"), not to a multiplier.
        var unit = ReadUnit(text, end, figureEnd, symbolsAllowed: true, gluedWordsAllowed: figureEnd == number.End, out int unitStart, out int unitLength);
        figureEnd = unitStart + unitLength;
        consumed = Math.Max(consumed, figureEnd);

        if (IsRejectedByWhatFollows(text, end, figureEnd) || IsMoney(text, start, figureStart, number.Start))
        {
            return false;
        }
        bool looksLikeYear = number.IntegerDigits == 4 && !number.Grouped && !number.HasDecimals && number.Value >= 1900 && number.Value <= 2100;
        if (looksLikeYear && hedge is HedgeKind.Bare or HedgeKind.Range && unit == UnitClass.None && factor == 1)
        {
            return false;
        }
        figure = new FigureCandidate(figureStart, figureEnd - figureStart, number.Start, hedge, low, high, unitStart, unitLength, unit);
        return true;
    }

    /// <summary>
    /// The start of the hedge phrase that ends at <paramref name="hedgeEnd"/>, or -1. "between" is
    /// taken only when <paramref name="rangeAllowed"/>: it needs a second number after the first.
    /// </summary>
    private static int MatchHedgeBefore(string text, int start, int hedgeEnd, bool rangeAllowed, out HedgeKind kind)
    {
        kind = HedgeKind.Bare;
        if (hedgeEnd <= start)
        {
            return -1;
        }
        // Only phrases ending in the letter before the number are compared.
        char last = Characters.Lower(text[hedgeEnd - 1]);
        foreach (var (phrase, hedge) in Lexicon.Hedges)
        {
            if (phrase[^1] != last || (!rangeAllowed && hedge == HedgeKind.Range))
            {
                continue;
            }
            int at = Lexicon.MatchPhraseBefore(text, hedgeEnd, start, phrase);
            if (at >= 0)
            {
                kind = hedge;
                return at;
            }
        }
        return -1;
    }

    /// <summary>
    /// The unit after a figure ending at <paramref name="figureEnd"/>. A unit word needs a space
    /// before it unless <paramref name="gluedWordsAllowed"/>; a unit symbol ("%", "km²") is taken
    /// only when <paramref name="symbolsAllowed"/>. Without a unit, <paramref name="unitStart"/> is
    /// <paramref name="figureEnd"/> and <paramref name="unitLength"/> is 0.
    /// </summary>
    private static UnitClass ReadUnit(string text, int end, int figureEnd, bool symbolsAllowed, bool gluedWordsAllowed, out int unitStart, out int unitLength)
    {
        unitStart = Characters.SkipSpaces(text, figureEnd, end);
        unitLength = 0;
        if (unitStart < end)
        {
            bool spaced = unitStart > figureEnd;
            // Only the units sharing the first letter are compared.
            char first = Characters.Lower(text[unitStart]);
            foreach (var (phrase, unit) in Lexicon.Units)
            {
                if (phrase[0] != first || !(char.IsLetter(phrase[0]) ? spaced || gluedWordsAllowed : symbolsAllowed))
                {
                    continue;
                }
                int length = Lexicon.MatchPhrase(text, unitStart, end, phrase);
                if (length > 0)
                {
                    unitLength = length;
                    return unit;
                }
            }
        }
        unitStart = figureEnd;
        return UnitClass.None;
    }

    private static bool TryGluedMultiplier(ReadOnlySpan<char> glued, out double factor)
    {
        factor = glued.Equals("bn", StringComparison.OrdinalIgnoreCase) ? 1e9
            : glued.Equals("m", StringComparison.Ordinal) || glued.Equals("mln", StringComparison.OrdinalIgnoreCase) ? 1e6
            : glued.Equals("k", StringComparison.Ordinal) ? 1e3
            : 1;
        return factor != 1;
    }

    private static bool IsGluedUnit(ReadOnlySpan<char> glued)
        => glued.Equals("km", StringComparison.OrdinalIgnoreCase) || glued.Equals("km2", StringComparison.OrdinalIgnoreCase);

    private static bool IsRejectedByWhatPrecedes(string text, int start, int numberStart)
    {
        if (numberStart == start)
        {
            return false;
        }
        char before = text[numberStart - 1];
        if (char.IsLetter(before) || before == '#' || before == '\u2116' || before == '/' || before == '+' || before == '\\' || before == '@'
            || before == '_' || before == '=' || before == '&' || before == ':' || before == '.' || IsCurrencySymbol(before))
        {
            return true;
        }
        if (Characters.IsDash(before) && numberStart - 2 >= start && (char.IsLetter(text[numberStart - 2]) || Characters.IsDigit(text[numberStart - 2])))
        {
            return true; // "Su-34", "T-72", the middle of "123-45-67"
        }
        int wordEnd = Characters.SkipSpacesBack(text, numberStart, start);
        if (wordEnd < numberStart && wordEnd > start && text[wordEnd - 1] == '+')
        {
            return true;
        }
        bool dotted = wordEnd > start && text[wordEnd - 1] == '.';
        int lettersEnd = dotted ? wordEnd - 1 : wordEnd;
        int wordStart = Characters.WordStart(text, lettersEnd, start);
        if (wordStart == lettersEnd)
        {
            return false;
        }
        var word = text.AsSpan(wordStart, lettersEnd - wordStart);
        if (Lexicon.MonthOf(word) != 0)
        {
            return true; // "Nov. 23", "May 10", "June 2023"
        }
        return Lexicon.IdentifierWords.Contains(word);
    }

    private static bool IsCurrencySymbol(char c) => c == '$' || c == '\u20AC' || c == '\u00A3' || c == '\u20B4' || c == '\u20BD' || c == '\u00A5';

    private static bool IsMoney(string text, int start, int figureStart, int numberStart)
    {
        int before = Characters.SkipSpacesBack(text, numberStart, start);
        if (before > start && IsCurrencySymbol(text[before - 1]))
        {
            return true;
        }
        return figureStart > start && IsCurrencySymbol(text[figureStart - 1]);
    }

    /// <summary>Whether the words right after a figure make it a time, a date, a duration or a counter.</summary>
    private static bool IsRejectedByWhatFollows(string text, int end, int figureEnd)
    {
        int next = Characters.SkipSpaces(text, figureEnd, end);
        if (next >= end)
        {
            return false;
        }
        char first = Characters.Lower(text[next]);
        foreach (string clock in Lexicon.ClockWords)
        {
            if (clock[0] == first && Lexicon.MatchPhrase(text, next, end, clock) > 0)
            {
                return true;
            }
        }
        int wordEnd = Characters.WordEnd(text, next, end);
        if (wordEnd == next)
        {
            return false;
        }
        var word = text.AsSpan(next, wordEnd - next);
        if (Lexicon.MonthOf(word) != 0 && next > figureEnd)
        {
            return true; // "23 November"
        }
        if (char.IsUpper(word[0]) && next > figureEnd)
        {
            // An address: "14 Shevchenko Street".
            int street = Characters.SkipSpaces(text, wordEnd, end);
            int streetEnd = Characters.WordEnd(text, street, end);
            if (street > wordEnd && Lexicon.StreetWords.Contains(text.AsSpan(street, streetEnd - street)))
            {
                return true;
            }
        }
        int hyphen = word.IndexOfAny('-', '\u2011');
        if (hyphen > 0)
        {
            word = word[..hyphen]; // "year-old"
        }
        return Lexicon.NotFigureNouns.Contains(word);
    }

    /// <summary>"40 or 50 times": the words after the alternative decide for both numbers.</summary>
    private static bool IsAlternativeRejected(string text, int end, int after)
    {
        int or = Characters.SkipSpaces(text, after, end);
        int length = Lexicon.MatchPhrase(text, or, end, "or");
        if (length <= 0 || or == after)
        {
            return false;
        }
        int digit = Characters.SkipSpaces(text, or + length, end);
        if (digit >= end || !Characters.IsDigit(text[digit]) || !ReadNumber(text, digit, end, out var alternative))
        {
            return false;
        }
        return IsRejectedByWhatFollows(text, end, alternative.End);
    }

    private static bool TryReadRangeEnd(string text, int end, int after, bool between, out NumberToken second, out int secondEnd)
    {
        second = default;
        secondEnd = after;
        int i = after;
        int next = Characters.SkipSpaces(text, i, end);
        if (next < end && Characters.IsDash(text[next]) && (text[next] != '-' || next == after))
        {
            i = next + 1;
            if (text[next] == '-' && (i >= end || !Characters.IsDigit(text[i])))
            {
                return false;
            }
            i = Characters.SkipSpaces(text, i, end);
        }
        else
        {
            int length = Lexicon.MatchPhrase(text, next, end, between ? "and" : "to");
            if (length <= 0 || next == after)
            {
                return false;
            }
            i = Characters.SkipSpaces(text, next + length, end);
            if (i == next + length)
            {
                return false;
            }
        }
        if (i >= end || !Characters.IsDigit(text[i]) || !ReadNumber(text, i, end, out second))
        {
            return false;
        }
        if (second.End < end && (char.IsLetter(text[second.End]) || (Characters.IsDash(text[second.End]) && second.End + 1 < end && Characters.IsDigit(text[second.End + 1]))))
        {
            return false; // "123-45-67", "2-3rd"
        }
        secondEnd = second.End;
        return true;
    }

    /// <summary>Figures written in words: vague amounts ("tens of thousands of troops") and number words with a multiplier ("two million").</summary>
    private static bool TryReadWordFigure(string text, int start, int end, int at, out FigureCandidate figure)
    {
        figure = default;
        int figureEnd = -1;
        double value = double.NaN;
        int firstEnd = Characters.WordEnd(text, at, end);
        if (IsVagueFirstWord(text.AsSpan(at, firstEnd - at)))
        {
            foreach (var (phrase, needsOf) in Lexicon.VagueAmounts)
            {
                int length = Lexicon.MatchPhrase(text, at, end, phrase);
                if (length <= 0)
                {
                    continue;
                }
                if (needsOf && Lexicon.MatchPhrase(text, Characters.SkipSpaces(text, at + length, end), end, "of") <= 0)
                {
                    break;
                }
                figureEnd = at + length;
                break;
            }
        }
        if (figureEnd < 0)
        {
            int wordEnd = firstEnd;
            int m = Characters.SkipSpaces(text, wordEnd, end);
            if (m == wordEnd || m >= end || char.ToLowerInvariant(text[m]) is not ('h' or 't' or 'm' or 'b')
                || !TryNumberWord(text.AsSpan(at, wordEnd - at), out double n))
            {
                return false;
            }
            foreach (var (phrase, factor) in Lexicon.Multipliers)
            {
                int length = Lexicon.MatchPhrase(text, m, end, phrase);
                if (length > 0 && factor >= 1e3)
                {
                    value = n * factor;
                    figureEnd = m + length;
                    break;
                }
            }
            if (figureEnd < 0)
            {
                return false;
            }
        }
        int figureStart = at;
        var hedge = double.IsNaN(value) ? HedgeKind.Vague : HedgeKind.Bare;
        int hedgeEnd = Characters.SkipSpacesBack(text, at, start);
        if (hedgeEnd < at)
        {
            int hedgeStart = MatchHedgeBefore(text, start, hedgeEnd, rangeAllowed: false, out var kind);
            if (hedgeStart >= 0)
            {
                figureStart = hedgeStart;
                if (!double.IsNaN(value))
                {
                    hedge = kind;
                }
            }
        }
        var unit = ReadUnit(text, end, figureEnd, symbolsAllowed: false, gluedWordsAllowed: false, out int unitStart, out int unitLength);
        figureEnd = unitStart + unitLength;
        if (IsRejectedByWhatFollows(text, end, figureEnd))
        {
            return false;
        }
        figure = new FigureCandidate(figureStart, figureEnd - figureStart, at, hedge, value, double.NaN, unitStart, unitLength, unit);
        return true;
    }

    /// <summary>The first words of the vague amounts, so that most words are turned away with one or two comparisons.</summary>
    private static bool IsVagueFirstWord(ReadOnlySpan<char> word)
        => word.Length switch
        {
            1 => word[0] is 'a' or 'A',
            4 => word.Equals("tens", StringComparison.OrdinalIgnoreCase),
            6 => word.Equals("dozens", StringComparison.OrdinalIgnoreCase),
            7 => word.Equals("several", StringComparison.OrdinalIgnoreCase),
            8 => word.Equals("hundreds", StringComparison.OrdinalIgnoreCase) || word.Equals("millions", StringComparison.OrdinalIgnoreCase),
            9 => word.Equals("thousands", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };

    private static bool TryNumberWord(ReadOnlySpan<char> word, out double value)
    {
        value = 0;
        int hyphen = word.IndexOfAny('-', '\u2011');
        var tens = hyphen > 0 ? word[..hyphen] : word;
        for (int t = 2; t < Lexicon.TensWords.Length; t++)
        {
            if (tens.Equals(Lexicon.TensWords[t], StringComparison.OrdinalIgnoreCase))
            {
                value = t * 10;
                if (hyphen < 0)
                {
                    return true;
                }
                var units = word[(hyphen + 1)..];
                for (int u = 1; u < 10; u++)
                {
                    if (units.Equals(Lexicon.NumberWords[u], StringComparison.OrdinalIgnoreCase))
                    {
                        value += u;
                        return true;
                    }
                }
                return false;
            }
        }
        for (int n = 1; n < Lexicon.NumberWords.Length; n++)
        {
            if (word.Equals(Lexicon.NumberWords[n], StringComparison.OrdinalIgnoreCase))
            {
                value = n;
                return true;
            }
        }
        return false;
    }
}
