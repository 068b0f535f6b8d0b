using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Session 34 (lead): a footnote mark with its group's label ("[note 4]", "[nb 2]", "[lower-alpha 1]", the groups
/// encyclopedic pages number their notes in) is no figure, as a bare "[4]" was not; sentences written for the project.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("The Ruhland army lost 1,200 men.[note 4] Tesk claimed 300 dead.", "4", "1,200")]
    [InlineData("The Ruhland army lost 1,200 men.[Note 4]", "4", "1,200")]
    [InlineData("Varo put the toll at 500[nb 2] and Kessia at 600.", "2", "500")]
    [InlineData("Varo put the toll at 500[lower-alpha 1] and Kessia at 600.", "1", "600")]
    [InlineData("Garrison | 2,400 [n 7] | Dovra |", "7", "2,400")]
    public void FootnoteMarksWithTheirGroupsLabelAreNoFigures(string text, string notFigure, string figure)
    {
        var found = ReportExtractor.Default.Extract(text, Published).Select(f => f.Text).ToList();
        found.Should().NotContain(notFigure);
        found.Should().Contain(figure);
    }

    [Theory]
    [InlineData("The brigade [of] 400 men held the ridge.", "400")]
    [InlineData("The raid killed [at least] 40 people.", "40")]
    public void ANumberAfterOtherBracketedWordsIsStillAFigure(string text, string figure)
        => ReportExtractor.Default.Extract(text, Published).Select(f => f.Text).Should().Contain(t => t.EndsWith(figure, System.StringComparison.Ordinal));
}

/// <summary>
/// Session 34 (lead): the ground a speaker's "we" holds is the speaker's side, read from the speaker's name (a country's
/// possessive or a nationality), so that the area a general staff's source says "we" control meets the same side's area
/// in other reports; sentences written for the project.
/// </summary>
public class TerritoryOfTheSpeakersSideTest
{
    private static readonly NodaTime.LocalDate Published = new(2024, 11, 23);

    [Theory]
    [InlineData("\"At most, we controlled about 1,376 square kilometres,\" a source in Kessia's General Staff told the Varo Courier.", "Kessian forces")]
    [InlineData("\"Now we control approximately 800 square kilometres,\" a source in Kessia\u2019s General Staff told the Varo Courier.", "Kessian forces")]
    [InlineData("\"We have liberated 450 square kilometres,\" a Ukrainian commander said.", "Ukrainian forces")]
    public void TheAreaAStaffSourceSaysWeHoldIsItsSides(string text, string side)
    {
        var report = ReportExtractor.ToReports(ReportExtractor.Default.Extract("Front update\n" + text, Published)).Single();
        report.Quantity.Subject.Should().Be(side);
    }

    [Fact]
    public void AWeOfASpeakerOfNoCountryNamesNoSide()
    {
        var report = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "Front update\n\"We controlled about 1,376 square kilometres,\" the mayor of Dovra told the Varo Courier.", Published)).Single();
        report.Quantity.Subject.Should().NotEndWith("forces");
    }
}

/// <summary>
/// Session 34 (found by mutating dev excerpts): "40 or fewer than 200" read "40 or fewer" and then "fewer than 200", two
/// figures over the same words, and reading the sentence threw (the text between them had a negative length). A
/// comparative followed by "than" opens the next number's bound; figures never overlap.
/// </summary>
public class OverlappingFiguresTest
{
    private static readonly NodaTime.LocalDate Published = new(2024, 11, 23);

    [Theory]
    [InlineData("They attack in groups of 40 or fewer than 200 men, a Varo spokesman said.", "40", "fewer than 200")]
    [InlineData("Between 30 or more than 400 people were hurt.", "30", "more than 400")]
    public void AComparativeBeforeThanIsTheNextNumbersBound(string text, string first, string second)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Select(f => f.Text).Should().Contain([first, second]);
        for (int i = 1; i < figures.Count; i++)
        {
            figures[i].Start.Should().BeGreaterThanOrEqualTo(figures[i - 1].Start + figures[i - 1].Length);
        }
    }

    [Theory]
    [InlineData("40 or fewer", HedgeKind.AtMost)]
    [InlineData("about 300 or more", HedgeKind.AtLeast)]
    public void ATrailingHedgeWithNoThanAfterItIsStillRead(string text, HedgeKind hedge)
        => Estimate.Parse(text).Hedge.Should().Be(hedge);
}
