using System;

namespace ForceEstimates.Aggregation;

/// <summary>
/// The root x ≥ 0 of a decreasing function f (positive below the root, negative above it), by Newton steps kept
/// inside the bracket of sign changes found so far: a step that would leave it is replaced by bisection, or, while
/// no upper end is known, by doubling (x → 2x + scale). It stops when the step, or the bracket, is at most
/// <see cref="MetaAnalysis.RelativeTolerance"/>·(x + scale). The one safeguarded Newton search of the core: the
/// Paule–Mandel and Q-profile equations and the REML/ML score equations all go through it.
/// </summary>
/// <remarks>
/// The caller owns the function and the iteration cap (so that it can evaluate over spans without allocating):
/// <code>
/// var search = new BracketedNewton(start, scale);
/// for (var i = 1; i &lt;= cap; i++) { if (search.Settle(f(search.Point), f′(search.Point))) return search.Point; }
/// </code>
/// A mutable struct, used by one caller at a time.
/// </remarks>
internal struct BracketedNewton
{
    private readonly double scale;
    private double lower;
    private double upper;

    /// <summary>Starts at <paramref name="start"/> (0 when negative) with no upper end known.</summary>
    /// <param name="start">The first point to evaluate.</param>
    /// <param name="scale">The typical size of x, for the doubling step and the tolerance; greater than 0.</param>
    internal BracketedNewton(double start, double scale)
    {
        this.scale = scale;
        lower = 0.0;
        upper = double.PositiveInfinity;
        Point = Math.Max(start, 0.0);
    }

    /// <summary>The point to evaluate next; the root once <see cref="Settle"/> has returned true.</summary>
    internal double Point { get; private set; }

    /// <summary>Takes f and f′ at <see cref="Point"/> and moves to the next point.</summary>
    /// <param name="value">f(<see cref="Point"/>).</param>
    /// <param name="slope">f′(<see cref="Point"/>); a slope that is not negative gives a safeguard step.</param>
    /// <returns>Whether the search has settled: <see cref="Point"/> is then the root.</returns>
    internal bool Settle(double value, double slope)
    {
        var x = Point;
        if (value == 0.0)
        {
            return true;
        }
        if (value > 0.0)
        {
            lower = x;
        }
        else
        {
            upper = x;
        }
        var next = slope < 0.0 ? x - (value / slope) : double.NaN;
        if (!(next > lower && next < upper))
        {
            next = double.IsPositiveInfinity(upper) ? (2.0 * x) + scale : 0.5 * (lower + upper);
        }
        Point = next;
        return Math.Abs(next - x) <= MetaAnalysis.RelativeTolerance * (next + scale)
            || upper - lower <= MetaAnalysis.RelativeTolerance * (lower + scale);
    }
}
