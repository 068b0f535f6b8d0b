using NodaTime;

namespace ForceEstimates.Tests.Reports;

/// <summary>Small building blocks for report tests; estimates come from factories only, so these tests do not depend on the hedge model.</summary>
internal static class ReportFixtures
{
    internal static readonly LocalDate November23 = new(2024, 11, 23);

    internal static readonly Source Reuters = Source.Of("Reuters", SourceKind.NewsAgency, ConflictSide.ThirdParty);
    internal static readonly Source KyivIndependent = Source.Of("Kyiv Independent", SourceKind.Outlet, ConflictSide.Ukraine);

    internal static Quantity Troops(string subject = "North Korean troops", Statistic statistic = Statistic.Level)
        => Quantity.Of(Metric.Personnel, subject, "Russia (Kursk front)", Unit.Persons, statistic);

    internal static Quantity Area(Unit unit, Statistic statistic = Statistic.Level)
        => Quantity.Of(Metric.TerritoryHeld, "Ukrainian forces", "Kursk Oblast", unit, statistic);

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
}
