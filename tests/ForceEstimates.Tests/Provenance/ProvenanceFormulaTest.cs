using System;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.ProvenanceTests;

public class ProvenanceFormulaTest
{
    private static readonly Provenance Reuters = Provenance.Of(Source.Of("Reuters", SourceKind.NewsAgency, ConflictSide.ThirdParty));

    [Fact]
    public void WithFormula_ListsItsInputsAsDerivedFrom_AndIsKept()
    {
        var formula = Formula.Parse("1 - [area-now] / [area-peak]");

        var derived = Reuters.WithDerivedFrom("area-peak").WithFormula(formula).WithRating(AdmiraltyRating.Parse("B3")).WithVerification(VerificationStatus.Confirmed);

        derived.Formula.Should().Be(formula);
        derived.DerivedFrom.Should().Equal("area-peak", "area-now");
        derived.WithDerivedFrom("area-now", "area-peak", "other").Formula.Should().Be(formula);
        derived.WithFormula(null).Formula.Should().BeNull();
        derived.WithFormula(null).DerivedFrom.Should().Equal("area-peak", "area-now");
        derived.ToString().Should().Contain("derived from area-peak, area-now as 1 - [area-now] / [area-peak]");
    }

    [Fact]
    public void Equality_CountsTheFormula()
    {
        var a = Reuters.WithFormula(Formula.Parse("x / y"));
        var b = Reuters.WithFormula(Formula.Parse("(x)/(y)"));
        var c = Reuters.WithDerivedFrom("x", "y");

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(c);
    }

    [Fact]
    public void DroppingAnInputOfTheFormula_IsRejected()
    {
        var derived = Reuters.WithFormula(Formula.Parse("x / y"));

        ((Action)(() => derived.WithDerivedFrom("x"))).Should().Throw<ArgumentException>()
            .WithParameterName("reportIds").WithMessage("*\"y\"*WithFormula(null)*");
    }

    [Fact]
    public void AReportCannotBeComputedFromItself()
    {
        var quantity = Quantity.Of(Metric.TerritoryLost, "Ukrainian forces", "Kursk Oblast", Unit.Percent, Statistic.Level);
        var day = new NodaTime.LocalDate(2024, 11, 23);

        ((Action)(() => Report.Of("share", quantity, Estimate.Parse("over 40%"), Reuters.WithFormula(Formula.Parse("1 - [share] / peak")), new NodaTime.DateInterval(day, day), day)))
            .Should().Throw<ArgumentException>().WithParameterName("provenance");
    }
}
