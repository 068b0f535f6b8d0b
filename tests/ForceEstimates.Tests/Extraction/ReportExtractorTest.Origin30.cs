using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 30 (sentences written for the project, invented names and numbers): initials ("U.K.") inside a
/// speaker's name do not end it; an unnamed document ("a new study") is its figures' source; a subject that denies ("No agency
/// has issued ...", "neither the army nor the rebels kept ...") and a negated verb ("hasn't released") name no one; a
/// spelt-out title in capitals before a colon ("GOVERNOR VANCE:") tags a transcript's speaker; "That's according to X" after
/// the figures points back at them; an as-clause citing a document "issued by X" is X's.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void InitialsInsideTheSourceDoNotEndItsName()
    {
        var figures = ReportExtractor.Default.Extract(
            "More than 12,000 villagers may have died in the floods, according to a new U.K. medical study published in a Danish journal.", Published);
        figures.Single().Attribution.Origin!.Name.Should().Contain("study").And.Contain("U.K.");
    }

    [Fact]
    public void AnUnnamedStudyIsTheSourceAndANamedMakerStillIs()
    {
        ReportExtractor.Default.Extract("More than 12,000 villagers may have died in the floods, according to a new study.", Published)
            .Single().Attribution.Origin!.Name.Should().Contain("study");
        ReportExtractor.Default.Extract("More than 12,000 villagers may have died in the floods, according to a Harlow University study.", Published)
            .Single().Attribution.Origin!.Name.Should().Be("Harlow University");
    }

    [Fact]
    public void ASubjectThatDeniesNamesNoSource()
    {
        var figures = ReportExtractor.Default.Extract(
            "The army put the toll at 310 on Friday.\nNo foreign government or independent agency has issued its own count. That count has climbed from 120 on Monday to 310 on Friday.",
            Published);
        figures.Should().NotContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("agency"));
    }

    [Fact]
    public void NeitherNorIsNoSpeakerOfAnAsClause()
    {
        var figures = ReportExtractor.Default.Extract(
            "Many scholars agree the 45,000 figure is too low, as neither the army nor the rebels kept full records.", Published);
        figures.Single().Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void AContractedNegationReportsNothing()
    {
        var figures = ReportExtractor.Default.Extract(
            "The ministry hasn't released figures for the wounded, but an estimated 700 soldiers have been treated in hospitals.", Published);
        figures.Single().Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void ASpeltOutTitleInCapitalsTagsTheSpeakersParagraph()
    {
        var figures = ReportExtractor.Default.Extract(
            "Remarks delivered on May 3 at the memorial in Harlow:\nGOVERNOR VANCE: The war cost us dearly. More than 4,000 soldiers from this state were killed.",
            Published);
        figures.Single().Attribution.Origin!.Name.Should().Contain("VANCE");
    }

    [Fact]
    public void ThatsAccordingToPointsBackAtTheFigures()
    {
        var figures = ReportExtractor.Default.Extract(
            "The death toll from the fighting in the north has risen to 415. That's according to the regional health office. Talks continue.", Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("regional health office");
    }

    [Fact]
    public void AnAsClauseCitingADocumentIssuedByABodyIsTheBodys()
    {
        var figures = ReportExtractor.Default.Extract(
            "The total losses during the campaign, as stated in the latest report issued by the Defence Office, now stand at 12,480.", Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("Defence Office");
    }

    [Fact]
    public void ANounCueAfterAContractedNegationNamesNoOne()
    {
        var figures = ReportExtractor.Default.Extract(
            "The ministry hasn't released updated figures for the wounded, but an estimated 700 soldiers have been treated in hospitals.", Published);
        figures.Single().Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void ThisIsTheEstimateOfPointsBackAtTheFiguresBeforeIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "Our total loss in killed, wounded and missing is about seven thousand. This is the estimate of field commanders who were at the ford. Of these about 2,000 were taken prisoner.",
            Published);
        figures.Should().HaveCount(2).And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "field commanders");
    }

    [Fact]
    public void RecalledThatAndAgreeThatReportButRecalledAnEnvoyDoesNot()
    {
        ReportExtractor.Default.Extract("Meeting survivors in the valley, the veteran recalled that 140 of his comrades died in the first week.", Published)
            .Single().Attribution.Origin!.Name.Should().Be("veteran");
        ReportExtractor.Default.Extract("Historians agree that more than 20,000 soldiers died in the siege.", Published)
            .Single().Attribution.Origin!.Name.Should().Be("Historians");
        ReportExtractor.Default.Extract("The council recalled the envoy after 300 protesters were killed.", Published)
            .Single().Attribution.Origin.Should().BeNull();
        ReportExtractor.Default.Extract("The rebels agreed to free 40 prisoners.", Published)
            .Single().Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void FromThisItAppearsIsTheWritersInference()
    {
        var figures = ReportExtractor.Default.Extract(
            "Mr. Halloran, the army's statistician, states the battle deaths at 41,200, of which 25,300 were killed in action. From this it appears that the mortally wounded equal 63 per cent of the killed.",
            Published);
        figures.Single(f => f.Text.Contains("63")).Attribution.Origin.Should().BeNull();
        figures.Single(f => f.Text.Contains("41,200")).Attribution.Origin!.Name.Should().Contain("Halloran");
    }

    [Fact]
    public void SinceEndsASourcesName()
    {
        var figures = ReportExtractor.Default.Extract(
            "Even the long-accepted toll of 41,000, cited by historians since 1920, is being reconsidered.", Published);
        figures.Single(f => f.Text.Contains("41,000")).Attribution.Origin!.Name.Should().Be("historians");
    }
}
