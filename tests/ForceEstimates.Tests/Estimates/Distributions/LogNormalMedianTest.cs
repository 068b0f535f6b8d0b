using System;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Xunit;
using ForceEstimates.Aggregation;
using Xunit;
using static ForceEstimates.Tests.ReportFixtures;

namespace ForceEstimates.Tests.Estimates.Distributions;

/// <summary>
/// A log-normal's median is e^μ, where μ is usually a logarithm taken a moment before: the stated number of a two-sided
/// figure comes back as that number, not as the float error of the round trip (e^(ln 12,000) is 11,999.999999999993).
/// </summary>
public class LogNormalMedianTest
{
    [Theory]
    [InlineData("about 12,000", 12_000)]
    [InlineData("12,000", 12_000)]
    [InlineData("about 11,000", 11_000)]
    [InlineData("about 3", 3)]
    [InlineData("some 1,376 km²", 1_376)]
    [InlineData("approximately 800 km²", 800)]
    [InlineData("about 2.5%", 2.5)]
    [InlineData("around 1.5 million", 1_500_000)]
    public void ATwoSidedFiguresMedianIsItsStatedNumber(string figure, double stated)
    {
        var estimate = Estimate.Parse(figure);
        estimate.Distribution.Should().BeOfType<LogNormalDistribution>();
        estimate.Median.Should().Be(stated);
    }

    [Property(MaxTest = 500)]
    public void AWholeNumbersLogarithmComesBackWhole(PositiveInt raw, byte magnitude)
    {
        // Whole numbers from 1 to about 10^13, and hundredths: the log round trip's error is a few units in the last place of μ.
        double whole = raw.Get * Math.Pow(10, magnitude % 5);
        LogNormalDistribution.FromMedian(whole, 0.1).Median.Should().Be(whole);
        LogNormalDistribution.FromLogParameters(Math.Log(whole), 0.2).Median.Should().Be(whole);
        double hundredths = ((raw.Get % 100_000) + 1) / 100.0;
        LogNormalDistribution.FromMedian(hundredths, 0.1).Median.Should().Be(hundredths);
    }

    [Theory]
    [InlineData(800, 900)]
    [InlineData(1, 3)]
    [InlineData(10_000, 12_000)]
    public void AMedianThatIsNoRoundNumberIsKeptAsComputed(double lower, double upper)
    {
        // The geometric middle of a range is e^μ itself: nothing is near enough to move it to.
        var distribution = LogNormalDistribution.FromInterval(lower, upper, 0.9);
        distribution.Median.Should().Be(Math.Exp(distribution.Mu));
        distribution.Median.Should().BeApproximately(Math.Sqrt(lower * upper), 1e-9 * upper);
    }

    [Theory]
    [InlineData(11_999.999999999993, 12_000)]
    [InlineData(3.0000000000000004, 3)]
    [InlineData(10_468.999999999984, 10_469)]
    [InlineData(2.4999999999999996, 2.5)]
    [InlineData(-40.00000000000001, -40)]
    [InlineData(848.5281374238571, 848.5281374238571)]
    [InlineData(10_468.99999999, 10_468.99999999)]
    [InlineData(0.001, 0.001)]
    [InlineData(0, 0)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity, double.NegativeInfinity)]
    public void RoundTripErrorIsRemovedAndNothingElse(double value, double tidy)
        => RoundTrip.Tidy(value).Should().Be(tidy);

    [Fact]
    public void NaNStaysNaN() => double.IsNaN(RoundTrip.Tidy(double.NaN)).Should().BeTrue();

    [Fact]
    public void AnAggregatedCountsIntervalsAndRoundingBinsEndAtWholeCounts()
    {
        // Computed on the log scale and mapped back: the ends are whole counts, not a few units in the last place off
        // them, and "around 10,000" read with its rounding allows exactly 9,500–15,000.
        var reports = new[]
        {
            Figure("a", "around 10,000"), Figure("b", "11,000", "B"), Figure("c", "about 11,000", "C"), Figure("d", "12,000", "D"),
            Figure("e", "10,500", "E"),
        };
        var aggregate = Aggregate.Of(reports, AsOf);
        foreach (var end in new[] { aggregate.ConfidenceInterval.Lower, aggregate.ConfidenceInterval.Upper, aggregate.PredictionInterval.Lower, aggregate.PredictionInterval.Upper })
        {
            end.Should().Be(Math.Round(end));
        }
        var bin = aggregate.Contributions[0].RoundingBin!.Value;
        bin.Lower.Should().Be(9_500);
        bin.Upper.Should().Be(15_000);
    }

    [Fact]
    public void AnAggregatedCountsValueIsAWholeNumber()
    {
        // A count's centre is made whole on the log scale; its value and its estimate's median are that whole count, the
        // same number whether or not the estimate was made.
        var reports = new[]
        {
            Figure("a", "8,000"), Figure("b", "11,000", "B"), Figure("c", "11,000", "C"), Figure("d", "11,000", "D"),
            Figure("e", "10,500", "E"), Figure("f", "11,000", "F"),
        };
        var batch = Aggregate.ByQuantity(reports, AsOf).Single();
        double value = batch.Value;
        value.Should().Be(Math.Round(value));
        batch.Estimate.Median.Should().Be(value);
        Aggregate.Of(reports, AsOf).Value.Should().Be(value);
    }
}
