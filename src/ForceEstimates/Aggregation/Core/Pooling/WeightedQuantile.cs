using System;
using System.Buffers;

namespace ForceEstimates.Aggregation;

/// <summary>
/// Weighted quantiles of a finite sample. The rule: sort by value, let C_j be the
/// cumulative weight up to and including the j-th value and W the total; the p-quantile is the
/// smallest value with C_j ≥ p·W, and when C_j equals p·W exactly (within rounding) it is the
/// midpoint of that value and the next, so that equal weights reproduce the ordinary median.
/// </summary>
internal static class WeightedQuantile
{
    /// <summary>The weighted p-quantile; weights must be non-negative with a positive sum.</summary>
    internal static double Compute(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, double p)
    {
        Preconditions.CheckClosedUnit(p);
        CheckSample(values, weights);
        int n = values.Length;
        var rented = ArrayPool<int>.Shared.Rent(n);
        try
        {
            var order = rented.AsSpan(0, n);
            for (int i = 0; i < n; i++)
            {
                order[i] = i;
            }
            // Sort the indices by value (values copied so the caller's span is untouched).
            var keys = ArrayPool<double>.Shared.Rent(n);
            try
            {
                values.CopyTo(keys);
                keys.AsSpan(0, n).Sort(order);
            }
            finally
            {
                ArrayPool<double>.Shared.Return(keys);
            }
            double total = 0;
            for (int i = 0; i < n; i++)
            {
                total += weights[i];
            }
            double target = p * total;
            double tolerance = 1e-12 * total;
            double cumulative = 0;
            for (int j = 0; j < n; j++)
            {
                if (weights[order[j]] == 0)
                {
                    continue;
                }
                cumulative += weights[order[j]];
                if (cumulative >= target - tolerance)
                {
                    if (Math.Abs(cumulative - target) <= tolerance && p > 0 && p < 1)
                    {
                        // Exactly on a boundary: average with the next value that carries weight.
                        for (int k = j + 1; k < n; k++)
                        {
                            if (weights[order[k]] > 0)
                            {
                                return 0.5 * (values[order[j]] + values[order[k]]);
                            }
                        }
                    }
                    return values[order[j]];
                }
            }
            for (int j = n - 1; ; j--)
            {
                if (weights[order[j]] > 0)
                {
                    return values[order[j]];
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    internal static void CheckSample(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, string weightsName = "weights")
    {
        if (values.Length == 0)
        {
            throw new ArgumentException("Expected at least one value.", nameof(values));
        }
        if (weights.Length != values.Length)
        {
            throw new ArgumentException(
                $"Expected one {weightsName} entry per value ({values.Length}), but got {weights.Length}.", weightsName);
        }
        double total = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"Expected finite values, but values[{i}] is {values[i]}.", nameof(values));
            }
            if (!(weights[i] >= 0) || double.IsInfinity(weights[i]))
            {
                throw new ArgumentException($"Expected finite non-negative {weightsName}, but {weightsName}[{i}] is {weights[i]}.", weightsName);
            }
            total += weights[i];
        }
        if (!(total > 0))
        {
            throw new ArgumentException($"Expected the {weightsName} to have a positive sum.", weightsName);
        }
    }
}
