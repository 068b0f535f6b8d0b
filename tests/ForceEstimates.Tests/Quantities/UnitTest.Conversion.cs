using System;
using FluentAssertions;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace ForceEstimates.Tests.Quantities;

public partial class UnitTest
{
    private static readonly Unit[] Areas = [Unit.SquareKilometres, Unit.SquareMiles, Unit.Hectares];

    [Fact]
    public void OneSquareMileIsTheSquareOfTheInternationalMile()
    {
        // 1 mi = 1.609344 km exactly (international yard and pound agreement, 1959), so 1 mi² = 2.589988110336 km².
        Unit.SquareMiles.Convert(1, Unit.SquareKilometres).Should().BeApproximately(2.589988110336, 1e-12);
        Unit.SquareKilometres.Convert(2.589988110336, Unit.SquareMiles).Should().BeApproximately(1, 1e-12);
    }

    [Fact]
    public void HectaresAndPercentConvert()
    {
        Unit.Hectares.Convert(137_600, Unit.SquareKilometres).Should().BeApproximately(1376, 1e-9);
        Unit.Fraction.Convert(0.4, Unit.Percent).Should().BeApproximately(40, 1e-12);
        Unit.Miles.Convert(10, Unit.Kilometres).Should().BeApproximately(16.09344, 1e-12);
    }

    [Fact]
    public void ConvertingToTheSameUnitKeepsTheValueExactly()
        => Unit.SquareMiles.Convert(0.1, Unit.SquareMiles).Should().Be(0.1);

    [Fact]
    public void InfinitiesStayInfinite()
        => Unit.SquareMiles.Convert(double.PositiveInfinity, Unit.SquareKilometres).Should().Be(double.PositiveInfinity);

    [Fact]
    public void IncompatibleUnitsDoNotConvert()
    {
        Unit.SquareKilometres.IsCompatibleWith(Unit.Percent).Should().BeFalse();
        Unit.Persons.IsCompatibleWith(Unit.CountOf("tanks")).Should().BeFalse("persons and tanks are both counts, of different things");
        FluentActions.Invoking(() => Unit.SquareKilometres.Convert(1, Unit.Persons))
            .Should().Throw<ArgumentException>().WithParameterName("to").Which.Message.Should().Contain("km²").And.Contain("persons");
        FluentActions.Invoking(() => Unit.Persons.Convert(1, Unit.CountOf("tanks"))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ConvertRejectsNaNAndNull()
    {
        FluentActions.Invoking(() => Unit.SquareMiles.Convert(double.NaN, Unit.SquareKilometres))
            .Should().Throw<ArgumentException>().WithParameterName("value");
        FluentActions.Invoking(() => Unit.SquareMiles.Convert(1, null!)).Should().Throw<ArgumentNullException>().WithParameterName("to");
    }

    [Fact]
    public void CanonicalUnitsArePerDimension()
    {
        Unit.SquareMiles.Canonical.Should().BeSameAs(Unit.SquareKilometres);
        Unit.Miles.Canonical.Should().BeSameAs(Unit.Kilometres);
        Unit.Fraction.Canonical.Should().BeSameAs(Unit.Percent);
        var tanks = Unit.CountOf("tanks");
        tanks.Canonical.Should().BeSameAs(tanks);
    }

    [Property]
    public bool AreaConversionRoundTrips(NormalFloat value, byte from, byte to)
    {
        var a = Areas[from % Areas.Length];
        var b = Areas[to % Areas.Length];
        var x = value.Get;
        var back = b.Convert(a.Convert(x, b), a);
        return Math.Abs(back - x) <= 1e-12 * Math.Max(1, Math.Abs(x));
    }

    [Property]
    public bool ConversionIsLinear(NormalFloat value, byte from, byte to)
    {
        var a = Areas[from % Areas.Length];
        var b = Areas[to % Areas.Length];
        var x = value.Get;
        var expected = x * a.Convert(1, b);
        return Math.Abs(a.Convert(x, b) - expected) <= 1e-12 * Math.Max(1, Math.Abs(expected));
    }
}
