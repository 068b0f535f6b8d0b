using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates.Arithmetic;

public class SampleDistributionTest
{
    [Fact]
    public void Quantiles_AreTheSamples_AndTheCdfIsEmpirical()
    {
        // Hyndman & Fan (1996) definition 1: Q(p) is the ⌈np⌉-th smallest sample.
        var distribution = SampleDistribution.Of([5.0, 1, 4, 2, 3]);

        distribution.Samples.Should().Equal(5, 1, 4, 2, 3);
        distribution.Quantile(0.2).Should().Be(1);
        distribution.Quantile(0.21).Should().Be(2);
        distribution.Quantile(0.5).Should().Be(3);
        distribution.Quantile(1).Should().Be(5);
        distribution.Quantile(0).Should().Be(1);
        distribution.Cdf(0.5).Should().Be(0);
        distribution.Cdf(3).Should().Be(0.6);
        distribution.Cdf(3.5).Should().Be(0.6);
        distribution.Cdf(5).Should().Be(1);
        distribution.Cdf(double.NaN).Should().Be(double.NaN);
        distribution.Mean.Should().Be(3);
        distribution.Variance.Should().Be(2);
        distribution.SupportLower.Should().Be(1);
        distribution.SupportUpper.Should().Be(5);
        distribution.Interval(0.6).Lower.Should().Be(1);
        distribution.Interval(0.6).Upper.Should().Be(4);
    }

    [Fact]
    public void TheCdf_CountsBeforeTheSamplesAreSorted_AndSearchesAfter_WithTheSameAnswers()
    {
        // The first few CDFs count the unsorted samples; later ones, and any after a quantile, search the sorted copy.
        var random = new Random(7);
        var values = Enumerable.Range(0, 2_000).Select(_ => Math.Round(random.NextDouble() * 100, 1)).ToArray();
        var distribution = SampleDistribution.Of(values);
        var points = new[] { -1, 0, 12.3, 50, 50.05, 99.9, 100, 150 };

        foreach (var x in points.Concat(points))
        {
            distribution.Cdf(x).Should().Be((double)values.Count(v => v <= x) / values.Length, "at {0}", x);
        }
        distribution.Median.Should().Be(values.Order().ElementAt(999));
        distribution.Samples.Should().Equal(values);
    }

    [Fact]
    public void QuantilesReadFromManyThreads_AgreeWithOneThread()
    {
        var random = new Random(3);
        var values = Enumerable.Range(0, 5_000).Select(_ => random.NextDouble()).ToArray();
        var expected = values.Order().ToArray();
        var distribution = SampleDistribution.Of(values);

        var read = Enumerable.Range(0, 8).AsParallel().Select(k => distribution.Quantile((k + 0.5) / 8)).ToArray();

        read.Should().Equal(Enumerable.Range(0, 8).Select(k => expected[(int)Math.Ceiling((k + 0.5) / 8 * 5_000) - 1]));
    }

    [Fact]
    public void Equality_IsBySamplesInOrder()
    {
        SampleDistribution.Of([1.0, 2]).Should().Be(SampleDistribution.Of([1.0, 2]));
        SampleDistribution.Of([1.0, 2]).GetHashCode().Should().Be(SampleDistribution.Of([1.0, 2]).GetHashCode());
        SampleDistribution.Of([1.0, 2]).Should().NotBe(SampleDistribution.Of([2.0, 1]));
        SampleDistribution.Of([1.0, 2]).ToString().Should().StartWith("Samples(n=2");
    }

    [Fact]
    public void BadSamples_AreRejected()
    {
        ((Action)(() => SampleDistribution.Of([]))).Should().Throw<ArgumentException>().WithParameterName("samples");
        ((Action)(() => SampleDistribution.Of([1.0, double.NaN]))).Should().Throw<ArgumentException>().WithMessage("*samples[1]*");
        ((Action)(() => SampleDistribution.Of([double.PositiveInfinity]))).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(10)]
    [InlineData(5_000)]
    [InlineData(20_001)]
    public void TheRadixSort_AgreesWithAComparisonSort(int count)
    {
        var random = new Random(count);
        // Negatives, zeros, ties, tiny and huge magnitudes, and runs where the high digits never change.
        var values = Enumerable.Range(0, count).Select(i => (i % 7) switch
        {
            0 => -random.NextDouble() * 1e6,
            1 => 0.0,
            2 => Math.Round(random.NextDouble() * 10),
            3 => random.NextDouble() * 1e-300,
            4 => -random.NextDouble() * 1e300,
            _ => 1000 + random.NextDouble(),
        }).ToArray();
        var expected = values.OrderBy(v => v).ToArray();

        SampleSort.Sort(values);

        values.Should().Equal(expected);
    }

    [Fact]
    public void TheRadixSort_KeepsAllEqualValues()
    {
        var values = Enumerable.Repeat(41.86, 3_000).Append(-2.5).ToArray();

        SampleSort.Sort(values);

        values[0].Should().Be(-2.5);
        values.Skip(1).Should().OnlyContain(v => v == 41.86);
    }
}
