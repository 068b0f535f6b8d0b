using System;
using System.Globalization;

namespace ForceEstimates.Aggregation;

/// <summary>
/// The result of <see cref="MetaAnalysis.FitNoiseScale"/>: the posterior of the mean μ when every report's error is
/// its floor times one noise multiple s learned from the reports. All figures are on the scale of the observations
/// (for counts, the logarithm). Holds no references. Immutable and thread-safe.
/// </summary>
public readonly record struct NoiseScaleResult
{
    internal NoiseScaleResult(double median, EstimateInterval confidence, EstimateInterval prediction, double noiseScale, int count, MetaAnalysisStatus status, double centreShift = 0, double tailScale = double.NaN)
    {
        Median = median;
        ConfidenceInterval = confidence;
        PredictionInterval = prediction;
        NoiseScale = noiseScale;
        Count = count;
        Status = status;
        CentreShift = centreShift;
        TailScale = double.IsNaN(tailScale) ? noiseScale : tailScale;
    }

    /// <summary>
    /// The noise multiple the Student's t weights judged each reading against where the centre moved
    /// (<see cref="CentreShift"/> not 0): <see cref="NoiseScale"/>, or the smaller noise multiple of the reports that
    /// agree with one another when some disagree.
    /// </summary>
    internal double TailScale { get; }

    /// <summary>
    /// How far the centre and both intervals were moved for errors with Student's t tails
    /// (<see cref="NoiseScalePrior.ErrorTails"/>), on the observations' scale; 0 when they were not (normal errors,
    /// fewer than three observations, or readings whose t centre is their weighted mean).
    /// </summary>
    /// <remarks>
    /// <see cref="Median"/> − <see cref="CentreShift"/> is the centre under normal errors (the inverse-variance weighted
    /// mean at the fitted noise). The intervals keep their widths, except where some report disagrees with the rest: the
    /// t weights then judge the readings against the smaller noise of the reports that agree, and each interval also
    /// reaches where the t centre at the fit's own noise would have moved it. Aggregation notes a shift of more than a
    /// quarter of the standard error as <see cref="AggregateNoteKind.HeavyTailCentre"/> when some report disagrees with the rest.
    /// </remarks>
    public double CentreShift { get; }

    /// <summary>The posterior median of μ: the estimate. −∞ when no report bounds the value from below (every report is "0" or "up to").</summary>
    public double Median { get; }

    /// <summary>The central posterior interval of μ at the level asked for. An end is infinite where no report bounds the value on that side.</summary>
    public EstimateInterval ConfidenceInterval { get; }

    /// <summary>The central 95% posterior predictive interval of the value one more report like the typical one (its floor and rounding the reports' average) would give.</summary>
    public EstimateInterval PredictionInterval { get; }

    /// <summary>The posterior median of the noise multiple s (1 for one report: the floor).</summary>
    public double NoiseScale { get; }

    /// <summary>The number of observations.</summary>
    public int Count { get; }

    /// <summary><see cref="MetaAnalysisStatus.Converged"/>, or <see cref="MetaAnalysisStatus.SingleStudy"/> for one observation (its own interval at the floor).</summary>
    public MetaAnalysisStatus Status { get; }

    /// <summary>The half-width of the confidence interval in units of the normal quantile for its level: a standard error that reproduces it; +∞ for an open interval.</summary>
    public double StandardError => StandardErrorWith(MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.5 + (ConfidenceInterval.Level / 2)));

    /// <summary>
    /// <see cref="StandardError"/> with <paramref name="levelQuantile"/> the normal quantile of the confidence interval's
    /// level, as that property finds it (aggregation has it from its options, found once for every quantity).
    /// </summary>
    internal double StandardErrorWith(double levelQuantile) => (ConfidenceInterval.Upper - ConfidenceInterval.Lower) / (2 * levelQuantile);

    /// <summary>Culture-invariant summary, e.g. <c>9.3 [9.21, 9.4] (95%), noise × 1.6, k = 5</c>.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture,
            $"{Median:G4} [{ConfidenceInterval.Lower:G4}, {ConfidenceInterval.Upper:G4}] ({ConfidenceInterval.Level * 100:G3}%), noise × {NoiseScale:G3}, k = {Count}");
}
