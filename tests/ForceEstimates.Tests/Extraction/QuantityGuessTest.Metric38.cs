using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// The metric of a toll's quantity (session 38): the harm word that governs the number in its clause decides it, not the
/// kind its own words were read as nor a noun of people. A bare count governed by a toll's word before it is that part of
/// the toll; a group fronted before a figure ("Among the dead, N were ...") governs it; "unaccounted for" is the missing,
/// also past "of the N" (the whole the figure is of); "dead or missing presumed dead" is one toll of the dead; a comma ends
/// a figure's own clause. Sentences written for the project: invented places, names and numbers.
/// </summary>
public class QuantityGuessMetric38Test
{
    private static readonly LocalDate Day = new(2031, 5, 14);

    private static Metric? PartOf(string sentence, string figure)
    {
        int start = sentence.IndexOf(figure, StringComparison.Ordinal);
        return QuantityGuess.CasualtyPart(sentence, start, start + figure.Length);
    }

    private static Metric MetricOf(string text, string figure)
    {
        var figures = ReportExtractor.Default.Extract(text, Day);
        var reports = ReportExtractor.ToReports(figures);
        int i = figures.ToList().FindIndex(f => f.Text == figure);
        i.Should().BeGreaterThanOrEqualTo(0);
        return reports[i].Quantity.Metric;
    }

    [Theory]
    [InlineData("On Tuesday the death-toll in Tesk crept up to at least 217 including 21 infants.", "at least 217")]
    [InlineData("The toll after the pier gave way at Orsk kept rising until the tally touched 640 on Saturday morning, a week on.", "640")]
    [InlineData("Blaze in Dolsk: Tarvo toll expected to climb\nOfficers say the tally of those feared killed in the Tarvo flats blaze in east Dolsk will grow from 46, county police said.", "46")]
    public void ABareCountGovernedByATollIsTheKilled(string text, string figure)
        => MetricOf(text, figure).Should().Be(Metric.Of("killed"));

    [Fact]
    public void ACountOfPeopleGovernedByAWordOfInjuryIsTheWounded()
        => MetricOf("The tragedy occurred on Saturday evening in the city of Belmar, and caused injury to more than 130 people as well.", "more than 130")
            .Should().Be(Metric.Of("wounded"));

    [Theory]
    [InlineData("Dolsk officials said 340 people were evacuated after the floods killed dozens.", "340")]
    [InlineData("The toll in Varo rose to 52 while 1,800 people fled to Tesk.", "1,800")]
    public void ACountWithItsOwnVerbOrPastAnotherClauseIsNoPartOfTheToll(string text, string figure)
        => MetricOf(text, figure).Should().NotBe(Metric.Of("killed"));

    [Theory]
    [InlineData("Among the dead, 64 were women, the Dovra health office said.", "64")]
    [InlineData("Of those killed, 71 were students from the Tarvo college.", "71")]
    public void AGroupFrontedBeforeTheFigureGovernsIt(string sentence, string figure)
        => PartOf(sentence, figure).Should().Be(Metric.Of("killed"));

    [Theory]
    [InlineData("Coast guard officials said that left 12 of the 40 crew aboard unaccounted for.", "12")]
    [InlineData("The confirmed toll in Orsk stands at 38 with 190 people still unaccounted for.", "190")]
    public void UnaccountedForIsTheMissing(string sentence, string figure)
        => PartOf(sentence, figure).Should().Be(Metric.Of("missing"));

    [Fact]
    public void TheWholeAPartIsOfIsNotThePart()
        => PartOf("Coast guard officials said that left 12 of the 40 crew aboard unaccounted for.", "40").Should().BeNull();

    [Fact]
    public void AWholeKeepsAPartWordRightAfterIt()
        => PartOf("Doctors said only 9 of the 60 injured remain in hospital in Tesk.", "60").Should().Be(Metric.Of("wounded"));

    [Fact]
    public void TheWholeOfAPartOfLivesIsNotTheKilled()
        => MetricOf("The crash near Orsk took 21 lives out of the 58 individuals on board.", "58").Should().NotBe(Metric.Of("killed"));

    [Theory]
    [InlineData("Officials said 88 residents were accounted for from the Tesk block and 47 residents unaccounted for.", "88")]
    [InlineData("The mayor said those unaccounted for number 47, and those accounted for number 88.", "88")]
    public void TheAccountedForAreNotTheMissing(string sentence, string figure) => PartOf(sentence, figure).Should().BeNull();

    [Fact]
    public void DeadOrMissingPresumedDeadIsOneTollOfTheDead()
        => PartOf("Officers said 83 people are dead or missing presumed dead since the Tarvo block fire.", "83").Should().Be(Metric.Of("killed"));

    [Fact]
    public void ACommaEndsAFiguresOwnClause()
        => PartOf("The toll in Varo has climbed to 83, officers have said.", "83").Should().Be(Metric.Of("killed"));

    [Fact]
    public void DeadOrMissingAloneJoinsTwoParts()
        => PartOf("Officers said 83 people are dead or missing after the Tarvo block fire.", "83").Should().BeNull();
}
