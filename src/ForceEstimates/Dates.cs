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
    /// The number of days from 1 March of year 0 (ISO, proleptic Gregorian) to the day <paramref name="date"/> names
    /// (another calendar's date taken as that day, as <see cref="Iso(LocalDate)"/> does): consecutive days have consecutive
    /// numbers over NodaTime's whole range (years −9998 to 9999), so differences are days between and the order is the
    /// dates' order. The library's one day count: ages, the as-of test, a series' dates and a cumulative count's figures.
    /// </summary>
    internal static int DayNumber(LocalDate date)
    {
        date = Iso(date);
        // Counted in years that start on 1 March, so that the leap day ends a year; eras of 400 years (146,097 days).
        int year = date.Year - (date.Month <= 2 ? 1 : 0);
        int era = (year >= 0 ? year : year - 399) / 400;
        int yearOfEra = year - (era * 400);
        int monthFromMarch = date.Month > 2 ? date.Month - 3 : date.Month + 9;
        int dayOfYear = (((153 * monthFromMarch) + 2) / 5) + date.Day - 1;
        int dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097) + dayOfEra;
    }

    internal static DateInterval Iso(DateInterval interval)
        => interval.Start.Calendar == CalendarSystem.Iso ? interval : new DateInterval(Iso(interval.Start), Iso(interval.End));
}
