using System;
using System.Buffers;
using System.Collections.Generic;

namespace ForceEstimates.Extraction;

/// <summary>A sentence: [<see cref="Start"/>, <see cref="End"/>) in the text, inside paragraph <see cref="Paragraph"/>.</summary>
internal readonly record struct Sentence(int Start, int End, int Paragraph);

/// <summary>A quotation: from its opening mark to its closing mark (or the paragraph's end when news style leaves it open).</summary>
internal readonly record struct Quotation(int Open, int Close, int Paragraph)
{
    internal bool Contains(int position) => position > Open && position < Close;
}

/// <summary>
/// The paragraphs, sentences and quotations of an article, found in one pass over the text.
/// A line is a paragraph; sentences end at '.', '!' or '?' followed by a space and a capital
/// or an opening quote, except after abbreviations ("Nov.", "Gen.") and initials ("U.S.").
/// </summary>
internal sealed class ArticleLayout
{
    private static readonly string[] Abbreviations =
    [
        .. Array.ConvertAll(ArticleWords.MonthAbbreviations, m => m.Abbreviation),
        "mr", "mrs", "ms", "dr", "gen", "brig", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "st", "no", "nos",
        "vs", "approx", "est", "sq", "inc", "corp", "co", "jr", "sr", "rep", "sen", "gov", "pres", "prof", "fig", "vol",
    ];

    /// <summary>What ends a paragraph (<see cref="Characters.IsLineBreak"/>): found with a vectorised search, most characters are not.</summary>
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085");

    /// <summary>What may open or close a quotation (<see cref="Characters.IsDoubleQuote"/>) or end a sentence.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create("\"\u201C\u201D\u201E\u00AB\u00BB.!?\u2026");

    private ArticleLayout(List<Sentence> sentences, List<Quotation> quotations)
    {
        Sentences = sentences;
        Quotations = quotations;
    }

    internal List<Sentence> Sentences { get; }

    internal List<Quotation> Quotations { get; }

    /// <summary>Reads the layout of <paramref name="text"/> into <paramref name="sentences"/> and <paramref name="quotations"/> (empty lists the layout keeps).</summary>
    internal static ArticleLayout Read(string text, List<Sentence> sentences, List<Quotation> quotations)
    {
        int paragraph = 0;
        int i = 0;
        while (i < text.Length)
        {
            int found = text.AsSpan(i).IndexOfAny(LineBreaks);
            int end = found < 0 ? text.Length : i + found;
            if (end > i)
            {
                ReadParagraph(text, i, end, paragraph, sentences, quotations);
                paragraph++;
            }
            i = end + 1;
        }
        return new ArticleLayout(sentences, quotations);
    }

    /// <summary>The index of the sentence holding <paramref name="position"/>.</summary>
    internal int SentenceAt(int position)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (Sentences[mid].Start <= position)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /// <summary>
    /// Whether a quotation opens, closes or runs through <paramref name="sentence"/>: the sentence goes on, at least in part,
    /// in a speaker's voice.
    /// </summary>
    internal bool HasQuotationIn(Sentence sentence)
    {
        int lo = 0, hi = Quotations.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Quotations[mid].Close < sentence.Start)
            {
                lo = mid + 1; // closed before the sentence
            }
            else
            {
                hi = mid;
            }
        }
        return lo < Quotations.Count && Quotations[lo].Open < sentence.End;
    }

    /// <summary>The index of the quotation holding <paramref name="position"/>, or -1.</summary>
    internal int QuotationAt(int position)
    {
        int lo = 0, hi = Quotations.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var q = Quotations[mid];
            if (q.Contains(position))
            {
                return mid;
            }
            if (position <= q.Open)
            {
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return -1;
    }

    private static void ReadParagraph(string text, int start, int end, int paragraph, List<Sentence> sentences, List<Quotation> quotations)
    {
        int sentenceStart = Characters.SkipSpaces(text, start, end);
        int open = -1;
        for (int i = start; i < end; i++)
        {
            int mark = text.AsSpan(i, end - i).IndexOfAny(Marks);
            if (mark < 0)
            {
                break;
            }
            i += mark;
            char c = text[i];
            if (Characters.IsDoubleQuote(c))
            {
                bool opens = c == '\u201C' || c == '\u201E' || c == '\u00AB' || (c == '"' && open < 0);
                if (opens && open < 0)
                {
                    open = i;
                }
                else if (!opens && open >= 0)
                {
                    quotations.Add(new Quotation(open, i, paragraph));
                    open = -1;
                }
                continue;
            }
            if ((c == '.' || c == '!' || c == '?' || c == '\u2026') && EndsSentence(text, i, end, out int after))
            {
                if (after > sentenceStart)
                {
                    sentences.Add(new Sentence(sentenceStart, after, paragraph));
                }
                sentenceStart = Characters.SkipSpaces(text, after, end);
            }
        }
        if (open >= 0)
        {
            quotations.Add(new Quotation(open, end, paragraph));
        }
        if (end > sentenceStart)
        {
            sentences.Add(new Sentence(sentenceStart, end, paragraph));
        }
    }

    /// <summary>Where a footnote mark of one to three digits in square brackets ("[4]") that opens at <paramref name="at"/> ends; -1 for anything else.</summary>
    private static int FootnoteMarkEnd(string text, int at, int end)
    {
        if (text[at] != '[')
        {
            return -1;
        }
        int k = at + 1;
        while (k < end && k - at <= 3 && Characters.IsDigit(text[k]))
        {
            k++;
        }
        return k > at + 1 && k < end && text[k] == ']' ? k + 1 : -1;
    }

    private static bool EndsSentence(string text, int i, int end, out int after)
    {
        after = i + 1;
        while (after < end)
        {
            if (Characters.IsDoubleQuote(text[after]) || text[after] == '\u2019' || text[after] == ')' || text[after] == ']')
            {
                after++;
            }
            else if (FootnoteMarkEnd(text, after, end) is var markEnd and > 0)
            {
                after = markEnd; // "... near the border.[4][5] Sources disagree ...": footnote marks after the stop belong to the sentence before
            }
            else
            {
                break;
            }
        }
        if (after < end && !Characters.IsSpace(text[after]))
        {
            return false;
        }
        int next = Characters.SkipSpaces(text, after, end);
        if (next == end)
        {
            return true;
        }
        char n = text[next];
        if (!(char.IsUpper(n) || Characters.IsDoubleQuote(n) || n == '(' || n == '\u2018'))
        {
            return false;
        }
        if (text[i] != '.')
        {
            return true;
        }
        int wordStart = i;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }
        int length = i - wordStart;
        if (length == 1 || (wordStart > 0 && text[wordStart - 1] == '.'))
        {
            return false; // an initial or "U.S."
        }
        if (length == 0 || length > 6)
        {
            return true;
        }
        var word = text.AsSpan(wordStart, length);
        foreach (string abbreviation in Abbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }
}
