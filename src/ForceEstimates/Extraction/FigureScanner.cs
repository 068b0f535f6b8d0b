using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ForceEstimates.Extraction;

/// <summary>
/// Finds figures in a sentence: a number (digits, or words: "two million", "tens of thousands"),
/// then its context on either side decides whether it is a figure (dates, years, times, ordinals,
/// durations, model names, money, phone numbers, identifiers and negative numbers are not; the rules
/// are in <c>FigureScanner.Context.cs</c>), then the hedge before it, and the Estimates grammar reads
/// the figure from there, exactly as <see cref="Estimate.Parse(string)"/> reads it. Every check looks
/// at a bounded window, so the work per character is bounded whatever the input.
/// </summary>
internal static partial class FigureScanner
{
    /// <summary>Digit runs longer than this are identifiers, not figures.</summary>
    private const int MaxDigits = 15;

    /// <summary>Numbers written in words below this ("three lines", "one of them") are not figures.</summary>
    private const double SmallestWordFigure = 10;

    /// <summary>
    /// Appends the figures of <paramref name="words"/>' text in [<paramref name="start"/>, <paramref name="end"/>) to <paramref name="figures"/>,
    /// in text order, reading ambiguous numbers ("60.000") by the article's <paramref name="convention"/>.
    /// </summary>
    internal static void Scan(WordMap words, int start, int end, NumberConvention convention, List<FigureCandidate> figures)
    {
        string text = words.Text;
        var span = text.AsSpan(0, end);
        int rejectedEnd = -10;
        int i = start;
        while (i < end)
        {
            // A figure starts where a run of digits or of letters starts: the characters before the next such start are passed at once.
            i = words.NextLetterOrDigitRunStart(i, end, start);
            if (i >= end)
            {
                break;
            }
            char c = text[i];
            if (Characters.IsDigit(c) && (i == start || !Characters.IsDigit(text[i - 1])))
            {
                if (TryReadDigitFigure(span, start, i, convention, out var figure, out int consumed, ref rejectedEnd))
                {
                    if (!OverlapsTheLast(figures, start, figure.Start))
                    {
                        figures.Add(CoordinationHedged(text, start, figures, ConversionHedged(text, start, figures, figure)));
                    }
                    i = Math.Max(i + 1, figure.End);
                }
                else
                {
                    i = Math.Max(i + 1, consumed);
                }
                continue;
            }
            if (char.IsLetter(c) && (i == start || !char.IsLetter(text[i - 1])))
            {
                int wordEnd = words.WordEnd(i, end);
                int skip = wordEnd;
                if (MayStartWordFigure(span, i, wordEnd) && TryReadWordFigure(span, start, i, convention, out var wordFigure, ref skip)
                    && !OverlapsTheLast(figures, start, wordFigure.Start))
                {
                    figures.Add(wordFigure);
                    i = wordFigure.End;
                    continue;
                }
                i = Math.Max(i + 1, skip);
                continue;
            }
            i++;
        }
    }

    /// <summary>
    /// A bare measure in brackets right after a hedged measure of the same dimension ("approximately 260 square kilometres (100
    /// square miles)", "up to 30 km (19 miles)") is the same amount in other units, hedged once for both by the writer: it takes
    /// the measure's hedge (as <see cref="ReadPassedMark"/> does, the figure's text stays the number). Only areas to areas and
    /// lengths to lengths, the bracket closing right after the figure; a conversion with a hedge of its own keeps it.
    /// </summary>
    private static FigureCandidate ConversionHedged(string text, int start, List<FigureCandidate> figures, FigureCandidate figure)
    {
        if (figure.Hedge != HedgeKind.Bare || figure.Alternative is not null || figures.Count == 0 || figures[^1].End <= start
            || Dimension(figure.Unit) == 0 || Dimension(figures[^1].Unit) != Dimension(figure.Unit) || figures[^1].Unit == figure.Unit)
        {
            return figure;
        }
        var measure = figures[^1];
        if (measure.Hedge is HedgeKind.Bare or HedgeKind.Exact or HedgeKind.Range or HedgeKind.Vague or HedgeKind.Distribution)
        {
            return figure;
        }
        int open = Characters.SkipSpacesBack(text, figure.Start, measure.End);
        if (open <= measure.End || text[open - 1] != '(' || Characters.SkipSpacesBack(text, open - 1, measure.End) != measure.End)
        {
            return figure;
        }
        int close = Characters.SkipSpaces(text, figure.End, text.Length);
        if (close >= text.Length || text[close] != ')')
        {
            return figure;
        }
        var reading = figure.Reading;
        reading.Hedge = measure.Hedge;
        return new FigureCandidate(reading);
    }

    /// <summary>
    /// A bare count joined by "and" to a hedged count before it in one noun phrase takes that hedge: English says a hedge once
    /// before a list of counts of one thing ("at least 60 people on Monday and 45 on Tuesday", "about 120 km west of Orsk and 90
    /// km east of Tarvo", "around 800 Dovran and 650 Kessian troops", "at least 30 men and 12 women"), and the hedge governs as
    /// far as its noun phrase goes. The two counts are of one thing when the second's counted noun is left out (a preposition,
    /// punctuation or the end follows it), is the first's noun again, is the same unit, is a part of the same people by sex or
    /// age (<see cref="SexAgeNouns"/>), or is shared by both (two modifiers, "800 Dovran and 650 Kessian troops"). Not when the
    /// words between the two hold a verb of their own, a comma or other punctuation (a new clause: "at least 40 were killed and
    /// 12 injured", "at least 40 dead, and officials said 12 ..."), or when each count has a noun of its own ("more than 90
    /// missiles and 60 drones", "over 40 dead and 100 injured": two things, the hedge said of the first).
    /// </summary>
    private static FigureCandidate CoordinationHedged(string text, int start, List<FigureCandidate> figures, FigureCandidate figure)
    {
        if (figure.Hedge != HedgeKind.Bare || figure.Alternative is not null || figures.Count == 0 || figures[^1].End <= start)
        {
            return figure;
        }
        var first = figures[^1];
        if (first.Hedge is HedgeKind.Bare or HedgeKind.Exact or HedgeKind.Range or HedgeKind.Vague or HedgeKind.Distribution
            || first.Unit != figure.Unit || figure.NumberStart != figure.Start)
        {
            return figure;
        }
        // The words between: at most a few, letters only, the last "and", no verb of a clause among them.
        var gap = text.AsSpan(first.End, figure.Start - first.End);
        int words = 0;
        ReadOnlySpan<char> firstWord = default, lastWord = default;
        for (int i = 0; i < gap.Length;)
        {
            if (Characters.IsSpace(gap[i]))
            {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < gap.Length && (char.IsLetter(gap[wordEnd]) || (wordEnd > i && Characters.IsApostrophe(gap[wordEnd]))))
            {
                wordEnd++;
            }
            if (wordEnd == i || (wordEnd < gap.Length && !Characters.IsSpace(gap[wordEnd])) || ++words > MaxCoordinationWords)
            {
                return figure; // punctuation, a digit or a long stretch: no one noun phrase
            }
            var word = gap[i..wordEnd];
            if (Lexicon.FiniteVerbs.Contains(word) || ClauseVerbs.Contains(word))
            {
                return figure;
            }
            if (words == 1)
            {
                firstWord = word;
            }
            lastWord = word;
            i = wordEnd;
        }
        if (words < 1 || !lastWord.Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return figure;
        }
        int next = Characters.SkipSpaces(text, figure.End, text.Length);
        bool shared;
        if (Dimension(figure.Unit) != 0)
        {
            shared = true; // the same length or area unit, as checked above: "about 120 km west of Orsk and 90 km east of Tarvo"
        }
        else if (next >= text.Length || !char.IsLetter(text[next]))
        {
            shared = words > 1 && (next >= text.Length || text[next] is ',' or '.' or ';' or ':' or ')' || Characters.IsDash(text[next]));
        }
        else
        {
            int nounEnd = Characters.WordEnd(text, next, text.Length);
            var noun = text.AsSpan(next, nounEnd - next);
            shared = (words > 1 && ElidedNounFollowers.Contains(noun))
                || (words > 1 && (noun.Equals(firstWord, StringComparison.OrdinalIgnoreCase)
                    || (SexAgeNouns.Contains(noun) && SexAgeNouns.Contains(firstWord))))
                || (words == 2 && SharesNounAfter(text, firstWord, noun, nounEnd));
        }
        if (!shared)
        {
            return figure;
        }
        var reading = figure.Reading;
        reading.Hedge = first.Hedge;
        return new FigureCandidate(reading);
    }

    /// <summary>
    /// Whether "N Dovran and M Kessian troops" has one noun for both counts: the words after each number are capitalised
    /// modifiers (not plurals, which are nouns: "323 Dovrans and 60 Kessians"), and a lower-case plural follows the second.
    /// </summary>
    private static bool SharesNounAfter(string text, ReadOnlySpan<char> firstModifier, ReadOnlySpan<char> secondModifier, int modifierEnd)
    {
        if (!char.IsUpper(firstModifier[0]) || !char.IsUpper(secondModifier[0]) || firstModifier[^1] is 's' || secondModifier[^1] is 's')
        {
            return false;
        }
        int nounStart = Characters.SkipSpaces(text, modifierEnd, text.Length);
        if (nounStart == modifierEnd || nounStart >= text.Length || !char.IsLower(text[nounStart]))
        {
            return false;
        }
        int nounEnd = Characters.WordEnd(text, nounStart, text.Length);
        return nounEnd - nounStart > 2 && text[nounEnd - 1] == 's';
    }

    /// <summary>Most words between two counts that one hedge still covers: "at least 60 people killed in Orsk on Monday and".</summary>
    private const int MaxCoordinationWords = 7;

    /// <summary>Verbs that open a clause of their own between two counts ("at least 40 died and 12 ..."), besides <see cref="Lexicon.FiniteVerbs"/>.</summary>
    private static readonly WordSet ClauseVerbs = new(
        "been", "be", "being", "died", "said", "says", "say", "told", "reported", "added", "according", "remain", "remained", "remains");

    /// <summary>Words right after a count that show its noun left out, the first count's noun understood: "and 45 on Tuesday".</summary>
    private static readonly WordSet ElidedNounFollowers = new(
        "on", "in", "at", "from", "during", "near", "across", "among", "inside", "outside", "within", "for", "by", "since", "each", "apiece");

    /// <summary>People counted by sex or age: parts of one count of people ("at least 30 men and 12 women").</summary>
    private static readonly WordSet SexAgeNouns = new("men", "women", "children", "boys", "girls", "adults", "minors");

    /// <summary>1 for an area, 2 for a length, 0 for anything else: a conversion stays in its dimension.</summary>
    private static int Dimension(UnitClass unit) => unit switch
    {
        UnitClass.SquareKilometre or UnitClass.SquareMile or UnitClass.Hectare => 1,
        UnitClass.Kilometre or UnitClass.Mile or UnitClass.Metre => 2,
        _ => 0,
    };

    /// <summary>
    /// Whether a figure starting at <paramref name="figureStart"/> (its hedge read back from its number) begins inside the
    /// last figure this scan found (from <paramref name="start"/>): two readings of the same words, of which the first is
    /// kept, so that figures never overlap.
    /// </summary>
    private static bool OverlapsTheLast(List<FigureCandidate> figures, int start, int figureStart)
        => figures.Count > 0 && figures[^1].End > start && figureStart < figures[^1].End;

    /// <summary>
    /// Decides whether the number at <paramref name="at"/> is a figure and reads it; <paramref name="consumed"/>
    /// says how far to skip when it is not, and <paramref name="rejectedEnd"/> remembers where the last
    /// rejected number ended ("Call 102 or 112": a number joined to a rejected one is rejected too).
    /// </summary>
    private static bool TryReadDigitFigure(ReadOnlySpan<char> s, int start, int at, NumberConvention convention, out FigureCandidate figure, out int consumed, ref int rejectedEnd)
    {
        figure = default;
        bool ambiguous = false;
        if (convention == NumberConvention.PeriodDecimal && IsPeriodThousands(s, at))
        {
            // "30.000" where the article's other numbers have a decimal point: thousands, with the decimal reading beside it.
            ambiguous = true;
            convention = NumberConvention.CommaDecimal;
        }
        if (IsListItemNumber(s, at))
        {
            consumed = at + 1;
            rejectedEnd = consumed;
            return false; // "9. The Battle of Ruhland, 1916 (1.4 million casualties)": a list's item number opening its line
        }
        if (!NumberScanner.TryScan(s, at, convention, out var number, out var problem))
        {
            if (problem == NumberProblem.Ambiguous && NumberScanner.TryScan(s, at, NumberConvention.CommaDecimal, out number, out _))
            {
                // "60.000" in an article with no convention of its own: thousands, with the decimal reading beside it.
                ambiguous = true;
                convention = NumberConvention.CommaDecimal;
            }
            else
            {
                consumed = Math.Max(number.End, NumberScanner.SkipNumberLike(s, at));
                if (consumed < s.Length && char.IsLetter(s[consumed]))
                {
                    consumed = Characters.WordEnd(s, consumed, s.Length); // "1st", "5G"
                }
                rejectedEnd = IsModelNumber(s, start, at) ? -10 : consumed; // "12 AK-47s and 300 cartridges": the 300 is a count
                return false;
            }
        }
        consumed = number.End;
        if (IsRateBase(s, start, at))
        {
            return false; // "per 1,000": rejected alone, so that a figure joined to it is still read
        }
        if (IsAgeComparison(s, start, in number))
        {
            rejectedEnd = -10; // "younger than 16 and 90 women": the count after the age is one of its own
            return false;
        }
        if (!IsFigureByItsDigits(in number) || IsJoinedToRejected(s, at, rejectedEnd) || IsRejectedByWhatPrecedes(s, start, at)
            || IsModelDesignation(s, start, in number)
            || IsRejectedAround(s, start, in number, ref consumed) || IsAgeAfterName(s, start, in number)
            || IsAgeAfterPerson(s, start, in number) || IsAgeBound(s, start, in number) || IsYearWithNoteMark(s, start, at, in number)
            || IsLaterDayOfMonthList(s, start, in number))
        {
            rejectedEnd = IsModelNumber(s, start, at) ? -10 : Math.Max(number.End, consumed);
            return false;
        }
        // "climbed from 558 to 569", "fell from 12,000 to 9,500": two values, the one before and the one after; the first
        // is read alone here and the second as a figure of its own when the scan reaches it.
        bool change = IsChangeFromTo(s, start, at, number.End);
        if (!TryReadFrom(change ? s[..number.End] : s, start, at, rangeAllowed: !change, convention, in number, out var reading, out var soft))
        {
            rejectedEnd = consumed;
            return false;
        }
        consumed = change ? number.End : Math.Max(consumed, reading.End);
        bool isRange = reading.Hedge == HedgeKind.Range;
        if (!isRange && !change && EstimateParser.ScanRangeSeparator(s, reading.End, between: false) is var secondStart and > 0
            && NumberScanner.TryScan(s, secondStart, convention, out var second, out _))
        {
            // A second number the grammar did not take: "5 to 1" is a ratio, "5–3 thousand" has no reading,
            // "at least 5 to 10" no reading of one hedge over two numbers. Neither number is a figure.
            consumed = Math.Max(consumed, second.End);
            rejectedEnd = consumed;
            return false;
        }
        if (isRange && !(reading.Second > reading.First))
        {
            rejectedEnd = consumed;
            return false; // "2-2" is a score
        }
        if (!isRange && IsAlternativeRejected(s, reading.End))
        {
            rejectedEnd = consumed;
            return false; // "40 or 50 times a day"
        }
        if (IsRejectedByWhatFollows(s, reading.End) || FollowsAsDigitGroup(s, reading.End) || IsMoney(s, start, reading.Start, at)
            || (reading.Hedge == HedgeKind.Bare && reading.UnitLength == 0 && IsDesignationList(s, reading.End)))
        {
            rejectedEnd = consumed;
            return false;
        }
        if (reading.Hedge == HedgeKind.Range && number.IntegerDigits == 4 && !number.Grouped && !number.HasDecimals && number.Value is >= 1000 and <= 2100
            && reading.Second <= 2100 && reading.Start > start && s[reading.Start - 1] == '(' && reading.End < s.Length && s[reading.End] == ')')
        {
            rejectedEnd = consumed;
            return false; // "(1812-1879)": the years of a life or a reign in brackets, no range of a count
        }
        bool looksLikeYear = number.IntegerDigits == 4 && !number.Grouped && !number.HasDecimals && number.Value is >= 1900 and <= 2100;
        if (looksLikeYear && reading.Hedge is HedgeKind.Bare or HedgeKind.Range && reading.UnitLength == 0 && number.MultiplierExponent == 0)
        {
            // "4,010 in 2019 and 2,966 in 1999": the year ends a list item and the count after "and" opens the next, a figure of
            // its own, not one joined to the year ("Call 102 or 112").
            rejectedEnd = reading.Hedge == HedgeKind.Bare && AndDigitGroupAfter(s, consumed) ? -10 : consumed;
            return false;
        }
        if (reading.UnitLength == 0 && number.MultiplierExponent == 0 && !number.Grouped && !number.HasDecimals && number.IntegerDigits == 4
            && ((number.Value is >= 1000 and <= 2100 && Characters.WordBefore(s, at, start, out _).Equals("year", StringComparison.OrdinalIgnoreCase))
                || (number.Value is >= 1000 and < 1900 && reading.Hedge == HedgeKind.Bare
                 && ((number.Value >= 1500 && YearPrepositions.Contains(Characters.WordBefore(s, reading.Start, start, out _))) || IsAfterMonthAndDay(s, start, reading.Start)))
                || (looksLikeYear && reading.Hedge is HedgeKind.Above or HedgeKind.Below
                    && (IsShareWord(Characters.WordBefore(s, reading.Start, start, out _)) || PercentSignBefore(s, start, reading.Start)))))
        {
            // "up to the year 1892": a year named as one; "settled in 1822": an earlier century's year after its preposition, or after a month and a day ("on October 9th,
            // 1588", "July 4-6, 1853"); "one-quarter fewer than 2012": a share
            // compares this year's count with a year's.
            rejectedEnd = consumed;
            return false;
        }
        ReadPassedMark(s, start, ref reading);
        StrongBox<ScannedFigure>? alternative = null;
        if (ambiguous && EstimateParser.TryScan(s, reading.Start, NumberConvention.PeriodDecimal, out var other, out _))
        {
            alternative = new StrongBox<ScannedFigure>(other);
        }
        figure = new FigureCandidate(reading, alternative);
        return true;
    }

    /// <summary>
    /// Whether the number at <paramref name="at"/> follows a letter and a dash: a model's number ("AK-47s", "Su-34"), which names
    /// no count that "and" could share with the number after it ("12 AK-47s and 300 cartridges").
    /// </summary>
    private static bool IsModelNumber(ReadOnlySpan<char> s, int start, int at)
        => at - 2 >= start && Characters.IsDash(s[at - 1]) && char.IsLetter(s[at - 2]);

    /// <summary>
    /// Whether the number at <paramref name="at"/> numbers an item of a list: one or two digits that open a line (only spaces
    /// before them since the line break or the text's start), then a period or a closing bracket, a space and a capital ("9. The
    /// Battle of Ruhland, 1916", "13) Verdale"), or the end of the text read (a sentence reader splits "9." off). A listicle's rank, no count.
    /// Reads only the characters around the number.
    /// </summary>
    private static bool IsListItemNumber(ReadOnlySpan<char> s, int at)
    {
        int end = at;
        while (end < s.Length && end - at < 3 && Characters.IsDigit(s[end]))
        {
            end++;
        }
        if (end - at is not (1 or 2) || end >= s.Length || s[end] is not ('.' or ')')
            || (end + 1 < s.Length && (end + 2 >= s.Length || s[end + 1] != ' ' || !char.IsUpper(s[end + 2]))))
        {
            return false; // the text read may end right after the mark: "9." read as a sentence of its own
        }
        int before = at;
        while (before > 0 && s[before - 1] is ' ' or '\t')
        {
            before--;
        }
        return before == 0 || s[before - 1] is '\n' or '\r';
    }

    /// <summary>
    /// Whether a month's name and a day (one or two digits, an ordinal ending or a range of days allowed), then a comma, end
    /// right before <paramref name="at"/>: "October 9th, 1588", "July 4-6, 1853". The number after them is the date's year.
    /// </summary>
    private static bool IsAfterMonthAndDay(ReadOnlySpan<char> s, int start, int at)
    {
        int comma = Characters.SkipSpacesBack(s, at, start);
        if (comma <= start || s[comma - 1] != ',')
        {
            return false;
        }
        int p = Characters.SkipSpacesBack(s, comma - 1, start);
        int letters = 0;
        while (p > start && letters < 2 && char.IsLetter(s[p - 1]))
        {
            p--;
            letters++;
        }
        int digits = 0;
        while (p > start && Characters.IsDigit(s[p - 1]) || (p > start + 1 && digits > 0 && Characters.IsDash(s[p - 1]) && Characters.IsDigit(s[p - 2])))
        {
            p--;
            digits++;
        }
        if (digits is 0 or > 5)
        {
            return false;
        }
        int monthEnd = Characters.SkipSpacesBack(s, p, start);
        if (monthEnd == p || monthEnd <= start)
        {
            return false;
        }
        if (s[monthEnd - 1] == '.')
        {
            monthEnd--;
        }
        int monthStart = Characters.WordStart(s, monthEnd, start);
        return monthStart < monthEnd && ArticleWords.MonthOf(s[monthStart..monthEnd]) != 0;
    }

    /// <summary>
    /// Whether " and " and a number written with a thousands comma ("2,966") follow <paramref name="at"/>: a count after a year
    /// that ends a list item. Reads at most the eleven characters after it.
    /// </summary>
    private static bool AndDigitGroupAfter(ReadOnlySpan<char> s, int at)
    {
        if (at + 10 > s.Length || !s.Slice(at, 5).Equals(" and ", StringComparison.Ordinal))
        {
            return false;
        }
        int p = at + 5;
        int digits = 0;
        while (digits < 4 && p + digits < s.Length && Characters.IsDigit(s[p + digits]))
        {
            digits++;
        }
        p += digits;
        return digits is >= 1 and <= 3 && p + 3 < s.Length && s[p] == ',' && Characters.IsDigit(s[p + 1]) && Characters.IsDigit(s[p + 2])
               && Characters.IsDigit(s[p + 3]);
    }

    /// <summary>
    /// Whether the digits at <paramref name="at"/> are one to three digits, a period and three digits ending in a zero, with
    /// no other separator, letter, multiplier or unit after them ("30.000 people", "2.500 refugees"): a count, and a count is
    /// whole, so a decimal written to thousandths with a closing zero is not how it is written, and European thousands
    /// are; the period groups even in an article whose other numbers have a decimal point ("5.3 million"). A measure keeps
    /// the article's decimal ("43.500 kg", "2.500 km", "12.500%"), as does "2.500 million"; "0.500" is a decimal whatever
    /// the convention, and "30.125" is left to the article's convention. Reads only the characters after the digits.
    /// </summary>
    private static bool IsPeriodThousands(ReadOnlySpan<char> s, int at)
    {
        int p = at;
        while (p < s.Length && p - at <= 3 && Characters.IsDigit(s[p]))
        {
            p++;
        }
        int run = p - at;
        if (run is 0 or > 3 || (run == 1 && s[at] == '0') || p + 4 > s.Length || s[p] != '.'
            || !Characters.IsDigit(s[p + 1]) || !Characters.IsDigit(s[p + 2]) || s[p + 3] != '0')
        {
            return false;
        }
        int end = p + 4;
        if (end < s.Length && (Characters.IsWordPart(s[end])
            || ((s[end] == '.' || s[end] == ',') && end + 1 < s.Length && Characters.IsDigit(s[end + 1]))))
        {
            return false;
        }
        int next = Characters.SkipWhiteSpace(s, end);
        if (next == end)
        {
            return end == s.Length || s[end] != '%';
        }
        if (Lexicon.MatchMultiplier(s, next, attached: false, out _) > 0 || Lexicon.MatchUnit(s, next, attached: false, out _) > 0)
        {
            return false;
        }
        return !MeasureAbbreviations.Contains(s[next..Characters.WordEnd(s, next, s.Length)]);
    }

    /// <summary>
    /// Abbreviations of measures the grammar has no unit for (closed list): after one, "43.500 kg" is a measure to
    /// thousandths, not a count, and keeps the article's decimal point.
    /// </summary>
    private static readonly WordSet MeasureAbbreviations = new(
        "kg", "g", "mg", "t", "lb", "lbs", "oz", "l", "ml", "m", "cm", "mm", "ft", "yd", "mph", "kph", "kmh", "s", "sec", "min", "h", "hrs");

    /// <summary>The first words of numbers and vague amounts, so that most words are turned away with one lookup.</summary>
    private static readonly WordSet NumberFirstWords = BuildNumberFirstWords();

    private static WordSet BuildNumberFirstWords()
    {
        var words = new List<string>(Lexicon.SmallNumbers);
        words.AddRange(Lexicon.Tens[2..]);
        foreach (var (singular, plural, _) in Lexicon.Scales)
        {
            words.Add(singular);
            words.Add(plural);
        }
        words.AddRange([Lexicon.Dozen, Lexicon.Dozens, Lexicon.TensWord, Lexicon.Scores, "an"]);
        foreach (var (singular, plural, _) in Lexicon.Fractions)
        {
            if (singular == "half")
            {
                words.Add(singular);
                words.Add(plural);
            }
        }
        foreach (var (phrase, _, _) in Lexicon.VagueQuantifiers)
        {
            int space = phrase.IndexOf(' ');
            words.Add(space < 0 ? phrase : phrase[..space]);
        }
        return new WordSet([.. words]);
    }

    /// <summary>Whether the word [<paramref name="at"/>, <paramref name="wordEnd"/>) may start a number or a vague amount ("twenty-five": its first part).</summary>
    private static bool MayStartWordFigure(ReadOnlySpan<char> s, int at, int wordEnd)
    {
        if (!NumberFirstWords.MayStartWith(s[at]))
        {
            return false; // "in", "with", "people": no number or vague amount starts with their letter
        }
        var word = s[at..wordEnd];
        // The first word hyphen, looked for a character at a time: a word is too short for a vector search to pay.
        int hyphen = 0;
        while (hyphen < word.Length && !Characters.IsWordHyphen(word[hyphen]))
        {
            hyphen++;
        }
        var first = word[..hyphen];
        // "a" and "an" are a tenth of the words of news: they start a figure only before one of the words after an article.
        return NumberFirstWords.Contains(first) && (!IsArticle(first) || MayFollowArticle(s, at + first.Length));
    }

    /// <summary>"a" or "an", read as the grammar reads words (<see cref="Characters.Lower"/>).</summary>
    private static bool IsArticle(ReadOnlySpan<char> word)
        => Characters.Lower(word[0]) == 'a' && (word.Length == 1 || (word.Length == 2 && Characters.Lower(word[1]) == 'n'));

    /// <summary>
    /// Every word that can follow "a" or "an" in a figure the grammar reads from the article: a scale or "dozen" ("a hundred",
    /// "a dozen"), a fraction ("a third", "an eighth"), a vague amount ("a few", "a couple of") and a hedge ("a minimum of",
    /// "an estimated"). The grammar reads an article only with white space after it, so a figure from "a" or "an" (or a hedge
    /// before one, "about a dozen") needs one of these next: anything else cannot be read and need not be tried.
    /// </summary>
    private static readonly string[] AfterArticle = BuildAfterArticle();

    private static string[] BuildAfterArticle()
    {
        var words = new List<string> { Lexicon.Dozen, Lexicon.Dozens };
        words.AddRange(NumberScanner.FractionEmphasis); // "a bare third"
        foreach (var (singular, plural, _) in Lexicon.Scales)
        {
            words.Add(singular);
            words.Add(plural);
        }
        foreach (var (singular, plural, _) in Lexicon.Fractions)
        {
            words.Add(singular);
            words.Add(plural);
        }
        var phrases = new List<string>();
        foreach (var (phrase, _, _) in Lexicon.VagueQuantifiers)
        {
            phrases.Add(phrase);
        }
        foreach (var hedge in Lexicon.Hedges)
        {
            phrases.Add(hedge.Phrase);
        }
        foreach (string phrase in phrases)
        {
            string[] parts = phrase.Split(' ');
            if (parts.Length > 1 && parts[0] is "a" or "an")
            {
                words.Add(parts[1]);
            }
        }
        return [.. new HashSet<string>(words, StringComparer.Ordinal)];
    }

    /// <summary>Whether white space and then the first letters of a word of <see cref="AfterArticle"/> follow <paramref name="articleEnd"/>.</summary>
    private static bool MayFollowArticle(ReadOnlySpan<char> s, int articleEnd)
    {
        int next = Characters.SkipWhiteSpace(s, articleEnd);
        if (next == articleEnd)
        {
            return false;
        }
        foreach (string word in AfterArticle)
        {
            // Compared as the grammar compares (lower-cased, letter by letter); what may come after the word is left to it.
            if (next + word.Length <= s.Length && Characters.Lower(s[next]) == word[0] && StartsWithLowered(s[next..], word))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithLowered(ReadOnlySpan<char> text, string word)
    {
        for (int k = 0; k < word.Length; k++)
        {
            if (Characters.Lower(text[k]) != word[k])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "in 2022.1 In recent years", "prior to 2003.2 Today": a year after its preposition with one or two digits after a point, then a capital or the
    /// text's end, is the year and a footnote mark run into it, no figure.
    /// </summary>
    private static bool IsYearWithNoteMark(ReadOnlySpan<char> s, int start, int at, in ScannedNumber number)
    {
        if (!number.HasDecimals || number.Grouped || number.IntegerDigits != 4 || number.MultiplierExponent != 0 || number.Value is < 1900 or >= 2100
            || number.End - at is < 6 or > 7 || s[at + 4] != '.')
        {
            return false;
        }
        int next = Characters.SkipSpaces(s, number.End, s.Length);
        return (next == s.Length || (next > number.End && char.IsUpper(s[next])))
               && Characters.WordBefore(s, at, start, out _) is var before
               && (YearPrepositions.Contains(before) || before.Equals("to", StringComparison.OrdinalIgnoreCase)); // "prior to 2003.2 Today, ..."
    }

    /// <summary>
    /// Figures written in words: "two million", "a dozen", "twenty-five thousand", "tens of thousands of troops". A
    /// number below <see cref="SmallestWordFigure"/> is no figure, and <paramref name="skip"/> moves past all of it, so
    /// that no part of it is read as a figure of its own ("half a dozen" is 6, not "a dozen").
    /// </summary>
    private static bool TryReadWordFigure(ReadOnlySpan<char> s, int start, int at, NumberConvention convention, out FigureCandidate figure, ref int skip)
    {
        figure = default;
        if (!TryReadFrom(s, start, at, rangeAllowed: true, convention, default, out var reading, out _) || !reading.InWords)
        {
            return false;
        }
        if (reading.Hedge == HedgeKind.Vague)
        {
            // "hundreds" alone is an amount before "of" ("hundreds of soldiers"), or with a word of people counted
            // around it ("dozens dead", "thousands more", "the injury of dozens"), not in "by the hundreds".
            if (reading.BarePlural && SpanScanner.PhraseEndAfterSpace(s, reading.End, "of") < 0 && !QuotedBeforeOf(s, reading.End)
                && !IsBarePluralAmount(s, start, at, reading.End))
            {
                return false;
            }
        }
        else if (reading.Unit == UnitClass.Fraction)
        {
            if (!IsShare(s, start, reading) || IsFractionOfTime(s, reading.End))
            {
                skip = Math.Max(skip, reading.End); // no share in its words either: the "half" of "a week and a half"
                return false; // "the first half of 2024", "half an hour"
            }
        }
        else if (reading.First < SmallestWordFigure && reading.Hedge == HedgeKind.Range
                 && s[reading.NumberStart..reading.End].IndexOf(" to ", StringComparison.Ordinal) is var to and > 0
                 && IsChangeFromTo(s, start, reading.NumberStart, reading.NumberStart + to))
        {
            // "rose by one to 158": a small change in words and the level after it, no range; the level is read on its own.
            skip = Math.Max(skip, reading.NumberStart + to);
            return false;
        }
        else if ((reading.First < SmallestWordFigure && !(reading.First >= 2 && IsDistanceOrArea(reading.Unit))
                  && !(reading.Hedge == HedgeKind.Range && reading.Second >= SmallestWordFigure && Characters.IsDigit(s[reading.End - 1])))
                 || (reading.Hedge == HedgeKind.Range && !(reading.Second > reading.First)))
        {
            // A small number in words alone is no figure; a range from one to digits is ("seven to 15 killed").
            skip = Math.Max(skip, reading.End);
            return false;
        }
        if (reading.First < 100 && reading.Hedge is HedgeKind.Below or HedgeKind.Above
            && YoungNouns.Contains(Characters.WordBefore(s, reading.Start, start, out _)))
        {
            skip = Math.Max(skip, reading.End);
            return false; // "children under sixteen": an age, as "children under 16" is
        }
        if (IsRejectedByWhatFollows(s, reading.End))
        {
            return false;
        }
        ReadPassedMark(s, start, ref reading);
        figure = new FigureCandidate(reading);
        return true;
    }

    /// <summary>"spoke of \"hundreds\" of civilians killed": a closing quotation mark, then "of".</summary>
    private static bool QuotedBeforeOf(ReadOnlySpan<char> s, int end)
        => end < s.Length && Characters.IsDoubleQuote(s[end]) && SpanScanner.PhraseEndAfterSpace(s, end + 1, "of") > 0;

    /// <summary>Units of distance and area: "three miles", "seven kilometres" in words are measures, figures however small.</summary>
    private static bool IsDistanceOrArea(UnitClass unit)
        => unit is UnitClass.Kilometre or UnitClass.Mile or UnitClass.Metre or UnitClass.SquareKilometre or UnitClass.SquareMile or UnitClass.Hectare;

    /// <summary>Spans of time a fraction may be of: "a quarter of a century" is a duration, no share. A closed list.</summary>
    private static readonly WordSet TimeSpanNouns = new("century", "centuries", "decade", "decades", "year", "years", "generation", "millennium");

    /// <summary>Whether "of", an article and a span of time follow a fraction: "more than a quarter of a century", "half of the decade".</summary>
    private static bool IsFractionOfTime(ReadOnlySpan<char> s, int end)
    {
        int of = SpanScanner.PhraseEndAfterSpace(s, end, "of");
        if (of < 0)
        {
            return false;
        }
        int word = Characters.SkipSpaces(s, of, s.Length);
        var article = s[word..Characters.WordEnd(s, word, s.Length)];
        if (article.Equals("a", StringComparison.OrdinalIgnoreCase) || article.Equals("an", StringComparison.OrdinalIgnoreCase) || article.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            word = Characters.SkipSpaces(s, word + article.Length, s.Length);
        }
        return TimeSpanNouns.Contains(s[word..Characters.WordEnd(s, word, s.Length)]);
    }

    /// <summary>Verbs of saying after a vague plural that opens its sentence and a comma: "Hundreds, say officials". A closed list.</summary>
    private static readonly WordSet SayingVerbs = new("say", "says", "said");

    /// <summary>Prepositions before a year: "in 1822", "since 1850".</summary>
    private static readonly WordSet YearPrepositions = new("in", "since", "until", "by", "from");

    /// <summary>Words of a share or a multiple before a comparison: "one-quarter fewer than", "twice as many as", "40 percent more than".</summary>
    private static readonly WordSet ShareWords = new("half", "quarter", "third", "fifth", "tenth", "percent", "cent", "times", "twice", "thrice", "%");

    /// <summary>A percent sign right before a comparison, spaces skipped: "30% higher than 2023" compares with a year.</summary>
    private static bool PercentSignBefore(ReadOnlySpan<char> s, int start, int at)
    {
        int end = Characters.SkipSpacesBack(s, at, start);
        return end > start && s[end - 1] == '%';
    }

    /// <summary>Whether a word is one of <see cref="ShareWords"/>, or a hyphenated share ("one-quarter") whose last part is.</summary>
    private static bool IsShareWord(ReadOnlySpan<char> word)
    {
        int hyphen = word.LastIndexOf('-');
        return ShareWords.Contains(hyphen >= 0 ? word[(hyphen + 1)..] : word);
    }

    /// <summary>Nouns of a level a count passes: "the 2 million mark", "the 10,000 threshold".</summary>
    private static readonly WordSet MarkNouns = new("mark", "threshold", "milestone");

    /// <summary>Verbs of a count going past a level, before "the" and the level's number: "crossed the", "passed the".</summary>
    private static readonly WordSet PassingVerbs = new(
        "crossed", "crosses", "crossing", "passed", "passes", "passing", "surpassed", "surpasses", "exceeded", "exceeds", "topped", "tops", "broke", "breaks",
        "overcoming", "overcame", "overcome", "overcomes");

    /// <summary>
    /// Verbs of a crowd assembling that make a lone plural opening its clause ("Hundreds marched through the town", "In the
    /// square, thousands gathered") an amount of people without "of"; not in the middle of a clause ("The evening thousands
    /// gathered"). A closed list.
    /// </summary>
    private static readonly WordSet CrowdVerbs = new(
        "gathered", "marched", "rallied", "protested", "demonstrated", "assembled", "massed", "thronged", "flocked", "attended");

    /// <summary>
    /// A bare number between "the" after a verb of passing and a noun of a level ("has crossed the 2 million mark", "passed the
    /// 10,000 threshold") is a lower bound: the count has gone past it, as "more than" says. The hedge is set on the reading;
    /// the figure's text stays the number. Closed lists: <see cref="PassingVerbs"/>, <see cref="MarkNouns"/>.
    /// </summary>
    private static void ReadPassedMark(ReadOnlySpan<char> s, int start, ref ScannedFigure reading)
    {
        if (reading.Hedge != HedgeKind.Bare)
        {
            return; // a unit may come between: "overcoming the 4 million tonnes mark"
        }
        int next = Characters.SkipSpaces(s, reading.End, s.Length);
        int nextEnd = Characters.WordEnd(s, next, s.Length);
        if (nextEnd == next || next == reading.End || !MarkNouns.Contains(s[next..nextEnd]))
        {
            return;
        }
        // A word right before a word (no space between) is no word of its own: WordBefore gives an empty one there.
        if (Characters.WordBefore(s, reading.Start, start, out int theStart).Equals("the", StringComparison.OrdinalIgnoreCase)
            && PassingVerbs.Contains(Characters.WordBefore(s, theStart, start, out _)))
        {
            reading.Hedge = HedgeKind.Above;
        }
    }

    private static bool IsBarePluralAmount(ReadOnlySpan<char> s, int start, int at, int end)
    {
        int next = Characters.SkipSpaces(s, end, s.Length);
        if (next < s.Length && Lexicon.BarePluralFollowers.Contains(s[next..Characters.WordEnd(s, next, s.Length)]))
        {
            return true;
        }
        int before = Characters.SkipSpacesBack(s, at, start);
        if (next < s.Length && CrowdVerbs.Contains(s[next..Characters.WordEnd(s, next, s.Length)])
            && (before == start || s[before - 1] is ',' or ';' or ':' or '.' or '\n'))
        {
            return true; // "Hundreds marched through the town", "In the square, thousands gathered": the crowd, its clause's subject
        }
        if (before == start && next == end && end < s.Length && s[end] == ',')
        {
            // "Hundreds, say officials", "Thousands, says the agency": an answer put first, its speaker after the comma
            int say = Characters.SkipSpaces(s, end + 1, s.Length);
            return SayingVerbs.Contains(s[say..Characters.WordEnd(s, say, s.Length)]);
        }
        int wordStart = Characters.WordStart(s, before, start);
        if (before == wordStart || before == at)
        {
            return false;
        }
        var word = s[wordStart..before];
        return Lexicon.BarePluralLeaders.Contains(word)
            || (next == end && (end == s.Length || s[end] is '.' or ',' or ';' or ':') && word.Length >= 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "half of its tanks", "about a third of its infantry", "Two-thirds of the village": a share, not "the first half of 2024",
    /// "half an hour", "the eastern half of the country" or the "and a half" of "a week and a half" (not before "of").
    /// </summary>
    private static bool IsShare(ReadOnlySpan<char> s, int start, in ScannedFigure reading)
    {
        int before = Characters.SkipSpacesBack(s, reading.NumberStart, start);
        int wordStart = Characters.WordStart(s, before, start);
        int next = Characters.SkipSpaces(s, reading.End, s.Length);
        if (before > wordStart && (Lexicon.NotShareLeaders.Contains(s[wordStart..before])
            || (s[wordStart..before].Equals("and", StringComparison.OrdinalIgnoreCase) && SpanScanner.PhraseEnd(s, next, "of") < 0)))
        {
            return false;
        }
        if (next < s.Length && Characters.IsWordHyphen(s[next]))
        {
            return false; // "half-time", "a third-party"
        }
        var word = s[next..Characters.WordEnd(s, next, s.Length)];
        if (SingularVerbs.Contains(word) && IsArticleAndOrdinal(s, reading.NumberStart, reading.End))
        {
            return false; // "two guards were killed, and a third was wounded": the third person, not a share
        }
        if (IsNounAfterOrdinal(word) && IsArticleAndOrdinal(s, reading.NumberStart, reading.End))
        {
            return false; // "A third area was encircled", "a fifth swap is set for Saturday": an ordinal before its noun
        }
        return !(word.Equals("an", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase)
                 || ArticleWords.NotFigureNouns.Contains(word));
    }

    /// <summary>Singular verbs after "a third" that make it one more person or thing counted, not a share: "a third was wounded".</summary>
    private static readonly WordSet SingularVerbs = new("was", "is", "has", "had", "remains", "remained");

    /// <summary>Words after "a third" that make it a share, not an ordinal before a noun: "a third of", "a third more", "a third were".</summary>
    private static readonly WordSet ShareFollowers = new(
        "of", "more", "less", "fewer", "as", "than", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with", "were", "are",
        "have", "had", "been", "the", "its", "their", "that", "which", "who", "percent", "per");

    /// <summary>
    /// Whether <paramref name="word"/> may be a singular noun after an ordinal ("a third area", "a fifth swap", "a fourth
    /// consecutive day"): a lower-case word of letters, none of <see cref="ShareFollowers"/>, not a comparative or adverb
    /// ("-er", "-ly") nor a plural ("-s").
    /// </summary>
    private static bool IsNounAfterOrdinal(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsLower(word[0]) || ShareFollowers.Contains(word) || word.EndsWith("er", StringComparison.Ordinal)
            || word.EndsWith("ly", StringComparison.Ordinal) || word.EndsWith("s", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Ordinals that are also fractions: "a third", "a fourth" (not "a half", not "one-third").</summary>
    private static readonly WordSet OrdinalFractions = new("third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

    /// <summary>Whether [<paramref name="at"/>, <paramref name="end"/>) is "a" (or "an") and an ordinal of <see cref="OrdinalFractions"/>, nothing else.</summary>
    private static bool IsArticleAndOrdinal(ReadOnlySpan<char> s, int at, int end)
    {
        int articleEnd = Characters.WordEnd(s, at, end);
        var article = s[at..articleEnd];
        if (!(article.Equals("a", StringComparison.OrdinalIgnoreCase) || article.Equals("an", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        int ordinal = Characters.SkipSpaces(s, articleEnd, end);
        return ordinal > articleEnd && Characters.WordEnd(s, ordinal, end) == end && OrdinalFractions.Contains(s[ordinal..end]);
    }

    /// <summary>Nouns that take "over" as their preposition: "regained control over 6.5 square kilometres" states no lower bound.</summary>
    private static readonly WordSet OverNouns = new("control", "authority", "sovereignty", "jurisdiction");

    /// <summary>
    /// Verbs whose particle is "over", with the count as their object: "police handed over 441 bodies", "the unit turned over 40
    /// prisoners" state no lower bound. Not "took", "took over 40 villages" reads as more than 40 as often as not. A closed list.
    /// </summary>
    private static readonly WordSet OverParticleVerbs = new(
        "handed", "hand", "hands", "handing", "turned", "turn", "turns", "turning", "signed", "sign", "signs", "signing");

    /// <summary>Verbs of telling after which "about" means "concerning": "it was reported about 2 commanders". A closed list.</summary>
    private static readonly WordSet AboutVerbs = new("reported", "report", "reports", "spoke", "speak", "talked", "talk", "wrote", "write", "heard", "hear", "learned", "learnt", "told", "informed", "asked", "warned", "complained");

    /// <summary>
    /// Words before "estimated" that make it the adjective of an estimate ("an estimated 100", "is estimated at"); after any
    /// other word it is a verb with its subject ("aid workers estimated 100 civilians were killed"), which states its
    /// number bare, as "estimates that N" does.
    /// </summary>
    private static readonly WordSet EstimatedAsAdjectiveAfter = new(
        "an", "a", "the", "some", "its", "their", "his", "her", "our", "is", "was", "were", "are", "be", "been", "being", "at", "of", "to",
        "and", "or", "with", "by", "from", "about", "around", "roughly", "nearly", "almost", "over", "now", "also", "still", "another", "only", "just", "in", "on",
        "has", "as", "this", "plus", "less", "it");

    /// <summary>
    /// Words after which "up to" says where a count moved, not a ceiling: verbs of going up, which take no object ("gone up
    /// to", "rose up to"), and a running total's nouns ("bringing the total up to", "the toll up to"). Not a verb that takes
    /// an object: "bringing up to 3,000 troops", "moved up to 500 tanks" bound how many were brought or moved. A closed list.
    /// </summary>
    private static readonly WordSet UpToAfter = new(
        "gone", "went", "go", "goes", "going", "risen", "rose", "rise", "rises", "rising", "climbed", "climb", "climbs",
        "climbing", "jumped", "shot", "total", "toll", "tally",
        // A revision up to a number says where the count went ("the Tesk count was revised up to 240 on Friday"), as "rose up to" does; so do the
        // verbs of a count going up that take no object ("soared up to", "edged up to").
        "revised", "revise", "revises", "revising", "soared", "surged", "edged", "crept", "inched", "ticked");

    /// <summary>
    /// Whether the hedge word [<paramref name="hedgeStart"/>, <paramref name="hedgeEnd"/>) is no hedge here: "up to" after a
    /// word of <see cref="UpToAfter"/>, "over" after a noun
    /// of <see cref="OverNouns"/> or a verb of <see cref="OverParticleVerbs"/>, "about" after a verb of <see cref="AboutVerbs"/> ("it was reported about 2 commanders"), or
    /// "estimated" as a verb right after its subject (a plural or a name: a word ending in "s" or capitalised, not one of
    /// <see cref="EstimatedAsAdjectiveAfter"/>: "aid workers estimated 100", "Reuters estimated 100"; "lost estimated 5,000" keeps its hedge).
    /// </summary>
    private static bool IsPrepositionOfNoun(ReadOnlySpan<char> s, int start, int hedgeStart, int hedgeEnd)
    {
        var hedge = s[hedgeStart..hedgeEnd];
        if (hedge.Equals("up to", StringComparison.OrdinalIgnoreCase))
        {
            // "the toll has gone up to 3,000", "bringing the total up to 5,200": where a count moved to, not a ceiling.
            int wordEnd = Characters.SkipSpacesBack(s, hedgeStart, start);
            int wordStart = Characters.WordStart(s, wordEnd, start);
            return wordEnd > wordStart && UpToAfter.Contains(s[wordStart..wordEnd]);
        }
        bool over = hedge.Equals("over", StringComparison.OrdinalIgnoreCase);
        bool about = hedge.Equals("about", StringComparison.OrdinalIgnoreCase);
        bool estimated = hedge.Equals("estimated", StringComparison.OrdinalIgnoreCase);
        if (!over && !about && !estimated)
        {
            return false;
        }
        int nounEnd = Characters.SkipSpacesBack(s, hedgeStart, start);
        int nounStart = Characters.WordStart(s, nounEnd, start);
        if (nounEnd <= nounStart)
        {
            return false;
        }
        var before = s[nounStart..nounEnd];
        return over ? OverNouns.Contains(before) || OverParticleVerbs.Contains(before)
             : about ? AboutVerbs.Contains(before)
             : nounEnd == hedgeStart - 1 && (before[^1] is 's' || char.IsUpper(before[0])) && !EstimatedAsAdjectiveAfter.Contains(before);
    }

    /// <summary>
    /// Whether the number at <paramref name="figureStart"/> begins a change, "from N to M" or "by N to M" after a verb of a
    /// number that moved (<see cref="Lexicon.ChangeVerbs"/>, with an adverb in -ly between them or not): "the toll climbed
    /// from 558 to 569", "rose sharply from 500 to 700", "fell from 12,000 to 9,500", "rose by 12 to 158", "rose by more than
    /// 80 to 7,100". The first number is the level before or the amount of the change, the second the level after: two
    /// values, never a range. A hedge may stand between the preposition and the number ("by more than 80", "from about 500").
    /// <paramref name="firstEnd"/> is where the number ends; "to" must follow it.
    /// </summary>
    private static bool IsChangeFromTo(ReadOnlySpan<char> s, int start, int figureStart, int firstEnd)
    {
        int after = Characters.SkipWhiteSpace(s, firstEnd);
        if (SpanScanner.PhraseEnd(s, after, "to") < 0)
        {
            return false;
        }
        int fromEnd = Characters.SkipSpacesBack(s, figureStart, start);
        int fromStart = Characters.WordStart(s, fromEnd, start);
        if (!IsChangePreposition(s[fromStart..fromEnd]) && fromEnd > start
            && Lexicon.MatchHedgeBefore(s, fromEnd, start, rangeAllowed: false, out _) is var hedgeStart and >= 0)
        {
            fromEnd = Characters.SkipSpacesBack(s, hedgeStart, start);
            fromStart = Characters.WordStart(s, fromEnd, start);
        }
        if (!IsChangePreposition(s[fromStart..fromEnd]))
        {
            return false;
        }
        int verbEnd = Characters.SkipSpacesBack(s, fromStart, start);
        int verbStart = Characters.WordStart(s, verbEnd, start);
        var verb = s[verbStart..verbEnd];
        if (verb.Length >= 4 && verb.EndsWith("ly", StringComparison.Ordinal))
        {
            verbEnd = Characters.SkipSpacesBack(s, verbStart, start);
            verbStart = Characters.WordStart(s, verbEnd, start);
            verb = s[verbStart..verbEnd];
        }
        return verbEnd > verbStart && Lexicon.ChangeVerbs.Contains(verb);
    }

    /// <summary>The prepositions of a change's first value: "from" the level before, "by" the amount of the change.</summary>
    private static bool IsChangePreposition(ReadOnlySpan<char> word)
        => word.Equals("from", StringComparison.OrdinalIgnoreCase) || word.Equals("by", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads the figure whose number starts at <paramref name="numberStart"/>: from the hedge before it
    /// when there is one and the grammar reads it so, else from the number itself ("between 10,000"
    /// with no second number is a bare 10,000).
    /// </summary>
    /// <remarks>
    /// <paramref name="number"/>: the number at <paramref name="numberStart"/> as <see cref="NumberScanner.TryScan"/> read it by
    /// <paramref name="convention"/> (a digit figure's, read before), so the grammar does not read it again; default for
    /// a figure in words, which the grammar reads itself.
    /// </remarks>
    private static bool TryReadFrom(ReadOnlySpan<char> s, int start, int numberStart, bool rangeAllowed, NumberConvention convention, in ScannedNumber number, out ScannedFigure reading, out SoftFailure soft)
    {
        int knownAt = number.End > numberStart ? numberStart : -1;
        int hedgeEnd = Characters.SkipSpacesBack(s, numberStart, start);
        if (hedgeEnd > start && s[hedgeEnd - 1] is '~' or '\u2248' or '\u223C' or '\u2265' or '\u2264'
            && EstimateParser.TryScan(s, hedgeEnd - 1, convention, in number, knownAt, out reading, out soft) && reading.NumberStart == numberStart)
        {
            return true; // a sign for "about" or a bound before the number, against it or not: "~ 365,000", "~25000" in a table's row
        }
        if (hedgeEnd < numberStart)
        {
            int hedgeStart = Lexicon.MatchHedgeBefore(s, hedgeEnd, start, rangeAllowed, out _);
            if (hedgeStart < 0 && Lexicon.MatchIncrementBefore(s, hedgeEnd, start) is var increment and >= 0)
            {
                // "up to another 2,000", "around another 255": the hedge before the increment is the added number's.
                hedgeEnd = Characters.SkipSpacesBack(s, increment, start);
                hedgeStart = hedgeEnd < increment ? Lexicon.MatchHedgeBefore(s, hedgeEnd, start, rangeAllowed: false, out _) : -1;
            }
            if (hedgeStart >= 0 && !IsPrepositionOfNoun(s, start, hedgeStart, hedgeEnd) && !IsVerbBeforeClause(s, start, hedgeStart, hedgeEnd, numberStart)
                && !IsPassingWordOutOfPlace(s, start, hedgeStart, numberStart)
                && EstimateParser.TryScan(s, hedgeStart, convention, in number, knownAt, out reading, out soft) && reading.NumberStart == numberStart)
            {
                if (reading.Hedge is HedgeKind.Above or HedgeKind.Below && IsNegatedBound(s, start, hedgeStart))
                {
                    reading.Hedge = reading.Hedge == HedgeKind.Above ? HedgeKind.AtMost : HedgeKind.AtLeast;
                }
                return true;
            }
        }
        if (!EstimateParser.TryScan(s, numberStart, convention, in number, knownAt, out reading, out soft) || reading.Start != numberStart)
        {
            return false;
        }
        if (reading.Hedge == HedgeKind.Bare && (BracketedHedgeBefore(s, start, numberStart) is var bracketed and not HedgeKind.Bare
                                                || (bracketed = EstimatedNounBefore(s, start, numberStart)) != HedgeKind.Bare))
        {
            reading.Hedge = bracketed;
        }
        return true;
    }

    /// <summary>
    /// Whether "past", "towards"/"toward" or "crossing" before the number is no verb or preposition of a count going by or
    /// towards it: "past" and "towards" not after a verb of going up or a running count's noun (<see cref="CountRisingWords"/>:
    /// "the past 24 hours", "lashed out toward 200,000 troops"), "crossing" after a determiner, a preposition, "border" or a
    /// name (a noun: "the border crossing 40 trucks used", "the Tesk crossing 200 ..."); any of them before a span of time
    /// ("past 10 days", "towards 5 pm") or a year ("towards 2030"). Elsewhere they bound the count: "rose past 50", "rose
    /// towards 300", "the toll crossing 140".
    /// </summary>
    private static bool IsPassingWordOutOfPlace(ReadOnlySpan<char> s, int start, int hedgeStart, int numberStart)
    {
        int wordEnd = Characters.WordEnd(s, hedgeStart, s.Length);
        var hedge = s[hedgeStart..wordEnd];
        bool crossing = hedge.Equals("crossing", StringComparison.OrdinalIgnoreCase);
        if (!crossing && !Lexicon.HedgesAfterRisingOnly.Contains(hedge))
        {
            return false;
        }
        var before = Characters.WordBefore(s, hedgeStart, start, out _);
        if (crossing ? !before.IsEmpty && (PassingWordBlockers.Contains(before) || char.IsUpper(before[0]) || before.Equals("border", StringComparison.OrdinalIgnoreCase))
                     : !CountRisingWords.Contains(before))
        {
            return true;
        }
        int numberEnd = NumberScanner.SkipNumberLike(s, numberStart);
        if (numberEnd - numberStart == 4 && s[numberStart] is '1' or '2' && int.TryParse(s[numberStart..numberEnd], out int year) && year is >= 1900 and <= 2100)
        {
            return true;
        }
        int next = Characters.SkipSpaces(s, numberEnd, s.Length);
        return next > numberEnd && next < s.Length && TimeSpanAfterPassing.Contains(s[next..Characters.WordEnd(s, next, s.Length)]);
    }

    /// <summary>
    /// Words before "past" or "towards" that make it the way a count moves: verbs of going up and the nouns of a running count
    /// ("rose past 50", "climbed towards 300", "the toll past 100" in a headline). After any other word it is no bound ("lashed out
    /// toward 200,000 troops", "walked past 30 houses"). A closed list.
    /// </summary>
    private static readonly WordSet CountRisingWords = new(
        "rose", "risen", "rise", "rises", "rising", "climbed", "climb", "climbs", "climbing", "edged", "edging", "edges", "crept", "creeping",
        "inched", "inching", "surged", "surging", "soared", "soaring", "jumped", "jumping", "shot", "went", "gone", "going", "moved", "moving",
        "headed", "heading", "grew", "grown", "growing", "mounted", "mounting", "pushed", "pushing", "well", "toll", "tally", "count", "total");

    /// <summary>Words before "crossing" that make it a noun (a border crossing) or the crossing of a place: determiners, prepositions, "last".</summary>
    private static readonly WordSet PassingWordBlockers = new(
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "last", "over", "in", "for",
        "during", "within", "of", "from", "through", "throughout", "into");

    /// <summary>Spans and times of day after a number that make "past N" or "towards N" a time: "past 24 hours", "towards 5 pm".</summary>
    private static readonly WordSet TimeSpanAfterPassing = new(
        "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "decades", "minutes", "minute", "seconds",
        "nights", "pm", "am", "p.m.", "a.m.", "o'clock", "hrs");

    /// <summary>
    /// Whether a negation governs the bound whose hedge starts at <paramref name="hedgeStart"/>: "not", "never" or a word in
    /// "n't" up to eight words before it in its clause ("did not expect the toll to exceed 20,000", "I've not seen a number
    /// higher than 50,000", "has never topped 300"). A negated lower bound is an upper one and the other way round: the count
    /// is at most the number. Not past punctuation or a word that opens another clause ("but", "that", "whether", "if"), nor
    /// when the negation is of something else ("not the first time more than 100 ...", "not only", "did not rule out", "not
    /// clear"). Only for hedges that compare ("more than", "higher than", "above") or are verbs of passing ("exceed", "top").
    /// </summary>
    private static bool IsNegatedBound(ReadOnlySpan<char> s, int start, int hedgeStart)
    {
        var first = s[hedgeStart..Characters.WordEnd(s, hedgeStart, s.Length)];
        if (!NegatableBoundWords.Contains(first))
        {
            return false;
        }
        int at = hedgeStart;
        for (int count = 0; count < 8; count++)
        {
            int end = Characters.SkipSpacesBack(s, at, start);
            if (end <= start || end == at && count > 0)
            {
                return false;
            }
            if (!char.IsLetter(s[end - 1]))
            {
                return false; // punctuation, a quotation mark or a number: another clause or another figure
            }
            int wordStart = Characters.WordStart(s, end, start);
            var word = s[wordStart..end];
            if (word.Equals("not", StringComparison.OrdinalIgnoreCase) || word.Equals("never", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (NegationBlockers.Contains(word))
            {
                return false;
            }
            at = wordStart;
        }
        return false;
    }

    /// <summary>First words of the hedges a negation turns round (<see cref="IsNegatedBound"/>).</summary>
    private static readonly WordSet NegatableBoundWords = new(
        "exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpassed", "surpasses", "surpassing", "top", "topped", "tops", "topping",
        "pass", "passed", "passes", "higher", "greater", "more", "above", "cross", "crossed", "crosses", "crossing", "fewer", "less", "below", "lower");

    /// <summary>Words between a negation and a bound that show the negation is of something else or in another clause.</summary>
    private static readonly WordSet NegationBlockers = new(
        "but", "and", "or", "that", "which", "who", "whether", "if", "how", "when", "while", "because", "although", "though", "since",
        "after", "before", "as", "only", "first", "time", "clear", "known", "sure", "certain", "immediately", "rule", "ruled", "out",
        "exclude", "excluded", "deny", "denied", "doubt", "unusual", "uncommon", "unlikely", "impossible", "unclear", "where", "what");

    /// <summary>
    /// Whether "estimated" before the number at <paramref name="numberStart"/> is the verb "estimate (that)" with the number the
    /// subject of the clause it reports: a finite verb follows the number ("the Varo commander estimated 5,000 were killed",
    /// "Tesk's governor estimated 300 had died"), a noun (not a reporting verb) before "estimated". The clause states the number as its speaker's estimate, as
    /// "estimates that 5,000 were killed" does: bare (the labelled sets' convention: only "estimated at N" and "an estimated N"
    /// hedge). Not after a word that makes "estimated" an adjective (<see cref="EstimatedAsAdjectiveAfter"/>: "killed an
    /// estimated 5,000 were ..." keeps its hedge) or at the start of the sentence.
    /// </summary>
    private static bool IsVerbBeforeClause(ReadOnlySpan<char> s, int start, int hedgeStart, int hedgeEnd, int numberStart)
    {
        if (!s[hedgeStart..hedgeEnd].Equals("estimated", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var before = Characters.WordBefore(s, hedgeStart, start, out _);
        if (before.IsEmpty || EstimatedAsAdjectiveAfter.Contains(before) || SaidWords.Contains(before) || !char.IsLetter(before[^1]))
        {
            return false;
        }
        int numberEnd = NumberScanner.SkipNumberLike(s, numberStart);
        int at = Characters.SkipSpaces(s, numberEnd, s.Length);
        if (at == numberEnd || at >= s.Length || !char.IsLetter(s[at]))
        {
            return false;
        }
        var word = s[at..Characters.WordEnd(s, at, s.Length)];
        return Lexicon.FiniteVerbs.Contains(word) || word.Equals("died", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reporting verbs after which "estimated" is an adjective: "officials said estimated 5,000 were there".</summary>
    private static readonly WordSet SaidWords = new("said", "says", "say", "told", "reported", "added", "stated", "claimed");

    /// <summary>
    /// The hedge of an editor's words in square brackets right before the number ("a tally of [up to] 4,000", "[about] 300"):
    /// brackets mark words put into a quotation, read as part of the sentence. Bare when the brackets hold anything but a hedge.
    /// </summary>
    private static HedgeKind BracketedHedgeBefore(ReadOnlySpan<char> s, int start, int numberStart)
    {
        int close = Characters.SkipSpacesBack(s, numberStart, start);
        if (close <= start || s[close - 1] != ']')
        {
            return HedgeKind.Bare;
        }
        int innerEnd = Characters.SkipSpacesBack(s, close - 1, start);
        int open = s[Math.Max(start, close - 40)..(close - 1)].LastIndexOf('[');
        if (open < 0)
        {
            return HedgeKind.Bare;
        }
        open += Math.Max(start, close - 40);
        int innerStart = Characters.SkipSpaces(s, open + 1, innerEnd);
        return innerStart < innerEnd && Lexicon.MatchHedgeBefore(s, innerEnd, innerStart, rangeAllowed: false, out HedgeKind kind) == innerStart
               && kind is not (HedgeKind.Range or HedgeKind.Exact) ? kind : HedgeKind.Bare;
    }

    /// <summary>
    /// Approximate when "an estimated" (or "the estimated", "an approximate") names the noun whose amount "of" gives: "an estimated
    /// population of 65,000", "an estimated loss of 40 percent", "the estimated death toll of 900". The adjective hedges the
    /// amount as "an estimated 65,000" does; only a determiner before it, one or two words between it and "of".
    /// </summary>
    private static HedgeKind EstimatedNounBefore(ReadOnlySpan<char> s, int start, int numberStart)
    {
        var lead = Characters.WordBefore(s, numberStart, start, out int at);
        if (AmountingVerbs.Contains(lead))
        {
            return EstimatedSubjectBefore(s, start, at);
        }
        if (!lead.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return HedgeKind.Bare;
        }
        for (int nouns = 0; nouns < 2; nouns++)
        {
            var word = Characters.WordBefore(s, at, start, out at);
            if (word.IsEmpty || !char.IsLower(word[0]))
            {
                return HedgeKind.Bare;
            }
            int wordAt = at;
            var adjective = Characters.WordBefore(s, wordAt, start, out int adjectiveAt);
            if ((adjective.Equals("estimated", StringComparison.OrdinalIgnoreCase) || adjective.Equals("approximate", StringComparison.OrdinalIgnoreCase))
                && EstimatedNounDeterminers.Contains(Characters.WordBefore(s, adjectiveAt, start, out _)))
            {
                return HedgeKind.Approximate;
            }
        }
        return HedgeKind.Bare;
    }

    /// <summary>
    /// Approximate when "estimated" (or "approximate") opens the subject whose amount a verb of amounting gives: "Estimated Dovran
    /// casualties numbered 40,000", "the estimated toll was 900". The subject is an estimate, and so is the number its verb
    /// states, as in "an estimated toll of 900". "estimated" at the start of the sentence or after a determiner, one to four
    /// words before the verb (<paramref name="verbStart"/>), no punctuation between.
    /// </summary>
    private static HedgeKind EstimatedSubjectBefore(ReadOnlySpan<char> s, int start, int verbStart)
    {
        int at = verbStart;
        for (int words = 0; words < 4; words++)
        {
            var word = Characters.WordBefore(s, at, start, out int wordAt);
            if (word.IsEmpty || !char.IsLetter(word[^1]))
            {
                return HedgeKind.Bare;
            }
            if (words > 0 && (word.Equals("estimated", StringComparison.OrdinalIgnoreCase) || word.Equals("approximate", StringComparison.OrdinalIgnoreCase)))
            {
                var before = Characters.WordBefore(s, wordAt, start, out _);
                bool opens = before.IsEmpty && (Characters.SkipSpacesBack(s, wordAt, start) is var end && (end == start || s[end - 1] is '.' or '\n' or '"' or '\u201C'));
                return opens || EstimatedNounDeterminers.Contains(before) ? HedgeKind.Approximate : HedgeKind.Bare;
            }
            at = wordAt;
        }
        return HedgeKind.Bare;
    }

    /// <summary>Verbs of amounting whose subject's amount is the number after them: "casualties numbered 40,000", "the toll was 900".</summary>
    private static readonly WordSet AmountingVerbs = new("numbered", "totaled", "totalled", "totaling", "totalling", "was", "were");

    /// <summary>Determiners that make "estimated" an adjective of the noun after it: "an estimated population of".</summary>
    private static readonly WordSet EstimatedNounDeterminers = new("an", "a", "the", "its", "their", "his", "her", "our");
}
