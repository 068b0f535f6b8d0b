using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// An English hedge governs what its grammar reaches, no more and no less. Found as recurring misses in two held-out checks of
/// real news (session 36); the sentences here are invented.
/// </summary>
public class HedgeReachTest
{
    private static readonly NodaTime.LocalDate Published = new(2024, 11, 23);

    private static ExtractedFigure Figure(string text, string figure)
        => ReportExtractor.Default.Extract(text, Published).Single(f => f.Text == figure);

    /// <summary>
    /// One hedge before counts of one thing joined by "and" covers them all: the second count leaves its noun out, repeats the
    /// first's noun or unit, splits the same people by sex or age, or shares one noun with the first.
    /// </summary>
    [Theory]
    [InlineData("The Kessian ministry counted at least 60 people on Monday and 45 on Tuesday in Orsk.", "45", HedgeKind.AtLeast)]
    [InlineData("Tarvo lies about 120 km west of Orsk and 90 km east of Dolsk.", "90 km", HedgeKind.Approximate)]
    [InlineData("The raid on Belmar left at least 30 men and 12 women dead, the Dovran health office said.", "12", HedgeKind.AtLeast)]
    [InlineData("Around 800 Dovran and 650 Kessian troops crossed the Marn river.", "650", HedgeKind.Approximate)]
    [InlineData("More than 40% of homes in Tesk and 25% in Varo were damaged by the floods.", "25%", HedgeKind.Above)]
    public void AHedgeOverCountsOfOneThingJoinedByAndCoversEachCount(string text, string figure, HedgeKind hedge)
        => Figure(text, figure).Estimate.Hedge.Should().Be(hedge);

    /// <summary>
    /// The hedge stops where its noun phrase ends: at a verb of a new clause, at punctuation, or where the second count has a
    /// noun of its own (two things counted, the hedge said of the first).
    /// </summary>
    [Theory]
    [InlineData("At least 40 people were killed and 12 injured in Orsk, the governor said.", "12")]
    [InlineData("More than 90 missiles and 60 drones were fired at Tarvo overnight.", "60")]
    [InlineData("Over 40 dead and 100 injured were counted in Dolsk on Sunday.", "100")]
    [InlineData("At least 40 died in Belmar, and officials said 12 were still missing.", "12")]
    [InlineData("At least 300 Dovrans and 60 Kessians died in the heat, the envoys said.", "60")]
    public void AHedgeDoesNotReachACountPastItsNounPhrase(string text, string figure)
        => Figure(text, figure).Estimate.Hedge.Should().Be(HedgeKind.Bare);

    [Fact]
    public void EstimatedBeforeTheSubjectOfAReportedClauseIsTheVerbAndStatesTheNumberBare()
    {
        Figure("The Varo commander estimated 5,000 were killed in the battle for Orsk.", "5,000").Estimate.Hedge.Should().Be(HedgeKind.Bare);
        Figure("The shelling killed an estimated 5,000 people in Orsk.", "an estimated 5,000").Estimate.Hedge.Should().Be(HedgeKind.Approximate);
    }

    [Fact]
    public void EstimatedAfterAReportingVerbOrBeforeANounStaysTheAdjective()
    {
        Figure("Officials said estimated 5,000 were there.", "estimated 5,000").Estimate.Hedge.Should().Be(HedgeKind.Approximate);
        Figure("The Varo commander estimated 5,000 soldiers in Orsk.", "estimated 5,000").Estimate.Hedge.Should().Be(HedgeKind.Approximate);
    }

    /// <summary>"a few kilometres", "several miles": a vague amount of a length or an area, read as "a few hundred" is.</summary>
    [Theory]
    [InlineData("The Dovran army has advanced only a few kilometres into Tesk.", "a few kilometres", "kilometres")]
    [InlineData("The camp lies several miles from the Marn border.", "several miles", "miles")]
    public void AFewKilometresIsAVagueLength(string text, string figure, string unit)
    {
        var found = Figure(text, figure);
        found.Estimate.Hedge.Should().Be(HedgeKind.Vague);
        found.Unit.Should().Be(unit);
        Estimate.Parse(figure).Hedge.Should().Be(HedgeKind.Vague);
    }

    [Theory]
    [InlineData("Tesk has an estimated population of 65,000, the census office said.", "65,000", HedgeKind.Approximate)]
    [InlineData("Researchers in Marn computed an estimated loss of 40 percent of the herd.", "40 percent", HedgeKind.Approximate)]
    [InlineData("Tesk has a population of 65,000, the census office said.", "65,000", HedgeKind.Bare)]
    public void AnEstimatedNounOfNHedgesTheAmountItGives(string text, string figure, HedgeKind hedge)
        => Figure(text, figure).Estimate.Hedge.Should().Be(hedge);

    [Theory]
    [InlineData("The agency defended its estimates of [up to] 4,000 deaths in Dolsk.", "4,000", HedgeKind.AtMost)]
    [InlineData("The envoy said the camp held [about] 7,500 people.", "7,500", HedgeKind.Approximate)]
    [InlineData("The envoy said the camp held [in Orsk] 7,500 people.", "7,500", HedgeKind.Bare)]
    public void AnEditorsHedgeInSquareBracketsHedgesTheNumberAfterIt(string text, string figure, HedgeKind hedge)
        => Figure(text, figure).Estimate.Hedge.Should().Be(hedge);

    [Fact]
    public void ATollPutAtANumberStatesItAsPutTheTollAtDoes()
    {
        Figure("The toll in Belmar had been put at 412 on Tuesday.", "412").Estimate.Hedge.Should().Be(HedgeKind.Bare);
        Figure("Officials in Belmar put the toll at 412 on Tuesday.", "412").Estimate.Hedge.Should().Be(HedgeKind.Bare);
    }

    /// <summary>A distributive frame opening a sentence ("Every month", "Each week") makes each figure after it a rate, up to a running total.</summary>
    [Theory]
    [InlineData("Every month, Kessia launches thousands of drones and 60 missiles at Dovra, the Tesk report said.", "60", "month")]
    [InlineData("Every month, Kessia launches thousands of drones and 60 missiles at Dovra, the Tesk report said.", "thousands", "month")]
    [InlineData("Each week, the Orsk office counts 400 more graves, bringing the total to 9,000.", "400", "week")]
    [InlineData("Each week, the Orsk office counts 400 more graves, bringing the total to 9,000.", "9,000", null)]
    public void AFrameOfEveryPeriodOpeningASentenceMakesItsFiguresRates(string text, string figure, string? rate)
        => ExtractorReading.Of([Figure(text, figure)])[0].Rate.Should().Be(rate);

    [Fact]
    public void ThePresssPctIsAPercentToTheEvaluation()
    {
        var figure = Figure("Kessian counters put the Dovra losses 35 pct above the official figure.", "35 pct");
        ExtractorReading.UnitClass(figure.Unit).Should().Be("%");
    }
}
