using System;
using FluentAssertions;
using ForceEstimates.Aggregation;
using Xunit;

namespace ForceEstimates.Tests.Aggregation.Core;

/// <summary>
/// A wide interval is informative though flat where μ sits: inside a rounding bin much wider than its noise, the log
/// probability has next to no curvature, and judged by the curvature alone the bin passed for a minor part of what the
/// fit knows (session 32).
/// </summary>
public class NoiseScaleBoxTest
{
    // ln 150 and ln 250: the one-digit bin of "200".
    private static readonly double Low = Math.Log(150), High = Math.Log(250);

    [Theory]
    [InlineData(1e2)]
    [InlineData(1e4)]
    [InlineData(2.4e7)]
    [InlineData(1e14)]
    [InlineData(1e30)]
    public void ABinBesideTheSameBinOfFarLargerVarianceKeepsItsOwnSpread(double variance)
    {
        // The second reading is the first one's bin with its variance multiplied (a report thousands of days older). Its
        // information is nearly none, so the fit must be close to that of the first bin with the second made weaker
        // still. Before the fix the standard error grew as 0.21·√variance (2.27 at 1e2, 1,055 at 2.4e7, 1.3e6 at 1e14).
        Observation[] observations = [Observation.Between(Low, High, 0.0225), Observation.Between(Low, High, variance)];
        var fit = MetaAnalysis.FitNoiseScale(observations);
        var limit = MetaAnalysis.FitNoiseScale([observations[0], Observation.Between(Low, High, 1e300)]);

        fit.Median.Should().BeApproximately((Low + High) / 2, 1e-6);
        fit.StandardError.Should().BeInRange(0.15, 0.25);
        fit.StandardError.Should().BeApproximately(limit.StandardError, 0.01);
        fit.ConfidenceInterval.Lower.Should().BeGreaterThan(Low - 0.5);
        fit.ConfidenceInterval.Upper.Should().BeLessThan(High + 0.5);
    }
}
