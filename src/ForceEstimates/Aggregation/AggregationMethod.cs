namespace ForceEstimates.Aggregation;

/// <summary>How the reports about one quantity are combined into an <see cref="Aggregate"/>.</summary>
public enum AggregationMethod
{
    /// <summary>
    /// Random-effects meta-analysis (the default): the reports scatter around a common value with
    /// a between-source variance tau², estimated by <see cref="AggregationOptions.TauSquaredMethod"/>.
    /// Bounded claims enter maximum-likelihood fits as censored observations.
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
    /// As censored observations in maximum-likelihood fits (random effects with ML or REML, and fixed
    /// effect): the likelihood of such a report is the probability that the value lies beyond its bound.
    /// Methods that cannot use a bound (moment estimators of tau², the pools, the median, Huber) take
    /// the hedge model's distribution instead, and say so in the report's reasons.
    /// </summary>
    Censored,

    /// <summary>Always through the hedge model's calibrated distribution (its median and spread), as for any other report.</summary>
    HedgeDistribution,
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
