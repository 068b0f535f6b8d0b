using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ForceEstimates.Extraction;

/// <summary>Reporting clauses: the verbs, who speaks before or after them, the recipient and date, and whose a quotation is.</summary>
internal sealed partial class AttributionReader
{
    private static readonly string[] Verbs =
    [
        "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "stated", "states", "claimed", "claims", "claim",
        "announced", "announces", "reported", "reports", "estimated", "estimates", "estimate", "believes", "believe", "believed",
        "calculates", "calculated", "wrote", "writes", "confirmed", "confirms", "warned", "put", "puts", "assessed", "assesses",
        "according", "citing", "acknowledged", "acknowledges", "admitted", "admits", "alleged", "alleges", "disclosed", "revealed",
        "declared", "reiterated", "stressed", "insisted", "recorded", "records", "counted", "counts", "documented", "cited", "cites",
        "found", "finds", "showed", "shows", "suggested", "suggests", "indicated", "indicates", "mentioned", "thinks", "think",
        .. Lexicon.ReportingParticipleWords(), "explained", "informed", "specified",
        "reveals", "reveal", "describes", "described", "updated", "published", "released", "issued", "posted", "shared",
        "produced", "compiled", "provided", "collected", "gathered", "given", "quoting", "quoted", "report", "detailed", "concluded", "concludes",
        "indicate", "placed", "listed", "obtained", "obtains", "revised", "revises", "provides", "gave", "gives", "offered", "offers",
        "accused", "accuses", "determined", "show", "suggest", "elaborates", "elaborated", "illustrates", "illustrated",
        "asserted", "asserts", "lists", "computed", "maintains", "maintained", "maintain", "allege", "avers", "averred", "charged",
        "recalled", "recalls", "agree", "agreed", "recounted", "recounts", "argued", "argues", "places", "tallied", "record",
        "raised", "raises", "lowered", "lowers", "increase", "increases", "speak", "speaks", "spoke", "conceded", "concedes",
        "talked", "referred", "refers", "responded", "replied", "ranged", "range", "ranges",
    ];

    /// <summary>
    /// Verbs of speech that report only in a frame: "talked about 500 killed", "talked of 500" (a figure right after the
    /// preposition, or the figure opening with "about"), "referred to 600 soldiers", "responded that ...", "replied that ...".
    /// </summary>
    private static readonly WordSet FrameSpeechVerbs = new("talked", "referred", "refers", "responded", "replied");

    /// <summary>Whether a verb of <see cref="FrameSpeechVerbs"/> stands in its reporting frame: its preposition and a figure, or "that".</summary>
    private bool FramesSpeech(ReadOnlySpan<char> verb, int afterVerb, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        var next = WordAt(afterVerb, sentence.End);
        if (verb.StartsWith("re", StringComparison.Ordinal) && !verb.StartsWith("ref", StringComparison.Ordinal))
        {
            return next.Equals("that", StringComparison.Ordinal);
        }
        bool preposition = verb[0] == 't' ? next.Equals("about", StringComparison.Ordinal) || next.Equals("of", StringComparison.Ordinal) : next.Equals("to", StringComparison.Ordinal);
        return preposition && (FigureStartsAt(afterVerb, figures) || FigureStartsAt(Characters.SkipSpaces(text, afterVerb + next.Length, sentence.End), figures));
    }

    /// <summary>
    /// Verbs that report a figure only with "at" after them: "put the toll at", "placing the number of dead at", "places the army at", "listed the toll at"
    /// ("putting 1.8 million people under blockade" reports nothing);
    /// "listed" and "lists" also with the count right after them ("the army listed 210 killed", "which lists 6,340 people as killed").
    /// </summary>
    private static readonly WordSet AtVerbs = new("put", "puts", "putting", "placed", "places", "placing", "listed", "lists");

    /// <summary>
    /// Verbs that report only with an object that is a tally or a document: "obtained a list of", "revised the death toll from
    /// N to M", "provided an estimate", "gave separate briefings on", a study that "produced 29,050 casualties"; "obtained 200 rifles",
    /// "gave shelter" and "the plant produced 200 tanks" report nothing.
    /// </summary>
    private static readonly WordSet ObjectVerbs = new("obtained", "obtains", "revised", "revises", "provided", "provides", "gave", "gives", "given", "offered", "offers", "produced");

    /// <summary>Objects of <see cref="ObjectVerbs"/> that make them reporting, besides <see cref="Lexicon.DocumentNouns"/>: "a complete list", "separate briefings".</summary>
    private static readonly WordSet ReportedObjects = new("list", "lists", "register", "registry", "roster", "database", "briefings", "records", "number", "numbers", "breakdown", "tallies", "counts", "reports");

    /// <summary>Words that deny the verb after them: "has not confirmed", "may not have been reported by", "never said".</summary>
    private static readonly WordSet Negations = new("not", "never", "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "hasn’t", "haven’t", "hadn’t",
        "didn’t", "doesn’t", "don’t");

    private static readonly WordSet Auxiliaries = new(

        "has", "have", "had", "is", "was", "were", "also", "previously", "earlier", "later", "again", "repeatedly", "recently",
        "reportedly", "separately", "already", "publicly", "officially", "would", "will", "did", "does", "further", "then", "once",
        "both", "all", "now", "still", "first", "initially", "widely", "privately", "openly", "just", "apparently", "jointly",
        "subsequently", "formally", "themselves", "itself", "are", "be", "been", "being", "widely", "generally", "commonly"
    );

    /// <summary>What introduces the maker of a figure after "according to" or as a clause's subject: "estimates by", "a report by", "figures compiled by".</summary>
    private static readonly string[] SourceLeads =
    [
        "estimates by", "estimates from", "estimates of", "figures from", "figures by", "data from", "data by", "a report by", "a report from",
        "an assessment by", "an assessment from", "an analysis by", "a statement by", "a statement from", "a tally by", "a count by", "information from",
        "figures compiled by", "data compiled by", "figures released by", "data released by", "figures published by", "data published by",
        "a study by", "a study from", "research by", "research from", "a survey by", "an estimate by", "an estimate from", "estimates compiled by",
        "a new report by", "a new study by", "a report published by", "a report released by", "the latest figures from", "the latest data from",
        "figures provided by", "data provided by", "figures collected by", "data collected by", "a tally kept by", "a count kept by", "statistics from", "statistics by", "statistics compiled by", "statistics released by",
        "statistics published by", "statistics provided by", "a statement released by", "a statement issued by", "a statement published by",
        "a report issued by", "reports from", "reports by", "a study conducted by", "a survey conducted by", "research conducted by",
        "an analysis conducted by", "a study carried out by", "a survey carried out by", "conducted by", "carried out by",
        "information obtained from", "information obtained by", "information received from", "information gathered by", "information gathered from",
        "information supplied by", "information provided by", "data obtained from", "data obtained by", "data received from", "data gathered by",
        "figures obtained from", "figures obtained by", "figures received from", "statistics obtained from", "statistics obtained by",
    ];

    /// <summary>
    /// <see cref="SourceLeads"/> by their first letter (a to z), in their order: a clause's subject is compared only with
    /// the leads that start with its first letter (most with none), not with all of them one after another.
    /// </summary>
    private static readonly string[][] SourceLeadsByInitial = BuildSourceLeadsByInitial();

    private static string[][] BuildSourceLeadsByInitial()
    {
        var byInitial = new string[26][];
        for (int letter = 0; letter < 26; letter++)
        {
            byInitial[letter] = Array.FindAll(SourceLeads, lead => lead[0] == 'a' + letter);
        }
        return byInitial;
    }

    /// <summary>Words before a colon that open a line without naming a speaker ("Update:", "Read more:").</summary>
    private static readonly WordSet NotSpeakers = new("Q", "Question", "Quote", "Quotes", "Context", "Background", "Timeline", "Summary", "Factbox", "Update", "Updated", "Read", "Related", "Population", "Area", "Note", "Editor", "Photo", "Video", "Watch", "Live", "Breaking", "Correction", "Source", "Sources", "Details", "Detail", "Analysis", "Opinion", "Exclusive", "Explainer", "Tel", "Phone", "Email", "Posted", "Published");

    /// <summary>
    /// For each (lower-case first letter, length), at 16 times the letter's place plus the length, the verbs of that shape, else
    /// null: most words are turned away before any comparison, and the rest are compared with a few verbs, not all.
    /// </summary>
    private static readonly string[]?[] VerbsByShape = BuildVerbsByShape();

    /// <summary>For each lower-case first letter, a bit for each length some verb of <see cref="VerbsByShape"/> has: a word of no verb's shape is turned away without reading the shapes.</summary>
    private static readonly ushort[] VerbLengthsByInitial = BuildVerbLengthsByInitial();

    private static string[]?[] BuildVerbsByShape()
    {
        var shapes = new string[]?[26 * 16];
        foreach (string verb in Verbs)
        {
            ref var same = ref shapes[(verb[0] - 'a') * 16 + verb.Length];
            same = [.. same ?? [], verb];
        }
        return shapes;
    }

    private static ushort[] BuildVerbLengthsByInitial()
    {
        var lengths = new ushort[26];
        foreach (string verb in Verbs)
        {
            lengths[verb[0] - 'a'] |= (ushort)(1 << verb.Length);
        }
        return lengths;
    }

    /// <summary>A line opened by a name and a colon, wire style for "X said": "Zelensky: Russia lost 198,000 soldiers in Kursk".</summary>
    private Cue? HeadlineSpeaker(Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        int limit = Math.Min(sentence.End, sentence.Start + 40);
        int colon = text.IndexOf(':', sentence.Start, limit - sentence.Start);
        if (colon <= sentence.Start || colon + 1 >= sentence.End || !Characters.IsSpace(text[colon + 1]) || figures.Count == 0 || figures[0].Start < colon)
        {
            return null;
        }
        int nameEnd = Characters.SkipSpacesBack(text, colon, sentence.Start);
        int firstEnd = this.words.WordEnd(sentence.Start, nameEnd);
        var first = text.AsSpan(sentence.Start, firstEnd - sentence.Start);
        if (!IsProperName(sentence.Start, nameEnd) || NotSpeakers.Contains(first) || ArticleWords.MonthOf(first) != 0 || ArticleWords.IsWeekday(first)
            || IsRow(sentence) || EndsWithCountedHeading(sentence.Start, nameEnd))
        {
            return null; // "August: 360", the lines of a list of "label: figure", a box's row ("Allies: 78,000 killed", "Total: 28 ships")
        }
        if (OpensLongerParagraph(sentence) || IsPlaceDateline(layout.SentenceAt(sentence.Start)))
        {
            // "Port Tell: the sweep has ... 64 personnel, .... The fatalities ...": a dateline opens a body paragraph, a headline stands alone;
            // "Port Tell: At least 47 people were killed ...", a whole sentence after the headline, opens with where it was filed
            return null;
        }
        if (firstEnd == nameEnd && Lexicon.DocumentNouns.Contains(first))
        {
            return null; // "Report: War has killed 5.4 million": a report, whose maker the text names ("the group estimates")
        }
        for (var words = new WordsIn(text.AsSpan(0, nameEnd), sentence.Start, nameEnd); words.MoveNext();)
        {
            if (EventSubjects.Contains(words.Current) || DisasterNouns.Contains(words.Current)
                || (words.End == nameEnd && words.Start > sentence.Start && HeadlineEventVerbs.Contains(words.Current)))
            {
                return null; // "Combined Strike On Norvale: One Dead, ...", "Storm Belmar: 900 missing": the event the headline is about, not who speaks
            }
        }
        var speaker = Resolve(sentence.Start, nameEnd, null);
        if (speaker is null)
        {
            return null;
        }
        var cue = new Cue { VerbStart = colon, VerbEnd = colon + 1, Start = sentence.Start, End = colon + 1, Speaker = speaker, IsHeadlineName = true };
        return cue;
    }

    /// <summary>Verbs that end a headline's clause of what happened before its colon: "Ferry Sinks: 40 Missing", "Bridge Collapses: ...".</summary>
    private static readonly WordSet HeadlineEventVerbs = new("sinks", "sank", "capsizes", "capsized", "collapses", "collapsed", "crashes", "crashed",
        "rises", "climbs", "kills", "explodes", "exploded", "erupts", "derails", "burns", "strikes", "hits");

    /// <summary>
    /// A table row whose first cell names who counted, in a table whose header's first cell is "Source" ("Source | Deaths | Period |"
    /// then "Valley Monitoring Group | 38,500 violent deaths. | 2020 |"): the row's figures are that source's. A row heading in a
    /// table headed otherwise ("Killed | 5,300 | 2,100 |") names what is counted, not who counts. Null for any other line.
    /// </summary>
    private Cue? TableRowSpeaker(Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        if (figures.Count == 0)
        {
            return null;
        }
        int s = layout.SentenceAt(sentence.Start);
        var line = sentence;
        if (s > 0 && layout.Sentences[s - 1].Paragraph == sentence.Paragraph)
        {
            // "Valley Monitoring Group | 38,500 violent civilian deaths. Over 52,000 civilian and combatant deaths | May 2020 |": a later sentence of the
            // row is still the row's; its first cell opens the line's first sentence.
            while (s > 0 && layout.Sentences[s - 1].Paragraph == sentence.Paragraph)
            {
                s--;
            }
            line = layout.Sentences[s];
        }
        int bar = text.IndexOf('|', line.Start, (line.Start == sentence.Start ? figures[0].Start : line.End) - line.Start);
        if (bar < 0)
        {
            return null;
        }
        int cellStart = Characters.SkipSpaces(text, line.Start, bar);
        int cellEnd = Characters.SkipSpacesBack(text, bar, cellStart);
        if (cellEnd <= cellStart || !char.IsUpper(text[cellStart]) || !HasSourceHeader(s))
        {
            return null;
        }
        var speaker = Resolve(cellStart, cellEnd, null);
        return speaker is null ? null : new Cue { VerbStart = bar, VerbEnd = bar + 1, Start = cellStart, End = bar + 1, Speaker = speaker };
    }

    /// <summary>Whether the table row opening sentence <paramref name="row"/> is under a header whose first cell is "Source" or "Sources", every line between them a row.</summary>
    private bool HasSourceHeader(int row)
    {
        int paragraph = layout.Sentences[row].Paragraph;
        for (int k = row - 1; k >= 0 && k >= row - 40; k--)
        {
            var line = layout.Sentences[k];
            if (k > 0 && layout.Sentences[k - 1].Paragraph == line.Paragraph)
            {
                continue; // not the line's first sentence
            }
            if (line.Paragraph != paragraph - 1)
            {
                return false;
            }
            paragraph = line.Paragraph;
            int bar = text.IndexOf('|', line.Start, line.End - line.Start);
            if (bar < 0)
            {
                return false;
            }
            int cellStart = Characters.SkipSpaces(text, line.Start, bar);
            var cell = text.AsSpan(cellStart, Characters.SkipSpacesBack(text, bar, cellStart) - cellStart);
            if (cell.Equals("Source", StringComparison.OrdinalIgnoreCase) || cell.Equals("Sources", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A headline closed by a dash and a source, wire style for "X says": "Over 200,000 killed in conflict so far — SOHR",
    /// "Ukraine loses 250 soldiers in past day - MoD", or by a colon: "Death toll from strikes surpasses 600: ministry". The
    /// source is a name or a source's head word of at most four words after the last spaced dash or colon, with the figures
    /// before it; "- Reports" names no one.
    /// </summary>
    private Cue? HeadlineTailSpeaker(Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        int end = Characters.SkipSpacesBack(text, sentence.End, sentence.Start);
        int dash = -1;
        for (int i = end - 2; i > sentence.Start && i >= end - 60; i--)
        {
            if ((Characters.IsDash(text[i]) && Characters.IsSpace(text[i - 1]) && Characters.IsSpace(text[i + 1]))
                || (text[i] == ':' && Characters.IsSpace(text[i + 1]) && char.IsLetterOrDigit(text[i - 1])))
            {
                dash = i;
                break;
            }
        }
        if (dash < 0 || figures.Count == 0 || figures[^1].End > dash)
        {
            return null;
        }
        int nameStart = Characters.SkipSpaces(text, dash + 1, end);
        if (nameStart >= end || CountWords(nameStart, end) > 4 || Lexicon.DocumentNouns.Contains(WordAt(nameStart, end))
            || OpensWithGerund(nameStart, end) || !(IsProperName(nameStart, end) || IsSourceLike(nameStart, end)))
        {
            return null; // "Nearly 2,000: Counting the Fallen" is a title and its subtitle, not a toll and its source
        }
        var speaker = Resolve(nameStart, end, null);
        return speaker is null ? null : new Cue { VerbStart = dash, VerbEnd = dash + 1, Start = dash, End = end, Speaker = speaker };
    }

    /// <summary>
    /// Whether <paramref name="sentence"/>, a whole sentence (not a headline), opens with a place's name and a colon and words
    /// ("Port Tell: At least 47 people were killed ..."): where the item was filed, which opens the outlet's own item, no speaker's
    /// words. A month, a weekday or a figure right after the colon ("September: 410 missiles") is a list's row.
    /// </summary>
    internal bool IsPlaceDateline(int sentence)
    {
        if (IsHeadline(sentence))
        {
            return false; // "Port Tell: 47 killed in market shelling": a headline's place, as its own line
        }
        var s = layout.Sentences[sentence];
        int limit = Math.Min(s.End, s.Start + 40);
        int colon = text.IndexOf(':', s.Start, limit - s.Start);
        if (colon <= s.Start || colon + 1 >= s.End || !Characters.IsSpace(text[colon + 1]))
        {
            return false;
        }
        int nameEnd = Characters.SkipSpacesBack(text, colon, s.Start);
        int after = Characters.SkipSpaces(text, colon + 1, s.End);
        var first = WordAt(s.Start, nameEnd);
        if (after >= s.End || Characters.IsDigit(text[after]) || ArticleWords.MonthOf(first) != 0 || ArticleWords.IsWeekday(first))
        {
            return false; // "September: 410 missiles", a list's row under its source, not a dateline
        }
        return IsProperName(s.Start, nameEnd) && IsNamedPlaceLine(s.Start, nameEnd);
    }

    /// <summary>Heads of a place's name: "Port Tell", "Tell City", "Fort Varn".</summary>
    private static readonly WordSet PlaceNameWords = new("Port", "Fort", "City", "Town", "Saint", "St", "Bay", "Mount", "Lake", "Cape");

    /// <summary>
    /// Whether the name before a body line's colon is a place's: it has a word of <see cref="PlaceNameWords"/> or the article writes
    /// "in" or "from" before it ("Port Tell: At least 47 people were killed"): a dateline, not a speaker.
    /// </summary>
    private bool IsNamedPlaceLine(int start, int end)
    {
        for (var words = new WordsIn(text.AsSpan(0, end), start, end); words.MoveNext();)
        {
            if (PlaceNameWords.Contains(words.Current))
            {
                return true;
            }
        }
        return IsNamedAsPlace(text[start..end]);
    }

    /// <summary>Kept records that speak for their counts as a document does: "The regimental roll-calls show that ...", "the regimental returns show".</summary>
    private static readonly WordSet RecordNouns = new("records", "roll-calls", "rolls", "returns", "registers", "ledgers", "archives", "files", "dossiers");

    /// <summary>Heads of a place that records or suffers deaths itself ("the city of Varn recorded 60 deaths"): a place, not a source.</summary>
    private static readonly WordSet PlaceRecorders = new("city", "town", "village", "district", "province", "region", "county", "municipality", "camp");

    /// <summary>
    /// Whether the cue's speaker is a place named with "of" ("city of Varn", "village of Tell") and its verb records: "According to
    /// monitor figures, the city of Varn recorded 60 civilian deaths" counts the deaths of the place, the monitor speaks.
    /// </summary>
    private bool IsPlaceRecording(Cue cue)
    {
        string name = cue.Speaker?.Source.Name ?? "";
        int space = name.IndexOf(' ');
        if (space <= 0 || !name.AsSpan(space).StartsWith(" of ", StringComparison.Ordinal) || !PlaceRecorders.Contains(name.AsSpan(0, space)))
        {
            return false;
        }
        var verb = text.AsSpan(cue.VerbStart, cue.VerbEnd - cue.VerbStart);
        return verb.StartsWith("record", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("count", StringComparison.OrdinalIgnoreCase)
               || verb.StartsWith("document", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a comma right after the verb opens an aside that closes with a comma and "that" within the sentence ("The Daily
    /// Post and the Evening Star report, based on survivors' accounts, that ..."): the clause's object after the aside.
    /// </summary>
    private bool ThatAfterAside(int verbEnd, Sentence sentence)
    {
        if (verbEnd >= sentence.End || text[verbEnd] != ',')
        {
            return false;
        }
        int limit = Math.Min(sentence.End, verbEnd + 80);
        int close = text.IndexOf(',', verbEnd + 1, limit - verbEnd - 1);
        if (close < 0)
        {
            return false;
        }
        int next = Characters.SkipSpaces(text, close + 1, sentence.End);
        return next < sentence.End && WordAt(next, sentence.End).Equals("that", StringComparison.Ordinal);
    }

    /// <summary>Whether the words from <paramref name="start"/> open with a word in -ing and go on: a gerund and its object ("Counting Iraq's Fallen"), not a name.</summary>
    private bool OpensWithGerund(int start, int end)
    {
        var first = WordAt(start, end);
        return first.Length > 5 && first.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && start + first.Length < end;
    }

    /// <summary>
    /// Whether a word with this first letter and length may be a verb of <see cref="Verbs"/>: the shape's bit alone, small enough
    /// to be inlined where every word of a sentence is tested (<see cref="IsVerb"/> tests it again).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayBeVerb(char initial, int length)
    {
        uint letter = (uint)(Characters.Lower(initial) - 'a');
        return letter < 26 && length < 16 && (VerbLengthsByInitial[letter] & (1 << length)) != 0;
    }

    private static bool IsVerb(ReadOnlySpan<char> word)
    {
        char first = Characters.Lower(word[0]);
        if (first < 'a' || first > 'z' || word.Length >= 16 || (VerbLengthsByInitial[first - 'a'] & (1 << word.Length)) == 0
            || VerbsByShape[(first - 'a') * 16 + word.Length] is not { } shaped)
        {
            return false;
        }
        foreach (string verb in shaped)
        {
            if (WordSet.EqualsIgnoringCase(word, verb)) // the verbs of a shape have the word's length
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"the claims", "an estimate", "to say": the word is not a reporting verb here.</summary>
    /// <summary>Reporting verbs that are also nouns: "the estimate", "the claims", "the report".</summary>
    private static readonly WordSet NounVerbs = new("estimate", "estimates", "claim", "claims", "report", "reports", "count", "counts", "records", "notes");

    /// <summary>
    /// Words of <see cref="NounAdjectives"/> that are adverbs too: before a reporting verb that is no noun ("Judicial sources
    /// had earlier confirmed") they leave it a verb; before "estimates", "claims", "reports" they make it a noun.
    /// </summary>
    private static readonly WordSet AdverbsToo = new("earlier", "early");

    /// <summary>Words that follow such a noun as its subject's verb and never its object: "the estimate has", "the claims were".</summary>
    private static readonly WordSet NounFollowers = new("has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "may", "might", "must");

    /// <summary>Prepositions whose object may be a body's estimate or report: "with the UN estimate", "than the army count".</summary>
    private static readonly WordSet ObjectOfPrepositions = new("with", "than", "of", "from", "on", "to", "about", "against", "in");

    private bool IsNounUse(int wordStart, int sentenceStart)
    {
        int end = Characters.SkipSpacesBack(text, wordStart, sentenceStart);
        int start = this.words.WordStart(end, sentenceStart);
        if (end > start && (NounMarkers.Contains(text.AsSpan(start, end - start)) || NounAdjectives.Contains(text.AsSpan(start, end - start)))
            && !(AdverbsToo.Contains(text.AsSpan(start, end - start)) && !NounVerbs.Contains(WordAt(wordStart, text.Length))))
        {
            return true; // "the claims", "their latest estimate was ...", "its own count"; not "had earlier confirmed"
        }
        if (IsModifiedObjectNoun(start, end, wordStart, sentenceStart))
        {
            return true; // "far higher than official estimates", "in line with independent counts": a preposition's object, not a subject's verb
        }
        if (end > start && RejectingVerbs.Contains(text.AsSpan(start, end - start)) && NounVerbs.Contains(WordAt(wordStart, text.Length)))
        {
            return true; // "disputed estimates that ...", "rejected claims of": the object of a verb that rejects it
        }
        if (end > start && IsMannerAdverb(text.AsSpan(start, end - start)))
        {
            // "the previously reported toll", "an officially confirmed figure": an adverb and a participle before a noun.
            int markerEnd = Characters.SkipSpacesBack(text, start, sentenceStart);
            int markerStart = this.words.WordStart(markerEnd, sentenceStart);
            if (markerEnd > markerStart && NounMarkers.Contains(text.AsSpan(markerStart, markerEnd - markerStart)))
            {
                return true;
            }
        }
        // "a lower estimate of 28k", "estimates of the death toll": a noun with an "of" after it.
        int wordEnd = this.words.WordEnd(wordStart, text.Length);
        char initial = Characters.Lower(text[wordStart]);
        if (initial == 'e' && end > start && CountedNouns.Contains(text.AsSpan(start, end - start))
            && text.AsSpan(wordStart, wordEnd - wordStart).StartsWith("estimate", StringComparison.OrdinalIgnoreCase))
        {
            return true; // "toll estimates range from ...", "casualty estimates vary": the noun, after what it estimates
        }
        if (initial == 'r' && wordEnd - wordStart == 7 && end > start && ReportsNounModifiers.Contains(text.AsSpan(start, end - start))
            && text.AsSpan(wordStart, wordEnd - wordStart).Equals("reports", StringComparison.OrdinalIgnoreCase))
        {
            return true; // "assembled from its daily news reports": the plural noun
        }
        int next = Characters.SkipSpaces(text, wordEnd, text.Length);
        bool nounVerb = NounVerbs.Contains(text.AsSpan(wordStart, wordEnd - wordStart));
        if (nounVerb && next > wordEnd && NounFollowers.Contains(WordAt(next, text.Length)))
        {
            return true; // "A similar estimate has also been used", "the claims were denied": the noun, before its verb
        }
        if (nounVerb && end > start && char.IsUpper(text[start]) && start > sentenceStart && Characters.SkipSpacesBack(text, start, sentenceStart) is var theEnd
            && this.words.WordStart(theEnd, sentenceStart) is var theStart && text.AsSpan(theStart, theEnd - theStart).Equals("the", StringComparison.Ordinal)
            && Characters.SkipSpacesBack(text, theStart, sentenceStart) is var prepositionEnd && prepositionEnd > sentenceStart
            && ObjectOfPrepositions.Contains(WordAt(this.words.WordStart(prepositionEnd, sentenceStart), prepositionEnd)))
        {
            return true; // "disagreed with the UN estimate however": a body's estimate as a preposition's object, not its verb ("data available with the KNO revealed" stays a verb)
        }
        if (IsParticipleAfterPossessive(end, wordStart, wordEnd, next, sentenceStart))
        {
            return true; // "in response to the junta's alleged atrocity", "the army's reported advance": a participle before a noun
        }
        return next > wordEnd && SpanScanner.PhraseEnd(text, next, "of") > 0
               && !text.AsSpan(wordStart, wordEnd - wordStart).StartsWith("accord", StringComparison.OrdinalIgnoreCase)
               && !SpeakVerbs.Contains(text.AsSpan(wordStart, wordEnd - wordStart)) && !FrameSpeechVerbs.Contains(text.AsSpan(wordStart, wordEnd - wordStart)); // "Dovran historians speak of 4,100": a verb before its "of"
    }

    /// <summary>
    /// Whether the word at <paramref name="wordStart"/> is a plural of <see cref="NounVerbs"/> ("estimates", "claims", "counts")
    /// after one lower-case word (<paramref name="start"/> to <paramref name="end"/>) that is no plural subject (it does not end in
    /// s), right after a preposition of <see cref="ObjectOfPrepositions"/>: "than official estimates", "with independent counts". A
    /// preposition takes a noun phrase, so the word is its head, not a verb whose subject the modifier would be.
    /// </summary>
    private bool IsModifiedObjectNoun(int start, int end, int wordStart, int sentenceStart)
    {
        if (end - start < 3 || !char.IsLower(text[start]) || text[end - 1] == 's' || NounMarkers.Contains(text.AsSpan(start, end - start)))
        {
            return false;
        }
        var word = WordAt(wordStart, text.Length);
        if (word.Length < 5 || word[^1] != 's' || !NounVerbs.Contains(word))
        {
            return false;
        }
        int prepositionEnd = Characters.SkipSpacesBack(text, start, sentenceStart);
        if (prepositionEnd == start || prepositionEnd <= sentenceStart)
        {
            return false;
        }
        int prepositionStart = this.words.WordStart(prepositionEnd, sentenceStart);
        return prepositionStart < prepositionEnd && (ObjectOfPrepositions.Contains(text.AsSpan(prepositionStart, prepositionEnd - prepositionStart))
            || ComparingPrepositions.Contains(text.AsSpan(prepositionStart, prepositionEnd - prepositionStart)));
    }

    /// <summary>Prepositions of comparison that take a noun phrase as well: "far above official estimates", "well below independent counts".</summary>
    private static readonly WordSet ComparingPrepositions = new("above", "below", "beyond", "under", "over", "exceeding");

    /// <summary>
    /// The speaker of a participle in a "with" phrase: "..., with old chronicles claiming 40,000", "with officials saying that
    /// ...". The phrase between "with" and the participle is the participle's own subject (an absolute phrase), not the clause's
    /// subject, which may be no source at all ("The Battle of X is ..."). Its start and speaker, else (-1, null).
    /// </summary>
    private (int Start, Speaker? Speaker) WithHolder(int verbStart, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        int npEnd = Characters.SkipSpacesBack(text, verbStart, sentence.Start);
        if (npEnd == verbStart || npEnd <= sentence.Start || !char.IsLetter(text[npEnd - 1]))
        {
            return (-1, null);
        }
        if (this.words.WordStart(npEnd, sentence.Start) is var adverbStart && adverbStart < npEnd && Auxiliaries.Contains(text.AsSpan(adverbStart, npEnd - adverbStart)))
        {
            npEnd = Characters.SkipSpacesBack(text, adverbStart, sentence.Start); // "with the ministry now saying": the adverb is no part of the name
        }
        // "with" within five words before the participle, the words between it and the participle all letters.
        int at = npEnd;
        for (int k = 0; k < 6 && at > sentence.Start; k++)
        {
            int wordStart = this.words.WordStart(at, sentence.Start);
            if (wordStart >= at)
            {
                return (-1, null);
            }
            if (text.AsSpan(wordStart, at - wordStart).Equals("with", StringComparison.OrdinalIgnoreCase))
            {
                int npStart = Characters.SkipSpaces(text, at, npEnd);
                if (k == 0 || npStart >= npEnd || IsFigureSubject(npStart, figures, sentence) || !IsSourceLike(npStart, npEnd))
                {
                    return (-1, null);
                }
                return (npStart, Resolve(npStart, npEnd, null));
            }
            int before = Characters.SkipSpacesBack(text, wordStart, sentence.Start);
            if (before == wordStart || before <= sentence.Start || !char.IsLetter(text[before - 1]))
            {
                return (-1, null); // a comma, a figure or a bracket: no "with" phrase holds the participle
            }
            at = before;
        }
        return (-1, null);
    }

    /// <summary>Words after a participle that make it a verb after all ("the army's claimed it", the contraction of "has").</summary>
    private static readonly WordSet ClauseStarts = new("that", "it", "he", "she", "they", "we", "this", "there", "the", "a", "an");

    /// <summary>
    /// Whether the word before the verb (ending at <paramref name="before"/>) is a possessive ("the junta's", "the rebels'"),
    /// the verb ends in -ed and not "said", and a lower-case word that opens no clause follows: the participle describes that
    /// word ("the junta's alleged atrocity"), nobody speaks.
    /// </summary>
    private bool IsParticipleAfterPossessive(int before, int wordStart, int wordEnd, int next, int sentenceStart)
    {
        if (before - sentenceStart < 3 || !(text[before - 1] == 's' && Characters.IsApostrophe(text[before - 2])) && !(Characters.IsApostrophe(text[before - 1]) && text[before - 2] == 's'))
        {
            return false;
        }
        var verb = text.AsSpan(wordStart, wordEnd - wordStart);
        if (!verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || next <= wordEnd || next >= text.Length || !char.IsLower(text[next]))
        {
            return false;
        }
        return !ClauseStarts.Contains(WordAt(next, text.Length));
    }

    /// <summary>Nouns before "estimate(s)" that make it a noun: what is estimated ("toll estimates", "casualty estimates").</summary>
    private static readonly WordSet CountedNouns = new("toll", "casualty", "death", "loss", "losses", "population", "troop", "troops");

    /// <summary>Words before "reports" that make it the plural noun: "news reports", "media reports", "daily reports".</summary>
    private static readonly WordSet ReportsNounModifiers = new("news", "media", "press", "daily", "weekly", "monthly", "unconfirmed", "initial", "local");

    /// <summary>Words after "states" that make it the noun: a preposition, a conjunction or a verb of its own ("states in the hills", "states and Poland", "states have").</summary>
    private static readonly WordSet AfterStatesNoun = new("to", "in", "of", "and", "or", "with", "on", "at", "from", "for", "like", "such", "that's", "have", "has", "had", "are", "were", "was", "is", "will", "would", "bordering", "neighbouring", "neighboring");

    /// <summary>Whether "states" (ending at <paramref name="verbEnd"/>) is the plural noun: followed by punctuation other than a colon or quotation mark, or by a word of <see cref="AfterStatesNoun"/>.</summary>
    private bool IsStatesNoun(int verbEnd, int afterVerb, int sentenceEnd)
    {
        if (afterVerb >= sentenceEnd)
        {
            return true;
        }
        char next = text[afterVerb];
        if (!char.IsLetterOrDigit(next))
        {
            return next is ',' or '.' or ';' or ')' || Characters.IsDash(next);
        }
        return afterVerb > verbEnd && AfterStatesNoun.Contains(WordAt(afterVerb, sentenceEnd));
    }

    /// <summary>
    /// Whether "said" or "says" at <paramref name="verbStart"/> ends a relative clause that its subject's verb follows: "a 2021 raid
    /// that an inquiry report said killed 38 prisoners", with "that", "which" or "who" before the speaker's words. The report says
    /// what the raid did; "said" is never the participle that "reported killed" is.
    /// </summary>
    private bool SaysOfRelative(ReadOnlySpan<char> verb, int verbStart, Sentence sentence)
    {
        if (!(verb.Equals("said", StringComparison.Ordinal) || verb.Equals("says", StringComparison.Ordinal)))
        {
            return false;
        }
        int from = Math.Max(sentence.Start, verbStart - 50);
        var before = text.AsSpan(from, verbStart - from);
        int relative = Math.Max(before.LastIndexOf(" that ", StringComparison.Ordinal), Math.Max(before.LastIndexOf(" which ", StringComparison.Ordinal), before.LastIndexOf(" who ", StringComparison.Ordinal)));
        if (relative < 0)
        {
            return false;
        }
        int speakerStart = before[(relative + 1)..].IndexOf(' ') + relative + 2;
        var speaker = before[speakerStart..].Trim();
        return speaker.Length > 0 && speaker.IndexOfAny(',', ';') < 0;
    }

    /// <summary>What is declared when a government proclaims rather than states: "three days of mourning", "a state of emergency", "a curfew".</summary>
    private static readonly WordSet Proclaimed = new("mourning", "emergency", "curfew", "ceasefire", "truce", "holiday", "martial", "war");

    /// <summary>Whether one of the five words after "declared" at <paramref name="afterVerb"/>, up to a comma, is <see cref="Proclaimed"/>.</summary>
    private bool IsProclamation(int afterVerb, Sentence sentence)
    {
        int i = afterVerb;
        for (int words = 0; words < 5 && i < sentence.End && text[i] != ','; words++)
        {
            int end = this.words.WordEnd(i, sentence.End);
            if (end == i)
            {
                return false;
            }
            if (Proclaimed.Contains(text.AsSpan(i, end - i)))
            {
                return true;
            }
            i = Characters.SkipSpaces(text, end, sentence.End);
        }
        return false;
    }

    /// <summary>Nouns of what happens, not of who speaks: the subject of "claimed" when it counts the dead.</summary>
    private static readonly WordSet EventSubjects = new(
        "violence", "fighting", "war", "conflict", "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "shelling",
        "bombing", "bombings", "clashes", "offensive", "insurgency", "blast", "explosion", "explosions", "massacre", "famine", "epidemic");

    /// <summary>Whether the word before the verb at <paramref name="verbStart"/>, auxiliaries skipped, is one of <see cref="EventSubjects"/>.</summary>
    private bool IsEventSubject(int verbStart, Sentence sentence) => SubjectWordIn(verbStart, sentence, EventSubjects);

    /// <summary>Whether the word before the verb at <paramref name="verbStart"/>, auxiliaries skipped, is one of <paramref name="nouns"/>.</summary>
    private bool SubjectWordIn(int verbStart, Sentence sentence, WordSet nouns)
    {
        int end = Characters.SkipSpacesBack(text, verbStart, sentence.Start);
        while (end > sentence.Start)
        {
            int start = this.words.WordStart(end, sentence.Start);
            if (start == end)
            {
                return false;
            }
            var word = text.AsSpan(start, end - start);
            if (!Auxiliaries.Contains(word))
            {
                return nouns.Contains(word);
            }
            end = Characters.SkipSpacesBack(text, start, sentence.Start);
        }
        return false;
    }

    /// <summary>
    /// Whether "ranged"/"range(s)" at <paramref name="verbStart"/> goes "from" or "between" and its subject opens with documents
    /// and their makers ("Reports by X and Y ranged from", "Estimates from the ministry range between"): the makers state the range.
    /// </summary>
    private bool RangesMadeEstimates(int verbStart, int afterVerb, Sentence sentence)
    {
        var next = WordAt(afterVerb, sentence.End);
        if (!(next.Equals("from", StringComparison.Ordinal) || next.Equals("between", StringComparison.Ordinal)))
        {
            return false;
        }
        int at = Characters.SkipSpaces(text, sentence.Start, verbStart);
        var first = WordAt(at, verbStart);
        if (Determiners.Contains(first))
        {
            at = Characters.SkipSpaces(text, at + first.Length, verbStart);
            first = WordAt(at, verbStart);
        }
        if (first.IsEmpty || !Lexicon.DocumentNouns.Contains(first))
        {
            return false;
        }
        var maker = WordAt(Characters.SkipSpaces(text, at + first.Length, verbStart), verbStart);
        return maker.Equals("by", StringComparison.Ordinal) || maker.Equals("from", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the clause of the verb at <paramref name="verbStart"/> opens with pictures, within its first three words ("Aerial
    /// footage shared by the coast guard showed", "Footage from the scene, verified by the outlet, showed"): they show a scene,
    /// whoever shared or verified them.
    /// </summary>
    private bool OpensWithPictures(int verbStart, Sentence sentence)
    {
        var words = new WordsIn(this.words, sentence.Start, verbStart);
        for (int k = 0; k < 3 && words.MoveNext(); k++)
        {
            if (ImageNouns.Contains(words.Current))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Nouns of pictures, which show a scene but state no figure: "footage showed", "the images show".</summary>
    private static readonly WordSet ImageNouns = new("footage", "pictures", "picture", "images", "image", "video", "videos", "photos", "photo",
        "photographs", "photograph", "imagery", "clip", "clips", "film");

    /// <summary>Lower-case words in -ly that are not nouns: adverbs between a speaker and its verb ("The Pentagon has carefully counted").</summary>
    private static bool IsMannerAdverb(ReadOnlySpan<char> word)
        => word.Length >= 6 && char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal) && !LyNouns.Contains(word);

    /// <summary>Words in -ly that are nouns or adjectives a speaker's name may end with: "the weekly", "the assembly".</summary>
    private static readonly WordSet LyNouns = new("weekly", "monthly", "quarterly", "yearly", "family", "assembly", "friendly", "anomaly", "monopoly", "supply");

    /// <summary>Prepositions whose object may be followed by a participle describing it: "despite the pullout announced in March".</summary>
    private static readonly WordSet ObjectPrepositions = new("despite", "amid", "following", "after", "before", "since", "under", "with", "without");

    /// <summary>Words of time or place after a participle that close it with no object: "announced in March", "reported last week".</summary>
    private static readonly WordSet ParticipleClosers = new("in", "on", "at", "last", "earlier", "this");

    /// <summary>
    /// Whether the words read back as the speaker open with a lower-case preposition and the verb is followed only by a time or
    /// place ("despite the limited pullout announced in March"): the verb is a participle describing the preposition's object.
    /// </summary>
    private bool IsParticipleAfterPrepositionObject(int speakerStart, int afterVerb, Sentence sentence)
    {
        if (!char.IsLower(text[speakerStart]) || afterVerb >= sentence.End)
        {
            return false;
        }
        return ObjectPrepositions.Contains(WordAt(speakerStart, sentence.End)) && ParticipleClosers.Contains(WordAt(afterVerb, sentence.End));
    }

    /// <summary>
    /// Whether the word at <paramref name="at"/> is the verb's object with "at" and a figure right after it: "first estimated
    /// fatalities at 4,000" estimates, where "reported fatalities rose" and "estimated deaths in the camp" name what is counted.
    /// </summary>
    private bool IsObjectBeforeAtFigure(int at, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        int atWord = Characters.SkipSpaces(text, this.words.WordEnd(at, sentence.End), sentence.End);
        return atWord + 3 < sentence.End && text[atWord] == 'a' && text[atWord + 1] == 't' && Characters.IsSpace(text[atWord + 2])
               && FigureStartsAt(Characters.SkipSpaces(text, atWord + 2, sentence.End), figures);
    }

    /// <summary>Verbs that reject a count: the one who rejects it does not own it.</summary>
    private static readonly WordSet RejectingVerbs = new("disputed", "disputes", "dispute", "rejected", "rejects", "dismissed", "dismisses", "denied", "denies",
        "questioned", "questions", "challenged", "challenges", "contradicted", "contradicts", "refuted", "refutes");

    /// <summary>
    /// Whether the verb at <paramref name="verbStart"/> opens a relative clause of counts that another verb rejects: "disputed estimates
    /// that have placed the number ... at", "rejected reports which put the toll at". The counts are unowned; the rejecting speaker's
    /// own figure is elsewhere.
    /// </summary>
    private bool IsRejectedEstimates(int verbStart, Sentence sentence)
    {
        int end = Characters.SkipSpacesBack(text, verbStart, sentence.Start);
        int start = this.words.WordStart(end, sentence.Start);
        for (int words = 0; words < 2 && start < end && Auxiliaries.Contains(text.AsSpan(start, end - start)); words++)
        {
            end = Characters.SkipSpacesBack(text, start, sentence.Start);
            start = this.words.WordStart(end, sentence.Start);
        }
        var relative = text.AsSpan(start, end - start);
        if (start >= end || !(relative.Equals("that", StringComparison.Ordinal) || relative.Equals("which", StringComparison.Ordinal)))
        {
            return false;
        }
        end = Characters.SkipSpacesBack(text, start, sentence.Start);
        start = this.words.WordStart(end, sentence.Start);
        if (start >= end || !(NounVerbs.Contains(text.AsSpan(start, end - start)) || TalliedNouns.Contains(text.AsSpan(start, end - start))))
        {
            return false;
        }
        for (int words = 0; words < 3; words++)
        {
            end = Characters.SkipSpacesBack(text, start, sentence.Start);
            start = this.words.WordStart(end, sentence.Start);
            if (start >= end)
            {
                return false;
            }
            if (RejectingVerbs.Contains(text.AsSpan(start, end - start)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether "to be" opens at <paramref name="at"/> (the word "to" already read there).</summary>
    private bool IsToBe(int at, int sentenceEnd)
    {
        int next = Characters.SkipSpaces(text, at + 2, sentenceEnd);
        return next > at + 2 && next < sentenceEnd && WordAt(next, sentenceEnd).Equals("be", StringComparison.Ordinal);
    }

    /// <summary>Nouns of a count that a reporting participle may describe: "the last figure reported", "the toll announced".</summary>
    private static readonly WordSet CountHeads = new("figure", "figures", "toll", "tolls", "number", "numbers", "total", "tally", "count");

    /// <summary>Words that make the noun phrase after them the second term of a comparison: "more than", "compared with".</summary>
    private static readonly WordSet ComparisonWords = new("than", "with");

    /// <summary>
    /// Whether the words before the verb (ending at <paramref name="speakerEnd"/>) are a count compared with another, "than" or
    /// "with" and at most three lower-case words ending in a count noun ("12 more than the last figure reported on Friday",
    /// "compared with the total announced on Monday"): the object of a comparison is no subject, so the participle after it
    /// (with no "by" to name an agent) describes the count, and nobody speaks.
    /// </summary>
    private bool IsComparedCountParticiple(int speakerEnd, Sentence sentence)
    {
        int end = speakerEnd;
        int start = this.words.WordStart(end, sentence.Start);
        if (start >= end || !CountHeads.Contains(text.AsSpan(start, end - start)))
        {
            return false;
        }
        for (int words = 0; words < 4; words++)
        {
            end = Characters.SkipSpacesBack(text, start, sentence.Start);
            if (end == start || end <= sentence.Start)
            {
                return false; // punctuation or the sentence's start before the noun phrase
            }
            start = this.words.WordStart(end, sentence.Start);
            if (start >= end)
            {
                return false;
            }
            var word = text.AsSpan(start, end - start);
            if (ComparisonWords.Contains(word))
            {
                return true;
            }
            if (!char.IsLower(word[0]))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Whether a figure opens right after a "claim" verb and "lives" or "life" follows it: the verb counts the dead, nobody speaks.</summary>
    private bool ClaimsLives(int afterVerb, int sentenceEnd, ArraySegment<FigureCandidate> figures)
    {
        foreach (var figure in figures)
        {
            if (figure.Start == afterVerb)
            {
                // "claimed 140 lives", "claimed more than 30 civilian lives", "has claimed thousands of police and civilian
                // lives": the figure's own noun phrase, at most four words of it, before the noun.
                int next = Characters.SkipSpaces(text, figure.End, sentenceEnd);
                for (int words = 0; next > figure.End && next < sentenceEnd && words < 5; words++)
                {
                    var word = WordAt(next, sentenceEnd);
                    if (Lexicon.ClaimObjects.Contains(word))
                    {
                        return true;
                    }
                    if (word.Length == 0 || !char.IsLower(word[0]))
                    {
                        return false;
                    }
                    int wordEnd = next + word.Length;
                    next = Characters.SkipSpaces(text, wordEnd, sentenceEnd);
                    if (next == wordEnd)
                    {
                        return false; // punctuation after the word: the noun phrase ends before any "lives"
                    }
                }
                return false;
            }
        }
        return false;
    }

    private Cue? ReadCue(int verbStart, int verbEnd, Sentence sentence, ArraySegment<FigureCandidate> figures, List<Cue> earlier)
    {
        var verb = text.AsSpan(verbStart, verbEnd - verbStart);
        int afterVerb = Characters.SkipSpaces(text, verbEnd, sentence.End);
        if (verb.Equals("according", StringComparison.OrdinalIgnoreCase))
        {
            return ReadAccordingTo(verbStart, verbEnd, afterVerb, sentence, figures);
        }

        if (verbEnd < sentence.End && (text[verbEnd] == '\'' || text[verbEnd] == '\u2019') && verb[^1] == 's')
        {
            return null; // "the reports' authors", "upon 'firm intelligence reports' that": a plural noun, possessive or closing a quoted phrase
        }
        if (verbStart - sentence.Start >= 2 && (text[verbStart - 1] == '\'' || text[verbStart - 1] == '\u2018') && Characters.IsSpace(text[verbStart - 2]))
        {
            return null; // "upon 'confirmed informant reports'": a single quotation mark opens a quoted phrase, the verb names no speaker's act
        }
        if (verb.StartsWith("range", StringComparison.OrdinalIgnoreCase) && !RangesMadeEstimates(verbStart, afterVerb, sentence))
        {
            return null; // "Reports by monitors and clinics ranged from N to M": only the makers of ranging reports speak; "estimates range from" names no one
        }
        if (verbStart > sentence.Start && this.words.WordBefore(verbStart, sentence.Start, out _).Equals("without", StringComparison.OrdinalIgnoreCase))
        {
            return null; // "reported, without citing its source, that ...", "without saying how many": an act denied names no one
        }
        if (IsRejectedEstimates(verbStart, sentence))
        {
            return null; // "A spokesman disputed estimates that have placed the number of dead as high as 9,000": nobody named owns them
        }
        if (TollChangeVerbs.Contains(verb) && !ChangesTollTo(afterVerb, sentence, figures))
        {
            return null; // "raised the alarm", "increased the number of troops to 5,000": only a toll or a count moved to a figure is reported
        }
        if (SpeakVerbs.Contains(verb) && !SpeaksOfFigure(afterVerb, sentence, figures))
        {
            return null; // "spoke to reporters", "speak of a massacre": only "speak of" a figure reports it
        }
        if (FrameSpeechVerbs.Contains(verb) && !FramesSpeech(verb, afterVerb, sentence, figures))
        {
            return null; // "talked about peace", "referred to the court", "responded with fire": only a figure talked of or referred to, or a "that" clause, is reported
        }
        if (AtVerbs.Contains(verb) && !HasAtAhead(afterVerb, sentence.End)
            && !(verb.StartsWith("list", StringComparison.Ordinal) && FigureStartsAt(afterVerb, figures)))
        {
            return null; // "put pressure on", "placed under arrest", "listed as missing"
        }
        bool reportsObject = false;
        if (ObjectVerbs.Contains(verb))
        {
            // "the survey provided a breakdown"; "a monthly summary gives 48 rebels killed": a document's own figure after the verb
            reportsObject = HasReportedObject(afterVerb, sentence) || (FigureStartsAt(afterVerb, figures) && FollowsDocument(verbStart, sentence));
            if (!reportsObject && !Lexicon.AgentParticiples.Contains(verb) && !WordAt(afterVerb, sentence.End).Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                return null; // "obtained 200 rifles", "gave shelter to": no tally, nobody reports
            }
        }
        if (afterVerb > verbEnd && Lexicon.NotAfterParticiple.Contains(WordAt(afterVerb, sentence.End))
            && (verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || !WordAt(afterVerb, sentence.End).Equals("as", StringComparison.Ordinal))
            && !IsObjectBeforeAtFigure(afterVerb, sentence, figures) && !SaysOfRelative(verb, verbStart, sentence))
        {
            return null; // "reported killed", "confirmed dead", "recorded as missing"
        }
        if (verb.StartsWith("declare", StringComparison.OrdinalIgnoreCase) && IsProclamation(afterVerb, sentence))
        {
            return null; // "The cabinet declared two days of mourning after a raid that killed 29": it proclaims, it reports nothing
        }
        if (verb.StartsWith("claim", StringComparison.OrdinalIgnoreCase) && afterVerb > verbEnd && (Lexicon.ClaimObjects.Contains(WordAt(afterVerb, sentence.End))
            || (WordAt(afterVerb, sentence.End).Equals("the", StringComparison.OrdinalIgnoreCase) && Lexicon.ClaimObjects.Contains(WordAt(Characters.SkipSpaces(text, afterVerb + 3, sentence.End), sentence.End)))))
        {
            return null; // "has claimed the lives of more than 900 people", "claimed responsibility"
        }
        if (verb.StartsWith("accuse", StringComparison.OrdinalIgnoreCase) && WordAt(afterVerb, sentence.End).Equals("of", StringComparison.Ordinal))
        {
            return null; // "rebels accused of killing 12 villagers": the accused, a participle; "X accused Y of ..." reports X's charge
        }
        if ((verb.StartsWith("maintain", StringComparison.OrdinalIgnoreCase) || verb.Equals("charged", StringComparison.OrdinalIgnoreCase)
             || verb.StartsWith("recall", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("agree", StringComparison.OrdinalIgnoreCase))
            && !(afterVerb > verbEnd && WordAt(afterVerb, sentence.End).Equals("that", StringComparison.OrdinalIgnoreCase)))
        {
            // only "the government maintains that ...", "the groups charged that ...", "the veteran recalled that ...", "historians
            // agree that ..." hold a claim; "troops maintained positions", "charged with murder", "recalled the envoy", "agreed to
            // free 40 prisoners" report nothing
            return null;
        }
        if ((verb.Equals("report", StringComparison.OrdinalIgnoreCase) || verb.Equals("determined", StringComparison.OrdinalIgnoreCase) || verb.Equals("record", StringComparison.OrdinalIgnoreCase))
            && !(afterVerb > verbEnd && WordAt(afterVerb, sentence.End).Equals("that", StringComparison.OrdinalIgnoreCase))
            && !(verb.Equals("report", StringComparison.Ordinal) && FigureStartsAt(afterVerb, figures))
            && !(verb.Equals("report", StringComparison.Ordinal) && ThatAfterAside(verbEnd, sentence)))
        {
            // the verb only in "the rebels report that ...", "The Kessian side report 51,200 fatalities", "researchers determined that ...",
            // "official figures record that ...", "two papers report, based on witnesses, that ...": "a report", "determined to fight",
            // "a record 500" are not clauses
            return null;
        }
        if ((verb.Equals("show", StringComparison.OrdinalIgnoreCase) || verb.Equals("suggest", StringComparison.OrdinalIgnoreCase))
            && OpeningDocumentMaker(verbStart, verbStart, sentence, figures, out _) is null
            && (IsShowNoun(verbStart, afterVerb, sentence) || !(FollowsDocument(verbStart, sentence) || SubjectWordIn(verbStart, sentence, RecordNouns))))
        {
            return null; // "a show of force", "Satellite images show": no report; "UN figures show that", "the figures will show that", "the regimental roll-calls show that" report
        }
        if ((verb.StartsWith("elaborate", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("illustrate", StringComparison.OrdinalIgnoreCase))
            && !FollowsDocument(verbStart, sentence))
        {
            return null; // "The report further elaborates that", "the survey illustrates a rise": only a document reports so, not "he elaborated on"
        }
        if (verb.StartsWith("show", StringComparison.OrdinalIgnoreCase) && !WordAt(afterVerb, sentence.End).Equals("that", StringComparison.Ordinal)
            && (SubjectWordIn(verbStart, sentence, ImageNouns) || OpensWithPictures(verbStart, sentence)))
        {
            return null; // "Drone footage showed smoke over the port ...": pictures show a scene, they state no figure ("images ... show that" states a finding)
        }
        if (verb.StartsWith("f", StringComparison.OrdinalIgnoreCase) && IsFind(verb, afterVerb, sentence, figures))
        {
            return null; // "Rescuers found 10 more bodies", "Three More Bodies Found in Ruins": a find, no one's report of it
        }
        if (verb.Equals("states", StringComparison.OrdinalIgnoreCase) && IsStatesNoun(verbEnd, afterVerb, sentence.End))
        {
            return null; // "north of Kachin and Shan states in the hills", "the Baltic states and Poland": countries or provinces
        }
        if (verb.StartsWith("think", StringComparison.OrdinalIgnoreCase) && afterVerb > verbEnd
            && WordAt(afterVerb, sentence.End) is var thought && (thought.Equals("tank", StringComparison.OrdinalIgnoreCase) || thought.Equals("tanks", StringComparison.OrdinalIgnoreCase)))
        {
            return null; // "the Institute (ISW), a Washington-based think tank, said": the noun, not a verb of its own
        }
        if (verb.StartsWith("claim", StringComparison.OrdinalIgnoreCase) && IsEventSubject(verbStart, sentence))
        {
            return null; // "he thinks violence claimed at least 30,000 dead": an event takes lives, it does not speak
        }
        if (afterVerb > verbEnd && WordAt(afterVerb, sentence.End).Equals("to", StringComparison.Ordinal)
            && SubjectWordIn(verbStart, sentence, TalliedNouns) && IsToBe(afterVerb, sentence.End))
        {
            return null; // "the toll is thought to be near 900", "the figure is believed to be higher": the tally is the subject, nobody speaks
        }
        if (verb.StartsWith("claim", StringComparison.OrdinalIgnoreCase) && ClaimsLives(afterVerb, sentence.End, figures))
        {
            return null; // "the shelling claimed 140 lives", "the offensive, which has claimed over 9,000 lives": a toll, not a claim
        }
        if (Lexicon.PublishingVerbs.Contains(verb) && !HasReportedObject(afterVerb, sentence) && !IsPassiveWithAgent(verbStart, afterVerb, sentence))
        {
            return null; // "released 200 prisoners", "published a video" (but "The information was released by the rebels")
        }
        if (IsAsClause(verbStart, sentence))
        {
            // "As noted in the summary, ...", "as reported by the ministry": whoever published it, or the agent.
            int agentBy = SpanScanner.PhraseEnd(text.AsSpan(0, sentence.End), afterVerb, "by");
            var asCue = new Cue { VerbStart = verbStart, VerbEnd = verbEnd, Start = verbStart, End = verbEnd };
            asCue.Speaker = agentBy > 0 ? ReadAgent(asCue, Characters.SkipSpaces(text, agentBy, sentence.End), sentence, figures)
                : HasDocumentObject(afterVerb, sentence, "in") ? DocumentMakerAfterIn(asCue, afterVerb, sentence, figures) ?? LastOrigin : null;
            return asCue.Speaker is null ? null : asCue;
        }
        if (Lexicon.ReportingParticiples.Contains(verb))
        {
            // "The mayor accused the army of ..., noting that it destroyed 14 schools": the clause's subject speaks.
            int forEnd = Characters.SkipSpacesBack(text, verbStart, sentence.Start);
            int forStart = this.words.WordStart(forEnd, sentence.Start);
            if (forEnd - forStart == 3 && text.AsSpan(forStart, 3).Equals("for", StringComparison.Ordinal))
            {
                // "Opposition parties criticised the party chief for claiming that 250 had died": the one criticised claimed it.
                int objectEnd = Characters.SkipSpacesBack(text, forStart, sentence.Start);
                int objectStart = ReadPhraseBack(objectEnd, sentence, figures);
                var objectWords = new WordsIn(text.AsSpan(0, objectEnd), objectStart, objectEnd);
                while (objectWords.MoveNext())
                {
                    if (objectWords.Current is var governing && governing.Length > 3 && char.IsLower(governing[0]) && governing.EndsWith("ed", StringComparison.Ordinal))
                    {
                        objectStart = Characters.SkipSpaces(text, objectWords.End, objectEnd); // "leaders criticised BJP chief Name for claiming": the verb and its subject are no part of the name
                    }
                }
                if (objectStart < objectEnd && objectStart > sentence.Start && IsSourceLike(objectStart, objectEnd) && !IsFigureSubject(objectStart, figures, sentence)
                    && Resolve(objectStart, objectEnd, null) is { } claimant)
                {
                    return new Cue { VerbStart = verbStart, VerbEnd = verbEnd, Start = objectStart, End = verbEnd, Speaker = claimant };
                }
            }
            if (WithHolder(verbStart, sentence, figures) is var (holderStart, holder) && holder is not null)
            {
                // It speaks for what follows its participle ("with the source noting that ..."), not for the clause's figures before it.
                return new Cue { VerbStart = verbStart, VerbEnd = verbEnd, Start = holderStart, End = verbEnd, Speaker = holder, SpeaksForward = true };
            }
            var subject = earlier.Count > 0 ? earlier[^1].Speaker : SubjectSpeaker(sentence, figures, verbStart);
            return subject is null ? null : new Cue { VerbStart = verbStart, VerbEnd = verbEnd, Start = verbStart, End = verbEnd, Speaker = subject };
        }

        // Walk back over auxiliaries, adverbs and the statement's time: "Kyiv has previously said", "the ministry on Friday said".
        bool previously = false, passive = false, negated = false, conditional = false;
        int speakerEnd = SkipTimeBack(Characters.SkipSpacesBack(text, verbStart, sentence.Start), sentence);
        if (speakerEnd > sentence.Start && text[speakerEnd - 1] == ',')
        {
            // "Army authorities on Friday, claimed that ...": a comma after the statement's time, before its verb.
            int beforeComma = Characters.SkipSpacesBack(text, speakerEnd - 1, sentence.Start);
            int beforeTime = SkipTimeBack(beforeComma, sentence);
            if (beforeTime < beforeComma && beforeTime > sentence.Start && char.IsLetter(text[beforeTime - 1])
                && text.IndexOf(',', sentence.Start, beforeTime - sentence.Start) < 0) // not "The report, released earlier this week, claims"
            {
                speakerEnd = beforeTime;
            }
        }
        while (true)
        {
            int wordStart = this.words.WordStart(speakerEnd, sentence.Start);
            if (wordStart < speakerEnd && SoFarStart(wordStart, speakerEnd, sentence) is var soStart and >= 0)
            {
                speakerEnd = Characters.SkipSpacesBack(text, soStart, sentence.Start); // "it has so far confirmed about 800 dead"
                continue;
            }
            if (wordStart == speakerEnd || !(Auxiliaries.Contains(text.AsSpan(wordStart, speakerEnd - wordStart)) || IsMannerAdverb(text.AsSpan(wordStart, speakerEnd - wordStart))
                || Modals.Contains(text.AsSpan(wordStart, speakerEnd - wordStart))
                || Negations.Contains(text.AsSpan(wordStart, speakerEnd - wordStart))))
            {
                break;
            }
            var aux = text.AsSpan(wordStart, speakerEnd - wordStart);
            negated |= Negations.Contains(aux); // "not", "never", "hasn't": "the agency hasn't published numbers" reports nothing
            conditional |= aux.Equals("would", StringComparison.Ordinal);
            previously |= aux.Equals("previously", StringComparison.OrdinalIgnoreCase) || aux.Equals("earlier", StringComparison.OrdinalIgnoreCase);
            passive |= aux.Equals("was", StringComparison.OrdinalIgnoreCase) || aux.Equals("were", StringComparison.OrdinalIgnoreCase)
                       || aux.Equals("is", StringComparison.OrdinalIgnoreCase) || aux.Equals("are", StringComparison.OrdinalIgnoreCase)
                       || aux.Equals("be", StringComparison.OrdinalIgnoreCase) || aux.Equals("been", StringComparison.OrdinalIgnoreCase)
                       || aux.Equals("being", StringComparison.OrdinalIgnoreCase);
            speakerEnd = SkipTimeBack(Characters.SkipSpacesBack(text, wordStart, sentence.Start), sentence);
        }
        if (speakerEnd - 2 > sentence.Start && text[speakerEnd - 1] == ',' && text[speakerEnd - 2] == ',')
        {
            speakerEnd--; // "The Varo army, led by General Orlo Tesk,, has reported": a doubled comma is one comma
        }
        speakerEnd = SkipAnonymityBack(speakerEnd, sentence); // "a worker speaking on condition of anonymity reported": the worker
        if (negated)
        {
            return null; // "killings may not have been reported at all by any of the sources", "the army has never confirmed": no one's report
        }
        if (conditional && passive)
        {
            return null; // "another 55,800 would have been reported by families who fled": a count the researchers project, no one's report
        }

        var cue = new Cue { VerbStart = verbStart, VerbEnd = verbEnd, Start = verbStart, End = verbEnd, Previously = previously };
        int byEnd = SpanScanner.PhraseEnd(text.AsSpan(0, sentence.End), afterVerb, "by");
        if (byEnd > 0 && !passive && Lexicon.AgentParticiples.Contains(verb) && speakerEnd > sentence.Start && (text[speakerEnd - 1] == ',' || char.IsLetter(text[speakerEnd - 1])))
        {
            // "A higher estimate of 210k, produced by a medical charity, includes ...": the agent made the figure before it.
            var maker = ReadAgent(cue, Characters.SkipSpaces(text, byEnd, sentence.End), sentence, figures);
            if (maker is null)
            {
                return null;
            }
            cue.Speaker = maker;
            return cue;
        }
        if (Lexicon.AgentParticiples.Contains(verb) && !passive && !reportsObject && !(verb.StartsWith("report", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("confirm", StringComparison.OrdinalIgnoreCase)
            || verb.StartsWith("estimat", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("publish", StringComparison.OrdinalIgnoreCase)
            || verb.StartsWith("releas", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("issu", StringComparison.OrdinalIgnoreCase)
            || verb.StartsWith("record", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("count", StringComparison.OrdinalIgnoreCase)
            || verb.StartsWith("document", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("cite", StringComparison.OrdinalIgnoreCase)
            || verb.StartsWith("mention", StringComparison.OrdinalIgnoreCase)))
        {
            return null; // "produced", "compiled", "given" report only with "by"
        }
        if (passive && byEnd <= 0)
        {
            byEnd = ByAfterPlace(afterVerb, sentence); // "This was reported in the summary by the General Staff"
        }
        if (passive && byEnd > 0)
        {
            // "This was stated by the spokesman of the Khortytsia group, Nazar Voloshyn": the speaker follows "by".
            var agent = ReadAgent(cue, Characters.SkipSpaces(text, byEnd, sentence.End), sentence, figures);
            if (agent is null)
            {
                return null;
            }
            cue.Speaker = agent;
            cue.RefersBack = IsBackReference(this.words.WordStart(speakerEnd, sentence.Start) is var w && w < speakerEnd ? ReadPhraseBack(speakerEnd, sentence, figures) : speakerEnd, speakerEnd);
            cue.Start = Math.Min(cue.Start, verbStart);
            cue.End = Math.Max(cue.End, ReadRecipientAndDate(cue, verb, Characters.SkipSpaces(text, cue.End, sentence.End), sentence));
            return cue;
        }
        if (passive)
        {
            return null; // "losses were reported", "the figure is estimated": no speaker
        }
        if (byEnd <= 0 && verb.EndsWith("ed", StringComparison.Ordinal) && IsComparedCountParticiple(speakerEnd, sentence))
        {
            return null; // "The count was 12 more than the last figure reported on Friday": the participle describes the count compared
        }
        if (earlier.Count == 0 && !IsInvertedAfter(afterVerb, sentence) && OpeningDocumentMaker(verbStart, speakerEnd, sentence, figures, out int documentSubject) is { } documentMaker)
        {
            // "Statistics issued by the Interior Ministry for ... put", "Official tables ... made public by General Name, ..., show":
            // the document's maker speaks, not the words of the long subject before the verb.
            cue.Speaker = documentMaker;
            cue.Start = documentSubject;
            cue.End = Math.Max(cue.End, ReadRecipientAndDate(cue, verb, afterVerb, sentence));
            return cue;
        }
        char before = speakerEnd > sentence.Start ? text[speakerEnd - 1] : '\0';
        Speaker? found = null;
        int relative = RelativePronounBefore(speakerEnd, sentence);
        if (relative >= 0)
        {
            // "an official, who cited several hundred casualties", "a NATO official's data, which gave ...".
            int npEnd = Characters.SkipSpacesBack(text, relative, sentence.Start);
            if (npEnd > sentence.Start && text[npEnd - 1] == ',')
            {
                npEnd = Characters.SkipSpacesBack(text, npEnd - 1, sentence.Start);
            }
            int npStart = ReadPhraseBack(npEnd, sentence, figures);
            npEnd = PossessorEnd(npStart, npEnd);
            if (npStart < npEnd && ContainsFiniteVerb(npStart, npEnd) && LastAgentPreposition(npStart, npEnd) is var maker and > 0)
            {
                // "The figure is also supported by the data from the Health Institute which lists ...": the body after "from" lists.
                npStart = maker;
            }
            if (npStart < npEnd && WordAt(npStart, npEnd) is var first && first.Length > 3 && char.IsLower(first[0]) && first.EndsWith("ed", StringComparison.Ordinal)
                && Characters.SkipSpaces(text, npStart + first.Length, npEnd) is var by && WordAt(by, npEnd).Equals("by", StringComparison.Ordinal))
            {
                // "higher than that provided by the regional health office, which reported": the agent, not the participle's phrase.
                npStart = Characters.SkipSpaces(text, by + 2, npEnd);
            }
            found = npStart < npEnd && !IsFigureSubject(npStart, figures, sentence) ? Resolve(npStart, npEnd, null) : null;
            if (found is null)
            {
                return null;
            }
            cue.Start = npStart;
        }
        else if (before == ',')
        {
            int adverbial = AdverbialStart(speakerEnd - 1, sentence);
            if (adverbial > sentence.Start && text[adverbial - 1] == ',')
            {
                // "Name, Title, while briefing reporters on Friday, stressed that": the adverbial between commas is not the subject.
                found = CommaSubject(cue, adverbial, sentence, figures);
            }
            found ??= CommaSubject(cue, speakerEnd, sentence, figures);
            found ??= ParticipleAppositionSubject(cue, speakerEnd, sentence, figures);
            if (found is null && adverbial < 0)
            {
                // "Speaking on the raids at a briefing, Colonel Name, revealed that", "Twenty years later, Kessian historian Orsk Belmar, wrote that": an opening adverbial, then the name.
                int nameEnd = Characters.SkipSpacesBack(text, speakerEnd - 1, sentence.Start);
                int nameStart = ReadPhraseBack(nameEnd, sentence, figures);
                int commaBefore = Characters.SkipSpacesBack(text, nameStart, sentence.Start);
                if (nameStart < nameEnd && commaBefore > sentence.Start && text[commaBefore - 1] == ',' && (IsPersonWithTitle(nameStart, nameEnd) || EndsInTitledName(text[nameStart..nameEnd]))
                    && AdverbialStart(commaBefore - 1, sentence) == sentence.Start)
                {
                    found = Resolve(nameStart, nameEnd, null);
                    cue.Start = nameStart;
                }
            }
            if (found is null && !IsDemonstrativeObject(afterVerb, sentence))
            {
                found = ReadInverted(cue, afterVerb, sentence, figures); // not "..., reported the casualties": the object, not a speaker
            }
            if (found is null && earlier.Count == 0)
            {
                // "Miners at pits in the valley reached by telephone from the regional seat, Name, said": a participle phrase
                // parts the subject from its verb.
                (cue.Start, cue.End) = (verbStart, verbEnd); // the readings above that failed may have stretched the clause
                found = OpeningSubject(cue, afterVerb, sentence, figures, apposition: false) ?? OpeningSubject(cue, afterVerb, sentence, figures, apposition: true);
            }
        }
        else if ((before == '\0' || Characters.IsDoubleQuote(before) || before == '\u2019' || before == ';' || before == ':' || Characters.IsDash(before))
                 && !IsDemonstrativeObject(afterVerb, sentence))
        {
            found = Characters.IsDash(before) ? DashAppositionSpeaker(cue, speakerEnd - 1, sentence, figures) : null;
            found ??= ReadInverted(cue, afterVerb, sentence, figures);
        }
        else
        {
            int speakerStart = ReadPhraseBack(speakerEnd, sentence, figures);
            if (earlier.Count == 0 && CoordinatedSubject(cue, speakerEnd, sentence, figures) is { } coordinated)
            {
                // "The Harbour Front has claimed the attack and said 31 people were killed": the second verb of the
                // sentence's predicate has the sentence's subject.
                cue.Speaker = coordinated;
                cue.End = Math.Max(cue.End, ReadRecipientAndDate(cue, verb, afterVerb, sentence));
                return cue;
            }
            if (speakerStart < speakerEnd && NamedSourceBeforeCompanions(speakerStart, speakerEnd, sentence, figures) is var (namedStart, namedEnd) && namedStart >= 0)
            {
                (speakerStart, speakerEnd) = (namedStart, namedEnd); // "Kessia's Health Ministry and witnesses said": the ministry
            }
            if (speakerStart < speakerEnd && DocumentAfterClause(speakerStart, speakerEnd) is var documentStart and >= 0)
            {
                speakerStart = documentStart; // "The Independent has learned the figures will show that": the figures show
            }
            if (speakerStart < speakerEnd && OpensNoNounPhrase(speakerStart, speakerEnd))
            {
                return null; // "because of missing records", "by the best estimates", "admitting the handicap of poor records": no one speaks
            }
            if (speakerStart < speakerEnd && RelativeThatSubject(speakerStart, sentence, figures) is var (subjectStart, subjectEnd) && subjectStart >= 0)
            {
                (speakerStart, speakerEnd) = (subjectStart, subjectEnd); // "a database project that tracks violence said": the project
            }
            if (earlier.Count == 0 && (speakerStart == speakerEnd || IsFigureSubject(speakerStart, figures, sentence) || ContainsFiniteVerb(speakerStart, speakerEnd)
                    || EndsWithPreposition(speakerStart, speakerEnd) || IsNumberOfPhrase(speakerStart, speakerEnd) || FollowsFigure(speakerStart, sentence, figures))
                && OpeningSubject(cue, afterVerb, sentence, figures, apposition: true) is { } opened)
            {
                // "The X Registry, a record ... listing the 2,140 drownings since 1950 shows that ...": the apposition, still
                // open, ends on a number or a date; the sentence's subject before it speaks.
                cue.Speaker = opened;
                cue.End = Math.Max(cue.End, ReadRecipientAndDate(cue, verb, afterVerb, sentence));
                return cue;
            }
            if (speakerStart < speakerEnd && IsFigureSubject(speakerStart, figures, sentence))
            {
                return null; // "a minimum of 300 soldiers reported as dead": the words name what is counted
            }
            if (speakerStart < speakerEnd && (ContainsFiniteVerb(speakerStart, speakerEnd) || EndsWithPreposition(speakerStart, speakerEnd)))
            {
                return null; // "victims, who were shot by the forces near alleged aid points": not a speaker
            }
            if (speakerStart < speakerEnd && IsParticipleAfterPrepositionObject(speakerStart, afterVerb, sentence))
            {
                return null; // "despite the limited pullout announced in March": the participle describes a preposition's object, nobody speaks
            }
            if (speakerStart < speakerEnd && IsNumberOfPhrase(speakerStart, speakerEnd))
            {
                return null; // "the number of victims recorded during the last 24 hours included ...": a participle after what is counted
            }
            if (speakerStart < speakerEnd && IsCountedBeforeParticiple(speakerEnd, verb, afterVerb, sentence))
            {
                return null; // "the next highest numbers recorded in Aleppo", "the total estimated death toll": what is counted, not who counts
            }
            if (speakerStart < speakerEnd)
            {
                string? description = null;
                int nameStart = speakerStart, nameEnd = speakerEnd;
                int previousEnd = Characters.SkipSpacesBack(text, speakerStart, sentence.Start);
                if (previousEnd > sentence.Start && text[previousEnd - 1] == ',')
                {
                    int otherEnd = Characters.SkipSpacesBack(text, previousEnd - 1, sentence.Start);
                    int otherStart = ReadPhraseBack(otherEnd, sentence, figures);
                    if (IsProperName(speakerStart, speakerEnd) && otherStart < otherEnd && Characters.SkipSpacesBack(text, otherStart, sentence.Start) == sentence.Start)
                    {
                        description = text[otherStart..otherEnd]; // "The head of HUR, Kyrylo Budanov, said"
                    }
                    else if ((StartsWithDeterminer(speakerStart, speakerEnd) || StartsWithTitle(speakerStart, speakerEnd)) && otherStart < otherEnd
                             && IsProperName(otherStart, otherEnd) && IsClauseStart(otherStart, sentence) && !IsPlaceName(otherStart, otherEnd)
                             && !SentenceAdverbs.Contains(text.AsSpan(otherStart, otherEnd - otherStart))) // not "Initially, the United Nations estimated"
                    {
                        // "Yevgeny Prigozhin, the head of the Russian private army Wagner, says" without the second comma; also
                        // "General Ivan Petrov, deputy chief of the General Staff told": a lower-case title opens the description.
                        description = text[speakerStart..speakerEnd];
                        (nameStart, nameEnd) = (otherStart, otherEnd);
                    }
                }
                nameStart = SkipSourceLead(nameStart, sentence); // "A report by the Centre for Civilians in Conflict found"
                nameEnd = PossessorEnd(nameStart, nameEnd); // "the Valley Monitor's carefully collected data shows"
                nameEnd = WithoutTrailingParticiple(nameStart, nameEnd); // "The latest figures from the Relief Office released in June put"
                if (nameStart >= nameEnd || IsPlaceName(nameStart, nameEnd))
                {
                    return null; // "Kherson Region reported the most shelling"
                }
                found = earlier.Count > 0 && earlier[^1].Speaker is { } outer && description is null && IsBareDocument(nameStart, nameEnd)
                    ? outer // "B'Tselem said detailed research showed that": the research is the speaker's own, no one new
                    : Resolve(nameStart, nameEnd, description);
                cue.Start = nameStart;
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
        cue.RefersBack = IsDemonstrativeObject(afterVerb, sentence) || IsWhatClauseOpening(cue.Start, sentence);
        int tail = ReadRecipientAndDate(cue, verb, afterVerb, sentence);
        cue.End = Math.Max(cue.End, tail);
        return cue;
    }

    /// <summary>
    /// "Name — a police officer in the town of ... — told media": a name before a description set off by spaced dashes, the
    /// second dash at <paramref name="dash"/> right before the verb. The description opens with an article; the name opens
    /// the clause. Null when the words do not read so.
    /// </summary>
    private Speaker? DashAppositionSpeaker(Cue cue, int dash, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        if (dash <= sentence.Start || !Characters.IsSpace(text[dash - 1]))
        {
            return null;
        }
        int opening = -1;
        for (int i = dash - 2; i > sentence.Start && i > dash - 240; i--)
        {
            if (Characters.IsDash(text[i]) && Characters.IsSpace(text[i - 1]) && i + 1 < dash && Characters.IsSpace(text[i + 1]))
            {
                opening = i;
                break;
            }
        }
        if (opening < 0)
        {
            return null;
        }
        int descriptionStart = Characters.SkipSpaces(text, opening + 1, dash);
        int descriptionEnd = Characters.SkipSpacesBack(text, dash, descriptionStart);
        // "The Valley Monitor — which counts the dead from hospital records — says": a relative clause between dashes describes
        // the name before it as an apposition does; it is no description to keep.
        bool relative = descriptionStart < descriptionEnd && WordAt(descriptionStart, descriptionEnd) is var first
                        && (first.Equals("which", StringComparison.Ordinal) || first.Equals("who", StringComparison.Ordinal));
        int nameEnd = Characters.SkipSpacesBack(text, opening, sentence.Start);
        if (relative && nameEnd > sentence.Start && text[nameEnd - 1] == ')' && text.LastIndexOf('(', nameEnd - 1, Math.Min(12, nameEnd - sentence.Start)) is var parenthesis && parenthesis > sentence.Start)
        {
            nameEnd = Characters.SkipSpacesBack(text, parenthesis, sentence.Start); // "The Valley Monitor (VM) — which ...": the name before its short form
        }
        int nameStart = ReadPhraseBack(nameEnd, sentence, figures);
        if (relative && Characters.SkipSpaces(text, sentence.Start, nameEnd) is var opens && opens < nameStart && text.IndexOf(',', opens, nameEnd - opens) < 0)
        {
            nameStart = opens; // "The Valley Observatory for Human Rights — which ...": the whole subject that opens the sentence
        }
        if (descriptionStart >= descriptionEnd || nameStart >= nameEnd || !(relative || StartsWithDeterminer(descriptionStart, descriptionEnd))
            || !IsClauseStart(nameStart, sentence) || !(IsProperName(nameStart, nameEnd) || (relative && IsOrganisationName(nameStart, nameEnd))))
        {
            return null;
        }
        cue.Start = nameStart;
        return Resolve(nameStart, nameEnd, relative ? null : text[descriptionStart..descriptionEnd]);
    }

    /// <summary>
    /// The speaker of a clause whose subject ends in a comma before the verb (<paramref name="speakerEnd"/> is after that comma):
    /// "Vadym Skibitskyi, the deputy head of ..., told", "a Navy spokesman, Dmytro Pletenchuk, said", "Anna Berg, the director of
    /// ..., a research group in Oslo, said", "Officials, speaking on condition of anonymity, said"; null when none of these reads.
    /// Sets the cue's start to the speaker's.
    /// </summary>
    private Speaker? CommaSubject(Cue cue, int speakerEnd, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        if (RelativeClauseSubject(cue, speakerEnd, sentence, figures) is { } described)
        {
            return described; // "A ranger, whose brother was taken, said": the subject before the relative clause
        }
        Speaker? found = null;
        // "Vadym Skibitskyi, the deputy head of ..., told": a name, then its description.
        int descriptionEnd = Characters.SkipSpacesBack(text, speakerEnd - 1, sentence.Start);
        int descriptionStart = ReadPhraseBack(descriptionEnd, sentence, figures);
        int nameEnd = Characters.SkipSpacesBack(text, descriptionStart, sentence.Start);
        if (descriptionStart < descriptionEnd && nameEnd > sentence.Start && text[nameEnd - 1] == ',')
        {
            nameEnd = Characters.SkipSpacesBack(text, nameEnd - 1, sentence.Start);
            int nameStart = ReadPhraseBack(nameEnd, sentence, figures);
            if (nameStart < nameEnd && IsOfficeName(nameStart, nameEnd) && IsPersonWithTitle(descriptionStart, descriptionEnd))
            {
                // "The Coast Guard Chief, Name, said", "the Director, Army Public Relations, Rank Name, said": the office first, the person after it.
                found = Resolve(descriptionStart, descriptionEnd, text[nameStart..nameEnd]);
                cue.Start = nameStart;
            }
            else if (nameStart < nameEnd && (IsProperName(nameStart, nameEnd) || IsPersonWithTitle(nameStart, nameEnd)
                                        || (IsOrganisationName(nameStart, nameEnd) && StartsWithDeterminer(descriptionStart, descriptionEnd))))
            {
                // "The Institute for the Study of War (ISW), a Washington-based think tank, said": a name with "for the", then its description.
                found = Resolve(nameStart, nameEnd, text[descriptionStart..descriptionEnd]);
                cue.Start = nameStart;
            }
            else if (nameStart < nameEnd && IsProperName(descriptionStart, descriptionEnd)
                     && (StartsWithDeterminer(nameStart, nameEnd) || EndsWithLowerTitle(nameStart, nameEnd) || OpensWithOneOf(nameStart, nameEnd))
                     && IsClauseStart(nameStart, sentence))
            {
                // "a Navy spokesman, Dmytro Pletenchuk, said", "..., regional clinic head, Name, said": the description comes first.
                found = Resolve(descriptionStart, descriptionEnd, text[nameStart..nameEnd]);
                cue.Start = nameStart;
            }
        }
        if (found is null && descriptionStart < descriptionEnd)
        {
            // "Anna Berg, the director of ..., a research group in Oslo, said": a name before two descriptions.
            int secondEnd = Characters.SkipSpacesBack(text, descriptionStart, sentence.Start);
            if (secondEnd > sentence.Start && text[secondEnd - 1] == ',')
            {
                int roleEnd = Characters.SkipSpacesBack(text, secondEnd - 1, sentence.Start);
                int roleStart = ReadPhraseBack(roleEnd, sentence, figures);
                int firstEnd = Characters.SkipSpacesBack(text, roleStart, sentence.Start);
                if (roleStart < roleEnd && StartsWithDeterminer(roleStart, roleEnd) && firstEnd > sentence.Start && text[firstEnd - 1] == ',')
                {
                    int nameEnd2 = Characters.SkipSpacesBack(text, firstEnd - 1, sentence.Start);
                    int nameStart2 = ReadPhraseBack(nameEnd2, sentence, figures);
                    if (nameStart2 < nameEnd2 && IsProperName(nameStart2, nameEnd2) && IsClauseStart(nameStart2, sentence))
                    {
                        found = Resolve(nameStart2, nameEnd2, text[roleStart..roleEnd]);
                        cue.Start = nameStart2;
                    }
                }
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
                if (subjectStart < subjectEnd && IsClauseStart(subjectStart, sentence) && CountWords(subjectStart, subjectEnd) <= 6
                    && IsSourceLike(subjectStart, subjectEnd) && !StartsWithCount(subjectStart, subjectEnd)
                    && AdverbialStart(comma, sentence) != sentence.Start) // not "Reading the reports, Colonel Name, said"
                {
                    found = Resolve(subjectStart, subjectEnd, null);
                    cue.Start = subjectStart;
                }
            }
        }
        return found;
    }

    /// <summary>
    /// The comma that opens a phrase set off by commas, the other at <paramref name="closing"/>: the last comma within
    /// <paramref name="maxSpan"/> characters before it, after the sentence's start; −1 when there is none.
    /// </summary>
    private int OpeningComma(int closing, Sentence sentence, int maxSpan)
    {
        int span = Math.Min(maxSpan, closing - sentence.Start);
        int open = span > 0 ? text.LastIndexOf(',', closing - 1, span) : -1;
        return open > sentence.Start ? open : -1;
    }

    /// <summary>Relative pronouns that open a clause describing the phrase before them.</summary>
    private static readonly WordSet RelativePronouns = new("who", "whose", "which", "whom");

    /// <summary>
    /// "A ranger, whose brother was taken, said", "the monitor, which tracks the fighting, said": the comma before the verb closes
    /// a relative clause set off by commas; the phrase before it, opening its clause, is the subject. Null when the words do not
    /// read so (no relative pronoun after the comma before, or no phrase before it).
    /// </summary>
    private Speaker? RelativeClauseSubject(Cue cue, int speakerEnd, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        int closing = speakerEnd - 1;
        int open = OpeningComma(closing, sentence, 150);
        if (open < 0)
        {
            return null;
        }
        int pronoun = Characters.SkipSpaces(text, open + 1, closing);
        // "Officials in Dolsk County, where a dam burst after the storm, said": "where" opens a clause on the place the subject names.
        if (pronoun >= closing || !(RelativePronouns.Contains(WordAt(pronoun, closing)) || WordAt(pronoun, closing).Equals("where", StringComparison.Ordinal)))
        {
            return null;
        }
        int subjectEnd = Characters.SkipSpacesBack(text, open, sentence.Start);
        int subjectStart = ReadPhraseBack(subjectEnd, sentence, figures);
        if (subjectStart >= subjectEnd || !IsClauseStart(subjectStart, sentence) || StartsWithCount(subjectStart, subjectEnd)
            || CountWords(subjectStart, subjectEnd) > 8 || IsPlaceName(subjectStart, subjectEnd))
        {
            return null;
        }
        var found = Resolve(subjectStart, subjectEnd, null);
        if (found is not null)
        {
            cue.Start = subjectStart;
        }
        return found;
    }

    /// <summary>
    /// The maker of the document after "in" that an as-clause cites, when a participle and "by" name it ("as stated in the latest
    /// summary issued by the Defence Office"): the maker; else null (the document's publisher is whoever last published one).
    /// </summary>
    private Speaker? DocumentMakerAfterIn(Cue cue, int afterVerb, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        int inEnd = SpanScanner.PhraseEnd(text.AsSpan(0, sentence.End), afterVerb, "in");
        int agentStart = inEnd > 0 ? AgentAfter(Characters.SkipSpaces(text, inEnd, sentence.End), sentence) : -1;
        return agentStart > 0 ? ReadAgent(cue, agentStart, sentence, figures) : null;
    }

    /// <summary>Whether the verb at <paramref name="verbStart"/> follows "as" ("As noted in the summary", "as reported by Reuters").</summary>
    private bool IsAsClause(int verbStart, Sentence sentence)
    {
        int end = Characters.SkipSpacesBack(text, verbStart, sentence.Start);
        int start = this.words.WordStart(end, sentence.Start);
        return end - start == 2 && (text[start] == 'a' || text[start] == 'A') && text[start + 1] == 's';
    }

    /// <summary>Whether a document follows <paramref name="at"/> (after <paramref name="preposition"/> when given): "its latest tally", "data on ...", "in the summary".</summary>
    private bool HasDocumentObject(int at, Sentence sentence, string? preposition = null)
    {
        var inSentence = text.AsSpan(0, sentence.End);
        if (preposition is not null)
        {
            int prepositionEnd = SpanScanner.PhraseEnd(inSentence, at, preposition);
            if (prepositionEnd < 0)
            {
                return false;
            }
            at = Characters.SkipSpaces(text, prepositionEnd, sentence.End);
        }
        for (int words = 0; words < 4 && at < sentence.End; words++)
        {
            var word = WordAt(at, sentence.End);
            if (word.IsEmpty)
            {
                return false;
            }
            if (Lexicon.DocumentNouns.Contains(word))
            {
                return true;
            }
            at = Characters.SkipSpaces(text, at + word.Length, sentence.End);
        }
        return false;
    }

    /// <summary>Whether one of the five words at <paramref name="at"/> is a tally or a document: "a complete list", "the civilian death toll", "a revised weekly casualty toll".</summary>
    private bool HasReportedObject(int at, Sentence sentence)
    {
        for (int words = 0; words < 5 && at < sentence.End; words++)
        {
            var word = WordAt(at, sentence.End);
            if (word.IsEmpty)
            {
                return false;
            }
            if (Lexicon.DocumentNouns.Contains(word) || ReportedObjects.Contains(word))
            {
                return true;
            }
            at += word.Length;
            if (at < sentence.End && Characters.IsApostrophe(text[at]))
            {
                at++; // "the sailors' toll"
            }
            at = Characters.SkipSpaces(text, at, sentence.End);
        }
        return false;
    }

    /// <summary>"according to X", "according to estimates by X", "according to UN figures"; "according to data compiled between ..." names nobody.</summary>
    private Cue? ReadAccordingTo(int verbStart, int verbEnd, int afterVerb, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        var inSentence = text.AsSpan(0, sentence.End);
        int toEnd = SpanScanner.PhraseEnd(inSentence, afterVerb, "to");
        if (toEnd > 0 && IsPossessedNonSource(Characters.SkipSpaces(text, toEnd, sentence.End), sentence))
        {
            return null; // "fled according to their faiths", "according to his wishes": a manner, not a source
        }
        var cue = toEnd <= 0 ? null : ReadAttributedTo(verbStart, verbEnd, Characters.SkipSpaces(text, toEnd, sentence.End), sentence, figures);
        if (cue is not null && figures.Count == 0 && OpensWithThatIs(verbStart, sentence))
        {
            cue.RefersBack = true; // "Floods have killed 415. That's according to the delta office.": it names the source of what was just said
        }
        return cue;
    }

    /// <summary>
    /// Whether only a demonstrative and a copula stand between the sentence's start and <paramref name="at"/>: "That's", "That is",
    /// "This is", "This was", "That was" (the sentence points back at what was just said).
    /// </summary>
    private bool OpensWithThatIs(int at, Sentence sentence)
    {
        int start = Characters.SkipSpaces(text, sentence.Start, at);
        int end = Characters.SkipSpacesBack(text, at, start);
        if (end - start is < 6 or > 9)
        {
            return false;
        }
        var opening = text.AsSpan(start, end - start);
        return opening.Equals("That's", StringComparison.Ordinal) || opening.Equals("That\u2019s", StringComparison.Ordinal) || opening.Equals("That is", StringComparison.Ordinal)
               || opening.Equals("This is", StringComparison.Ordinal) || opening.Equals("That was", StringComparison.Ordinal) || opening.Equals("This was", StringComparison.Ordinal);
    }

    /// <summary>Possessive determiners that open what "according to" names: "according to their own count", "according to its figures".</summary>
    private static readonly WordSet PossessiveDeterminers = new("their", "his", "her", "its", "our", "my", "your");

    /// <summary>
    /// Whether a possessive determiner at <paramref name="at"/> (past "own") owns a noun that names no source, document or tally:
    /// "according to their faiths", "according to his wishes". "according to their own count", "according to its figures" and
    /// "according to their spokesman" name one.
    /// </summary>
    private bool IsPossessedNonSource(int at, Sentence sentence)
    {
        if (at >= sentence.End || !PossessiveDeterminers.Contains(WordAt(at, sentence.End)))
        {
            return false;
        }
        int noun = Characters.SkipSpaces(text, this.words.WordEnd(at, sentence.End), sentence.End);
        if (noun < sentence.End && WordAt(noun, sentence.End).Equals("own", StringComparison.Ordinal))
        {
            noun = Characters.SkipSpaces(text, noun + 3, sentence.End);
        }
        // The possessed phrase's words up to the first that is not a lower-case word ("their faiths,", "its deputy commander."): any
        // word of a source, a document or a tally makes it one.
        int words = 0;
        for (int i = noun; i < sentence.End && words < 3; words++)
        {
            var word = WordAt(i, sentence.End);
            if (word.IsEmpty || !char.IsLower(word[0]))
            {
                return word.IsEmpty && words > 0; // a capitalised word names someone: "according to their Defence Ministry"
            }
            if (Lexicon.DocumentNouns.Contains(word) || ReportedObjects.Contains(word) || TalliedNouns.Contains(word) || Lexicon.SourceHeads.Contains(word)
                || AnonymousHeads.Contains(word) || Lexicon.OrganisationNouns.Contains(word) || NounVerbs.Contains(word) || TitleWords.Contains(word))
            {
                return false;
            }
            i += word.Length;
            if (i >= sentence.End || !Characters.IsSpace(text[i]))
            {
                return true; // the phrase ends at a comma or the sentence's end
            }
            i = Characters.SkipSpaces(text, i, sentence.End);
        }
        return words > 0;
    }

    /// <summary>
    /// "as per official figures", "as per the district police": "as per" in any place of the sentence attributes as
    /// "according to" does; the cue spans both words. Null when "per" (at <paramref name="perStart"/>) follows no "as".
    /// </summary>
    private Cue? ReadAsPer(int perStart, int perEnd, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        int asEnd = Characters.SkipSpacesBack(text, perStart, sentence.Start);
        int objectStart = Characters.SkipSpaces(text, perEnd, sentence.End);
        if (objectStart == perEnd || objectStart >= sentence.End)
        {
            return null;
        }
        if (asEnd - sentence.Start < 2 || asEnd == perStart || !text.AsSpan(asEnd - 2, 2).Equals("as", StringComparison.OrdinalIgnoreCase)
            || (asEnd - 2 > sentence.Start && char.IsLetterOrDigit(text[asEnd - 3])))
        {
            // "1,200 dead (at least 300 militants and 900 civilians) per HRW", "per the ministry's count": a bare "per" names
            // the source when a name or "the" follows it and no number stands right before it ("5 per cent", "10 per day").
            // A bracket that opens right before it ("At least 40 dead (per the Dovran ministry)") is a box's or a caption's credit.
            bool named = char.IsUpper(text[objectStart]) || WordAt(objectStart, sentence.End).Equals("the", StringComparison.Ordinal);
            bool bracketed = asEnd == perStart && perStart > sentence.Start && text[perStart - 1] == '(';
            if (!named || (asEnd == perStart && !bracketed) || asEnd <= sentence.Start || char.IsDigit(text[asEnd - 1]))
            {
                return null;
            }
            return ReadAttributedTo(perStart, perEnd, objectStart, sentence, figures);
        }
        return ReadAttributedTo(asEnd - 2, perEnd, objectStart, sentence, figures);
    }

    /// <summary>The source after "according to" or "as per", whose object starts at <paramref name="objectStart"/>.</summary>
    private Cue? ReadAttributedTo(int verbStart, int verbEnd, int objectStart, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        int npStart = SkipSourceLead(objectStart, sentence);
        int npEnd = ReadPhraseForward(npStart, sentence, figures);
        if ((IsIndefinite(npStart, npEnd) || (npEnd > npStart && Lexicon.DocumentNouns.Contains(WordAt(npStart, npEnd)) && char.IsLower(text[npStart])))
            && AgentAfter(npStart, sentence) is var agentStart and > 0)
        {
            // "according to a new \"death census\" conducted by an aid agency": the agency made it, the adjective is no one;
            // "according to figures most often used by foreign monitors": a bare plural document, made by the agent after it.
            var made = new Cue { VerbStart = verbStart, VerbEnd = verbEnd, Start = verbStart, End = agentStart };
            made.Speaker = ReadAgent(made, agentStart, sentence, figures);
            if (made.Speaker is not null)
            {
                return made;
            }
        }
        if (IsDefiniteDocument(npStart, npEnd) && LastOrigin is { } publisher)
        {
            // "according to the report", "According to the data": whoever last published one.
            return new Cue { VerbStart = verbStart, VerbEnd = verbEnd, Start = verbStart, End = npEnd, Speaker = publisher };
        }
        int phraseEnd = npEnd;
        if (IsIndefinite(npStart, npEnd) && UnnamedDocumentEnd(npStart, npEnd) is var unnamedEnd and > 0 && Resolve(npStart, unnamedEnd, null) is { } document)
        {
            // "according to a new U.K. field survey released in May": no one named makes it, the survey is the source
            return new Cue { VerbStart = verbStart, VerbEnd = verbEnd, Start = verbStart, End = unnamedEnd, Speaker = document };
        }
        npEnd = WithoutDocumentTail(npStart, npEnd);
        if (npEnd <= npStart)
        {
            // "according to reports", "according to media reports": no determiner, no maker; the unnamed reports are the source.
            // "as per official figures", "according to government statistics": the official count is the source, as it is labelled.
            // "according to military statistics released publicly for the first time": the institution's count, its participle aside.
            int documentEnd = FirstDocumentEnd(npStart, phraseEnd);
            return (IsBareReports(npStart, phraseEnd) || IsOfficialDocument(npStart, phraseEnd) || (documentEnd < phraseEnd && IsOfficialDocument(npStart, documentEnd)))
                   && Resolve(npStart, IsOfficialDocument(npStart, phraseEnd) || IsBareReports(npStart, phraseEnd) ? phraseEnd : documentEnd, null) is { } reports
                ? new Cue { VerbStart = verbStart, VerbEnd = verbEnd, Start = verbStart, End = phraseEnd, Speaker = reports }
                : null;
        }
        var speaker = Resolve(npStart, npEnd, null);
        return speaker is null ? null : new Cue { VerbStart = verbStart, VerbEnd = verbEnd, Start = verbStart, End = npEnd, Speaker = speaker };
    }

    /// <summary>Where the first document noun of [<paramref name="start"/>, <paramref name="end"/>) ends, when a lower-case participle in -ed follows it; else <paramref name="end"/>.</summary>
    private int FirstDocumentEnd(int start, int end)
    {
        var phraseWords = new WordsIn(this.words, start, end);
        while (phraseWords.MoveNext())
        {
            if (Lexicon.DocumentNouns.Contains(phraseWords.Current))
            {
                int documentEnd = phraseWords.End;
                return phraseWords.MoveNext() && phraseWords.Current is var next && char.IsLower(next[0]) && next.EndsWith("ed", StringComparison.Ordinal) ? documentEnd : end;
            }
        }
        return end;
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) is "reports" alone or after words of <see cref="ReportsNounModifiers"/> ("media reports", "unconfirmed local reports").</summary>
    private bool IsBareReports(int start, int end)
    {
        var phraseWords = new WordsIn(this.words, start, end);
        while (phraseWords.MoveNext())
        {
            var word = phraseWords.Current;
            if (word.Equals("reports", StringComparison.Ordinal))
            {
                return !phraseWords.MoveNext();
            }
            if (!ReportsNounModifiers.Contains(word))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Adjectives that make a document with no maker an official count: "official figures", "government statistics".</summary>
    private static readonly WordSet OfficialModifiers = new("official", "government", "governmental");

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) is two words, an official modifier or the head noun of an
    /// institution (<see cref="Lexicon.SourceHeads"/>) and a document noun ("official figures", "government data", "police
    /// data", "army figures"): the institution's own count.
    /// </summary>
    private bool IsOfficialDocument(int start, int end)
    {
        int firstEnd = this.words.WordEnd(start, end);
        int second = Characters.SkipSpaces(text, firstEnd, end);
        var first = text.AsSpan(start, firstEnd - start);
        return second > firstEnd && second < end && (OfficialModifiers.Contains(first) || (char.IsLower(first[0]) && Lexicon.SourceHeads.Contains(first)))
               && this.words.WordEnd(second, end) == end && Lexicon.DocumentNouns.Contains(text.AsSpan(second, end - second));
    }

    /// <summary>Whether the phrase opens with "a" or "an": something the sentence goes on to describe ("a new survey conducted by ...").</summary>
    /// <summary>
    /// The end of the first lower-case document noun of an indefinite phrase when only lower-case words, initials ("U.S.") or
    /// nothing stand between the article and it ("a new study", "a new U.K. field survey released in ..."): no one is named
    /// as its maker, so the document itself is the source. Not "a Reuters analysis" (a name right before the noun makes it); -1.
    /// </summary>
    private int UnnamedDocumentEnd(int start, int end)
    {
        var phraseWords = new WordsIn(this.words, start, end);
        bool first = true;
        while (phraseWords.MoveNext())
        {
            var word = phraseWords.Current;
            if (first)
            {
                first = false;
                continue; // the article
            }
            if (char.IsLower(word[0]) && Lexicon.DocumentNouns.Contains(word))
            {
                return phraseWords.End;
            }
            if (!char.IsLower(word[0]) && !(word.Length == 1 || (word.Length >= 3 && word[1] == '.')))
            {
                return -1; // a name: "a Reuters analysis", "a Harlow University study"
            }
        }
        return -1;
    }

    private bool IsIndefinite(int start, int end)
    {
        var first = WordAt(start, end);
        return first.Equals("a", StringComparison.OrdinalIgnoreCase) || first.Equals("an", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// After an indefinite phrase, within eight words and before any comma or number: a participle in -ed and "by" ("a new
    /// \"death census\" conducted by", "a survey carried out by"). The start of the agent after "by", or -1.
    /// </summary>
    private int AgentAfter(int from, Sentence sentence)
    {
        int i = from;
        bool participle = false;
        for (int words = 0; words < 8 && i < sentence.End; words++)
        {
            while (i < sentence.End && (Characters.IsDoubleQuote(text[i]) || Characters.IsApostrophe(text[i]) || Characters.IsSpace(text[i])))
            {
                i++;
            }
            var word = i < sentence.End ? WordAt(i, sentence.End) : default;
            if (word.IsEmpty || !char.IsLetter(word[0]))
            {
                return -1; // a comma, a number, the sentence's end
            }
            if (participle && word.Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                return Characters.SkipSpaces(text, i + word.Length, sentence.End);
            }
            participle = (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !Lexicon.CasualtyVerbs.Contains(word)) // not "a man wounded by shrapnel"
                         || (word.Equals("out", StringComparison.OrdinalIgnoreCase) && participle);
            i += word.Length;
        }
        return -1;
    }

    /// <summary>Words of "speaking on condition of anonymity" and its variants, read back from "anonymity".</summary>
    private static readonly WordSet AnonymityWords = new("of", "condition", "the", "on", "speaking", "talking", "spoke", "under", "who", "requested", "asked", "for");

    /// <summary>
    /// The end of the subject before "speaking on condition of anonymity" when the words before <paramref name="end"/> close
    /// with it ("a worker speaking on condition of anonymity reported"): the phrase says how the subject spoke, it names no
    /// one. Else <paramref name="end"/>.
    /// </summary>
    private int SkipAnonymityBack(int end, Sentence sentence)
    {
        int start = this.words.WordStart(end, sentence.Start);
        if (end - start != 9 || !text.AsSpan(start, 9).Equals("anonymity", StringComparison.OrdinalIgnoreCase))
        {
            return end;
        }
        int subjectEnd = Characters.SkipSpacesBack(text, start, sentence.Start);
        for (int words = 0; words < 6; words++)
        {
            int wordStart = this.words.WordStart(subjectEnd, sentence.Start);
            if (wordStart == subjectEnd || !AnonymityWords.Contains(text.AsSpan(wordStart, subjectEnd - wordStart)))
            {
                break;
            }
            subjectEnd = Characters.SkipSpacesBack(text, wordStart, sentence.Start);
        }
        if (subjectEnd > sentence.Start && text[subjectEnd - 1] == ',')
        {
            subjectEnd = Characters.SkipSpacesBack(text, subjectEnd - 1, sentence.Start);
        }
        return subjectEnd;
    }

    /// <summary>
    /// After a month's name at <paramref name="at"/>, its day and year ("December 1", "May 2023", "March 3, 2021") when a
    /// lower-case word follows them (the document the date belongs to: "December 1 statistics by"): where that word starts.
    /// Otherwise <paramref name="at"/> (a month alone, or a name such as "May Ministries").
    /// </summary>
    private int SkipDateBeforeLead(int at, Sentence sentence)
    {
        int i = Characters.SkipSpaces(text, this.words.WordEnd(at, sentence.End), sentence.End);
        int numbers = 0;
        while (numbers < 2 && i < sentence.End && Characters.IsDigit(text[i]))
        {
            int end = this.words.WordEnd(i, sentence.End);
            if (end - i > 4)
            {
                return at;
            }
            numbers++;
            i = end < sentence.End && text[end] == ',' ? end + 1 : end;
            i = Characters.SkipSpaces(text, i, sentence.End);
        }
        return numbers > 0 && i < sentence.End && char.IsLower(text[i]) ? i : at;
    }

    /// <summary>"the report", "the data", "these figures": a document the article has already named.</summary>
    private bool IsDefiniteDocument(int start, int end)
    {
        var first = WordAt(start, end);
        if (!(first.Equals("the", StringComparison.OrdinalIgnoreCase) || first.Equals("these", StringComparison.OrdinalIgnoreCase)
              || first.Equals("this", StringComparison.OrdinalIgnoreCase) || first.Equals("its", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        int lastStart = this.words.WordStart(end, start);
        return lastStart > start && Lexicon.DocumentNouns.Contains(text.AsSpan(lastStart, end - lastStart)) && CountWords(start, end) <= 3;
    }

    /// <summary>The start of the maker's name after a lead such as "estimates by" or "a report by" at <paramref name="at"/>; <paramref name="at"/> when there is none.</summary>
    private int SkipSourceLead(int at, Sentence sentence)
    {
        if (at + 5 < sentence.End && Characters.IsDigit(text[at]) && Characters.IsDigit(text[at + 3]) && text[at + 4] == ' '
            && this.words.WordEnd(at, sentence.End) == at + 4 && char.IsLower(text[at + 5]))
        {
            at += 5; // "according to 2023 data from the ministry": the year the data cover, then the lead
        }
        else if (at < sentence.End && char.IsUpper(text[at]) && ArticleWords.MonthOf(WordAt(at, sentence.End)) != 0)
        {
            at = SkipDateBeforeLead(at, sentence); // "according to December 1 statistics by the minister": the date the data bear
        }
        char first = at < sentence.End ? Characters.Lower(text[at]) : '\0';
        if (first is < 'a' or > 'z')
        {
            return at;
        }
        var inSentence = text.AsSpan(0, sentence.End);
        foreach (string lead in SourceLeadsByInitial[first - 'a'])
        {
            int leadEnd = SpanScanner.PhraseEnd(inSentence, at, lead);
            if (leadEnd > 0)
            {
                return Characters.SkipSpaces(text, leadEnd, sentence.End);
            }
        }
        // One lower-case word before a lead that opens with its noun: "casualty figures released by the rebels", "official data from".
        if (!char.IsLower(text[at]))
        {
            return at;
        }
        if (LeadAfterModifiers(at, sentence) is var modified and > 0)
        {
            return modified; // "a recent statement by", "the latest assessment from": the lead's article, then words of its own
        }
        if (DocumentOfWhatBy(at, sentence) is var maker and > 0)
        {
            return maker; // "an analysis of air force data by the Lindmark Post": the document, what it read, then its maker
        }
        int modifierEnd = this.words.WordEnd(at, sentence.End);
        int second = Characters.SkipSpaces(text, modifierEnd, sentence.End);
        if (second == modifierEnd || second >= sentence.End || text[second] is < 'a' or > 'z' || SourceLeadsByInitial[text[second] - 'a'].Length == 0
            || Determiners.Contains(text.AsSpan(at, modifierEnd - at)))
        {
            return at;
        }
        foreach (string lead in SourceLeadsByInitial[text[second] - 'a'])
        {
            int leadEnd = SpanScanner.PhraseEnd(inSentence, second, lead);
            if (leadEnd > 0 && !lead.StartsWith("a ", StringComparison.Ordinal) && !lead.StartsWith("an ", StringComparison.Ordinal) && !lead.StartsWith("the ", StringComparison.Ordinal))
            {
                return Characters.SkipSpaces(text, leadEnd, sentence.End);
            }
        }
        return at;
    }

    /// <summary>
    /// After an article ("a", "an", "the") and one or two lower-case modifiers, a lead written with an article of its own
    /// ("a statement by", "an assessment from"): "a recent statement by", "the latest joint assessment from". The start of the
    /// maker's name, or -1.
    /// </summary>
    /// <summary>
    /// A sentence that opens with a document and its maker and names no speaker of its own: "In a recent update from the
    /// General Staff, it was reported that ...", "In its weekly report by the monitoring group, ...". "In" (capitalised), an
    /// article or possessive, up to three lower-case words ending in a document noun, "from" or "by", then the maker up to a comma.
    /// </summary>
    private Cue? OpeningDocumentCue(Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        int i = Characters.SkipSpaces(text, sentence.Start, sentence.End);
        if (i + 3 >= sentence.End || text[i] != 'I' || text[i + 1] != 'n' || text[i + 2] != ' ')
        {
            return null;
        }
        i = Characters.SkipSpaces(text, i + 2, sentence.End);
        var article = WordAt(i, sentence.End);
        if (!Determiners.Contains(article))
        {
            return null;
        }
        i = Characters.SkipSpaces(text, i + article.Length, sentence.End);
        bool document = false;
        for (int taken = 0; taken < 3 && i < sentence.End && char.IsLower(text[i]); taken++)
        {
            var word = WordAt(i, sentence.End);
            if (word.IsEmpty)
            {
                return null;
            }
            i = Characters.SkipSpaces(text, i + word.Length, sentence.End);
            if (Lexicon.DocumentNouns.Contains(word))
            {
                document = true;
                break;
            }
        }
        if (!document)
        {
            return null;
        }
        var preposition = WordAt(i, sentence.End);
        if (!(preposition.Equals("from", StringComparison.Ordinal) || preposition.Equals("by", StringComparison.Ordinal)))
        {
            return null;
        }
        int verbStart = i, verbEnd = i + preposition.Length;
        int npStart = Characters.SkipSpaces(text, verbEnd, sentence.End);
        int npEnd = ReadPhraseForward(npStart, sentence, figures);
        int after = Characters.SkipSpaces(text, npEnd, sentence.End);
        if (npEnd <= npStart || after >= sentence.End || text[after] != ',' || !HasCapitalisedWord(npStart, npEnd))
        {
            return null;
        }
        var speaker = Resolve(npStart, npEnd, null);
        return speaker is null ? null : new Cue { VerbStart = verbStart, VerbEnd = verbEnd, Start = sentence.Start, End = npEnd, Speaker = speaker };
    }

    /// <summary>How many words a document's "of" phrase may hold before "by" ("an analysis of Orlovan air force data by").</summary>
    private const int DocumentOfWords = 6;

    /// <summary>
    /// An article, up to two lower-case modifiers, a document noun, "of" and what the document read (up to
    /// <see cref="DocumentOfWords"/> words, no comma), then "by" or "from": "an analysis of air force data by", "a review of
    /// hospital records from", "a new count of satellite images by". The start of the maker's name, or -1.
    /// </summary>
    private int DocumentOfWhatBy(int at, Sentence sentence)
    {
        if (!Determiners.Contains(WordAt(at, sentence.End)))
        {
            return -1;
        }
        int word = Characters.SkipSpaces(text, this.words.WordEnd(at, sentence.End), sentence.End);
        bool document = false;
        for (int taken = 0; taken < 3 && word < sentence.End && char.IsLower(text[word]); taken++)
        {
            var current = WordAt(word, sentence.End);
            word = Characters.SkipSpaces(text, word + current.Length, sentence.End);
            if (Lexicon.DocumentNouns.Contains(current))
            {
                document = true;
                break;
            }
        }
        if (!document || !WordAt(word, sentence.End).Equals("of", StringComparison.Ordinal))
        {
            return -1;
        }
        word = Characters.SkipSpaces(text, word + 2, sentence.End);
        for (int taken = 0; taken <= DocumentOfWords && word < sentence.End; taken++)
        {
            var current = WordAt(word, sentence.End);
            if (current.IsEmpty)
            {
                return -1; // a comma, a bracket or a quotation: the phrase ends before any maker
            }
            if (taken > 0 && (current.Equals("by", StringComparison.Ordinal) || current.Equals("from", StringComparison.Ordinal)))
            {
                int maker = Characters.SkipSpaces(text, word + current.Length, sentence.End);
                return maker < sentence.End && HasCapitalisedWord(maker, Math.Min(sentence.End, maker + 60)) ? maker : -1;
            }
            word = Characters.SkipSpaces(text, word + current.Length, sentence.End);
        }
        return -1;
    }

    /// <summary>The leads of <see cref="SourceLeads"/> written with "a" or "an", without it: "statement by", "assessment from".</summary>
    private static readonly string[] LeadsAfterArticle = Array.ConvertAll(
        Array.FindAll(SourceLeads, l => l.StartsWith("a ", StringComparison.Ordinal) || l.StartsWith("an ", StringComparison.Ordinal)),
        l => l[(l.IndexOf(' ') + 1)..]);

    private int LeadAfterModifiers(int at, Sentence sentence)
    {
        var article = WordAt(at, sentence.End);
        if (!(article.Equals("a", StringComparison.Ordinal) || article.Equals("an", StringComparison.Ordinal) || article.Equals("the", StringComparison.Ordinal)))
        {
            return -1;
        }
        var inSentence = text.AsSpan(0, sentence.End);
        int word = Characters.SkipSpaces(text, at + article.Length, sentence.End);
        for (int modifiers = 0; modifiers < 2; modifiers++)
        {
            int wordEnd = this.words.WordEnd(word, sentence.End);
            if (wordEnd == word || !char.IsLower(text[word]))
            {
                return -1;
            }
            word = Characters.SkipSpaces(text, wordEnd, sentence.End);
            if (word >= sentence.End || text[word] is < 'a' or > 'z')
            {
                return -1;
            }
            foreach (string lead in LeadsAfterArticle)
            {
                // The leads written with an article ("a statement by"): the article was read above, the noun comes now.
                int leadEnd = SpanScanner.PhraseEnd(inSentence, word, lead);
                if (leadEnd > 0)
                {
                    return Characters.SkipSpaces(text, leadEnd, sentence.End);
                }
            }
        }
        return -1;
    }

    /// <summary>
    /// "UN figures" → "UN"; "data compiled between October and January", "a new assessment" → nothing (the
    /// end moves to the start): a document is not a source, whoever published it is.
    /// </summary>
    private int WithoutDocumentTail(int start, int end)
    {
        int lastKeep = start;
        var phraseWords = new WordsIn(this.words, start, end);
        while (phraseWords.MoveNext())
        {
            var word = phraseWords.Current;
            if (char.IsLower(word[0]) && Lexicon.DocumentNouns.Contains(word))
            {
                int kept = Characters.SkipSpacesBack(text, phraseWords.Start, start);
                kept = WithoutPossessive(start, kept); // "the Lindmark Post's analysis": the Lindmark Post
                return HasCapitalisedWord(start, kept) ? kept : start;
            }
            lastKeep = phraseWords.End;
        }
        return Math.Max(lastKeep, end);
    }

    /// <summary>The end of [<paramref name="start"/>, <paramref name="end"/>) without a possessive ending ("'s", "’s", or the apostrophe of "s'").</summary>
    private int WithoutPossessive(int start, int end)
    {
        if (end - start > 2 && text[end - 1] == 's' && Characters.IsApostrophe(text[end - 2]))
        {
            return end - 2;
        }
        return end - start > 2 && Characters.IsApostrophe(text[end - 1]) && text[end - 2] == 's' ? end - 1 : end;
    }

    private bool HasCapitalisedWord(int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (char.IsUpper(text[i]) && (i == start || !char.IsLetter(text[i - 1])) && !StartsWithDeterminer(i, end))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The agent of a passive reporting verb: "by the spokesman of the Khortytsia group, Nazar Voloshyn".</summary>
    private Speaker? ReadAgent(Cue cue, int npStart, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        if (IsBesidePlace(npStart, sentence))
        {
            return null; // "the bodies were found by the roadside near the bridge": "by" places the find, it names no one
        }
        int npEnd = ReadPhraseForward(npStart, sentence, figures);
        if (npEnd <= npStart)
        {
            return null;
        }
        npEnd = BeforeOccasion(npStart, npEnd);
        int lastWord = this.words.WordStart(npEnd, npStart);
        if (lastWord > npStart && TimePlacePrepositions.Contains(text.AsSpan(lastWord, npEnd - lastWord)))
        {
            npEnd = Characters.SkipSpacesBack(text, lastWord, npStart); // "given by the government since August 2010": the date's preposition
        }
        cue.End = npEnd;
        if (npEnd < sentence.End && text[npEnd] == ',')
        {
            int nameStart = Characters.SkipSpaces(text, npEnd + 1, sentence.End);
            int nameEnd = ReadPhraseForward(nameStart, sentence, figures);
            if (nameEnd > nameStart && IsProperName(nameStart, nameEnd) && StartsWithDeterminer(npStart, npEnd))
            {
                cue.End = nameEnd;
                return Resolve(nameStart, nameEnd, text[npStart..npEnd]);
            }
        }
        return Resolve(npStart, npEnd, null);
    }

    /// <summary>Nouns of a place that "by the ..." may stand beside: "by the roadside", "by the edge of the canal", "by the river".</summary>
    private static readonly WordSet BesideNouns = new(
        "side", "roadside", "wayside", "edge", "bank", "banks", "riverbank", "river", "road", "shore", "lake", "sea", "wall", "walls", "gate",
        "gates", "fence", "well", "railway", "tracks", "track");

    /// <summary>Words that may follow a place noun after "by the" and keep it a place: "by the side of", "by the river in", "by the roadside,".</summary>
    private static readonly WordSet BesideFollowers = new("of", "in", "near", "at", "on", "outside", "between", "and");

    /// <summary>
    /// Whether the phrase after "by" at <paramref name="npStart"/> is a place beside which something lies, not an agent: "the" and a
    /// noun of <see cref="BesideNouns"/>, then the sentence's end, a comma or a preposition ("were found by the roadside",
    /// "counted by the edge of the canal"); not "by the river police", whose noun goes on. Three words forward, no scan.
    /// </summary>
    private bool IsBesidePlace(int npStart, Sentence sentence)
    {
        int theEnd = Characters.WordEnd(text, npStart, sentence.End);
        if (!text.AsSpan(npStart, theEnd - npStart).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        int noun = Characters.SkipSpaces(text, theEnd, sentence.End);
        int nounEnd = Characters.WordEnd(text, noun, sentence.End);
        if (nounEnd == noun || !BesideNouns.Contains(text.AsSpan(noun, nounEnd - noun)))
        {
            return false;
        }
        if (nounEnd >= sentence.End || text[nounEnd] is ',' or '.' or ';')
        {
            return true;
        }
        int next = Characters.SkipSpaces(text, nounEnd, sentence.End);
        return next < sentence.End && BesideFollowers.Contains(WordAt(next, sentence.End));
    }

    /// <summary>
    /// The sentence's subject, parted from its reporting verb (at <see cref="Cue.VerbStart"/> of <paramref name="cue"/>) by a
    /// phrase describing it: with <paramref name="apposition"/>, an apposition opened by ", a" or ", an", with no comma inside
    /// ("The X Registry, a record kept by ... listing the 2,140 drownings since 1950(,) shows that"), the verb followed by
    /// "that"; without, a participle and its agent inside the opening phrase ("Miners at pits in the valley reached by
    /// telephone from the regional seat, Name, said"). The subject opens the sentence, capitalised, not a place or an
    /// opening adverb, and no finite verb stands between it and the verb. Null otherwise; only read when the words
    /// right before the verb name no one.
    /// </summary>
    private Speaker? OpeningSubject(Cue cue, int afterVerb, Sentence sentence, ArraySegment<FigureCandidate> figures, bool apposition)
    {
        int verbStart = cue.VerbStart;
        int start = Characters.SkipSpaces(text, sentence.Start, verbStart);
        if (start >= verbStart || !char.IsUpper(text[start]) || Lexicon.SentenceOpeningWords.Contains(WordAt(start, verbStart))
            || (apposition && !WordAt(afterVerb, sentence.End).Equals("that", StringComparison.Ordinal)))
        {
            return null;
        }
        int end = ReadPhraseForward(start, sentence, figures);
        if (end <= start || end >= verbStart)
        {
            return null;
        }
        int restStart;
        if (apposition)
        {
            int comma = Characters.SkipSpaces(text, end, verbStart);
            if (comma >= verbStart || text[comma] != ',')
            {
                return null;
            }
            int article = Characters.SkipSpaces(text, comma + 1, verbStart);
            var first = WordAt(article, verbStart);
            int close = Characters.SkipSpacesBack(text, verbStart, article);
            if (close > article && text[close - 1] == ',')
            {
                close--; // "The X Registry, a record ... since 1950, shows that": closed right before the verb
            }
            if (!(first.Equals("a", StringComparison.Ordinal) || first.Equals("an", StringComparison.Ordinal)) || HasClauseComma(article, close))
            {
                return null; // a comma inside: the words before the verb are read as they stand
            }
            restStart = article;
        }
        else
        {
            int participle = ParticipleWithAgent(start, end);
            if (participle < 0)
            {
                return null;
            }
            restStart = participle;
            end = Characters.SkipSpacesBack(text, participle, start);
        }
        if (end <= start || ContainsFiniteVerb(restStart, verbStart) || IsPlaceName(start, end) || OverlapsFigure(start, end, figures))
        {
            return null;
        }
        var speaker = Resolve(start, end, null);
        if (speaker is not null)
        {
            cue.Start = start;
        }
        return speaker;
    }

    /// <summary>
    /// The subject that opens the sentence when the verb ending at <paramref name="speakerEnd"/>'s clause is only "and" before
    /// it, and the subject's first verb (an auxiliary of the perfect or a word in -ed) follows the subject directly with no
    /// comma up to "and": "The Harbour Front has claimed the attack and said", "Police arrested two men and said". Null otherwise.
    /// Sets the cue's start to the subject's.
    /// </summary>
    private Speaker? CoordinatedSubject(Cue cue, int speakerEnd, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        var and = this.words.WordBefore(speakerEnd, sentence.Start, out int andStart);
        int start = Characters.SkipSpaces(text, sentence.Start, andStart);
        if (!and.Equals("and", StringComparison.Ordinal) || start >= andStart || !char.IsUpper(text[start])
            || Lexicon.SentenceOpeningWords.Contains(WordAt(start, andStart)))
        {
            return null;
        }
        // The subject's words up to its first verb, at most six: "Police arrested", "The Harbour Front has claimed".
        int end = -1;
        for (int i = start, words = 0; i < andStart && words < 7; words++)
        {
            var word = WordAt(i, andStart);
            if (word.IsEmpty)
            {
                return null;
            }
            if (words > 0 && (word.Equals("has", StringComparison.Ordinal) || word.Equals("have", StringComparison.Ordinal) || word.Equals("had", StringComparison.Ordinal)
                              || (word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal))))
            {
                end = Characters.SkipSpacesBack(text, i, start);
                break;
            }
            i = Characters.SkipSpaces(text, i + word.Length, andStart);
        }
        if (end <= start || HasClauseComma(start, andStart) || OverlapsFigure(start, end, figures))
        {
            return null; // a place may speak here as a state does ("Harbour State has claimed ... and said")
        }
        var speaker = Resolve(start, end, null);
        if (speaker is not null)
        {
            cue.Start = start;
        }
        return speaker;
    }

    /// <summary>Whether a comma that is not a digit group's ("2,140") stands in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private bool HasClauseComma(int start, int end)
    {
        for (int i = text.IndexOf(',', start, end - start); i >= 0; i = i + 1 < end ? text.IndexOf(',', i + 1, end - i - 1) : -1)
        {
            if (i + 1 >= text.Length || !Characters.IsDigit(text[i + 1]) || i == 0 || !Characters.IsDigit(text[i - 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a figure starts at <paramref name="at"/>: "listed 210 killed", "report 51,200 fatalities".</summary>
    private static bool FigureStartsAt(int at, ArraySegment<FigureCandidate> figures)
    {
        int k = FirstFigureFrom(figures, at);
        return k < figures.Count && figures[k].Start == at;
    }

    /// <summary>Whether a figure ends right before <paramref name="start"/> (spaces aside): the words after it are what it counts ("the 2,140 drownings").</summary>
    private bool FollowsFigure(int start, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        int end = Characters.SkipSpacesBack(text, start, sentence.Start);
        return end > sentence.Start && OverlapsFigure(end - 1, end, figures);
    }

    /// <summary>Where a lower-case participle in -ed followed by "by" starts inside [<paramref name="start"/>, <paramref name="end"/>), after its first word ("reached by", "trained by"); -1 if none.</summary>
    private int ParticipleWithAgent(int start, int end)
    {
        var phraseWords = new WordsIn(this.words, start, end);
        bool first = true, participle = false;
        int participleStart = -1;
        while (phraseWords.MoveNext())
        {
            var word = phraseWords.Current;
            if (participle && word.Equals("by", StringComparison.Ordinal))
            {
                return participleStart;
            }
            participle = !first && word.Length > 3 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.CasualtyVerbs.Contains(word);
            participleStart = phraseWords.Start;
            first = false;
        }
        return -1;
    }

    /// <summary>The characters <see cref="Characters.IsDash"/> accepts, for a vectorised search.</summary>
    private static readonly SearchValues<char> Dashes = SearchValues.Create("-\u2010\u2011\u2012\u2013\u2014\u2212");

    /// <summary>
    /// The maker of the document a sentence opens with, when that document is the subject of the reporting verb at
    /// <paramref name="verbStart"/>: "Statistics issued by the Interior Ministry for ... put", "The report prepared by the
    /// Commission and released on Tuesday says", "Official tables of ... made public today by General Name, chief of staff,
    /// show", "As fighting went on, figures released by the ministry suggest". The document (a word of
    /// <see cref="Lexicon.DocumentNouns"/> or <see cref="ReportedObjects"/>) is among the first four words of the sentence, or
    /// of the clause after an opening phrase and its comma; a participle follows it within twelve words, then "by" within
    /// three more ("released in January by", "made public today by"). The maker is the noun phrase after "by", cut before
    /// "for" and "and" ("the Interior Ministry for Iraqis killed"), and no relative pronoun or finite verb stands between
    /// it and the verb. Null when the sentence does not open so, or when another clause of the sentence was read before.
    /// </summary>
    private Speaker? OpeningDocumentMaker(int verbStart, int speakerEnd, Sentence sentence, ArraySegment<FigureCandidate> figures, out int subjectStart)
    {
        subjectStart = Characters.SkipSpaces(text, sentence.Start, verbStart);
        int agent = DocumentAgentStart(subjectStart, speakerEnd);
        if (agent < 0 && subjectStart < verbStart && char.IsUpper(text[subjectStart]) && Lexicon.SentenceOpeningWords.Contains(WordAt(subjectStart, verbStart)))
        {
            // "As violence continues to intensify, figures released by the ministry suggest that": the subject after the opening phrase.
            int comma = text.IndexOf(',', subjectStart, Math.Max(0, Math.Min(160, speakerEnd - subjectStart)));
            if (comma > 0)
            {
                subjectStart = Characters.SkipSpaces(text, comma + 1, verbStart);
                agent = DocumentAgentStart(subjectStart, speakerEnd);
            }
        }
        if (agent < 0)
        {
            // "Washington, Feb. 1—Official tables ... made public today by ... show", "BAGHDAD (Reuters) - Figures released by ...": after a dateline's dash.
            int start = Characters.SkipSpaces(text, sentence.Start, verbStart);
            // Only a sentence that opens with a capital has a dateline (its first letter is tested once, not at each character), and
            // only a dash ends one: the search goes from dash to dash.
            int limit = Math.Min(speakerEnd, start + 60);
            for (int i = start + 1; i < limit && char.IsUpper(text[start]); i++)
            {
                int dash = text.AsSpan(i, limit - i).IndexOfAny(Dashes);
                if (dash < 0)
                {
                    break;
                }
                i += dash;
                if (text[i] == '\u2014' || text[i] == '\u2013' || (Characters.IsSpace(text[i - 1]) && i + 1 < speakerEnd && Characters.IsSpace(text[i + 1])))
                {
                    subjectStart = Characters.SkipSpaces(text, i + 1, verbStart);
                    agent = DocumentAgentStart(subjectStart, speakerEnd);
                    break;
                }
            }
        }
        if (agent < 0)
        {
            return null;
        }
        int agentEnd = Math.Min(ReadPhraseForward(agent, sentence, figures), speakerEnd);
        if (this.words.WordStart(agentEnd, agent) is var titleStart && titleStart < agentEnd && char.IsUpper(text[titleStart])
            && TitleWords.Contains(text.AsSpan(titleStart, agentEnd - titleStart)) && agentEnd + 1 < speakerEnd && text[agentEnd] == ' ' && char.IsUpper(text[agentEnd + 1]))
        {
            agentEnd = Math.Min(this.words.WordEnd(agentEnd + 1, speakerEnd), speakerEnd); // "by General March": a surname that is also a month
        }
        int restEnd = Characters.SkipSpacesBack(text, speakerEnd, agentEnd);
        if (agentEnd + 2 < restEnd && text[agentEnd] == ',' && Characters.SkipSpaces(text, agentEnd + 1, restEnd) is var next && next < restEnd
            && char.IsUpper(text[next]) && !HasLowerWord(next, restEnd) && text.IndexOf(" and ", next, restEnd - next, StringComparison.Ordinal) > 0)
        {
            agentEnd = restEnd; // "by the Defense, Interior and Health Ministry": the names a comma and "and" join are one maker
        }
        int lastWord = this.words.WordStart(agentEnd, agent);
        if (lastWord > agent && Lexicon.TrailingPrepositions.Contains(text.AsSpan(lastWord, agentEnd - lastWord)))
        {
            agentEnd = Characters.SkipSpacesBack(text, lastWord, agent); // "by the Lancet medical journal in October 2004": the date's "in"
        }
        foreach (string cut in (ReadOnlySpan<string>)[" for ", " and "])
        {
            int at = text.IndexOf(cut, agent, Math.Max(0, agentEnd - agent), StringComparison.Ordinal);
            if (at > agent && HasLowerWord(at + cut.Length, agentEnd))
            {
                agentEnd = at; // but "the Institute for Conflict and Security Studies": capitalised words after "for" and "and" go on with the name
            }
        }
        if (agentEnd <= agent || HasRelativeOrFiniteVerb(agentEnd, speakerEnd))
        {
            return null;
        }
        return Resolve(agent, agentEnd, null);
    }

    /// <summary>
    /// Where the maker's name starts after a document that opens [<paramref name="start"/>, <paramref name="end"/>): the
    /// document among the first four words, a lower-case participle ("issued", "released", "made") within twelve words after
    /// it, "by" within three words after that. -1 when the words do not read so.
    /// </summary>
    private int DocumentAgentStart(int start, int end)
    {
        var phraseWords = new WordsIn(this.words, start, end);
        int documentEnd = -1;
        for (int taken = 0; taken < 4 && phraseWords.MoveNext(); taken++)
        {
            var word = phraseWords.Current;
            if ((Lexicon.DocumentNouns.Contains(word) || ReportedObjects.Contains(word) || word.Equals("tables", StringComparison.OrdinalIgnoreCase)
                 || word.Equals("images", StringComparison.OrdinalIgnoreCase) || word.Equals("imagery", StringComparison.OrdinalIgnoreCase))
                && !word.Equals("toll", StringComparison.OrdinalIgnoreCase) && (char.IsLower(word[0]) || phraseWords.Start == start))
            {
                documentEnd = phraseWords.End; // a common noun: "The Harlow Registry, a record kept by ..." is a name, and the registry speaks
                break;
            }
        }
        if (documentEnd < 0)
        {
            return -1;
        }
        int sinceParticiple = -1;
        for (int words = 0; words < 15 && phraseWords.MoveNext(); words++)
        {
            var word = phraseWords.Current;
            if (sinceParticiple >= 0 && word.Equals("by", StringComparison.Ordinal))
            {
                return phraseWords.End < end ? Characters.SkipSpaces(text, phraseWords.End, end) : -1;
            }
            if (Lexicon.AgentParticiples.Contains(word) || Lexicon.PublishingVerbs.Contains(word) || DocumentParticiples.Contains(word))
            {
                if (HasRelativeOrFiniteVerb(documentEnd, phraseWords.Start))
                {
                    return -1; // "The registry excluded 3,900 entries that may not have been reported by ...": the participle is another clause's
                }
                sinceParticiple = 0;
            }
            else if (sinceParticiple >= 0 && ++sinceParticiple > 3)
            {
                sinceParticiple = -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// Whether the words before a verb open with a lower-case preposition or a participle in -ing ("of missing records", "by the
    /// best estimates", "admitting the handicap of poor records"): a speaker is a noun phrase, and these words name no one.
    /// </summary>
    private bool OpensNoNounPhrase(int start, int end)
    {
        var first = WordAt(start, end);
        return first.Length > 1 && char.IsLower(first[0])
               && (Lexicon.TrailingPrepositions.Contains(first) || first.Equals("like", StringComparison.Ordinal) || (first.Length > 5 && first.EndsWith("ing", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The subject before "that" when the words before a verb (from <paramref name="start"/>) are a relative clause on it: "a
    /// database project that tracks violence said", the noun before "that" a source's head (<see cref="Lexicon.SourceHeads"/>,
    /// <see cref="Lexicon.OrganisationNouns"/>). (-1, -1) otherwise; "the army said that troops reported" has a verb before "that".
    /// </summary>
    private (int Start, int End) RelativeThatSubject(int start, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        var that = this.words.WordBefore(start, sentence.Start, out int thatStart);
        if (!that.Equals("that", StringComparison.Ordinal))
        {
            return (-1, -1);
        }
        var noun = this.words.WordBefore(thatStart, sentence.Start, out int nounStart);
        if (noun.IsEmpty || !char.IsLower(noun[0]) || !(Lexicon.SourceHeads.Contains(noun) || Lexicon.OrganisationNouns.Contains(noun)))
        {
            return (-1, -1);
        }
        int end = nounStart + noun.Length;
        int phraseStart = ReadPhraseBack(end, sentence, figures);
        return phraseStart < end ? (phraseStart, end) : (-1, -1);
    }

    /// <summary>
    /// The end of a name without a lower-case participle in -ed closing it after a capitalised word ("the Relief Office released"
    /// before "in June put"): the participle describes the document the name published, it is no part of the name.
    /// </summary>
    private int WithoutTrailingParticiple(int start, int end)
    {
        int lastStart = this.words.WordStart(end, start);
        if (lastStart <= start || end - lastStart < 5 || !char.IsLower(text[lastStart]) || !text.AsSpan(lastStart, end - lastStart).EndsWith("ed", StringComparison.Ordinal))
        {
            return end;
        }
        int before = Characters.SkipSpacesBack(text, lastStart, start);
        int beforeStart = this.words.WordStart(before, start);
        return before > start && beforeStart < before && char.IsUpper(text[beforeStart]) ? before : end;
    }

    /// <summary>
    /// The subject before a participle phrase set off by commas right before the verb: "the Navy's latest list, also issued today,
    /// placed ... at 26,902" (the Navy), "the bureau, asked about the figures, said". The phrase between the commas opens with a
    /// lower-case participle in -ed, after at most one adverb ("also"); the words before the first comma name a source or a
    /// possessed document (its possessor speaks). Null otherwise.
    /// </summary>
    private Speaker? ParticipleAppositionSubject(Cue cue, int speakerEnd, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        int closing = speakerEnd - 1;
        int open = OpeningComma(closing, sentence, 80);
        if (open < 0)
        {
            return null;
        }
        int word = Characters.SkipSpaces(text, open + 1, closing);
        if (word < closing && Auxiliaries.Contains(WordAt(word, closing)))
        {
            word = Characters.SkipSpaces(text, word + WordAt(word, closing).Length, closing);
        }
        var participle = word < closing ? WordAt(word, closing) : default;
        if (participle.Length < 5 || !char.IsLower(participle[0]) || !participle.EndsWith("ed", StringComparison.Ordinal) || HasRelativeOrFiniteVerb(word, closing))
        {
            return null;
        }
        int subjectEnd = Characters.SkipSpacesBack(text, open, sentence.Start);
        int subjectStart = ReadPhraseBack(subjectEnd, sentence, figures);
        if (subjectStart >= subjectEnd || IsFigureSubject(subjectStart, figures, sentence))
        {
            return null;
        }
        int lastStart = this.words.WordStart(subjectEnd, subjectStart);
        var last = text.AsSpan(lastStart, subjectEnd - lastStart);
        if (Lexicon.DocumentNouns.Contains(last) || ReportedObjects.Contains(last))
        {
            // "the Navy's latest list": whoever's it is speaks; a document with no possessor is no one's here.
            int apostrophe = text.LastIndexOf("'s ", lastStart, lastStart - subjectStart, StringComparison.Ordinal);
            subjectEnd = apostrophe > subjectStart ? apostrophe : subjectStart;
        }
        if (subjectEnd <= subjectStart || !IsSourceLike(subjectStart, subjectEnd))
        {
            return null;
        }
        cue.Start = subjectStart;
        return Resolve(subjectStart, subjectEnd, null);
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) is a document with no article and no name: lower-case words ending in a document noun ("detailed research", "new figures").</summary>
    private bool IsBareDocument(int start, int end)
    {
        int lastStart = this.words.WordStart(end, start);
        if (!Lexicon.DocumentNouns.Contains(text.AsSpan(lastStart, end - lastStart)) || Determiners.Contains(WordAt(start, end)) || CountWords(start, end) > 3)
        {
            return false;
        }
        for (int i = start; i < end; i++)
        {
            if (char.IsUpper(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the word after a verb opens its speaker, inverted: a determiner or a capitalised word ("..., said the ministry", "said Name").</summary>
    private bool IsInvertedAfter(int afterVerb, Sentence sentence)
    {
        var next = afterVerb < sentence.End ? WordAt(afterVerb, sentence.End) : default;
        return !next.IsEmpty && (char.IsUpper(next[0]) || (Determiners.Contains(next) && !next.Equals("that", StringComparison.Ordinal)));
    }

    /// <summary>Participles that make a document besides <see cref="Lexicon.AgentParticiples"/> and <see cref="Lexicon.PublishingVerbs"/>: "prepared by", "made public by", "kept by".</summary>
    private static readonly WordSet DocumentParticiples = new("prepared", "made", "kept", "conducted", "presented", "submitted", "drawn", "carried");

    /// <summary>Whether a lower-case word other than a name's connector ("of", "and", "the") stands in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private bool HasLowerWord(int start, int end)
    {
        var phraseWords = new WordsIn(this.words, start, end);
        while (phraseWords.MoveNext())
        {
            var word = phraseWords.Current;
            if (char.IsLower(word[0]) && !NameConnectors.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a relative pronoun ("who", "which", "that") or a finite verb ("was", "has") stands in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private bool HasRelativeOrFiniteVerb(int start, int end)
    {
        var phraseWords = new WordsIn(this.words, start, end);
        while (phraseWords.MoveNext())
        {
            var word = phraseWords.Current;
            if (RelativePronouns.Contains(word) || word.Equals("that", StringComparison.Ordinal) || Lexicon.FiniteVerbs.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The end of an agent's name before the occasion it spoke at: "by Deputy Minister Name at the X security forum in Y" is
    /// the minister. "at" after a capitalised word (a name ends there) and before an article or a capitalised word; a
    /// lower-case word before "at" ("a spokesman at the embassy") keeps the place as part of who speaks.
    /// </summary>
    private int BeforeOccasion(int start, int end)
    {
        for (int i = text.IndexOf(" at ", start, end - start, StringComparison.Ordinal); i > start; i = text.IndexOf(" at ", i + 1, end - i - 1, StringComparison.Ordinal))
        {
            int after = i + 4;
            if (after >= end)
            {
                break;
            }
            int beforeStart = this.words.WordStart(i, start);
            var next = WordAt(after, end);
            if (beforeStart < i && char.IsUpper(text[beforeStart]) && (char.IsUpper(next[0]) || Determiners.Contains(next)))
            {
                return i;
            }
        }
        return end;
    }

    private bool IsBackReference(int start, int end)
    {
        if (end <= start)
        {
            return true;
        }
        int wordStart = this.words.WordStart(end, start);
        return Lexicon.BackReferenceWords.Contains(text.AsSpan(wordStart, end - wordStart));
    }

    /// <summary>"the ministry said this", "the General Staff reported this on Telegram": the verb's object is what was just said.</summary>
    /// <summary>What a clause after the figures may report as a whole: "reported the casualties", "confirmed the toll", "gave these figures".</summary>
    private static readonly WordSet TalliedNouns = new("casualties", "toll", "figures", "figure", "numbers", "deaths", "losses", "tally", "count");

    private bool IsDemonstrativeObject(int afterVerb, Sentence sentence)
    {
        if (afterVerb >= sentence.End)
        {
            return false;
        }
        var word = WordAt(afterVerb, sentence.End);
        int next;
        if (word.Equals("this", StringComparison.OrdinalIgnoreCase) || word.Equals("so", StringComparison.OrdinalIgnoreCase))
        {
            next = Characters.SkipSpaces(text, afterVerb + word.Length, sentence.End);
        }
        else if (word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("these", StringComparison.OrdinalIgnoreCase)
                 || word.Equals("those", StringComparison.OrdinalIgnoreCase))
        {
            // "Army sources, who asked not to be named, reported the casualties on Sunday", "officials confirmed the toll": the figures before.
            int noun = Characters.SkipSpaces(text, afterVerb + word.Length, sentence.End);
            var nounWord = WordAt(noun, sentence.End);
            if (nounWord.Equals("death", StringComparison.OrdinalIgnoreCase))
            {
                noun = Characters.SkipSpaces(text, noun + nounWord.Length, sentence.End);
                nounWord = WordAt(noun, sentence.End);
            }
            if (noun <= afterVerb + word.Length || !TalliedNouns.Contains(nounWord))
            {
                return false;
            }
            next = Characters.SkipSpaces(text, noun + nounWord.Length, sentence.End);
        }
        else
        {
            return false;
        }
        return next >= sentence.End || !char.IsLetter(text[next]) || ArticleWords.IsWeekday(WordAt(next, sentence.End))
               || WordAt(next, sentence.End) is var w && (w.Equals("on", StringComparison.OrdinalIgnoreCase) || w.Equals("in", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether the sentence opens with "This is what" or "That was what" right before the speaker at <paramref name="speakerStart"/>
    /// ("This is what the deputy minister said."): the clause points back to what was just stated, as "This was stated by" does.
    /// Three words read back from the speaker, no scan.
    /// </summary>
    private bool IsWhatClauseOpening(int speakerStart, Sentence sentence)
    {
        var what = this.words.WordBefore(speakerStart, sentence.Start, out int whatStart);
        if (!what.Equals("what", StringComparison.Ordinal))
        {
            return false;
        }
        var copula = this.words.WordBefore(whatStart, sentence.Start, out int copulaStart);
        if (!(copula.Equals("is", StringComparison.Ordinal) || copula.Equals("was", StringComparison.Ordinal)))
        {
            return false;
        }
        var pointer = this.words.WordBefore(copulaStart, sentence.Start, out int pointerStart);
        return (pointer.Equals("This", StringComparison.Ordinal) || pointer.Equals("That", StringComparison.Ordinal))
               && Characters.SkipSpaces(text, sentence.Start, pointerStart) == pointerStart;
    }

    /// <summary>Where a relative pronoun ("who", "which") ends right before <paramref name="end"/>, or -1.</summary>
    private int RelativePronounBefore(int end, Sentence sentence)
    {
        int start = this.words.WordStart(end, sentence.Start);
        if (start == end)
        {
            return -1;
        }
        var word = text.AsSpan(start, end - start);
        return word.Equals("who", StringComparison.Ordinal) || word.Equals("which", StringComparison.Ordinal) ? start : -1;
    }

    /// <summary>"a NATO official's data" → the end of "a NATO official".</summary>
    private int PossessorEnd(int start, int end)
    {
        int lastStart = this.words.WordStart(end, start);
        if (lastStart <= start || !Lexicon.DocumentNouns.Contains(text.AsSpan(lastStart, end - lastStart)))
        {
            return end;
        }
        // The last possessive before the document: "the Valley Monitor's carefully collected data" → "the Valley Monitor".
        for (int i = lastStart - 1; i > start + 1; i--)
        {
            if (text[i] == 's' && Characters.IsApostrophe(text[i - 1]) && (i + 1 >= end || !char.IsLetter(text[i + 1])))
            {
                int possessor = this.words.WordStart(i - 1, start);
                if (IsTimeWord(text.AsSpan(possessor, i - 1 - possessor)))
                {
                    return end; // "Monday's police report": a day owns no report, the report speaks
                }
                return i - 1;
            }
            if (Characters.IsApostrophe(text[i]) && text[i - 1] == 's' && (i + 1 >= end || !char.IsLetter(text[i + 1])))
            {
                return i; // "the monitors' data"
            }
        }
        return end;
    }

    /// <summary>Whether a possessor is a time, not a body: "Monday's", "yesterday's", "last week's", "March's".</summary>
    private static bool IsTimeWord(ReadOnlySpan<char> word) =>
        ArticleWords.IsWeekday(word) || ArticleWords.MonthOf(word) != 0 || TimePossessors.Contains(word);

    /// <summary>Time words that may own a document in the possessive: "yesterday's report", "last week's statement".</summary>
    private static readonly WordSet TimePossessors = new("yesterday", "Yesterday", "today", "Today", "week", "month", "year", "weekend");

    /// <summary>Whether the phrase at <paramref name="start"/> follows a figure directly: then it names what the figure counts ("500 soldiers reported").</summary>
    private bool IsFigureSubject(int start, ArraySegment<FigureCandidate> figures, Sentence sentence)
    {
        int k = FirstFigureFrom(figures, start + 1) - 1;
        if (k < 0)
        {
            return false;
        }
        var figure = figures[k];
        if (figure.End > start)
        {
            return false;
        }
        int gap = Characters.SkipSpaces(text, figure.End, sentence.End);
        if (gap == start)
        {
            return true;
        }
        // "500 of the soldiers reported": "of" (and "the") between the figure and the phrase.
        int ofEnd = SpanScanner.PhraseEnd(text.AsSpan(0, sentence.End), gap, "of");
        return ofEnd > 0 && Characters.SkipSpaces(text, ofEnd, sentence.End) == start;
    }

    /// <summary>"Kherson Region", "Sennar State", "the Hama governorate": a place named as a subject ("reported violence") is not a source.</summary>
    private bool IsPlaceName(int start, int end)
    {
        int lastStart = this.words.WordStart(end, start);
        if (lastStart >= end || !Lexicon.PlaceHeads.Contains(text.AsSpan(lastStart, end - lastStart)))
        {
            return false;
        }
        if (WordAt(start, end).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            start = Characters.SkipSpaces(text, start + 3, end);
        }
        int nameEnd = Characters.SkipSpacesBack(text, lastStart, start);
        return start < end && (IsProperName(start, end) || (nameEnd > start && char.IsLower(text[lastStart]) && IsProperName(start, nameEnd)));
    }

    /// <summary>"morning", "afternoon", "evening", "night": a part of a day, written after a weekday or "this", "last", "late".</summary>
    private static bool IsPartOfDay(ReadOnlySpan<char> word)
        => word.Equals("night", StringComparison.Ordinal) || word.Equals("morning", StringComparison.Ordinal) || word.Equals("evening", StringComparison.Ordinal)
           || word.Equals("afternoon", StringComparison.Ordinal);

    /// <summary>Time words a statement's date is written with between its speaker and verb: "the ministry on Friday said", "Kyiv last week said", "the army Thursday said".</summary>
    private int SkipTimeBack(int end, Sentence sentence)
    {
        int start = this.words.WordStart(end, sentence.Start);
        if (start == end)
        {
            return end;
        }
        var word = text.AsSpan(start, end - start);
        bool time = ArticleWords.IsWeekday(word) || word.Equals("week", StringComparison.Ordinal) || word.Equals("month", StringComparison.Ordinal)
                    || word.Equals("yesterday", StringComparison.Ordinal) || word.Equals("today", StringComparison.Ordinal) || IsPartOfDay(word);
        if (!time && ArticleWords.MonthOf(word) != 0 && char.IsUpper(word[0]))
        {
            // "A study by the institute in June found": "in" and a month between the speaker and its verb.
            int monthBefore = Characters.SkipSpacesBack(text, start, sentence.Start);
            int inStart = this.words.WordStart(monthBefore, sentence.Start);
            return text.AsSpan(inStart, monthBefore - inStart).Equals("in", StringComparison.Ordinal) ? Characters.SkipSpacesBack(text, inStart, sentence.Start) : end;
        }
        if (!time)
        {
            return end;
        }
        int before = Characters.SkipSpacesBack(text, start, sentence.Start);
        int previousStart = this.words.WordStart(before, sentence.Start);
        var previous = text.AsSpan(previousStart, before - previousStart);
        if (IsPartOfDay(word) && (ArticleWords.IsWeekday(previous) || previous.Equals("yesterday", StringComparison.Ordinal)))
        {
            return SkipTimeBack(before, sentence); // "The army on Monday evening claimed", "the ministry yesterday morning said"
        }
        if (previous.Equals("on", StringComparison.Ordinal) || previous.Equals("last", StringComparison.Ordinal) || previous.Equals("this", StringComparison.Ordinal)
            || previous.Equals("late", StringComparison.Ordinal) || previous.Equals("early", StringComparison.Ordinal))
        {
            return SkipDocumentDateBack(Characters.SkipSpacesBack(text, previousStart, sentence.Start), sentence);
        }
        // "the ministry yesterday said"; "the army Thursday said": a weekday written bare after the speaker, as wires date a statement
        bool bareWeekday = ArticleWords.IsWeekday(word) && previous.Length > 0 && char.IsLetter(previous[0]);
        return bareWeekday || word.Equals("yesterday", StringComparison.Ordinal) || word.Equals("today", StringComparison.Ordinal) ? before : end;
    }

    /// <summary>Where "so" starts when the word at <paramref name="farStart"/> is "far" after "so" ("has so far confirmed"), else -1.</summary>
    private int SoFarStart(int farStart, int farEnd, Sentence sentence)
    {
        if (farEnd - farStart != 3 || !text.AsSpan(farStart, 3).Equals("far", StringComparison.Ordinal))
        {
            return -1;
        }
        int soEnd = Characters.SkipSpacesBack(text, farStart, sentence.Start);
        int soStart = this.words.WordStart(soEnd, sentence.Start);
        return soEnd - soStart == 2 && text.AsSpan(soStart, 2).Equals("so", StringComparison.OrdinalIgnoreCase) ? soStart : -1;
    }

    /// <summary>
    /// "A UN report from last month shows": "from" between a document and the time it bears (already skipped, <paramref name="end"/>
    /// after "from") is part of neither; the document before it is the subject. Else <paramref name="end"/>.
    /// </summary>
    private int SkipDocumentDateBack(int end, Sentence sentence)
    {
        int fromStart = this.words.WordStart(end, sentence.Start);
        if (end - fromStart != 4 || !text.AsSpan(fromStart, 4).Equals("from", StringComparison.Ordinal))
        {
            return end;
        }
        int documentEnd = Characters.SkipSpacesBack(text, fromStart, sentence.Start);
        int documentStart = this.words.WordStart(documentEnd, sentence.Start);
        return documentStart < documentEnd && Lexicon.DocumentNouns.Contains(text.AsSpan(documentStart, documentEnd - documentStart)) ? documentEnd : end;
    }

    /// <summary>
    /// "by expert estimates" (the estimates are the source), "by the count of a local monitoring network",
    /// "by the tally of X", "by X's count": a cue read forward from "by".
    /// </summary>
    private Cue? ReadByEstimates(int byStart, int byEnd, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        int i = Characters.SkipSpaces(text, byEnd, sentence.End);
        if (i == byEnd || i >= sentence.End)
        {
            return null;
        }
        var inSentence = text.AsSpan(0, sentence.End);
        // Every lead below starts with "the": most phrases after "by" are turned away at their first letter.
        if (Characters.Lower(text[i]) == 't')
        {
            foreach (string lead in (ReadOnlySpan<string>)["the count of", "the tally of", "the estimate of", "the estimates of", "the reckoning of", "the calculations of", "the figures of", "the account of"])
            {
                int leadEnd = SpanScanner.PhraseEnd(inSentence, i, lead);
                if (leadEnd > 0)
                {
                    int npStart = Characters.SkipSpaces(text, leadEnd, sentence.End);
                    int npEnd = ReadPhraseForward(npStart, sentence, figures);
                    var named = npEnd > npStart ? Resolve(npStart, npEnd, null) : null;
                    return named is null ? null : new Cue { VerbStart = byStart, VerbEnd = byEnd, Start = byStart, End = npEnd, Speaker = named };
                }
            }
        }
        // Up to four words ending in a count noun: "expert estimates", "some estimates", "Kyiv's count", "the UN's tally".
        int start = i, end = i, words = 0;
        while (i < sentence.End && words < 4)
        {
            var word = WordAt(i, sentence.End);
            if (word.IsEmpty)
            {
                return null;
            }
            words++;
            end = i + word.Length;
            if (Lexicon.CountNouns.Contains(word))
            {
                int nameStart = start;
                while (nameStart < end && (Lexicon.EstimateQuantifiers.Contains(WordAt(nameStart, end)) || Determiners.Contains(WordAt(nameStart, end))))
                {
                    nameStart = Characters.SkipSpaces(text, nameStart + WordAt(nameStart, end).Length, end);
                }
                int nameEnd = end;
                int possessive = -1;
                for (int k = nameStart; k < i; k++)
                {
                    if (Characters.IsApostrophe(text[k]) && k + 1 < i && text[k + 1] == 's' && (k + 2 == i || !char.IsLetter(text[k + 2])))
                    {
                        possessive = k;
                    }
                }
                if (possessive > nameStart)
                {
                    nameEnd = possessive; // "Kyiv's count" → Kyiv
                }
                else if (word.Equals("data", StringComparison.OrdinalIgnoreCase) || word.Equals("figures", StringComparison.OrdinalIgnoreCase)
                         || (nameStart == i && !word.StartsWith("estimate", StringComparison.OrdinalIgnoreCase)))
                {
                    return null; // "by data", "by count": no one named
                }
                var speaker = Resolve(nameStart, nameEnd, null);
                return speaker is null ? null : new Cue { VerbStart = byStart, VerbEnd = byEnd, Start = byStart, End = end, Speaker = speaker };
            }
            if (!(char.IsLetter(word[0]) && (Lexicon.EstimateQuantifiers.Contains(word) || Determiners.Contains(word) || char.IsUpper(word[0])
                  || word.Equals("expert", StringComparison.OrdinalIgnoreCase) || word.Equals("official", StringComparison.OrdinalIgnoreCase)
                  || word.Equals("independent", StringComparison.OrdinalIgnoreCase) || word.Equals("western", StringComparison.OrdinalIgnoreCase)
                  || word.Equals("its", StringComparison.OrdinalIgnoreCase) || word.Equals("their", StringComparison.OrdinalIgnoreCase)
                  || word.Equals("own", StringComparison.OrdinalIgnoreCase) || word.Equals("latest", StringComparison.OrdinalIgnoreCase))))
            {
                return null;
            }
            int next = Characters.SkipSpaces(text, end, sentence.End);
            if (next == end)
            {
                return null;
            }
            i = next;
        }
        return null;
    }

    /// <summary>Participles that name the maker of a count when "by" and the maker follow: "the civilian toll claimed by", "8,500 given earlier by".</summary>
    private static readonly WordSet CountMakingParticiples = new("claimed", "made", "given", "provided", "released", "published", "announced", "issued",
        "compiled", "reported", "cited", "confirmed", "recorded", "registered", "kept", "offered");

    /// <summary>Heads of a count a participle of <see cref="CountMakingParticiples"/> may follow: "the civilian toll claimed by", "figures released by".</summary>
    private static readonly WordSet MadeCountHeads = new("toll", "tolls", "tally", "count", "estimate", "estimates", "figure", "figures", "number", "numbers", "total");

    /// <summary>
    /// "The civilian toll claimed by Dovran officials is 412", "The toll climbed from 800 given earlier by local officials": a
    /// count, a participle of <see cref="CountMakingParticiples"/> right after it and "by" within four more words, and its maker
    /// after "by". The count is a head of <see cref="MadeCountHeads"/> or a figure, with at most one word after the figure ("the
    /// 40 deaths reported by"). The maker speaks for the count, and for the figures after the clause as any clause does. Else null.
    /// </summary>
    private Cue? ReadCountMaker(int byStart, int byEnd, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        int at = byStart;
        for (int k = 0; k < 5; k++)
        {
            var (start, end) = LettersBefore(at, sentence.Start);
            if (end == at || start == end)
            {
                return null; // a comma, a bracket or a number before the words: the participle is not in this phrase
            }
            if (CountMakingParticiples.Contains(text.AsSpan(start, end - start)))
            {
                if (MadeCountBefore(start, sentence, figures) is var made && made == 0)
                {
                    return null;
                }
                int npStart = Characters.SkipSpaces(text, byEnd, sentence.End);
                int npEnd = npStart < sentence.End ? CutAtCountVerb(npStart, ReadPhraseForward(npStart, sentence, figures)) : npStart;
                var maker = npEnd > npStart && IsSourceLike(npStart, npEnd) ? Resolve(npStart, npEnd, null) : null;
                // "the first tally released by the agency": a noun's maker speaks for what follows, a figure's ("8,500 given by") for it.
                return maker is null ? null : new Cue { VerbStart = start, VerbEnd = end, Start = start, End = npEnd, Speaker = maker, SpeaksForward = made == 1 };
            }
            at = start;
        }
        return null;
    }

    /// <summary>The last words of an outlet that carries a count: "state media", "state television", "the national broadcaster".</summary>
    private static readonly WordSet CarryingOutletHeads = new("media", "television", "TV", "radio", "broadcaster", "newspaper", "newspapers", "press");

    /// <summary>
    /// "The latest tally in state newspapers was 1,400", "the count in the state press": a head of <see cref="MadeCountHeads"/>
    /// right before "on" or "in", and after it a phrase that ends with an outlet (<see cref="CarryingOutletHeads"/>): the outlet
    /// that carries the count speaks for it. Else null.
    /// </summary>
    private Cue? ReadCountOnMedia(int onStart, int onEnd, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        var (headStart, headEnd) = LettersBefore(onStart, sentence.Start);
        if (headEnd == onStart || headStart == headEnd || !MadeCountHeads.Contains(text.AsSpan(headStart, headEnd - headStart)))
        {
            return null;
        }
        int npStart = Characters.SkipSpaces(text, onEnd, sentence.End);
        if (npStart == onEnd || npStart >= sentence.End)
        {
            return null;
        }
        int npEnd = CutAtCountVerb(npStart, ReadPhraseForward(npStart, sentence, figures));
        if (npEnd <= npStart)
        {
            return null;
        }
        int lastStart = this.words.WordStart(npEnd, npStart);
        if (!CarryingOutletHeads.Contains(text.AsSpan(lastStart, npEnd - lastStart)))
        {
            return null;
        }
        var outlet = Resolve(npStart, npEnd, null);
        return outlet is null ? null : new Cue { VerbStart = onStart, VerbEnd = onEnd, Start = onStart, End = npEnd, Speaker = outlet };
    }

    /// <summary>Verbs a count's phrase runs into: "the toll claimed by the officials is 412", "the tally in state newspapers was".</summary>
    private static readonly WordSet CountCopulas = new("is", "was", "are", "were", "stands", "stood", "remains", "remained", "has", "have", "had", "rose", "reached", "climbed");

    /// <summary>The end of the phrase from <paramref name="start"/> to <paramref name="end"/> before its first lower-case word of <see cref="CountCopulas"/> or reporting verb ("the ministry suggest").</summary>
    private int CutAtCountVerb(int start, int end)
    {
        int at = start;
        int kept = start;
        while (at < end)
        {
            int wordEnd = this.words.WordEnd(at, end);
            if (wordEnd <= at)
            {
                break;
            }
            if (at > start && char.IsLower(text[at]) && (CountCopulas.Contains(text.AsSpan(at, wordEnd - at)) || IsVerb(text.AsSpan(at, wordEnd - at))))
            {
                return kept;
            }
            kept = wordEnd;
            at = Characters.SkipSpaces(text, wordEnd, end);
            if (at == wordEnd)
            {
                break;
            }
        }
        return end;
    }

    /// <summary>
    /// Which count ends before the participle at <paramref name="participle"/>: 2 for a figure, or a figure and one word ("8,500
    /// given by", "40 deaths reported by"); 1 for a head of <see cref="MadeCountHeads"/> ("the civilian toll claimed by"); else 0.
    /// </summary>
    private int MadeCountBefore(int participle, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        var (start, end) = LettersBefore(participle, sentence.Start);
        if (end == participle || end <= sentence.Start)
        {
            return 0;
        }
        if (OverlapsFigure(end - 1, end, figures))
        {
            return 2;
        }
        if (start == end)
        {
            return 0;
        }
        return FollowsFigure(start, sentence, figures) ? 2 : MadeCountHeads.Contains(text.AsSpan(start, end - start)) ? 1 : 0;
    }

    /// <summary>
    /// The run of letters that ends where white space before <paramref name="at"/> ends (not before <paramref name="floor"/>):
    /// the word before a position, read as letters only. Unlike the word map's <c>WordBefore</c> it stops at a digit or a mark,
    /// which the count readers need ("8,500 given by": no word before "given"). Start equals end when no letter ends there; end
    /// equals <paramref name="at"/> when no white space comes before it.
    /// </summary>
    private (int Start, int End) LettersBefore(int at, int floor)
    {
        int end = Characters.SkipSpacesBack(text, at, floor);
        int start = end;
        while (start > floor && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return (start, end);
    }

    /// <summary>Whether another sentence follows this one in its paragraph: a line of body text, not a headline on its own.</summary>
    private bool OpensLongerParagraph(Sentence sentence)
    {
        int s = layout.SentenceAt(sentence.Start);
        return s >= 0 && s + 1 < sentenceCount && layout.Sentences[s + 1].Paragraph == sentence.Paragraph;
    }

    /// <summary>
    /// Whether "show" at <paramref name="verbStart"/> is the noun: after an article or "TV", or before "of", a comma or the end;
    /// the verb has a subject before it ("figures show", "the data will show") and "that" or its object after it.
    /// </summary>
    private bool IsShowNoun(int verbStart, int afterVerb, Sentence sentence)
    {
        int beforeEnd = Characters.SkipSpacesBack(text, verbStart, sentence.Start);
        int beforeStart = this.words.WordStart(beforeEnd, sentence.Start);
        var before = text.AsSpan(beforeStart, beforeEnd - beforeStart);
        if (beforeStart == beforeEnd || NounMarkers.Contains(before) || before.Equals("TV", StringComparison.Ordinal) || before.Equals("talk", StringComparison.Ordinal))
        {
            return true;
        }
        return afterVerb >= sentence.End || !char.IsLetterOrDigit(text[afterVerb]) || WordAt(afterVerb, sentence.End).Equals("of", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the word before the verb at <paramref name="verbStart"/>, past at most two auxiliaries, is a document: "UN figures
    /// show", "the figures will show"; not "Satellite images show", which the source after it ("according to X") speaks for.
    /// </summary>
    private bool FollowsDocument(int verbStart, Sentence sentence) => IsDocumentBefore(verbStart, sentence.Start, sentence);

    /// <summary>Whether the line before or after this one also reads "label: figure" (a list, not a headline's speaker).</summary>
    private bool IsListLine(Sentence sentence)
    {
        int s = layout.SentenceAt(sentence.Start);
        foreach (int other in (ReadOnlySpan<int>)[s - 1, s + 1])
        {
            if (other < 0 || other >= layout.Sentences.Count)
            {
                continue;
            }
            var line = layout.Sentences[other];
            int colon = text.IndexOf(':', line.Start, Math.Min(40, line.End - line.Start));
            if (colon > line.Start && Characters.SkipSpaces(text, colon + 1, line.End) is var next && next < line.End && Characters.IsDigit(text[next]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Moscow's count stood at over 350,000", "Kyiv's estimate is 30,000": the possessor of a count is its source.</summary>
    private Cue? ReadPossessiveCount(int nounStart, int nounEnd, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        if (!Lexicon.PossessiveCountNouns.Contains(text.AsSpan(nounStart, nounEnd - nounStart)) && !MakerCountNouns.Contains(text.AsSpan(nounStart, nounEnd - nounStart)))
        {
            return null;
        }
        int next = Characters.SkipSpaces(text, nounEnd, sentence.End);
        var noun = text.AsSpan(nounStart, nounEnd - nounStart);
        bool made = MakerCountNouns.Contains(noun);
        bool thatClause = made && WordAt(next, sentence.End).Equals("that", StringComparison.Ordinal);
        if (next >= sentence.End || !(Lexicon.CountVerbs.Contains(WordAt(next, sentence.End)) || thatClause))
        {
            return null;
        }
        // A frame this reading did not take before session 37 (modifiers, "that", claims, a lower-case maker): the maker speaks
        // for the figure after the noun, and its cue is no voice for the sentences after it ("twice the city government's estimate").
        bool framed = thatClause || !Lexicon.PossessiveCountNouns.Contains(noun);
        int possessorEnd = Characters.SkipSpacesBack(text, nounStart, sentence.Start);
        int adjectiveStart = this.words.WordStart(possessorEnd, sentence.Start);
        if (adjectiveStart < possessorEnd && (NounAdjectives.Contains(text.AsSpan(adjectiveStart, possessorEnd - adjectiveStart)) || OfficialModifiers.Contains(text.AsSpan(adjectiveStart, possessorEnd - adjectiveStart))))
        {
            possessorEnd = Characters.SkipSpacesBack(text, adjectiveStart, sentence.Start); // "Myanmar's official figure of 400", "Kyiv's latest count stood at"
        }
        else if (made)
        {
            int modified = SkipMakerModifiersBack(possessorEnd, sentence); // "the survey's central casualty estimate stood at", "Varo's hotly contested claims that"
            framed |= modified != possessorEnd;
            possessorEnd = modified;
        }
        if (possessorEnd - 2 <= sentence.Start || text[possessorEnd - 1] != 's' || !Characters.IsApostrophe(text[possessorEnd - 2]))
        {
            return null;
        }
        possessorEnd -= 2;
        int possessorStart = ReadPhraseBack(possessorEnd, sentence, figures);
        if (made)
        {
            possessorStart = FromLastDeterminer(possessorStart, possessorEnd); // "It is triple the town council's first estimate": the town council
        }
        bool capitalised = HasCapitalisedWord(possessorStart, possessorEnd);
        if (possessorStart >= possessorEnd || !(capitalised || (made && IsSourceOrStudy(possessorStart, possessorEnd))))
        {
            return null;
        }
        framed |= !capitalised;
        var speaker = Resolve(possessorStart, possessorEnd, null);
        return speaker is null ? null : new Cue { VerbStart = nounStart, VerbEnd = nounEnd, Start = possessorStart, End = nounEnd, Speaker = speaker, SpeaksForward = framed };
    }

    /// <summary>
    /// Nouns of <see cref="Lexicon.PossessiveCountNouns"/> and claims that name an act of making or stating a figure, so whoever
    /// owns one made it, whatever modifies it: "the survey's central casualty estimate", "Varo's hotly contested claims that ...".
    /// A toll or data owned ("the city's death toll") is not for that the owner's statement.
    /// </summary>
    private static readonly WordSet MakerCountNouns = new("estimate", "estimates", "count", "tally", "reckoning", "calculations", "claims", "claim");

    /// <summary>
    /// The end of a possessive before up to three lower-case modifiers of a noun of <see cref="MakerCountNouns"/>, ending at
    /// <paramref name="end"/> ("best death toll", "widely disputed", "initial"): the modifiers passed when a possessive
    /// ("'s", "s'") ends the word before them; else <paramref name="end"/>, which is not a possessive's and makes no cue.
    /// </summary>
    private int SkipMakerModifiersBack(int end, Sentence sentence)
    {
        int at = end;
        for (int k = 0; k < 3; k++)
        {
            int wordStart = this.words.WordStart(at, sentence.Start);
            if (wordStart >= at || !char.IsLower(text[wordStart]) || NounMarkers.Contains(text.AsSpan(wordStart, at - wordStart)) || IsVerb(text.AsSpan(wordStart, at - wordStart)))
            {
                return end;
            }
            int before = Characters.SkipSpacesBack(text, wordStart, sentence.Start);
            if (before == wordStart || before - 2 <= sentence.Start)
            {
                return end;
            }
            if ((text[before - 1] == 's' && Characters.IsApostrophe(text[before - 2])) || (Characters.IsApostrophe(text[before - 1]) && text[before - 2] == 's'))
            {
                return before;
            }
            at = before;
        }
        return end;
    }

    /// <summary>Verbs of counting whose infinitive of purpose reports: "the survey used hospital lists to estimate that ...".</summary>
    private static readonly WordSet PurposeEstimateVerbs = new("estimate");

    /// <summary>
    /// "The new survey used hospital lists and burial records to estimate that between N and M had died": an
    /// infinitive of purpose of <see cref="PurposeEstimateVerbs"/> after "to", with "that" after it, is the act of the clause's
    /// subject, which speaks for the figures of the "that" clause. Else null ("to estimate the damage" reports nothing).
    /// </summary>
    private Cue? ReadPurposeEstimate(int verbStart, int verbEnd, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        if (!PurposeEstimateVerbs.Contains(text.AsSpan(verbStart, verbEnd - verbStart)))
        {
            return null;
        }
        int toEnd = Characters.SkipSpacesBack(text, verbStart, sentence.Start);
        int toStart = this.words.WordStart(toEnd, sentence.Start);
        int after = Characters.SkipSpaces(text, verbEnd, sentence.End);
        if (toEnd == verbStart || toEnd - toStart != 2 || !text.AsSpan(toStart, 2).Equals("to", StringComparison.Ordinal)
            || after == verbEnd || !WordAt(after, sentence.End).Equals("that", StringComparison.Ordinal))
        {
            return null;
        }
        var subject = SubjectSpeaker(sentence, figures, toStart) ?? StudySubject(sentence, toStart);
        return subject is null ? null : new Cue { VerbStart = verbStart, VerbEnd = verbEnd, Start = verbStart, End = verbEnd, Speaker = subject };
    }

    /// <summary>Where the noun phrase from <paramref name="start"/> to <paramref name="end"/> opens at its last "the" after its first word (a possessor starts at its determiner), else <paramref name="start"/>.</summary>
    private int FromLastDeterminer(int start, int end)
    {
        int found = start;
        var phrase = new WordsIn(this.words, start, end);
        while (phrase.MoveNext())
        {
            if (phrase.Start > start && phrase.Current.Equals("the", StringComparison.Ordinal))
            {
                found = phrase.Start;
            }
        }
        return found;
    }

    /// <summary>Documents that make their own figures, whose possessive or subject speaks for them: "the survey's central estimate", "the survey used lists ... to estimate that".</summary>
    private static readonly WordSet MakingDocuments = new("study", "report", "survey", "analysis", "review", "assessment", "research", "investigation", "paper", "inquiry");

    /// <summary>Whether a phrase names a source (<see cref="IsSourceLike"/>) or ends with a document of <see cref="MakingDocuments"/>: "the city government", "the study".</summary>
    private bool IsSourceOrStudy(int start, int end)
    {
        if (IsSourceLike(start, end))
        {
            return true;
        }
        int lastStart = this.words.WordStart(end, start);
        return lastStart < end && MakingDocuments.Contains(text.AsSpan(lastStart, end - lastStart));
    }

    /// <summary>
    /// The subject of a sentence that ends with a document of <see cref="MakingDocuments"/> before its first past-tense verb, after
    /// an opening adverb and its comma: "However, the new survey used lists ...": the survey. A hyphened adjective in -ed
    /// ("peer-checked", "well-sourced") is no verb. Else null.
    /// </summary>
    private Speaker? StudySubject(Sentence sentence, int limit)
    {
        int start = Characters.SkipSpaces(text, sentence.Start, limit);
        var first = WordAt(start, limit);
        if (!first.IsEmpty && start + first.Length < limit && text[start + first.Length] == ',' && (SentenceAdverbs.Contains(first) || Lexicon.SentenceOpeningWords.Contains(first)))
        {
            start = Characters.SkipSpaces(text, start + first.Length + 1, limit);
        }
        int at = start, end = start;
        for (int k = 0; k < 6 && at < limit; k++)
        {
            var word = WordAt(at, limit);
            if (word.IsEmpty)
            {
                return null;
            }
            if ((k > 0 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal) && !word.Contains('-')) || word.Equals("used", StringComparison.Ordinal))
            {
                return end > start && IsSourceOrStudy(start, end) ? Resolve(start, end, null) : null;
            }
            end = at + word.Length;
            int next = Characters.SkipSpaces(text, end, limit);
            if (next == end)
            {
                return null; // a comma or a figure inside what would be the subject: no simple subject
            }
            at = next;
        }
        return null;
    }

    /// <summary>A headline: one line with no closing full stop, of a few words ("Rebel alliance says 640 government troops killed in February").</summary>
    private bool IsHeadline(Sentence sentence)
    {
        int end = Characters.SkipSpacesBack(text, sentence.End, sentence.Start);
        if (end <= sentence.Start || sentence.End - sentence.Start > 160)
        {
            return false;
        }
        char last = text[end - 1];
        if (last is '.' or '!' or '?' or ':' or ';' or ',' || Characters.IsDoubleQuote(last))
        {
            return false;
        }
        int before = Characters.SkipSpacesBack(text, sentence.Start, 0);
        return (before == 0 || Characters.IsLineBreak(text[before - 1])) && !IsRow(sentence); // "United States: 237 killed" is a box's row
    }

    /// <summary>Whether <paramref name="position"/> is inside a parenthesis between dashes opened after <paramref name="from"/> ("put the number – which ..., – at about 7,000").</summary>
    private bool InsideDashes(int from, int position)
    {
        int dashes = 0;
        for (int i = from; i < position; i++)
        {
            if ((text[i] == '\u2013' || text[i] == '\u2014') && i > 0 && Characters.IsSpace(text[i - 1]))
            {
                dashes++;
            }
        }
        return dashes % 2 == 1;
    }

    private bool HasAtAhead(int from, int end)
    {
        int limit = Math.Min(end, from + 250);
        for (int i = from; i < limit; i++)
        {
            if (text[i] == ',' && ClosingCommaOfRelative(i, limit) is > 0 and var close)
            {
                i = close; // "put the number of those killed in Orsk, which lies on the front line, at 40 to 75": the clause is inside the object
                continue;
            }
            if ((text[i] == ',' || text[i] == ';') && !InsideDashes(from, i)
                && !(text[i] == ',' && i + 2 < limit && text[i + 1] == ' ' && char.IsUpper(text[i + 2])) // "placed Navy, Marine Corps and Coast Guard losses at"
                && !(text[i] == ',' && CommaBeforeAtOrList(i + 1, limit))) // "put the toll even higher, at around 100", "killed, wounded or missing at"
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

    /// <summary>Words that open a relative clause set off by commas inside a noun phrase: ", which ...,", ", where ...,".</summary>
    private static readonly WordSet RelativeOpeners = new("which", "who", "whose", "where");

    /// <summary>
    /// The comma that closes a relative clause opened by the comma at <paramref name="comma"/> (", which is ..., at"), before
    /// <paramref name="limit"/> and with no semicolon or full stop between; -1 when the comma opens none.
    /// </summary>
    private int ClosingCommaOfRelative(int comma, int limit)
    {
        int i = Characters.SkipSpaces(text, comma + 1, limit);
        if (!RelativeOpeners.Contains(WordAt(i, limit)))
        {
            return -1;
        }
        for (int j = i; j < limit; j++)
        {
            if (text[j] == ',')
            {
                return j;
            }
            if (text[j] is ';' or '.')
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// Whether a comma before <paramref name="from"/> does not end the object of "put": "at" right after it ("put the toll even
    /// higher, at around 100"), or a list of lower-case words closed by "and" or "or" before the next comma ("the toll of
    /// combatants killed, wounded or missing at about 1.5 million").
    /// </summary>
    private bool CommaBeforeAtOrList(int from, int limit)
    {
        int i = Characters.SkipSpaces(text, from, limit);
        if (WordAt(i, limit).Equals("at", StringComparison.Ordinal))
        {
            return true;
        }
        bool joined = false;
        for (int words = 0; words < 4 && i < limit; words++)
        {
            int wordEnd = this.words.WordEnd(i, limit);
            if (wordEnd == i || !char.IsLower(text[i]))
            {
                return false;
            }
            var word = text.AsSpan(i, wordEnd - i);
            joined |= word.Equals("and", StringComparison.Ordinal) || word.Equals("or", StringComparison.Ordinal);
            if (joined && word.Equals("at", StringComparison.Ordinal))
            {
                return true;
            }
            i = Characters.SkipSpaces(text, wordEnd, limit);
        }
        return false;
    }

    /// <summary>
    /// After the last lower-case "from" or "by" in [<paramref name="start"/>, <paramref name="end"/>) that a word follows: where
    /// the maker's name starts ("supported by the data from the Health Institute"); −1 when there is none.
    /// </summary>
    private int LastAgentPreposition(int start, int end)
    {
        int found = -1;
        var words = new WordsIn(text.AsSpan(0, end), start, end);
        while (words.MoveNext())
        {
            var word = words.Current;
            if (word.Equals("from", StringComparison.Ordinal) || word.Equals("by", StringComparison.Ordinal))
            {
                found = words.End;
            }
        }
        int next = found < 0 ? -1 : Characters.SkipSpaces(text, found, end);
        return next >= 0 && next < end ? next : -1;
    }

    /// <summary>"..., said Igor Konashenkov, the ministry's spokesman": the speaker after the verb.</summary>
    private Speaker? ReadInverted(Cue cue, int afterVerb, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        var verb = text.AsSpan(cue.VerbStart, cue.VerbEnd - cue.VerbStart);
        if (!(verb.StartsWith("sa", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("add", StringComparison.OrdinalIgnoreCase)
              || verb.StartsWith("wr", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("rep", StringComparison.OrdinalIgnoreCase)
              || verb.StartsWith("not", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("stat", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        if (WordAt(afterVerb, sentence.End).Equals("that", StringComparison.Ordinal))
        {
            return null; // "The report said that using the census estimate of ...": "that" opens what is said, the speaker stands before the verb
        }
        int npEnd = CutAtPlaceOrTime(afterVerb, ReadPhraseForward(afterVerb, sentence, figures));
        if (npEnd > afterVerb && char.IsLower(text[afterVerb]) && !StartsWithDeterminer(afterVerb, npEnd) && EndsClause(npEnd, sentence)
            && DescribedBodyName(afterVerb, npEnd) is var bodyName and > 0)
        {
            // "..., says activist group the Assistance Association for Political Prisoners": what the body is, then its name.
            cue.End = npEnd;
            return Resolve(bodyName, npEnd, text[afterVerb..Characters.SkipSpacesBack(text, bodyName, afterVerb)]);
        }
        if (npEnd <= afterVerb || !(char.IsUpper(text[afterVerb]) || StartsWithDeterminer(afterVerb, npEnd)) || !EndsClause(npEnd, sentence)
            || ContainsFiniteVerb(afterVerb, npEnd))
        {
            return null; // "said the rebels' numbers were inflated": a clause follows, not a speaker
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

    /// <summary>Prepositions that end an inverted speaker's name and open where or when it spoke: "said Human Rights Watch (HRW) in a 42-page report".</summary>
    private static readonly WordSet InvertedNameEnds = new("in", "on", "at", "during");

    /// <summary>The end of the phrase from <paramref name="start"/> before its first lower-case <see cref="InvertedNameEnds"/> word that follows a closing bracket or opens an article: the speaker's name without the statement's place or time.</summary>
    private int CutAtPlaceOrTime(int start, int end)
    {
        var nameWords = new WordsIn(this.words, Characters.SkipSpaces(text, this.words.WordEnd(start, end), end), end);
        while (nameWords.MoveNext())
        {
            if (InvertedNameEnds.Contains(nameWords.Current))
            {
                int previous = Characters.SkipSpacesBack(text, nameWords.Start, start);
                int next = Characters.SkipSpaces(text, nameWords.End, end);
                var following = next < end ? WordAt(next, end) : ReadOnlySpan<char>.Empty;
                if ((previous > start && text[previous - 1] == ')') || following.Equals("a", StringComparison.Ordinal) || following.Equals("an", StringComparison.Ordinal)
                    || following.Equals("its", StringComparison.Ordinal) || following.Equals("their", StringComparison.Ordinal))
                {
                    return previous;
                }
            }
        }
        return end;
    }

    private bool EndsClause(int end, Sentence sentence)
    {
        int next = Characters.SkipSpaces(text, end, sentence.End);
        if (next >= sentence.End || !char.IsLetter(text[next]))
        {
            return true;
        }
        var word = WordAt(next, sentence.End);
        return char.IsUpper(word[0]) || Lexicon.InvertedFollowers.Contains(word);
    }

    /// <summary>Whether the phrase is "the number of ..." or "the total of ...": what is counted, which never speaks.</summary>
    private bool IsNumberOfPhrase(int start, int end)
    {
        int i = start;
        var first = WordAt(i, end);
        if (first.Equals("the", StringComparison.OrdinalIgnoreCase) || first.Equals("a", StringComparison.OrdinalIgnoreCase))
        {
            i = Characters.SkipSpaces(text, i + first.Length, end);
        }
        var head = WordAt(i, end);
        if (!(head.Equals("number", StringComparison.OrdinalIgnoreCase) || head.Equals("total", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        i = Characters.SkipSpaces(text, i + head.Length, end);
        return i < end && WordAt(i, end).Equals("of", StringComparison.Ordinal);
    }

    /// <summary>Heads of what is counted, never of who counts: "the highest numbers recorded in", "the total estimated", "Of the victims documented so far".</summary>
    private static readonly WordSet CountedHeads = new("number", "numbers", "total", "totals", "toll", "tolls", "deaths", "casualties", "losses", "victims", "fatalities", "killings", "dead", "cases");

    /// <summary>
    /// Whether the phrase read back as the speaker ends in a head of what is counted and the verb is a participle in -ed not followed by
    /// "that": the participle describes the count ("the next highest numbers recorded in Aleppo", "bringing the total estimated civilian
    /// death toll to", "Of the victims documented so far, 82.6 percent"). "The toll showed that" and "figures released by" read elsewhere.
    /// </summary>
    private bool IsCountedBeforeParticiple(int speakerEnd, ReadOnlySpan<char> verb, int afterVerb, Sentence sentence)
    {
        if (!verb.EndsWith("ed", StringComparison.Ordinal) || (afterVerb < sentence.End && WordAt(afterVerb, sentence.End).Equals("that", StringComparison.Ordinal)))
        {
            return false;
        }
        int headStart = this.words.WordStart(speakerEnd, sentence.Start);
        return headStart < speakerEnd && CountedHeads.Contains(text.AsSpan(headStart, speakerEnd - headStart));
    }

    private bool EndsWithPreposition(int start, int end)
    {
        int lastStart = this.words.WordStart(end, start);
        return lastStart < end && Lexicon.TrailingPrepositions.Contains(text.AsSpan(lastStart, end - lastStart));
    }

    /// <summary>
    /// Where a document named after the last finite verb of [<paramref name="start"/>, <paramref name="end"/>) starts: "The
    /// Independent has learned the figures", "officials have said the report" (a clause, then the subject of the verb after it:
    /// an article and at most three more words ending in a document noun); else -1.
    /// </summary>
    private int DocumentAfterClause(int start, int end)
    {
        int afterVerb = -1;
        for (int i = start; i < end;)
        {
            int wordEnd = this.words.WordEnd(i, end);
            if (wordEnd > i && Lexicon.FiniteVerbs.Contains(text.AsSpan(i, wordEnd - i)))
            {
                afterVerb = wordEnd;
            }
            i = Characters.SkipSpaces(text, Math.Max(wordEnd, i + 1), end);
        }
        if (afterVerb < 0)
        {
            return -1;
        }
        int lastStart = this.words.WordStart(end, afterVerb);
        if (lastStart >= end || !Lexicon.DocumentNouns.Contains(text.AsSpan(lastStart, end - lastStart)))
        {
            return -1;
        }
        for (int i = Characters.SkipSpaces(text, afterVerb, end), words = 0; i < lastStart && words < 4; words++)
        {
            int wordEnd = this.words.WordEnd(i, end);
            if (wordEnd > i && text.AsSpan(i, wordEnd - i).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                return CountWords(i, end) <= 4 ? i : -1;
            }
            i = Characters.SkipSpaces(text, Math.Max(wordEnd, i + 1), end);
        }
        return -1;
    }

    private bool ContainsFiniteVerb(int start, int end)
    {
        int i = start;
        while (i < end)
        {
            int wordEnd = this.words.WordEnd(i, end);
            if (wordEnd > i && Lexicon.FiniteVerbs.Contains(text.AsSpan(i, wordEnd - i)))
            {
                return true;
            }
            i = Characters.SkipSpaces(text, Math.Max(wordEnd, i + 1), end);
        }
        return false;
    }

    /// <summary>"was released by", "were published by": a form of "to be" right before the verb and "by" right after it.</summary>
    private bool IsPassiveWithAgent(int verbStart, int afterVerb, Sentence sentence)
    {
        if (SpanScanner.PhraseEnd(text.AsSpan(0, sentence.End), afterVerb, "by") <= 0)
        {
            return false;
        }
        int auxEnd = Characters.SkipSpacesBack(text, verbStart, sentence.Start);
        var aux = text.AsSpan(this.words.WordStart(auxEnd, sentence.Start), auxEnd - this.words.WordStart(auxEnd, sentence.Start));
        return aux.Equals("was", StringComparison.OrdinalIgnoreCase) || aux.Equals("were", StringComparison.OrdinalIgnoreCase)
               || aux.Equals("been", StringComparison.OrdinalIgnoreCase) || aux.Equals("is", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Events at which a statement is made, whose description may run longer before "by" and the agent: "at a press conference for foreign reporters held in Orsk by".</summary>
    private static readonly WordSet TellingEvents = new("conference", "briefing", "meeting", "session", "hearing");

    /// <summary>
    /// The end of "by" after a short phrase of where the statement was made, between a passive verb and its agent ("was
    /// reported in the summary by", "was stated in a post by"): at most four words after "in", "on" or "at", twelve when a word of
    /// <see cref="TellingEvents"/> is among the first four, no punctuation; else -1.
    /// </summary>
    private int ByAfterPlace(int afterVerb, Sentence sentence)
    {
        if (afterVerb >= sentence.End || !InvertedNameEnds.Contains(WordAt(afterVerb, sentence.End)))
        {
            return -1;
        }
        int i = Characters.SkipSpaces(text, this.words.WordEnd(afterVerb, sentence.End), sentence.End);
        int limit = 4;
        for (int words = 0; words < limit && i < sentence.End; words++)
        {
            int wordEnd = this.words.WordEnd(i, sentence.End);
            if (wordEnd == i)
            {
                return -1;
            }
            if (text.AsSpan(i, wordEnd - i).Equals("by", StringComparison.Ordinal))
            {
                return words > 0 ? wordEnd : -1;
            }
            if (words < 4 && TellingEvents.Contains(text.AsSpan(i, wordEnd - i)))
            {
                limit = 12; // "was stated at a news briefing for reporters held in Orsk by": the event's description runs longer
            }
            int next = Characters.SkipSpaces(text, wordEnd, sentence.End);
            if (next == wordEnd)
            {
                return -1;
            }
            i = next;
        }
        return -1;
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
            // "told Friday": the day the statement was made, not whom it was told to.
            bool dayFirst = r < sentence.End && (ArticleWords.IsWeekday(WordAt(r, sentence.End)) || ArticleWords.MonthOf(WordAt(r, sentence.End)) != 0);
            while (!dayFirst && recipientEnd < sentence.End && char.IsUpper(text[recipientEnd]) && recipientWords++ < 6)
            {
                int wordEnd = this.words.WordEnd(recipientEnd, sentence.End);
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
            else if (!dayFirst)
            {
                // "told reporters", "told journalists": not a link, but the date may follow.
                int wordEnd = this.words.WordEnd(i, sentence.End);
                i = Characters.SkipSpaces(text, wordEnd, sentence.End);
            }
        }
        int at = i;
        int prepositionEnd = Math.Max(SpanScanner.PhraseEnd(text.AsSpan(0, sentence.End), at, "on"), SpanScanner.PhraseEnd(text.AsSpan(0, sentence.End), at, "in"));
        if (prepositionEnd > 0)
        {
            at = Characters.SkipSpaces(text, prepositionEnd, sentence.End);
        }
        if (at < sentence.End && TimeExpressions.TryRead(words, at, sentence.End, published, out var date) && date.Interval is not null)
        {
            cue.Date = date.Interval;
            end = date.End;
        }
        return end;
    }

    /// <summary>
    /// The sentences of the last quotation's close and open, where <see cref="FindQuotationCue"/> (called for the quotations in
    /// text order) looks on from: both only move forward, so the next is a step or two on, not a search of all the sentences.
    /// </summary>
    private int closeCursor, openCursor;

    /// <summary>What <see cref="ArticleLayout.SentenceAt"/> gives for <paramref name="position"/>, found from <paramref name="cursor"/> on (positions never go back).</summary>
    private int SentenceFrom(ref int cursor, int position)
    {
        var sentences = layout.Sentences;
        while (cursor + 1 < sentences.Count && sentences[cursor + 1].Start <= position)
        {
            cursor++;
        }
        return cursor;
    }

    private Cue? FindQuotationCue(int q)
    {
        var quotation = layout.Quotations[q];
        int closeSentence = SentenceFrom(ref closeCursor, Math.Min(quotation.Close, text.Length - 1));
        ReadOnlySpan<Cue> closing = cues[closeSentence];
        int k = FirstCueAfter(closing, quotation.Close);
        if (k < closing.Length && IsOnlyPunctuation(quotation.Close + 1, Math.Min(closing[k].Start, closing[k].VerbStart)))
        {
            return closing[k];
        }
        if (k < closing.Length && closing[k].Start <= closing[k].VerbStart
            && IsOnlyPunctuation(quotation.Close + 1, TimeBeforeClause(closing[k].Start, layout.Sentences[closeSentence])))
        {
            return closing[k]; // '"An outpost with more than 150 guards was shelled" late on Friday, a district source said'
        }
        int openSentence = SentenceFrom(ref openCursor, quotation.Open);
        ReadOnlySpan<Cue> opening = cues[openSentence];
        int before = FirstCueAfter(opening, quotation.Open) - 1;
        if (before >= 0 && opening[before].End <= quotation.Open && IsOnlyPunctuation(opening[before].End, quotation.Open))
        {
            return opening[before];
        }
        if (k < closing.Length && closing[k].Start - quotation.Close <= 120 && OnlyQuotationsBetween(quotation.Close + 1, closing[k].Start))
        {
            return closing[k]; // '"We think ... 11 to 12,000", with "at least 10,000 ...", Pentagon spokesman Pat Ryder told journalists'
        }
        if (before >= 0 && opening[before].End <= quotation.Open && openSentence == closeSentence && quotation.Open > layout.Sentences[openSentence].Start + 1)
        {
            return opening[before]; // 'The Israeli military said its forces had killed "more than 17,000" militants'
        }
        if (DocumentSenderBefore(quotation.Open, layout.Sentences[openSentence]) is { } sender)
        {
            return sender; // 'The ministry published a cable from Colonel Imre Vask: "Our patrols counted 58 rebels dead ..."'
        }
        if (q > 0)
        {
            var previous = layout.Quotations[q - 1];
            bool sameParagraph = previous.Paragraph == quotation.Paragraph;
            bool continues = previous.Paragraph == quotation.Paragraph - 1 && layout.Sentences[openSentence].Start >= quotation.Open;
            if (sameParagraph || continues)
            {
                return quotationCues[q - 1];
            }
        }
        return null;
    }

    /// <summary>
    /// Where the time that dates a clause starts when only that time and a comma stand before the clause's speaker at
    /// <paramref name="clauseStart"/>: "late on Friday, a district source said", "on Monday, the army said"; else <paramref name="clauseStart"/>.
    /// </summary>
    private int TimeBeforeClause(int clauseStart, Sentence sentence)
    {
        int end = Characters.SkipSpacesBack(text, clauseStart, sentence.Start);
        if (end <= sentence.Start || text[end - 1] != ',')
        {
            return clauseStart;
        }
        end = Characters.SkipSpacesBack(text, end - 1, sentence.Start);
        int start = SkipTimeBack(end, sentence);
        if (start == end)
        {
            return clauseStart;
        }
        var word = this.words.WordBefore(start, sentence.Start, out int wordStart);
        return word.Equals("late", StringComparison.Ordinal) || word.Equals("early", StringComparison.Ordinal) || word.Equals("earlier", StringComparison.Ordinal)
            ? wordStart : start;
    }

    /// <summary>Nouns of a message whose sender's words a quotation after "from X:" gives: "a cable sent on Monday from Colonel Imre Vask:".</summary>
    private static readonly WordSet SentMessages = new("telegram", "despatch", "dispatch", "message", "letter", "cable", "communique", "statement", "report");

    /// <summary>
    /// The sender of a message the quotation opening at <paramref name="open"/> gives: the sentence names a
    /// <see cref="SentMessages"/> noun and ends, right before the quotation, in "from" and a capitalised name and a colon ("The
    /// ministry published a cable sent on Monday from Colonel Imre Vask: \"Our patrols counted 58 rebels dead ...\"").
    /// Null when the quotation opens no such line.
    /// </summary>
    private Cue? DocumentSenderBefore(int open, Sentence sentence)
    {
        int colon = Characters.SkipSpacesBack(text, open, sentence.Start) - 1;
        while (colon > sentence.Start && Characters.IsDash(text[colon]))
        {
            colon--; // ":\u2014" before the quotation
        }
        if (colon <= sentence.Start || text[colon] != ':')
        {
            return null;
        }
        int nameStart = colon;
        for (int words = 0; words < 5; words++)
        {
            var word = this.words.WordBefore(nameStart, sentence.Start, out int wordStart);
            if (word.IsEmpty)
            {
                return null;
            }
            if (word.Equals("from", StringComparison.Ordinal))
            {
                if (words == 0 || !HasMessageBefore(wordStart, sentence))
                {
                    return null;
                }
                var speaker = Resolve(nameStart, colon, null);
                return speaker is null ? null : new Cue
                {
                    VerbStart = wordStart, VerbEnd = wordStart + 4, Start = wordStart, End = colon + 1, Speaker = speaker, Chain = Attribution.Of([speaker.Source]),
                };
            }
            if (!char.IsUpper(word[0]))
            {
                return null;
            }
            nameStart = wordStart;
        }
        return null;
    }

    /// <summary>Whether a <see cref="SentMessages"/> noun is among the words of the sentence before <paramref name="end"/>.</summary>
    private bool HasMessageBefore(int end, Sentence sentence)
    {
        var words = new WordsIn(this.words, sentence.Start, end);
        while (words.MoveNext())
        {
            if (SentMessages.Contains(words.Current))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>) holds only other quotations, punctuation and a joining word ("with", "and").</summary>
    private bool OnlyQuotationsBetween(int from, int to)
    {
        int letters = 0;
        for (int i = from; i < to; i++)
        {
            if (layout.QuotationAt(i) >= 0)
            {
                continue;
            }
            if (char.IsLetterOrDigit(text[i]) && ++letters > 8)
            {
                return false;
            }
        }
        return true;
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
