using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Extraction;
using ForceEstimates.Tests.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>Article → extracted figure → report → aggregate, end to end, without counting a figure twice.</summary>
public class ExtractedIntoAggregateTest
{
    [Fact]
    public void AnExtractedFigureJoinsTheOtherReportsAndSharesItsOriginWithTheSamplesCopy()
    {
        var text = ExtractionData.Read("kursk-2024-11-23.txt");
        var figures = ReportExtractor.Default.Extract(text, new LocalDate(2024, 11, 23), "Kyiv Independent");
        var quantity = Samples.NorthKoreanTroops[0].Quantity;
        var extracted = figures.Single(f => f.Estimate.Stated.Values.SequenceEqual(new[] { 11_000.0 })).ToReport(quantity, "extracted/north-korean-troops");

        var reports = Samples.NorthKoreanTroops.Add(extracted);
        var asOf = new LocalDate(2024, 12, 31);
        var with = Aggregate.Of(reports, asOf);
        var without = Aggregate.Of(Samples.NorthKoreanTroops, asOf);

        with.IndependentOrigins.Should().Be(without.IndependentOrigins, "the extracted figure is Kyiv's, as is the sample's copy of it");
        with.Contributions.Single(c => c.Report.Id == extracted.Id).SharedOriginCount.Should().Be(2);
        with.Value.Should().BeApproximately(without.Value, without.Value * 0.02);
    }
}
