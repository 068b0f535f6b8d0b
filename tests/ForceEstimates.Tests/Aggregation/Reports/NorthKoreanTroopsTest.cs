using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Aggregation.Reports;

/// <summary>The showcase of issue 3: the seven reports on North Korean troops.</summary>
public class NorthKoreanTroopsTest
{
    [Fact]
    public void AsOfTheEndOf2024FiveReportsFromFourOrigins()
    {
        var aggregate = Aggregate.Of(Samples.NorthKoreanTroops, new LocalDate(2024, 12, 31));
        aggregate.ReportCount.Should().Be(5);
        aggregate.IndependentOrigins.Should().Be(4);
        var nis = aggregate.Contributions.Where(c => c.Report.Provenance.Origin.Name.Contains("National Intelligence")).ToArray();
        nis.Should().HaveCount(2).And.OnlyContain(c => c.IndependenceFactor == 0.5);
        aggregate.Value.Should().BeInRange(10_000, 12_000);
        aggregate.ConfidenceInterval.Lower.Should().BeLessThan(aggregate.Value);
        aggregate.Disagreeing.Should().BeEmpty();
    }

    [Fact]
    public void ByMarch2025TheBoundedClaimsEnterAsCensoredObservations()
    {
        var aggregate = Aggregate.Of(Samples.NorthKoreanTroops, new LocalDate(2025, 3, 31));
        aggregate.ReportCount.Should().Be(7);
        aggregate.IndependentOrigins.Should().Be(6);
        aggregate.Contributions.Select(c => c.Claim).Should().Contain(new[] { ClaimForm.AtLeast, ClaimForm.Between });
        var endOf2024 = Aggregate.Of(Samples.NorthKoreanTroops, new LocalDate(2024, 12, 31));
        // "more than 10,000" and "between 11,000 and 20,000" both push upwards.
        aggregate.Value.Should().BeGreaterThan(endOf2024.Value);
    }
}
