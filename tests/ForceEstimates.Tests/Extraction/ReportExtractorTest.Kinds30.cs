using System.Linq;
using FluentAssertions;
using ForceEstimates;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Forms a session-30 dev set of hostage crises, insurgencies' strengths and surrenders, arms hauls and casualty lists read
/// wrong (sentences written for the project in the same constructions). Kinds: hostages killed are the dead ("14 hostages die",
/// "executed 11 hostages", "Death toll: 9 hostages, 3 soldiers"), hostages seized, freed or unaccounted for stay people held;
/// the wounded in care and the missing in words the lists lacked ("47 were being treated in hospital", "38 employees were listed
/// as missing", "another 20 remained trapped in the rubble"); a force "under arms". No figures: an age in parentheses after a
/// name ("Darvo Kell (34)"), after "aged" ("women aged 25 to 61") and after "older than"/"younger than" (the count after it stays
/// one); a weapon's model written apart ("AK 47", "RPG 7"); a weekday, its day and a month ("Friday 9, May 2025"); the years
/// of a life in brackets ("(1812-1879)"); a temperature ("0 Fahrenheit"). Hedges: "estimated conservatively at N" is an estimate.
/// Arms hauls: a model's plural ("12 AK-47s") and live munitions ("300 live cartridges") are equipment, and a count after a model's
/// number and "and" stays one. A toll's items after semicolons, labelled by a name, share the first's noun ("lost 100 killed; the
/// Tarvo brigade, 58"); a year after a month and commas passes on to the noun before it ("casualties during March, 1917, at N").
/// Hostages and a second count sharing a verb of killing ("14 hostages and 22 raiders have died") are the dead; a count before a
/// calibre takes the munition's kind ("forty 75-mm. shells"); embassies are places counted; bombs that explode are blasts (events);
/// fighters "who survived" a battle are the force left ("Of the 300 insurgents who survived the assault"); a verb of killing before
/// "another" and a phrasal one with "down" make people its object ("gunned down another 19 people"); fighters who "yield" (a
/// headline's word for surrender) are out of action.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("14 hostages die as commandos storm Valdoran embassy", "14", FigureKind.Casualties)]
    [InlineData("At least 23 hostages were killed when the gunmen set off explosives, officials said.", "At least 23", FigureKind.Casualties)]
    [InlineData("The hostage-takers executed 11 hostages on Tuesday.", "11", FigureKind.Casualties)]
    [InlineData("Death toll: 9 hostages, 3 soldiers, 12 gunmen", "9", FigureKind.Casualties)]
    [InlineData("The militants seized 40 hostages at the plant.", "40", FigureKind.Other)]
    [InlineData("Troops later freed 31 hostages.", "31", FigureKind.Other)]
    [InlineData("At least 70 foreign hostages are still unaccounted for in the standoff at the plant.", "At least 70", FigureKind.Other)]
    public void HostagesKilledAreTheDeadAndHostagesHeldArePeopleHeld(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("47 were being treated in hospital on Sunday night.", "47")]
    [InlineData("Another 38 employees of the refinery were listed as missing.", "38")]
    [InlineData("Rescuers said maybe another 20 remained trapped in the rubble.", "maybe another 20")]
    [InlineData("About 30 people remained trapped under the debris of the block.", "About 30")]
    public void TheWoundedInCareAndTheMissingAreCasualties(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("Some 3,000 residents remained trapped in the besieged city.", "Some 3,000", FigureKind.Other)]
    [InlineData("The movement has about 2,500 under arms in the hills.", "about 2,500", FigureKind.Personnel)]
    public void PeopleTrappedInACityAndAForceUnderArms(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("Police identified the suspects as Darvo Kell (34), Minu Arasko (27) and Tesh Orin (19).", "34")]
    [InlineData("Police identified the suspects as Darvo Kell (34), Minu Arasko (27) and Tesh Orin (19).", "19")]
    [InlineData("The dead included 14 women aged 25 to 61.", "25 to 61")]
    [InlineData("Among the dead were 12 girls, none older than 9.", "9")]
    [InlineData("Rebels armed with AK 47 rifles killed 15 people.", "47")]
    [InlineData("Troops seized 4 RPG 7 launchers in the raid.", "7")]
    [InlineData("Friday 9, May 2025 - 120 soldiers were killed.", "9")]
    [InlineData("The camp was founded by Ostrow Vell (1812-1879) near the river.", "1812-1879")]
    [InlineData("The temperature fell to (0 Fahrenheit) as 300 soldiers waited.", "0")]
    public void AgesModelsDatesAndTemperaturesAreNoFigures(string text, string notFigure)
        => ReportExtractor.Default.Extract(text, Published).Select(f => f.Text).Should().NotContain(notFigure);

    [Theory]
    [InlineData("The offensive killed 190 children younger than 16 and 90 women.", "90")]
    [InlineData("On Friday 9 soldiers were killed near the river.", "9")]
    [InlineData("Rebels armed with AK 47 rifles killed 15 people.", "15")]
    [InlineData("The dead included 14 women aged 25 to 61.", "14")]
    [InlineData("The fighting killed 1850-1900 people (1,850 by the ministry's count).", "1850-1900")]
    public void CountsBesideAgesModelsAndDatesStayFigures(string text, string figure)
        => ReportExtractor.Default.Extract(text, Published).Select(f => f.Text).Should().Contain(figure);

    [Theory]
    [InlineData("Police recovered 12 AK-47s and 300 live cartridges from the house.", "12", FigureKind.Equipment)]
    [InlineData("Police recovered 12 AK-47s and 300 live cartridges from the house.", "300", FigureKind.Equipment)]
    [InlineData("The patrol found 64 live rounds in the car.", "64", FigureKind.Equipment)]
    [InlineData("The commission reports the Valdoran casualties during March, 1917, at 41,230.", "41,230", FigureKind.Casualties)]
    [InlineData("The senator sought the mobilization of at least 30,000 militias in the region.", "at least 30,000", FigureKind.Personnel)]
    [InlineData("By March, 240 of Valdora's Communists had filtered back into the hills.", "240", FigureKind.Personnel)]
    [InlineData("The Ruhland brigade lost 100 killed; the Tarvo brigade, 58; the Ostrow brigade, 40.", "58", FigureKind.Casualties)]
    [InlineData("The Ruhland brigade lost 100 killed; the Tarvo brigade, 58; the Ostrow brigade, 40.", "40", FigureKind.Casualties)]
    public void ArmsHaulsForcesAndListsThatLeaveTheirNounOut(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("At least 14 hostages and 22 raiders have died in the standoff.", "At least 14", FigureKind.Casualties)]
    [InlineData("Troops freed 31 hostages and 12 workers were flown home.", "31", FigureKind.Other)]
    [InlineData("The battery fired forty 75-mm. shells at the ridge.", "forty", FigureKind.Equipment)]
    [InlineData("Attacks were made on 2 Valdoran Embassies in the capital.", "2", FigureKind.Other)]
    [InlineData("Ten bombs ripped through four trains during the morning rush hour.", "Ten", FigureKind.Events)]
    [InlineData("The militia had stored 40 bombs in the cellar.", "40", FigureKind.Equipment)]
    [InlineData("Of the 300 insurgents who survived the assault, most were captured.", "300", FigureKind.Personnel)]
    [InlineData("Of the 300 insurgents who attacked the post, 40 were captured.", "40", FigureKind.Casualties)]
    [InlineData("The gunman drove to the market, where he gunned down another 19 people before fleeing.", "19", FigureKind.Casualties)]
    [InlineData("The shelling killed another 14 residents of the camp.", "14", FigureKind.Casualties)]
    [InlineData("120 Tarvist rebels yield to the army", "120", FigureKind.Casualties)]
    public void SharedVerbsCalibresEmbassiesAndBlasts(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Fact]
    public void ARegistersCategoriesAfterSemicolonsAreNoItemsOfAToll()
        => KindOf("Homicide, with 9,100 victims; threat, 4,300; loss of property, 1,200.", "4,300").Should().NotBe(FigureKind.Casualties);

    [Fact]
    public void AConservativeEstimateIsAnEstimate()
    {
        var found = ReportExtractor.Default.Extract("The rebel strength in the province was estimated conservatively at 4,000.", Published).Single();
        found.Estimate.Hedge.Should().Be(HedgeKind.Approximate);
    }
}
