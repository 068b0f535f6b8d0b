using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using Xunit;
using static ForceEstimates.Tests.ReportFixtures;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>
/// Each method against its closed form. Four bare figures from independent intelligence services, unrated and of one
/// day, all enter at the 10% floor with equal weights: on the log scale y = ln(figure), v = 0.01 each.
/// </summary>
public partial class AggregateTest
{
    private static readonly double[] Figures = [10_000, 12_000, 11_000, 20_000];

    private static readonly Report[] FourReports = Figures
        .Select((f, i) => Figure(((char)('a' + i)).ToString(), f.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))
        .ToArray();

    private static double GeometricMean => Math.Exp(Figures.Average(Math.Log));

    [Fact]
    public void FixedEffectIsTheGeometricMeanWithTheFloorOverRootK()
    {
        var aggregate = Aggregate.Of(FourReports, AsOf, With(AggregationMethod.FixedEffect));
        double se = Floor / 2;
        aggregate.Value.Should().BeApproximately(GeometricMean, 1e-6);
        aggregate.ConfidenceInterval.Lower.Should().BeApproximately(GeometricMean * Math.Exp(-Z975 * se), 1e-6);
        aggregate.ConfidenceInterval.Upper.Should().BeApproximately(GeometricMean * Math.Exp(Z975 * se), 1e-6);
        aggregate.Contributions.Should().OnlyContain(c => Math.Abs(c.Share - 0.25) < 1e-12);
    }

    [Fact]
    public void LogarithmicPoolIsTheNormalWithThePooledPrecision()
    {
        // Genest and Zidek (1986): precision Σ aᵢ with aᵢ = (wᵢ/Σw)/sᵢ² = ¼/0.01, so the pool is N(ȳ, 0.1²).
        var aggregate = Aggregate.Of(FourReports, AsOf, With(AggregationMethod.LogarithmicPool));
        aggregate.Value.Should().BeApproximately(GeometricMean, 1e-6);
        aggregate.ConfidenceInterval.Upper.Should().BeApproximately(GeometricMean * Math.Exp(Z975 * Floor), 1e-6);
        aggregate.PredictionInterval.Lower.Should().BeApproximately(GeometricMean * Math.Exp(-Z975 * Floor), 1e-6);
    }

    [Fact]
    public void LinearPoolIsTheEquallyWeightedMixtureOfTheReports()
    {
        var aggregate = Aggregate.Of(FourReports, AsOf, With(AggregationMethod.LinearPool));
        FourReports.Average(r => r.Estimate.Cdf(aggregate.Value)).Should().BeApproximately(0.5, 1e-9);
        var ci = aggregate.ConfidenceInterval;
        FourReports.Average(r => r.Estimate.Cdf(ci.Lower)).Should().BeApproximately(0.025, 1e-9);
        FourReports.Average(r => r.Estimate.Cdf(ci.Upper)).Should().BeApproximately(0.975, 1e-9);
        aggregate.Contributions.Should().OnlyContain(c => Math.Abs(c.Share - 0.25) < 1e-12);
        aggregate.Notes.Select(n => n.Kind).Should().Equal(AggregateNoteKind.SpreadOfOpinion);
    }

    [Fact]
    public void WeightedMedianWithEqualWeightsIsTheOrdinaryMedian()
    {
        // An even count: the midpoint of the middle two on the log scale, √(11,000 × 12,000).
        var aggregate = Aggregate.Of(FourReports, AsOf, With(AggregationMethod.WeightedMedian));
        aggregate.Value.Should().BeApproximately(Math.Sqrt(11_000.0 * 12_000), 1e-6);
        aggregate.Notes.Select(n => n.Kind).Should().Equal(AggregateNoteKind.SpreadOfWeightedReports);
    }

    [Fact]
    public void RobustIsHubersEstimateThatCapsTheOddReport()
    {
        // Three at 10,000 and one at 11,972 (d = ln 1.1972 ≈ 0.18): Q = 2.43 ≤ k − 1, so REML's tau² is 0 and every
        // scale is 0.1. Huber's equation 3·(−μ/0.1) + c = 0 with c = 1.345 gives μ = 0.1345/3, as long as the odd
        // report's residual (d − μ)/0.1 ≈ 1.35 stays beyond c (Huber 1964).
        var reports = new[] { Figure("a", "10,000"), Figure("b", "10,000"), Figure("c", "10,000"), Figure("d", "11,972") };
        var aggregate = Aggregate.Of(reports, AsOf, With(AggregationMethod.Robust));
        aggregate.TauSquared.Should().Be(0);
        aggregate.Value.Should().BeApproximately(10_000 * Math.Exp(0.1345 / 3), 1e-4);
        var fixedEffect = Aggregate.Of(reports, AsOf, With(AggregationMethod.FixedEffect));
        fixedEffect.Value.Should().BeApproximately(10_000 * Math.Exp(Math.Log(1.1972) / 4), 1e-4);
    }

    [Fact]
    public void MostConservativeTakesTheLowestFigureAsItIs()
    {
        var aggregate = Aggregate.Of(FourReports, AsOf, With(AggregationMethod.MostConservative));
        aggregate.Value.Should().BeApproximately(FourReports[0].Estimate.Median, 1e-6);
        aggregate.ConfidenceInterval.Upper.Should().BeApproximately(FourReports[0].Estimate.Interval(0.95).Upper, 1e-6);
        aggregate.Contributions.Select(c => c.Share).Should().Equal(1, 0, 0, 0);
        var note = aggregate.Notes.Single();
        note.Kind.Should().Be(AggregateNoteKind.LowestFigure);
        note.Reports.Should().Equal(FourReports[0]);
    }

    [Fact]
    public void EnvelopeRunsFromTheLowestLowerEndToTheHighestUpperEnd()
    {
        var aggregate = Aggregate.Of(FourReports, AsOf, With(AggregationMethod.Envelope));
        var ends = FourReports.Select(r => r.Estimate.Interval(0.95)).ToArray();
        aggregate.ConfidenceInterval.Lower.Should().BeApproximately(ends.Min(e => e.Lower), 1e-6);
        aggregate.ConfidenceInterval.Upper.Should().BeApproximately(ends.Max(e => e.Upper), 1e-6);
        aggregate.Contributions.Select(c => c.Share).Should().Equal(0.5, 0, 0, 0.5);
        var note = aggregate.Notes.Single();
        note.Kind.Should().Be(AggregateNoteKind.EnvelopeEnds);
        note.Reports.Should().Equal(FourReports[0], FourReports[3]);
        note.Value.Should().Be(0.95);
    }

    [Theory]
    [InlineData(AggregationMethod.RandomEffects)]
    [InlineData(AggregationMethod.FixedEffect)]
    [InlineData(AggregationMethod.LinearPool)]
    [InlineData(AggregationMethod.LogarithmicPool)]
    [InlineData(AggregationMethod.WeightedMedian)]
    [InlineData(AggregationMethod.Robust)]
    [InlineData(AggregationMethod.MostConservative)]
    [InlineData(AggregationMethod.Envelope)]
    public void WeightMeansTheSameForEveryMethod(AggregationMethod method)
    {
        // Unequal weights (ratings and a shared origin), so that the methods weigh differently.
        var reports = new[]
        {
            Figure("a", "10,000", rating: "A1"), Figure("b", "12,000", rating: "C3"),
            Figure("c", "11,000", origin: "shared"), Figure("d", "20,000", origin: "shared", rating: "B2"),
        };
        var aggregate = Aggregate.Of(reports, AsOf, With(method));
        var weights = aggregate.Contributions.Select(c => c.Weight).ToArray();
        weights.Max().Should().Be(1, "the most heavily weighted report has weight 1");
        weights.Should().OnlyContain(w => w >= 0 && w <= 1);
        double scale = aggregate.Contributions.Sum(c => c.Weight);
        aggregate.Contributions.Should().OnlyContain(c => Math.Abs(c.Share - (c.Weight / scale)) < 1e-12, "shares are the same weights over their sum");
    }
}
