namespace ForceEstimates.Aggregation;

/// <summary>
/// Whether the standard error of the mean is rescaled as proposed by Knapp and Hartung (2003),
/// with intervals from Student's t with k − 1 degrees of freedom instead of the normal distribution.
/// </summary>
public enum KnappHartung
{
    /// <summary>No adjustment: the standard error is 1/√Σw and intervals use the normal distribution.</summary>
    None,

    /// <summary>
    /// The adjustment as metafor's <c>test="knha"</c>: the variance of the mean is multiplied by
    /// Q(tau²)/(k − 1), the generalised Q statistic at the estimated tau² over its degrees of freedom
    /// (set to 0 when that Q is below machine epsilon, as metafor does, e.g. when all effects are equal).
    /// The factor can be below 1, so the interval can be narrower than without the adjustment.
    /// </summary>
    Standard,

    /// <summary>
    /// The ad hoc variant (metafor's <c>test="adhoc"</c>, Knapp and Hartung 2003; Jackson et al. 2017):
    /// the factor is never below 1, so the standard error is never smaller than without the adjustment.
    /// </summary>
    AdHoc,
}
