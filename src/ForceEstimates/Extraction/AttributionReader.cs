using System;
using System.Collections.Generic;
using NodaTime;

namespace ForceEstimates.Extraction;

/// <summary>
/// A reporting clause in a sentence: "X said", "X told Reuters on Nov. 21", "Reuters reported,
/// citing X", "according to X", "X put the number at". [<see cref="Start"/>, <see cref="End"/>)
/// covers the speaker, the verb, the recipient and the statement date, so that the date is not
/// mistaken for the time a figure refers to.
/// </summary>
internal sealed class Cue
{
    internal int VerbStart { get; init; }

    internal int VerbEnd { get; init; }

    internal int Start { get; set; }

    internal int End { get; set; }

    internal Attribution Chain { get; set; } = Attribution.Empty;

    internal DateInterval? Date { get; set; }

    /// <summary>"has previously said", "said earlier": the figure is older than the article.</summary>
    internal bool Previously { get; init; }

    /// <summary>No figure follows the verb in its sentence: the clause relays what came before it ("..., a Pentagon spokesperson said").</summary>
    internal bool IsRelay { get; set; }

    internal Speaker? Speaker { get; set; }

    internal List<Speaker>? Cited { get; set; }

    internal Speaker? Recipient { get; set; }
}

/// <summary>A source the article has named, kept so that "the source", "he" or a surname later resolve to it.</summary>
internal sealed class Speaker
{
    internal required AttributedSource Source { get; init; }

    internal required string Head { get; init; }

    internal bool IsPerson { get; init; }

    /// <summary>The chain from this source on, as first reported ("source → Reuters").</summary>
    internal Attribution? Chain { get; set; }
}

/// <summary>
/// Reads who says what in an article: the reporting clauses of every sentence (outside quotations),
/// who each quotation belongs to (the clause after or before it, else the quotation before it in the
/// paragraph), and which speaker a definite description ("the source"), a pronoun or a surname
/// refers back to. The chain of a figure is the clause nearest before it in its sentence (else the
/// nearest after), any source it cites first, and a clause after the figure that relays it last.
/// </summary>
internal sealed class AttributionReader
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

    private static readonly WordSet BoundaryWords = new(
    
        "that", "and", "but", "while", "as", "which", "who", "whom", "whose", "where", "when", "because", "although", "though",
        "if", "after", "before", "with", "than", "so", "whereas", "said", "says", "told", "to", "without", "on", "last", "this",
        "yesterday", "today", "earlier", "up", "down", "compared", "bringing", "adding", "noting", "saying", "or"
    );

    private static readonly WordSet NounMarkers = new("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "such", "to", "other");

    private static readonly WordSet Determiners = new("a", "an", "the", "its", "his", "her", "their", "our", "this", "that");

    private static readonly string[] SourceLeads =
    [
        "estimates by", "estimates from", "estimates of", "figures from", "figures by", "data from", "data by", "a report by", "a report from",
        "an assessment by", "an assessment from", "an analysis by", "a statement by", "a statement from", "a tally by", "a count by", "information from",
    ];

    /// <summary>Words before a colon that open a line without naming a speaker ("Update:", "Read more:").</summary>
    private static readonly WordSet NotSpeakers = new("Update", "Updated", "Read", "Related", "Population", "Area", "Note", "Editor", "Photo", "Video", "Watch", "Live", "Breaking", "Correction", "Source", "Sources", "Analysis", "Opinion", "Exclusive", "Explainer", "Tel", "Phone", "Email", "Posted", "Published");

    private static readonly WordSet Pronouns = new("he", "she", "they", "it", "we");

    private static readonly WordSet AnonymousHeads = new(
    
        "source", "sources", "official", "officials", "officer", "officers", "person", "people", "insider", "insiders",
        "diplomat", "diplomats", "lawmaker", "lawmakers", "spokesman", "spokeswoman", "spokesperson", "soldier", "soldiers",
        "commander", "analyst", "analysts", "expert", "experts", "medic", "sergeant", "blogger", "monitors", "residents"
    );

    private static readonly WordSet Prepositions = new("in", "at", "of", "from", "for", "with", "close", "on", "near", "to", "within", "inside", "serving", "familiar");

    private readonly string text;
    private readonly ArticleLayout layout;
    private readonly KnownSources known;
    private readonly LocalDate published;
    /// <summary>How many earlier speakers a pronoun, "the source" or a surname may refer back to; bounds the work per clause.</summary>
    private const int ReferenceWindow = 50;

    private readonly List<Speaker> speakers = [];
    private readonly List<Cue>[] cues;
    private readonly Cue?[] quotationCues;

    internal AttributionReader(string text, ArticleLayout layout, KnownSources known, LocalDate published, List<FigureCandidate>[] figuresBySentence)
    {
        this.text = text;
        this.layout = layout;
        this.known = known;
        this.published = published;
        cues = new List<Cue>[layout.Sentences.Count];
        for (int s = 0; s < cues.Length; s++)
        {
            cues[s] = ReadSentence(layout.Sentences[s], figuresBySentence[s]);
        }
        quotationCues = new Cue?[layout.Quotations.Count];
        for (int q = 0; q < quotationCues.Length; q++)
        {
            quotationCues[q] = FindQuotationCue(q);
        }
    }

    /// <summary>The clauses found in sentence <paramref name="sentence"/>.</summary>
    internal IReadOnlyList<Cue> CuesOf(int sentence) => cues[sentence];

    /// <summary>The clause a figure is attributed through, and the chain it gives the figure.</summary>
    internal Attribution Attribute(FigureCandidate figure, int sentence, out Cue? primary)
    {
        int quotation = layout.QuotationAt(figure.Start);
        if (quotation >= 0)
        {
            primary = quotationCues[quotation];
            return primary?.Chain ?? Attribution.Empty;
        }
        var list = cues[sentence];
        int next = FirstCueAfter(list, figure.Start);
        Cue? after = next < list.Count ? list[next] : null;
        primary = null;
        for (int k = next - 1; k >= 0 && k >= next - 3; k--)
        {
            // A clause whose speaker phrase holds the figure ("the 47th brigade said") does not attribute it.
            if (!(list[k].Start <= figure.Start && figure.Start < list[k].End))
            {
                primary = list[k];
                break;
            }
        }
        if (primary is null)
        {
            primary = after;
            return after?.Chain ?? Attribution.Empty;
        }
        return after is { IsRelay: true } && !after.Chain.IsEmpty ? primary.Chain.Then(after.Chain) : primary.Chain;
    }

    /// <summary>The index of the first clause whose verb starts after <paramref name="position"/> (clauses are in text order).</summary>
    private static int FirstCueAfter(List<Cue> list, int position)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (list[mid].VerbStart > position)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /// <summary>The index of the first figure starting at or after <paramref name="position"/> (figures are in text order).</summary>
    private static int FirstFigureFrom(List<FigureCandidate> figures, int position)
    {
        int lo = 0, hi = figures.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (figures[mid].Start >= position)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static readonly List<Cue> NoCues = [];

    private List<Cue> ReadSentence(Sentence sentence, List<FigureCandidate> figures)
    {
        List<Cue>? found = null;
        List<(int Start, int End)>? citations = null;
        int i = sentence.Start;
        while (i < sentence.End)
        {
            if (!char.IsLetter(text[i]) || (i > sentence.Start && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }
            int wordEnd = Characters.WordEnd(text, i, sentence.End);
            int length = wordEnd - i;
            if (length >= 3 && length <= 10 && (char.IsLower(text[i]) || text[i] == 'A') && IsVerb(text.AsSpan(i, length)) && layout.QuotationAt(i) < 0)
            {
                if (text.AsSpan(i, length).Equals("citing", StringComparison.Ordinal))
                {
                    int npStart = Characters.SkipSpaces(text, wordEnd, sentence.End);
                    int npEnd = ReadPhraseForward(npStart, sentence, figures);
                    if (npEnd > npStart)
                    {
                        (citations ??= []).Add((npStart, npEnd));
                    }
                }
                else if (!IsNounUse(i, sentence.Start))
                {
                    var cue = ReadCue(i, wordEnd, sentence, figures, found ?? NoCues);
                    if (cue is not null)
                    {
                        (found ??= []).Add(cue);
                    }
                }
            }
            i = Math.Max(i + 1, wordEnd);
        }
        if (found is null && HeadlineSpeaker(sentence, figures) is { } headline)
        {
            found = [headline];
        }
        if (found is null)
        {
            return NoCues;
        }
        if (citations is not null)
        {
            foreach (var (start, end) in citations)
            {
                int after = FirstCueAfter(found, start);
                Cue? owner = after > 0 ? found[after - 1] : null;
                owner ??= found.Count > 0 ? found[0] : null;
                if (owner is not null)
                {
                    var cited = Resolve(start, end, null);
                    if (cited is not null)
                    {
                        (owner.Cited ??= []).Add(cited);
                    }
                }
            }
        }
        for (int c = 0; c < found.Count; c++)
        {
            var cue = found[c];
            int limit = c + 1 < found.Count ? found[c + 1].VerbStart : sentence.End;
            int firstAfter = FirstFigureFrom(figures, cue.VerbEnd + 1);
            cue.IsRelay = firstAfter >= figures.Count || figures[firstAfter].Start >= limit;
            BuildChain(cue);
        }
        return found;
    }

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
            int to = Lexicon.MatchPhrase(text, afterVerb, sentence.End, "to");
            if (to <= 0)
            {
                return null;
            }
            int npStart = Characters.SkipSpaces(text, afterVerb + to, sentence.End);
            foreach (string lead in SourceLeads)
            {
                // "according to estimates by the U.K. Defence Ministry": the source is who made them.
                int length = Lexicon.MatchPhrase(text, npStart, sentence.End, lead);
                if (length > 0)
                {
                    npStart = Characters.SkipSpaces(text, npStart + length, sentence.End);
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
            if ((i == from || !char.IsLetter(text[i - 1])) && Lexicon.MatchPhrase(text, i, limit, "at") > 0)
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
            if (Lexicon.MatchPhrase(text, r, sentence.End, "the") > 0)
            {
                r = Characters.SkipSpaces(text, r + 3, sentence.End);
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
                if (next < sentence.End && char.IsUpper(text[next]) && Lexicon.MonthOf(WordAt(next, sentence.End)) == 0)
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
        if (Lexicon.MatchPhrase(text, at, sentence.End, "on") > 0 || Lexicon.MatchPhrase(text, at, sentence.End, "in") > 0)
        {
            at = Characters.SkipSpaces(text, at + 2, sentence.End);
        }
        if (at < sentence.End && TimeExpressions.TryRead(text, at, sentence.End, published, out var date) && date.Interval is not null)
        {
            cue.Date = date.Interval;
            end = date.End;
        }
        return end;
    }

    private ReadOnlySpan<char> WordAt(int start, int end) => text.AsSpan(start, Characters.WordEnd(text, start, end) - start);

    /// <summary>Chains already built, by the speakers and date that make them: most clauses repeat one ("the General Staff said").</summary>
    private readonly Dictionary<(Speaker, Speaker?, Speaker?, LocalDate?), Attribution> chains = [];

    private void BuildChain(Cue cue)
    {
        Speaker? cited = cue.Cited is { Count: 1 } one ? one[0] : null;
        bool memo = cue.Cited is null || cited is not null;
        var key = (cue.Speaker!, cue.Recipient, cited, cue.Date?.End);
        if (memo && chains.TryGetValue(key, out var known))
        {
            cue.Chain = known;
            return;
        }
        BuildNewChain(cue);
        if (memo)
        {
            chains[key] = cue.Chain;
        }
    }

    private static void BuildNewChain(Cue cue)
    {
        var links = new List<AttributedSource>();
        if (cue.Cited is not null)
        {
            foreach (var cited in cue.Cited)
            {
                AddChain(links, cited);
            }
        }
        var speaker = cue.Speaker!;
        AddChain(links, speaker);
        if (cue.Recipient is not null)
        {
            AddLink(links, cue.Recipient.Source);
        }
        if (cue.Date is { } date && links.Count > 0)
        {
            // The statement's date belongs to the last link the clause names.
            int last = links.Count - 1;
            links[last] = links[last].WithStatedOn(date.End);
        }
        cue.Chain = Attribution.Of(links);
        if (cue.Cited is not null)
        {
            foreach (var cited in cue.Cited)
            {
                SetChainFrom(cited, links);
            }
        }
        SetChainFrom(speaker, links);
        if (cue.Recipient is not null)
        {
            SetChainFrom(cue.Recipient, links);
        }
    }

    /// <summary>Remembers the chain from <paramref name="speaker"/> on, the first time it is reported.</summary>
    private static void SetChainFrom(Speaker speaker, List<AttributedSource> links)
    {
        int at = links.IndexOf(speaker.Source);
        if (speaker.Chain is null && at >= 0)
        {
            speaker.Chain = Attribution.Of(links.GetRange(at, links.Count - at));
        }
    }

    private static void AddChain(List<AttributedSource> links, Speaker speaker)
    {
        if (speaker.Chain is { } chain)
        {
            foreach (var link in chain.Chain)
            {
                AddLink(links, link);
            }
        }
        else
        {
            AddLink(links, speaker.Source);
        }
    }

    private static void AddLink(List<AttributedSource> links, AttributedSource link)
    {
        if (!links.Contains(link))
        {
            links.Add(link);
        }
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

    /// <summary>The start of the noun phrase that ends at <paramref name="end"/>: words back to a clause boundary, at most 14.</summary>
    private int ReadPhraseBack(int end, Sentence sentence, List<FigureCandidate> figures)
    {
        int start = end;
        int i = end;
        int words = 0;
        while (i > sentence.Start && words < 14)
        {
            char c = text[i - 1];
            if (c == ')')
            {
                int open = text.LastIndexOf('(', i - 1, Math.Min(40, i - sentence.Start));
                if (open < 0)
                {
                    break;
                }
                start = open;
                i = Characters.SkipSpacesBack(text, open, sentence.Start);
                continue;
            }
            if (!(char.IsLetterOrDigit(c) || c == '.' || Characters.IsApostrophe(c)))
            {
                break;
            }
            int wordStart = i;
            while (wordStart > sentence.Start && (Characters.IsWordChar(text, wordStart - 1) || text[wordStart - 1] == '.' || Characters.IsApostrophe(text[wordStart - 1])))
            {
                wordStart--;
            }
            var word = text.AsSpan(wordStart, i - wordStart).TrimEnd('.');
            if ((word.Length > 0 && char.IsLower(word[0]) && BoundaryWords.Contains(word)) || OverlapsFigure(wordStart, i, figures))
            {
                break;
            }
            start = wordStart;
            words++;
            i = Characters.SkipSpacesBack(text, wordStart, sentence.Start);
        }
        return start;
    }

    /// <summary>The end of the noun phrase that starts at <paramref name="start"/>: words up to a comma, a quotation mark, a clause word or a date.</summary>
    private int ReadPhraseForward(int start, Sentence sentence, List<FigureCandidate> figures)
    {
        int end = start;
        int i = start;
        int words = 0;
        while (i < sentence.End && words < 14)
        {
            char c = text[i];
            if (c == '(')
            {
                int close = text.IndexOf(')', i, Math.Min(40, sentence.End - i));
                if (close < 0)
                {
                    break;
                }
                end = close + 1;
                i = Characters.SkipSpaces(text, end, sentence.End);
                continue;
            }
            if (!(char.IsLetterOrDigit(c) || Characters.IsApostrophe(c)))
            {
                break;
            }
            int wordEnd = i;
            while (wordEnd < sentence.End && (Characters.IsWordChar(text, wordEnd) || Characters.IsApostrophe(text[wordEnd])
                   || (text[wordEnd] == '.' && wordEnd + 1 < sentence.End && char.IsLetter(text[wordEnd + 1]))
                   || (text[wordEnd] == '.' && wordEnd > 0 && char.IsUpper(text[wordEnd - 1]) && wordEnd + 1 < sentence.End && text[wordEnd + 1] == ' ' && wordEnd + 2 < sentence.End && char.IsUpper(text[wordEnd + 2]))))
            {
                wordEnd++;
            }
            var word = text.AsSpan(i, wordEnd - i);
            if ((words > 0 && char.IsLower(word[0]) && BoundaryWords.Contains(word)) || OverlapsFigure(i, wordEnd, figures)
                || (words > 0 && (Lexicon.MonthOf(word) != 0 || IsWeekday(word))))
            {
                break;
            }
            end = wordEnd;
            words++;
            i = Characters.SkipSpaces(text, wordEnd, sentence.End);
        }
        return end;
    }

    private static bool IsWeekday(ReadOnlySpan<char> word)
        => word.EndsWith("day", StringComparison.Ordinal) && word.Length >= 6 && char.IsUpper(word[0]);

    private static bool OverlapsFigure(int start, int end, List<FigureCandidate> figures)
    {
        int k = FirstFigureFrom(figures, start);
        return (k < figures.Count && figures[k].Start < end) || (k > 0 && figures[k - 1].End > start);
    }

    private bool IsProperName(int start, int end)
    {
        int words = 0;
        int i = start;
        while (i < end)
        {
            if (!char.IsUpper(text[i]))
            {
                return false;
            }
            int wordEnd = Characters.WordEnd(text, i, end);
            words++;
            i = Characters.SkipSpaces(text, wordEnd, end);
            if (i == wordEnd && i < end)
            {
                return false;
            }
        }
        return words is >= 1 and <= 4;
    }

    private int CountWords(int start, int end)
    {
        int words = 0;
        for (int i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == start || Characters.IsSpace(text[i - 1])))
            {
                words++;
            }
        }
        return words;
    }

    private bool IsClauseStart(int start, Sentence sentence)
    {
        int before = Characters.SkipSpacesBack(text, start, sentence.Start);
        return before == sentence.Start || text[before - 1] == ',' || Characters.IsDoubleQuote(text[before - 1]);
    }

    private bool StartsWithDeterminer(int start, int end)
    {
        int wordEnd = Characters.WordEnd(text, start, end);
        return Determiners.Contains(text.AsSpan(start, wordEnd - start));
    }

    /// <summary>The speaker a phrase names: a known source, an earlier speaker it refers back to, or a new one.</summary>
    private Speaker? Resolve(int start, int end, string? description)
    {
        // Spans until a new speaker has to be made: most phrases refer to a speaker already known.
        var written = text.AsSpan(start, end - start).Trim().TrimEnd(",.:;");
        if (written.Length == 0)
        {
            return null;
        }
        if (Pronouns.Contains(written))
        {
            bool person = written.Equals("he", StringComparison.OrdinalIgnoreCase) || written.Equals("she", StringComparison.OrdinalIgnoreCase);
            if (!person)
            {
                return speakers.Count > 0 ? speakers[^1] : null;
            }
            int oldest = Math.Max(0, speakers.Count - ReferenceWindow);
            for (int k = speakers.Count - 1; k >= oldest; k--)
            {
                if (speakers[k].IsPerson)
                {
                    return speakers[k];
                }
            }
            for (int k = speakers.Count - 1; k >= oldest; k--)
            {
                // "The mayor said ... he added": a singular title that is not an agency or an outlet.
                if (!speakers[k].Source.IsKnown && !speakers[k].Head.EndsWith('s'))
                {
                    return speakers[k];
                }
            }
            return null;
        }
        // Known sources are proper names: skip the look-up for "a senior official", "the governor".
        int capital = written.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        string? knownName = capital < written.Length && !char.IsLower(written[capital]) ? known.Find(written) : null;
        int firstEnd = written.IndexOf(' ');
        var firstWord = firstEnd < 0 ? written : written[..firstEnd];
        bool hasDeterminer = Determiners.Contains(firstWord);
        bool indefinite = firstWord.Equals("a", StringComparison.OrdinalIgnoreCase) || firstWord.Equals("an", StringComparison.OrdinalIgnoreCase);
        var name = knownName is not null ? knownName.AsSpan() : hasDeterminer && firstEnd > 0 ? written[(firstEnd + 1)..].TrimStart() : written;
        var head = HeadOf(name);
        if (!indefinite)
        {
            bool byHead = hasDeterminer && !firstWord.Equals("its", StringComparison.OrdinalIgnoreCase);
            for (int k = speakers.Count - 1; k >= Math.Max(0, speakers.Count - ReferenceWindow); k--)
            {
                var candidate = speakers[k];
                if (name.Equals(candidate.Source.Name, StringComparison.OrdinalIgnoreCase)
                    || (byHead && head.Equals(candidate.Head, StringComparison.OrdinalIgnoreCase))
                    || (knownName is null && !hasDeterminer && IsSurnameOf(name, candidate)))
                {
                    return candidate;
                }
            }
        }
        string nameText = knownName ?? name.ToString();
        string headText = head.ToString();
        bool anonymous = knownName is null && (indefinite || AnonymousHeads.Contains(headText)) && !HasProperNameWord(nameText, headText);
        var source = AttributedSource.Read(nameText, written.ToString(), description, anonymous, knownName is not null, null);
        var speaker = new Speaker { Source = source, Head = headText, IsPerson = IsPersonName(nameText) || (anonymous && !headText.EndsWith('s')) };
        speakers.Add(speaker);
        return speaker;
    }

    private static bool IsSurnameOf(ReadOnlySpan<char> name, Speaker candidate)
    {
        string full = candidate.Source.Name;
        return candidate.IsPerson && full.Length > name.Length + 1 && char.IsUpper(name[0]) && !name.Contains(' ')
               && full.AsSpan().EndsWith(name, StringComparison.Ordinal) && full[full.Length - name.Length - 1] == ' ';
    }

    private static bool HasProperNameWord(string name, string head)
        => head.Length > 0 && char.IsUpper(head[0]) && !AnonymousHeads.Contains(head);

    private static bool IsPersonName(string name)
    {
        // Two or more words, each capitalised: "Vadym Skibitskyi".
        int words = 0;
        bool atStart = true;
        foreach (char c in name)
        {
            if (c == ' ')
            {
                atStart = true;
                continue;
            }
            if (atStart)
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
                words++;
                atStart = false;
            }
        }
        return words >= 2;
    }

    /// <summary>The head noun: the last word before the first preposition ("source" in "source in Ukraine's General Staff").</summary>
    private static ReadOnlySpan<char> HeadOf(ReadOnlySpan<char> name)
    {
        int headStart = 0, headEnd = 0;
        int i = 0;
        while (i < name.Length)
        {
            while (i < name.Length && name[i] == ' ')
            {
                i++;
            }
            int wordStart = i;
            while (i < name.Length && name[i] != ' ')
            {
                i++;
            }
            if (i == wordStart)
            {
                break;
            }
            var word = name[wordStart..i];
            if (char.IsLower(word[0]) && Prepositions.Contains(word) && headEnd > 0)
            {
                break;
            }
            headStart = wordStart;
            headEnd = i;
        }
        return name[headStart..headEnd].TrimEnd(",.");
    }
}
