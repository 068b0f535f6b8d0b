using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using Xunit;
using static ForceEstimates.Tests.ReportFixtures;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>
/// Inputs a fuzzing run of the extract-then-aggregate pipeline over mutated real-shaped articles found to throw
/// (session 32): a report years older than the rest beside it, and a bound at zero ("up to 0", "nearly 0").
/// </summary>
public partial class AggregateTest
{
    [Theory]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(30)]
    [InlineData(100)]
    public void AReportYearsOlderThanTheOtherBarelyMovesItsInterval(int years)
    {
        // Both say "200", a one-digit figure (150 to 250). The old one weighs 2^(-years·365/90) of the fresh one (at least
        // 2^-30): its variance is inflated a billionfold. It threw ("interval runs beyond the largest double") from ten
        // years on, and at five gave an interval about sixty times too wide on the log scale.
        var fresh = Figure("fresh", "200");
        var reference = Aggregate.Of([fresh, Figure("recent", "200", published: AsOf.PlusYears(-2))], AsOf);
        var aggregate = Aggregate.Of([fresh, Figure("old", "200", published: AsOf.PlusYears(-years))], AsOf);

        if (years * 365 / 90.0 > 30)
        {
            // Since session 38 a figure dated more than 30 half-lives before the newest is left out: the fresh one is alone.
            aggregate.Contributions.Select(c => c.Exclusion).Should().Equal(Exclusion.None, Exclusion.Outweighed);
            aggregate.Value.Should().Be(Aggregate.Of([fresh], AsOf).Value);
            aggregate.ConfidenceInterval.Should().Be(Aggregate.Of([fresh], AsOf).ConfidenceInterval);
            return;
        }
        aggregate.Value.Should().BeApproximately(reference.Value, reference.Value * 0.02);
        aggregate.ConfidenceInterval.Lower.Should().BeInRange(100, 200);
        aggregate.ConfidenceInterval.Upper.Should().BeInRange(200, 400);
        Math.Log(aggregate.ConfidenceInterval.Upper / aggregate.ConfidenceInterval.Lower)
            .Should().BeLessThan(1.1 * Math.Log(reference.ConfidenceInterval.Upper / reference.ConfidenceInterval.Lower));
    }

    [Theory]
    [InlineData("up to 0")]
    [InlineData("at most 0")]
    [InlineData("nearly 0")]
    [InlineData("under 0")]
    public void ABoundAtZeroEntersAsAStatedZeroDoes(string figure)
    {
        // On the log scale the bound's logarithm is -∞ and nothing lies inside it: it threw "Expected a finite number"
        // from the core. Nothing below 0 can be counted, so it says what "0" says.
        var alone = Aggregate.Of([Figure("bound", figure)], AsOf);
        var zero = Aggregate.Of([Figure("bound", "0")], AsOf);
        alone.Value.Should().Be(zero.Value);
        alone.ConfidenceInterval.Upper.Should().Be(zero.ConfidenceInterval.Upper);

        var withOthers = Aggregate.Of([Figure("bound", figure), Figure("a", "23"), Figure("b", "22")], AsOf);
        var zeroWithOthers = Aggregate.Of([Figure("bound", "0"), Figure("a", "23"), Figure("b", "22")], AsOf);
        withOthers.Value.Should().Be(zeroWithOthers.Value);
        withOthers.ConfidenceInterval.Lower.Should().Be(zeroWithOthers.ConfidenceInterval.Lower);
        withOthers.ConfidenceInterval.Upper.Should().Be(zeroWithOthers.ConfidenceInterval.Upper);
    }

    [Fact]
    public void AFigureDecadesOlderBesideAFreshCountOfOneGivesAFiniteInterval()
    {
        // A fresh "1" and a "10" twenty-nine years older (say, the same unit's strength then and now): ByQuantity threw
        // for the whole batch ("interval runs beyond the largest double").
        var aggregates = Aggregate.ByQuantity([Figure("then", "10", published: AsOf.PlusYears(-29)), Figure("now", "1")], AsOf);
        var aggregate = aggregates.Should().ContainSingle().Subject;
        aggregate.Value.Should().BeInRange(0.5, 1.5);
        aggregate.ConfidenceInterval.Upper.Should().BeLessThan(3);
    }
}
