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
