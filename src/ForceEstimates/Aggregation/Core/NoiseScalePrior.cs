using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ForceEstimates.Aggregation;

/// <summary>
/// What <see cref="MetaAnalysis.FitNoiseScale"/> assumes about how noisy the sources are before it sees their
/// reports. Each report's error is its standard deviation at the floor (the observation's variance) times one
/// multiple s shared by all reports; s is equally likely at every order of magnitude between <see cref="Lowest"/>
/// and <see cref="Highest"/> (flat in log s) and falls off beyond them as a normal of standard deviation
/// <see cref="EdgeSpread"/> in log s. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The default, 0.3 to 10, says that sources err by between 3% and 100% of the figure when their floor is the
/// default 10%. With three or more reports the data outweigh it and the interval behaves as Knapp and Hartung's
/// (Student's t, on k − 1 degrees of freedom under equal variances and on Satterthwaite's fewer for sources whose noise
/// differs by <see cref="SourceSpread"/>); with two it is what keeps the interval finite (Knapp–Hartung needs
/// t(1) = 12.7 there). The calibration study (tools/CalibrationStudy) chose it: 95% intervals
/// cover the truth in 93–97% of trials for honest sources with noise 10–60% and three or more reports, and in at
/// least 90% with two reports for noise inside this range. The shape follows the weakly informative priors on
/// heterogeneity for few studies of Friede, Röver, Wandel and Neuenschwander (2017, Biometrical Journal 59(4),
/// 658–671), put on the scale of the noise instead of on tau.
/// </remarks>
public sealed class NoiseScalePrior
{
    private readonly double logLowest;
    private readonly double logHighest;

    private NoiseScalePrior(double lowest, double highest, double sourceSpread, double errorTails)
    {
        Lowest = lowest;
        Highest = highest;
        SourceSpread = sourceSpread;
        ErrorTails = errorTails;
        logLowest = Math.Log(lowest);
        logHighest = Math.Log(highest);
    }

    /// <summary>Noise between 0.3 and 10 times the floor, sources' variances spread by <see cref="DefaultSourceSpread"/>, errors' tails <see cref="DefaultErrorTails"/>.</summary>
    public static NoiseScalePrior Default { get; } = new(0.3, 10, DefaultSourceSpread, DefaultErrorTails);

    /// <summary>
    /// The default <see cref="ErrorTails"/>, 4: Student's t on 4 degrees of freedom, the choice Lange, Little and Taylor
    /// (1989, Journal of the American Statistical Association 84(408), 881–896) recommend when the degrees of freedom
    /// are not estimated.
    /// </summary>
    public static double DefaultErrorTails => 4;

    /// <summary>
    /// The default <see cref="SourceSpread"/>, 0.4: the squared coefficient of variation of the variances of sources
    /// whose noise is uniform over a four-fold range (10–40%, the calibration study's honest sources: 0.39), or log-normal with a
    /// standard deviation of 0.29 in log σ.
    /// </summary>
    public static double DefaultSourceSpread => 0.4;

    /// <summary>The standard deviation, in log s, of the normal tails beyond the flat range: 0.5.</summary>
    public static double EdgeSpread => 0.5;

    /// <summary>The smallest multiple of the floor the prior holds plausible (the lower end of its flat range).</summary>
    public double Lowest { get; }

    /// <summary>The largest multiple of the floor the prior holds plausible (the upper end of its flat range).</summary>
    public double Highest { get; }

    /// <summary>
    /// How much the sources' noise differs from one source to the next: the squared coefficient of variation c of
    /// their variances about the common multiple s² (0 when every source is exactly as noisy as its floor says).
    /// </summary>
    /// <remarks>
    /// Sources are not equally noisy, and which one is noisier is not known. The spread of k reports then says less
    /// about s than it would under one shared noise: by Satterthwaite's approximation (Biometrics Bulletin 2(6),
    /// 110–114, 1946) the sum of squares of k equally weighted reports about their mean, whose variances have squared
    /// coefficient of variation c, carries ν = (k − 1)²/((1 + c)(k − 2) + 1) degrees of freedom instead of k − 1
    /// (two reports keep their one), and an interval that counts k − 1 is too narrow (with noise uniform on 5–30%,
    /// c = 0.51, the fit covered about 92% at k = 5 and 8 in the calibration study's check mix). The fit therefore
    /// raises the likelihood of s to the power ν/(k − 1), which gives s's posterior those degrees of freedom, and
    /// keeps μ given s as it is: with points and a flat prior the interval is then Student's t on ν degrees of freedom.
    /// </remarks>
    public double SourceSpread { get; }

    /// <summary>
    /// How heavy the tails of a source's error are, as the degrees of freedom of Student's t
    /// (<see cref="double.PositiveInfinity"/>: normal errors): what the centre of the fit assumes.
    /// </summary>
    /// <remarks>
    /// Sources whose noise differs many-fold, or that now and then state a wild figure, make errors whose tails are
    /// heavier than the normal's; under normal errors the centre is a weighted mean, which a few far figures pull. The fit
    /// therefore moves its centre (and its intervals with it) by the difference between two
    /// centres of the same readings at the fitted noise: the one under Student's t errors on these degrees of freedom
    /// (found by iteratively reweighted means, each reading weighed down by how far its range lies from the centre in
    /// units of its noise, the rounding of its digits not counted as noise) and the weighted mean under normal errors.
    /// Figures that agree as normal errors would leave the centre nearly where it was; a far one counts less. A far
    /// figure also inflates the fitted noise it would be judged against (masking): where the disagreement test finds
    /// reports that disagree with the rest, the t weights judge every reading against the smaller noise multiple the
    /// reports that agree imply, and each interval reaches as far as the t centre at the whole fit's noise would
    /// have moved it. One source in five stating ten times the truth moved the centre 0.10 further from the truth than
    /// the median of the stated figures before, 0.02 nearer after (the study's <c>--wild</c>). In the
    /// calibration study, with one population of sources whose noise spans 5–40% (eight-fold), the centre went from
    /// 0.003–0.008 worse than the median of the stated figures to no worse, with coverage 93.2–98.2% in every honest
    /// scenario with three or more reports (tools/CalibrationStudy/README.md).
    /// </remarks>
    public double ErrorTails { get; }

    /// <summary>
    /// The power ν/(k − 1) the likelihood of the noise multiple is raised to for <paramref name="k"/> observations (1 for
    /// k ≤ 2); k need not be whole where open bounds count in part.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double Tempering(double k) => k <= 2 ? 1 : (k - 1) / (((1 + SourceSpread) * (k - 2)) + 1);

    /// <summary>A prior flat in log s between two multiples of the floor.</summary>
    /// <param name="lowest">The lower end, finite and greater than 0.</param>
    /// <param name="highest">The upper end, finite and greater than <paramref name="lowest"/>.</param>
    /// <returns>The prior.</returns>
    /// <exception cref="ArgumentException">An end is not finite and positive, or the ends are not increasing.</exception>
    public static NoiseScalePrior Between(double lowest, double highest)
    {
        Preconditions.CheckPositive(lowest);
        Preconditions.CheckPositive(highest);
        Preconditions.CheckArgument(highest > lowest, nameof(highest), $"Expected the upper end ({highest}) to be greater than the lower end ({lowest}).");
        return new NoiseScalePrior(lowest, highest, DefaultSourceSpread, DefaultErrorTails);
    }

    /// <summary>This prior with another <see cref="SourceSpread"/>.</summary>
    /// <param name="sourceSpread">The squared coefficient of variation of the sources' variances, finite and at least 0 (0: one noise for all).</param>
    /// <returns>The prior.</returns>
    /// <exception cref="ArgumentException"><paramref name="sourceSpread"/> is negative or not finite.</exception>
    public NoiseScalePrior WithSourceSpread(double sourceSpread)
    {
        Preconditions.CheckArgument(sourceSpread >= 0 && double.IsFinite(sourceSpread), nameof(sourceSpread),
            string.Create(CultureInfo.InvariantCulture, $"Expected a finite spread of at least 0, but got {sourceSpread}."));
        return new NoiseScalePrior(Lowest, Highest, sourceSpread, ErrorTails);
    }

    /// <summary>This prior with other <see cref="ErrorTails"/>.</summary>
    /// <param name="degreesOfFreedom">Student's t degrees of freedom for a source's error, at least 1, or <see cref="double.PositiveInfinity"/> for normal errors (the centre a weighted mean).</param>
    /// <returns>The prior.</returns>
    /// <exception cref="ArgumentException"><paramref name="degreesOfFreedom"/> is below 1 or NaN.</exception>
    public NoiseScalePrior WithErrorTails(double degreesOfFreedom)
    {
        Preconditions.CheckArgument(degreesOfFreedom >= 1, nameof(degreesOfFreedom),
            string.Create(CultureInfo.InvariantCulture, $"Expected degrees of freedom of at least 1 (or positive infinity for normal errors), but got {degreesOfFreedom}."));
        return new NoiseScalePrior(Lowest, Highest, SourceSpread, degreesOfFreedom);
    }

    /// <summary>
    /// The values of the noise multiple the disagreement test's predictive averages over, made once per prior:
    /// <see cref="Disagreement.PredictiveNodes"/> evenly spaced values of log s from three <see cref="EdgeSpread"/>s below
    /// <see cref="Lowest"/> to three above <see cref="Highest"/>; s² at each, then <see cref="LogDensity(double)"/> there.
    /// (Made on first use; threads that race make the same values.)
    /// </summary>
    internal ReadOnlySpan<double> PredictiveGrid => predictiveGrid ??= MakePredictiveGrid();

    private double[]? predictiveGrid;

    private double[] MakePredictiveGrid()
    {
        const int n = Disagreement.PredictiveNodes;
        var grid = new double[2 * n];
        double from = logLowest - (3 * EdgeSpread), step = (logHighest - logLowest + (6 * EdgeSpread)) / (n - 1);
        for (int j = 0; j < n; j++)
        {
            double logScale = from + (j * step);
            grid[j] = Math.Exp(2 * logScale);
            grid[n + j] = LogDensity(logScale);
        }
        return grid;
    }

    /// <summary>log Lowest.</summary>
    internal double LogLowest => logLowest;

    /// <summary>log Highest.</summary>
    internal double LogHighest => logHighest;

    /// <summary>The log density of log s, up to a constant.</summary>
    // Inlined: the noise fit calls it at every node of t from methods the runtime compiles once without profiling.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double LogDensity(double logScale)
    {
        double beyond = logScale < logLowest ? logLowest - logScale : logScale > logHighest ? logScale - logHighest : 0;
        return -0.5 * beyond * beyond / (EdgeSpread * EdgeSpread);
    }

    /// <summary><see cref="LogDensity(double)"/> at four values of the log scale at once: the same operations lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Vector256<double> LogDensity(Vector256<double> logScale)
    {
        var low = Vector256.Create(logLowest);
        var high = Vector256.Create(logHighest);
        var beyond = Vector256.ConditionalSelect(Vector256.LessThan(logScale, low), low - logScale,
            Vector256.ConditionalSelect(Vector256.GreaterThan(logScale, high), logScale - high, Vector256<double>.Zero));
        return Vector256.Create(-0.5) * beyond * beyond / Vector256.Create(EdgeSpread * EdgeSpread);
    }

    /// <summary>The first derivative of <see cref="LogDensity(double)"/> in log s, with the second in <paramref name="curvature"/>.</summary>
    internal double LogDensitySlope(double logScale, out double curvature)
    {
        double inverseSpread2 = 1 / (EdgeSpread * EdgeSpread);
        if (logScale < logLowest)
        {
            curvature = -inverseSpread2;
            return (logLowest - logScale) * inverseSpread2;
        }
        if (logScale > logHighest)
        {
            curvature = -inverseSpread2;
            return -(logScale - logHighest) * inverseSpread2;
        }
        curvature = 0;
        return 0;
    }

    /// <summary>
    /// Culture-invariant, every setting that changes a fit: e.g. <c>noise 0.3–10 × floor, sources' spread 0.4, t(4) errors</c>
    /// (<c>normal errors</c> when <see cref="ErrorTails"/> is infinite).
    /// </summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture,
            $"noise {Lowest:G3}–{Highest:G3} × floor, sources' spread {SourceSpread:G3}, {(double.IsPositiveInfinity(ErrorTails) ? "normal errors" : $"t({ErrorTails:G3}) errors")}");
}
