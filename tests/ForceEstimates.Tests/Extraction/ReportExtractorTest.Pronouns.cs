using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>A figure whose subject is a pronoun ("1,100 of them") counts what the figure before it counts.</summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("The agency said about 11,000 North Korean troops were in the region, and that about 1,100 of them had been killed or wounded.", "North Korean troops")]
    [InlineData("The office counted 812 civilians killed this year; 240 of them were children.", "civilians")]
    [InlineData("Some 19 million people – 45 per cent of the population – are displaced, and 6 million of them are in camps.", "people")]
    public void APronounSubjectIsTheFigureBeforeIt(string text, string subject)
    {
        // Sentences written for this test; in the last, "them" are the people, not the share.
        ReportExtractor.Default.Extract(text, Published)[^1].Subject.Should().Be(subject);
    }

    [Fact]
    public void APartOfAForceMeetsItsForceInTheQuantity()
    {
        var figures = ReportExtractor.Default.Extract(
            "The agency said about 11,000 North Korean troops were in the region, and that about 1,100 of them had been killed or wounded.", Published);

        var reports = ReportExtractor.ToReports(figures);

        reports[1].Quantity.Subject.Should().Be("North Korean troops");
        reports[1].Quantity.Metric.Name.Should().Be("losses");
        reports[0].Quantity.Metric.Should().Be(Metric.Personnel);
    }

    [Fact]
    public void APronounWithNoFigureBeforeItStaysAsWritten()
        => ReportExtractor.Default.Extract("Officials said 240 of them were children.", Published).Single().Subject.Should().Be("them");
}
