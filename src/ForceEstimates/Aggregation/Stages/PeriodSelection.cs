using System;

namespace ForceEstimates.Aggregation;

/// <summary>
/// Stage 0 for a change (<see cref="Statistic.Change"/>): a change is the count of its own period ("286 civilians were
/// killed in July", "539 drones overnight"), so figures over another period are not estimates of it. As of a date the
/// aggregate combines the figures of the newest period (the one ending last, up to the date) and leaves out the
/// others (<see cref="Exclusion.AnotherPeriod"/>): June's count is no estimate of July's, nor one night's of the next
/// night's.
/// </summary>
/// <remarks>
/// Two periods are one when their starts and their ends each lie within a quarter of the longer period of each other,
/// and never less than a day apart counts as one ("overnight" read as two days or as the morning's one; "in July" as
/// July 1–31 or July 2–31). Figures that each refer to a single day stay together as before: nothing a report keeps
/// tells a rate stated on a day ("30,000 a month", said on the 10th and again on the 12th) from a day's count, and a
/// rate's figures of two days are one rate.
/// </remarks>
internal static class PeriodSelection
{
    /// <summary>Whether the rule applies to reports about the quantity with this key (a change).</summary>
    internal static bool Applies(QuantityKey key) => key.Statistic == Statistic.Change;

    /// <summary>
    /// Whether the periods [<paramref name="startA"/>, <paramref name="endA"/>] and [<paramref name="startB"/>,
    /// <paramref name="endB"/>] (day numbers) are one period: both single days, or starts and ends each within a quarter
    /// of the longer period (at least one day) of each other.
    /// </summary>
    internal static bool SamePeriod(int startA, int endA, int startB, int endB)
    {
        if (startA == endA && startB == endB)
        {
            return true;
        }
        int tolerance = Math.Max(1, Math.Max(endA - startA, endB - startB) / 4);
        return Math.Abs(startA - startB) <= tolerance && Math.Abs(endA - endB) <= tolerance;
    }

    /// <summary>
    /// Marks each used report a <see cref="CumulativeRole.Point"/> when its period is the newest period's, else
    /// <see cref="CumulativeRole.Superseded"/> (left out as a count of another period). The newest period is that of the
    /// report whose period ends last (its end taken no later than the as-of date, less a forecast's lead: a count of next
    /// year published today is not the newest news); among reports ending on the same day,
    /// the period most of the used reports share, then the shorter (the later start).
    /// </summary>
    /// <param name="reports">The quantity's reports.</param>
    /// <param name="used">The positions of those known as of the date.</param>
    /// <param name="asOfDay">The as-of date's day number.</param>
    /// <param name="roles">Receives each used report's role, in the order of <paramref name="used"/>.</param>
    /// <returns>The number of reports left out.</returns>
    internal static int Decide(ArraySegment<Report> reports, ReadOnlySpan<int> used, int asOfDay, Span<CumulativeRole> roles)
    {
        roles[..used.Length].Clear();
        bool spansDays = false;
        int newestEnd = int.MinValue;
        foreach (int i in used)
        {
            var report = reports[i];
            spansDays |= report.RefersTo.Start != report.RefersTo.End;
            newestEnd = Math.Max(newestEnd, report.DatedDay(asOfDay));
        }
        if (!spansDays)
        {
            return 0; // every figure refers to a single day: one period, as before
        }
        // Each used report's first day, read once: the search below compares every report with the newest ones.
        Span<int> starts = used.Length <= 256 ? stackalloc int[used.Length] : new int[used.Length];
        for (int k = 0; k < used.Length; k++)
        {
            starts[k] = Dates.DayNumber(reports[used[k]].RefersTo.Start);
        }
        int reference = -1, referenceShared = -1;
        for (int k = 0; k < used.Length; k++)
        {
            int end = reports[used[k]].RefersToEndDay;
            if (reports[used[k]].DatedDay(asOfDay) != newestEnd)
            {
                continue;
            }
            int shared = 0;
            for (int j = 0; j < used.Length; j++)
            {
                shared += SamePeriod(starts[k], end, starts[j], reports[used[j]].RefersToEndDay) ? 1 : 0;
            }
            if (shared > referenceShared || (shared == referenceShared && starts[k] > starts[reference]))
            {
                (reference, referenceShared) = (k, shared);
            }
        }
        int referenceStart = starts[reference], referenceEnd = reports[used[reference]].RefersToEndDay, left = 0;
        for (int k = 0; k < used.Length; k++)
        {
            if (!SamePeriod(referenceStart, referenceEnd, starts[k], reports[used[k]].RefersToEndDay))
            {
                roles[k] = CumulativeRole.Superseded;
                left++;
            }
        }
        return left;
    }
}
