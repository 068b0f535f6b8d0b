using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

/// <summary>The one number format (NumberText's documented rule), and the ToString that uses it.</summary>
public class NumberTextTest
{
    [Theory]
    [InlineData(57_805.3, "57,800")]
    [InlineData(10_934.27, "10,900")]
    [InlineData(999.6, "1,000")]
    [InlineData(123.4, "123")]
    [InlineData(45.67, "45.7")]
    [InlineData(0.012345, "0.0123")]
    [InlineData(-1_234.5, "-1,230")]
    [InlineData(0, "0")]
    [InlineData(1.25e15, "1.25E+15")]
    [InlineData(1.5e-7, "1.5E-7")]
    [InlineData(double.PositiveInfinity, "∞")]
    [InlineData(double.NegativeInfinity, "-∞")]
    [InlineData(double.NaN, "NaN")]
    public void FiguresHaveThreeSignificantFiguresAndCommaGroups(double value, string expected)
        => NumberText.Of(value).Should().Be(expected);

    [Theory]
    [InlineData(123.456, 5, "123.46")]
    [InlineData(1_376.2, 4, "1,376")]
    [InlineData(12_345, 1, "10,000")]
    public void MoreOrFewerFiguresCanBeAsked(double value, int digits, string expected)
        => NumberText.Of(value, digits).Should().Be(expected);

    [Theory]
    [InlineData(9_873.4, 12_034.5, "9,870–12,000")]
    [InlineData(1_375.2, 1_376.8, "1,375–1,377")]
    [InlineData(10_000, double.PositiveInfinity, "10,000–∞")]
    [InlineData(-120.4, -40.2, "-120 to -40.2")]
    [InlineData(5, 5, "5–5")]
    public void RangeEndsReadDifferentlyWhenTheyDiffer(double lower, double upper, string expected)
        => NumberText.Range(lower, upper).Should().Be(expected);

    [Theory]
    [InlineData(1, "report", "1 report")]
    [InlineData(0, "report", "0 reports")]
    [InlineData(3, "independent origin", "3 independent origins")]
    [InlineData(1_204, "problem", "1,204 problems")]
    public void ACountCarriesItsNounInTheRightNumber(int count, string noun, string expected)
        => NumberText.Count(count, noun).Should().Be(expected);

    [Fact]
    public void AnIntervalIsWrittenAsItsRangeAndLevel()
    {
        new EstimateInterval(45_226.7, 55_277.1, 0.9).ToString().Should().Be("45,200–55,300 (90%)");
        new EstimateInterval(10_000, double.PositiveInfinity, double.NaN).ToString().Should().Be("10,000–∞");
        new EstimateInterval(0.25, 0.5, 0.999).ToString().Should().Be("0.25–0.5 (99.9%)");
    }

    [Theory]
    [InlineData(24.94, "24.9%")]
    [InlineData(100, "100%")]
    [InlineData(0.04, "0%")]
    public void PercentagesHaveAtMostOneDecimal(double percent, string expected) => NumberText.Percent(percent).Should().Be(expected);

    [Theory]
    [InlineData(0.249, "24.9%")]
    [InlineData(0, "0%")]
    [InlineData(0.0004, "<0.1%")]
    [InlineData(0.0005, "0.1%")]
    [InlineData(1, "100%")]
    public void SharesThatCountAreNeverWrittenAsNothing(double share, string expected) => NumberText.Share(share).Should().Be(expected);
}
