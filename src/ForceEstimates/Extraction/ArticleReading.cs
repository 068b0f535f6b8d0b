using System;
using System.Collections.Generic;
using NodaTime;

namespace ForceEstimates.Extraction;

/// <summary>A figure proposed from an article before its estimate is parsed: the first mention, every mention, and what the sentence says about it.</summary>
/// <remarks>
/// Proposals are the workspace's (<see cref="ReadingWorkspace.NextProposal"/>), reused from one article to the next: one
/// per figure found, each alive until the article is read, they were a fifth of what an extraction allocated and were
/// copied by every collection it started. The reader sets every field a figure has; <see cref="Clear"/> gives the rest the
/// values of a new proposal.
/// </remarks>
internal sealed class FigureProposal
{
    /// <summary>The article's figures, in text order (shared by all its proposals: a copy per proposal was most of its size).</summary>
    internal FigureCandidate[] Figures { get; set; } = [];

    /// <summary>Where this proposal's figure is in <see cref="Figures"/>.</summary>
    internal int FigureIndex { get; set; }

    /// <summary>The figure of the first mention.</summary>
    internal ref readonly FigureCandidate Figure => ref Figures[FigureIndex];

    /// <summary>The figure as written; set for the figures kept after merging (most figures of a long text are repeats).</summary>
    internal string Text { get; set; } = "";

    private List<FigureMention>? mentions;

    /// <summary>Every mention, the first one first; made when first asked for, so a figure read once costs no list.</summary>
    internal List<FigureMention> Mentions => mentions ??= [new FigureMention(Figure.Start, Figure.Length)];

    /// <summary>Every mention as an array when the figure is mentioned more than once, else null.</summary>
    internal FigureMention[]? RepeatedMentions() => mentions is null ? null : [.. mentions];

    /// <summary>The unit as written, or null; set with <see cref="Text"/>.</summary>
    internal string? Unit { get; set; }

    internal string? Subject { get; set; }

    internal string? Place { get; set; }

    internal Attribution Attribution { get; set; } = Attribution.Empty;

    /// <summary>The dates the figure refers to; set when the proposal is made (null only in a cleared proposal).</summary>
    internal DateInterval RefersTo { get; set; } = null!;

    /// <summary>Where the sentence of the first mention starts in the text; set with <see cref="Text"/>.</summary>
    internal int SentenceStart { get; set; }

    /// <summary>Where the sentence of the first mention ends in the text; set with <see cref="Text"/>.</summary>
    internal int SentenceEnd { get; set; }

    internal double Confidence { get; set; }

    /// <summary>The reporting clause the figure is attributed through, or null.</summary>
    internal Cue? Cue { get; set; }

    /// <summary>The index of the sentence of the first mention.</summary>
    internal int SentenceIndex { get; set; }

    /// <summary>How the attribution was found; the confidence depends on it.</summary>
    internal AttributionBasis Basis { get; set; }

    /// <summary>The period the figure is an amount per ("1,100 a day"), or <see cref="PeriodUnits.None"/>.</summary>
    internal PeriodUnits Rate { get; set; }

    /// <summary>What kind of figure it is: personnel, casualties, territory, ...</summary>
    internal FigureKind Kind { get; set; }

    /// <summary>Whether its clause says it is a peak ("At most, we controlled ...", "at its peak", "peaked at").</summary>
    internal bool Peak { get; set; }

    /// <summary>The library's metric where one fits, or null.</summary>
    internal Metric? Metric { get; set; }

    /// <summary>The figure kept before this one with the same hedge, number(s), unit and rate, from another source or subject; null for the first.</summary>
    internal FigureProposal? EarlierSameValue { get; set; }

    /// <summary>
    /// For a figure first mentioned in a headline, its first repeat in the text, merged into it: the sentence that states
    /// it in full, whose words say what it counts ("Toll rises to 1,500" ... "The number of civilians killed in X has risen
    /// to 1,500"); else null.
    /// </summary>
    internal FigureProposal? TextRepeat { get; set; }

    /// <summary>Where the sentence the figure's quantity is read from starts: the text repeat's for a headline's figure, else the first mention's.</summary>
    internal int WordsSentenceStart { get; set; }

    /// <summary>Where that sentence ends.</summary>
    internal int WordsSentenceEnd { get; set; }

    /// <summary>Where the mention the quantity is read around starts (the text repeat's, else the first mention's).</summary>
    internal int WordsStart { get; set; }

    /// <summary>That mention's length.</summary>
    internal int WordsLength { get; set; }

    /// <summary>Lets go of the article: every field as a new proposal has it, so that the proposal can be reused for another figure.</summary>
    internal void Clear()
    {
        Figures = [];
        FigureIndex = 0;
        Text = "";
        mentions = null;
        Unit = null;
        Subject = null;
        Place = null;
        Attribution = Attribution.Empty;
        RefersTo = null!;
        SentenceStart = 0;
        SentenceEnd = 0;
        Confidence = 0;
        Cue = null;
        SentenceIndex = 0;
        Basis = default;
        Rate = default;
        Kind = default;
        Peak = false;
        Metric = null;
        EarlierSameValue = null;
        TextRepeat = null;
        WordsSentenceStart = 0;
        WordsSentenceEnd = 0;
        WordsStart = 0;
        WordsLength = 0;
    }
}

/// <summary>Where a figure's attribution comes from (the confidence's table of measured shares follows this order).</summary>
internal enum AttributionBasis
{
    /// <summary>Nobody: the article's own voice.</summary>
    None,

    /// <summary>A reporting clause in the figure's sentence, or the quotation it stands in.</summary>
    Sentence,

    /// <summary>A clause after the figure's sentence that points back to it ("This was stated by ...").</summary>
    Backward,

    /// <summary>The same figure, attributed elsewhere in the article (a headline's figure stated again in the text).</summary>
    Repeat,

    /// <summary>The figure continues the paragraph or list of an attributed figure before it, or a transcript speaker's paragraphs.</summary>
    Continuation,

    /// <summary>The figure's paragraph continues an attributed figure of an earlier paragraph, with no marker of its own.</summary>
    Carried,
}

/// <summary>
/// Reads an article into figure proposals: layout, figures per sentence, attribution, the time
/// each figure refers to, its subject and place, and the merging of repeated mentions. Each stage
/// is linear in the text (with bounded look-around), so the whole is too.
/// </summary>
internal static partial class ArticleReading
{
    /// <summary>
    /// The subject a pronoun subject stands for: that of the latest figure of this sentence or the one before that counts a
    /// group (not a share: "19 million people – 45 per cent of the population – ..., 6 million of them" are of the people).
    /// </summary>
    private static string? Antecedent(List<FigureProposal> proposals, int sentence)
    {
        for (int j = proposals.Count - 1; j >= 0 && proposals[j].SentenceIndex >= sentence - 1; j--)
        {
            var unit = proposals[j].Figure.Unit;
            if (unit is not (UnitClass.Percent or UnitClass.PercentagePoint or UnitClass.Fraction))
            {
                return proposals[j].Subject is { } subject && !PronounSubjects.Contains(subject) ? subject : null;
            }
        }
        return null;
    }

    /// <summary>Pronouns a figure's subject may be ("1,100 of them", "300 of whom"): they stand for the subject of the figure before.</summary>
    private static readonly WordSet PronounSubjects = new("them", "those", "these", "whom", "which", "they");

    private static readonly WordSet SubjectStops = new(
    
        "are", "is", "was", "were", "have", "has", "had", "will", "would", "could", "can", "may", "might", "must", "should", "be",
        "been", "being", "remain", "remained", "remains", "in", "on", "at", "from", "to", "into", "along", "near", "since", "during",
        "by", "for", "with", "as", "after", "before", "across", "within", "over", "under", "around", "between", "against", "through",
        "per", "a", "an", "the", "and", "or", "but", "that", "which", "who", "it", "they", "we", "he", "she", "its", "their", "this",
        "these", "those", "than", "more", "fewer", "less", "each", "every", "killed", "wounded", "injured", "captured", "stationed",
        "deployed", "launched", "fired", "destroyed", "damaged", "lost", "left", "missing", "taken", "now", "still", "also", "had",
        "of", "say", "said", "says", "hit", "died", "serve", "live", "out", "so", "used", "made", "sent", "freed", "remain", "until",
        "including", "gathered", "according"
    );

    private static readonly WordSet PlacePrepositions = new("in", "near", "around", "into", "inside", "within", "outside", "across", "at", "from", "towards", "toward");

    /// <summary>
    /// Whether words after a figure turn to a part of what it counts: ", most of them", ", 2,181 of them", "of whom" (not
    /// "301,000 of them were in X", where the figure is itself the part).
    /// </summary>
    private static bool OfAPart(ReadOnlySpan<char> between)
    {
        int at = between.IndexOf(" of them", StringComparison.OrdinalIgnoreCase) is var them and >= 0 ? them : between.IndexOf(" of whom", StringComparison.OrdinalIgnoreCase);
        return at > 0 && !between[..at].IsWhiteSpace();
    }

    private static readonly WordSet PlaceAdjectives = new("eastern", "western", "northern", "southern", "central", "occupied", "northeastern", "southeastern", "northwestern", "southwestern", "downtown");

    private static readonly WordSet PlaceSuffixes = new("region", "oblast", "province", "district", "area", "front", "sector", "direction");

    private static readonly WordSet NotPlaces = new("The", "A", "An", "Russian", "Ukrainian", "North", "South");

    /// <summary>
    /// Reads the article into <paramref name="workspace"/>'s buffers and returns its list of the figures kept after merging
    /// (valid until the workspace is released).
    /// </summary>
    internal static List<FigureProposal> Read(string text, LocalDate published, string? outlet, KnownSources known, int lookBackDays, ReadingWorkspace workspace)
    {
        var layout = ArticleLayout.Read(text, workspace.Sentences, workspace.Quotations);
        var words = workspace.Words.Read(text);
        var convention = NumberConventions.Of(text);
        int count = layout.Sentences.Count;
        // Every sentence's figures are a view of a shared block: a list per sentence was an object and a copy per
        // sentence with figures, kept alive (and copied by each collection) until the article was read. A full
        // block is followed by another rather than grown: nothing is copied twice, and a block stays under the
        // large object heap's threshold, whose allocations start background collections of the whole heap. The
        // blocks and the array of views are the workspace's, reused from one article to the next.
        var figuresBySentence = workspace.FiguresBySentence(count);
        var block = workspace.NextBlock(ReadingWorkspace.FigureBlock);
        int used = 0;
        int figureCount = 0;
        var scratch = new List<FigureCandidate>();
        for (int s = 0; s < count; s++)
        {
            var sentence = layout.Sentences[s];
            scratch.Clear();
            FigureScanner.Scan(words, sentence.Start, sentence.End, convention, scratch);
            if (scratch.Count == 0)
            {
                figuresBySentence[s] = ArraySegment<FigureCandidate>.Empty;
                continue;
            }
            if (used + scratch.Count > block.Length)
            {
                block = workspace.NextBlock(scratch.Count);
                used = 0;
            }
            scratch.CopyTo(block, used);
            figuresBySentence[s] = new ArraySegment<FigureCandidate>(block, used, scratch.Count);
            used += scratch.Count;
            figureCount += scratch.Count;
        }
        var reader = new AttributionReader(words, layout, known, published, figuresBySentence, workspace);
        var subjects = new HashSet<string>(StringComparer.Ordinal);
        var proposals = workspace.Proposals; // one per figure found
        proposals.EnsureCapacity(figureCount);
        var times = new List<TimeExpression>();
        var resolved = new List<(int Start, int End, DateInterval Interval)>();
        LocalDate? articleStart = null;
        var rateBuffer = new PeriodUnits[8];
        var frame = PeriodUnits.None; // the rate of the last figure of the sentence frameSentence
        int frameSentence = -2;
        var publicationDay = new DateInterval(published, published);
        // The time of the last figure of the latest sentence with figures, when its text dated it, and that sentence: a figure
        // whose own sentence, reporting clause and all give no time continues it ("... killed 382 in January. Baghdad had 128 killed").
        DateInterval? carried = null;
        int carriedSentence = -3;
        DateInterval? leadTime = null; // the first time of the lead, read once for a headline's figures
        bool leadRead = false;
        for (int s = 0; s < count; s++)
        {
            var figures = figuresBySentence[s];
            if (figures.Count == 0)
            {
                continue;
            }
            var sentence = layout.Sentences[s];
            times.Clear();
            TimeExpressions.Find(words, sentence.Start, sentence.End, published, times);
            resolved.Clear();
            Cue? frontedCue = null; // "On Tuesday, the army announced ...": the clause the day before it dates
            DateInterval? frontedDay = null;
            foreach (var time in times)
            {
                var interval = time.SinceThen ? SinceThen(words, time.Start, published) : time.Interval;
                // A reporting clause's own day ("said on Monday", "On Tuesday, the army announced") is the speaker's, not the
                // figures'; a span of more than a month inside it ("a registry listing the deaths between July 1969 and
                // December 2001 shows") is the scope of what it reports.
                if (InsideCitation(time.Start, reader.CuesOf(s)))
                {
                    continue; // "(Marlow 1998, p. 45)": the year the work came out dates no figure
                }
                if (interval is not null && interval.Length <= 7 && FrontsCue(text, sentence, time, reader.CuesOf(s)) is { } fronted)
                {
                    frontedCue = fronted;
                    frontedDay = interval;
                    continue;
                }
                if (interval is not null && (interval.Length > 31 || !IsInsideCue(time.Start, reader.CuesOf(s))))
                {
                    if (time.YearGuessed && interval.Start > published && !LooksAhead(text, sentence, time.Start))
                    {
                        interval = YearBefore(interval); // "March" in a February report of past deaths is last March
                    }
                    resolved.Add((time.Start, time.End, interval));
                }
            }
            var rates = FigureKinds.RatesOf(words, sentence, figures, ref rateBuffer);
            if (frameSentence == s - 1 && frame != PeriodUnits.None && text.IndexOf('\n', layout.Sentences[s - 1].End, sentence.Start - layout.Sentences[s - 1].End) < 0)
            {
                FigureKinds.CarryFrameToBreakdown(words, sentence, figures, rates, frame); // "... over the past day amounted to 609. This includes 2 tanks, ..."
            }
            frame = rates[figures.Count - 1];
            frameSentence = s;
            // A sentence that breaks down the one before it ("These include", "Of those") starts from that sentence's last kind.
            var previousKind = proposals.Count > 0 && proposals[^1].SentenceIndex == s - 1 && FigureKinds.OpensBreakdown(words, sentence) ? proposals[^1].Kind : FigureKind.Unknown;
            bool listOfLosses = IsListOfLosses(words, layout, s);
            for (int k = 0; k < figures.Count; k++)
            {
                var figure = figures[k];
                var attribution = reader.Attribute(figure, s, out var cue);
                var refersTo = ResolveTime(text, sentence.Start, figures, figure, resolved, cue, publicationDay, lookBackDays, out bool dated, out bool byText);
                if (!dated && frontedCue is not null && cue == frontedCue)
                {
                    refersTo = new DateInterval(frontedDay!.End, frontedDay.End); // the speaker's day, as "said on Tuesday" gives it
                    dated = true;
                }
                if (!dated && s == 0 && count > 1 && IsHeadline(text, sentence, layout.Sentences[1]))
                {
                    // "Army says 7 militants killed near border" over "... killed seven militants ... on Sunday": the lead's time.
                    if (!leadRead)
                    {
                        leadTime = LeadTime(words, layout.Sentences[1], published, reader.CuesOf(1), times);
                        leadRead = true;
                    }
                    if (leadTime is not null)
                    {
                        refersTo = leadTime;
                        dated = true;
                        byText = true;
                    }
                }
                if (!dated && carried is not null && carriedSentence >= s - CarryBack && !StandsApart(text, sentence, cue)
                    && (carried.Start == carried.End || !FigureKinds.BringsTheTotalTo(text, figure.Start, sentence.Start, ownCount: true)))
                {
                    // Not "... killed in July, bringing the total to 13,580": a running total is as of the statement's day, not
                    // over the period of the count before it.
                    refersTo = carried;
                    dated = true;
                    byText = true;
                }
                if (k == figures.Count - 1 && (k == 0 || !IsComparisonBase(text, sentence, figure)))
                {
                    carried = byText ? refersTo : null;
                    carriedSentence = s;
                }
                else if (k == figures.Count - 2)
                {
                    // "... around 18,000 fighters, down from 25,000 in January": the sentence is about the first figure's time,
                    // not the base of its comparison, so a figure of the next sentence that has none continues the first's.
                    carried = byText ? refersTo : null;
                    carriedSentence = s;
                }
                bool onlyToday = refersTo.Start == published && refersTo.End == published;
                bool peak = IsPeak(words, sentence, figure);
                if ((!dated || onlyToday) && peak)
                {
                    // "At most, we controlled about 1,376 ..., now ...": a peak spans the period the article covers.
                    articleStart ??= EarliestPastDate(words, published);
                    if (articleStart is { } from && from <= refersTo.End)
                    {
                        refersTo = new DateInterval(from, refersTo.End);
                    }
                }
                string? subject = ReadSubject(words, sentence, figure, subjects, SubjectLimit(times, figure, sentence)) ?? ListLabel(words, sentence, figure);
                bool coordinated = k > 0 && (IsJoined(text, figures[k - 1].End, figure.Start) || (rates[k] != PeriodUnits.None && rates[k] == rates[k - 1]));
                var kind = FigureKinds.KindOf(words, sentence, figure, subject, rates[k], previousKind, coordinated, listOfLosses, out var metric);
                if (kind == FigureKind.Personnel && previousKind == FigureKind.Casualties && FigureKinds.ContinuesLossList(words, sentence, figures[k - 1], figure))
                {
                    // "has lost more than 1,970 soldiers in the east, up to 1,620 soldiers in the south": the items share the loss verb.
                    kind = FigureKind.Casualties;
                    metric = Metric.Losses;
                }
                if (subject is null && proposals.Count > 0 && proposals[^1].SentenceIndex >= s - 1 && proposals[^1].Kind == kind
                    && FigureKinds.PutsTheFigureAt(text, figure.Start, sentence.Start))
                {
                    // "134,000 people have been displaced, while the city council puts the number at close to 150,000": the
                    // figure before, restated by another voice: what it counts and its metric too.
                    subject = proposals[^1].Subject;
                    metric ??= proposals[^1].Metric;
                }
                else if (subject is null && proposals.Count > 0
                    && (k > 0 ? proposals[^1].SentenceIndex == s : proposals[^1].SentenceIndex == s - 1 && OpensWithThat(text, sentence))
                    && proposals[^1].Kind != FigureKind.Unknown && proposals[^1].Subject is not null && ComparesWith(text, sentence, figure))
                {
                    // "launched 6,297 drones in July, up from 5,438 in June": the base of the comparison counts what the figure
                    // compared with it counts.
                    subject = proposals[^1].Subject;
                    kind = proposals[^1].Kind;
                    metric = proposals[^1].Metric;
                }
                else if (subject is null && k > 0 && proposals.Count > 0 && proposals[^1].SentenceIndex == s && proposals[^1].Kind == kind
                    && proposals[^1].Subject is not null && RestatesTheFigureBefore(text, sentence, figure))
                {
                    // "roughly 19.2% of Orlova, or about 114,500 square kilometres": the same amount in another unit, of the
                    // same thing.
                    subject = proposals[^1].Subject;
                    metric ??= proposals[^1].Metric;
                }
                else if (subject is null && proposals.Count > 0 && proposals[^1].SentenceIndex >= s - 1 && proposals[^1].Kind != FigureKind.Unknown
                    && FigureKinds.BringsTheTotalTo(text, figure.Start, sentence.Start))
                {
                    // "286 civilians were killed in July, bringing the total since the invasion to 13,580": the running total of
                    // what the figure before counts, whatever the words between make of it ("invasion" is no force here).
                    subject = proposals[^1].Subject;
                    kind = proposals[^1].Kind;
                    metric = proposals[^1].Metric;
                }
                else if (subject is null && k > 0 && proposals.Count > 0 && proposals[^1].SentenceIndex == s && proposals[^1].Kind != FigureKind.Unknown
                    && proposals[^1].Subject is not null && FigureKinds.IsPartWithItsOwnPeriod(text, sentence.Start, figure.Start))
                {
                    // "3,948 tanks since the start of the invasion, including 12 in the past day": the day's part of the running
                    // total counts what the total counts.
                    subject = proposals[^1].Subject;
                    kind = proposals[^1].Kind;
                    metric = proposals[^1].Metric;
                }
                if (kind == FigureKind.Unknown && k == 0 && proposals.Count > 0 && proposals[^1].SentenceIndex == s - 1 && sentence.End - sentence.Start < 40)
                {
                    kind = proposals[^1].Kind; // "October: 1,900" after "November: 2,300 Shahed-type drones"
                    metric = proposals[^1].Metric;
                }
                if (kind == FigureKind.Unknown && proposals.Count > 0 && proposals[^1].SentenceIndex >= s - 2 && proposals[^1].Kind == FigureKind.Casualties
                    && FigureKinds.NamesItselfAFigure(words, sentence, figure))
                {
                    kind = FigureKind.Casualties; // "... died. Scholars favor figures between 1 and 2 million": the toll discussed, restated
                    metric = proposals[^1].Metric;
                }
                previousKind = kind;
                if (subject is not null && PronounSubjects.Contains(subject))
                {
                    // "about 11,000 North Korean troops ..., and about 1,100 of them had been killed": "them" are the troops.
                    // After the kind, which the pronoun's own clause tells ("killed").
                    subject = Antecedent(proposals, s) ?? subject;
                }
                var proposal = workspace.NextProposal(); // cleared, as new
                proposal.Rate = rates[k];
                proposal.Kind = kind;
                proposal.Peak = peak;
                proposal.Metric = metric;
                proposal.Figures = figures.Array!;
                proposal.FigureIndex = figures.Offset + k;
                proposal.Subject = subject;
                proposal.Place = ReadPlace(words, sentence, figure, reader.CuesOf(s));
                proposal.Attribution = attribution;
                proposal.Basis = attribution.IsEmpty ? AttributionBasis.None : AttributionBasis.Sentence;
                proposal.Cue = cue;
                proposal.RefersTo = refersTo;
                proposal.SentenceIndex = s;
                proposals.Add(proposal);
            }
        }
        AttributeAcrossSentences(text, layout, reader, proposals, published);
        string? knownOutlet = outlet is null ? null : known.Find(outlet);
        var outletLink = outlet is null ? null : AttributedSource.Read(knownOutlet ?? outlet, outlet, null, false, knownOutlet is not null, published);
        var merged = MergeRepeats(proposals, workspace, reader);
        foreach (var proposal in merged)
        {
            ref readonly var figure = ref proposal.Figure;
            proposal.Text = text.Substring(figure.Start, figure.Length);
            proposal.Unit = figure.UnitLength > 0 ? figure.Reading.UnitLiteral ?? text.Substring(figure.UnitStart, figure.UnitLength) : null;
            var sentence = layout.Sentences[proposal.SentenceIndex];
            proposal.SentenceStart = sentence.Start;
            proposal.SentenceEnd = sentence.End;
            if (proposal.TextRepeat is { } repeat)
            {
                var full = layout.Sentences[repeat.SentenceIndex];
                proposal.WordsSentenceStart = full.Start;
                proposal.WordsSentenceEnd = full.End;
                proposal.WordsStart = repeat.Figure.Start;
                proposal.WordsLength = repeat.Figure.Length;
            }
            else
            {
                proposal.WordsSentenceStart = sentence.Start;
                proposal.WordsSentenceEnd = sentence.End;
                proposal.WordsStart = figure.Start;
                proposal.WordsLength = figure.Length;
            }
            if (outletLink is not null)
            {
                proposal.Attribution = proposal.Attribution.Then(outletLink);
            }
            proposal.Confidence = ConfidenceOf(proposal);
        }
        return merged;
    }

    /// <summary>How many earlier figures with the same value a figure is compared with: bounds the work whatever the article repeats.</summary>
    private const int RepeatWindow = 16;

    /// <summary>
    /// Merges repeated figures: the same hedge, number(s), unit class and rate, no conflicting subject
    /// (either has none, or both say the same) and the same source (either names none, or both name the
    /// same origin): the same number from two sources is two voices. Vague amounts never merge: "hundreds"
    /// twice is not one claim. The first mention is kept, with every mention listed.
    /// </summary>
    private static List<FigureProposal> MergeRepeats(List<FigureProposal> proposals, ReadingWorkspace workspace, AttributionReader reader)
    {
        var kept = workspace.Kept;
        kept.EnsureCapacity(proposals.Count);
        // The latest proposal of each value, by its index in proposals (plus one; 0 is an empty slot) after the value's
        // hash, in an open-addressing table of the workspace: a dictionary of value tuples was 6% of an extraction's
        // allocation, resized through the large object heap on long texts, and alive (copied by each collection) until
        // the merge ended. The hash is compared first: a proposal is read only when it matches.
        int slots = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, proposals.Count * 2));
        int[] latestOf = workspace.MergeTable(2 * slots);
        MergeRepeats(proposals, kept, latestOf, slots - 1, reader);
        return kept;
    }

    private static void MergeRepeats(List<FigureProposal> proposals, List<FigureProposal> kept, int[] latestOf, int mask, AttributionReader reader)
    {
        for (int p = 0; p < proposals.Count; p++)
        {
            var proposal = proposals[p];
            ref readonly var figure = ref proposal.Figure;
            if (figure.IsVague)
            {
                kept.Add(proposal);
                continue;
            }
            int slot = SlotOf(proposals, latestOf, mask, proposal);
            if (latestOf[slot + 1] == 0)
            {
                latestOf[slot + 1] = p + 1;
                kept.Add(proposal);
                continue;
            }
            var latest = proposals[latestOf[slot + 1] - 1];
            FigureProposal? same = null;
            int looked = 0;
            for (var candidate = latest; candidate is not null && looked < RepeatWindow && same is null; candidate = candidate.EarlierSameValue, looked++)
            {
                bool subjects = proposal.Subject is null || candidate.Subject is null || string.Equals(candidate.Subject, proposal.Subject, StringComparison.OrdinalIgnoreCase);
                bool sources = SourcesAgree(proposal.Attribution, candidate.Attribution);
                if (subjects && sources && (proposal.Kind == candidate.Kind || proposal.Kind == FigureKind.Unknown || candidate.Kind == FigureKind.Unknown)
                    && !reader.InOtherBoxRows(proposal.SentenceIndex, candidate.SentenceIndex))
                {
                    same = candidate;
                }
            }
            if (same is null)
            {
                proposal.EarlierSameValue = latest;
                latestOf[slot + 1] = p + 1;
                kept.Add(proposal);
                continue;
            }
            same.Mentions.Add(new FigureMention(figure.Start, figure.Length));
            if (same.TextRepeat is null && proposal.SentenceIndex != same.SentenceIndex && reader.IsHeadline(same.SentenceIndex) && !reader.IsHeadline(proposal.SentenceIndex))
            {
                same.TextRepeat = proposal; // the headline's figure stated in full: its quantity is read from these words
            }
            same.Subject ??= proposal.Subject;
            if (proposal.Place is not null && (same.Place is null || (proposal.Place.Length > same.Place.Length && proposal.Place.Contains(same.Place, StringComparison.Ordinal))))
            {
                same.Place = proposal.Place; // "Kursk" in the headline, "Kursk Oblast" in the text
            }
            if (proposal.Attribution.Chain.Count > same.Attribution.Chain.Count)
            {
                same.Attribution = proposal.Attribution;
                same.Basis = proposal.Basis;
            }
            if (same.Kind == FigureKind.Unknown)
            {
                same.Kind = proposal.Kind;
            }
        }
    }

    /// <summary>
    /// Where <paramref name="proposal"/>'s value (hedge, number(s), unit class and rate) is in the table: the slot (the index
    /// of its hash; the proposal's follows) holding a proposal of that value, else the empty one where it goes. Linear
    /// probing; the table is at most half full.
    /// </summary>
    private static int SlotOf(List<FigureProposal> proposals, int[] latestOf, int mask, FigureProposal proposal)
    {
        ref readonly var figure = ref proposal.Figure;
        double low = Key(figure.Low), high = Key(figure.High);
        int hash = HashCode.Combine(figure.Hedge, BitsOf(low), BitsOf(high), figure.Unit, proposal.Rate);
        int slot = hash & mask;
        while (latestOf[2 * slot + 1] != 0)
        {
            if (latestOf[2 * slot] == hash)
            {
                var other = proposals[latestOf[2 * slot + 1] - 1];
                ref readonly var held = ref other.Figure;
                if (held.Hedge == figure.Hedge && Key(held.Low) == low && Key(held.High) == high && held.Unit == figure.Unit && other.Rate == proposal.Rate)
                {
                    return 2 * slot;
                }
            }
            slot = (slot + 1) & mask;
        }
        latestOf[2 * slot] = hash;
        return 2 * slot;
    }

    /// <summary>The bits of a value for hashing, with 0 and -0 alike (they compare equal).</summary>
    private static long BitsOf(double value) => BitConverter.DoubleToInt64Bits(value == 0 ? 0 : value);

    private static double Key(double value) => double.IsNaN(value) ? -1 : value;

    /// <summary>
    /// The share of figures read right (hedge, number(s) and origin as labelled), measured by how the origin was found
    /// (<see cref="AttributionBasis"/>, in its order), on news the rules had not been written from. Refitted in session 31
    /// on the thirteenth to twenty-first sets of real news excerpts labelled outside the repository (the held-out checks of
    /// tools/ExtractionScore/README.md; no rule writer has read them), all read by one build (the session's rules
    /// merged): 2,317 found figures, 1,882 right (0.812). Each basis's share is smoothed toward the pooled rate with the
    /// weight of 10 figures, to two decimals: own clause 803 of 891 right (0.90), a repeat of a figure attributed elsewhere
    /// 38 of 47 (0.81; grouped with the own clause before), none 905 of 1,040 (0.87), continuation 94 of 189 (0.51),
    /// carried 41 of 147 (0.31), backward 1 of 3 (0.70). The table before (session 30: own clause and repeat 0.90, none
    /// 0.85, continuation 0.56, carried 0.34, fitted on the thirteenth to twentieth sets) was checked on the twenty-first,
    /// built after it: the own clause over-sure (stated 0.90, right 26 of 31), the outlet's voice under-sure (157 of 170),
    /// continuation and carried over-sure (1 of 19, 2 of 20: an infobox's headings read as sources). The sets differ
    /// by basis more than their sizes explain (the outlet's voice 0.61 to 0.99 right on the nine, the own clause 0.79 to
    /// 0.98), so the table pools them by figures and the next held-out set checks it. Whether the kind is one of the war's counts does not split a row: on the seventh to
    /// ninth sets it made no difference (odds ratio 1.12 within the rows; 0.47 to 2.07 by set). The repository's labelled
    /// sets are not used: written for the rules, they are 98% right.
    /// Indexed by the basis's value, so a basis added to the enum needs its measured share here (a test checks the length).
    /// </summary>
    internal static readonly double[] ShareRight =
    [
        0.87, // None: the article's own voice
        0.90, // Sentence: a clause of the figure's sentence
        0.70, // Backward: a clause after the sentence points back (3 figures measured: pulled toward the pooled rate)
        0.81, // Repeat: the same figure attributed in the text
        0.51, // Continuation: the paragraph of an attributed figure, or a transcript speaker's
        0.31, // Carried: an earlier paragraph's source, no marker of its own
    ];

    /// <summary>
    /// How much less likely a small bare count (no hedge, no unit, under 10) is to be read right: its odds of being right
    /// are multiplied by this. Measured as the Mantel–Haenszel odds ratio within the rows of <see cref="ShareRight"/>:
    /// 0.2 on the fourth to sixth real sets (17 such figures, 10 right), 0.18 on the seventh to ninth held out (12, 7
    /// right); kept at 0.2. An ambiguous number format ("60.000" in an article with no convention) is in neither; its odds
    /// take the same factor, since one of its two readings is wrong by a factor of 1,000.
    /// </summary>
    private const double DoubtfulOdds = 0.2;

    /// <summary>
    /// The figure's confidence: the measured share right of its basis in <see cref="ShareRight"/>, its odds multiplied by
    /// <see cref="DoubtfulOdds"/> for a small bare count and again for an ambiguous number format, within [0.05, 0.95].
    /// </summary>
    private static double ConfidenceOf(FigureProposal proposal)
    {
        ref readonly var figure = ref proposal.Figure;
        double share = ShareRight[(int)proposal.Basis];
        bool smallBare = figure.Hedge == HedgeKind.Bare && figure.Unit == UnitClass.None && figure.Low < 10;
        if (!smallBare && figure.Alternative is null)
        {
            return share; // the table's value exactly, not through the odds
        }
        double odds = share / (1 - share) * (smallBare ? DoubtfulOdds : 1) * (figure.Alternative is null ? 1 : DoubtfulOdds);
        return Math.Clamp(odds / (1 + odds), 0.05, 0.95);
    }

    /// <summary>
    /// The time a figure refers to: the time expression of its sentence nearest to it (not the date
    /// of a reporting clause), else the date of the clause it is attributed through, else the look-back
    /// window before publication when the clause says "previously", else the publication date.
    /// </summary>
    private static DateInterval ResolveTime(string text, int sentenceStart, ArraySegment<FigureCandidate> figures, in FigureCandidate figure, List<(int Start, int End, DateInterval Interval)> times, Cue? cue, DateInterval publicationDay, int lookBackDays, out bool dated, out bool byText)
    {
        var published = publicationDay.Start;
        dated = true;
        byText = true;
        // Times are in text order: look at the few on either side of the figure, within a window.
        int lo = 0, hi = times.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (times[mid].Start >= figure.End)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        DateInterval? best = null;
        int bestDistance = TimeWindow;
        for (int k = Math.Max(0, lo - 2); k < Math.Min(times.Count, lo + 2); k++)
        {
            var time = times[k];
            int distance = time.Start >= figure.End ? time.Start - figure.End : Math.Max(0, figure.Start - time.End);
            if (distance < bestDistance && time.Start >= figure.End && BelongsToLaterFigure(text, sentenceStart, figures, figure, time.Start, time.End))
            {
                continue;
            }
            if (distance < bestDistance && time.Start >= figure.End && DatesAnIncludedThing(text, figure.End, time.Start))
            {
                continue; // "113,000 km², including the peninsula seized in 2014": when the peninsula was seized, not the area's day
            }
            if (distance < bestDistance && time.End <= figure.Start && OpensNewStatement(text, time.End, figure.Start))
            {
                continue; // "... lost last year, the ministry said on Saturday, adding that the rebels still hold about 2,100": another statement's time
            }
            if (distance < bestDistance && time.End <= figure.Start && FigureKinds.BringsTheTotalTo(text, figure.Start, time.End, ownCount: true))
            {
                continue; // "286 were killed in July, bringing the total to 13,580": the total as of the statement, not July's
            }
            if (distance < bestDistance)
            {
                best = time.Interval;
                bestDistance = distance;
            }
        }
        if (best is not null)
        {
            return best;
        }
        byText = false;
        if (cue?.Date is { } date)
        {
            return new DateInterval(date.End, date.End);
        }
        if (cue is { Previously: true })
        {
            return new DateInterval(published.PlusDays(-lookBackDays), published.PlusDays(-1));
        }
        dated = false;
        return publicationDay;
    }

    /// <summary>
    /// Whether a time after a figure dates a later figure instead: the base of a comparison between them ("to 177 from 190 in
    /// December", "compared with 1,010 in April"), a part after "including" when the figure has a time of its own ("3,948 tanks since the invasion, including 12 in the past
    /// day"), or a
    /// list item the time opens after a comma ("fell to 714, in May to 476").
    /// </summary>
    private static bool BelongsToLaterFigure(string text, int sentenceStart, ArraySegment<FigureCandidate> figures, in FigureCandidate figure, int timeStart, int timeEnd)
    {
        foreach (var other in figures)
        {
            if (other.Start >= figure.End && other.End <= timeStart)
            {
                var before = Characters.WordBefore(text, other.Start, figure.End, out _);
                if (before.Equals("from", StringComparison.OrdinalIgnoreCase) || before.Equals("with", StringComparison.OrdinalIgnoreCase)
                    || FigureKinds.IsPartWithItsOwnPeriod(text, sentenceStart, other.Start))
                {
                    return true; // also "3,948 tanks since the invasion, including 12 in the past day": the part's period
                }
            }
        }
        if (text.AsSpan(figure.End, timeStart - figure.End).IndexOf(',') < 0)
        {
            return false;
        }
        int toEnd = SpanScanner.PhraseEnd(text, Characters.SkipSpaces(text, timeEnd, text.Length), "to");
        if (toEnd <= 0)
        {
            return false;
        }
        int next = Characters.SkipSpaces(text, toEnd, text.Length);
        foreach (var other in figures)
        {
            if (other.Start == next)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a figure is the base a comparison starts from: "down from 25,000 in January", "compared with 1,010 in April".
    /// </summary>
    private static bool IsComparisonBase(string text, Sentence sentence, in FigureCandidate figure)
    {
        var before = Characters.WordBefore(text, figure.Start, sentence.Start, out _);
        return before.Equals("from", StringComparison.OrdinalIgnoreCase) || before.Equals("with", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a figure is the base of a comparison written as one: "up from 5,438", "down from 25,000", "compared with 1,010",
    /// "compared to 900" (not a bare "with": "with 95 civilians killed" compares nothing).
    /// </summary>
    private static bool ComparesWith(string text, Sentence sentence, in FigureCandidate figure)
    {
        var before = Characters.WordBefore(text, figure.Start, sentence.Start, out int at);
        if (before.Equals("of", StringComparison.OrdinalIgnoreCase) && Characters.WordBefore(text, at, sentence.Start, out int extremeAt) is var extreme
            && (extreme.Equals("peak", StringComparison.OrdinalIgnoreCase) || extreme.Equals("high", StringComparison.OrdinalIgnoreCase) || extreme.Equals("low", StringComparison.OrdinalIgnoreCase))
            && Characters.WordBefore(text, extremeAt, sentence.Start, out int articleAt).Equals("a", StringComparison.OrdinalIgnoreCase))
        {
            // "down from a peak of about 8 million", "up from a low of 2,000": the extreme the figure is compared with
            before = Characters.WordBefore(text, articleAt, sentence.Start, out at);
        }
        var first = Characters.WordBefore(text, at, sentence.Start, out _);
        return before.Equals("from", StringComparison.OrdinalIgnoreCase)
            ? first.Equals("up", StringComparison.OrdinalIgnoreCase) || first.Equals("down", StringComparison.OrdinalIgnoreCase)
            : (before.Equals("with", StringComparison.OrdinalIgnoreCase) || before.Equals("to", StringComparison.OrdinalIgnoreCase))
              && first.Equals("compared", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a figure restates the one before in other words, set off by ", or" or "(or": "19.2% of Orlova, or about 114,500
    /// square kilometres", "44,000 square miles (or about 19%)".
    /// </summary>
    private static bool RestatesTheFigureBefore(string text, Sentence sentence, in FigureCandidate figure)
    {
        var before = Characters.WordBefore(text, figure.Start, sentence.Start, out int at);
        if (!before.Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        int mark = at - 1;
        while (mark >= sentence.Start && text[mark] == ' ')
        {
            mark--;
        }
        if (mark < sentence.Start || text[mark] is not (',' or '('))
        {
            return false;
        }
        int next = Characters.SkipSpaces(text, figure.End, sentence.End);
        var after = text.AsSpan(next, Characters.WordEnd(text, next, sentence.End) - next);
        return !ComparativesAfter.Contains(after); // not ", or 853 more than previously reported": a difference
    }

    /// <summary>Words after a figure that make it a difference from another ("853 more than", "200 fewer").</summary>
    private static readonly WordSet ComparativesAfter = new("more", "fewer", "less", "higher", "lower", "above", "below", "up", "down");

    /// <summary>
    /// Whether a sentence opens by pointing back at the one before: "That is up from ...", "This was down from ...", "It's up
    /// from ...": what it compares counts what the figure before counted.
    /// </summary>
    private static bool OpensWithThat(string text, Sentence sentence)
    {
        int start = Characters.SkipSpaces(text, sentence.Start, sentence.End);
        int end = Characters.WordEnd(text, start, sentence.End);
        var first = text.AsSpan(start, end - start);
        if (first.Length > 2 && Characters.IsApostrophe(first[^2]) && first[^1] == 's')
        {
            return PointingWords.Contains(first[..^2]); // "That's", "It's"
        }
        int next = Characters.SkipSpaces(text, end, sentence.End);
        var second = text.AsSpan(next, Characters.WordEnd(text, next, sentence.End) - next);
        return PointingWords.Contains(first) && (second.Equals("is", StringComparison.OrdinalIgnoreCase) || second.Equals("was", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Words that point back at what the sentence before said.</summary>
    private static readonly WordSet PointingWords = new("That", "This", "It");

    /// <summary>
    /// Whether a time after a figure dates a thing an "including" or "excluding" phrase adds to it, by a participle of its own
    /// ("113,000 km², including the peninsula seized in 2014", "excluding the areas occupied since 2014"): no number between,
    /// the participle (a word ending in "ed" or "en") right before the time's preposition.
    /// </summary>
    private static bool DatesAnIncludedThing(string text, int from, int timeStart)
    {
        var gap = text.AsSpan(from, timeStart - from);
        int including = gap.IndexOf("including", StringComparison.OrdinalIgnoreCase) is var i and >= 0 ? i : gap.IndexOf("excluding", StringComparison.OrdinalIgnoreCase);
        if (including < 0 || gap[including..].IndexOfAnyInRange('0', '9') >= 0)
        {
            return false;
        }
        var preposition = Characters.WordBefore(text, timeStart, from, out int at);
        bool timeWord = preposition.Equals("in", StringComparison.OrdinalIgnoreCase) || preposition.Equals("since", StringComparison.OrdinalIgnoreCase)
            || preposition.Equals("on", StringComparison.OrdinalIgnoreCase) || preposition.Equals("during", StringComparison.OrdinalIgnoreCase);
        var participle = timeWord ? Characters.WordBefore(text, at, from, out _) : Characters.WordBefore(text, timeStart, from, out _);
        return participle.Length > 3 && (participle.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || participle.EndsWith("en", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Participles that add a statement after a reporting clause: ", adding that ...", ", saying ...".</summary>
    private static readonly WordSet AddedStatementWords = new("adding", "saying", "noting");

    /// <summary>Words that put an added statement in the present: "adding that the rebels still hold ...".</summary>
    private static readonly WordSet PresentWords = new("still", "now", "currently");

    /// <summary>
    /// Whether a statement about the present is added after a comma ("..., adding that the rebels still hold", "..., saying it
    /// now controls") between a time and a figure after it: the time belongs to what was said before, not to the figure. An
    /// added statement with no word of the present ("..., noting that 96 of them were children") may continue the time.
    /// </summary>
    private static bool OpensNewStatement(string text, int from, int to)
    {
        for (int comma = text.IndexOf(',', from, to - from); comma >= 0; comma = comma + 1 < to ? text.IndexOf(',', comma + 1, to - comma - 1) : -1)
        {
            int wordStart = Characters.SkipSpaces(text, comma + 1, to);
            int wordEnd = Characters.WordEnd(text, wordStart, to);
            if (wordEnd > wordStart && AddedStatementWords.Contains(text.AsSpan(wordStart, wordEnd - wordStart)))
            {
                for (int i = Characters.SkipSpaces(text, wordEnd, to); i < to; i = Characters.SkipSpaces(text, Math.Max(i + 1, wordEnd), to))
                {
                    wordEnd = Characters.WordEnd(text, i, to);
                    if (wordEnd > i && PresentWords.Contains(text.AsSpan(i, wordEnd - i)))
                    {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /// <summary>How many sentences back the figures whose time a figure with none continues may stand (the one before, or one more between).</summary>
    private const int CarryBack = 2;

    /// <summary>The phrases that make a figure a peak.</summary>
    internal static readonly string[] PeakPhrases = ["at most,", "at its peak", "at the peak", "at their peak", "at the height", "peaked at", "a peak of", "at one point"];

    /// <summary>Runs of letters one of which every <see cref="PeakPhrases"/> phrase holds, whatever its case (a test checks it): a window with none holds no peak phrase.</summary>
    internal static readonly string[] PeakRuns = ["eak", "ost,", "eight", "ne point"];

#if NET9_0_OR_GREATER
    /// <summary><see cref="PeakRuns"/> searched for together: one pass over a window instead of one per run.</summary>
    private static readonly System.Buffers.SearchValues<string> PeakRunSearch = System.Buffers.SearchValues.Create(PeakRuns, StringComparison.Ordinal);
#endif

    /// <summary>The length of each peak phrase's first word.</summary>
    private static readonly int[] PeakFirstWordLengths = FigureKinds.FirstWordLengths([PeakPhrases], static p => p)[0];

    /// <summary>Whether the figure is a peak: "At most, we controlled ...", "... at its peak", "peaked at ...", within its clause.</summary>
    private static bool IsPeak(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        int from = Math.Max(sentence.Start, figure.Start - 60);
        int to = Math.Min(sentence.End, figure.End + 60);
        // Every peak phrase holds one of PeakRuns whatever its case: most windows hold none, and a few vector searches
        // settle them before the walk over their words.
        var window = text.AsSpan(from, to - from);
#if NET9_0_OR_GREATER
        bool anyRun = window.ContainsAny(PeakRunSearch);
#else
        bool anyRun = false;
        foreach (var run in PeakRuns)
        {
            if (window.IndexOf(run, StringComparison.Ordinal) >= 0)
            {
                anyRun = true;
                break;
            }
        }
#endif
        if (!anyRun)
        {
            return false;
        }
        // Only a letter that starts a run of letters (or the sentence) can start a phrase: the others are passed at once.
        for (int i = words.NextLetterRunStart(from, to, sentence.Start); i < to; i = words.NextLetterRunStart(i + 1, to, sentence.Start))
        {
            char c = Characters.Lower(text[i]);
            if (c == 'a' || c == 'p')
            {
                // Only where a phrase's first word is the whole run of letters here can it match (see FigureKinds.LettersFrom).
                int letters = words.LettersFrom(i, to);
                for (int p = 0; p < PeakPhrases.Length; p++)
                {
                    if (PeakFirstWordLengths[p] == letters && SpanScanner.PhraseEnd(text.AsSpan(0, to), i, PeakPhrases[p]) > 0)
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>How much of the text is read for the period an article covers: an article's background comes early.</summary>
    private const int CoverageWindow = 20_000;

    /// <summary>The earliest date the article mentions (in its first 20,000 characters) in the year before publication: the start of the period it covers, or null.</summary>
    private static LocalDate? EarliestPastDate(WordMap words, LocalDate published)
    {
        string text = words.Text;
        var found = new List<TimeExpression>();
        TimeExpressions.Find(words, 0, Math.Min(text.Length, CoverageWindow), published, found);
        LocalDate? earliest = null;
        var yearBefore = published.PlusDays(-366);
        foreach (var time in found)
        {
            if (time.Interval is { } interval && interval.End <= published && interval.Start >= yearBefore && (earliest is null || interval.Start < earliest))
            {
                earliest = interval.Start;
            }
        }
        return earliest;
    }

    /// <summary>How far (in characters) a time expression may be from a figure and still date it.</summary>
    private const int TimeWindow = 300;

    /// <summary>Whether <paramref name="position"/> lies in a citation by author and year (<see cref="Cue.IsCitation"/>).</summary>
    private static bool InsideCitation(int position, ReadOnlySpan<Cue> cues)
    {
        foreach (var cue in cues)
        {
            if (cue.IsCitation && position >= cue.Start && position < cue.End)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsInsideCue(int position, ReadOnlySpan<Cue> cues)
    {
        int lo = AttributionReader.FirstCueAfter(cues, position);
        for (int k = Math.Min(cues.Length - 1, lo + 1); k >= 0 && k >= lo - 3; k--)
        {
            if (position >= cues[k].Start && position < cues[k].End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a time opens its sentence (after at most one word: "On Tuesday,", "Late Monday,") and a comma and then a reporting
    /// clause follow it: "This week, it said ...", "On Tuesday, the army announced ..." date the clause, not what it reports.
    /// </summary>
    private static Cue? FrontsCue(string text, Sentence sentence, TimeExpression time, ReadOnlySpan<Cue> cues)
    {
        if (cues.Length == 0)
        {
            return null;
        }
        int lead = Characters.SkipSpaces(text, sentence.Start, time.Start);
        if (lead < time.Start && Characters.SkipSpaces(text, Characters.WordEnd(text, lead, time.Start), time.Start) != time.Start)
        {
            return null;
        }
        int comma = Characters.SkipSpaces(text, time.End, sentence.End);
        if (comma >= sentence.End || text[comma] != ',')
        {
            return null;
        }
        int clause = Characters.SkipSpaces(text, comma + 1, sentence.End);
        int k = AttributionReader.FirstCueAfter(cues, clause);
        return k < cues.Length && cues[k].Start == clause ? cues[k] : null;
    }

    /// <summary>Whether the first sentence is a headline: a line of its own with no full stop, question or exclamation mark at its end.</summary>
    private static bool IsHeadline(string text, Sentence headline, Sentence lead)
    {
        if (lead.Paragraph == headline.Paragraph)
        {
            return false;
        }
        int last = headline.End - 1;
        while (last > headline.Start && char.IsWhiteSpace(text[last]))
        {
            last--;
        }
        return text[last] is not ('.' or '!' or '?');
    }

    /// <summary>The first time of the lead sentence outside its reporting clauses (its own day is the speaker's), or null.</summary>
    private static DateInterval? LeadTime(WordMap words, Sentence lead, LocalDate published, ReadOnlySpan<Cue> cues, List<TimeExpression> found)
    {
        found.Clear();
        TimeExpressions.Find(words, lead.Start, lead.End, published, found);
        foreach (var time in found)
        {
            if (time.Interval is { } interval && !time.SinceThen && !IsInsideCue(time.Start, cues) && !DatesComparisonBase(words.Text, time.Start, lead.Start))
            {
                return time.YearGuessed && interval.Start > published ? YearBefore(interval) : interval;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the time at <paramref name="at"/> dates the base of a comparison: it follows "from N", "with N" or "than N" ("...
    /// has risen to 1,500, up from 1,240 two weeks ago"): the time of the base, not of the sentence's figure.
    /// </summary>
    private static bool DatesComparisonBase(string text, int at, int limit)
    {
        int numberEnd = Characters.SkipSpacesBack(text, at, limit);
        int numberStart = numberEnd;
        while (numberStart > limit && (Characters.IsDigit(text[numberStart - 1])
               || (text[numberStart - 1] is ',' or '.' && numberStart - 1 > limit && Characters.IsDigit(text[numberStart - 2]) && numberStart < numberEnd)))
        {
            numberStart--; // "1,240"
        }
        if (numberStart == numberEnd || numberStart == at)
        {
            return false;
        }
        var before = Characters.WordBefore(text, numberStart, limit, out _);
        return before.Equals("from", StringComparison.OrdinalIgnoreCase) || before.Equals("with", StringComparison.OrdinalIgnoreCase)
               || before.Equals("than", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The words that make a sentence with no time of its own speak of now or later, not of the period before it.</summary>
    private static readonly string[] ApartWords = [" will ", " has ", " have ", " still "];

    /// <summary>
    /// Whether a sentence with no time of its own does not continue the time of the figures before it: it looks ahead ("will
    /// probably stay above ..."), gives a total up to now ("has killed more than ..."), a level still standing ("are still
    /// missing"), or its figure's clause speaks in the present ("The Pentagon puts Russian dead at ...").
    /// </summary>
    private static bool StandsApart(string text, Sentence sentence, Cue? cue)
    {
        var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        foreach (string word in ApartWords)
        {
            if (span.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        if (cue is null || cue.VerbEnd - cue.VerbStart < 3)
        {
            return false;
        }
        // "puts", "says", "estimates": a verb ending in a single "s" (not "was", "has", "stress").
        var verb = text.AsSpan(cue.VerbStart, cue.VerbEnd - cue.VerbStart);
        return verb[^1] == 's' && verb[^2] != 's' && !verb.Equals("was", StringComparison.OrdinalIgnoreCase) && !verb.Equals("has", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The words before a time that make it one still to come ("by March"; "will ... in April" and "expected to" in its sentence): a guessed year stays ahead.</summary>
    private static readonly WordSet AheadWords = new("by", "until", "till", "before", "next");

    /// <summary>Whether the time at <paramref name="at"/> is one still to come: after "by", "until", ..., or in a sentence that says "will" or "expected to".</summary>
    private static bool LooksAhead(string text, Sentence sentence, int at)
    {
        if (AheadWords.Contains(Characters.WordBefore(text, at, sentence.Start, out _)))
        {
            return true;
        }
        var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        return span.Contains(" will ", StringComparison.OrdinalIgnoreCase) || span.Contains(" expected to ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The same days a year earlier (a month's last day stays its last day).</summary>
    private static DateInterval YearBefore(DateInterval interval)
    {
        var end = interval.End;
        bool lastDay = end.Day == CalendarSystem.Iso.GetDaysInMonth(end.Year, end.Month);
        var earlierEnd = end.PlusYears(-1);
        if (lastDay)
        {
            earlierEnd = new LocalDate(earlierEnd.Year, earlierEnd.Month, CalendarSystem.Iso.GetDaysInMonth(earlierEnd.Year, earlierEnd.Month));
        }
        return new DateInterval(interval.Start.PlusYears(-1), earlierEnd);
    }

    /// <summary>"Since then": from the last time expression in the 2,000 characters before it to publication.</summary>
    private static DateInterval? SinceThen(WordMap words, int position, LocalDate published)
    {
        var found = new List<TimeExpression>();
        TimeExpressions.Find(words, Math.Max(0, position - 2000), position, published, found);
        for (int k = found.Count - 1; k >= 0; k--)
        {
            if (found[k].Interval is { } interval && interval.Start <= published)
            {
                return new DateInterval(interval.Start, published);
            }
        }
        return null;
    }

    /// <summary>Where the words after a figure stop naming what it counts: the first time expression after it ("up from 1,240 two weeks ago"), else the sentence's end.</summary>
    private static int SubjectLimit(List<TimeExpression> times, in FigureCandidate figure, Sentence sentence)
    {
        foreach (var time in times)
        {
            if (time.Start >= figure.End)
            {
                return time.Start;
            }
        }
        return sentence.End;
    }

    /// <summary>What is counted, from the words after the figure, up to <paramref name="limit"/>: "nearly 60,000 Russian army personnel are ..." → "Russian army personnel".</summary>
    private static string? ReadSubject(WordMap words, Sentence sentence, in FigureCandidate figure, HashSet<string> subjects, int limit)
    {
        string text = words.Text;
        int i = Characters.SkipSpaces(text, figure.End, sentence.End);
        if (i == figure.End && i < sentence.End && char.IsLetter(text[i]))
        {
            return null;
        }
        var inSentence = text.AsSpan(0, sentence.End);
        int ofEnd = SpanScanner.PhraseEnd(inSentence, i, "out of") is var outOf and > 0 ? outOf : SpanScanner.PhraseEnd(inSentence, i, "of");
        if (ofEnd > 0)
        {
            i = Characters.SkipSpaces(text, ofEnd, sentence.End);
            int theEnd = SpanScanner.PhraseEnd(inSentence, i, "the");
            if (theEnd > 0)
            {
                i = Characters.SkipSpaces(text, theEnd, sentence.End);
            }
            if (i < sentence.End && Characters.IsDigit(text[i]))
            {
                // "41 out of 47 drones", "41 of the 47 drones": the part counts what the whole counts.
                int digits = i;
                while (digits < sentence.End && (Characters.IsDigit(text[digits]) || (text[digits] == ',' && digits + 1 < sentence.End && Characters.IsDigit(text[digits + 1]))))
                {
                    digits++;
                }
                i = Characters.SkipSpaces(text, digits, sentence.End);
            }
        }
        if (i < sentence.End && SpanScanner.PhraseEnd(inSentence, i, "more") is var moreEnd and > 0 && moreEnd < sentence.End
            && Characters.SkipSpaces(text, moreEnd, sentence.End) is var afterMore and > 0 && afterMore > moreEnd && afterMore < sentence.End
            && char.IsLetter(text[afterMore]) && IsCountedAfterMore(text.AsSpan(afterMore, words.WordEnd(afterMore, sentence.End) - afterMore)))
        {
            i = afterMore; // "10 more Armenian tanks", "2,000 more troops": what is counted comes after "more"
        }
        int start = i, end = i, taken = 0;
        while (i < limit && taken < 5 && char.IsLetter(text[i]))
        {
            int wordEnd = words.WordEnd(i, sentence.End);
            while (wordEnd + 1 < sentence.End && Characters.IsDash(text[wordEnd]) && char.IsLetterOrDigit(text[wordEnd + 1]))
            {
                wordEnd = words.WordEnd(wordEnd + 1, sentence.End); // "F-16 jets"
            }
            if (wordEnd + 1 < sentence.End && text[wordEnd] == '.' && wordEnd == i + 1 && char.IsUpper(text[i]))
            {
                wordEnd = InitialsEnd(text, i, sentence.End); // "U.S. soldiers", "U.N staff": initials, not the sentence's end
            }
            var word = text.AsSpan(i, wordEnd - i);
            if (char.IsLower(word[0]) && (SubjectStops.Contains(word) || word.EndsWith("ly", StringComparison.Ordinal))
                && !(taken > 0 && word.Equals("and", StringComparison.Ordinal) && char.IsUpper(text[start]) && NextIsCapitalised(text, wordEnd, sentence.End)))
            {
                break; // but "Ukrainian and Polish volunteers": two names before one noun
            }
            end = wordEnd;
            taken++;
            int next = Characters.SkipSpaces(text, wordEnd, sentence.End);
            if (next == wordEnd)
            {
                break;
            }
            i = next;
        }
        return end > start ? Shared(subjects, text.AsSpan(start, end - start)) : null;
    }

    /// <summary>
    /// The end of initials from <paramref name="start"/> ("U.S.", "U.S", "U.K."): capital letters each followed by a period, the
    /// last period included when a space and a word follow; <paramref name="start"/> + 1 when the letter is no initial.
    /// </summary>
    private static int InitialsEnd(string text, int start, int limit)
    {
        int end = start + 1;
        while (end + 1 < limit && text[end] == '.' && char.IsUpper(text[end + 1]) && (end + 2 == limit || !char.IsLetter(text[end + 2])))
        {
            end += 2;
        }
        if (end == start + 1)
        {
            return end; // "A. Smith"? one letter and a period: no initials to join
        }
        return end + 2 < limit && text[end] == '.' && text[end + 1] == ' ' && char.IsLetter(text[end + 2]) ? end + 1 : end;
    }

    /// <summary>A word after "N more" that opens what is counted: a capitalised name ("Armenian tanks") or a noun of a force, its equipment, people or events; not a verb ("hundreds more leave").</summary>
    private static bool IsCountedAfterMore(ReadOnlySpan<char> word)
        => char.IsUpper(word[0]) || Lexicon.PersonnelNouns.Contains(word) || Lexicon.EquipmentNouns.Contains(word) || Lexicon.PeopleNouns.Contains(word)
           || Lexicon.EventNouns.Contains(word);

    private static bool NextIsCapitalised(string text, int at, int limit)
    {
        int next = Characters.SkipSpaces(text, at, limit);
        return next > at && next < limit && char.IsUpper(text[next]);
    }

    /// <summary>One string per distinct subject (or speaker's name) of an article: wire copy repeats a few thousands of times, and each figure keeps its own.</summary>
    internal static string Shared(HashSet<string> pool, ReadOnlySpan<char> written)
    {
#if NET9_0_OR_GREATER
        if (pool.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(written, out string? existing))
        {
            return existing;
        }
        string made = written.ToString();
#else
        string made = written.ToString();
        if (pool.TryGetValue(made, out string? existing))
        {
            return existing;
        }
#endif
        pool.Add(made);
        return made;
    }

    /// <summary>
    /// What a list line counts, from its label: "Tanks - 1,214 (+3) units" → "Tanks", "- personnel: about 842,000" →
    /// "personnel"; the label is up to four words before a dash or colon at the start of the line, the figure right after it
    /// (or in parentheses after the line's first figure).
    /// </summary>
    private static string? ListLabel(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        int i = Characters.SkipBullet(text, sentence.Start, sentence.End);
        int labelStart = i, labelEnd = i, taken = 0;
        while (i < figure.Start && taken < 5)
        {
            int wordEnd = words.WordEnd(i, figure.Start);
            if (wordEnd == i)
            {
                break;
            }
            labelEnd = wordEnd;
            taken++;
            i = Characters.SkipSpaces(text, wordEnd, figure.Start);
            if (i < figure.Start && text[i] == '/')
            {
                i = Characters.SkipSpaces(text, i + 1, figure.Start); // "ships/boats"
            }
        }
        if (taken == 0 || i >= figure.Start || !(text[i] is ':' or '-' or '\u2013' or '\u2014'))
        {
            return null;
        }
        int after = Characters.SkipSpaces(text, i + 1, sentence.End);
        bool first = after == figure.Start || (after < figure.Start && HedgeBefore(text, after, figure.Start));
        bool increment = figure.Start >= 2 && text[figure.Start - 1] == '+' && text[figure.Start - 2] == '(';
        return first || increment ? text[labelStart..labelEnd] : null;
    }

    /// <summary>Whether two figures of a sentence are coordinated: close, no clause break, joined by a comma, "and", "to", "from", "or", "than", "with".</summary>
    private static bool IsJoined(string text, int from, int to)
    {
        if (to - from > 80)
        {
            return false;
        }
        var between = text.AsSpan(from, to - from);
        if (between.IndexOfAny(';', ':') >= 0)
        {
            return false;
        }
        return between.Contains(',') || between.Contains(" and ", StringComparison.Ordinal) || between.Contains(" to ", StringComparison.Ordinal)
               || between.Contains(" from ", StringComparison.Ordinal) || between.Contains(" or ", StringComparison.Ordinal)
               || between.Contains(" than ", StringComparison.Ordinal) || between.Contains(" with ", StringComparison.Ordinal) || between.Contains('(');
    }

    /// <summary>
    /// Whether two mentions of a number may be one figure by their sources: either names none, both have the same
    /// origin, or one names only a link of the other's chain ("..., Reuters reports" in the headline; "Reuters
    /// reported, citing a source in Ukraine's General Staff" in the text).
    /// </summary>
    private static bool SourcesAgree(Attribution one, Attribution other)
    {
        if (one.IsEmpty || other.IsEmpty || Equals(one.Origin, other.Origin))
        {
            return true;
        }
        return Contains(one.Chain, other.Origin!) || Contains(other.Chain, one.Origin!);
    }

    private static bool Contains(IReadOnlyList<AttributedSource> chain, AttributedSource link)
    {
        // Indexed: a foreach over the interface would allocate an enumerator per comparison.
        for (int k = 0; k < chain.Count; k++)
        {
            if (chain[k].Equals(link))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the sentence is an item of a list introduced, within the last dozen lines, by a line about losses ending in a colon ("Russia's total casualties amount to:").</summary>
    private static bool IsListOfLosses(WordMap words, ArticleLayout layout, int sentence)
    {
        string text = words.Text;
        for (int s = sentence - 1; s >= Math.Max(0, sentence - 12); s--)
        {
            var line = layout.Sentences[s];
            int end = Characters.SkipSpacesBack(text, line.End, line.Start);
            if (end > line.Start && text[end - 1] == ':')
            {
                for (int i = line.Start; i < end; i++)
                {
                    if (char.IsLetter(text[i]) && (i == line.Start || !char.IsLetter(text[i - 1])))
                    {
                        int wordEnd = words.WordEnd(i, end);
                        var word = text.AsSpan(i, wordEnd - i);
                        if (word.Equals("losses", StringComparison.OrdinalIgnoreCase) || word.Equals("casualties", StringComparison.OrdinalIgnoreCase) || word.Equals("lost", StringComparison.OrdinalIgnoreCase))
                        {
                            return true;
                        }
                        i = wordEnd;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static bool HedgeBefore(string text, int start, int numberStart)
        => Lexicon.MatchHedge(text.AsSpan(0, numberStart), start, out _) is var end and > 0 && Characters.SkipSpaces(text, end, numberStart) == numberStart;

    /// <summary>Where, from "in/near/around ..." followed by a capitalised name: first after the figure, else the nearest before it.</summary>
    private static string? ReadPlace(WordMap words, Sentence sentence, in FigureCandidate figure, ReadOnlySpan<Cue> cues)
    {
        string text = words.Text;
        string? before = null;
        int end = Math.Min(sentence.End, figure.End + PlaceWindow);
        // A preposition starts with a lower-case letter that starts a run of letters (or the sentence); every other
        // character is passed at once (a lower-case letter is a letter).
        int i = words.NextLetterRunStart(Math.Max(sentence.Start, figure.Start - PlaceWindow), end, sentence.Start);
        while (i < end)
        {
            if (!char.IsLower(text[i]))
            {
                i = words.NextLetterRunStart(i + 1, end, sentence.Start);
                continue;
            }
            int wordEnd = words.WordEnd(i, sentence.End);
            if (i >= figure.Start && i < figure.End)
            {
                i = words.NextLetterRunStart(wordEnd, end, sentence.Start);
                continue;
            }
            if ((PlacePrepositions.Contains(text.AsSpan(i, wordEnd - i)) || IsSentTo(text, i, wordEnd, sentence, figure))
                && !IsInsideCue(i, cues) && !IsWhereStrikesCameFrom(text, i, wordEnd, sentence) && !IsWhereTreated(text, i, sentence) && TryReadPlaceName(words, sentence, wordEnd, out string? place))
            {
                if (i >= figure.End)
                {
                    // "6.8 million are refugees abroad, most of them in Europe": where a part of them is, not all; "the toll
                    // rose to 40, while the wounded at the Varo hospital...": where another clause's people are
                    return OfAPart(text.AsSpan(figure.End, i - figure.End)) || ContrastBetween(words, figure.End, i, sentence.End) ? before : place;
                }
                before = place;
            }
            i = words.NextLetterRunStart(Math.Max(i + 1, wordEnd), end, sentence.Start);
        }
        return before;
    }

    /// <summary>Words of care right before "at" or "in" and a hospital's name ("hospitalised at the Varo General Hospital").</summary>
    internal static readonly WordSet CareWords = new(
        "hospitalised", "hospitalized", "treated", "admitted", "care", "treatment", "receiving");

    /// <summary>
    /// Whether the preposition at <paramref name="start"/> follows a word of care ("people hospitalised at the Varo Hospital",
    /// "receiving medical care at Tesk Hospital"): where the hurt are treated, not where the harm was done.
    /// </summary>
    private static bool IsWhereTreated(string text, int start, Sentence sentence)
        => CareWords.Contains(Characters.WordBefore(text, start, sentence.Start, out _));

    /// <summary>Words that open a clause set against the one before ("while", "whereas").</summary>
    private static readonly WordSet ContrastOpeners = new("while", "whereas");

    /// <summary>
    /// Whether a word opening a contrasting clause ("while", "whereas") stands in [<paramref name="from"/>, <paramref name="to"/>)
    /// and its clause counts a figure of its own before <paramref name="sentenceEnd"/> ("the toll rose to 40, while the number
    /// treated at the Varo hospital stood at 12"): a place read there is that figure's. Not a verb's "-ing" after it ("killed while
    /// praying in Dovra": one clause).
    /// </summary>
    private static bool ContrastBetween(WordMap words, int from, int to, int sentenceEnd)
    {
        string text = words.Text;
        for (int i = from; i < to; i++)
        {
            if (char.IsLetter(text[i]) && (i == 0 || !char.IsLetter(text[i - 1])))
            {
                int end = words.WordEnd(i, to);
                if (ContrastOpeners.Contains(text.AsSpan(i, end - i)))
                {
                    int next = Characters.SkipSpaces(text, end, sentenceEnd);
                    int nextEnd = words.WordEnd(next, sentenceEnd);
                    return !text.AsSpan(next, nextEnd - next).EndsWith("ing", StringComparison.Ordinal)
                        && text.AsSpan(end, sentenceEnd - end).IndexOfAnyInRange('0', '9') >= 0;
                }
                i = end;
            }
        }
        return false;
    }

    /// <summary>Words of strikes or their launching before "from" and where they came from ("strikes from Kessia", "missiles fired from Dovra").</summary>
    private static readonly WordSet LaunchWords = new(
        "strike", "strikes", "attack", "attacks", "missiles", "rockets", "drones", "shelling", "fire", "fired", "launched");

    /// <summary>
    /// Whether the word [<paramref name="start"/>, <paramref name="end"/>) is "from" right after a strike's word ("a series of
    /// strikes from Kessia", "rockets launched from Dovra"): the side or ground that struck, not where the harm was done.
    /// </summary>
    private static bool IsWhereStrikesCameFrom(string text, int start, int end, Sentence sentence)
        => end - start == 4 && text.AsSpan(start, 4).SequenceEqual("from")
            && LaunchWords.Contains(Characters.WordBefore(text, start, sentence.Start, out _));

    /// <summary>Verbs of sending: "to" after them names where the troops are ("deployed to Russia's Kursk region").</summary>
    private static readonly WordSet SendingVerbs = new(
        "sent", "deployed", "dispatched", "redeployed", "transferred", "moved", "shipped", "airlifted", "posted", "stationed", "send", "deploy",
        "dispatch", "redeploy", "transfer", "move");

    /// <summary>
    /// Whether the word [<paramref name="start"/>, <paramref name="end"/>) is "to" right after a verb of sending ("deployed
    /// to"), or after the figure that is such a verb's object ("sent 3,000 troops to").
    /// </summary>
    private static bool IsSentTo(string text, int start, int end, Sentence sentence, in FigureCandidate figure)
        => end - start == 2 && text[start] == 't' && text[start + 1] == 'o'
            && (SendingVerbs.Contains(Characters.WordBefore(text, start, sentence.Start, out _))
                || (start >= figure.End && SendingVerbs.Contains(Characters.WordBefore(text, figure.Start, sentence.Start, out _))));

    /// <summary>How far (in characters) from the figure a place is looked for.</summary>
    private const int PlaceWindow = 160;

    /// <summary>
    /// Whether <paramref name="text"/> starts with a lower-case Arabic article joined to a capitalised name ("al-Tarvo",
    /// "el-Dovra", "ash-Varo"): a word of the name before it ("Tal al-Tarvo", "Deir el-Dovra"), not the name's end.
    /// </summary>
    internal static bool ArabicArticleName(ReadOnlySpan<char> text)
    {
        int dash = text.Length > 5 ? text[..5].IndexOf('-') : -1;
        return dash is 2 or 3 && dash + 1 < text.Length && char.IsUpper(text[dash + 1]) && text[0] is 'a' or 'e'
            && text[..dash] is var article && (article.SequenceEqual("al") || article.SequenceEqual("el") || article.SequenceEqual("ash")
                || article.SequenceEqual("ad") || article.SequenceEqual("ar") || article.SequenceEqual("as") || article.SequenceEqual("an")
                || article.SequenceEqual("az") || article.SequenceEqual("at"));
    }

    /// <summary>
    /// Whether a name starts with a single capital and a point ("S. Korean", "S.Korea's", "U. S."): an abbreviation, never a
    /// place's name by itself (the letter is a word of a longer name, a direction or a country's initials).
    /// </summary>
    private static bool IsInitial(string text, int at, int end)
        => at + 1 < end && char.IsUpper(text[at]) && text[at + 1] == '.' && (at + 2 >= end || !char.IsLower(text[at + 2]));

    private static bool TryReadPlaceName(WordMap words, Sentence sentence, int from, out string? place)
    {
        string text = words.Text;
        place = null;
        int i = Characters.SkipSpaces(text, from, sentence.End);
        if (i == from)
        {
            return false;
        }
        int theEnd = SpanScanner.PhraseEnd(text.AsSpan(0, sentence.End), i, "the");
        if (theEnd > 0)
        {
            i = Characters.SkipSpaces(text, theEnd, sentence.End);
        }
        int start = i;
        int wordEnd = words.WordEnd(i, sentence.End);
        if (wordEnd > i && PlaceAdjectives.Contains(text.AsSpan(i, wordEnd - i)))
        {
            i = Characters.SkipSpaces(text, wordEnd, sentence.End);
        }
        int end = i;
        int taken = 0;
        while (i < sentence.End && (char.IsUpper(text[i]) || (taken > 0 && ArabicArticleName(text.AsSpan(i, sentence.End - i)))) && taken < 4)
        {
            wordEnd = words.WordEnd(i, sentence.End);
            var word = text.AsSpan(i, wordEnd - i);
            if (ArticleWords.MonthOf(word) != 0 || ArticleWords.IsWeekday(word)
                || (taken == 0 && (NotPlaces.Contains(word) || QuantityGuess.IsFeast(word.ToString()) || IsInitial(text, i, sentence.End))))
            {
                break;
            }
            if (word.Length > 2 && Characters.IsApostrophe(word[^2]) && word[^1] == 's')
            {
                // "Russia's Kursk Oblast": the possessor only narrows the name that follows.
                int next = Characters.SkipSpaces(text, wordEnd, sentence.End);
                if (next < sentence.End && char.IsUpper(text[next]))
                {
                    start = next;
                    i = next;
                    continue;
                }
                break;
            }
            end = wordEnd;
            taken++;
            int after = Characters.SkipSpaces(text, wordEnd, sentence.End);
            if (after == wordEnd)
            {
                break;
            }
            i = after;
        }
        // A possessor with no name after it ("in Dovra Region's Kessa's" at a sentence's end) names no place.
        if (taken == 0 || end <= start)
        {
            return false;
        }
        int suffix = Characters.SkipSpaces(text, end, sentence.End);
        int suffixEnd = words.WordEnd(suffix, sentence.End);
        if (suffix > end && PlaceSuffixes.Contains(text.AsSpan(suffix, suffixEnd - suffix)) && char.IsLower(text[suffix]))
        {
            end = suffixEnd;
        }
        place = text[start..end];
        return true;
    }
}
