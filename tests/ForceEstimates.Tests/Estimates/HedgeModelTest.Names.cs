using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

/// <summary>The hedge model travels (issue 8, section 6): it has a name and version, and reports and aggregates can be read under another.</summary>
public class HedgeModelNamesTest
{
    private static readonly HedgeSpread Wide = new(-0.4, 0.4);

    [Fact]
    public void TheDefaultIsNamedAfterItsCalibration_AndVersionedByItsTable()
    {
        HedgeModel.Default.Name.Should().Be("Ferson2015");
        HedgeModel.Default.Version.Should().MatchRegex("^[0-9a-f]{8}$");
        HedgeModel.Default.ToString().Should().Be("Ferson2015 (version " + HedgeModel.Default.Version + ")");
    }

    [Fact]
    public void TwoTablesShareAVersionOnlyWhenTheyAgree()
    {
        var wider = HedgeModel.Default.WithSpread(HedgeKind.Approximate, Roundness.OneSignificantDigit, Wide);
        var widerAgain = HedgeModel.Default.WithSpread(HedgeKind.Approximate, Roundness.OneSignificantDigit, Wide);
        var unchanged = HedgeModel.Default.WithSpread(HedgeKind.Approximate, Roundness.OneSignificantDigit, HedgeModel.Default.Spread(HedgeKind.Approximate, Roundness.OneSignificantDigit));
        var shape = HedgeModel.Default.WithOneSidedShape(3);

        wider.Name.Should().Be("Ferson2015 (adjusted)");
        wider.WithOneSidedShape(3).Name.Should().Be("Ferson2015 (adjusted)");
        widerAgain.Version.Should().Be(wider.Version);
        unchanged.Version.Should().Be(HedgeModel.Default.Version);
        new[] { HedgeModel.Default.Version, wider.Version, shape.Version, wider.WithOneSidedShape(3).Version }.Should().OnlyHaveUniqueItems();
        wider.WithName("conservative").Should().Match<HedgeModel>(m => m.Name == "conservative" && m.Version == wider.Version);
    }

    [Fact]
    public void ASubclassNamesItself_OrIsNamedByItsType()
    {
        new NamedModel().Name.Should().Be("points");
        new NamedModel().Version.Should().Be("2");
        new UnnamedModel().Name.Should().Be(typeof(UnnamedModel).FullName);
        new UnnamedModel().Version.Should().Be("unversioned");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("a\nb")]
    public void NamesMustBeShortVisibleText(string label)
    {
        FluentActions.Invoking(() => HedgeModel.Default.WithName(label)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => HedgeModel.Default.WithName(new string('x', 201))).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => HedgeModel.Default.WithName(null!)).Should().Throw<ArgumentNullException>().WithParameterName("name");
    }

    [Fact]
    public void ACollectionReadUnderAnotherModel_KeepsItsTextsAndIds_AndReadsEachStatedFigureAgain()
    {
        var wider = HedgeModel.Default.WithSpread(HedgeKind.Approximate, Roundness.OneSignificantDigit, Wide);
        var given = Report.Of("given", Samples.Kursk2024[0].Quantity, Estimate.FromDistribution(LogNormalDistribution.FromMedian(1_000, 0.2)),
            Samples.Kursk2024[0].Provenance, Samples.Kursk2024[0].RefersTo, Samples.Kursk2024[0].Published);
        var reports = Samples.Kursk2024.Add(given);

        var reread = reports.Reinterpret(wider);

        reread.Select(r => r.Id).Should().Equal(reports.Select(r => r.Id));
        reread.Select(r => r.Estimate.ToString()).Should().Equal(reports.Select(r => r.Estimate.ToString()));
        reread.Take(reports.Count - 1).Select(r => r.Estimate).Should().Equal(reports.Take(reports.Count - 1).Select(r => Estimate.Parse(r.Estimate.ToString(), wider)));
        reread.Get("given").Should().BeSameAs(given);
        // "approximately 800 square kilometres", one significant digit: the spread [-40%, +40%] made symmetric on the log scale
        // (HedgeModel's remarks) puts the 90% interval's upper end at 800 · e^((ln 1.4 − ln 0.6)/2) = 800 · √(1.4/0.6).
        reread.Get("kursk-2024-11-23/area-now").Estimate.Interval(0.9).Upper.Should().BeApproximately(800 * Math.Sqrt(1.4 / 0.6), 1e-6);
        FluentActions.Invoking(() => reports.Reinterpret(null!)).Should().Throw<ArgumentNullException>().WithParameterName("model");
    }

    [Fact]
    public void AggregationOptionsTakeAHedgeModel_ThatReadsTheReportsBeforeAnyStage()
    {
        var wider = HedgeModel.Default.WithSpread(HedgeKind.Approximate, Roundness.TwoSignificantDigits, Wide)
            .WithSpread(HedgeKind.Approximate, Roundness.OneSignificantDigit, Wide);
        var asOf = new LocalDate(2025, 3, 31);
        var options = AggregationOptions.Default with { HedgeModel = wider };

        var underWider = Aggregate.Of(Samples.NorthKoreanTroops, asOf, options);
        var reread = Aggregate.Of(Samples.NorthKoreanTroops.Reinterpret(wider), asOf);
        var asRead = Aggregate.Of(Samples.NorthKoreanTroops, asOf);

        underWider.Value.Should().Be(reread.Value);
        underWider.ConfidenceInterval.Should().Be(reread.ConfidenceInterval);
        underWider.Contributions.Select(c => c.Report).Should().Equal(Samples.NorthKoreanTroops.Reinterpret(wider));
        underWider.ConfidenceInterval.Should().NotBe(asRead.ConfidenceInterval);
        Aggregate.ByQuantity(Samples.NorthKoreanTroops, asOf, options).Single().Value.Should().Be(reread.Value);
        options.ToString().Should().Contain(wider.ToString());
        AggregationOptions.Default.HedgeModel.Should().BeNull();
    }

    private sealed class NamedModel : HedgeModel
    {
        public NamedModel()
            : base(Default, "points", "2")
        {
        }

        public override EstimateDistribution Interpret(StatedFigure stated) => PointDistribution.Of(stated.Value);
    }

    private sealed class UnnamedModel : HedgeModel
    {
        public UnnamedModel()
            : base(Default)
        {
        }
    }
}
