using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Kinds of figures found by a sixth fresh check on real news excerpts (kept outside the repository): people arrested, freed
/// or exchanged, goods recovered that are no military equipment, and verbs of casualties the reader missed. Each test reads
/// sentences written for the project in the same construction, not the excerpts.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Police units arrested 28 suspected smugglers near the river crossing on Tuesday, the governor said.")]
    [InlineData("The rebels say they will release 15 soldiers next week as a goodwill gesture.")]
    [InlineData("The two sides agreed on a swap of 64 marines for an equal number of detainees.")]
    [InlineData("Over the weekend 75 other gunmen were arrested in the hills, the police said.")]
    public void PeopleArrestedFreedOrExchangedAreNoForceAndNoLoss(string text)
        => ReportExtractor.Default.Extract(text, Published).Single().Kind.Should().Be(FigureKind.Other);

    [Fact]
    public void EachVerbOfAListDecidesForItsOwnFigures()
    {
        var figures = ReportExtractor.Default.Extract(
            "Within the week, the brigade killed 17 insurgents, rescued 40 villagers and arrested 9 suspected insurgents as well as 5 militants.", Published);
        figures.Select(f => f.Kind).Should().Equal(FigureKind.Casualties, FigureKind.Other, FigureKind.Other, FigureKind.Other);
    }

    [Fact]
    public void SoldiersCapturedInBattleStayCasualties()
    {
        ReportExtractor.Default.Extract("The enemy captured 31 soldiers at the bridge, the ministry admitted.", Published)
            .Single().Kind.Should().Be(FigureKind.Casualties);
        ReportExtractor.Default.Extract("By the end of the siege 2,300 conscripts had been taken prisoner.", Published)
            .Single().Kind.Should().Be(FigureKind.Casualties);
    }

    [Theory]
    [InlineData("Among the items seized were 14 rifles, 6 solar panels and 22 mobile phones, the army said.", new[] { FigureKind.Equipment, FigureKind.Other, FigureKind.Other })]
    [InlineData("The patrol recovered 3 rifles, 40 goats and 12 bags of rice from the camp.", new[] { FigureKind.Equipment, FigureKind.Other, FigureKind.Other })]
    [InlineData("The convoy carried 9 motorcycles, 5 bicycles and 30 blankets.", new[] { FigureKind.Equipment, FigureKind.Equipment, FigureKind.Other })]
    public void GoodsAndAnimalsAreNoMilitaryEquipment(string text, FigureKind[] kinds)
        => ReportExtractor.Default.Extract(text, Published).Select(f => f.Kind).Should().Equal(kinds);

    [Theory]
    [InlineData("Dozens more across the province have been injured since the storm of shelling began.")]
    [InlineData("Thousands more would die of hunger in the besieged town over the winter, the charity warned.")]
    [InlineData("Some 40 insurgents were also \"neutralised\" in the fighting, the spokesman said.")]
    [InlineData("At least 33 U.S. Marines have died in the province this month.")]
    [InlineData("Mortar fire claimed the lives of a policeman and 8 civilians in the market.")]
    public void CasualtyVerbsTheReaderMissedMakeCasualties(string text)
        => ReportExtractor.Default.Extract(text, Published).Single().Kind.Should().Be(FigureKind.Casualties);

    [Fact]
    public void MoreBeforeAnotherVerbIsNoCasualty()
        => ReportExtractor.Default.Extract("Thousands more fled across the border after the bombing killed the mayor.", Published)
            .Single().Kind.Should().NotBe(FigureKind.Casualties);
}
