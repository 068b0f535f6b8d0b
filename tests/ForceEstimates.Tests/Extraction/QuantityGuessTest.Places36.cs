using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// What a quantity's place and subject are (session 36): a place is a named location where the event happened, never an
/// actor, a weapon, a demonym or the ground the strikes came from; the subject of a toll is who was counted, and bodies
/// handled, a grave's share or those still in hospital are a part of it. Sentences written for the project: invented
/// towns, countries, groups and numbers.
/// </summary>
public class QuantityGuessPlaces36Test
{
    private static readonly LocalDate Day = new(2031, 5, 14);

    [Theory]
    [InlineData("Missile Strike", null)]
    [InlineData("Air Strike", null)]
    [InlineData("Dovra Missile Strike", "Dovra")]
    [InlineData("Tesk People's Party", null)]
    [InlineData("downtown Varo", "Varo")]
    public void EventWordsAndAGroupsNameAreNoPlace(string read, string? place) => QuantityGuess.Place(read).Should().Be(place);

    [Fact]
    public void AHeadlinesTollKilledInAMissileStrikeTakesTheInstitutesTown()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "31 Killed in Missile Strike on Tesk Military Institute\n"
            + "Two missiles hit an army institute in the eastern town of Tesk on Monday, leaving at least 31 dead, the governor said.", Day));

        reports[0].Quantity.Place.Should().Be("Tesk");
        reports[0].Quantity.Key.Should().Be(reports[1].Quantity.Key);
    }

    [Fact]
    public void TheGroupBlamedForAnAttackIsNotItsPlace()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "A bomb went off on a busy street on Sunday, leaving at least 9 dead. The minister blamed the attack on the Tesk People's Party, a banned group.", Day));

        reports[0].Quantity.Place.Should().BeNull();
    }

    [Fact]
    public void ATollInADowntownIsTheCitys()
    {
        var first = ReportExtractor.Default.Extract("A bomb went off on a busy street in downtown Varo on Sunday, leaving at least 9 dead and more than 30 injured.", Day);
        var second = ReportExtractor.Default.Extract("At least 9 people were killed in Varo on Sunday, the governor said.", Day);
        var reports = ReportExtractor.ToReports(first.Concat(second));

        reports[0].Quantity.Place.Should().Be("Varo");
        reports[0].Quantity.Key.Should().Be(reports[2].Quantity.Key);
    }

    [Fact]
    public void ADemonymBeforeACitysNounIsNoPlace()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "A strike set fire to a tent camp in the Dovran city of Tesk, killing 27 people, officials said on Monday.", Day));

        reports[0].Quantity.Place.Should().Be("Tesk");
    }

    [Fact]
    public void TheCountryStrikesCameFromIsNotWhereTheyHarmed()
    {
        var figures = ReportExtractor.Default.Extract(
            "The regional health office said four residents died in a wave of strikes from Kessia, which injured 88 people including 9 children.", Day);

        figures.Should().OnlyContain(f => f.Place == null);
    }

    [Theory]
    [InlineData("Rescuers told reporters they had collected at least 40 bodies in Tesk but expect the toll to rise.", "people collected")]
    [InlineData("A volunteer said 52 bodies had been cremated in Tesk as of Friday.", "people cremated")]
    [InlineData("The toll in Tesk rose to 90, and the mayor said there were at least 30 bodies in each of the three graves.", "people in each")]
    [InlineData("Sixty-one people hurt in the strike on the city of Tesk remain in the hospital, the deputy mayor said.", "people in hospital")]
    public void BodiesHandledAGravesShareAndThoseStillInHospitalAreAPartOfTheToll(string text, string subject)
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(text, Day));

        reports[^1].Quantity.Subject.Should().Be(subject);
    }

    [Fact]
    public void AWholeTollBeforeAShareOfEachIsTheToll()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "Gunmen killed 12 people in Tesk, three in each of four hamlets, the mayor said.", Day));

        reports[0].Quantity.Subject.Should().Be("people");
    }

    [Fact]
    public void PeopleReportedInjuredArePeople()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "The toll of the strike on Tesk rose to 12, with 140 more people reported injured.", Day));

        reports[^1].Quantity.Subject.Should().Be("people");
    }

    [Fact]
    public void AHospitalWhereTheHurtAreTreatedIsNotTheTollsPlace()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "The toll rose to 61 by Friday, whereas those hospitalised at the Tesk General Hospital numbered 19.", Day));

        reports.Should().OnlyContain(r => r.Quantity.Place == null);
    }

    [Fact]
    public void APlaceInAContrastingClauseWithItsOwnFigureIsThatFigures()
    {
        var figures = ReportExtractor.Default.Extract("A bus carrying 32 detainees left the prison for Tesk, while around 140 others were sent to Varo.", Day);

        figures[0].Place.Should().BeNull();
        figures[1].Place.Should().Be("Varo");
    }

    [Fact]
    public void APlaceTreatedAtIsNotWhereTheHarmWasDone()
    {
        var figures = ReportExtractor.Default.Extract("A fire on a farm in Varo killed 5 workers, and 7 others were treated at Dovra Central Hospital.", Day);

        figures.Should().OnlyContain(f => f.Place == "Varo");
    }

    [Fact]
    public void ANameWithAnArabicArticleIsReadWhole()
    {
        var figures = ReportExtractor.Default.Extract("The strike on a shelter in Dovra's Tal al-Varo neighborhood killed 23 civilians, the ministry said.", Day);

        figures[0].Place.Should().Be("Tal al-Varo");
    }

    [Fact]
    public void TheWordsAfterADashAreNotTheTollsSubject()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "Strikes on the Tesk fuel port have killed 38, with over 90 others injured\u2014most of them dock workers\u2014according to the ministry.", Day));

        reports[1].Quantity.Subject.Should().Be("people");
    }
}
