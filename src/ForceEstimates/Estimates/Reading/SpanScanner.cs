using System;

namespace ForceEstimates;

/// <summary>
/// The cursor primitives every reader of figures shares (the Estimates parser, the extractor's
/// scanners, <see cref="Unit.TryParse"/>): matching lower-case words and phrases at a position of a
/// span, forward or backward, ignoring case, with a space in a phrase standing for any run of white
/// space. Like Noda Time's value cursor they make no judgement: they never throw on text, allocate
/// nothing and answer with a position (-1 when there is no match); the grammars built on them say what
/// went wrong. Work is bounded by the phrase's length.
/// </summary>
internal static class SpanScanner
{
    /// <summary>
    /// The end of <paramref name="phrase"/> matched at <paramref name="at"/>, or -1. The phrase is lower
    /// case; a space in it matches one or more white-space characters; the match must end on a word
    /// boundary when the phrase ends with a letter or digit ("over" does not match "overall").
    /// </summary>
    internal static int PhraseEnd(ReadOnlySpan<char> text, int at, string phrase)
    {
        int i = at;
        for (int k = 0; k < phrase.Length; k++)
        {
            char p = phrase[k];
            if (p == ' ')
            {
                if (i >= text.Length || !Characters.IsWhiteSpace(text[i]))
                {
                    return -1;
                }
                i = Characters.SkipWhiteSpace(text, i + 1);
                continue;
            }
            if (i >= text.Length || Characters.Lower(text[i]) != p)
            {
                return -1;
            }
            i++;
        }
        return i < text.Length && Characters.IsWordPart(phrase[^1]) && Characters.IsWordPart(text[i]) ? -1 : i;
    }

    /// <summary>
    /// The start of <paramref name="phrase"/> matched so that it ends exactly at <paramref name="end"/>,
    /// not before <paramref name="limit"/>, or -1. The match must start on a word boundary.
    /// </summary>
    internal static int PhraseStartBefore(ReadOnlySpan<char> text, int end, int limit, string phrase)
    {
        int i = end;
        for (int k = phrase.Length - 1; k >= 0; k--)
        {
            char p = phrase[k];
            if (p == ' ')
            {
                if (i <= limit || !Characters.IsWhiteSpace(text[i - 1]))
                {
                    return -1;
                }
                i--;
                while (i > limit && Characters.IsWhiteSpace(text[i - 1]))
                {
                    i--;
                }
                continue;
            }
            if (i <= limit || Characters.Lower(text[i - 1]) != p)
            {
                return -1;
            }
            i--;
        }
        return i > limit && Characters.IsWordPart(phrase[0]) && Characters.IsWordPart(text[i - 1]) ? -1 : i;
    }

    /// <summary>The end of <paramref name="phrase"/> when white space, then the phrase, follow <paramref name="at"/>; else -1.</summary>
    internal static int PhraseEndAfterSpace(ReadOnlySpan<char> text, int at, string phrase)
    {
        int p = Characters.SkipWhiteSpace(text, at);
        return p == at ? -1 : PhraseEnd(text, p, phrase);
    }
}
