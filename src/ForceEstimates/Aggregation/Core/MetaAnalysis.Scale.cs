using System;
using System.Buffers;
using System.Globalization;

namespace ForceEstimates.Aggregation;

// Extreme magnitudes. The model is equivariant under y → (y − c)/2^e, v → v/2^2e: the mean moves back by c and 2^e,
// the standard error by 2^e, tau² by 2^2e, and Q, I², H² and the Knapp–Hartung factor do not change. Powers of two
// scale exactly, so data that would overflow Σw³ or Σw²d² (the largest sums) are shifted and scaled to where those
// sums are safe, fitted, and scaled back. What no scale can fix is rejected: Q = Σ(y − ȳ)²/v does not depend on the
// scale, so effects more than about 1e96 standard errors apart, or variances more than about 1e192 apart, have no
// double-precision fit; neither have a spread or variances whose squares overflow.
public static partial class MetaAnalysis
{
    /// <summary>Data within these bounds are fitted as they are (every published reference data set is far inside).</summary>
    private const double SmallestPlainVariance = 1e-90, LargestPlainVariance = 1e90, LargestPlainSquaredSpread = 1e90;

    /// <summary>log2 of the largest ratio of the largest scale (√v or spread) to the smallest √v: Σw³ stays below 2^960·k.</summary>
    private const int MaxRangeExponent = 320;

    /// <summary>log2 of the largest spread or √v: tau² and SE² + tau² stay below 2^960.</summary>
    private const int MaxMagnitudeExponent = 480;

    /// <summary>Whether the sums would come near overflow or underflow if the data were fitted as they are.</summary>
    private static bool NeedsRescaling(in FixedEffectSums fe)
        => !(fe.MinV >= SmallestPlainVariance && fe.V <= LargestPlainVariance && fe.D2 <= LargestPlainSquaredSpread);

    /// <summary>
    /// The power of two that brings the effects (less the first) and standard errors to magnitudes around 1, or an
    /// <see cref="ArgumentException"/> naming the caller's argument when no scale gives a representable fit.
    /// </summary>
    internal static int ScaleExponent(ReadOnlySpan<double> effects, ReadOnlySpan<double> variances, int indexOffset, string effectsName, string variancesName)
    {
        var shift = effects[0];
        int smallest = 0, largest = 0, farthest = 0;
        var spread = 0.0;
        for (var i = 0; i < effects.Length; i++)
        {
            var d = Math.Abs(effects[i] - shift);
            if (!(d <= spread))
            {
                spread = d;
                farthest = i;
            }
            if (variances[i] < variances[smallest])
            {
                smallest = i;
            }
            if (variances[i] > variances[largest])
            {
                largest = i;
            }
        }
        return ScaleExponent(
            spread, variances[smallest], variances[largest],
            string.Create(CultureInfo.InvariantCulture, $"{effectsName}[{farthest + indexOffset}] = {effects[farthest]:G6} and {effectsName}[{indexOffset}] = {shift:G6}"),
            string.Create(CultureInfo.InvariantCulture, $"{variancesName}[{smallest + indexOffset}] = {variances[smallest]:G6}"),
            string.Create(CultureInfo.InvariantCulture, $"{variancesName}[{largest + indexOffset}] = {variances[largest]:G6}"),
            effectsName, variancesName);
    }

    /// <summary>The scale exponent from the spread and the extreme variances; the texts describe them for a message.</summary>
    internal static int ScaleExponent(
        double spread, double smallestVariance, double largestVariance,
        string farthestPair, string smallestText, string largestText,
        string effectsName, string variancesName)
    {
        if (!(spread <= Math.ScaleB(1.0, MaxMagnitudeExponent)))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected {effectsName} within about 1e144 of one another (tau² and the intervals would overflow), but {farthestPair} are {spread:G3} apart."),
                effectsName);
        }
        if (largestVariance > Math.ScaleB(1.0, 2 * MaxMagnitudeExponent))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected {variancesName} of at most about 1e289 (the intervals would overflow), but {largestText}."),
                variancesName);
        }
        var low = Math.ILogB(smallestVariance) / 2.0;
        var fromVariances = Math.ILogB(largestVariance) / 2.0;
        if (fromVariances - low > MaxRangeExponent)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected {variancesName} within a factor of about 1e192 of one another (their weights have no common double-precision scale), but {smallestText} and {largestText}."),
                variancesName);
        }
        var high = spread > 0 ? Math.Max(fromVariances, Math.ILogB(spread)) : fromVariances;
        if (high - low > MaxRangeExponent)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected {effectsName} at most about 1e96 standard errors apart (Q would not be representable), but {farthestPair} differ by {spread:G3} where {smallestText}."),
                effectsName);
        }
        return (int)Math.Round((low + high) / 2.0);
    }

    /// <summary>Fits shifted and scaled copies of the data and scales the result back.</summary>
    private static MetaAnalysisResult FitRescaled(
        ReadOnlySpan<double> effects,
        ReadOnlySpan<double> variances,
        TauSquaredMethod method,
        KnappHartung knappHartung,
        int maxIterations,
        int indexOffset)
    {
        var exponent = ScaleExponent(effects, variances, indexOffset, nameof(effects), nameof(variances));
        var k = effects.Length;
        var y = ArrayPool<double>.Shared.Rent(k);
        var v = ArrayPool<double>.Shared.Rent(k);
        try
        {
            var shift = Scale(effects, variances, exponent, y, v);
            var scaled = FitPlain(y.AsSpan(0, k), v.AsSpan(0, k), method, knappHartung, maxIterations);
            return Unscale(scaled, shift, exponent, nameof(effects));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(y);
            ArrayPool<double>.Shared.Return(v);
        }
    }

    /// <summary>Writes (y − y₀)/2^e and v/2^2e; returns the shift y₀.</summary>
    internal static double Scale(ReadOnlySpan<double> effects, ReadOnlySpan<double> variances, int exponent, Span<double> y, Span<double> v)
    {
        var shift = effects[0];
        for (var i = 0; i < effects.Length; i++)
        {
            y[i] = Math.ScaleB(effects[i] - shift, -exponent);
            v[i] = Math.ScaleB(variances[i], -2 * exponent);
        }
        return shift;
    }

    /// <summary>A result fitted to scaled data, back on the caller's scale.</summary>
    internal static MetaAnalysisResult Unscale(in MetaAnalysisResult r, double shift, int exponent, string effectsName)
    {
        var result = new MetaAnalysisResult(
            shift + Math.ScaleB(r.Mean, exponent), Math.ScaleB(r.StandardError, exponent), Math.ScaleB(r.TauSquared, 2 * exponent),
            r.ISquared, r.HSquared, r.Q, r.Count, r.DegreesOfFreedom, r.KnappHartungFactor,
            r.Method, r.MethodUsed, r.KnappHartung, r.Status, r.Iterations, r.TauSquaredTruncated);
        return CheckRepresentable(result, effectsName);
    }

    /// <summary>Never hands out a result with a NaN or infinite figure (as if it had converged): such input is rejected.</summary>
    internal static MetaAnalysisResult CheckRepresentable(in MetaAnalysisResult r, string effectsName)
    {
        if (!(double.IsFinite(r.Mean) && double.IsFinite(r.StandardError) && double.IsFinite(r.TauSquared)
            && double.IsFinite(r.ISquared) && double.IsFinite(r.HSquared) && double.IsFinite(r.Q)
            && double.IsFinite(r.PredictionInterval.Lower) && double.IsFinite(r.PredictionInterval.Upper)))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected {effectsName} whose fit is representable in double precision, but the result would be {r}."),
                effectsName);
        }
        return r;
    }
}
