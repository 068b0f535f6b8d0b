using System;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Xunit;
using ForceEstimates.Aggregation;
using ForceEstimates.Presentation;
using ForceEstimates.Trends;
using NodaTime;
using Xunit;
using static ForceEstimates.Tests.ReportFixtures;

namespace ForceEstimates.Tests.Estimates;

/// <summary>
/// A value written beside its interval: the value and both ends get the same significant figures, three or as many
/// as it takes for any two of them that differ to read differently (NumberText.Digits), everywhere the library
/// writes the pair.
/// </summary>
public class ValueBesideIntervalTest
{
    [Theory]
    // A median that is the stated number keeps the figures it was stated with, the interval's ends the same.
    [InlineData("about 1,376 square kilometres", "1,376", "1,361–1,391")]
    [InlineData("1,376", "1,376", "1,375–1,377")]
    [InlineData("about 12,345", "12,345", "12,211–12,480")]
    // Stated with three figures or fewer: as any value beside its interval.
    [InlineData("about 12,000", "12,000", "11,300–12,700")]
    [InlineData("approximately 800 square kilometres", "800", "724–884")]
    // A median that is not the stated number (a bound's reading) is written as any value.
    [InlineData("nearly 60,000", "57,800", "54,000–59,500")]
    [InlineData("more than 1,376", "1,384", "1,378–1,398")]
    public void AnEstimatesMedianIsWrittenWithTheFiguresItWasStatedWith(string figure, string median, string range)
    {
        var estimate = Estimate.Parse(figure);
        var interval = estimate.Interval(0.9);
        PlainText.Median(estimate, interval).Should().Be(median);
        PlainText.Range(interval, estimate).Should().Be(range);
        PlainText.Mean(estimate, interval).Should().Be(NumberText.Of(estimate.Mean, NumberText.Digits(estimate, interval.Lower, interval.Upper)));
        PlainText.Of(estimate).Should().EndWith($"median {median}, 90% interval {range}");
    }

    [Fact]
    public void AnEstimatesNumbersRejectANullEstimate()
    {
        var interval = new EstimateInterval(1, 2, 0.9);
        FluentActions.Invoking(() => PlainText.Median(null!, interval)).Should().Throw<ArgumentNullException>().WithParameterName("estimate");
        FluentActions.Invoking(() => PlainText.Mean(null!, interval)).Should().Throw<ArgumentNullException>().WithParameterName("estimate");
        FluentActions.Invoking(() => PlainText.Range(interval, (Estimate)null!)).Should().Throw<ArgumentNullException>().WithParameterName("estimate");
    }

    [Theory]
    // A figure stated with four digits and a narrow interval: three would make the value read as the upper end.
    [InlineData(1_376.2, 1_374.8, 1_377.4, "1,376", "1,375–1,377")]
    // Three figures tell them apart: nothing changes.
    [InlineData(1_376.2, 1_360.4, 1_391.7, "1,380", "1,360–1,390")]
    [InlineData(57_805.3, 54_012.1, 59_488.6, "57,800", "54,000–59,500")]
    // One-sided ("at most 1,376"): the median is just under the upper end.
    [InlineData(1_368.2, 1_352.1, 1_374.9, "1,368", "1,352–1,375")]
    // A value equal to an end reads as that end; it asks for no more figures.
    [InlineData(100, 100, 150, "100", "100–150")]
    [InlineData(5, 5, 5, "5", "5–5")]
    // An infinite end never collides with a figure; the finite end and the value still must.
    [InlineData(10_234, 10_150, double.PositiveInfinity, "10,230", "10,150–∞")]
    [InlineData(10_900, 9_870, double.PositiveInfinity, "10,900", "9,870–∞")]
    // Negative ends are written "lower to upper".
    [InlineData(-40.25, -40.31, -40.2, "-40.25", "-40.31 to -40.2")]
    // Zero, and figures near it.
    [InlineData(0, -0.001, 0.001, "0", "-0.001 to 0.001")]
    [InlineData(0.0001, 0, 0.00012, "0.0001", "0–0.00012")]
    // Exponents.
    [InlineData(1.2346e15, 1.2341e15, 1.2349e15, "1.2346E+15", "1.2341E+15–1.2349E+15")]
    // A percentage (the unit is written apart): 42.04 beside 41.96–42.3, not 42 beside 42–42.3.
    [InlineData(42.04, 41.96, 42.3, "42.04", "41.96–42.3")]
    public void TheValueAndTheEndsShareTheirFigures(double value, double lower, double upper, string valueText, string rangeText)
    {
        int digits = NumberText.Digits(value, lower, upper);

        NumberText.Of(value, digits).Should().Be(valueText);
        NumberText.Range(lower, upper, digits).Should().Be(rangeText);
        var interval = new EstimateInterval(lower, upper, 0.9);
        PlainText.Number(value, interval).Should().Be(valueText);
        PlainText.Range(interval, value).Should().Be(rangeText);
    }

    [Fact]
    public void FiguresAreCappedAtFifteen()
    {
        // Neighbouring doubles cannot be told apart in 15 figures: the cap holds, as for a range.
        NumberText.Digits(1, 1, Math.BitIncrement(1.0)).Should().Be(15);
        NumberText.Digits(Math.BitIncrement(1.0), 1, 2).Should().Be(15);
        NumberText.RangeDigits(1, Math.BitIncrement(1.0)).Should().Be(15);
    }

    [Fact]
    public void NaNAsksForNoMoreFigures()
    {
        NumberText.Digits(double.NaN, 1, 2).Should().Be(3);
        NumberText.Digits(double.NaN, double.NaN, double.NaN).Should().Be(3);
        NumberText.Range(double.NaN, double.NaN).Should().Be("NaN–NaN");
    }

    [Fact]
    public void ARangeAloneKeepsItsRule()
    {
        // Range(lower, upper) is the value-free case: the ends alone decide.
        NumberText.RangeDigits(1_375.2, 1_376.8).Should().Be(NumberText.Digits(1_375.2, 1_375.2, 1_376.8)).And.Be(4);
        NumberText.Range(9_873.4, 12_034.5).Should().Be(NumberText.Range(9_873.4, 12_034.5, 3));
    }

    [Fact]
    public void ABareFigureWithMoreDigitsReadsAsItself()
    {
        var estimate = Estimate.Parse("1,376");

        PlainText.Of(estimate).Should().Be("\"1,376\": median 1,376, 90% interval 1,375–1,377");
    }

    [Fact]
    public void AnAtMostFigureKeepsItsMedianOffItsUpperEnd()
    {
        var estimate = Estimate.Parse("at most 1,376");
        var interval = estimate.Interval(0.9);

        var text = PlainText.Of(estimate);
        text.Should().Contain("median " + PlainText.Number(estimate.Median, interval));
        PlainText.Number(estimate.Median, interval).Should().NotBe(NumberText.Of(interval.Upper, NumberText.Digits(estimate.Median, interval.Lower, interval.Upper)));
    }

    [Fact]
    public void AnAggregateWritesItsValueAndIntervalWithTheSameFigures()
    {
        // Many reports of the same bare figure: the interval is narrow around it.
        var reports = Enumerable.Range(0, 12)
            .Select(i => Figure("r" + i.ToString(CultureInfo.InvariantCulture), i % 2 == 0 ? "1,376" : "1,377", origin: "origin " + i.ToString(CultureInfo.InvariantCulture)))
            .ToArray();
        var aggregate = Aggregate.Of(reports, AsOf);
        var ci = aggregate.ConfidenceInterval;
        int digits = NumberText.Digits(aggregate.Value, ci.Lower, ci.Upper);
        string value = NumberText.Of(aggregate.Value, digits), lower = NumberText.Of(ci.Lower, digits), upper = NumberText.Of(ci.Upper, digits);

        aggregate.ToString().Should().EndWith($": {value} persons (95% interval {lower}–{upper})");
        new[] { value, lower, upper }.Distinct().Should().HaveCount(3, "the value lies strictly inside its interval");
        PlainText.Of(aggregate).Should().StartWith(aggregate.ToString());
        Html.Of(aggregate).Should().Contain(">" + value + " persons<").And.Contain(">" + lower + "–" + upper + "<");
        Svg.ForestPlot(aggregate).Should().Contain($"{value} persons (95% interval {lower}–{upper})");
    }

    [Fact]
    public void ATrendDayWritesItsMedianAndBandWithTheSameFigures()
    {
        var day = new TrendPoint(new LocalDate(2024, 11, 23), 1_376.2, 1_374.8, 1_377.4, isExtrapolated: false);

        day.ToString().Should().Be("2024-11-23: 1,376 (95% 1,375–1,377)");
    }

    [Fact]
    public void TheDistributionPictureLabelsTheMedianAndEndsAlike()
    {
        var estimate = Estimate.Parse("1,376");
        var svg = Svg.Distribution(estimate);

        svg.Should().Contain("median 1,376, 90% interval 1,375–1,377").And.Contain(">median 1,376<")
            .And.Contain(">1,375<").And.Contain(">1,377<");
        Html.Of(estimate).Should().Contain(">1,376<");
    }

    // A value and two ends a relative gap apart (from 1 in 10 down to 1 in 10^12, which 15 figures still tell apart)
    // around any normal double.
    private static (double Lower, double Value, double Upper) Near(double centre, int lowGap, int highGap, byte scale)
    {
        double step = Math.Abs(centre) * Math.Pow(10, -(1 + (scale % 9)));
        return (centre - (1 + (Math.Abs(lowGap) % 1000)) * step / 1000, centre, centre + (1 + (Math.Abs(highGap) % 1000)) * step / 1000);
    }

    private static double Parse(string text)
        => double.Parse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    // Within half a unit of the last of the significant figures asked for (and a hair for the double arithmetic).
    private static bool ReadsBack(double x, int digits)
    {
        double parsed = Parse(NumberText.Of(x, digits));
        double unit = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(x))) - digits + 1);
        return Math.Abs(parsed - x) <= 0.5 * unit + 1e-14 * Math.Abs(x);
    }

    [Property(MaxTest = 500)]
    public bool DifferentFiguresReadDifferentlyAndInOrder(NormalFloat centre, int lowGap, int highGap, byte scale)
    {
        if (centre.Get == 0 || Math.Abs(centre.Get) > 1e300 || Math.Abs(centre.Get) < 1e-300)
        {
            return true;
        }
        var (lower, value, upper) = Near(centre.Get, lowGap, highGap, scale);
        if (!(lower < value && value < upper))
        {
            return true; // a gap lost in the double's precision
        }
        int digits = NumberText.Digits(value, lower, upper);
        string l = NumberText.Of(lower, digits), v = NumberText.Of(value, digits), u = NumberText.Of(upper, digits);
        return digits >= 3 && digits <= 15
            && l != v && v != u && l != u
            && Parse(l) < Parse(v) && Parse(v) < Parse(u)
            && ReadsBack(lower, digits) && ReadsBack(value, digits) && ReadsBack(upper, digits)
            && NumberText.Range(lower, upper, digits) == (lower < 0 || upper < 0 ? l + " to " + u : l + "–" + u);
    }

    [Property(MaxTest = 500)]
    public bool NoMoreFiguresThanItTakes(NormalFloat centre, int lowGap, int highGap, byte scale)
    {
        if (centre.Get == 0 || Math.Abs(centre.Get) > 1e300 || Math.Abs(centre.Get) < 1e-300)
        {
            return true;
        }
        var (lower, value, upper) = Near(centre.Get, lowGap, highGap, scale);
        int digits = NumberText.Digits(value, lower, upper);
        if (digits == 3)
        {
            return true;
        }
        // One figure fewer, and two that differ would read the same.
        int fewer = digits - 1;
        string l = NumberText.Of(lower, fewer), v = NumberText.Of(value, fewer), u = NumberText.Of(upper, fewer);
        return (lower != value && l == v) || (value != upper && v == u) || (lower != upper && l == u);
    }
}
