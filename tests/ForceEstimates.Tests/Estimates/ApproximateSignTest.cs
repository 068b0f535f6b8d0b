using System;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

/// <summary>
/// The signs people type for "about" before a number ("~800", "≈ 800", the tilde operator) read as an approximate
/// figure, with the same distribution as "about 800"; a sign with no number after it is a clear format error.
/// </summary>
public class ApproximateSignTest
{
    [Theory]
    [InlineData("~800", "~")]
    [InlineData("~ 800", "~")]
    [InlineData("\u2248800", "\u2248")]
    [InlineData("\u2248 800", "\u2248")]
    [InlineData("\u223C800", "\u223C")]
    public void ASignBeforeANumberIsAbout(string text, string sign)
    {
        var estimate = Estimate.Parse(text);
        estimate.Hedge.Should().Be(HedgeKind.Approximate);
        estimate.Stated.HedgeText.Should().Be(sign);
        estimate.Stated.Value.Should().Be(800);
        estimate.Stated.Text.Should().Be(text);
        var about = Estimate.Parse("about 800");
        estimate.Median.Should().Be(about.Median);
        estimate.Interval(0.9).Should().Be(about.Interval(0.9));
    }

    [Fact]
    public void ASignWorksWithUnitsAndMultipliers()
    {
        var area = Estimate.Parse("~1,376 km²");
        area.Hedge.Should().Be(HedgeKind.Approximate);
        area.Stated.Unit.Should().Be("km²");
        Estimate.Parse("~60k").Stated.Value.Should().Be(60_000);
    }

    [Theory]
    [InlineData("~")]
    [InlineData("~  ")]
    [InlineData("\u2248")]
    public void ASignAloneIsAFormatErrorAndTryParseSaysNo(string text)
    {
        FluentActions.Invoking(() => Estimate.Parse(text)).Should().Throw<FormatException>();
        Estimate.TryParse(text, out var estimate).Should().BeFalse();
        estimate.Should().BeNull();
    }

    [Fact]
    public void TwoHedgesAreStillRefused()
        => Estimate.TryParse("~about 800", out _).Should().BeFalse();
}
