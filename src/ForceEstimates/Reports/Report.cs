using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using NodaTime;
using NodaTime.Text;

namespace ForceEstimates;

/// <summary>
/// One reported claim: a <see cref="Quantity"/>, the <see cref="Estimate"/> of it (in the
/// quantity's unit), its <see cref="Provenance"/>, the time it refers to
/// (<see cref="RefersTo"/>), when it was published (<see cref="Published"/>) and the quoted text.
/// </summary>
/// <remarks>
/// <para><b>Time.</b> <see cref="RefersTo"/> is the period the figure describes: one day for a
/// level ("now we control 800 km²"), the whole period for a peak, a cumulative total or a change;
/// a vague "early August" is the interval it covers (Aug 1–10). A report may refer to a time
/// after it was published: forecasts ("by the end of the year") are claims too, and
/// <see cref="IsForecast"/> tells them apart. What is checked is that no dated citation in the
/// chain is later than <see cref="Published"/>: a report cannot cite what was not yet said.</para>
/// <para><b>Identity.</b> <see cref="Id"/> names the report within a <see cref="ReportCollection"/>
/// and in <see cref="Provenance.DerivedFrom"/>; ids compare ordinally. Equality compares every
/// part (the estimate with its own <see cref="object.Equals(object)"/>).</para>
/// <para>Immutable and thread-safe (as long as the <see cref="Estimate"/> is, which it is).</para>
/// </remarks>
[Presentation.TypeFormatterSource(typeof(Presentation.NotebookFormatterSource))]
public sealed class Report : IEquatable<Report>
{
    private Report(string id, Quantity quantity, Estimate estimate, Provenance provenance, DateInterval refersTo, LocalDate published, string? quote)
    {
        Id = id;
        IdTag = TextTag.Of(id);
        Quantity = quantity;
        Estimate = estimate;
        Provenance = provenance;
        var origin = provenance.Origin;
        OriginKey = origin.Key;
        OriginKeyTag = TextTag.Of(origin.Key);
        LinksOrigin = provenance.IsDerived || origin.HasAliases;
        originKind = (byte)origin.Kind;
        Rating = provenance.Rating;
        RefersTo = refersTo;
        RefersToEndDay = Dates.DayNumber(refersTo.End);
        isForecast = refersTo.Start > published;
        int startDay = Dates.DayNumber(refersTo.Start), publishedDay = Dates.DayNumber(published);
        PublishedDay = publishedDay;
        ForecastLeadDays = isForecast ? startDay - publishedDay : 0;
        Published = published;
        Quote = quote;
    }

    /// <summary>Makes a report.</summary>
    /// <param name="id">A short id, unique within a collection (e.g. "kyiv-independent-2024-11-23/area-now"); not blank; trimmed.</param>
    /// <param name="quantity">What the figure estimates.</param>
    /// <param name="estimate">The figure, in <paramref name="quantity"/>'s unit: when its stated unit is one <see cref="Unit.TryParse"/> knows, it must be that unit.</param>
    /// <param name="provenance">Where it comes from; must not list <paramref name="id"/> in <see cref="Provenance.DerivedFrom"/>.</param>
    /// <param name="refersTo">The period the figure describes (one day for a level); in any calendar, kept as ISO dates.</param>
    /// <param name="published">When the report was published; no dated citation in the chain may be later; in any calendar, kept as an ISO date.</param>
    /// <param name="quote">The text quoted from the report, or null; when given, not blank.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The id or quote is blank; the estimate is written with a known unit other than the quantity's; the report derives from itself; or a citation is dated after <paramref name="published"/>.</exception>
    public static Report Of(string id, Quantity quantity, Estimate estimate, Provenance provenance, DateInterval refersTo, LocalDate published, string? quote = null)
    {
        var checkedId = Names.CheckId(id, nameof(id));
        Preconditions.CheckNotNull(quantity);
        Preconditions.CheckNotNull(estimate);
        Preconditions.CheckNotNull(provenance);
        Preconditions.CheckNotNull(refersTo);
        refersTo = Dates.Iso(refersTo);
        published = Dates.Iso(published);
        // A figure written "309 square miles" under a km² quantity would be read as 309 km²: refuse rather than mislead.
        if (estimate.Stated.Unit is { } written && Unit.TryParse(written, out var statedUnit))
        {
            Preconditions.CheckArgument(statedUnit == quantity.Unit, nameof(estimate),
                $"Expected the estimate in the quantity's unit ({quantity.Unit.Symbol}), but it is written in \"{written}\" ({statedUnit.Symbol}); state the quantity in {statedUnit.Symbol}.");
        }
        Preconditions.CheckArgument(!provenance.IsDerivedFrom(checkedId), nameof(provenance),
            $"Expected a report not derived from itself, but report \"{checkedId}\" lists its own id in DerivedFrom.");
        for (var i = 0; i < provenance.Chain.Count; i++)
        {
            var citation = provenance.Chain[i];
            Preconditions.CheckArgument(citation.Date is not { } date || date <= published, nameof(published),
                $"Expected no citation later than the publication date {LocalDatePattern.Iso.Format(published)}, but citation {i} ({citation}) is.");
        }
        Preconditions.CheckArgument(quote is null || quote.Trim().Length > 0, nameof(quote), "Expected a quote with visible text, or null, but got blank text.");
        return new Report(checkedId, quantity, estimate, provenance, refersTo, published, quote);
    }

    /// <summary>Makes a report about the day it was published (a level "now", said and printed that day): the day is written once.</summary>
    /// <param name="id">A short id, unique within a collection; not blank; trimmed.</param>
    /// <param name="quantity">What the figure estimates.</param>
    /// <param name="estimate">The figure, in <paramref name="quantity"/>'s unit (checked as by the full form).</param>
    /// <param name="provenance">Where it comes from; no dated citation later than <paramref name="on"/>.</param>
    /// <param name="on">The day the figure describes and the report was published.</param>
    /// <param name="quote">The text quoted from the report, or null; when given, not blank.</param>
    /// <returns>The report, with <see cref="RefersTo"/> the one day <paramref name="on"/> and <see cref="Published"/> <paramref name="on"/>.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">As for the full form.</exception>
    public static Report Of(string id, Quantity quantity, Estimate estimate, Provenance provenance, LocalDate on, string? quote = null)
        => Of(id, quantity, estimate, provenance, new DateInterval(on, on), on, quote);

    /// <summary>Makes a report about one day, published that day or later ("on Nov. 20 there were …", printed Nov. 21).</summary>
    /// <param name="id">A short id, unique within a collection; not blank; trimmed.</param>
    /// <param name="quantity">What the figure estimates.</param>
    /// <param name="estimate">The figure, in <paramref name="quantity"/>'s unit.</param>
    /// <param name="provenance">Where it comes from; no dated citation later than <paramref name="published"/>.</param>
    /// <param name="refersTo">The one day the figure describes.</param>
    /// <param name="published">When the report was published.</param>
    /// <param name="quote">The text quoted from the report, or null; when given, not blank.</param>
    /// <returns>The report, with <see cref="RefersTo"/> the one day <paramref name="refersTo"/>.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">As for the full form.</exception>
    public static Report Of(string id, Quantity quantity, Estimate estimate, Provenance provenance, LocalDate refersTo, LocalDate published, string? quote = null)
        => Of(id, quantity, estimate, provenance, new DateInterval(refersTo, refersTo), published, quote);

    /// <summary>
    /// Makes a report from a figure typed by hand, in one line:
    /// <c>Report.Of("about 11,000", troops, Source.Of("Kyiv", SourceKind.Government, ConflictSide.Ukraine), new LocalDate(2024, 11, 23))</c>.
    /// The figure is read by <see cref="Estimate.Parse(string)"/> (default hedge model); the source is the origin, with no
    /// relays; the report is about the day <paramref name="on"/> and published that day.
    /// </summary>
    /// <param name="figure">The figure as written ("about 11,000", "nearly 60,000"), in <paramref name="quantity"/>'s unit.</param>
    /// <param name="quantity">What the figure estimates.</param>
    /// <param name="source">Who said it.</param>
    /// <param name="on">The day the figure describes and was said.</param>
    /// <returns>The report. Its <see cref="Id"/> is "source key/date/figure" ("kyiv/2024-11-23/about 11,000"): two figures
    /// typed alike for one source and day get one id, so give others their own with <see cref="WithId"/>.
    /// <see cref="Quote"/> is null (a figure typed by hand is not a quotation); the <c>With…</c> methods add the rest.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FormatException"><paramref name="figure"/> is not one figure; the message names the text and the position.</exception>
    /// <exception cref="ArgumentException">The figure is written in a known unit other than the quantity's.</exception>
    public static Report Of(string figure, Quantity quantity, Source source, LocalDate on)
    {
        Preconditions.CheckNotNull(figure);
        Preconditions.CheckNotNull(quantity);
        Preconditions.CheckNotNull(source);
        var estimate = Estimate.Parse(figure);
        var id = string.Create(CultureInfo.InvariantCulture, $"{source.Key}/{LocalDatePattern.Iso.Format(on)}/{figure.Trim()}");
        return Of(id, quantity, estimate, Provenance.Of(source), new DateInterval(on, on), on, null);
    }

    /// <summary>The report's id (trimmed).</summary>
    public string Id { get; }

    /// <summary>The tag of <see cref="Id"/> (<see cref="TextTag"/>): kept here so that comparing ids reads the string only when the tags agree.</summary>
    internal int IdTag { get; }

    /// <summary>What the figure estimates.</summary>
    public Quantity Quantity { get; }

    // What aggregation reads of the provenance and its origin for every report, copied here when the report is made
    // (both are immutable): the provenance is one object further and the origin two, each usually away from the cache.
    private readonly byte originKind;

    /// <summary>The origin's key (<see cref="Source.Key"/>).</summary>
    internal string OriginKey { get; }

    /// <summary>The tag of the origin's key (<see cref="TextTag"/> of <see cref="Source.Key"/>).</summary>
    internal int OriginKeyTag { get; }

    /// <summary>Whether the report may be linked to others otherwise than by equal origin keys: it is derived from reports, or its origin has aliases.</summary>
    internal bool LinksOrigin { get; }

    /// <summary>The origin's kind (<see cref="Source.Kind"/>), for the reporting floor.</summary>
    internal SourceKind OriginKind => (SourceKind)originKind;

    /// <summary>The provenance's rating (<see cref="Provenance.Rating"/>).</summary>
    internal AdmiraltyRating Rating { get; }

    /// <summary>The figure, in <see cref="Quantity"/>'s unit.</summary>
    public Estimate Estimate { get; }

    /// <summary>Where the figure comes from.</summary>
    public Provenance Provenance { get; }

    /// <summary>The period the figure describes.</summary>
    public DateInterval RefersTo { get; }

    // What aggregation reads of RefersTo for every report (whether the report is a forecast; its end day below),
    // copied here when the report is made (the interval is immutable): the interval is one object further, usually
    // away from the cache.
    private readonly bool isForecast;

    /// <summary>The day number of the last day of <see cref="RefersTo"/> (<see cref="Dates.DayNumber"/>), for its age.</summary>
    internal int RefersToEndDay { get; }

    /// <summary>
    /// A forecast's lead, the days from <see cref="Published"/> to the start of <see cref="RefersTo"/>; 0 for a report
    /// that is not a forecast (a difference of <see cref="Dates.DayNumber"/>s).
    /// </summary>
    internal int ForecastLeadDays { get; }

    /// <summary>
    /// The day (a <see cref="Dates.DayNumber"/>) the report counts as news of as of <paramref name="asOfDay"/>: the last day of
    /// <see cref="RefersTo"/>, no later than the as-of date, less a forecast's lead. Its age is the days from it to the as-of
    /// date (a prediction a year ahead weighs what a year-old report weighs), and the stages that pick each origin's newest
    /// figure, a count's newest figures or a change's newest period compare these days, so a figure of next year published
    /// today is never today's newest news.
    /// </summary>
    internal int DatedDay(int asOfDay) => Math.Min(RefersToEndDay, asOfDay) - ForecastLeadDays;

    /// <summary>When the report was published.</summary>
    public LocalDate Published { get; }

    /// <summary>The day number of <see cref="Published"/> (<see cref="Dates.DayNumber"/>), for the as-of test.</summary>
    internal int PublishedDay { get; }

    // Two numbers of the report as aggregation reads it (ObservationStage), each a function of the report alone (it is
    // immutable), so made when first needed and kept: the rounding bin of the stated figure on the log scale, for a
    // figure read as a point (a bare, approximate or exact figure), or the plausible range of a bounded claim
    // (StatedRange.Plausible), for a claim read as a censored bound (the other hedges); both in the report's own unit.
    // A report's hedge decides which of the two it is ever asked for (and the first kept stays: the other is then made
    // each time). keptKind says what was made: 0 nothing yet, 1 the bin as a count, 2 the bin not as a count, 3 being
    // written, 4 the range as a count, 5 the range not as a count. Only the thread that claims the slots (0 to 3) writes
    // the two numbers, and publishes them by writing the kind last.
    private double keptLower, keptUpper;
    private int keptKind;

    /// <summary>The kept log-scale rounding bin (<see cref="KeepLogBin"/>), when it was made for <paramref name="count"/>.</summary>
    internal bool TryGetLogBin(bool count, out double lower, out double upper) => TryGetKept(count ? 1 : 2, out lower, out upper);

    /// <summary>Keeps the log-scale rounding bin made for <paramref name="count"/>, unless something is kept or being kept already.</summary>
    internal void KeepLogBin(bool count, double lower, double upper) => Keep(count ? 1 : 2, lower, upper);

    /// <summary>The kept plausible range in the report's own unit (<see cref="KeepPlausibleRange"/>), when it was made for <paramref name="count"/>.</summary>
    internal bool TryGetPlausibleRange(bool count, out double lower, out double upper) => TryGetKept(count ? 4 : 5, out lower, out upper);

    /// <summary>Keeps the plausible range in the report's own unit made for <paramref name="count"/>, unless something is kept or being kept already.</summary>
    internal void KeepPlausibleRange(bool count, double lower, double upper) => Keep(count ? 4 : 5, lower, upper);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryGetKept(int kind, out double lower, out double upper)
    {
        bool kept = Volatile.Read(ref keptKind) == kind;
        lower = keptLower;
        upper = keptUpper;
        return kept;
    }

    private void Keep(int kind, double lower, double upper)
    {
        if (Interlocked.CompareExchange(ref keptKind, 3, 0) == 0)
        {
            keptLower = lower;
            keptUpper = upper;
            Volatile.Write(ref keptKind, kind);
        }
    }

    /// <summary>The text quoted from the report, or null.</summary>
    public string? Quote { get; }

    /// <summary>Whether the report is about a time that starts after it was published.</summary>
    public bool IsForecast => isForecast;

    /// <summary>Whether the two reports can count as independent: they neither share an origin nor derive one from the other. Not transitive; see <see cref="ReportCollection.IndependentGroups"/>.</summary>
    /// <param name="other">The other report.</param>
    /// <returns>False when one report's figure may simply repeat the other's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsIndependentOf(Report other)
    {
        Preconditions.CheckNotNull(other);
        return !ReferenceEquals(this, other)
            && !string.Equals(Id, other.Id, StringComparison.Ordinal)
            && !Provenance.SharesOriginWith(other.Provenance)
            && !Provenance.IsDerivedFrom(other.Id)
            && !other.Provenance.IsDerivedFrom(Id);
    }

    /// <summary>This report with another id (validated as in <see cref="Of(string, Quantity, Estimate, Provenance, DateInterval, LocalDate, string)"/>).</summary>
    /// <param name="id">The id.</param>
    /// <returns>A new report.</returns>
    /// <exception cref="ArgumentException">See <see cref="Of(string, Quantity, Estimate, Provenance, DateInterval, LocalDate, string)"/>.</exception>
    public Report WithId(string id) => Of(id, Quantity, Estimate, Provenance, RefersTo, Published, Quote);

    /// <summary>This report about another quantity.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>A new report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quantity"/> is null.</exception>
    public Report WithQuantity(Quantity quantity) => Of(Id, quantity, Estimate, Provenance, RefersTo, Published, Quote);

    /// <summary>This report with another estimate.</summary>
    /// <param name="estimate">The estimate.</param>
    /// <returns>A new report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="estimate"/> is null.</exception>
    public Report WithEstimate(Estimate estimate) => Of(Id, Quantity, estimate, Provenance, RefersTo, Published, Quote);

    /// <summary>This report with another provenance (validated as in <see cref="Of(string, Quantity, Estimate, Provenance, DateInterval, LocalDate, string)"/>).</summary>
    /// <param name="provenance">The provenance.</param>
    /// <returns>A new report.</returns>
    /// <exception cref="ArgumentException">See <see cref="Of(string, Quantity, Estimate, Provenance, DateInterval, LocalDate, string)"/>.</exception>
    public Report WithProvenance(Provenance provenance) => Of(Id, Quantity, Estimate, provenance, RefersTo, Published, Quote);

    /// <summary>This report referring to another period.</summary>
    /// <param name="refersTo">The period.</param>
    /// <returns>A new report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="refersTo"/> is null.</exception>
    public Report WithRefersTo(DateInterval refersTo) => Of(Id, Quantity, Estimate, Provenance, refersTo, Published, Quote);

    /// <summary>This report with another publication date (validated as in <see cref="Of(string, Quantity, Estimate, Provenance, DateInterval, LocalDate, string)"/>).</summary>
    /// <param name="published">The date.</param>
    /// <returns>A new report.</returns>
    /// <exception cref="ArgumentException">See <see cref="Of(string, Quantity, Estimate, Provenance, DateInterval, LocalDate, string)"/>.</exception>
    public Report WithPublished(LocalDate published) => Of(Id, Quantity, Estimate, Provenance, RefersTo, published, Quote);

    /// <summary>This report with another quote.</summary>
    /// <param name="quote">The quote, or null.</param>
    /// <returns>A new report.</returns>
    /// <exception cref="ArgumentException"><paramref name="quote"/> is blank.</exception>
    public Report WithQuote(string? quote) => Of(Id, Quantity, Estimate, Provenance, RefersTo, Published, quote);

    /// <inheritdoc />
    public bool Equals(Report? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (string.Equals(Id, other.Id, StringComparison.Ordinal)
                    && Published == other.Published
                    && RefersTo.Equals(other.RefersTo)
                    && Quantity.Equals(other.Quantity)
                    && Provenance.Equals(other.Provenance)
                    && string.Equals(Quote, other.Quote, StringComparison.Ordinal)
                    && EqualityComparer<Estimate>.Default.Equals(Estimate, other.Estimate)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Report);

    /// <summary>A hash of the id, quantity and dates (enough to spread reports; equal reports agree on all of them).</summary>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Quantity, RefersTo, Published);

    /// <summary>Whether two reports are equal (both null counts as equal).</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    public static bool operator ==(Report? left, Report? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two reports differ.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    public static bool operator !=(Report? left, Report? right) => !(left == right);

    /// <summary>The id, the quantity and the publication date, e.g. "nk-troops/nis-2024-11-20: personnel of North Korean troops in Russia (level, persons), published 2024-11-20". Does not touch the estimate.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Id}: {Quantity}, published {LocalDatePattern.Iso.Format(Published)}");
}
