using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Kinds a session-25 dev set of real news read wrong or left unread (sentences written for the project in the same
/// constructions): deserters and desertions are other (soldiers who left their force alive are no loss of war); people
/// apprehended with no noun of their own are held, not lost, unless they surrendered; investigations and inquiries opened
/// are tallies of events, not of their victims; peacekeepers, and "N more" of a force, are personnel; people who
/// disappeared are casualties; a share with no noun after it whose clause before it names the dead is a share of a toll;
/// a count after a year and "and" ("in 2019 and 2,410 in 2017") is a figure, not a number joined to the year; the figures
/// of a sentence that breaks down a toll in the sentence before it ("These include", "Of those") are of the dead; people
/// driven from their homes are other; a date's day or year in a "number of" clause does not end it ("the number of people
/// killed ... on March 9 to at least 212", "up to 12 November at 3,214"); a toll far before "has risen to N" counts the
/// dead; people in custody are other; people whose whereabouts are unknown are missing.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("A total of 2,140 active-duty soldiers deserted the Corvan army last year, the ministry said.", "2,140", FigureKind.Other)]
    [InlineData("There were 3,870 deserters in 2019, 2,905 in 2018 and 2,410 in 2017.", "3,870", FigureKind.Other)]
    [InlineData("There were 3,870 deserters in 2019, 2,905 in 2018 and 2,410 in 2017.", "2,410", FigureKind.Other)]
    [InlineData("The navy has had about 12,000 deserters in the last six years.", "about 12,000", FigureKind.Other)]
    [InlineData("The southern army recorded 41,000 desertions in the first year of the war.", "41,000", FigureKind.Other)]
    [InlineData("A total of 2,140 soldiers were killed in the Corvan army last year, the ministry said.", "2,140", FigureKind.Casualties)]
    public void DesertersAreOtherNotAForceOrItsLosses(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("Troops combed the valley, where six gunmen were killed and 23 apprehended.", "23", FigureKind.Other)]
    [InlineData("According to the army, 14 fighters were killed and 11 were apprehended near the pass.", "11", FigureKind.Other)]
    [InlineData("According to the army, 14 fighters were killed and 11 were apprehended or surrendered near the pass.", "11", FigureKind.Casualties)]
    [InlineData("According to the army, 14 fighters were killed and 11 were wounded near the pass.", "11", FigureKind.Casualties)]
    public void PeopleApprehendedAreHeldNotLost(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("Prosecutors opened 1,870 homicide investigations in March, the security agency said.", "1,870", FigureKind.Events)]
    [InlineData("Only 940 preliminary inquiries were recorded between 2015 and 2019.", "940", FigureKind.Events)]
    [InlineData("Police recorded 1,870 homicide victims in March, the security agency said.", "1,870", FigureKind.Casualties)]
    public void InvestigationsOpenedAreEventsNotVictims(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("The region now has nearly 14,000 peacekeepers deployed across nine missions.", "nearly 14,000", FigureKind.Personnel)]
    [InlineData("The council plans to send up to 2,460 more peacekeeping troops to the border.", "up to 2,460", FigureKind.Personnel)]
    [InlineData("The council said 310 more soldiers were killed on the border.", "310", FigureKind.Casualties)]
    [InlineData("Under the deal, two more hostages and dozens more prisoners are to be freed on Sunday.", "dozens", FigureKind.Other)]
    public void PeacekeepersAndMoreOfAForceArePersonnel(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("This includes 4,000 to 5,000 people who disappeared, the commission's chairman said.", "4,000 to 5,000", FigureKind.Casualties)]
    [InlineData("The register lists 2,300 villagers who disappeared during the insurgency.", "2,300", FigureKind.Casualties)]
    public void PeopleWhoDisappearedAreCasualties(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("Government troops make up the largest group of the dead - around 38 percent, followed by civilians.", "around 38 percent", FigureKind.Casualties)]
    [InlineData("Rebel units form the smallest fraction of the dead, just under 19 percent.", "just under 19 percent", FigureKind.Casualties)]
    [InlineData("Rebel deaths increased 37 percent in the four months to June.", "37 percent", FigureKind.Casualties)]
    [InlineData("Government troops hold around 38 percent, followed by the rebels.", "around 38 percent", FigureKind.Unknown)]
    public void AShareWhoseClauseNamesTheDeadIsAShareOfTheToll(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);
    [Theory]
    [InlineData("There were 3,870 deserters in 2019 and 2,410 in 2017.", new[] { "3,870", "2,410" })]
    [InlineData("The toll was 6,100 in 2021, 5,240 in 2020 and 4,805 in 2019, the report said.", new[] { "6,100", "5,240", "4,805" })]
    [InlineData("Fighting peaked in 2014 and 2015, when 900 people died.", new[] { "900" })]
    [InlineData("Fighting peaked in 2014 and 15, then eased.", new string[0])]
    public void ACountAfterAYearAndAndIsAFigure(string sentence, string[] figures)
        => ReportExtractor.Default.Extract(sentence, Published).Select(f => f.Text).Should().Equal(figures);
    [Theory]
    [InlineData("A total of 86 people lost their lives in the siege, the minister said. These include 9 officers of the border police and 77 civilians, he added.", "9", FigureKind.Casualties)]
    [InlineData("A total of 86 people lost their lives in the siege, the minister said. These include 9 officers of the border police and 77 civilians, he added.", "77", FigureKind.Casualties)]
    [InlineData("At least 51,200 people have died in the war, the monitor said. Of those, soldiers and police account for 14,310, while militiamen make up 9,870.", "14,310", FigureKind.Casualties)]
    [InlineData("At least 51,200 people have died in the war, the monitor said. Of those, soldiers and police account for 14,310, while militiamen make up 9,870.", "9,870", FigureKind.Casualties)]
    [InlineData("The army has 51,200 soldiers in the province, the monitor said. Of those, 14,310 are conscripts.", "14,310", FigureKind.Personnel)]
    public void ABreakdownOfATollInTheNextSentenceCountsTheDead(string text, string figure, FigureKind kind)
        => KindOf(text, figure).Should().Be(kind);

    [Theory]
    [InlineData("More than 1.4 million people have been driven from their homes by the fighting.", "More than 1.4 million", FigureKind.Other)]
    [InlineData("Some 40,000 villagers were driven out of their houses in the spring.", "Some 40,000", FigureKind.Other)]
    public void PeopleDrivenFromTheirHomesAreOther(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);
    [Theory]
    [InlineData("Police raised the number of people killed at the stadium by the gunmen on March 9 to at least 212, up from 180.", "at least 212", FigureKind.Casualties)]
    [InlineData("The number of refugees who crossed the river since June 2 has passed 40,000.", "passed 40,000", FigureKind.Other)]
    [InlineData("There were 318 people still in custody, the minister said.", "318", FigureKind.Other)]
    [InlineData("The registry said the whereabouts of 41,870 people are unknown.", "41,870", FigureKind.Casualties)]
    [InlineData("The monitor puts the number of civilian deaths for the year up to 12 November at 3,214.", "3,214", FigureKind.Casualties)]
    [InlineData("There were 318 people who died in custody, the minister said.", "318", FigureKind.Casualties)]
    public void DatesInANumberOfClauseCustodyAndTheMissing(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);
    [Theory]
    [InlineData("The death toll in the Friday night raids on farming villages in the Maro district of Ulen State has risen to 47.", "47", FigureKind.Casualties)]
    [InlineData("Deaths from the shelling of the market towns along the northern highway since March 3 climbed to 112, officials said.", "112", FigureKind.Casualties)]
    [InlineData("The death toll in the raids on farming villages rose after 12 more bodies were found, and the count of homes burned has risen to 47.", "47", FigureKind.Other)]
    public void ATollFarBeforeRisenToCountsTheDead(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);
}
