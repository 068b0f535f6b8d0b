using FluentAssertions;
using ForceEstimates;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Forms a session-31 dev set of infobox rows, attacks on crowds and tourists, prison sieges, evacuations, refugees crossing,
/// reunions of veterans and inquiries read wrong (sentences written for the project in the same constructions). Casualties: a
/// list that ends "were among the wounded/victims" (its nouns a people's name or elided), "The dead comprised N ...", "took the
/// lives of N ...", "cost N men", "the slayings of N people", "N committed suicide", and a figure that opens a line under a short
/// heading of the dead or injured (an infobox's "Non-fatal injuries" above "64 (+ 1 attacker)"). Other: people inside a
/// building ("250 civilians inside the clinic", whom the clinic does not make the wounded), people tried ("court-martialled
/// 41", "were convicted", "12 acquitted"), what an inquiry gathers (statements, witnesses), veterans at a reunion, people who
/// crossed a border or massed on a hill, patients transported, states counted. A first count joined by "and" to a second takes
/// the second's noun and verb ("1,359 Ostrian and 486 Tarvist veterans", "About 2,000 Valdoran and 1,190 Ostrian troops have died").
/// The noun after "more" is the figure's ("14 more bodies"; prisoners after it keep their verb's say); a force's men "captured in"
/// a battle are casualties, hostages "captured in" a raid stay held; "the 13 who were shot dead" are the dead; "demanded the release
/// of N prisoners" counts people held; schoolchildren who marched are a crowd; "landed 4,000 men" is a force put ashore even when
/// the sentence counts its dead after. Personnel: guardsmen, troopers, infantrymen, policemen, shooters. Equipment: destroyers
/// and cruisers, truckloads, cars. Events: "mass killings". "men, women and children" are no force's men.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Fourteen Valdorans, two Tarvists, one Ostrian and a Ruhlander were among the wounded.", "Fourteen")]
    [InlineData("Twenty-three Ostrian tourists, nine Valdorans and a Tarvist were among the victims, officials said.", "Twenty-three")]
    [InlineData("The dead comprised 14 pilgrims from Ostria, a teacher and nine Valdorans.", "14")]
    [InlineData("The fire at the Tarvo penitentiary took the lives of 210 inmates.", "210")]
    [InlineData("It was an operation that cost 300 men to mines and friendly fire.", "300")]
    [InlineData("The report lists the slayings of 21 people at a school in Ostrow.", "21")]
    [InlineData("* 12 committed suicide", "12")]
    public void ListsOfTheLostWhoseNounIsElsewhereAreCasualties(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("Non-fatal injuries\n64 (+ 1 attacker)", "64", FigureKind.Casualties)]
    [InlineData("Deaths\n31 (+ 3 attackers)", "31", FigureKind.Casualties)]
    [InlineData("Participants\n4,000 soldiers", "4,000", FigureKind.Personnel)]
    public void AFigureOpeningALineTakesTheKindOfTheHeadingAbove(string text, string figure, FigureKind kind)
        => KindOf(text, figure).Should().Be(kind);

    [Theory]
    [InlineData("There are nearly 300 civilians inside the hospital, including infants.", "nearly 300")]
    [InlineData("The tribunal has court-martialled 41 on murder charges.", "41")]
    [InlineData("Nineteen were convicted, and 14 acquitted.", "Nineteen")]
    [InlineData("Nineteen were convicted, and 14 acquitted.", "14")]
    [InlineData("The inquiry gathered 412 witness statements.", "412")]
    [InlineData("The inquiry has identified some 350 witnesses.", "some 350")]
    [InlineData("About 1,200 veterans were in attendance at the reunion.", "About 1,200")]
    [InlineData("During the day, 7,000 Valdorans crossed into Ostria, including 50 who were wounded.", "7,000")]
    [InlineData("Police were outflanked by some of the estimated 2,000 miners massed on a hill near the mine.", "estimated 2,000")]
    public void PeopleInABuildingTriedGatheringOrCrossingAreOther(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Other);

    [Theory]
    [InlineData("More than sixty guardsmen turned and fired on the crowd.", "More than sixty", FigureKind.Personnel)]
    [InlineData("Forty state troopers searched the prison for weapons.", "Forty", FigureKind.Personnel)]
    [InlineData("The garrison included 500 riflemen and several hundred infantrymen.", "500", FigureKind.Personnel)]
    [InlineData("* 31 shooters", "31", FigureKind.Personnel)]
    [InlineData("The admiral, commanding two cruisers and eleven destroyers, slipped through the blockade.", "eleven", FigureKind.Equipment)]
    [InlineData("The troopers were backed by 40 truckloads of guardsmen.", "40", FigureKind.Equipment)]
    [InlineData("There have been 17 mass killings in the province this year.", "17", FigureKind.Events)]
    public void StrengthsShipsAndActsTakeTheirNounsKind(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("About 3,000 Valdoran and 1,100 Ostrian troops have died since the war began.", "About 3,000", FigureKind.Casualties)]
    [InlineData("An additional 1,200 Ostrian and 300 Tarvist veterans were in attendance at the reunion.", "1,200", FigureKind.Other)]
    [InlineData("The inquiry gathered 240 military witness and 61 civilian witness statements.", "240", FigureKind.Other)]
    [InlineData("There are 120 Attention Points and 31 Regional Centres across the country.", "120", FigureKind.Other)]
    public void AFirstCountSharesTheNounOfTheSecondAfterAnd(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("* 19 incidents in 12 states", "12")]
    [InlineData("Eleven patients were transported by ambulance to a shelter in the west.", "Eleven")]
    public void StatesCountedAndPatientsTransportedAreOther(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Other);

    [Theory]
    [InlineData("Rescuers found 14 more bodies in the rubble on Monday.", "14", FigureKind.Casualties)]
    [InlineData("The ministry will send 500 more troops to the border.", "500", FigureKind.Personnel)]
    [InlineData("A fifth swap, in which dozens more prisoners will be released, is set for Sunday.", "dozens", FigureKind.Other)]
    [InlineData("Nearly 600 men captured in the battle were marched away to the camps.", "Nearly 600", FigureKind.Casualties)]
    [InlineData("During the truce the rebels are releasing dozens of the hostages captured in the raid.", "dozens", FigureKind.Other)]
    [InlineData("The names of the 13 who were shot dead were read out at the memorial.", "13", FigureKind.Casualties)]
    [InlineData("The gunmen demanded the release of 234 prisoners held in Ostrian jails.", "234", FigureKind.Other)]
    [InlineData("Some 2,000 schoolchildren marched through the town.", "Some 2,000", FigureKind.Other)]
    [InlineData("The fleet landed 4,000 men on the beach, and 300 of them were killed before noon.", "4,000", FigureKind.Personnel)]
    [InlineData("The fleet landed 4,000 men on the beach, and 300 of them were killed before noon.", "300", FigureKind.Casualties)]
    public void TheNounAfterMoreWhoWasHarmedAndWhoWasLandedOrHeld(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Fact]
    public void MenWomenAndChildrenAreNoForce()
        => KindOf("Forty other men, women and children were moved to a school.", "Forty").Should().NotBe(FigureKind.Personnel);
}
