using System;
using System.Threading;

namespace ForceEstimates.Trends;

/// <summary>The estimated scales of the model's priors (standard deviations on the log scale).</summary>
internal sealed class TrendHyperparameters
{
    internal double CumulativeStep { get; set; }

    internal double LevelStep { get; set; }

    /// <summary>The step of a share's logit path per √day (shares are levels on another scale: their own step).</summary>
    internal double ShareStep { get; set; }

    internal double SharedStep { get; set; }

    internal double MeanBias { get; set; }

    internal double[] CategoryBias { get; set; } = [];

    internal double Persistent { get; set; }

    internal double ShortChange { get; set; }

    internal TrendHyperparameters Clone() => new()
    {
        CumulativeStep = CumulativeStep,
        LevelStep = LevelStep,
        ShareStep = ShareStep,
        SharedStep = SharedStep,
        MeanBias = MeanBias,
        CategoryBias = (double[])CategoryBias.Clone(),
        Persistent = Persistent,
        ShortChange = ShortChange,
    };
}

/// <summary>
/// The numerical fit behind <see cref="TrendModel"/>: Gauss–Newton for the posterior mode of the
/// latent coefficients (paths, shared trends, biases, bound shifts) with the persistent errors
/// integrated out exactly, and EM updates of the prior scales from the Laplace approximation's
/// moments, until both settle. The model and its equations are in Trends/README.md.
/// </summary>
internal sealed class TrendFit
{
    // Soft maximum sharpness for peaks on the log scale: within ln(period)/κ of the true maximum.
    private const double PeakSharpness = 20;
    private const double InterceptPriorSd = 10;
    private const double ShiftPriorSd = 1;
    private const double HyperPriorWeight = 1;

    // Degrees of freedom of the Student-t reporting noise: heavy enough that a mistyped figure (a 400-fold daily count) does not drag the fit.
    private const double RobustDegrees = 4;

    private const double OverRelaxation = 1.8;

    private readonly TrendProblem problem;
    private readonly TrendOptions options;
    private readonly int knots;
    private readonly BlockArrowSystem system;

    // Variable layout: block s = [θ_s (K), δ per pair of s]; border = [g per pool group (K − 1)][μ][β lower][β upper].
    private readonly int[] deltaSlot;
    private readonly int meanOffset;
    private readonly int lowerOffset;
    private readonly int upperOffset;

    private readonly double[][] blockX;
    private readonly double[] borderX;

    // Per series: log path λ(d) on the grid, and prefix sums for cumulative series.
    private readonly double[][] lambda;
    private readonly double[][] prefix;
    // Per series and knot: Σ e^λ(u) B_k(u) over the knot's support up to a day (each day touches two knots only).
    private readonly double[][] prefixByKnot;
    private readonly int[] knotLow;
    private readonly int[] knotHigh;
    private readonly int[] knotOffset;
    private bool pathsCurrent;
    private readonly double[] lambdaMax;

    // Per report: fitted log figure (without bias) and its gradient w.r.t. the knot values.
    private readonly double[] fitted;
    private readonly double[][] gradient;

    // Student-t reporting noise as a scale mixture: each report's weight from the EM step (1 = a typical report).
    private readonly double[] robustWeight;

    private readonly int[][] pairBorder;
    private readonly int[][] pairLocal;

    internal TrendFit(TrendProblem problem, TrendOptions options)
    {
        this.problem = problem;
        this.options = options;
        knots = problem.Knots;
        var seriesCount = problem.Series.Count;
        deltaSlot = new int[problem.Pairs.Count];
        var sizes = new int[seriesCount];
        for (var s = 0; s < seriesCount; s++)
        {
            var pairs = problem.Series[s].Pairs;
            for (var j = 0; j < pairs.Count; j++)
            {
                deltaSlot[pairs[j]] = knots + j;
            }
            sizes[s] = knots + pairs.Count;
        }
        meanOffset = problem.PoolGroups * (knots - 1);
        lowerOffset = meanOffset + problem.MeanBiases.Count;
        upperOffset = lowerOffset + problem.LowerShiftCount;
        var borderSize = upperOffset + problem.UpperShiftCount;
        pairBorder = new int[problem.Pairs.Count][];
        pairLocal = new int[problem.Pairs.Count][];
        var columns = new int[seriesCount][];
        for (var s = 0; s < seriesCount; s++)
        {
            var used = new System.Collections.Generic.SortedSet<int>();
            foreach (var p in problem.Series[s].Pairs)
            {
                pairBorder[p] = BorderVariables(p);
                used.UnionWith(pairBorder[p]);
            }
            columns[s] = [.. used];
            foreach (var p in problem.Series[s].Pairs)
            {
                pairLocal[p] = Array.ConvertAll(pairBorder[p], b => Array.BinarySearch(columns[s], b));
            }
        }
        system = new BlockArrowSystem(sizes, columns, borderSize);
        blockX = new double[seriesCount][];
        for (var s = 0; s < seriesCount; s++)
        {
            blockX[s] = new double[sizes[s]];
            Array.Fill(blockX[s], problem.Series[s].InitialLog, 0, knots);
        }
        borderX = new double[borderSize];
        lambda = new double[seriesCount][];
        prefix = new double[seriesCount][];
        prefixByKnot = new double[seriesCount][];
        knotLow = new int[knots];
        knotHigh = new int[knots];
        knotOffset = new int[knots + 1];
        for (var k = 0; k < knots; k++)
        {
            knotLow[k] = Math.Max(0, (int)Math.Ceiling((k - 1) * problem.KnotSpacing));
            knotHigh[k] = Math.Min(problem.Days - 1, (int)Math.Floor((k + 1) * problem.KnotSpacing));
            knotOffset[k + 1] = knotOffset[k] + Math.Max(0, knotHigh[k] - knotLow[k] + 2);
        }
        lambdaMax = new double[seriesCount];
        for (var s = 0; s < seriesCount; s++)
        {
            lambda[s] = new double[problem.Days];
            if (problem.Series[s].IsCumulative)
            {
                prefix[s] = new double[problem.Days + 1];
                prefixByKnot[s] = new double[knotOffset[knots]];
            }
        }
        robustWeight = new double[problem.Value.Length];
        Array.Fill(robustWeight, 1.0);
        fitted = new double[problem.Value.Length];
        gradient = new double[problem.Value.Length][];
        for (var i = 0; i < gradient.Length; i++)
        {
            gradient[i] = new double[knots];
        }
        Hyper = new TrendHyperparameters
        {
            CumulativeStep = options.StepScale,
            LevelStep = options.StepScale,
            ShareStep = options.StepScale,
            SharedStep = options.StepScale,
            MeanBias = options.BiasPriorScale,
            CategoryBias = Filled(problem.MeanBiases.Count, options.BiasPriorScale),
            Persistent = options.PersistentErrorScale,
            ShortChange = ShortChangePrior,
        };
    }

    // Day-to-day scatter of one day's count around the smooth daily rate (a prior guess, updated by EM).
    private const double ShortChangePrior = 0.5;

    internal TrendHyperparameters Hyper { get; private set; }

    internal int Iterations { get; private set; }

    internal bool Converged { get; private set; }

    internal TrendProblem Problem => problem;

    internal int Knots => knots;

    internal BlockArrowSystem System => system;

    internal int SharedOffset(int group) => group * (knots - 1);

    internal int MeanOffset => meanOffset;

    internal int LowerOffset => lowerOffset;

    internal int UpperOffset => upperOffset;

    internal int DeltaSlot(int pair) => deltaSlot[pair];

    internal double[] BlockValues(int series) => blockX[series];

    internal double[] BorderValues => borderX;

    private static double[] Filled(int n, double value)
    {
        var a = new double[n];
        Array.Fill(a, value);
        return a;
    }

    private int[] BorderVariables(int p)
    {
        var pair = problem.Pairs[p];
        var series = problem.Series[pair.Series];
        var list = new System.Collections.Generic.List<int>();
        if (series.PoolGroup >= 0)
        {
            for (var k = 1; k < knots; k++)
            {
                list.Add(SharedOffset(series.PoolGroup) + k - 1);
            }
        }
        list.Add(meanOffset + pair.MeanBias);
        if (pair.HasLower)
        {
            list.Add(lowerOffset + problem.LowerShift[pair.Origin]);
        }
        if (pair.HasUpper)
        {
            list.Add(upperOffset + problem.UpperShift[pair.Origin]);
        }
        return [.. list];
    }

    // The unique Jacobian column of each border variable of a pair: shared trend knot k ↦ k, mean bias ↦ K, shifts ↦ K + 1, K + 2.
    private int UniqueColumn(int p, int position)
    {
        var series = problem.Series[problem.Pairs[p].Series];
        var shared = series.PoolGroup >= 0 ? knots - 1 : 0;
        if (position < shared)
        {
            return position + 1;
        }
        var b = pairBorder[p][position];
        return b < lowerOffset ? knots : b < upperOffset ? knots + 1 : knots + 2;
    }

    /// <summary>Runs the fit until the mode and the prior scales settle (or the iteration cap).</summary>
    internal void Run(CancellationToken cancellationToken)
    {
        var previous = Hyper.Clone();
        var objective = double.PositiveInfinity;
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Iterations = iteration;
            var pairs = PreparePairs();
            objective = Assemble(pairs, out var gradBlocks, out var gradBorder);
            if (!system.Factor())
            {
                throw new InvalidOperationException("The trend model's Hessian is not positive definite; the reports may be degenerate.");
            }
            var stepSize = Step(pairs, objective, gradBlocks, gradBorder);
            UpdateHyperparameters(pairs);
            var change = MaxRelativeChange(previous, Hyper);
            previous = Hyper.Clone();
            if (stepSize < options.Tolerance && change < options.Tolerance)
            {
                Converged = true;
                break;
            }
        }
        // The final Laplace approximation: the Hessian at the mode under the final scales.
        var final = PreparePairs();
        Assemble(final, out _, out _);
        if (!system.Factor())
        {
            throw new InvalidOperationException("The trend model's Hessian is not positive definite at the mode.");
        }
    }

    private static double MaxRelativeChange(TrendHyperparameters a, TrendHyperparameters b)
    {
        var change = Math.Max(Math.Abs(Math.Log(b.CumulativeStep / a.CumulativeStep)), Math.Abs(Math.Log(b.LevelStep / a.LevelStep)));
        change = Math.Max(change, Math.Abs(Math.Log(b.ShareStep / a.ShareStep)));
        change = Math.Max(change, Math.Abs(Math.Log(b.SharedStep / a.SharedStep)));
        change = Math.Max(change, Math.Abs(Math.Log(b.MeanBias / a.MeanBias)));
        change = Math.Max(change, Math.Abs(Math.Log(b.Persistent / a.Persistent)));
        change = Math.Max(change, Math.Abs(Math.Log(b.ShortChange / a.ShortChange)));
        for (var j = 0; j < a.CategoryBias.Length; j++)
        {
            change = Math.Max(change, Math.Abs(Math.Log(b.CategoryBias[j] / a.CategoryBias[j])));
        }
        return change;
    }

    /// <summary>Per pair: the persistent-error system T = Q/τ² + D⁻¹ (tridiagonal, factorised) and D.</summary>
    private sealed class PairSystem
    {
        internal double[] Variance = [];
        internal double[] Diagonal = [];
        internal double[] Off = [];
        internal double[] QDiagonal = [];
        internal double[] QOff = [];
        internal double[] CholDiagonal = [];
        internal double[] CholOff = [];
    }

    private PairSystem[] PreparePairs()
    {
        var result = new PairSystem[problem.Pairs.Count];
        var tau2 = Hyper.Persistent * Hyper.Persistent;
        var day2 = Hyper.ShortChange * Hyper.ShortChange;
        for (var p = 0; p < result.Length; p++)
        {
            var reports = problem.Pairs[p].Reports;
            var n = reports.Length;
            var ps = new PairSystem
            {
                Variance = new double[n],
                Diagonal = new double[n],
                Off = new double[n],
                QDiagonal = new double[n],
                QOff = new double[n],
                CholDiagonal = new double[n],
                CholOff = new double[n],
            };
            // AR(1) with correlation exp(−Δ/L) between successive reports (Δ at least a day): its precision is tridiagonal.
            for (var j = 0; j < n; j++)
            {
                var i = reports[j];
                ps.Variance[j] = (problem.Variance[i] + (problem.IsShortChange[i] ? day2 : 0)) / robustWeight[i];
            }
            ps.QDiagonal[0] = 1;
            for (var j = 1; j < n; j++)
            {
                var gap = Math.Max(1, problem.EndDay[reports[j]] - problem.EndDay[reports[j - 1]]);
                var a = Math.Exp(-gap / options.PersistenceDays);
                var inv = 1 / (1 - (a * a));
                ps.QDiagonal[j - 1] += (a * a) * inv;
                ps.QDiagonal[j] = inv;
                ps.QOff[j] = -a * inv;
            }
            for (var j = 0; j < n; j++)
            {
                ps.Diagonal[j] = (ps.QDiagonal[j] / tau2) + (1 / ps.Variance[j]);
                ps.Off[j] = ps.QOff[j] / tau2;
            }
            ps.CholDiagonal[0] = Math.Sqrt(ps.Diagonal[0]);
            for (var j = 1; j < n; j++)
            {
                ps.CholOff[j] = ps.Off[j] / ps.CholDiagonal[j - 1];
                ps.CholDiagonal[j] = Math.Sqrt(ps.Diagonal[j] - (ps.CholOff[j] * ps.CholOff[j]));
            }
            result[p] = ps;
        }
        return result;
    }

    // Solves T w = z in place for the m interleaved columns of z (n×m row-major).
    private static void SolveTridiagonal(PairSystem ps, double[] z, int n, int m)
    {
        for (var c = 0; c < m; c++)
        {
            z[c] /= ps.CholDiagonal[0];
            for (var j = 1; j < n; j++)
            {
                z[(j * m) + c] = (z[(j * m) + c] - (ps.CholOff[j] * z[((j - 1) * m) + c])) / ps.CholDiagonal[j];
            }
            z[((n - 1) * m) + c] /= ps.CholDiagonal[n - 1];
            for (var j = n - 2; j >= 0; j--)
            {
                z[(j * m) + c] = (z[(j * m) + c] - (ps.CholOff[j + 1] * z[((j + 1) * m) + c])) / ps.CholDiagonal[j];
            }
        }
    }

    /// <summary>Computes each series' log path from the current coefficients, and each report's fitted value and gradient.</summary>
    private void ComputePaths()
    {
        for (var s = 0; s < problem.Series.Count; s++)
        {
            var series = problem.Series[s];
            var path = lambda[s];
            var x = blockX[s];
            var group = series.PoolGroup;
            var shared = group >= 0 ? SharedOffset(group) : -1;
            var max = double.NegativeInfinity;
            for (var d = 0; d < problem.Days; d++)
            {
                Basis(d, out var k, out var w);
                var value = (1 - w) * Knot(x, shared, k) + (w > 0 ? w * Knot(x, shared, k + 1) : 0);
                path[d] = value;
                if (d >= series.StartDay && value > max)
                {
                    max = value;
                }
            }
            lambdaMax[s] = max;
            if (series.IsCumulative)
            {
                var sum = prefix[s];
                var byKnot = prefixByKnot[s];
                sum[0] = 0;
                for (var d = 0; d < problem.Days; d++)
                {
                    sum[d + 1] = sum[d] + Math.Exp(path[d] - max);
                }
                for (var k = 0; k < knots; k++)
                {
                    var offset = knotOffset[k];
                    var low = knotLow[k];
                    byKnot[offset] = 0;
                    for (var d = low; d <= knotHigh[k]; d++)
                    {
                        Basis(d, out var knot, out var w);
                        var basis = knot == k ? 1 - w : knot == k - 1 ? w : 0;
                        byKnot[offset + d - low + 1] = byKnot[offset + d - low] + ((sum[d + 1] - sum[d]) * basis);
                    }
                }
            }
        }
        for (var i = 0; i < fitted.Length; i++)
        {
            var s = problem.Pairs[problem.PairOf[i]].Series;
            var g = gradient[i];
            Array.Clear(g);
            var a = problem.StartDay[i];
            var b = problem.EndDay[i];
            switch (problem.How[i])
            {
                case ObservedAs.Sum:
                {
                    var sum = prefix[s];
                    var total = sum[b + 1] - sum[a];
                    fitted[i] = lambdaMax[s] + Math.Log(total);
                    for (var k = 0; k < knots; k++)
                    {
                        g[k] = (KnotPrefix(s, k, b + 1) - KnotPrefix(s, k, a)) / total;
                    }
                    break;
                }
                case ObservedAs.Level:
                {
                    var path = lambda[s];
                    double mean = 0;
                    var count = b - a + 1;
                    for (var d = a; d <= b; d++)
                    {
                        mean += path[d];
                        Basis(d, out var k, out var w);
                        g[k] += (1 - w) / count;
                        if (w > 0)
                        {
                            g[k + 1] += w / count;
                        }
                    }
                    fitted[i] = mean / count;
                    break;
                }
                default:
                {
                    var path = lambda[s];
                    var top = double.NegativeInfinity;
                    for (var d = a; d <= b; d++)
                    {
                        top = Math.Max(top, path[d]);
                    }
                    double total = 0;
                    for (var d = a; d <= b; d++)
                    {
                        total += Math.Exp(PeakSharpness * (path[d] - top));
                    }
                    for (var d = a; d <= b; d++)
                    {
                        var weight = Math.Exp(PeakSharpness * (path[d] - top)) / total;
                        Basis(d, out var k, out var w);
                        g[k] += weight * (1 - w);
                        if (w > 0)
                        {
                            g[k + 1] += weight * w;
                        }
                    }
                    fitted[i] = top + (Math.Log(total) / PeakSharpness);
                    break;
                }
            }
        }
        pathsCurrent = true;
    }

    // Σ over days before `end` of e^λ B_k, read from the knot's support (0 before it, constant after it).
    private double KnotPrefix(int series, int k, int end)
    {
        var low = knotLow[k];
        if (end <= low)
        {
            return 0;
        }
        return prefixByKnot[series][knotOffset[k] + Math.Min(end, knotHigh[k] + 1) - low];
    }

    private double Knot(double[] x, int shared, int k)
        => x[k] + (shared >= 0 && k > 0 ? borderX[shared + k - 1] : 0);

    internal void Basis(int day, out int knot, out double weight)
    {
        var u = day / problem.KnotSpacing;
        knot = Math.Min((int)u, knots - 2);
        weight = u - knot;
    }

    private double Residual(int i)
    {
        var pair = problem.Pairs[problem.PairOf[i]];
        var predicted = fitted[i] + blockX[pair.Series][deltaSlot[problem.PairOf[i]]] + borderX[meanOffset + pair.MeanBias];
        if (problem.Bound[i] == BoundSide.Lower)
        {
            predicted += borderX[lowerOffset + problem.LowerShift[pair.Origin]];
        }
        else if (problem.Bound[i] == BoundSide.Upper)
        {
            predicted += borderX[upperOffset + problem.UpperShift[pair.Origin]];
        }
        return problem.Value[i] - predicted;
    }

    /// <summary>Builds the Gauss–Newton Hessian and the gradient at the current point; returns the objective.</summary>
    private double Assemble(PairSystem[] pairs, out double[][] gradBlocks, out double[] gradBorder)
    {
        if (!pathsCurrent)
        {
            ComputePaths();
        }
        system.Clear();
        gradBlocks = new double[problem.Series.Count][];
        for (var s = 0; s < gradBlocks.Length; s++)
        {
            gradBlocks[s] = new double[system.BlockSize(s)];
        }
        gradBorder = new double[system.BorderSize];
        var u = knots + 3;
        var objective = 0.0;
        var maxRows = 0;
        foreach (var pair in problem.Pairs)
        {
            maxRows = Math.Max(maxRows, pair.Reports.Length);
        }
        var z = new double[maxRows * (u + 1)];
        var w = new double[maxRows * (u + 1)];
        var unique = new double[u * u];
        var uniqueGrad = new double[u];
        for (var p = 0; p < problem.Pairs.Count; p++)
        {
            var pair = problem.Pairs[p];
            var reports = pair.Reports;
            var n = reports.Length;
            var ps = pairs[p];
            var m = u + 1;
            // Columns: the unique Jacobian columns, then the residual; scaled by D⁻¹.
            for (var j = 0; j < n; j++)
            {
                var i = reports[j];
                var row = j * m;
                var inv = 1 / ps.Variance[j];
                var g = gradient[i];
                for (var k = 0; k < knots; k++)
                {
                    z[row + k] = g[k] * inv;
                }
                z[row + knots] = inv;
                z[row + knots + 1] = problem.Bound[i] == BoundSide.Lower ? inv : 0;
                z[row + knots + 2] = problem.Bound[i] == BoundSide.Upper ? inv : 0;
                z[row + u] = Residual(i) * inv;
            }
            Array.Copy(z, w, n * m);
            SolveTridiagonal(ps, w, n, m);
            // Σ⁻¹v = D⁻¹v − D⁻¹T⁻¹D⁻¹v.
            for (var j = 0; j < n; j++)
            {
                var inv = 1 / ps.Variance[j];
                for (var c = 0; c < m; c++)
                {
                    z[(j * m) + c] -= inv * w[(j * m) + c];
                }
            }
            Array.Clear(unique);
            Array.Clear(uniqueGrad);
            for (var j = 0; j < n; j++)
            {
                var i = reports[j];
                var g = gradient[i];
                var row = j * m;
                var boundLower = problem.Bound[i] == BoundSide.Lower ? 1.0 : 0;
                var boundUpper = problem.Bound[i] == BoundSide.Upper ? 1.0 : 0;
                var residual = Residual(i);
                objective += 0.5 * residual * z[row + u];
                // U = JᵀΣ⁻¹J is symmetric: accumulate its lower triangle only, from the rows' non-zero Jacobian entries.
                for (var a = 0; a < u; a++)
                {
                    var ja = a < knots ? g[a] : a == knots ? 1 : a == knots + 1 ? boundLower : boundUpper;
                    if (ja == 0)
                    {
                        continue;
                    }
                    uniqueGrad[a] += ja * z[row + u];
                    var target = a * u;
                    for (var b = 0; b <= a; b++)
                    {
                        unique[target + b] += ja * z[row + b];
                    }
                }
            }
            for (var a = 0; a < u; a++)
            {
                for (var b = 0; b < a; b++)
                {
                    unique[(b * u) + a] = unique[(a * u) + b];
                }
            }
            Scatter(p, unique, uniqueGrad, u, gradBlocks[pair.Series], gradBorder);
        }
        objective += AddPriors(gradBlocks, gradBorder);
        return objective;
    }

    private void Scatter(int p, double[] unique, double[] uniqueGrad, int u, double[] gradBlock, double[] gradBorder)
    {
        var pair = problem.Pairs[p];
        var s = pair.Series;
        var border = pairBorder[p];
        var local = pairLocal[p];
        var delta = deltaSlot[p];
        // Block variables: θ_0..θ_{K−1} (unique columns 0..K−1) and δ (unique column K).
        int BlockUnique(int i) => i < knots ? i : knots;
        int BlockIndex(int i) => i < knots ? i : delta;
        var blockCount = knots + 1;
        for (var a = 0; a < blockCount; a++)
        {
            var ua = BlockUnique(a);
            gradBlock[BlockIndex(a)] += uniqueGrad[ua];
            for (var b = 0; b <= a; b++)
            {
                system.AddBlock(s, BlockIndex(a), BlockIndex(b), unique[(ua * u) + BlockUnique(b)]);
            }
            for (var c = 0; c < border.Length; c++)
            {
                system.AddCoupling(s, BlockIndex(a), local[c], unique[(ua * u) + UniqueColumn(p, c)]);
            }
        }
        for (var c = 0; c < border.Length; c++)
        {
            var uc = UniqueColumn(p, c);
            gradBorder[border[c]] += uniqueGrad[uc];
            for (var d = 0; d <= c; d++)
            {
                system.AddBorder(border[c], border[d], unique[(uc * u) + UniqueColumn(p, d)]);
            }
        }
    }

    /// <summary>Adds the priors' precision to the Hessian and their gradient (as the data's: −∂F); returns their part of the objective.</summary>
    private double AddPriors(double[][] gradBlocks, double[] gradBorder)
    {
        var objective = 0.0;
        var h = problem.KnotSpacing;
        for (var s = 0; s < problem.Series.Count; s++)
        {
            var series = problem.Series[s];
            var x = blockX[s];
            var step = StepOf(series);
            var precision = 1 / (step * step * h);
            var first = 1 / (InterceptPriorSd * InterceptPriorSd);
            system.AddBlock(s, 0, 0, first);
            gradBlocks[s][0] -= first * (x[0] - series.InitialLog);
            objective += 0.5 * first * (x[0] - series.InitialLog) * (x[0] - series.InitialLog);
            for (var k = 1; k < knots; k++)
            {
                var diff = x[k] - x[k - 1];
                objective += 0.5 * precision * diff * diff;
                system.AddBlock(s, k, k, precision);
                system.AddBlock(s, k - 1, k - 1, precision);
                system.AddBlock(s, k, k - 1, -precision);
                gradBlocks[s][k] -= precision * diff;
                gradBlocks[s][k - 1] += precision * diff;
            }
            foreach (var p in series.Pairs)
            {
                var scale = Hyper.CategoryBias[problem.Pairs[p].MeanBias];
                var prec = 1 / (scale * scale);
                var slot = deltaSlot[p];
                objective += 0.5 * prec * x[slot] * x[slot];
                system.AddBlock(s, slot, slot, prec);
                gradBlocks[s][slot] -= prec * x[slot];
            }
        }
        var shared = 1 / (Hyper.SharedStep * Hyper.SharedStep * h);
        for (var g = 0; g < problem.PoolGroups; g++)
        {
            var offset = SharedOffset(g);
            for (var k = 1; k < knots; k++)
            {
                var current = borderX[offset + k - 1];
                var before = k > 1 ? borderX[offset + k - 2] : 0;
                var diff = current - before;
                objective += 0.5 * shared * diff * diff;
                system.AddBorder(offset + k - 1, offset + k - 1, shared);
                gradBorder[offset + k - 1] -= shared * diff;
                if (k > 1)
                {
                    system.AddBorder(offset + k - 2, offset + k - 2, shared);
                    system.AddBorder(offset + k - 1, offset + k - 2, -shared);
                    gradBorder[offset + k - 2] += shared * diff;
                }
            }
        }
        var mean = 1 / (Hyper.MeanBias * Hyper.MeanBias);
        for (var j = 0; j < problem.MeanBiases.Count; j++)
        {
            var v = borderX[meanOffset + j];
            objective += 0.5 * mean * v * v;
            system.AddBorder(meanOffset + j, meanOffset + j, mean);
            gradBorder[meanOffset + j] -= mean * v;
        }
        var shift = 1 / (ShiftPriorSd * ShiftPriorSd);
        for (var j = lowerOffset; j < system.BorderSize; j++)
        {
            var v = borderX[j];
            objective += 0.5 * shift * v * v;
            system.AddBorder(j, j, shift);
            gradBorder[j] -= shift * v;
        }
        return objective;
    }

    /// <summary>A Gauss–Newton step with step halving on the objective; returns the largest change of a coefficient.</summary>
    private double Step(PairSystem[] pairs, double objective, double[][] gradBlocks, double[] gradBorder)
    {
        var directionBlocks = new double[gradBlocks.Length][];
        for (var s = 0; s < gradBlocks.Length; s++)
        {
            directionBlocks[s] = (double[])gradBlocks[s].Clone();
        }
        var directionBorder = (double[])gradBorder.Clone();
        system.Solve(directionBlocks, directionBorder);
        var startBlocks = new double[blockX.Length][];
        for (var s = 0; s < blockX.Length; s++)
        {
            startBlocks[s] = (double[])blockX[s].Clone();
        }
        var startBorder = (double[])borderX.Clone();
        var alpha = 1.0;
        for (var attempt = 0; attempt < 30; attempt++)
        {
            for (var s = 0; s < blockX.Length; s++)
            {
                for (var i = 0; i < blockX[s].Length; i++)
                {
                    blockX[s][i] = startBlocks[s][i] + (alpha * directionBlocks[s][i]);
                }
            }
            for (var i = 0; i < borderX.Length; i++)
            {
                borderX[i] = startBorder[i] + (alpha * directionBorder[i]);
            }
            var value = Objective(pairs);
            if (double.IsFinite(value) && value <= objective + (1e-8 * Math.Abs(objective)))
            {
                break;
            }
            alpha /= 2;
            if (attempt == 29)
            {
                for (var s = 0; s < blockX.Length; s++)
                {
                    Array.Copy(startBlocks[s], blockX[s], blockX[s].Length);
                }
                Array.Copy(startBorder, borderX, borderX.Length);
                ComputePaths();
                return 0;
            }
        }
        var largest = 0.0;
        for (var s = 0; s < blockX.Length; s++)
        {
            foreach (var d in directionBlocks[s])
            {
                largest = Math.Max(largest, Math.Abs(alpha * d));
            }
        }
        foreach (var d in directionBorder)
        {
            largest = Math.Max(largest, Math.Abs(alpha * d));
        }
        return largest;
    }

    private double Objective(PairSystem[] pairs)
    {
        ComputePaths();
        var objective = 0.0;
        var maxRows = 0;
        foreach (var pair in problem.Pairs)
        {
            maxRows = Math.Max(maxRows, pair.Reports.Length);
        }
        var r = new double[maxRows];
        var w = new double[maxRows];
        for (var p = 0; p < problem.Pairs.Count; p++)
        {
            var reports = problem.Pairs[p].Reports;
            var n = reports.Length;
            var ps = pairs[p];
            for (var j = 0; j < n; j++)
            {
                r[j] = Residual(reports[j]) / ps.Variance[j];
                w[j] = r[j];
            }
            SolveTridiagonal(ps, w, n, 1);
            for (var j = 0; j < n; j++)
            {
                objective += 0.5 * r[j] * ps.Variance[j] * (r[j] - (w[j] / ps.Variance[j]));
            }
        }
        // Priors (their values only).
        var h = problem.KnotSpacing;
        for (var s = 0; s < problem.Series.Count; s++)
        {
            var series = problem.Series[s];
            var x = blockX[s];
            var step = StepOf(series);
            var precision = 1 / (step * step * h);
            objective += 0.5 * (x[0] - series.InitialLog) * (x[0] - series.InitialLog) / (InterceptPriorSd * InterceptPriorSd);
            for (var k = 1; k < knots; k++)
            {
                objective += 0.5 * precision * (x[k] - x[k - 1]) * (x[k] - x[k - 1]);
            }
            foreach (var p in series.Pairs)
            {
                var scale = Hyper.CategoryBias[problem.Pairs[p].MeanBias];
                objective += 0.5 * x[deltaSlot[p]] * x[deltaSlot[p]] / (scale * scale);
            }
        }
        var shared = 1 / (Hyper.SharedStep * Hyper.SharedStep * h);
        for (var g = 0; g < problem.PoolGroups; g++)
        {
            var offset = SharedOffset(g);
            for (var k = 1; k < knots; k++)
            {
                var diff = borderX[offset + k - 1] - (k > 1 ? borderX[offset + k - 2] : 0);
                objective += 0.5 * shared * diff * diff;
            }
        }
        for (var j = 0; j < problem.MeanBiases.Count; j++)
        {
            objective += 0.5 * borderX[meanOffset + j] * borderX[meanOffset + j] / (Hyper.MeanBias * Hyper.MeanBias);
        }
        for (var j = lowerOffset; j < borderX.Length; j++)
        {
            objective += 0.5 * borderX[j] * borderX[j] / (ShiftPriorSd * ShiftPriorSd);
        }
        return objective;
    }

    /// <summary>
    /// EM updates of the prior scales from the posterior moments under the Laplace approximation,
    /// each with a conjugate pseudo-observation (worth one observation at the option's prior guess) so that a
    /// scale resting on few values neither collapses to zero nor runs off.
    /// </summary>
    private void UpdateHyperparameters(PairSystem[] pairs)
    {
        var h = problem.KnotSpacing;
        var sInv = system.BorderInverse();
        var nb = system.BorderSize;
        double cumulativeSum = 0, levelSum = 0, shareSum = 0;
        int cumulativeCount = 0, levelCount = 0, shareCount = 0;
        var categorySum = new double[problem.MeanBiases.Count];
        var categoryCount = new int[problem.MeanBiases.Count];
        for (var s = 0; s < problem.Series.Count; s++)
        {
            var series = problem.Series[s];
            var (diagonal, sub) = system.BlockInverseBand(s);
            var x = blockX[s];
            double sum = 0;
            for (var k = 1; k < knots; k++)
            {
                var diff = x[k] - x[k - 1];
                sum += (diff * diff) + diagonal[k] + diagonal[k - 1] - (2 * sub[k]);
            }
            if (series.IsCumulative)
            {
                cumulativeSum += sum / h;
                cumulativeCount += knots - 1;
            }
            else if (series.IsShare)
            {
                shareSum += sum / h;
                shareCount += knots - 1;
            }
            else
            {
                levelSum += sum / h;
                levelCount += knots - 1;
            }
            foreach (var p in series.Pairs)
            {
                var slot = deltaSlot[p];
                var j = problem.Pairs[p].MeanBias;
                categorySum[j] += (x[slot] * x[slot]) + diagonal[slot];
                categoryCount[j]++;
            }
        }
        var prior = options.StepScale * options.StepScale;
        Hyper.CumulativeStep = Relax(Hyper.CumulativeStep, Math.Sqrt((cumulativeSum + (HyperPriorWeight * prior)) / (cumulativeCount + HyperPriorWeight)));
        Hyper.LevelStep = Relax(Hyper.LevelStep, Math.Sqrt((levelSum + (HyperPriorWeight * prior)) / (levelCount + HyperPriorWeight)));
        if (shareCount > 0)
        {
            Hyper.ShareStep = Relax(Hyper.ShareStep, Math.Sqrt((shareSum + (HyperPriorWeight * prior)) / (shareCount + HyperPriorWeight)));
        }
        double sharedSum = 0;
        var sharedCount = 0;
        for (var g = 0; g < problem.PoolGroups; g++)
        {
            var offset = SharedOffset(g);
            for (var k = 1; k < knots; k++)
            {
                var a = offset + k - 1;
                var current = borderX[a];
                var before = k > 1 ? borderX[a - 1] : 0;
                var variance = sInv[(a * nb) + a] + (k > 1 ? sInv[((a - 1) * nb) + a - 1] - (2 * sInv[(a * nb) + a - 1]) : 0);
                sharedSum += ((current - before) * (current - before) + variance) / h;
                sharedCount++;
            }
        }
        Hyper.SharedStep = Relax(Hyper.SharedStep, Math.Sqrt((sharedSum + (HyperPriorWeight * prior)) / (sharedCount + HyperPriorWeight)));
        var biasPrior = options.BiasPriorScale * options.BiasPriorScale;
        double meanSum = 0;
        for (var j = 0; j < problem.MeanBiases.Count; j++)
        {
            var a = meanOffset + j;
            meanSum += (borderX[a] * borderX[a]) + sInv[(a * nb) + a];
            Hyper.CategoryBias[j] = Relax(Hyper.CategoryBias[j], Math.Sqrt((categorySum[j] + (HyperPriorWeight * biasPrior)) / (categoryCount[j] + HyperPriorWeight)));
        }
        Hyper.MeanBias = Relax(Hyper.MeanBias, Math.Sqrt((meanSum + (HyperPriorWeight * biasPrior)) / (problem.MeanBiases.Count + HyperPriorWeight)));
        UpdateErrorScales(pairs);
    }

    // τ² from E[eᵀQe] over the pairs (Q the unit AR(1) precision); the short-change scatter from its own posterior moments.
    private void UpdateErrorScales(PairSystem[] pairs)
    {
        double persistentSum = 0;
        var persistentCount = 0;
        double daySum = 0;
        var dayCount = 0;
        var day2 = Hyper.ShortChange * Hyper.ShortChange;
        for (var p = 0; p < problem.Pairs.Count; p++)
        {
            var reports = problem.Pairs[p].Reports;
            var n = reports.Length;
            var ps = pairs[p];
            var e = new double[n];
            for (var j = 0; j < n; j++)
            {
                e[j] = Residual(reports[j]) / ps.Variance[j];
            }
            SolveTridiagonal(ps, e, n, 1);
            // The band of T⁻¹ from its Cholesky factor (Takahashi's recurrences on a tridiagonal).
            var diag = new double[n];
            var off = new double[n];
            diag[n - 1] = 1 / (ps.CholDiagonal[n - 1] * ps.CholDiagonal[n - 1]);
            for (var j = n - 2; j >= 0; j--)
            {
                var l = ps.CholOff[j + 1] / ps.CholDiagonal[j];
                off[j + 1] = -l * diag[j + 1];
                diag[j] = (1 / (ps.CholDiagonal[j] * ps.CholDiagonal[j])) - (l * off[j + 1]);
            }
            double quadratic = 0;
            for (var j = 0; j < n; j++)
            {
                quadratic += ps.QDiagonal[j] * ((e[j] * e[j]) + diag[j]);
                if (j > 0)
                {
                    quadratic += 2 * ps.QOff[j] * ((e[j] * e[j - 1]) + off[j]);
                }
            }
            persistentSum += quadratic;
            persistentCount += n;
            for (var j = 0; j < n; j++)
            {
                var i = reports[j];
                var noise = problem.Variance[i] + (problem.IsShortChange[i] ? day2 : 0);
                var rest = Residual(i) - e[j];
                robustWeight[i] = (RobustDegrees + 1) / (RobustDegrees + (rest * rest / noise));
            }
            for (var j = 0; j < n; j++)
            {
                var i = reports[j];
                if (!problem.IsShortChange[i])
                {
                    continue;
                }
                var rest = Residual(i) - e[j];
                var share = day2 / ps.Variance[j];
                daySum += (share * share * rest * rest) + day2 - (share * day2);
                dayCount++;
            }
        }
        _ = persistentSum + persistentCount + daySum;
        var residuals = new double[problem.Value.Length];
        for (var i = 0; i < residuals.Length; i++)
        {
            residuals[i] = Residual(i);
        }
        // EM crawls for these two (little information per report): maximise their likelihood given the mode directly instead.
        Hyper.Persistent = Math.Exp(NewtonStep(logTau => ErrorLogLikelihood(pairs, residuals, Math.Exp(logTau), Hyper.ShortChange), Math.Log(Hyper.Persistent)));
        if (dayCount > 0)
        {
            Hyper.ShortChange = Math.Exp(NewtonStep(logDay => ErrorLogLikelihood(pairs, residuals, Hyper.Persistent, Math.Exp(logDay)), Math.Log(Hyper.ShortChange)));
        }
    }

    private double StepOf(SeriesSpec series)
        => series.IsCumulative ? Hyper.CumulativeStep : series.IsShare ? Hyper.ShareStep : Hyper.LevelStep;

    // Over-relaxed EM on the log scale (Lange 1995, "A gradient algorithm locally equivalent to the EM algorithm"): the same fixed point, reached in fewer steps when EM crawls.
    private static double Relax(double current, double update) => current * Math.Pow(update / current, OverRelaxation);

    // One Newton step on a log scale from central differences (the outer loop repeats it, so it converges with the mode);
    // where the curvature is not concave, a golden-section search over ±0.7 instead. Steps are capped at ±0.7.
    private static double NewtonStep(Func<double, double> f, double at)
    {
        const double h = 0.05;
        double below = f(at - h), here = f(at), above = f(at + h);
        var curvature = (above - (2 * here) + below) / (h * h);
        if (!(curvature < 0) || !double.IsFinite(curvature))
        {
            return GoldenSection(f, at - 0.7, at + 0.7);
        }
        var slope = (above - below) / (2 * h);
        return at + Math.Clamp(-slope / curvature, -0.7, 0.7);
    }

    private static double GoldenSection(Func<double, double> f, double low, double high)
    {
        var ratio = (Math.Sqrt(5) - 1) / 2;
        double a = low, b = high;
        double c = b - (ratio * (b - a)), d = a + (ratio * (b - a));
        double fc = f(c), fd = f(d);
        for (var i = 0; i < 16; i++)
        {
            if (fc > fd)
            {
                b = d;
                d = c;
                fd = fc;
                c = b - (ratio * (b - a));
                fc = f(c);
            }
            else
            {
                a = c;
                c = d;
                fc = fd;
                d = a + (ratio * (b - a));
                fd = f(d);
            }
        }
        return (a + b) / 2;
    }

    // log p(residuals | mode; τ, day scatter) with the persistent errors integrated out, plus the scales' pseudo-observation priors.
    private double ErrorLogLikelihood(PairSystem[] pairs, double[] residuals, double tau, double day)
    {
        var tau2 = tau * tau;
        var day2 = day * day;
        double total = 0;
        var anyShort = false;
        for (var p = 0; p < problem.Pairs.Count; p++)
        {
            var reports = problem.Pairs[p].Reports;
            var ps = pairs[p];
            double previousL = 0, previousZ = 0, product = 1;
            // Terms constant in τ and the day scatter (log v of other reports) are left out; the log-determinant is taken once per pair.
            total -= 0.5 * reports.Length * Math.Log(tau2);
            for (var j = 0; j < reports.Length; j++)
            {
                var i = reports[j];
                var isShort = problem.IsShortChange[i];
                anyShort |= isShort;
                var v = (problem.Variance[i] + (isShort ? day2 : 0)) / robustWeight[i];
                var r = residuals[i];
                var diagonal = (ps.QDiagonal[j] / tau2) + (1 / v);
                var off = j > 0 ? ps.QOff[j] / tau2 : 0;
                var lOff = j > 0 ? off / previousL : 0;
                var l = Math.Sqrt(diagonal - (lOff * lOff));
                var zj = ((r / v) - (lOff * previousZ)) / l;
                total -= 0.5 * ((isShort ? Math.Log(v) : 0) + (r * r / v) - (zj * zj));
                product *= l;
                if (product > 1e150 || product < 1e-150)
                {
                    total -= Math.Log(product);
                    product = 1;
                }
                previousL = l;
                previousZ = zj;
            }
            total -= Math.Log(product);
        }
        total += ScalePrior(tau2, options.PersistentErrorScale);
        if (anyShort)
        {
            total += ScalePrior(day2, ShortChangePrior);
        }
        return total;
    }

    // The log density of the pseudo-observation prior on a variance s² (the EM updates' (S + ν s0²)/(n + ν), as a penalty).
    private static double ScalePrior(double variance, double guess)
        => -0.5 * HyperPriorWeight * (Math.Log(variance) + (guess * guess / variance));

    /// <summary>The log path and its gradient w.r.t. the knots on day <paramref name="day"/> of series <paramref name="series"/> (at the mode).</summary>
    internal double PathAt(int series, int day, double[] gradientOut)
    {
        Array.Clear(gradientOut);
        var spec = problem.Series[series];
        if (spec.IsCumulative)
        {
            var sum = prefix[series];
            var a = spec.StartDay;
            var total = sum[day + 1] - sum[a];
            for (var k = 0; k < knots; k++)
            {
                gradientOut[k] = (KnotPrefix(series, k, day + 1) - KnotPrefix(series, k, a)) / total;
            }
            return lambdaMax[series] + Math.Log(total);
        }
        Basis(day, out var knot, out var w);
        gradientOut[knot] = 1 - w;
        gradientOut[knot + 1] += w;
        return lambda[series][day];
    }
}
