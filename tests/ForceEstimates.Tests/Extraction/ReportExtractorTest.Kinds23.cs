using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Kinds and number forms the thirteenth real-news check (session 23, kinds) left unread, read wrong or read where there
/// is no figure (sentences written for the project in the same constructions): people besieged, residing, staying, facing
/// or at risk of hunger, famine or food insecurity, malnourished, or whose lives are threatened are other; counts of
/// countries, communities and provinces are other; prisoners traded for hostages are held people, not prisoners of war;
/// a mission's civilian staff and peace operations are no force and no tally of fighting; an ordinal before its noun ("a
/// fifth swap"), an age that bounds who is counted, a temperature, a phase or figure number, a ratio written with spaces
/// and a footnote mark run into a year are no figures; a distance written in a small number word is one.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("A total of 84,300 people are besieged in the hill towns, the aid group said.", "84,300", FigureKind.Other)]
    [InlineData("There are well over 500 000 people under siege in the river towns, the monitors said.", "well over 500 000", FigureKind.Other)]
    [InlineData("Up to 60,000 people still residing in the old quarter could be cut off, the agency warned.", "Up to 60,000", FigureKind.Other)]
    [InlineData("Some 3.4 million people were driven to hunger by the fighting last year.", "Some 3.4 million", FigureKind.Other)]
    [InlineData("Nearly 2.1 million more people are facing high levels of acute food insecurity in the province.", "Nearly 2.1 million", FigureKind.Other)]
    [InlineData("More than 410,000 children in the delta are acutely malnourished, the report shows.", "More than 410,000", FigureKind.Other)]
    [InlineData("Famine is a real risk for 1.6 million people in the lowlands.", "1.6 million", FigureKind.Other)]
    [InlineData("Cholera threatened the lives of 250,000 children in the camps.", "250,000", FigureKind.Other)]
    [InlineData("At least 320 people have died from starvation in the besieged town.", "At least 320", FigureKind.Casualties)]
    public void PeopleBesiegedHungryOrAtRiskAreOtherUnlessTheyDied(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("The survey covered 38 communities in 12 provinces of the north.", "38", FigureKind.Other)]
    [InlineData("The survey covered 38 communities in 12 provinces of the north.", "12", FigureKind.Other)]
    [InlineData("Hunger rose in 41 countries last year, the agencies said.", "41", FigureKind.Other)]
    [InlineData("There were 58 peace operations active last year.", "58", FigureKind.Other)]
    [InlineData("The body has run 64 peacekeeping operations since 1950.", "64", FigureKind.Other)]
    [InlineData("Troops carried out 40 operations in the hills last month.", "40", FigureKind.Events)]
    public void CountsOfPlacesAndOfPeaceOperationsAreOther(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("The deal freed 24 hostages and nearly 700 prisoners in its first week.", "nearly 700", FigureKind.Other)]
    [InlineData("The group is releasing dozens of hostages in exchange for hundreds of prisoners this month.", "hundreds", FigureKind.Other)]
    [InlineData("Both armies returned 120 prisoners each in the exchange, the ombudsman said.", "120", FigureKind.Casualties)]
    [InlineData("The mission has 1,240 troops, backed by 85 international civilian personnel and 140 local civilian staff.", "1,240", FigureKind.Personnel)]
    [InlineData("The mission has 1,240 troops, backed by 85 international civilian personnel and 140 local civilian staff.", "85", FigureKind.Other)]
    [InlineData("The mission has 1,240 troops, backed by 85 international civilian personnel and 140 local civilian staff.", "140", FigureKind.Other)]
    public void PrisonersTradedForHostagesAndCivilianStaffAreNoForceAndNoToll(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("A fifth convoy is due on Monday, after 300 trucks crossed last week.", new[] { "300" })]
    [InlineData("A third district - Karvo, where some 80,000 are trapped - was cut off.", new[] { "some 80,000" })]
    [InlineData("A third of the 900 trucks were damaged.", new[] { "A third", "900" })]
    [InlineData("The agency counted 210 girls under the age of 16 among the dead.", new[] { "210" })]
    [InlineData("Some 5,000 children under 5 were treated for wounds.", new[] { "Some 5,000" })]
    [InlineData("Temperatures fell to around 4 degrees as 2,000 families slept outside.", new[] { "2,000" })]
    [InlineData("About 90,000 people were in Phase 4, the report said (see figure 2).", new[] { "About 90,000" })]
    [InlineData("Losses ran at a 1 : 150 ratio, with 300 attackers dead.", new[] { "300" })]
    [InlineData("Some 41 million people went hungry in 2021.3 Aid fell sharply.", new[] { "Some 41 million" })]
    public void OrdinalsAgesTemperaturesPhasesRatiosAndNoteMarksAreNoFigures(string text, string[] figures)
        => ReportExtractor.Default.Extract(text, Published).Select(f => f.Text).Should().Equal(figures);

    [Theory]
    [InlineData("The brigade advanced three miles on Tuesday.", new[] { "three miles" })]
    [InlineData("The depot lies less than seven kilometres from the border.", new[] { "less than seven kilometres" })]
    [InlineData("Three soldiers were wounded one mile from the depot.", new string[0])]
    public void ADistanceInASmallNumberWordIsAFigure(string text, string[] figures)
        => ReportExtractor.Default.Extract(text, Published).Select(f => f.Text).Should().Equal(figures);

    [Theory]
    [InlineData("Three-hundred-sixty-four villagers have died, including 28 women, the deputy minister said.", "Three-hundred-sixty-four", 364.0)]
    [InlineData("Officials counted two-thousand-forty-one displaced families in the valley.", "two-thousand-forty-one", 2041.0)]
    public void ANumberInHyphenatedWordsAfterAScaleIsOneNumber(string text, string figure, double value)
    {
        var found = ReportExtractor.Default.Extract(text, Published).Single(f => f.Text == figure);
        found.Estimate.Stated.Values[0].Should().Be(value);
    }

    [Theory]
    [InlineData("Relief officials spoke of \"hundreds\" of villagers killed in the raid.", new[] { "hundreds" })]
    [InlineData("He fled with his children aged between 4 and 11 after 120 houses burned.", new[] { "120" })]
    public void AQuotedVaguePluralBeforeOfIsAFigureAndAnAgeRangeIsNot(string text, string[] figures)
        => ReportExtractor.Default.Extract(text, Published).Select(f => f.Text).Should().Equal(figures);

    [Theory]
    [InlineData("Around 23,000 people have abandoned their homes in the past week, the agency said.", "Around 23,000", FigureKind.Other)]
    [InlineData("Some 9,000 villagers left their houses as the front moved closer.", "Some 9,000", FigureKind.Other)]
    public void PeopleWhoLeaveTheirHomesAreOther(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("As of May, 640,000 people were in famine conditions: 210,000 of them were in the hill districts.", "210,000", FigureKind.Other)]
    [InlineData("Rebels said 900 soldiers had been killed, 300 of them in the airport battle.", "300", FigureKind.Casualties)]
    [InlineData("The eastern front accounted for two-thirds of the army's spring advance (410 sq km).", "two-thirds", FigureKind.Territory)]
    public void APartOfThemTakesTheKindOfTheFigureBeforeAndAShareOfAnAdvanceIsGround(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("The ministry recorded half a million arrests since the coup.", "half a million", FigureKind.Other)]
    [InlineData("The report counts a crisis for children, with more than 1.5 million having fled the country since March.", "more than 1.5 million", FigureKind.Other)]
    [InlineData("The left flank has advanced 12 miles since the offensive began last week, including four miles on Friday.", "four miles", FigureKind.Territory)]
    public void ArrestsPeopleHavingFledAndAPartOfAnAdvanceAreRead(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);
}

