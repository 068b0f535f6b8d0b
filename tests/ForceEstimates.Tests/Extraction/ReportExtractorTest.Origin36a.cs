using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 36 (origin36a; items written for the project, invented names and numbers): reading a
/// speaker's name. A name runs across a rank's abbreviating stop ("Lt. Col. Dovra Tarvo"), a unit's quoted name inside a
/// title and the initials of "U.S.-backed"; a determiner alone, a phrase ending on a determiner, a time adverbial, news that
/// went round ("word of the raid") and a disaster a headline is about name no one; footnote marks after a stop end the sentence.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("These losses were announced by the commander of the Marn tactical group, Lt. Col. Dovra Tarvo. In his words, the defenders killed 70 attackers.", "70", "Dovra Tarvo")]
    [InlineData("The raid was confirmed by the deputy head of the Dolsk garrison, Capt. Marn Tesk. In his words, 12 soldiers were wounded.", "12", "Marn Tesk")]
    public void ARanksAbbreviatingStopRunsOnIntoTheName(string text, string figure, string source)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == figure).Attribution.Origin!.Name.Should().Contain(source);
    }

    [Theory]
    [InlineData("As told by the press officer of the \"Marn\" OSG Dovra Tarvo, the Varo army keeps up its raids near Tesk. In his account, the defenders held off 14 attacks.", "14")]
    [InlineData("The press officer of the \"Marn\" brigade Dovra Tarvo said 14 raids were beaten off at Tesk.", "14")]
    public void AUnitsQuotedNameInsideATitleKeepsThePersonsName(string text, string figure)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == figure).Attribution.Origin!.Name.Should().Be("Dovra Tarvo");
    }

    [Fact]
    public void AStrayCommaAfterATitledNameAndAnOpeningTimeKeepsTheWriter()
    {
        var figures = ReportExtractor.Default.Extract("Two days later, Dovran historian Tarvo Marn, wrote that 6,000 people had died in the siege.", Published);
        figures.Single(f => f.Text == "6,000").Attribution.Origin!.Name.Should().Contain("Tarvo Marn");
    }

    [Theory]
    [InlineData("Hundreds of families fled Orsk overnight, the U.S.-backed Dovra Defence Forces (DDF) said.")]
    [InlineData("Hundreds of families fled Orsk overnight, as reported by the U.S.-backed Dovra Defence Forces (DDF).")]
    public void InitialsJoinedToAParticipleAreOneWordOfTheName(string text)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == "Hundreds").Attribution.Origin!.Name.Should().Contain("U.S.-backed Dovra Defence Forces");
    }

    [Fact]
    public void ATimeAdverbialAfterADocumentIsNoPartOfItsName()
    {
        var figures = ReportExtractor.Default.Extract(
            "In contrast to a survey of clinic records issued last week, which reported 1,245 deaths, the new count included those who left.", Published);
        figures.Single(f => f.Text == "1,245").Attribution.Origin!.Name.Should().Be("survey of clinic records");
    }

    [Fact]
    public void ADisasterBeforeAHeadlinesColonIsNoSpeaker()
    {
        var figures = ReportExtractor.Default.Extract("Storm Belmar: 12,000 missing, 43,000 dead\nOfficial figures put the dead at 43,200.", Published);
        figures.Single(f => f.Text == "12,000").Attribution.Origin.Should().BeNull();
        figures.Single(f => f.Text == "43,000").Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void FootnoteMarksAfterAStopEndTheSentence()
    {
        var figures = ReportExtractor.Default.Extract(
            "On 4 May 2021, Varoan jets struck a ferry near Tesk.[6] Accounts differ on how many died, but they estimate that the raid killed about 31 people.[1]",
            Published);
        figures.Single(f => f.Text == "about 31").Attribution.Origin!.Name.Should().Be("Accounts");
    }

    [Fact]
    public void WordOfAnEventIsNoSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Tesk Herald covered the raid on Monday. It added that first word of the raid indicated only dozens of gunmen had come over the river.", Published);
        figures.Single(f => f.Text == "dozens").Attribution.Origin!.Name.Should().Be("Tesk Herald");
    }

    [Fact]
    public void WordsEndingOnADeterminerNameNoOne()
    {
        var figures = ReportExtractor.Default.Extract(
            "Offering the first detailed picture of the deadliest flood in Dovra since 1988, when 143,000 people drowned in Marn, Interior Minister Tesk Varo told state radio 10,000 people had died in Orsk.",
            Published);
        figures.Single(f => f.Text == "143,000").Attribution.Origin!.Name.Should().NotContain("Giving");
    }

    [Fact]
    public void ANumberAfterACapitalisedWordEndsAName()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Tesk Herald, via the broadcaster Channel 9, reports the revised toll comes to a quarter of the 900 people killed in the raids.", Published);
        figures.Single(f => f.Text == "a quarter").Attribution.Origin!.Name.Should().Be("Tesk Herald");
    }

    [Fact]
    public void AKnownOutletsNameWithOfIsOneName()
    {
        var figures = ReportExtractor.Default.Extract("The Times of Israel said on Friday that 40 soldiers had been wounded near Dolsk.", Published);
        figures.Single(f => f.Text == "40").Attribution.Origin!.Name.Should().Be("The Times of Israel");
    }
}
