using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said a figure when the sentence names it through a document or a long subject (sentences written for the project):
/// the maker of a document the sentence opens with ("Statistics issued by X for ... put", "The report prepared by X and
/// released on Friday says", "Official tables ... made public by General X, chief of staff, show", "figures released by X
/// suggest"), the subject before a relative clause ("a monitoring project that tracks violence said"), the agent of a
/// participle before "which reported", words that are no noun phrase ("because of missing records", "by the best
/// estimates") naming no one, and a body whose capitalised words are not in the last organisation's name being a new one.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Statistics issued by the Defence Ministry of Veldra for soldiers killed in the northern districts put civilian deaths last month at 1,412.", "Defence Ministry of Veldra")]
    [InlineData("The report prepared by the Harbour Rights Council and released on Friday says that 1,412 people were killed in March.", "Harbour Rights Council")]
    [InlineData("Official tables of the casualties of the Eastern Corps made public today by General Petr Ostrava, chief of staff, show that about 1,412 men remain unaccounted for.", "Petr Ostrava")]
    [InlineData("As the fighting spread, figures released by the Ministry of Defence of Tarsia suggest that 1,412 of the wounded were hurt in action.", "Ministry of Defence of Tarsia")]
    [InlineData("Figures released by the Defence, Interior and Health Ministry on Saturday showed that 1,412 people were killed in May.", "Defence, Interior and Health Ministry")]
    [InlineData("One study, published by the Karsk Medical Review in October 2021, suggested that 1,412 more people had died.", "Karsk Medical Review")]
    public void TheMakerOfTheOpeningDocumentSpeaks(string text, string origin)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text.Contains("1,412")).Attribution.Origin!.Name.Should().EndWith(origin);
    }

    [Fact]
    public void TheInstituteForFieldsKeepsItsName()
    {
        var figures = ReportExtractor.Default.Extract(
            "A report released by the Varna Institute for Conflict and Security Studies on Monday shows that 212 people were killed in attacks in June.",
            Published);
        figures.Single(f => f.Text.Contains("212")).Attribution.Origin!.Name.Should().Be("Varna Institute for Conflict and Security Studies");
    }

    [Fact]
    public void ANumberThatSoaredByIsNoDocument()
    {
        var figures = ReportExtractor.Default.Extract(
            "The number of civilians killed in the valley has soared by two-thirds this year, to almost 700 people, a senior relief official said.",
            Published);
        figures.Single(f => f.Text.Contains("700")).Attribution.Origin!.Name.Should().Contain("relief official");
    }

    [Fact]
    public void TheSubjectBeforeARelativeThatSpeaks()
    {
        var figures = ReportExtractor.Default.Extract(
            "The war has killed more than 40,000 people, a monitoring project that tracks violence said on Monday.", Published);
        figures.Single(f => f.Text.Contains("40,000")).Attribution.Origin!.Name.Should().Be("monitoring project");
    }

    [Fact]
    public void TheAgentBeforeWhichReportedSpeaks()
    {
        var figures = ReportExtractor.Default.Extract(
            "The figure is higher than that provided by the regional health office, which reported on Sunday that 61 children had died.", Published);
        figures.Single(f => f.Text == "61").Attribution.Origin!.Name.Should().Be("regional health office");
    }

    [Theory]
    [InlineData("The northern armies had 900,000 men. Their losses, by the best estimates:\nBattle deaths: 41,500\nDisease: 62,300")]
    [InlineData("The southern strength, known less accurately because of missing records, was 41,500. Of every 1,000 men, 150 were hit.")]
    [InlineData("The usual methods (like census counts) are not available, so 41,500 remains the only figure.")]
    public void WordsThatAreNoNounPhraseNameNoOne(string text)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text.Contains("41,500")).Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void TheArmySaidThatSoldiersReportedStaysTheSoldiers()
    {
        var figures = ReportExtractor.Default.Extract("The army said that soldiers reported 45 attacks in the valley.", Published);
        figures.Single(f => f.Text == "45").Attribution.Origin!.Name.Should().Be("soldiers");
    }

    [Fact]
    public void ABodyNamedByCapitalisedWordsIsNoBackReference()
    {
        var figures = ReportExtractor.Default.Extract(
            "At least 85 children have died, the office of the state prosecutor said on Sunday, citing data from the juvenile prosecutors.\n"
            + "The figure is higher than that provided by the Varnish Rights Body, which reported on Saturday that 42 children had died.",
            Published);
        figures.Single(f => f.Text == "42").Attribution.Origin!.Name.Should().Contain("Varnish Rights Body");
    }

    [Theory]
    [InlineData("Army losses total 6,958, the minister said, and the Navy's latest list, also issued today, placed naval losses at 2,902.")]
    [InlineData("The Navy's latest list, also issued today, placed Navy, Marine Corps and Coast Guard losses at 2,902.")]
    public void TheOwnerOfAListSetOffByAParticiplePlacesItsFigure(string text)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == "2,902").Attribution.Origin!.Name.Should().Be("Navy");
    }

    [Fact]
    public void AnInstitutionsStatisticsWithAParticipleAreItsCount()
    {
        var figures = ReportExtractor.Default.Extract(
            "The coalition has killed more than 9,000 suspected militants since the revolt began, according to military statistics released publicly for the first time.",
            Published);
        figures.Single(f => f.Text.Contains("9,000")).Attribution.Origin!.Name.Should().Be("military statistics");
    }

    [Fact]
    public void AReportThatElaboratesReports()
    {
        var figures = ReportExtractor.Default.Extract(
            "According to the harbour police report, 501 people were killed in the first half of the year.\n"
            + "The report further elaborates that in 2021, around 2,042 people were killed.",
            Published);
        figures.Single(f => f.Text.Contains("2,042")).Attribution.Origin!.Name.Should().Contain("report");
    }

    [Fact]
    public void APersonWhoElaboratesOnAPlanReportsNothing()
    {
        var figures = ReportExtractor.Default.Extract("The mayor elaborated on a plan to house 2,042 people.", Published);
        figures.Single(f => f.Text.Contains("2,042")).Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void ResearchTheSpeakerCitesIsTheSpeakers()
    {
        var figures = ReportExtractor.Default.Extract(
            "Harbour Watch said detailed research showed that out of 1,400 deaths, 773 were civilians.", Published);
        figures.Where(f => f.Text is "1,400" or "773").Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "Harbour Watch");
    }

    [Fact]
    public void AnAgentLosesTheDatesPreposition()
    {
        var figures = ReportExtractor.Default.Extract(
            "It is the highest monthly toll given by the government since August 2019, when figures showed 426 people killed.", Published);
        figures.Single(f => f.Text == "426").Attribution.Origin!.Name.Should().Be("government");
    }

    [Theory]
    [InlineData("Harbourton, Feb. 1\u2014Official tables of the casualties made public today by General March, chief of staff, show that approximately 1,412 men remain unaccounted for.", "General March")]
    [InlineData("HARBOURTON (Wire) - Figures released by the Varnish Interior Ministry on Monday showed that 1,412 people were killed in October.", "Varnish Interior Ministry")]
    public void TheMakerOfADocumentAfterADatelineSpeaks(string text, string origin)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text.Contains("1,412")).Attribution.Origin!.Name.Should().Be(origin);
    }

    [Fact]
    public void ACountThatWouldHaveBeenReportedIsNoOnesReport()
    {
        var figures = ReportExtractor.Default.Extract(
            "The survey team said another 5,800 deaths would have been reported by families who fled the country.", Published);
        figures.Single(f => f.Text.Contains("5,800")).Attribution.Origin!.Name.Should().Be("survey team");
    }
}
