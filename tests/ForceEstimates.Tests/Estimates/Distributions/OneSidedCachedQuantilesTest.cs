using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates.Distributions;

/// <summary>The quantiles kept per shape (median, 90% and 95% ends, one-sigma points) invert the CDF in both directions.</summary>
public class OneSidedCachedQuantilesTest
{
    [Theory]
    [InlineData(0.025)]
    [InlineData(0.05)]
    [InlineData(0.15865525393145707)]
    [InlineData(0.5)]
    [InlineData(0.8413447460685429)]
    [InlineData(0.95)]
    [InlineData(0.975)]
    [InlineData(0.3)]
    public void CachedQuantilesInvertTheCdf(double p)
    {
        foreach (var estimate in new[] { Estimate.Parse("over 10,000"), Estimate.Parse("nearly 60,000"), Estimate.Parse("up to 15,000") })
        {
            estimate.Cdf(estimate.Quantile(p)).Should().BeApproximately(p, 1e-9, estimate.ToString());
        }
    }
}
