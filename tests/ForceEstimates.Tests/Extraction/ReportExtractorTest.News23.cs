using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Origins the twenty-third session's real-news set read wrong, by construction (sentences written for the project): what is
/// counted before a participle, a document's maker after "conducted by", a time between a document and its verb, a date in
/// brackets before a speaker, "so far" before the verb, a published count or a document that says something speaking for
/// the next sentences, an impersonal passive, "determined that", a negated report, "and" inside a name after "for", and a
/// title with its field before a name.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("The largest number of flooded farms was in the north, with nearly 300, with the next highest numbers recorded in Varne, with 210.", "numbers")]
    [InlineData("The survey office counted 1,200 displaced families, bringing the total estimated displaced population to 4,800.", "total")]
    [InlineData("Of the cases documented so far, 62 percent involved children.", "cases")]
    public void WhatIsCountedBeforeAParticipleIsNoSpeaker(string text, string notOrigin)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Should().NotBeEmpty();
        figures.Should().OnlyContain(f => f.Attribution.Origin == null || !f.Attribution.Origin.Name.Contains(notOrigin));
    }

    [Fact]
    public void ACountThatShowsThatStillSpeaksAsADocument()
    {
        var figures = ReportExtractor.Default.Extract("The harbour office's tally showed that 75 boats were lost.", Published);
        figures.Single().Attribution.Origin.Should().NotBeNull();
    }

    [Fact]
    public void AStudyConductedByAnInstituteIsTheInstitutes()
    {
        var figures = ReportExtractor.Default.Extract(
            "A study conducted by a Varne-based independent think tank Harbor Institute for Coastal and Marine Research (HICMR) revealed that 140 boats sank and 38 crewmen drowned.",
            Published);
        figures.Should().HaveCount(2).And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("Harbor Institute"));
    }

    [Theory]
    [InlineData("A fisheries report from last month shows that 42 trawlers were lost in the storms.")]
    [InlineData("A fisheries report from this week shows that 42 trawlers were lost in the storms.")]
    public void ATimeBetweenADocumentAndItsVerbLeavesTheDocumentSpeaking(string text)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single().Attribution.Origin!.Name.Should().Contain("fisheries report");
    }

    [Fact]
    public void ADateInBracketsIsNotPartOfTheSpeakersName()
    {
        var figures = ReportExtractor.Default.Extract("Last week (14 May) a coast guard official told reporters that 35 sailors were missing.", Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("coast guard official");
    }

    [Fact]
    public void SoFarBeforeTheVerbIsNotTheSpeaker()
    {
        var figures = ReportExtractor.Default.Extract("The relief agency said on Monday it has so far confirmed about 800 flooded homes.", Published);
        figures.Single().Attribution.Origin!.Name.Should().Contain("agency");
    }

    [Fact]
    public void APublishedCountSpeaksForTheFiguresAfterIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "In June the port authority released its latest quarterly numbers on accidents. 48 dock workers were injured, 12 of them seriously.",
            Published);
        figures.Should().HaveCount(2).And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("port authority"));
    }

    [Fact]
    public void AStatedTollReleasesNothingForTheSentencesAfterIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "A river guild put the toll at nine dead. The floods have destroyed more than 400 farms over the years.",
            Published);
        figures.Single(f => f.Text.Contains("400")).Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void AnImpersonalPassiveIsTheOutletsOwnVoice()
    {
        var figures = ReportExtractor.Default.Extract(
            "More than 300 fishermen have drowned since the storms began, the harbour master said on Monday. In total, it's thought that around 900 boats have sunk.",
            Published);
        figures.Single(f => f.Text.Contains("900")).Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void DeterminedThatReportsAndDeterminedToDoesNot()
    {
        var reported = ReportExtractor.Default.Extract("A team of river engineers determined that nearly 2,500 homes were flooded.", Published);
        reported.Single().Attribution.Origin!.Name.Should().Contain("engineers");
        var resolved = ReportExtractor.Default.Extract("The villagers were determined to rebuild the 2,500 homes the flood destroyed.", Published);
        resolved.Single().Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void ANegatedReportNamesNoSource()
    {
        var figures = ReportExtractor.Default.Extract(
            "The registry excluded 3,900 entries that may not have been reported at all by any of the six harbour offices, said the ministry.",
            Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("ministry");
    }

    [Fact]
    public void AndJoinsTheFieldsOfANameAfterFor()
    {
        var figures = ReportExtractor.Default.Extract(
            "More than 640 boats were lost in 2031, says an annual report of the Varne Institute for Coastal and Marine Studies (VICMS).",
            Published);
        figures.Single().Attribution.Origin!.Name.Should().Contain("Coastal and Marine Studies");
    }

    [Theory]
    [InlineData("Sinkings fell sharply along the coast, the Varne Coast Institute said on Monday. The report says the region saw another year of decline. The fleet saw a 30 percent decline in sinkings.", "Varne Coast Institute")]
    [InlineData("Sinkings fell sharply along the coast, the Varne Coast Institute said on Monday. The region saw another year of decline. The fleet saw a 30 percent decline in sinkings.", null)]
    public void AReportThatSaysSpeaksForTheNextSentence(string text, string? origin)
    {
        var figure = ReportExtractor.Default.Extract(text, Published).Single();
        if (origin is null)
        {
            figure.Attribution.Origin.Should().BeNull();
        }
        else
        {
            figure.Attribution.Origin!.Name.Should().Contain(origin);
        }
    }

    [Fact]
    public void ATitleWithItsFieldBeforeANameMakesAPersonForHe()
    {
        var figures = ReportExtractor.Default.Extract(
            "The agency said it had counted 800 flooded homes. Another 400 were found in the hills, deputy secretary general for water affairs Anna Lindqvist told reporters. She estimated that about 150 more had been damaged.",
            Published);
        figures.Single(f => f.Text.Contains("150")).Attribution.Origin!.Name.Should().Contain("Anna Lindqvist");
    }

    [Fact]
    public void AColonNameOpeningABodyParagraphIsADatelineNotASpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "Varne: The storm season has cost the fleet 86 boats, the worst since 2019. The losses in 2019 were lower, harbour records show.",
            Published);
        figures.Single(f => f.Text == "86").Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void AColonNameOnItsOwnLineStillSpeaks()
    {
        var figures = ReportExtractor.Default.Extract("Coast Guard: 86 boats lost in the storm season", Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("Coast Guard");
    }

    [Theory]
    [InlineData("Harbour office figures show that 1,692 boats were lost in the first six months.", "Harbour office figures")]
    [InlineData("The Gazette has learned the figures will show that 114 boats were lost.", "figures")]
    public void FiguresThatShowReport(string text, string origin)
    {
        ReportExtractor.Default.Extract(text, Published).Single().Attribution.Origin!.Name.Should().Contain(origin);
    }

    [Theory]
    [InlineData("Satellite images show at least 40 boats at the quay, according to the port authority.", "port authority")]
    [InlineData("The navy staged a show of force with 40 boats, the port authority said.", "port authority")]
    public void ShowAfterImagesOrAsANounReportsNothing(string text, string origin)
    {
        ReportExtractor.Default.Extract(text, Published).Single().Attribution.Origin!.Name.Should().Be(origin);
    }

    [Fact]
    public void ANameBeforeItsAffiliationIsAPersonForHe()
    {
        var figures = ReportExtractor.Default.Extract(
            "Dozens of boats sank off the cape, a harbour TV crew reported. \"The storm hit the moorings first,\" said Nils Aaberg from the Varne sea rescue society. \"I counted over 50 wrecks yesterday,\" he told reporters.",
            Published);
        var wrecks = figures.Single(f => f.Text.Contains("50"));
        wrecks.Attribution.Origin!.Name.Should().Be("Nils Aaberg");
    }

    [Fact]
    public void TheWarSummedUpInALaterParagraphIsTheOutletsVoice()
    {
        var figures = ReportExtractor.Default.Extract(
            "Shelling killed more than 40 people in the port on Friday, a local monitor said.\n\nThe Varne war entered its fifth year this week having killed 90,000 people and driven 2 million from their homes.",
            Published);
        figures.Single(f => f.Text == "more than 40").Attribution.Origin!.Name.Should().Contain("monitor");
        figures.Where(f => f.Text is "90,000" or "2 million").Should().HaveCount(2).And.OnlyContain(f => f.Attribution.Origin == null);
    }
}
