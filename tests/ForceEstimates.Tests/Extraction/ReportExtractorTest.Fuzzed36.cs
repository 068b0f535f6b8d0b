using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Text the mutation fuzzer (tools/ExtractionFuzz, session 36) found to throw, each shrunk to the least that still threw
/// and rewritten in invented words.
/// </summary>
public class Fuzzed36Test
{
    private static readonly NodaTime.LocalDate Published = new(2024, 11, 23);

    [Theory]
    [InlineData("9 - B|")]
    [InlineData("0 - L-")]
    [InlineData("Tesk quake toll at 300 - Varo|")]
    [InlineData("40 missing - Dovra Post.|")]
    public void AHeadlineTailEndingInAMarkIsReadWithoutThrowing(string text)
    {
        // A headline's tail after a dash ("- B|") ends in a mark that is no word character: the last word of the would-be
        // speaker was looked up past the text's end when its time adverbial was looked for (IndexOutOfRangeException).
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Should().NotBeEmpty();
        ReportExtractor.ToReports(figures).Should().HaveCount(figures.Count);
    }
}
