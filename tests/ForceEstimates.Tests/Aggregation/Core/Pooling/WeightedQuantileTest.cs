using System;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Xunit;
using ForceEstimates.Aggregation;
using Xunit;

namespace ForceEstimates.Tests.Aggregation.Pooling;

public class WeightedQuantileTest
{
    [Theory]
    [InlineData(new[] { 3.0, 1.0, 2.0 }, 2.0)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5)]
    [InlineData(new[] { 7.0 }, 7.0)]
    public void EqualWeightsGiveTheOrdinaryMedian(double[] values, double expected)
    {
        var weights = Enumerable.Repeat(1.0, values.Length).ToArray();
        WeightedQuantile.Compute(values, weights, 0.5).Should().Be(expected);
    }

    [Fact]
    public void AHeavyValueIsTheMedian()
    {
        WeightedQuantile.Compute(new[] { 10.0, 20.0, 30.0 }, new[] { 1.0, 1.0, 5.0 }, 0.5).Should().Be(30.0);
    }

    [Fact]
    public void ZeroWeightValuesAreNeverChosen()
    {
        WeightedQuantile.Compute(new[] { -100.0, 5.0, 100.0 }, new[] { 0.0, 1.0, 0.0 }, 0.0).Should().Be(5.0);
        WeightedQuantile.Compute(new[] { -100.0, 5.0, 100.0 }, new[] { 0.0, 1.0, 0.0 }, 1.0).Should().Be(5.0);
    }

    [Fact]
    public void BadInputNamesTheArgument()
    {
        var act = () => WeightedQuantile.Compute(new[] { 1.0, 2.0 }, new[] { 1.0 }, 0.5);
        act.Should().Throw<ArgumentException>().WithParameterName("weights");
        act = () => WeightedQuantile.Compute(new[] { 1.0, double.NaN }, new[] { 1.0, 1.0 }, 0.5);
        act.Should().Throw<ArgumentException>().WithParameterName("values").WithMessage("*values[1]*");
        act = () => WeightedQuantile.Compute(new[] { 1.0 }, new[] { 0.0 }, 0.5);
        act.Should().Throw<ArgumentException>().WithParameterName("weights");
    }

    [Property]
    public bool QuantilesIncreaseWithP(NonEmptyArray<NormalFloat> raw, PositiveInt seed)
    {
        var values = raw.Get.Select(v => v.Get).ToArray();
        var random = new Random(seed.Get);
        var weights = values.Select(_ => random.NextDouble() + 0.01).ToArray();
        double previous = double.NegativeInfinity;
        for (double p = 0; p <= 1.0001; p += 0.05)
        {
            double q = WeightedQuantile.Compute(values, weights, Math.Min(p, 1));
            if (q < previous || q < values.Min() || q > values.Max())
            {
                return false;
            }
            previous = q;
        }
        return true;
    }
}
