using System;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

public class EstimateIntervalTest
{
    [Fact]
    public void Map_TakesBothEndsThroughTheFunctionAndKeepsTheLevel()
    {
        var mapped = new EstimateInterval(Math.Log(800), Math.Log(1600), 0.9).Map(Math.Exp);

        mapped.Lower.Should().BeApproximately(800, 1e-9);
        mapped.Upper.Should().BeApproximately(1600, 1e-9);
        mapped.Level.Should().Be(0.9);
    }

    [Fact]
    public void Map_RejectsADecreasingFunction_NamingIt()
        => FluentActions.Invoking(() => new EstimateInterval(1, 2, 0.9).Map(x => -x))
            .Should().Throw<ArgumentException>().WithParameterName("increasing").WithMessage("*[1, 2]*[-1, -2]*");

    [Fact]
    public void Map_RejectsAFunctionGivingNaN_NamingIt()
        => FluentActions.Invoking(() => new EstimateInterval(1, 2, 0.9).Map(x => x < 2 ? double.NaN : x))
            .Should().Throw<ArgumentException>().WithParameterName("increasing");

    [Fact]
    public void Map_RejectsNull()
        => FluentActions.Invoking(() => new EstimateInterval(1, 2, 0.9).Map(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("increasing");

    [Fact]
    public void Default_IsTheValidIntervalZeroToZeroWithNoLevel()
    {
        var interval = default(EstimateInterval);

        interval.Lower.Should().Be(0);
        interval.Upper.Should().Be(0);
        double.IsNaN(interval.Level).Should().BeTrue("a level of 0 is outside (0, 1]; no level is allowed");
        interval.Should().Be(new EstimateInterval(0, 0, double.NaN));
        interval.Contains(0).Should().BeTrue();
        interval.Width.Should().Be(0);
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(1)]
    [InlineData(0.01)]
    [InlineData(1e-300)]
    public void Level_IsKeptExactly(double level)
        => new EstimateInterval(1, 2, level).Level.Should().Be(level);
}
