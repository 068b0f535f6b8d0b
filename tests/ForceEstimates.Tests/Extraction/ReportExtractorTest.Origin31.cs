using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 31 (sentences written for the project, invented names and numbers): a list the outlet introduces
/// as someone's numbers ("Here's a breakdown of the X's numbers:") is that owner's, one it introduces as its own stays the
/// outlet's; a relative clause between dashes after the subject ("X — which counts ... — says") leaves X the speaker; the
/// second verb of a coordinated predicate ("X has claimed the attack and said N") has the sentence's subject; an inquiry or a
/// report that opens a sentence with no reporting clause ("The inquiry heard from N witnesses") owns its figures; generic
/// believers ("Many people believe") name no source; a bare "per" before a name ("... per HRW", "per the Harlow Monitor") names
/// the source as "as per" does, never in a rate ("300 per day", "40 per cent"); a toll told in hindsight ("were to claim more
/// than N lives") does not carry the source before it; "The figures come from X" after the figures points back at them.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void AListIntroducedAsSomeonesNumbersIsTheirs()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Valley Monitor says that 4,210 people have been killed so far.\nHere's a breakdown of some of the Valley Monitor's numbers:\n- At least 1,300 civilians have been killed.\n- 950 soldiers have been killed.",
            Published);
        figures.Should().HaveCount(3);
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "Valley Monitor");
    }

    [Fact]
    public void AListIntroducedInTheOutletsVoiceStaysTheOutlets()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Valley Monitor says that 4,210 people have been killed so far.\nHere's what else we know:\n- The province's population is 3.1 million.\n- 2,400 schools have closed.",
            Published);
        figures.Where(f => f.Text != "4,210").Should().OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void ARelativeClauseBetweenDashesLeavesTheSubjectSpeaking()
    {
        ReportExtractor.Default.Extract(
                "The Valley Observatory for Human Rights (VOHR) — which counts the dead from hospital records in the valley — says that 4,210 people have been killed.",
                Published)
            .Single().Attribution.Origin!.Name.Should().Be("Valley Observatory for Human Rights");
        ReportExtractor.Default.Extract(
                "The Valley Monitor — which counts the dead from clinic logs in the province — says that 4,210 people have been killed.", Published)
            .Single().Attribution.Origin!.Name.Should().Be("Valley Monitor");
    }

    [Fact]
    public void TheSecondVerbOfACoordinatedPredicateHasTheSentencesSubject()
    {
        var figures = ReportExtractor.Default.Extract(
            "TUNIS (Reuters) - The Harbour Front released a statement on Sunday it said was its own, the news agency Zeta said.\nThe Harbour Front has claimed responsibility for the attack and said 31 people were killed.",
            Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("Harbour Front");
        ReportExtractor.Default.Extract("Police arrested two men on Sunday and said 14 people had died.", Published)
            .Single(f => f.Text == "14").Attribution.Origin!.Name.Should().Be("Police");
    }

    [Fact]
    public void AnInquiryThatOpensTheSentenceOwnsItsFigures()
    {
        var figures = ReportExtractor.Default.Extract(
            "Prime Minister Jan Olsen said on Monday that 14 soldiers had died.\nThe inquiry heard from 40 witnesses and studied 300 statements.", Published);
        figures.Where(f => f.Text is "40" or "300").Should().HaveCount(2).And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "inquiry");
        figures.Single(f => f.Text == "14").Attribution.Origin!.Name.Should().Contain("Olsen");
    }

    [Fact]
    public void ATollAsSubjectIsNoInquiry()
    {
        var figures = ReportExtractor.Default.Extract(
            "The army said 12 soldiers were killed on Monday. The toll rose to 40 on Tuesday.", Published);
        figures.Single(f => f.Text == "40").Attribution.Origin?.Name.Should().NotBe("toll");
    }

    [Fact]
    public void GenericBelieversNameNoSource()
    {
        ReportExtractor.Default.Extract("Many people believe that more than 3,000 died in the siege.", Published)
            .Single().Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void APostposedPerNamesTheSource()
    {
        var figures = ReportExtractor.Default.Extract("Casualties: 1,200 dead (at least 300 militants and 900 civilians) per HRW", Published);
        figures.Should().HaveCount(3).And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "HRW");
        ReportExtractor.Default.Extract("Some 120 died per the Harlow Monitor.", Published)
            .Single().Attribution.Origin!.Name.Should().Be("Harlow Monitor");
    }

    [Fact]
    public void APerOfARateNamesNoSource()
    {
        ReportExtractor.Default.Extract("The rebels lost 40 per cent of their fighters.", Published).Single().Attribution.Origin.Should().BeNull();
        ReportExtractor.Default.Extract("Losses ran at 300 per Day in March.", Published).Single().Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void ATollToldInHindsightCarriesNoSource()
    {
        var figures = ReportExtractor.Default.Extract(
            "The army said 12 soldiers were killed in the clashes on Monday.\nThe rebels were to claim more than 300 lives in the following year.", Published);
        figures.Single(f => f.Text == "more than 300").Attribution.Origin.Should().BeNull();
        figures.Single(f => f.Text == "12").Attribution.Origin!.Name.Should().Be("army");
    }

    [Fact]
    public void TheFiguresComeFromPointsBack()
    {
        var figures = ReportExtractor.Default.Extract(
            "As many as 34 hostages and 15 gunmen were reportedly killed in the raid.\nThe figures come from a regional news agency, Reuters said.", Published);
        figures.Should().HaveCount(2).And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("news agency"));
    }
}
