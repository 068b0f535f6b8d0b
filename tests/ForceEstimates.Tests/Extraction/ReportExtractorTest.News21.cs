using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Origins the tenth real-news check read wrong, by construction (sentences written for the project): the outlet weighing
/// what is known in its own voice, and a list introduced by a line broken off without its colon.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Bandits raided a grain depot outside Morvel on Monday, killing 4 guards, the district police said. It was unclear whether any raiders were hurt.\nThe depot held 900 tonnes of seed and fed 60 villages in the valley.")]
    [InlineData("Bandits raided a grain depot outside Morvel on Monday, killing 4 guards, the district police said. It is still not known how the raiders escaped.\nThe depot held 900 tonnes of seed and fed 60 villages in the valley.")]
    public void ASentenceWeighingWhatIsKnownEndsTheSourcesReach(string text)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == "4").Attribution.Origin!.Name.Should().Be("district police");
        figures.Where(f => f.Text is "900 tonnes" or "60").Should().HaveCount(2).And.OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void AFigureInTheOutletsJudgementAndTheParagraphsAfterItAreTheOutletsOwn()
    {
        var figures = ReportExtractor.Default.Extract(
            "Camp doctors reported that 200 children a week were falling ill. Though such counts are hard to check, it was clear that thousands of families lacked clean water.\nThe lake camp now shelters more than 30,000 people.",
            Published);
        figures.Single(f => f.Text == "200").Attribution.Origin!.Name.Should().Be("Camp doctors");
        figures.Where(f => f.Text is "thousands" or "more than 30,000").Should().HaveCount(2).And.OnlyContain(f => f.Attribution.Origin == null);
    }

    [Theory]
    [InlineData("Bandits raided a grain depot outside Morvel on Monday, killing 4 guards, the district police said. It was unclear, the police added, whether any raiders were hurt.\nAnother 3 guards were taken to hospital with 12 villagers.")]
    [InlineData("Bandits raided a grain depot outside Morvel on Monday, killing 4 guards, the district police said. It was known as the best-guarded depot in the province.\nAnother 3 guards were taken to hospital with 12 villagers.")]
    public void AJudgementWithItsOwnReportingClauseOrANameIsNoOutletVoice(string text)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == "12").Attribution.Origin!.Name.Should().Be("district police");
    }

    [Fact]
    public void AListIntroductionBrokenOffWithoutItsColonGivesItsItemsTheSource()
    {
        var figures = ReportExtractor.Default.Extract(
            "The coast guard published its season summary on Friday.\nAccording to the coast guard, the losses of the smuggling fleet over the summer amounted to\nspeedboats - 46\nfishing vessels - 17\ncrew detained - 230",
            Published);
        figures.Select(f => f.Text).Should().Equal("46", "17", "230");
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "coast guard");
    }

    [Fact]
    public void ALineEndingOnAFullWordIntroducesNoList()
    {
        var figures = ReportExtractor.Default.Extract(
            "According to the coast guard, the smuggling fleet lost boats over the summer\nspeedboats - 46\nfishing vessels - 17",
            Published);
        figures.Select(f => f.Text).Should().Equal("46", "17");
        figures.Should().OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void ATimePhraseAfterSaidThatNamesNoSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "A joint survey prepared by the Harbour Office and the coast mission in the bay, known as HARMON, said that over the past fortnight, smugglers have raided 16 piers where 52 people were hurt.",
            Published);
        figures.Select(f => f.Text).Should().Equal("16", "52");
        figures.Should().OnlyContain(f => f.Attribution.Origin == null || !f.Attribution.Origin.Name.Contains("past"));
    }

    [Fact]
    public void ANumberWordAfterSaidIsTheCountNotTheSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "Before the storm, the navy said seven smugglers and one diver had drowned off Carrow Point, which also left 14 sailors injured.",
            Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("navy");
    }

    [Theory]
    [InlineData("Later, the coast guard Tuesday said it had pulled another 14 bodies from the estuary.")]
    [InlineData("Later, the coast guard Tuesday evening said it had pulled another 14 bodies from the estuary.")]
    public void AWeekdayWrittenBareBetweenSpeakerAndVerbLeavesTheSpeaker(string sentence)
        => ReportExtractor.Default.Extract(sentence, Published).Single().Attribution.Origin!.Name.Should().Be("coast guard");
}
