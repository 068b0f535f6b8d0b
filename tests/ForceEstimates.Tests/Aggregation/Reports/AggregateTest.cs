using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using ForceEstimates.Aggregation;
using Xunit;
using static ForceEstimates.Tests.Aggregation.Reports.ReportFactory;

namespace ForceEstimates.Tests.Aggregation.Reports;

public class AggregateTest
{
    [Fact]
    public void RandomEffectsIsTheCoreFitOnTheLogScaleWithInflatedVariances()
    {
        var reports = new[] { Make("a", "10,000"), Make("b", "12,000"), Make("c", "about 11,000"), Make("d", "9,000") };
        var aggregate = Aggregate.Of(reports, Day);

        aggregate.Scale.Should().Be(AnalysisScale.Log);
        var used = aggregate.Contributions;
        var y = used.Select(c => c.AnalysisValue).ToArray();
        // All weight factors are equal (same rating, day, independent), so no inflation.
        var v = used.Select(c => c.StandardError * c.StandardError / (c.WeightFactor / used.Max(x => x.WeightFactor))).ToArray();
        var fit = MetaAnalysis.Fit(y, v);
        aggregate.Value.Should().BeApproximately(Math.Exp(fit.Mean), 1e-6);
        aggregate.ConfidenceInterval.Lower.Should().BeApproximately(Math.Exp(fit.ConfidenceInterval.Lower), 1e-6);
        aggregate.PredictionInterval.Upper.Should().BeApproximately(Math.Exp(fit.PredictionInterval.Upper), 1e-6);
        aggregate.TauSquared.Should().BeApproximately(fit.TauSquared, 1e-12);
        aggregate.Contributions.Sum(c => c.Share).Should().BeApproximately(1, 1e-12);
    }

    [Fact]
    public void ABareFigureGetsTheFloorOfReportingUncertainty()
    {
        var aggregate = Aggregate.Of(new[] { Make("a", "12,000") }, Day);
        var only = aggregate.Contributions.Single();
        only.FloorApplied.Should().BeTrue();
        only.StandardError.Should().Be(ReportingFloor.Default.For(SourceKind.IntelligenceService));
        aggregate.ConfidenceInterval.Width.Should().BeGreaterThan(0);
        aggregate.Value.Should().BeApproximately(12_000, 1e-6);
        aggregate.TauSquared.Should().Be(0);
        aggregate.Notes.Should().Contain(n => n.Contains("one report only"));
    }

    [Fact]
    public void ReportsSharingAnOriginShareOneWeight()
    {
        var reports = new[]
        {
            Make("nis-1", "10,900", origin: "NIS"),
            Make("nis-2", "11,000", origin: "NIS"),
            Make("us", "10,000", origin: "US"),
        };
        var aggregate = Aggregate.Of(reports, Day, With(AggregationMethod.FixedEffect));
        aggregate.IndependentOrigins.Should().Be(2);
        aggregate.Contributions[0].SharedOriginCount.Should().Be(2);
        aggregate.Contributions[0].IndependenceFactor.Should().Be(0.5);
        aggregate.Contributions[2].IndependenceFactor.Should().Be(1);
        // With equal variances the two NIS reports together weigh as much as the US report.
        (aggregate.Contributions[0].Share + aggregate.Contributions[1].Share).Should().BeApproximately(aggregate.Contributions[2].Share, 1e-9);
    }

    [Fact]
    public void LaterReportsAreLeftOutAndOlderOnesCountLess()
    {
        var reports = new[]
        {
            Make("old", "10,000", published: Day.PlusDays(-90)),
            Make("new", "12,000", published: Day),
            Make("future", "50,000", published: Day.PlusDays(1)),
        };
        var aggregate = Aggregate.Of(reports, Day, With(AggregationMethod.FixedEffect));
        aggregate.ReportCount.Should().Be(2);
        aggregate.Contributions[2].Included.Should().BeFalse();
        aggregate.Contributions[2].ExclusionReason.Should().Contain("after the as-of date");
        aggregate.Contributions[0].AgeDays.Should().Be(90);
        aggregate.Contributions[0].RecencyFactor.Should().BeApproximately(0.5, 1e-12);
        aggregate.Contributions[0].Share.Should().BeApproximately(1.0 / 3, 1e-9);
        aggregate.Value.Should().BeGreaterThan(Math.Sqrt(10_000.0 * 12_000));
    }

    [Fact]
    public void AClaimAboveTheOthersPullsTheAggregateUpAsACensoredObservation()
    {
        var points = new[] { Make("a", "10,000"), Make("b", "11,000"), Make("c", "10,500") };
        var withBound = points.Append(Make("d", "more than 14,000")).ToArray();
        var options = AggregationOptions.Default with { TauSquaredMethod = TauSquaredMethod.MaximumLikelihood };
        var without = Aggregate.Of(points, Day, options);
        var with = Aggregate.Of(withBound, Day, options);
        with.Value.Should().BeGreaterThan(without.Value);
        with.Contributions[3].Claim.Should().Be(ClaimForm.AtLeast);
        with.Contributions[3].Bounds.Lower.Should().Be(14_000);
        with.Contributions[3].Reasons.Should().Contain(r => r.Contains("lower bound"));
    }

    [Fact]
    public void ABoundFarBelowTheAggregateGetsAlmostNoShare()
    {
        var reports = new[] { Make("a", "10,000"), Make("b", "11,000"), Make("c", "more than 1,000") };
        var aggregate = Aggregate.Of(reports, Day);
        aggregate.Contributions[2].Share.Should().BeLessThan(1e-6);
        aggregate.Contributions[2].StandardizedResidual.Should().Be(0);
        aggregate.Notes.Should().Contain(n => n.Contains("ML instead of REML"));
    }

    [Fact]
    public void WithTheHedgeDistributionOptionBoundsEnterAsPoints()
    {
        var reports = new[] { Make("a", "10,000"), Make("b", "more than 14,000") };
        var aggregate = Aggregate.Of(reports, Day, AggregationOptions.Default with { BoundedClaims = BoundedClaims.HedgeDistribution });
        aggregate.Contributions[1].Claim.Should().Be(ClaimForm.Point);
        aggregate.Contributions[1].Value.Should().BeGreaterThan(14_000);
    }

    [Fact]
    public void OnlyBoundsFallBackToTheHedgeModel()
    {
        var aggregate = Aggregate.Of(new[] { Make("a", "more than 10,000"), Make("b", "over 12,000") }, Day);
        aggregate.Value.Should().BeGreaterThan(10_000);
        aggregate.Notes.Should().Contain(n => n.Contains("every report is a bound"));
    }

    [Fact]
    public void AnOutlyingReportIsFlagged()
    {
        var reports = new[] { Make("a", "10,000"), Make("b", "10,500"), Make("c", "9,800"), Make("d", "10,200"), Make("e", "40,000") };
        var aggregate = Aggregate.Of(reports, Day, With(AggregationMethod.FixedEffect));
        aggregate.Disagreeing.Select(r => r.Id).Should().Equal("e");
    }

    [Fact]
    public void RatingsScaleWeightsAndCannotBeJudgedIsNeutral()
    {
        RatingWeights.Default.Factor(AdmiraltyRating.Parse("F6")).Should().Be(RatingWeights.Default.Factor(AdmiraltyRating.Parse("C3")));
        RatingWeights.Default.Factor(AdmiraltyRating.Parse("F6")).Should().BeGreaterThan(RatingWeights.Default.Factor(AdmiraltyRating.Parse("E5")));
        var reports = new[] { Make("good", "10,000", rating: "A1"), Make("poor", "12,000", rating: "E5") };
        var aggregate = Aggregate.Of(reports, Day, With(AggregationMethod.FixedEffect));
        aggregate.Contributions[0].Share.Should().BeGreaterThan(aggregate.Contributions[1].Share * 5);
    }

    [Fact]
    public void UnitsAreConvertedToTheCanonicalUnit()
    {
        var miles = Quantity.Of(Metric.TerritoryHeld, "test forces", "test region", Unit.SquareMiles, Statistic.Level);
        var reports = new[] { Make("km", "1,000", quantity: Area), Make("mi", "386.102", quantity: miles) };
        var aggregate = Aggregate.Of(reports, Day);
        aggregate.Unit.Should().Be(Unit.SquareKilometres);
        aggregate.Contributions[1].Value.Should().BeApproximately(1_000, 0.01);
        aggregate.Value.Should().BeApproximately(1_000, 0.01);
    }

    [Fact]
    public void PercentagesStayBetweenZeroAndOneHundred()
    {
        var reports = new[] { Make("a", "97%", quantity: Share), Make("b", "99%", quantity: Share) };
        var aggregate = Aggregate.Of(reports, Day);
        aggregate.Scale.Should().Be(AnalysisScale.Logit);
        aggregate.ConfidenceInterval.Upper.Should().BeLessThan(100);
        aggregate.PredictionInterval.Upper.Should().BeLessThan(100);
        aggregate.Value.Should().BeInRange(97, 99);
    }

    [Fact]
    public void DifferentQuantitiesAreNeverMixed()
    {
        var peak = Quantity.Of(Metric.TerritoryHeld, "test forces", "test region", Unit.SquareKilometres, Statistic.Peak);
        var reports = new[] { Make("level", "800", quantity: Area), Make("peak", "1,376", quantity: peak) };
        var act = () => Aggregate.Of(reports, Day);
        act.Should().Throw<ArgumentException>().WithParameterName("reports").WithMessage("*ByQuantity*");
        var each = Aggregate.ByQuantity(reports, Day);
        each.Should().HaveCount(2);
        each.Select(a => a.Value).Should().BeEquivalentTo(new[] { 800.0, 1376.0 }, o => o.Using<double>(x => x.Subject.Should().BeApproximately(x.Expectation, 1e-6)).WhenTypeIs<double>());
    }

    [Fact]
    public void BadInputIsRejected()
    {
        var act = () => Aggregate.Of(Array.Empty<Report>(), Day);
        act.Should().Throw<ArgumentException>().WithParameterName("reports");
        act = () => Aggregate.Of(new[] { Make("a", "1,000") }, Day.PlusDays(-1));
        act.Should().Throw<ArgumentException>().WithMessage("*published on or before*");
        act = () => Aggregate.Of(null!, Day);
        act.Should().Throw<ArgumentNullException>();
        var options = () => AggregationOptions.Default with { HalfLifeDays = 0 };
        options.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("HalfLifeDays");
        options = () => AggregationOptions.Default with { Level = 1 };
        options.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Level");
    }
}

public class AggregateOfChangesTest
{
    [Fact]
    public void ChangesAreCombinedOnTheNaturalScaleAndMayBeNegative()
    {
        var change = Quantity.Of(Metric.Of("change in territory held"), "test forces", "test region", Unit.SquareKilometres, Statistic.Change);
        var source = Source.Of("Analyst", SourceKind.Analyst, ConflictSide.ThirdParty);
        var day = ReportFactory.Day;
        Report Make(string id, double mean) => Report.Of(id, change, Estimate.FromDistribution(NormalDistribution.Create(mean, 30)),
            Provenance.Of(source.WithAliases(id)), new DateInterval(day, day), day);
        var aggregate = Aggregate.Of(new[] { Make("a", -100), Make("b", 20) }, day);
        aggregate.Scale.Should().Be(AnalysisScale.Natural);
        aggregate.Value.Should().BeInRange(-100, 20);
        aggregate.ConfidenceInterval.Lower.Should().BeLessThan(0);

        // Every method copes with negative values on the natural scale.
        foreach (var method in Enum.GetValues<AggregationMethod>())
        {
            var other = Aggregate.Of(new[] { Make("a", -100), Make("b", 20), Make("c", -40) }, day, AggregationOptions.Default with { Method = method });
            other.ConfidenceInterval.Contains(other.Value).Should().BeTrue(method.ToString());
            other.ConfidenceInterval.Lower.Should().BeLessThan(0, method.ToString());
        }
    }
}

public class AggregateLevelTest
{
    [Fact]
    public void OtherLevelsUseTheSameStandardErrorAndTheKnappHartungT()
    {
        var reports = new[] { ReportFactory.Make("a", "10,000"), ReportFactory.Make("b", "12,000"), ReportFactory.Make("c", "15,000") };
        var day = ReportFactory.Day;
        var at95 = Aggregate.Of(reports, day, AggregationOptions.Default with { KnappHartung = KnappHartung.Standard });
        var at80 = Aggregate.Of(reports, day, AggregationOptions.Default with { KnappHartung = KnappHartung.Standard, Level = 0.8 });
        double half95 = Math.Log(at95.ConfidenceInterval.Upper / at95.Value);
        double half80 = Math.Log(at80.ConfidenceInterval.Upper / at80.Value);
        // t(2) quantiles: 0.975 → 4.302653, 0.9 → 1.885618 (standard tables).
        (half80 / half95).Should().BeApproximately(1.885618 / 4.302653, 1e-5);
        at80.ConfidenceInterval.Level.Should().Be(0.8);
    }
}

public class AggregateBoundsAtTheEdgeOfTheScaleTest
{
    [Fact]
    public void ARangeFromZeroIsAnUpperBoundOnTheLogScale()
    {
        var reports = new[] { ReportFactory.Make("a", "3,000"), ReportFactory.Make("b", "3,400"), ReportFactory.Make("c", "between 0 and 5,000") };
        var aggregate = Aggregate.Of(reports, ReportFactory.Day);
        aggregate.Scale.Should().Be(AnalysisScale.Log);
        aggregate.Contributions[2].Claim.Should().Be(ClaimForm.AtMost);
        aggregate.Contributions[2].Bounds.Upper.Should().Be(5_000);
        aggregate.Value.Should().BeInRange(3_000, 3_400);
    }

    [Fact]
    public void ARangeUpToAHundredPercentIsALowerBoundOnTheLogitScale()
    {
        var reports = new[] { ReportFactory.Make("a", "40%", quantity: ReportFactory.Share), ReportFactory.Make("b", "45%", quantity: ReportFactory.Share), ReportFactory.Make("c", "between 30% and 100%", quantity: ReportFactory.Share) };
        var aggregate = Aggregate.Of(reports, ReportFactory.Day);
        aggregate.Scale.Should().Be(AnalysisScale.Logit);
        aggregate.Contributions[2].Claim.Should().Be(ClaimForm.AtLeast);
        aggregate.Value.Should().BeInRange(40, 45);
    }
}
