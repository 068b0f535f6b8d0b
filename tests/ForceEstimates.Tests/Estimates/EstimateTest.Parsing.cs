using System;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

public partial class EstimateTest
{
    // The seed article's figures (Kyiv Independent, 23 Nov 2024), each with its hedge, number and unit.
    [Theory]
    [InlineData("about 1,376 square kilometres", HedgeKind.Approximate, "about", 1376, "square kilometres")]
    [InlineData("approximately 800 square kilometres", HedgeKind.Approximate, "approximately", 800, "square kilometres")]
    [InlineData("over 40%", HedgeKind.Above, "over", 40, "%")]
    [InlineData("over 40 per cent", HedgeKind.Above, "over", 40, "per cent")]
    [InlineData("nearly 60,000", HedgeKind.JustBelow, "nearly", 60000, null)]
    [InlineData("about 11,000", HedgeKind.Approximate, "about", 11000, null)]
    [InlineData("almost 580,000", HedgeKind.JustBelow, "almost", 580000, null)]
    public void Parse_ReadsTheSeedArticleFigures(string text, HedgeKind hedge, string hedgeText, double value, string? unit)
    {
        var estimate = Estimate.Parse(text);

        estimate.Hedge.Should().Be(hedge);
        estimate.Stated.Text.Should().Be(text);
        estimate.Stated.HedgeText.Should().Be(hedgeText);
        estimate.Stated.Values.Should().Equal(value);
        estimate.Stated.Unit.Should().Be(unit);
    }

    [Theory]
    [InlineData("1,376", 1376)]
    [InlineData("60 000", 60000)]
    [InlineData("60\u00A0000", 60000)]
    [InlineData("60\u202F000", 60000)]
    [InlineData("60\u2009000", 60000)]
    [InlineData("1,234,567", 1234567)]
    [InlineData("12.5", 12.5)]
    [InlineData("0.3", 0.3)]
    [InlineData("1.2 million", 1200000)]
    [InlineData("1.2million", 1200000)]
    [InlineData("580 thousand", 580000)]
    [InlineData("60k", 60000)]
    [InlineData("60K", 60000)]
    [InlineData("2.5bn", 2500000000)]
    [InlineData("3 billion", 3000000000)]
    [InlineData("1E+20", 1e20)]
    [InlineData("eleven thousand", 11000)]
    [InlineData("Eleven Thousand", 11000)]
    [InlineData("a dozen", 12)]
    [InlineData("two dozen", 24)]
    [InlineData("half a dozen", 6)]
    [InlineData("Half a dozen", 6)]
    [InlineData("a hundred", 100)]
    [InlineData("a thousand", 1000)]
    [InlineData("twelve", 12)]
    [InlineData("twenty-five", 25)]
    [InlineData("twenty five thousand", 25000)]
    [InlineData("two hundred and fifty", 250)]
    [InlineData("one hundred fifty thousand", 150000)]
    [InlineData("two million five hundred thousand", 2500000)]
    [InlineData("0", 0)]
    public void Parse_ReadsNumbersAsNewspapersWriteThem(string text, double value)
    {
        var estimate = Estimate.Parse(text);

        estimate.Hedge.Should().Be(HedgeKind.Bare);
        estimate.Stated.Values.Should().Equal(value);
        estimate.Stated.HedgeText.Should().BeEmpty();
        estimate.Stated.Unit.Should().BeNull();
    }

    [Theory]
    [InlineData("40%", "%")]
    [InlineData("40 %", "%")]
    [InlineData("40 per cent", "per cent")]
    [InlineData("40 percent", "percent")]
    [InlineData("40 Per Cent", "Per Cent")]
    [InlineData("1,376 square kilometres", "square kilometres")]
    [InlineData("1,376 square kilometers", "square kilometers")]
    [InlineData("1,376 sq km", "sq km")]
    [InlineData("1,376 sq. km", "sq. km")]
    [InlineData("1,376 km2", "km2")]
    [InlineData("1,376 km²", "km²")]
    [InlineData("1,376km²", "km²")]
    [InlineData("530 square miles", "square miles")]
    [InlineData("530 sq mi", "sq mi")]
    [InlineData("530 square  miles", "square  miles")]
    [InlineData("1.2 million square kilometres", "square kilometres")]
    public void Parse_RecordsTheUnitAsWritten(string text, string unit)
        => Estimate.Parse(text).Stated.Unit.Should().Be(unit);

    [Theory]
    [InlineData("1,376", 4)]
    [InlineData("800", 1)]
    [InlineData("60,000", 1)]
    [InlineData("11,000", 2)]
    [InlineData("580,000", 2)]
    [InlineData("10,900", 3)]
    [InlineData("1.2 million", 2)]
    [InlineData("60k", 1)]
    [InlineData("40.0", 3)]
    [InlineData("0.05", 1)]
    [InlineData("eleven thousand", 2)]
    [InlineData("a dozen", 2)]
    public void Parse_CountsSignificantDigits(string text, int digits)
        => Estimate.Parse(text).Stated.SignificantDigits.Should().Be(digits);

    [Theory]
    [InlineData("800", Roundness.OneSignificantDigit)]
    [InlineData("11,000", Roundness.TwoSignificantDigits)]
    [InlineData("1,376", Roundness.Precise)]
    public void Parse_ClassifiesRoundness(string text, Roundness roundness)
        => Estimate.Parse(text).Stated.Roundness.Should().Be(roundness);

    [Theory]
    [InlineData("between 10,000 and 12,000", 10000, 12000, "between")]
    [InlineData("Between 11,000 and 20,000", 11000, 20000, "Between")]
    [InlineData("between 10,000 to 12,000", 10000, 12000, "between")]
    [InlineData("between 10 and 12 thousand", 10000, 12000, "between")]
    [InlineData("10,000–12,000", 10000, 12000, "")]
    [InlineData("10,000 – 12,000", 10000, 12000, "")]
    [InlineData("10,000-12,000", 10000, 12000, "")]
    [InlineData("10,000 to 12,000", 10000, 12000, "")]
    [InlineData("10-12 thousand", 10000, 12000, "")]
    [InlineData("ten to twelve thousand", 10000, 12000, "")]
    [InlineData("1.2-1.5 million", 1200000, 1500000, "")]
    [InlineData("500 to 2 million", 500, 2000000, "")]
    [InlineData("about 10,000-12,000", 10000, 12000, "about")]
    [InlineData("40%-45%", 40, 45, "")]
    [InlineData("0-5%", 0, 5, "")]
    public void Parse_ReadsRanges(string text, double low, double high, string hedgeText)
    {
        var estimate = Estimate.Parse(text);

        estimate.Hedge.Should().Be(HedgeKind.Range);
        estimate.Stated.Values.Should().Equal(low, high);
        estimate.Stated.HedgeText.Should().Be(hedgeText);
        estimate.LowerBound.Should().Be(low);
        estimate.UpperBound.Should().Be(high);
    }

    [Fact]
    public void Parse_KeepsTheUnitOfARange()
    {
        Estimate.Parse("40%-45%").Stated.Unit.Should().Be("%");
        Estimate.Parse("between 400 and 500 square kilometres").Stated.Unit.Should().Be("square kilometres");
    }

    [Theory]
    [InlineData("  about 11,000 ", "about 11,000")]
    [InlineData("about\u00A011,000", "about\u00A011,000")]
    [InlineData("more  than\n10,000", "more  than\n10,000")]
    public void Parse_IgnoresSurroundingWhiteSpaceAndAcceptsAnyInside(string text, string stated)
        => Estimate.Parse(text).Stated.Text.Should().Be(stated);

    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 3)]
    [InlineData("about", 5)]
    [InlineData("about ", 5)]
    [InlineData("about eleven-ish", 13)]
    [InlineData("11,000 soldiers", 7)]
    [InlineData("nearly 60,000 Russian", 14)]
    [InlineData("40th", 0)]
    [InlineData("between 10,000", 14)]
    [InlineData("between 10,000 or 12,000", 15)]
    [InlineData("between 12,000 and 10,000", 19)]
    [InlineData("12,000-10,000", 7)]
    [InlineData("10,000 to", 7)]
    [InlineData("over 0", 5)]
    [InlineData("x", 0)]
    [InlineData("a", 0)]
    [InlineData("1,2345", 1)]
    public void Parse_RejectsBadTextNamingThePosition(string text, int position)
    {
        var act = () => Estimate.Parse(text);

        act.Should().Throw<FormatException>()
            .Which.Message.Should().Contain($"\"{text}\"").And.Contain($"position {position}");
        Estimate.TryParse(text, out var estimate).Should().BeFalse();
        estimate.Should().BeNull();
    }

    [Fact]
    public void TryParse_ReturnsFalseForNull()
        => Estimate.TryParse(null, out _).Should().BeFalse();

    [Fact]
    public void Parse_RejectsNullWithArgumentNullException()
        => FluentActions.Invoking(() => Estimate.Parse(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void TryParse_SucceedsOnAGoodFigure()
    {
        Estimate.TryParse("about 11,000", out var estimate).Should().BeTrue();
        estimate!.Stated.Values.Should().Equal(11000);
    }

    [Theory]
    [InlineData("about 11,000 North Korean soldiers", "about 11,000")]
    [InlineData("nearly 60,000 Russian army personnel", "nearly 60,000")]
    [InlineData("1,376 square kilometres, now", "1,376 square kilometres")]
    [InlineData("over 40 per cent of the territory", "over 40 per cent")]
    [InlineData("almost 580,000 Russian soldiers", "almost 580,000")]
    [InlineData("10,000-strong force", "10,000")]
    [InlineData("10,000 to protect", "10,000")]
    [InlineData("1,376. Then", "1,376")]
    [InlineData("12,000, officials said", "12,000")]
    [InlineData("thousands of troops", "thousands")]
    [InlineData("tens of thousands of troops", "tens of thousands")]
    [InlineData("2023 500", "2023")]
    [InlineData("about 10,900, according to", "about 10,900")]
    [InlineData("between 11,000 and 20,000 troops", "between 11,000 and 20,000")]
    [InlineData("12 000 troops", "12 000")]
    [InlineData("one of them", "one")]
    public void TryParsePrefix_StopsAtTheEndOfTheFigure(string text, string figure)
    {
        EstimateParser.TryParsePrefix(text, HedgeModel.Default, out var estimate, out var consumed).Should().BeTrue();

        consumed.Should().Be(figure.Length);
        estimate!.Stated.Text.Should().Be(figure);
        estimate.Should().Be(Estimate.Parse(figure));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" about 11,000")]
    [InlineData("soldiers")]
    [InlineData("3rd")]
    [InlineData("about soldiers")]
    [InlineData("a soldier")]
    public void TryParsePrefix_FailsWithoutAFigureAtTheStart(string text)
    {
        EstimateParser.TryParsePrefix(text, HedgeModel.Default, out var estimate, out var consumed).Should().BeFalse();
        estimate.Should().BeNull();
        consumed.Should().Be(0);
    }
}
