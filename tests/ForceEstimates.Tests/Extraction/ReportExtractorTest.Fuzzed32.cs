using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>Text a fuzzing run over mutated real-shaped articles found to throw (session 32).</summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("The strike killed 40 in West Kessia's Dovra's", "40")]
    [InlineData("The strike killed 40 in West Kessia's Dovra's.", "40")]
    [InlineData("0 in North Region's Kessa's", "0")]
    public void APossessorWithNoNameAfterItNamesNoPlace(string text, string figure)
    {
        // "West Kessia's" reads as a possessor narrowing the name after it, and "Dovra's" as another with nothing after
        // it: the name began after its end, and taking it threw ArgumentOutOfRangeException (a negative length).
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Should().ContainSingle().Which.Text.Should().Be(figure);
        (figures[0].Place ?? "").Should().NotEndWith("'s");
    }
}
