using ForceEstimates.Aggregation;
using NodaTime;

namespace ForceEstimates.Tests.Aggregation.Reports;

/// <summary>Builds small reports for aggregation tests.</summary>
internal static class ReportFactory
{
    internal static readonly Quantity Troops = Quantity.Of(Metric.Personnel, "test troops", "test front", Unit.Persons, Statistic.Level);
    internal static readonly Quantity Area = Quantity.Of(Metric.TerritoryHeld, "test forces", "test region", Unit.SquareKilometres, Statistic.Level);
    internal static readonly Quantity Share = Quantity.Of(Metric.TerritoryLost, "test forces", "test region", Unit.Percent, Statistic.Level);
    internal static readonly LocalDate Day = new(2025, 1, 31);

    internal static Report Make(string id, string figure, string origin = "", Quantity? quantity = null, LocalDate? published = null,
        string rating = "", SourceKind kind = SourceKind.IntelligenceService)
    {
        var date = published ?? Day;
        var source = Source.Of(origin.Length == 0 ? "origin of " + id : origin, kind, ConflictSide.ThirdParty);
        var provenance = Provenance.Of(source, Citation.Of(Source.Of("Wire", SourceKind.NewsAgency, ConflictSide.ThirdParty), date));
        if (rating.Length > 0)
        {
            provenance = provenance.WithRating(AdmiraltyRating.Parse(rating));
        }
        return Report.Of(id, quantity ?? Troops, Estimate.Parse(figure), provenance, new DateInterval(date, date), date);
    }

    internal static AggregationOptions With(AggregationMethod method) => AggregationOptions.Default with { Method = method };
}
