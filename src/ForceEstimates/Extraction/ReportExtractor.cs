using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace ForceEstimates.Extraction;

/// <summary>
/// Reads a news article and proposes its figures as reports: each figure with its hedge, estimate,
/// unit, subject, place, attribution chain and the dates it refers to. An instance carries its
/// options (hedge model, known sources, look-back window); the <c>With...</c> methods return
/// changed copies. Immutable and thread-safe: one instance can read many articles at once.
/// </summary>
/// <remarks>
/// <para>What counts as a figure: a number written with digits (or a number word with a multiplier,
/// "two million", or a vague amount, "tens of thousands") with its hedge ("about", "nearly", "over",
/// "between ... and ..."), multiplier and measurement unit. Not figures: dates and years, times of
/// day, ordinals, durations and ages ("24 hours", "25-year-old"), model names ("Su-34"), money,
/// phone numbers, identifiers, page counters, and numbers under ten written as words ("three lines").</para>
/// <para>A figure stated again ("over 40%" in the headline, "over 40 per cent" in the text) is one
/// figure: the same hedge, number(s) and unit class ("%" and "per cent" are one unit) and no
/// conflicting subject. It keeps its first mention's text and position and lists every mention.</para>
/// <para>The scanning is hand-written and looks at a bounded window around each number and word, so
/// time grows linearly with the text whatever it contains.</para>
/// </remarks>
public sealed partial class ReportExtractor
{
    private readonly HedgeModel? hedgeModel;
    private readonly KnownSources known;

    private ReportExtractor(HedgeModel? hedgeModel, KnownSources known, int previouslyLookBackDays)
    {
        this.hedgeModel = hedgeModel;
        this.known = known;
        PreviouslyLookBackDays = previouslyLookBackDays;
    }

    /// <summary>The extractor with the default hedge model, the built-in known sources and a 30-day look-back window.</summary>
    public static ReportExtractor Default { get; } = new(null, KnownSources.Default, 30);

    /// <summary>The hedge model the estimates are parsed with (<see cref="HedgeModel.Default"/> unless changed).</summary>
    public HedgeModel HedgeModel => hedgeModel ?? HedgeModel.Default;

    /// <summary>
    /// How many days before publication a figure attributed with "has previously said" (and no date)
    /// may refer to: its <see cref="ExtractedFigure.RefersTo"/> is the window of that many days
    /// ending the day before publication.
    /// </summary>
    public int PreviouslyLookBackDays { get; }

    /// <summary>A copy that parses estimates with <paramref name="model"/>.</summary>
    /// <param name="model">The hedge model.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public ReportExtractor WithHedgeModel(HedgeModel model) => new(Preconditions.CheckNotNull(model), known, PreviouslyLookBackDays);

    /// <summary>A copy that also recognises <paramref name="name"/>, written as any of <paramref name="aliases"/>, and reports it under <paramref name="name"/>.</summary>
    /// <param name="name">The source's own name ("Interfax-Ukraine").</param>
    /// <param name="aliases">Other spellings ("Interfax Ukraine").</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="aliases"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or an alias is empty.</exception>
    public ReportExtractor WithKnownSource(string name, params string[] aliases)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckNotNull(aliases);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "Expected a source name, but got an empty one.");
        foreach (string alias in aliases)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(alias), nameof(aliases), "Expected every alias to be a name, but one is null or empty.");
        }
        return new(hedgeModel, known.With(name.Trim(), aliases), PreviouslyLookBackDays);
    }

    /// <summary>The longest look-back window, a century: longer ones would run off the calendar for an article dated near its start.</summary>
    internal const int MaxPreviouslyLookBackDays = 36_525;

    /// <summary>A copy with another look-back window for "has previously said".</summary>
    /// <param name="days">The window in days, from 1 to 36,525 (a century).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1 or more than 36,525.</exception>
    public ReportExtractor WithPreviouslyLookBackDays(int days)
    {
        if (days < 1 || days > MaxPreviouslyLookBackDays)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "Expected a window of 1 to 36,525 days (a century).");
        }
        return new(hedgeModel, known, days);
    }

    /// <summary>Reads the figures of an article, in text order of their first mention.</summary>
    /// <param name="text">The article text: headline, paragraphs one per line.</param>
    /// <param name="published">The publication date, which relative dates ("Nov. 21", "last week") are resolved against.</param>
    /// <returns>The figures; empty for an empty text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<ExtractedFigure> Extract(string text, LocalDate published) => Extract(text, published, null);

    /// <summary>Reads the figures of an article published by <paramref name="outlet"/>, which ends every attribution chain.</summary>
    /// <param name="text">The article text: headline, paragraphs one per line.</param>
    /// <param name="published">The publication date, which relative dates are resolved against (in any calendar; figures carry it as an ISO date).
    /// A relative date that would fall outside NodaTime's range of years is left unresolved.</param>
    /// <param name="outlet">The outlet that published the article ("The Kyiv Independent"), or null when unknown.</param>
    /// <returns>The figures; empty for an empty text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="outlet"/> is empty or white space.</exception>
    public IReadOnlyList<ExtractedFigure> Extract(string text, LocalDate published, string? outlet)
    {
        Preconditions.CheckNotNull(text);
        published = Dates.Iso(published);
        Preconditions.CheckArgument(outlet is null || !string.IsNullOrWhiteSpace(outlet), nameof(outlet), "Expected an outlet name or null, but got an empty name.");
        var article = new ArticleKey(text);
        // The reading's buffers are lent for this article and kept for the next (nothing returned points into them); an
        // exception leaves them to the collector.
        var workspace = ReadingWorkspace.Take(text);
        var proposals = ArticleReading.Read(text, published, outlet?.Trim(), known, PreviouslyLookBackDays, workspace);
        var figures = new List<ExtractedFigure>(proposals.Count);
        foreach (var proposal in proposals)
        {
            var estimate = EstimateOf(proposal.Text, text, proposal.Figure.Reading);
            var alternative = proposal.Figure.Alternative is { } other ? EstimateOf(null, text, other.Value) : null;
            figures.Add(new ExtractedFigure(proposal, estimate, alternative, published, article, text));
        }
        workspace.Release();
        return figures;
    }

    /// <summary>
    /// The figures as reports, each of its <see cref="ExtractedFigure.SuggestQuantity()"/>, with one spelling for a region
    /// written several ways among them: "Kursk", "Kursk region" and "Kursk Oblast" (one name, with or without a word for
    /// its level: oblast, region, province, governorate, krai, prefecture) all become the spelling with such a word that
    /// the figures write most often ("Kursk Oblast"). So the figures of several articles about one thing are reports of
    /// one quantity for <see cref="Aggregation.Aggregate.ByQuantity(IEnumerable{Report}, LocalDate, Aggregation.AggregationOptions?)"/>.
    /// A figure whose quantity names nothing but its metric takes the quantity of a figure of its article that states the
    /// same number of the same metric and subject with a place (the number said again: a quote, a headline; not for a bare
    /// "count"; among the figures next to it of its article, as one call of Extract returns them). A toll of people kept to
    /// its article ("a further 117 people were wounded", "the dead included two children") takes the place of a toll of
    /// people in its article's headline or lead ("killing at least 34 people in the city of Dovra"), when every casualty
    /// figure of the article that has a place names that one (not two places or sides), the lead's figure is of the same
    /// statistic, its dates meet the figure's (or the figure is a cumulative count of the lead's own part of the toll: the toll
    /// as it rose, counted at another hour or day; or of the wounded beside the lead's dead, both numbers stated, counted on
    /// another day), and the figure counts at most ten times the lead's (the war's toll after a
    /// day's is another toll) and, for the lead's own part of the toll, between half and twice the lead's (the toll
    /// counted again, not a day's share of it); a part of a toll (a subject marked "(a part)": "Of these, 9 ...", "8 of those
    /// hurt", "11 were firemen", a toll at a site, "in an apartment block") is not lent it, whatever its dates; other
    /// kinds (the displaced, troops) are not lent it. When no casualty figure of the article has a place, the one place its
    /// headline or lead names for its event ("In Dovra, a bomb tore through ...", "a strike on the Dovra railway station") is
    /// lent under the same bounds, measured against the article's first toll. A cumulative toll placed at a wider level (a
    /// district, a region, "eastern Ukraine") takes the town of its event when the batch's own words say the town lies
    /// there ("Ostrel's Tarvo", "the Tarvo area of Ostrel", "Varnik of the Dolsk region", "the eastern Kessian city of
    /// Dovra"), its article names the town, and its number is of the scale of the town's tolls of the same metric (not the
    /// region's toll since the war began); a toll placed at a country's bare name only when its own article's words place
    /// the town in that country ("Rockets leave over 30 dead in Kessia" above "... fell on the Kessian city of Dovra"). An
    /// area whose clause names no side ("we control about 90 km² of the Tarn region") takes the
    /// one side the batch's areas of the same metric and place name. Else the figure stays kept to its
    /// article (<see cref="ExtractedFigure.SuggestQuantity()"/>): lending the place of any figure of its kind met 7 more pairs
    /// of one thing and 19 more of different things on a held-out set of real articles (another side's toll, a day's toll,
    /// an offensive's toll beside the year's). A first guess: review the quantities before aggregating. Each report gets its
    /// figure's default id.
    /// </summary>
    /// <param name="figures">Figures of one or more articles (as <see cref="Extract(string, LocalDate, string?)"/> returns them).</param>
    /// <returns>The reports, in the order of the figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> or one of its figures is null.</exception>
    public static IReadOnlyList<Report> ToReports(IEnumerable<ExtractedFigure> figures)
    {
        Preconditions.CheckNotNull(figures);
        var all = new List<ExtractedFigure>();
        var places = new List<string?>();
        foreach (var figure in figures)
        {
            all.Add(figure ?? throw new ArgumentNullException(nameof(figures), $"Expected figures, but the figure at index {all.Count} is null."));
            places.Add(figure.GuessedPlace());
        }
        VenuesInTheirTowns(all, places);
        var spelling = QuantityGuess.HarmonizePlaces(places.OfType<string>());
        var quantities = new Quantity[all.Count];
        for (int i = 0; i < all.Count; i++)
        {
            quantities[i] = all[i].SuggestQuantity(places[i] is { } place ? spelling[place] : null);
        }
        var articles = ArticleRanges(all);
        var towns = TownsOfBatch(all, spelling, articles, places); // read once: the figures' places and words do not change below
        OneEventsTown(all, quantities, towns);
        OneSideOfGround(quantities);
        Dictionary<PlacedKey, int>? placedFigures = null;
        for (int i = 0; i < all.Count; i++)
        {
            if (all[i].SubjectKeptToArticle(quantities[i]) is { } subject && quantities[i].Metric.Name != "count"
                && RepeatedPlacedFigure(all, quantities, i, subject, articles, placedFigures ??= PlacedFigures(all, quantities, articles)) is { } placed)
            {
                quantities[i] = quantities[placed]; // the same number said again in its article: the placed figure's quantity
            }
        }
        Dictionary<int, string?>? leadPlaces = null; // an article's first figure → the place its lead names
        for (int i = 0; i < all.Count; i++)
        {
            if (all[i].Kind == FigureKind.Casualties && all[i].SubjectKeptToArticle(quantities[i]) is { } subject
                && quantities[i].Subject.EndsWith(all[i].ArticleId + ")", StringComparison.Ordinal) && IsOfPeople(subject)
                && !subject.EndsWith(PartMark, StringComparison.Ordinal) // a part of a toll ("Of these, 9 died in the block") is not the lead's toll
                && LeadPlace(all, quantities, i, articles[i], leadPlaces ??= []) is { } place)
            {
                var kept = quantities[i];
                // The lead's place, in the batch's spelling of it ("Dovra" beside the batch's "Dovra area").
                quantities[i] = Quantity.Of(kept.Metric, subject, spelling.TryGetValue(place, out var spelt) ? spelt : place, kept.Unit, kept.Statistic);
            }
        }
        SentencesOnePlace(all, quantities, articles);
        OneEventsTown(all, quantities, towns); // again: a place lent from the lead may be a wider one
        if (ArticlesEventPlace(all, quantities, spelling, articles, leadPlaces ??= []))
        {
            OneEventsTown(all, quantities, towns);
        }
        if (ArticlesNamedPlace(all, quantities, articles))
        {
            OneEventsTown(all, quantities, towns);
        }
        SitesInTheirCountry(all, quantities, spelling);
        CountsOfPeriods(all, quantities);
        EventsApart(all, quantities);
        var reports = new List<Report>(all.Count);
        for (int i = 0; i < all.Count; i++)
        {
            reports.Add(all[i].ToReport(quantities[i]));
        }
        return reports;
    }

    /// <summary>
    /// Places a figure read at a venue in the town its batch's words say the venue lies in ("a drone struck the Military
    /// College in Dovra, killing 80" beside "the Military College toll rose to 89": both Dovra; <see cref="QuantityGuess.VenuesTown"/>,
    /// read in the articles of the figures placed at the venue): one event's toll at the venue and at its town, the town
    /// being the level the other reports of the event name.
    /// </summary>
    private static void VenuesInTheirTowns(List<ExtractedFigure> all, List<string?> places)
    {
        Dictionary<string, string?>? towns = null; // a venue → its town (null: the articles read so far name none)
        HashSet<(string, string)>? read = null; // the articles (by id) already read for a venue
        for (int i = 0; i < all.Count; i++)
        {
            if (places[i] is { } place && (towns is null || !towns.TryGetValue(place, out var town) || town is null)
                && (read ??= []).Add((all[i].ArticleId, place)))
            {
                (towns ??= [])[place] = all[i].VenuesTown(place); // another article may say where it lies
            }
        }
        if (towns is null)
        {
            return;
        }
        for (int i = 0; i < all.Count; i++)
        {
            if (places[i] is { } venue && towns.TryGetValue(venue, out var town) && town is not null)
            {
                places[i] = town;
            }
        }
    }

    /// <summary>
    /// Places a toll of people kept to its article in the place of a casualty figure of its own sentence ("30 people were
    /// killed and more than 100 were injured", the injured placed in Dovra): one sentence's killed and wounded are of one
    /// event, when every placed casualty figure of the article names that one place (an article about one place) and the
    /// figure is not a part of a toll.
    /// </summary>
    private static void SentencesOnePlace(List<ExtractedFigure> all, Quantity[] quantities, (int First, int Last)[] articles)
    {
        int article = -1;
        string? onePlace = null;
        HashSet<(int Start, int End, Statistic Statistic)>? placedSentences = null;
        for (int i = 0; i < all.Count; i++)
        {
            if (all[i].Kind != FigureKind.Casualties || all[i].SubjectKeptToArticle(quantities[i]) is not { } subject
                || !quantities[i].Subject.EndsWith(all[i].ArticleId + ")", StringComparison.Ordinal) || !IsOfPeople(subject)
                || subject.EndsWith(PartMark, StringComparison.Ordinal))
            {
                continue;
            }
            var (first, last) = articles[i];
            if (first != article)
            {
                // Read once an article: a kept figure given a place here takes the place its sentence already has, so what
                // this reads does not change while the article's figures are placed.
                article = first;
                onePlace = OnePlacedSentences(all, quantities, first, last, placedSentences ??= []);
            }
            var (sentenceStart, sentenceEnd) = all[i].SentenceBounds;
            if (onePlace is not null && placedSentences!.Contains((sentenceStart, sentenceEnd, quantities[i].Statistic)))
            {
                var kept = quantities[i];
                quantities[i] = Quantity.Of(kept.Metric, subject, onePlace, kept.Unit, kept.Statistic);
            }
        }
    }

    /// <summary>
    /// The one place every placed casualty figure of the article from <paramref name="first"/> to <paramref name="last"/> names
    /// (null when none does, or two places are named), with <paramref name="sentences"/> refilled with the sentences and
    /// statistics of those figures.
    /// </summary>
    private static string? OnePlacedSentences(List<ExtractedFigure> all, Quantity[] quantities, int first, int last, HashSet<(int, int, Statistic)> sentences)
    {
        sentences.Clear();
        string? named = null;
        for (int j = first; j <= last; j++)
        {
            if (all[j].Kind != FigureKind.Casualties || quantities[j].Place is not { } place)
            {
                continue;
            }
            if (named is not null && place != named)
            {
                return null; // two places: which one is a figure's is not known
            }
            named = place;
            var (start, end) = all[j].SentenceBounds;
            sentences.Add((start, end, quantities[j].Statistic));
        }
        return named;
    }

    /// <summary>
    /// Places a casualty figure read at a country's bare name or a compass part of it in the site its own sentence names in
    /// that country ("strikes on the Dovra fuel port in Kessia, killing 27", "a strike on eastern Kessia's Tesk railway
    /// station": Dovra, Tesk; <see cref="QuantityGuess.SiteIn"/>): one event at two levels, the country's name (or its east)
    /// too wide to say which strike's toll the figure is. The site takes the batch's spelling of it.
    /// </summary>
    private static void SitesInTheirCountry(List<ExtractedFigure> all, Quantity[] quantities, Dictionary<string, string> spelling)
    {
        for (int i = 0; i < all.Count; i++)
        {
            var quantity = quantities[i];
            if (all[i].Kind == FigureKind.Casualties && quantity.Place is { } country && QuantityGuess.IsCountryOrPart(country)
                && all[i].SiteIn(country) is { } site)
            {
                quantities[i] = Quantity.Of(quantity.Metric, quantity.Subject, spelling.TryGetValue(site, out var spelt) ? spelt : site, quantity.Unit, quantity.Statistic);
            }
        }
    }

    /// <summary>Whether the batch says <paramref name="narrow"/> lies in <paramref name="wide"/>.</summary>
    private static bool IsWithin(Dictionary<string, List<string>> townsIn, string narrow, string wide)
        => townsIn.TryGetValue(QuantityGuess.WideKey(wide), out var towns) && towns.Contains(narrow);

    /// <summary>The most towns the batch may say lie in one wider place for a figure placed there to be moved to one of them.</summary>
    private const int MostTowns = 4;

    /// <summary>
    /// The towns the batch's own words say lie in each wider place (<see cref="ExtractedFigure.PlaceWithin"/>, and each article's
    /// sentences around its figures' places), and the towns each article places in a country, for <see cref="OneEventsTown"/>;
    /// null when the batch says none. They depend only on the figures and their places as read, so they are read once a batch.
    /// </summary>
    private static BatchTowns? TownsOfBatch(List<ExtractedFigure> all, Dictionary<string, string> spelling, (int First, int Last)[] articles, List<string?> places)
    {
        var pairs = new List<(string Narrow, string Wide)>();
        HashSet<(int, string, string)>? inCountry = null; // (an article's first figure, a town, a country) its own words say the town lies in
        List<string>? reads = null;
        for (int i = 0; i < all.Count; i++)
        {
            int from = pairs.Count;
            all[i].PlaceWithin(pairs, places[i]);
            if (articles[i].First == i)
            {
                // Where the article's own sentences say its places lie, read once an article around the places its figures read.
                (reads ??= []).Clear();
                for (int j = i; j <= articles[i].Last; j++)
                {
                    if (places[j] is { } read && !reads.Contains(read))
                    {
                        reads.Add(read);
                    }
                }
                all[i].ContainmentInArticle(pairs, reads);
            }
            for (int p = from; p < pairs.Count; p++)
            {
                if (QuantityGuess.IsCountry(pairs[p].Wide))
                {
                    (inCountry ??= []).Add((articles[i].First, spelling.TryGetValue(pairs[p].Narrow, out var spelt) ? spelt : pairs[p].Narrow, pairs[p].Wide));
                }
            }
        }
        if (pairs.Count == 0)
        {
            return null;
        }
        var townsIn = new Dictionary<string, List<string>>(StringComparer.Ordinal); // a wider place's key → the towns the batch says lie in it
        foreach (var (narrow, wide) in pairs)
        {
            string key = QuantityGuess.WideKey(wide);
            string town = spelling.TryGetValue(narrow, out var written) ? written : narrow;
            if (!townsIn.TryGetValue(key, out var towns))
            {
                townsIn[key] = towns = [];
            }
            if (!towns.Contains(town) && towns.Count <= MostTowns)
            {
                towns.Add(town);
            }
        }
        // A town of a town's region is the region's too ("Pelta" in "Sarth" in "Dorvania"), a few levels deep.
        for (int depth = 0; depth < 2; depth++)
        {
            foreach (var towns in townsIn.Values)
            {
                for (int t = 0; t < towns.Count && towns.Count <= MostTowns; t++)
                {
                    if (townsIn.TryGetValue(QuantityGuess.WideKey(towns[t]), out var within) && !ReferenceEquals(within, towns))
                    {
                        foreach (var inner in within)
                        {
                            if (!towns.Contains(inner) && towns.Count <= MostTowns)
                            {
                                towns.Add(inner);
                            }
                        }
                    }
                }
            }
        }
        return new BatchTowns(townsIn, inCountry, articles);
    }

    /// <summary>What <see cref="TownsOfBatch"/> reads: a wider place's key → its towns; (article, town, country) triples; the article ranges.</summary>
    private sealed record BatchTowns(Dictionary<string, List<string>> TownsIn, HashSet<(int, string, string)>? InCountry, (int First, int Last)[] Articles);

    /// <summary>
    /// Places a toll placed at a wider level (a district, a region, "eastern Ukraine") in the town of its event when the
    /// batch's own words say the town lies there ("Ostrel's Tarvo", "the Tarvo area of Ostrel", "Varnik of the Dolsk
    /// region", "the village of Varnik in the Dolsk province", "the eastern Kessian city of Dovra", "Dovra, eastern Kessia":
    /// <see cref="ExtractedFigure.PlaceWithin"/>, one town for the wider place), its article names the town, and its
    /// number is of the scale of the town's tolls of the same metric in the batch (within half the least and twice the
    /// most: the toll as it rose, not the region's toll since the war began). Cumulative casualty figures only (a day's
    /// toll across the region is a change). A toll placed at a country's bare name ("killed in a strike on Kessia") moves
    /// only to a town its own article's words place in that country.
    /// </summary>
    private static void OneEventsTown(List<ExtractedFigure> all, Quantity[] quantities, BatchTowns? batchTowns)
    {
        if (batchTowns is null)
        {
            return;
        }
        var (townsIn, inCountry, articles) = (batchTowns.TownsIn, batchTowns.InCountry, batchTowns.Articles);
        Dictionary<(string, Metric), (double Least, double Most)>? scales = null;
        for (int i = 0; i < all.Count; i++)
        {
            if (all[i].Kind == FigureKind.Casualties && quantities[i].Place is { } place && all[i].Estimate.Stated.Values.Count > 0)
            {
                scales ??= [];
                var key = (place, quantities[i].Metric);
                double least = all[i].Estimate.Stated.Values.Min(), most = all[i].Estimate.Stated.Values.Max();
                scales[key] = scales.TryGetValue(key, out var known) ? (Math.Min(known.Least, least), Math.Max(known.Most, most)) : (least, most);
            }
        }
        if (scales is null)
        {
            return;
        }
        var moved = new Quantity[all.Count];
        Dictionary<(int, string), bool>? names = null;
        for (int i = 0; i < all.Count; i++)
        {
            var quantity = quantities[i];
            if (all[i].Kind != FigureKind.Casualties || quantity.Place is not { } wide || quantity.Statistic != Statistic.Cumulative
                || quantity.Subject.EndsWith(PartMark, StringComparison.Ordinal)
                || (QuantityGuess.IsCountry(wide) && inCountry is null)
                || !townsIn.TryGetValue(QuantityGuess.WideKey(wide), out var towns) || towns.Count > MostTowns
                || all[i].Estimate.Stated.Values.Count == 0)
            {
                continue;
            }
            string? town = null;
            int articleFirst = articles[i].First;
            foreach (var candidate in towns)
            {
                if (candidate == wide || (QuantityGuess.IsCountry(wide) && !inCountry!.Contains((articleFirst, candidate, wide))))
                {
                    continue; // a country's bare name: only a town the article's own words place in it ("the Kessian city of Dovra")
                }
                if (!scales.ContainsKey((candidate, quantity.Metric)))
                {
                    continue; // no toll of the metric placed there: not a town of this toll ("a Kessian town" read as a town)
                }
                // Whether the article names the town, read once per article and town (an article's figures stand together).
                var named = (articleFirst, candidate);
                names ??= [];
                if (!names.TryGetValue(named, out bool names1))
                {
                    names[named] = names1 = all[i].ArticleNames(QuantityGuess.PlaceStemName(candidate));
                }
                if (!names1 && (QuantityGuess.IsCountry(wide) || !SameTollAs(all, quantities, i, candidate, quantity.Subject)))
                {
                    continue;
                }
                if (town is null || IsWithin(townsIn, candidate, town))
                {
                    town = candidate; // the narrowest the article names
                }
                else if (!IsWithin(townsIn, town, candidate))
                {
                    town = wide; // two towns named: which one is not known
                }
            }
            if (town is null || town == wide || !scales.TryGetValue((town, quantity.Metric), out var scale))
            {
                continue;
            }
            double value = all[i].Estimate.Stated.Values.Max();
            if (value * SameTollScale >= scale.Least && value <= SameTollScale * scale.Most)
            {
                moved[i] = Quantity.Of(quantity.Metric, quantity.Subject, town, quantity.Unit, quantity.Statistic);
            }
        }
        for (int i = 0; i < all.Count; i++)
        {
            if (moved[i] is { } quantity)
            {
                quantities[i] = quantity;
            }
        }
    }

    /// <summary>
    /// Whether the batch places the toll of figure <paramref name="at"/> (read at a wider place) in <paramref name="town"/>
    /// although its own article does not name the town: a figure placed in the town counts the same thing (one metric,
    /// subject and statistic), dated no more than <see cref="SameEventDays"/> days from it (not a toll of a longer time:
    /// <see cref="AnotherDays"/>), and of its number within
    /// <see cref="SameTollScale"/> either way ("a fire in northern Kessia killed more than 100" beside "113 killed in
    /// Dovra" the same day, when the batch says Dovra lies in Kessia's north): one event's toll told at two levels.
    /// </summary>
    private static bool SameTollAs(List<ExtractedFigure> all, Quantity[] quantities, int at, string town, string subject)
    {
        var quantity = quantities[at];
        var values = all[at].Estimate.Stated.Values;
        if (values.Count == 0)
        {
            return false;
        }
        double value = values.Max();
        for (int j = 0; j < all.Count; j++)
        {
            var other = quantities[j];
            if (j == at || other.Place != town || all[j].Kind != FigureKind.Casualties || !other.Metric.Equals(quantity.Metric)
                || other.Subject != subject || other.Statistic != quantity.Statistic || all[j].Estimate.Stated.Values.Count == 0
                || DaysApart(all[at].RefersTo, all[j].RefersTo) > SameEventDays || AnotherDays(all[at], all[j]))
            {
                continue;
            }
            double townValue = all[j].Estimate.Stated.Values.Max();
            if (value <= SameTollScale * townValue && value * SameTollScale >= townValue)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Places a toll of people still kept to its article (no place in its sentence, none lent by its lead's figures) in the
    /// place its article's headline or lead names for its event (<see cref="ExtractedFigure.NamedLeadPlace"/>: "Flood in
    /// Dovra", "Dovra, June 4"), when the batch's figures placed there count the same toll (<see cref="SameTollAs"/>: one
    /// metric and subject, within <see cref="SameEventDays"/> days and <see cref="SameTollScale"/> of its number) and every
    /// placed casualty figure of the article names that place: an article about one event has one place, told once at its
    /// head ("The toll rose to 113 on Wednesday" below "Fire at a Dovra wedding hall"). A part of a toll is not placed so.
    /// </summary>
    /// <returns>Whether a figure was placed.</returns>
    private static bool ArticlesEventPlace(List<ExtractedFigure> all, Quantity[] quantities, Dictionary<string, string> spelling, (int First, int Last)[] articles, Dictionary<int, string?> leadPlaces)
    {
        bool placed = false;
        var moved = new Quantity?[all.Count];
        for (int i = 0; i < all.Count; i++)
        {
            var kept = quantities[i];
            if (all[i].Kind != FigureKind.Casualties || all[i].SubjectKeptToArticle(kept) is not { } subject
                || !kept.Subject.EndsWith(all[i].ArticleId + ")", StringComparison.Ordinal) || !IsOfPeople(subject)
                || subject.EndsWith(PartMark, StringComparison.Ordinal))
            {
                continue;
            }
            var (first, last) = articles[i];
            if (!leadPlaces.TryGetValue(first, out var leadPlace))
            {
                leadPlaces[first] = leadPlace = all[first].NamedLeadPlace();
            }
            if (leadPlace is null)
            {
                continue;
            }
            string place = spelling.TryGetValue(leadPlace, out var spelt) ? spelt : leadPlace;
            bool other = false;
            for (int j = first; j <= last && !other; j++)
            {
                other = all[j].Kind == FigureKind.Casualties && quantities[j].Place is { } named && named != place;
            }
            if (!other && SameTollAs(all, quantities, i, place, subject))
            {
                moved[i] = Quantity.Of(kept.Metric, subject, place, kept.Unit, kept.Statistic);
            }
        }
        for (int i = 0; i < all.Count; i++)
        {
            if (moved[i] is { } quantity)
            {
                quantities[i] = quantity;
                placed = true;
            }
        }
        return placed;
    }

    /// <summary>
    /// Places a toll of people still kept to its article (no place in its sentence, none lent by its headline, lead or
    /// sentence) in the one place where the batch counts the same toll (<see cref="SameTollAs"/>: one metric, subject and
    /// statistic, within <see cref="SameEventDays"/> days and <see cref="SameTollScale"/> of its number, not a toll of
    /// another time) that its article names: the place every placed casualty figure of the article names (or a town whose
    /// name is written inside it: "Orsk" of "Orsk Tarvo market"), or, when none
    /// is placed, a place the article's words name anywhere ("... at the Tarvo market" in a sentence with no number, below
    /// "The toll rose to 40 on Monday"). A report about one event names its place once, not beside each figure; a toll that
    /// names no place, no other event and no other time is its event's toll. Not when the article names two such places
    /// (which one is not known), nor for a part of a toll. The batch's placed tolls are indexed once by metric, subject and
    /// statistic, and each article's text is searched once per place.
    /// </summary>
    /// <returns>Whether a figure was placed.</returns>
    private static bool ArticlesNamedPlace(List<ExtractedFigure> all, Quantity[] quantities, (int First, int Last)[] articles)
    {
        Dictionary<(Metric, string, Statistic), List<int>>? placedTolls = null;
        for (int j = 0; j < all.Count; j++)
        {
            var quantity = quantities[j];
            if (all[j].Kind == FigureKind.Casualties && quantity.Place is not null && all[j].Estimate.Stated.Values.Count > 0)
            {
                placedTolls ??= [];
                var key = (quantity.Metric, quantity.Subject, quantity.Statistic);
                if (!placedTolls.TryGetValue(key, out var list))
                {
                    placedTolls[key] = list = [];
                }
                list.Add(j);
            }
        }
        if (placedTolls is null)
        {
            return false;
        }
        Dictionary<int, string?>? articlePlaces = null; // an article's first figure → the one place its casualty figures name ("" for none, null for two)
        Dictionary<(int, string), bool>? named = null; // (an article's first figure, a place) → whether the article names it
        var moved = new Quantity?[all.Count];
        bool placed = false;
        for (int i = 0; i < all.Count; i++)
        {
            var kept = quantities[i];
            if (all[i].Kind != FigureKind.Casualties || all[i].SubjectKeptToArticle(kept) is not { } subject
                || !kept.Subject.EndsWith(all[i].ArticleId + ")", StringComparison.Ordinal) || !IsOfPeople(subject)
                || subject.EndsWith(PartMark, StringComparison.Ordinal) || all[i].Estimate.Stated.Values.Count == 0
                || !placedTolls.TryGetValue((kept.Metric, subject, kept.Statistic), out var tolls))
            {
                continue;
            }
            var (first, last) = articles[i];
            articlePlaces ??= [];
            if (!articlePlaces.TryGetValue(first, out var articlePlace))
            {
                articlePlace = "";
                for (int j = first; j <= last && articlePlace is not null; j++)
                {
                    if (all[j].Kind == FigureKind.Casualties && quantities[j].Place is { } place)
                    {
                        articlePlace = articlePlace.Length == 0 || articlePlace == place ? place : null;
                    }
                }
                articlePlaces[first] = articlePlace;
            }
            if (articlePlace is null)
            {
                continue; // two places in the article: which one is the figure's is not known
            }
            double value = all[i].Estimate.Stated.Values.Max();
            string? chosen = null;
            bool ambiguous = false;
            foreach (int j in tolls)
            {
                if (j >= first && j <= last && !OfOneScale(value, all[j].Estimate.Stated.Values.Max()))
                {
                    ambiguous = true; // its article's own placed toll of this measure is of another scale: a background toll (another event, a year before)
                    break;
                }
            }
            foreach (int j in tolls)
            {
                string town = quantities[j].Place!;
                if (ambiguous || j == i || town == chosen || DaysApart(all[i].RefersTo, all[j].RefersTo) > SameEventDays || AnotherDays(all[i], all[j]))
                {
                    continue;
                }
                if (!OfOneScale(value, all[j].Estimate.Stated.Values.Max()))
                {
                    continue;
                }
                bool names;
                if (articlePlace.Length > 0)
                {
                    // The article's one place, or the town written inside it ("Dovra" of "Dovra's Tarvo market", "Orsk" of "Orsk district").
                    names = town == articlePlace || Characters.ContainsWord(articlePlace, QuantityGuess.PlaceStemName(town));
                }
                else if (!(named ??= []).TryGetValue((first, town), out names))
                {
                    named[(first, town)] = names = all[i].ArticleNamesWord(town);
                }
                if (names)
                {
                    ambiguous |= chosen is not null;
                    chosen = town;
                }
            }
            if (chosen is not null && !ambiguous)
            {
                moved[i] = Quantity.Of(kept.Metric, subject, chosen, kept.Unit, kept.Statistic);
            }
        }
        for (int i = 0; i < all.Count; i++)
        {
            if (moved[i] is { } quantity)
            {
                quantities[i] = quantity;
                placed = true;
            }
        }
        return placed;
    }

    /// <summary>Whether two counts are within <see cref="SameTollScale"/> of each other either way (one toll counted again, as it rose).</summary>
    private static bool OfOneScale(double value, double other) => value <= SameTollScale * other && value * SameTollScale >= other;

    /// <summary>The days between two periods (0 when they meet).</summary>
    private static int DaysApart(DateInterval a, DateInterval b)
        => a.End < b.Start ? Period.Between(a.End, b.Start, PeriodUnits.Days).Days
            : b.End < a.Start ? Period.Between(b.End, a.Start, PeriodUnits.Days).Days : 0;

    /// <summary>
    /// Makes each cumulative figure a <see cref="Statistic.Change"/> whose time is a past period of more than a day (it ended
    /// before its article) when another figure of its quantity counts a past period that does not overlap it: "144 murders
    /// in September" and "188 in October" are each the count of their month, not two values of the running toll, which an
    /// aggregate would otherwise average. A toll dated by one past period alone ("killed 512 in the October bombing") may
    /// be an event's whole toll and stays cumulative.
    /// </summary>
    private static void CountsOfPeriods(List<ExtractedFigure> all, Quantity[] quantities)
    {
        Dictionary<Quantity, List<int>>? byQuantity = null;
        for (int i = 0; i < all.Count; i++)
        {
            if (quantities[i].Statistic == Statistic.Cumulative && IsPastPeriod(all[i]))
            {
                byQuantity ??= [];
                if (!byQuantity.TryGetValue(quantities[i], out var group))
                {
                    byQuantity[quantities[i]] = group = [];
                }
                group.Add(i);
            }
        }
        if (byQuantity is null)
        {
            return;
        }
        foreach (var group in byQuantity.Values)
        {
            if (group.Count < 2)
            {
                continue;
            }
            var periods = group.ConvertAll(i => all[i].RefersTo);
            for (int a = 0; a < group.Count; a++)
            {
                for (int b = 0; b < group.Count; b++)
                {
                    if (periods[a].End < periods[b].Start || periods[b].End < periods[a].Start)
                    {
                        var kept = quantities[group[a]];
                        quantities[group[a]] = Quantity.Of(kept.Metric, kept.Subject, kept.Place, kept.Unit, Statistic.Change);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>The fewest days between two reports of a place's toll for the later one to be read as of another event.</summary>
    private const int EventGapDays = 30;

    /// <summary>
    /// How far a toll reported after a gap of more than <see cref="EventGapDays"/> must fall below the earlier reports of
    /// its quantity to be read as another event's: fewer than this share of the earlier count (a toll revised a little is
    /// the same toll).
    /// </summary>
    private const double FallenShare = 0.8;

    /// <summary>
    /// Splits off the toll of another event at the same place: a running toll does not fall, so a cumulative toll of people
    /// at a place (not a country's bare name) reported more than <see cref="EventGapDays"/> days after every earlier
    /// report of its quantity in the batch, and counting less than <see cref="FallenShare"/> of the most those reports
    /// surely counted (a vague amount or a range by its low end, the later figure by its high end), is another event's toll ("more than 80 wounded" at a town's station, and "31 wounded" at a café of the
    /// same town a year later; a quantity has no date). The later figures take their own quantity, marked with the
    /// day their reports began; a later report of as many or more (the first event's toll told again, or a war's toll as it
    /// rose) keeps the quantity.
    /// </summary>
    private static void EventsApart(List<ExtractedFigure> all, Quantity[] quantities)
    {
        Dictionary<Quantity, List<int>>? byQuantity = null;
        for (int i = 0; i < all.Count; i++)
        {
            var quantity = quantities[i];
            if (all[i].Kind == FigureKind.Casualties && quantity.Statistic == Statistic.Cumulative && quantity.Place is { } place
                && !QuantityGuess.IsCountry(place) && IsOfPeople(quantity.Subject) && all[i].Estimate.Stated.Values.Count > 0)
            {
                byQuantity ??= [];
                if (!byQuantity.TryGetValue(quantity, out var group))
                {
                    byQuantity[quantity] = group = [];
                }
                group.Add(i);
            }
        }
        if (byQuantity is null)
        {
            return;
        }
        foreach (var (quantity, group) in byQuantity)
        {
            group.Sort((a, b) => all[a].Published.CompareTo(all[b].Published) is var c and not 0 ? c : a.CompareTo(b));
            double most = double.NaN; // the most the reports of the quantity's own event counted so far
            LocalDate? clusterStart = null, last = null;
            foreach (int i in group)
            {
                var published = all[i].Published;
                if (last is { } previous && Period.Between(previous, published, PeriodUnits.Days).Days > EventGapDays)
                {
                    clusterStart = published;
                }
                last = published;
                // A fall is read only when it is sure: the later figure's highest stated number against the least each earlier
                // one surely counted ("dozens" counts at least 24, not up to 120; a range its low end).
                var stated = all[i].Estimate.Stated.Values;
                if (clusterStart is { } start && stated.Max() < FallenShare * most)
                {
                    quantities[i] = Quantity.Of(quantity.Metric, string.Create(CultureInfo.InvariantCulture, $"{quantity.Subject} (reported from {start:yyyy-MM-dd})"), quantity.Place, quantity.Unit, quantity.Statistic);
                    continue;
                }
                double least = stated.Min();
                most = double.IsNaN(most) ? least : Math.Max(most, least);
            }
        }
    }

    /// <summary>Whether a figure's time is a period of more than a day that ended before its article.</summary>
    private static bool IsPastPeriod(ExtractedFigure figure) => figure.RefersTo.Start < figure.RefersTo.End && figure.RefersTo.End < figure.Published;

    /// <summary>
    /// The index of a figure of the same article as figure <paramref name="at"/> that states the same number of the same
    /// metric, subject and statistic with a place ("600,000 people were killed in the Varo region" before "'The number killed
    /// was about 600,000,' he said"): the figure said again, which is the same thing. Null when there is none. Only the
    /// figures next to it in <paramref name="all"/> that are of its article are read (an article's figures, as
    /// <see cref="Extract(string, LocalDate, string?)"/> returns them, stand together), so a batch costs what its
    /// articles' sizes do, not the square of its size.
    /// </summary>
    private static int? RepeatedPlacedFigure(List<ExtractedFigure> all, Quantity[] quantities, int at, string subject, (int First, int Last)[] articles, Dictionary<PlacedKey, int> placed)
        => placed.TryGetValue(PlacedKey.Of(articles[at].First, subject, quantities[at], all[at].Estimate.Stated.Values), out var j) && j != at ? j : null;

    /// <summary>
    /// A placed figure as <see cref="RepeatedPlacedFigure"/> looks it up: its article (by its first figure), the subject,
    /// metric, statistic and unit of its quantity, and its stated numbers (one, or a range's two).
    /// </summary>
    private readonly record struct PlacedKey(int Article, string Subject, Metric Metric, Statistic Statistic, Unit Unit, int Count, double First, double Second)
    {
        internal static PlacedKey Of(int article, string subject, Quantity quantity, IReadOnlyList<double> values)
            => new(article, subject, quantity.Metric, quantity.Statistic, quantity.Unit, values.Count,
                values.Count > 0 ? values[0] : double.NaN, values.Count > 1 ? values[1] : double.NaN);
    }

    /// <summary>
    /// The first placed figure of each article by <see cref="PlacedKey"/>, so that a kept figure finds its placed repeat in
    /// one lookup rather than a walk over its article's figures (quadratic in an article with thousands). A figure later
    /// given a placed figure's quantity would match only what that figure matches, so the index is built once. Figures of
    /// more than two stated numbers are left out (none is read so).
    /// </summary>
    private static Dictionary<PlacedKey, int> PlacedFigures(List<ExtractedFigure> all, Quantity[] quantities, (int First, int Last)[] articles)
    {
        var placed = new Dictionary<PlacedKey, int>();
        for (int j = 0; j < all.Count; j++)
        {
            if (quantities[j].Place is not null && all[j].Estimate.Stated.Values.Count <= 2)
            {
                placed.TryAdd(PlacedKey.Of(articles[j].First, quantities[j].Subject, quantities[j], all[j].Estimate.Stated.Values), j);
            }
        }
        return placed;
    }

    /// <summary>
    /// The indices of the first and last figures of each figure's article in <paramref name="all"/> (an article's figures,
    /// as <see cref="Extract(string, LocalDate, string?)"/> returns them, stand together), in two passes.
    /// </summary>
    private static (int First, int Last)[] ArticleRanges(List<ExtractedFigure> all)
    {
        var ranges = new (int First, int Last)[all.Count];
        for (int i = 0; i < all.Count; i++)
        {
            ranges[i].First = i > 0 && all[i].IsOfArticle(all[i - 1]) ? ranges[i - 1].First : i;
        }
        for (int i = all.Count - 1; i >= 0; i--)
        {
            ranges[i].Last = i + 1 < all.Count && all[i].IsOfArticle(all[i + 1]) ? ranges[i + 1].Last : i;
        }
        return ranges;
    }

    /// <summary>What <see cref="ExtractedFigure.SuggestQuantity()"/> writes after the subject of a part of a figure or total.</summary>
    private const string PartMark = " (a part)";

    /// <summary>Whether a toll's subject counts people: "people", a part of them ("children", "civilians", "people (a part)").</summary>
    private static bool IsOfPeople(string subject)
        => subject.StartsWith(QuantityGuess.People, StringComparison.Ordinal) || QuantityGuess.NamesAPartOfPeople(subject);

    /// <summary>
    /// The place a toll's figure kept to its article takes from the headline or lead: the place of a casualty figure of
    /// the headline or lead, of people and of the same statistic, whose dates meet the figure's (or, for a cumulative toll of
    /// the lead's own part, any dates: the toll counted as it rose, "20 dead an hour earlier" before the next morning's 23,
    /// "1,800 now" after "nearly 1,900 in July") and whose number is of the figure's scale (<see cref="OfTheLeadsScale"/>), when every casualty figure
    /// of the article that has a place names that one (an article about one place, not two sides). When no figure of the lead
    /// is placed, the place the headline or lead names for its event (<see cref="ExtractedFigure.NamedLeadPlace"/>) for a
    /// toll of the scale of the article's first toll, if every placed casualty figure of the article names that place too
    /// (or none is placed): "Missiles struck Dovra ... So far, 17 people have been reported dead and 61 injured" beside
    /// "11 killed and 22 injured in Dovra". Never across two days of attacks (<see cref="AnotherDays"/>). Else null.
    /// </summary>
    private static string? LeadPlace(List<ExtractedFigure> all, Quantity[] quantities, int at, (int First, int Last) article, Dictionary<int, string?> leadPlaces)
    {
        var (first, last) = article;
        string? named = null;
        bool lead = false;
        for (int j = first; j <= last; j++)
        {
            if (all[j].Kind != FigureKind.Casualties || quantities[j].Place is not { } place)
            {
                continue;
            }
            if (named is not null && place != named)
            {
                return null; // two places: which one is the figure's is not known
            }
            named = place;
            lead |= all[j].InLead() && IsOfPeople(quantities[j].Subject) && CountsTheLeadsToll(all, quantities, at, j);
        }
        if (lead)
        {
            return named;
        }
        if (FirstToll(all, first, last) is int reference && CountsTheLeadsToll(all, quantities, at, reference))
        {
            // No casualty figure of the article is placed: the place its headline or lead names for its event ("In Dovra, a
            // bomb tore through a rally ..."), for a toll of the scale of the article's first toll; read once per article.
            if (!leadPlaces.TryGetValue(first, out var leadPlace))
            {
                leadPlaces[first] = leadPlace = all[first].NamedLeadPlace();
            }
            return named is null || named == leadPlace ? leadPlace : null;
        }
        return null;
    }

    /// <summary>
    /// Whether figure <paramref name="at"/> may count the toll of figure <paramref name="toll"/> of its article (a lead's or the
    /// first toll): of one statistic, their periods meeting (or one cumulative count of one metric: the toll as it rose; or a
    /// cumulative count of the wounded beside the toll's dead, counted on another day, both stating a number), not another
    /// day's attack (<see cref="AnotherDays"/>), and of the toll's scale (<see cref="OfTheLeadsScale"/>).
    /// </summary>
    private static bool CountsTheLeadsToll(List<ExtractedFigure> all, Quantity[] quantities, int at, int toll)
    {
        ExtractedFigure figure = all[at], lead = all[toll];
        bool sameMetric = quantities[toll].Metric.Equals(quantities[at].Metric);
        // The wounded of the toll's event, counted on another day than its dead: both numbers stated (not "dozens"), so that
        // the scale bounds them. Not the dead after a toll of wounded ("By Friday, 1,450 people had been killed" below "800
        // wounded"): a running toll of the dead may be of a longer time.
        bool woundedOfTheToll = quantities[at].Metric.Equals(QuantityGuess.WoundedMetric) && !sameMetric
            && figure.Estimate.Hedge != HedgeKind.Vague && lead.Estimate.Hedge != HedgeKind.Vague
            && figure.Estimate.Stated.Values.Count > 0 && lead.Estimate.Stated.Values.Count > 0;
        return quantities[toll].Statistic == quantities[at].Statistic
            && ((lead.RefersTo.Start <= figure.RefersTo.End && figure.RefersTo.Start <= lead.RefersTo.End)
                || ((sameMetric || woundedOfTheToll) && quantities[at].Statistic == Statistic.Cumulative))
            && !AnotherDays(figure, lead)
            && OfTheLeadsScale(figure, lead, sameMetric);
    }

    /// <summary>The most days apart two tolls dated by one day each may be and still be one event's toll as it rose.</summary>
    private const int SameEventDays = 3;

    /// <summary>
    /// Whether two figures are each dated by one day and those days lie more than <see cref="SameEventDays"/> apart, or the
    /// lead's toll is dated by one day and the figure's period starts more than <see cref="SameEventDays"/> days before it:
    /// another day's attack at the same place ("On March 2, a drone struck the city, killing 12" in an article about the
    /// 15 March strike; "A prior round of strikes in March killed more than 50" beside an April strike's toll), or a toll of
    /// a longer time ("over 280 killed in air strikes in the past two years" beside one strike's toll), not the toll of the
    /// lead's event counted again.
    /// </summary>
    private static bool AnotherDays(ExtractedFigure figure, ExtractedFigure lead)
    {
        if (lead.RefersTo.Start != lead.RefersTo.End)
        {
            return false;
        }
        int daysBefore = Period.Between(figure.RefersTo.Start, lead.RefersTo.Start, PeriodUnits.Days).Days;
        return daysBefore > SameEventDays || (figure.RefersTo.Start == figure.RefersTo.End && -daysBefore > SameEventDays);
    }

    /// <summary>The index of the first casualty figure of people of an article that is no part (its first toll), or null.</summary>
    private static int? FirstToll(List<ExtractedFigure> all, int first, int last)
    {
        for (int j = first; j <= last; j++)
        {
            if (all[j].Kind == FigureKind.Casualties)
            {
                return j;
            }
        }
        return null;
    }

    /// <summary>The most times a lead's toll a figure that takes the lead's place may count (more is another, larger toll: the war's).</summary>
    private const double LeadScale = 10;

    /// <summary>How far from the lead's number a figure of the lead's own part of the toll may be and still be that toll (as it rose, an earlier count).</summary>
    private const double SameTollScale = 2;

    /// <summary>
    /// Whether <paramref name="figure"/> is of the scale of the lead's event: another part of its toll at most
    /// <see cref="LeadScale"/> times the lead's number ("117 wounded" beside "34 killed"), not the war's toll after a day's
    /// ("more than 20,000 killed" after "57 killed on Friday"); a figure of the lead's own part (<paramref name="sameMetric"/>)
    /// within <see cref="SameTollScale"/> of it either way, the same toll counted again ("more than 20 deaths" before "34
    /// killed"), not a day's or a district's share of it. Figures with no value (vague) are of any scale.
    /// </summary>
    private static bool OfTheLeadsScale(ExtractedFigure figure, ExtractedFigure lead, bool sameMetric)
    {
        var values = figure.Estimate.Stated.Values;
        var leads = lead.Estimate.Stated.Values;
        if (values.Count == 0 || leads.Count == 0)
        {
            return true;
        }
        double value = values.Max(), leadValue = leads.Max();
        return sameMetric ? value <= SameTollScale * leadValue && value * SameTollScale >= leadValue : value <= LeadScale * leadValue;
    }

    /// <summary>The proposals before estimates are parsed (for tests of the reading stages).</summary>
    internal List<FigureProposal> Propose(string text, LocalDate published, string? outlet = null)
        => ArticleReading.Read(Preconditions.CheckNotNull(text), published, outlet, known, PreviouslyLookBackDays, new ReadingWorkspace());

    /// <summary>
    /// The figure's estimate, built from the reading the Estimates grammar made of it (the same grammar
    /// <see cref="Estimate.Parse(string, HedgeModel)"/> uses), so the hedge, value and unit are those
    /// <see cref="Estimate.Parse(string, HedgeModel)"/> gives for <see cref="ExtractedFigure.Text"/>.
    /// </summary>
    /// <param name="figureText">The figure as written, when already cut from the text (the estimate keeps it), else null.</param>
    /// <param name="text">The article.</param>
    /// <param name="reading">The figure as the grammar read it, positions in <paramref name="text"/>.</param>
    private Estimate EstimateOf(string? figureText, string text, in ScannedFigure reading) => EstimateParser.Build(figureText, text, in reading, HedgeModel);
}
