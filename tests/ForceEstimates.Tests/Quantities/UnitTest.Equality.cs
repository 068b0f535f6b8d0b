using System;
using FluentAssertions;
using ForceEstimates.Tests.Contracts;
using Xunit;

namespace ForceEstimates.Tests.Quantities;

public partial class UnitTest
{
    [Fact]
    public void EqualityContract_WellKnownUnits()
        => EqualityContract.Holds(Unit.Parse("km2"), Unit.SquareKilometres, Unit.SquareMiles, Unit.Hectares, Unit.Percent, Unit.Persons, Unit.Kilometres);

    [Fact]
    public void EqualityContract_CountUnitsByThingCounted()
        => EqualityContract.Holds(Unit.CountOf("tanks"), Unit.CountOf("  Tanks "), Unit.CountOf("aircraft"), Unit.Persons);

    [Fact]
    public void WordsForPeopleCountPersons() => Unit.CountOf("Soldiers").Should().BeSameAs(Unit.Persons);

    [Fact]
    public void CountOfRejectsBlankAndOtherDimensions()
    {
        FluentActions.Invoking(() => Unit.CountOf("  ")).Should().Throw<ArgumentException>().WithParameterName("thing");
        FluentActions.Invoking(() => Unit.CountOf(null!)).Should().Throw<ArgumentNullException>().WithParameterName("thing");
        FluentActions.Invoking(() => Unit.CountOf("km²")).Should().Throw<ArgumentException>().WithParameterName("thing");
    }

    [Fact]
    public void CountOfQuotesABoundedExcerptOfWhatItWasGiven()
    {
        var message = FluentActions.Invoking(() => Unit.CountOf("km²" + new string(' ', 1 << 20))).Should().Throw<ArgumentException>().Which.Message;

        message.Length.Should().BeLessThan(400, "padding of 1 MB must not make a 1 MB message");
        message.Should().Contain("1,048,579 characters");
    }

    [Fact]
    public void ToStringIsTheSymbol()
    {
        Unit.SquareKilometres.ToString().Should().Be("km²");
        Unit.Percent.ToString().Should().Be("%");
        Unit.CountOf("Tanks").ToString().Should().Be("tanks");
    }

    [Fact]
    public void DimensionsAreAsDocumented()
    {
        Unit.SquareMiles.Dimension.Should().Be(Dimension.Area);
        Unit.Percent.Dimension.Should().Be(Dimension.Ratio);
        Unit.Persons.Dimension.Should().Be(Dimension.Count);
        Unit.Miles.Dimension.Should().Be(Dimension.Length);
    }
}
