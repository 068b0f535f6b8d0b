using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>The showcase: the seven reports on North Korean troops (<see cref="Samples.NorthKoreanTroops"/>).</summary>
public partial class AggregateTest
{
    [Fact]
    public void NorthKoreanTroopsAsOfTheEndOf2024AreFourReportsFromFourOrigins()
    {
        var aggregate = Aggregate.Of(Samples.NorthKoreanTroops, new LocalDate(2024, 12, 31));
        aggregate.ReportCount.Should().Be(4);
        aggregate.IndependentOrigins.Should().Be(4);
        // The NIS's December figure is its view as of the date: its November one is superseded, not a second voice.
        var nis = aggregate.Contributions.Where(c => c.Report.Provenance.Origin.Name.Contains("National Intelligence")).ToArray();
        nis.Select(c => c.Report.Id).Should().Equal("nk-troops/2024-11-20-nis", "nk-troops/2024-12-19-nis");
        nis[0].Exclusion.Should().Be(Exclusion.Superseded);
        nis[1].Included.Should().BeTrue();
        nis[1].IndependenceFactor.Should().Be(1);
        var both = Aggregate.Of(Samples.NorthKoreanTroops, new LocalDate(2024, 12, 31), AggregationOptions.Default with { SupersedeOlderLevels = false });
        both.ReportCount.Should().Be(5);
        both.Contributions.Where(c => c.Report.Provenance.Origin.Name.Contains("National Intelligence")).Should().OnlyContain(c => c.IndependenceFactor == 0.5);
        aggregate.Value.Should().BeInRange(10_000, 12_000);
        aggregate.ConfidenceInterval.Lower.Should().BeLessThan(aggregate.Value);
        aggregate.Disagreeing.Should().BeEmpty();
    }

    [Fact]
    public void NorthKoreanTroopsByMarch2025IncludeBoundedClaimsAsCensoredObservations()
    {
        var aggregate = Aggregate.Of(Samples.NorthKoreanTroops, new LocalDate(2025, 3, 31));
        aggregate.ReportCount.Should().Be(6, "NIS's November figure is superseded by its December one");
        aggregate.IndependentOrigins.Should().Be(6);
        // Each bounded claim enters as what it says: "more than 10,000" as 10,000 up to the hedge model's 95th
        // percentile, "between 11,000 and 20,000" as its stated range.
        var moreThan = aggregate.Contributions.Single(c => c.Report.Id == "nk-troops/2025-02-11-agencies");
        moreThan.Claim.Should().Be(ClaimForm.Between);
        moreThan.Bounds.Lower.Should().Be(10_000);
        moreThan.Bounds.Upper.Should().BeGreaterOrEqualTo(Math.Max(moreThan.Report.Estimate.Quantile(0.95), 10_500)).And.BeLessThan(20_000);
        var range = aggregate.Contributions.Single(c => c.Report.Id == "nk-troops/2025-03-07-unattributed");
        range.Claim.Should().Be(ClaimForm.Between);
        range.Bounds.Upper.Should().Be(20_000);
        var endOf2024 = Aggregate.Of(Samples.NorthKoreanTroops, new LocalDate(2024, 12, 31));
        aggregate.Value.Should().BeInRange(10_000, 13_000);
        aggregate.Disagreeing.Should().BeEmpty();

        // As open censoring (the classic model), both push upwards.
        var classic = Aggregate.Of(Samples.NorthKoreanTroops, new LocalDate(2025, 3, 31), ReportFixtures.Classic);
        classic.Contributions.Select(c => c.Claim).Should().Contain(new[] { ClaimForm.AtLeast, ClaimForm.Between });
        classic.Value.Should().BeGreaterThan(Aggregate.Of(Samples.NorthKoreanTroops, new LocalDate(2024, 12, 31), ReportFixtures.Classic).Value);
        endOf2024.Value.Should().BeInRange(10_000, 12_000);
    }

    [Fact]
    public void ACollectionAggregatesItselfAsAggregateOfDoes()
    {
        var asOf = new LocalDate(2024, 12, 31);
        var reports = Samples.NorthKoreanTroops;
        var direct = Aggregate.Of(reports, asOf);
        var viaCollection = reports.Aggregate(asOf);
        viaCollection.Value.Should().Be(direct.Value);
        viaCollection.ConfidenceInterval.Should().Be(direct.ConfidenceInterval);
        viaCollection.Contributions.Select(c => c.Share).Should().Equal(direct.Contributions.Select(c => c.Share));
        // Excluded reports are exactly those the collection's own as-of selection leaves out, and the figures their origins' newer ones supersede.
        viaCollection.Contributions.Where(c => c.Included || c.Exclusion == Exclusion.Superseded).Select(c => c.Report).Should().Equal(reports.AsOf(asOf));
        viaCollection.Contributions.Count(c => c.Exclusion == Exclusion.Superseded).Should().Be(1);

        var mixed = Samples.Kursk2024.AddRange(Samples.NorthKoreanTroops.Where(r => !Samples.Kursk2024.Contains(r.Id)));
        var byQuantity = mixed.AggregateByQuantity(asOf);
        byQuantity.Select(a => a.Key).Should().Equal(mixed.AsOf(asOf).GroupByQuantity().Select(g => g.Key));
        byQuantity.Select(a => a.Value).Should().Equal(Aggregate.ByQuantity(mixed, asOf).Select(a => a.Value));
        FluentActions.Invoking(() => ((ReportCollection)null!).Aggregate(asOf)).Should().Throw<ArgumentNullException>().WithParameterName("reports");
        FluentActions.Invoking(() => mixed.Aggregate(asOf)).Should().Throw<ArgumentException>().WithParameterName("reports");
    }
}
