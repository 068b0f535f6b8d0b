using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Presentation;
using NodaTime;
using Xunit;
using static ForceEstimates.Tests.ReportFixtures;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>
/// A figure dated more than 30 half-lives before the newest figure of its quantity weighs under a billionth of it: it is
/// left out (<see cref="Exclusion.Outweighed"/>), except a cumulative count's, which enters as a lower bound. The case
/// that found it came from the mutation fuzzer (tools/ExtractionFuzz, session 38): a precise level dated years back and a
/// fresh "between 0 and 10" made <see cref="Aggregate.ByQuantity"/> throw. Invented figures.
/// </summary>
public class AggregateOutweighedTest
{
    private static readonly Quantity Cadets = Quantity.Of(Metric.Of("personnel"), "cadets", "Tesk", Unit.CountOf("persons"), Statistic.Level);
    private static readonly Quantity Killed = Quantity.Of(Metric.Of("killed"), "civilians", "Tesk", Unit.CountOf("persons"), Statistic.Cumulative);
    private static readonly LocalDate Published = new(2026, 8, 25);
    private static readonly LocalDate AsOf = new(2026, 9, 4);

    private static Report Figure(string id, Estimate estimate, string origin, DateInterval refersTo, Quantity? quantity = null)
    {
        var provenance = Provenance.Of(Source.Of(origin, SourceKind.Analyst, ConflictSide.ThirdParty), Citation.Of(Reuters, Published));
        return Report.Of(id, quantity ?? Cadets, estimate, provenance, refersTo, Published);
    }

    private static DateInterval Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    private static DateInterval Day(LocalDate day) => new(day, day);

    private static Estimate Precise(double value) => Estimate.FromDistribution(LogNormalDistribution.FromLogParameters(Math.Log(value), 0.05));

    [Theory]
    [InlineData(2014)]
    [InlineData(2018)]
    public void AnOldPreciseLevelBesideAFreshRangeFromZeroLeavesTheRangeToSpeak(int year)
    {
        var reports = new[]
        {
            Figure("old", Precise(4), "Dovra", Year(year)),
            Figure("new", Estimate.Between(0, 10), "Varo", Day(Published)),
        };

        // Before: the old figure entered at the weight floor with a variance inflated 2^30; beside a range whose lower end
        // is 0 (one-sided on the log scale) it alone bounded the centre, and the interval ran past the largest double.
        var aggregates = Aggregate.ByQuantity(reports, AsOf);

        var aggregate = aggregates.Should().ContainSingle().Subject;
        aggregate.Contributions.Select(c => c.Exclusion).Should().Equal(Exclusion.Outweighed, Exclusion.None);
        aggregate.Notes.Single(n => n.Kind == AggregateNoteKind.OutweighedFigures).Reports.Select(r => r.Id).Should().Equal("old");
        var alone = Aggregate.Of(reports.Skip(1), AsOf);
        aggregate.Value.Should().Be(alone.Value);
        aggregate.ConfidenceInterval.Should().Be(alone.ConfidenceInterval);
        aggregate.ConfidenceInterval.Upper.Should().BeLessThan(20, "the fresh figure says at most 10");
        PlainText.Reasons(aggregate.Contributions[0]).Should().Equal("dated more than 30 half-lives before the newest figure: it weighs under a billionth of it");
        PlainText.Of(aggregate).Should().Contain("report old left out: dated more than 30 half-lives before the newest figure, it weighs under a billionth of it");
    }

    [Fact]
    public void BesideFreshPointsAnOutweighedFigureChangesNothingButItsNote()
    {
        var fresh = new[]
        {
            Figure("a", Estimate.Parse("about 4,000"), "Dovra", Day(Published)),
            Figure("b", Estimate.Parse("4,600"), "Varo", Day(Published.PlusDays(-3))),
            Figure("c", Estimate.Parse("at least 3,500"), "Orsk", Day(Published.PlusDays(-10))),
        };
        // 31 half-lives of the default 90 days before the newest: out; 29 half-lives: in, at its own tiny weight.
        var outweighed = Figure("old", Estimate.Parse("9,000"), "Belmar", Day(Published.PlusDays(-31 * 90)));
        var kept = Figure("older", Estimate.Parse("9,000"), "Belmar", Day(Published.PlusDays(-29 * 90)));

        var without = Aggregate.Of(fresh, AsOf);
        var with = Aggregate.Of(fresh.Prepend(outweighed), AsOf);
        var withKept = Aggregate.Of(fresh.Prepend(kept), AsOf);

        with.Value.Should().Be(without.Value);
        with.ConfidenceInterval.Should().Be(without.ConfidenceInterval);
        with.Contributions[0].Exclusion.Should().Be(Exclusion.Outweighed);
        withKept.Contributions[0].Exclusion.Should().Be(Exclusion.None);
        withKept.Value.Should().BeApproximately(without.Value, without.Value * 0.01, "at 2^-29 of the newest it barely counts");
    }

    [Fact]
    public void WithoutDecayOrForACumulativeCountNoFigureIsOutweighed()
    {
        var level = new[]
        {
            Figure("old", Precise(40), "Dovra", Year(2014)),
            Figure("new", Estimate.Parse("about 44"), "Varo", Day(Published)),
        };
        var noDecay = AggregationOptions.Default with { HalfLifeDays = double.PositiveInfinity };
        Aggregate.Of(level, AsOf, noDecay).Contributions.Select(c => c.Exclusion).Should().Equal(Exclusion.None, Exclusion.None);

        var counts = new[]
        {
            Figure("old", Estimate.Parse("at least 1,200"), "Dovra", Year(2014), Killed),
            Figure("new", Estimate.Parse("about 3,000"), "Varo", Day(Published), Killed),
        };
        Aggregate.Of(counts, AsOf).Contributions.Select(c => c.Exclusion).Should().NotContain(Exclusion.Outweighed);
    }
}
