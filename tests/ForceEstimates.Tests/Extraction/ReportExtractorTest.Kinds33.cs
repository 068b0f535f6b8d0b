using System.Linq;
using FluentAssertions;
using ForceEstimates;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Forms a session-33 dev set of battle infoboxes, key-figure lists and battle pages read wrong (articles written for the
/// project in the same constructions). Infobox rows whose noun is a row label take their section's kind: under "Strength" a
/// force ("Tarvo Column:" then "c. 620"), under "Casualties and losses" its losses ("Norland 2,310", "1,145 total", "41
/// officers"). A force in the field: "men engaged", "N engaged", "N armed with rifles", "its garrison, N strong". Other: the
/// desertion of soldiers, decorations and standards, lawyers, plaintiffs and counts of a charge. Equipment: bombers after a model name, cannons,
/// tonnage sunk, tons of firebombs. Casualties: aircrew killed, prisoners abbreviated ("9,000 POW"). Other: a share of the housing stock, cars damaged with homes. A list item's label after a spaced dash ("1,904 - total number of people killed"; "who lost a parent" are the bereaved, other). Territory: a share of a town or a named place held or taken.
/// </summary>
public partial class ReportExtractorTest
{
    private const string VaroRidgeBox =
        "Battle of Varo Ridge\nStrength\nNorland:\nabout 14,000\nTarvo Column:\nc. 620\nCasualties and losses\nNorland 2,310\nTarvo 1,145 total\n";

    [Theory]
    [InlineData("about 14,000", FigureKind.Personnel)]
    [InlineData("c. 620", FigureKind.Personnel)]
    [InlineData("2,310", FigureKind.Casualties)]
    [InlineData("1,145", FigureKind.Casualties)]
    public void InfoboxRowsWithoutANounTakeTheirSectionsKind(string figure, FigureKind kind)
        => KindOf(VaroRidgeBox, figure).Should().Be(kind);

    private const string DovraBox =
        "Siege of Dovra\nCasualties and losses\nOver 900 killed:\n41 officers\n512 Ostrian regulars\n2 guns captured\nOver 4,000 homeless\n";

    [Theory]
    [InlineData("41", FigureKind.Casualties)]
    [InlineData("512", FigureKind.Casualties)]
    [InlineData("Over 4,000", FigureKind.Other)]
    public void SoldiersUnderALossesHeadingAreLossesAndTheHomelessStayOther(string figure, FigureKind kind)
        => KindOf(DovraBox, figure).Should().Be(kind);

    [Theory]
    [InlineData("41")]
    [InlineData("512")]
    public void SoldiersInProseStayAForce(string figure)
        => KindOf("The garrison at Dovra had 41 officers and 512 regulars when the siege began.", figure).Should().Be(FigureKind.Personnel);

    private const string OstrowBox =
        "Battle of Ostrow\nCasualties and losses\nManpower:\nNorland 12,400\nEquipment:\n96 mortars and artillery\n49 tractors and prime movers\n";

    [Theory]
    [InlineData("12,400", FigureKind.Casualties)]
    [InlineData("96", FigureKind.Equipment)]
    [InlineData("49", FigureKind.Equipment)]
    public void SubHeadingsPassAndRowsWithTheirOwnNounKeepIt(string figure, FigureKind kind)
        => KindOf(OstrowBox, figure).Should().Be(kind);

    [Fact]
    public void AnotherHeadingEndsTheSection()
        => KindOf("Battle of Kessel Hill\nCasualties and losses\n1,200 killed\nUnits involved\n3rd Column\nNorland 4,000\n", "4,000")
            .Should().NotBe(FigureKind.Casualties);

    [Theory]
    [InlineData("Of the 90,000 Ostrian men engaged, 11,200 were casualties.", "90,000")]
    [InlineData("With only 48,000 men engaged, the general lost 9,100 men.", "48,000")]
    [InlineData("The commander surrendered the fort and its garrison, 3,500 strong.", "3,500")]
    [InlineData("The emperor fielded some 60,000 armed with rifles and 15,000 with spears.", "some 60,000")]
    public void AForceInTheFieldIsPersonnel(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Personnel);

    [Fact]
    public void TheLossesBesideAForceEngagedStayCasualties()
        => KindOf("Of the 90,000 Ostrian men engaged, 11,200 were casualties.", "11,200").Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("Morale collapsed, and the desertion of some 12,000 soldiers followed.", "some 12,000")]
    [InlineData("The defenders of the mission at Varo earned 11 Victoria Crosses.", "11")]
    [InlineData("The Ostrian army lost 45 standards and 186 guns at Dovra.", "45")]
    [InlineData("The trial will involve more than 300 lawyers and some 1,800 plaintiffs over nine months.", "more than 300")]
    [InlineData("The trial will involve more than 300 lawyers and some 1,800 plaintiffs over nine months.", "some 1,800")]
    [InlineData("In 2004 the officer was found guilty of 112 counts of murder.", "112")]
    public void DesertersDecorationsAndCourtPartiesAreOther(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Other);

    [Theory]
    [InlineData("On the night of the raid, some 210 Z-9 bombers struck the port of Tarvo.", "some 210")]
    [InlineData("The garrison surrendered 172 cannons to the besiegers.", "172")]
    [InlineData("The navy lost 12 ships (41,000 tons sunk) in the strait.", "41,000 tons")]
    [InlineData("The bombers dropped 1,700 tons of firebombs on the city.", "1,700 tons")]
    public void AircraftGunsAndTonnageAreEquipment(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Equipment);

    [Fact]
    public void AircrewKilledAreCasualties()
        => KindOf("Some 96 aircrew were killed or went missing over the sea.", "Some 96").Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("According to local officials, Ostrian troops controlled roughly 30-40% of the town as of Friday.", "roughly 30-40%")]
    [InlineData("Valdoria now claims control over more than 12% of Norland.", "more than 12%")]
    [InlineData("The brigade said enemy forces had taken control of approximately 35% of the town of Kessel.", "approximately 35%")]
    public void AShareOfAPlaceHeldOrTakenIsTerritory(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Territory);

    private const string DayInNumbers =
        "The day in numbers:\n  \u2022 1,904 - total number of people killed in the raids\n  \u2022 2,210 - estimated number of children who lost a parent\n"
        + "  \u2022 61 - number of countries who lost citizens\n  \u2022 12 - the number of hijackers\n"
        + "  \u2022 212 - number of crew members and ferry passengers that were killed\n";

    [Theory]
    [InlineData("1,904", FigureKind.Casualties)]
    [InlineData("2,210", FigureKind.Other)]
    [InlineData("61", FigureKind.Other)]
    [InlineData("12", FigureKind.Personnel)]
    [InlineData("212", FigureKind.Casualties)]
    public void AListItemsLabelAfterADashSaysWhatItCounts(string figure, FigureKind kind)
        => KindOf(DayInNumbers, figure).Should().Be(kind);

    [Fact]
    public void ADashInProseIsNoLabel()
        => KindOf("Officials put the number of troops at 3,000 - the most killed in a single week, they said.", "3,000")
            .Should().NotBe(FigureKind.Casualties);

    [Fact]
    public void ArchersUnderAStrengthHeadingAreAForce()
        => KindOf("Battle of Dovra Field\nStrength\n5,000 men \u2022 4,000\u20135,000 archers and crossbowmen \u2022 Up to 9,000 mounted servants present\n", "4,000\u20135,000")
            .Should().Be(FigureKind.Personnel);

    [Fact]
    public void CarsDamagedWithHomesAreOther()
        => KindOf("In the regional capital, a residential block was hit and 28 more buildings and 40 cars were damaged, the mayor said.", "40")
            .Should().Be(FigureKind.Other);

    [Fact]
    public void CarsDeliveredToTheFrontStayEquipment()
        => KindOf("Volunteers have delivered around 900 cars to the front since the spring.", "around 900").Should().Be(FigureKind.Equipment);

    [Fact]
    public void PrisonersAbbreviatedAreCasualties()
        => KindOf("Casualties: 4,100 killed or wounded; 9,000 POW; 120 guns captured", "9,000").Should().Be(FigureKind.Casualties);

    [Fact]
    public void AShareOfTheHousingStockIsOther()
        => KindOf("The governor said 80% of the housing stock in Dovra is damaged.", "80%").Should().Be(FigureKind.Other);

    [Fact]
    public void AShareOfATownDestroyedIsNoTerritory()
        => KindOf("Shelling destroyed about 60% of the town, the mayor said.", "about 60%").Should().NotBe(FigureKind.Territory);
}
