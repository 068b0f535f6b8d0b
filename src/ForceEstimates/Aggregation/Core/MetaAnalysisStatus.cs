namespace ForceEstimates.Aggregation;

/// <summary>How a <see cref="MetaAnalysisResult"/> came about, so that no result is a silent guess.</summary>
public enum MetaAnalysisStatus
{
    /// <summary>
    /// tau² was estimated as asked: a closed-form estimator, or an iterative one whose iteration converged.
    /// </summary>
    Converged,

    /// <summary>
    /// Only one study: the result is that study's value and standard error, tau² is 0 because it cannot
    /// be estimated, Q is 0, I² is 0 and H² is 1 (as metafor reports for k = 1).
    /// </summary>
    SingleStudy,

    /// <summary>
    /// The iterative estimator asked for did not converge within its iteration cap;
    /// <see cref="MetaAnalysisResult.MethodUsed"/> names the estimator used instead
    /// (DerSimonian–Laird) and <see cref="MetaAnalysisResult.Iterations"/> how many iterations were tried.
    /// </summary>
    DidNotConverge,
}
