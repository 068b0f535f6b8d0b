using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Presentation;
using NodaTime;
using Xunit;
using static ForceEstimates.Tests.ReportFixtures;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>
/// A change is the count of its own period ("286 civilians were killed in July", "539 drones overnight"): as of a date
/// the aggregate combines the figures of the newest period and leaves out those of other periods
/// (<see cref="Exclusion.AnotherPeriod"/>). Invented figures.
/// </summary>
public class AggregatePeriodTest
{
    private static readonly Quantity Launched = Quantity.Of(Metric.Of("drones launched"), "long-range drones", "Orlova", Unit.CountOf("drones"), Statistic.Change);

    private static Report Count(string id, string figure, string origin, LocalDate start, LocalDate end, LocalDate? published = null, Quantity? quantity = null)
    {
        var date = published ?? end.PlusDays(1);
        var provenance = Provenance.Of(Source.Of(origin, SourceKind.Analyst, ConflictSide.ThirdParty), Citation.Of(Reuters, date));
        return Report.Of(id, quantity ?? Launched, Estimate.Parse(figure), provenance, new DateInterval(start, end), date);
    }

    private static readonly LocalDate June1 = new(2025, 6, 1), June30 = new(2025, 6, 30), July1 = new(2025, 7, 1), July31 = new(2025, 7, 31);

    [Fact]
    public void OnlyTheNewestPeriodsFiguresAreCombined()
    {
        var reports = new[]
        {
            Count("june-a", "more than 4,800", "A", June1, June30, new LocalDate(2025, 7, 5)),
            Count("june-b", "5,438", "B", June1, June30, new LocalDate(2025, 8, 1)),
            Count("july-b", "6,297", "B", July1, July31, new LocalDate(2025, 8, 1)),
            Count("july-c", "about 6,100", "C", July1, July31, new LocalDate(2025, 8, 2)),
        };
        var asOf = new LocalDate(2025, 8, 3);

        var aggregate = Aggregate.Of(reports, asOf);
        var july = Aggregate.Of(reports.Skip(2), asOf);

        aggregate.Contributions.Select(c => c.Exclusion).Should().Equal(Exclusion.AnotherPeriod, Exclusion.AnotherPeriod, Exclusion.None, Exclusion.None);
        aggregate.Value.Should().Be(july.Value, "June's counts take no part in July's");
        aggregate.ConfidenceInterval.Should().Be(july.ConfidenceInterval);
        aggregate.Value.Should().BeInRange(6_000, 6_400);
        aggregate.Notes.Single(n => n.Kind == AggregateNoteKind.OtherPeriods).Reports.Select(r => r.Id).Should().Equal("june-a", "june-b");
        PlainText.Reasons(aggregate.Contributions[1]).Should().Equal("a count over another period (2025-06-01 to 2025-06-30) than the newest figures'");
        PlainText.Of(aggregate).Should().Contain("reports june-a, june-b left out: they count other periods than the newest figures'");

        // Before July's figures are known, June's are the newest period's and are combined.
        var inJuly = Aggregate.Of(reports, new LocalDate(2025, 7, 20));
        inJuly.Contributions[0].Included.Should().BeTrue();
        inJuly.Contributions[1].Exclusion.Should().Be(Exclusion.PublishedAfterAsOf);
    }

    [Fact]
    public void AForecastOfALaterPeriodIsNotTheNewestPeriod()
    {
        // July's counts, and a planner's figure of next year's count published beside them. With its end taken at the as-of
        // date the forecast's period was the newest, and July's figures were left out as counts of another period; dated
        // back by its lead, as its weight is, it is the other period. Alone it is still the newest period's figure.
        var nextYear = Count("next-year", "90,000", "Planner", new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31), new LocalDate(2025, 8, 1));
        nextYear.IsForecast.Should().BeTrue();
        var july = new[] { Count("july-b", "6,297", "B", July1, July31), Count("july-c", "about 6,100", "C", July1, July31, new LocalDate(2025, 8, 2)) };
        var asOf = new LocalDate(2025, 8, 3);

        var aggregate = Aggregate.Of(july.Prepend(nextYear), asOf);

        aggregate.Contributions.Select(c => c.Exclusion).Should().Equal(Exclusion.AnotherPeriod, Exclusion.None, Exclusion.None);
        aggregate.Value.Should().Be(Aggregate.Of(july, asOf).Value);
        Aggregate.Of([nextYear], asOf).Value.Should().BeApproximately(90_000, 1);
    }

    [Fact]
    public void OnePeriodReadTwoWaysIsOnePeriod()
    {
        // "Overnight" read as two days by one outlet and as the morning's day by another; "in July" as July 1-31 and 2-31.
        var night = new[]
        {
            Count("a", "539", "A", new LocalDate(2025, 7, 4), new LocalDate(2025, 7, 5)),
            Count("b", "about 540", "B", new LocalDate(2025, 7, 5), new LocalDate(2025, 7, 5)),
        };
        Aggregate.Of(night, new LocalDate(2025, 7, 6)).Contributions.Should().OnlyContain(c => c.Included);

        var month = new[] { Count("a", "6,297", "A", July1, July31), Count("b", "about 6,000", "B", July1.PlusDays(1), July31) };
        Aggregate.Of(month, new LocalDate(2025, 8, 2)).Contributions.Should().OnlyContain(c => c.Included);

        // The night before is another night; the last week is another period than the month.
        var nights = new[] { night[0], Count("c", "728", "C", new LocalDate(2025, 7, 9), new LocalDate(2025, 7, 10)) };
        Aggregate.Of(nights, new LocalDate(2025, 7, 11)).Contributions.Select(c => c.Included).Should().Equal(false, true);
        var weekAndMonth = new[] { month[0], Count("w", "1,500", "W", new LocalDate(2025, 7, 25), July31) };
        Aggregate.Of(weekAndMonth, new LocalDate(2025, 8, 2)).Contributions.Count(c => c.Included).Should().Be(1);
    }

    [Fact]
    public void AmongPeriodsEndingOnOneDayTheOneMostFiguresShareWins()
    {
        var reports = new[]
        {
            Count("week", "1,500", "W", new LocalDate(2025, 7, 25), July31),
            Count("month-a", "6,297", "A", July1, July31),
            Count("month-b", "about 6,100", "B", July1, July31),
        };
        Aggregate.Of(reports, new LocalDate(2025, 8, 2)).Contributions.Select(c => c.Exclusion)
            .Should().Equal(Exclusion.AnotherPeriod, Exclusion.None, Exclusion.None);

        // With one figure of each, the shorter (later-starting) period is the newest.
        Aggregate.Of(reports.Take(2), new LocalDate(2025, 8, 2)).Contributions.Select(c => c.Exclusion)
            .Should().Equal(Exclusion.None, Exclusion.AnotherPeriod);
    }

    [Fact]
    public void FiguresOfSingleDaysStayTogetherAndLevelsAreUntouched()
    {
        // A rate stated on two days ("30,000 a month") is one rate: single-day figures are combined as before.
        var rate = Quantity.Of(Metric.Personnel, "recruits", "Russia", Unit.Persons, Statistic.Change);
        var rates = new[]
        {
            Count("a", "about 30,000", "A", new LocalDate(2025, 3, 10), new LocalDate(2025, 3, 10), quantity: rate),
            Count("b", "about 35,000", "B", new LocalDate(2025, 3, 12), new LocalDate(2025, 3, 12), quantity: rate),
        };
        Aggregate.Of(rates, new LocalDate(2025, 3, 20)).Contributions.Should().OnlyContain(c => c.Included);

        // A level over two months is not a count of its period: nothing is left out for its period.
        var level = Quantity.Of(Metric.Personnel, "troops", "Orlova", Unit.Persons, Statistic.Level);
        var levels = new[] { Count("a", "about 50,000", "A", June1, June30, quantity: level), Count("b", "about 55,000", "B", July1, July31, quantity: level) };
        Aggregate.Of(levels, new LocalDate(2025, 8, 2)).Contributions.Should().OnlyContain(c => c.Included);
    }

    [Fact]
    public void EveryPathAndASeriesAgree()
    {
        var reports = new[]
        {
            Count("june", "5,438", "B", June1, June30, new LocalDate(2025, 7, 2)),
            Count("july-b", "6,297", "B", July1, July31, new LocalDate(2025, 8, 1)),
            Count("july-c", "about 6,100", "C", July1, July31, new LocalDate(2025, 8, 2)),
        };
        var dates = new[] { new LocalDate(2025, 7, 10), new LocalDate(2025, 8, 1), new LocalDate(2025, 8, 5) };
        var series = Aggregate.Series(reports, dates);
        for (int d = 0; d < dates.Length; d++)
        {
            var single = Aggregate.Of(reports, dates[d]);
            series[d].Value.Should().Be(single.Value, "the series' date {0} gives the aggregate of that date", dates[d]);
            series[d].ReportCount.Should().Be(single.ReportCount);
        }
        series.Select(a => a.ReportCount).Should().Equal(1, 1, 2);
        series[1].Value.Should().BeApproximately(6_297, 1, "as of August 1 July's count replaces June's");
    }
}
