using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Trends;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Trends;

/// <summary>
/// A cumulative figure that refers to one day ("at least 1,450 civilians have died", dated the day it was said, as the
/// extractor dates a toll) is the running total as of that day, not that day's count.
/// </summary>
public class TrendRunningTotalTest
{
    private static readonly LocalDate Day0 = new(2025, 2, 1);
    private static readonly Quantity Killed = Quantity.Of(Metric.Of("killed"), "civilians", "Test city", Unit.Persons, Statistic.Cumulative);
    private static readonly Source Agency = Source.Of("Test agency", SourceKind.Unknown, ConflictSide.ThirdParty);
    private static readonly Source Ministry = Source.Of("Test ministry", SourceKind.Government, ConflictSide.ThirdParty);

    private static TrendModel Fit(IEnumerable<Report> reports) => TrendModel.Fit(reports, null, TestContext.Current.CancellationToken);

    private static Report Toll(string id, Source origin, string figure, int from, int to)
        => Report.Of(id, Killed, Estimate.Parse(figure), Provenance.Of(origin), new DateInterval(Day0.PlusDays(from), Day0.PlusDays(to)), Day0.PlusDays(to));

    [Fact]
    public void ATollOfOneDayIsTheTotalAsOfThatDay()
    {
        // "about 1,200 killed since the offensive began" (days 9-29) and, two weeks later, "about 1,450 have died" (day
        // 42 only). Read as the deaths of day 42 alone, the second put the count near 9,000 by then.
        var model = Fit([Toll("since", Agency, "about 1,200", 9, 29), Toll("day", Ministry, "about 1,450", 42, 42)]);

        var series = model.For(Killed);
        series.At(Day0.PlusDays(42)).Median.Should().BeInRange(1_200, 1_800);
        series.At(Day0.PlusDays(29)).Median.Should().BeInRange(900, 1_500);
        series.FirstObserved.Should().Be(Day0.PlusDays(9), "the first report's period starts there");
    }

    [Fact]
    public void ATollOfOneDayBeforeTheOtherPeriodsStartsTheRecordEarlier()
    {
        // "about 300 have died" on day 5, then "about 900 killed since day 10" (days 10-40): the total as of day 5 cannot
        // accumulate from day 10, nor be day 5's deaths alone; the record starts at the grid's first day. (Accumulating
        // from day 10, the series had no value on day 5 at all: At threw.) The two origins' figures imply different daily
        // rates, and their biases take part of the difference, so only the order of magnitude is checked on day 5.
        var model = Fit([Toll("early", Ministry, "about 300", 5, 5), Toll("since", Agency, "about 900", 10, 40)]);

        var series = model.For(Killed);
        var early = series.At(Day0.PlusDays(5)).Median;
        early.Should().BeInRange(300 / 4.0, 300 * 4.0);
        series.At(Day0.PlusDays(40)).Median.Should().BeGreaterThan(early + 600);
    }

    [Fact]
    public void ALoneTollOfOneDayIsTakenAtItsWord()
    {
        var series = Fit([Toll("alone", Agency, "around 1,700", 56, 56)]).For(Killed);

        series.At(Day0.PlusDays(56)).Median.Should().BeApproximately(1_700, 1_700 * 0.02);
    }

    [Fact]
    public void ATallyOfDailyTotalsFollowsItsFigures()
    {
        // A running tally written as one-day totals (the same figures as totals "since day 0" before this reading).
        var asOfDays = new List<Report>();
        var sinceDayZero = new List<Report>();
        for (var day = 0; day < 60; day += 6)
        {
            var figure = (100 * (day + 5)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            asOfDays.Add(Toll("as-of/" + day, Agency, figure, day, day));
            sinceDayZero.Add(Toll("since/" + day, Agency, figure, 0, day));
        }

        var asOf = Fit(asOfDays).For(Killed);
        var since = Fit(sinceDayZero).For(Killed);

        foreach (var day in new[] { 12, 30, 54 })
        {
            asOf.At(Day0.PlusDays(day)).Median.Should().BeApproximately(since.At(Day0.PlusDays(day)).Median, since.At(Day0.PlusDays(day)).Median * 0.01, "day {0}", day);
        }
        asOf.At(Day0.PlusDays(54)).Median.Should().BeApproximately(5_900, 600);
    }
}
