using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

/// <summary>
/// Forms the seventh real-news check found read wrong or refused: a hedge on an added number ("up to another 2,000"), "approach"
/// after an auxiliary ("may approach 3 million"), a fraction beside a scale ("a quarter million") and an adjective of emphasis
/// on a share ("a bare third"). Each reads as the kind of its meaning, with the distribution of that kind's common spelling.
/// </summary>
public class IncrementAndApproachTest
{
    // The figure of an increment is the number added; the hedge before or after the increment words is its hedge.
    [Theory]
    [InlineData("up to another 2,000", HedgeKind.AtMost, 2000.0, "up to", "up to 2,000")]
    [InlineData("around another 255", HedgeKind.Approximate, 255.0, "around", "about 255")]
    [InlineData("Up To Another 900", HedgeKind.AtMost, 900.0, "Up To", "at most 900")]
    [InlineData("some another 500", HedgeKind.Approximate, 500.0, "some", "about 500")]
    [InlineData("nearly a further 400", HedgeKind.JustBelow, 400.0, "nearly", "nearly 400")]
    [InlineData("more than an additional 260,000", HedgeKind.Above, 260000.0, "more than", "over 260,000")]
    [InlineData("as many as an extra 5,500", HedgeKind.AtMost, 5500.0, "as many as", "up to 5,500")]
    [InlineData("up to around another 300", HedgeKind.AtMost, 300.0, "up to around", "up to 300")]
    [InlineData("an additional up to 2,000", HedgeKind.AtMost, 2000.0, "up to", "up to 2,000")]
    [InlineData("another about 300", HedgeKind.Approximate, 300.0, "about", "about 300")]
    [InlineData("another 27", HedgeKind.Bare, 27.0, "", "27")]
    [InlineData("a further 400", HedgeKind.Bare, 400.0, "", "400")]
    [InlineData("an extra 5,500", HedgeKind.Bare, 5500.0, "", "5,500")]
    public void AHedgeOnAnIncrementIsTheAddedNumbersHedge(string text, HedgeKind hedge, double value, string hedgeText, string sameAs)
    {
        HedgeFormChecks.ReadsAsTheKindOfItsMeaning(text, hedge, value, hedgeText, null, sameAs);
        HedgeFormChecks.RoundTrips(text);
    }

    [Fact]
    public void AnIncrementOfAVagueAmountIsTheAmount()
    {
        var estimate = Estimate.Parse("around another several hundred");
        estimate.Hedge.Should().Be(HedgeKind.Vague);
        estimate.Distribution.Should().Be(Estimate.Parse("several hundred").Distribution);
        Estimate.Parse("around another 2,000 km\u00B2").Stated.Unit.Should().Be("km\u00B2");
    }

    [Theory]
    [InlineData("up to another", 6)]
    [InlineData("another", 0)]
    [InlineData("up to another another 500", 14)]
    [InlineData("between another 500 and 600", 8)]
    [InlineData("up to another 500 more", 18)]
    [InlineData("anotherr 500", 0)]
    public void IncrementsOutsideTheGrammarAreFormatErrors(string text, int position)
        => HedgeFormChecks.IsAFormatErrorAt(text, position);

    // "approach" after an auxiliary reads as "approaching" does: the count getting near the number from below (as "nearly").
    [Theory]
    [InlineData("approach 350 thousand", 350000.0, "approach", "approaching 350 thousand")]
    [InlineData("may approach 3 million", 3000000.0, "may approach", "nearly 3 million")]
    [InlineData("May Approach 3 Million", 3000000.0, "May Approach", "nearly 3 million")]
    [InlineData("could approach 5,000", 5000.0, "could approach", "nearly 5,000")]
    [InlineData("might approach 40%", 40.0, "might approach", "nearly 40%")]
    public void ApproachReadsAsNearly(string text, double value, string hedgeText, string sameAs)
    {
        string? unit = text.EndsWith('%') ? "%" : null;
        HedgeFormChecks.ReadsAsTheKindOfItsMeaning(text, HedgeKind.JustBelow, value, hedgeText, unit, sameAs);
        HedgeFormChecks.RoundTrips(text);
    }

    [Fact]
    public void ApproachIsBelowTheNumberAsNearlyIs()
    {
        // The closed form of a one-sided reading: the number is the upper bound, the median below it.
        var estimate = Estimate.Parse("may approach 5,000");
        estimate.UpperBound.Should().Be(5000);
        estimate.Median.Should().BeLessThan(5000).And.BeGreaterThan(4500);
        estimate.Median.Should().Be(Estimate.Nearly(5000).Median);
    }

    [Fact]
    public void WillApproachIsNotAHedgeOfItsOwn()
        => HedgeFormChecks.IsAFormatErrorAt("will approach 5,000", 0);

    // A fraction beside a scale is that part of it, with or without a hyphen or "of a".
    [Theory]
    [InlineData("a quarter million", 250000.0)]
    [InlineData("a half million", 500000.0)]
    [InlineData("half million", 500000.0)]
    [InlineData("a third million", 1000000.0 / 3)]
    [InlineData("a quarter of a million", 250000.0)]
    [InlineData("a third of a million", 1000000.0 / 3)]
    [InlineData("three-quarters of a million", 750000.0)]
    [InlineData("half a million", 500000.0)]
    [InlineData("a quarter-million", 250000.0)]
    public void AFractionBesideAScaleIsAPartOfIt(string text, double value)
    {
        var estimate = Estimate.Parse(text);
        estimate.Stated.Values.Should().Equal(value);
        estimate.Stated.Unit.Should().BeNull("it is a count, not a share");
        HedgeFormChecks.RoundTrips(text);
    }

    [Fact]
    public void MoreThanAQuarterMillionIsAQuarterOfAMillion()
    {
        var estimate = Estimate.Parse("more than a quarter million");
        estimate.Hedge.Should().Be(HedgeKind.Above);
        estimate.LowerBound.Should().Be(250000);
        estimate.Distribution.Should().Be(Estimate.Parse("more than a quarter-million").Distribution, "one significant digit, as the hyphenated form");
        estimate.Distribution.Should().Be(Estimate.Parse("more than a quarter of a million").Distribution);
    }

    [Theory]
    [InlineData("a bare third", 1.0 / 3)]
    [InlineData("a mere quarter", 0.25)]
    [InlineData("a full half", 0.5)]
    [InlineData("nearly a bare third", 1.0 / 3)]
    public void AnAdjectiveOfEmphasisLeavesTheShare(string text, double value)
    {
        var estimate = Estimate.Parse(text);
        estimate.Stated.Values.Should().Equal(value);
        estimate.Stated.Unit.Should().Be(Estimate.Parse("a third").Stated.Unit);
        HedgeFormChecks.RoundTrips(text);
    }

    // "about" on a range's second number adds nothing to the range, as on its first ("about 1,000 to 1,200").
    [Theory]
    [InlineData("1,000 to about 1,200", "1,000 to 1,200")]
    [InlineData("between 800 and about 1,000", "between 800 and 1,000")]
    [InlineData("about 1,000 to around 1,200", "1,000-1,200")]
    [InlineData("30 to some 40%", "30-40%")]
    public void AboutOnARangesSecondNumberIsTheRange(string text, string sameAs)
    {
        var estimate = Estimate.Parse(text);
        estimate.Hedge.Should().Be(HedgeKind.Range);
        estimate.Distribution.Should().Be(Estimate.Parse(sameAs).Distribution);
        HedgeFormChecks.RoundTrips(text);
    }

    [Theory]
    [InlineData("1,000 to nearly 1,200", 9)]
    [InlineData("1,000 to about", 9)]
    [InlineData("1,000 to about a dozen", 9)]
    public void OtherHedgesOnARangesSecondNumberAreFormatErrors(string text, int position)
        => HedgeFormChecks.IsAFormatErrorAt(text, position);

    [Theory]
    [InlineData("a bare", 0)]
    [InlineData("a good third", 0)]
    [InlineData("a quarter of the force", 10)]
    public void OtherWordsAroundAFractionAreFormatErrors(string text, int position)
        => HedgeFormChecks.IsAFormatErrorAt(text, position);
}
