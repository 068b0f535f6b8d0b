using System;
using FluentAssertions;
using ForceEstimates.Tests.Contracts;
using Xunit;

namespace ForceEstimates.Tests.Quantities;

public class QuantityTest
{
    private static Quantity Held(Unit unit, Statistic statistic = Statistic.Level, string subject = "Ukrainian forces", string? place = "Kursk Oblast")
        => Quantity.Of(Metric.TerritoryHeld, subject, place, unit, statistic);

    [Fact]
    public void EqualityContract_StrictInEveryPart()
        => EqualityContract.Holds(
            Held(Unit.SquareKilometres),
            Quantity.Of(Metric.Of("Territory  held"), " ukrainian FORCES ", "kursk oblast", Unit.Parse("sq km"), Statistic.Level),
            Held(Unit.SquareMiles),
            Held(Unit.SquareKilometres, Statistic.Peak),
            Held(Unit.SquareKilometres, subject: "Russian forces"),
            Held(Unit.SquareKilometres, place: "Belgorod Oblast"),
            Held(Unit.SquareKilometres, place: null),
            Quantity.Of(Metric.TerritoryLost, "Ukrainian forces", "Kursk Oblast", Unit.SquareKilometres, Statistic.Level));

    [Fact]
    public void KeyIgnoresTheUnitButKeepsTheDimension()
    {
        Held(Unit.SquareKilometres).Key.Should().Be(Held(Unit.SquareMiles).Key);
        Held(Unit.Hectares).Key.CanonicalUnit.Should().Be(Unit.SquareKilometres);
        Quantity.Of(Metric.TerritoryLost, "Ukrainian forces", "Kursk Oblast", Unit.Percent, Statistic.Level).Key
            .Should().NotBe(Quantity.Of(Metric.TerritoryLost, "Ukrainian forces", "Kursk Oblast", Unit.SquareKilometres, Statistic.Level).Key,
                "a share lost and an area lost are different things");
    }

    [Fact]
    public void PeakAndLevelAreDifferentQuantities()
    {
        Held(Unit.SquareKilometres, Statistic.Peak).Should().NotBe(Held(Unit.SquareKilometres, Statistic.Level));
        Held(Unit.SquareKilometres, Statistic.Peak).Key.Should().NotBe(Held(Unit.SquareKilometres, Statistic.Level).Key);
    }

    [Fact]
    public void EqualityContract_Key()
        => EqualityContract.Holds(
            Held(Unit.SquareMiles).Key,
            Held(Unit.SquareKilometres).Key,
            Held(Unit.SquareKilometres, Statistic.Cumulative).Key,
            Held(Unit.SquareKilometres, place: null).Key,
            Held(Unit.Percent).Key,
            default);

    [Fact]
    public void KeyConvertsToItsCanonicalUnit()
    {
        var key = Held(Unit.SquareMiles).Key;
        key.ToCanonical(100, Unit.SquareMiles).Should().BeApproximately(258.9988110336, 1e-9);
        FluentActions.Invoking(() => key.ToCanonical(1, Unit.Percent)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => default(QuantityKey).ToCanonical(1, Unit.Percent)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void NamesAreTidiedKeepingTheirCasing()
    {
        var quantity = Quantity.Of(Metric.Personnel, "  North   Korean troops ", " Russia (Kursk front)", Unit.Persons, Statistic.Level);
        quantity.Subject.Should().Be("North Korean troops");
        quantity.Place.Should().Be("Russia (Kursk front)");
    }

    [Fact]
    public void InUnitAndWithStatisticMakeNewQuantities()
    {
        var km = Held(Unit.SquareKilometres);
        km.InUnit(Unit.SquareMiles).Should().Be(Held(Unit.SquareMiles));
        km.InUnit(Unit.SquareKilometres).Should().BeSameAs(km);
        km.WithStatistic(Statistic.Peak).Should().Be(Held(Unit.SquareKilometres, Statistic.Peak));
        km.Statistic.Should().Be(Statistic.Level, "the original is unchanged");
        FluentActions.Invoking(() => km.InUnit(Unit.Persons)).Should().Throw<ArgumentException>().WithParameterName("unit");
        FluentActions.Invoking(() => km.WithStatistic((Statistic)9)).Should().Throw<ArgumentException>().WithParameterName("statistic");
    }

    [Fact]
    public void RejectsBadArguments()
    {
        FluentActions.Invoking(() => Quantity.Of(null!, "x", null, Unit.Persons, Statistic.Level)).Should().Throw<ArgumentNullException>().WithParameterName("metric");
        FluentActions.Invoking(() => Quantity.Of(Metric.Personnel, null!, null, Unit.Persons, Statistic.Level)).Should().Throw<ArgumentNullException>().WithParameterName("subject");
        FluentActions.Invoking(() => Quantity.Of(Metric.Personnel, " ", null, Unit.Persons, Statistic.Level)).Should().Throw<ArgumentException>().WithParameterName("subject");
        FluentActions.Invoking(() => Quantity.Of(Metric.Personnel, "x", "", Unit.Persons, Statistic.Level)).Should().Throw<ArgumentException>().WithParameterName("place");
        FluentActions.Invoking(() => Quantity.Of(Metric.Losses, "x")).Should().Throw<ArgumentNullException>().WithParameterName("unit")
            .WithMessage("*\"losses\" has no usual unit*");
        FluentActions.Invoking(() => Quantity.Of(Metric.Of("military deaths"), "Russia")).Should().Throw<ArgumentNullException>().WithParameterName("unit");
        FluentActions.Invoking(() => Quantity.Of(Metric.Personnel, "x", null, Unit.Persons, (Statistic)(-1))).Should().Throw<ArgumentException>().WithParameterName("statistic");
    }

    [Fact]
    public void ShortFormIsALevelInTheMetricsUsualUnitWithNoPlace()
    {
        Quantity.Of(Metric.Personnel, "North Korean troops")
            .Should().Be(Quantity.Of(Metric.Personnel, "North Korean troops", null, Unit.Persons, Statistic.Level));
        Quantity.Of(Metric.TerritoryHeld, "Ukrainian forces", "Kursk Oblast", statistic: Statistic.Peak)
            .Should().Be(Quantity.Of(Metric.TerritoryHeld, "Ukrainian forces", "Kursk Oblast", Unit.SquareKilometres, Statistic.Peak));
        Quantity.Of(Metric.TerritoryHeld, "Ukrainian forces", unit: Unit.SquareMiles).Unit.Should().Be(Unit.SquareMiles, "a unit given wins");
        Quantity.Of(Metric.Of("military deaths"), "Russia", unit: Unit.Persons, statistic: Statistic.Cumulative).Place.Should().BeNull();
    }

    [Fact]
    public void ToStringReadsAsAPhrase()
    {
        Held(Unit.SquareKilometres, Statistic.Peak).ToString().Should().Be("territory held of Ukrainian forces in Kursk Oblast (peak, km²)");
        Held(Unit.SquareMiles).Key.ToString().Should().Be("territory held of Ukrainian forces in Kursk Oblast (level, km²)");
        Held(Unit.Percent, place: null).ToString().Should().Be("territory held of Ukrainian forces (level, %)");
    }
}
