using System;

namespace ForceEstimates.Solvers;

/// <summary>
/// The root of a decreasing function f (positive below the root, negative above it), by Newton steps kept inside the
/// bracket of sign changes found so far: a step that would leave it, or a slope that is not negative (NaN: no slope
/// known), is replaced by bisection, or, while no upper end is known, by doubling (x → 2x + scale). It stops when the
/// step, or the bracket, is at most tolerance·(|x| + scale). The one safeguarded root finder of the library: the
/// Paule–Mandel and Q-profile equations and the REML/ML score equations of the aggregation core (on τ² ≥ 0), and the
/// quantiles of a <see cref="MixtureDistribution"/> (by the sign of F(x) − p alone, that is by bisection).
/// </summary>
/// <remarks>
/// It lives with the first layer so that every layer can use it. The caller owns the function and the iteration cap
/// (so that it can evaluate over spans without allocating):
/// <code>
/// var search = new BracketedNewton(start, scale, tolerance);
/// for (var i = 1; i &lt;= cap; i++) { if (search.Settle(f(search.Point), f′(search.Point))) return search.Point; }
/// </code>
/// A mutable struct, used by one caller at a time.
/// </remarks>
internal struct BracketedNewton
{
    private readonly double scale;
    private readonly double tolerance;
    private double lower;
    private double upper;

    /// <summary>Searches x ≥ 0: starts at <paramref name="start"/> (0 when negative) with no upper end known.</summary>
    /// <param name="start">The first point to evaluate.</param>
    /// <param name="scale">The typical size of x, for the doubling step and the tolerance; greater than 0.</param>
    /// <param name="tolerance">The relative tolerance; greater than 0.</param>
    internal BracketedNewton(double start, double scale, double tolerance)
        : this(0.0, double.PositiveInfinity, Math.Max(start, 0.0), scale, tolerance)
    {
    }

    private BracketedNewton(double lower, double upper, double start, double scale, double tolerance)
    {
        this.scale = scale;
        this.tolerance = tolerance;
        this.lower = lower;
        this.upper = upper;
        Point = start;
    }

    /// <summary>Searches a root known to lie in [<paramref name="lower"/>, <paramref name="upper"/>] (f(lower) &gt; 0 ≥ f(upper)), starting in the middle.</summary>
    /// <param name="lower">The lower end, finite.</param>
    /// <param name="upper">The upper end, finite, above <paramref name="lower"/>.</param>
    /// <param name="scale">Added to |x| in the tolerance; 0 for a purely relative one.</param>
    /// <param name="tolerance">The relative tolerance; greater than 0.</param>
    /// <returns>The search.</returns>
    internal static BracketedNewton Within(double lower, double upper, double scale, double tolerance)
        => new(lower, upper, lower + (0.5 * (upper - lower)), scale, tolerance);

    /// <summary>The upper end of the bracket: the smallest point seen where f ≤ 0 (or the given upper end).</summary>
    internal readonly double Upper => upper;

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
        return Math.Abs(next - x) <= tolerance * (Math.Abs(next) + scale)
            || upper - lower <= tolerance * (Math.Abs(lower) + scale);
    }
}
