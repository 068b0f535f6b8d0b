using System;

namespace ForceEstimates.Solvers;

/// <summary>
/// Brent's (1973, "Algorithms for Minimization without Derivatives", ch. 5) minimisation of a function on [a, b]:
/// golden-section steps, and parabolic interpolation through the three best points when it behaves. It stops when
/// the bracket lies within 2·(√ε·|x| + tolerance/3) of the best point x.
/// </summary>
/// <remarks>
/// The caller evaluates the function (so that it can work over spans without allocating):
/// <code>
/// var brent = new BrentMinimiser(a, b, tolerance, cap);
/// while (brent.Tell(f(brent.Point))) { }
/// // brent.Minimum, brent.Converged
/// </code>
/// At most cap + 1 evaluations. It lives with the first layer, beside <see cref="BracketedNewton"/>, so that every layer
/// can use it. A mutable struct, used by one caller at a time.
/// </remarks>
internal struct BrentMinimiser
{
    private const double Golden = 0.3819660112501051; // (3 − √5)/2
    private static readonly double SqrtEpsilon = Math.Sqrt(2.220446049250313e-16);

    private readonly double tolerance;
    private readonly int maxIterations;
    private double a;
    private double b;
    private double x;
    private double w;
    private double v;
    private double fx;
    private double fw;
    private double fv;
    private double d;
    private double e;
    private int iterations;
    private bool started;

    /// <summary>Starts at the golden-section point of [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    internal BrentMinimiser(double lower, double upper, double tolerance, int maxIterations)
    {
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        a = lower;
        b = upper;
        x = w = v = a + (Golden * (b - a));
        fx = fw = fv = d = e = 0.0;
        iterations = 0;
        started = false;
        Converged = false;
        Point = x;
    }

    /// <summary>The point to evaluate next.</summary>
    internal double Point { get; private set; }

    /// <summary>The best point so far; the minimum once <see cref="Tell"/> has returned false with <see cref="Converged"/>.</summary>
    internal readonly double Minimum => x;

    /// <summary>The value told at <see cref="Minimum"/>: a caller need not evaluate the function there again.</summary>
    internal readonly double MinimumValue => fx;

    /// <summary>Whether the search stopped because the bracket closed (not because of the cap).</summary>
    internal bool Converged { get; private set; }

    /// <summary>Takes the function's value at <see cref="Point"/>.</summary>
    /// <returns>Whether another evaluation is wanted (at the new <see cref="Point"/>).</returns>
    internal bool Tell(double value)
    {
        if (!started)
        {
            fx = fw = fv = value;
            started = true;
        }
        else
        {
            Update(Point, value);
            if (++iterations >= maxIterations)
            {
                return false;
            }
        }
        var middle = 0.5 * (a + b);
        var tol1 = (SqrtEpsilon * Math.Abs(x)) + (tolerance / 3.0);
        var tol2 = 2.0 * tol1;
        if (Math.Abs(x - middle) <= tol2 - (0.5 * (b - a)))
        {
            Converged = true;
            return false;
        }
        var useGolden = true;
        if (Math.Abs(e) > tol1)
        {
            var r = (x - w) * (fx - fv);
            var q = (x - v) * (fx - fw);
            var p = ((x - v) * q) - ((x - w) * r);
            q = 2.0 * (q - r);
            if (q > 0)
            {
                p = -p;
            }
            q = Math.Abs(q);
            var previous = e;
            e = d;
            if (Math.Abs(p) < Math.Abs(0.5 * q * previous) && p > q * (a - x) && p < q * (b - x))
            {
                d = p / q;
                var u0 = x + d;
                if (u0 - a < tol2 || b - u0 < tol2)
                {
                    d = x < middle ? tol1 : -tol1;
                }
                useGolden = false;
            }
        }
        if (useGolden)
        {
            e = (x < middle ? b : a) - x;
            d = Golden * e;
        }
        Point = Math.Abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1);
        return true;
    }

    private void Update(double u, double fu)
    {
        if (fu <= fx)
        {
            if (u < x)
            {
                b = x;
            }
            else
            {
                a = x;
            }
            v = w;
            fv = fw;
            w = x;
            fw = fx;
            x = u;
            fx = fu;
            return;
        }
        if (u < x)
        {
            a = u;
        }
        else
        {
            b = u;
        }
        if (fu <= fw || w == x)
        {
            v = w;
            fv = fw;
            w = u;
            fw = fu;
        }
        else if (fu <= fv || v == x || v == w)
        {
            v = u;
            fv = fu;
        }
    }
}
