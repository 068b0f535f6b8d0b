using System;
using NodaTime;

namespace ForceEstimates.Tests.Consistency;

/// <summary>Small reports for the consistency tests: one line each, with what matters to the rule spelled out.</summary>
internal static class ConsistencyReports
{
    internal static readonly LocalDate Day = new(2024, 11, 23);

    internal static Source Origin(string name) => Source.Of(name, SourceKind.Military, ConflictSide.Ukraine);

    internal static Report Make(
        string id, string figure, Statistic statistic = Statistic.Level, string? place = "Kursk Oblast", string subject = "Russian troops",
        Metric? metric = null, Unit? unit = null, LocalDate? start = null, LocalDate? end = null, string origin = "General Staff", Provenance? provenance = null)
    {
        var from = start ?? end ?? Day;
        var to = end ?? start ?? Day;
        var published = to > Day ? to : Day;
        return Report.Of(id, Quantity.Of(metric ?? Metric.Personnel, subject, place, unit ?? Unit.Persons, statistic), Estimate.Parse(figure),
            provenance ?? Provenance.Of(Origin(origin)), new DateInterval(from, to), published);
    }

    internal static Report Area(string id, string figure, Statistic statistic, LocalDate start, LocalDate end, Unit? unit = null)
        => Make(id, figure, statistic, subject: "Ukrainian forces", metric: Metric.TerritoryHeld, unit: unit ?? Unit.SquareKilometres, start: start, end: end);

    internal static Report Derived(string id, string figure, string formula, Unit? unit = null, Metric? metric = null)
        => Make(id, figure, subject: "Ukrainian forces", metric: metric ?? Metric.TerritoryLost, unit: unit ?? Unit.Percent,
            provenance: Provenance.Of(Source.Of("Reuters", SourceKind.NewsAgency, ConflictSide.ThirdParty)).WithFormula(Formula.Parse(formula)));

    internal static LocalDate Date(int month, int day, int year = 2024) => new(year, month, day);
}
