using System;
using System.Collections.Generic;
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
public sealed class ReportExtractor
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
    /// "count"; among the figures next to it of its article, as one call of Extract returns them); else it stays kept to its article (<see cref="ExtractedFigure.SuggestQuantity()"/>), even where its
    /// article's other figures of its kind name one place: lending that place met 7 more pairs of one thing
    /// and 19 more of different things on a held-out set of real articles (another side's toll, a day's toll, an offensive's
    /// toll beside the year's). A first guess: review the quantities before aggregating. Each report gets its figure's
    /// default id.
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
            places.Add(QuantityGuess.Place(figure.Place));
        }
        var spelling = QuantityGuess.HarmonizePlaces(places.OfType<string>());
        var quantities = new Quantity[all.Count];
        for (int i = 0; i < all.Count; i++)
        {
            quantities[i] = all[i].SuggestQuantity(places[i] is { } place ? spelling[place] : null);
        }
        for (int i = 0; i < all.Count; i++)
        {
            if (all[i].SubjectKeptToArticle(quantities[i]) is { } subject && quantities[i].Metric.Name != "count"
                && RepeatedPlacedFigure(all, quantities, i, subject) is { } placed)
            {
                quantities[i] = quantities[placed]; // the same number said again in its article: the placed figure's quantity
            }
        }
        var reports = new List<Report>(all.Count);
        for (int i = 0; i < all.Count; i++)
        {
            reports.Add(all[i].ToReport(quantities[i]));
        }
        return reports;
    }

    /// <summary>
    /// The index of a figure of the same article as figure <paramref name="at"/> that states the same number of the same
    /// metric, subject and statistic with a place ("600,000 people were killed in the Varo region" before "'The number killed
    /// was about 600,000,' he said"): the figure said again, which is the same thing. Null when there is none. Only the
    /// figures next to it in <paramref name="all"/> that are of its article are read (an article's figures, as
    /// <see cref="Extract(string, LocalDate, string?)"/> returns them, stand together), so a batch costs what its
    /// articles' sizes do, not the square of its size.
    /// </summary>
    private static int? RepeatedPlacedFigure(List<ExtractedFigure> all, Quantity[] quantities, int at, string subject)
    {
        var figure = all[at];
        int first = at, last = at;
        while (first > 0 && all[first - 1].IsOfArticle(figure))
        {
            first--;
        }
        while (last + 1 < all.Count && all[last + 1].IsOfArticle(figure))
        {
            last++;
        }
        var quantity = quantities[at];
        var values = figure.Estimate.Stated.Values;
        for (int j = first; j <= last; j++)
        {
            var other = quantities[j];
            if (j != at && other.Place is not null && other.Subject == subject && other.Metric.Equals(quantity.Metric)
                && other.Statistic == quantity.Statistic && other.Unit.Equals(quantity.Unit)
                && all[j].Estimate.Stated.Values.SequenceEqual(values))
            {
                return j;
            }
        }
        return null;
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
