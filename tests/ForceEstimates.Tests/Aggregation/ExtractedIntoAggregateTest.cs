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
        // "Kyiv has previously said" refers to the days before publication: the sample's copy, dated the day itself, is
        // Kyiv's newer figure of the level and supersedes it; with every figure kept the two share Kyiv's weight.
        with.Contributions.Single(c => c.Report.Id == extracted.Id).Exclusion.Should().Be(Exclusion.Superseded);
        with.Value.Should().Be(without.Value);
        var everyFigure = Aggregate.Of(reports, asOf, AggregationOptions.Default with { SupersedeOlderLevels = false });
        everyFigure.IndependentOrigins.Should().Be(without.IndependentOrigins);
        everyFigure.Contributions.Single(c => c.Report.Id == extracted.Id).SharedOriginCount.Should().Be(2);
        everyFigure.Value.Should().BeApproximately(without.Value, without.Value * 0.02);
    }

    /// <summary>Issue 13: unattributed figures of different articles used to share one origin, "unattributed", and so one weight.</summary>
    [Fact]
    public void UnattributedFiguresOfDifferentArticlesAreEachTheirOwnVoice()
    {
        var quantity = Quantity.Of(Metric.Personnel, "Russian troops", "Kursk Oblast", Unit.Persons, Statistic.Level);
        var day = new LocalDate(2024, 11, 23);
        var first = ReportExtractor.Default.Extract("About 5,000 troops arrived in the town.", day).Single().ToReport(quantity);
        var second = ReportExtractor.Default.Extract("About 7,000 troops arrived in the town.", day).Single().ToReport(quantity);

        first.Provenance.Origin.IsAnonymous.Should().BeTrue();
        first.Provenance.SharesOriginWith(second.Provenance).Should().BeFalse();
        var aggregate = Aggregate.Of([first, second], day);
        aggregate.IndependentOrigins.Should().Be(2);
        aggregate.Contributions.Should().OnlyContain(c => c.SharedOriginCount == 1);
    }

    [Fact]
    public void UnattributedFiguresOfOneArticleAreEachTheirOwnVoice()
    {
        var quantity = Quantity.Of(Metric.Personnel, "Russian troops", "Kursk Oblast", Unit.Persons, Statistic.Level);
        var day = new LocalDate(2024, 11, 23);
        var figures = ReportExtractor.Default.Extract("About 5,000 troops arrived in the town.\n\nElsewhere, about 7,000 troops arrived in the valley.", day);
        figures.Should().HaveCount(2);
        figures.Should().OnlyContain(f => f.Attribution.IsEmpty);

        var aggregate = Aggregate.Of(figures.Select(f => f.ToReport(quantity)), day);
        aggregate.IndependentOrigins.Should().Be(2);
    }

    /// <summary>The control: a named source stays one voice across articles, so the tests above could fail.</summary>
    [Fact]
    public void ANamedSourceOfDifferentArticlesIsStillOneVoice()
    {
        var quantity = Quantity.Of(Metric.Personnel, "Russian troops", "Kursk Oblast", Unit.Persons, Statistic.Level);
        var day = new LocalDate(2024, 11, 23);
        var first = ReportExtractor.Default.Extract("About 5,000 troops arrived in the town, Ukraine's General Staff said.", day).Single().ToReport(quantity);
        var second = ReportExtractor.Default.Extract("About 7,000 troops arrived in the town, Ukraine's General Staff said.", day).Single().ToReport(quantity);

        var aggregate = Aggregate.Of([first, second], day);
        aggregate.IndependentOrigins.Should().Be(1);
        aggregate.Contributions.Should().OnlyContain(c => c.SharedOriginCount == 2);
    }
}
