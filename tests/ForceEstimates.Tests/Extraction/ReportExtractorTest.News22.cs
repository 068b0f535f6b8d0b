using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Origins the eleventh real-news check read wrong, by construction (sentences written for the project): attribution
/// phrases ("as per", a dated document before its maker, an agent followed by the occasion it spoke at).
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("The flood damage in the lower valley, as per the river authority, now covers 46 farms and 1,200 hectares.", "river authority")]
    [InlineData("As per the harbour police, 19 boats sank in the storm and 7 crewmen are missing.", "harbour police")]
    [InlineData("The toll on the eastern road, as per official figures, has risen to 38 dead and 95 injured.", "official figures")]
    public void AsPerAttributesLikeAccordingTo(string text, string origin)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Should().HaveCountGreaterThan(1);
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == origin);
    }

    [Fact]
    public void PerAfterAnythingButAsAttributesNothing()
    {
        var figures = ReportExtractor.Default.Extract("The ferry carried 300 passengers per crossing and 12 cars per deck.", Published);
        figures.Should().NotBeEmpty().And.OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void AccordingToOfficialFiguresNamesTheOfficialCount()
    {
        var figures = ReportExtractor.Default.Extract("According to government statistics, the mudslide buried 64 houses.", Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("government statistics");
    }

    [Theory]
    [InlineData("The quake destroyed 410 homes and left 2,300 people without shelter, according to March 9 statistics by Housing Minister Petra Olund.")]
    [InlineData("The quake destroyed 410 homes and left 2,300 people without shelter, according to March 9, 2031 figures released by Housing Minister Petra Olund.")]
    public void ADateBeforeTheDocumentIsNotItsMaker(string text)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Should().HaveCount(2).And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("Petra Olund"));
    }

    [Fact]
    public void AnAgentsOccasionIsNotPartOfItsName()
    {
        var figures = ReportExtractor.Default.Extract(
            "The new shipyard can launch 40 patrol boats a year. This was stated by Navy Secretary Ilse Brandt at the Nordic maritime summit in Bergen.",
            Published);
        figures.Single().Attribution.Origin!.Name.Should().Contain("Ilse Brandt").And.NotContain("summit").And.NotContain("Bergen");
    }

    [Fact]
    public void AnAgentsWorkplaceAfterALowerCaseTitleStaysWithIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "The shelter now houses 85 families. This was stated by a spokesman at the city hall.",
            Published);
        figures.Single().Attribution.Origin!.Name.Should().Contain("city hall");
    }

    [Fact]
    public void AnOpenAppositionEndingOnANumberLeavesTheSubjectSpeaking()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Harlow Registry, a record kept by the coast archive listing the 2,140 drownings between May 1950 and June 2010 shows that 320 of them were tourists.",
            Published);
        figures.Select(f => f.Text).Should().Contain("2,140").And.Contain("320");
        figures.Where(f => f.Text is "2,140" or "320").Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("Harlow Registry"));
    }

    [Fact]
    public void AnAppositionClosedByItsCommaIsReadAsBefore()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Harlow Registry, a record kept by the coast archive, shows that 320 drowned tourists were never named.",
            Published);
        figures.Single().Attribution.Origin!.Name.Should().Contain("Harlow Registry");
    }

    [Fact]
    public void AParticiplePhraseBetweenSubjectAndVerbLeavesTheSubjectSpeaking()
    {
        var figures = ReportExtractor.Default.Extract(
            "Miners at pits in the Korva valley reached by telephone from the regional seat, Dalsk, said 23 shafts had flooded.",
            Published);
        figures.Single().Attribution.Origin!.Name.Should().StartWith("Miners");
    }

    [Theory]
    [InlineData("The river ferry sank near Ostrel on Sunday with 60 aboard, the coast guard said. Ostrel, a port town of 45,000 people, has no hospital.")]
    [InlineData("The river ferry sank near Ostrel on Sunday with 60 aboard, the coast guard said.\nFew of the town's 45,000 people had heard of the ferry line.")]
    public void APlacesPopulationIsTheOutletsBackground(string text)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == "60").Attribution.Origin!.Name.Should().Be("coast guard");
        figures.Single(f => f.Text.Contains("45,000")).Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void APopulationLeavesTheSourceForTheFiguresAfterIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "The river ferry sank near Ostrel on Sunday with 60 aboard, the coast guard said. The town of 45,000 lost 14 fishermen in the wreck.",
            Published);
        figures.Single(f => f.Text.Contains("45,000")).Attribution.Origin.Should().BeNull();
        figures.Single(f => f.Text == "14").Attribution.Origin!.Name.Should().Be("coast guard");
    }

    [Fact]
    public void AVerbOfAccusingReportsTheAccusersCharge()
    {
        var figures = ReportExtractor.Default.Extract(
            "The harbour authority on Friday accused the smugglers of sinking 9 patrol boats and killing 23 sailors.",
            Published);
        figures.Select(f => f.Text).Should().Contain("23");
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "harbour authority");
    }

    [Fact]
    public void TheAccusedAsAParticipleSpeaksForNoOne()
    {
        var figures = ReportExtractor.Default.Extract("Smugglers accused of sinking patrol boats drowned 23 sailors last spring.", Published);
        figures.Single().Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void AListAfterTheFollowingEstimatesInTheOutletsVoiceHasNoSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "The harbour authority counted 640 wrecks along the coast.\nThere are so many unnamed wrecks, though, that the following estimates are rough guides:\nSunk by storms: 410\nSunk by mines: 150",
            Published);
        figures.Single(f => f.Text == "640").Attribution.Origin!.Name.Should().Be("harbour authority");
        figures.Where(f => f.Text is "410" or "150").Should().HaveCount(2).And.OnlyContain(f => f.Attribution.Origin == null);
    }

    [Theory]
    [InlineData("The ferry sank off Carrow Point in March.\nMara Tellen, one of its deckhands, remembers the night with dread.\n\"The water rose in minutes, and 31 of my shipmates were trapped below.\"", "Mara Tellen")]
    [InlineData("The ferry sank off Carrow Point in March.\nJoss Imre, another deckhand, says he still dreams of it.\n\"We pulled 58 bodies from the hull that week.\"", "Joss Imre")]
    public void AQuotationAfterThePersonWhoIntroducesItIsTheirs(string text, string origin)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single().Attribution.Origin!.Name.Should().Be(origin);
    }

    [Fact]
    public void AQuotationAfterASentenceNamingNoPersonHasNoSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "The ferry sank off Carrow Point in March.\nThe harbour has been quiet since then.\n\"We pulled 58 bodies from the hull that week.\"",
            Published);
        figures.Single().Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void ThisIsWhatXSaidPointsBackToTheFigureBeforeIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "The shipyards launched 12 patrol boats in May, the navy said.\nIt was earlier reported that the yards could build more than 40 boats a year. This is what Deputy Minister Lena Varo said.",
            Published);
        figures.Single(f => f.Text == "12").Attribution.Origin!.Name.Should().Be("navy");
        figures.Single(f => f.Text.Contains("40")).Attribution.Origin!.Name.Should().Contain("Lena Varo");
    }

    [Fact]
    public void WhatAfterAnythingButAnOpeningPointerIsNoBackReference()
    {
        var figures = ReportExtractor.Default.Extract(
            "The shipyards launched 12 patrol boats in May, the navy said.\nThe yards could build more than 40 boats a year. Nobody knows what Deputy Minister Lena Varo said.",
            Published);
        figures.Single(f => f.Text.Contains("40")).Attribution.Origin?.Name.Should().NotContain("Lena Varo");
    }
}
