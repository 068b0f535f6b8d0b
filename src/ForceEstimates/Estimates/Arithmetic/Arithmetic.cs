using System;
using System.Collections.Generic;
using System.Globalization;

namespace ForceEstimates;

/// <summary>
/// Arithmetic on estimates: the ratio, difference, sum, product, share and percent change of
/// uncertain figures, any <see cref="Formula"/>, and any function you write, with the uncertainty
/// carried through. The result is an <see cref="Estimate"/> (hedge <see cref="HedgeKind.Distribution"/>).
/// </summary>
/// <remarks>
/// <para><b>Exact where possible.</b> Products, ratios and constant powers of log-normal readings
/// ("about 1,376", bare figures, ranges) are log-normal, and shifting or scaling one gives an
/// <see cref="AffineDistribution"/>: the share lost 1 − 800/1,376 is exact. Sums and differences of
/// normal readings are normal. Constants (a point reading) fit either. See <see cref="ClosedForm"/>.</para>
/// <para><b>Otherwise Monte Carlo</b> (always, with <see cref="ArithmeticMethod.MonteCarlo"/>):
/// <see cref="ArithmeticOptions.SampleCount"/> aligned samples from a stream seeded by
/// <see cref="ArithmeticOptions.Seed"/>; the result's distribution is a
/// <see cref="SampleDistribution"/> whose quantiles are those of the sample set. The same options
/// and inputs always give the same result.</para>
/// <para><b>Correlation.</b> Inputs are independent unless a correlation is given (the
/// <c>correlation</c> argument of the two-input methods, or
/// <see cref="ArithmeticOptions.WithCorrelation"/> by input index); see <see cref="ArithmeticOptions"/>.</para>
/// <para><b>Units.</b> Estimates carry no unit here: convert inputs to one unit first (reports do this
/// in consistency checks). Thread-safe.</para>
/// </remarks>
public static class Arithmetic
{
    private static readonly Formula SumFormula = Formula.Parse("a + b");
    private static readonly Formula DifferenceFormula = Formula.Parse("a - b");
    private static readonly Formula ProductFormula = Formula.Parse("a * b");
    private static readonly Formula RatioFormula = Formula.Parse("a / b");
    private static readonly Formula ShareFormula = Formula.Parse("100 * a / b");
    private static readonly Formula PercentChangeFormula = Formula.Parse("100 * (b / a - 1)");

    /// <summary>first + second.</summary>
    /// <param name="first">One term.</param>
    /// <param name="second">The other term.</param>
    /// <param name="correlation">The Gaussian-copula correlation of the two, in [−1, 1]; 0 (independent) by default.</param>
    /// <param name="options">Method, samples and seed; <see cref="ArithmeticOptions.Default"/> when null.</param>
    /// <returns>The sum; exact (normal) for normal terms, otherwise Monte Carlo.</returns>
    /// <exception cref="ArgumentNullException">An estimate is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="correlation"/> is outside [−1, 1].</exception>
    public static Estimate Sum(Estimate first, Estimate second, double correlation = 0, ArithmeticOptions? options = null)
        => Binary(SumFormula, first, second, correlation, options);

    /// <summary>The sum of any number of terms, independent unless <paramref name="options"/> correlates them by index.</summary>
    /// <param name="terms">The terms; at least one, none null.</param>
    /// <param name="options">Method, samples, seed and correlations; <see cref="ArithmeticOptions.Default"/> when null.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> or a term is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="terms"/> is empty, or the correlations are not a valid correlation matrix.</exception>
    public static Estimate Sum(IEnumerable<Estimate> terms, ArithmeticOptions? options = null)
    {
        Preconditions.CheckNotNull(terms);
        var list = new List<Estimate>(terms);
        Preconditions.CheckArgument(list.Count > 0, nameof(terms), "Expected at least one term, but got none.");
        var names = new string[list.Count];
        var inputs = new Dictionary<string, Estimate>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            names[i] = "x" + i.ToString(CultureInfo.InvariantCulture);
            inputs[names[i]] = list[i] ?? throw new ArgumentNullException(nameof(terms), $"Term {i} is null.");
        }
        return Evaluate(Formula.Parse(string.Join(" + ", names)), inputs, options, nameof(terms));
    }

    /// <summary>minuend − subtrahend.</summary>
    /// <param name="minuend">The figure subtracted from.</param>
    /// <param name="subtrahend">The figure subtracted.</param>
    /// <param name="correlation">The Gaussian-copula correlation of the two, in [−1, 1]; 0 by default.</param>
    /// <param name="options">Method, samples and seed; <see cref="ArithmeticOptions.Default"/> when null.</param>
    /// <returns>The difference; exact (normal) for normal inputs, otherwise Monte Carlo. The same estimate twice gives exactly 0 only through a formula (<c>x - x</c>): two arguments are two inputs.</returns>
    /// <exception cref="ArgumentNullException">An estimate is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="correlation"/> is outside [−1, 1].</exception>
    public static Estimate Difference(Estimate minuend, Estimate subtrahend, double correlation = 0, ArithmeticOptions? options = null)
        => Binary(DifferenceFormula, minuend, subtrahend, correlation, options);

    /// <summary>first × second.</summary>
    /// <param name="first">One factor.</param>
    /// <param name="second">The other factor.</param>
    /// <param name="correlation">The Gaussian-copula correlation of the two, in [−1, 1]; 0 by default.</param>
    /// <param name="options">Method, samples and seed; <see cref="ArithmeticOptions.Default"/> when null.</param>
    /// <returns>The product; exact (log-normal) for log-normal readings, otherwise Monte Carlo.</returns>
    /// <exception cref="ArgumentNullException">An estimate is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="correlation"/> is outside [−1, 1].</exception>
    public static Estimate Product(Estimate first, Estimate second, double correlation = 0, ArithmeticOptions? options = null)
        => Binary(ProductFormula, first, second, correlation, options);

    /// <summary>numerator ÷ denominator, as a plain ratio.</summary>
    /// <param name="numerator">The figure divided.</param>
    /// <param name="denominator">The figure divided by.</param>
    /// <param name="correlation">The Gaussian-copula correlation of the two, in [−1, 1]; 0 by default.</param>
    /// <param name="options">Method, samples and seed; <see cref="ArithmeticOptions.Default"/> when null.</param>
    /// <returns>The ratio; exact (log-normal, log-scale σ² = σ₁² + σ₂² − 2ρσ₁σ₂) for log-normal readings, otherwise Monte Carlo.</returns>
    /// <exception cref="ArgumentNullException">An estimate is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="correlation"/> is outside [−1, 1].</exception>
    /// <exception cref="ArgumentException">The denominator can be 0 (a division by zero in some sample).</exception>
    public static Estimate Ratio(Estimate numerator, Estimate denominator, double correlation = 0, ArithmeticOptions? options = null)
        => Binary(RatioFormula, numerator, denominator, correlation, options);

    /// <summary>The share of a whole that a part is, in percent: 100 × part ÷ whole.</summary>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole.</param>
    /// <param name="correlation">The Gaussian-copula correlation of the two, in [−1, 1]; 0 by default.</param>
    /// <param name="options">Method, samples and seed; <see cref="ArithmeticOptions.Default"/> when null.</param>
    /// <returns>The share in percent; exact for log-normal readings.</returns>
    /// <exception cref="ArgumentNullException">An estimate is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="correlation"/> is outside [−1, 1].</exception>
    /// <exception cref="ArgumentException">The whole can be 0.</exception>
    public static Estimate Share(Estimate part, Estimate whole, double correlation = 0, ArithmeticOptions? options = null)
        => Binary(ShareFormula, part, whole, correlation, options);

    /// <summary>The change from one figure to another in percent: 100 × (to ÷ from − 1).</summary>
    /// <param name="from">The earlier (base) figure.</param>
    /// <param name="to">The later figure.</param>
    /// <param name="correlation">The Gaussian-copula correlation of the two, in [−1, 1]; 0 by default.</param>
    /// <param name="options">Method, samples and seed; <see cref="ArithmeticOptions.Default"/> when null.</param>
    /// <returns>The percent change (negative for a fall); exact (an <see cref="AffineDistribution"/> of a log-normal) for log-normal readings.</returns>
    /// <exception cref="ArgumentNullException">An estimate is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="correlation"/> is outside [−1, 1].</exception>
    /// <exception cref="ArgumentException">The base figure can be 0.</exception>
    public static Estimate PercentChange(Estimate from, Estimate to, double correlation = 0, ArithmeticOptions? options = null)
        => Binary(PercentChangeFormula, from, to, correlation, options);

    /// <summary>A formula applied to estimates, one per input name.</summary>
    /// <param name="formula">The formula.</param>
    /// <param name="inputs">An estimate for every name in <see cref="Formula.Inputs"/> (others are ignored); names compare ordinally.</param>
    /// <param name="options">Method, samples, seed and correlations (indices into <see cref="Formula.Inputs"/>); <see cref="ArithmeticOptions.Default"/> when null.</param>
    /// <returns>The derived estimate.</returns>
    /// <exception cref="ArgumentNullException">An argument, or an input's estimate, is null.</exception>
    /// <exception cref="ArgumentException">An input of the formula has no estimate (the message names it); the correlations are not a valid correlation matrix; or the formula gives a value that is not finite for some sample (division by zero).</exception>
    public static Estimate Evaluate(Formula formula, IReadOnlyDictionary<string, Estimate> inputs, ArithmeticOptions? options = null)
        => Evaluate(formula, inputs, options, nameof(inputs));

    /// <summary>
    /// Any function of estimates, by Monte Carlo: <paramref name="function"/> is called once per
    /// sample with one value per input (in the order of <paramref name="inputs"/>; the span is only
    /// valid during the call).
    /// </summary>
    /// <param name="inputs">The estimates; at least one, none null.</param>
    /// <param name="function">The function; it must be deterministic and give a finite number.</param>
    /// <param name="options">Samples, seed and correlations (indices into <paramref name="inputs"/>); the method is ignored (always Monte Carlo); <see cref="ArithmeticOptions.Default"/> when null.</param>
    /// <returns>The derived estimate (a <see cref="SampleDistribution"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument or an input is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> is empty; the correlations are not valid; or the function gives a value that is not finite.</exception>
    public static Estimate Apply(IReadOnlyList<Estimate> inputs, DerivedValue function, ArithmeticOptions? options = null)
    {
        Preconditions.CheckNotNull(inputs);
        Preconditions.CheckNotNull(function);
        Preconditions.CheckArgument(inputs.Count > 0, nameof(inputs), "Expected at least one input, but got none.");
        options ??= ArithmeticOptions.Default;
        var distributions = new EstimateDistribution[inputs.Count];
        for (var i = 0; i < distributions.Length; i++)
        {
            distributions[i] = (inputs[i] ?? throw new ArgumentNullException(nameof(inputs), $"Input {i} is null.")).Distribution;
        }
        var correlation = CorrelationMatrix.From(options, distributions.Length, nameof(options));
        using var pool = new SampleArrays();
        var draws = MonteCarlo.DrawInputs(distributions, correlation?.Cholesky, options.SampleCount, options.Seed, pool);
        return Estimate.FromDistribution(MonteCarlo.Apply(function, draws, options.SampleCount, nameof(function)));
    }

    /// <summary>
    /// The distribution of a formula of distributions times <paramref name="scale"/>: the closed form
    /// where one exists and <paramref name="options"/> allow it, else Monte Carlo. The consistency
    /// checks call it with readings converted to canonical units.
    /// </summary>
    internal static EstimateDistribution Compute(Formula formula, ReadOnlySpan<EstimateDistribution> inputs, ArithmeticOptions options, double scale, string paramName, SampleArrays? scratch = null)
    {
        var correlation = CorrelationMatrix.From(options, inputs.Length, nameof(options));
        if (options.Method == ArithmeticMethod.Automatic
            && ClosedForm.TryCompute(formula.Root, inputs, correlation?.Values, scale) is { } exact)
        {
            return exact;
        }
        // A caller's scratch arrays outlive this computation (it runs many); otherwise they are this one's alone.
        var pool = scratch ?? new SampleArrays();
        try
        {
            var draws = MonteCarlo.DrawInputs(inputs, correlation?.Cholesky, options.SampleCount, options.Seed, pool);
            return MonteCarlo.Evaluate(formula.Root, draws, options.SampleCount, scale, pool, paramName);
        }
        finally
        {
            if (scratch is null)
            {
                pool.Dispose();
            }
            else
            {
                scratch.ReturnAll();
            }
        }
    }

    private static Estimate Binary(Formula formula, Estimate first, Estimate second, double correlation, ArithmeticOptions? options)
    {
        Preconditions.CheckNotNull(first);
        Preconditions.CheckNotNull(second);
        if (!(correlation >= -1 && correlation <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(correlation), correlation, "Expected a correlation between −1 and 1.");
        }
        options = (options ?? ArithmeticOptions.Default).WithCorrelation(0, 1, correlation);
        // The formulas name their inputs a (the first argument) and b, in whatever order they appear.
        var inputs = new EstimateDistribution[2];
        for (var i = 0; i < 2; i++)
        {
            inputs[i] = formula.Inputs[i] == "a" ? first.Distribution : second.Distribution;
        }
        return Estimate.FromDistribution(Compute(formula, inputs, options, 1, nameof(second)));
    }

    private static Estimate Evaluate(Formula formula, IReadOnlyDictionary<string, Estimate> inputs, ArithmeticOptions? options, string paramName)
    {
        Preconditions.CheckNotNull(formula);
        Preconditions.CheckNotNull(inputs, paramName);
        var distributions = new EstimateDistribution[formula.Inputs.Count];
        for (var i = 0; i < distributions.Length; i++)
        {
            var name = formula.Inputs[i];
            if (!inputs.TryGetValue(name, out var estimate))
            {
                throw new ArgumentException($"Expected an estimate for every input of the formula {Excerpt.Quote(formula.ToString())}, but {Excerpt.Quote(name)} has none.", paramName);
            }
            distributions[i] = (estimate ?? throw new ArgumentNullException(paramName, $"The estimate for {Excerpt.Quote(name)} is null.")).Distribution;
        }
        return Estimate.FromDistribution(Compute(formula, distributions, options ?? ArithmeticOptions.Default, 1, paramName));
    }
}

/// <summary>A function of the values of a figure's inputs, one value per input in order: what <see cref="Arithmetic.Apply"/> evaluates for each sample.</summary>
/// <param name="inputs">One value per input; valid only during the call.</param>
/// <returns>The derived value; it must be finite.</returns>
public delegate double DerivedValue(ReadOnlySpan<double> inputs);

/// <summary>The correlation matrix of a computation's inputs and its Cholesky factor, checked to be a valid correlation matrix.</summary>
internal sealed class CorrelationMatrix
{
    private CorrelationMatrix(double[,] values, double[,] cholesky)
    {
        Values = values;
        Cholesky = cholesky;
    }

    internal double[,] Values { get; }

    /// <summary>Lower-triangular L with L·Lᵀ = the matrix; a zero column where the matrix is singular (ρ = ±1).</summary>
    internal double[,] Cholesky { get; }

    /// <summary>The matrix of the options' correlations among <paramref name="count"/> inputs, or null when they are independent.</summary>
    /// <exception cref="ArgumentException">A correlation names an input beyond <paramref name="count"/>, or the matrix is not positive semi-definite.</exception>
    internal static CorrelationMatrix? From(ArithmeticOptions options, int count, string paramName)
    {
        if (!options.HasCorrelations)
        {
            return null;
        }
        var values = new double[count, count];
        for (var i = 0; i < count; i++)
        {
            values[i, i] = 1;
        }
        foreach (var (first, second, coefficient) in options.Correlations)
        {
            Preconditions.CheckArgument(second < count, paramName,
                $"Expected correlations between the {count} inputs (indices 0 to {count - 1}), but one is given for inputs {first} and {second}.");
            values[first, second] = values[second, first] = coefficient;
        }
        // Cholesky–Banachiewicz; a pivot within rounding of zero is a perfectly correlated input.
        var l = new double[count, count];
        for (var i = 0; i < count; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = values[i, j];
                for (var m = 0; m < j; m++)
                {
                    sum -= l[i, m] * l[j, m];
                }
                if (i == j)
                {
                    Preconditions.CheckArgument(sum > -1e-10, paramName,
                        $"Expected the correlations to form a valid (positive semi-definite) correlation matrix, but input {i}'s correlations with the earlier inputs cannot all hold at once.");
                    l[i, i] = sum > 1e-12 ? Math.Sqrt(sum) : 0;
                }
                else
                {
                    l[i, j] = l[j, j] > 0 ? sum / l[j, j] : 0;
                    if (l[j, j] == 0)
                    {
                        // A singular pivot: row i must agree with what the earlier columns already give.
                        Preconditions.CheckArgument(Math.Abs(sum) < 1e-8, paramName,
                            $"Expected the correlations to form a valid (positive semi-definite) correlation matrix, but inputs {j} and {i} are inconsistent with a perfectly correlated pair.");
                    }
                }
            }
        }
        return new CorrelationMatrix(values, l);
    }
}
