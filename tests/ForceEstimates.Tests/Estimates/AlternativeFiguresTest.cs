using System;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

/// <summary>
/// Two figures given as alternatives ("20,000 or 30,000", "5 or 6") say the value lies between them: they read as the
/// range, as "20,000-30,000" does, with a multiplier on the second applying to both ("70 or 80,000"); "or" followed by
/// a word stays the trailing hedge it was ("800 or more", "800 or so").
/// </summary>
public class AlternativeFiguresTest
{
    [Theory]
    [InlineData("800 or 900", 800, 900, null)]
    [InlineData("20,000 or 30,000", 20_000, 30_000, null)]
    [InlineData("5 or 6", 5, 6, null)]
    [InlineData("70 or 80,000", 70_000, 80_000, null)]
    [InlineData("10 or 12 thousand", 10_000, 12_000, null)]
    [InlineData("2 or 3%", 2, 3, "%")]
    [InlineData("about 800 or 900", 800, 900, null)]
    public void TwoFiguresGivenAsAlternativesReadAsTheRangeBetweenThem(string text, double lower, double upper, string? unit)
    {
        var estimate = Estimate.Parse(text);
        estimate.Hedge.Should().Be(HedgeKind.Range);
        estimate.Stated.Values.Should().Equal(lower, upper);
        estimate.Stated.Text.Should().Be(text);
        estimate.Stated.Unit.Should().Be(unit);
        // The same as the dash form.
        var dashed = Estimate.Parse(text.Replace(" or ", "-", StringComparison.Ordinal));
        estimate.Median.Should().Be(dashed.Median);
        estimate.Interval(0.9).Should().Be(dashed.Interval(0.9));
        Estimate.TryParse(text, out var tried).Should().BeTrue();
        tried.Should().Be(estimate);
    }

    [Theory]
    [InlineData("800 or more", HedgeKind.AtLeast)]
    [InlineData("800 or so", HedgeKind.Approximate)]
    [InlineData("800 or fewer", HedgeKind.AtMost)]
    public void OrBeforeAWordIsStillATrailingHedge(string text, HedgeKind hedge)
        => Estimate.Parse(text).Hedge.Should().Be(hedge);

    [Theory]
    // Alternatives in the wrong order are an inverted range; "or" after "between" is not "and"; a bound is one figure.
    [InlineData("900 or 800", 7)]
    [InlineData("between 800 or 900", 12)]
    [InlineData("more than 800 or 900", 14)]
    [InlineData("800 or", 4)]
    public void WhatIsNoRangeIsAFormatErrorWithItsPosition(string text, int position)
        => HedgeFormChecks.IsAFormatErrorAt(text, position);

    [Theory]
    [InlineData("Russia has moved 20,000 or 30,000 troops to the border, officials said.", "20,000 or 30,000")]
    [InlineData("The strike killed 5 or 6 people, police said.", "5 or 6")]
    public void TheExtractorReadsThemAsOneFigure(string sentence, string figure)
        => HedgeFormChecks.ExtractorReadsThroughTheSameGrammar(sentence, figure, HedgeKind.Range);
}
