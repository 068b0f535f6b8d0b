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

    [Theory]
    [InlineData(20)]
    [InlineData(26)]
    [InlineData(29)]
    [InlineData(30)]
    public void ACountsBinBesideAFarFigureOfNegligibleWeightKeepsItsOwnSpread(int halvings)
    {
        // "1" (0.5 to 1.5) beside a "10" (9.5 to 15) whose weight is 2^-halvings of it (a figure decades older): at these
        // weights the mode's Newton steps ended on a curvature that was not positive, Laplace's method gave a NaN spread,
        // and the fit's noise multiple came out above 1,000 with an interval thousands wide on the log scale.
        Observation[] observations = [Observation.Between(Math.Log(0.5), Math.Log(1.5), 0.01), Observation.Between(Math.Log(9.5), Math.Log(15), 0.01 * Math.Pow(2, halvings))];
        var fit = MetaAnalysis.FitNoiseScale(observations);

        double.IsFinite(fit.StandardError).Should().BeTrue();
        fit.StandardError.Should().BeInRange(0.25, 0.31);
        fit.NoiseScale.Should().BeInRange(0.25, 0.35);
        fit.ConfidenceInterval.Lower.Should().BeInRange(-0.75, -0.65);
        fit.ConfidenceInterval.Upper.Should().BeInRange(0.35, 0.45);
    }
}
