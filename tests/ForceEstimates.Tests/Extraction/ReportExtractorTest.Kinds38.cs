using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Forms of session 38's dev sets (sentences written for the project in the same constructions): a count of people that a
/// word of loss governs is a toll whatever noun names them (the items of a list a verb of loss opens, the items after a colon a
/// noun of loss announces, men "captured or unaccounted for"); people brought to safety, people accounted for and those who
/// search for the lost are other; a count that shares the noun of a pair of participles ("17 destroyed and 9 damaged boats") or
/// comes before a list of modifiers ("41 naval, police and fishing boats") is what that noun counts; a distance an incursion
/// reaches is ground; a toll that "edged up to" a figure is a toll.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Dovra lost 140 infantrymen, 61 gunners and four members of the guard, 23 marines and two pilots in the fighting near Tesk.", "23")]
    [InlineData("Dovra suffered death on a vast scale: 4,200 soldiers and marines and another 1,900 sailors.", "4,200")]
    [InlineData("Dovra suffered death on a vast scale: 4,200 soldiers and marines and another 1,900 sailors.", "1,900")]
    [InlineData("The fall of Orsk is a blow for Dovra, with estimates of 610 to 700 soldiers captured or unaccounted for.", "610 to 700")]
    public void MenAWordOfLossGovernsAreTheLost(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("On a second trip 1430 people, including wounded, were brought to safety from Belmar.", "1430")]
    [InlineData("There were 130 people accounted for from the tower and 141 people unaccounted for, the Marn mayor said.", "130")]
    [InlineData("The mayor said the number of Marn residents accounted for is 188, with 97 still missing.", "188")]
    [InlineData("Some 140 navy and coast guard divers searched the sunken ferry off Belmar for survivors.", "Some 140")]
    public void PeopleBroughtToSafetyAccountedForOrSearchingAreNoToll(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Other);

    [Theory]
    [InlineData("There were 130 people accounted for from the tower and 141 people unaccounted for, the Marn mayor said.", "141")]
    [InlineData("Soldiers accounted for 310 of the deaths, the Tarvo ministry said.", "310")]
    [InlineData("Some 300 civilians, including children, were killed in the shelling of Orsk.", "Some 300")]
    [InlineData("By Tuesday Marn's death-toll edged up to at least 212 including 31 children.", "at least 212")]
    [InlineData("By Tuesday Marn's death-toll edged up to at least 212 including 31 children.", "31")]
    public void TheUnaccountedForSharesOfTheDeadAndTollsThatInchUpAreTolls(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("These are 17 destroyed and 9 damaged boats, the Varo navy said.", "17")]
    [InlineData("The search involved 41 naval, police and fishing boats and 12 helicopters.", "41")]
    public void CountsThatShareANounOfMachinesAreEquipment(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Equipment);

    [Theory]
    [InlineData("Nine medics were killed and more than 70 wounded, mostly ambulance drivers and volunteers.", "more than 70")]
    [InlineData("The shelling left 45 injured, mostly ambulance drivers.", "45")]
    public void ACountOfPeopleHurtBeforeAListOfMachineNounsStaysATollOfPeople(string sentence, string figure)
        // Found by the twenty-eighth held-out check (session 38): the modifier list read past "injured" and a comma to a
        // noun of machines and made the hurt equipment.
        => KindOf(sentence, figure).Should().Be(FigureKind.Casualties);

    [Fact]
    public void ACountOfAttacksAfterNounsOfMachinesStaysATally()
        => KindOf("Over 900 mortar and artillery attacks hit the district in a single day.", "Over 900").Should().NotBe(FigureKind.Equipment);

    [Fact]
    public void ADistanceAnIncursionReachesIsGround()
        => KindOf("Marn said the incursion extended up to 14 kilometres into Tesk.", "up to 14 kilometres").Should().Be(FigureKind.Territory);

    [Fact]
    public void ADistanceToWithinOfAPlaceStaysADistance()
        => KindOf("Dovran forces pushed to within 6 kilometres of the northern edge of Orsk.", "6 kilometres").Should().Be(FigureKind.Other);
}
