using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 37 (origin37a; items written for the project, invented names and numbers): what can be a
/// source, and sources given in frames. A word that states nothing is no source: the modifier of a noun after a preposition
/// ("than official estimates"), the clause after "said that", page furniture glued to a pronoun, a battle whose "with" phrase
/// holds the real speakers. A frame names its maker: an estimate "made by" a body, a possessive on an estimate or claims ("the
/// survey's central estimate", "Kessia's contested claims that"), a study that "used data ... to estimate that", and verbs of
/// speech that report only in a frame ("talked about N", "referred to N", "responded that").
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void AModifierOfEstimatesAfterAPrepositionIsNoSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "Losses in Dovra may be far above official estimates, with up to 7,400 dead, the relief group Tarvo Aid said on Monday.", Published);
        figures.Single(f => f.Text == "up to 7,400").Attribution.Origin!.Name.Should().Contain("Tarvo Aid");
    }

    [Fact]
    public void TheClauseAfterSaidThatIsNoInvertedSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "The paper, titled Counting in Marn, said that using the 2020 Marn census estimate of 812,000, the toll would equal 3.1 per cent.", Published);
        (figures.Single(f => f.Text == "812,000").Attribution.Origin?.Name ?? "").Should().NotContain("using");
    }

    [Fact]
    public void PageFurnitureGluedToAPronounIsNoName()
    {
        var figures = ReportExtractor.Default.Extract(
            "Major Lev Dolsk, the brigade spokesman, said 96 rebels had died.\nStory goes on below this sponsored panelHe said troops had seized 212 rifles.", Published);
        figures.Single(f => f.Text == "212").Attribution.Origin!.Name.Should().Contain("Dolsk").And.NotContain("panel");
    }

    [Theory]
    [InlineData("The siege of Orsk was among the longest of the war, with local officials claiming 90,000 dead.", "90,000", "officials")]
    [InlineData("A ferry sank off Belmar, with the Varo health ministry now saying that 41 passengers had died.", "41", "health ministry")]
    public void TheSubjectOfAParticipleInAWithPhraseSpeaks(string text, string figure, string source)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == figure).Attribution.Origin!.Name.Should().Contain(source).And.NotContain("now").And.NotContain("siege");
    }

    [Fact]
    public void AnEstimateMadeByABodyIsThatBodys()
    {
        var figures = ReportExtractor.Default.Extract(
            "A paper by the Belmar Institute doubts the figure made by the Tesk Atomic Board that 2,600 people died.", Published);
        figures.Single(f => f.Text == "2,600").Attribution.Origin!.Name.Should().Contain("Tesk Atomic Board");
    }

    [Theory]
    [InlineData("In June, Radio Varo, the rebel station, talked about 80,000 people killed.", "80,000", "Radio Varo")]
    [InlineData("President Marn Tesk says nearly 5,000 troops are deployed. \"We are almost 5,000 at the border,\" he said on Friday.\nThat is far more than in spring, when he referred to 3,800 soldiers, at a rally in May.", "3,800", "Marn Tesk")]
    [InlineData("The Dovran Navy responded that the strikes had hit vessels from more than 25 countries.", "more than 25", "Dovran Navy")]
    public void AVerbOfSpeechInItsFrameReports(string text, string figure, string source)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == figure).Attribution.Origin!.Name.Should().Contain(source);
    }

    [Fact]
    public void AVerbOfSpeechOutsideItsFrameReportsNothing()
    {
        var figures = ReportExtractor.Default.Extract("Villagers talked about the flood for hours. In all 40 homes were lost.", Published);
        figures.Single(f => f.Text == "40").Attribution.Origin.Should().BeNull();
    }

    [Theory]
    [InlineData("General Orlo Varn said 1,300 of his men fell in the town. His count stood in sharp contrast to Kessia's hotly contested claims that only 2,900 of its soldiers died in all.", "2,900", "Kessia")]
    [InlineData("The survey's central death toll estimate was 18,450.", "18,450", "survey")]
    [InlineData("That is double the town council's first estimate of 140, survivors said.", "140", "town council")]
    public void APossessiveOnAnEstimateOrClaimsNamesItsMaker(string text, string figure, string source)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == figure).Attribution.Origin!.Name.Should().Contain(source).And.NotContain("double").And.NotContain("contested");
    }

    [Theory]
    [InlineData("However, the new study used data from the clinics and obituaries to estimate that there had been between 6,100 and 8,800 deaths in Dolsk by then.")]
    [InlineData("However, the new well-sourced study used data from the clinics and obituaries to estimate that there had been between 6,100 and 8,800 deaths in Dolsk by then.")]
    public void AStudyThatUsedDataToEstimateSpeaksForItsFigures(string text)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text.Contains("6,100")).Attribution.Origin!.Name.Should().Contain("study");
    }
}
