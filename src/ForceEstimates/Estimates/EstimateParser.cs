using System;
using System.Runtime.CompilerServices;

namespace ForceEstimates;

/// <summary>
/// The grammar of a figure as newspapers write it (hedge words, a number or a range, a multiplier, a
/// unit), built on the shared <see cref="Lexicon"/>, <see cref="SpanScanner"/> and
/// <see cref="NumberScanner"/>. It reads spans, allocates nothing until it has succeeded, and never
/// throws on bad input: failure is a code and a position (<see cref="ParseFailure"/>; the messages are
/// in <c>EstimateParser.Messages.cs</c>). The grammar, informally:
/// <code>
/// figure  := increment? hedge? increment? (vague ("of"? unit)? | number unit? (range-separator about? number unit?)?)   (separator: dash, "to", "or" before digits; about: a hedge of "about"'s kind)
///          | number attached-hedge unit?                 ("800+", "800-plus", "1,000-plus km²", "800-odd")
///          | number unit? (attached-hedge | trailing-hedge)   ("40%+", "800 or more", "40% or so", "800 or fewer")
///          | "between" number unit? ("and" | "to" | dash) number unit?
/// number  := digits (group-separator 3 digits)* (decimal-separator digits)? exponent? multiplier? | number-words
///          | digits "-" scale ("-" digits below the scale)?      ("3-million", "36-thousand-500", "74-hundred")
/// unit    := unit-word | "-" unit-word                          ("km²", "a 2,700-kilometre barrier")
/// </code>
/// A figure has one hedge: the hedges after the number are read only when none comes before it ("about 800+" is refused).
/// An increment ("another", "a further", "an additional", "an extra"; once, before or after the hedge: "up to another 2,000",
/// "an additional up to 300") makes the figure the number added, hedged as written.
/// Words are matched case-insensitively and must end at a word boundary; any run of white space
/// (including no-break and thin spaces) separates words. The extractor reads every figure it finds
/// through <see cref="TryScan(ReadOnlySpan{char}, int, NumberConvention, out ScannedFigure, out SoftFailure)"/> too, so a figure reads the same in an article as on its own.
/// </summary>
internal static partial class EstimateParser
{
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
        if (!TryScan(text, 0, NumberConvention.Unknown, out var figure, out _))
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
        int start = 0;
        int end = text.Length;
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
        var span = text.AsSpan(0, end);
        if (!TryScan(span, start, NumberConvention.Unknown, out var figure, out var soft))
        {
            failure = Explained(span, soft.Failure, soft.Position);
            position = soft.Position;
            return false;
        }
        if (figure.End != end)
        {
            // A failed range end or similar beyond the figure explains the leftover text better.
            bool explained = soft.Failure != ParseFailure.None && soft.Position >= figure.End;
            position = explained ? soft.Position : Characters.SkipWhiteSpace(span, figure.End);
            failure = explained ? soft.Failure
                : IsCurrencyWord(span, position) ? ParseFailure.Currency
                : IsBoundOnRange(span, in figure) ? ParseFailure.BoundOnRange
                : ParseFailure.UnexpectedText;
            return false;
        }
        failure = ParseFailure.None;
        position = 0;
        estimate = Build(start == 0 && end == text.Length ? text : null, span, in figure, model);
        return true;
    }

    /// <summary>
    /// A number expected at <paramref name="position"/> and not found, explained where the text says more: money there
    /// (<see cref="ParseFailure.Currency"/>), or a vague amount, which <see cref="TryScan(ReadOnlySpan{char}, int, NumberConvention, out ScannedFigure, out SoftFailure)"/>
    /// reads wherever a number may stand except after a bound, a range or "exactly" (<see cref="ParseFailure.BoundOnVagueAmount"/>).
    /// Only for a whole text that failed: TryScan, which the extractor and <see cref="TryParsePrefix"/> call at every word
    /// start, pays nothing for it.
    /// </summary>
    private static ParseFailure Explained(ReadOnlySpan<char> s, ParseFailure failure, int position)
        => failure != ParseFailure.ExpectedNumber ? failure
            : IsMoneyBefore(s, position) ? ParseFailure.Currency
            : NumberScanner.TryScanVague(s, position, out _, out _, out _, out _) ? ParseFailure.BoundOnVagueAmount
            : IsDecade(s, position) ? ParseFailure.Decade
            : failure;

    /// <summary>The words that place a count in its decade: "the low 2,000s", "the mid-4,000s", "the high thousands".</summary>
    private static readonly string[] DecadeWords = ["low", "mid", "high", "upper", "lower"];

    /// <summary>
    /// Whether a count's decade starts at <paramref name="pos"/>: "in" and "the" or not, a word of <see cref="DecadeWords"/>
    /// (hyphenated or not, "mid- to high" too), then a plural of a round number ("2,000s", "4000s") or of a scale
    /// ("thousands"). Only for a whole text that failed: no reading is given, only the reason (<see cref="ParseFailure.Decade"/>).
    /// </summary>
    private static bool IsDecade(ReadOnlySpan<char> s, int pos)
    {
        int p = pos;
        foreach (string lead in (ReadOnlySpan<string>)["in", "the"])
        {
            int end = SpanScanner.PhraseEnd(s, p, lead);
            if (end > 0)
            {
                p = Characters.SkipWhiteSpace(s, end);
            }
        }
        for (int words = 0; words < 2; words++)
        {
            int end = -1;
            foreach (string word in DecadeWords)
            {
                if ((end = SpanScanner.PhraseEnd(s, p, word)) > 0)
                {
                    break;
                }
            }
            if (end < 0)
            {
                return false;
            }
            p = end < s.Length && Characters.IsWordHyphen(s[end]) ? end + 1 : end;
            p = Characters.SkipWhiteSpace(s, p);
            int to = SpanScanner.PhraseEnd(s, p, "to");
            if (to < 0)
            {
                break;
            }
            p = Characters.SkipWhiteSpace(s, to); // "the mid- to high 2,000s"
        }
        if (p < s.Length && Characters.IsDigit(s[p]))
        {
            int q = p;
            while (q < s.Length && (Characters.IsDigit(s[q]) || (s[q] == ',' && q + 1 < s.Length && Characters.IsDigit(s[q + 1]))))
            {
                q++;
            }
            return q - p >= 2 && s[q - 1] == '0' && q < s.Length && (s[q] == 's' || (Characters.IsApostrophe(s[q]) && q + 1 < s.Length && s[q + 1] == 's'));
        }
        return Lexicon.MatchScale(s, p, plural: true, out _) > 0;
    }

    /// <summary>
    /// Whether a bound's figure ("at least 60", "more than 60,000", "nearly 1,200") is followed by the rest of a range ("-70",
    /// "to 70,000", "or 1,500"): a bound on a range, which <see cref="TryScan(ReadOnlySpan{char}, int, NumberConvention, out ScannedFigure, out SoftFailure)"/>
    /// does not read. Only for a whole text that failed.
    /// </summary>
    private static bool IsBoundOnRange(ReadOnlySpan<char> s, in ScannedFigure figure)
    {
        if (figure.Hedge is not (HedgeKind.JustBelow or HedgeKind.Above or HedgeKind.AtLeast or HedgeKind.AtMost or HedgeKind.Below)
            || figure.TrailingHedgeStart > 0 || figure.Unit == UnitClass.Fraction)
        {
            return false;
        }
        int separatorEnd = ScanRangeSeparator(s, figure.End, between: false);
        return separatorEnd > 0 && NumberScanner.TryScan(s, separatorEnd, NumberConvention.Unknown, out _, out _);
    }

    /// <summary>
    /// Currency symbols before an amount ("$2.5 billion", "£75bn", "€1 billion"): dollar, pound, euro, yen or yuan, hryvnia,
    /// rouble.
    /// </summary>
    private static bool IsCurrencySymbol(char c) => c is '$' or '\u00A3' or '\u20AC' or '\u00A5' or '\u20B4' or '\u20BD';

    /// <summary>Currency names and codes after an amount ("2.5 billion dollars", "500 million euros") or codes before it ("USD 2.5 billion").</summary>
    private static readonly string[] CurrencyWords =
    [
        "dollars", "dollar", "euros", "euro", "hryvnias", "hryvnia", "roubles", "rouble", "rubles", "ruble", "yuan", "yen",
        "usd", "eur", "gbp", "uah", "rub", "cny", "jpy",
    ];

    /// <summary>Whether a currency word of <see cref="CurrencyWords"/> stands at <paramref name="pos"/>.</summary>
    private static bool IsCurrencyWord(ReadOnlySpan<char> s, int pos)
    {
        if (pos >= s.Length || !char.IsAsciiLetter(s[pos]))
        {
            return false;
        }
        foreach (string word in CurrencyWords)
        {
            if (SpanScanner.PhraseEnd(s, pos, word) > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether money starts at <paramref name="pos"/> where a number was expected: a currency symbol ("$2.5 billion", "US$"
    /// too) or a code ("USD 2.5 billion") before digits.
    /// </summary>
    private static bool IsMoneyBefore(ReadOnlySpan<char> s, int pos)
    {
        if (pos >= s.Length)
        {
            return false;
        }
        if (s[pos] is 'U' or 'u' && pos + 2 < s.Length && s[pos + 1] is 'S' or 's' && IsCurrencySymbol(s[pos + 2]))
        {
            pos += 2; // "US$"
        }
        if (IsCurrencySymbol(s[pos]))
        {
            int next = Characters.SkipWhiteSpace(s, pos + 1);
            return next < s.Length && Characters.IsDigit(s[next]);
        }
        if (!IsCurrencyWord(s, pos))
        {
            return false;
        }
        int wordEnd = pos;
        while (wordEnd < s.Length && char.IsAsciiLetter(s[wordEnd]))
        {
            wordEnd++;
        }
        int digit = Characters.SkipWhiteSpace(s, wordEnd);
        return digit > wordEnd && digit < s.Length && Characters.IsDigit(s[digit]);
    }

    /// <summary>The estimate of a figure <see cref="TryScan(ReadOnlySpan{char}, int, NumberConvention, out ScannedFigure, out SoftFailure)"/> read from <paramref name="s"/>; <paramref name="whole"/> is its text when the caller has it as a string already.</summary>
    internal static Estimate Build(string? whole, ReadOnlySpan<char> s, in ScannedFigure f, HedgeModel model)
    {
        string text = whole ?? s[f.Start..f.End].ToString();
        string hedgeText = f.TrailingHedgeStart > 0 ? f.HedgeLiteral ?? s[f.TrailingHedgeStart..f.HedgeEnd].ToString()
            : f.HedgeEnd == f.Start ? string.Empty : f.HedgeLiteral ?? s[(f.Start + f.HedgeSkip)..f.HedgeEnd].ToString();
        string? unit = f.UnitLength == 0 ? (f.Unit == UnitClass.Fraction ? f.UnitLiteral : null) : f.UnitLiteral ?? s.Slice(f.UnitStart, f.UnitLength).ToString();
        var values = f.HasSecond ? new StatedValues(f.First, f.Second) : new StatedValues(f.First);
        var stated = new StatedFigure(text, f.Hedge, hedgeText, values, unit, f.SignificantDigits);
        return Estimate.FromStated(stated, model.InterpretChecked(stated));
    }

    /// <summary>
    /// Reads the longest figure that starts at <paramref name="at"/> (a hedge word or a number). On
    /// success <paramref name="soft"/> may still name a failure beyond the figure (a range end that did
    /// not read), which explains leftover text better than "unexpected text".
    /// </summary>
    internal static bool TryScan(ReadOnlySpan<char> s, int at, NumberConvention convention, out ScannedFigure f, out SoftFailure soft)
        => TryScan(s, at, convention, default, -1, out f, out soft);

    /// <summary>
    /// As <see cref="TryScan(ReadOnlySpan{char}, int, NumberConvention, out ScannedFigure, out SoftFailure)"/>, with the number
    /// at <paramref name="knownAt"/> already read: <paramref name="known"/> is what <see cref="NumberScanner.TryScan"/> read
    /// there, successfully, from the same <paramref name="s"/> by the same <paramref name="convention"/> (the extractor reads
    /// each number before it reads the figure around it, and a figure with a hedge before it is read twice).
    /// </summary>
    internal static bool TryScan(ReadOnlySpan<char> s, int at, NumberConvention convention, in ScannedNumber known, int knownAt, out ScannedFigure f, out SoftFailure soft)
    {
        f = default;
        f.Start = at;
        f.HedgeEnd = at;
        soft = default;
        int pos = at;
        var hedge = HedgeKind.Bare;
        int hedgeAt = at;
        int afterHedge = Lexicon.MatchHedge(s, at, out var phrase);
        if (afterHedge < 0 && at < s.Length && (s[at] | 0x20) == 'a' && ScanIncrement(s, at) is var incremented and > 0)
        {
            // "another 500", "an additional up to 300": the number added, with the hedge after the words its hedge.
            pos = hedgeAt = incremented;
            afterHedge = Lexicon.MatchHedge(s, hedgeAt, out phrase);
        }
        if (afterHedge > 0)
        {
            int next = Characters.SkipWhiteSpace(s, afterHedge);
            if (next > afterHedge)
            {
                hedge = phrase.Kind;
                f.HedgeSkip = hedgeAt - at;
                f.HedgeEnd = afterHedge;
                f.HedgeLiteral = s[hedgeAt..afterHedge].SequenceEqual(phrase.Phrase) ? phrase.Phrase : null;
                pos = next;
                // A second hedge is a word ("up to around 270"); most figures have their number here.
                if (next < s.Length && char.IsAsciiLetter(s[next]) && ScanSecondHedge(s, ref f, in phrase, ref hedge) is var secondNext and > 0)
                {
                    pos = secondNext;
                }
                // "up to another 2,000", "around another 255": the hedge is the added number's.
                if (hedgeAt == at && hedge != HedgeKind.Range && pos < s.Length && (s[pos] | 0x20) == 'a' && ScanIncrement(s, pos) is var afterIncrement and > 0)
                {
                    pos = afterIncrement;
                }
            }
            else if (afterHedge == s.Length)
            {
                soft = new SoftFailure(ParseFailure.ExpectedNumber, afterHedge);
                return false;
            }
        }
        else if (at < s.Length && HedgeSign(s[at], out var signKind) is { } sign)
        {
            // "~800", "≈ 800", ">50%", "≤ 800": the signs for "about" and the bounds, written against the number or before it.
            int next = Characters.SkipWhiteSpace(s, at + 1);
            if (next == s.Length)
            {
                soft = new SoftFailure(ParseFailure.ExpectedNumber, next);
                return false;
            }
            hedge = signKind;
            f.HedgeEnd = at + 1;
            f.HedgeLiteral = sign;
            pos = next;
        }

        if (hedge is HedgeKind.Bare or HedgeKind.Approximate && NumberScanner.TryScanVague(s, pos, out double low, out double high, out int vagueEnd, out bool barePlural))
        {
            // "thousands of" is taken only when nothing follows, so that "thousands of troops" reads "thousands".
            int ofEnd = SpanScanner.PhraseEndAfterSpace(s, vagueEnd, "of");
            int figureEnd = vagueEnd;
            if (ofEnd > 0 && Characters.SkipWhiteSpace(s, ofEnd) == s.Length)
            {
                vagueEnd = figureEnd = ofEnd;
            }
            else if (vagueEnd < s.Length && ScanVagueUnit(s, vagueEnd, ofEnd, barePlural, ref f) is var unitEnd and > 0)
            {
                // "several hundred square miles", "hundreds of square kilometres": an amount of the unit, so no lone plural.
                figureEnd = unitEnd;
                barePlural = false;
            }
            f.Hedge = HedgeKind.Vague;
            f.HedgeEnd = vagueEnd;
            f.HedgeLiteral = null;
            f.NumberStart = pos;
            f.First = low;
            f.Second = high;
            f.HasSecond = true;
            f.SignificantDigits = 1;
            f.BarePlural = barePlural;
            f.InWords = true;
            f.End = figureEnd;
            return true;
        }

        bool between = hedge == HedgeKind.Range;
        ScannedNumber first;
        if (pos == knownAt)
        {
            first = known; // what TryNumber reads there, with no failure to report
        }
        else if (!TryNumber(s, pos, convention, out first, out soft))
        {
            return false;
        }
        f.NumberStart = pos;
        f.InWords = first.InWords;
        if (first.IsFraction)
        {
            // "half", "nearly two-thirds": a share with no unit written; no range, so "between half" is no figure (a range
            // needs its second number, which a fraction does not take).
            if (between)
            {
                soft = new SoftFailure(ParseFailure.ExpectedRangeEnd, Characters.SkipWhiteSpace(s, first.End));
                return false;
            }
            f.Hedge = hedge;
            f.First = first.Value;
            f.SignificantDigits = 1;
            f.Unit = UnitClass.Fraction;
            f.UnitLiteral = Unit.Fraction.Symbol;
            f.UnitStart = first.End;
            f.End = first.End;
            return true;
        }
        // "800+", "800-plus", "800-odd": a hedge against the number, before its unit ("1,000-plus km²"); no range follows.
        int attachedEnd = hedge != HedgeKind.Range && first.End < s.Length && Lexicon.MayStartAttachedHedge(s[first.End])
            ? ScanAttachedHedge(s, first.End, hedge, ref f)
            : -1;
        if (attachedEnd > 0)
        {
            hedge = f.Hedge;
        }
        int afterFirst = ScanUnit(s, attachedEnd > 0 ? attachedEnd : first.End, out var firstUnit);

        if (between || (attachedEnd < 0 && hedge is HedgeKind.Bare or HedgeKind.Approximate))
        {
            int separatorEnd = ScanRangeSeparator(s, afterFirst, between);
            if (separatorEnd > 0 && separatorEnd < s.Length && char.IsAsciiLetter(s[separatorEnd]))
            {
                separatorEnd = SkipApproximateHedge(s, separatorEnd); // "1,000 to about 1,200"
            }
            if (separatorEnd > 0)
            {
                if (TryNumber(s, separatorEnd, convention, out var second, out var secondSoft))
                {
                    if (TryRangeValues(in first, in second, out double firstValue, out double secondValue))
                    {
                        int end = ScanUnit(s, second.End, out var secondUnit);
                        if (firstUnit.Length > 0 && secondUnit.Length > 0 && firstUnit.Word.Unit != secondUnit.Word.Unit)
                        {
                            // "between 10 sq mi and 20 km²": no one unit for both ends.
                            soft = new SoftFailure(ParseFailure.MixedUnits, secondUnit.Start);
                        }
                        else
                        {
                            f.SetRange(s, secondUnit.Length > 0 ? secondUnit : firstUnit, firstValue, secondValue,
                                Math.Min(first.SignificantDigits, second.SignificantDigits), end);
                            return true;
                        }
                    }
                    else
                    {
                        soft = new SoftFailure(ParseFailure.InvertedRange, separatorEnd);
                    }
                }
                else
                {
                    soft = secondSoft.Failure == ParseFailure.ExpectedNumber ? new SoftFailure(ParseFailure.ExpectedRangeEnd, separatorEnd) : secondSoft;
                }
            }
            else if (between)
            {
                soft = new SoftFailure(ParseFailure.ExpectedRangeEnd, Characters.SkipWhiteSpace(s, afterFirst));
            }
            if (between)
            {
                return false;
            }
        }

        int marginStart = attachedEnd < 0 && hedge is HedgeKind.Bare or HedgeKind.Approximate && afterFirst < s.Length ? Lexicon.MarginStart(s, afterFirst) : -1;
        int marginEnd = marginStart >= 0 ? ScanMargin(s, afterFirst, marginStart, convention, in first, in firstUnit, hedge, ref f, ref soft) : -1;
        if (marginEnd > 0)
        {
            if (f.Hedge == HedgeKind.Range)
            {
                return true;
            }
            hedge = f.Hedge; // "60,000, give or take": about 60,000
            afterFirst = marginEnd;
        }
        else if (marginEnd == -1 && attachedEnd < 0 && afterFirst < s.Length && ScanTrailingHedge(s, afterFirst, firstUnit.Length > 0, hedge, ref f) is var trailingEnd and > 0)
        {
            hedge = f.Hedge;
            afterFirst = trailingEnd;
            soft = default;
        }
        else if (attachedEnd < 0 && hedge is HedgeKind.AtLeast or HedgeKind.Above && afterFirst < s.Length
                 && ScanUpperBound(s, afterFirst, convention, in first, in firstUnit, ref f))
        {
            soft = default;
            return true;
        }
        if (first.Value == 0 && hedge is HedgeKind.Above or HedgeKind.AtLeast)
        {
            soft = new SoftFailure(ParseFailure.ZeroLowerBound, pos);
            return false;
        }
        f.SetUnit(s, firstUnit);
        f.Hedge = hedge;
        f.First = first.Value;
        f.SignificantDigits = first.SignificantDigits;
        f.End = afterFirst;
        return true;
    }

    /// <summary>
    /// The unit of a vague amount ending at <paramref name="pos"/>: written after it ("several hundred square miles", "a few
    /// thousand km²"; not after a lone plural) or after "of" (<paramref name="ofEnd"/>, the end of an "of" after it, or -1:
    /// "hundreds of square kilometres", "tens of thousands of square kilometres"). Sets the figure's unit and returns its
    /// end, or -1 (the figure untouched).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScanVagueUnit(ReadOnlySpan<char> s, int pos, int ofEnd, bool barePlural, ref ScannedFigure f)
    {
        ScannedUnit unit = default;
        int end = barePlural ? pos : ScanUnit(s, pos, out unit);
        if (end == pos)
        {
            if (ofEnd < 0)
            {
                return -1;
            }
            end = ScanUnit(s, ofEnd, out unit);
            if (end == ofEnd)
            {
                return -1;
            }
        }
        if (unit.Word.Unit == UnitClass.Fraction)
        {
            return -1;
        }
        f.SetUnit(s, unit);
        return end;
    }

    // The two scans below are kept out of TryScan (not inlined), so that the hedge word they read is no local of
    // TryScan, which every word start of an article goes through.

    /// <summary>
    /// A second (and third) hedge after the one before the number ("up to around 270", "perhaps more than 2,000"), when they make one
    /// (<see cref="Lexicon.Stack"/>): extends the figure's hedge words to it, sets <paramref name="hedge"/> to the kind of the
    /// two and returns where the number would start, or -1.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScanSecondHedge(ReadOnlySpan<char> s, ref ScannedFigure f, in HedgeWord first, ref HedgeKind hedge)
    {
        var previous = first;
        int found = -1;
        for (int count = 1; count < Lexicon.MaxHedgesBefore; count++)
        {
            int end = Lexicon.MatchSecondHedge(s, f.HedgeEnd, in previous, hedge, out var next, out var kind);
            if (end < 0)
            {
                break;
            }
            hedge = kind;
            previous = next;
            f.HedgeEnd = end;
            f.HedgeLiteral = null;
            found = Characters.SkipWhiteSpace(s, end);
        }
        return found;
    }

    /// <summary>
    /// "+", "-plus" or "-odd" against the number ending at <paramref name="pos"/>, when it makes one hedge with the one before the
    /// number (<paramref name="before"/>, <see cref="HedgeKind.Bare"/> when none; <see cref="Lexicon.Stack"/>): sets the figure's
    /// trailing hedge and <see cref="ScannedFigure.Hedge"/>; returns its end, or -1.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScanAttachedHedge(ReadOnlySpan<char> s, int pos, HedgeKind before, ref ScannedFigure f)
    {
        int end = Lexicon.MatchAttachedHedge(s, pos, out var hedge, out int start);
        if (end > 0 && Combined(before, hedge.Kind) is var kind and not HedgeKind.Bare)
        {
            f.Hedge = kind;
            f.SetTrailingHedge(s, start, end, hedge.Phrase);
            return end;
        }
        return -1;
    }

    /// <summary>
    /// A hedge of <see cref="HedgeKind.Approximate"/> ("about", "around", "some", ...) and white space at <paramref name="pos"/>,
    /// the start of a range's second number: where the number would start, or <paramref name="pos"/>. "1,000 to about 1,200" is
    /// the range, as "about 1,000 to 1,200" and "between about 800 and 1,000" are ("about" beside a range adds nothing to it).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SkipApproximateHedge(ReadOnlySpan<char> s, int pos)
    {
        int end = Lexicon.MatchHedge(s, pos, out var hedge);
        int next = end > 0 && hedge.Kind == HedgeKind.Approximate ? Characters.SkipWhiteSpace(s, end) : -1;
        return next > end && next < s.Length && char.IsAsciiDigit(s[next]) ? next : pos;
    }

    /// <summary>
    /// The increment words of <see cref="Lexicon.Increments"/> at <paramref name="pos"/> ("another", "a further", "an
    /// additional", "an extra") and the white space after them: where the number (or a hedge) would start, or -1.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScanIncrement(ReadOnlySpan<char> s, int pos)
    {
        int end = Lexicon.MatchIncrement(s, pos);
        int next = end > 0 ? Characters.SkipWhiteSpace(s, end) : -1;
        return next > end ? next : -1;
    }

    // The kind of a hedge after the number with the one before it (Bare when there is none): the two make one, or none.
    private static HedgeKind Combined(HedgeKind before, HedgeKind after) => before == HedgeKind.Bare ? after : Lexicon.Stack(before, after);

    /// <summary>
    /// A hedge after a number and its unit ending at <paramref name="pos"/>: "+" or "-plus" against a unit
    /// (<paramref name="afterUnit"/>: "40%+"), else a phrase such as "or more", when it makes one hedge with the one before
    /// the number (<paramref name="before"/>). Sets the figure's trailing hedge and <see cref="ScannedFigure.Hedge"/>; returns
    /// its end, or -1.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScanTrailingHedge(ReadOnlySpan<char> s, int pos, bool afterUnit, HedgeKind before, ref ScannedFigure f)
    {
        if (afterUnit && Lexicon.MayStartAttachedHedge(s[pos]) && ScanAttachedHedge(s, pos, before, ref f) is var attached and > 0)
        {
            return attached;
        }
        int end = Lexicon.MatchTrailingHedge(s, pos, out var hedge, out int start);
        var kind = end < 0 ? HedgeKind.Bare : Combined(before, hedge.Kind);
        if (kind == HedgeKind.Bare || SpanScanner.PhraseEndAfterSpace(s, end, "than") > 0)
        {
            return -1; // "40 or fewer than 200": the comparative opens the next number's bound, not this one's
        }
        f.Hedge = kind;
        f.SetTrailingHedge(s, start, end, hedge.Phrase);
        return end;
    }

    /// <summary>
    /// A stated margin after the first number and its unit ending at <paramref name="pos"/>, starting at <paramref name="start"/>
    /// (<see cref="Lexicon.MarginStart"/>), with a comma before it or not:
    /// "±", "+/-", "plus or minus" or "give or take", then the margin M, a number in the first's unit (written again or not;
    /// percentage points after a percentage). N ± M is the range N − M to N + M ("60,000 ± 5,000" as "55,000-65,000"; "40% ± 5%"
    /// as 35-45%, the margin in points); a margin in per cent after a number of another unit is relative to it ("60,000 ± 10%"
    /// as 54,000-66,000). A margin as large as N makes the range start at zero, a larger one is refused as negative. "plus or minus" and "give or take" with no number after them are
    /// "about" ("60,000, give or take", as "60,000 or so"). Only after a bare number or "about" (<paramref name="before"/>): a
    /// margin after a bound is no range. Sets the figure (a <see cref="HedgeKind.Range"/> ending after the margin, or the
    /// trailing hedge) and returns its end; -1, with the figure untouched, when there is no margin; -2 when there is one that
    /// is not read (<paramref name="soft"/> says why when it can: a margin larger than N, or in another unit).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScanMargin(ReadOnlySpan<char> s, int pos, int start, NumberConvention convention, in ScannedNumber first, in ScannedUnit firstUnit,
        HedgeKind before, ref ScannedFigure f, ref SoftFailure soft)
    {
        int end = Lexicon.MatchMargin(s, start, out string phrase, out bool words);
        if (end < 0 || (words && start == pos))
        {
            return -1; // the words of a margin come after white space or a comma
        }
        int q = Characters.SkipWhiteSpace(s, end);
        if (!NumberScanner.TryScan(s, q, convention, out var margin, out _) || margin.IsFraction)
        {
            if (!words || (q < s.Length && Characters.IsDigit(s[q])))
            {
                return -2;
            }
            f.Hedge = Combined(before, HedgeKind.Approximate);
            f.SetTrailingHedge(s, start, end, phrase);
            return end;
        }
        int marginEnd = ScanUnit(s, margin.End, out var marginUnit);
        var unit = firstUnit.Length > 0 ? firstUnit.Word.Unit : UnitClass.None;
        double width = margin.Value;
        if (marginUnit.Length > 0 && marginUnit.Word.Unit != unit)
        {
            if (marginUnit.Word.Unit == UnitClass.Percent && unit != UnitClass.Percent)
            {
                width = first.Value * margin.Value / 100; // "60,000 ± 10%": a margin relative to the number
            }
            else if (!(marginUnit.Word.Unit == UnitClass.PercentagePoint && unit == UnitClass.Percent))
            {
                soft = new SoftFailure(ParseFailure.MixedUnits, marginUnit.Start);
                return -2;
            }
        }
        if (width > first.Value)
        {
            soft = new SoftFailure(ParseFailure.Negative, q);
            return -2;
        }
        f.SetRange(s, firstUnit, first.Value - width, first.Value + width, Math.Min(first.SignificantDigits, margin.SignificantDigits), marginEnd);
        f.SetTrailingHedge(s, start, end, phrase);
        return marginEnd;
    }

    /// <summary>
    /// An upper bound after a lower one, read together as a range: "at least 13 and as many as 46", "at least 800, possibly
    /// 1,000", "more than 200, and perhaps up to 300". After the first number and its unit at <paramref name="pos"/>: a comma
    /// or "and" (or "but", or both), then "possibly", "perhaps" or "maybe" (with "even" or not) and/or a hedge of <see cref="HedgeKind.AtMost"/>
    /// ("as many as", "up to"), then a number above the first in the same unit (or none). Sets the figure as a
    /// <see cref="HedgeKind.Range"/> ending after it and returns true; false (the figure untouched) otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ScanUpperBound(ReadOnlySpan<char> s, int pos, NumberConvention convention, in ScannedNumber first, in ScannedUnit firstUnit, ref ScannedFigure f)
    {
        int p = Characters.SkipWhiteSpace(s, pos);
        bool joined = false;
        if (p < s.Length && s[p] == ',')
        {
            p = Characters.SkipWhiteSpace(s, p + 1);
            joined = true;
        }
        else if (p == pos)
        {
            return false;
        }
        if (!SkipWordAndSpace(s, ref p, "and") && !SkipWordAndSpace(s, ref p, "but") && !joined)
        {
            return false;
        }
        bool bounded = SkipWordAndSpace(s, ref p, "possibly") || SkipWordAndSpace(s, ref p, "perhaps") || SkipWordAndSpace(s, ref p, "maybe");
        if (bounded)
        {
            SkipWordAndSpace(s, ref p, "even"); // "at least 50,000, maybe even 60,000"
        }
        int hedgeEnd = Lexicon.MatchHedge(s, p, out var hedge);
        if (hedgeEnd > 0 && hedge.Kind == HedgeKind.AtMost)
        {
            int next = Characters.SkipWhiteSpace(s, hedgeEnd);
            if (next == hedgeEnd)
            {
                return false;
            }
            p = next;
            bounded = true;
        }
        if (!bounded || !NumberScanner.TryScan(s, p, convention, out var second, out _) || second.IsFraction
            || !TryRangeValues(in first, in second, out double low, out double high) || high <= low)
        {
            return false;
        }
        int end = ScanUnit(s, second.End, out var secondUnit);
        if (firstUnit.Length > 0 && secondUnit.Length > 0 && firstUnit.Word.Unit != secondUnit.Word.Unit)
        {
            return false;
        }
        f.SetRange(s, secondUnit.Length > 0 ? secondUnit : firstUnit, low, high, Math.Min(first.SignificantDigits, second.SignificantDigits), end);
        return true;
    }

    // The word at p followed by white space: moves p past both and returns true; else leaves p.
    private static bool SkipWordAndSpace(ReadOnlySpan<char> s, ref int p, string word)
    {
        int end = SpanScanner.PhraseEnd(s, p, word);
        int next = end > 0 ? Characters.SkipWhiteSpace(s, end) : -1;
        if (next <= end)
        {
            return false;
        }
        p = next;
        return true;
    }

    /// <summary>
    /// The values of a range. A multiplier written only on the second number applies to both ("10-12
    /// thousand"), unless the first number stands on its own, an order of magnitude above the second's
    /// digits ("500 to 2 million"); otherwise the range is inverted ("5–3 thousand", "3-2 million").
    /// </summary>
    private static bool TryRangeValues(in ScannedNumber first, in ScannedNumber second, out double firstValue, out double secondValue)
    {
        firstValue = first.Value;
        secondValue = second.Value;
        if (first.MultiplierExponent == 0 && second.MultiplierExponent == 0 && !first.HasDecimals && !first.Grouped && first.Value is >= 1 and < 1000
            && second.Grouped && secondValue >= 1000 && secondValue % 1000 == 0 && first.Value * 1000 < secondValue && first.Value * 1000 * 2 >= secondValue)
        {
            firstValue = first.Value * 1000; // "around 11 to 12,000": the thousands are written once
        }
        else if (first.MultiplierExponent == 0 && second.MultiplierExponent != 0)
        {
            double factor = NumberScanner.Pow10(second.MultiplierExponent);
            double scaled = firstValue * factor;
            if (scaled <= secondValue)
            {
                firstValue = scaled;
            }
            else if (firstValue < 10 * (secondValue / factor))
            {
                return false;
            }
        }
        return secondValue >= firstValue;
    }

    // A number at pos, with the reason when there is none.
    private static bool TryNumber(ReadOnlySpan<char> s, int pos, NumberConvention convention, out ScannedNumber number, out SoftFailure soft)
    {
        if (NumberScanner.TryScan(s, pos, convention, out number, out var problem))
        {
            soft = default;
            return true;
        }
        soft = problem switch
        {
            NumberProblem.Ambiguous => new SoftFailure(ParseFailure.AmbiguousSeparator, number.End),
            NumberProblem.OutOfRange => new SoftFailure(ParseFailure.OutOfRange, pos),
            _ when pos + 1 < s.Length && Characters.IsMinus(s[pos]) && Characters.IsDigit(s[pos + 1]) => new SoftFailure(ParseFailure.Negative, pos),
            _ => new SoftFailure(ParseFailure.ExpectedNumber, pos),
        };
        return false;
    }

    // The unit after a number ending at pos: the position after it (pos when there is none). A unit joined to the number by a
    // hyphen is an adjective of a length or an area ("a 2,700-kilometre barrier", "a 300-km front", "a 40-percent share"): the
    // figure is still that many of the unit.
    private static int ScanUnit(ReadOnlySpan<char> s, int pos, out ScannedUnit unit)
    {
        unit = default;
        int start = Characters.SkipWhiteSpace(s, pos);
        UnitWord word;
        int end;
        if (start == pos && pos + 1 < s.Length && Characters.IsWordHyphen(s[pos]) && char.IsAsciiLetter(s[pos + 1]))
        {
            start = pos + 1;
            end = Lexicon.MatchUnit(s, start, attached: false, out word);
            if (word.Unit == UnitClass.Fraction)
            {
                end = -1; // "two-fraction" is no unit
            }
        }
        else
        {
            end = Lexicon.MatchUnit(s, start, attached: start == pos, out word);
        }
        if (end < 0 || IsModelNameAt(s, start, end))
        {
            return pos;
        }
        unit = new ScannedUnit(start, end - start, word);
        return end;
    }

    // Whether the short "mi" at start..end begins a model's name: a dash and a digit right after it ("12 Mi-24 helicopters",
    // "four Mi-171s"), or a capitalised "Mi" before a space and a digit ("ten Mi 8 transports"): the Mil bureau's initials and a
    // model number, the count being of the machines, not a length in miles.
    private static bool IsModelNameAt(ReadOnlySpan<char> s, int start, int end)
    {
        if (end - start != 2 || Characters.Lower(s[start]) != 'm' || Characters.Lower(s[start + 1]) != 'i' || end + 1 >= s.Length)
        {
            return false; // only the short "mi": "40%-45%" and "5 km-10 km" stay ranges of their unit
        }
        return (Characters.IsDash(s[end]) && Characters.IsDigit(s[end + 1])) || (s[start] == 'M' && s[end] == ' ' && Characters.IsDigit(s[end + 1]));
    }

    /// <summary>
    /// The position where the second number of a range would start after <paramref name="pos"/> (a dash, or "to"; "and"
    /// too after "between"; "or" when digits follow it, two figures given as alternatives, "20,000 or 30,000", read as
    /// the range between them), or 0.
    /// </summary>
    internal static int ScanRangeSeparator(ReadOnlySpan<char> s, int pos, bool between)
    {
        int p = Characters.SkipWhiteSpace(s, pos);
        if (p >= s.Length)
        {
            return 0;
        }
        if (Characters.IsRangeDash(s[p]))
        {
            return Characters.SkipWhiteSpace(s, p + 1);
        }
        if (p == pos)
        {
            return 0;
        }
        int end = SpanScanner.PhraseEnd(s, p, "to");
        if (end < 0 && between)
        {
            end = SpanScanner.PhraseEnd(s, p, "and");
        }
        bool alternative = false;
        if (end < 0 && !between)
        {
            end = SpanScanner.PhraseEnd(s, p, "or");
            alternative = true;
        }
        if (end < 0)
        {
            return 0;
        }
        int next = Characters.SkipWhiteSpace(s, end);
        return next > end && (!alternative || (next < s.Length && char.IsAsciiDigit(s[next]))) ? next : 0;
    }

    /// <summary>
    /// The hedge text of a sign before a number, or null: "about" (tilde, almost-equal, tilde operator), "over" ("&gt;"),
    /// "under" ("&lt;"), "at least" (greater-than or equal, "≥", "⩾") or "at most" ("≤", "⩽"); <paramref name="kind"/> is its kind.
    /// </summary>
    private static string? HedgeSign(char c, out HedgeKind kind)
    {
        (kind, string? sign) = c switch
        {
            '~' => (HedgeKind.Approximate, "~"),
            '\u2248' => (HedgeKind.Approximate, "\u2248"),
            '\u223C' => (HedgeKind.Approximate, "\u223C"),
            '>' => (HedgeKind.Above, ">"),
            '<' => (HedgeKind.Below, "<"),
            '\u2265' => (HedgeKind.AtLeast, "\u2265"),
            '\u2A7E' => (HedgeKind.AtLeast, "\u2A7E"),
            '\u2264' => (HedgeKind.AtMost, "\u2264"),
            '\u2A7D' => (HedgeKind.AtMost, "\u2A7D"),
            _ => (HedgeKind.Bare, null),
        };
        return sign;
    }

    /// <summary>Every hedge phrase the parser knows, lower case, with its kind.</summary>
    internal static System.Collections.Generic.IEnumerable<(string Phrase, HedgeKind Kind)> HedgePhrases
    {
        get
        {
            foreach (var hedge in Lexicon.Hedges)
            {
                yield return (hedge.Phrase, hedge.Kind);
            }
        }
    }
}

/// <summary>A unit read after a number: where it is and which spelling.</summary>
internal readonly record struct ScannedUnit(int Start, int Length, UnitWord Word);

/// <summary>A figure read by <see cref="EstimateParser.TryScan(ReadOnlySpan{char}, int, NumberConvention, out ScannedFigure, out SoftFailure)"/>; positions are indices of the span it read.</summary>
internal struct ScannedFigure
{
    /// <summary>Where the figure starts: its hedge words, or its number.</summary>
    internal int Start;

    /// <summary>
    /// The end of the hedge words (<see cref="Start"/> when there are none; the whole phrase of a vague amount); of the
    /// hedge written after the number when <see cref="TrailingHedgeStart"/> is set.
    /// </summary>
    internal int HedgeEnd;

    /// <summary>
    /// Where the hedge written after the number starts ("+" in "800+", "plus" in "800-plus", "or more"), or 0 when the
    /// hedge (if any) comes before it (a hedge after a number never starts at 0). It ends at <see cref="HedgeEnd"/>: a
    /// figure has one hedge, so the field is free, and the figure stays the size it was (the extractor keeps many).
    /// </summary>
    internal int TrailingHedgeStart;

    /// <summary>
    /// How far after <see cref="Start"/> the hedge words before the number start: 0, or the length of the increment words
    /// and white space before them ("an additional up to 300": the hedge is "up to").
    /// </summary>
    internal int HedgeSkip;

    internal string? HedgeLiteral;
    internal HedgeKind Hedge;
    internal int NumberStart;
    internal double First;
    internal double Second;
    internal bool HasSecond;
    internal int SignificantDigits;
    internal int UnitStart;
    internal int UnitLength;
    internal UnitClass Unit;
    internal string? UnitLiteral;
    internal int End;

    /// <summary>A vague amount that is a lone plural ("hundreds"): an amount only before "of".</summary>
    internal bool BarePlural;

    /// <summary>The (first) number is written in words ("eleven thousand") or is a vague amount.</summary>
    internal bool InWords;

    internal void SetTrailingHedge(ReadOnlySpan<char> s, int start, int end, string phrase)
    {
        TrailingHedgeStart = start;
        HedgeEnd = end;
        HedgeLiteral = s[start..end].SequenceEqual(phrase) ? phrase : null;
    }

    /// <summary>Makes the figure the range <paramref name="first"/>–<paramref name="second"/> in <paramref name="unit"/>, ending at <paramref name="end"/>.</summary>
    internal void SetRange(ReadOnlySpan<char> s, ScannedUnit unit, double first, double second, int significantDigits, int end)
    {
        SetUnit(s, unit);
        Hedge = HedgeKind.Range;
        First = first;
        Second = second;
        HasSecond = true;
        SignificantDigits = significantDigits;
        End = end;
    }

    internal void SetUnit(ReadOnlySpan<char> s, ScannedUnit unit)
    {
        UnitStart = unit.Start;
        UnitLength = unit.Length;
        Unit = unit.Length == 0 ? UnitClass.None : unit.Word.Unit;
        UnitLiteral = unit.Length > 0 && s.Slice(unit.Start, unit.Length).SequenceEqual(unit.Word.Phrase) ? unit.Word.Phrase : null;
    }
}
