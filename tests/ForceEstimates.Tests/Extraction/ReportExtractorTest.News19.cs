using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Origins the eighth real-news check read wrong, by construction (sentences written for the project): a dateline in capitals
/// before a colon, a quoted noun phrase read as a reporting clause, a subordinate clause's speaker taken for the figures before it.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void ADatelineInCapitalsBeforeAColonIsNoSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "Ambush kills 17 soldiers near the pass\nPORT HALVEN: Rebels overran two outposts overnight, leaving 17 soldiers dead and 9 wounded.",
            Published);
        figures.Should().NotBeEmpty();
        figures.Select(f => f.Attribution.Origin?.Name).Should().OnlyContain(name => name == null);
    }

    [Fact]
    public void AnAcronymInCapitalsThatSpeaksAgainKeepsItsHeadline()
    {
        var figures = ReportExtractor.Default.Extract(
            "MEDAID: 240 villagers flee the valley\nFloods cut the only road on Sunday. MEDAID said on Monday that 240 villagers had left their homes.",
            Published);
        figures[0].Attribution.Origin!.Name.Should().Be("MEDAID");
    }

    [Theory]
    [InlineData("According to a Harbour Police statement, officers raided a warehouse upon 'reliable informant reports' that rifles were stored there, arresting 12 suspects.")]
    [InlineData("According to a Harbour Police statement, officers raided a warehouse upon 'confirmed tip-offs' that rifles were stored there, arresting 12 suspects.")]
    public void AQuotedNounPhraseIsNoReportingClause(string sentence)
    {
        var figure = ReportExtractor.Default.Extract(sentence, Published).Single();
        figure.Attribution.Origin!.Name.Should().Be("Harbour Police");
    }

    [Theory]
    [InlineData("The navy fired some 150 flares over the strait, raising tension after the council chairman said talks were pointless.", "council chairman")]
    [InlineData("The survey drew on ledgers from 40 clinics and covers the weeks up to June 9, when shelling eased and the allies announced they would soon pull out.", "allies")]
    [InlineData("At least 60 homes burned overnight, before the governor declared that the fire was contained.", "governor")]
    public void ASubordinateClauseAfterTheFigureDoesNotSpeakForIt(string sentence, string notSpeaker)
    {
        var figure = ReportExtractor.Default.Extract(sentence, Published)[0];
        figure.Attribution.Origin?.Name.Should().NotBe(notSpeaker);
    }

    [Theory]
    [InlineData("At least 60 homes burned overnight, the governor said.", "governor")]
    [InlineData("At least 60 homes burned overnight, as the governor said on Friday.", "governor")]
    public void AClauseRelayingTheFigureStillSpeaksForIt(string sentence, string speaker)
        => ReportExtractor.Default.Extract(sentence, Published).Single().Attribution.Origin!.Name.Should().Be(speaker);

    [Theory]
    [InlineData("Nine people died and 27 were hurt when a fuel depot exploded outside Verlan on Sunday, regional clinic head, Ilse Marek, said.", "Ilse Marek")]
    [InlineData("A landslide buried 14 houses in the hamlet overnight, district relief coordinator, Tomas Vidal, told reporters.", "Tomas Vidal")]
    public void ARoleWithoutDeterminerThenANameBetweenCommasSpeaks(string sentence, string speaker)
        => ReportExtractor.Default.Extract(sentence, Published)[0].Attribution.Origin!.Name.Should().Be(speaker);

    [Theory]
    [InlineData("According to reports , over the winter some 2,600 families left the upland villages.", "reports")]
    [InlineData("According to media reports, 2,600 families left the upland villages over the winter.", "media reports")]
    [InlineData("The blockade has cost nearly 80,000 lives, according to figures most often used by foreign monitors.", "foreign monitors")]
    [InlineData("About 1,300 fighters have deserted, according to estimates compiled by a veterans' group.", "veterans' group")]
    public void BareReportsAndAPluralDocumentWithItsMakerAreSources(string sentence, string origin)
        => ReportExtractor.Default.Extract(sentence, Published)[0].Attribution.Origin!.Name.Should().Be(origin);

    [Fact]
    public void ADocumentWithNoMakerStillNamesNoOne()
    {
        var figure = ReportExtractor.Default.Extract("According to figures, 2,600 families left the upland villages over the winter.", Published).Single();
        figure.Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void ANamedActorsActionInALaterParagraphIsTheOutletsVoice()
    {
        var figures = ReportExtractor.Default.Extract(
            "Relief groups estimate 4,000 people have died since the floods began.\nOn Tuesday, Coast Guard crews evacuated 260 residents from the harbour district.\nAn estimated 1,100 people are sheltering in schools.",
            Published);
        figures.Select(f => f.Attribution.Origin?.Name).Should().Equal("Relief groups", null, null);
    }

    [Fact]
    public void TheSourceTellingWhatItDidStillSpeaks()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Harbour Trust said on Monday that 30 of its volunteers had died.\nA Harbour Trust team has since relocated 120 families to the hills.",
            Published);
        figures.Select(f => f.Attribution.Origin?.Name).Should().Equal("Harbour Trust", "Harbour Trust");
    }
}
