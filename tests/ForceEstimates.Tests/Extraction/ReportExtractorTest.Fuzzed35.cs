using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Text the mutation fuzzer (tools/ExtractionFuzz, session 35) found to throw, each shrunk to the least that still threw
/// and rewritten in invented words.
/// </summary>
public class Fuzzed35Test
{
    private static readonly NodaTime.LocalDate Published = new(2024, 11, 23);

    [Theory]
    [InlineData("a .estimate 40 soldiers")]
    [InlineData("Varo said on Monday that a . estimate 300 troops crossed at Dovra.")]
    [InlineData("The . estimates 1,200 dead, the mayor of Tesk said.")]
    public void ADeterminerWithNothingAfterItNamesNoSource(string text)
    {
        // "a .estimate 40": "a" read as the subject of the verb "estimate", and the name after the determiner was empty;
        // the source link was made with no name, and ToReports threw ArgumentException (parameter 'name').
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Should().NotBeEmpty();
        figures.SelectMany(f => f.Attribution.Chain).Should().NotContain(link => !link.Name.Any(char.IsLetterOrDigit));
        ReportExtractor.ToReports(figures).Should().HaveCount(figures.Count);
    }
}
