using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 28 (sentences written for the project, invented names and numbers): "maintains that" holds a
/// claim, a brigadier's title does not end the sentence, "it" after an opening phrase of place is the last speaker, and a
/// table headed "Source" names each row's source in its first cell.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("The interior ministry officially maintains that about 300 protesters died in the clashes.", "interior ministry")]
    [InlineData("Opposition activists maintain that more than 900 were killed in the two towns.", "Opposition activists")]
    [InlineData("The rebel council has maintained that 2,400 fighters were lost.", "rebel council")]
    public void MaintainsThatHoldsTheSpeakersClaim(string text, string origin)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Should().NotBeEmpty();
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains(origin));
    }

    [Fact]
    public void MaintainingPositionsReportsNothing()
    {
        var figures = ReportExtractor.Default.Extract("About 4,000 troops maintained positions along the river.", Published);
        figures.Single().Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void ABrigadiersTitleDoesNotEndTheSentence()
    {
        var figures = ReportExtractor.Default.Extract(
            "Rebels killed 40 attackers and wounded 15, Brig. Gen. Tom Arden said in the capital.", Published);
        figures.Should().HaveCount(2);
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("Tom Arden"));
    }

    [Fact]
    public void ItAfterAnOpeningPhraseOfPlaceIsTheLastSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "The rights group said at least 1,200 protesters were killed in the two months. At the Central Square camp alone, it said at least 640 people were killed by police.",
            Published);
        figures.Single(f => f.Text.Contains("640")).Attribution.Origin!.Name.Should().Contain("rights group");
    }

    [Fact]
    public void ATableHeadedSourceNamesEachRowsSource()
    {
        var figures = ReportExtractor.Default.Extract(
            "Several groups have tried to count the dead. The table below gives their estimates.\n"
            + "Source | Deaths | Period |\n"
            + "Northern Health Survey | 41,000 violent deaths. | June 2019 |\n"
            + "Valley Monitoring Group | 38,500 violent deaths. | May 2020 |\n"
            + "Ministry of Health | 22,100 deaths per death certificates. | 2021 |",
            Published);
        figures.Single(f => f.Text.Contains("41,000")).Attribution.Origin!.Name.Should().Be("Northern Health Survey");
        figures.Single(f => f.Text.Contains("38,500")).Attribution.Origin!.Name.Should().Be("Valley Monitoring Group");
        figures.Single(f => f.Text.Contains("22,100")).Attribution.Origin!.Name.Should().Contain("Ministry of Health");
    }

    [Fact]
    public void ARowHeadingThatNamesACountIsNoSource()
    {
        var figures = ReportExtractor.Default.Extract(
            "Army | Navy |\nKilled | 5,300 | 2,100 |\nWounded | 12,400 | 3,900 |", Published);
        figures.Should().NotBeEmpty();
        figures.Should().OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void AnEstimatorsObjectBeforeAtAndAFigureLeavesTheVerbAVerb()
    {
        var figures = ReportExtractor.Default.Extract(
            "Early reports put the dead at 800. Jon Harlow, who visited the town after the siege, first estimated fatalities at 4,000, but has since raised the estimate to 7,500.",
            Published);
        figures.Single(f => f.Text.Contains("4,000")).Attribution.Origin!.Name.Should().Contain("Jon Harlow");
        figures.Single(f => f.Text.Contains("7,500")).Attribution.Origin!.Name.Should().Contain("Jon Harlow");
    }

    [Fact]
    public void EstimatedDeathsAtAPlaceAreWhatIsCounted()
    {
        var figures = ReportExtractor.Default.Extract("Estimated deaths at the camp reached 300 by June.", Published);
        figures.Single().Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void UnownedEstimatesSpreadOverARangeAreTheWritersSummary()
    {
        var figures = ReportExtractor.Default.Extract(
            "Early reports from foreign embassies said that 900 were killed. Later estimates of casualties vary from 5,000 to 30,000 people killed, including about 700 soldiers.",
            Published);
        figures.Single(f => f.Text.Contains("5,000")).Attribution.Origin.Should().BeNull();
        figures.Single(f => f.Text.Contains("700")).Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void AllegeThatHoldsTheSpeakersClaim()
    {
        var figures = ReportExtractor.Default.Extract("Opposition groups allege that over 650 people were killed in the district.", Published);
        figures.Single().Attribution.Origin!.Name.Should().Contain("Opposition groups");
    }

    [Fact]
    public void ALaterSentenceOfASourceRowIsStillTheRowsSource()
    {
        var figures = ReportExtractor.Default.Extract(
            "Source | Deaths | Period |\n"
            + "Valley Monitoring Group | 38,500 violent civilian deaths. Over 52,000 civilian and combatant deaths | May 2020 |",
            Published);
        figures.Single(f => f.Text.Contains("52,000")).Attribution.Origin!.Name.Should().Be("Valley Monitoring Group");
    }

    [Fact]
    public void AConcessiveClausesFigureIsNotTheMainClausesSpeakers()
    {
        var figures = ReportExtractor.Default.Extract(
            "In the battle for the ridge, while the 4th Brigade lost 120 dead, Norland later admitted to 340.", Published);
        figures.Single(f => f.Text.Contains("120")).Attribution.Origin.Should().BeNull();
        figures.Single(f => f.Text.Contains("340")).Attribution.Origin!.Name.Should().Be("Norland");
    }

    [Fact]
    public void ARelayClosingASentenceSpeaksForItsConcessiveClauseToo()
    {
        var figures = ReportExtractor.Default.Extract(
            "While some 2,000 villagers were killed in May, the toll fell in June to 300, the Valley Monitor said.", Published);
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("Valley Monitor"));
    }

    [Fact]
    public void ADayOwnsNoReport()
    {
        var figures = ReportExtractor.Default.Extract("Monday's police report put the number of dead at 61.", Published);
        var origin = figures.Single().Attribution.Origin;
        origin.Should().NotBeNull();
        origin!.Name.Should().Contain("police report");
        origin.Name.Should().NotBe("Monday");
    }

    [Theory]
    [InlineData("Thousands fled the district according to their faiths, with 4,000 Hindus crossing the river.")]
    [InlineData("The 300 prisoners were sorted according to their ages.")]
    public void AccordingToAPossessedNonSourceIsNoAttribution(string text)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Should().NotBeEmpty();
        figures.Should().OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void AccordingToAPossessedTitleStillNamesTheSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "The battalion had about 500 fighters in March; by October fewer than 150 were left, according to its deputy commander.", Published);
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("deputy commander"));
    }

    [Fact]
    public void LowAndHighEstimatesAreNouns()
    {
        var figures = ReportExtractor.Default.Extract(
            "Estimates range around roughly 30,000, with low estimates at 12,000 and high estimates at 60,000.", Published);
        figures.Should().NotBeEmpty();
        figures.Should().OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void EstimatesADisputerRejectsAreNotTheDisputers()
    {
        var figures = ReportExtractor.Default.Extract(
            "A government spokesman disputed estimates that have placed the number of dead as high as 9,000.", Published);
        figures.Single().Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void ATollAFewAdjectivesAfterAPublishingVerbIsItsReportedObject()
    {
        var figures = ReportExtractor.Default.Extract(
            "Earlier in the day, the Defence Ministry had issued a revised combat casualty toll of 412.", Published);
        figures.Single().Attribution.Origin!.Name.Should().Contain("Defence Ministry");
    }
}
