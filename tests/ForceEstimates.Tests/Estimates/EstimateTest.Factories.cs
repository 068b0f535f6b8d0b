using ForceEstimates.Tests.Contracts;
using System;
using FluentAssertions;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

public partial class EstimateTest
{
    public static TheoryData<Func<double, Estimate>, HedgeKind, string> Factories => new()
    {
        { Estimate.Exact, HedgeKind.Exact, "exactly 11,000" },
        { Estimate.Bare, HedgeKind.Bare, "11,000" },
        { Estimate.About, HedgeKind.Approximate, "about 11,000" },
        { Estimate.Nearly, HedgeKind.JustBelow, "nearly 11,000" },
        { Estimate.Above, HedgeKind.Above, "over 11,000" },
        { Estimate.AtLeast, HedgeKind.AtLeast, "at least 11,000" },
        { Estimate.AtMost, HedgeKind.AtMost, "at most 11,000" },
        { Estimate.Under, HedgeKind.Below, "under 11,000" },
    };

    [Fact]
    public void FromDistribution_StatesItsNinetyPercentIntervalWhenFirstReadTheSameOnEveryThread()
    {
        // The stated form of an estimate made from a distribution is made when first read (aggregates make thousands):
        // it must be the one the eager form was, and one object whichever thread reads it first.
        var distribution = LogNormalDistribution.FromLogParameters(Math.Log(10_900), 0.05);
        var estimate = Estimate.FromDistribution(distribution);
        estimate.Hedge.Should().Be(HedgeKind.Distribution);
        estimate.LowerBound.Should().BeNull();
        estimate.UpperBound.Should().BeNull();

        var read = new StatedFigure[8];
        System.Threading.Tasks.Parallel.For(0, read.Length, i => read[i] = estimate.Stated);

        var interval = distribution.Interval(0.9);
        read.Should().AllSatisfy(s => s.Should().BeSameAs(read[0]));
        read[0].Hedge.Should().Be(HedgeKind.Distribution);
        read[0].Values.Should().Equal(interval.Lower, interval.Upper);
        read[0].SignificantDigits.Should().Be(17);
        estimate.ToString().Should().Be(read[0].Text).And.StartWith("between ");
        estimate.Should().Be(Estimate.FromDistribution(distribution));
    }

    [Theory]
    [MemberData(nameof(Factories))]
    public void Factories_StateTheFigureAsNewspapersWouldAndMatchParse(Func<double, Estimate> factory, HedgeKind hedge, string text)
    {
        var estimate = factory(11000);

        estimate.Hedge.Should().Be(hedge);
        estimate.ToString().Should().Be(text);
        estimate.Should().Be(Estimate.Parse(text));
    }

    [Theory]
    [MemberData(nameof(Factories))]
    public void Factories_RejectNaNAndInfinityNamingTheArgument(Func<double, Estimate> factory, HedgeKind hedge, string text)
    {
        _ = (hedge, text);
        foreach (var bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, -1 })
        {
            FluentActions.Invoking(() => factory(bad)).Should().Throw<ArgumentException>()
                .Which.ParamName.Should().BeOneOf("value", "bound");
        }
    }

    [Fact]
    public void LowerBoundFactories_RejectZero()
    {
        FluentActions.Invoking(() => Estimate.Above(0)).Should().Throw<ArgumentException>().WithParameterName("bound");
        FluentActions.Invoking(() => Estimate.AtLeast(0)).Should().Throw<ArgumentException>().WithParameterName("bound");
    }

    [Fact]
    public void Between_StatesARange()
    {
        var estimate = Estimate.Between(11000, 20000);

        estimate.Hedge.Should().Be(HedgeKind.Range);
        estimate.ToString().Should().Be("between 11,000 and 20,000");
        estimate.LowerBound.Should().Be(11000);
        estimate.UpperBound.Should().Be(20000);
    }

    [Theory]
    [InlineData(double.NaN, 1, "low")]
    [InlineData(1, double.NaN, "high")]
    [InlineData(double.NegativeInfinity, 1, "low")]
    [InlineData(1, double.PositiveInfinity, "high")]
    [InlineData(-1, 1, "low")]
    [InlineData(12000, 10000, "high")]
    public void Between_RejectsBadAndInvertedEnds(double low, double high, string parameter)
        => FluentActions.Invoking(() => Estimate.Between(low, high)).Should().Throw<ArgumentException>().WithParameterName(parameter);

    [Fact]
    public void Between_EqualEnds_ReadsAsTheBareNumber()
        => Estimate.Between(12000, 12000).Median.Should().BeApproximately(12000, 1e-9);

    [Fact]
    public void FromDistribution_KeepsTheDistributionAndStatesIts90PercentInterval()
    {
        var distribution = LogNormalDistribution.FromInterval(10000, 12000, 0.9);
        var estimate = Estimate.FromDistribution(distribution);

        estimate.Hedge.Should().Be(HedgeKind.Distribution);
        estimate.Distribution.Should().BeSameAs(distribution);
        estimate.Stated.Values[0].Should().BeApproximately(10000, 1e-6);
        estimate.Stated.Values[1].Should().BeApproximately(12000, 1e-6);
        Estimate.Parse(estimate.ToString()).Interval(0.9).Lower.Should().BeApproximately(10000, 1e-6);
        estimate.Reinterpret(HedgeModel.Default).Should().BeSameAs(estimate);
    }

    [Fact]
    public void FromDistribution_RejectsNullAndUnboundedDistributions()
    {
        FluentActions.Invoking(() => Estimate.FromDistribution(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Estimate.FromDistribution(new Unbounded()))
            .Should().Throw<ArgumentException>().WithParameterName("distribution");
    }

    [Fact]
    public void FromDistribution_AcceptsNegativeValuesForChanges()
    {
        var change = Estimate.FromDistribution(NormalDistribution.Of(-50, 20));
        change.Median.Should().Be(-50);
        change.Stated.Hedge.Should().Be(HedgeKind.Distribution);
    }

    // A distribution whose central 90% interval is infinite: a Cauchy-like placeholder that only answers ±∞.
    private sealed class Unbounded : EstimateDistribution
    {
        public override double Mean => double.NaN;

        public override double Variance => double.PositiveInfinity;

        public override double SupportLower => double.NegativeInfinity;

        public override double SupportUpper => double.PositiveInfinity;

        public override double Cdf(double x) => 0.5;

        protected override double QuantileCore(double p) => p < 0.5 ? double.NegativeInfinity : double.PositiveInfinity;

        public override bool Equals(EstimateDistribution? other) => ReferenceEquals(this, other);

        public override int GetHashCode() => 0;
    }

    [Property(MaxTest = 300)]
    public void Parse_RoundTripsToString(int hedge, int number, int digits)
    {
        var estimate = Estimate.Parse(EstimateGenerators.Phrase(hedge, number, digits));

        var again = Estimate.Parse(estimate.ToString());

        again.Should().Be(estimate);
        again.Stated.Should().Be(estimate.Stated);
        again.Distribution.Should().Be(estimate.Distribution);
    }

    [Property(MaxTest = 300)]
    public void Factories_RoundTripThroughToString(NormalFloat raw, byte factory)
    {
        // Kept below 1e300 so that the range factory's upper end (3 × value) stays finite.
        var value = Math.Min(Math.Abs(raw.Get), 1e300) + 1e-3;
        var estimate = (factory % 9) switch
        {
            0 => Estimate.Exact(value),
            1 => Estimate.Bare(value),
            2 => Estimate.About(value),
            3 => Estimate.Nearly(value),
            4 => Estimate.Above(value),
            5 => Estimate.AtLeast(value),
            6 => Estimate.AtMost(value),
            7 => Estimate.Under(value),
            _ => Estimate.Between(value, value * 3),
        };

        estimate.Stated.Value.Should().Be(value);
        Estimate.Parse(estimate.ToString()).Should().Be(estimate);
    }

    [Fact]
    public void Equality_ComparesStatedFormAndDistribution()
    {
        var model = HedgeModel.Default.WithSpread(HedgeKind.Approximate, Roundness.TwoSignificantDigits, new HedgeSpread(-0.2, 0.2));

        EqualityContract.Holds(
            Estimate.Parse("about 11,000"),
            Estimate.About(11000),
            Estimate.Parse("About 11,000"),
            Estimate.Parse("about 12,000"),
            Estimate.Parse("around 11,000"),
            Estimate.Parse("about 11,000", model));
        (Estimate.Parse("about 11,000") == null).Should().BeFalse();
        ((Estimate?)null == null).Should().BeTrue();
    }

    [Fact]
    public void Equality_OfStatedFigures()
        => EqualityContract.Holds(
            Estimate.Parse("about 1,376 sq km").Stated,
            Estimate.Parse("about 1,376 sq km").Stated,
            Estimate.Parse("about 1,376 km2").Stated,
            Estimate.Parse("about 1,376").Stated);

    [Fact]
    public void Reinterpret_AppliesAnotherModelToTheSameStatedFigure()
    {
        var model = HedgeModel.Default.WithSpread(HedgeKind.Approximate, Roundness.TwoSignificantDigits, new HedgeSpread(-0.2, 0.2));
        var estimate = Estimate.Parse("about 11,000");

        var wider = estimate.Reinterpret(model);

        wider.Stated.Should().BeSameAs(estimate.Stated);
        wider.Should().Be(Estimate.Parse("about 11,000", model));
        wider.Interval(0.9).Width.Should().BeGreaterThan(estimate.Interval(0.9).Width);
    }
}
