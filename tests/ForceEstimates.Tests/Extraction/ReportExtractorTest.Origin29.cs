using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 29 (sentences written for the project, invented names and numbers): a parliamentary record's
/// member run into the answer ("\u00A7 Mr. HarlanI regret") and an office's line ("The Prime Minister") speak for the
/// answer; a list or statement that "has been published" or "was received" owns the figures that follow it; a document that
/// "gives" a count reports it; "It said" after a dateline goes to the body that spoke, not the place; "charged that" and
/// "avers that" report; "original" or "subsequent" before "estimates" is no speaker.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void AMemberRunIntoTheAnswerSpeaksForItsParagraphs()
    {
        var figures = ReportExtractor.Default.Extract(
            "\u00A7 Mr. HarlanI regret that 14 cadets were hurt in the depot fire. By Monday, 11 had gone home.\n36 others were treated on site.", Published);
        figures.Should().HaveCount(3);
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "Mr. Harlan");
    }

    [Fact]
    public void AMemberInCapitalsRunIntoTheAnswerSpeaksAndTheAskingMemberDoesNot()
    {
        var figures = ReportExtractor.Default.Extract(
            "\u00A7 7. Mr. Orvilleasked the Minister how many soldiers were hurt on the border.\n\u00A7 Mr. VOSSKEThe total is as follows: 4,210 wounded and 1,370 missing.",
            Published);
        figures.Where(f => f.Text.Contains(',')).Should().HaveCount(2)
            .And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "Mr. VOSSKE");
    }

    [Fact]
    public void AMemberBeforeAColonRunIntoTheAnswerSpeaks()
    {
        var figures = ReportExtractor.Default.Extract("\u00A7 Mr. Harlan:Most of the cadets are back at work. Just 38 remain on sick leave.", Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("Mr. Harlan");
    }

    [Fact]
    public void AMembersNameWithACapitalInsideIsNotCut()
    {
        var figures = ReportExtractor.Default.Extract("\u00A7 Mr. McDonald said 40 soldiers were hurt in the raid.", Published);
        figures.Single().Attribution.Origin!.Name.Should().Contain("McDonald");
    }

    [Fact]
    public void AnOfficesLineSpeaksForTheAnswerUnderIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "Mr. Orville\nasked the Minister how many sailors were hurt at Port Vell.\nThe Prime Minister\nSeventeen sailors were hurt when a crane fell at Port Vell on 3 May.",
            Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("Prime Minister");
    }

    [Fact]
    public void APublishedListOwnsTheFiguresAfterIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "Bulletins from several fronts arrived overnight:\n"
            + "The casualty list of the Fourth Corps was published on Friday. It includes: officers, 14 killed and 23 wounded; total, 37.",
            Published);
        figures.Should().HaveCount(3);
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("casualty list"));
    }

    [Fact]
    public void AReceivedStatementOwnsTheFiguresAfterIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "A second return of the Fourth Corps' losses was received on Tuesday. It includes: killed, 16 officers and 45 men; missing, 310 men.",
            Published);
        figures.Should().HaveCount(3);
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("return"));
    }

    [Theory]
    [InlineData("A number of prisoners were released last week. About 300 remain in the camp.")]
    [InlineData("A convoy of trucks was received at the border. It carried 120 tonnes of flour.")]
    public void WhatIsReleasedOrReceivedIsNoDocument(string text)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Should().NotBeEmpty();
        figures.Should().OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void ADocumentThatGivesACountReportsIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "The raiders were beaten back at Tarn. General Arlo's monthly summary gives 48 rebels killed and 212 taken prisoner.", Published);
        figures.Should().HaveCount(2);
        figures.Should().OnlyContain(f => f.Attribution.Origin != null);
    }

    [Fact]
    public void SomeoneWhoGivesACountOfThingsReportsNothing()
    {
        var figures = ReportExtractor.Default.Extract("The general gives 300 rifles to the militia every month.", Published);
        figures.Should().OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void ItAfterADatelineIsTheBodyThatSpoke()
    {
        var figures = ReportExtractor.Default.Extract(
            "PORT ESK (AP) -- Marines cleared the harbour district, Southern Command said on Friday. It said 23 marines died and 41 were hurt.",
            Published);
        figures.Should().HaveCount(2);
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "Southern Command");
    }

    [Theory]
    [InlineData("Two unions charged that the militia shot 75 strikers at the mill.", "unions")]
    [InlineData("Ilse Lind avers that the siege cost 2,300 lives.", "Ilse Lind")]
    public void ChargedThatAndAversThatReport(string text, string origin)
    {
        ReportExtractor.Default.Extract(text, Published).Single().Attribution.Origin!.Name.Should().Contain(origin);
    }

    [Fact]
    public void ChargingPeopleReportsNothing()
    {
        var figures = ReportExtractor.Default.Extract("Police charged 40 protesters with rioting on Monday.", Published);
        figures.Should().OnlyContain(f => f.Attribution.Origin == null);
    }

    [Theory]
    [InlineData("Original estimates put the garrison at 4,500 soldiers.", "Original")]
    [InlineData("Subsequent estimates differ, with the lower estimates reporting at least 6,500 dead.", "Subsequent")]
    public void AnAdjectiveBeforeEstimatesIsNoSpeaker(string text, string adjective)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Should().NotBeEmpty();
        figures.Should().OnlyContain(f => f.Attribution.Origin == null || f.Attribution.Origin.Name != adjective);
    }

    [Fact]
    public void AQuotedMessageAfterFromAndANameIsTheSendersWords()
    {
        var figures = ReportExtractor.Default.Extract(
            "The ministry published a cable sent on Monday from Colonel Imre Vask: \"Our patrols counted 58 rebels dead and took 130 prisoners.\"",
            Published);
        figures.Should().HaveCount(2);
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("Imre Vask"));
    }

    [Fact]
    public void AQuotationAfterFromAPlaceWithNoMessageIsNoSenders()
    {
        var figures = ReportExtractor.Default.Extract("Villagers walked all night from Upper Arn: \"We left 40 houses burning.\"", Published);
        figures.Should().OnlyContain(f => f.Attribution.Origin == null || !f.Attribution.Origin.Name.Contains("Arn"));
    }

    [Fact]
    public void ItNowAppearsIsTheWritersOwnVoice()
    {
        var figures = ReportExtractor.Default.Extract(
            "Early estimates put the garrison at about 4,000 men. It now appears that the garrison held some 7,000, of whom at least 1,100 died. The survivors number about 2,500.",
            Published);
        figures.Single(f => f.Text.Contains("2,500")).Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void AClauseComparedWithThanOwnsNoFigureAfterIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "A study by the Valley Institute suggests the toll is far higher than the army reports suggest. Its central estimate is 12,000.", Published);
        var origin = figures.Single().Attribution.Origin;
        (origin == null || !origin.Name.Contains("army")).Should().BeTrue();
    }

    [Fact]
    public void ANumberWordIsNoSpeakerOfTheClauseAfterIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "The coastguard said the ferry carried 60 passengers. Seventeen people swam ashore and a dozen are still missing, it said.", Published);
        figures.Where(f => !f.Text.Contains("60")).Should().NotBeEmpty()
            .And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("coastguard"));
    }

    [Theory]
    [InlineData("The fighting emptied the valley. The most widely cited estimate of the dead is 20,000.", "most")]
    [InlineData("J. ORTE, Chief of Staff:\nLosses of the Fourth Corps at Arn: 170 killed, 1,068 wounded.", "J")]
    public void AQuantifierOrAnInitialIsNoSpeaker(string text, string garbled)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Should().NotBeEmpty();
        figures.Should().OnlyContain(f => f.Attribution.Origin == null || f.Attribution.Origin.Name != garbled);
    }
}
