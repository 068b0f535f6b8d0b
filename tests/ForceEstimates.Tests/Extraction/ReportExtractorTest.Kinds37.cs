using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Forms of session 37's dev sets (sentences written for the project in the same constructions): a count of people is a toll
/// only when a verb or noun of harm governs it. People a plane or a boat carried ("with 64 people on board", "the 213 aboard"),
/// its passengers and crew, those who survived, people at risk or in camps and people counted in a sentence that names no harm
/// are other; the whole a part of the dead is counted from is too. A share of those who died is a share of the dead, and so is a share in a sentence that
/// breaks down the deaths named just before it. Men fighting, mobilised or taking part in a war are a force; "of which N" after
/// a count of drones, projectiles, the nations ships are linked to and the corpses of soldiers read as what they count.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Varo Air Jet With 64 Onboard Crashes in Kessia, Several Feared Dead", "64")]
    [InlineData("The Dovra ferry sank off Marn with a reported 430 people on board and some 95 bodies have been recovered.", "430")]
    [InlineData("Tesk officials said 211 of the 213 aboard the Varo Air jet died in the crash.", "213")]
    [InlineData("Of the 188 people on board, 187 were confirmed dead, officials in Orsk said.", "188")]
    [InlineData("The freighter was sailing to Belmar with 19 crew on board when it was hit by a missile that killed two sailors.", "19")]
    [InlineData("The jet had 150 people on board, including 141 passengers and 9 crew members.", "9")]
    [InlineData("The ferry capsized near Dolsk with 310 passengers, killing at least 60.", "310")]
    public void PeopleCarriedOnBoardAndTheirCrewAreNoToll(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Other);

    [Fact]
    public void PeopleOnBoardWhoseOwnVerbHarmsThemAreTheDead()
        => KindOf("All 64 people on board were killed when the plane came down near Tesk.", "64").Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("Officials in Orsk said 31 people survived the crash, and more than 40 people are feared dead.", "31")]
    [InlineData("A Belmar coast guard official said 88 survivors had been brought ashore after the wreck that killed dozens.", "88")]
    [InlineData("In all, 27 occupants of the ill-fated Tarvo Air plane survived, several of them with burns, an official said.", "27")]
    [InlineData("Of the 72 people who were on the bus, 50 died while 22 survived.", "22")]
    [InlineData("The lab has collected blood samples from 18,400 Orsk victims’ survivors.", "18,400")]
    public void PeopleWhoSurvivedAndTheVictimsKinAreNoToll(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Other);

    [Theory]
    [InlineData("“We already count more than 150 dead, and nearly 300,000 people are at risk,” the governor said.", "nearly 300,000")]
    [InlineData("Flood toll passes 600 with more than 90,000 now in camps", "more than 90,000")]
    public void PeopleAtRiskOrInCampsBesideATollAreNoToll(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Other);

    [Theory]
    [InlineData("Around 14,000 people in the capital received cash transfers in May and June.", "Around 14,000")]
    [InlineData("We took 120 foreign journalists to Tesk and Varo to see the sites for themselves.", "120")]
    [InlineData("The passengers included 140 Kessian nationals, 41 Dovran nationals and one Tarvist.", "140")]
    public void PeopleCountedInASentenceThatNamesNoHarmAreOther(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Other);

    [Theory]
    [InlineData("According to Marn, roughly half of those who died at Tesk had been conscripts.", "roughly half")]
    [InlineData("Fighting has gone on and the Tesk deaths will have to be revised. Of these, about 20% would be due to shelling; 35% due to disease; and 45% due to hunger.", "about 20%")]
    [InlineData("Fighting has gone on and the Tesk deaths will have to be revised. Of these, about 20% would be due to shelling; 35% due to disease; and 45% due to hunger.", "45%")]
    [InlineData("The Varo army recovered the corpses of 120,000 Tesk soldiers afterwards.", "120,000")]
    public void SharesOfThoseWhoDiedAndCorpsesOfSoldiersAreTheDead(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("Dovra's leader said on Friday that almost 400,000 Dovrans are fighting in Tesk.", "almost 400,000")]
    [InlineData("In March, he spoke of 510,000 taking part in the hostilities.", "510,000")]
    [InlineData("He said that 480,000 men were sent there. He said that of those, 190,000 had been mobilized.", "190,000")]
    public void PeopleFightingMobilisedOrTakingPartInAWarAreAForce(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Personnel);

    [Theory]
    [InlineData("In May, Dovra launched a total of 1,204 attack drones over Kessia, of which 1,016 were shot down.", "1,016")]
    [InlineData("Dovra launched over 250 projectiles at Kessia overnight, officials said.", "over 250")]
    public void DronesOfWhichAPartIsShotDownAndProjectilesAreEquipment(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Equipment);

    [Fact]
    public void NationsCountedAreOther()
        => KindOf("The raids have hit ships linked to more than 30 nations, the navy said.", "more than 30").Should().Be(FigureKind.Other);
}
