using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 30 (sentences written for the project, invented names and numbers): initials ("U.K.") inside a
/// speaker's name do not end it; an unnamed document ("a new survey") is its figures' source; a subject that denies ("No observer
/// has published ...", "neither side counted ...") and a negated verb ("hasn't published") name no one; a spelt-out title in
/// capitals before a colon ("GOVERNOR VANCE:") tags a transcript's speaker; "That's according to X" and "This is the estimate of
/// X" after the figures point back at them; an as-clause citing a document "issued by X" is X's; "recalled that" and "agree
/// that" report; "From this it appears" is the writer's inference; "since" ends a name.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void InitialsInsideTheSourceDoNotEndItsName()
    {
        var figures = ReportExtractor.Default.Extract(
            "Some 12,000 villagers died in the floods, according to a new U.K. field survey released last week.", Published);
        figures.Single().Attribution.Origin!.Name.Should().Contain("survey").And.Contain("U.K.");
    }

    [Fact]
    public void AnUnnamedSurveyIsTheSourceAndANamedMakerStillIs()
    {
        ReportExtractor.Default.Extract("Some 12,000 villagers died in the floods, according to a new survey.", Published)
            .Single().Attribution.Origin!.Name.Should().Contain("survey");
        ReportExtractor.Default.Extract("Some 12,000 villagers died in the floods, according to a Harlow University survey.", Published)
            .Single().Attribution.Origin!.Name.Should().Be("Harlow University");
    }

    [Fact]
    public void ASubjectThatDeniesNamesNoSource()
    {
        var figures = ReportExtractor.Default.Extract(
            "The navy put the toll at 310 on Friday.\nNo neutral observer or relief group has published a count of its own. The navy's count rose from 120 on Monday to 310 on Friday.",
            Published);
        figures.Should().NotContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("group"));
    }

    [Fact]
    public void NeitherNorIsNoSpeakerOfAnAsClause()
    {
        var figures = ReportExtractor.Default.Extract("The 45,000 figure is too low, as neither side counted its dead.", Published);
        figures.Single().Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void AContractedNegationReportsNothing()
    {
        var figures = ReportExtractor.Default.Extract(
            "The border agency hasn't published numbers on the injured, though roughly 700 guards are in clinics.", Published);
        figures.Single().Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void ANounCueAfterAContractedNegationNamesNoOne()
    {
        var figures = ReportExtractor.Default.Extract(
            "The border agency hasn't published fresh numbers on the injured, though roughly 700 guards are in clinics.", Published);
        figures.Single().Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void ASpeltOutTitleInCapitalsTagsTheSpeakersParagraph()
    {
        var figures = ReportExtractor.Default.Extract(
            "Text of the address at the Harlow memorial:\nGOVERNOR VANCE: We remember them today. More than 4,000 soldiers from this state were killed.",
            Published);
        figures.Single().Attribution.Origin!.Name.Should().Contain("VANCE");
    }

    [Fact]
    public void ThatsAccordingToPointsBackAtTheFigures()
    {
        var figures = ReportExtractor.Default.Extract(
            "Flooding in the delta has now killed 415 people. That's according to the regional health office. Relief convoys are on the way.", Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("regional health office");
    }

    [Fact]
    public void AnAsClauseCitingADocumentIssuedByABodyIsTheBodys()
    {
        var figures = ReportExtractor.Default.Extract(
            "The spring campaign, as stated in the latest report issued by the Defence Office, cost 12,480 casualties.", Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("Defence Office");
    }

    [Fact]
    public void ThisIsTheEstimateOfPointsBackAtTheFiguresBeforeIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "The brigade lost about 3,400 men at the ford. This is the estimate of field commanders on the river. Some 900 of them were captured.",
            Published);
        figures.Should().HaveCount(2).And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "field commanders");
    }

    [Fact]
    public void RecalledThatAndAgreeThatReportButRecalledAnEnvoyDoesNot()
    {
        ReportExtractor.Default.Extract("At the reunion, the old sergeant recalled that 140 of his platoon died in the first week.", Published)
            .Single().Attribution.Origin!.Name.Should().Contain("sergeant");
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
            "Ms. Halloran, who keeps the ministry's records, counts 41,200 dead in the campaign. From this it appears that 18 per cent of the recruits never came home.",
            Published);
        figures.Single(f => f.Text.Contains("18")).Attribution.Origin.Should().BeNull();
        figures.Single(f => f.Text.Contains("41,200")).Attribution.Origin!.Name.Should().Contain("Halloran");
    }

    [Fact]
    public void SinceEndsASourcesName()
    {
        var figures = ReportExtractor.Default.Extract("The old figure of 41,000, quoted by scholars since 1920, is now doubted.", Published);
        figures.Single(f => f.Text.Contains("41,000")).Attribution.Origin!.Name.Should().Be("scholars");
    }
}
