using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using NodaTime;
using Xunit;
using static ForceEstimates.Tests.ReportFixtures;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>
/// Report-level aggregation. Expected values are closed forms: bare figures from intelligence services enter at the
/// documented floor of 10% (a standard deviation of 0.1 on the log scale, v = 0.01), so inverse-variance means,
/// Cochran's Q and DerSimonian–Laird's tau² can be written out by hand.
/// </summary>
public partial class AggregateTest
{
    /// <summary>The floor for intelligence services, as the documentation of <see cref="ReportingFloor"/> states it.</summary>
    private const double Floor = 0.10;

    private const double Z975 = 1.959963984540054;

    [Fact]
    public void RandomEffectsWithDerSimonianLairdIsTheClosedFormOnTheLogScale()
    {
        double[] figures = [10_000, 12_000, 11_000, 9_000];
        var reports = figures.Select((f, i) => Figure("r" + i, f.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var aggregate = Aggregate.Of(reports, AsOf, Classic with { TauSquaredMethod = TauSquaredMethod.DerSimonianLaird });

        // DerSimonian and Laird (1986) with equal variances v: w = 1/v, Q = Σw(y − ȳ)², tau² = max(0, (Q − (k − 1))/(Σw − Σw²/Σw)).
        var y = figures.Select(x => Math.Log(x)).ToArray();
        int k = y.Length;
        double v = Floor * Floor, mean = y.Average();
        double q = y.Sum(x => (x - mean) * (x - mean)) / v;
        double tau2 = Math.Max(0, (q - (k - 1)) / ((k / v) - (1 / v)));
        double se = Math.Sqrt((v + tau2) / k);

        aggregate.Scale.Should().Be(AnalysisScale.Log);
        aggregate.Q.Should().BeApproximately(q, 1e-9);
        aggregate.TauSquared.Should().BeApproximately(tau2, 1e-12);
        aggregate.Value.Should().BeApproximately(Math.Exp(mean), 1e-6);
        aggregate.ConfidenceInterval.Lower.Should().BeApproximately(Math.Exp(mean - (Z975 * se)), 1e-6);
        aggregate.ConfidenceInterval.Upper.Should().BeApproximately(Math.Exp(mean + (Z975 * se)), 1e-6);
        aggregate.PredictionInterval.Upper.Should().BeApproximately(Math.Exp(mean + (Z975 * Math.Sqrt((se * se) + tau2))), 1e-6);
        aggregate.Contributions.Should().OnlyContain(c => Math.Abs(c.Share - 0.25) < 1e-12 && c.Weight == 1);
    }

    [Fact]
    public void WhenTheSpreadIsWithinTheReportsOwnUncertaintyRemlGivesTheFixedEffectMean()
    {
        // Q ≤ k − 1, so the REML score at tau² = 0 is not positive (Viechtbauer 2005) and tau² = 0.
        double[] figures = [10_000, 10_500, 11_000];
        var reports = figures.Select((f, i) => Figure("r" + i, f.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var aggregate = Aggregate.Of(reports, AsOf, Classic);
        double mean = figures.Average(Math.Log), se = Floor / Math.Sqrt(3);
        aggregate.TauSquared.Should().Be(0);
        aggregate.Value.Should().BeApproximately(Math.Exp(mean), 1e-6);
        aggregate.ConfidenceInterval.Upper.Should().BeApproximately(Math.Exp(mean + (Z975 * se)), 1e-6);
    }

    [Fact]
    public void WeightFactorsInflateTheVarianceOfAllButTheBestWeightedReport()
    {
        // A1 weighs 1 × 1, E5 0.3 × 0.3 (RatingWeights' documented defaults): variances v and v/0.09.
        // Ratings count only when asked for: the default ignores them (AggregationOptions.RatingWeights).
        var reports = new[] { Figure("good", "10,000", rating: "A1"), Figure("poor", "12,000", rating: "E5") };
        var aggregate = Aggregate.Of(reports, AsOf, With(AggregationMethod.FixedEffect) with { RatingWeights = RatingWeights.Default });
        Aggregate.Of(reports, AsOf, With(AggregationMethod.FixedEffect)).Value.Should().BeApproximately(Math.Sqrt(10_000.0 * 12_000), 1e-6);
        double w = 0.3 * 0.3, y1 = Math.Log(10_000), y2 = Math.Log(12_000);
        double mean = (y1 + (w * y2)) / (1 + w), se = Floor / Math.Sqrt(1 + w);
        aggregate.Value.Should().BeApproximately(Math.Exp(mean), 1e-6);
        aggregate.ConfidenceInterval.Lower.Should().BeApproximately(Math.Exp(mean - (Z975 * se)), 1e-6);
        aggregate.Contributions[0].Share.Should().BeApproximately(1 / (1 + w), 1e-12);
        aggregate.Contributions[1].Weight.Should().BeApproximately(w, 1e-12);
        aggregate.Contributions[1].WeightFactor.Should().BeApproximately(w, 1e-12);
        RatingWeights.Default.Factor(AdmiraltyRating.Parse("F6")).Should().Be(RatingWeights.Default.Factor(AdmiraltyRating.Parse("C3")));
    }

    [Fact]
    public void ABareFigureGetsTheFloorOfReportingUncertainty()
    {
        var aggregate = Aggregate.Of(new[] { Figure("a", "12,000") }, AsOf);
        var only = aggregate.Contributions.Single();
        only.FloorApplied.Should().BeTrue();
        only.StandardError.Should().Be(Floor);
        only.RelativePrecision.Should().Be(Floor);
        aggregate.Value.Should().BeApproximately(12_000, 1e-6);
        // A count's interval ends are whole numbers: 12,000·e^(1.96·0.1) = 14,598.27 is 14,598.
        aggregate.ConfidenceInterval.Upper.Should().BeApproximately(Math.Round(12_000 * Math.Exp(Z975 * Floor)), 1e-6);
        aggregate.TauSquared.Should().Be(0);
        aggregate.Notes.Select(n => n.Kind).Should().Equal(AggregateNoteKind.SingleReport);
    }

    [Fact]
    public void ACountsIntervalIsTheWholeCountsInside()
    {
        // 12,000·e^(±1.96·0.1) is 9,864.34 to 14,598.27: the whole counts inside run from 9,865 to 14,598.
        var large = Aggregate.Of(new[] { Figure("a", "12,000") }, AsOf);
        large.ConfidenceInterval.Lower.Should().BeApproximately(Math.Ceiling(12_000 * Math.Exp(-Z975 * Floor)), 1e-6);
        large.ConfidenceInterval.Upper.Should().BeApproximately(Math.Floor(12_000 * Math.Exp(Z975 * Floor)), 1e-6);

        // 3·e^(±0.196) is 2.47 to 3.65: the one whole count inside is 3, and the interval holds 3 itself (e^(ln 3) is
        // 3.0000000000000004, which a true count of 3 is below).
        var small = Aggregate.Of(new[] { Figure("a", "3") }, AsOf);
        small.ConfidenceInterval.Lower.Should().BeInRange(3 - 1e-12, 3);
        small.ConfidenceInterval.Upper.Should().BeInRange(3, 3 + 1e-12);

        // 3.7·e^(±0.196) is 3.04 to 4.50 and holds 4 alone (the nearest counts to its ends would say 3 to 5).
        var inside = Aggregate.Of(new[] { Figure("a", "3.7") }, AsOf);
        inside.ConfidenceInterval.Lower.Should().BeInRange(4 - 1e-12, 4);
        inside.ConfidenceInterval.Upper.Should().BeInRange(4, 4 + 1e-12);

        // Eight sources all writing "2,000" (one digit: 1,500 to 2,500): the interval holds the whole bin, whose ends come
        // back from the log scale a rounding error off 1,500 and 2,500 and must not be rounded inwards to 1,501 and 2,499.
        var same = Aggregate.Of(Enumerable.Range(0, 8).Select(i => Figure("r" + i, "2,000")).ToArray(), AsOf);
        same.ConfidenceInterval.Lower.Should().BeLessThanOrEqualTo(1_500 + 1e-9);
        same.ConfidenceInterval.Upper.Should().BeGreaterThanOrEqualTo(2_500 - 1e-9);
    }

    [Fact]
    public void UnattributedSourcesHaveAWiderFloor()
    {
        var aggregate = Aggregate.Of(new[] { Figure("a", "12,000", kind: SourceKind.Unknown) }, AsOf);
        aggregate.Contributions[0].StandardError.Should().Be(0.15);
    }

    [Fact]
    public void ReportsSharingAnOriginShareOneWeight()
    {
        var reports = new[]
        {
            Figure("nis-1", "10,900", origin: "NIS"),
            Figure("nis-2", "11,000", origin: "NIS"),
            Figure("us", "10,000", origin: "US"),
        };
        var aggregate = Aggregate.Of(reports, AsOf, With(AggregationMethod.FixedEffect));
        aggregate.IndependentOrigins.Should().Be(2);
        aggregate.Contributions[0].SharedOriginCount.Should().Be(2);
        aggregate.Contributions[0].IndependenceFactor.Should().Be(0.5);
        aggregate.Contributions[2].IndependenceFactor.Should().Be(1);
        // Variances v/0.5, v/0.5 and v: shares 1/4, 1/4, 1/2.
        aggregate.Contributions.Select(c => c.Share).Should().Equal([0.25, 0.25, 0.5], (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void LaterReportsAreLeftOutAndOlderOnesCountLess()
    {
        var reports = new[]
        {
            Figure("old", "10,000", published: AsOf.PlusDays(-90)),
            Figure("new", "12,000", published: AsOf),
            Figure("future", "50,000", published: AsOf.PlusDays(1)),
        };
        var aggregate = Aggregate.Of(reports, AsOf, With(AggregationMethod.FixedEffect));
        aggregate.ReportCount.Should().Be(2);
        var future = aggregate.Contributions[2];
        future.Included.Should().BeFalse();
        future.Exclusion.Should().Be(Exclusion.PublishedAfterAsOf);
        future.Share.Should().Be(0);
        future.Value.Should().Be(double.NaN);
        future.EnteredInterval.Should().Be(reports[2].Estimate.Interval(0.95));
        // 90 days at a half-life of 90: factor ½, so shares ⅓ and ⅔ and the mean (y₁ + 2y₂)/3.
        aggregate.Contributions[0].AgeDays.Should().Be(90);
        aggregate.Contributions[0].RecencyFactor.Should().BeApproximately(0.5, 1e-12);
        aggregate.Contributions[0].Share.Should().BeApproximately(1.0 / 3, 1e-9);
        aggregate.Value.Should().BeApproximately(Math.Exp((Math.Log(10_000) + (2 * Math.Log(12_000))) / 3), 1e-6);
    }

    [Fact]
    public void AClaimAboveTheOthersPullsTheAggregateUpAsACensoredObservation()
    {
        var points = new[] { Figure("a", "10,000"), Figure("b", "11,000"), Figure("c", "10,500") };
        var withBound = points.Append(Figure("d", "more than 14,000")).ToArray();
        var options = Classic with { TauSquaredMethod = TauSquaredMethod.MaximumLikelihood };
        var without = Aggregate.Of(points, AsOf, options);
        var with = Aggregate.Of(withBound, AsOf, options);
        with.Value.Should().BeGreaterThan(without.Value);
        var bound = with.Contributions[3];
        bound.Claim.Should().Be(ClaimForm.AtLeast);
        bound.Bounds.Lower.Should().Be(14_000);
        bound.Bounds.Upper.Should().Be(double.PositiveInfinity);
        bound.AnalysisValue.Should().BeApproximately(Math.Log(14_000), 1e-12);
        bound.RelativePrecision.Should().Be(Floor);
        bound.EnteredInterval.Lower.Should().Be(14_000);
        bound.EnteredInterval.Upper.Should().Be(double.PositiveInfinity);
    }

    [Fact]
    public void ABoundFarBelowTheAggregateGetsAlmostNoShare()
    {
        var reports = new[] { Figure("a", "10,000"), Figure("b", "11,000"), Figure("c", "more than 1,000") };
        var aggregate = Aggregate.Of(reports, AsOf, Classic);
        aggregate.Contributions[2].Share.Should().BeLessThan(1e-6);
        aggregate.Contributions[2].StandardizedResidual.Should().Be(0);
        aggregate.Notes.Select(n => n.Kind).Should().Equal(AggregateNoteKind.MaximumLikelihoodForBounds);
    }

    [Fact]
    public void WithTheHedgeDistributionOptionBoundsEnterAsPoints()
    {
        var reports = new[] { Figure("a", "10,000"), Figure("b", "more than 14,000") };
        var aggregate = Aggregate.Of(reports, AsOf, AggregationOptions.Default with { BoundedClaims = BoundedClaims.HedgeDistribution });
        var bound = aggregate.Contributions[1];
        bound.Claim.Should().Be(ClaimForm.Point);
        bound.BoundReadThroughHedgeModel.Should().BeTrue();
        bound.Value.Should().BeApproximately(reports[1].Estimate.Median, 1e-6).And.BeGreaterThan(14_000);
    }

    [Fact]
    public void OnlyBoundsAreReadThroughTheHedgeModel()
    {
        var reports = new[] { Figure("a", "more than 10,000"), Figure("b", "over 12,000") };
        var aggregate = Aggregate.Of(reports, AsOf, Classic);
        aggregate.Notes.Select(n => n.Kind).Should().Equal(AggregateNoteKind.OnlyBounds);
        // Each then enters as its hedge model median, as a point, like any other report read through the model.
        for (int i = 0; i < reports.Length; i++)
        {
            var c = aggregate.Contributions[i];
            c.Claim.Should().Be(ClaimForm.Point);
            c.BoundReadThroughHedgeModel.Should().BeTrue();
            c.Bounds.Lower.Should().Be(double.NegativeInfinity);
            c.Value.Should().BeApproximately(reports[i].Estimate.Median, 1e-6);
            c.AnalysisValue.Should().BeApproximately(Math.Log(c.Value), 1e-12);
        }
        aggregate.Value.Should().BeGreaterThan(10_000);
    }

    [Fact]
    public void AnOutlyingReportIsFlagged()
    {
        var reports = new[] { Figure("a", "10,000"), Figure("b", "10,500"), Figure("c", "9,800"), Figure("d", "10,200"), Figure("e", "40,000") };
        var aggregate = Aggregate.Of(reports, AsOf, With(AggregationMethod.FixedEffect));
        aggregate.Disagreeing.Select(r => r.Id).Should().Equal("e");
        aggregate.Contributions[4].Disagrees.Should().BeTrue();
        // Its leave-one-out residual against the other four (fixed effect): (y − ȳ₋)/√(v + v/4).
        double rest = new[] { 10_000.0, 10_500, 9_800, 10_200 }.Average(Math.Log);
        aggregate.Contributions[4].StandardizedResidual.Should().BeApproximately((Math.Log(40_000) - rest) / Math.Sqrt(0.01 + (0.01 / 4)), 1e-9);
    }

    [Fact]
    public void UnitsAreConvertedToTheCanonicalUnit()
    {
        var reports = new[] { Figure("km", "1,000", quantity: Area(Unit.SquareKilometres)), Figure("mi", "386.1022", quantity: Area(Unit.SquareMiles)) };
        var aggregate = Aggregate.Of(reports, AsOf, Classic);
        aggregate.Unit.Should().Be(Unit.SquareKilometres);
        // 1 mi² = 2.589988110336 km² (international mile).
        aggregate.Contributions[1].Value.Should().BeApproximately(386.1022 * 2.589988110336, 1e-6);
        aggregate.Value.Should().BeApproximately(Math.Sqrt(1_000 * 386.1022 * 2.589988110336), 1e-6);
    }

    [Fact]
    public void PercentagesAreCombinedOnTheLogitScaleAndStayBelowOneHundred()
    {
        var reports = new[] { Figure("a", "97%", quantity: Share()), Figure("b", "99%", quantity: Share()) };
        var aggregate = Aggregate.Of(reports, AsOf);
        aggregate.Scale.Should().Be(AnalysisScale.Logit);
        aggregate.ConfidenceInterval.Upper.Should().BeLessThan(100);
        aggregate.PredictionInterval.Upper.Should().BeLessThan(100);
        aggregate.Value.Should().BeInRange(97, 99);
        // The floor on the logit scale is relative to the odds, as on the log scale to the count: 0.1 for both
        // (a 10% floor on 99% is ±0.1 points, not ±9.9).
        aggregate.Contributions[0].StandardError.Should().BeApproximately(Floor, 1e-9);
        aggregate.Contributions[1].StandardError.Should().BeApproximately(Floor, 1e-9);
        aggregate.ConfidenceInterval.Lower.Should().BeGreaterThan(0);
    }

    [Fact]
    public void DifferentQuantitiesAreNeverMixed()
    {
        var reports = new[] { Figure("level", "800", quantity: Area(Unit.SquareKilometres)), Figure("peak", "1,376", quantity: Area(Unit.SquareKilometres, Statistic.Peak)) };
        var act = () => Aggregate.Of(reports, AsOf);
        act.Should().Throw<ArgumentException>().WithParameterName("reports").WithMessage("*ByQuantity*");
        var each = Aggregate.ByQuantity(reports, AsOf);
        each.Select(a => a.Value).Should().Equal([800.0, 1376.0], (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Fact]
    public void BadInputIsRejected()
    {
        var act = () => Aggregate.Of(Array.Empty<Report>(), AsOf);
        act.Should().Throw<ArgumentException>().WithParameterName("reports");
        act = () => Aggregate.Of(new[] { Figure("a", "1,000") }, AsOf.PlusDays(-1));
        act.Should().Throw<ArgumentException>().WithMessage("*published on or before*");
        act = () => Aggregate.Of(null!, AsOf);
        act.Should().Throw<ArgumentNullException>();
        act = () => Aggregate.Of(new[] { Figure("a", "1,000"), null! }, AsOf);
        act.Should().Throw<ArgumentNullException>().WithParameterName("reports").WithMessage("Report 1 is null*");
        var many = () => Aggregate.ByQuantity(new[] { Figure("a", "1,000"), null! }, AsOf);
        many.Should().Throw<ArgumentNullException>().WithParameterName("reports").WithMessage("Report 1 is null*");
        var options = () => AggregationOptions.Default with { HalfLifeDays = 0 };
        options.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("HalfLifeDays");
        options = () => AggregationOptions.Default with { Level = 1 };
        options.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Level");
    }

    [Fact]
    public void ContributionsAreInTheOrderHandedIn()
    {
        var reports = new[] { Figure("late", "12,000", published: AsOf.PlusDays(3)), Figure("a", "10,000"), Figure("b", "11,000") };
        var aggregate = Aggregate.Of(reports, AsOf);
        aggregate.Contributions.Select(c => c.Report).Should().Equal(reports);
        aggregate.Contributions.Select(c => c.Included).Should().Equal(false, true, true);
    }
}

public class AggregateOfChangesTest
{
    [Fact]
    public void ChangesAreCombinedOnTheNaturalScaleAndMayBeNegative()
    {
        var change = Quantity.Of(Metric.Of("change in territory held"), "test forces", "test region", Unit.SquareKilometres, Statistic.Change);
        var source = Source.Of("Analyst", SourceKind.Analyst, ConflictSide.ThirdParty);
        Report Make(string id, double mean) => Report.Of(id, change, Estimate.FromDistribution(NormalDistribution.Of(mean, 30)),
            Provenance.Of(source.WithAliases(id)), new DateInterval(AsOf, AsOf), AsOf);
        // Two normals with σ = 30 (above the 10% floor of 100 and 20: 10 and 2), equal weights: the mean −40, SE 30/√2.
        var aggregate = Aggregate.Of(new[] { Make("a", -100), Make("b", 20) }, AsOf, With(AggregationMethod.FixedEffect));
        aggregate.Scale.Should().Be(AnalysisScale.Natural);
        aggregate.Value.Should().BeApproximately(-40, 1e-6);
        aggregate.ConfidenceInterval.Lower.Should().BeApproximately(-40 - (1.959963984540054 * 30 / Math.Sqrt(2)), 1e-4);

        // Every method copes with negative values on the natural scale.
        foreach (var method in Enum.GetValues<AggregationMethod>())
        {
            var other = Aggregate.Of(new[] { Make("a", -100), Make("b", 20), Make("c", -40) }, AsOf, With(method));
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
        var reports = new[] { Figure("a", "10,000"), Figure("b", "12,000"), Figure("c", "15,000") };
        var at95 = Aggregate.Of(reports, AsOf, Classic with { KnappHartung = KnappHartung.Standard });
        var at80 = Aggregate.Of(reports, AsOf, Classic with { KnappHartung = KnappHartung.Standard, Level = 0.8 });
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
        var reports = new[] { Figure("a", "3,000"), Figure("b", "3,400"), Figure("c", "between 0 and 5,000") };
        var aggregate = Aggregate.Of(reports, AsOf);
        aggregate.Scale.Should().Be(AnalysisScale.Log);
        aggregate.Contributions[2].Claim.Should().Be(ClaimForm.AtMost);
        aggregate.Contributions[2].Bounds.Upper.Should().Be(5_000);
        aggregate.Contributions[2].EnteredInterval.Lower.Should().Be(0);
        aggregate.Value.Should().BeInRange(3_000, 3_400);
    }

    [Fact]
    public void ARangeUpToAHundredPercentIsALowerBoundOnTheLogitScale()
    {
        var reports = new[] { Figure("a", "40%", quantity: Share()), Figure("b", "45%", quantity: Share()), Figure("c", "between 30% and 100%", quantity: Share()) };
        var aggregate = Aggregate.Of(reports, AsOf);
        aggregate.Scale.Should().Be(AnalysisScale.Logit);
        aggregate.Contributions[2].Claim.Should().Be(ClaimForm.AtLeast);
        aggregate.Contributions[2].EnteredInterval.Upper.Should().Be(100);
        aggregate.Value.Should().BeInRange(40, 45);
    }

    [Fact]
    public void AValueOfZeroMovesACountToTheNaturalScaleWithANote()
    {
        var reports = new[] { Figure("a", "0"), Figure("b", "10") };
        var aggregate = Aggregate.Of(reports, AsOf, Classic);
        aggregate.Scale.Should().Be(AnalysisScale.Natural);
        var note = aggregate.Notes.Single();
        note.Kind.Should().Be(AggregateNoteKind.ValueOutsideScale);
        note.Reports.Should().Equal(reports[0]);
        note.Value.Should().Be(0);
    }

    /// <summary>
    /// On the natural scale a "0" count is below half a unit, not exact: it enters no more precise than a uniform over
    /// 0–0.5 (standard deviation 0.5/√12 = 0.144), where a relative floor of 10% of 0 made it exact and a "0" beside a "3"
    /// gave 2e-17 (0 to 2e-9) under the fixed effect and the logarithmic pool. "exactly 0" stays exact.
    /// </summary>
    [Theory]
    [InlineData(AggregationMethod.FixedEffect)]
    [InlineData(AggregationMethod.LogarithmicPool)]
    public void AZeroCountIsNoMorePreciseThanItsRoundingOnTheNaturalScale(AggregationMethod method)
    {
        var options = Classic with { Method = method };
        var aggregate = Aggregate.Of(new[] { Figure("a", "0"), Figure("b", "3") }, AsOf, options);
        aggregate.Scale.Should().Be(AnalysisScale.Natural);
        aggregate.Contributions[0].StandardError.Should().BeApproximately(0.5 / Math.Sqrt(12), 1e-12);
        // "3" keeps its relative floor, 0.3, above its bin's 1/√12 = 0.289; the weights are then 1/0.144² and 1/0.3².
        aggregate.Contributions[1].StandardError.Should().BeApproximately(0.3, 1e-12);
        double w0 = 12 / 0.25, w1 = 1 / 0.09;
        aggregate.Value.Should().BeApproximately(3 * w1 / (w0 + w1), 1e-9);
        aggregate.ConfidenceInterval.Upper.Should().BeGreaterThan(0.5);

        var exact = Aggregate.Of(new[] { Figure("a", "exactly 0"), Figure("b", "3") }, AsOf, options);
        exact.Contributions[0].StandardError.Should().BeLessThan(1e-6, "an exact zero claims no rounding");
    }
}
