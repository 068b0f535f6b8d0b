using MathNet.Numerics.Distributions;

namespace ForceEstimates;

/// <summary>The standard normal through MathNet's static (stateless) functions.</summary>
internal static class StandardNormal
{
    /// <summary>Φ(−1): the quantile one standard deviation below the centre of a normal.</summary>
    internal const double OneSigmaBelow = 0.15865525393145707;

    /// <summary>Φ(1): the quantile one standard deviation above the centre of a normal.</summary>
    internal const double OneSigmaAbove = 0.8413447460685429;

    internal static double Cdf(double z) => Normal.CDF(0, 1, z);

    internal static double Quantile(double p) => Normal.InvCDF(0, 1, p);
}
