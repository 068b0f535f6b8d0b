using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Consistency;
using MathNet.Numerics.Distributions;
using Xunit;

namespace ForceEstimates.Tests.Consistency;

/// <summary>The seed article: "over 40%" given 1,376 → 800, and "nearly 60,000" in Kursk within "almost 580,000" on all fronts.</summary>
public partial class ConsistencyCheckTest
{
    private static readonly ConsistencyOptions KurskInAllFronts = ConsistencyOptions.Default.WithPart("Kursk Oblast", "all fronts");

    [Fact]
    public void Seed_OverFortyPercent_HoldsGivenTheTwoAreas_WithProbabilityNearSevenTenths()
    {
        var reports = Samples.Kursk2024;
        var peak = (LogNormalDistribution)reports.Get("kursk-2024-11-23/area-peak").Estimate.Distribution;
        var now = (LogNormalDistribution)reports.Get("kursk-2024-11-23/area-now").Estimate.Distribution;
        // P(100·(1 − now/peak) > 40) = P(ln now − ln peak < ln 0.6): a normal probability of the two readings.
        var expected = Normal.CDF(0, 1, (Math.Log(0.6) - (now.Mu - peak.Mu)) / Math.Sqrt((now.Sigma * now.Sigma) + (peak.Sigma * peak.Sigma)));

        var finding = ConsistencyCheck.Run(reports, KurskInAllFronts).Single(f => f.Rule == ConsistencyRule.DerivedFigure);

        finding.Probability.Should().BeApproximately(expected, 1e-9);
        finding.Probability.Should().BeInRange(0.65, 0.75);
        finding.Verdict.Should().Be(Verdict.Consistent);
        finding.Holds.Should().BeTrue();
        finding.IsChecked.Should().BeTrue();
        finding.Reports.Select(r => r.Id).Should().Equal("kursk-2024-11-23/share-lost", "kursk-2024-11-23/area-now", "kursk-2024-11-23/area-peak");
        finding.Recomputed!.Median.Should().BeApproximately(100 * (1 - (800.0 / 1376)), 1e-9);
        finding.Explanation.Should().Contain("\"over 40 per cent\"").And.Contain("41.9 %").And.Contain("0.70").And.EndWith("consistent.");
    }

    [Fact]
    public void Seed_NearlySixtyThousandInKursk_IsWithinAlmost580000OnAllFronts()
    {
        var findings = ConsistencyCheck.Run(Samples.Kursk2024, KurskInAllFronts);

        var part = findings.Single(f => f.Rule == ConsistencyRule.PartOfWhole);
        part.Reports.Select(r => r.Id).Should().Equal("kursk-2024-11-23/russian-troops-kursk", "kursk-2024-11-23/russian-troops-total");
        part.Probability.Should().BeGreaterThan(0.999);
        part.Verdict.Should().Be(Verdict.Consistent);
        part.Explanation.Should().Contain("in Kursk Oblast on 2024-11-23 is part of").And.Contain("in all fronts on 2024-11-21");
    }

    [Fact]
    public void Seed_ThePeakIsAtLeastTodaysLevel_AndNothingIsViolated()
    {
        var findings = ConsistencyCheck.Run(Samples.Kursk2024, KurskInAllFronts);

        findings.Select(f => f.Rule).Should().Equal(ConsistencyRule.DerivedFigure, ConsistencyRule.PartOfWhole, ConsistencyRule.PeakAtLeastLevel);
        var peak = findings.Single(f => f.Rule == ConsistencyRule.PeakAtLeastLevel);
        peak.Reports.Select(r => r.Id).Should().Equal("kursk-2024-11-23/area-peak", "kursk-2024-11-23/area-now");
        peak.Probability.Should().BeGreaterThan(0.999);
        findings.Should().OnlyContain(f => f.Holds && f.Verdict == Verdict.Consistent);
    }

    [Fact]
    public void Seed_WithoutDeclaredPlaces_ChecksNoPartOfWhole()
    {
        ConsistencyCheck.Run(Samples.Kursk2024).Select(f => f.Rule).Should().NotContain(ConsistencyRule.PartOfWhole);
        ConsistencyCheck.Run(Samples.Kursk2024, null).Should().HaveCount(2);
    }

    [Fact]
    public void Seed_TheRecomputedShare_IsTheExactDistribution()
    {
        var reports = Samples.Kursk2024;

        var share = ConsistencyCheck.Recompute(reports.Get("kursk-2024-11-23/share-lost"), reports);

        share.Distribution.Should().BeOfType<AffineDistribution>();
        share.Median.Should().BeApproximately(41.86, 0.01);
        share.Interval(0.9).Lower.Should().BeInRange(34, 38);
        share.Interval(0.9).Upper.Should().BeInRange(46, 49);
    }
}
