using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 35 (origin35b; items written for the project, invented names and numbers): sources the
/// reading did not reach. A second subject whose counting verb is left out ("Kessia put the toll at 400 and Varo at 600",
/// "but the Tesk Herald has them at around 900") speaks for its own figure; a work cited by author and year in brackets
/// after a figure ("(Marlow 1998, p. 45)") is its source, and its year dates no figure; "raised the death toll to N" and
/// "speak of N" report the figure for their subject.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Kessia put the toll at 400 and Varo at 600.", "400", "Kessia", "600", "Varo")]
    [InlineData("Varo put the number of dead at 600, Kessia at 400.", "600", "Varo", "400", "Kessia")]
    [InlineData("The Varo Courier puts the Dovran dead at 1,200, but the Tesk Herald has them at around 900.", "1,200", "Varo Courier", "around 900", "Tesk Herald")]
    public void ASecondSubjectWithItsVerbLeftOutSpeaksForItsOwnFigure(string text, string first, string firstSource, string second, string secondSource)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == first).Attribution.Origin!.Name.Should().Contain(firstSource);
        figures.Single(f => f.Text == second).Attribution.Origin!.Name.Should().Contain(secondSource);
    }

    [Fact]
    public void ASecondFigureOfTheSameSubjectKeepsItsSpeaker()
    {
        var figures = ReportExtractor.Default.Extract("Kessia put the toll at 400 on Monday and at 650 by Friday.", Published);
        figures.Single(f => f.Text == "650").Attribution.Origin!.Name.Should().Be("Kessia");
    }

    [Theory]
    [InlineData("The Dovran army lost about 12,000 men at Orsk (Marlow 1998, p. 45).", "about 12,000", "Marlow")]
    [InlineData("The Dovran army lost about 12,000 men at Orsk ( Marlow 1998).", "about 12,000", "Marlow")]
    [InlineData("The garrison lost 3,000 men (Marlow and Hart 2004: 112). Another 800 were captured at Tesk.", "3,000", "Marlow")]
    public void AWorkCitedByAuthorAndYearIsTheSourceOfTheFigureBeforeIt(string text, string figure, string author)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        var cited = figures.Single(f => f.Text == figure);
        cited.Attribution.Origin!.Name.Should().Contain(author);
        figures.Should().OnlyContain(f => f.RefersTo.Start.Year > 2020); // the work's year dates no figure
    }

    [Fact]
    public void AMonthAndYearInBracketsNameNoAuthor()
    {
        var figures = ReportExtractor.Default.Extract("The garrison of 3,000 surrendered at Orsk (March 1998).", Published);
        figures.Single(f => f.Text == "3,000").Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void RaisingTheTollToAFigureReportsIt()
    {
        var figures = ReportExtractor.Default.Extract("The Dovran health ministry raised the death toll to 2,300 on Monday.", Published);
        figures.Single(f => f.Text == "2,300").Attribution.Origin!.Name.Should().Contain("health ministry");
    }

    [Fact]
    public void RaisingANumberOfTroopsReportsNothing()
    {
        var figures = ReportExtractor.Default.Extract("The Dovran army raised the number of troops in Varo to 5,000.", Published);
        figures.Single(f => f.Text == "5,000").Attribution.Origin.Should().BeNull();
    }

    [Theory]
    [InlineData("Most Varo historians speak of 4,100 Dovran casualties.", "4,100", "Varo historians")]
    [InlineData("Later Tesk studies speak of 6,000 to 7,500 Dovran dead.", "6,000 to 7,500", "Tesk studies")]
    public void SpeakingOfAFigureReportsIt(string text, string figure, string source)
        => ReportExtractor.Default.Extract(text, Published).Single(f => f.Text == figure).Attribution.Origin!.Name.Should().Contain(source);

    [Fact]
    public void SpeakingOfAnEventReportsNothing()
    {
        var figures = ReportExtractor.Default.Extract("Survivors in Varo speak of a massacre. The raid left 300 dead.", Published);
        figures.Single(f => f.Text == "300").Attribution.Origin.Should().BeNull();
    }
}

/// <summary>
/// Session 35 (origin35b): a figureless sentence that credits the figures the text goes on to give ("The figures below
/// were drawn from a count kept by the Belmar Historical Society.") lends its maker to the figures after it; sentences
/// written for the project.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void ASentenceCreditingTheFiguresBelowLendsItsMakerToThem()
    {
        var figures = ReportExtractor.Default.Extract(
            "Nobody knows how many men fought at Orsk.\n"
            + "The figures below were drawn from a count kept by the Belmar Historical Society.\n"
            + "The Dovran army sent about 55,000 men to Orsk.\n"
            + "It lost 8,000 killed and 14,000 wounded.",
            Published);
        figures.Where(f => f.Text is "about 55,000" or "8,000" or "14,000").Should().HaveCount(3)
            .And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("Belmar Historical Society"));
    }

    [Fact]
    public void ASentenceAboutTheFiguresWithNoMakerLendsNothing()
    {
        var figures = ReportExtractor.Default.Extract(
            "The figures below are rough.\nThe Dovran army sent about 55,000 men to Orsk.", Published);
        figures.Single(f => f.Text == "about 55,000").Attribution.Origin.Should().BeNull();
    }
}
