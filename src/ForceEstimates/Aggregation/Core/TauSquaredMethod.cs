namespace ForceEstimates.Aggregation;

/// <summary>
/// How <see cref="MetaAnalysis"/> estimates tau², the variance of the true effects between studies
/// (between reports). The names follow metafor's <c>method</c> argument; each member says where the
/// estimator comes from and how it behaves at the edges.
/// </summary>
public enum TauSquaredMethod
{
    /// <summary>
    /// Fixed (equal, common) effect: tau² is 0 by assumption and every study estimates the same value
    /// (metafor <c>"EE"</c>/<c>"FE"</c>). I² and H² are then computed from Q alone.
    /// </summary>
    FixedEffect,

    /// <summary>
    /// DerSimonian and Laird (1986), the method-of-moments estimator
    /// tau² = (Q − (k − 1)) / (Σw − Σw²/Σw) with w = 1/v, truncated at 0. Closed form.
    /// </summary>
    DerSimonianLaird,

    /// <summary>
    /// Restricted maximum likelihood, by Fisher scoring as in Viechtbauer (2005), started from the
    /// Hedges estimate; tau² is kept at or above 0. The default.
    /// </summary>
    RestrictedMaximumLikelihood,

    /// <summary>Maximum likelihood, by Fisher scoring as in Viechtbauer (2005), started from the Hedges estimate.</summary>
    MaximumLikelihood,

    /// <summary>
    /// Paule and Mandel (1982): the tau² at which the generalised Q statistic with weights 1/(v + tau²)
    /// equals its expectation k − 1; 0 when Q at tau² = 0 is already below k − 1.
    /// </summary>
    PauleMandel,

    /// <summary>Hunter and Schmidt (2004): tau² = (Q − k) / Σw with w = 1/v, truncated at 0 (metafor's <c>"HS"</c>).</summary>
    HunterSchmidt,

    /// <summary>
    /// Hedges (1983), the unweighted method of moments: the sample variance of the effects minus the
    /// mean sampling variance, truncated at 0 (metafor's <c>"HE"</c>).
    /// </summary>
    Hedges,

    /// <summary>
    /// Sidik and Jonkman (2005), in metafor's version: start from tau²₀ = Σ(y − ȳ)²/k and return
    /// tau²₀ · Q(tau²₀)/(k − 1), where Q(tau²₀) is the generalised Q statistic with weights 1/(v + tau²₀).
    /// </summary>
    SidikJonkman,

    /// <summary>
    /// Empirical Bayes (Morris 1983; Berkey et al. 1995), iterated as in metafor until
    /// k/(k − 1)·Q(tau²) = k; started from the Hedges estimate. Its fixed point solves Q(tau²) = k − 1, Paule and
    /// Mandel's equation, so the two agree; where the iteration oscillates (metafor then stops with an error), that
    /// equation is solved by a bracketed search instead.
    /// </summary>
    EmpiricalBayes,
}
