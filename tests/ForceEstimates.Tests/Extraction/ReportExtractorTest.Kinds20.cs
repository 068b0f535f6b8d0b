using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Kinds the ninth real-news check read wrong or left unread (sentences written for the project in the same constructions):
/// a place's population, people who flee, shelter, are taken or orphaned, a toll whose verb is far in its clause or is
/// "lost their lives", kin lost, a force that acts, crews, a slash in the counted noun, and soldiers after a possessive.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Darrowby, a river town of some 42,000 people, lost its only bridge on Monday.", "some 42,000")]
    [InlineData("The governor said the situation in the capital of two million people was dire, with bodies left in the streets.", "two million")]
    [InlineData("Shelling hit the port, a city of 800,000 residents that is now full of displaced families.", "800,000")]
    public void APlacesPopulationIsOther(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Other);

    [Theory]
    [InlineData("The raids sent tens of thousands of Merovians fleeing the valley on Sunday.", "tens of thousands", FigureKind.Other)]
    [InlineData("Gunmen shot dead 40 guards and forced some 6,500 villagers to flee to the hills.", "some 6,500", FigureKind.Other)]
    [InlineData("A mission hall where hundreds had taken refuge was struck twice on Friday.", "hundreds", FigureKind.Other)]
    [InlineData("Mortars wounded dozens and left thousands of others huddled in basements across the old quarter.", "thousands", FigureKind.Other)]
    [InlineData("About 9,000 members of the Tarvi minority fled to the coast after the town fell.", "About 9,000", FigureKind.Other)]
    [InlineData("The shelling killed 70 people, and as many as 900 children were orphaned, the charity said.", "as many as 900", FigureKind.Other)]
    [InlineData("Militiamen killed dozens of farmers and some 300 women and girls abducted from the camps, elders said.", "some 300", FigureKind.Other)]
    [InlineData("Relief workers said 52,000 Ostrans lost their homes in the floods that followed the bombing.", "52,000", FigureKind.Other)]
    public void PeopleWhoFleeShelterOrAreTakenAreOther(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("Officials believe 2,140 Ostrans lost their lives in the winter offensive.", "2,140")]
    [InlineData("A farmer from the valley says he has lost 17 relatives since the war began.", "17")]
    [InlineData("The monitor said at least 26 Vardi fighters and medical volunteers from the Northern Guard (NG) were killed in the raid.", "at least 26")]
    [InlineData("Raiders struck three farms on Monday, bringing to 31 the number of persons so far killed in the district this week.", "31")]
    [InlineData("Rescuers said hundreds of Tarvi villagers were gassed in the attack on the valley.", "hundreds")]
    [InlineData("The council accused the militia of \"slaughtering\" and \"massacring\" more than 400 people in the hills.", "more than 400")]
    [InlineData("Doctors said about 120 patients had been treated for shrapnel wounds since dawn.", "about 120")]
    [InlineData("Of the 1,950 mine/ERW casualties the survey recorded last year, most were farmers.", "1,950")]
    public void ATollWhoseWordIsFarAVerbOrAfterASlashIsCasualties(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("Columns advanced as thousands of Norlan fighters seized the valley, killing some 300 in the villages.", "thousands", FigureKind.Personnel)]
    [InlineData("Dozens of Varnian warplanes struck militia depots overnight, killing at least ten guards.", "Dozens", FigureKind.Equipment)]
    [InlineData("The transports had a total of between 21 and 24 people in the crews, the outlet said.", "between 21 and 24", FigureKind.Personnel)]
    [InlineData("For the first time the republic sent thousands of its regular army soldiers across the river.", "thousands", FigureKind.Personnel)]
    public void AForceThatActsCrewsAndSoldiersAfterAPossessiveArePersonnel(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("Police backed by the army killed 35 rebel fighters and captured 11 others near the pass.", "35", FigureKind.Casualties)]
    [InlineData("Gunmen beheaded 6 Tarvi guards and kidnapped 4 engineers from the pumping station.", "6", FigureKind.Casualties)]
    [InlineData("Mortars wounded dozens and left thousands of others huddled in basements across the old quarter.", "dozens", FigureKind.Casualties)]
    [InlineData("Some 40 militia soldiers fled the checkpoint on Tuesday during the fighting.", "Some 40", FigureKind.Personnel)]
    [InlineData("The agency has evacuated 7 of its 9 foreign staff from the city.", "7", FigureKind.Other)]
    public void AnotherVerbOfTheClauseOrASoldiersFlightKeepsItsKind(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Fact]
    public void ThingsDestroyedOrShotDownAreNoToll()
    {
        var found = ReportExtractor.Default.Extract(
            "The navy said the enemy launched 40 drones overnight. It said 31 of them were shot down over the bay.", Published);
        found.Should().ContainSingle(f => f.Text == "31").Which.Kind.Should().NotBe(FigureKind.Casualties);
    }

    [Theory]
    [InlineData("At least 415 farmers were hurt by mines,[1] and most of them were men.[2]", "At least 415", "1")]
    [InlineData("Investigators said a missile struck the Airbus 330, killing all 164 people on board.", "164", "330")]
    [InlineData("The port, which was founded in 1784 by traders, lost 37 fishermen in the raid.", "37", "1784")]
    [InlineData("The survey counted 2,950 victims in 2021, one-third fewer than 2020.", "2,950", "2020")]
    public void FootnoteMarksModelsAndYearsAreNoFigures(string sentence, string figure, string notAFigure)
    {
        var found = ReportExtractor.Default.Extract(sentence, Published);
        found.Select(f => f.Text).Should().Contain(figure);
        found.Should().NotContain(f => f.Text.EndsWith(notAFigure));
    }

    [Theory]
    [InlineData("Earlier it was reported about 3 company commanders who had reached the river.", "3", HedgeKind.Bare)]
    [InlineData("On Sunday, when relief workers estimated 240 villagers were killed, the road was shut.", "240", HedgeKind.Bare)]
    [InlineData("The raid killed an estimated 240 villagers, relief workers said.", "an estimated 240", HedgeKind.Approximate)]
    [InlineData("The convoy carried about 3 tonnes of flour and roughly 90 people, the driver said.", "about 3 tonnes", HedgeKind.Approximate)]
    public void AboutAfterAVerbOfTellingAndEstimatedAsAVerbAreNoHedge(string sentence, string figure, HedgeKind hedge)
        => ReportExtractor.Default.Extract(sentence, Published).Single(f => f.Text == figure).Estimate.Hedge.Should().Be(hedge);

    [Fact]
    public void ANamedYearsTotalAfterAnAnnualReportIsNoRate()
        => ReportExtractor.Default.Extract("The annual Field Survey report recorded 6,120 casualties in 2019, its highest count yet.", Published)
            .Single(f => f.Text == "6,120").Rate.Should().BeNull();
}
