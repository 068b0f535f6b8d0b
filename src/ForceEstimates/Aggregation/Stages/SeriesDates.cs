using System;
using NodaTime;

namespace ForceEstimates.Aggregation;

/// <summary>
/// The dates of one quantity's reports as a series (<see cref="Aggregate.Series"/>) compares them, read once: each
/// report's publication date and the end of the time it refers to as day numbers, so that the question asked at every
/// date of the series (which reports are known, and have they all aged alike since the last date?) is answered on
/// integers instead of by reading every report again.
/// </summary>
internal sealed class SeriesDates
{
    private readonly int[] published;
    private readonly int[] end;
    private readonly bool cumulative;

    /// <summary>Reads the dates of <paramref name="reports"/> (at least one, all about one quantity, dates in the ISO calendar as reports keep them).</summary>
    internal SeriesDates(ReadOnlySpan<Report> reports)
    {
        published = new int[reports.Length];
        end = new int[reports.Length];
        FirstPublished = int.MaxValue;
        for (int i = 0; i < reports.Length; i++)
        {
            published[i] = DayNumber(reports[i].Published);
            end[i] = DayNumber(reports[i].RefersTo.End);
            FirstPublished = Math.Min(FirstPublished, published[i]);
        }
        cumulative = CumulativeSelection.Applies(reports[0].Quantity.Key);
    }

    /// <summary>The day number of the earliest publication: a date before it has no report known.</summary>
    internal int FirstPublished { get; }

    /// <summary>
    /// Whether the stages give the same numbers as of day <paramref name="asOf"/> as of day <paramref name="before"/>,
    /// apart from the date itself and the explanation: the same reports are known by both dates (published on or before
    /// each, <see cref="ReportCollection.IsKnownAsOf(LocalDate, LocalDate)"/>) and every one of them aged by the same
    /// number of days between them, so stages 1 to 3 see the same inputs (weights count ages from the newest report).
    /// A report's age (<see cref="WeightStage.Age"/>) counts from the end of the time it refers to, or is 0 while that
    /// end is not before the date, plus a forecast's lead, which is the same at both dates; so one that still refers to
    /// the future has not aged. A cumulative count is never taken as the same: which of its figures are earlier values
    /// depends on the date.
    /// </summary>
    internal bool SameNumbers(int before, int asOf)
    {
        if (cumulative)
        {
            return false;
        }
        bool first = true;
        int aged = 0;
        for (int i = 0; i < published.Length; i++)
        {
            bool known = published[i] <= asOf;
            if (known != published[i] <= before)
            {
                return false;
            }
            if (known)
            {
                int days = Stale(end[i], asOf) - Stale(end[i], before);
                if (first)
                {
                    (aged, first) = (days, false);
                }
                else if (days != aged)
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>Days from <paramref name="end"/> to <paramref name="asOf"/> when it lies before it, else 0 (as <see cref="WeightStage.Age"/> counts them).</summary>
    private static int Stale(int end, int asOf) => end < asOf ? asOf - end : 0;

    /// <summary>
    /// The number of days from 1 March of year 0 (ISO, proleptic Gregorian) to an ISO date: consecutive days have
    /// consecutive numbers over NodaTime's whole range (years −9998 to 9999), so differences are days between and the
    /// order is the dates' order.
    /// </summary>
    internal static int DayNumber(LocalDate date)
    {
        // Counted in years that start on 1 March, so that the leap day ends a year; eras of 400 years (146,097 days).
        int year = date.Year - (date.Month <= 2 ? 1 : 0);
        int era = (year >= 0 ? year : year - 399) / 400;
        int yearOfEra = year - (era * 400);
        int monthFromMarch = date.Month > 2 ? date.Month - 3 : date.Month + 9;
        int dayOfYear = (((153 * monthFromMarch) + 2) / 5) + date.Day - 1;
        int dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097) + dayOfEra;
    }
}
