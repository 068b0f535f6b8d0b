using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using NodaTime;

namespace ForceEstimates.Extraction;

/// <summary>
/// Reads who says what in an article: the reporting clauses of every sentence (outside quotations),
/// who each quotation belongs to (the clause after or before it, else the quotation before it in the
/// paragraph), and which speaker a definite description ("the source"), a pronoun or a surname
/// refers back to. The chain of a figure is the clause nearest before it in its sentence (else the
/// nearest after), any source it cites first, and a clause after the figure that relays it last.
/// </summary>
/// <remarks>
/// One file per seam: this one walks sentences and attributes figures; <c>.Cues</c> reads reporting
/// clauses and quotations, <c>.Speakers</c> resolves who a phrase names, <c>.Chains</c> builds the
/// chains of sources, <c>.Phrases</c> finds where a speaker's noun phrase starts and ends.
/// </remarks>
internal sealed partial class AttributionReader
{
    private readonly string text;

    /// <summary>Where the words of <see cref="text"/> end.</summary>
    private readonly WordMap words;
    private readonly ArticleLayout layout;
    private readonly KnownSources known;
    private readonly LocalDate published;

    /// <summary>
    /// The clauses of each sentence, in text order: an exact array each (a list per sentence was an object and spare room,
    /// alive until the article was read), in an array of the workspace that may be longer than the article's sentences.
    /// </summary>
    private readonly ArraySegment<Cue>[] cues;

    /// <summary>The workspace the clauses are kept in.</summary>
    private readonly ReadingWorkspace workspace;

    /// <summary>How many sentences the article has (<see cref="cues"/> may be longer).</summary>
    private readonly int sentenceCount;

    /// <summary>Where the last reporting clause's figures come from (its cited source, else its speaker): "the statement added" and "as noted in the summary" refer to it.</summary>
    private Speaker? lastOrigin;

    /// <summary>The sentence being read, so that "it" can be resolved against its subject; -1 once reading is done.</summary>
    private int currentSentence = -1;
    /// <summary>The clause each quotation belongs to: the workspace's array, which may be longer than the article's quotations.</summary>
    private readonly Cue?[] quotationCues;

    internal AttributionReader(WordMap words, ArticleLayout layout, KnownSources known, LocalDate published, ArraySegment<FigureCandidate>[] figuresBySentence, ReadingWorkspace workspace)
    {
        text = words.Text;
        this.words = words;
        this.layout = layout;
        this.known = known;
        this.published = published;
        this.workspace = workspace;
        chains = workspace.Chains;
        chainsByValue = workspace.ChainsByValue;
        speakers = workspace.Speakers;
        speakerKeys = workspace.SpeakerKeys;
        sentenceCitations = workspace.Citations;
        sentenceCount = layout.Sentences.Count;
        cues = workspace.Cues(sentenceCount);
        for (int s = 0; s < sentenceCount; s++)
        {
            currentSentence = s;
            cues[s] = ReadSentence(layout.Sentences[s], figuresBySentence[s]);
        }
        currentSentence = -1;
        quotationCues = workspace.QuotationCues(layout.Quotations.Count);
        for (int q = 0; q < layout.Quotations.Count; q++)
        {
            quotationCues[q] = FindQuotationCue(q);
        }
    }

    /// <summary>Where the words of the article end.</summary>
    internal WordMap Words => words;

    /// <summary>The clauses found in sentence <paramref name="sentence"/>.</summary>
    internal ReadOnlySpan<Cue> CuesOf(int sentence) => cues[sentence];

    /// <summary>The clause a figure is attributed through, and the chain it gives the figure.</summary>
    internal Attribution Attribute(in FigureCandidate figure, int sentence, out Cue? primary)
    {
        int quotation = layout.QuotationAt(figure.Start);
        if (quotation >= 0)
        {
            primary = quotationCues[quotation];
            return primary?.Chain ?? Attribution.Empty;
        }
        ReadOnlySpan<Cue> list = cues[sentence];
        int next = FirstCueAfter(list, figure.Start);
        Cue? after = next < list.Length ? list[next] : null;
        if (after is { IsSubordinate: true } && after.Start > figure.End)
        {
            after = null; // "fired 200 shells, after the leader said ...": that clause's speaker says what follows its verb
        }
        else if (after is not null && after.Start > figure.End && InBracketedAlternative(figure.End, after.Start))
        {
            after = null; // "up to 700 (2,600 according to Western estimates)": the bracket's source gave the bracket's figure
        }
        primary = null;
        if (after is { Speaker: not null } && after.Start > figure.End && OpensAsClause(figure.End, after))
        {
            primary = after; // "of whom not half, as the founder claimed, but 88%": the figure the as-clause follows is the claimant's
            return after.Chain;
        }
        for (int k = next - 1; k >= 0 && k >= next - 3; k--)
        {
            // A clause whose speaker phrase holds the figure ("the 47th brigade said") does not attribute it, nor does a tag in
            // brackets after the figures it tags ("1,200 killed (Kessian estimate) 3,400 wounded": 3,400 is not the estimate's).
            if (!(list[k].Start <= figure.Start && figure.Start < list[k].End) && !(list[k].IsTag && list[k].End <= figure.Start)
                && !(after is { Speaker: not null } && after.Start > figure.End && IsClosedFreeRelative(list[k], figure.Start, layout.Sentences[sentence])))
            {
                primary = list[k];
                break;
            }
        }
        if (primary is not null && IsAccordingTo(primary) && ClosesClauseBefore(primary, figure.Start, layout.Sentences[sentence]))
        {
            primary = null; // "supported by some 2,500 fighters, according to a monitors' panel, and have threatened to advance 300 km": its own clause only
        }
        if (primary is not null && after is not null && after.Start > figure.End && IsAccordingTo(after) && CoordinatedClauseBetween(primary.End, figure.Start))
        {
            primary = after; // "Residents say guards fired on the crowd, and more than 45 people have died, according to clinic staffs"
            return after.Chain;
        }
        if (primary is null)
        {
            if (after is { IsRelay: false } && InConcessiveClauseBefore(figure.Start, after.Start, layout.Sentences[sentence]))
            {
                return Attribution.Empty; // "While the brigade lost 120 dead, Norland later admitted to 340": the speaker owns its own clause only
            }
            primary = after;
            return after?.Chain ?? Attribution.Empty;
        }
        return after is { IsRelay: true } && !after.Chain.IsEmpty ? primary.Chain.Then(after.Chain) : primary.Chain;
    }

    /// <summary>Whether <paramref name="cue"/> is "according to X".</summary>
    private bool IsAccordingTo(Cue cue) => text.AsSpan(cue.VerbStart, cue.VerbEnd - cue.VerbStart).Equals("according", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether ", and " stands between <paramref name="from"/> and <paramref name="to"/>: a second clause of the sentence starts there.</summary>
    private bool CoordinatedClauseBetween(int from, int to) => to > from && text.AsSpan(from, to - from).IndexOf(", and ", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// Whether the "according to X" of <paramref name="cue"/> trails a clause (a comma before it) and ", and" with a verb of the
    /// sentence's subject follows it before <paramref name="figureStart"/>: "The militia is supported by some 2,500 fighters, according
    /// to a monitors' panel, and has threatened to advance on the capital, more than 300 km away". The source speaks for its clause only.
    /// </summary>
    private bool ClosesClauseBefore(Cue cue, int figureStart, Sentence sentence)
    {
        int before = Characters.SkipSpacesBack(text, cue.VerbStart, sentence.Start);
        int comma = Characters.SkipSpaces(text, cue.End, sentence.End);
        if (before <= sentence.Start || text[before - 1] != ',' || comma >= figureStart || text[comma] != ',')
        {
            return false;
        }
        int and = Characters.SkipSpaces(text, comma + 1, sentence.End);
        int andEnd = this.words.WordEnd(and, sentence.End);
        int verb = Characters.SkipSpaces(text, andEnd, sentence.End);
        var next = text.AsSpan(verb, this.words.WordEnd(verb, sentence.End) - verb);
        return text.AsSpan(and, andEnd - and).Equals("and", StringComparison.Ordinal) && verb < figureStart
               && (Lexicon.FiniteVerbs.Contains(next) || (next.Length > 4 && char.IsLower(next[0]) && next.EndsWith("ed", StringComparison.Ordinal)));
    }

    /// <summary>Conjunctions of time and cause that open a subordinate clause ("after", "when", "because"); not "as", which relays ("as the ministry said").</summary>
    private static readonly WordSet Subordinators = new("after", "when", "whenever", "before", "since", "until", "while", "whilst", "because", "once", "although", "though", "whereas");

    /// <summary>
    /// Whether <paramref name="cue"/> is a free relative opened by "what" and closed by a comma before the figure ("carried out with what
    /// local officials called rockets, also wrecked 23 blocks, the governor said"): its speaker vouches for the thing it
    /// names, not for the figures of the main clause, which a later clause attributes.
    /// </summary>
    private bool IsClosedFreeRelative(Cue cue, int figureStart, Sentence sentence)
    {
        if (cue.End > figureStart || cue.Start <= sentence.Start
            || !this.words.WordBefore(cue.Start, sentence.Start, out _).Equals("what", StringComparison.Ordinal))
        {
            return false;
        }
        return text.IndexOf(',', cue.End, figureStart - cue.End) >= 0;
    }

    /// <summary>
    /// Whether the clause whose speaker starts at <paramref name="speakerStart"/> is subordinate: the word before the speaker is a
    /// conjunction of <see cref="Subordinators"/> ("after leader Name said"), or one opens the stretch from the last comma to the
    /// speaker ("..., when fighting eased and the allies announced").
    /// </summary>
    private bool OpensSubordinateClause(int speakerStart, Sentence sentence)
    {
        var previous = this.words.WordBefore(speakerStart, sentence.Start, out int previousStart);
        int previousEnd = previousStart + previous.Length;
        if (previousEnd <= sentence.Start)
        {
            return false;
        }
        if (Subordinators.Contains(previous))
        {
            return true;
        }
        if (previous.Equals("than", StringComparison.Ordinal)
            || (Determiners.Contains(previous) && this.words.WordBefore(previousStart, sentence.Start, out _).Equals("than", StringComparison.Ordinal)))
        {
            return true; // "a toll far higher than the army reports suggest": a clause compared with, whose speaker owns no figure of the main one
        }
        int comma = text.LastIndexOf(',', previousEnd - 1, previousEnd - sentence.Start);
        if (comma < sentence.Start || previousEnd - comma > 120)
        {
            return false;
        }
        int first = Characters.SkipSpaces(text, comma + 1, previousEnd);
        return first < previousEnd && first < speakerStart && Subordinators.Contains(WordAt(first, previousEnd));
    }

    /// <summary>Conjunctions that open a clause set against the main one: "while", "whereas", "although", "though".</summary>
    private static readonly WordSet ConcessiveConjunctions = new("while", "While", "whereas", "Whereas", "although", "Although", "though", "Though");

    /// <summary>
    /// Whether the figure at <paramref name="figureStart"/> is in a clause opened by a <see cref="ConcessiveConjunctions"/> word at
    /// the sentence's start or after a comma, and a comma closes that clause before the clause at <paramref name="cueStart"/>: "While
    /// some 2,000 villagers were killed, Norland initially claimed 300" (the 2,000 are not Norland's). The clause after the comma
    /// opens with that speaker; a relay closing the sentence (", the agency said") speaks for both clauses.
    /// </summary>
    private bool InConcessiveClauseBefore(int figureStart, int cueStart, Sentence sentence)
    {
        if (cueStart <= figureStart)
        {
            return false;
        }
        int comma = text.IndexOf(',', figureStart, cueStart - figureStart);
        if (comma < 0 || Characters.SkipSpaces(text, comma + 1, cueStart) != cueStart)
        {
            return false; // the clause after the comma opens with its speaker: "..., Norland later admitted to 340"
        }
        int end = Characters.SkipSpacesBack(text, figureStart, sentence.Start);
        for (int words = 0; words < 12 && end > sentence.Start; words++)
        {
            if (text[end - 1] == ',' || text[end - 1] == ';')
            {
                return false;
            }
            int start = this.words.WordStart(end, sentence.Start);
            if (start == end)
            {
                end--;
                continue;
            }
            if (ConcessiveConjunctions.Contains(text.AsSpan(start, end - start)))
            {
                int before = Characters.SkipSpacesBack(text, start, sentence.Start);
                return before <= sentence.Start || text[before - 1] == ',';
            }
            end = Characters.SkipSpacesBack(text, start, sentence.Start);
        }
        return false;
    }

    /// <summary>Words after the verb of an as-clause that close it as a relay: a time, a place of saying, a second clause ("as the ministry said on Monday", "as police put it").</summary>
    private static readonly WordSet AsRelayFollowers = new(
        "on", "in", "at", "last", "earlier", "later", "this", "today", "yesterday", "late", "early", "during", "after", "before", "while",
        "when", "and", "but", "citing", "adding", "it", "so", "too", "again", "previously", "overnight", "tonight", "then");

    /// <summary>Verbs whose object is who heard the words, not what happened: "as police told reporters".</summary>
    private static readonly WordSet ListenerVerbs = new("told", "tells", "informed", "informs", "briefed", "briefs", "assured", "reminded");

    /// <summary>
    /// Whether <paramref name="cue"/> is a clause of time opened by "as" whose verb has an object of its own: "rose to 164 as police
    /// announced new arrests", "climbed to at least 85 as officials reported 19 engineers had been held". The speaker tells what the
    /// object says, not the main clause's figures before it. "as the ministry said", "as the ministry said on Monday" and "as
    /// police told reporters" close the clause at the verb: they relay what the main clause says.
    /// </summary>
    private bool IsAsClauseWithObject(Cue cue, Sentence sentence)
    {
        if (cue.Start >= cue.VerbStart || !this.words.WordBefore(cue.Start, sentence.Start, out _).Equals("as", StringComparison.Ordinal)
            || ListenerVerbs.Contains(text.AsSpan(cue.VerbStart, cue.VerbEnd - cue.VerbStart)))
        {
            return false;
        }
        int next = Characters.SkipSpaces(text, cue.VerbEnd, sentence.End);
        if (next >= sentence.End || !char.IsLetterOrDigit(text[next]))
        {
            return false; // "as the ministry said." / "as the ministry said, ..."
        }
        var word = WordAt(next, sentence.End);
        return !word.IsEmpty && !AsRelayFollowers.Contains(word) && !ArticleWords.IsWeekday(word);
    }

    /// <summary>Whether ", as" follows the figure ending at <paramref name="figureEnd"/> and opens the clause <paramref name="cue"/> ("half, as the founder claimed": its verb within a few words).</summary>
    private bool OpensAsClause(int figureEnd, Cue cue)
    {
        int comma = Characters.SkipSpaces(text, figureEnd, cue.VerbStart);
        if (comma >= cue.VerbStart || text[comma] != ',')
        {
            return false;
        }
        int word = Characters.SkipSpaces(text, comma + 1, cue.VerbStart);
        return cue.VerbStart - word <= 50 && WordAt(word, cue.VerbStart).Equals("as", StringComparison.OrdinalIgnoreCase)
               && Characters.IsSpace(text[word + 2]);
    }

    /// <summary>
    /// The chain a backward clause ("This was stated by X, reports Reuters") gives the figures before it:
    /// its own chain, then a clause after it in its sentence that relays it.
    /// </summary>
    /// <summary>
    /// A clause of sentence <paramref name="sentence"/> (one with no figure) whose verb publishes a document or a count ("In April the
    /// MoD released the latest annual numbers on amputations.", "The ministry published its report.") or whose subject is a document
    /// ("The report says the country saw another year of decline."): the figures after it are that document's. "A local NGO put the
    /// toll at nine" states its own and releases nothing. Null when no clause reads so.
    /// </summary>
    internal Cue? DocumentRelease(int sentence)
    {
        var span = layout.Sentences[sentence];
        foreach (var cue in cues[sentence])
        {
            if (cue.Speaker is not null && !cue.Chain.IsEmpty && !cue.RefersBack && cue.VerbEnd < span.End
                && ((Lexicon.PublishingVerbs.Contains(text.AsSpan(cue.VerbStart, cue.VerbEnd - cue.VerbStart))
                     && HasReportedObject(Characters.SkipSpaces(text, cue.VerbEnd, span.End), span))
                    || IsDocumentSubject(cue, span)))
            {
                return cue;
            }
        }
        return null;
    }

    /// <summary>Nouns of a document that is issued or received, besides <see cref="Lexicon.DocumentNouns"/>: "a casualty list has been published".</summary>
    private static readonly WordSet IssuedDocuments = new("list", "return", "returns", "telegram", "despatch", "dispatch", "communiqu\u00E9");

    /// <summary>Participles that say a document came out, after "has been", "was": "has been published", "was received on Tuesday".</summary>
    private static readonly WordSet IssuedParticiples = new("published", "issued", "received", "released", "circulated");

    /// <summary>Auxiliaries of a passive: "has been published", "was received".</summary>
    private static readonly WordSet IssuedAuxiliaries = new("has", "have", "had", "was", "were", "is", "are", "been");

    /// <summary>
    /// A sentence with no figure whose subject is a document and whose verb says it came out, with no one named as its maker:
    /// "The casualty list of the Fourth Corps was published on Friday.", "A second return of losses
    /// was received on Tuesday." The figures after it ("It includes: officers, 14 killed and 23 wounded") are that document's,
    /// until another source or the outlet's own voice takes over. Null for any other sentence.
    /// </summary>
    internal Attribution? IssuedDocument(int sentence)
    {
        var s = layout.Sentences[sentence];
        int i = Characters.SkipSpaces(text, s.Start, s.End);
        var first = WordAt(i, s.End);
        if (!(first.Equals("A", StringComparison.Ordinal) || first.Equals("An", StringComparison.Ordinal) || first.Equals("The", StringComparison.Ordinal)))
        {
            return null;
        }
        bool document = false;
        int subjectEnd = -1;
        int at = Characters.SkipSpaces(text, i + first.Length, s.End);
        for (int words = 0; words < 16 && at < s.End; words++)
        {
            int end = this.words.WordEnd(at, s.End);
            if (end == at)
            {
                if (text[at] == ',' && subjectEnd < 0 && document)
                {
                    subjectEnd = at; // "The list, sent from the corps, has been published"
                }
                at = Characters.SkipSpaces(text, at + 1, s.End);
                continue;
            }
            var word = text.AsSpan(at, end - at);
            if (words < 3 && !document && (Lexicon.DocumentNouns.Contains(word) || IssuedDocuments.Contains(word)))
            {
                document = true;
            }
            else if (document && IssuedAuxiliaries.Contains(word))
            {
                int next = Characters.SkipSpaces(text, end, s.End);
                var participle = WordAt(next, s.End);
                if (participle.Equals("been", StringComparison.Ordinal))
                {
                    next = Characters.SkipSpaces(text, next + participle.Length, s.End);
                    participle = WordAt(next, s.End);
                }
                if (!IssuedParticiples.Contains(participle) || HasByAgent(next + participle.Length, s.End))
                {
                    return null;
                }
                var speaker = Resolve(i, subjectEnd < 0 ? Characters.SkipSpacesBack(text, at, i) : subjectEnd, null);
                return speaker is null ? null : Attribution.Of([speaker.Source]);
            }
            at = Characters.SkipSpaces(text, end, s.End);
        }
        return null;
    }

    /// <summary>Whether "by" follows within the next three words: a passive with its agent ("was issued by the ministry"), read as that agent's clause.</summary>
    private bool HasByAgent(int from, int end)
    {
        int at = Characters.SkipSpaces(text, from, end);
        for (int words = 0; words < 3 && at < end; words++)
        {
            int wordEnd = this.words.WordEnd(at, end);
            if (wordEnd == at)
            {
                return false;
            }
            if (text.AsSpan(at, wordEnd - at).Equals("by", StringComparison.Ordinal))
            {
                return true;
            }
            at = Characters.SkipSpaces(text, wordEnd, end);
        }
        return false;
    }

    /// <summary>Whether the clause's subject, right before its verb and auxiliaries, is a document: "The report says ...", "the study has found".</summary>
    private bool IsDocumentSubject(Cue cue, Sentence sentence) => IsDocumentBefore(cue.VerbStart, cue.Start, sentence);

    /// <summary>
    /// Whether the word before <paramref name="verbStart"/>, past at most two auxiliaries and not before
    /// <paramref name="limit"/>, is a document noun ("figures", "report", "study").
    /// </summary>
    private bool IsDocumentBefore(int verbStart, int limit, Sentence sentence)
    {
        int end = Characters.SkipSpacesBack(text, verbStart, sentence.Start);
        for (int words = 0; words < 3 && end > limit; words++)
        {
            int start = this.words.WordStart(end, sentence.Start);
            if (start == end)
            {
                return false;
            }
            var word = text.AsSpan(start, end - start);
            if (!Auxiliaries.Contains(word))
            {
                return Lexicon.DocumentNouns.Contains(word);
            }
            end = Characters.SkipSpacesBack(text, start, sentence.Start);
        }
        return false;
    }

    internal Attribution BackwardChain(Cue cue, int sentence)
    {
        ReadOnlySpan<Cue> list = cues[sentence];
        int index = -1;
        for (int k = 0; k < list.Length; k++)
        {
            if (list[k] == cue)
            {
                index = k;
                break;
            }
        }
        var chain = cue.Chain;
        if (index >= 0 && index + 1 < list.Length && list[index + 1] is { IsRelay: true } relay && !relay.Chain.IsEmpty)
        {
            chain = chain.Then(relay.Chain);
        }
        return chain;
    }

    /// <summary>
    /// Whether a headline's name before its colon ("General Staff: ...") is a source the article quotes
    /// again: a later clause's speaker with that name, that name at the end of its own ("Ukraine's General
    /// Staff"), or the same head noun. "Myanmar: Over One Thousand ..." names a place, not a speaker, and so does a
    /// dateline in capitals ("HARBOURTON: Rescuers said ..."; see <see cref="IsCapitalsDateline"/>).
    /// </summary>
    internal bool IsConfirmedHeadlineName(Cue headline)
    {
        string name = headline.Speaker!.Source.Name;
        // Both looks below read the whole article: once per name, however many headlines repeat it.
        confirmedHeadlineNames ??= new Dictionary<(string, string), bool>();
        var key = (name, headline.Speaker.Head);
        if (!confirmedHeadlineNames.TryGetValue(key, out bool confirmed))
        {
            confirmed = !(IsCapitalsDateline(name) || IsNamedAsPlace(name)) || IsSpeakerLater(headline, name);
            confirmedHeadlineNames[key] = confirmed;
        }
        return confirmed;
    }

    /// <summary>Headline names already judged by <see cref="IsConfirmedHeadlineName"/>, by name and head noun.</summary>
    private Dictionary<(string, string), bool>? confirmedHeadlineNames;

    /// <summary>Whether a clause other than a headline's has <paramref name="headline"/>'s speaker, its name, a name ending in it, or its head noun.</summary>
    private bool IsSpeakerLater(Cue headline, string name)
    {
        for (int s = 0; s < sentenceCount; s++)
        {
            foreach (var cue in cues[s])
            {
                if (cue == headline || cue.IsHeadlineName || cue.Speaker is null)
                {
                    continue;
                }
                string other = cue.Speaker.Source.Name;
                if (ReferenceEquals(cue.Speaker, headline.Speaker) || string.Equals(other, name, StringComparison.OrdinalIgnoreCase)
                    || (other.Length > name.Length && other.EndsWith(name, StringComparison.OrdinalIgnoreCase) && other[other.Length - name.Length - 1] == ' ')
                    || string.Equals(cue.Speaker.Head, headline.Speaker!.Head, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The chain a list's introduction gives its items: a line with no figure that ends in a colon, by its
    /// last reporting clause ("According to the General Staff, Russia's losses amount to:"), else its
    /// subject ("The General Staff published its latest tally of Russian losses on Saturday:"), else the last clause of the
    /// sentence before it ("The monitor documented 4,075 deaths in May. The toll is as follows:"). <see cref="Attribution.Empty"/>
    /// for an introduction in the outlet's own voice ("Here are some details about ...:"), whose items continue no source. Null
    /// for any other sentence.
    /// </summary>
    internal Attribution? ListIntroduction(int sentence, ArraySegment<FigureCandidate> figures)
    {
        var s = layout.Sentences[sentence];
        int end = Characters.SkipSpacesBack(text, s.End, s.Start);
        if (end <= s.Start || text[end - 1] != ':' && !BreaksOffAtLineEnd(sentence, end))
        {
            return null;
        }
        int open = Characters.SkipSpaces(text, s.Start, end);
        var opening = WordAt(open, end);
        if (opening.Length > 2 && Characters.IsApostrophe(opening[^2]) && opening[^1] == 's')
        {
            opening = opening[..^2]; // "Here's", "There's": the contracted copula
        }
        if (OutletListOpenings.Contains(opening))
        {
            // "Here's a breakdown of the Valley Monitor's numbers:": the outlet introduces a list it says is someone's; else
            // "Here are some details about the forces:" is the outlet's own list, no one else's. A cue past the opening still
            // speaks ("Here is what the ministry said:"); one that only reads the opening as a name does not.
            if (ListOwner(open, end) is { } owner)
            {
                return Attribution.Of([owner.Source]);
            }
            return cues[sentence].Count > 0 && cues[sentence][^1].Start > open + opening.Length ? cues[sentence][^1].Chain : Attribution.Empty;
        }
        if (cues[sentence].Count > 0)
        {
            return cues[sentence][^1].Chain;
        }
        if (IsBoxLine(s.Paragraph))
        {
            return Attribution.Empty; // a box's heading ("Strength:", "Did not take part in the battle:") says what its rows count, not who counted
        }
        currentSentence = sentence;
        var subject = EndsWithCountedHeading(s.Start, end) ? null : SubjectSpeaker(s, figures, s.End); // "Fleet losses:", "Sites hit:": what the list counts
        currentSentence = -1;
        if (subject is null && sentence > 0 && cues[sentence - 1].Count > 0 && layout.Sentences[sentence - 1].Paragraph >= s.Paragraph - 1)
        {
            return cues[sentence - 1][^1].Chain; // "The monitor documented 4,075 deaths in May. The toll is as follows:": the report goes on
        }
        return subject is null ? null : Attribution.Of([subject.Source]);
    }

    /// <summary>Last words of a heading that say what its list or line counts, not who counted: "Fleet losses:", "Sites hit:", "Attack sites:", "Confirmed Casualties:".</summary>
    private static readonly WordSet CountedHeadingWords = new("losses", "loss", "casualties", "deaths", "dead", "killed", "wounded", "injured", "toll", "victims", "hit", "damage", "destroyed", "sites", "targets");

    /// <summary>Whether the words from <paramref name="start"/> to <paramref name="end"/> (a colon, if any, at the end) close on a word of <see cref="CountedHeadingWords"/>.</summary>
    private bool EndsWithCountedHeading(int start, int end)
    {
        end = Characters.SkipSpacesBack(text, end, start);
        if (end > start && text[end - 1] == ':')
        {
            end = Characters.SkipSpacesBack(text, end - 1, start);
        }
        int wordStart = this.words.WordStart(end, start);
        return wordStart < end && CountedHeadingWords.Contains(text.AsSpan(wordStart, end - wordStart));
    }

    /// <summary>
    /// A credit line that names the source of a news item: a paragraph opened by "Source:" or "Sources:" and a name, the
    /// first of several after a slash, with the name's title after a comma as its description ("Source: Mara Holt,
    /// spokeswoman for the Karsk emergency service, on Telegram"). Its chain; null for any other sentence.
    /// </summary>
    internal Attribution? SourceLine(int sentence)
    {
        var s = layout.Sentences[sentence];
        if (sentence > 0 && layout.Sentences[sentence - 1].Paragraph == s.Paragraph)
        {
            return null; // the credit opens its own paragraph
        }
        int start = Characters.SkipSpaces(text, s.Start, s.End);
        int wordEnd = this.words.WordEnd(start, s.End);
        var word = text.AsSpan(start, wordEnd - start);
        if (wordEnd >= s.End || text[wordEnd] != ':' || !(word.Equals("Source", StringComparison.Ordinal) || word.Equals("Sources", StringComparison.Ordinal)))
        {
            return null;
        }
        int paragraphEnd = s.End;
        for (int k = sentence + 1; k < layout.Sentences.Count && layout.Sentences[k].Paragraph == s.Paragraph; k++)
        {
            paragraphEnd = layout.Sentences[k].End; // "Source: Name, Head of the Karsk Regional Military Administration, on Telegram" may be cut at an abbreviation
        }
        int nameStart = Characters.SkipSpaces(text, wordEnd + 1, paragraphEnd);
        int nameEnd = nameStart;
        while (nameEnd < paragraphEnd && text[nameEnd] != ',' && text[nameEnd] != '/' && text[nameEnd] != ';')
        {
            nameEnd++;
        }
        nameEnd = Characters.SkipSpacesBack(text, nameEnd, nameStart);
        if (nameEnd <= nameStart || !char.IsUpper(text[nameStart]))
        {
            return null;
        }
        string? description = null;
        if (nameEnd < paragraphEnd && text[nameEnd] == ',')
        {
            int titleStart = Characters.SkipSpaces(text, nameEnd + 1, paragraphEnd);
            int titleEnd = text.IndexOf(',', titleStart, paragraphEnd - titleStart) is var comma and >= 0 ? comma : paragraphEnd;
            titleEnd = Characters.SkipSpacesBack(text, titleEnd, titleStart);
            if (titleEnd > titleStart && !WordAt(titleStart, titleEnd).Equals("on", StringComparison.Ordinal) && !WordAt(titleStart, titleEnd).Equals("in", StringComparison.Ordinal))
            {
                description = text[titleStart..titleEnd].TrimEnd('.');
            }
        }
        var speaker = Resolve(nameStart, nameEnd, description);
        return speaker is null ? null : Attribution.Of([speaker.Source]);
    }

    /// <summary>
    /// The speaker a quotation in the next paragraph belongs to, when <paramref name="sentence"/> (with no figure) ends its
    /// paragraph and the next paragraph opens with a quotation mark: the speaker of its last reporting clause ("Name, another
    /// survivor, says he will never forget the day." then "\"... We counted 428 dead.\""), or, with no clause, its subject
    /// when that is a person ("Name, one of the survivors, remembers the date with sadness." then the quotation). Null
    /// otherwise. Read only for sentences without figures that end a paragraph.
    /// </summary>
    internal Attribution? QuotationIntroducer(int sentence)
    {
        var s = layout.Sentences[sentence];
        if (sentence + 1 >= layout.Sentences.Count || layout.Sentences[sentence + 1].Paragraph != s.Paragraph + 1)
        {
            return null;
        }
        int next = Characters.SkipSpaces(text, layout.Sentences[sentence + 1].Start, layout.Sentences[sentence + 1].End);
        if (next >= text.Length || !Characters.IsDoubleQuote(text[next]) || layout.QuotationAt(next + 1) < 0)
        {
            return null;
        }
        if (cues[sentence].Count > 0)
        {
            return cues[sentence][^1].Speaker is null ? null : cues[sentence][^1].Chain;
        }
        currentSentence = sentence;
        var subject = SubjectSpeaker(s, ArraySegment<FigureCandidate>.Empty, s.End);
        currentSentence = -1;
        return subject is { IsPerson: true } ? Attribution.Of([subject.Source]) : null;
    }

    /// <summary>Words that cannot end a clause, so a line ending in one goes on in the lines after it: "... losses amounted to", "... were".</summary>
    private static readonly WordSet DanglingWords = new("to", "are", "were", "include", "includes", "included", "including", "comprise", "comprised");

    /// <summary>
    /// Whether the sentence ends its paragraph with no closing mark, on a word that cannot end a clause ("According to the
    /// command, the enemy's losses amounted to" and a line "tanks - 364" after it): a list's introduction written without its
    /// colon. <paramref name="end"/> is the sentence's end, spaces skipped.
    /// </summary>
    private bool BreaksOffAtLineEnd(int sentence, int end)
    {
        if (!char.IsLetter(text[end - 1]) || sentence + 1 >= layout.Sentences.Count || layout.Sentences[sentence + 1].Paragraph == layout.Sentences[sentence].Paragraph)
        {
            return false;
        }
        int start = this.words.WordStart(end, layout.Sentences[sentence].Start);
        return DanglingWords.Contains(text.AsSpan(start, end - start));
    }

    /// <summary>
    /// The owner a list's introduction in the outlet's voice names for the list: a possessive before a count noun or a tally
    /// word at most two words on ("Here's a breakdown of the Valley Monitor's numbers:", "Below are the army's figures:"), the
    /// possessor read back over capitalised words and one article. Null when there is none.
    /// </summary>
    private Speaker? ListOwner(int start, int end)
    {
        for (int i = start + 2; i < end - 1; i++)
        {
            if (text[i] != 's' || !Characters.IsApostrophe(text[i - 1]) || char.IsLetter(text[i + 1]) || !char.IsLetter(text[i - 2]))
            {
                continue;
            }
            int noun = Characters.SkipSpaces(text, i + 1, end);
            bool counted = false;
            for (int words = 0; words < 3 && noun < end && !counted; words++)
            {
                var word = WordAt(noun, end);
                if (word.IsEmpty)
                {
                    break;
                }
                counted = Lexicon.CountNouns.Contains(word) || ReportedObjects.Contains(word);
                noun = Characters.SkipSpaces(text, noun + word.Length, end);
            }
            if (!counted)
            {
                continue;
            }
            int possessorEnd = i - 1;
            int possessorStart = this.words.WordStart(possessorEnd, start);
            if (possessorStart <= start || !char.IsUpper(text[possessorStart]))
            {
                continue; // "Here's" itself, "the province's numbers": no capitalised owner
            }
            while (this.words.WordBefore(possessorStart, start, out int before) is var previous && !previous.IsEmpty
                   && (char.IsUpper(previous[0]) || previous.Equals("the", StringComparison.Ordinal)) && before > start)
            {
                possessorStart = before;
                if (previous.Equals("the", StringComparison.Ordinal))
                {
                    break;
                }
            }
            return Resolve(possessorStart, possessorEnd, null);
        }
        return null;
    }

    /// <summary>Heads of a body or document that gathers evidence and owns what it gathered: "The inquiry heard from 40 witnesses".</summary>
    private static readonly WordSet InquiryNouns = new("inquiry", "investigation", "probe", "commission", "report", "study", "review", "survey", "assessment", "analysis");

    /// <summary>Verbs of an inquiry's own work that do not end in -ed: "The inquiry heard", "the probe found".</summary>
    private static readonly WordSet InquiryVerbs = new("heard", "found", "took", "met", "read", "saw", "has", "had", "have", "was", "is", "were");

    /// <summary>
    /// The inquiry or document that opens a sentence with no reporting clause as its subject, its verb right after its head
    /// ("The inquiry heard from 40 witnesses and studied 300 statements", "The review was based on 35 hearings", "An
    /// initial review listed 12 names"): the figures after it are its own record, not the words of a source named before.
    /// An article and at most three words before the head; null when the sentence does not open so or a figure comes first.
    /// </summary>
    internal Speaker? InquirySubject(int sentence, int figureStart)
    {
        var s = layout.Sentences[sentence];
        int start = Characters.SkipSpaces(text, s.Start, s.End);
        var article = WordAt(start, s.End);
        if (!(article.Equals("The", StringComparison.Ordinal) || article.Equals("An", StringComparison.Ordinal) || article.Equals("A", StringComparison.Ordinal)))
        {
            return null;
        }
        int at = Characters.SkipSpaces(text, start + article.Length, s.End);
        for (int words = 0; words < 4 && at < figureStart; words++)
        {
            var word = WordAt(at, s.End);
            if (word.IsEmpty)
            {
                return null;
            }
            int wordEnd = at + word.Length;
            if (InquiryNouns.Contains(word))
            {
                int verb = Characters.SkipSpaces(text, wordEnd, s.End);
                if (verb == wordEnd || verb >= figureStart)
                {
                    return null; // "The report, ...": a comma or a figure right after the head
                }
                var next = WordAt(verb, s.End);
                bool acts = InquiryVerbs.Contains(next) || (next.Length > 4 && char.IsLower(next[0]) && next.EndsWith("ed", StringComparison.Ordinal));
                return acts ? Resolve(start, wordEnd, null) : null;
            }
            if (wordEnd >= s.End || !Characters.IsSpace(text[wordEnd]))
            {
                return null;
            }
            at = Characters.SkipSpaces(text, wordEnd, s.End);
        }
        return null;
    }

    /// <summary>Words that open a list's introduction in the outlet's own voice: "Here are the figures:", "Below is a breakdown:", "There are so many ... that the following estimates are guides:".</summary>
    private static readonly WordSet OutletListOpenings = new("Here", "Below", "Following", "These", "Those", "There");

    /// <summary>Tags of a transcript's questioner: their paragraphs speak for no source.</summary>
    private static readonly WordSet QuestionerTags = new("Q", "QUESTION", "REPORTER", "MODERATOR", "STAFF");

    /// <summary>Titles that open a parliamentary record's line naming the member who answers: "Mr. Blake", "Mrs. Ward".</summary>
    private static readonly WordSet MemberTitles = new("Mr", "Mrs", "Ms", "Dr");

    /// <summary>Words of an office that answers in a parliamentary record: "The Prime Minister", "The Secretary of State for Defence".</summary>
    private static readonly WordSet AnsweringOffices = new("Minister", "Secretary");

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) is only "The" and the capitalised words of an office with
    /// "of", "for", "and" between them, one of them <see cref="AnsweringOffices"/>: "The Prime Minister".
    /// </summary>
    private bool IsOfficeLine(int start, int end)
    {
        if (!WordAt(start, end).Equals("The", StringComparison.Ordinal))
        {
            return false;
        }
        bool office = false;
        for (int i = Characters.SkipSpaces(text, start + 3, end); i < end; i = Characters.SkipSpaces(text, i, end))
        {
            int wordEnd = this.words.WordEnd(i, end);
            if (wordEnd == i)
            {
                return false;
            }
            var word = text.AsSpan(i, wordEnd - i);
            if (!char.IsUpper(word[0]) && !word.Equals("of", StringComparison.Ordinal) && !word.Equals("for", StringComparison.Ordinal) && !word.Equals("and", StringComparison.Ordinal))
            {
                return false;
            }
            office |= AnsweringOffices.Contains(word);
            i = wordEnd;
        }
        return office;
    }

    /// <summary>
    /// A parliamentary record's speaker line: a paragraph that is only a title with its period and one to three capitalised
    /// words ("Mr. Blake"), with a paragraph after it. The member speaks for the paragraphs after it up to the next such line or
    /// tag; null for any other paragraph.
    /// </summary>
    private Attribution? NameLineSpeaker(int sentence)
    {
        var s = layout.Sentences[sentence];
        if (sentence + 1 >= layout.Sentences.Count || layout.Sentences[sentence + 1].Paragraph == s.Paragraph
            || (sentence > 0 && layout.Sentences[sentence - 1].Paragraph == s.Paragraph))
        {
            return null;
        }
        int end = Characters.SkipSpacesBack(text, s.End, s.Start);
        int titleEnd = this.words.WordEnd(s.Start, end);
        if (end - s.Start <= 40 && IsOfficeLine(s.Start, end))
        {
            var office = Resolve(s.Start, end, null); // "The Prime Minister" over the answer
            return office is null ? null : Attribution.Of([office.Source]);
        }
        if (end - s.Start > 40 || titleEnd >= end || text[titleEnd] != '.' || !MemberTitles.Contains(text.AsSpan(s.Start, titleEnd - s.Start)))
        {
            return null;
        }
        int nameStart = Characters.SkipSpaces(text, titleEnd + 1, end);
        int words = 0;
        for (int i = nameStart; i < end; words++)
        {
            int wordEnd = this.words.WordEnd(i, end);
            if (wordEnd == i || !char.IsUpper(text[i]) || words == 3)
            {
                return null; // "Mr. Blake said ...": a sentence, not a line naming who speaks
            }
            i = Characters.SkipSpaces(text, wordEnd, end);
        }
        if (words == 0)
        {
            return null;
        }
        var speaker = Resolve(s.Start, end, null);
        return speaker is null ? null : Attribution.Of([speaker.Source]);
    }

    /// <summary>
    /// A parliamentary record's paragraph opened by its section mark and the member, the name run into what the member says
    /// or asks ("\u00A7 Mr. HarlanThe latest returns ...", "\u00A7 Mr. OrrI regret ...", "\u00A7 Mr. VOSSKEThe ...",
    /// "\u00A7 Mr. Harlan:Most ...", "\u00A7 5. Mr. Orvilleasked the Minister ..."): the member speaks for the paragraph and the ones
    /// after it up to the next such mark; a member who "asked" speaks for no figure (<see cref="Attribution.Empty"/>). Null when
    /// no title and name open the paragraph, or the name ends as a word of its own ("\u00A7 Mr. Blake said").
    /// </summary>
    private Attribution? GluedMemberSpeaker(int sentence)
    {
        var s = layout.Sentences[sentence];
        int limit = Math.Min(s.End, s.Start + 60);
        int i = Characters.SkipSpaces(text, s.Start + 1, limit);
        if (i < limit && char.IsDigit(text[i]))
        {
            int numberEnd = this.words.WordEnd(i, limit);
            if (numberEnd >= limit || text[numberEnd] != '.')
            {
                return null;
            }
            i = Characters.SkipSpaces(text, numberEnd + 1, limit); // "\u00A7 5. Mr. ...": the question's number
        }
        int titleStart = i, titleEnd = this.words.WordEnd(i, limit);
        if (titleEnd >= limit || text[titleEnd] != '.' || !MemberTitles.Contains(text.AsSpan(titleStart, titleEnd - titleStart)))
        {
            return null;
        }
        i = Characters.SkipSpaces(text, titleEnd + 1, limit);
        for (int words = 0; words < 4 && i < limit && char.IsUpper(text[i]); words++)
        {
            int end = i;
            while (end < limit && char.IsLetter(text[end]) || end < limit && Characters.IsWordHyphen(text[end]) || end < limit && Characters.IsApostrophe(text[end]))
            {
                end++;
            }
            if (end < limit && text[end] == '.' && end - i == 1)
            {
                i = Characters.SkipSpaces(text, end + 1, limit); // an initial: "G. Johnson Smith"
                continue;
            }
            int nameEnd = GluedNameEnd(i, end, out bool asks);
            if (nameEnd < 0 && end < limit && Characters.IsSpace(text[end]))
            {
                i = Characters.SkipSpaces(text, end, limit); // a name word of its own; the glued one comes later
                continue;
            }
            if (nameEnd < 0 && end < limit && (text[end] == ':' || char.IsDigit(text[end])))
            {
                nameEnd = end; // "Mr. Harlan:Most ...", "Mr. Harlan36 cadets ..."
            }
            if (nameEnd <= i)
            {
                return null;
            }
            if (asks)
            {
                return Attribution.Empty;
            }
            var speaker = Resolve(titleStart, nameEnd, null);
            return speaker is null ? null : Attribution.Of([speaker.Source]);
        }
        return null;
    }

    /// <summary>
    /// Where a member's name ends inside the word [<paramref name="start"/>, <paramref name="end"/>) that runs it into the next
    /// word: before "asked" (<paramref name="asks"/>), before the last capital that follows a small letter ("HarlanThe",
    /// "MacLeanThe"), or before the capital that opens a small-letter word after a run of capitals ("VOSSKEThe"); -1 when the
    /// word is a name alone.
    /// </summary>
    private int GluedNameEnd(int start, int end, out bool asks)
    {
        asks = false;
        const string asked = "asked";
        if (end - start > asked.Length + 1 && text.AsSpan(end - asked.Length, asked.Length).SequenceEqual(asked))
        {
            asks = true;
            return end - asked.Length;
        }
        for (int k = end - 1; k > start; k--)
        {
            if (char.IsUpper(text[k]) && char.IsLower(text[k - 1]))
            {
                return OpensAnswer(k, end) ? k : -1; // "McDonald" is a name alone: "Donald" opens no answer
            }
        }
        for (int k = start + 2; k < end; k++)
        {
            if (char.IsLower(text[k]))
            {
                return char.IsUpper(text[k - 1]) && char.IsUpper(text[k - 2]) && OpensAnswer(k - 1, end) ? k - 1 : -1;
            }
        }
        return -1;
    }

    /// <summary>Words an answer opens with, run into the member's name before them: "I regret", "The information is", "In 2020".</summary>
    private static readonly WordSet AnswerOpenings = new("I", "The", "It", "We", "There", "This", "That", "These", "Those", "My", "Our", "Of", "No", "Yes", "A", "An", "So", "If", "Only", "Figures", "Information");

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) is a word an answer opens with (<see cref="AnswerOpenings"/>, <see cref="Lexicon.SentenceOpeningWords"/>).</summary>
    private bool OpensAnswer(int start, int end)
        => AnswerOpenings.Contains(text.AsSpan(start, end - start)) || Lexicon.SentenceOpeningWords.Contains(text.AsSpan(start, end - start));

    /// <summary>
    /// A press-conference transcript's speaker tag opening the paragraph of <paramref name="sentence"/>: "COL. SMITH:  Good
    /// morning ...", upper-case words opened by a title and its period (or a spelt-out title, "PRESIDENT VANCE:"), at most five
    /// words before a colon. Null when the paragraph
    /// opens with no tag; <see cref="Attribution.Empty"/> for a questioner's tag ("Q:"); else the tagged speaker, who speaks for
    /// the paragraphs after it up to the next tag.
    /// </summary>
    internal Attribution? TranscriptSpeaker(int sentence)
    {
        if (NameLineSpeaker(sentence) is { } member)
        {
            return member;
        }
        if (text[layout.Sentences[sentence].Start] == '\u00A7' && GluedMemberSpeaker(sentence) is { } glued)
        {
            return glued;
        }
        int start = layout.Sentences[sentence].Start;
        int limit = Math.Min(text.Length, start + 40);
        int colon = -1, letters = 0, words = 1;
        for (int i = start; i < limit; i++)
        {
            char c = text[i];
            if (c == ':')
            {
                colon = i;
                break;
            }
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return null;
                }
                letters++;
            }
            else if (c == ' ')
            {
                words += i > start && text[i - 1] != ' ' ? 1 : 0;
            }
            else if (c != '.' && !Characters.IsApostrophe(c) && !Characters.IsWordHyphen(c))
            {
                return null;
            }
        }
        if (colon < 0 || letters == 0 || words > 5 || colon + 1 >= text.Length || !Characters.IsSpace(text[colon + 1]))
        {
            return null;
        }
        int nameEnd = Characters.SkipSpacesBack(text, colon, start);
        if (QuestionerTags.Contains(text.AsSpan(start, nameEnd - start)))
        {
            return Attribution.Empty;
        }
        int titleEnd = this.words.WordEnd(start, nameEnd);
        if (words >= 2 && titleEnd < nameEnd && Characters.IsSpace(text[titleEnd]) && TitleWords.Contains(text.AsSpan(start, titleEnd - start)))
        {
            // "PRESIDENT VANCE: The war cost us ...", "SECRETARY HOLM:": a spelt-out title in capitals before the name
            return Resolve(start, nameEnd, null) is { } titled ? Attribution.Of([titled.Source]) : null;
        }
        if (letters < 2 || titleEnd >= nameEnd || text[titleEnd] != '.' || titleEnd - start > 5)
        {
            return null; // not "BEIRUT:", "UPDATE:" or "NEW DELHI:": a tag opens with a title ("COL.", "GEN.", "MR.") before the name
        }
        if (titleEnd - start < 2 || !Characters.IsSpace(text[titleEnd + 1]))
        {
            return null; // "U.S.: Up to 900 killed": initials, a headline's source (for its own figure only), not a title and a name
        }
        var speaker = Resolve(start, nameEnd, null);
        return speaker is null ? null : Attribution.Of([speaker.Source]);
    }

    /// <summary>
    /// Whether a name before a line's colon is written as a dateline: every letter a capital, no initials' periods, at least
    /// four letters ("HARBOURTON:", "NEW DELHI:"). An agency's short initials ("UN:", "AP:", "U.S.:") are not; a longer
    /// acronym that speaks again later in the article ("UNICEF: ... UNICEF said") is confirmed by that later clause.
    /// </summary>
    private static bool IsCapitalsDateline(string name)
    {
        int letters = 0;
        foreach (char c in name)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
                letters++;
            }
            else if (c == '.')
            {
                return false;
            }
        }
        return letters >= 4;
    }

    /// <summary>Whether the article writes "in <paramref name="name"/>", "from ...", "across ...": a place.</summary>
    private bool IsNamedAsPlace(string name)
    {
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            int end = at + name.Length;
            if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end])))
            {
                continue;
            }
            // "in Myanmar", "in northern Burkina Faso", "across eastern Sudan"
            int before = Characters.SkipSpacesBack(text, at, 0);
            int wordStart = this.words.WordStart(before, 0);
            var word = text.AsSpan(wordStart, before - wordStart);
            if (Lexicon.CompassWords.Contains(word))
            {
                before = Characters.SkipSpacesBack(text, wordStart, 0);
                wordStart = this.words.WordStart(before, 0);
                word = text.AsSpan(wordStart, before - wordStart);
            }
            if (Lexicon.PlaceNamePrepositions.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="sentence"/> is a headline (one line, no closing full stop).</summary>
    internal bool IsHeadline(int sentence) => IsHeadline(layout.Sentences[sentence]);

    /// <summary>The index of the first clause whose verb starts after <paramref name="position"/> (clauses are in text order).</summary>
    internal static int FirstCueAfter(ReadOnlySpan<Cue> list, int position)
    {
        int lo = 0, hi = list.Length;
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
    private static int FirstFigureFrom(ArraySegment<FigureCandidate> figures, int position)
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

    /// <summary>The clauses of the sentence being read, copied to an exact array when it is read.</summary>
    private readonly List<Cue> sentenceCues = [];

    /// <summary>The phrases the sentence being read cites ("citing X", "quoted X as saying"): the workspace's list, cleared per sentence.</summary>
    private readonly List<(int Start, int End)> sentenceCitations;

    private ArraySegment<Cue> ReadSentence(Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        List<Cue>? found = null;
        List<Cue>? makers = null;
        sentenceCues.Clear();
        var citations = sentenceCitations;
        citations.Clear();
        bool isHeadline = IsHeadline(sentence); // once, not at each capitalised word
        // Once, not at each candidate word: in a sentence no quotation reaches, no word is inside one.
        bool quoted = layout.HasQuotationIn(sentence);
        int i = sentence.Start;
        if (figures.Count == 0 && text[i] == 'T' && EstimateOfPointer(sentence, figures) is { } pointer)
        {
            // "The brigade lost about 3,400. This is the estimate of field commanders on the river.": the figures just given are theirs
            (found ??= sentenceCues).Add(pointer);
            i = sentence.End;
        }
        else if (figures.Count == 0 && (text[i] == 'T' || text[i] == 'A') && FiguresHereCredit(sentence, figures) is { } here)
        {
            // "The numbers below come from a count kept by the Varo Society.": its maker speaks for the figures after it
            (found ??= sentenceCues).Add(here);
            i = sentence.End;
        }
        while (i < sentence.End)
        {
            // A clause's word starts with a letter not after a letter or digit: the characters before the next start of a word are passed at once.
            i = words.NextWordStart(i, sentence.End, sentence.Start);
            if (i >= sentence.End)
            {
                break;
            }
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            int wordEnd = this.words.WordEnd(i, sentence.End);
            int length = wordEnd - i;
            if (length == 2 && (text[i] == 'b' || text[i] == 'B') && text[i + 1] == 'y' && (!quoted || layout.QuotationAt(i) < 0)
                && ReadByEstimates(i, wordEnd, sentence, figures) is { } byCue)
            {
                // "by expert estimates", "by the count of X", "by X's tally"
                (found ??= sentenceCues).Add(byCue);
                i = Math.Max(i + 1, byCue.End);
                continue;
            }
            if (length == 2 && (text[i] == 'b' || text[i] == 'B') && text[i + 1] == 'y' && (!quoted || layout.QuotationAt(i) < 0)
                && ReadCountMaker(i, wordEnd, sentence, figures) is { } makerCue)
            {
                // "The civilian toll claimed by Dovran officials is 412": who made the count speaks for it, unless a clause
                // reads the phrase as its subject ("figures released by the ministry suggest"): kept aside until the sentence is read.
                (makers ??= []).Add(makerCue); // the words after "by" are read on: a verb there may take the phrase as its subject
            }
            if (length >= 4 && length <= 10 && char.IsLower(text[i]) && (Lexicon.PossessiveCountNouns.Contains(text.AsSpan(i, length)) || MakerCountNouns.Contains(text.AsSpan(i, length))) && (!quoted || layout.QuotationAt(i) < 0)
                && ReadPossessiveCount(i, wordEnd, sentence, figures) is { } countCue)
            {
                // "while Moscow's count stood at over 350,000"
                (found ??= sentenceCues).Add(countCue);
                i = Math.Max(i + 1, wordEnd);
                continue;
            }
            if (length == 2 && (text[i] == 'o' || text[i] == 'i') && text[i + 1] == 'n' && (!quoted || layout.QuotationAt(i) < 0)
                && ReadCountOnMedia(i, wordEnd, sentence, figures) is { } mediaCue)
            {
                // "The latest tally in state newspapers was 1,400": the outlet that carries the count speaks for it
                (found ??= sentenceCues).Add(mediaCue);
                i = Math.Max(i + 1, mediaCue.End);
                continue;
            }
            if (length == 3 && text[i] == 'p' && text[i + 1] == 'e' && text[i + 2] == 'r' && (!quoted || layout.QuotationAt(i) < 0)
                && ReadAsPer(i, wordEnd, sentence, figures) is { } perCue)
            {
                // "the losses, as per official figures, have reached ...": an attribution as "according to" is
                (found ??= sentenceCues).Add(perCue);
                i = Math.Max(i + 1, perCue.End);
                continue;
            }
            if (length >= 3 && length <= 12 && (char.IsLower(text[i]) || text[i] == 'A' || isHeadline) && MayBeVerb(text[i], length) && IsVerb(text.AsSpan(i, length)) && (!quoted || layout.QuotationAt(i) < 0))
            {
                if (text.AsSpan(i, length).Equals("quoted", StringComparison.Ordinal) && QuotedAsSaying(wordEnd, sentence) is var asWord && asWord > 0)
                {
                    // "The agency quoted Ivan Petrov, a regional governor, as saying that ...": the agency relays, the quoted one speaks.
                    // Passive, "Ivan Petrov was quoted by the agency as saying": the agent after "by" relays, the subject speaks.
                    int npStart = Characters.SkipSpaces(text, wordEnd, sentence.End);
                    Speaker? relay;
                    int npEnd;
                    int cueStart = i;
                    if (SpanScanner.PhraseEnd(text.AsSpan(0, sentence.End), npStart, "by") is var byEnd and > 0 && PassiveSubject(i, sentence, figures) is var (quotedStart, quotedEnd) && quotedStart >= 0)
                    {
                        int agentStart = Characters.SkipSpaces(text, byEnd, sentence.End);
                        int agentEnd = Math.Min(ReadPhraseForward(agentStart, sentence, figures), asWord);
                        relay = agentEnd > agentStart ? Resolve(agentStart, agentEnd, null) : null;
                        (npStart, npEnd) = (quotedStart, quotedEnd);
                    }
                    else if (npStart == asWord && PassiveSubject(i, sentence, figures) is var (subjectStart, subjectEnd) && subjectStart >= 0)
                    {
                        // "Name was quoted as saying", no agent: the one quoted speaks, no one relays that the text names.
                        relay = Resolve(subjectStart, subjectEnd, null);
                        npEnd = npStart;
                        if (relay is not null)
                        {
                            (found ??= sentenceCues).Add(new Cue { VerbStart = i, VerbEnd = wordEnd, Start = subjectStart, End = wordEnd, Speaker = relay });
                        }
                    }
                    else
                    {
                        npEnd = Math.Min(ReadPhraseForward(npStart, sentence, figures), asWord);
                        relay = SubjectSpeaker(sentence, figures, i);
                        if (relay is null && SubjectAfterQuotation(i, sentence, figures, out int relayStart) is { } afterQuotation)
                        {
                            relay = afterQuotation;
                            cueStart = relayStart; // the clause opens right after the quotation it speaks for
                        }
                    }
                    var cue = relay is null ? null : new Cue { VerbStart = i, VerbEnd = wordEnd, Start = cueStart, End = wordEnd, Speaker = relay };
                    if (cue is not null && npEnd > npStart)
                    {
                        (found ??= sentenceCues).Add(cue);
                        citations.Add((npStart, npEnd));
                    }
                }
                else if (text.AsSpan(i, length).Equals("citing", StringComparison.Ordinal) || text.AsSpan(i, length).Equals("quoting", StringComparison.Ordinal))
                {
                    int npStart = Characters.SkipSpaces(text, wordEnd, sentence.End);
                    int npEnd = ReadPhraseForward(npStart, sentence, figures);
                    if (npEnd > npStart && CitesSomeone(npStart, npEnd)
                        && !this.words.WordBefore(i, sentence.Start, out _).Equals("without", StringComparison.OrdinalIgnoreCase)) // "without citing its source": no one cited
                    {
                        citations.Add((npStart, npEnd));
                    }
                }
                else if (ReadPurposeEstimate(i, wordEnd, sentence, figures) is { } purposeCue)
                {
                    (found ??= sentenceCues).Add(purposeCue); // "the study used data ... to estimate that ...": the subject estimates
                }
                else if (!IsNounUse(i, sentence.Start))
                {
                    var cue = ReadCue(i, wordEnd, sentence, figures, found ?? NoCues);
                    if (cue is not null && IsPlaceRecording(cue))
                    {
                        cue = null; // "the city of Varn recorded 60 deaths": the place's deaths, whoever counted them
                    }
                    if (cue is not null)
                    {
                        (found ??= sentenceCues).Add(cue);
                    }
                }
            }
            i = Math.Max(i + 1, wordEnd);
        }
        found = AddRowLabels(sentence, figures, found); // "Per Kessia:, 1,834 soldiers killed": a box row's label names who counted
        if (found is null && OpeningDocumentCue(sentence, figures) is { } opening)
        {
            // "In a recent update from the General Staff, it was reported that ...": the document's maker speaks for the sentence.
            found = sentenceCues;
            found.Add(opening);
        }
        if (makers is not null)
        {
            found = AddCountMakers(makers, found);
        }
        if (found is null && HeadlineSpeaker(sentence, figures) is { } headline)
        {
            found = sentenceCues;
            found.Add(headline);
        }
        if (found is null && TableRowSpeaker(sentence, figures) is { } row)
        {
            found = sentenceCues;
            found.Add(row);
        }
        if (found is null && isHeadline && HeadlineTailSpeaker(sentence, figures) is { } tail)
        {
            found = sentenceCues;
            found.Add(tail);
        }
        if (found is null && citations.Count > 0)
        {
            // "..., Reuters , citing a source in the Ukrainian General Staff": the cited source, relayed by a name before "citing" (or "quoting").
            var (citedStart, citedEnd) = citations[0];
            var cited = Resolve(citedStart, citedEnd, null);
            if (cited is not null)
            {
                var citing = new Cue { VerbStart = citedStart, VerbEnd = citedStart, Start = citedStart, End = citedEnd, Speaker = cited };
                found = sentenceCues;
                found.Add(citing);
                citations.Clear();
            }
        }
        found = AddGappedCues(sentence, figures, found); // "Kessia put the toll at 400 and Varo at 600": the 600 is Varo's
        found = AddAuthorYearCitations(sentence, figures, found); // "lost about 12,000 men (Marlow 1998, p. 45)": Marlow's figure
        if (found is null)
        {
            return ArraySegment<Cue>.Empty;
        }
        if (citations.Count > 0)
        {
            foreach (var (start, end) in citations)
            {
                int after = FirstCueAfter(CollectionsMarshal.AsSpan(found), start);
                Cue? owner = after > 0 ? found[after - 1] : null;
                owner ??= found.Count > 0 ? found[0] : null;
                if (owner is not null)
                {
                    var cited = Resolve(start, end, null);
                    if (cited is not null)
                    {
                        (owner.Cited ??= new List<Speaker>(1)).Add(cited); // most clauses cite one source
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
            cue.IsSubordinate = cue.Speaker is not null && (cue.IsLabel || cue.SpeaksForward || (cue.Start > sentence.Start && (OpensSubordinateClause(cue.Start, sentence) || IsAsClauseWithObject(cue, sentence))));
            cue.IsTag = cue.Speaker is not null && TagsFiguresBefore(cue, sentence, figures);
            BuildChain(cue);
        }
        lastOrigin = found[0].Cited is { Count: > 0 } citedFirst ? citedFirst[0] : found[0].Speaker ?? lastOrigin;
        return workspace.KeepCues(found);
    }

    /// <summary>
    /// The clauses of <see cref="ReadCountMaker"/> ("the civilian toll claimed by Dovran officials") added to the sentence's
    /// clauses in text order, each unless a clause already found spans its words (the subject of "figures released by the
    /// ministry suggest" is read by that clause).
    /// </summary>
    private List<Cue>? AddCountMakers(List<Cue> makers, List<Cue>? found)
    {
        foreach (var maker in makers)
        {
            int at = 0;
            bool spanned = false;
            if (found is not null)
            {
                for (; at < found.Count && found[at].Start <= maker.End; at++)
                {
                    spanned |= found[at].End >= maker.VerbStart;
                }
            }
            if (!spanned)
            {
                (found ??= sentenceCues).Insert(at, maker);
            }
        }
        return found;
    }

    /// <summary>The openings of a sentence that names what was just said: "This is the", "That was the".</summary>
    private static readonly string[] PointerOpenings = ["This is the ", "That is the ", "This was the ", "That was the "];

    /// <summary>Openings that name where the figures just given come from: "The figures come from ...".</summary>
    private static readonly string[] OriginPointerOpenings = ["The figures come from ", "The figure comes from ", "The figures came from ", "The figure came from ", "These figures come from ", "Those figures came from "];

    /// <summary>Nouns of a count that the sentence before gave: "This is the estimate of ...", "That was the final tally by ...".</summary>
    private static readonly WordSet PointedCountNouns = new("estimate", "estimates", "figure", "figures", "count", "tally", "calculation", "reckoning");

    /// <summary>
    /// A figureless sentence that opens with <see cref="PointerOpenings"/>, at most two more words and a noun of
    /// <see cref="PointedCountNouns"/>, then "of", "by" or "from" and who made it ("This is the estimate of field
    /// commanders on the river"): a clause that points back at the figures before it (<see cref="Cue.RefersBack"/>); else null.
    /// </summary>
    private Cue? EstimateOfPointer(Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        var opening = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        foreach (string originOpening in OriginPointerOpenings)
        {
            if (opening.StartsWith(originOpening, StringComparison.Ordinal))
            {
                // "The figures come from a regional news agency in contact with the gunmen, Reuters said.": the figures just given are the agency's
                int makerStart = Characters.SkipSpaces(text, sentence.Start + originOpening.Length, sentence.End);
                int makerEnd = ReadPhraseForward(makerStart, sentence, figures);
                var maker = makerEnd > makerStart && IsSourceLike(makerStart, makerEnd) ? Resolve(makerStart, makerEnd, null) : null;
                return maker is null ? null : new Cue { VerbStart = sentence.Start, VerbEnd = makerStart, Start = sentence.Start, End = makerEnd, Speaker = maker, RefersBack = true };
            }
        }
        int at = -1;
        foreach (string pointerOpening in PointerOpenings)
        {
            if (opening.StartsWith(pointerOpening, StringComparison.Ordinal))
            {
                at = sentence.Start + pointerOpening.Length;
                break;
            }
        }
        for (int k = 0; k < 3 && at > 0 && at < sentence.End; k++)
        {
            int end = this.words.WordEnd(at, sentence.End);
            if (end == at || !char.IsLower(text[at]))
            {
                return null;
            }
            if (PointedCountNouns.Contains(text.AsSpan(at, end - at)))
            {
                int next = Characters.SkipSpaces(text, end, sentence.End);
                var preposition = WordAt(next, sentence.End);
                if (!(preposition.Equals("of", StringComparison.Ordinal) || preposition.Equals("by", StringComparison.Ordinal) || preposition.Equals("from", StringComparison.Ordinal)))
                {
                    return null;
                }
                int makerStart = Characters.SkipSpaces(text, next + preposition.Length, sentence.End);
                int makerEnd = ReadPhraseForward(makerStart, sentence, figures);
                var maker = makerEnd > makerStart && (IsSourceLike(makerStart, makerEnd) || EndsWithTitle(makerStart, makerEnd)) ? Resolve(makerStart, makerEnd, null) : null;
                return maker is null ? null : new Cue { VerbStart = at, VerbEnd = end, Start = sentence.Start, End = makerEnd, Speaker = maker, RefersBack = true };
            }
            at = Characters.SkipSpaces(text, end, sentence.End);
        }
        return null;
    }

    /// <summary>Whether the phrase ends with a title of <see cref="TitleWords"/> or its plural: "field commanders", "the officers".</summary>
    private bool EndsWithTitle(int start, int end)
    {
        int lastStart = this.words.WordStart(end, start);
        var last = text.AsSpan(lastStart, end - lastStart);
        return TitleWords.Contains(last) || (last.Length > 3 && last[^1] == 's' && TitleWords.Contains(last[..^1]));
    }

    /// <summary>Forms of "to be" and "to have" between a passive verb and its subject: "was quoted", "has been quoted".</summary>
    private static readonly WordSet PassiveAuxiliaries = new("was", "were", "is", "are", "been", "has", "have", "had", "be");

    /// <summary>
    /// The subject of a passive verb at <paramref name="verbStart"/> ("Ivan Petrov was quoted"): the phrase before its forms of
    /// "to be", or (-1, -1) when there is no such form or no phrase.
    /// </summary>
    private (int Start, int End) PassiveSubject(int verbStart, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        int end = Characters.SkipSpacesBack(text, verbStart, sentence.Start);
        bool stepped = false;
        while (end > sentence.Start)
        {
            int wordStart = this.words.WordStart(end, sentence.Start);
            if (wordStart == end || !PassiveAuxiliaries.Contains(text.AsSpan(wordStart, end - wordStart)))
            {
                break;
            }
            stepped = true;
            end = Characters.SkipSpacesBack(text, wordStart, sentence.Start);
        }
        int start = stepped && end > sentence.Start ? ReadPhraseBack(end, sentence, figures) : end;
        return stepped && start < end ? (start, end) : (-1, -1);
    }

    /// <summary>
    /// The subject of a verb that follows a closing quotation ("\"... dead,\" Interfax news agency quoted Name, ..., as saying"):
    /// the phrase right before the verb, opened by the quotation's closing mark; null when none reads so.
    /// </summary>
    private Speaker? SubjectAfterQuotation(int verbStart, Sentence sentence, ArraySegment<FigureCandidate> figures, out int start)
    {
        int end = Characters.SkipSpacesBack(text, verbStart, sentence.Start);
        start = end > sentence.Start ? ReadPhraseBack(end, sentence, figures) : end;
        int before = Characters.SkipSpacesBack(text, start, sentence.Start);
        return start < end && before > sentence.Start && (Characters.IsDoubleQuote(text[before - 1]) || text[before - 1] == '\u2019')
            ? Resolve(start, end, null)
            : null;
    }

    /// <summary>The participles after "quoted Y as" that give Y's words: "as saying", "as stating", "as telling", "as estimating".</summary>
    private static readonly WordSet QuotedSayingVerbs = new("saying", "stating", "telling", "estimating");

    /// <summary>
    /// After "quoted", where the quoted one's words follow: the start of "as" before one of <see cref="QuotedSayingVerbs"/>
    /// within the sentence (at most twelve words on, so that a name with its title fits), or 0.
    /// </summary>
    private int QuotedAsSaying(int from, Sentence sentence)
    {
        int i = from;
        for (int words = 0; words < 12; words++)
        {
            while (i < sentence.End && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }
            if (i >= sentence.End)
            {
                return 0;
            }
            int end = this.words.WordEnd(i, sentence.End);
            if (text.AsSpan(i, end - i).Equals("as", StringComparison.Ordinal))
            {
                return QuotedSayingVerbs.Contains(WordAt(Characters.SkipSpaces(text, end, sentence.End), sentence.End)) ? i : 0;
            }
            i = Math.Max(end, i + 1);
        }
        return 0;
    }
}
