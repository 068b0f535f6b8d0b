using System;
using System.Globalization;

namespace ForceEstimates.Aggregation;

/// <summary>
/// The choices behind an <see cref="Aggregate"/>: the method, how weights are formed and how bounded
/// claims enter. Immutable (change a copy with a <c>with</c> expression; each property validates
/// its value) and thread-safe.
/// </summary>
/// <example><code>
/// var options = AggregationOptions.Default with { Method = AggregationMethod.LinearPool, HalfLifeDays = 60 };
/// </code></example>
public sealed record AggregationOptions
{
    private readonly double halfLifeDays = 90;
    private readonly double level = 0.95;
    private readonly double levelQuantile = QuantileOf(0.95);
    private readonly double outlierThreshold = Disagreement.DefaultThreshold;
    private readonly RatingWeights ratingWeights = RatingWeights.Ignore;
    private readonly ReportingFloor reportingFloor = ReportingFloor.Default;
    private readonly AggregationMethod method = AggregationMethod.RandomEffects;
    private readonly TauSquaredMethod tauSquaredMethod = TauSquaredMethod.RestrictedMaximumLikelihood;
    private readonly KnappHartung knappHartung = KnappHartung.None;
    private readonly BoundedClaims boundedClaims = BoundedClaims.PlausibleRange;
    private readonly NoiseModel noise = NoiseModel.LearnedScale;
    private readonly NoiseScalePrior noisePrior = NoiseScalePrior.Default;
    private readonly int cumulativeWindowDays = 7;
    private readonly int maxDegreeOfParallelism = -1;

    /// <summary>The defaults: random effects with the learned noise model (tau² by REML for the heterogeneity figures), bounded claims over their plausible range, half-life 90 days, 95% intervals.</summary>
    public static AggregationOptions Default { get; } = new();

    /// <summary>The method; <see cref="AggregationMethod.RandomEffects"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined method.</exception>
    public AggregationMethod Method
    {
        get => method;
        init => method = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Method), value, "Expected a defined aggregation method.");
    }

    /// <summary>
    /// The tau² estimator for <see cref="AggregationMethod.RandomEffects"/> under <see cref="NoiseModel.FloorsPlusTauSquared"/>;
    /// REML by default. The default noise model (<see cref="NoiseModel.LearnedScale"/>) learns a noise multiple instead and
    /// uses it only for the heterogeneity figures (<see cref="Aggregate.Heterogeneity"/>: Q, I², tau²), as do the methods
    /// other than random effects: changing it alone leaves their value and intervals as they are.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined estimator.</exception>
    public TauSquaredMethod TauSquaredMethod
    {
        get => tauSquaredMethod;
        init => tauSquaredMethod = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(TauSquaredMethod), value, "Expected a defined tau² estimator.");
    }

    /// <summary>
    /// The Knapp–Hartung adjustment of the confidence interval under <see cref="NoiseModel.FloorsPlusTauSquared"/>; none by
    /// default. The default noise model (<see cref="NoiseModel.LearnedScale"/>) does not apply it to the aggregate's interval,
    /// which already behaves as Knapp and Hartung's t interval with three or more reports; an aggregate asked for it there
    /// says so (<see cref="AggregateNoteKind.KnappHartungNotUsed"/>) and applies it to the heterogeneity fit only.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public KnappHartung KnappHartung
    {
        get => knappHartung;
        init => knappHartung = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(KnappHartung), value, "Expected a defined Knapp–Hartung option.");
    }

    /// <summary>
    /// The half-life of a report's weight in days, counted from the end of the time it refers to up
    /// to the as-of date: a report 90 days old counts half as much as a fresh one under the default
    /// of 90. <see cref="double.PositiveInfinity"/> turns recency weighting off. A forecast (a report about a
    /// period that starts after its publication) also ages by its lead time: a prediction made 90 days ahead counts
    /// half. Any half-life and any age work: weights are compared on the log scale, never below 2^−30 of the best.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or not positive.</exception>
    public double HalfLifeDays
    {
        get => halfLifeDays;
        init => halfLifeDays = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(HalfLifeDays), value, "Expected a positive number of days, or +∞ for no decay.");
    }

    /// <summary>How Admiralty ratings scale weights; <see cref="RatingWeights.Ignore"/> (every rating counts the same) unless set.</summary>
    /// <remarks>
    /// A weight from a rating is taken as a known ratio of variances: an A1 report as precise as two F6 ones. When the
    /// ratings do not say how noisy the sources are, that makes the interval too narrow by about 1 + CV² of the weights
    /// in variance (92.7% for 95% intervals at k = 20 in the calibration study); when they do, ignoring them cost 3% of
    /// the point error and kept coverage at 95.8–95.9% (tools/CalibrationStudy, "ratings tell noise"). Ignoring them is
    /// honest either way, so it is the default; set <see cref="RatingWeights.Default"/> or your own factors where the
    /// ratings are known to track the sources' accuracy.
    /// </remarks>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public RatingWeights RatingWeights
    {
        get => ratingWeights;
        init => ratingWeights = value ?? throw new ArgumentNullException(nameof(RatingWeights));
    }

    /// <summary>The floor of reporting uncertainty by source kind; <see cref="ReportingFloor.Default"/> unless set.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ReportingFloor ReportingFloor
    {
        get => reportingFloor;
        init => reportingFloor = value ?? throw new ArgumentNullException(nameof(ReportingFloor));
    }

    /// <summary>
    /// What the random-effects method assumes about the reports' noise: one multiple of their floors learned from
    /// the reports by default (<see cref="NoiseModel.LearnedScale"/>), or the classic floors plus tau².
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public NoiseModel Noise
    {
        get => noise;
        init => noise = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Noise), value, "Expected a defined noise model.");
    }

    /// <summary>
    /// The prior on the noise multiple under <see cref="NoiseModel.LearnedScale"/> (and the range the disagreement
    /// check keeps the others' implied noise within); <see cref="NoiseScalePrior.Default"/>, noise 0.3 to 10 times the
    /// floor, unless set.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public NoiseScalePrior NoisePrior
    {
        get => noisePrior;
        init => noisePrior = value ?? throw new ArgumentNullException(nameof(NoisePrior));
    }

    /// <summary>
    /// For a cumulative count (<see cref="Statistic.Cumulative"/>), how many days before the newest figure a figure may
    /// refer to and still be read as the value as of the date; 7 by default. An older figure is an earlier value of a
    /// count that never falls: it enters as a lower bound (censored, with its own noise), or is left out when the figures
    /// of the value as of the date all exceed it already or the method reads no bounds. Whatever the window, each origin's newest figure supersedes its older ones
    /// (<see cref="Exclusion.Superseded"/>). 0 reads only the figures of the newest date as the value.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int CumulativeWindowDays
    {
        get => cumulativeWindowDays;
        init => cumulativeWindowDays = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(CumulativeWindowDays), value, "Expected a number of days of at least 0.");
    }

    /// <summary>
    /// Whether each origin's newest figure of a level (<see cref="Statistic.Level"/>) supersedes its older figures of it,
    /// as it always does for a cumulative count; true by default. An origin that gives "about 10,900" in November and
    /// "11,000" in December has updated its view: the older figure repeats its error and, beside the newer, would count
    /// that origin twice and read the level's change as disagreement (two figures of one origin 20% apart a fortnight
    /// apart widened a two-report interval to 28,500–106,000). Left out, such a figure is
    /// <see cref="Exclusion.Superseded"/> and named in a note; figures of one origin dated the same day are all used
    /// (sharing the origin's weight, <see cref="ReportCollection.IndependentGroupIndices()"/>). False uses every figure.
    /// Peaks and changes are never superseded: an origin's figures of them may be of different periods.
    /// </summary>
    public bool SupersedeOlderLevels { get; init; } = true;

    /// <summary>
    /// How many threads <see cref="Aggregate.ByQuantity"/> may use to aggregate its quantities at once: −1 (the default)
    /// as many as the machine has processors, 1 one (the calling thread only), n &gt; 1 at most n. Quantities are
    /// independent, so the results are the same to the last digit, in the same order, whatever the value; a call with
    /// fewer than a thousand reports or 64 quantities runs on the calling thread anyway (handing out the work would cost
    /// more than it saves). Not part of the result: <see cref="ToString"/> leaves it out.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is neither −1 nor positive.</exception>
    public int MaxDegreeOfParallelism
    {
        get => maxDegreeOfParallelism;
        init => maxDegreeOfParallelism = value == -1 || value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "Expected -1 (as many threads as processors) or a positive number of threads.");
    }

    /// <summary>How claims with a bound enter; over their plausible range by default (<see cref="BoundedClaims.PlausibleRange"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public BoundedClaims BoundedClaims
    {
        get => boundedClaims;
        init => boundedClaims = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(BoundedClaims), value, "Expected a defined option.");
    }

    /// <summary>The level of the confidence interval of the aggregate; 0.95 by default (the prediction interval is always 95%, as metafor's).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not strictly between 0 and 1.</exception>
    public double Level
    {
        get => level;
        init
        {
            level = value > 0 && value < 1 ? value : throw new ArgumentOutOfRangeException(nameof(Level), value, "Expected a level strictly between 0 and 1.");
            levelQuantile = QuantileOf(value);
        }
    }

    /// <summary>The standard normal quantile at 0.5 + <see cref="Level"/>/2, computed once with the level (every quantity of a call uses it).</summary>
    internal double LevelQuantile => levelQuantile;

    private static double QuantileOf(double level) => MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.5 + (level / 2));

    /// <summary>
    /// A report disagrees with the rest when its studentised residual against the others (their weighted mean, in
    /// units of its own noise and rounding at the noise the others imply) is beyond the Student's t quantile whose
    /// two-sided tail is Šidák's share, among the reports tested, of the normal's tail beyond this: with 1.96, the
    /// default, an aggregate of reports that agree flags any of them about 5% of the time or less. With six reports or
    /// fewer the tail is the residual's under the noise prior (<see cref="NoiseScalePrior"/>), held to the same share.
    /// </summary>
    /// <remarks>
    /// Under the learned noise model the heavy-tailed centre (<see cref="NoiseScalePrior.ErrorTails"/>) weighs each
    /// reading against the noise of the reports that agree at the default threshold, whatever this is set to: the
    /// threshold decides what is flagged, not the value.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or not positive.</exception>
    public double OutlierThreshold
    {
        get => outlierThreshold;
        init => outlierThreshold = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(OutlierThreshold), value, "Expected a positive finite threshold.");
    }

    /// <summary>
    /// The hedge model to read the reports' stated figures with, or null (the default) to take each estimate as
    /// it was read. When set, every report whose figure was stated rather than given as a distribution is read
    /// again under it before aggregating (<see cref="ReportCollection.Reinterpret(HedgeModel)"/>), and the
    /// contributions show the reports as read.
    /// </summary>
    public HedgeModel? HedgeModel { get; init; }

    /// <summary>A one-line description, culture-invariant.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture,
            $"{Method} ({Noise}, {NoisePrior}; {TauSquaredMethod}, Knapp–Hartung {KnappHartung}), bounded claims {BoundedClaims}, half-life {HalfLifeDays:G4} days, level {Level:G3}{(SupersedeOlderLevels ? "" : ", older levels of an origin kept")}{(HedgeModel is null ? "" : ", hedge model " + HedgeModel)}");
}
