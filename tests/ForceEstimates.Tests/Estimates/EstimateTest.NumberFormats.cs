using System;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

/// <summary>Digit groups, decimal separators and unit spellings: what the one lexicon and number scanner read.</summary>
public partial class EstimateTest
{
    [Theory]
    [InlineData("60\u2007000", 60000)] // figure space
    [InlineData("60\u2009000", 60000)] // thin space
    [InlineData("60\u202F000", 60000)] // narrow no-break space
    [InlineData("60\u00A0000", 60000)] // no-break space
    [InlineData("60 000", 60000)]
    [InlineData("60,000", 60000)]
    [InlineData("1.234.567", 1234567)] // two period groups: the period can only group
    [InlineData("1.234,5", 1234.5)] // a period group, then a decimal comma
    [InlineData("1 234,5", 1234.5)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("1,5 million", 1500000)] // a comma before one or two digits cannot group
    [InlineData("2,75", 2.75)]
    [InlineData("0.125", 0.125)] // a lone zero cannot start a digit group
    [InlineData("0,500", 0.5)] // so its comma is a decimal comma
    [InlineData("0,5", 0.5)]
    [InlineData("1234.567", 1234.567)] // nor can four digits
    [InlineData("386.1022", 386.1022)]
    [InlineData("12.5", 12.5)]
    public void Parse_ReadsDigitGroupsAndDecimalSeparatorsWhereTheyAreUnambiguous(string text, double value)
        => Estimate.Parse(text).Stated.Values.Should().Equal(value);

    [Theory]
    [InlineData("60.000", 2, "\"60,000\"", "\"60.0000\"")]
    [InlineData("about 1.500 million", 7, "\"1,500\"", "\"1.5000\"")]
    [InlineData("386.102 sq mi", 3, "\"386,102\"", "\"386.1020\"")]
    public void Parse_RefusesAPeriodBeforeThreeDigitsRatherThanGuess(string text, int position, string grouped, string decimalPoint)
    {
        // Never silently 60 for what much of Europe writes as sixty thousand (nor the reverse).
        var act = () => Estimate.Parse(text);

        act.Should().Throw<FormatException>().Which.Message.Should()
            .Contain("ambiguous").And.Contain($"position {position}").And.Contain(grouped).And.Contain(decimalPoint);
        Estimate.TryParse(text, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("800 hectares", "hectares")]
    [InlineData("800 ha", "ha")]
    [InlineData("40 pct", "pct")]
    [InlineData("1,376 sq.km", "sq.km")]
    [InlineData("1,376 km^2", "km^2")]
    [InlineData("530 sq. miles", "sq. miles")]
    [InlineData("12 kilometres", "kilometres")]
    public void Parse_ReadsEveryUnitSpellingOfTheLexicon(string text, string unit)
        => Estimate.Parse(text).Stated.Unit.Should().Be(unit);

    [Theory]
    [InlineData("estimated 5,000", "estimated")]
    [InlineData("an estimated 5,000", "an estimated")]
    [InlineData("approx. 5,000", "approx.")]
    [InlineData("circa 5,000", "circa")]
    public void Parse_ReadsEveryApproximateHedgeOfTheLexicon(string text, string hedge)
    {
        var estimate = Estimate.Parse(text);
        estimate.Hedge.Should().Be(HedgeKind.Approximate);
        estimate.Stated.HedgeText.Should().Be(hedge);
    }

    [Theory]
    [InlineData("5 hundred", 500)]
    [InlineData("2 trillion", 2e12)]
    [InlineData("5m", 5e6)]
    [InlineData("3 mln", 3e6)]
    public void Parse_ReadsEveryMultiplierOfTheLexicon(string text, double value)
        => Estimate.Parse(text).Stated.Values.Should().Equal(value);
}
