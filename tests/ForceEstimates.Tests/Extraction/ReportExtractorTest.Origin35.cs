using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 35 (items written for the project, invented places, names and numbers): the outlet's own
/// sentences do not borrow the source of a neighbouring one. "Has claimed thousands of police and civilian lives" is a toll
/// (the war takes lives), not a claim by the sentence's subject; a speaker who forecasts that a count will move ("expects the
/// number of dead to rise") gives no count, so the outlet's summing up after it is not the speaker's; a paragraph dated a season (three months) before the
/// time of the source's figures tells an earlier event in the outlet's voice; in a count compared "than the last figure reported on Friday"
/// the participle describes the figure: "figure" is no speaker.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void AWarThatClaimedLivesOfSeveralKindsSpeaksForNoOne()
    {
        var figures = ReportExtractor.Default.Extract(
            "The army said 14 soldiers were killed in the raid on Tesk on Monday.\n\n"
            + "Dovra's government has fought a rebellion that began in the hills in 2016 and has claimed thousands of police and civilian lives.\n\n"
            + "Although about 2,600 Varo police officers guard the hills, the fighting has reached the coast.",
            Published);
        figures.Single(f => f.Text == "thousands").Attribution.Origin.Should().BeNull();
        figures.Single(f => f.Text == "about 2,600").Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void AForecastThatACountWillMoveNamesNoSourceForTheFiguresAfterIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "Grass fires spread across the Belmar plain on Tuesday, killing at least 31 people and burning hundreds of barns.\n\n"
            + "Belmar's fire chief, Anton Dolsk, said he expects the number of dead to rise.\n\n"
            + "By Tuesday night, 41 fires were burning across the plain, against 26 a day earlier.",
            Published);
        figures.Where(f => f.Text is "41" or "26").Should().HaveCount(2)
            .And.OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void AFigureDatedASeasonBeforeTheDaysNewsIsTheOutletsBackground()
    {
        var figures = ReportExtractor.Default.Extract(
            "Marn district police said on Friday that 27 bodies had been pulled from the mud after the slide.\n\n"
            + "At least 64 people drowned in the nearby Orsk valley in July. A further 12 died there in August.",
            Published);
        figures.Single(f => f.Text == "27").Attribution.Origin!.Name.Should().Contain("Marn district police");
        figures.Where(f => f.Text is "At least 64" or "12").Should().HaveCount(2)
            .And.OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void AMonthlyReportsComparisonWithTheMonthBeforeStaysTheSources()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Dolsk rights mission said on Monday that 312 civilians were killed in October. In September, 254 civilians were killed.",
            Published);
        figures.Single(f => f.Text == "254").Attribution.Origin!.Name.Should().Contain("Dolsk rights mission");
    }

    [Fact]
    public void TheLastFigureReportedIsNoSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Tarvo civil defence office said on Sunday that 58 people had died in the cyclone.\n\n"
            + "The count was 12 more than the last figure reported on Friday.",
            Published);
        // Whose reckoning the difference is (the office's report going on, or the outlet's) is the continuation's to
        // say; the compared figure is no one who speaks.
        var origin = figures.Single(f => f.Text == "12").Attribution.Origin;
        (origin is null || origin.Name == "Tarvo civil defence office").Should().BeTrue("the participle after a compared count names no speaker");
    }
}
