using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Kinds the eighth real-news check read wrong or left unread (sentences written for the project in the same constructions):
/// people moving into a place, "the number of" a noun far before its figure, a population, evacuated staff, hostages,
/// ambulances, recruits who sign contracts, "of those killed", a subject read short of its noun, a day's frame with
/// "previous"; a calibre read as a count and a count past a mark as no lower bound.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Border officials said 6,400 people arrived in Valdora from the coast on Friday.", "6,400", FigureKind.Other)]
    [InlineData("The agency said another 3,150 had entered the province by noon on Monday.", "3,150", FigureKind.Other)]
    [InlineData("The crossings stayed busy, with 9,800 entering in the morning alone, the agency said.", "9,800", FigureKind.Other)]
    [InlineData("\"These are 90,000 families, 400,000 people expelled from their towns by the shelling,\" the mayor said.", "400,000", FigureKind.Other)]
    public void PeopleWhoMoveIntoAPlaceOrOutOfTheirHomesAreOther(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("The monitor said the number of people killed in the fighting around the port city of Marrel has risen to 612.", "612", FigureKind.Casualties)]
    [InlineData("The council said the number of refugees reaching the valley since the dam was bombed has passed 80,000.", "passed 80,000", FigureKind.Other)]
    [InlineData("The office said the number of displaced had exceeded 45,000 while the toll stood at 120.", "exceeded 45,000", FigureKind.Other)]
    [InlineData("The spokesman said the number of slain raiders rose to 214 by the evening.", "214", FigureKind.Casualties)]
    [InlineData("Local officials said the number of civilians who died in the siege of the hill town reached 930.", "930", FigureKind.Casualties)]
    public void TheNumberOfANounFarBeforeItsFigureSaysWhatItCounts(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Fact]
    public void AFigureAfterTheNumberOfAndAnotherFigureIsNotReadFromIt()
    {
        var found = ReportExtractor.Default.Extract(
            "The clinic said the number of people hurt in the blasts was 57, and that 12 ambulances were lost.", Published);
        found.Single(f => f.Text == "57").Kind.Should().Be(FigureKind.Casualties);
        found.Single(f => f.Text == "12").Kind.Should().Be(FigureKind.Equipment, "a noun of its own, and a figure between it and 'the number of'");
    }

    [Theory]
    [InlineData("Kestova, a town with a population of 3.1 million people, was without power overnight.", "3.1 million", FigureKind.Other)]
    [InlineData("The draft calls up about 6% of the republic's 4.4 million population, the ministry said.", "4.4 million", FigureKind.Other)]
    [InlineData("Last spring the valley of some 1,500 inhabitants was cut off by the flooding.", "some 1,500", FigureKind.Other)]
    [InlineData("Gunmen shot 1,500 inhabitants of the valley, the monitor said.", "1,500", FigureKind.Casualties)]
    public void APopulationIsOtherUnlessAVerbSaysMore(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Fact]
    public void AShareOfAPopulationKeepsTheKindOfItsClause()
        => KindOf("The famine led to the deaths of 2.1 million people, nearly 9 percent of the country's population.", "nearly 9 percent")
            .Should().Be(FigureKind.Casualties, "the share counts the dead, as a part of the population");

    [Theory]
    [InlineData("The charity has evacuated 9 of its 11 foreign staff from the capital.", "11", FigureKind.Other)]
    [InlineData("Marines evacuated 200 people, including about 20 embassy staff, from the hotel.", "about 20", FigureKind.Other)]
    [InlineData("The militia is holding some 90 people hostage in the old mill, the mayor said.", "some 90", FigureKind.Other)]
    public void EvacueesAndHostagesAreOther(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("14 ambulances have been damaged since the fighting began, the health office said.", "14", FigureKind.Equipment)]
    [InlineData("About 8,200 men signed contracts with the ministry in the spring, the outlet said.", "About 8,200", FigureKind.Personnel)]
    [InlineData("Some 1,300 volunteers joined the army in March, the governor said.", "Some 1,300", FigureKind.Personnel)]
    [InlineData("It said that some 21,400 people signed contracts with the defence ministry in the autumn.", "some 21,400", FigureKind.Personnel)]
    public void AmbulancesAreEquipmentAndRecruitsWhoSignArePersonnel(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("The monitor counted 380 dead, with 95 of those killed named as civilians.", "95", FigureKind.Casualties)]
    [InlineData("Up to 9,000 Blue Hill and Redmarsh fighters have been killed, the monitor said.", "Up to 9,000", FigureKind.Casualties)]
    public void ATollWhoseNounIsAPronounOrReadShortIsCasualties(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("The agency said arrivals kept falling, with about 3,700 crossing over the previous 24 hours.")]
    [InlineData("Some 240 people were admitted to hospital during the previous day, the clinic said.")]
    public void APreviousDayAfterTheFigureIsItsRate(string sentence)
        => ReportExtractor.Default.Extract(sentence, Published).Single().Rate.Should().Be(Period.FromDays(1));

    [Theory]
    [InlineData("The ministry said it would ship 4,000 rounds of 122 mm rocket ammunition next month.", "4,000")]
    [InlineData("Crews fired 300 shells from their 120 millimetre mortars, the army said.", "300")]
    public void ACalibreIsNoCount(string sentence, string count)
        => ReportExtractor.Default.Extract(sentence, Published).Select(f => f.Text).Should().Equal(count);

    [Theory]
    [InlineData("The agency said the number of people who left the region has crossed the 3 million mark.", "3 million")]
    [InlineData("Officials said the toll passed the 10,000 threshold on Friday.", "10,000")]
    public void ACountPastAMarkIsALowerBound(string sentence, string figure)
    {
        var found = ReportExtractor.Default.Extract(sentence, Published).Single();
        found.Text.Should().Be(figure);
        found.Estimate.Hedge.Should().Be(HedgeKind.Above);
    }

    [Fact]
    public void AMarkWithNoVerbOfPassingKeepsItsNumberBare()
        => ReportExtractor.Default.Extract("The toll stood near the 500 mark, officials said.", Published).Single().Estimate.Hedge
            .Should().Be(HedgeKind.Bare);

    [Theory]
    [InlineData("The admiral said 9 units remain damaged and are still under repair.", "9", FigureKind.Equipment)]
    [InlineData("The number of units hit is 12, including a frigate and two landing ships, the navy said.", "12", FigureKind.Equipment)]
    [InlineData("The general said 9 units of the corps lost half their soldiers.", "9", FigureKind.Casualties)]
    [InlineData("The ministry said 6 units were sent to the border.", "6", FigureKind.Personnel)]
    public void UnitsOfAFleetAreEquipmentAndUnitsOfSoldiersAreNot(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("Two guards of the depot were shot dead and a third was wounded, the police said.")]
    [InlineData("Four herders died in the raid. A fifth is still missing, the elders said.")]
    public void AnArticleAndAnOrdinalBeforeASingularVerbCountsOneMoreNotAShare(string sentence)
        => ReportExtractor.Default.Extract(sentence, Published).Should().NotContain(f => f.Text.Contains("third") || f.Text.Contains("fifth"));

    [Theory]
    [InlineData("A third of the town was flattened, the mayor said.", "A third")]
    [InlineData("Of the 90 recruits, a third were wounded in the first week, the army said.", "a third")]
    public void AFractionThatIsAShareStaysAShare(string sentence, string figure)
        => ReportExtractor.Default.Extract(sentence, Published).Select(f => f.Text).Should().Contain(figure);

    private static FigureKind KindOf(string sentence, string figure)
        => ReportExtractor.Default.Extract(sentence, Published).Single(f => f.Text == figure).Kind;
}
