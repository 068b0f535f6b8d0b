using System;

namespace ForceEstimates;

/// <summary>
/// Character classes as news text uses them: non-breaking and thin spaces count as spaces, every
/// dash and both kinds of quote are recognised, and the characters that group digits are named
/// once. All members look at one character or a bounded window, so the scanners built on them
/// (the Estimates parser, the extractor) do bounded work per character.
/// </summary>
internal static class Characters
{
    /// <summary>A space inside a line (never a line break).</summary>
    internal static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';

    /// <summary>A character that ends a line (and so a paragraph).</summary>
    internal static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';

    /// <summary>Any white space, line breaks included (what may separate the words of a figure).</summary>
    internal static bool IsWhiteSpace(char c) => c == ' ' || (c < 128 ? c is >= '\t' and <= '\r' : char.IsWhiteSpace(c));

    /// <summary>
    /// A character that groups digits in threes apart from the comma and the period: a space, a
    /// no-break space, a figure space (U+2007), a thin space (U+2009) or a narrow no-break space (U+202F).
    /// </summary>
    internal static bool IsGroupSpace(char c) => c == ' ' || c == '\u00A0' || c == '\u2007' || c == '\u2009' || c == '\u202F';

    internal static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>Whether the text holds a letter or a digit: what a source's name needs (<see cref="Source.Of"/>), as against marks only ("''").</summary>
    internal static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Lower case, with a fast path for ASCII (most of the text).</summary>
    internal static char Lower(char c) => c < 128 ? (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);

    internal static bool IsLetter(char c) => char.IsLetter(c);

    /// <summary>A character that continues a word (letters, digits, ², ³, _): a word matched in the text must not be followed by one.</summary>
    internal static bool IsWordPart(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '_' : char.IsLetterOrDigit(c) || c is '²' or '³';

    /// <summary>Hyphen, non-breaking hyphen, minus, en and em dashes.</summary>
    internal static bool IsDash(char c) => c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212';

    /// <summary>
    /// A hyphen that joins the parts of a word or a number written with words ("twenty-five", "15-thousand", "800-plus",
    /// "a half-dozen"): the hyphen-minus, the hyphen (U+2010) or the non-breaking hyphen (U+2011). Not the other dashes: an en
    /// dash or a figure dash joins the ends of a range, and a minus sign is no hyphen.
    /// </summary>
    internal static bool IsWordHyphen(char c) => c == '-' || c == '\u2010' || c == '\u2011';

    /// <summary>The index of the first <see cref="IsWordHyphen"/> in <paramref name="word"/> ("year-old": 4), -1 when there is none.</summary>
    internal static int IndexOfWordHyphen(ReadOnlySpan<char> word) => word.IndexOfAny('-', '\u2010', '\u2011');

    /// <summary>The dashes that join the two ends of a range ("10,000–12,000"): hyphen, hyphen (U+2010), figure dash, en dash.</summary>
    internal static bool IsRangeDash(char c) => c == '-' || c == '\u2010' || c == '\u2012' || c == '\u2013';

    /// <summary>A minus sign written before a number: hyphen-minus or the minus sign U+2212.</summary>
    internal static bool IsMinus(char c) => c == '-' || c == '\u2212';

    internal static bool IsApostrophe(char c) => c == '\'' || c == '\u2019' || c == '\u02BC';

    /// <summary>
    /// A letter, or an apostrophe or hyphen joining letters ("Ukraine's", "pro-Kremlin"): the hyphens are those of
    /// <see cref="IsWordHyphen"/>. The extractor's word map classes the same characters, and the two must agree.
    /// </summary>
    internal static bool IsWordChar(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }
        return (IsApostrophe(c) || IsWordHyphen(c))
               && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
    }

    /// <summary>A straight or curly double quote, or a guillemet.</summary>
    internal static bool IsDoubleQuote(char c) => c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';

    /// <summary>
    /// Where a line's words start after its spaces and a list bullet ("- ", "• ", "* ", "– ", "— "), no further than
    /// <paramref name="limit"/>; a dash with no space after it is a sign or a word's, not a bullet ("-400").
    /// </summary>
    internal static int SkipBullet(ReadOnlySpan<char> text, int start, int limit)
    {
        int at = SkipSpaces(text, start, limit);
        if (at + 1 < limit && text[at] is '-' or '\u2022' or '*' or '\u2013' or '\u2014' && IsSpace(text[at + 1]))
        {
            at = SkipSpaces(text, at + 1, limit);
        }
        return at;
    }

    /// <summary>
    /// Where the line holding <paramref name="at"/> starts (just after a line break, or 0) when that is no more than
    /// <paramref name="reach"/> characters before it; -1 when the line starts further back (a long line, prose, no box's row).
    /// </summary>
    internal static int LineStart(ReadOnlySpan<char> text, int at, int reach)
    {
        int limit = Math.Max(0, at - reach), i = at;
        while (i > limit && !IsLineBreak(text[i - 1]))
        {
            i--;
        }
        return i == 0 || IsLineBreak(text[i - 1]) ? i : -1;
    }

    /// <summary>Skips spaces (not line breaks) forward from <paramref name="i"/>, but no further than <paramref name="limit"/>.</summary>
    internal static int SkipSpaces(ReadOnlySpan<char> text, int i, int limit)
    {
        while (i < limit && IsSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>Skips spaces backward: returns the index just after the last non-space before <paramref name="end"/>, not below <paramref name="limit"/>.</summary>
    internal static int SkipSpacesBack(ReadOnlySpan<char> text, int end, int limit)
    {
        while (end > limit && IsSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    /// <summary>Skips white space, line breaks included, forward from <paramref name="i"/> to the end of <paramref name="text"/>.</summary>
    internal static int SkipWhiteSpace(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>The end of the word starting at <paramref name="start"/> (letters, digits, inner apostrophes and hyphens).</summary>
    internal static int WordEnd(ReadOnlySpan<char> text, int start, int limit)
    {
        int i = start;
        while (i < limit && IsWordChar(text, i))
        {
            i++;
        }
        return i;
    }

    /// <summary>Whether <paramref name="word"/> occurs in <paramref name="span"/> as a whole word: no letter right before or after it.</summary>
    internal static bool ContainsWord(ReadOnlySpan<char> span, ReadOnlySpan<char> word)
    {
        for (int at = span.IndexOf(word, StringComparison.Ordinal); at >= 0;)
        {
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetter(span[at - 1])) && (end == span.Length || !char.IsLetter(span[end])))
            {
                return true;
            }
            int next = span[(at + 1)..].IndexOf(word, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /// <summary>
    /// The word right before <paramref name="at"/>, spaces skipped, not below <paramref name="limit"/> (empty when a character
    /// other than a space comes first), its start in <paramref name="start"/>: "crossed" before " the", "the" before " 2 million".
    /// </summary>
    internal static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int at, int limit, out int start)
    {
        int end = SkipSpacesBack(text, at, limit);
        start = WordStart(text, end, limit);
        return text[start..end];
    }

    /// <summary>The start of the word ending just before <paramref name="end"/>.</summary>
    internal static int WordStart(ReadOnlySpan<char> text, int end, int limit)
    {
        int i = end;
        while (i > limit && IsWordChar(text, i - 1))
        {
            i--;
        }
        return i;
    }
}
