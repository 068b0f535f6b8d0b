using System;
using System.Globalization;

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
/// (Student's t with k − 1 degrees of freedom under equal variances); with two it is what keeps the interval finite
/// (Knapp–Hartung needs t(1) = 12.7 there). The calibration study (tools/CalibrationStudy) chose it: 95% intervals
/// cover the truth in 93–97% of trials for honest sources with noise 10–60% and three or more reports, and in at
/// least 90% with two reports for noise inside this range. The shape follows the weakly informative priors on
/// heterogeneity for few studies of Friede, Röver, Wandel and Neuenschwander (2017, Biometrical Journal 59(4),
/// 658–671), put on the scale of the noise instead of on tau.
/// </remarks>
public sealed class NoiseScalePrior
{
    private readonly double logLowest;
    private readonly double logHighest;

    private NoiseScalePrior(double lowest, double highest)
    {
        Lowest = lowest;
        Highest = highest;
        logLowest = Math.Log(lowest);
        logHighest = Math.Log(highest);
    }

    /// <summary>Noise between 0.3 and 10 times the floor.</summary>
    public static NoiseScalePrior Default { get; } = new(0.3, 10);

    /// <summary>The standard deviation, in log s, of the normal tails beyond the flat range: 0.5.</summary>
    public static double EdgeSpread => 0.5;

    /// <summary>The smallest multiple of the floor the prior holds plausible (the lower end of its flat range).</summary>
    public double Lowest { get; }

    /// <summary>The largest multiple of the floor the prior holds plausible (the upper end of its flat range).</summary>
    public double Highest { get; }

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
        return new NoiseScalePrior(lowest, highest);
    }

    /// <summary>log Lowest.</summary>
    internal double LogLowest => logLowest;

    /// <summary>log Highest.</summary>
    internal double LogHighest => logHighest;

    /// <summary>The log density of log s, up to a constant.</summary>
    internal double LogDensity(double logScale)
    {
        double beyond = logScale < logLowest ? logLowest - logScale : logScale > logHighest ? logScale - logHighest : 0;
        return -0.5 * beyond * beyond / (EdgeSpread * EdgeSpread);
    }

    /// <summary>Culture-invariant, e.g. <c>noise 0.3–10 × floor</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"noise {Lowest:G3}–{Highest:G3} × floor");
}
