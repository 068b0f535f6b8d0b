using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 35 (origin35c; items written for the project, invented names and numbers): the speaker
/// chosen within one sentence. Searchers who "found 19 burned bodies" made a find, whoever reports it is the source; a time
/// adverbial that opens a clause ("but over the past months its captains say") stands before the subject, not in it; a
/// present existential of a standing force ("There are 900 troops stationed ...") after the source's paragraph is the outlet's.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("On Sunday a Red Cross official in Tesk said that troops in the Orsk district had found 19 burned bodies.", "19", "Red Cross official")]
    [InlineData("A Dovra police spokesman said that volunteers found 23 badly charred bodies near Marn.", "23", "police spokesman")]
    [InlineData("The Varo governor said rescuers had found the half-buried remains of 11 climbers.", "11", "Varo governor")]
    public void SearchersWhoFoundDescribedBodiesAreNoSource(string text, string figure, string source)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == figure).Attribution.Origin!.Name.Should().Contain(source);
    }

    [Theory]
    [InlineData("The Dovran garrison is small, but over the past months its captains say they have taken around 60 rebels prisoner.", "around 60", "captains")]
    [InlineData("The Varo militia is weak, though in the last two weeks Tesk officers claim to have captured 35 of its fighters.", "35", "Tesk officers")]
    public void ATimeAdverbialBeforeASubjectIsNoPartOfIt(string text, string figure, string source)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == figure).Attribution.Origin!.Name.Should().Be(source);
    }

    [Fact]
    public void ASubjectAfterAnAgoAdverbialKeepsItsOwnWords()
    {
        var figures = ReportExtractor.Default.Extract("Two days ago officials in Tarvo said 40 people had died.", Published);
        figures.Single(f => f.Text == "40").Attribution.Origin!.Name.Should().Contain("officials in Tarvo");
    }

    [Fact]
    public void AForceThatThereIsInAParagraphAfterTheSourcesIsTheOutletsBackground()
    {
        var figures = ReportExtractor.Default.Extract(
            "Officers in Tarvo say their units have killed about 70 rebels since March.\n\nThere are 900 Dovran troops stationed in the province, as well as a 2,500-strong Belmar force in Orsk.",
            Published);
        figures.Single(f => f.Text == "about 70").Attribution.Origin!.Name.Should().Contain("Officers");
        figures.Single(f => f.Text == "900").Attribution.Origin.Should().BeNull();
    }
}
