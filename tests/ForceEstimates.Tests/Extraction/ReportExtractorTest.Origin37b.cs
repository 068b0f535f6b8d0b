using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 37 (origin37b; items written for the project, invented names and numbers): where a voice
/// ends. A source carries over the sentences that continue it; it does not reach a later paragraph that names a speaker of
/// its own, and a headline's figure is not taken back from a later paragraph's bound of the same value.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void AParagraphThatNamesItsOwnSpeakerIsNotTheEarlierSourcesParagraph()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Dovran health ministry said 212 people had been killed and 1,480 wounded in the raids on Marn.\n" +
            "Some 6,300 families have fled the valley and 17,500 more have asked for compensation for broken roofs. Farmers in the region lost harvests worth 40 million, according to the Tesk Herald.",
            Published);
        figures.Single(f => f.Text == "212").Attribution.Origin!.Name.Should().Contain("health ministry");
        figures.Single(f => f.Text == "Some 6,300").Attribution.Origin.Should().BeNull();
        figures.Single(f => f.Text == "17,500").Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void AParagraphWithNoSpeakerStillContinuesTheSourceBefore()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Dovran health ministry said 212 people had been killed in the raids on Marn.\n" +
            "Another 1,480 were wounded, 310 of them children.",
            Published);
        figures.Single(f => f.Text == "1,480").Attribution.Origin!.Name.Should().Contain("health ministry");
    }

    [Fact]
    public void AHeadlineCountIsNotALaterParagraphsBoundOfTheSameValue()
    {
        var figures = ReportExtractor.Default.Extract(
            "Storm leaves 400 dead and 28,000 homeless in Varo and Tesk\n" +
            "The storm flattened villages along the Varo coast and cut roads to the interior, relief workers said, and more than 90,000 people have lost power.\n" +
            "Interior minister Oren Malk counted about 150 deaths in Tesk on Sunday and feared the final count there could climb to as much as 400.",
            Published);
        figures.Single(f => f.Text == "400").Attribution.Origin.Should().BeNull();
        figures.Single(f => f.Text == "28,000").Attribution.Origin.Should().BeNull();
        figures.Single(f => f.Text.EndsWith("as much as 400")).Attribution.Origin!.Name.Should().Contain("Oren Malk");
    }

    [Fact]
    public void AHeadlineCountTakesTheSourceOfItsLeadWhateverTheBound()
    {
        var figures = ReportExtractor.Default.Extract(
            "400 dead as storm sweeps across Varo\n" +
            "The storm killed more than 400 people along the Varo coast, the interior ministry said on Sunday.",
            Published);
        figures.First(f => f.Text == "400").Attribution.Origin!.Name.Should().Contain("interior ministry");
    }

    [Fact]
    public void APostsVoiceEndsWithItsSignature()
    {
        var figures = ReportExtractor.Default.Extract(
            "Dovra's civil defence agency put its flood toll at 214 on Tuesday; hospitals in Orsk have run out of beds.— Tesk Wire (@teskwire) April 9, 2024\n" +
            "Across Dovra, Varo and Marn at least 517 people have died so far, with more bodies likely to be found when the rivers fall. pic.twitter.com/Xy12Ab34\n" +
            "Relief crews were still searching villages along the river on Thursday.",
            Published);
        figures.Single(f => f.Text == "214").Attribution.Origin!.Name.Should().Contain("civil defence agency");
        figures.Single(f => f.Text == "at least 517").Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void AnAsClauseWithAnObjectOfItsOwnSpeaksOnlyForItsObject()
    {
        var figures = ReportExtractor.Default.Extract(
            "The death toll from the Marn bridge collapse climbed to at least 164 on Sunday as a Dovran police spokesman reported 14 engineers had been detained.",
            Published);
        figures.Single(f => f.Text == "at least 164").Attribution.Origin.Should().BeNull();
        figures.Single(f => f.Text == "14").Attribution.Origin!.Name.Should().Contain("police spokesman");
    }

    [Theory]
    [InlineData("The death toll from the Marn bridge collapse climbed to at least 164, as the Dovran police said.")]
    [InlineData("The death toll from the Marn bridge collapse climbed to at least 164, as the Dovran police said on Sunday.")]
    [InlineData("The death toll from the Marn bridge collapse climbed to at least 164, as the Dovran police told reporters.")]
    public void AnAsClauseThatEndsAtItsVerbRelaysTheMainClause(string text)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == "at least 164").Attribution.Origin!.Name.Should().Contain("Dovran police");
    }

    [Fact]
    public void AHeadingInTheTextEndsTheVoiceBeforeIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "In March the Dovran defence ministry said its air defences downed 212 drones, up from 180 in February.\n" +
            "Kessian gunners hit 43 drones near Orsk, 12 more fell in fields\n" +
            "Relief crews were still clearing roads near Orsk on Thursday.",
            Published);
        figures.Single(f => f.Text == "212").Attribution.Origin!.Name.Should().Contain("defence ministry");
        figures.Single(f => f.Text == "43").Attribution.Origin.Should().BeNull();
    }
}
