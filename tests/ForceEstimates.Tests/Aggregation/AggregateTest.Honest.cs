using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Presentation;
using NodaTime;
using Xunit;
using static ForceEstimates.Tests.ReportFixtures;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>
/// The default aggregate under the learned noise model: bounded claims read by what they say, rounding as a bin,
/// scales that keep counts at or above 0 and shares within 0–100%, and no failure on agreement or extremes (issue 9's
/// cases, each as the issue states it).
/// </summary>
public class AggregateHonestIntervalsTest
{
    private const double Z975 = 1.959963984540054;

    [Fact]
    public void ABoundedClaimEntersAsItsPlausibleRange()
    {
        var points = new[] { Figure("a", "10,000"), Figure("b", "11,000"), Figure("c", "10,500") };
        var withBound = points.Append(Figure("d", "more than 14,000")).ToArray();
        var without = Aggregate.Of(points, AsOf);
        var with = Aggregate.Of(withBound, AsOf);
        with.Value.Should().BeGreaterThan(without.Value);
        var bound = with.Contributions[3];
        bound.Claim.Should().Be(ClaimForm.Between);
        bound.Bounds.Lower.Should().Be(14_000);
        // Up to the hedge model's 95th percentile, and at least to the edge of the bin of "14,000" (14,500).
        bound.Bounds.Upper.Should().BeGreaterOrEqualTo(Math.Max(withBound[3].Estimate.Quantile(0.95), 14_500)).And.BeLessThan(20_000);
        with.Options.BoundedClaims.Should().Be(BoundedClaims.PlausibleRange);
        with.NoiseScale.Should().BeGreaterThan(0);
    }

    /// <summary>The fixed-effect method reads bounds as the default does: over their plausible range.</summary>
    [Fact]
    public void FixedEffectReadsABoundOverItsPlausibleRange()
    {
        var reports = new[] { Figure("a", "10,000"), Figure("b", "11,000"), Figure("c", "more than 14,000") };
        var aggregate = Aggregate.Of(reports, AsOf, AggregationOptions.Default with { Method = AggregationMethod.FixedEffect });
        var bound = aggregate.Contributions[2];
        bound.Claim.Should().Be(ClaimForm.Between);
        bound.Bounds.Lower.Should().Be(14_000);
        double.IsFinite(bound.Bounds.Upper).Should().BeTrue();
        aggregate.Value.Should().BeGreaterThan(Aggregate.Of(reports.Take(2), AsOf, AggregationOptions.Default with { Method = AggregationMethod.FixedEffect }).Value);
    }

    [Fact]
    public void OpenCensoringRemainsAnOption()
    {
        var reports = new[] { Figure("a", "10,000"), Figure("b", "11,000"), Figure("c", "more than 14,000") };
        var aggregate = Aggregate.Of(reports, AsOf, AggregationOptions.Default with { BoundedClaims = BoundedClaims.Censored });
        var bound = aggregate.Contributions[2];
        bound.Claim.Should().Be(ClaimForm.AtLeast);
        bound.Bounds.Upper.Should().Be(double.PositiveInfinity);
        aggregate.ConfidenceInterval.Upper.Should().BeGreaterThan(14_000);
        double.IsFinite(aggregate.ConfidenceInterval.Upper).Should().BeTrue();
    }

    /// <summary>The case: "about 10,000" and "more than 20,000" disagree, and the interval says so.</summary>
    [Fact]
    public void AnAboutAndAMoreThanFarAboveItGiveAnIntervalThatHoldsBoth()
    {
        var reports = new[] { Figure("a", "about 10,000"), Figure("b", "more than 20,000") };
        var aggregate = Aggregate.Of(reports, AsOf);
        aggregate.Value.Should().BeInRange(10_000, 22_000);
        aggregate.ConfidenceInterval.Lower.Should().BeLessThan(10_000);
        aggregate.ConfidenceInterval.Upper.Should().BeGreaterThan(20_000);
        aggregate.NoiseScale.Should().BeGreaterThan(2, "the reports are further apart than their 10% floors");
    }

    [Fact]
    public void OneReportIsItsOwnIntervalAtTheFloor()
    {
        var aggregate = Aggregate.Of(new[] { Figure("a", "1,000", quantity: Area(Unit.SquareKilometres)) }, AsOf);
        aggregate.Value.Should().BeApproximately(1_000, 1e-9);
        aggregate.ConfidenceInterval.Lower.Should().BeApproximately(1_000 * Math.Exp(-Z975 * 0.1), 1e-6);
        aggregate.ConfidenceInterval.Upper.Should().BeApproximately(1_000 * Math.Exp(Z975 * 0.1), 1e-6);
        aggregate.NoiseScale.Should().Be(1);
        aggregate.Notes.Select(n => n.Kind).Should().Equal(AggregateNoteKind.SingleReport);
    }

    /// <summary>
    /// One bounded claim is its own reading, as one figure is its stated number: the hedge model's median, not the
    /// middle of the plausible range it would enter a fit as ("more than 10,000" reaches the bin's edge, 15,000, whose
    /// middle on the log scale is 12,247); its interval is that range widened by the floor.
    /// </summary>
    [Fact]
    public void OneBoundedClaimIsTheHedgeModelsReading()
    {
        var more = Figure("a", "more than 10,000");
        var aggregate = Aggregate.Of(new[] { more }, AsOf);
        aggregate.Value.Should().BeApproximately(Math.Round(more.Estimate.Median), 0.5).And.BeInRange(10_000, 12_000);
        aggregate.ConfidenceInterval.Lower.Should().BeApproximately(10_000 * Math.Exp(-Z975 * 0.1), 1);
        aggregate.ConfidenceInterval.Upper.Should().BeGreaterOrEqualTo(Math.Floor(15_000 * Math.Exp(Z975 * 0.1)));
        aggregate.Notes.Select(n => n.Kind).Should().Equal(AggregateNoteKind.SingleReport);

        // "up to 1" of a count is 0 to 1, open below on the log scale: its range's middle was a count of 0.
        Aggregate.Of(new[] { Figure("b", "up to 1", quantity: Troops()) }, AsOf).Value.Should().BeGreaterThan(0);

        // On a share the hedge's offset from the bound is taken on the odds ("over 99%" is 102% by the hedge model alone).
        var share = Aggregate.Of(new[] { Figure("c", "over 99%", quantity: Share()) }, AsOf);
        share.Value.Should().BeGreaterThan(99).And.BeLessThan(100);
    }

    /// <summary>
    /// Every method that reads a claim over its plausible range reads a lone one alike: fixed effect and the classic
    /// noise model (REML, ML) give the hedge model's median too, not the middle of the range their censored fit
    /// would put it at (12,247 for "more than 10,000", whose range reaches the bin's edge at 15,000).
    /// </summary>
    [Theory]
    [InlineData(AggregationMethod.FixedEffect, TauSquaredMethod.RestrictedMaximumLikelihood)]
    [InlineData(AggregationMethod.RandomEffects, TauSquaredMethod.RestrictedMaximumLikelihood)]
    [InlineData(AggregationMethod.RandomEffects, TauSquaredMethod.MaximumLikelihood)]
    public void OneBoundedClaimIsTheHedgeModelsReadingUnderEveryMethodThatReadsBounds(AggregationMethod method, TauSquaredMethod tau)
    {
        var more = Figure("a", "more than 10,000");
        var options = AggregationOptions.Default with { Method = method, Noise = NoiseModel.FloorsPlusTauSquared, TauSquaredMethod = tau };
        var aggregate = Aggregate.Of(new[] { more }, AsOf, options);
        var learned = Aggregate.Of(new[] { more }, AsOf);
        aggregate.Value.Should().BeApproximately(more.Estimate.Median, 1).And.BeApproximately(learned.Value, 1);
        aggregate.ConfidenceInterval.Lower.Should().BeLessThan(aggregate.Value);
        aggregate.ConfidenceInterval.Upper.Should().BeGreaterThan(aggregate.Value);

        // A range alone is its stated ends' reading by the hedge model as well: its median, not the fit's middle.
        var range = Figure("b", "between 10,000 and 20,000");
        Aggregate.Of(new[] { range }, AsOf, options).Value.Should().BeApproximately(range.Estimate.Median, 1);
    }

    /// <summary>With coarse rounding every source writes the same number: the interval covers at least its bin.</summary>
    [Fact]
    public void IdenticalRoundedFiguresGiveAnIntervalNoNarrowerThanTheirBin()
    {
        var reports = Enumerable.Range(0, 8).Select(i => Figure("r" + i, "12,000")).ToArray();
        var aggregate = Aggregate.Of(reports, AsOf);
        // "12,000" at two significant digits is 11,500 to 12,500: the interval holds all of it (the posterior alone,
        // eight identical bins, lies inside it).
        aggregate.ConfidenceInterval.Lower.Should().BeLessOrEqualTo(11_500);
        aggregate.ConfidenceInterval.Upper.Should().BeGreaterOrEqualTo(12_500);
        aggregate.Value.Should().BeInRange(11_500, 12_500);
        aggregate.Disagreeing.Should().BeEmpty();
    }

    [Fact]
    public void SharesNearAHundredPercentStayWithinTheirRange()
    {
        var near = Aggregate.Of(new[] { Figure("a", "about 99%", quantity: Share()), Figure("b", "99%", quantity: Share()) }, AsOf);
        near.Scale.Should().Be(AnalysisScale.Logit);
        near.Value.Should().BeInRange(98.5, 99.5);
        near.ConfidenceInterval.Lower.Should().BeGreaterThan(95);
        near.ConfidenceInterval.Upper.Should().BeLessThan(100);

        var over = Aggregate.Of(new[] { Figure("a", "over 99%", quantity: Share()), Figure("b", "about 99.5%", quantity: Share()) }, AsOf);
        over.Value.Should().BeInRange(99, 100);
        over.ConfidenceInterval.Upper.Should().BeLessThanOrEqualTo(100);
        over.PredictionInterval.Upper.Should().BeLessThanOrEqualTo(100);

        var all = Aggregate.Of(new[] { Figure("a", "100%", quantity: Share()), Figure("b", "100%", quantity: Share()) }, AsOf);
        all.Value.Should().BeLessThanOrEqualTo(100);
        all.ConfidenceInterval.Lower.Should().BeInRange(95, 100);
        all.ConfidenceInterval.Upper.Should().Be(100);
    }

    [Fact]
    public void ABoundNearAHundredPercentKeepsTheLogitScale()
    {
        // The hedge model puts "over 99%" at 102% (it knows nothing of a share's top); the claim itself says 99–99.5%
        // (its bound to the top of the bound's rounding bin), and "about 99%" 98.5–99.5%: both hold 99–99.5%. Judged by
        // the hedge model's median the aggregate fell to the natural scale with a note and put the value at 100%.
        var pair = Aggregate.Of(new[] { Figure("a", "about 99%", quantity: Share()), Figure("b", "over 99%", quantity: Share()) }, AsOf);
        pair.Scale.Should().Be(AnalysisScale.Logit);
        pair.Notes.Should().NotContain(n => n.Kind == AggregateNoteKind.ValueOutsideScale);
        pair.Value.Should().BeInRange(99, 99.5);
        pair.ConfidenceInterval.Upper.Should().BeLessThan(100);

        var single = Aggregate.Of(new[] { Figure("a", "more than 99%", quantity: Share()) }, AsOf);
        single.Scale.Should().Be(AnalysisScale.Logit);
        single.Value.Should().BeInRange(99, 99.5);
        single.ConfidenceInterval.Upper.Should().BeLessThan(100);

        // Read through the hedge model's distribution the bound is a point at 102%: that still leaves the scale.
        var hedged = Aggregate.Of(new[] { Figure("a", "about 99%", quantity: Share()), Figure("b", "over 99%", quantity: Share()) }, AsOf,
            AggregationOptions.Default with { BoundedClaims = BoundedClaims.HedgeDistribution });
        hedged.Scale.Should().Be(AnalysisScale.Natural);
        hedged.ConfidenceInterval.Upper.Should().BeLessThanOrEqualTo(100);
    }

    [Fact]
    public void CountsNeverGoNegative()
    {
        var zeroAndMany = Aggregate.Of(new[] { Figure("a", "exactly 0"), Figure("b", "about 50,000") }, AsOf);
        zeroAndMany.ConfidenceInterval.Lower.Should().BeGreaterThanOrEqualTo(0);
        zeroAndMany.PredictionInterval.Lower.Should().BeGreaterThanOrEqualTo(0);
        zeroAndMany.Value.Should().BeGreaterThanOrEqualTo(0);
        double.IsFinite(zeroAndMany.ConfidenceInterval.Upper).Should().BeTrue();

        var small = Aggregate.Of(new[] { Figure("a", "0"), Figure("b", "1"), Figure("c", "2") }, AsOf);
        small.Scale.Should().Be(AnalysisScale.Log);
        small.ConfidenceInterval.Lower.Should().BeGreaterThanOrEqualTo(0);
        small.Value.Should().BeInRange(0, 2);
        small.Notes.Should().NotContain(n => n.Kind == AggregateNoteKind.ValueOutsideScale);

        // Only "0" and "up to" taken as open bounds: open below, to 0, and closed above near the least bound, "0" (below
        // half a unit) plus its normal quantile at the floor, 0.5·e^(1.96·0.1) = 0.61: the one whole count inside is 0.
        // (Read by what it says, the default, "up to 5" is about 3 to 5, which bounds the value from below.)
        var open = Aggregate.Of(new[] { Figure("a", "0"), Figure("b", "up to 5") }, AsOf, AggregationOptions.Default with { BoundedClaims = BoundedClaims.Censored });
        open.Value.Should().Be(0);
        open.ConfidenceInterval.Lower.Should().Be(0);
        open.ConfidenceInterval.Upper.Should().Be(0);
        open.Notes.Select(n => n.Kind).Should().Contain(AggregateNoteKind.OpenInterval);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void KnappHartungWithIdenticalFiguresGivesAFiniteInterval(int k)
    {
        var reports = Enumerable.Range(0, k).Select(i => Figure("r" + i, "about 12,000")).ToArray();
        var aggregate = Aggregate.Of(reports, AsOf, Classic with { KnappHartung = KnappHartung.Standard });
        double median = reports[0].Estimate.Median;
        aggregate.Value.Should().BeApproximately(median, 1e-6);
        aggregate.ConfidenceInterval.Lower.Should().BeLessThan(median);
        aggregate.ConfidenceInterval.Upper.Should().BeGreaterThan(median);
        double.IsFinite(aggregate.ConfidenceInterval.Upper).Should().BeTrue();
        aggregate.Notes.Select(n => n.Kind).Should().Contain(AggregateNoteKind.KnappHartungWithoutSpread);
        // The default with the same reports: finite too, and not narrower than the bin of "12,000".
        var learned = Aggregate.Of(reports, AsOf);
        learned.ConfidenceInterval.Lower.Should().BeLessThan(11_500);
        learned.ConfidenceInterval.Upper.Should().BeGreaterThan(12_500);
    }

    [Fact]
    public void OptionsTheLearnedModelDoesNotApplyToItsIntervalAreNotedOrDescribe()
    {
        var reports = new[] { Figure("a", "about 9,000"), Figure("b", "12,000"), Figure("c", "nearly 15,000"), Figure("d", "about 10,500") };
        var plain = Aggregate.Of(reports, AsOf);
        plain.Notes.Should().NotContain(n => n.Kind == AggregateNoteKind.KnappHartungNotUsed);

        // Knapp–Hartung asked for under the learned model: the value and interval are the posterior's, unchanged, and a
        // note says the adjustment went only to the heterogeneity fit.
        var knapp = Aggregate.Of(reports, AsOf, AggregationOptions.Default with { KnappHartung = KnappHartung.Standard });
        knapp.Value.Should().Be(plain.Value);
        knapp.ConfidenceInterval.Should().Be(plain.ConfidenceInterval);
        knapp.Notes.Select(n => n.Kind).Should().Contain(AggregateNoteKind.KnappHartungNotUsed);
        PlainText.Of(knapp.Notes.Single(n => n.Kind == AggregateNoteKind.KnappHartungNotUsed)).Should().Contain("Knapp–Hartung");
        knapp.Heterogeneity.KnappHartung.Should().Be(KnappHartung.Standard, "the heterogeneity fit takes the adjustment");
        plain.Heterogeneity.KnappHartung.Should().Be(KnappHartung.None);

        // The tau² estimator describes the reports under the learned model: DerSimonian–Laird's tau² is not REML's, and
        // the value and interval do not move.
        var moments = Aggregate.Of(reports, AsOf, AggregationOptions.Default with { TauSquaredMethod = TauSquaredMethod.DerSimonianLaird });
        moments.Value.Should().Be(plain.Value);
        moments.ConfidenceInterval.Should().Be(plain.ConfidenceInterval);
        moments.Heterogeneity.Method.Should().Be(TauSquaredMethod.DerSimonianLaird);
        plain.Heterogeneity.Method.Should().Be(TauSquaredMethod.RestrictedMaximumLikelihood);
        moments.TauSquared.Should().NotBe(plain.TauSquared);
        moments.Q.Should().BeApproximately(plain.Q, 1e-9, "Q does not depend on the estimator");
    }

    [Fact]
    public void BoundsAloneGiveAFiniteAnswerWithEveryOption()
    {
        var reports = new[] { Figure("a", "more than 10,000"), Figure("b", "over 12,000") };
        var single = new[] { Figure("a", "more than 10,000") };
        foreach (var options in new[] { AggregationOptions.Default, AggregationOptions.Default with { BoundedClaims = BoundedClaims.Censored }, Classic })
        {
            foreach (var set in new[] { reports, single })
            {
                var aggregate = Aggregate.Of(set, AsOf, options);
                double.IsFinite(aggregate.Value).Should().BeTrue(options.ToString());
                double.IsFinite(aggregate.ConfidenceInterval.Upper).Should().BeTrue(options.ToString());
                aggregate.Value.Should().BeGreaterThan(10_000, options.ToString());
            }
        }
    }

    [Fact]
    public void TheSameReportPassedTwiceCountsOnce()
    {
        var reports = new[] { Figure("a", "10,000"), Figure("b", "12,000"), Figure("c", "11,500") };
        var once = Aggregate.Of(reports, AsOf);
        var sameId = Aggregate.Of(reports.Append(reports[1]).ToArray(), AsOf);
        // The same origin chain, quantity, dates and figure under another id.
        var copy = Figure("b-again", "12,000", origin: "origin of b");
        var sameContent = Aggregate.Of(reports.Append(copy).ToArray(), AsOf);
        foreach (var twice in new[] { sameId, sameContent })
        {
            twice.ReportCount.Should().Be(3);
            twice.Value.Should().Be(once.Value);
            twice.ConfidenceInterval.Should().Be(once.ConfidenceInterval);
            twice.Contributions[3].Included.Should().BeFalse();
            twice.Contributions[3].Exclusion.Should().Be(Exclusion.SameReportAgain);
        }
        // Another figure from the same origin is another report, not a repeat.
        var another = Aggregate.Of(reports.Append(Figure("b-later", "12,500", origin: "origin of b")).ToArray(), AsOf);
        another.ReportCount.Should().Be(4);
        // Every method copes with the repeat.
        foreach (var method in Enum.GetValues<AggregationMethod>())
        {
            Aggregate.Of(reports.Append(reports[0]).ToArray(), AsOf, With(method)).ReportCount.Should().Be(3, method.ToString());
        }
    }

    [Fact]
    public void ManyRepeatsInALargeGroupAreFoundToo()
    {
        var reports = Enumerable.Range(0, 60).Select(i => Figure("r" + i, (10_000 + (i * 50)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var doubled = reports.Concat(reports.Select(r => Figure(r.Id + "-copy", r.Estimate.Stated.Text, origin: r.Provenance.Origin.Name))).ToArray();
        var aggregate = Aggregate.Of(doubled, AsOf);
        aggregate.ReportCount.Should().Be(60);
        aggregate.Value.Should().Be(Aggregate.Of(reports, AsOf).Value);
    }
}
