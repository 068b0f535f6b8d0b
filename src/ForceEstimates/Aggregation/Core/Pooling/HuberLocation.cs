using System;

namespace ForceEstimates.Aggregation;

/// <summary>The result of <see cref="HuberLocation.Fit"/>.</summary>
internal readonly record struct HuberFit(double Mean, double StandardError, int Iterations, bool Converged);

/// <summary>
/// Huber's M-estimator of a common location for observations with known standard deviations
/// (Huber 1964, "Robust estimation of a location parameter", Ann. Math. Statist. 35:73–101;
/// Huber &amp; Ronchetti 2009, ch. 3). Standardised residuals r_i = (y_i − μ)/s_i beyond the tuning
/// constant c get weight c/|r_i| instead of 1, so a single wild report cannot drag the centre.
/// Solved by iteratively reweighted least squares from the weighted median, until the change
/// in μ is below 1e-10 of the largest s_i, at most 200 iterations.
/// </summary>
internal static class HuberLocation
{
    /// <summary>The tuning constant giving 95% efficiency at the normal model.</summary>
    internal const double DefaultTuning = 1.345;

    /// <summary>
    /// Fits μ. The standard error treats the final Huber weights as fixed:
    /// se² = Σ (h_i/s_i²)² s_i² / (Σ h_i/s_i²)², the variance of a weighted mean.
    /// </summary>
    internal static HuberFit Fit(ReadOnlySpan<double> values, ReadOnlySpan<double> standardDeviations, double tuning = DefaultTuning)
    {
        WeightedQuantile.CheckSample(values, standardDeviations, nameof(standardDeviations));
        Preconditions.CheckPositive(tuning);
        double maxScale = 0;
        Span<double> precision = values.Length <= 256 ? stackalloc double[values.Length] : new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            if (!(standardDeviations[i] > 0))
            {
                throw new ArgumentException(
                    $"Expected positive standard deviations, but standardDeviations[{i}] is {standardDeviations[i]}.",
                    nameof(standardDeviations));
            }
            precision[i] = 1 / (standardDeviations[i] * standardDeviations[i]);
            maxScale = Math.Max(maxScale, standardDeviations[i]);
        }
        double mu = WeightedQuantile.Compute(values, precision, 0.5);
        const int maxIterations = 200;
        double tolerance = 1e-10 * maxScale;
        for (int iteration = 1; iteration <= maxIterations; iteration++)
        {
            double sumW = 0, sumWy = 0, sumW2Var = 0;
            for (int i = 0; i < values.Length; i++)
            {
                double r = (values[i] - mu) / standardDeviations[i];
                double h = Math.Abs(r) <= tuning ? 1 : tuning / Math.Abs(r);
                double w = h * precision[i];
                sumW += w;
                sumWy += w * values[i];
                sumW2Var += w * w / precision[i];
            }
            double next = sumWy / sumW;
            double se = Math.Sqrt(sumW2Var) / sumW;
            if (Math.Abs(next - mu) <= tolerance)
            {
                return new HuberFit(next, se, iteration, true);
            }
            mu = next;
            if (iteration == maxIterations)
            {
                return new HuberFit(mu, se, iteration, false);
            }
        }
        throw new InvalidOperationException("Unreachable.");
    }
}
