using System;
using System.Collections.Generic;

namespace ForceEstimates.Extraction;

/// <summary>Reporting clauses: the verbs, who speaks before or after them, the recipient and date, and whose a quotation is.</summary>
internal sealed partial class AttributionReader
{
    private static readonly string[] Verbs =
    [
        "said", "says", "say", "told", "tells", "added", "adds", "noted", "stated", "claimed", "claims", "claim", "announced",
        "reported", "reports", "estimated", "estimates", "estimate", "believes", "believe", "believed", "calculates", "calculated",
        "wrote", "writes", "confirmed", "confirms", "warned", "put", "puts", "assessed", "assesses", "according", "citing",
    ];

    private static readonly WordSet Auxiliaries = new(
    
        "has", "have", "had", "is", "was", "were", "also", "previously", "earlier", "later", "again", "repeatedly", "recently",
        "reportedly", "separately", "already", "publicly", "officially", "would", "will", "did", "does", "further", "then", "once"
    );

    private static readonly string[] SourceLeads =
    [
        "estimates by", "estimates from", "estimates of", "figures from", "figures by", "data from", "data by", "a report by", "a report from",
        "an assessment by", "an assessment from", "an analysis by", "a statement by", "a statement from", "a tally by", "a count by", "information from",
    ];

    /// <summary>Words before a colon that open a line without naming a speaker ("Update:", "Read more:").</summary>
    private static readonly WordSet NotSpeakers = new("Update", "Updated", "Read", "Related", "Population", "Area", "Note", "Editor", "Photo", "Video", "Watch", "Live", "Breaking", "Correction", "Source", "Sources", "Analysis", "Opinion", "Exclusive", "Explainer", "Tel", "Phone", "Email", "Posted", "Published");

    /// <summary>For each (lower-case first letter, length) whether some verb has it: turns most words away before any comparison.</summary>
    private static readonly bool[,] VerbShapes = BuildVerbShapes();

    private static bool[,] BuildVerbShapes()
    {
        var shapes = new bool[26, 16];
        foreach (string verb in Verbs)
        {
            shapes[verb[0] - 'a', verb.Length] = true;
        }
        return shapes;
    }

    /// <summary>A line opened by a name and a colon, wire style for "X said": "Zelensky: Russia lost 198,000 soldiers in Kursk".</summary>
    private Cue? HeadlineSpeaker(Sentence sentence, List<FigureCandidate> figures)
    {
        int limit = Math.Min(sentence.End, sentence.Start + 40);
        int colon = text.IndexOf(':', sentence.Start, limit - sentence.Start);
        if (colon <= sentence.Start || colon + 1 >= sentence.End || !Characters.IsSpace(text[colon + 1]) || figures.Count == 0 || figures[0].Start < colon)
        {
            return null;
        }
        int nameEnd = Characters.SkipSpacesBack(text, colon, sentence.Start);
        int firstEnd = Characters.WordEnd(text, sentence.Start, nameEnd);
        if (!IsProperName(sentence.Start, nameEnd) || NotSpeakers.Contains(text.AsSpan(sentence.Start, firstEnd - sentence.Start)))
        {
            return null;
        }
        var speaker = Resolve(sentence.Start, nameEnd, null);
        if (speaker is null)
        {
            return null;
        }
        var cue = new Cue { VerbStart = colon, VerbEnd = colon + 1, Start = sentence.Start, End = colon + 1, Speaker = speaker };
        return cue;
    }

    private static bool IsVerb(ReadOnlySpan<char> word)
    {
        char first = Characters.Lower(word[0]);
        if (first < 'a' || first > 'z' || word.Length >= 16 || !VerbShapes[first - 'a', word.Length])
        {
            return false;
        }
        foreach (string verb in Verbs)
        {
            if (word.Equals(verb, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"the claims", "an estimate", "to say": the word is not a reporting verb here.</summary>
    private bool IsNounUse(int wordStart, int sentenceStart)
    {
        int end = Characters.SkipSpacesBack(text, wordStart, sentenceStart);
        int start = Characters.WordStart(text, end, sentenceStart);
        return end > start && NounMarkers.Contains(text.AsSpan(start, end - start));
    }

    private Cue? ReadCue(int verbStart, int verbEnd, Sentence sentence, List<FigureCandidate> figures, List<Cue> earlier)
    {
        var verb = text.AsSpan(verbStart, verbEnd - verbStart);
        int afterVerb = Characters.SkipSpaces(text, verbEnd, sentence.End);
        if (verb.Equals("according", StringComparison.OrdinalIgnoreCase))
        {
            int toEnd = SpanScanner.PhraseEnd(text.AsSpan(0, sentence.End), afterVerb, "to");
            if (toEnd <= 0)
            {
                return null;
            }
            int npStart = Characters.SkipSpaces(text, toEnd, sentence.End);
            foreach (string lead in SourceLeads)
            {
                // "according to estimates by the U.K. Defence Ministry": the source is who made them.
                int leadEnd = SpanScanner.PhraseEnd(text.AsSpan(0, sentence.End), npStart, lead);
                if (leadEnd > 0)
                {
                    npStart = Characters.SkipSpaces(text, leadEnd, sentence.End);
                    break;
                }
            }
            int npEnd = ReadPhraseForward(npStart, sentence, figures);
            var speaker = npEnd > npStart ? Resolve(npStart, npEnd, null) : null;
            return speaker is null ? null : new Cue { VerbStart = verbStart, VerbEnd = verbEnd, Start = verbStart, End = npEnd, Speaker = speaker };
        }
        if ((verb.Equals("put", StringComparison.Ordinal) || verb.Equals("puts", StringComparison.Ordinal)) && !HasAtAhead(afterVerb, sentence.End))
        {
            return null;
        }

        // Walk back over auxiliaries and adverbs: "Kyiv has previously said".
        bool previously = false;
        int speakerEnd = Characters.SkipSpacesBack(text, verbStart, sentence.Start);
        while (true)
        {
            int wordStart = Characters.WordStart(text, speakerEnd, sentence.Start);
            if (wordStart == speakerEnd || !Auxiliaries.Contains(text.AsSpan(wordStart, speakerEnd - wordStart)))
            {
                break;
            }
            var aux = text.AsSpan(wordStart, speakerEnd - wordStart);
            previously |= aux.Equals("previously", StringComparison.OrdinalIgnoreCase) || aux.Equals("earlier", StringComparison.OrdinalIgnoreCase);
            speakerEnd = Characters.SkipSpacesBack(text, wordStart, sentence.Start);
        }

        var cue = new Cue { VerbStart = verbStart, VerbEnd = verbEnd, Start = verbStart, End = verbEnd, Previously = previously };
        char before = speakerEnd > sentence.Start ? text[speakerEnd - 1] : '\0';
        Speaker? found = null;
        if (before == ',')
        {
            // "Vadym Skibitskyi, the deputy head of ..., told": a name, then its description.
            int descriptionEnd = Characters.SkipSpacesBack(text, speakerEnd - 1, sentence.Start);
            int descriptionStart = ReadPhraseBack(descriptionEnd, sentence, figures);
            int nameEnd = Characters.SkipSpacesBack(text, descriptionStart, sentence.Start);
            if (descriptionStart < descriptionEnd && nameEnd > sentence.Start && text[nameEnd - 1] == ',')
            {
                nameEnd = Characters.SkipSpacesBack(text, nameEnd - 1, sentence.Start);
                int nameStart = ReadPhraseBack(nameEnd, sentence, figures);
                if (nameStart < nameEnd && IsProperName(nameStart, nameEnd))
                {
                    found = Resolve(nameStart, nameEnd, text[descriptionStart..descriptionEnd]);
                    cue.Start = nameStart;
                }
                else if (nameStart < nameEnd && IsProperName(descriptionStart, descriptionEnd) && StartsWithDeterminer(nameStart, nameEnd)
                         && IsClauseStart(nameStart, sentence))
                {
                    // "a Navy spokesman, Dmytro Pletenchuk, said": the description comes first.
                    found = Resolve(descriptionStart, descriptionEnd, text[nameStart..nameEnd]);
                    cue.Start = nameStart;
                }
            }
            if (found is null && descriptionStart < descriptionEnd)
            {
                // "Officials, speaking on condition of anonymity, said": the subject before the first comma.
                int comma = text.LastIndexOf(',', Math.Max(sentence.Start, descriptionStart - 1), Math.Min(100, descriptionStart - sentence.Start));
                if (comma > sentence.Start)
                {
                    int subjectEnd = Characters.SkipSpacesBack(text, comma, sentence.Start);
                    int subjectStart = ReadPhraseBack(subjectEnd, sentence, figures);
                    if (subjectStart < subjectEnd && IsClauseStart(subjectStart, sentence) && CountWords(subjectStart, subjectEnd) <= 6)
                    {
                        found = Resolve(subjectStart, subjectEnd, null);
                        cue.Start = subjectStart;
                    }
                }
            }
            if (found is null)
            {
                found = ReadInverted(cue, afterVerb, sentence, figures);
            }
        }
        else if (before == '\0' || Characters.IsDoubleQuote(before) || before == '\u2019' || before == ';' || before == ':')
        {
            found = ReadInverted(cue, afterVerb, sentence, figures);
        }
        else
        {
            int speakerStart = ReadPhraseBack(speakerEnd, sentence, figures);
            if (speakerStart < speakerEnd)
            {
                string? description = null;
                int previousEnd = Characters.SkipSpacesBack(text, speakerStart, sentence.Start);
                if (IsProperName(speakerStart, speakerEnd) && previousEnd > sentence.Start && text[previousEnd - 1] == ',')
                {
                    // "The head of HUR, Kyrylo Budanov, said"
                    int roleEnd = Characters.SkipSpacesBack(text, previousEnd - 1, sentence.Start);
                    int roleStart = ReadPhraseBack(roleEnd, sentence, figures);
                    if (roleStart < roleEnd && Characters.SkipSpacesBack(text, roleStart, sentence.Start) == sentence.Start)
                    {
                        description = text[roleStart..roleEnd];
                    }
                }
                found = Resolve(speakerStart, speakerEnd, description);
                cue.Start = speakerStart;
            }
            else if (earlier.Count > 0)
            {
                found = earlier[^1].Speaker; // "... and said"
            }
        }
        if (found is null)
        {
            return null;
        }
        cue.Speaker = found;
        int tail = ReadRecipientAndDate(cue, verb, afterVerb, sentence);
        cue.End = Math.Max(cue.End, tail);
        return cue;
    }

    private bool HasAtAhead(int from, int end)
    {
        int limit = Math.Min(end, from + 120);
        for (int i = from; i < limit; i++)
        {
            if (text[i] == ',' || text[i] == ';')
            {
                return false;
            }
            if ((i == from || !char.IsLetter(text[i - 1])) && SpanScanner.PhraseEnd(text.AsSpan(0, limit), i, "at") > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"..., said Igor Konashenkov, the ministry's spokesman": the speaker after the verb.</summary>
    private Speaker? ReadInverted(Cue cue, int afterVerb, Sentence sentence, List<FigureCandidate> figures)
    {
        var verb = text.AsSpan(cue.VerbStart, cue.VerbEnd - cue.VerbStart);
        if (!(verb.StartsWith("sa", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("add", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("wr", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        int npEnd = ReadPhraseForward(afterVerb, sentence, figures);
        if (npEnd <= afterVerb || !(char.IsUpper(text[afterVerb]) || StartsWithDeterminer(afterVerb, npEnd)))
        {
            return null;
        }
        string? description = null;
        if (npEnd < sentence.End && text[npEnd] == ',')
        {
            int dStart = Characters.SkipSpaces(text, npEnd + 1, sentence.End);
            int dEnd = ReadPhraseForward(dStart, sentence, figures);
            if (dEnd > dStart && StartsWithDeterminer(dStart, dEnd))
            {
                description = text[dStart..dEnd];
            }
        }
        cue.End = npEnd;
        return Resolve(afterVerb, npEnd, description);
    }

    /// <summary>"told Reuters on Nov. 21", "reported on Nov. 23": the recipient becomes the next link, the date the statement's.</summary>
    private int ReadRecipientAndDate(Cue cue, ReadOnlySpan<char> verb, int afterVerb, Sentence sentence)
    {
        int i = Math.Max(afterVerb, cue.End == cue.VerbEnd ? afterVerb : Characters.SkipSpaces(text, cue.End, sentence.End));
        int end = cue.End;
        if (verb.StartsWith("tel", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("told", StringComparison.OrdinalIgnoreCase))
        {
            int r = i;
            int theEnd = SpanScanner.PhraseEnd(text.AsSpan(0, sentence.End), r, "the");
            if (theEnd > 0)
            {
                r = Characters.SkipSpaces(text, theEnd, sentence.End);
            }
            int recipientEnd = r;
            int recipientWords = 0;
            while (recipientEnd < sentence.End && char.IsUpper(text[recipientEnd]) && recipientWords++ < 6)
            {
                int wordEnd = Characters.WordEnd(text, recipientEnd, sentence.End);
                int next = Characters.SkipSpaces(text, wordEnd, sentence.End);
                recipientEnd = wordEnd;
                if (next == wordEnd)
                {
                    break;
                }
                if (next < sentence.End && char.IsUpper(text[next]) && ArticleWords.MonthOf(WordAt(next, sentence.End)) == 0)
                {
                    recipientEnd = next;
                    continue;
                }
                break;
            }
            if (recipientEnd > r)
            {
                var recipient = Resolve(i, recipientEnd, null);
                cue.Recipient = recipient;
                end = recipientEnd;
                i = Characters.SkipSpaces(text, recipientEnd, sentence.End);
            }
            else
            {
                // "told reporters", "told journalists": not a link, but the date may follow.
                int wordEnd = Characters.WordEnd(text, i, sentence.End);
                i = Characters.SkipSpaces(text, wordEnd, sentence.End);
            }
        }
        int at = i;
        int prepositionEnd = Math.Max(SpanScanner.PhraseEnd(text.AsSpan(0, sentence.End), at, "on"), SpanScanner.PhraseEnd(text.AsSpan(0, sentence.End), at, "in"));
        if (prepositionEnd > 0)
        {
            at = Characters.SkipSpaces(text, prepositionEnd, sentence.End);
        }
        if (at < sentence.End && TimeExpressions.TryRead(text, at, sentence.End, published, out var date) && date.Interval is not null)
        {
            cue.Date = date.Interval;
            end = date.End;
        }
        return end;
    }

    private Cue? FindQuotationCue(int q)
    {
        var quotation = layout.Quotations[q];
        int closeSentence = layout.SentenceAt(Math.Min(quotation.Close, text.Length - 1));
        var closing = cues[closeSentence];
        int k = FirstCueAfter(closing, quotation.Close);
        if (k < closing.Count && IsOnlyPunctuation(quotation.Close + 1, Math.Min(closing[k].Start, closing[k].VerbStart)))
        {
            return closing[k];
        }
        int openSentence = layout.SentenceAt(quotation.Open);
        var opening = cues[openSentence];
        int before = FirstCueAfter(opening, quotation.Open) - 1;
        if (before >= 0 && opening[before].End <= quotation.Open && IsOnlyPunctuation(opening[before].End, quotation.Open))
        {
            return opening[before];
        }
        if (q > 0)
        {
            var previous = layout.Quotations[q - 1];
            bool sameParagraph = previous.Paragraph == quotation.Paragraph;
            bool continues = previous.Paragraph == quotation.Paragraph - 1 && layout.Sentences[layout.SentenceAt(quotation.Open)].Start >= quotation.Open;
            if (sameParagraph || continues)
            {
                return quotationCues[q - 1];
            }
        }
        return null;
    }

    private bool IsOnlyPunctuation(int from, int to)
    {
        if (to - from > 4)
        {
            return false;
        }
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
