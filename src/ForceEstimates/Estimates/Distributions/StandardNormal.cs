using MathNet.Numerics.Distributions;

namespace ForceEstimates;

/// <summary>The standard normal through MathNet's static (stateless) functions.</summary>
internal static class StandardNormal
{
    internal static double Cdf(double z) => Normal.CDF(0, 1, z);

    internal static double Quantile(double p) => Normal.InvCDF(0, 1, p);
}
