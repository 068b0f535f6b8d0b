using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Forms of reporting, lists in the outlet's voice, phrases that name no one and crime tallies, by class of construction as a
/// seventh fresh check on real news excerpts (kept outside the repository) found them: each test reads sentences written for
/// the project, not the excerpts.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("The district coroner listed the flood toll at 212 on Tuesday.", "212", "district coroner")]
    [InlineData("Governor Anselm Tarrow rejected the count, placing the number of missing fishermen at 37.", "37", "Governor Anselm Tarrow")]
    public void AVerbOfPlacingAFigureAtReportsIt(string text, string figure, string origin)
    {
        var found = ReportExtractor.Default.Extract(text, Published).Single(f => f.Text == figure);
        found.Attribution.Origin!.Name.Should().Be(origin);
    }

    [Theory]
    [InlineData("Quote: 27 landing craft were hit in the raid on the Orvel yards.")]
    [InlineData("Background: about 1,400 volunteers joined the Brask militia last spring.")]
    [InlineData("Timeline: 60 villages were shelled in the first week.")]
    public void AnEditorialLabelBeforeAColonIsNoSpeaker(string text)
    {
        // A page's label for what follows ("Quote:", "Background:") names no one: no figure of the line is its.
        foreach (var figure in ReportExtractor.Default.Extract(text, Published))
        {
            (figure.Attribution.Origin?.Name ?? "").Should().NotBe(text[..text.IndexOf(':', System.StringComparison.Ordinal)]);
        }
    }

    [Fact]
    public void PlacingOrListingWithoutAtReportsNothing()
    {
        ReportExtractor.Default.Extract("The brigade placed 60 guards around the depot.", Published).Single()
            .Attribution.IsEmpty.Should().BeTrue("placing guards is an act, not a figure reported");
    }

    [Theory]
    [InlineData("The Valdren Monitor obtained a full register of 4,318 dead conscripts.", "4,318", "Valdren Monitor")]
    [InlineData("Later, the navy revised the sailors' toll from 61 to only 48.", "48", "navy")]
    [InlineData("Colonel Mirela Osk also provided an estimate of the deserters in the spring -- 700.", "700", "Colonel Mirela Osk")]
    public void AVerbWithATallyOrDocumentForObjectReportsIt(string text, string figure, string origin)
    {
        var found = ReportExtractor.Default.Extract(text, Published).Single(f => f.Text.EndsWith(figure));
        found.Attribution.Origin!.Name.Should().Be(origin);
    }

    [Fact]
    public void AVerbWithAnotherObjectReportsNothing()
    {
        ReportExtractor.Default.Extract("The rebels obtained 300 rifles from a police depot.", Published).Single()
            .Attribution.IsEmpty.Should().BeTrue("obtaining rifles reports no figure");
    }

    [Fact]
    public void AListIntroducedInTheOutletsVoiceContinuesNoSource()
    {
        const string text = "The navy said 40 sailors were lost in the storm off Carrow Point.\n"
                            + "Here are some figures on the fleet:\n"
                            + "Frigates: 14\n"
                            + "Patrol boats: 31\n";
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == "40").Attribution.Origin!.Name.Should().Be("navy");
        figures.Where(f => f.Text is "14" or "31").Should().HaveCount(2)
            .And.OnlyContain(f => f.Attribution.IsEmpty, "\"Here\" is the outlet speaking, not a source");
    }

    [Fact]
    public void AnAdjectiveBeforeAQuotedNameIsNoSourceWhenAnAgentFollows()
    {
        var found = ReportExtractor.Default.Extract(
            "According to a new \"hunger map\" compiled by a Danish relief network, some 90,000 herders have left the plateau.", Published).Single();
        found.Attribution.Origin!.Name.Should().Be("Danish relief network");
    }

    [Fact]
    public void SpeakingOnConditionOfAnonymityNamesNoOne()
    {
        var found = ReportExtractor.Default.Extract(
            "A port official speaking on condition of anonymity reported 23 dockworkers were killed in the blast.", Published).Single();
        found.Attribution.Origin!.Name.Should().Contain("port official");
    }

    [Fact]
    public void AYearBeforeTheDataLeadIsNoPartOfTheSource()
    {
        var found = ReportExtractor.Default.Extract(
            "According to 2021 data from the Ostrava Crime Bureau 88 robberies were recorded in the port.", Published).Single();
        found.Attribution.Origin!.Name.Should().Contain("Ostrava Crime Bureau");
    }

    [Theory]
    [InlineData("Police in Tarnova recorded 412 homicides last year.")]
    [InlineData("The state prosecutor said 95 murders were linked to the feud.")]
    public void HomicidesCountPeopleKilled(string text)
    {
        ReportExtractor.Default.Extract(text, Published).Single().Kind.Should().Be(FigureKind.Casualties);
    }

    [Fact]
    public void ADocumentNounBeforeAHeadlinesColonNamesNoSpeaker()
    {
        const string text = "Report: Floods in Varn province have killed 1,240\n"
                            + "The Kessel Relief Group estimates that 1,240 people have died since the rains began in March.\n";
        var figure = ReportExtractor.Default.Extract(text, Published)[0];
        figure.Attribution.Origin!.Name.Should().Be("Kessel Relief Group", "\"Report:\" says a report exists; the text names its maker");
    }

    [Fact]
    public void AHeadlinesInitialsBeforeAColonAreNoTranscriptTag()
    {
        const string text = "U.N.: 3,000 villagers displaced by fighting near Orsk\n"
                            + "A force of about 2,000 troops arrived in the valley on Tuesday.\n"
                            + "The convoy carried 40 tonnes of flour.\n";
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == "about 2,000").Attribution.IsEmpty.Should().BeTrue(
            "\"U.N.:\" opens a headline, not a transcript's speaker who says every paragraph after it");
    }
}
