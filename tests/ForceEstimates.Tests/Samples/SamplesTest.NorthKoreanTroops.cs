using System.Linq;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.SamplesTests;

// The expected values are the showcase table of the aggregation issue (North Korean troops sent to Russia for the Kursk front).
public partial class SamplesTest
{
    private static ReportCollection NorthKorean => ForceEstimates.Samples.NorthKoreanTroops;

    [Fact]
    public void NorthKoreanTroopsHasTheSevenReportsInDateOrder()
    {
        NorthKorean.Select(r => r.Id).Should().Equal(
            "nk-troops/2024-10-29-us",
            "nk-troops/2024-10-29-hur",
            "nk-troops/2024-11-20-nis",
            "kursk-2024-11-23/north-korean-troops",
            "nk-troops/2024-12-19-nis",
            "nk-troops/2025-02-11-agencies",
            "nk-troops/2025-03-07-unattributed");
        NorthKorean.Select(r => r.Published).Should().Equal(
            new LocalDate(2024, 10, 29), new LocalDate(2024, 10, 29), new LocalDate(2024, 11, 20), new LocalDate(2024, 11, 23),
            new LocalDate(2024, 12, 19), new LocalDate(2025, 2, 11), new LocalDate(2025, 3, 7));
    }

    [Fact]
    public void AllNorthKoreanReportsAreAboutOneQuantity()
    {
        var expected = Quantity.Of(Metric.Personnel, "North Korean troops", "Russia (Kursk front)", Unit.Persons, Statistic.Level);
        NorthKorean.Should().OnlyContain(r => r.Quantity == expected);
        NorthKorean.GroupByQuantity().Should().ContainSingle();
        NorthKorean.For(expected).Should().HaveCount(7);
    }

    [Fact]
    public void TheSeedArticlesFigureIsTheSameReportInBothSamples()
        => NorthKorean.Get("kursk-2024-11-23/north-korean-troops").Should().BeSameAs(Kursk("kursk-2024-11-23/north-korean-troops"));

    [Theory]
    [InlineData("nk-troops/2024-10-29-us", HedgeKind.Approximate, new[] { 10_000.0 })]
    [InlineData("nk-troops/2024-10-29-hur", HedgeKind.Bare, new[] { 12_000.0 })]
    [InlineData("nk-troops/2024-11-20-nis", HedgeKind.Approximate, new[] { 10_900.0 })]
    [InlineData("kursk-2024-11-23/north-korean-troops", HedgeKind.Approximate, new[] { 11_000.0 })]
    [InlineData("nk-troops/2024-12-19-nis", HedgeKind.Bare, new[] { 11_000.0 })]
    [InlineData("nk-troops/2025-02-11-agencies", HedgeKind.Above, new[] { 10_000.0 })]
    [InlineData("nk-troops/2025-03-07-unattributed", HedgeKind.Range, new[] { 11_000.0, 20_000.0 })]
    public void EachFigureHasItsHedgeAndNumbers(string id, HedgeKind hedge, double[] values)
    {
        var report = NorthKorean.Get(id);
        report.Estimate.Hedge.Should().Be(hedge);
        report.Estimate.Stated.Values.Should().Equal(values);
        report.RefersTo.End.Should().Be(report.Published);
        if (id != "kursk-2024-11-23/north-korean-troops")
        {
            // Only the seed article's figure repeats an earlier, undated statement; the others refer to their day.
            report.RefersTo.Start.Should().Be(report.Published);
        }
    }

    [Fact]
    public void OneSidedAndRangeFiguresKeepTheirBounds()
    {
        NorthKorean.Get("nk-troops/2025-02-11-agencies").Estimate.LowerBound.Should().Be(10_000);
        NorthKorean.Get("nk-troops/2025-02-11-agencies").Estimate.UpperBound.Should().BeNull();
        NorthKorean.Get("nk-troops/2025-03-07-unattributed").Estimate.LowerBound.Should().Be(11_000);
        NorthKorean.Get("nk-troops/2025-03-07-unattributed").Estimate.UpperBound.Should().Be(20_000);
    }

    [Fact]
    public void TheTwoNisReportsShareAnOriginAndCountOnce()
    {
        var first = NorthKorean.Get("nk-troops/2024-11-20-nis");
        var second = NorthKorean.Get("nk-troops/2024-12-19-nis");
        first.Provenance.SharesOriginWith(second.Provenance).Should().BeTrue();
        first.IsIndependentOf(second).Should().BeFalse();
        first.Provenance.Origin.IsKnownAs("NIS").Should().BeTrue();
        var groups = NorthKorean.IndependentGroups();
        groups.Should().HaveCount(6, "seven reports, but the two NIS figures are one origin");
        groups.Single(g => g.Count == 2).Select(r => r.Id).Should().Equal("nk-troops/2024-11-20-nis", "nk-troops/2024-12-19-nis");
    }

    [Fact]
    public void ChainsRunFromOriginToOutlet()
    {
        string[] Names(string id) => NorthKorean.Get(id).Provenance.Chain.Select(c => c.Source.Name).ToArray();
        Names("nk-troops/2024-10-29-us").Should().Equal("US intelligence (Pentagon)", "Financial Times", "Kyiv Independent");
        Names("nk-troops/2024-10-29-hur").Should().Equal("Ukrainian military intelligence (HUR)", "Financial Times", "Kyiv Independent");
        Names("nk-troops/2024-11-20-nis").Should().Equal("South Korea's National Intelligence Service", "Lee Seong-kweun, South Korean lawmaker", "wire reports");
        Names("nk-troops/2024-12-19-nis").Should().Equal("South Korea's National Intelligence Service", "Lee Seong-kweun, South Korean lawmaker", "wire reports");
        Names("nk-troops/2025-02-11-agencies").Should().Equal("Western, South Korean and Ukrainian intelligence agencies", "wire reports");
        Names("nk-troops/2025-03-07-unattributed").Should().Equal("unattributed current estimates", "news reports");
    }

    [Fact]
    public void SidesAndKindsOfTheOrigins()
    {
        Source Origin(string id) => NorthKorean.Get(id).Provenance.Origin;
        Origin("nk-troops/2024-10-29-us").Side.Should().Be(ConflictSide.ThirdParty);
        Origin("nk-troops/2024-10-29-hur").Side.Should().Be(ConflictSide.Ukraine);
        Origin("nk-troops/2024-11-20-nis").Kind.Should().Be(SourceKind.IntelligenceService);
        Origin("nk-troops/2025-02-11-agencies").Side.Should().Be(ConflictSide.Several);
        Origin("nk-troops/2025-03-07-unattributed").Kind.Should().Be(SourceKind.Unknown);
        Origin("nk-troops/2025-03-07-unattributed").IsAnonymous.Should().BeTrue();
    }

    [Fact]
    public void RatingsJudgeTheUnattributedSourceAsCannotBeJudged()
    {
        var unattributed = NorthKorean.Get("nk-troops/2025-03-07-unattributed").Provenance.Rating;
        unattributed.Reliability.Should().Be(SourceReliability.CannotBeJudged);
        unattributed.IsCredibilityJudged.Should().BeTrue();
        NorthKorean.Get("nk-troops/2024-11-20-nis").Provenance.Rating.Should().Be(AdmiraltyRating.Parse("B2"));
        NorthKorean.Get("nk-troops/2024-10-29-hur").Provenance.Rating.Reliability.Should().Be(SourceReliability.FairlyReliable);
    }

    [Fact]
    public void AsOfTheEndOf2024FiveReportsAreKnown()
    {
        NorthKorean.AsOf(new LocalDate(2024, 12, 31)).Should().HaveCount(5);
        NorthKorean.AsOf(new LocalDate(2025, 3, 31)).Should().HaveCount(7);
    }

    [Fact]
    public void SamplesAreBuiltOnceAndShared()
        => ForceEstimates.Samples.NorthKoreanTroops.Should().BeSameAs(ForceEstimates.Samples.NorthKoreanTroops);
}
