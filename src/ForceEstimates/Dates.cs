using NodaTime;

namespace ForceEstimates;

/// <summary>
/// Dates as the library keeps them: in the ISO calendar. NodaTime refuses to compare dates of different calendars, so a
/// caller's Julian date is taken as the day it names and converted once, where it enters.
/// </summary>
internal static class Dates
{
    internal static LocalDate Iso(LocalDate date) => date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);

    /// <summary>
    /// An ISO date's day number (<see cref="System.DateOnly.DayNumber"/>), or <see cref="int.MinValue"/> where there is
    /// none (another calendar, or a year before 1, which DateOnly refuses).
    /// </summary>
    internal static int DayNumber(LocalDate date)
        => date.Calendar == CalendarSystem.Iso && date.Year >= 1 ? date.ToDateOnly().DayNumber : int.MinValue;

    internal static DateInterval Iso(DateInterval interval)
        => interval.Start.Calendar == CalendarSystem.Iso ? interval : new DateInterval(Iso(interval.Start), Iso(interval.End));
}
