using System;
using System.Globalization;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace ForceEstimates.Aggregation;

/// <summary>
/// The result of a random-effects (or fixed-effect) meta-analysis of k effects with known sampling
/// variances: the estimated mean, its standard error and 95% intervals, tau² and the heterogeneity
/// statistics, and how the estimate came about (method asked for and used, iterations, status).
/// All figures are on the scale of the effects handed in (for example log counts).
/// Holds no references, so <see cref="MetaAnalysis.Fit"/> allocates nothing. Immutable and thread-safe.
/// </summary>
public readonly record struct MetaAnalysisResult
{
    /// <summary>The normal quantile for a central 95% interval.</summary>
    internal const double Z975 = 1.959963984540054;

    internal MetaAnalysisResult(
        double mean, double standardError, double tauSquared, double iSquared, double hSquared, double q, int count,
        double degreesOfFreedom, double knappHartungFactor, TauSquaredMethod method, TauSquaredMethod methodUsed,
        KnappHartung knappHartung, MetaAnalysisStatus status, int iterations, bool tauSquaredTruncated)
    {
        Mean = mean;
        StandardError = standardError;
        TauSquared = tauSquared;
        ISquared = iSquared;
        HSquared = hSquared;
        Q = q;
        Count = count;
        DegreesOfFreedom = degreesOfFreedom;
        KnappHartungFactor = knappHartungFactor;
        Method = method;
        MethodUsed = methodUsed;
        KnappHartung = knappHartung;
        Status = status;
        Iterations = iterations;
        TauSquaredTruncated = tauSquaredTruncated;
        var critical = double.IsPositiveInfinity(degreesOfFreedom) ? Z975 : StudentTQuantile.Upper975(degreesOfFreedom);
        var ci = critical * standardError;
        ConfidenceInterval = new EstimateInterval(mean - ci, mean + ci, 0.95);
        var pi = critical * Math.Sqrt((standardError * standardError) + tauSquared);
        PredictionInterval = new EstimateInterval(mean - pi, mean + pi, 0.95);
    }

    /// <summary>The estimated mean effect (the weighted mean with weights 1/(v + tau²)).</summary>
    public double Mean { get; }

    /// <summary>
    /// The standard error of <see cref="Mean"/>: 1/√Σw, multiplied by √<see cref="KnappHartungFactor"/>
    /// when a Knapp–Hartung adjustment was asked for.
    /// </summary>
    public double StandardError { get; }

    /// <summary>The estimated between-study variance tau² (0 for the fixed-effect model), never negative.</summary>
    public double TauSquared { get; }

    /// <summary>The estimated between-study standard deviation, √<see cref="TauSquared"/>.</summary>
    public double Tau => Math.Sqrt(TauSquared);

    /// <summary>
    /// I² in percent, as metafor computes it: 100·tau²/(tau² + s²), where s² = (k − 1)/(Σw − Σw²/Σw) with
    /// w = 1/v is the "typical" within-study variance. For the fixed-effect model, max(0, 100·(Q − (k − 1))/Q).
    /// </summary>
    public double ISquared { get; }

    /// <summary>H² = tau²/s² + 1 (see <see cref="ISquared"/> for s²); for the fixed-effect model Q/(k − 1).</summary>
    public double HSquared { get; }

    /// <summary>Cochran's Q, Σw(y − ȳ_w)² with w = 1/v (the fixed-effect weights), whatever the method.</summary>
    public double Q { get; }

    // The upper tail directly (as R's pchisq(lower.tail = FALSE)): 1 − CDF rounds to 0 below about 1e-16.
    /// <summary>The p-value of the test of homogeneity, the upper tail of χ² with k − 1 degrees of freedom at <see cref="Q"/> (1 for k = 1). Computed when read.</summary>
    public double QPValue => Count <= 1 ? 1.0 : SpecialFunctions.GammaUpperRegularized((Count - 1) / 2.0, Q / 2.0);

    /// <summary>The number of studies k.</summary>
    public int Count { get; }

    /// <summary>
    /// The degrees of freedom of the reference distribution for <see cref="Statistic"/> and the intervals:
    /// k − 1 with a Knapp–Hartung adjustment (Student's t), positive infinity otherwise (the normal distribution).
    /// </summary>
    public double DegreesOfFreedom { get; }

    /// <summary>
    /// The factor by which the variance of the mean was multiplied: 1 without adjustment, Q(tau²)/(k − 1)
    /// under <see cref="Aggregation.KnappHartung.Standard"/>, at least 1 under <see cref="Aggregation.KnappHartung.AdHoc"/>.
    /// </summary>
    public double KnappHartungFactor { get; }

    /// <summary>The 95% confidence interval for the mean: mean ± z·SE, or ± t(k − 1)·SE with Knapp–Hartung.</summary>
    public EstimateInterval ConfidenceInterval { get; }

    /// <summary>
    /// The 95% prediction interval for the true effect of a new study, as metafor's <c>predict</c>:
    /// mean ± z·√(SE² + tau²), or with t(k − 1) under Knapp–Hartung. Equals the confidence interval when tau² is 0.
    /// </summary>
    public EstimateInterval PredictionInterval { get; }

    /// <summary>The test statistic for mean = 0: Mean/StandardError (z, or t under Knapp–Hartung).</summary>
    public double Statistic => Mean / StandardError;

    /// <summary>The two-sided p-value of <see cref="Statistic"/> (normal, or Student's t with <see cref="DegreesOfFreedom"/>). Computed when read.</summary>
    public double PValue
    {
        get
        {
            var z = Math.Abs(Statistic);
            if (double.IsNaN(z))
            {
                return double.NaN;
            }
            return double.IsPositiveInfinity(DegreesOfFreedom)
                ? SpecialFunctions.Erfc(z / Constants.Sqrt2)
                : 2.0 * StudentT.CDF(0.0, 1.0, DegreesOfFreedom, -z);
        }
    }

    /// <summary>The estimator that was asked for.</summary>
    public TauSquaredMethod Method { get; }

    /// <summary>The estimator whose tau² is reported: <see cref="Method"/>, or the fallback when <see cref="Status"/> is <see cref="MetaAnalysisStatus.DidNotConverge"/>.</summary>
    public TauSquaredMethod MethodUsed { get; }

    /// <summary>The Knapp–Hartung adjustment that was asked for.</summary>
    public KnappHartung KnappHartung { get; }

    /// <summary>Whether tau² was estimated as asked, fell back to another estimator, or there was only one study.</summary>
    public MetaAnalysisStatus Status { get; }

    /// <summary>Iterations used by an iterative estimator (Fisher scoring, or the root search for Paule–Mandel); 0 for closed forms.</summary>
    public int Iterations { get; }

    /// <summary>Whether the estimator's raw value was negative (or its likelihood was largest below 0) and tau² was set to 0.</summary>
    public bool TauSquaredTruncated { get; }

    /// <summary>A one-line culture-invariant summary, e.g. <c>mean -0.7145 (SE 0.1798), tau² 0.3132, I² 92.2%, Q 152.2 (k = 13, REML)</c>.</summary>
    public override string ToString()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"mean {Mean:G4} (SE {StandardError:G4}), tau² {TauSquared:G4}, I² {ISquared:G3}%, Q {Q:G4} (k = {Count}, {MethodUsed}{(Status == MetaAnalysisStatus.DidNotConverge ? $" after {Method} did not converge" : "")})");
}
