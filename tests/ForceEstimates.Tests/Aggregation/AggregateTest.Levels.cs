using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Presentation;
using NodaTime;
using Xunit;
using static ForceEstimates.Tests.ReportFixtures;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>
/// A level's figures from one origin on different days (<see cref="AggregationOptions.SupersedeOlderLevels"/>): the
/// origin's newest figure is its view, so its older ones are left out rather than counted beside it, and their
/// difference is not read as disagreement between sources.
/// </summary>
public class AggregateLevelSupersessionTest
{
    private static readonly LocalDate Day0 = new(2025, 3, 1);

    private static Report Level(string id, string figure, string origin, int day, Statistic statistic = Statistic.Level)
        => Figure(id, figure, origin, Troops(statistic: statistic), Day0.PlusDays(day));

    [Fact]
    public void AnOriginsNewerFigureSupersedesItsOlderOne()
    {
        var asOf = Day0.PlusDays(30);
        var reports = new[] { Level("a-1", "more than 48,000", "A", 1), Level("a-28", "about 60,000", "A", 28), Level("b-20", "about 57,000", "B", 20) };

        var aggregate = Aggregate.Of(reports, asOf);
        var without = Aggregate.Of(reports.Skip(1), asOf);

        aggregate.Contributions[0].Exclusion.Should().Be(Exclusion.Superseded);
        aggregate.Contributions[0].Included.Should().BeFalse();
        aggregate.ReportCount.Should().Be(2);
        aggregate.Value.Should().Be(without.Value, "the superseded figure takes no part in the fit");
        aggregate.ConfidenceInterval.Should().Be(without.ConfidenceInterval);
        aggregate.Notes.Single(n => n.Kind == AggregateNoteKind.SupersededFigures).Reports.Select(r => r.Id).Should().Equal("a-1");
        PlainText.Reasons(aggregate.Contributions[0]).Should().Equal("an earlier figure of its origin, superseded by the origin's newer one");
        PlainText.Of(aggregate).Should().Contain("report a-1 left out: superseded by its origin's newer figure of the level");
    }

    [Fact]
    public void TwoFiguresOfOneOriginAFortnightApartAreNotReadAsDisagreement()
    {
        // An agency's "more than 48,000" and, two weeks later, "about 60,000" of people displaced: read as two sources'
        // errors, they widened the interval of the newer figure alone about threefold (28,500–106,000 in the CLI).
        var asOf = Day0.PlusDays(30);
        var reports = new[] { Level("old", "more than 48,000", "UNHCR", 14), Level("new", "about 60,000", "UNHCR", 28) };

        var superseded = Aggregate.Of(reports, asOf);
        var both = Aggregate.Of(reports, asOf, AggregationOptions.Default with { SupersedeOlderLevels = false });
        var alone = Aggregate.Of(reports.Skip(1), asOf);

        superseded.Value.Should().Be(alone.Value);
        superseded.ConfidenceInterval.Should().Be(alone.ConfidenceInterval);
        both.ReportCount.Should().Be(2, "the option off uses every figure");
        both.Contributions.Should().OnlyContain(c => c.Included);
        double Width(Aggregate a) => a.ConfidenceInterval.Upper / a.ConfidenceInterval.Lower;
        Width(both).Should().BeGreaterThan(Width(superseded) * 1.5);
        (AggregationOptions.Default with { SupersedeOlderLevels = false }).ToString().Should().Contain("older levels of an origin kept");
        AggregationOptions.Default.ToString().Should().NotContain("older levels");
    }

    [Fact]
    public void FiguresOfOneOriginOnOneDayAreAllUsed()
    {
        // Two outlets relaying the origin's statement of the day (or a km² figure and its square miles): one origin's
        // weight shared, nothing superseded.
        var asOf = Day0.PlusDays(10);
        var reports = new[] { Level("x", "about 10,000", "A", 5), Level("y", "10,500", "A", 5), Level("z", "about 11,000", "B", 2) };

        var aggregate = Aggregate.Of(reports, asOf);

        aggregate.Contributions.Should().OnlyContain(c => c.Included);
        aggregate.IndependentOrigins.Should().Be(2);
        aggregate.Notes.Should().NotContain(n => n.Kind == AggregateNoteKind.SupersededFigures);
    }

    [Fact]
    public void AnAliasLinksTheOrigin()
    {
        var asOf = Day0.PlusDays(30);
        var agency = ForceEstimates.Report.Of("agency", Troops(), Estimate.Parse("about 50,000"),
            Provenance.Of(Origin("UN refugee agency", "UNHCR"), Citation.Of(Reuters, Day0.PlusDays(3))), Day(Day0.PlusDays(3)), Day0.PlusDays(3));
        var reports = new[] { agency, Level("unhcr", "about 60,000", "UNHCR", 25) };

        var aggregate = Aggregate.Of(reports, asOf);

        aggregate.Contributions[0].Exclusion.Should().Be(Exclusion.Superseded, "the older figure's origin has the newer one's name as an alias");
        aggregate.ReportCount.Should().Be(1);
    }

    [Fact]
    public void PeaksAndChangesAreNeverSuperseded()
    {
        var asOf = Day0.PlusDays(30);
        foreach (var statistic in new[] { Statistic.Peak, Statistic.Change })
        {
            var reports = new[] { Level("a-1", "about 9,000", "A", 1, statistic), Level("a-20", "about 12,000", "A", 20, statistic) };
            Aggregate.Of(reports, asOf).Contributions.Should().OnlyContain(c => c.Included, "an origin's figures of a {0} may be of different periods", statistic);
        }
    }

    [Fact]
    public void AnOriginsForecastOfNextYearDoesNotSupersedeItsFigureOfToday()
    {
        // Origin A states its figure of today and, in the same piece, one for next year. Dated at the as-of date the
        // forecast was A's newest figure and superseded today's; dated back by its lead (Report.DatedDay) it is the older
        // news, and today's figure stands. By itself the forecast is still A's figure.
        var asOf = Day0.PlusDays(30);
        var today = Level("a-today", "about 12,000", "A", 25);
        var forecast = Report.Of("a-next-year", Troops(), Estimate.Parse("about 20,000"),
            Provenance.Of(Source.Of("A", SourceKind.IntelligenceService, ConflictSide.ThirdParty), Citation.Of(Reuters, Day0.PlusDays(25))),
            new DateInterval(Day0.PlusDays(300), Day0.PlusDays(300)), Day0.PlusDays(25));
        forecast.IsForecast.Should().BeTrue();
        var reports = new[] { forecast, today, Level("b", "about 11,000", "B", 24) };

        var aggregate = Aggregate.Of(reports, asOf);
        var byQuantity = Aggregate.ByQuantity(reports, asOf).Single();

        aggregate.Contributions[0].Exclusion.Should().Be(Exclusion.Superseded);
        aggregate.Contributions[1].Included.Should().BeTrue();
        byQuantity.Value.Should().Be(aggregate.Value);
        aggregate.Value.Should().Be(Aggregate.Of(reports.Skip(1), asOf).Value);
        Aggregate.Of([forecast], asOf).Value.Should().BeApproximately(20_000, 1);
    }

    [Fact]
    public void AFigureKnownOnlyLaterSupersedesNothingBeforeIt()
    {
        // As of day 10 the origin's newer figure (day 20) is not yet published: its older one is used.
        var reports = new[] { Level("a-1", "about 9,000", "A", 1), Level("a-20", "about 12,000", "A", 20), Level("b-5", "about 10,000", "B", 5) };

        Aggregate.Of(reports, Day0.PlusDays(10)).Contributions[0].Included.Should().BeTrue();
        Aggregate.Of(reports, Day0.PlusDays(25)).Contributions[0].Included.Should().BeFalse();
    }

    [Fact]
    public void ASeriesGivesEachDatesAggregate()
    {
        var reports = new[]
        {
            Level("a-1", "about 9,000", "A", 1), Level("b-3", "about 9,500", "B", 3), Level("a-12", "about 12,000", "A", 12),
            Level("c-15", "more than 11,000", "C", 15), Level("b-22", "13,000", "B", 22),
        };
        var dates = Enumerable.Range(0, 31).Select(d => Day0.PlusDays(d)).ToArray();

        var series = Aggregate.Series(reports, dates);

        series.Should().HaveCount(30, "no report is known on day 0");
        foreach (var aggregate in series)
        {
            var one = Aggregate.Of(reports, aggregate.AsOf);
            aggregate.Value.Should().Be(one.Value, "as of {0}", aggregate.AsOf);
            aggregate.ConfidenceInterval.Should().Be(one.ConfidenceInterval);
            aggregate.ReportCount.Should().Be(one.ReportCount);
            Aggregate.ByQuantity(reports, aggregate.AsOf).Single().Value.Should().Be(one.Value);
        }
        series[^1].ReportCount.Should().Be(3, "A's and B's older figures are superseded by day 30");
    }
}
