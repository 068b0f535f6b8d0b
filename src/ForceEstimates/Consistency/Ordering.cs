using System;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace ForceEstimates.Consistency;

/// <summary>
/// P(A ≤ B) for two readings, independent or correlated through a Gaussian copula.
/// </summary>
/// <remarks>
/// <para>Closed forms first: a point against anything is one CDF; two log-normals give
/// Φ((μ_B − μ_A)/s) with s² = σ_A² + σ_B² − 2ρσ_Aσ_B on the log scale, two normals the same on
/// the natural scale.</para>
/// <para>Otherwise, for independent readings, P(A ≤ B) = E[F_A(B)] = E[1 − F_B(A⁻)], integrated
/// over the normal score of the <em>narrower</em> of the two (the one whose central 68% interval is
/// shorter) by 32-point Gauss–Hermite quadrature: the wider one's CDF then varies slowly at the
/// nodes, so the rule is accurate (Golub &amp; Welsch 1969 for the nodes and weights). Correlated
/// readings without a closed form are compared by Monte Carlo with the caller's samples and seed.</para>
/// </remarks>
internal static class Ordering
{
    private const int Nodes = 32;

    // Probabilists' Gauss–Hermite: E[g(Z)] ≈ Σ wₖ g(zₖ) for Z standard normal.
    private static readonly double[] Scores;
    private static readonly double[] Weights;
    private static readonly double[] Levels;

    static Ordering()
    {
        // Golub–Welsch: the nodes are the eigenvalues of the Jacobi matrix of the Hermite recurrence
        // (off-diagonal √k), the weights the squared first components of its unit eigenvectors.
        var jacobi = Matrix<double>.Build.Dense(Nodes, Nodes);
        for (var k = 1; k < Nodes; k++)
        {
            jacobi[k - 1, k] = jacobi[k, k - 1] = Math.Sqrt(k);
        }
        var evd = jacobi.Evd(Symmetricity.Symmetric);
        Scores = new double[Nodes];
        Weights = new double[Nodes];
        Levels = new double[Nodes];
        double total = 0;
        for (var k = 0; k < Nodes; k++)
        {
            Scores[k] = evd.EigenValues[k].Real;
            Weights[k] = evd.EigenVectors[0, k] * evd.EigenVectors[0, k];
            total += Weights[k];
        }
        for (var k = 0; k < Nodes; k++)
        {
            Weights[k] /= total;
            Levels[k] = Normal.CDF(0, 1, Scores[k]);
        }
    }

    internal static double ProbabilityAtMost(EstimateDistribution a, EstimateDistribution b, double correlation, ArithmeticOptions sampling)
    {
        var left = Shape.Of(a);
        var right = Shape.Of(b);
        if (left.Kind == Family.Point && right.Kind == Family.Point)
        {
            return left.Mu <= right.Mu ? 1 : 0;
        }
        if (left.Kind == Family.Point)
        {
            return AtLeast(b, left.Mu);
        }
        if (right.Kind == Family.Point)
        {
            return a.Cdf(right.Mu);
        }
        if (left.Kind == right.Kind && left.Kind is Family.LogNormal or Family.Normal)
        {
            var variance = (left.Sigma * left.Sigma) + (right.Sigma * right.Sigma) - (2 * correlation * left.Sigma * right.Sigma);
            var gap = right.Mu - left.Mu;
            return variance > 1e-300 ? Normal.CDF(0, 1, gap / Math.Sqrt(variance)) : gap >= 0 ? 1 : 0;
        }
        if (correlation != 0)
        {
            return Sampled(a, b, correlation, sampling);
        }
        return Width(a) <= Width(b) ? Integrate(a, b, overLesser: true) : Integrate(b, a, overLesser: false);
    }

    /// <summary>P(X ≥ x) = 1 − P(X &lt; x); the value just below x stands for "&lt;" so that a sample or an atom at x counts.</summary>
    private static double AtLeast(EstimateDistribution distribution, double x) => 1 - distribution.Cdf(Math.BitDecrement(x));

    // With the narrow one N at the nodes: P(A ≤ B) = Σ w·P(B ≥ N) when N is A, Σ w·P(A ≤ N) when N is B.
    private static double Integrate(EstimateDistribution narrow, EstimateDistribution wide, bool overLesser)
    {
        double sum = 0;
        for (var k = 0; k < Nodes; k++)
        {
            var x = QuantileAtNode(narrow, k);
            sum += Weights[k] * (overLesser ? AtLeast(wide, x) : wide.Cdf(x));
        }
        return Math.Clamp(sum, 0, 1);
    }

    private static double QuantileAtNode(EstimateDistribution distribution, int k)
    {
        var shape = Shape.Of(distribution);
        return shape.Kind switch
        {
            Family.LogNormal => Math.Exp(shape.Mu + (shape.Sigma * Scores[k])),
            Family.Normal => shape.Mu + (shape.Sigma * Scores[k]),
            _ when distribution is OneSidedDistribution o => OneSidedAtNode(o, k),
            _ => distribution.Quantile(Levels[k]),
        };
    }

    // Bound·e^(±θG) at the node's level, with the unit gamma quantiles kept per shape (one shape is in use almost always).
    private static double OneSidedAtNode(OneSidedDistribution distribution, int k)
    {
        var table = gammaAtNodes;
        if (table is null || table.Shape != distribution.Shape)
        {
            table = new GammaAtNodes(distribution.Shape);
            gammaAtNodes = table;
        }
        return distribution.Direction == OneSidedDirection.Above
            ? distribution.Bound * Math.Exp(distribution.Scale * table.AtLevel[k])
            : distribution.Bound * Math.Exp(-distribution.Scale * table.AtComplement[k]);
    }

    private static GammaAtNodes? gammaAtNodes;

    private sealed class GammaAtNodes
    {
        internal GammaAtNodes(double shape)
        {
            Shape = shape;
            AtLevel = new double[Nodes];
            AtComplement = new double[Nodes];
            for (var k = 0; k < Nodes; k++)
            {
                AtLevel[k] = Gamma.InvCDF(shape, 1, Levels[k]);
                // The node's level of a reading below its bound is that of the distance's complement.
                AtComplement[k] = Gamma.InvCDF(shape, 1, Normal.CDF(0, 1, -Scores[k]));
            }
        }

        internal double Shape { get; }

        internal double[] AtLevel { get; }

        internal double[] AtComplement { get; }
    }

    // The length of the central 68% interval: which reading is narrower, in the same unit.
    private static double Width(EstimateDistribution distribution)
    {
        var shape = Shape.Of(distribution);
        return shape.Kind switch
        {
            Family.LogNormal => Math.Exp(shape.Mu + shape.Sigma) - Math.Exp(shape.Mu - shape.Sigma),
            Family.Normal => 2 * shape.Sigma,
            _ => distribution.Quantile(StandardNormal.OneSigmaAbove) - distribution.Quantile(StandardNormal.OneSigmaBelow),
        };
    }

    private static double Sampled(EstimateDistribution a, EstimateDistribution b, double correlation, ArithmeticOptions sampling)
    {
        var options = sampling.WithCorrelation(0, 1, correlation);
        var matrix = CorrelationMatrix.From(options, 2, nameof(correlation));
        using var pool = new SampleArrays();
        var draws = MonteCarlo.DrawInputs([a, b], matrix?.Cholesky, options.SampleCount, options.Seed, pool);
        var count = 0;
        for (var s = 0; s < options.SampleCount; s++)
        {
            if (draws[0][s] <= draws[1][s])
            {
                count++;
            }
        }
        return (double)count / options.SampleCount;
    }

    private enum Family
    {
        Other,
        Point,
        LogNormal,
        Normal,
    }

    /// <summary>A reading's family and parameters, seeing through positive scaling (a unit conversion).</summary>
    private readonly record struct Shape(Family Kind, double Mu, double Sigma)
    {
        internal static Shape Of(EstimateDistribution distribution) => distribution switch
        {
            PointDistribution p => new Shape(Family.Point, p.Value, 0),
            LogNormalDistribution l => new Shape(Family.LogNormal, l.Mu, l.Sigma),
            NormalDistribution n => new Shape(Family.Normal, n.Mu, n.Sigma),
            ScaledDistribution s => Of(s.Inner) switch
            {
                { Kind: Family.Point } inner => inner with { Mu = inner.Mu * s.Factor },
                { Kind: Family.LogNormal } inner => inner with { Mu = inner.Mu + Math.Log(s.Factor) },
                { Kind: Family.Normal } inner => new Shape(Family.Normal, inner.Mu * s.Factor, inner.Sigma * s.Factor),
                _ => new Shape(Family.Other, 0, 0),
            },
            _ => new Shape(Family.Other, 0, 0),
        };
    }
}
