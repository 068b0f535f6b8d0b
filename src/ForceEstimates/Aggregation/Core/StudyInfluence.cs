using System.Globalization;

namespace ForceEstimates.Aggregation;

/// <summary>
/// Case-deletion diagnostics for one study, as metafor's <c>influence()</c> and <c>rstandard()</c> compute them
/// for an intercept-only model (Viechtbauer and Cheung 2010). "Without" figures come from refitting with the same
/// estimator and Knapp–Hartung setting after leaving the study out. Immutable and thread-safe.
/// </summary>
/// <param name="StudentizedResidual">The externally studentised residual: (y_i − μ̂₍₋ᵢ₎)/√(s²w₍₋ᵢ₎(v_i + tau²₍₋ᵢ₎) + Var μ̂₍₋ᵢ₎) (metafor's <c>rstudent</c>).</param>
/// <param name="StandardizedResidual">The internally standardised residual (y_i − μ̂)/√(v_i + tau² − 1/Σw) (metafor's <c>rstandard</c>, without Knapp–Hartung).</param>
/// <param name="Dffits">DFFITS: (μ̂ − μ̂₍₋ᵢ₎)/√(s²w₍₋ᵢ₎·h_i·(tau²₍₋ᵢ₎ + v_i)).</param>
/// <param name="CooksDistance">Cook's distance: (μ̂ − μ̂₍₋ᵢ₎)²/Var μ̂.</param>
/// <param name="CovarianceRatio">Var μ̂₍₋ᵢ₎ / Var μ̂.</param>
/// <param name="TauSquaredWithout">tau² estimated without the study.</param>
/// <param name="QWithout">Cochran's Q without the study.</param>
/// <param name="Hat">The hat value (leverage) w_i/Σw with w = 1/(v + tau²).</param>
/// <param name="Weight">The study's weight in percent, 100·w_i/Σw (metafor's <c>weights()</c>).</param>
/// <param name="DfBetas">DFBETAS of the mean: (μ̂ − μ̂₍₋ᵢ₎)/√(s²w₍₋ᵢ₎/Σⱼ 1/(v_j + tau²₍₋ᵢ₎)).</param>
public readonly record struct StudyInfluence(
    double StudentizedResidual,
    double StandardizedResidual,
    double Dffits,
    double CooksDistance,
    double CovarianceRatio,
    double TauSquaredWithout,
    double QWithout,
    double Hat,
    double Weight,
    double DfBetas)
{
    /// <summary>Culture-invariant, e.g. <c>rstudent -2.17, DFFITS -1.17, Cook's D 0.795, hat 0.12, weight 12%</c>.</summary>
    public override string ToString()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"rstudent {StudentizedResidual:G3}, DFFITS {Dffits:G3}, Cook's D {CooksDistance:G3}, hat {Hat:G3}, weight {Weight:G3}%");
}
