using System;
using NodaTime;

namespace ForceEstimates.Aggregation;

/// <summary>Stage 2 of an aggregate, for one used report: the factors of its weight beyond precision.</summary>
internal struct ReportWeight
{
    /// <summary>The factor from the Admiralty rating, in (0, 1].</summary>
    internal double RatingFactor;

    /// <summary>Days from the end of the time the report refers to until the as-of date (0 when it reaches it).</summary>
    internal int AgeDays;

    /// <summary>2^(−age / half-life), in (0, 1].</summary>
    internal double RecencyFactor;

    /// <summary>The number of used reports in its independence group (1 when independent).</summary>
    internal int SharedOriginCount;

    /// <summary>The factor relative to the largest among the used reports, in (0, 1]: the w′ of the variance inflation v/w′.</summary>
    internal double Relative;

    /// <summary>rating × recency × independence (1 / <see cref="SharedOriginCount"/>).</summary>
    internal readonly double Factor => RatingFactor * RecencyFactor * (1.0 / SharedOriginCount);
}

/// <summary>
/// Stage 2 of an aggregate: each used report's weight factor w = rating × recency × independence, and the relative
/// weight w′ = w / max w it enters with. Weights are relative so that the best-weighted report keeps its own variance
/// and a lone report is not made less precise by being old.
/// </summary>
internal static class WeightStage
{
    /// <summary>Fills <paramref name="weights"/> for the used reports.</summary>
    /// <returns>The number of independent origins among them.</returns>
    internal static int Weigh(ReadOnlySpan<Report> used, LocalDate asOf, AggregationOptions options, Span<ReportWeight> weights)
    {
        var groups = ReportCollection.IndependentGroupIndices(used);
        int origins = 0;
        Span<int> groupSizes = used.Length <= 256 ? stackalloc int[used.Length] : new int[used.Length];
        groupSizes.Clear();
        foreach (var g in groups)
        {
            groupSizes[g]++;
            origins = Math.Max(origins, g + 1);
        }
        double maxFactor = 0;
        for (int j = 0; j < used.Length; j++)
        {
            var report = used[j];
            ref var weight = ref weights[j];
            weight.RatingFactor = options.RatingWeights.Factor(report.Provenance.Rating);
            var end = report.RefersTo.End;
            weight.AgeDays = end < asOf ? DaysBetween(end, asOf) : 0;
            weight.RecencyFactor = double.IsPositiveInfinity(options.HalfLifeDays) ? 1 : Math.Pow(2, -weight.AgeDays / options.HalfLifeDays);
            weight.SharedOriginCount = groupSizes[groups[j]];
            maxFactor = Math.Max(maxFactor, weight.Factor);
        }
        for (int j = 0; j < used.Length; j++)
        {
            weights[j].Relative = weights[j].Factor / maxFactor;
        }
        return origins;
    }

    // NodaTime's Period.DaysBetween handles every calendar and costs ~150 ns; ISO dates (all of ours) go through DateOnly.
    private static int DaysBetween(LocalDate start, LocalDate end)
        => start.Calendar == CalendarSystem.Iso && end.Calendar == CalendarSystem.Iso
            ? end.ToDateOnly().DayNumber - start.ToDateOnly().DayNumber
            : Period.DaysBetween(start, end);
}
