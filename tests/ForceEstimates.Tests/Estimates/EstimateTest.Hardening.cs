using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

/// <summary>Hostile and extreme input: a clear error or the right reading, never a wrong one or a leak of internals.</summary>
public partial class EstimateTest
{
    [Theory]
    [InlineData("5–3 thousand", 2)] // the multiplier applies to both: 5,000 to 3,000 is inverted
    [InlineData("3-2 million", 2)]
    [InlineData("between 5 and 3 thousand", 14)]
    public void Parse_RejectsARangeInvertedOnceItsMultiplierIsApplied(string text, int position)
        => FluentActions.Invoking(() => Estimate.Parse(text)).Should().Throw<FormatException>()
            .Which.Message.Should().Contain("smaller than its first").And.Contain($"position {position}");

    [Theory]
    [InlineData("500 to 2 million", 500, 2_000_000)] // the first number stands on its own, an order of magnitude above 2
    [InlineData("10-12 thousand", 10_000, 12_000)]
    [InlineData("1.2-1.5 million", 1_200_000, 1_500_000)]
    public void Parse_ReadsAMultiplierOnTheSecondNumberAsTheWriterMeantIt(string text, double low, double high)
        => Estimate.Parse(text).Stated.Values.Should().Equal(low, high);

    [Theory]
    [InlineData("between 10 sq mi and 20 km²", 24)]
    [InlineData("10 sq mi - 20 km²", 14)]
    public void Parse_RejectsARangeWhoseEndsAreInDifferentUnits(string text, int position)
        => FluentActions.Invoking(() => Estimate.Parse(text)).Should().Throw<FormatException>()
            .Which.Message.Should().Contain("different units").And.Contain($"position {position}");

    [Fact]
    public void Parse_KeepsOneUnitWrittenOnBothEnds()
        => Estimate.Parse("between 10 km² and 20 square kilometres").Stated.Unit.Should().Be("square kilometres");

    [Theory]
    [InlineData("-400 square kilometres", 0)]
    [InlineData("\u2212400", 0)]
    [InlineData("about -5", 6)]
    [InlineData("between -5 and 10", 8)]
    public void Parse_RejectsNegativeNumbersSayingSo(string text, int position)
        => FluentActions.Invoking(() => Estimate.Parse(text)).Should().Throw<FormatException>()
            .Which.Message.Should().Contain("never negative").And.Contain($"position {position}");

    [Theory]
    [InlineData("1e-400")] // underflows to zero: not "exactly 0"
    [InlineData("1e400")]
    [InlineData("about 5e-330")]
    public void Parse_RejectsNumbersBeyondADouble(string text)
        => FluentActions.Invoking(() => Estimate.Parse(text)).Should().Throw<FormatException>()
            .Which.Message.Should().Contain("too large or too small");

    [Fact]
    public void Parse_QuotesABoundedExcerptOfAHugeInput()
    {
        string huge = "about 5,000 " + new string('x', 1 << 20);

        var message = FluentActions.Invoking(() => Estimate.Parse(huge)).Should().Throw<FormatException>().Which.Message;

        message.Length.Should().BeLessThan(400, "a 1 MB figure must not make a 1 MB message");
        message.Should().Contain("1,048,588 characters").And.Contain("position 12");
    }

    [Fact]
    public void Parse_EscapesControlAndBidiCharactersInItsMessage()
    {
        // U+202E would reverse the rest of the message on screen; a NUL or a line break would cut it.
        var message = FluentActions.Invoking(() => Estimate.Parse("about \u202E5,000\0\nx")).Should().Throw<FormatException>().Which.Message;

        message.Should().Contain("\\u202E").And.Contain("\\u0000").And.Contain("\\n");
        message.Any(c => char.IsControl(c) || c == '\u202E').Should().BeFalse();
    }

    [Fact]
    public void Factories_ReadMinusZeroAsZero()
    {
        // Math.Round(-0.4) is -0; it once came out as the text "-0" and a FormatException.
        double zero = -0.0;
        double.IsNegative(zero).Should().BeTrue();
        Estimate.Exact(zero).ToString().Should().Be("exactly 0");
        Estimate.Bare(zero).ToString().Should().Be("0");
        Estimate.About(zero).Median.Should().Be(0);
        Estimate.Nearly(zero).ToString().Should().Be("nearly 0");
        Estimate.AtMost(zero).ToString().Should().Be("at most 0");
        Estimate.Under(zero).ToString().Should().Be("under 0");
        Estimate.Between(Math.Round(-0.4), 3).ToString().Should().Be("between 0 and 3");
        Estimate.Between(zero, zero).Stated.Values.Should().Equal(0, 0);
    }

    [Theory]
    [InlineData(12.125, "about 12.1250")]
    [InlineData(0.125, "about 0.125")]
    [InlineData(1234.567, "about 1234.567")]
    public void Factories_WriteDecimalsThatReadBackUnambiguously(double value, string text)
    {
        var estimate = Estimate.About(value);
        estimate.ToString().Should().Be(text);
        estimate.Stated.Value.Should().Be(value);
        Estimate.Parse(estimate.ToString()).Should().Be(estimate);
    }

    [Fact]
    public void ACustomModelReturningNull_IsAClearErrorNotANullReference()
    {
        var model = new BrokenModel(null);

        FluentActions.Invoking(() => Estimate.Parse("about 5,000", model)).Should().Throw<InvalidOperationException>()
            .WithMessage("*BrokenModel*returned no distribution*\"about 5,000\"*");
        FluentActions.Invoking(() => Estimate.TryParse("about 5,000", model, out _)).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => Estimate.Parse("about 5,000").Reinterpret(model)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void ACustomModelReturningNaN_IsAClearError()
    {
        var model = new BrokenModel(new NaNDistribution());

        FluentActions.Invoking(() => Estimate.Parse("about 5,000", model)).Should().Throw<InvalidOperationException>()
            .WithMessage("*BrokenModel*not numbers in order*");
        FluentActions.Invoking(() => Estimate.TryParse("nearly 60,000", model, out _)).Should().Throw<InvalidOperationException>();
    }

    /// <summary>A custom family whose every quantile is NaN (a model with a bug in its arithmetic).</summary>
    private sealed class NaNDistribution : EstimateDistribution
    {
        public override double Mean => double.NaN;

        public override double Variance => double.NaN;

        public override double SupportLower => double.NaN;

        public override double SupportUpper => double.NaN;

        public override double Cdf(double x) => double.NaN;

        protected override double QuantileCore(double p) => double.NaN;

        public override bool Equals(EstimateDistribution? other) => ReferenceEquals(this, other);

        public override int GetHashCode() => 0;
    }

    /// <summary>A hedge model that returns what it is given, whatever the figure.</summary>
    private sealed class BrokenModel(EstimateDistribution? distribution) : HedgeModel(Default)
    {
        public override EstimateDistribution Interpret(StatedFigure stated) => distribution!;
    }
}
