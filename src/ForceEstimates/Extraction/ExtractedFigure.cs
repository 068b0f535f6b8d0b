using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace ForceEstimates.Extraction;

/// <summary>
/// A figure read from an article and proposed as a report: the figure as written with its hedge,
/// where it is (every mention when the article repeats it), its estimate, unit, subject and place
/// when the sentence says them, who it is attributed to, and the dates it refers to.
/// Positions are in UTF-16 code units of the text given to <see cref="ReportExtractor.Extract(string, LocalDate)"/>,
/// so <c>text.Substring(Start, Length) == Text</c>. Immutable and thread-safe.
/// </summary>
public sealed class ExtractedFigure
{
    /// <summary>Every mention; null for a figure mentioned once until <see cref="Mentions"/> is first read (most figures are).</summary>
    private FigureMention[]? mentions;

    /// <summary>Tells the articles apart in default report ids.</summary>
    private readonly ArticleKey article;

    /// <summary>The article's text, which <see cref="Sentence"/> is cut from when first asked for.</summary>
    private readonly string articleText;

    private readonly int sentenceStart;

    private readonly int sentenceEnd;

    /// <summary>The sentence and mention the quantity is read from: a headline figure's repeat in the text, else the first mention.</summary>
    private readonly int wordsSentenceStart, wordsSentenceEnd, wordsStart, wordsLength;

    private string? sentence;

    /// <summary>Per-period rates are the same few periods: one instance of each for all figures.</summary>
    private static readonly Period OneDay = Period.FromDays(1);

    private static readonly Period OneWeek = Period.FromWeeks(1);

    private static readonly Period OneMonth = Period.FromMonths(1);

    private static readonly Period OneYear = Period.FromYears(1);

    internal ExtractedFigure(FigureProposal proposal, Estimate estimate, Estimate? alternative, LocalDate published, ArticleKey article, string text)
    {
        this.article = article;
        AlternativeEstimate = alternative;
        Text = proposal.Text;
        Start = proposal.Figure.Start;
        Length = proposal.Figure.Length;
        mentions = proposal.RepeatedMentions();
        Estimate = estimate;
        Unit = proposal.Unit;
        Subject = proposal.Subject;
        Place = proposal.Place;
        Attribution = proposal.Attribution;
        RefersTo = proposal.RefersTo;
        Published = published;
        articleText = text;
        sentenceStart = proposal.SentenceStart;
        sentenceEnd = proposal.SentenceEnd;
        wordsSentenceStart = proposal.WordsSentenceStart;
        wordsSentenceEnd = proposal.WordsSentenceEnd;
        wordsStart = proposal.WordsStart;
        wordsLength = proposal.WordsLength;
        Confidence = proposal.Confidence;
        Kind = proposal.Kind;
        Metric = proposal.Metric;
        Statistic = proposal.Peak ? Statistic.Peak
            : proposal.Rate != PeriodUnits.None ? Statistic.Change
            : proposal.Kind == FigureKind.Casualties || (proposal.Kind == FigureKind.Equipment && proposal.Metric == Metric.Losses) ? Statistic.Cumulative
            : Statistic.Level;
        Rate = proposal.Rate switch
        {
            PeriodUnits.Days => OneDay,
            PeriodUnits.Weeks => OneWeek,
            PeriodUnits.Months => OneMonth,
            PeriodUnits.Years => OneYear,
            _ => null,
        };
    }

    /// <summary>The figure as written at its first mention, hedge included ("nearly 60,000", "about 1,376 square kilometres").</summary>
    public string Text { get; }

    /// <summary>The index of the first mention's first character.</summary>
    public int Start { get; }

    /// <summary>The first mention's length.</summary>
    public int Length { get; }

    /// <summary>Every mention of the figure in text order, the first one included ("over 40%" in the headline, "over 40 per cent" in the first sentence).</summary>
    public IReadOnlyList<FigureMention> Mentions => mentions ??= [new FigureMention(Start, Length)];

    /// <summary>
    /// The estimate the Estimates grammar reads from <see cref="Text"/> with the extractor's hedge model,
    /// as <see cref="Estimate.Parse(string, HedgeModel)"/> does. A number whose format alone is ambiguous
    /// ("60.000": sixty thousand where the period groups digits, sixty where it is the decimal point) is
    /// read by the article's own convention, taken from its other numbers ("1,5 million" and "1.234.567"
    /// are European, "1.5 million" and "1,234,567" English); <see cref="Estimate.Parse(string)"/> refuses
    /// such a text on its own. When the article shows no convention, see <see cref="AlternativeEstimate"/>.
    /// </summary>
    public Estimate Estimate { get; }

    /// <summary>
    /// Null, unless the number's format is ambiguous and the article shows no convention of its own:
    /// then <see cref="Estimate"/> reads the period as grouping thousands ("60.000" → 60,000: a figure to
    /// three decimals is rare in reporting) and this is the other reading (60), for the analyst to
    /// choose; <see cref="Confidence"/> is lowered.
    /// </summary>
    public Estimate? AlternativeEstimate { get; }

    /// <summary>The measurement unit as written ("square kilometres", "%", "per cent"), or null for a count.</summary>
    public string? Unit { get; }

    /// <summary>What is counted or measured, as the words after the figure say ("Russian army personnel", "territory"), or null.</summary>
    public string? Subject { get; }

    /// <summary>Where, as the sentence says with "in", "near", ... ("Kursk Oblast"), or null.</summary>
    public string? Place { get; }

    /// <summary>The attribution chain, origin first, the outlet last when one was given; empty when the article states the figure in its own voice.</summary>
    public Attribution Attribution { get; }

    /// <summary>
    /// The dates the figure refers to, resolved against the publication date: the time expression
    /// nearest to it in its sentence, else the date of the statement it is attributed to, else a
    /// look-back window for "has previously said", else the publication date. A peak ("At most, we
    /// controlled ...") without a date of its own runs from the earliest date the article mentions
    /// in the year before publication.
    /// </summary>
    public DateInterval RefersTo { get; }

    /// <summary>The publication date the article was read against.</summary>
    public LocalDate Published { get; }

    /// <summary>The sentence of the first mention, as quoted text for the report.</summary>
    /// <remarks>Cut from the article when first read (most readers never ask for it); a race between threads cuts the same text twice.</remarks>
    public string Sentence => sentence ??= articleText[sentenceStart..sentenceEnd];

    /// <summary>
    /// A score in [0.05, 0.95] that the figure is read right: its hedge, number(s) and source all as a
    /// careful reader would give them. It is the share of such figures read right on real news the rules had
    /// not been written from, measured by how the source was found: a clause of the figure's own sentence 0.90,
    /// none (the article's own voice) 0.87, the same figure attributed elsewhere 0.81, a clause pointing back
    /// to it 0.70 (hardly measured), the paragraph of an attributed figure 0.51, an earlier paragraph's source
    /// carried on 0.31; with lower odds for small bare counts and an ambiguous number format ("60.000" in an
    /// article with no convention). Measured on nine sets of real news excerpts kept outside the repository, each
    /// built after the rules it checks (2,317 figures, see tools/ExtractionScore/README.md). The surest trait the
    /// extractor knows, a source in the figure's own clause, picked out figures right nine times in ten on unseen
    /// news (803 of 891), and no trait more surely, so 0.90 is the highest score any figure gets. Use it to order
    /// figures for review.
    /// </summary>
    public double Confidence { get; }

    /// <summary>
    /// What kind of figure this is, from the words around it: personnel, casualties, territory,
    /// equipment, an event tally ("443 shootouts"), something else the words name (people displaced, a
    /// distance), or <see cref="FigureKind.Unknown"/> when nothing says.
    /// </summary>
    public FigureKind Kind { get; }

    /// <summary>
    /// The library's metric for the figure where one fits its kind and words: <see cref="ForceEstimates.Metric.Personnel"/>
    /// for personnel, <see cref="ForceEstimates.Metric.Losses"/> for casualties and for equipment lost or destroyed,
    /// <see cref="ForceEstimates.Metric.TerritoryHeld"/> for ground held or controlled and
    /// <see cref="ForceEstimates.Metric.TerritoryLost"/> for ground lost; null otherwise (events, other figures, gains).
    /// </summary>
    public Metric? Metric { get; }

    /// <summary>
    /// What the words around the figure say it is of its quantity over time: <see cref="ForceEstimates.Statistic.Peak"/>
    /// when its clause calls it a peak ("At most, we controlled about 1,376 square kilometres", "at its peak", "peaked
    /// at"), <see cref="ForceEstimates.Statistic.Change"/> for a rate (<see cref="Rate"/>: an amount per period),
    /// <see cref="ForceEstimates.Statistic.Cumulative"/> for other casualties (<see cref="FigureKind.Casualties"/>: the killed,
    /// wounded, captured or missing are counted up and never come back off a toll, so "3,000 had been killed" in January and
    /// "about 4,000" in February are two values of one rising count, which an aggregate reads as of its date instead of
    /// averaging) and for equipment lost (<see cref="FigureKind.Equipment"/> with <see cref="ForceEstimates.Metric.Losses"/>:
    /// "231 tanks lost since March", a tank destroyed stays destroyed), <see cref="ForceEstimates.Statistic.Level"/> otherwise (for other figures nothing in the words tells a
    /// cumulative total from a level). A first guess for the quantity, as <see cref="Metric"/> is.
    /// </summary>
    public Statistic Statistic { get; }

    /// <summary>
    /// The period the figure is an amount per: one day for "1,100 a day", "averaged 1,180 a day in August, up
    /// from 1,090 in July" (both), "1,150 soldiers over the past day" or a running tally's "(+4)"; one month
    /// for "30,000 per month"; null for a total or a level. A rate is a change per period, not a level: a
    /// report of it is a <see cref="Statistic.Change"/> over each period.
    /// </summary>
    public Period? Rate { get; }

    /// <summary>
    /// The attribution as a <see cref="ForceEstimates.Provenance"/>: one citation per link, origin
    /// first, each source's kind and side guessed from its name and description (agencies and
    /// outlets by name, "intelligence" → intelligence service, "General Staff" → military, "Kyiv" →
    /// government, ...), each dated with the statement date the article gives when it is not after
    /// publication and does not go backwards along the chain. A figure with no attribution gets an
    /// anonymous origin of its own, named "unattributed" with the figure's default report id
    /// ("unattributed 2024-11-23/5f0e9c2a@1081"): nothing says two unattributed figures share a source,
    /// so aggregation counts each as its own voice. Unverified and unrated.
    /// </summary>
    /// <returns>The provenance.</returns>
    public Provenance ToProvenance()
    {
        var citations = new List<Citation>();
        LocalDate? latest = null;
        foreach (var link in Attribution.Chain)
        {
            LocalDate? date = link.StatedOn is { } d && d <= Published && (latest is null || d >= latest.Value) ? d : null;
            latest = date ?? latest;
            citations.Add(Citation.Of(SourceClassification.ToSource(link), date));
        }
        if (citations.Count == 0)
        {
            citations.Add(Citation.Of(Source.Of("unattributed " + DefaultId, SourceKind.Unknown, ConflictSide.Unknown, isAnonymous: true)));
        }
        return Provenance.Of(citations);
    }

    /// <summary>
    /// The figure as a report of <paramref name="quantity"/>: its estimate, <see cref="ToProvenance"/>,
    /// <see cref="RefersTo"/>, <see cref="Published"/> and <see cref="Sentence"/> as the quote. What is
    /// estimated (metric, subject, place, unit, statistic) is the caller's judgement; <see cref="Subject"/>,
    /// <see cref="Place"/> and <see cref="Unit"/> are there to help make it.
    /// </summary>
    /// <param name="quantity">What the figure estimates; its unit must be the one the figure is written in when that unit is known ("square kilometres" → km²).</param>
    /// <param name="id">
    /// The report id; null makes one from the publication date, a hash of the article's text and the
    /// figure's position ("2024-11-23/5f0e9c2a@1081"), so that figures of different articles published
    /// on the same day get different ids, and reading the same article again gives the same ids.
    /// </param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quantity"/> is null.</exception>
    /// <exception cref="ArgumentException">The figure is written in a known unit other than the quantity's, or <paramref name="id"/> is blank.</exception>
    public Report ToReport(Quantity quantity, string? id = null)
    {
        Preconditions.CheckNotNull(quantity);
        string reportId = id ?? DefaultId;
        return Report.Of(reportId, quantity, Estimate, ToProvenance(), RefersTo, Published, Sentence);
    }

    /// <summary>
    /// A first guess at what the figure estimates, written so that figures of different articles about the same thing
    /// meet in one quantity: the <see cref="Metric"/> the extractor read (else territory held for an area, a share for a
    /// percentage, a distance for a length, and for a count by its <see cref="Kind"/>: losses for casualties, "equipment",
    /// "events", "count" for other figures, personnel for personnel and unknown ones; for casualties, the part of the toll
    /// its sentence names instead of losses: "killed", "wounded", "captured", "missing"), the unit it is written in (a share
    /// in words, "a third", in fractions of one; for a count, persons for people and figures of unknown kind, else a count
    /// of the subject's last word: "tanks"), the
    /// <see cref="Statistic"/>, and <see cref="Subject"/> and <see cref="Place"/> tidied: troops as "‹nationality› troops"
    /// ("North Korean soldiers", "North Korean army personnel", "troops from North Korea" → "North Korean troops"; "his
    /// fighters" → "troops"), a toll's
    /// people of no kind as "people" ("citizens", "deaths", none), an area's land as none ("Russian territory") and its side
    /// as the subject (the side that holds, takes or gives it up, as "‹nationality› forces": "Kessian forces captured", "Kessia's
    /// army seized", "controlled by Kessia"; ground taken is territory held, ground given up territory lost), other
    /// subjects as written ("unspecified" for none), a place without a leading "the", a country's possessive ("Russia's
    /// Kursk region" → "Kursk region"), a holder's word ("Russian-occupied") or a headline's verb after it ("Dovra Kills"), no
    /// nationality adjective as a place ("in Israeli strikes"), and with no place read, one the sentence names as "the city
    /// of Dovra", "his hometown of Dovra", "a strike on Dovra" or a fronted "In Dovra,". A quantity that names
    /// only its metric (no place, and no subject, "people" or troops of no nationality) is kept to its article: its subject is followed by the
    /// publication date and the article's hash ("people (2024-10-07/5f0e9c2a)"), so that figures of one article meet and
    /// those of two articles, which may be about two wars, do not; a figure kept so whose dates end in an earlier year than
    /// its article's gets that year too ("people (2022-10-30/5f0e9c2a, 2017)"). A toll of "people" whose words name a part
    /// of it takes that part as its subject ("civilian deaths" → "civilians", "397 elderly people", "people in morgues"), and
    /// a toll of a part of people with no place ("children", "civilians") is kept to its article too; "lives" are the dead
    /// ("claimed the lives of 19", "25 lost their lives"), and so are "murders", "homicides" and those "eliminated" or
    /// "neutralized"; a part word of another figure's clause is not the figure's ("14 died, and 30 are under treatment": 30
    /// is no toll's part; "with 95 civilians killed"); a side that suffered the toll is its subject ("Government forces
    /// suffered 310 fatalities"); captives released or exchanged ("freed four hostages", "in exchange for 900 prisoners")
    /// are "released", and with no place kept to their article (one exchange is not another); "homes" are "houses";
    /// a figure that counts a part of the figure before it ("including 122", "53 of them", "of which 180") or of a total named
    /// before it ("of the total deaths, 509 were ...", an opening "Of these, 9 ..."), a toll's part of a whole named after it
    /// ("8 of those hurt are children"), a toll at a site inside a place with no place of its own ("9 died in an apartment
    /// block") and a toll whose clause says who its people were ("the other 7 victims were worshippers": subject
    /// "worshippers") gets "(a part)" after its subject; a part word after another figure is that figure's ("reached 58 as
    /// four more patients succumbed to their wounds") and a figure with its own verb takes no part word from the clause before it
    /// ("30 were killed (...), 41 were hospitalized") nor one of a clause of time after it ("rose to 46 after another injured
    /// man died"); the wounded admitted to hospital are "people in hospital", and so are people who "remain in hospitals" or
    /// "have been taken to hospitals"; people with whom there is "no contact", whose "fate" is unknown, who "disappeared" or are
    /// "unaccounted for" are the missing; a part of a toll with no place is kept to its article; "in the
    /// country", "at least", "the X administration" are no place, "central X" is X, and "the Indian Ocean island of X" is X; a figure whose words state a rise ("a jump of 45,000") or, for tolls, things used and other counts, a short period just
    /// ended ("in the past 24 hours", "539 drones overnight") is a <see cref="ForceEstimates.Statistic.Change"/>, and so is a toll, a
    /// tally of events or a count of things used whose time is a period that ended before the article ("286 civilians were killed
    /// in July", "launched 6,297 drones in July", said in August): the count of that period, which an aggregate does not combine
    /// with counts of other periods (<see cref="Aggregation.Exclusion.AnotherPeriod"/>). Review it before aggregating: the words of one
    /// sentence rarely say everything.
    /// <see cref="ReportExtractor.ToReports(IEnumerable{ExtractedFigure})"/> also gives one spelling to a region written
    /// several ways across figures ("Kursk", "Kursk region", "Kursk Oblast").
    /// </summary>
    /// <returns>The quantity.</returns>
    public Quantity SuggestQuantity() => SuggestQuantity(GuessedPlace());

    /// <summary>
    /// The place the quantity gets: <see cref="Place"/> tidied (<see cref="QuantityGuess.Place(string?)"/>), else one its
    /// sentence names in words the extractor does not read as the figure's ("in the Ukrainian city of Dovra", "In Dovra,":
    /// <see cref="QuantityGuess.PlaceInSentence"/>; for a headline's figure, also the sentence of the text that states it in
    /// full), or null.
    /// </summary>
    internal string? GuessedPlace()
    {
        if (QuantityGuess.Place(Place) is { } place && !QuantityGuess.IsNationalityOfANamedCountry(place, articleText)
            && !(Kind == FigureKind.Casualties && QuantityGuess.IsOriginFrom(articleText.AsSpan(sentenceStart, sentenceEnd - sentenceStart), Place!)))
        {
            // "the Indian Ocean island of Varo": the island named after the region read as the place.
            return Place is { } read
                && QuantityGuess.AppositiveName(articleText.AsSpan(sentenceStart, sentenceEnd - sentenceStart), read) is { } island ? island : place;
        }
        if (Kind == FigureKind.Territory && QuantityGuess.Place(QuantityGuess.LandOf(Subject, articleText)) is { } land)
        {
            return land; // "19% of Orlova", "430 km² of Ukrainian territory": the land the area is of
        }
        var sentence = articleText.AsSpan(sentenceStart, sentenceEnd - sentenceStart);
        if (QuantityGuess.PlaceInSentence(sentence, Math.Clamp(Start - sentenceStart, 0, sentence.Length)) is { } named)
        {
            return named;
        }
        if (wordsSentenceStart == sentenceStart)
        {
            return null;
        }
        // A headline's figure: the place the sentence that states it in full names ("The number of civilians killed in the
        // besieged city of Dovra has risen to ...").
        var full = articleText.AsSpan(wordsSentenceStart, wordsSentenceEnd - wordsSentenceStart);
        return QuantityGuess.PlaceInSentence(full, Math.Clamp(wordsStart - wordsSentenceStart, 0, full.Length));
    }

    /// <summary>
    /// Whether the figure's sentence is the article's headline or lead: no more than one sentence or line ends before it.
    /// </summary>
    internal bool InLead()
    {
        int ends = 0;
        for (int i = 0; i < sentenceStart && i < articleText.Length; i++)
        {
            char c = articleText[i];
            if ((c == '\n' || (c is '.' or '!' or '?' && i + 1 < articleText.Length && articleText[i + 1] == ' ')) && ++ends > 1)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The town and the wider place it lies in that the words around the figure's place say ("Ostrel's Tarvo", "the Tarvo
    /// area of Ostrel", "Varnik of the Dolsk region"; <see cref="QuantityGuess.Containment"/>), or null: around the place
    /// read, and around <paramref name="guessed"/> (the place guessed for the figure: "Dovra" of "the eastern Kessian city of
    /// Dovra") when it is another.
    /// </summary>
    internal void PlaceWithin(List<(string Narrow, string Wide)> pairs, string? guessed = null)
    {
        if (Place is { } read)
        {
            ContainmentAround(pairs, read);
        }
        if (guessed is not null && guessed != Place)
        {
            ContainmentAround(pairs, guessed);
        }
    }

    /// <summary>
    /// The towns and wider places every sentence of the figure's article says contain each other around the places
    /// <paramref name="reads"/> (<see cref="QuantityGuess.Containment"/>): an article about one event says once where its
    /// town lies ("Tarvo, Dolsk region" in a sentence with no figure), and that holds for all its figures.
    /// </summary>
    internal void ContainmentInArticle(List<(string Narrow, string Wide)> pairs, IReadOnlyList<string> reads)
    {
        // The sentences: a line's end, or a stop, question or exclamation mark before a space, ends one (the mark in none).
        string text = articleText;
        var ends = new List<int>();
        for (int i = 0; ;)
        {
            int next = i < text.Length ? text.AsSpan(i).IndexOfAny(SentenceMarks) : -1;
            int at = next < 0 ? text.Length : i + next;
            if (at < text.Length && text[at] != '\n' && !(at + 1 < text.Length && text[at + 1] == ' '))
            {
                i = at + 1;
                continue;
            }
            ends.Add(at);
            if (at == text.Length)
            {
                break;
            }
            i = at + 1;
        }
        // Each place where the text writes it within one sentence (a sentence once), then each sentence's places in the order
        // given: the same sentences and order as asking every sentence for every place, with one search of the text a place.
        var hits = new List<(int Sentence, int Read)>();
        for (int k = 0; k < reads.Count; k++)
        {
            string read = reads[k];
            int s = 0;
            for (int at = text.IndexOf(read, StringComparison.Ordinal); at >= 0;)
            {
                while (ends[s] < at)
                {
                    s++;
                }
                int from = at + 1;
                if (at + read.Length <= ends[s])
                {
                    hits.Add((s, k));
                    from = ends[s] + 1; // no need to look again in this sentence
                }
                at = from <= text.Length ? text.IndexOf(read, from, StringComparison.Ordinal) : -1;
            }
        }
        hits.Sort();
        foreach (var (s, k) in hits)
        {
            int start = s == 0 ? 0 : ends[s - 1] + 1;
            QuantityGuess.Containment(text.AsSpan(start, ends[s] - start), reads[k], pairs);
        }
    }

    /// <summary>The characters that may end a sentence for <see cref="ContainmentInArticle"/>.</summary>
    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create("\n.!?");

    /// <summary><see cref="QuantityGuess.Containment"/> around <paramref name="read"/> in the figure's sentence (and the one its words are read from).</summary>
    private void ContainmentAround(List<(string Narrow, string Wide)> pairs, string read)
    {
        QuantityGuess.Containment(articleText.AsSpan(sentenceStart, sentenceEnd - sentenceStart), read, pairs);
        if (wordsSentenceStart != sentenceStart)
        {
            QuantityGuess.Containment(articleText.AsSpan(wordsSentenceStart, wordsSentenceEnd - wordsSentenceStart), read, pairs);
        }
    }

    /// <summary>Whether <paramref name="other"/> is a figure of the same article's same sentence.</summary>
    internal bool SharesSentenceWith(ExtractedFigure other)
        => ArticleId == other.ArticleId && sentenceStart == other.sentenceStart && sentenceEnd == other.sentenceEnd;

    /// <summary>Where the figure's sentence starts and ends in its article: two figures of one article share a sentence when these are equal.</summary>
    internal (int Start, int End) SentenceBounds => (sentenceStart, sentenceEnd);

    /// <summary>
    /// The site the figure's sentence, or the one its words are read from (a headline's figure told again below it), names
    /// in <paramref name="country"/> (<see cref="QuantityGuess.SiteIn"/>), or null.
    /// </summary>
    internal string? SiteIn(string country)
        => QuantityGuess.SiteIn(Sentence, country)
            ?? (wordsSentenceStart != sentenceStart ? QuantityGuess.SiteIn(articleText[wordsSentenceStart..wordsSentenceEnd], country) : null);

    /// <summary>The town the figure's article says a venue lies in (<see cref="QuantityGuess.VenuesTown"/>), or null.</summary>
    internal string? VenuesTown(string venue) => QuantityGuess.VenuesTown(articleText, venue);

    /// <summary>Whether the figure's article names <paramref name="place"/> anywhere (as written).</summary>
    internal bool ArticleNames(string place) => articleText.Contains(place, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the figure's article names <paramref name="place"/> as a word of its own (as written, its case kept: "Dovra"
    /// in "the Dovra market", not in "Dovrany"), or, for a place with a word for its level ("Dovra district"), its name alone.
    /// </summary>
    internal bool ArticleNamesWord(string place)
        => Characters.ContainsWord(articleText, place) || (QuantityGuess.PlaceStemName(place) is var stem && stem.Length < place.Length && Characters.ContainsWord(articleText, stem));

    /// <summary>
    /// The one place the article's headline and lead (its first two sentences or lines) name for its event
    /// (<see cref="QuantityGuess.NamedLeadPlace"/>), or null.
    /// </summary>
    internal string? NamedLeadPlace()
    {
        int ends = 0, end = articleText.Length;
        for (int i = 0; i < articleText.Length; i++)
        {
            char c = articleText[i];
            if ((c == '\n' || (c is '.' or '!' or '?' && i + 1 < articleText.Length && articleText[i + 1] == ' ')) && ++ends > 1)
            {
                end = i;
                break;
            }
        }
        return QuantityGuess.NamedLeadPlace(articleText.AsSpan(0, end));
    }

    /// <summary><see cref="SuggestQuantity()"/> with the place given (already tidied, or null).</summary>
    internal Quantity SuggestQuantity(string? place)
    {
        // The unit as written, else the one the estimate is stated in ("half", "a third": a fraction of one), else a count.
        var unit = Unit is { } written && ForceEstimates.Unit.TryParse(written, out var parsed) && parsed is not null ? parsed
            : Estimate.Stated.Unit is { } stated && ForceEstimates.Unit.TryParse(stated, out var statedUnit) && statedUnit is not null ? statedUnit
            : QuantityGuess.CountUnit(Kind, Subject);
        var metric = Metric ?? unit.Dimension switch
        {
            Dimension.Area => ForceEstimates.Metric.TerritoryHeld,
            Dimension.Ratio => ForceEstimates.Metric.Of("share"),
            Dimension.Length => ForceEstimates.Metric.Of("distance"),
            _ => QuantityGuess.CountMetric(Kind),
        };
        bool tollPart = false;
        // A headline's figure is read from the sentence of the text that states it in full ("Toll rises to 1,500" ... "The
        // number of civilians killed in X has risen to 1,500": civilians killed).
        var sentence = articleText.AsSpan(wordsSentenceStart, wordsSentenceEnd - wordsSentenceStart);
        int figureStart = Math.Clamp(wordsStart - wordsSentenceStart, 0, sentence.Length), figureEnd = Math.Clamp(wordsStart + wordsLength - wordsSentenceStart, 0, sentence.Length);
        int partAt = -1;
        if (Kind == FigureKind.Casualties && metric == ForceEstimates.Metric.Losses
            && QuantityGuess.CasualtyPart(sentence, figureStart, figureEnd, out partAt) is { } part)
        {
            metric = part; // "killed", "wounded", "captured", "missing": a toll's parts are different quantities
            tollPart = true;
        }
        else if ((Metric is null && Kind is FigureKind.Unknown or FigureKind.Personnel or FigureKind.Other
                || Kind == FigureKind.Casualties && metric == ForceEstimates.Metric.Losses) && unit == ForceEstimates.Unit.Persons
            && QuantityGuess.NamesNoMeasure(Subject) && QuantityGuess.GoverningHarm(sentence, figureStart, figureEnd, out partAt) is { } governed)
        {
            // "the Tesk toll crept to at least 217": a bare count governed by a toll's word is that part of the toll,
            // whatever kind its own words were read as (a casualty count too, when no part word stands in its own clause); a
            // noun of people alone never says what it measures.
            metric = governed;
            tollPart = true;
        }
        if (metric.Equals(FigureKinds.Displaced) && QuantityGuess.CountsRefugees(sentence, figureEnd, Subject))
        {
            metric = QuantityGuess.Refugees; // fled abroad: another quantity than the displaced within the country
        }
        var statistic = Statistic;
        bool periodsPart = false;
        string? dayOfAPart = statistic is ForceEstimates.Statistic.Cumulative or ForceEstimates.Statistic.Level && Kind == FigureKind.Casualties
            ? QuantityGuess.DayOfAPart(sentence, figureStart, figureEnd) : null;
        if (dayOfAPart is not null)
        {
            // "47 people on Monday and 38 on Tuesday": each day's part of the toll of both (its subject names the day).
            periodsPart = true;
        }
        else if (statistic is ForceEstimates.Statistic.Cumulative or ForceEstimates.Statistic.Level
            && QuantityGuess.StatesPeriodChange(sentence, figureStart, figureEnd, Kind is FigureKind.Casualties or FigureKind.Other or FigureKind.Equipment or FigureKind.Events))
        {
            // "12 were killed in the past 24 hours", "a jump of 45,000": the period's part, not the toll as of a day.
            statistic = ForceEstimates.Statistic.Change;
            periodsPart = true;
        }
        else if (statistic == ForceEstimates.Statistic.Change && Rate is not null && figureStart > 0
            && FigureKinds.IsPartWithItsOwnPeriod(articleText, wordsSentenceStart, wordsSentenceStart + figureStart))
        {
            periodsPart = true; // "3,948 tanks since the invasion, including 12 in the past day": the day's part, a change of the same count
        }
        else if (statistic == ForceEstimates.Statistic.Level && Kind == FigureKind.Territory && RefersTo.Start < RefersTo.End
            && QuantityGuess.TakesGround(sentence, figureStart, out bool givenUp) && (!givenUp || RefersTo.End < Published))
        {
            // "captured about 430 km² in August", "have taken 3,100 km² since the start of the year": ground that changed
            // hands over a period, not the area held at its end.
            statistic = ForceEstimates.Statistic.Change;
        }
        else if (statistic == ForceEstimates.Statistic.Level && RefersTo.Start < RefersTo.End && RefersTo.End < Published
            && (Kind is FigureKind.Equipment or FigureKind.Events || ((metric.Equals(FigureKinds.Displaced) || metric.Equals(QuantityGuess.Refugees)) && QuantityGuess.StatesFlight(sentence, figureStart, figureEnd))))
        {
            // "286 civilians were killed in July", "launched 6,297 drones in July" (said in August): the count of a period
            // that ended before the article, not the toll since the count began nor a stock of things.
            statistic = ForceEstimates.Statistic.Change;
        }
        ReadOnlySpan<char> after = default;
        if (Subject is { } subject)
        {
            int from = Math.Min(wordsStart + wordsLength, wordsSentenceEnd);
            int at = articleText.IndexOf(subject, from, wordsSentenceEnd - from, StringComparison.Ordinal);
            int end = wordsSentenceEnd;
            if (at < 0 && wordsSentenceStart != sentenceStart)
            {
                from = Math.Min(Start + Length, sentenceEnd); // the subject as the headline words it
                at = articleText.IndexOf(subject, from, sentenceEnd - from, StringComparison.Ordinal);
                end = sentenceEnd;
            }
            after = at >= 0 ? articleText.AsSpan(at + subject.Length, end - at - subject.Length) : default;
        }
        string subjectGuess = QuantityGuess.Subject(Subject, after);
        string? peoplePart = null;
        if (tollPart)
        {
            subjectGuess = QuantityGuess.TollSubject(subjectGuess, metric);
            if (subjectGuess == QuantityGuess.People)
            {
                // "civilian deaths", "397 elderly people", "210 bodies remain in morgues": a part of the toll, not the toll.
                peoplePart = QuantityGuess.PeoplePart(sentence, figureStart, figureEnd, partAt);
            }
        }
        else if (Kind == FigureKind.Casualties && QuantityGuess.IsLives(subjectGuess))
        {
            subjectGuess = QuantityGuess.People; // "claimed 20,000 lives": a toll of people
        }
        else if (metric == ForceEstimates.Metric.TerritoryHeld || metric == ForceEstimates.Metric.TerritoryLost)
        {
            // The land an area is of is its place (GuessedPlace), not what it counts.
            subjectGuess = Kind == FigureKind.Territory && QuantityGuess.LandOf(Subject, articleText) is not null
                ? QuantityGuess.Unspecified
                : QuantityGuess.TerritorySubject(subjectGuess);
            if (Kind == FigureKind.Territory && (subjectGuess == QuantityGuess.Unspecified || !char.IsUpper(subjectGuess[0])) && unit.Dimension is Dimension.Area or Dimension.Ratio
                && (QuantityGuess.Holder(articleText, wordsSentenceStart, sentence, figureStart, figureEnd, out bool givesUp, out bool firstPerson)
                    ?? (firstPerson && Attribution.Origin is { } speaker ? QuantityGuess.SpeakersSide(speaker.Name, articleText) : null)) is { } holder)
            {
                // "Kessian forces captured about 430 km² of Orlovan territory": the ground Kessian forces hold grew; "Orlova
                // has lost 430 km²": the ground Orlova lost; "we controlled about 1,376 km²", said a source in Kessia's
                // General Staff: the ground Kessian forces held. The side is the subject, the land the place.
                subjectGuess = holder;
                metric = givesUp ? ForceEstimates.Metric.TerritoryLost : ForceEstimates.Metric.TerritoryHeld;
            }
        }
        bool released = false;
        // People of no toll's part, of any kind but things ("no contact with at least 11 people" is read of no kind).
        bool harmOfPeople = Kind is FigureKind.Personnel or FigureKind.Other or FigureKind.Unknown && unit == ForceEstimates.Unit.Persons && !tollPart;
        bool ofPeople = Kind is FigureKind.Personnel or FigureKind.Other || (Kind == FigureKind.Casualties && metric.Equals(QuantityGuess.CapturedMetric));
        if (ofPeople && unit == ForceEstimates.Unit.Persons && QuantityGuess.HeldCaptive(sentence, figureStart, figureEnd, Subject))
        {
            // "8,000 soldiers are still held by Kessia", "Nearly 8,000 prisoners remain in Kessian jails": the captives held now.
            metric = QuantityGuess.CapturedMetric;
            statistic = ForceEstimates.Statistic.Level;
            subjectGuess = QuantityGuess.CaptivesSubject(subjectGuess);
        }
        else if (Kind is not (FigureKind.Equipment or FigureKind.Events)
            && (QuantityGuess.StatesRelease(sentence, figureStart, figureEnd, Subject, tollPart && metric.Equals(QuantityGuess.CapturedMetric))
                || (ofPeople && unit == ForceEstimates.Unit.Persons && QuantityGuess.ReturnedFromCaptivity(sentence, figureStart, figureEnd))))
        {
            // "Dovra freed four hostages", "in exchange for 900 Varan prisoners": one release's count; with no
            // place, which exchange it was is its article's.
            metric = QuantityGuess.Released;
            if (QuantityGuess.CountsAllReleases(sentence, figureStart, figureEnd))
            {
                statistic = ForceEstimates.Statistic.Cumulative; // "in total 5,857 have been returned": all releases so far
            }
            else
            {
                released = place is null;
            }
        }
        else if (tollPart && metric.Equals(QuantityGuess.MissingMetric) && QuantityGuess.StatesMissing(sentence, figureStart, figureEnd))
        {
            statistic = ForceEstimates.Statistic.Cumulative; // "280 are still unaccounted for": the missing as of now, as below
        }
        else if ((harmOfPeople || (Kind == FigureKind.Casualties && !tollPart && metric == ForceEstimates.Metric.Losses))
            && QuantityGuess.StatesMissing(sentence, figureStart, figureEnd))
        {
            // "no contact with at least 11 people", "the fate of 24 people is unknown": the missing.
            metric = QuantityGuess.MissingMetric;
            statistic = ForceEstimates.Statistic.Cumulative;
            subjectGuess = QuantityGuess.TollSubject(subjectGuess);
            tollPart = true;
        }
        else if ((harmOfPeople || (Kind == FigureKind.Casualties && !tollPart && metric == ForceEstimates.Metric.Losses))
            && QuantityGuess.StatesInHospital(sentence, figureEnd))
        {
            // "25 people remain in hospitals", "98 people have been taken to hospitals": the wounded in hospital.
            metric = QuantityGuess.WoundedMetric;
            statistic = ForceEstimates.Statistic.Cumulative;
            subjectGuess = QuantityGuess.TollSubject(subjectGuess);
            peoplePart = subjectGuess == QuantityGuess.People ? QuantityGuess.InHospital : null;
            tollPart = true;
        }
        if (Kind == FigureKind.Casualties && unit == ForceEstimates.Unit.Persons && QuantityGuess.HandlingStage(sentence, figureEnd) is { } stage)
        {
            // "141 of the dead are now identified", "63 were handed over", "410 patients were discharged": those past a stage
            // of handling so far, a part of the toll (the discharged of the wounded) that grows toward it.
            metric = QuantityGuess.StagesMetric(stage);
            statistic = ForceEstimates.Statistic.Cumulative;
            subjectGuess = QuantityGuess.People;
            peoplePart = QuantityGuess.People + " " + stage;
            tollPart = true;
        }
        else if (Kind is FigureKind.Casualties or FigureKind.Other or FigureKind.Unknown && unit == ForceEstimates.Unit.Persons
            && QuantityGuess.StatesGraveCondition(sentence, figureEnd))
        {
            // "some 37 of the hurt are in critical condition": the gravely hurt, a part of the wounded.
            metric = QuantityGuess.WoundedMetric;
            statistic = ForceEstimates.Statistic.Cumulative;
            subjectGuess = QuantityGuess.People;
            peoplePart = QuantityGuess.InCriticalCondition;
            tollPart = true;
        }
        bool survivors = false;
        if (unit == ForceEstimates.Unit.Persons && Kind is not (FigureKind.Equipment or FigureKind.Events or FigureKind.Territory)
            && QuantityGuess.StatesSurvival(sentence, figureEnd))
        {
            // "26 people had survived", "all 19 crew of the trawler survived": the survivors, neither the dead nor those aboard.
            metric = QuantityGuess.Survivors;
            statistic = ForceEstimates.Statistic.Cumulative;
            subjectGuess = QuantityGuess.People;
            peoplePart = null;
            tollPart = false;
            survivors = true;
        }
        bool predicateGroup = false;
        if (Kind == FigureKind.Casualties && peoplePart is null && !survivors
            && (subjectGuess == QuantityGuess.People || subjectGuess == QuantityGuess.Unspecified)
            && QuantityGuess.PredicateGroup(sentence, figureEnd) is { } group)
        {
            // "the other 7 victims were worshippers", "11 were firemen": a part of the toll named by who they were.
            peoplePart = group;
            predicateGroup = true;
        }
        bool namesNothing = released || QuantityGuess.NamesNothing(subjectGuess, place)
            || (Kind == FigureKind.Casualties && place is null && QuantityGuess.NamesAPartOfPeople(subjectGuess));
        subjectGuess = peoplePart ?? subjectGuess;
        if (dayOfAPart is not null)
        {
            subjectGuess += " on " + dayOfAPart;
        }
        bool partWithNoPlace = false;
        if (((partAt < figureEnd && QuantityGuess.CountsAPartOfTheFigureBefore(sentence, figureStart, figureEnd))
                || QuantityGuess.OfTheTotalBefore(sentence, figureStart)
                || (tollPart && QuantityGuess.PartOfAWholeAfter(sentence, figureEnd, partAt))
                || (QuantityGuess.AfterAnOpeningOf(sentence, figureStart))
                || (tollPart && place is null && QuantityGuess.NamesAVenueAfter(sentence, figureEnd))
                || predicateGroup)
            && !QuantityGuess.NamesAPartOfPeople(subjectGuess)
            && !periodsPart && !survivors)
        {
            // "316 were injured, including 122 who were flown abroad", "300 attacks, while 53 of them succeeded": a part of
            // the figure before, whose words it shares; not when its own words after it name its part of a toll ("11,000
            // troops, 1,100 of them killed or wounded": the troops' losses, another metric already; nor when the part is a
            // period's, "3,948 tanks ..., including 12 in the past day": the change of the same count, a statistic apart).
            subjectGuess += " (a part)";
            // A part of a toll named by its people ("12 of them were men", "22 were servicemen") with no place is its
            // article's: the men of one toll are not the men of another.
            partWithNoPlace = place is null && (Kind == FigureKind.Casualties || tollPart);
        }
        namesNothing |= partWithNoPlace;
        if (namesNothing)
        {
            // Nothing but the metric is known: the article's own ("people (2024-10-07/5f0e9c2a)"), so that figures of one
            // article still meet (a peak and the level below it) and those of two articles about two things do not. A part
            // read from the words ("civilians" of "civilian deaths") with no place stays in its article too, and a figure
            // of a year before the article's ("killed 500 in 2017" in an article of 2022) is not the article's figure now.
            subjectGuess = RefersTo.End.Year < Published.Year
                ? string.Create(CultureInfo.InvariantCulture, $"{subjectGuess} ({ArticleId}, {RefersTo.End.Year})")
                : $"{subjectGuess} ({ArticleId})";
        }
        return Quantity.Of(metric, subjectGuess, place, unit, statistic);
    }

    /// <summary>
    /// The subject <paramref name="quantity"/> had before <see cref="SuggestQuantity()"/> kept it to this figure's article
    /// ("people" of "people (2024-10-07/5f0e9c2a)"), or null when it names a place or is not kept to the article.
    /// </summary>
    internal string? SubjectKeptToArticle(Quantity quantity)
    {
        if (quantity.Place is not null)
        {
            return null;
        }
        string id = ArticleId, subject = quantity.Subject;
        int at = LastIndexOfBracketed(subject, id);
        return at > 0 && (subject.Length == at + id.Length + 3 || subject[at + id.Length + 2] == ',') ? subject[..at] : null;
    }

    /// <summary>Where " (" and <paramref name="id"/> last stand in <paramref name="subject"/>, or -1: the last index of the two joined, without joining them.</summary>
    private static int LastIndexOfBracketed(string subject, string id)
    {
        var text = subject.AsSpan();
        int end = text.Length;
        while (end >= id.Length)
        {
            int at = text[..end].LastIndexOf(id, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }
            if (at >= 2 && text[at - 2] == ' ' && text[at - 1] == '(')
            {
                return at - 2;
            }
            end = at + id.Length - 1; // an earlier match may overlap this one
        }
        return -1;
    }

    /// <summary>Whether <paramref name="other"/> was read from the same article (its text and publication date).</summary>
    internal bool IsOfArticle(ExtractedFigure other) => article.Equals(other.article) && Published == other.Published;

    /// <summary>The figure as a report of its <see cref="SuggestQuantity()"/>, with the default id (see <see cref="ToReport(Quantity, string?)"/>).</summary>
    /// <returns>The report.</returns>
    public Report ToReport() => ToReport(SuggestQuantity());

    /// <summary>The publication date, a hash of the article's text and the figure's position: "2024-11-23/5f0e9c2a@1081".</summary>
    private string DefaultId => string.Create(CultureInfo.InvariantCulture, $"{ArticleId}@{Start}");

    /// <summary>The article's part of <see cref="DefaultId"/>: its publication date and its text's hash ("2024-11-23/5f0e9c2a").</summary>
    internal string ArticleId => article.IdOn(Published);

    /// <summary>"nearly 60,000 [Russian army personnel, Kursk Oblast] (source → Reuters) 2024-11-23".</summary>
    public override string ToString()
    {
        string about = (Subject, Place) switch
        {
            (null, null) => "",
            (not null, null) => $" [{Subject}]",
            (null, not null) => $" [{Place}]",
            _ => $" [{Subject}, {Place}]",
        };
        string attribution = Attribution.IsEmpty ? "" : $" ({Attribution})";
        string when = RefersTo.Start == RefersTo.End
            ? RefersTo.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)
            : RefersTo.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + ".." + RefersTo.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        return $"{Text}{about}{attribution} {when}";
    }
}

/// <summary>
/// An article's part of default report ids: eight hex digits of a 32-bit FNV-1a hash (Fowler–Noll–Vo)
/// over the UTF-16 code units of its text, stable across runs and platforms (unlike
/// <see cref="string.GetHashCode()"/>). Computed once, when a first report id needs it, for all the
/// figures of one reading; thread-safe (a race computes the same value twice).
/// </summary>
internal sealed class ArticleKey(string text)
{
    private string? value;

    internal string Value => value ??= Hash(text);

    /// <summary>The last id made by <see cref="IdOn"/>, with the date it was made for (one object, so that a reader sees both or neither).</summary>
    private PublishedId? id;

    /// <summary>
    /// The article's id as of its publication date: the date and <see cref="Value"/> ("2024-11-23/5f0e9c2a"). Made once for
    /// the figures of one reading, which share the date, rather than once for each figure each time it is asked.
    /// </summary>
    internal string IdOn(LocalDate published)
    {
        if (id is { } made && made.Published == published)
        {
            return made.Id;
        }
        string written = string.Create(CultureInfo.InvariantCulture, $"{published.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}/{Value}");
        id = new PublishedId(published, written);
        return written;
    }

    /// <summary>An id and the publication date it was made for.</summary>
    private sealed record PublishedId(LocalDate Published, string Id);

    private static string Hash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }
        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
