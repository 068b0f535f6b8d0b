using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using Xunit;
using static ForceEstimates.Tests.Aggregation.Reports.ReportFactory;

namespace ForceEstimates.Tests.Aggregation.Reports;

public class AggregateMethodsTest
{
    private static readonly Report[] Reports =
    [
        Make("a", "around 10,000"),
        Make("b", "12,000"),
        Make("c", "about 11,000"),
        Make("d", "20,000"),
    ];

    [Fact]
    public void LinearPoolIsTheWeightedMixtureOfTheReports()
    {
        var aggregate = Aggregate.Of(Reports, Day, With(AggregationMethod.LinearPool));
        var x = aggregate.Value;
        double expected = Reports.Average(r => r.Estimate.Cdf(x));
        expected.Should().BeApproximately(0.5, 1e-9);
        aggregate.Contributions.Should().OnlyContain(c => Math.Abs(c.Share - 0.25) < 1e-12);
    }

    [Fact]
    public void LogarithmicPoolLiesWithinTheReports()
    {
        var aggregate = Aggregate.Of(Reports, Day, With(AggregationMethod.LogarithmicPool));
        aggregate.Value.Should().BeInRange(10_000, 20_000);
        aggregate.ConfidenceInterval.Contains(aggregate.Value).Should().BeTrue();
    }

    [Fact]
    public void WeightedMedianIsOneOfTheValuesOrAMidpoint()
    {
        var aggregate = Aggregate.Of(Reports, Day, With(AggregationMethod.WeightedMedian));
        aggregate.Value.Should().BeInRange(11_000, 12_000);
    }

    [Fact]
    public void RobustResistsTheOutlierMoreThanFixedEffect()
    {
        var robust = Aggregate.Of(Reports, Day, With(AggregationMethod.Robust));
        var fixedEffect = Aggregate.Of(Reports, Day, With(AggregationMethod.FixedEffect));
        robust.Value.Should().BeLessThan(fixedEffect.Value);
    }

    [Fact]
    public void MostConservativeTakesTheLowestFigure()
    {
        var aggregate = Aggregate.Of(Reports, Day, With(AggregationMethod.MostConservative));
        aggregate.Value.Should().BeApproximately(Reports[0].Estimate.Median, 1e-6);
        aggregate.Contributions[0].Share.Should().Be(1);
    }

    [Fact]
    public void EnvelopeCoversEveryReportsInterval()
    {
        var aggregate = Aggregate.Of(Reports, Day, With(AggregationMethod.Envelope));
        foreach (var report in Reports)
        {
            var interval = report.Estimate.Interval(0.95);
            aggregate.ConfidenceInterval.Lower.Should().BeLessThanOrEqualTo(interval.Lower + 1e-6);
            aggregate.ConfidenceInterval.Upper.Should().BeGreaterThanOrEqualTo(interval.Upper - 1e-6);
        }
    }

    [Theory]
    [InlineData(AggregationMethod.RandomEffects)]
    [InlineData(AggregationMethod.FixedEffect)]
    [InlineData(AggregationMethod.LinearPool)]
    [InlineData(AggregationMethod.LogarithmicPool)]
    [InlineData(AggregationMethod.WeightedMedian)]
    [InlineData(AggregationMethod.Robust)]
    [InlineData(AggregationMethod.MostConservative)]
    [InlineData(AggregationMethod.Envelope)]
    public void EveryMethodExplainsItself(AggregationMethod method)
    {
        var aggregate = Aggregate.Of(Reports, Day, With(method));
        aggregate.Method.Should().Be(method);
        aggregate.ConfidenceInterval.Contains(aggregate.Value).Should().BeTrue();
        aggregate.Contributions.Sum(c => c.Share).Should().BeApproximately(1, 1e-9);
        aggregate.Contributions.Should().OnlyContain(c => c.Reasons.Count > 0);
        aggregate.Summary.Should().Contain("heterogeneity").And.Contain("independent origin");
        aggregate.Q.Should().BeGreaterThan(0);
        aggregate.Estimate.Median.Should().BeApproximately(aggregate.Value, 1e-9);
    }
}
