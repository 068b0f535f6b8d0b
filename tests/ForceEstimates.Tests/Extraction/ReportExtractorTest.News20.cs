using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Origins the ninth real-news check read wrong, by construction (sentences written for the project): the outlet's own voice
/// after a source (a step back in time, an unattributed estimate), and words before a verb that is not reporting there.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Flooding cut the coastal highway on Tuesday, killing 12 motorists, the roads agency said.\nThe agency reopened one lane at dawn. Earlier in the month, a landslide near Dovren buried 40 houses and left 9 families homeless.")]
    [InlineData("Flooding cut the coastal highway on Tuesday, killing 12 motorists, the roads agency said. Previously, a landslide near Dovren buried 40 houses.")]
    public void ASentenceSteppingBackInTimeIsTheOutletsVoice(string text)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures[0].Attribution.Origin!.Name.Should().Be("roads agency");
        figures.Single(f => f.Text == "40").Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void AnUnattributedEstimateOpeningALaterParagraphIsTheOutletsVoice()
    {
        var figures = ReportExtractor.Default.Extract(
            "Harbour workers say 70 containers burned in the blaze at Selmar port.\nAn estimated 4,000 dockers have lost work since the fire. Some 300 marched on the town hall.",
            Published);
        figures[0].Attribution.Origin!.Name.Should().Be("Harbour workers");
        figures.Should().HaveCount(3);
        figures.Skip(1).Select(f => f.Attribution.Origin).Should().OnlyContain(origin => origin == null);
    }

    [Fact]
    public void AContinuingParagraphWithoutTheseOpeningsStillCarriesTheSource()
    {
        var figures = ReportExtractor.Default.Extract(
            "Harbour workers say 70 containers burned in the blaze at Selmar port.\nAnother 15 cranes were damaged beyond repair.",
            Published);
        figures.Select(f => f.Attribution.Origin?.Name).Should().Equal("Harbour workers", "Harbour workers");
    }

    [Theory]
    [InlineData("The talks followed the 2019 ambush near Tarsk, which claimed more than 50 civilian lives.")]
    [InlineData("The talks followed the 2019 ambush near Tarsk, which claimed 50 young lives.")]
    public void ClaimingLivesWithDescribingWordsIsAToll(string sentence)
        => ReportExtractor.Default.Extract(sentence, Published).Single().Attribution.Origin.Should().BeNull();

    [Theory]
    [InlineData("Flood toll claimed to be near 900 across the valley")]
    [InlineData("Casualty count said to be near 900 as rescuers dig through the night")]
    public void ATallyBeforeAPassiveOfReportingIsNoSpeaker(string sentence)
        => ReportExtractor.Default.Extract(sentence, Published).Single().Attribution.Origin.Should().BeNull();

    [Fact]
    public void AParticipleDescribingAPrepositionsObjectIsNoReportingClause()
    {
        var figures = ReportExtractor.Default.Extract(
            "Garrison strength stands at 6,000 to 7,000 soldiers, despite the partial pullout announced in March, diplomats said on Friday.",
            Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("diplomats");
    }

    [Fact]
    public void AHeadlineCountUnderTenTakesTheSourceOfItsNumberWordInTheLead()
    {
        var figures = ReportExtractor.Default.Extract(
            "3 rangers, 5 poachers dead in reserve gunfight\nThree park rangers and five poachers died in a gunfight inside the Ostra reserve, the wildlife service said on Monday.",
            Published);
        figures.Where(f => f.Text is "3" or "5").Select(f => f.Attribution.Origin?.Name).Should().Equal("wildlife service", "wildlife service");
    }

    [Fact]
    public void AHeadlineCountUnderTenWithoutANumberWordInTheLeadStaysUnattributed()
    {
        var figures = ReportExtractor.Default.Extract(
            "3 rangers dead in reserve gunfight\nPark staff died in a gunfight inside the Ostra reserve, the wildlife service said on Monday.",
            Published);
        figures.Single(f => f.Text == "3").Attribution.Origin.Should().BeNull();
    }

    [Theory]
    [InlineData("Up to 700 homes lost in valley floods\nThe regional governor said on Sunday that 500-700 homes had been swept away.", "Up to 700")]
    [InlineData("At least 500 homes lost in valley floods\nThe regional governor said on Sunday that 500 to 700 homes had been swept away.", "At least 500")]
    public void AHeadlineBoundTakesTheSourceOfARangeEndingThere(string text, string headline)
        => ReportExtractor.Default.Extract(text, Published).First(f => f.Text == headline).Attribution.Origin!.Name.Should().Be("regional governor");

    [Theory]
    [InlineData("A ranger, whose cousin was taken in the raid, said the gunmen seized 31 cattle and freed 12 herders.", "ranger")]
    [InlineData("However, the Brussels-based Refugee Desk, which tracks arrivals on the islands, said at least 240 people landed overnight.", "Refugee Desk")]
    public void ASubjectBeforeARelativeClauseSetOffByCommasSpeaks(string sentence, string speaker)
    {
        var figures = ReportExtractor.Default.Extract(sentence, Published);
        figures.Should().NotBeEmpty();
        figures.Select(f => f.Attribution.Origin?.Name).Should().OnlyContain(name => name != null && name.Contains(speaker));
    }

    [Theory]
    [InlineData("Interior Minister Paula Renz was quoted by regional broadcasters as saying that over 90 people had drowned.")]
    [InlineData("Regional broadcasters quoted Interior Minister Paula Renz as saying that over 90 people had drowned.")]
    public void WhoeverIsQuotedAsSayingSpeaksActiveOrPassive(string sentence)
        => ReportExtractor.Default.Extract(sentence, Published).Single().Attribution.Origin!.Name.Should().Contain("Paula Renz");
}
