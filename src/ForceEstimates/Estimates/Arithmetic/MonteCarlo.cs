using System;
using System.Buffers;
using System.Collections.Generic;

namespace ForceEstimates;

/// <summary>
/// Scratch arrays for Monte Carlo runs, rented from the shared pool and all returned at the end. An
/// array given back is kept for the next rent, so a caller that runs many computations (a consistency
/// check over many derived figures) reuses a few arrays instead of renting and clearing large ones each time.
/// </summary>
internal sealed class SampleArrays : IDisposable
{
    private readonly List<double[]> rented = [];
    private readonly List<double[]> free = [];

    internal double[] Rent(int length)
    {
        for (var i = free.Count - 1; i >= 0; i--)
        {
            if (free[i].Length >= length)
            {
                var kept = free[i];
                free.RemoveAt(i);
                return kept;
            }
        }
        var array = ArrayPool<double>.Shared.Rent(length);
        rented.Add(array);
        return array;
    }

    internal void Return(double[] array)
    {
        if (rented.Contains(array) && !free.Contains(array))
        {
            free.Add(array);
        }
    }

    /// <summary>Gives back every array rented so far for the next computation (their contents are then stale).</summary>
    internal void ReturnAll()
    {
        free.Clear();
        free.AddRange(rented);
    }

    public void Dispose()
    {
        foreach (var array in rented)
        {
            ArrayPool<double>.Shared.Return(array);
        }
        rented.Clear();
        free.Clear();
    }
}

/// <summary>
/// Monte Carlo arithmetic on aligned samples: each input is drawn once per sample index, the
/// formula is evaluated index by index, and the result is the sample set. Inputs are drawn in
/// their order from one seeded <see cref="RandomStream"/>, so a run is reproducible.
/// </summary>
/// <remarks>
/// Independent inputs are drawn the fastest way their family allows: a log-normal as e^(μ + σZ),
/// a one-sided reading as its bound times e^(±θG) with G a gamma variate, a sample set by picking
/// samples, any other family by inversion of a uniform. Correlated inputs are drawn through the
/// Gaussian copula: correlated normal scores Z = L·E (L the Cholesky factor of the correlation
/// matrix, E independent normals), each input then its quantile at Φ(Z).
/// </remarks>
internal static class MonteCarlo
{
    // Φ(Z) must stay inside (0, 1): the largest double below 1, so that quantiles stay finite.
    private const double BelowOne = 1 - (1.0 / (1UL << 53));

    /// <summary>Draws the inputs: one array of <paramref name="count"/> samples per input, rented from <paramref name="pool"/>.</summary>
    internal static double[][] DrawInputs(ReadOnlySpan<EstimateDistribution> inputs, double[,]? cholesky, int count, int seed, SampleArrays pool)
    {
        var stream = new RandomStream(unchecked((ulong)(long)seed));
        var draws = new double[inputs.Length][];
        if (cholesky is null)
        {
            for (var i = 0; i < inputs.Length; i++)
            {
                draws[i] = pool.Rent(count);
                DrawIndependent(inputs[i], draws[i].AsSpan(0, count), ref stream);
            }
            return draws;
        }
        var normals = new double[inputs.Length][];
        for (var i = 0; i < inputs.Length; i++)
        {
            normals[i] = pool.Rent(count);
            stream.FillNormal(normals[i].AsSpan(0, count));
        }
        for (var i = 0; i < inputs.Length; i++)
        {
            var z = pool.Rent(count).AsSpan(0, count);
            z.Clear();
            for (var j = 0; j <= i; j++)
            {
                var l = cholesky[i, j];
                if (l != 0)
                {
                    var e = normals[j].AsSpan(0, count);
                    for (var s = 0; s < count; s++)
                    {
                        z[s] += l * e[s];
                    }
                }
            }
            draws[i] = pool.Rent(count);
            FromNormalScores(inputs[i], z, draws[i].AsSpan(0, count));
        }
        return draws;
    }

    /// <summary>Evaluates the formula on aligned draws and multiplies by <paramref name="scale"/>.</summary>
    /// <exception cref="ArgumentException">Some sample gives a value that is not finite; <paramref name="paramName"/> is blamed.</exception>
    internal static SampleDistribution Evaluate(FormulaNode root, double[][] draws, int count, double scale, SampleArrays pool, string paramName)
    {
        var result = new double[count];
        root.EvaluateAll(draws, result, pool);
        return Finish(result, draws, scale, paramName);
    }

    /// <summary>Applies a user's function to aligned draws.</summary>
    internal static SampleDistribution Apply(DerivedValue function, double[][] draws, int count, string paramName)
    {
        var result = new double[count];
        var values = new double[draws.Length];
        for (var s = 0; s < count; s++)
        {
            for (var i = 0; i < draws.Length; i++)
            {
                values[i] = draws[i][s];
            }
            result[s] = function(values);
        }
        return Finish(result, draws, 1, paramName);
    }

    private static SampleDistribution Finish(double[] result, double[][] draws, double scale, string paramName)
    {
        for (var s = 0; s < result.Length; s++)
        {
            var value = result[s] * scale;
            if (!double.IsFinite(value))
            {
                var inputs = new string[draws.Length];
                for (var i = 0; i < draws.Length; i++)
                {
                    inputs[i] = draws[i][s].ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
                }
                throw new ArgumentException(
                    $"Expected the arithmetic to give a finite value for every sample, but sample {s} gives {result[s]} from the input values ({string.Join(", ", inputs)}): " +
                    "a division by zero, or the root or logarithm of a negative number, within the inputs' ranges.", paramName);
            }
            result[s] = value;
        }
        return SampleDistribution.FromTrusted(result);
    }

    private static void DrawIndependent(EstimateDistribution distribution, Span<double> destination, ref RandomStream stream)
    {
        switch (distribution)
        {
            case PointDistribution p:
                destination.Fill(p.Value);
                return;
            case LogNormalDistribution l:
                for (var s = 0; s < destination.Length; s++)
                {
                    destination[s] = Math.Exp(l.Mu + (l.Sigma * stream.NextNormal()));
                }
                return;
            case NormalDistribution n:
                for (var s = 0; s < destination.Length; s++)
                {
                    destination[s] = n.Mu + (n.Sigma * stream.NextNormal());
                }
                return;
            case OneSidedDistribution o:
                var sign = o.Direction == OneSidedDirection.Above ? o.Scale : -o.Scale;
                for (var s = 0; s < destination.Length; s++)
                {
                    destination[s] = o.Bound * Math.Exp(sign * stream.NextGamma(o.Shape));
                }
                return;
            case ScaledDistribution scaled:
                DrawIndependent(scaled.Inner, destination, ref stream);
                Scale(destination, 0, scaled.Factor);
                return;
            case AffineDistribution affine:
                DrawIndependent(affine.Inner, destination, ref stream);
                Scale(destination, affine.Offset, affine.Factor);
                return;
            default:
                for (var s = 0; s < destination.Length; s++)
                {
                    destination[s] = distribution.Quantile(stream.NextOpenUnit());
                }
                return;
        }
    }

    private static void FromNormalScores(EstimateDistribution distribution, ReadOnlySpan<double> z, Span<double> destination)
    {
        switch (distribution)
        {
            case PointDistribution p:
                destination.Fill(p.Value);
                return;
            case LogNormalDistribution l:
                for (var s = 0; s < z.Length; s++)
                {
                    destination[s] = Math.Exp(l.Mu + (l.Sigma * z[s]));
                }
                return;
            case NormalDistribution n:
                for (var s = 0; s < z.Length; s++)
                {
                    destination[s] = n.Mu + (n.Sigma * z[s]);
                }
                return;
            case ScaledDistribution scaled:
                FromNormalScores(scaled.Inner, z, destination);
                Scale(destination, 0, scaled.Factor);
                return;
            case AffineDistribution affine when affine.Factor > 0:
                FromNormalScores(affine.Inner, z, destination);
                Scale(destination, affine.Offset, affine.Factor);
                return;
            default:
                for (var s = 0; s < z.Length; s++)
                {
                    destination[s] = distribution.Quantile(Math.Clamp(StandardNormal.Cdf(z[s]), double.Epsilon, BelowOne));
                }
                return;
        }
    }

    private static void Scale(Span<double> values, double offset, double factor)
    {
        for (var s = 0; s < values.Length; s++)
        {
            values[s] = offset + (factor * values[s]);
        }
    }
}
