using System;
using System.Collections.Generic;

namespace ForceEstimates.Extraction;

/// <summary>
/// Clauses whose reporting verb is not written again: a second subject with its own count after a clause that put a count "at"
/// ("Kessia put the toll at 400 and Varo at 600"), and a reference work named in brackets by its author and year after the
/// figure it gave ("lost about 12,000 men (Marlow 1998, p. 45)").
/// </summary>
internal sealed partial class AttributionReader
{
    /// <summary>Words that join a gapped clause to the clause before it: "and Varo at 600", "but the Tesk Herald has them at 900".</summary>
    private static readonly WordSet GapConjunctions = new("and", "while", "but", "whereas");

    /// <summary>Forms of "have" in "has them at 900": a second subject's own count, the verb of counting left out.</summary>
    private static readonly WordSet GapHaveForms = new("has", "have", "had");

    /// <summary>
    /// Adds to <paramref name="found"/> the clauses of second subjects whose verb is left out (gapping): after a clause with a
    /// speaker that reports a figure, a figure right after "at" whose words back to the previous figure are a comma, a semicolon
    /// or a conjunction (and, while, but, whereas), then a proper name (with "the" before it), then "at" or "has them at"
    /// ("Kessia put the toll at 400 and Varo at 600", "Varo put the dead at 600, Kessia at 400", "The Varo Times puts the dead at
    /// 1,200, but the Tesk Herald has them at around 900"). The bare "at" form needs a clause of "put" or "placed" before it;
    /// "has them at" any reporting clause. That name speaks for the figure, not the first clause's subject.
    /// </summary>
    private List<Cue>? AddGappedCues(Sentence sentence, ArraySegment<FigureCandidate> figures, List<Cue>? found)
    {
        if (found is null || found.Count == 0 || figures.Count < 2)
        {
            return found;
        }
        int first = -1;
        bool putAt = false;
        for (int c = 0; c < found.Count; c++)
        {
            if (found[c].Speaker is not null && !found[c].IsLabel && !found[c].IsHeadlineName)
            {
                first = c;
                putAt = AtVerbs.Contains(text.AsSpan(found[c].VerbStart, found[c].VerbEnd - found[c].VerbStart));
                break;
            }
        }
        if (first < 0)
        {
            return found;
        }
        int own = FirstFigureFrom(figures, found[first].VerbEnd);
        for (int k = own + 1; k < figures.Count; k++)
        {
            int previousEnd = figures[k - 1].End;
            int atEnd = Characters.SkipSpacesBack(text, figures[k].Start, previousEnd);
            int atStart = this.words.WordStart(atEnd, previousEnd);
            if (atEnd <= previousEnd || atStart <= previousEnd || !text.AsSpan(atStart, atEnd - atStart).Equals("at", StringComparison.Ordinal))
            {
                continue;
            }
            int nameEnd = Characters.SkipSpacesBack(text, atStart, previousEnd);
            bool hasThem = false;
            int pronounStart = this.words.WordStart(nameEnd, previousEnd);
            var pronoun = text.AsSpan(pronounStart, nameEnd - pronounStart);
            if (pronounStart > previousEnd && (pronoun.Equals("them", StringComparison.Ordinal) || pronoun.Equals("it", StringComparison.Ordinal)))
            {
                int haveEnd = Characters.SkipSpacesBack(text, pronounStart, previousEnd);
                int haveStart = this.words.WordStart(haveEnd, previousEnd);
                if (haveStart > previousEnd && GapHaveForms.Contains(text.AsSpan(haveStart, haveEnd - haveStart)))
                {
                    hasThem = true;
                    nameEnd = Characters.SkipSpacesBack(text, haveStart, previousEnd);
                }
            }
            if (!putAt && !hasThem)
            {
                continue;
            }
            int p = Characters.SkipSpaces(text, previousEnd, nameEnd);
            bool joined = false;
            if (p < nameEnd && (text[p] == ',' || text[p] == ';'))
            {
                joined = true;
                p = Characters.SkipSpaces(text, p + 1, nameEnd);
            }
            int wordEnd = this.words.WordEnd(p, nameEnd);
            if (p < nameEnd && GapConjunctions.Contains(text.AsSpan(p, wordEnd - p)))
            {
                joined = true;
                p = Characters.SkipSpaces(text, wordEnd, nameEnd);
            }
            if (!joined || p >= nameEnd)
            {
                continue;
            }
            int nameStart = p;
            int properStart = p;
            wordEnd = this.words.WordEnd(p, nameEnd);
            if (text.AsSpan(p, wordEnd - p).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                properStart = Characters.SkipSpaces(text, wordEnd, nameEnd);
            }
            int properFirstEnd = this.words.WordEnd(properStart, nameEnd);
            var properFirst = text.AsSpan(properStart, properFirstEnd - properStart);
            if (properStart >= nameEnd || !IsProperName(properStart, nameEnd) || ArticleWords.MonthOf(properFirst) != 0 || ArticleWords.IsWeekday(properFirst))
            {
                continue; // "at 400 and March at 600" names a time, not who counted
            }
            if (FirstCueAfter(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found), nameStart - 1) is var next && next < found.Count && found[next].VerbStart < figures[k].Start)
            {
                continue; // a clause of its own already stands there
            }
            var speaker = Resolve(nameStart, nameEnd, null);
            if (speaker is null)
            {
                continue;
            }
            var cue = new Cue { VerbStart = atStart, VerbEnd = atEnd, Start = nameStart, End = atEnd, Speaker = speaker };
            int at = FirstCueAfter(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found), atStart);
            found.Insert(at, cue);
        }
        return found;
    }

    /// <summary>
    /// Adds to <paramref name="found"/> a clause for each bracket after a figure that cites a work by its author and year:
    /// "(Marlow 1998)", "(Marlow 1998, p. 45)", "( Marlow 2005)", "(Marlow and Hart 1998: 45)", "(Marlow, 1998)". The author
    /// speaks for the figures before the bracket (a tag, <see cref="Cue.IsTag"/>), not for those after it.
    /// </summary>
    private List<Cue>? AddAuthorYearCitations(Sentence sentence, ArraySegment<FigureCandidate> figures, List<Cue>? found)
    {
        if (figures.Count == 0)
        {
            return found;
        }
        for (int open = text.IndexOf('(', figures[0].End, sentence.End - figures[0].End); open >= 0;
             open = open + 1 < sentence.End ? text.IndexOf('(', open + 1, sentence.End - open - 1) : -1)
        {
            int close = text.IndexOf(')', open + 1, Math.Min(80, sentence.End - open - 1));
            if (close < 0)
            {
                continue;
            }
            int nameStart = Characters.SkipSpaces(text, open + 1, close);
            if (nameStart >= close || !char.IsUpper(text[nameStart]))
            {
                continue;
            }
            // The name: capitalised words, "and" or "&" between them, "et al." after them; then the year.
            int p = nameStart;
            int nameEnd = -1;
            int yearStart = -1, yearEnd = -1;
            while (p < close)
            {
                int wordEnd = this.words.WordEnd(p, close);
                if (wordEnd <= p)
                {
                    break;
                }
                var word = text.AsSpan(p, wordEnd - p);
                if (IsCitationYear(word))
                {
                    yearStart = p;
                    yearEnd = wordEnd;
                    break;
                }
                if (!(char.IsUpper(word[0]) || word.Equals("and", StringComparison.Ordinal) || word.Equals("&", StringComparison.Ordinal)
                      || word.Equals("et", StringComparison.Ordinal) || word.Equals("al", StringComparison.Ordinal) || word.Equals("al.", StringComparison.Ordinal)))
                {
                    break;
                }
                nameEnd = wordEnd;
                p = Characters.SkipSpaces(text, wordEnd, close);
                if (p < close && (text[p] == ',' || text[p] == '.'))
                {
                    p = Characters.SkipSpaces(text, p + 1, close); // "Marlow, 1998", "et al. 1998"
                }
            }
            if (yearStart < 0 || nameEnd <= nameStart)
            {
                continue;
            }
            int after = Characters.SkipSpaces(text, yearEnd, close);
            if (after < close && !(text[after] == ',' || text[after] == ':' || text[after] == ';'))
            {
                continue; // "(Marlow 1998 edition)": only a page or another work may follow the year
            }
            var firstWord = text.AsSpan(nameStart, this.words.WordEnd(nameStart, close) - nameStart);
            if (ArticleWords.MonthOf(firstWord) != 0 || ArticleWords.IsWeekday(firstWord) || !IsProperName(nameStart, FirstAuthorEnd(nameStart, nameEnd)))
            {
                continue; // "(March 1998)", "(UN, 2020 figures)": a date, not an author
            }
            var speaker = Resolve(nameStart, TrimEtAl(nameStart, nameEnd), null);
            if (speaker is null)
            {
                continue;
            }
            found ??= sentenceCues;
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found);
            int next = FirstCueAfter(span, open);
            if (next < found.Count && found[next].VerbStart < close)
            {
                continue; // a clause already read inside the bracket
            }
            found.Insert(next, new Cue { VerbStart = yearStart, VerbEnd = yearEnd, Start = nameStart, End = close, Speaker = speaker, IsCitation = true });
        }
        return found;
    }

    /// <summary>A year of publication as a citation writes it: four digits from 1500 to 2099, a letter after it or not ("1998", "1998a").</summary>
    private static bool IsCitationYear(ReadOnlySpan<char> word)
    {
        if (word.Length is < 4 or > 5 || (word.Length == 5 && !char.IsLower(word[4])))
        {
            return false;
        }
        for (int i = 0; i < 4; i++)
        {
            if (!char.IsAsciiDigit(word[i]))
            {
                return false;
            }
        }
        int year = (word[0] - '0') * 1000 + (word[1] - '0') * 100 + (word[2] - '0') * 10 + (word[3] - '0');
        return year is >= 1500 and <= 2099;
    }

    /// <summary>The end of the first author's name: before " and ", " &amp; " or " et al." ("Marlow and Hart" ends after "Marlow").</summary>
    private int FirstAuthorEnd(int start, int end)
    {
        int cut = TrimEtAl(start, end);
        int and = text.IndexOf(" and ", start, cut - start, StringComparison.Ordinal);
        int amp = text.IndexOf(" & ", start, cut - start, StringComparison.Ordinal);
        if (and > start)
        {
            cut = and;
        }
        if (amp > start && amp < cut)
        {
            cut = amp;
        }
        return cut;
    }

    /// <summary>The end of an author's name without "et al." after it: "Marlow et al." ends after "Marlow".</summary>
    private int TrimEtAl(int start, int end)
    {
        int et = text.IndexOf(" et al", start, end - start, StringComparison.Ordinal);
        return et > start ? et : end;
    }
}

/// <summary>Verbs that move a toll someone keeps ("raised the death toll to 230", "Later counts increase the number of Dovran dead to 4,300") and "speak of".</summary>
internal sealed partial class AttributionReader
{
    /// <summary>
    /// Verbs that report a figure only when their object is a toll or count and "to" and the figure follow: "the ministry raised
    /// the death toll to 230", "lowered its estimate to 400", "later Varo counts increase the number of dead to 4,300".
    /// </summary>
    private static readonly WordSet TollChangeVerbs = new("raised", "raises", "lowered", "lowers", "increase", "increases");

    /// <summary>Verbs that report a figure only with "of" and the figure right after them: "Dovran historians speak of 4,100 dead".</summary>
    private static readonly WordSet SpeakVerbs = new("speak", "speaks", "spoke");

    /// <summary>Heads of a kept count that a verb of <see cref="TollChangeVerbs"/> may move: "the death toll", "its estimate", "the tally".</summary>
    private static readonly WordSet KeptCountHeads = new("toll", "tally", "count", "estimate", "estimates", "figure", "figures");

    /// <summary>
    /// Whether the words after a verb of <see cref="TollChangeVerbs"/> are a kept count (<see cref="KeptCountHeads"/>, or "the
    /// number of" and a casualty noun or verb within three words), within five words, then "to" and a figure right after it.
    /// </summary>
    private bool ChangesTollTo(int at, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        bool counted = false;
        for (int words = 0; words < 20 && at < sentence.End; words++)
        {
            var word = WordAt(at, sentence.End);
            if (word.IsEmpty)
            {
                return false;
            }
            if (counted && word.Equals("to", StringComparison.Ordinal))
            {
                return FigureStartsAt(Characters.SkipSpaces(text, at + 2, sentence.End), figures);
            }
            if (!counted && words < 5)
            {
                if (KeptCountHeads.Contains(word))
                {
                    counted = true;
                }
                else if (word.Equals("number", StringComparison.Ordinal) && CasualtyAfterOf(at + word.Length, sentence))
                {
                    counted = true;
                }
            }
            if (!counted && words >= 5)
            {
                return false;
            }
            at += word.Length;
            if (at < sentence.End && Characters.IsApostrophe(text[at]))
            {
                at++;
            }
            at = Characters.SkipSpaces(text, at, sentence.End);
            if (at < sentence.End && !char.IsLetterOrDigit(text[at]))
            {
                return false; // a comma or a bracket: the object ended without "to" and a figure
            }
        }
        return false;
    }

    /// <summary>Whether "of" follows <paramref name="at"/> and a casualty noun or verb (<see cref="Lexicon.CasualtyNouns"/>, <see cref="Lexicon.CasualtyVerbs"/>) comes within three words after it: "number of people killed".</summary>
    private bool CasualtyAfterOf(int at, Sentence sentence)
    {
        at = Characters.SkipSpaces(text, at, sentence.End);
        if (!WordAt(at, sentence.End).Equals("of", StringComparison.Ordinal))
        {
            return false;
        }
        at = Characters.SkipSpaces(text, at + 2, sentence.End);
        for (int words = 0; words < 3 && at < sentence.End; words++)
        {
            var word = WordAt(at, sentence.End);
            if (word.IsEmpty)
            {
                return false;
            }
            if (Lexicon.CasualtyNouns.Contains(word) || Lexicon.CasualtyVerbs.Contains(word))
            {
                return true;
            }
            at = Characters.SkipSpaces(text, at + word.Length, sentence.End);
        }
        return false;
    }

    /// <summary>Whether "of" and then a figure follow the verb at <paramref name="at"/>: "speak of 4,100 casualties", "spoke of some 300 dead".</summary>
    private bool SpeaksOfFigure(int at, Sentence sentence, ArraySegment<FigureCandidate> figures)
        => WordAt(at, sentence.End).Equals("of", StringComparison.Ordinal) && FigureStartsAt(Characters.SkipSpaces(text, at + 2, sentence.End), figures);
}

/// <summary>A sentence that credits the figures that follow it: "The numbers below come from a count kept by the Varo Society."</summary>
internal sealed partial class AttributionReader
{
    /// <summary>Openings of a sentence that speaks of the figures the text goes on to give.</summary>
    private static readonly string[] FiguresHereOpenings =
    [
        "The figures on this page ", "The figures below ", "The figures in this article ", "The figures that follow ", "The figures here ",
        "The figures used here ", "The figures given here ", "The figures in this report ", "The numbers on this page ", "The numbers below ",
        "The numbers in this article ", "The numbers that follow ", "All figures on this page ", "All figures below ", "The data below ",
        "The data on this page ", "The statistics below ", "The statistics on this page ",
    ];

    /// <summary>
    /// A figureless sentence that opens with <see cref="FiguresHereOpenings"/> and names who made the figures after its last
    /// "by" (else its last "from"): "The numbers below come from a count kept by the Varo Society."
    /// Its maker speaks for the figures after it, as a list's introduction does; else null.
    /// </summary>
    private Cue? FiguresHereCredit(Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        if (figures.Count > 0)
        {
            return null;
        }
        var opening = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        bool opens = false;
        foreach (string figuresHere in FiguresHereOpenings)
        {
            if (opening.StartsWith(figuresHere, StringComparison.Ordinal))
            {
                opens = true;
                break;
            }
        }
        if (!opens)
        {
            return null;
        }
        int lead = opening.LastIndexOf(" by ", StringComparison.Ordinal);
        int leadLength = 4;
        if (lead < 0)
        {
            lead = opening.LastIndexOf(" from ", StringComparison.Ordinal);
            leadLength = 6;
        }
        if (lead < 0)
        {
            return null;
        }
        int leadStart = sentence.Start + lead + 1;
        int makerStart = Characters.SkipSpaces(text, sentence.Start + lead + leadLength, sentence.End);
        int makerEnd = ReadPhraseForward(makerStart, sentence, figures);
        if (makerEnd <= makerStart || !IsSourceLike(makerStart, makerEnd))
        {
            return null;
        }
        var maker = Resolve(makerStart, makerEnd, null);
        return maker is null ? null : new Cue { VerbStart = leadStart, VerbEnd = leadStart + leadLength - 2, Start = leadStart, End = makerEnd, Speaker = maker };
    }
}
