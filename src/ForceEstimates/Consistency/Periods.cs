using NodaTime;

namespace ForceEstimates.Consistency;

/// <summary>When two reports' times allow them to be compared.</summary>
/// <remarks>
/// A cumulative figure whose period is one day is read as "since the count began, as of that day"
/// (the start is not stated), so it fits any period ending no earlier; a longer period states its start.
/// </remarks>
internal static class Periods
{
    /// <summary>Days between two periods; 0 when they overlap.</summary>
    internal static int Gap(DateInterval a, DateInterval b)
    {
        if (a.End < b.Start)
        {
            return Period.DaysBetween(a.End, b.Start);
        }
        return b.End < a.Start ? Period.DaysBetween(b.End, a.Start) : 0;
    }

    internal static bool IsDay(DateInterval period) => period.Start == period.End;

    internal static bool Within(DateInterval inner, DateInterval outer) => inner.Start >= outer.Start && inner.End <= outer.End;

    /// <summary>Whether a cumulative count over <paramref name="lesser"/> is part of one over <paramref name="greater"/>: it ends no later and starts no earlier.</summary>
    internal static bool CumulativeWithin(DateInterval lesser, DateInterval greater)
        => lesser.End <= greater.End && (IsDay(lesser) || IsDay(greater) || lesser.Start >= greater.Start);

    /// <summary>
    /// Whether a figure of the given statistic over <paramref name="lesser"/> must be at most one over
    /// <paramref name="greater"/> when its quantity is part of the other's: levels at times no more than
    /// <paramref name="windowDays"/> apart, peaks and cumulative counts over periods within the other's;
    /// changes never (they may be negative).
    /// </summary>
    internal static bool Comparable(Statistic statistic, DateInterval lesser, DateInterval greater, int windowDays) => statistic switch
    {
        Statistic.Level => Gap(lesser, greater) <= windowDays,
        Statistic.Peak => Within(lesser, greater),
        Statistic.Cumulative => CumulativeWithin(lesser, greater),
        _ => false,
    };

    /// <summary>Whether a part's figure counts towards a whole's in a sum, and how far apart they are (smaller is better).</summary>
    internal static bool Matches(Statistic statistic, DateInterval part, DateInterval whole, int windowDays, out int distance)
    {
        distance = Gap(part, whole);
        return statistic switch
        {
            Statistic.Level => distance <= windowDays,
            Statistic.Cumulative => part.End == whole.End && (IsDay(part) || IsDay(whole) || part.Start == whole.Start),
            Statistic.Change => part.Equals(whole),
            _ => false,
        };
    }

    internal static string Describe(DateInterval period)
        => IsDay(period)
            ? "on " + Text(period.Start)
            : "over " + Text(period.Start) + " – " + Text(period.End);

    private static string Text(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
