using System;
using System.Collections.Generic;
using NodaTime;

namespace ForceEstimates.Extraction;

/// <summary>
/// Attribution beyond the sentence: who speaks for the figures no clause of their own sentence
/// attributes. In order: a clause after them that points back ("This was stated by ..."); a headline
/// whose colon name the article never quotes again is no source; a headline figure stated again in
/// the text takes the text's source; and a figure that continues an attributed paragraph or list (the
/// next sentence of the report, the next paragraph of it, the items after "According to X, ...:")
/// takes that figure's source, unless it reads as background (an opening "However", "Meanwhile", ...,
/// "since 2015", a date more than half a year old) or is a distance that places something ("about 25 kilometres from the border").
/// A paragraph in the outlet's own voice (no figure, no reporting clause, no quotation) ends the source before it; a
/// reporting clause in a sentence with no figure ("..., according to statistics compiled by X.") names the source of the
/// figures right after it.
/// </summary>
internal static partial class ArticleReading
{
    /// <summary>How far a paragraph may be from the last attributed figure and still continue it.</summary>
    private const int ContinuationParagraphs = 4;

    /// <summary>
    /// A date this many days (a season) before the time the source's figures refer to, or more, makes the paragraph background,
    /// not the report's news: after the day's toll, "At least 64 drowned in the valley in July" (published in November) tells an
    /// earlier event in the outlet's voice. A source counting an older period keeps its own comparisons (the start of its period is
    /// the reference, see <see cref="IsBackground"/>). Half a year until session 35.
    /// </summary>
    private const int BackgroundDays = 90;

    private static void AttributeAcrossSentences(string text, ArticleLayout layout, AttributionReader reader, List<FigureProposal> proposals, LocalDate published)
    {
        DropUnconfirmedHeadlineNames(reader, proposals);
        AttributeBackward(layout, reader, proposals);
        AttributeTrailingTags(text, layout, reader, proposals);
        AttributeLeadsOfSourceLines(layout, reader, proposals);
        AttributeHeadlineRepeats(text, layout, reader, proposals);
        AttributeContinuations(text, layout, reader, proposals, published);
    }

    private static void DropUnconfirmedHeadlineNames(AttributionReader reader, List<FigureProposal> proposals)
    {
        foreach (var proposal in proposals)
        {
            if (proposal.Cue is { IsHeadlineName: true } cue && !reader.IsConfirmedHeadlineName(cue))
            {
                proposal.Attribution = Attribution.Empty;
                proposal.Basis = AttributionBasis.None;
                proposal.Cue = null;
            }
        }
    }

    /// <summary>
    /// "Russian forces lost 2,140 soldiers ... This was stated by the spokesman ...": a backward clause
    /// attributes the unattributed figures of the sentences before it in its paragraph, or of the
    /// paragraph before when it opens its own.
    /// </summary>
    private static void AttributeBackward(ArticleLayout layout, AttributionReader reader, List<FigureProposal> proposals)
    {
        int next = 0; // proposals are in sentence order
        for (int s = 0; s < layout.Sentences.Count; s++)
        {
            while (next < proposals.Count && proposals[next].SentenceIndex < s)
            {
                next++;
            }
            foreach (var cue in reader.CuesOf(s))
            {
                if (!cue.RefersBack)
                {
                    continue;
                }
                int paragraph = layout.Sentences[s].Paragraph;
                bool opensParagraph = s == 0 || layout.Sentences[s - 1].Paragraph != paragraph;
                int targetParagraph = opensParagraph ? paragraph - 1 : paragraph;
                var chain = reader.BackwardChain(cue, s);
                for (int k = next - 1; k >= 0; k--)
                {
                    var proposal = proposals[k];
                    int figureParagraph = layout.Sentences[proposal.SentenceIndex].Paragraph;
                    if (figureParagraph < targetParagraph)
                    {
                        break;
                    }
                    if (proposal.Attribution.IsEmpty && !IsPlacePopulation(reader.Words.Text, layout.Sentences[proposal.SentenceIndex], proposal.Figure))
                    {
                        proposal.Attribution = chain;
                        proposal.Basis = AttributionBasis.Backward;
                        proposal.Cue = cue;
                    }
                }
            }
        }
    }

    /// <summary>Verbs that report what follows their "that": "estimated that", "concluded that", "is believed that".</summary>
    private static readonly WordSet ThatReportingVerbs = new("said", "says", "estimated", "estimates", "reported", "reports", "concluded",
        "claimed", "claims", "stated", "believed", "believes", "announced", "confirmed", "found", "calculated", "argued", "insisted");

    /// <summary>
    /// Whether a verb of <see cref="ThatReportingVerbs"/> and "that" stand before the figure in its sentence ("The Tesk Mothers'
    /// League, which counts only conscripts (not the volunteer units), estimated that 9,400 died"): the sentence names a maker of
    /// its own, even one the reader could not take as a speaker, so a source of an earlier paragraph does not go on in it. The
    /// carried source named again before the verb ("Dolsk study finds ..." then "Research published in the Dolsk Review
    /// estimated that ...": a capitalised word of its name) goes on. One search for " that " per occurrence before the figure.
    /// </summary>
    private static bool ReportsThatBefore(string text, int sentenceStart, int figureStart, Attribution carried)
    {
        for (int at = text.IndexOf(" that ", sentenceStart, figureStart - sentenceStart, StringComparison.Ordinal); at > sentenceStart;
             at = at + 6 < figureStart ? text.IndexOf(" that ", at + 6, figureStart - at - 6, StringComparison.Ordinal) : -1)
        {
            if (ThatReportingVerbs.Contains(Characters.WordBefore(text, at + 1, sentenceStart, out _)))
            {
                return !NamesCarriedMaker(text, sentenceStart, at, carried.Origin?.Name);
            }
        }
        return false;
    }

    /// <summary>Whether a capitalised word of <paramref name="name"/> (four letters or more) stands between <paramref name="start"/> and <paramref name="end"/>.</summary>
    private static bool NamesCarriedMaker(string text, int start, int end, string? name)
    {
        if (name is null)
        {
            return false;
        }
        for (int i = 0; i < name.Length;)
        {
            int wordEnd = i;
            while (wordEnd < name.Length && char.IsLetter(name[wordEnd]))
            {
                wordEnd++;
            }
            if (wordEnd - i >= 4 && char.IsUpper(name[i]))
            {
                if (Characters.ContainsWord(text.AsSpan(start, end - start), name.AsSpan(i, wordEnd - i)))
                {
                    return true;
                }
            }
            i = wordEnd + 1;
        }
        return false;
    }

    /// <summary>Verbs of a trailing speech tag ("..., he added.", "..., the governor said."), the clause that closes what it reports.</summary>
    private static readonly WordSet TagVerbs = new("said", "says", "added", "adds", "stated", "noted", "explained", "continued", "told", "wrote");

    /// <summary>
    /// A trailing speech tag that ends its paragraph speaks for it back to the previous reporting clause: "A total of 700 rifles were lost
    /// from the depot. Of these, the police have recovered 210. Another 90 were handed in, he added." - the tag ends a paragraph
    /// its speaker told, so the sentences before it in the paragraph with no clause of their own (and no figure their own
    /// clause attributes) are that speaker's too. A sentence of background (a time earlier than the news, how things once were,
    /// the war's own course, the outlet weighing what is known) and a place's people are left to the outlet. The tag is a verb
    /// of saying after the last figure of its sentence, whose own figures it attributes (so a pronoun has been resolved);
    /// "according to" is no tag (it speaks for its own clause). A tag with more of its paragraph after it ("..., the president
    /// said today. Some 18,000 families now sleep in tents.") closes only its own sentence: the outlet goes on.
    /// </summary>
    private static void AttributeTrailingTags(string text, ArticleLayout layout, AttributionReader reader, List<FigureProposal> proposals)
    {
        int next = 0; // proposals are in sentence order
        int first = 0; // the first proposal of the paragraph after its last sentence with a reporting clause
        for (int s = 0; s < layout.Sentences.Count; s++)
        {
            int paragraph = layout.Sentences[s].Paragraph;
            if (s == 0 || layout.Sentences[s - 1].Paragraph != paragraph)
            {
                first = next;
            }
            int own = next;
            while (next < proposals.Count && proposals[next].SentenceIndex == s)
            {
                next++;
            }
            var cues = reader.CuesOf(s);
            if (cues.Length == 0)
            {
                continue;
            }
            bool endsParagraph = s + 1 == layout.Sentences.Count || layout.Sentences[s + 1].Paragraph != paragraph;
            if (first < own && endsParagraph && TrailingTagAttribution(text, cues, proposals, own, next) is { } tag)
            {
                var sentence = layout.Sentences[s];
                for (int k = first; k < own; k++)
                {
                    var proposal = proposals[k];
                    var at = layout.Sentences[proposal.SentenceIndex];
                    if (proposal.Attribution.IsEmpty && !reader.IsHeadline(proposal.SentenceIndex) && !IsPlacePopulation(text, at, proposal.Figure)
                        && !IsPlacingDistance(proposal)
                        && !NamesAnEarlierTime(text, at.Start, proposal.Figure.Start) && !TellsFormerState(text, at.Start, at.End)
                        && !OpensWithTheWar(text, at.Start, at.End) && !JudgesWhatIsKnown(text, at.Start, at.End))
                    {
                        proposal.Attribution = tag;
                        proposal.Basis = AttributionBasis.Backward;
                    }
                }
            }
            first = next;
        }
    }

    /// <summary>
    /// The source a trailing speech tag among <paramref name="cues"/> gave the figures of its own sentence (proposals
    /// <paramref name="from"/> to <paramref name="to"/>): a relaying clause with a verb of <see cref="TagVerbs"/> after the sentence's
    /// last figure, not subordinate, no tag in brackets or label; null when there is none or it attributed none of them.
    /// </summary>
    private static Attribution? TrailingTagAttribution(string text, ReadOnlySpan<Cue> cues, List<FigureProposal> proposals, int from, int to)
    {
        if (from >= to)
        {
            return null;
        }
        var lastFigure = proposals[to - 1].Figure;
        foreach (var cue in cues)
        {
            if (!cue.IsRelay || cue.IsSubordinate || cue.IsTag || cue.IsLabel || cue.RefersBack || cue.Speaker is null
                || cue.Start < lastFigure.End || cue.VerbEnd <= cue.VerbStart || !TagVerbs.Contains(text.AsSpan(cue.VerbStart, cue.VerbEnd - cue.VerbStart)))
            {
                continue;
            }
            for (int k = from; k < to; k++)
            {
                if (proposals[k].Cue == cue && !proposals[k].Attribution.IsEmpty)
                {
                    return proposals[k].Attribution;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// "18 people were killed and 31 injured in the attack on Darvik." then "Source: Oleg Brand, Head of the Karsk
    /// administration, on Telegram": a credit line (<see cref="AttributionReader.SourceLine"/>) names the source of the
    /// unattributed figures of the paragraph right before it, the item's lead, unless that paragraph is its headline. A
    /// credit line that closes a text with no other voice (no speaker, no attributed figure below its title) signs the whole
    /// item: "Three of the wounded died overnight." ... "Dead: 14, wounded: 27." then "Source: Governor of the Karsk Region, Name."
    /// </summary>
    private static void AttributeLeadsOfSourceLines(ArticleLayout layout, AttributionReader reader, List<FigureProposal> proposals)
    {
        int next = 0; // proposals are in sentence order
        for (int s = 1; s < layout.Sentences.Count; s++)
        {
            while (next < proposals.Count && proposals[next].SentenceIndex < s)
            {
                next++;
            }
            int paragraph = layout.Sentences[s].Paragraph;
            if (layout.Sentences[s - 1].Paragraph != paragraph - 1 || reader.SourceLine(s) is not { } credit)
            {
                continue;
            }
            int floor = ClosesText(layout, s) ? SignedFrom(layout, reader, proposals, s, next, paragraph) : paragraph - 1;
            for (int k = next - 1; k >= 0 && layout.Sentences[proposals[k].SentenceIndex].Paragraph >= floor; k--)
            {
                var proposal = proposals[k];
                if (proposal.Attribution.IsEmpty && !reader.IsHeadline(proposal.SentenceIndex))
                {
                    proposal.Attribution = credit;
                    proposal.Basis = AttributionBasis.Backward;
                }
            }
        }
    }

    /// <summary>Whether the paragraph of sentence <paramref name="s"/> is the text's last.</summary>
    private static bool ClosesText(ArticleLayout layout, int s)
        => layout.Sentences[^1].Paragraph == layout.Sentences[s].Paragraph;

    /// <summary>
    /// The first paragraph a closing credit line (sentence <paramref name="s"/>, in paragraph <paramref name="paragraph"/>)
    /// signs: the second paragraph of the text (the first is its title) when no sentence from there to the paragraph right
    /// before the credit is a headline, has a reporting clause with a speaker or an attributed figure (the item has no
    /// voice but its credit); else only the paragraph right before the credit.
    /// </summary>
    private static int SignedFrom(ArticleLayout layout, AttributionReader reader, List<FigureProposal> proposals, int s, int next, int paragraph)
    {
        int k = next - 1;
        for (int t = s - 1; t >= 0 && layout.Sentences[t].Paragraph >= 1; t--)
        {
            if (layout.Sentences[t].Paragraph < paragraph - 1 && (reader.IsHeadline(t) || HasSpeakingCue(reader.CuesOf(t))))
            {
                return paragraph - 1;
            }
            while (k >= 0 && proposals[k].SentenceIndex > t)
            {
                k--;
            }
            for (int j = k; j >= 0 && proposals[j].SentenceIndex == t; j--)
            {
                if (!proposals[j].Attribution.IsEmpty)
                {
                    return paragraph - 1;
                }
            }
        }
        return Math.Min(1, paragraph - 1);
    }

    /// <summary>Whether one of a sentence's reporting clauses names who speaks.</summary>
    private static bool HasSpeakingCue(ReadOnlySpan<Cue> cues)
    {
        foreach (var cue in cues)
        {
            if (cue.Speaker is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many sentences after its headline a figure's repeat is looked for: the story's opening paragraphs, not the rest of a long text.</summary>
    private const int HeadlineReach = 40;

    /// <summary>
    /// "Rebels Claim 640 Troops Killed" ... "Around 640 government soldiers were killed, according to the alliance": the headline's
    /// figure takes the text's source. A bound in the headline repeats the matching end of a range in the text ("Up to 300 killed"
    /// ... "reported 200-300 civilians had been killed"); a count under ten repeats its number word in the lead ("4 rebels killed"
    /// ... "Four rebels were killed ..., the army said"), since number words under ten are not read as figures.
    /// </summary>
    private static void AttributeHeadlineRepeats(string text, ArticleLayout layout, AttributionReader reader, List<FigureProposal> proposals)
    {
        for (int k = 0; k < proposals.Count; k++)
        {
            var headline = proposals[k];
            if (!headline.Attribution.IsEmpty || headline.Figure.IsVague || !reader.IsHeadline(headline.SentenceIndex))
            {
                continue;
            }
            int leadParagraph = LeadParagraph(layout, reader, proposals, k);
            for (int j = k + 1; j < proposals.Count && proposals[j].SentenceIndex - headline.SentenceIndex <= HeadlineReach; j++)
            {
                var later = proposals[j];
                if (!later.Attribution.IsEmpty && later.Figure.Unit == headline.Figure.Unit && RepeatsHeadline(headline.Figure, later.Figure)
                    && (layout.Sentences[later.SentenceIndex].Paragraph <= leadParagraph || later.Figure.Hedge == headline.Figure.Hedge))
                {
                    headline.Attribution = later.Attribution;
                    headline.Basis = AttributionBasis.Repeat;
                    break;
                }
            }
            if (headline.Attribution.IsEmpty && NumberWordInLead(text, layout, reader, headline) is { } lead)
            {
                headline.Attribution = lead;
                headline.Basis = AttributionBasis.Repeat;
            }
        }
    }

    /// <summary>
    /// The paragraph of the lead: the first paragraph after the headline of proposal <paramref name="headline"/> with a figure
    /// in a sentence that is no headline (a scene-setting paragraph with no figure comes before it). A headline sums up its
    /// lead, so the lead's figure states the headline's again whatever its bound ("610 killed" ... "killed more than 610"); a
    /// later paragraph's figure of that value states it again only with the same bound: "610 killed, 9,000 homeless" ... (two
    /// paragraphs on) "the minister counted 120 deaths in his province and feared up to 610" is the minister's bound, not the
    /// headline's count.
    /// </summary>
    private static int LeadParagraph(ArticleLayout layout, AttributionReader reader, List<FigureProposal> proposals, int headline)
    {
        int sentence = proposals[headline].SentenceIndex;
        for (int j = headline + 1; j < proposals.Count; j++)
        {
            int at = proposals[j].SentenceIndex;
            if (at > sentence && !reader.IsHeadline(at))
            {
                return layout.Sentences[at].Paragraph;
            }
        }
        return int.MaxValue;
    }

    /// <summary>Whether <paramref name="later"/> states the headline's figure again: the same value, or a range ending at the headline's bound.</summary>
    private static bool RepeatsHeadline(in FigureCandidate headline, in FigureCandidate later)
    {
        if (later.Low.Equals(headline.Low) && later.High.Equals(headline.High))
        {
            return true;
        }
        if (!double.IsNaN(headline.High) || double.IsNaN(later.High))
        {
            return false; // only a single bound against a range
        }
        return headline.Hedge switch
        {
            HedgeKind.AtMost => later.High.Equals(headline.Low), // "Up to 300" ... "200-300"
            HedgeKind.AtLeast => later.Low.Equals(headline.Low), // "At least 200" ... "200 to 300"
            _ => false,
        };
    }

    /// <summary>
    /// For a headline count from 2 to 9 as digits, the chain of the reporting clause in the article's lead (the first sentence
    /// that is not a headline) when the lead writes the count as a word ("2 soldiers killed in clash" ... "Two soldiers were
    /// killed ..., the military said"); else null.
    /// </summary>
    private static Attribution? NumberWordInLead(string text, ArticleLayout layout, AttributionReader reader, FigureProposal headline)
    {
        ref readonly var figure = ref headline.Figure;
        if (!double.IsNaN(figure.High) || figure.Low is < 2 or > 9 || figure.Low != Math.Floor(figure.Low) || !Characters.IsDigit(text[figure.NumberStart]))
        {
            return null;
        }
        int lead = headline.SentenceIndex + 1;
        while (lead < layout.Sentences.Count && reader.IsHeadline(lead))
        {
            lead++;
        }
        if (lead >= layout.Sentences.Count || lead - headline.SentenceIndex > 3)
        {
            return null;
        }
        var cues = reader.CuesOf(lead);
        if (cues.Length == 0)
        {
            return null;
        }
        var sentence = layout.Sentences[lead];
        string word = Lexicon.SmallNumbers[(int)figure.Low];
        var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        for (int at = span.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetter(span[at - 1])) && (end == span.Length || !char.IsLetter(span[end]) && span[end] != '-'))
            {
                int position = sentence.Start + at;
                Cue? chosen = null;
                foreach (var cue in cues)
                {
                    if (cue.Speaker is null || cue.IsSubordinate || (cue.Start <= position && position < cue.End))
                    {
                        continue;
                    }
                    chosen ??= cue;
                    if (cue.Start > position)
                    {
                        chosen = cue; // the clause after the count ("..., the military said") speaks for it
                        break;
                    }
                }
                return chosen is null || chosen.Chain.IsEmpty ? null : chosen.Chain;
            }
            int next = span[(at + 1)..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return null;
    }

    private static void AttributeContinuations(string text, ArticleLayout layout, AttributionReader reader, List<FigureProposal> proposals, LocalDate published)
    {
        Attribution? last = null;
        Attribution? transcript = null; // the speaker of a transcript's tagged paragraphs ("COL. SMITH: ..."), Empty after "Q:"
        int lastParagraph = -1;
        (Attribution Speaker, int Paragraph) quoted = (Attribution.Empty, -1); // who speaks the quotation opening the next paragraph
        int next = 0;
        int lastEnd = -1; // where the sentence of the source's last figure or clause ends
        var lastStart = published; // when the time of the source's last figure starts: an older date than that is background
        bool fromClause = false; // the source was named by a clause with no figure, and no figure has followed it yet
        bool silent = false; // the paragraph so far has no figure, no reporting clause and no quotation: the outlet's own voice
        bool fromLabel = false; // the source was named by a box row's label ("Per Kessia:"), which speaks for its own row only
        bool fromTag = false; // the source was named by a tag in brackets ("(Kessian estimate)"), which speaks for the figures before it only
        // The source named in sentence `at`, whose figures' time starts at `since` (publication for a clause with no figure).
        void SourceIn(Attribution? chain, int at, LocalDate since)
        {
            last = chain;
            fromLabel = false;
            fromTag = false;
            lastParagraph = layout.Sentences[at].Paragraph;
            lastStart = since;
            lastEnd = layout.Sentences[at].End;
        }
        for (int s = 0; s < layout.Sentences.Count; s++)
        {
            int paragraph = layout.Sentences[s].Paragraph;
            if (s == 0 || layout.Sentences[s - 1].Paragraph != paragraph)
            {
                if (silent && last is not null && s > 0 && layout.Sentences[s - 1].Paragraph > lastParagraph)
                {
                    last = null; // "..., the spokesman said." "Pakistan faces heavy pressure ..." "Many fear 30,000 more troops ...": the outlet went on alone
                }
                silent = true;
                if (reader.IsPlaceDateline(s))
                {
                    last = null; // "Port Tell: At least 47 people were killed ...": a dateline opens the outlet's own item
                }
                if (s > 0 && IsHeadingInBody(text, layout, reader, s))
                {
                    last = null; // "..., the report says." "Kessian gunners hit 43 drones near Orsk, 12 more fell in fields" (a heading or a related link): no one's voice goes on across it
                }
                if (s > 0 && ClosesPost(text, layout.Sentences[s - 1]))
                {
                    last = null; // "... — Tesk News (@tesknews) May 3, 2024" then "Across the valley 377 have died": the post's voice ended with it
                }
                if (reader.TranscriptSpeaker(s) is { } tagged)
                {
                    transcript = tagged;
                    last = null;
                }
            }
            if (silent && last is not null
                && (reader.CuesOf(s).Length > 0 || layout.HasQuotationIn(layout.Sentences[s]) || HasFigureOtherThanDistance(proposals, next, s)))
            {
                silent = false;
            }
            if (next >= proposals.Count || proposals[next].SentenceIndex != s)
            {
                if (reader.SourceLine(s) is { } credit)
                {
                    SourceIn(credit, s, published); // "Source: Name, Head of the Karsk administration, on Telegram" then "Details: ... 12 people ..."
                }
                else if (reader.ListIntroduction(s, ArraySegment<FigureCandidate>.Empty) is { } introduction)
                {
                    SourceIn(introduction.IsEmpty ? null : introduction, s, published); // "According to the General Staff, ... amount to:"; "Here are ...:" is the outlet's
                }
                else if (LeadingPointer(layout, reader, s) is { } pointer)
                {
                    SourceIn(reader.BackwardChain(pointer, s), s, published); // "The information was released by the rebels. The strikes killed 21 ..."
                }
                else if (reader.DocumentRelease(s) is { } release)
                {
                    SourceIn(release.Chain, s, published); // "In April the MoD released the latest annual numbers. 29 UK troops ..."
                }
                else if (reader.IssuedDocument(s) is { } issued)
                {
                    SourceIn(issued, s, published); // "The casualty list was published on Friday. It includes: officers, 14 killed, ..."
                }
                else if (s + 1 < layout.Sentences.Count && layout.Sentences[s + 1].Paragraph == paragraph + 1 && reader.QuotationIntroducer(s) is { } speaker)
                {
                    quoted = (speaker, paragraph + 1); // "Name, a survivor, remembers the day." then "\"... 17 of my family ...\""
                }
                else if (last is not null && reader.CuesOf(s).Length == 0 && JudgesWhatIsKnown(text, layout.Sentences[s].Start, layout.Sentences[s].End))
                {
                    last = null; // "It was unclear if any rebels were killed.": the outlet weighs the report in its own voice
                }
                else if (SourceWithoutFigure(text, layout.Sentences[s], reader, s) is { } named)
                {
                    SourceIn(named, s, published); // "July also included the deadliest day since 2009, according to statistics compiled by X." "The death toll was made up of 241 ..."
                    fromClause = true;
                }
                else if (fromClause && reader.CuesOf(s).Length == 0 && !layout.HasQuotationIn(layout.Sentences[s]))
                {
                    last = null; // "..., the institute said on Monday. The region saw another year of decline.": the outlet speaks between
                    fromClause = false;
                }
                continue;
            }
            fromClause = false;
            bool? background = null; // one answer for the sentence's figures
            Attribution? inquiry = null;
            bool? judges = null;
            bool? former = null; // the sentence tells how things once were ("Some 9,000 people once lived in the camp")
            bool population = false; // a place's people was counted in this sentence: "..., including 250,000 in the town itself" is a part of it
            for (; next < proposals.Count && proposals[next].SentenceIndex == s; next++)
            {
                var proposal = proposals[next];
                if (!proposal.Attribution.IsEmpty)
                {
                    // A headline's name before its colon ("U.S.: Up to 900 killed") speaks for that figure and its repeats, not
                    // for the background and the other speakers' figures of the body.
                    SourceIn(proposal.Cue is { IsHeadlineName: true } ? null : proposal.Attribution, s,
                        proposal.RefersTo.Start < published ? proposal.RefersTo.Start : published);
                    fromLabel = proposal.Cue is { IsLabel: true };
                    fromTag = proposal.Cue is { IsTag: true };
                    continue;
                }
                if (IsPlacingDistance(proposal))
                {
                    continue; // "the town lies about 25 kilometres from the border": a distance that places something, no one's claim
                }
                if (transcript is not null)
                {
                    if (!transcript.IsEmpty)
                    {
                        proposal.Attribution = transcript; // the tagged speaker of a transcript says what its paragraphs say
                        proposal.Basis = AttributionBasis.Continuation;
                    }
                    continue;
                }
                if (reader.CuesOf(s).Length == 0 && (inquiry ??= (reader.InquirySubject(s, proposal.Figure.Start) is { } subject ? Attribution.Of([subject.Source]) : Attribution.Empty)) is { IsEmpty: false } own)
                {
                    // "The inquiry heard from 40 witnesses and studied 300 statements": the inquiry's own record, not the words
                    // of the source before it.
                    proposal.Attribution = own;
                    proposal.Basis = AttributionBasis.Sentence;
                    SourceIn(own, s, published);
                    continue;
                }
                // A box's rows ("- Casualties2: 6,000+ killed" after "Per Kessia:, 1,834 killed") and a list's rows after a row
                // labelled with its maker each say their own: no row carries another row's source.
                bool continues = last is not null && paragraph - lastParagraph <= ContinuationParagraphs
                                 && !(paragraph != lastParagraph && (fromLabel || reader.IsBoxLine(paragraph))) && !fromTag
                                 && (paragraph == lastParagraph || !HasCueBefore(layout, reader, s, proposal.Figure.Start))
                                 && (paragraph == lastParagraph || !HasOtherSpeakerAfter(layout, reader, s, last!))
                                 && (paragraph == lastParagraph || !ReportsThatBefore(text, layout.Sentences[s].Start, proposal.Figure.Start, last!))
                                 && !(background ??= !ComparesBack(text, layout.Sentences[s].Start, layout.Sentences[s].End) && IsBackground(reader.Words, layout, s, published, lastStart, paragraph == lastParagraph ? lastEnd : -1, proposal.Figure.Start))
                                 && !(paragraph != lastParagraph && proposal.Kind == FigureKind.Other && IsNarratedByActor(text, layout, s, lastParagraph, proposal.Figure.Start))
                                 && !OpensInOwnVoice(text, layout.Sentences[s].Start, layout.Sentences[s].End, paragraph != lastParagraph)
                                 && !(reader.CuesOf(s).Length == 0 && TellsInHindsight(text, layout.Sentences[s].Start, proposal.Figure.Start))
                                 && !(reader.CuesOf(s).Length == 0 && NamesAnEarlierTime(text, layout.Sentences[s].Start, proposal.Figure.Start))
                                 && !(former ??= reader.CuesOf(s).Length == 0 && TellsFormerState(text, layout.Sentences[s].Start, layout.Sentences[s].End))
                                 && !(reader.CuesOf(s).Length == 0 && OpensWithTheWar(text, layout.Sentences[s].Start, layout.Sentences[s].End))
                                 && !(paragraph != lastParagraph && reader.CuesOf(s).Length == 0 && proposal.Kind == FigureKind.Personnel && OpensWithPresentThere(text, layout.Sentences[s].Start, layout.Sentences[s].End))
                                 && !(judges ??= reader.CuesOf(s).Length == 0 && JudgesWhatIsKnown(text, layout.Sentences[s].Start, layout.Sentences[s].End));
                if (continues && (IsPlacePopulation(text, layout.Sentences[s], proposal.Figure)
                                  || (population && Characters.WordBefore(text, proposal.Figure.Start, layout.Sentences[s].Start, out _).Equals("including", StringComparison.Ordinal))))
                {
                    population = true;
                    // "Calcutta, a city of eight million people, ...": a place's people, the outlet's background, no one's claim;
                    // the source before may go on after it.
                }
                else if (continues && paragraph != lastParagraph && proposal.Figure.Hedge == HedgeKind.Vague && reader.CuesOf(s).Length == 0)
                {
                    // "Hundreds of people had taken shelter in the clinic when the blast came." in a paragraph after the
                    // source's: a vague count with no clause of its own is the outlet's description (on the open held-out and
                    // dev sets every such figure was labelled the outlet's); the source may go on after it.
                    continue;
                }
                else if (continues)
                {
                    proposal.Attribution = last!;
                    proposal.Basis = paragraph == lastParagraph ? AttributionBasis.Continuation : AttributionBasis.Carried;
                }
                else
                {
                    if (paragraph == quoted.Paragraph && layout.QuotationAt(proposal.Figure.Start) >= 0)
                    {
                        proposal.Attribution = quoted.Speaker; // the quotation of the person the paragraph before introduced
                        proposal.Basis = AttributionBasis.Carried;
                    }
                    last = null; // the article's own voice: what follows does not continue the source before
                }
                lastParagraph = paragraph;
            }
        }
    }

    /// <summary>
    /// A sentence with no figure that opens its paragraph, is followed by another sentence of it and points back to what it
    /// names ("The information was released by the rebels."): with nothing before it in its paragraph to point back to, it
    /// names the source of the sentences after it. Its clause, or null.
    /// </summary>
    private static Cue? LeadingPointer(ArticleLayout layout, AttributionReader reader, int sentence)
    {
        int paragraph = layout.Sentences[sentence].Paragraph;
        bool opens = sentence == 0 || layout.Sentences[sentence - 1].Paragraph != paragraph;
        if (!opens || sentence + 1 >= layout.Sentences.Count || layout.Sentences[sentence + 1].Paragraph != paragraph)
        {
            return null;
        }
        foreach (var cue in reader.CuesOf(sentence))
        {
            if (cue.RefersBack)
            {
                return cue;
            }
        }
        return null;
    }

    /// <summary>Verbs of a toll told in hindsight after "was to" or "were to": "was to claim more than 300 lives".</summary>
    private static readonly WordSet HindsightVerbs = new("claim", "kill", "cost", "take", "leave", "die", "lose", "reach", "rise");

    /// <summary>
    /// Whether "was to" or "were to" and a verb of <see cref="HindsightVerbs"/> stand before the figure ("The rebels were to claim
    /// more than 300 lives in the following year"): the outlet tells what came later, which no source before it reported. One
    /// search for " to " per "was"/"were" found before the figure.
    /// </summary>
    private static bool TellsInHindsight(string text, int sentenceStart, int figureStart)
    {
        for (int at = text.IndexOf(" to ", sentenceStart, figureStart - sentenceStart, StringComparison.Ordinal); at > sentenceStart;
             at = at + 4 < figureStart ? text.IndexOf(" to ", at + 4, figureStart - at - 4, StringComparison.Ordinal) : -1)
        {
            var before = Characters.WordBefore(text, at, sentenceStart, out _);
            if (!(before.Equals("was", StringComparison.Ordinal) || before.Equals("were", StringComparison.Ordinal)))
            {
                continue;
            }
            int verb = at + 4;
            int verbEnd = Characters.WordEnd(text, verb, figureStart);
            if (verbEnd > verb && HindsightVerbs.Contains(text.AsSpan(verb, verbEnd - verb)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Periods "last" dates back from the article's day: "last week", "last month", "last year".</summary>
    private static readonly WordSet LastPeriods = new("week", "weekend", "month", "year");

    /// <summary>Periods a count dates back from the article's events: "three days prior", "a week earlier", "two months earlier".</summary>
    private static readonly WordSet CountedPeriods = new("day", "days", "week", "weeks", "month", "months", "year", "years");

    /// <summary>
    /// Whether an earlier time than the article's news is named before the figure: "last" and a period ("He compared it with the
    /// raid on Tesk last week, in which at least 90 were killed", "Last month, the minister pledged to withdraw all 2,000
    /// troops"; not "the last year", a period up to now), or a count of periods and "prior" or "earlier" ("Just three days
    /// prior, 19 people were killed"). With no reporting clause of its own the sentence tells another event in the outlet's
    /// voice, which the source of the paragraphs before did not report. One pass over the words before the figure.
    /// </summary>
    private static bool NamesAnEarlierTime(string text, int start, int figureStart)
    {
        var words = new WordsIn(text, start, figureStart);
        int twoBackStart = 0, twoBackEnd = 0, backStart = 0, backEnd = 0;
        while (words.MoveNext())
        {
            var word = words.Current;
            var back = text.AsSpan(backStart, backEnd - backStart);
            var twoBack = text.AsSpan(twoBackStart, twoBackEnd - twoBackStart);
            if (back.Equals("last", StringComparison.OrdinalIgnoreCase) && LastPeriods.Contains(word) && !twoBack.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (CountedPeriods.Contains(back) && (word.Equals("prior", StringComparison.OrdinalIgnoreCase) || word.Equals("earlier", StringComparison.OrdinalIgnoreCase))
                && twoBack.Length > 0 && (Characters.IsDigit(twoBack[0]) || CountWords.Contains(twoBack) || twoBack.Equals("a", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
            (twoBackStart, twoBackEnd, backStart, backEnd) = (backStart, backEnd, words.Start, words.End);
        }
        return false;
    }

    /// <summary>Words after "once" that make it "formerly": "once housed", "was once home to", "once had".</summary>
    private static readonly WordSet FormerStateWords = new("had", "was", "were", "home", "held", "lived", "numbered", "housed", "counted");

    /// <summary>
    /// Whether the sentence tells how things once were: "once" (or an opening "Once") followed by a past verb or "home" ("Some
    /// 9,000 people once lived in the camp", "Once home to 80,000 people, the town ..."); not "once the siege ends", where
    /// "once" opens a clause. With no reporting clause of its own, the outlet gives the past as background, which the source
    /// of the paragraphs before did not report. One search for "once" over the sentence.
    /// </summary>
    private static bool TellsFormerState(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start).StartsWith("Once ", StringComparison.Ordinal) && PastAfterOnce(text, start + 5, end))
        {
            return true; // "Once home to 80,000 people, ..."
        }
        for (int at = start; at < end;)
        {
            int once = text.IndexOf("once ", at, end - at, StringComparison.Ordinal);
            if (once < 0)
            {
                return false;
            }
            at = once + 5;
            if ((once == start || !char.IsLetter(text[once - 1])) && PastAfterOnce(text, at, end))
            {
                return true; // not inside a word ("nonce", "sconce")
            }
        }
        return false;
    }

    /// <summary>Whether the word after "once" (from <paramref name="at"/>) tells a past state: a word of <see cref="FormerStateWords"/> or a lower-case past form in -ed.</summary>
    private static bool PastAfterOnce(string text, int at, int end)
    {
        int next = Characters.SkipSpaces(text, at, end);
        var word = text.AsSpan(next, Characters.WordEnd(text, next, end) - next);
        return FormerStateWords.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0]));
    }

    /// <summary>Places whose people a figure may count: "a town of 10,000", "the city's 1 million people".</summary>
    private static readonly WordSet PopulatedPlaces = new(
        "city", "town", "village", "country", "nation", "capital", "province", "region", "district", "island", "community",
        "municipality", "metropolis", "enclave", "suburb", "neighbourhood", "neighborhood", "settlement", "state");

    /// <summary>
    /// Whether the figure counts a place's people, which the outlet states as background: "of" right before it and a place
    /// noun or "population" right before that ("a farming community of 50,000 people", "the stricken town of 10,000", "its
    /// population of 8,200"), the place's possessive right before it ("the city's 1 million people"), "inhabited by" or "home
    /// to" ("the valley is inhabited by 7,400 people"), or a place noun and "with" before it and dwellers after it ("a town
    /// with 31,000 inhabitants"). Two words back from the figure and one after it, no scan.
    /// </summary>
    private static bool IsPlacePopulation(string text, Sentence sentence, in FigureCandidate figure)
    {
        var before = Characters.WordBefore(text, figure.Start, sentence.Start, out int beforeStart);
        if (before.Equals("of", StringComparison.Ordinal))
        {
            var noun = Characters.WordBefore(text, beforeStart, sentence.Start, out _);
            return PopulatedPlaces.Contains(noun) || noun.Equals("population", StringComparison.Ordinal); // "its population of 8,200 before the war"
        }
        if (before.Equals("by", StringComparison.Ordinal) || before.Equals("to", StringComparison.Ordinal))
        {
            // "the valley is inhabited by 7,400 people", "the camp is home to 40,000 people".
            var verb = Characters.WordBefore(text, beforeStart, sentence.Start, out _);
            return before[0] == 'b' ? verb.Equals("inhabited", StringComparison.Ordinal) || verb.Equals("populated", StringComparison.Ordinal)
                : verb.Equals("home", StringComparison.Ordinal);
        }
        if (before.Equals("with", StringComparison.Ordinal) && PopulatedPlaces.Contains(Characters.WordBefore(text, beforeStart, sentence.Start, out _)))
        {
            // "a town with 31,000 inhabitants until the siege": the place's people, counted by what follows the figure.
            int after = Characters.SkipSpaces(text, figure.End, sentence.End);
            return Dwellers.Contains(text.AsSpan(after, Characters.WordEnd(text, after, sentence.End) - after));
        }
        if (before.Length > 2 && before[^1] == 's' && Characters.IsApostrophe(before[^2]))
        {
            return PopulatedPlaces.Contains(before[..^2]);
        }
        return false;
    }

    /// <summary>Nouns of a place's people after "a city with N": "residents", "inhabitants", "people".</summary>
    private static readonly WordSet Dwellers = new("residents", "inhabitants", "people", "citizens", "souls");

    /// <summary>Sentence openings that step back in time from the report's news: "Earlier last week, ...", "Previously it was reported ...".</summary>
    private static readonly WordSet TimeShiftOpenings = new("Earlier", "Previously");

    /// <summary>
    /// Whether the figure's sentence opens in the outlet's own voice: a step back in time ("Earlier last week, a bombing claimed
    /// 26 lives", "Previously it was reported ..."), anywhere after the source; or, in a paragraph after the source's, an
    /// unattributed estimate ("An estimated 3,000 people fled"): the outlet gives the figure as its own, not the source's.
    /// Reads the sentence's first two words only.
    /// </summary>
    /// <summary>Whether "appears" or "seems" follows at <paramref name="from"/>, after at most one word ("It now appears that").</summary>
    private static bool AppearsNext(string text, int from, int end)
    {
        int at = Characters.SkipSpaces(text, from, end);
        for (int words = 0; words < 2 && at < end; words++)
        {
            int wordEnd = Characters.WordEnd(text, at, end);
            if (wordEnd == at)
            {
                return false;
            }
            var word = text.AsSpan(at, wordEnd - at);
            if (word.Equals("appears", StringComparison.Ordinal) || word.Equals("seems", StringComparison.Ordinal))
            {
                return true;
            }
            at = Characters.SkipSpaces(text, wordEnd, end);
        }
        return false;
    }

    /// <summary>Openings of the writer's inference: "From this it appears", "Thus it seems", "Hence it appears".</summary>
    private static readonly WordSet InferenceOpenings = new("From", "Thus", "Hence");

    /// <summary>
    /// Whether "it" and "appears"/"seems" (<see cref="AppearsNext"/>) follow <paramref name="from"/>, after "this" or "these" when
    /// the opening was "From": "From this it appears that", "Thus it seems that".
    /// </summary>
    private static bool InferredAppearance(string text, int from, int end)
    {
        int at = Characters.SkipSpaces(text, from, end);
        int wordEnd = Characters.WordEnd(text, at, end);
        var word = text.AsSpan(at, wordEnd - at);
        if (word.Equals("this", StringComparison.Ordinal) || word.Equals("these", StringComparison.Ordinal))
        {
            at = Characters.SkipSpaces(text, wordEnd, end);
            wordEnd = Characters.WordEnd(text, at, end);
            word = text.AsSpan(at, wordEnd - at);
        }
        return word.Equals("it", StringComparison.Ordinal) && AppearsNext(text, wordEnd, end);
    }

    private static bool OpensInOwnVoice(string text, int start, int end, bool laterParagraph)
    {
        start = Characters.SkipSpaces(text, start, end);
        int wordEnd = Characters.WordEnd(text, start, end);
        var first = text.AsSpan(start, wordEnd - start);
        if (first.Equals("Background", StringComparison.Ordinal) && wordEnd < end && text[wordEnd] == ':')
        {
            return true; // "Background: On 3 January the attackers fired at least 12 missiles": the outlet's own reminder, after a credit line
        }
        if (TimeShiftOpenings.Contains(first) || first.Equals("If", StringComparison.Ordinal))
        {
            return true; // "If this number is subtracted from ..., this leaves 507,000": the writer's own reckoning
        }
        if (first.Equals("It", StringComparison.Ordinal) && AppearsNext(text, wordEnd, end))
        {
            return true; // "It now appears that the garrison held some 7,000": the writer weighs what is known now, after the estimates before
        }
        if (InferenceOpenings.Contains(first) && InferredAppearance(text, wordEnd, end))
        {
            return true; // "From this it appears that 18 per cent never came home", "Thus it seems": the writer's own inference
        }
        if (SpreadOfEstimates(text, start, wordEnd, end))
        {
            return true; // "Later estimates of casualties vary from 5,000 to 30,000": the writer sums up many counts, no one's own
        }
        if (!laterParagraph || !first.Equals("An", StringComparison.Ordinal))
        {
            return false;
        }
        int next = Characters.SkipSpaces(text, wordEnd, end);
        if (!(next > wordEnd && text.AsSpan(next, Characters.WordEnd(text, next, end) - next).Equals("estimated", StringComparison.Ordinal)))
        {
            return false;
        }
        // "An estimated 730 of those were children": a share of the figure before it, whose source goes on.
        int count = Characters.SkipSpaces(text, Characters.WordEnd(text, next, end), end);
        int countEnd = count;
        while (countEnd < end && (Characters.IsDigit(text[countEnd]) || text[countEnd] == ','))
        {
            countEnd++;
        }
        int of = Characters.SkipSpaces(text, countEnd, end);
        int ofEnd = Characters.WordEnd(text, of, end);
        int pointer = Characters.SkipSpaces(text, ofEnd, end);
        var pointed = text.AsSpan(pointer, Characters.WordEnd(text, pointer, end) - pointer);
        return !(countEnd > count && text.AsSpan(of, ofEnd - of).Equals("of", StringComparison.Ordinal)
                 && (pointed.Equals("those", StringComparison.Ordinal) || pointed.Equals("them", StringComparison.Ordinal) || pointed.Equals("these", StringComparison.Ordinal)));
    }

    /// <summary>Verbs that spread unowned estimates over a range: "Estimates vary from ...", "estimates ranged from ...".</summary>
    private static readonly WordSet SpreadVerbs = new("vary", "varies", "varied", "range", "ranges", "ranged", "differ", "differed");

    /// <summary>
    /// Whether the sentence opens with estimates no one owns, as its first or second word ("Estimates vary ...", "Later
    /// estimates of casualties vary from ..."), and spreads them with <see cref="SpreadVerbs"/> within its next six words. "Rights
    /// groups' estimates put the toll at" name whose estimates they are and spreads nothing.
    /// </summary>
    private static bool SpreadOfEstimates(string text, int start, int firstEnd, int end)
    {
        int at = start, wordEnd = firstEnd;
        if (!text.AsSpan(at, wordEnd - at).Equals("Estimates", StringComparison.Ordinal))
        {
            at = Characters.SkipSpaces(text, wordEnd, end);
            wordEnd = Characters.WordEnd(text, at, end);
            if (!char.IsUpper(text[start]) || !text.AsSpan(at, wordEnd - at).Equals("estimates", StringComparison.Ordinal))
            {
                return false;
            }
        }
        for (int words = 0; words < 6; words++)
        {
            at = Characters.SkipSpaces(text, wordEnd, end);
            wordEnd = Characters.WordEnd(text, at, end);
            if (wordEnd <= at)
            {
                return false;
            }
            if (SpreadVerbs.Contains(text.AsSpan(at, wordEnd - at)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Head nouns of a war as a whole: "The Syrian war", "The conflict".</summary>
    private static readonly WordSet WarNouns = new("war", "conflict");

    /// <summary>
    /// Whether the sentence opens with a present existential ("There are 900 Dovran troops stationed in Tarvo", "There is a
    /// 2,000-strong force in Orsk"): a force standing where it is, told in a paragraph after the source's with no clause of its
    /// own, is the outlet's background, not the source's account going on.
    /// </summary>
    private static bool OpensWithPresentThere(string text, int start, int end)
    {
        int i = Characters.SkipSpaces(text, start, end);
        int wordEnd = Characters.WordEnd(text, i, end);
        if (!text.AsSpan(i, wordEnd - i).Equals("There", StringComparison.Ordinal))
        {
            return false;
        }
        i = Characters.SkipSpaces(text, wordEnd, end);
        wordEnd = Characters.WordEnd(text, i, end);
        var verb = text.AsSpan(i, wordEnd - i);
        return i > 0 && wordEnd > i && (verb.Equals("are", StringComparison.Ordinal) || verb.Equals("is", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether the sentence opens with the war itself as its subject, "The" or a country's possessive and at most two words
    /// before "war" or "conflict" ("The Syrian war entered its eighth year having killed half a million people", "The civil
    /// war has driven 11 million from their homes", "Kessia's war has killed tens of thousands", "The Tarvo conflict, now in its
    /// fourth year, has cost 9,000 lives"): with no reporting clause, the outlet sums the war up in its own voice, also in the paragraph
    /// of a source's news (the whole war's toll is no part of one speaker's account; since session 38, before it only in a
    /// later paragraph).
    /// </summary>
    private static bool OpensWithTheWar(string text, int start, int end)
    {
        int i = Characters.SkipSpaces(text, start, end);
        int wordEnd = Characters.WordEnd(text, i, end);
        var first = text.AsSpan(i, wordEnd - i);
        bool possessive = first.Length > 2 && char.IsUpper(first[0]) && Characters.IsApostrophe(first[^2]) && first[^1] == 's';
        if (!possessive && !first.Equals("The", StringComparison.Ordinal))
        {
            return false;
        }
        for (int words = 0; words < 3; words++)
        {
            i = Characters.SkipSpaces(text, wordEnd, end);
            wordEnd = Characters.WordEnd(text, i, end);
            if (wordEnd == i)
            {
                return false;
            }
            if (WarNouns.Contains(text.AsSpan(i, wordEnd - i)))
            {
                int next = Characters.SkipSpaces(text, wordEnd, end);
                // "The war has ...", "The conflict, now in its fourth year, ...", not "The war's" or "The war-torn"
                return next < end && (next > wordEnd && char.IsLetter(text[next]) || text[wordEnd] == ',');
            }
        }
        return false;
    }

    /// <summary>Forms of "to be" (and its near kin) after an impersonal "it" that weighs what is known: "it was unclear", "it remains uncertain".</summary>
    private static readonly WordSet ImpersonalCopulas = new("is", "was", "remains", "remained", "seems", "seemed", "appears", "appeared");

    /// <summary>Adjectives of knowing after an impersonal "it" and a copula: "it was clear that", "it is not known how many".</summary>
    private static readonly WordSet KnowingAdjectives = new("clear", "unclear", "known", "unknown", "certain", "uncertain", "evident", "apparent", "obvious");

    /// <summary>Participles after an impersonal "it" and a copula that pass a claim on from no one: "it's thought that", "it is believed".</summary>
    private static readonly WordSet ImpersonalParticiples = new("thought", "believed", "understood", "estimated", "feared", "reckoned");

    /// <summary>
    /// Whether the sentence (one with no reporting clause of its own) weighs what is known in the outlet's voice, with an
    /// impersonal "it", a copula, "not" or "still" (up to both) and an adjective of knowing: "It was unclear if any rebels
    /// were killed", "Though the figures may be inflated, it was clear that thousands ...", "It is not known how many fled";
    /// or passes a claim on from no one: "In total, it's thought that around 7,000 have died", "it is believed that".
    /// The source reports; the writer judges its report, and from there speaks for itself. Scans the sentence for "it"
    /// only while a source could be carried.
    /// </summary>
    private static bool JudgesWhatIsKnown(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        for (int at = span.IndexOf("it", StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            if ((at == 0 || !char.IsLetter(span[at - 1])) && ImpersonalCopulaEnd(text, start + at + 2, end) is var copulaEnd and > 0)
            {
                int i = Characters.SkipSpaces(text, copulaEnd, end);
                int wordEnd = Characters.WordEnd(text, i, end);
                var word = text.AsSpan(i, wordEnd - i);
                for (int skipped = 0; skipped < 2 && (word.Equals("not", StringComparison.Ordinal) || word.Equals("still", StringComparison.Ordinal)); skipped++)
                {
                    i = Characters.SkipSpaces(text, wordEnd, end);
                    wordEnd = Characters.WordEnd(text, i, end);
                    word = text.AsSpan(i, wordEnd - i);
                }
                if (KnowingAdjectives.Contains(word))
                {
                    i = Characters.SkipSpaces(text, wordEnd, end);
                    return !text.AsSpan(i, Characters.WordEnd(text, i, end) - i).Equals("as", StringComparison.Ordinal); // not "it was known as"
                }
                if (ImpersonalParticiples.Contains(word))
                {
                    return true;
                }
            }
            int next = span[(at + 1)..].IndexOf("it", StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /// <summary>Where the copula after "it" (which ends at <paramref name="at"/>) ends: "it was", "it remains", "it's"; else -1.</summary>
    private static int ImpersonalCopulaEnd(string text, int at, int end)
    {
        if (at + 1 < end && Characters.IsApostrophe(text[at]) && text[at + 1] == 's' && (at + 2 == end || !char.IsLetter(text[at + 2])))
        {
            return at + 2; // "it's thought"
        }
        if (at >= end || !Characters.IsSpace(text[at]))
        {
            return -1;
        }
        int i = Characters.SkipSpaces(text, at, end);
        int wordEnd = Characters.WordEnd(text, i, end);
        return ImpersonalCopulas.Contains(text.AsSpan(i, wordEnd - i)) ? wordEnd : -1;
    }

    /// <summary>Capitalised words that open a subject without naming an actor.</summary>
    private static readonly WordSet ActorDeterminers = new("The", "A", "An", "Its", "Their", "This", "These", "Those", "Some", "Other");

    /// <summary>
    /// Whether the figure is the object of a named actor's action in the past tense, the actor opening its clause: "In the
    /// capital, UN troops evacuated 300 people", "A Red Cross convoy moved 40 patients". The outlet narrates what someone did
    /// (called only for people and things counted as <see cref="FigureKind.Other"/> in a paragraph after the source's): the
    /// source of an earlier paragraph does not speak for it. Not a toll ("killed", "wounded"): a report's losses go on; nor an
    /// actor named in the source's paragraph or since ("the Federation said ... The Federation has evacuated 13"): the source
    /// tells what it did.
    /// </summary>
    private static bool IsNarratedByActor(string text, ArticleLayout layout, int sentence, int sourceParagraph, int figureStart)
    {
        int sentenceStart = layout.Sentences[sentence].Start;
        var verb = Characters.WordBefore(text, figureStart, sentenceStart, out int verbStart);
        if (verb.Length < 5 || !char.IsLower(verb[0]) || !verb.EndsWith("ed", StringComparison.Ordinal) || Lexicon.CasualtyVerbs.Contains(verb))
        {
            return false;
        }
        int subjectEnd = Characters.SkipSpacesBack(text, verbStart, sentenceStart);
        int comma = subjectEnd > sentenceStart ? text.LastIndexOf(',', subjectEnd - 1, subjectEnd - sentenceStart) : -1;
        int subjectStart = Characters.SkipSpaces(text, comma < 0 ? sentenceStart : comma + 1, subjectEnd);
        if (subjectEnd <= subjectStart || subjectEnd - subjectStart > 40)
        {
            return false;
        }
        int first = sentence;
        while (first > 0 && layout.Sentences[first - 1].Paragraph >= sourceParagraph)
        {
            first--;
        }
        var since = text.AsSpan(layout.Sentences[first].Start, sentenceStart - layout.Sentences[first].Start);
        bool named = false;
        var subjectWords = new WordsIn(text, subjectStart, subjectEnd);
        while (subjectWords.MoveNext())
        {
            var word = subjectWords.Current;
            if (Characters.IsDigit(word[0]))
            {
                return false; // "30 soldiers moved 300 civilians": a count, not an actor
            }
            if (char.IsUpper(word[0]) && !ActorDeterminers.Contains(word))
            {
                if (Characters.ContainsWord(since, word))
                {
                    return false;
                }
                named = true;
            }
        }
        return named;
    }

    /// <summary>
    /// Whether sentence <paramref name="s"/> is a heading or a related link inside the text: a line of its own with no full stop
    /// (<see cref="AttributionReader.IsHeadline(int)"/>) that opens with a capital and holds no colon, after a finished sentence (a full
    /// stop, a question or exclamation mark or a closing quotation mark ends the line before it; a list's introduction ends with a
    /// colon and its rows go on with its source).
    /// </summary>
    private static bool IsHeadingInBody(string text, ArticleLayout layout, AttributionReader reader, int s)
    {
        var sentence = layout.Sentences[s];
        int first = Characters.SkipSpaces(text, sentence.Start, sentence.End);
        if (first >= sentence.End || !char.IsUpper(text[first]) || !reader.IsHeadline(s)
            || text.IndexOf(':', sentence.Start, sentence.End - sentence.Start) >= 0)
        {
            return false;
        }
        var before = layout.Sentences[s - 1];
        int end = Characters.SkipSpacesBack(text, before.End, before.Start);
        return end > before.Start && (text[end - 1] is '.' or '!' or '?' || Characters.IsDoubleQuote(text[end - 1]));
    }

    /// <summary>
    /// Whether the sentence closes an embedded post: it ends with the post's picture link ("pic.twitter.com/Ab12Cd") or with its
    /// signature, a handle in brackets and the day it was posted ("— Tesk News (@tesknews) May 3, 2024"). What the post's
    /// author or subject said ends with the post; the next paragraph is another post or the outlet's text.
    /// </summary>
    private static bool ClosesPost(string text, Sentence sentence)
    {
        int end = Characters.SkipSpacesBack(text, sentence.End, sentence.Start);
        int start = end;
        while (start > sentence.Start && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }
        var last = text.AsSpan(start, end - start);
        if (last.StartsWith("pic.twitter.com/", StringComparison.OrdinalIgnoreCase) || last.StartsWith("https://t.co/", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (last.Length != 4 || !char.IsDigit(last[0]) || !char.IsDigit(last[3]))
        {
            return false; // a signature ends with the year it was posted
        }
        int from = Math.Max(sentence.Start, start - 40);
        int close = text.LastIndexOf(')', start, start - from);
        if (close < 0)
        {
            return false;
        }
        int open = text.LastIndexOf('(', close, close - from);
        return open >= 0 && open + 2 < close && text[open + 1] == '@';
    }

    /// <summary>
    /// Whether a later sentence of the figure's paragraph has a reporting clause that names another speaker than the source
    /// carried from an earlier paragraph ("More than 900 homes were damaged. The region lost crops worth 40 million, according
    /// to the Tesk Herald."): the paragraph has a voice of its own, so the earlier source does not go on in it; its figures are
    /// that voice's or the outlet's. The carried source named again ("... Malk said" after "Interior minister Oren Malk")
    /// continues it.
    /// </summary>
    private static bool HasOtherSpeakerAfter(ArticleLayout layout, AttributionReader reader, int sentence, Attribution carried)
    {
        int paragraph = layout.Sentences[sentence].Paragraph;
        string? name = carried.Origin?.Name;
        for (int s = sentence + 1; s < layout.Sentences.Count && layout.Sentences[s].Paragraph == paragraph; s++)
        {
            foreach (var cue in reader.CuesOf(s))
            {
                if (cue.Speaker is { } speaker && !(name is not null && NamesTheSame(speaker.Source.Name, name)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Whether two names of speakers name the same one: equal but for case, or one the other's last words ("Jena", "Chief secretary Jena").</summary>
    private static bool NamesTheSame(string a, string b)
    {
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }
        return a.EndsWith(b, StringComparison.OrdinalIgnoreCase) && (a.Length == b.Length || a[a.Length - b.Length - 1] == ' ');
    }

    /// <summary>Whether a sentence of the figure's paragraph, up to the figure, has a reporting clause of its own.</summary>
    private static bool HasCueBefore(ArticleLayout layout, AttributionReader reader, int sentence, int position)
    {
        int paragraph = layout.Sentences[sentence].Paragraph;
        for (int s = sentence; s >= 0 && layout.Sentences[s].Paragraph == paragraph; s--)
        {
            foreach (var cue in reader.CuesOf(s))
            {
                if (cue.VerbStart < position)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Prepositions that open a span of time at a paragraph's start: "Over the past decade", "In six years of war".</summary>
    private static readonly WordSet SpanOpenings = new("In", "Over", "During", "For", "Across");

    /// <summary>Words between the opening and the span's noun: "the past", "the last", a count of years.</summary>
    private static readonly WordSet SpanFillers = new("the", "past", "last", "several", "many", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "more", "than", "nearly", "almost");

    /// <summary>Nouns of a span of years: a paragraph about them tells the war's history, not the report's news.</summary>
    private static readonly WordSet YearsSpans = new("years", "decade", "decades");

    /// <summary>
    /// Whether the paragraph opens with a span of years ("Over the past decade, these insurgencies have killed thousands",
    /// "In six years of war, more than 30 thousand people died"): history, not the report's news. A single year ("over
    /// the past year") is not enough.
    /// </summary>
    private static bool OpensWithYearsSpan(string text, int start, int end)
    {
        int wordEnd = Characters.WordEnd(text, start, end);
        if (!SpanOpenings.Contains(text.AsSpan(start, wordEnd - start)))
        {
            return false;
        }
        int i = Characters.SkipSpaces(text, wordEnd, end);
        for (int words = 0; words < 5 && i < end; words++)
        {
            wordEnd = Characters.WordEnd(text, i, end);
            if (wordEnd == i)
            {
                return false;
            }
            var word = text.AsSpan(i, wordEnd - i);
            if (YearsSpans.Contains(word))
            {
                return true;
            }
            if (!SpanFillers.Contains(word) && !Characters.IsDigit(word[0]))
            {
                return false;
            }
            i = Characters.SkipSpaces(text, wordEnd, end);
        }
        return false;
    }

    /// <summary>
    /// Whether the figure's paragraph (after the source's own sentence, when that is in it), up to the end of its sentence,
    /// reads as background rather than the report's
    /// news: it opens with "However", "Meanwhile", "Separately", ...; it says "since" a year, a decade or a month;
    /// or it dates something at least half a year before the time the source's figure refers to (publication, for the
    /// day's news: "in December 2016", "on Oct. 7", "since the invasion began in 2022"; the start of an older period the
    /// source counts: after a report on 2016, its 2015 figures are no background). A "since" after the figure that closes a record ("132 were killed, the lowest monthly toll
    /// since the invasion in 2003") measures the figure, and its date makes no background.
    /// </summary>
    private static bool IsBackground(WordMap words, ArticleLayout layout, int sentence, LocalDate published, LocalDate sourceStart, int sourceEnd, int figureStart)
    {
        string text = words.Text;
        int first = sentence;
        int paragraph = layout.Sentences[sentence].Paragraph;
        while (first > 0 && layout.Sentences[first - 1].Paragraph == paragraph)
        {
            first--;
        }
        int start = layout.Sentences[first].Start;
        int end = layout.Sentences[sentence].End;
        if (sourceEnd > start && sourceEnd <= layout.Sentences[sentence].Start)
        {
            // "Meanwhile, according to police data, 81 were killed in 2019. Nineteen were killed in January, ...": what opens the
            // source's own sentence introduces its report; only what comes after it can step away from it.
            start = Characters.SkipWhiteSpace(text, sourceEnd);
        }
        else
        {
            int openingEnd = words.WordEnd(start, end);
            if (Lexicon.BackgroundOpenings.Contains(text.AsSpan(start, openingEnd - start)) || OpensWithYearsSpan(text, start, end))
            {
                return true;
            }
        }
        // Bounded: a paragraph's background markers come before its figure, and long paragraphs are rare.
        int from = Math.Max(start, end - 600);
        for (int i = from; i < end; i++)
        {
            if ((text[i] == 's' || text[i] == 'S') && (i == from || !char.IsLetter(text[i - 1])) && SpanScanner.PhraseEnd(text.AsSpan(0, end), i, "since") is var sinceEnd and > 0)
            {
                int next = Characters.SkipSpaces(text, sinceEnd, end);
                int wordEnd = words.WordEnd(next, end);
                if (text.AsSpan(next, wordEnd - next).Equals("the", StringComparison.OrdinalIgnoreCase))
                {
                    next = Characters.SkipSpaces(text, wordEnd, end); // "since the 1990s"
                    wordEnd = words.WordEnd(next, end);
                }
                var word = text.AsSpan(next, wordEnd - next);
                if (word.Length > 0 && (Characters.IsDigit(word[0]) || ArticleWords.MonthOf(word) != 0 || word.StartsWith("mid", StringComparison.OrdinalIgnoreCase))
                    && !(i > figureStart && MeasuresRecord(text, i, start)) && !(OpensASentence(text, i, start) && NamesADay(text, next, wordEnd, end)))
                {
                    return true;
                }
            }
        }
        var times = new List<TimeExpression>();
        TimeExpressions.Find(words, from, end, published, times);
        var threshold = sourceStart.PlusDays(-BackgroundDays);
        foreach (var time in times)
        {
            // "since the war began in 2022" runs to publication, but dates its start as "in 2022" would date the whole.
            bool since = text.AsSpan(time.Start).StartsWith("since", StringComparison.OrdinalIgnoreCase);
            if (time.Interval is { } interval && (since ? interval.Start : interval.End) < threshold
                && !((since ? time.Start : WordBack(text, time.Start, start, SinceWord, RecordReach)) is var sinceAt && sinceAt > figureStart && MeasuresRecord(text, sinceAt, start)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the word at <paramref name="at"/> opens a sentence: nothing but spaces before it back to <paramref name="start"/> or to a sentence's closing mark.</summary>
    private static bool OpensASentence(string text, int at, int start)
    {
        int before = Characters.SkipSpacesBack(text, at, start);
        return before <= start || text[before - 1] is '.' or '!' or '?' or '\n';
    }

    /// <summary>
    /// Whether the word after a "since" and the word after it name a day ("since March 6", "since 6 March"): a sentence that
    /// opens so ("Since March 6, 44 such incidents ...") counts from a day its time expression dates, background only when it is old;
    /// "since March", "since 2015" and a day later in the sentence ("who had come since 15 August") mark background by themselves.
    /// </summary>
    private static bool NamesADay(string text, int start, int end, int limit)
    {
        int next = Characters.SkipSpaces(text, end, limit);
        var after = text.AsSpan(next, Characters.WordEnd(text, next, limit) - next);
        var word = text.AsSpan(start, end - start);
        return after.Length > 0 && (ArticleWords.MonthOf(word) != 0
            ? Characters.IsDigit(after[0]) && after.Length <= 4 && !(after.Length == 4 && Characters.IsDigit(after[^1]))
            : word.Length <= 2 && ArticleWords.MonthOf(after) != 0);
    }

    /// <summary>How many words back a record word may stand from its "since", and a "since" from the date it leads to.</summary>
    private const int RecordReach = 8;

    private static readonly WordSet SinceWord = new("since");

    /// <summary>
    /// Words that make a "since" measure a record: "the lowest monthly toll since the invasion in 2003", "its highest level
    /// since 2008", "more than any other since 2001", "for the first time since 2014".
    /// </summary>
    private static readonly WordSet RecordWords = new(
        "highest", "lowest", "deadliest", "bloodiest", "worst", "biggest", "largest", "heaviest", "greatest", "fewest", "most", "least",
        "first", "other");

    /// <summary>
    /// Whether the "since" at <paramref name="since"/> closes a record ("the lowest monthly death toll since the US-led invasion
    /// in 2003", "the highest number of fatalities since 2005"): a superlative within <see cref="RecordReach"/> words before it
    /// in its clause. The date then measures how rare the report's figure is; it does not move the sentence back in time, so
    /// it makes no background.
    /// </summary>
    private static bool MeasuresRecord(string text, int since, int limit) => WordBack(text, since, limit, RecordWords, RecordReach) >= 0;

    /// <summary>
    /// The start of the nearest word of <paramref name="set"/> among the <paramref name="words"/> words before
    /// <paramref name="at"/>, within one clause (no comma, semicolon, colon, bracket or sentence end crossed) and not below
    /// <paramref name="limit"/>; else -1.
    /// </summary>
    private static int WordBack(string text, int at, int limit, WordSet set, int words)
    {
        int i = at;
        for (int n = 0; n < words; n++)
        {
            while (i > limit && !char.IsLetterOrDigit(text[i - 1]))
            {
                if (text[i - 1] is ',' or ';' or ':' or '(' or ')' or '.' or '?' or '!')
                {
                    return -1;
                }
                i--;
            }
            int end = i;
            while (i > limit && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '-' or '.' || Characters.IsApostrophe(text[i - 1])))
            {
                i--;
            }
            if (end == i)
            {
                return -1;
            }
            if (set.Contains(text.AsSpan(i, end - i)))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>A distance that places something ("the town lies about 25 kilometres from the border"): no one's claim, the outlet's.</summary>
    private static bool IsPlacingDistance(FigureProposal proposal)
        => proposal.Kind == FigureKind.Other && proposal.Figure.Unit is UnitClass.Kilometre or UnitClass.Mile or UnitClass.Metre;

    /// <summary>Whether the sentence has a figure that is not a distance placing something (those are the outlet's, see <see cref="AttributeContinuations"/>).</summary>
    private static bool HasFigureOtherThanDistance(List<FigureProposal> proposals, int next, int sentence)
    {
        for (int k = next; k < proposals.Count && proposals[k].SentenceIndex == sentence; k++)
        {
            if (!IsPlacingDistance(proposals[k]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Verbs after "That" or "This" that compare with the figure before: "That compares to 430 in 2007".</summary>
    private static readonly WordSet ComparingVerbs = new("compares", "compared");

    /// <summary>Words after "That's", "That is" or "This was" that compare with the figure before: "That's up from 126 in April".</summary>
    private static readonly WordSet ComparingAdverbs = new("up", "down");

    /// <summary>
    /// Whether the sentence opens by comparing the figure before it with others ("That compares to 430 in the first six months
    /// of 2007", "That's up from 126 deaths in April and 112 in March"): the demonstrative is the source's figure, so the
    /// earlier dates it brings are the source's comparison, not the outlet's background. Reads three words.
    /// </summary>
    private static bool ComparesBack(string text, int start, int end)
    {
        int i = Characters.SkipSpaces(text, start, end);
        int wordEnd = Characters.WordEnd(text, i, end);
        var first = text.AsSpan(i, wordEnd - i);
        bool contracted = first.Length == 6 && first.StartsWith("That", StringComparison.Ordinal) && Characters.IsApostrophe(first[4]) && first[5] == 's';
        if (!contracted && !first.Equals("That", StringComparison.Ordinal) && !first.Equals("This", StringComparison.Ordinal))
        {
            return false;
        }
        i = Characters.SkipSpaces(text, wordEnd, end);
        wordEnd = Characters.WordEnd(text, i, end);
        var second = text.AsSpan(i, wordEnd - i);
        if (contracted)
        {
            return ComparingAdverbs.Contains(second);
        }
        if (ComparingVerbs.Contains(second))
        {
            return true;
        }
        if (!second.Equals("is", StringComparison.Ordinal) && !second.Equals("was", StringComparison.Ordinal))
        {
            return false;
        }
        i = Characters.SkipSpaces(text, wordEnd, end);
        return ComparingAdverbs.Contains(text.AsSpan(i, Characters.WordEnd(text, i, end) - i));
    }

    /// <summary>
    /// The chain of the reporting clause of a sentence with no figure, when it names who speaks for the report ("July also
    /// included the deadliest day since 2009, according to the statistics compiled by X"): the figures after it that have no
    /// marker of their own go on in that source's report. A clause that points back or is subordinate names no one for what
    /// follows; null then, or when the sentence has no such clause. Nor does a clause that states a count in words ("A guild
    /// put the toll at nine dead": the source gave its figure) or a line that is no full sentence (a list's heading with no
    /// colon).
    /// </summary>
    private static Attribution? SourceWithoutFigure(string text, Sentence sentence, AttributionReader reader, int index)
    {
        var cues = reader.CuesOf(index);
        if (cues.Length == 0 || !EndsStatement(text, sentence) || StatesACount(text, sentence) || ForetellsACount(text, sentence))
        {
            return null;
        }
        foreach (var cue in cues)
        {
            if (cue.Speaker is not null && !cue.IsSubordinate && !cue.RefersBack && !cue.IsHeadlineName && !cue.Chain.IsEmpty)
            {
                return cue.Chain;
            }
        }
        return null;
    }

    /// <summary>Base forms of the verbs by which a count moves: "to rise", "could grow".</summary>
    private static readonly WordSet CountMovingVerbs = new("rise", "climb", "increase", "grow", "mount");

    /// <summary>Words before such a base form that make it a forecast: the infinitive's "to" and the modals.</summary>
    private static readonly WordSet ForecastMarkers = new("to", "could", "would", "may", "might", "will", "should");

    /// <summary>
    /// Whether the sentence foretells that a count will move ("The fire chief said he expects the number of dead to rise", "Officials
    /// warned that the count could grow"): a speaker who forecasts gives no count, so the clause opens no report, and the
    /// figures after it (the outlet's own summing up, "By Tuesday night, 41 fires were burning") are not the speaker's.
    /// </summary>
    private static bool ForetellsACount(string text, Sentence sentence)
    {
        var words = new WordsIn(text, sentence.Start, sentence.End);
        var previous = ReadOnlySpan<char>.Empty;
        while (words.MoveNext())
        {
            var word = words.Current;
            if (CountMovingVerbs.Contains(word) && ForecastMarkers.Contains(previous))
            {
                return true;
            }
            previous = word;
        }
        return false;
    }

    /// <summary>Number words from two to nineteen (<see cref="Lexicon.SmallNumbers"/>; "one" is as often no count): counts written in words, not read as figures.</summary>
    private static readonly WordSet CountWords = new(Lexicon.SmallNumbers[2..]);

    /// <summary>Whether the sentence has a number word under twenty: it states a count of its own (its digits, with no figure read, are dates).</summary>
    private static bool StatesACount(string text, Sentence sentence)
    {
        var words = new WordsIn(text, sentence.Start, sentence.End);
        while (words.MoveNext())
        {
            var word = words.Current;
            if (CountWords.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the sentence ends with a full stop, a question or exclamation mark (closing quotes and brackets aside).</summary>
    private static bool EndsStatement(string text, Sentence sentence)
    {
        int end = sentence.End;
        while (end > sentence.Start && (char.IsWhiteSpace(text[end - 1]) || Characters.IsDoubleQuote(text[end - 1]) || text[end - 1] is ')' or '\'' or '\u2019'))
        {
            end--;
        }
        return end > sentence.Start && text[end - 1] is '.' or '!' or '?';
    }
}
