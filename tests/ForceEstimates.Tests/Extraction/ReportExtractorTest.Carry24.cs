using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// When a source carries into the sentences after it (sentences written for the project): a record's "since" is no
/// background, and a sentence comparing back continues the source.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Figures released by the Varnish Interior Ministry on Monday showed that 214 people were killed in October.\n\nThat's up from 180 deaths in September and 151 in August, the lowest monthly toll since the uprising began in 2011.")]
    [InlineData("Figures released by the Varnish Interior Ministry on Monday showed that 214 people were killed in October. The toll in September was 180, the lowest monthly toll since the uprising in 2011.")]
    [InlineData("The Varnish Interior Ministry said on Monday that 214 people were killed in October. Some 180 of them were civilians, the highest number since 2011.")]
    public void ARecordsSinceIsNoBackground(string text)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text.Contains("180")).Attribution.Origin!.Name.Should().Contain("Interior Ministry");
    }

    [Fact]
    public void ASinceWithNoRecordStaysBackground()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Varnish Interior Ministry said on Monday that 214 people were killed in October.\n\nSince the uprising began in 2011, more than 9,000 people have been killed.",
            Published);
        figures.Single(f => f.Text.Contains("9,000")).Attribution.Origin.Should().BeNull();
    }

    [Theory]
    [InlineData("Ombudsman Lena Varga said 512 civilians died in the first half of this year. That compares to 377 in the first half of 2019.")]
    [InlineData("Ombudsman Lena Varga said 512 civilians died in the first half of this year. That is down from 377 in the first half of 2019.")]
    public void ASentenceComparingBackContinuesItsSource(string text)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == "377").Attribution.Origin!.Name.Should().Contain("Lena Varga");
    }
}
