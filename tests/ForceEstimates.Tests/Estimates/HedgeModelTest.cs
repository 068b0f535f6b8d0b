using ForceEstimates.Tests.Contracts;
using System;
using System.Linq;
using System.Globalization;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

public class HedgeModelTest
{
    [Fact]
    public void WithSpread_ChangesOnlyThatEntry()
    {
        var spread = new HedgeSpread(-0.3, 0.3);
        var model = HedgeModel.Default.WithSpread(HedgeKind.Approximate, Roundness.OneSignificantDigit, spread);

        model.Spread(HedgeKind.Approximate, Roundness.OneSignificantDigit).Should().Be(spread);
        model.Spread(HedgeKind.Approximate, Roundness.Precise).Should().Be(HedgeModel.Default.Spread(HedgeKind.Approximate, Roundness.Precise));
        HedgeModel.Default.Spread(HedgeKind.Approximate, Roundness.OneSignificantDigit).Should().NotBe(spread, "models are immutable");
    }

    [Fact]
    public void TwoSidedSpread_IsTheCentral90PercentInterval()
    {
        // ±30% as ratios e^(∓h) − 1 keeps the interval symmetric on the log scale.
        var spread = HedgeSpread.FromLogHalfWidth(Math.Log(1.3));
        var model = HedgeModel.Default.WithSpread(HedgeKind.Approximate, Roundness.OneSignificantDigit, spread);

        var interval = Estimate.Parse("about 800", model).Interval(0.9);

        interval.Lower.Should().BeApproximately(800 / 1.3, 1e-9);
        interval.Upper.Should().BeApproximately(800 * 1.3, 1e-9);
    }

    [Fact]
    public void OneSidedSpread_Holds95PercentWithinTheOpenSide()
    {
        var model = HedgeModel.Default
            .WithSpread(HedgeKind.Above, Roundness.OneSignificantDigit, new HedgeSpread(0, 0.25))
            .WithSpread(HedgeKind.JustBelow, Roundness.OneSignificantDigit, new HedgeSpread(-0.2, 0));

        Estimate.Parse("over 40%", model).Cdf(50).Should().BeApproximately(0.95, 1e-9);
        Estimate.Parse("nearly 60,000", model).Cdf(48000).Should().BeApproximately(0.05, 1e-9);
    }

    [Fact]
    public void WithOneSidedShape_ChangesWhereTheOneSidedMassLies()
    {
        var exponential = HedgeModel.Default.WithOneSidedShape(1);

        // With shape 1 the density is highest at the bound, so the median lies closer to it.
        Estimate.Parse("over 40%", exponential).Median.Should().BeLessThan(Estimate.Parse("over 40%").Median);
        exponential.OneSidedShape.Should().Be(1);
        FluentActions.Invoking(() => HedgeModel.Default.WithOneSidedShape(0)).Should().Throw<ArgumentException>().WithParameterName("shape");
    }

    [Theory]
    [InlineData(1e-300)] // MathNet's gamma inverse threw its own ArgumentOutOfRangeException (parameter 'a')
    [InlineData(1e-3)] // Interval(0.9) threw: upper below lower by 1e-11
    [InlineData(0.09)]
    [InlineData(1001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void WithOneSidedShape_RejectsShapesOutsideItsRangeNamingShape(double shape)
        => FluentActions.Invoking(() => HedgeModel.Default.WithOneSidedShape(shape))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(shape));

    [Theory]
    [InlineData(0.1)]
    [InlineData(1000)]
    public void WithOneSidedShape_AtTheEndsOfItsRange_GivesOrderedQuantilesAndIntervals(double shape)
    {
        var model = HedgeModel.Default.WithOneSidedShape(shape);
        foreach (var text in new[] { "over 100", "under 100", "nearly 60,000", "at least 1,376", "up to 1.5" })
        {
            var estimate = Estimate.Parse(text, model);
            var quantiles = Enumerable.Range(1, 999).Select(k => estimate.Quantile(k / 1000.0)).ToList();
            quantiles.Should().BeInAscendingOrder("the quantiles of \"{0}\" with shape {1}", text, shape);
            quantiles.Should().OnlyContain(q => double.IsFinite(q));
            foreach (var level in new[] { 0.01, 0.5, 0.9, 0.99, 0.999 })
            {
                var interval = estimate.Interval(level);
                interval.Lower.Should().BeLessThanOrEqualTo(interval.Upper);
            }
        }
    }

    [Fact]
    public void Spread_RejectsKindsWithoutSpreadAndUndefinedRoundness()
    {
        FluentActions.Invoking(() => HedgeModel.Default.Spread(HedgeKind.Range, Roundness.Precise))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("hedge");
        FluentActions.Invoking(() => HedgeModel.Default.Spread(HedgeKind.Bare, (Roundness)7))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("roundness");
    }

    [Fact]
    public void ACustomModel_CanOverrideInterpret()
    {
        var model = new PointReadingModel();

        var estimate = Estimate.Parse("about 11,000", model);

        estimate.Distribution.Should().Be(PointDistribution.Of(11000));
        Estimate.TryParse("nearly 60,000", model, out var other).Should().BeTrue();
        other!.Median.Should().Be(60000);
        model.OneSidedShape.Should().Be(HedgeModel.Default.OneSidedShape);
    }

    [Fact]
    public void Interpret_RejectsAFigureGivenAsADistribution()
    {
        var stated = Estimate.FromDistribution(UniformDistribution.Of(1, 2)).Stated;

        FluentActions.Invoking(() => HedgeModel.Default.Interpret(stated)).Should().Throw<ArgumentException>().WithParameterName("stated");
        FluentActions.Invoking(() => HedgeModel.Default.Interpret(null!)).Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData(-1, 0, "lower")]
    [InlineData(0.1, 0, "lower")]
    [InlineData(double.NaN, 0, "lower")]
    [InlineData(0, -0.1, "upper")]
    [InlineData(0, double.PositiveInfinity, "upper")]
    public void HedgeSpread_RejectsEndsOnTheWrongSide(double lower, double upper, string parameter)
        => FluentActions.Invoking(() => new HedgeSpread(lower, upper)).Should().Throw<ArgumentException>().WithParameterName(parameter);

    [Fact]
    public void HedgeSpread_Rejection_NamesTheValueCultureInvariantly()
    {
        // The check formats its message only on failure; it must still ignore the caller's culture.
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            FluentActions.Invoking(() => new HedgeSpread(-1.5, 0)).Should().Throw<ArgumentException>()
                .WithParameterName("lower").WithMessage("*-1.5*");
            FluentActions.Invoking(() => Estimate.Between(12000.5, 10000.25)).Should().Throw<ArgumentException>()
                .WithParameterName("high").WithMessage("*(10000.25)*(12000.5)*");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void HedgeSpread_Equality()
        => EqualityContract.Holds(new HedgeSpread(-0.1, 0.2), new HedgeSpread(-0.1, 0.2), new HedgeSpread(-0.1, 0.3), new HedgeSpread(0, 0.2));

    private sealed class PointReadingModel : HedgeModel
    {
        public PointReadingModel()
            : base(Default)
        {
        }

        public override EstimateDistribution Interpret(StatedFigure stated) => PointDistribution.Of(stated.Value);
    }
}
