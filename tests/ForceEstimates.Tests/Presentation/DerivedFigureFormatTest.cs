using System;
using FluentAssertions;
using ForceEstimates.Presentation;
using Xunit;

namespace ForceEstimates.Tests.Presentation;

/// <summary>What arithmetic adds to the file formats: its distributions, and a derived report's formula.</summary>
public class DerivedFigureFormatTest
{
    [Fact]
    public void ArithmeticResults_RoundTripThroughJson()
    {
        var lost = AffineDistribution.Create(LogNormalDistribution.FromLogParameters(Math.Log(0.58), 0.06), 1, -1);
        var sampled = SampleDistribution.Create([0.41, 0.39, 0.44, 0.42]);

        foreach (var distribution in new EstimateDistribution[] { lost, sampled })
        {
            var estimate = Estimate.FromDistribution(distribution);
            JsonFormat.ReadEstimate(JsonFormat.Write(estimate)).Should().Be(estimate);
        }
    }
}
