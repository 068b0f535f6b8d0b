namespace ForceEstimates;

/// <summary>
/// Which summary of a quantity over time a figure states. "At most, we controlled about 1,376
/// square kilometres" is a <see cref="Peak"/>; "now we control approximately 800" is a
/// <see cref="Level"/>: the two are different quantities and never combine. The time the
/// statistic refers to is the report's <c>RefersTo</c> interval.
/// </summary>
public enum Statistic
{
    /// <summary>The amount at a time (a day, or a short interval treated as one moment): "now 800 km²".</summary>
    Level,

    /// <summary>The largest amount reached during a period: "at most, we controlled 1,376 km²".</summary>
    Peak,

    /// <summary>
    /// A total accumulated over a period: losses since the invasion, territory lost since the peak. A report whose
    /// <c>RefersTo</c> is a single day ("at least 1,450 have died", dated the day it was said) is the total as of that
    /// day, accumulated since the record began, not that day's count (a day's count is a <see cref="Change"/>).
    /// </summary>
    Cumulative,

    /// <summary>The difference between the amounts at the start and end of a period: "gained 40 km² this week".</summary>
    Change,
}
