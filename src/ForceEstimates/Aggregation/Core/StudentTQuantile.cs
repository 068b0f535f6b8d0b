using System;
using MathNet.Numerics.Distributions;

namespace ForceEstimates.Aggregation;

/// <summary>The 97.5% quantile of Student's t, without allocating after the first use.</summary>
internal static class StudentTQuantile
{
    private const int TableSize = 1024;

    // Filled once, on first use, from MathNet (whose root search allocates); Fit then only reads it.
    private static readonly double[] Table = BuildTable();

    private static double[] BuildTable()
    {
        var table = new double[TableSize + 1];
        table[0] = double.NaN;
        for (var df = 1; df <= TableSize; df++)
        {
            table[df] = StudentT.InvCDF(0.0, 1.0, df, 0.975);
        }
        return table;
    }

    /// <summary>t such that P(T ≤ t) = 0.975 for <paramref name="degreesOfFreedom"/> &gt; 0.</summary>
    internal static double Upper975(double degreesOfFreedom)
    {
        if (degreesOfFreedom <= TableSize && degreesOfFreedom == Math.Floor(degreesOfFreedom) && degreesOfFreedom >= 1)
        {
            return Table[(int)degreesOfFreedom];
        }
        if (degreesOfFreedom > TableSize)
        {
            // Cornish–Fisher expansion of the t quantile in 1/ν (Abramowitz & Stegun 26.7.5);
            // for ν > 1024 the first omitted term is below 1e-15.
            const double z = MetaAnalysisResult.Z975;
            double z2 = z * z, z3 = z2 * z, z5 = z3 * z2, z7 = z5 * z2, z9 = z7 * z2;
            var g1 = (z3 + z) / 4.0;
            var g2 = ((5 * z5) + (16 * z3) + (3 * z)) / 96.0;
            var g3 = ((3 * z7) + (19 * z5) + (17 * z3) - (15 * z)) / 384.0;
            var g4 = ((79 * z9) + (776 * z7) + (1482 * z5) - (1920 * z3) - (945 * z)) / 92160.0;
            var inv = 1.0 / degreesOfFreedom;
            return z + (inv * (g1 + (inv * (g2 + (inv * (g3 + (inv * g4)))))));
        }
        return StudentT.InvCDF(0.0, 1.0, degreesOfFreedom, 0.975);
    }
}
