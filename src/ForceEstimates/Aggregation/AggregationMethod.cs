namespace ForceEstimates.Aggregation;

/// <summary>How the reports about one quantity are combined into an <see cref="Aggregate"/>.</summary>
public enum AggregationMethod
{
    /// <summary>
    /// Random-effects meta-analysis (the default): the reports scatter around a common value by more than their
    /// stated precision. Under the default noise model (<see cref="NoiseModel.LearnedScale"/>) each report's error is
    /// its floor of reporting uncertainty times one multiple learned from the reports; under
    /// <see cref="NoiseModel.FloorsPlusTauSquared"/> a between-source variance tau² is added to the floors, estimated by
    /// <see cref="AggregationOptions.TauSquaredMethod"/>. Bounded claims enter maximum-likelihood fits as censored observations.
    /// </summary>
    RandomEffects,

    /// <summary>Fixed-effect (inverse-variance) meta-analysis: all reports measure one value, tau² = 0.</summary>
    FixedEffect,

    /// <summary>
    /// Linear opinion pool: the weighted mixture of the reports' own distributions (Stone 1961). Keeps
    /// disagreement visible as spread (or several modes) instead of averaging it away.
    /// </summary>
    LinearPool,

    /// <summary>
    /// Logarithmic opinion pool: the normalised weighted geometric mean of the reports' densities
    /// (Genest &amp; Zidek 1986), computed from each report's normal approximation on the analysis scale.
    /// </summary>
    LogarithmicPool,

    /// <summary>The weighted median of the reports' central values, with random-effects weights.</summary>
    WeightedMedian,

    /// <summary>Huber's M-estimator of the common value (tuning constant 1.345), down-weighting outlying reports.</summary>
    Robust,

    /// <summary>
    /// The lowest central figure among the reports, as conflict event data sets code conflicting
    /// figures (ACLED records the most conservative reported number).
    /// </summary>
    MostConservative,

    /// <summary>
    /// The envelope of the reports: from the lowest lower end to the highest upper end of their
    /// intervals (a low/high range, as UCDP publishes low and high estimates).
    /// </summary>
    Envelope,
}

/// <summary>How claims with a bound ("more than 10,000", "up to 15,000", "between 11,000 and 20,000") enter an aggregate.</summary>
public enum BoundedClaims
{
    /// <summary>
    /// As open censoring, for bounds that really are open: the likelihood of "more than 10,000" is the probability
    /// that the value lies anywhere above 10,000, in maximum-likelihood fits (the learned noise model, random effects
    /// with ML or REML, fixed effect). Methods that cannot use a bound (moment estimators of tau², the pools, the
    /// median, Huber) take the hedge model's distribution instead, and say so in the report's reasons.
    /// </summary>
    Censored,

    /// <summary>Always through the hedge model's calibrated distribution (its median and spread), as for any other report.</summary>
    HedgeDistribution,

    /// <summary>
    /// The default: as censoring over what the claim says, its plausible range. A one-sided claim reaches from its
    /// bound to the open end of the hedge model's calibrated 90% reading ("over 11,000" to about 12,000), relative to
    /// the odds for a share, and at least to the edge of the bound's rounding bin and, for a count, one whole unit
    /// ("at least 3 aircraft" is 3 to 4); "nearly 60,000" is a bound too; a range or a vague amount is its stated ends.
    /// A claim that is the only report is its own reading, as a lone figure is its stated number: the aggregate's value
    /// is the hedge model's median (its offset from the bound relative to the odds for a share), its interval the
    /// plausible range widened by the floor.
    /// Methods that cannot use a bound take the hedge model's distribution, as with <see cref="Censored"/>. Chosen by
    /// the calibration study (tools/CalibrationStudy): open censoring threw away how close the hedge says the value
    /// is, and made the estimate up to 0.03 worse (in mean |log error|) than the median of the stated figures.
    /// </summary>
    PlausibleRange,
}

/// <summary>What the random-effects method assumes about the reports' noise.</summary>
public enum NoiseModel
{
    /// <summary>
    /// The default: every report's error is its floor of reporting uncertainty (inflated by its weight) times one
    /// multiple s learned from how far the reports spread, under the weakly informative prior
    /// <see cref="AggregationOptions.NoisePrior"/>; a figure enters with its rounding bin (a bare "12,000" says
    /// 11,500–12,500) and a bounded claim as censoring (<see cref="AggregationOptions.BoundedClaims"/>); the estimate
    /// and intervals are the posterior's (<see cref="MetaAnalysis.FitNoiseScale"/>). With three or more reports the
    /// interval behaves as Knapp and Hartung's t interval, with two the prior keeps it finite, and it never shrinks
    /// below what the digits say. One report is its own interval at the floor. The heterogeneity figures (Q, I², tau²)
    /// are still those of a fit of the reports as points with the options' tau² estimator (REML by default), for
    /// description.
    /// </summary>
    LearnedScale,

    /// <summary>
    /// The floors are the reports' known variances and the reports differ by a between-source variance tau² beyond
    /// them: the classic random-effects model with <see cref="AggregationOptions.TauSquaredMethod"/> and
    /// <see cref="AggregationOptions.KnappHartung"/> (as metafor's rma), normal quantiles unless Knapp–Hartung is on.
    /// </summary>
    FloorsPlusTauSquared,
}

/// <summary>The scale on which reports are combined; results are returned in the quantity's unit.</summary>
public enum AnalysisScale
{
    /// <summary>The values themselves (changes, which may be negative).</summary>
    Natural,

    /// <summary>The natural logarithm: counts and areas, whose errors are multiplicative (60,000 ± 10% is not symmetric in absolute terms).</summary>
    Log,

    /// <summary>The logit of the share, ln(p / (100 − p)) for percentages, so that intervals stay within 0–100%.</summary>
    Logit,
}
