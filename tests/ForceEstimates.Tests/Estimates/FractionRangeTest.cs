using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

/// <summary>
/// Session 34 (found by mutating dev excerpts): "between half" was read as a range with one number, which no aggregate
/// could read (its upper bound, the range's second number, threw); a fraction takes no range, so it is no figure.
/// </summary>
public class FractionRangeTest
{
    [Theory]
    [InlineData("between half")]
    [InlineData("between a third")]
    [InlineData("Between two-thirds")]
    public void ARangeOpenedOnAFractionIsNoEstimate(string text)
    {
        Estimate.TryParse(text, out _).Should().BeFalse();
        var parse = () => Estimate.Parse(text);
        parse.Should().Throw<FormatException>().WithMessage($"*{text}*position*");
    }

    [Theory]
    [InlineData("half")]
    [InlineData("nearly two-thirds")]
    public void AFractionAloneIsStillAShare(string text)
        => Estimate.Parse(text).Stated.Unit.Should().Be(Unit.Fraction.Symbol);

    [Fact]
    public void AnArticleWithARangeFromAFractionAggregates()
    {
        var published = new LocalDate(2024, 10, 22);
        var figures = ReportExtractor.Default.Extract(
            "Dovra front\nBetween half and 60% of the Kessian troops were lost, a Varo official said. Between a third to 35 kilometres of the line fell.", published);
        figures.Should().OnlyContain(f => f.Estimate.Hedge != HedgeKind.Range || f.Estimate.Stated.Values.Count == 2);
        figures.Select(f => f.Text).Should().Contain("60%");
        var aggregate = () => Aggregate.ByQuantity(ReportExtractor.ToReports(figures), published);
        aggregate.Should().NotThrow();
    }
}
