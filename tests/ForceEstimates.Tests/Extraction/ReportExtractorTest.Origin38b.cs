using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 38 (origin38b; items written for the project, invented names and numbers): where a voice
/// carries and where it ends. A trailing speech tag speaks for its paragraph back to the previous clause; a carried voice ends
/// at a sentence that names its own maker before the figure and at the war's own toll told by the outlet.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void ATrailingSpeechTagSpeaksForItsParagraphBackToThePreviousClause()
    {
        var figures = ReportExtractor.Default.Extract(
            "Ninety people have died in the Tarvo riots, the Dolsk health ministry said on Friday.\n" +
            "Some 2,350 rifles were taken from the district armoury since the unrest began. Of these, the police have got back 615. Another 8,400 cartridges and 270 grenades were handed in, the district police chief Ansel Brek added.",
            Published);
        figures.Single(f => f.Text == "Some 2,350").Attribution.Origin!.Name.Should().Contain("Ansel Brek");
        figures.Single(f => f.Text == "615").Attribution.Origin!.Name.Should().Contain("Ansel Brek");
    }

    [Fact]
    public void ATrailingSpeechTagDoesNotReachPastAnotherClauseOrIntoBackground()
    {
        var figures = ReportExtractor.Default.Extract(
            "Belmar's army lost 48 tanks in May, according to the Orsk Institute. Another 19 were hit in June, a Belmar officer told reporters.\n" +
            "Last year the army fielded some 1,100 tanks. This spring it has lost 67, the Kessian defence ministry said.",
            Published);
        figures.Single(f => f.Text == "48").Attribution.Origin!.Name.Should().Contain("Orsk Institute");
        figures.Single(f => f.Text == "some 1,100").Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void ASentenceThatNamesItsOwnMakerBeforeTheFigureEndsTheVoiceOfItsParagraph()
    {
        var figures = ReportExtractor.Default.Extract(
            "\"We fear the worst,\" said Tesk's mayor Ilse Varn, whose town lost 31 residents to the floods.\n" +
            "The Kessian Red Cross put the number of people still missing from the villages along the eastern bank of the river, where the waters rose fastest overnight, at 40 to 75.",
            Published);
        figures.Single(f => f.Text == "40 to 75").Attribution.Origin!.Name.Should().Contain("Red Cross");
    }

    [Fact]
    public void TheWarsOwnTollIsTheOutletsBackgroundEvenInTheSourcesParagraph()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Dolsk Relief Council said 130 civilians were killed in the shelling of Marn last week. Its head Oskar Vell called for a truce. The Dolsk conflict, which has cost more than 26,000 lives and uprooted 3 million, drags on into its fifth winter.",
            Published);
        figures.Single(f => f.Text == "130").Attribution.Origin!.Name.Should().Contain("Dolsk Relief Council");
        figures.Single(f => f.Text == "more than 26,000").Attribution.Origin.Should().BeNull();
        figures.Single(f => f.Text == "3 million").Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void ASentenceThatReportsWhatFollowsItsThatIsNotAnEarlierParagraphsVoice()
    {
        var figures = ReportExtractor.Default.Extract(
            "Rights groups estimate 9,000 deaths in the first Dolsk war.\n" +
            "The Tesk Mothers' League, working from hospital letters and family visits (and counting only conscripts, not the volunteer units), estimated that 4,100 died in the war, more than double the official count of 1,900 dead and 300 missing.",
            Published);
        figures.Single(f => f.Text == "9,000").Attribution.Origin!.Name.Should().Contain("Rights groups");
        figures.Single(f => f.Text == "1,900").Attribution.Origin?.Name.Should().NotContain("Rights groups");
        figures.Single(f => f.Text == "300").Attribution.Origin?.Name.Should().NotContain("Rights groups");
    }
}
