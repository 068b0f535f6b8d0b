using System;
using FluentAssertions;
using ForceEstimates.Tests.Contracts;
using Xunit;

namespace ForceEstimates.Tests.Quantities;

public class MetricTest
{
    [Fact]
    public void EqualityContract_CaseAndSpacingInsensitive()
        => EqualityContract.Holds(Metric.TerritoryHeld, Metric.Of("  Territory   HELD "), Metric.TerritoryLost, Metric.Personnel, Metric.Losses, Metric.Of("territoryheld"));

    [Fact]
    public void NameIsTidiedWithTheGivenCasing() => Metric.Of(" Equipment  losses ").Name.Should().Be("Equipment losses");

    [Fact]
    public void RejectsNullAndBlankNames()
    {
        FluentActions.Invoking(() => Metric.Of(null!)).Should().Throw<ArgumentNullException>().WithParameterName("name");
        FluentActions.Invoking(() => Metric.Of("\t ")).Should().Throw<ArgumentException>().WithParameterName("name");
    }
}
