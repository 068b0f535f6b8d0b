using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Text the mutation fuzzer (tools/ExtractionFuzz, session 37) found to throw, shrunk to the least that still threw and
/// rewritten in invented words.
/// </summary>
public class Fuzzed37Test
{
    private static readonly NodaTime.LocalDate Published = new(2024, 11, 23);

    [Theory]
    [InlineData("in M  Leave 6")]
    [InlineData("Storms in Varo  Leave 12 Dead")]
    [InlineData("Floods in Tesk  Kill 9")]
    public void APlaceCutBeforeAHeadlineVerbAfterADoubleSpaceIsReadWithoutThrowing(string text)
    {
        // A headline's verb after a doubled space ("Varo  Leave") was cut off the place with one of the two spaces left on it
        // ("Varo "); the next check read the letter after that last space, past the end of the place (IndexOutOfRangeException
        // in QuantityGuess.Place).
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Should().NotBeEmpty();
        ReportExtractor.ToReports(figures).Should().HaveCount(figures.Count);
    }
}
