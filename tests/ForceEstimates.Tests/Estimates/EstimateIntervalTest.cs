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
}
