using System;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

public partial class EstimateTest
{
    [Theory]
    [InlineData("12,000", HedgeKind.Bare)]
    [InlineData("exactly 12,000", HedgeKind.Exact)]
    [InlineData("precisely 12,000", HedgeKind.Exact)]
    [InlineData("about 12,000", HedgeKind.Approximate)]
    [InlineData("About 12,000", HedgeKind.Approximate)]
    [InlineData("approximately 12,000", HedgeKind.Approximate)]
    [InlineData("around 12,000", HedgeKind.Approximate)]
    [InlineData("roughly 12,000", HedgeKind.Approximate)]
    [InlineData("some 12,000", HedgeKind.Approximate)]
    [InlineData("an estimated 12,000", HedgeKind.Approximate)]
    [InlineData("estimated 12,000", HedgeKind.Approximate)]
    [InlineData("nearly 12,000", HedgeKind.JustBelow)]
    [InlineData("almost 12,000", HedgeKind.JustBelow)]
    [InlineData("just under 12,000", HedgeKind.JustBelow)]
    [InlineData("over 12,000", HedgeKind.Above)]
    [InlineData("just over 12,000", HedgeKind.Above)]
    [InlineData("more than 12,000", HedgeKind.Above)]
    [InlineData("MORE THAN 12,000", HedgeKind.Above)]
    [InlineData("above 12,000", HedgeKind.Above)]
    [InlineData("in excess of 12,000", HedgeKind.Above)]
    [InlineData("upwards of 12,000", HedgeKind.Above)]
    [InlineData("at least 12,000", HedgeKind.AtLeast)]
    [InlineData("no less than 12,000", HedgeKind.AtLeast)]
    [InlineData("no fewer than 12,000", HedgeKind.AtLeast)]
    [InlineData("at most 12,000", HedgeKind.AtMost)]
    [InlineData("no more than 12,000", HedgeKind.AtMost)]
    [InlineData("up to 12,000", HedgeKind.AtMost)]
    [InlineData("as many as 12,000", HedgeKind.AtMost)]
    [InlineData("under 12,000", HedgeKind.Below)]
    [InlineData("fewer than 12,000", HedgeKind.Below)]
    [InlineData("less than 12,000", HedgeKind.Below)]
    [InlineData("below 12,000", HedgeKind.Below)]
    [InlineData("circa 12,000", HedgeKind.Approximate)]
    [InlineData("an approximate 12,000", HedgeKind.Approximate)]
    [InlineData("close to 12,000", HedgeKind.JustBelow)]
    [InlineData("just shy of 12,000", HedgeKind.JustBelow)]
    [InlineData("well above 12,000", HedgeKind.Above)]
    [InlineData("not fewer than 12,000", HedgeKind.AtLeast)]
    [InlineData("as much as 12,000", HedgeKind.AtMost)]
    public void Parse_RecognisesEachHedge(string text, HedgeKind hedge)
    {
        var estimate = Estimate.Parse(text);

        estimate.Hedge.Should().Be(hedge);
        estimate.Stated.Values.Should().Equal(12000);
        estimate.Stated.HedgeText.Should().Be(text.Length > "12,000".Length ? text[..^" 12,000".Length] : string.Empty);
    }

    [Theory]
    [InlineData("over 40%", 40.0, null)]
    [InlineData("at least 5,000", 5000.0, null)]
    [InlineData("nearly 60,000", null, 60000.0)]
    [InlineData("up to 15,000", null, 15000.0)]
    [InlineData("under 100", null, 100.0)]
    [InlineData("between 11,000 and 20,000", 11000.0, 20000.0)]
    [InlineData("about 11,000", null, null)]
    [InlineData("12,000", null, null)]
    [InlineData("exactly 12,000", null, null)]
    [InlineData("dozens", null, null)]
    public void Bounds_AreTheStatedBoundsOfOneSidedAndRangedClaims(string text, double? lower, double? upper)
    {
        var estimate = Estimate.Parse(text);

        estimate.LowerBound.Should().Be(lower);
        estimate.UpperBound.Should().Be(upper);
    }

    [Theory]
    [InlineData("dozens", 24, 120)]
    [InlineData("tens", 20, 100)]
    [InlineData("Dozens", 24, 120)]
    [InlineData("hundreds", 200, 1000)]
    [InlineData("thousands", 2000, 10000)]
    [InlineData("thousands of", 2000, 10000)]
    [InlineData("millions", 2e6, 1e7)]
    [InlineData("tens of thousands", 20000, 100000)]
    [InlineData("hundreds of thousands", 200000, 1000000)]
    [InlineData("several hundred", 300, 900)]
    [InlineData("several dozen", 36, 108)]
    [InlineData("several hundred thousand", 300000, 900000)]
    [InlineData("a few thousand", 2000, 5000)]
    [InlineData("a few hundred", 200, 500)]
    [InlineData("some tens of thousands", 20000, 100000)]
    // "scores": a plural of twenty, as "dozens" is of twelve.
    [InlineData("scores", 40, 200)]
    [InlineData("scores of", 40, 200)]
    [InlineData("Scores", 40, 200)]
    // A quantifier before a plural unit: "a few tens of thousands" is a few (2 to 5) of ten thousand, as "a few thousand"
    // is a few of a thousand.
    [InlineData("a few tens of thousands", 20_000, 50_000)]
    [InlineData("several tens of thousands", 30_000, 90_000)]
    [InlineData("a couple of tens of thousands", 20_000, 30_000)]
    [InlineData("several hundreds of thousands", 300_000, 900_000)]
    [InlineData("a few tens of millions", 20_000_000, 50_000_000)]
    [InlineData("A Few  Tens of Thousands", 20_000, 50_000)]
    public void Parse_ReadsVagueAmountsByTheDocumentedRule(string text, double low, double high)
    {
        var estimate = Estimate.Parse(text);

        estimate.Hedge.Should().Be(HedgeKind.Vague);
        estimate.Stated.Values.Should().Equal(low, high);
        estimate.Stated.HedgeText.Should().Be(text);
        var interval = estimate.Interval(HedgeModel.RangeLevel);
        interval.Lower.Should().BeApproximately(low, low * 1e-9);
        interval.Upper.Should().BeApproximately(high, high * 1e-9);
        estimate.Median.Should().BeApproximately(Math.Sqrt(low * high), low * 1e-9, "the median of a log-normal is the geometric mean of its central interval's ends");
    }

    [Theory]
    [InlineData("about 11,000")]
    [InlineData("approximately 800 square kilometres")]
    [InlineData("12,000")]
    [InlineData("exactly 1,376")]
    public void TwoSidedReadings_HaveTheStatedNumberAsMedian(string text)
    {
        var estimate = Estimate.Parse(text);

        estimate.Median.Should().BeApproximately(estimate.Stated.Value, estimate.Stated.Value * 1e-12);
        estimate.Mean.Should().BeGreaterThan(estimate.Median, "a log-normal's mean lies above its median");
    }

    [Theory]
    [InlineData("over 40%")]
    [InlineData("more than 10,000")]
    [InlineData("at least 5,000")]
    public void LowerBoundedHedges_PutNoProbabilityAtOrBelowTheBound(string text)
    {
        var estimate = Estimate.Parse(text);
        var bound = estimate.LowerBound!.Value;

        estimate.Cdf(bound).Should().Be(0);
        estimate.Cdf(bound * 0.999).Should().Be(0);
        estimate.Quantile(0.001).Should().BeGreaterThan(bound);
        estimate.Median.Should().BeGreaterThan(bound);
    }

    [Theory]
    [InlineData("nearly 60,000")]
    [InlineData("almost 580,000")]
    [InlineData("up to 15,000")]
    [InlineData("under 100")]
    public void UpperBoundedHedges_PutAllProbabilityAtOrBelowTheBound(string text)
    {
        var estimate = Estimate.Parse(text);
        var bound = estimate.UpperBound!.Value;

        estimate.Cdf(bound).Should().Be(1);
        estimate.Quantile(0.999).Should().BeLessThan(bound);
        estimate.Median.Should().BeLessThan(bound);
    }

    [Fact]
    public void NearlyReadsCloserToTheBoundThanUnder()
    {
        // Participants read "below" further from the number than "nearly"/"almost" (Ferson et al. 2015).
        var nearly = Estimate.Parse("nearly 10,000");
        var under = Estimate.Parse("under 10,000");

        nearly.Median.Should().BeGreaterThan(under.Median);
    }

    [Fact]
    public void RounderNumbersAreReadMoreLoosely()
    {
        static double RelativeWidth(string text)
        {
            var estimate = Estimate.Parse(text);
            return estimate.Interval(0.9).Width / estimate.Median;
        }

        RelativeWidth("about 800").Should().BeGreaterThan(RelativeWidth("about 810"));
        RelativeWidth("about 810").Should().BeGreaterThan(RelativeWidth("about 813"));
        RelativeWidth("over 60,000").Should().BeGreaterThan(RelativeWidth("over 61,376"));
    }

    [Theory]
    [InlineData("800")]
    [InlineData("11,000")]
    [InlineData("1,376")]
    public void BareFiguresAreReadMoreTightlyThanAbout(string number)
    {
        var bare = Estimate.Parse(number).Interval(0.9);
        var about = Estimate.Parse("about " + number).Interval(0.9);

        bare.Width.Should().BeLessThan(about.Width);
        bare.Width.Should().BeGreaterThan(0, "a stated figure is never taken as exact knowledge");
    }

    [Fact]
    public void Ranges_AreReadAsCentral90PercentIntervals()
    {
        var estimate = Estimate.Parse("between 11,000 and 20,000");
        var interval = estimate.Interval(0.9);

        interval.Lower.Should().BeApproximately(11000, 1e-6);
        interval.Upper.Should().BeApproximately(20000, 1e-6);
        estimate.Median.Should().BeApproximately(System.Math.Sqrt(11000.0 * 20000), 1e-6);
    }

    [Fact]
    public void RangesFromZero_AreUniform()
    {
        var estimate = Estimate.Parse("0-5%");

        estimate.Distribution.Should().BeOfType<UniformDistribution>();
        estimate.Median.Should().Be(2.5);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("exactly 0")]
    [InlineData("under 0%")]
    public void StatedZero_IsAPoint(string text)
    {
        var estimate = Estimate.Parse(text);

        estimate.Distribution.Should().Be(PointDistribution.Of(0));
        estimate.Median.Should().Be(0);
    }
}
