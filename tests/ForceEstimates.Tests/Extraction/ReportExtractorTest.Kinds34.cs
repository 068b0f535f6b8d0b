using FluentAssertions;
using ForceEstimates;
using ForceEstimates.Extraction;
using ForceEstimates.Tests.Estimates;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Forms a session-34 dev set of battle pages, sinkings, abductions and floods read wrong (sentences written for the project
/// in the same constructions). An older army's arms in the singular ("60,000 foot and 12,000 horse"), cavalry, pikemen and a
/// ship's crew are personnel; galleys, galleasses and chariots equipment. A weight or a length after a count is other, or
/// equipment when munitions are weighed. An area flooded or a place's extent is other, not ground held. People drowned are
/// dead. Captives carried on board or who survived, passengers carried and airmen who evaded capture are other; the troops
/// "who went into battle" are the force. "not quite" is an upper bound as "nearly"; a few misspelt hedges read as the hedge.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Orsel's chronicle counts 60,000 foot and 12,000 horse in the Dovran host.", "60,000")]
    [InlineData("Orsel's chronicle counts 60,000 foot and 12,000 horse in the Dovran host.", "12,000")]
    [InlineData("Tesk brought some 2,500 horse to the ford before dawn.", "some 2,500")]
    [InlineData("The Varo column had 4,000 cavalry and 9,000 pikemen.", "4,000")]
    [InlineData("The 860 crew of the cruiser Tesk were all conscripts.", "860")]
    public void AnArmysFootHorseCavalryAndCrewArePersonnel(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Personnel);

    [Fact]
    public void AFootOfLengthIsNoArm()
        => KindOf("The Kessian sappers dug a ditch 14 foot deep around the camp.", "14").Should().NotBe(FigureKind.Personnel);

    [Theory]
    [InlineData("The Belmar admiral put 140 galleys to sea in the spring.", "140")]
    [InlineData("Orsk lost 36 galleasses off the cape.", "36")]
    [InlineData("The king of Varo brought 150 scythed chariots to the plain.", "150")]
    public void GalleysAndChariotsAreEquipment(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Equipment);

    [Theory]
    [InlineData("The great bombard of Dovra has a bore of 24 inches and hurls a ball of 700 lbs.", "24", FigureKind.Other)]
    [InlineData("The great bombard of Dovra has a bore of 24 inches and hurls a ball of 700 lbs.", "700", FigureKind.Other)]
    [InlineData("Each ball for the Orsk mortar weighs 11 cwt.", "11", FigureKind.Other)]
    [InlineData("The sappers packed 300 kg of explosives under the gate.", "300", FigureKind.Equipment)]
    public void AWeightOrLengthAfterACountIsNoForce(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("After the Dovra dam was breached, some 1,200 square kilometres were flooded.", "some 1,200 square kilometres", FigureKind.Other)]
    [InlineData("The Varo plain covers some 4,000 square miles.", "some 4,000 square miles", FigureKind.Other)]
    [InlineData("Kessian forces captured 1,200 square kilometres after the flood.", "1,200 square kilometres", FigureKind.Territory)]
    public void AnAreaFloodedOrSpannedIsNoGroundHeld(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Fact]
    public void PeopleDrownedAreDead()
        => KindOf("About 2,300 villagers drowned when the dikes near Orsk were cut.", "About 2,300").Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("Some 2,800 prisoners were crammed on board the freighter Belmar.", "Some 2,800", FigureKind.Other)]
    [InlineData("In the end 310 prisoners survived the sinking off Belmar.", "310", FigureKind.Other)]
    [InlineData("Some 2,800 prisoners on board were killed.", "Some 2,800", FigureKind.Casualties)]
    [InlineData("The Dovra liner had berths for 900 passengers.", "900", FigureKind.Other)]
    public void CaptivesAndPassengersCarriedAreNoLossUnlessHarmed(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Fact]
    public void AirmenWhoEvadedCaptureAreNoLoss()
        => KindOf("The squadron reported 96 aircrew dead and 210 captured, while 31 evaded capture in the hills.", "31").Should().Be(FigureKind.Other);

    [Fact]
    public void TroopsWhoWentIntoBattleAreTheForce()
        => KindOf("Of the 7,200 Kessian riflemen who went into action, about 3,100 were captured by dusk.", "7,200").Should().Be(FigureKind.Personnel);

    [Theory]
    [InlineData("Officials said not quite 4,000 troops remained in Tesk.", "not quite 4,000", HedgeKind.JustBelow)]
    [InlineData("The agency said almst 300 people had fled Dovra.", "almst 300", HedgeKind.JustBelow)]
    [InlineData("The mayor said more that 1,200 homes were damaged.", "more that 1,200", HedgeKind.Above)]
    [InlineData("The army said aproximately 5,000 soldiers crossed the river.", "aproximately 5,000", HedgeKind.Approximate)]
    [InlineData("Medics said atleast 40 people were wounded in Orsk.", "atleast 40", HedgeKind.AtLeast)]
    public void NotQuiteAndMisspeltHedgesReadThroughTheGrammar(string sentence, string figure, HedgeKind hedge)
        => HedgeFormChecks.ExtractorReadsThroughTheSameGrammar(sentence, figure, hedge);
}
