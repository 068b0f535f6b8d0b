using System;

namespace ForceEstimates.Trends;

/// <summary>
/// A symmetric positive definite matrix with block-arrow structure: dense diagonal blocks (one per
/// series) that do not touch one another, and a dense border (shared trends, mean biases, bound
/// shifts) that each block touches in a few columns. Factorised by eliminating the blocks first
/// (Schur complement onto the border), so the cost is Σ n_s³ + Σ n_s c_s² + n_b³ instead of N³.
/// Not thread-safe: one instance belongs to one fit.
/// </summary>
internal sealed class BlockArrowSystem
{
    private readonly int[] sizes;
    private readonly int[][] columns;
    private readonly double[][] blocks;
    private readonly double[][] couplings;
    private readonly double[] border;
    private readonly double[][] blockFactors;
    private readonly double[][] eliminated;
    private readonly double[] schur;
    private double[]? borderInverse;

    /// <param name="sizes">The size of each diagonal block.</param>
    /// <param name="columns">For each block, the border columns it touches, ascending.</param>
    /// <param name="borderSize">The size of the border.</param>
    internal BlockArrowSystem(int[] sizes, int[][] columns, int borderSize)
    {
        this.sizes = sizes;
        this.columns = columns;
        BorderSize = borderSize;
        blocks = new double[sizes.Length][];
        couplings = new double[sizes.Length][];
        blockFactors = new double[sizes.Length][];
        eliminated = new double[sizes.Length][];
        for (var s = 0; s < sizes.Length; s++)
        {
            blocks[s] = new double[sizes[s] * sizes[s]];
            couplings[s] = new double[sizes[s] * columns[s].Length];
            blockFactors[s] = new double[sizes[s] * sizes[s]];
            eliminated[s] = new double[sizes[s] * columns[s].Length];
        }
        border = new double[borderSize * borderSize];
        schur = new double[borderSize * borderSize];
    }

    internal int BlockCount => sizes.Length;

    internal int BorderSize { get; }

    internal int BlockSize(int block) => sizes[block];

    internal int[] Columns(int block) => columns[block];

    internal void Clear()
    {
        foreach (var b in blocks)
        {
            Array.Clear(b);
        }
        foreach (var c in couplings)
        {
            Array.Clear(c);
        }
        Array.Clear(border);
        borderInverse = null;
    }

    /// <summary>Adds to entry (i, j) and (j, i) of block <paramref name="block"/> (once when i == j).</summary>
    internal void AddBlock(int block, int i, int j, double value)
    {
        var n = sizes[block];
        blocks[block][(i * n) + j] += value;
        if (i != j)
        {
            blocks[block][(j * n) + i] += value;
        }
    }

    /// <summary>Adds to the coupling between row i of the block and its local border column c.</summary>
    internal void AddCoupling(int block, int i, int localColumn, double value)
        => couplings[block][(i * columns[block].Length) + localColumn] += value;

    internal void AddBorder(int i, int j, double value)
    {
        border[(i * BorderSize) + j] += value;
        if (i != j)
        {
            border[(j * BorderSize) + i] += value;
        }
    }

    /// <summary>Factorises; false when the matrix is not (numerically) positive definite.</summary>
    internal bool Factor()
    {
        Array.Copy(border, schur, border.Length);
        for (var s = 0; s < sizes.Length; s++)
        {
            var n = sizes[s];
            var c = columns[s].Length;
            Array.Copy(blocks[s], blockFactors[s], n * n);
            if (!Dense.Cholesky(blockFactors[s], n))
            {
                return false;
            }
            // X = A⁻¹C, column by column.
            var x = eliminated[s];
            Array.Copy(couplings[s], x, n * c);
            Dense.SolveColumns(blockFactors[s], n, x, c);
            var cols = columns[s];
            var coupling = couplings[s];
            for (var a = 0; a < c; a++)
            {
                for (var b = 0; b <= a; b++)
                {
                    double sum = 0;
                    for (var i = 0; i < n; i++)
                    {
                        sum += coupling[(i * c) + a] * x[(i * c) + b];
                    }
                    schur[(cols[a] * BorderSize) + cols[b]] -= sum;
                    if (a != b)
                    {
                        schur[(cols[b] * BorderSize) + cols[a]] -= sum;
                    }
                }
            }
        }
        borderInverse = null;
        return BorderSize == 0 || Dense.Cholesky(schur, BorderSize);
    }

    /// <summary>Solves in place: <paramref name="blockRhs"/>[s] and <paramref name="borderRhs"/> become the solution.</summary>
    internal void Solve(double[][] blockRhs, double[] borderRhs)
    {
        for (var s = 0; s < sizes.Length; s++)
        {
            Dense.SolveColumns(blockFactors[s], sizes[s], blockRhs[s], 1);
            var c = columns[s].Length;
            var cols = columns[s];
            var coupling = couplings[s];
            var y = blockRhs[s];
            for (var a = 0; a < c; a++)
            {
                double sum = 0;
                for (var i = 0; i < sizes[s]; i++)
                {
                    sum += coupling[(i * c) + a] * y[i];
                }
                borderRhs[cols[a]] -= sum;
            }
        }
        if (BorderSize > 0)
        {
            Dense.SolveColumns(schur, BorderSize, borderRhs, 1);
        }
        for (var s = 0; s < sizes.Length; s++)
        {
            var c = columns[s].Length;
            var cols = columns[s];
            var x = eliminated[s];
            var y = blockRhs[s];
            for (var i = 0; i < sizes[s]; i++)
            {
                double sum = 0;
                for (var a = 0; a < c; a++)
                {
                    sum += x[(i * c) + a] * borderRhs[cols[a]];
                }
                y[i] -= sum;
            }
        }
    }

    /// <summary>The inverse of the Schur complement: the border's block of the inverse matrix (row-major, shared; do not change).</summary>
    internal double[] BorderInverse()
    {
        if (borderInverse is null)
        {
            var inverse = new double[BorderSize * BorderSize];
            for (var i = 0; i < BorderSize; i++)
            {
                inverse[(i * BorderSize) + i] = 1;
            }
            if (BorderSize > 0)
            {
                Dense.SolveColumns(schur, BorderSize, inverse, BorderSize);
            }
            borderInverse = inverse;
        }
        return borderInverse;
    }

    /// <summary>
    /// Selected entries of the inverse's own block for <paramref name="block"/>: the diagonal and the
    /// first sub-diagonal, (A⁻¹ + X S⁻¹ Xᵀ)[i, j] for |i − j| ≤ 1, without forming the cross block.
    /// </summary>
    internal (double[] Diagonal, double[] SubDiagonal) BlockInverseBand(int block)
    {
        var n = sizes[block];
        var c = columns[block].Length;
        var cols = columns[block];
        var nb = BorderSize;
        var sInv = BorderInverse();
        var inverse = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            inverse[(i * n) + i] = 1;
        }
        Dense.SolveColumns(blockFactors[block], n, inverse, n);
        var x = eliminated[block];
        // Y = X S⁻¹ restricted to the block's own border columns.
        var y = new double[n * c];
        for (var i = 0; i < n; i++)
        {
            for (var a = 0; a < c; a++)
            {
                double sum = 0;
                var row = cols[a] * nb;
                for (var b = 0; b < c; b++)
                {
                    sum += x[(i * c) + b] * sInv[row + cols[b]];
                }
                y[(i * c) + a] = sum;
            }
        }
        double Entry(int i, int j)
        {
            double sum = inverse[(i * n) + j];
            for (var a = 0; a < c; a++)
            {
                sum += y[(i * c) + a] * x[(j * c) + a];
            }
            return sum;
        }
        var diagonal = new double[n];
        var sub = new double[n];
        for (var i = 0; i < n; i++)
        {
            diagonal[i] = Entry(i, i);
            sub[i] = i > 0 ? Entry(i, i - 1) : 0;
        }
        return (diagonal, sub);
    }

    /// <summary>
    /// The inverse's rows for block <paramref name="block"/>: its own n×n block (A⁻¹ + X S⁻¹ Xᵀ) and
    /// its n×n_b cross block with the whole border (−X S⁻¹), both row-major.
    /// </summary>
    internal (double[] Own, double[] Cross) BlockInverse(int block)
    {
        var n = sizes[block];
        var c = columns[block].Length;
        var cols = columns[block];
        var nb = BorderSize;
        var sInv = BorderInverse();
        var own = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            own[(i * n) + i] = 1;
        }
        Dense.SolveColumns(blockFactors[block], n, own, n);
        var x = eliminated[block];
        var cross = new double[n * nb];
        for (var i = 0; i < n; i++)
        {
            for (var b = 0; b < nb; b++)
            {
                double sum = 0;
                for (var a = 0; a < c; a++)
                {
                    sum += x[(i * c) + a] * sInv[(cols[a] * nb) + b];
                }
                cross[(i * nb) + b] = -sum;
            }
        }
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                double sum = 0;
                for (var a = 0; a < c; a++)
                {
                    sum -= cross[(i * nb) + cols[a]] * x[(j * c) + a];
                }
                own[(i * n) + j] += sum;
                if (i != j)
                {
                    own[(j * n) + i] += sum;
                }
            }
        }
        return (own, cross);
    }
}

/// <summary>Small dense kernels on row-major arrays (the blocks are a few dozen wide).</summary>
internal static class Dense
{
    /// <summary>In-place Cholesky: the lower triangle becomes L with A = L Lᵀ; false when not positive definite.</summary>
    internal static bool Cholesky(double[] a, int n)
    {
        for (var j = 0; j < n; j++)
        {
            var d = a[(j * n) + j];
            for (var k = 0; k < j; k++)
            {
                d -= a[(j * n) + k] * a[(j * n) + k];
            }
            if (!(d > 0) || !double.IsFinite(d))
            {
                return false;
            }
            d = Math.Sqrt(d);
            a[(j * n) + j] = d;
            for (var i = j + 1; i < n; i++)
            {
                var s = a[(i * n) + j];
                for (var k = 0; k < j; k++)
                {
                    s -= a[(i * n) + k] * a[(j * n) + k];
                }
                a[(i * n) + j] = s / d;
            }
        }
        return true;
    }

    /// <summary>Solves L Lᵀ X = B in place for the m columns of row-major B (n×m).</summary>
    internal static void SolveColumns(double[] l, int n, double[] b, int m)
    {
        for (var col = 0; col < m; col++)
        {
            for (var i = 0; i < n; i++)
            {
                var s = b[(i * m) + col];
                for (var k = 0; k < i; k++)
                {
                    s -= l[(i * n) + k] * b[(k * m) + col];
                }
                b[(i * m) + col] = s / l[(i * n) + i];
            }
            for (var i = n - 1; i >= 0; i--)
            {
                var s = b[(i * m) + col];
                for (var k = i + 1; k < n; k++)
                {
                    s -= l[(k * n) + i] * b[(k * m) + col];
                }
                b[(i * m) + col] = s / l[(i * n) + i];
            }
        }
    }
}
