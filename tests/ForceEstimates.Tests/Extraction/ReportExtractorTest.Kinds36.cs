using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Forms a session-36 dev set of exhumations, disaster tolls and damage assessments read wrong (sentences written for the
/// project in the same constructions). Soldiers whose bodies, graves or loss are counted, or who were exhumed, are the dead,
/// not a force; soldiers who were captured after a relative clause, or in a headline's participle, are casualties too. A toll
/// that "has reached", "tops" or "was raised from N to M" is a toll, and a toll broken down by place ("one in Tesk, 188 in
/// Dolsk") gives its items its kind. Districts, prefectures, bridges, dams and classrooms are counted things (other), and so
/// are people who left a place, made it to one, escaped, attended an occasion or were inside a place when it was stormed; people
/// who gathered and then lost their lives are dead.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("In Tesk, the bodies of 210 civilians and 14 servicemen of the Dovran army have been exhumed at the old cemetery.", "14")]
    [InlineData("Bodies of 210 civilians, 14 soldiers exhumed in Tesk", "14")]
    [InlineData("Crews in Orsk dug up the graves of at least 390 people this week, including 7 children and 31 Dovran soldiers.", "at least 390")]
    [InlineData("Crews in Orsk dug up the graves of at least 390 people this week, including 7 children and 31 Dovran soldiers.", "31")]
    [InlineData("The governor said a report that Kessia had suffered the loss of 64,000 soldiers around Varo was overstated.", "64,000")]
    public void SoldiersWhoseBodiesGravesOrLossAreCountedAreTheDead(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("300 Marn fighters who tried to slip out of the town were captured on Monday, a Dovran commander said.", "300")]
    [InlineData("300 Marn fighters captured trying to leave Belmar", "300")]
    public void FightersCapturedAfterARelativeClauseOrInAHeadlineAreCasualties(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("The toll from the flood that hit Tarvo on Jan. 4 has reached 1,240, the agency said.", "1,240")]
    [InlineData("The death toll of the strike that hit Varo on Sept. 3 rose to 41 overnight.", "41")]
    [InlineData("The death toll from the raid on the Belmar fair has been raised from 170 to 240, with officials warning it could rise.", "170")]
    [InlineData("The death toll from the raid on the Belmar fair has been raised from 170 to 240, with officials warning it could rise.", "240")]
    [InlineData("Confirmed deaths rose to 412 with: one in Tesk, four in Varo, 188 in Dolsk, 97 in Orsk, two in Marn and 17 in Tarvo.", "188")]
    [InlineData("Confirmed deaths rose to 412 with: one in Tesk, four in Varo, 188 in Dolsk, 97 in Orsk, two in Marn and 17 in Tarvo.", "97")]
    [InlineData("Kessia, Dovra earthquake death toll tops 5,100 as rescuers face freezing conditions", "tops 5,100")]
    [InlineData("The death toll from Kessia's worst flood for a hundred years is expected to climb from around 1,300 as crews dig.", "around 1,300")]
    [InlineData("The casualties of the militia's drone raid, totaling 72 according to Belmar, included women and children.", "72")]
    [InlineData("Over 70 villagers of Tesk in Varo District of Dolsk Local Government Area of Marn State were killed on Sunday night.", "Over 70")]
    public void ATollThatReachesOrIsRaisedOrBrokenDownByPlaceIsATollOfTheDead(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("The storm damaged 31 of Kessia's 64 districts and 12 of its 40 prefectures.", "64")]
    [InlineData("The storm damaged 31 of Kessia's 64 districts and 12 of its 40 prefectures.", "40")]
    [InlineData("Damage includes 140 bridges, 85 dams and 2,300 classrooms, the assessment found.", "140")]
    [InlineData("Damage includes 140 bridges, 85 dams and 2,300 classrooms, the assessment found.", "2,300")]
    [InlineData("Some 2,000 civilians left the area near Tesk over two days.", "Some 2,000")]
    [InlineData("More than 6,000 people have left Dolsk in the last few weeks.", "More than 6,000")]
    [InlineData("The Varo fair was attended by around 3,000 people before the raid.", "around 3,000")]
    [InlineData("The survivors fled through the woods. Fewer than 1,500 made it to Orsk.", "Fewer than 1,500")]
    public void PlacesAndThingsCountedAndPeopleWhoLeftReachedOrAttendedAreOther(string text, string figure)
        => KindOf(text, figure).Should().Be(FigureKind.Other);

    [Theory]
    [InlineData("About 400 pupils and teachers were thought to be inside the Varo Public School and Technical College when armed men burst in.", "About 400")]
    [InlineData("It is understood 120 pupils escaped and another 17 are still missing.", "120")]
    public void PeopleInsideAPlaceWhenItWasStormedOrWhoEscapedAreOther(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Other);

    [Fact]
    public void SoldiersWhoEscapedAreStillAForce()
        => KindOf("About 200 soldiers escaped from the encircled town, the Dovran army said.", "About 200").Should().Be(FigureKind.Personnel);

    [Fact]
    public void PeopleWhoGatheredAndThenLostTheirLivesAreTheDead()
        => KindOf("\"Over 40 people who gathered at the wedding in Tesk lost their lives,\" the imam said.", "Over 40").Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("About 300 soldiers who were sent to Varo last year remain there.", "About 300")]
    [InlineData("The 4,000 people who gathered in the Tesk square marched to the palace.", "4,000")]
    [InlineData("More than 2,000 soldiers left Dolsk on Monday for the front.", "More than 2,000")]
    public void ARelativeClauseOrALeavingWithNoHarmKeepsItsKind(string sentence, string figure)
        => KindOf(sentence, figure).Should().NotBe(FigureKind.Casualties);
}
