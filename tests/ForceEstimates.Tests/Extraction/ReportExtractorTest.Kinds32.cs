using System.Linq;
using FluentAssertions;
using ForceEstimates;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Forms a session-32 dev set of attacks on police compounds and cantonments, a missile strike on a training institute, prisoner
/// swaps, armoured columns lost and troop deployments read wrong (sentences written for the project in the same constructions).
/// Casualties: the wounded carried to or treated in hospitals ("were transported to hospitals", "rushed to nearby hospitals",
/// "admitted to hospitals", "treated in hospitals", "treated at the scene", "sought medical help", "were in serious condition"), police officers named as the toll's parts ("Among
/// the victims were 14 police officers", "The victims were ...", "They included ..." after a toll), people killed in a side's
/// wording of martyrs ("martyring 31 worshippers"). Other: people taken to shelters, worshippers praying, people traded in a swap
/// ("would exchange a minimum of 640 individuals", "an exchange of "500 for 500""; prisoners of war traded stay the captured), people
/// forced to leave their homes. Personnel: the attackers an attack's "by" names. Equipment: vehicles counted after an adverb ("26
/// mostly intact armoured vehicles"), a part of things counted in an opening "Of the 40 drones launched, 25 ...". Casualties: the
/// bodies of the dead handed over, people medics treated.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("17 people were transported to hospitals in Ostrow.", "17")]
    [InlineData("Thirty-five people were rushed to nearby hospitals.", "Thirty-five")]
    [InlineData("Some 40 people were evacuated to hospitals in the capital.", "Some 40")]
    [InlineData("About 86 people were admitted to hospitals in Tarvo.", "About 86")]
    [InlineData("A total of 235 people were treated in hospitals across the region.", "235")]
    [InlineData("Another 30 people were taken to three area hospitals.", "30")]
    [InlineData("Some 22 residents were treated at the scene, the rescue service said.", "Some 22")]
    [InlineData("About 50 civilians were brought to the Valdo clinic with shrapnel wounds.", "About 50")]
    [InlineData("Doctors in Dovra said 14 people were in serious condition.", "14")]
    [InlineData("At least 60 people sought medical help after the strike.", "At least 60")]
    [InlineData("Some 25 residents received medical treatment at the scene.", "Some 25")]
    public void PeopleCarriedToOrTreatedInHospitalAreTheWounded(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("Some 400 people were taken to shelters in the west.", "Some 400")]
    [InlineData("Around 260 people were praying in the chapel when the shell struck.", "Around 260")]
    [InlineData("Eleven patients were transported by ambulance to a shelter in the west.", "Eleven")]
    public void PeopleTakenToShelterOrPrayingAreOther(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Other);

    [Theory]
    [InlineData("Among the victims were 14 police officers and a priest.", "14")]
    [InlineData("The victims were 15 police officers, a teacher and a guard.", "15")]
    [InlineData("Among those killed were 12 policemen, officials in Dovra said.", "12")]
    [InlineData("The bomber blew himself up in the hall, martyring 31 worshippers.", "31")]
    public void PoliceNamedAsTheTollsPartsAreCasualties(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Casualties);

    [Fact]
    public void PoliceTheSentenceAfterATollIncludesAreCasualties()
        => KindOf("The attack on the Varo barracks killed 20 people. They included 15 police officers and a priest.", "15")
            .Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("Both sides would exchange a minimum of 640 individuals, the envoy said.", "a minimum of 640")]
    public void PeopleTradedInASwapAreOther(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Other);

    [Fact]
    public void PrisonersOfWarTradedStayTheCaptured()
        => KindOf("Kessia and Orlova agreed to exchange 740 prisoners of war at the talks in Varo.", "740").Should().Be(FigureKind.Casualties);

    [Fact]
    public void ACountOfAnExchangeOfSoManyForSoManyIsOther()
        => ReportExtractor.Default.Extract("The envoy said there would be an exchange of \"500 for 500\" next week.", Published)
            .Where(f => f.Text == "500").Select(f => f.Kind).Should().NotBeEmpty().And.AllBeEquivalentTo(FigureKind.Other);

    [Theory]
    [InlineData("At least 9 police officers were killed in a night raid on Friday by dozens of militants.", "dozens", FigureKind.Personnel)]
    [InlineData("Kessian troops fled and abandoned at least 26 mostly intact armoured vehicles near Dovra.", "at least 26", FigureKind.Equipment)]
    [InlineData("Of the 40 drones launched, 25 were shot down over the sea.", "25", FigureKind.Equipment)]
    [InlineData("Of the 40 soldiers in the convoy, 12 were killed.", "12", FigureKind.Casualties)]
    [InlineData("Kessia handed over the bodies of 909 soldiers on Friday.", "909", FigureKind.Casualties)]
    [InlineData("Medics treated 45 people for smoke inhalation.", "45", FigureKind.Casualties)]
    [InlineData("More than 300 people were forced to leave their homes.", "More than 300", FigureKind.Other)]
    public void AttackersPartsOfAWholeBodiesTreatedAndForcedOut(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);
}
