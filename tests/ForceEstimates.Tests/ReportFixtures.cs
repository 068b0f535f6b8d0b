using ForceEstimates.Aggregation;
using NodaTime;

namespace ForceEstimates.Tests;

/// <summary>
/// The tests' one set of report builders. <see cref="Report(string, Source, LocalDate, double, Quantity?, string[])"/>
/// makes "about N" through the factory, so report tests do not depend on the hedge model;
/// <see cref="Figure"/> reads a figure as written, for aggregation tests that need hedges and bounds.
/// </summary>
internal static class ReportFixtures
{
    internal static readonly LocalDate November23 = new(2024, 11, 23);

    /// <summary>The day aggregation tests publish their figures and aggregate them.</summary>
    internal static readonly LocalDate AsOf = new(2025, 1, 31);

    internal static readonly Source Reuters = Source.Of("Reuters", SourceKind.NewsAgency, ConflictSide.ThirdParty);
    internal static readonly Source KyivIndependent = Source.Of("Kyiv Independent", SourceKind.Outlet, ConflictSide.Ukraine);

    internal static Quantity Troops(string subject = "North Korean troops", Statistic statistic = Statistic.Level)
        => Quantity.Of(Metric.Personnel, subject, "Russia (Kursk front)", Unit.Persons, statistic);

    internal static Quantity Area(Unit unit, Statistic statistic = Statistic.Level)
        => Quantity.Of(Metric.TerritoryHeld, "Ukrainian forces", "Kursk Oblast", unit, statistic);

    /// <summary>A share of territory lost, in percent.</summary>
    internal static Quantity Share()
        => Quantity.Of(Metric.TerritoryLost, "Ukrainian forces", "Kursk Oblast", Unit.Percent, Statistic.Level);

    internal static Source Origin(string name, params string[] aliases)
        => Source.Of(name, SourceKind.IntelligenceService, ConflictSide.ThirdParty, aliases);

    internal static DateInterval Day(LocalDate date) => new(date, date);

    /// <summary>A report of "about <paramref name="value"/>" from <paramref name="origin"/> via Reuters, published and referring to <paramref name="published"/>.</summary>
    internal static Report Report(string id, Source origin, LocalDate published, double value = 11_000, Quantity? quantity = null, params string[] derivedFrom)
        => ForceEstimates.Report.Of(
            id,
            quantity ?? Troops(),
            Estimate.About(value),
            Provenance.Of(origin, Citation.Of(Reuters, published)).WithDerivedFrom(derivedFrom),
            Day(published),
            published);

    /// <summary>
    /// A report of <paramref name="figure"/> as written ("10,000", "more than 14,000"), from an intelligence service
    /// of its own (named after the id unless <paramref name="origin"/> is given) via a wire, published and referring
    /// to <paramref name="published"/> (<see cref="AsOf"/> by default), unrated unless <paramref name="rating"/> is given.
    /// </summary>
    internal static Report Figure(string id, string figure, string origin = "", Quantity? quantity = null, LocalDate? published = null,
        string rating = "", SourceKind kind = SourceKind.IntelligenceService)
    {
        var date = published ?? AsOf;
        var source = Source.Of(origin.Length == 0 ? "origin of " + id : origin, kind, ConflictSide.ThirdParty);
        var provenance = Provenance.Of(source, Citation.Of(Reuters, date));
        if (rating.Length > 0)
        {
            provenance = provenance.WithRating(AdmiraltyRating.Parse(rating));
        }
        return ForceEstimates.Report.Of(id, quantity ?? Troops(), Estimate.Parse(figure), provenance, Day(date), date);
    }

    internal static AggregationOptions With(AggregationMethod method) => AggregationOptions.Default with { Method = method };

    /// <summary>
    /// The classic random-effects model (floors plus tau², bounds as open censoring), whose results are closed forms
    /// and metafor's: the default before the learned noise model.
    /// </summary>
    internal static AggregationOptions Classic { get; } = AggregationOptions.Default with { Noise = NoiseModel.FloorsPlusTauSquared, BoundedClaims = BoundedClaims.Censored };
}
