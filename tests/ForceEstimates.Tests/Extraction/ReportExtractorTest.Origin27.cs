using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 27 (sentences written for the project, invented names and numbers): reporting forms the
/// reader did not know ("asserted", "lists", "report N", "quoted as saying" with no agent, "for claiming"), a parliamentary
/// record's speaker lines, a body written after what it is ("says activist group the ..."), a person "of the" body.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Former governor Alan Brisk asserted that 12,000 to 15,000 had been killed.", "Alan Brisk")]
    [InlineData("The Northern army report 2,450 fatalities during the campaign.", "Northern army")]
    [InlineData("The figure is supported by data from the Valley Health Office which lists 6,340 people as killed and 7,914 wounded.", "Valley Health Office")]
    [InlineData("The border command listed 210 killed and 45 missing in the fighting.", "border command")]
    [InlineData("More than 140 protesters have been killed since May, says rights group the Coastal Monitoring Network.", "Coastal Monitoring Network")]
    [InlineData("Dara Venn of the Eastern Peace Forum has claimed that 30,000 people died in the war.", "Dara Venn")]
    [InlineData("One source put the toll of fighters killed, wounded or missing at about 80,000.", "One source")]
    [InlineData("Opposition leaders criticised party chief Omar Velt for claiming that 250 had died in the strike.", "Omar Velt")]
    public void ReportingFormsNameTheirSpeaker(string text, string origin)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Should().NotBeEmpty();
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains(origin));
        figures.Should().OnlyContain(f => !f.Attribution.Origin!.Name.Contains("supported") && !f.Attribution.Origin!.Name.Contains("criticised"));
    }

    [Fact]
    public void AGovernmentSpokesmanPuttingTheTollHigherSpeaksForItsOwnFigure()
    {
        var figures = ReportExtractor.Default.Extract(
            "The army said 40 rebels were killed. A government spokesman put the toll even higher, at around 300.", Published);
        figures.Single(f => f.Text.Contains("300")).Attribution.Origin!.Name.Should().Contain("spokesman");
    }

    [Fact]
    public void QuotedAsSayingWithNoAgentGivesTheQuotedOne()
    {
        var figures = ReportExtractor.Default.Extract(
            "\"Rough counts show that 2,000 of them were farmers,\" Omar Tell was quoted as saying.", Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("Omar Tell");
    }

    [Fact]
    public void QuotedAsSayingAfterTheQuotationGivesTheQuotedOneThroughTheAgency()
    {
        var figures = ReportExtractor.Default.Extract(
            "\"Between 9,000 and 9,500 dead,\" the Lakeside news agency quoted Omar Tell, head of the council, as saying.", Published);
        var origin = figures.Single().Attribution.Origin;
        origin.Should().NotBeNull();
        origin!.Name.Should().Be("Omar Tell");
    }

    [Fact]
    public void AParliamentaryRecordsSpeakerLineSpeaksForTheAnswerBelowIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "Mr. Corran\n\nWe have no exact figure for the enemy dead. Our forces have buried 41 soldiers.\n\nMrs. Hale asked how many were wounded.\n\nMr. Corran\n\nThe figures are as follows: 120 wounded, 14 missing.",
            Published);
        figures.Should().HaveCountGreaterThan(1).And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "Mr. Corran");
    }

    [Fact]
    public void ATitledNameOpeningASentenceIsNoSpeakerLine()
    {
        var figures = ReportExtractor.Default.Extract(
            "Mr. Corran went to the front.\n\nThe storm destroyed 41 houses.", Published);
        figures.Single().Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void ListedWithoutACountAfterItReportsNothing()
    {
        var figures = ReportExtractor.Default.Extract(
            "Nine villages were listed as abandoned. The floods destroyed 210 homes.", Published);
        figures.Single().Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void APossessorsOfficialFigureIsItsOwn()
    {
        var figures = ReportExtractor.Default.Extract(
            "The aid group counted 2,600 dead, far more than Norland's official figure of 400.", Published);
        figures.Single(f => f.Text == "400").Attribution.Origin!.Name.Should().Be("Norland");
    }

    [Fact]
    public void ResearchersWhoComputedAShareSpeakForIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "Using other data from the northern district, our researchers computed an estimated loss of 75 percent of the population there.", Published);
        figures.Single().Attribution.Origin!.Name.Should().Contain("researchers");
    }

    [Fact]
    public void AWritersReckoningOpenedByIfContinuesNoSource()
    {
        var figures = ReportExtractor.Default.Extract(
            "Professor Anna Berg estimated that 13,000 people were alive in July.\nIf this number of 13,000 survivors is subtracted from a population of 65,700, this leaves 52,700 killed.",
            Published);
        figures.Single(f => f.Text == "52,700").Attribution.Origin.Should().BeNull();
    }

    [Theory]
    [InlineData("A similar estimate has also been used by statisticians at the tribunal, who counted 10,200 dead.", "similar")]
    [InlineData("A senior adviser disagreed with the UN estimate however, saying the real number was around 1,400 deaths.", "UN")]
    public void AReportingNounIsNoVerb(string text, string notOrigin)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Should().NotBeEmpty().And.OnlyContain(f => f.Attribution.Origin == null || f.Attribution.Origin.Name != notOrigin);
    }

    [Fact]
    public void AnEstimatedShareOfThoseGoesOnWithTheSourceBefore()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Harbour Relief Fund says its surveys show at least 2,300 deaths in the first month.\nAn estimated 430 of those were children.",
            Published);
        figures.Single(f => f.Text.Contains("430")).Attribution.Origin!.Name.Should().Contain("Harbour Relief Fund");
    }

    [Fact]
    public void AnEstimatedCountInALaterParagraphStaysTheOutlets()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Harbour Relief Fund says its surveys show at least 2,300 deaths in the first month.\nAn estimated 64,000 people have fled the coast since then.",
            Published);
        figures.Single(f => f.Text.Contains("64,000")).Attribution.Origin.Should().BeNull();
    }
}
