using System;
using System.Globalization;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

/// <summary>
/// The signs people type for "about" before a number ("~800", "≈ 800", the tilde operator) read as an approximate
/// figure, with the same distribution as "about 800"; the signs of the bounds ("&gt;50%", "&lt;800", "≥ 800", "≤ 800") read as
/// "over", "under", "at least" and "at most"; a sign with no number after it is a clear format error.
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

    [Theory]
    [InlineData(">50%", ">", HedgeKind.Above, "over 50%")]
    [InlineData("> 800", ">", HedgeKind.Above, "over 800")]
    [InlineData("<800", "<", HedgeKind.Below, "under 800")]
    [InlineData("\u2265 800", "\u2265", HedgeKind.AtLeast, "at least 800")]
    [InlineData("\u2A7E800", "\u2A7E", HedgeKind.AtLeast, "at least 800")]
    [InlineData("\u2264800 km\u00B2", "\u2264", HedgeKind.AtMost, "at most 800 km\u00B2")]
    [InlineData("\u2A7D 800", "\u2A7D", HedgeKind.AtMost, "at most 800")]
    public void TheSignsOfTheBoundsReadAsTheirWords(string text, string sign, HedgeKind hedge, string sameAs)
    {
        var estimate = Estimate.Parse(text);
        var reference = Estimate.Parse(sameAs);

        estimate.Hedge.Should().Be(hedge);
        estimate.Stated.HedgeText.Should().Be(sign);
        estimate.Stated.Text.Should().Be(text);
        estimate.Distribution.Should().Be(reference.Distribution);
        Estimate.Parse(estimate.ToString()).Should().Be(estimate);
        Estimate.TryParse(text, out var tried).Should().BeTrue();
        tried.Should().Be(estimate);
    }

    [Theory]
    [InlineData(">", 1)]
    [InlineData("> 0", 2)] // "over 0" states no bound
    [InlineData(">>800", 1)]
    public void ABoundSignWithNoNumberOrZeroIsAFormatError(string text, int position)
    {
        FluentActions.Invoking(() => Estimate.Parse(text)).Should().Throw<FormatException>()
            .Which.Message.Should().Contain(string.Create(CultureInfo.InvariantCulture, $"at position {position} "));
        Estimate.TryParse(text, out var estimate).Should().BeFalse();
        estimate.Should().BeNull();
    }

    [Fact]
    public void TwoHedgesAreStillRefused()
        => Estimate.TryParse("~about 800", out _).Should().BeFalse();
}
