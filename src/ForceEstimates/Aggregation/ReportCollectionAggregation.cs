using System;
using System.Collections.Generic;
using ForceEstimates.Aggregation;
using NodaTime;

namespace ForceEstimates;

/// <summary>
/// Aggregation as a <see cref="ReportCollection"/> reads it: <c>reports.Aggregate(asOf)</c>,
/// <c>reports.AggregateByQuantity(asOf)</c> and <c>reports.AggregateSeries(dates)</c>. Extension methods, because reports come before aggregation in the
/// library's layers: the collection owns which reports are known as of a date and how they group by quantity, and
/// aggregation builds on that. Thread-safe.
/// </summary>
public static class ReportCollectionAggregation
{
    /// <summary>Combines the reports, all about one quantity, known as of <paramref name="asOf"/>: as <see cref="Aggregation.Aggregate.Of"/>.</summary>
    /// <param name="reports">The reports; all must have the same <see cref="Quantity.Key"/>.</param>
    /// <param name="asOf">Reports published after this date are left out.</param>
    /// <param name="options">The options, or null for <see cref="AggregationOptions.Default"/>.</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    /// <exception cref="ArgumentException">The collection is empty, its reports are about different quantities, or none was published by <paramref name="asOf"/>.</exception>
    public static Aggregation.Aggregate Aggregate(this ReportCollection reports, LocalDate asOf, AggregationOptions? options = null)
        => Aggregation.Aggregate.Of(Preconditions.CheckNotNull(reports), asOf, options);

    /// <summary>Combines the reports, all about one quantity, as of each of several dates: as <see cref="Aggregation.Aggregate.Series"/>, the series a chart draws.</summary>
    /// <param name="reports">The reports; all must have the same <see cref="Quantity.Key"/>.</param>
    /// <param name="dates">The as-of dates, in the order wanted; a date by which no report was published is skipped.</param>
    /// <param name="options">The options, or null for <see cref="AggregationOptions.Default"/>.</param>
    /// <returns>One aggregate per date by which a report was published, in the order of <paramref name="dates"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or <paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentException">The collection is empty or its reports are about different quantities.</exception>
    public static IReadOnlyList<Aggregation.Aggregate> AggregateSeries(this ReportCollection reports, IEnumerable<LocalDate> dates, AggregationOptions? options = null)
        => Aggregation.Aggregate.Series(Preconditions.CheckNotNull(reports), dates, options);

    /// <summary>Combines the reports about each quantity that has one known as of <paramref name="asOf"/>: as <see cref="Aggregation.Aggregate.ByQuantity"/>.</summary>
    /// <param name="reports">The reports.</param>
    /// <param name="asOf">Reports published after this date are left out.</param>
    /// <param name="options">The options, or null for <see cref="AggregationOptions.Default"/>.</param>
    /// <returns>One aggregate per quantity, in order of first appearance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    public static IReadOnlyList<Aggregation.Aggregate> AggregateByQuantity(this ReportCollection reports, LocalDate asOf, AggregationOptions? options = null)
        => Aggregation.Aggregate.ByQuantity(Preconditions.CheckNotNull(reports), asOf, options);
}
