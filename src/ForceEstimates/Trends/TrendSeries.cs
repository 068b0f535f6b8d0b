using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using ForceEstimates.Aggregation;
using NodaTime;
using NodaTime.Text;

namespace ForceEstimates.Trends;

/// <summary>
/// One quantity followed day by day by a <see cref="TrendModel"/>: a level (troops, territory
/// held; its peaks included), a cumulative count (losses since a start; its changes included) or a
/// share (territory lost in %, a level on the logit scale; <see cref="IsShare"/>). The value on a day
/// is the latent quantity, free of the sources' biases, as an <see cref="Estimate"/>: log-normal under
/// the Laplace approximation, or logit-normal for a share, so that a share's band stays within 0–100%.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
[Presentation.TypeFormatterSource(typeof(Presentation.NotebookFormatterSource))]
public sealed class TrendSeries
{
    private readonly double[] logMean;
    private readonly double[] logSd;
    private readonly ReadOnlyCollection<TrendPoint> path;

    internal TrendSeries(Quantity quantity, LocalDate start, LocalDate firstObserved, LocalDate lastObserved, IReadOnlyList<Report> reports, double[] logMean, double[] logSd, bool isShare)
    {
        Quantity = quantity;
        IsShare = isShare;
        Reports = reports;
        Start = start;
        FirstObserved = firstObserved;
        LastObserved = lastObserved;
        this.logMean = logMean;
        this.logSd = logSd;
        var points = new TrendPoint[logMean.Length];
        for (var d = 0; d < points.Length; d++)
        {
            var date = start.PlusDays(d);
            points[d] = new TrendPoint(date, FromScale(logMean[d]), FromScale(logMean[d] - (Z95 * logSd[d])), FromScale(logMean[d] + (Z95 * logSd[d])), date > lastObserved);
        }
        path = Array.AsReadOnly(points);
    }

    private const double Z95 = 1.959963984540054;

    // A value of the path's scale in the quantity's unit: e^t, or for a share the percentage whose odds are e^t, as an
    // aggregate of a share maps its logit back (the log path keeps its plain e^t, as before shares had their own scale).
    private double FromScale(double t) => IsShare ? AnalysisScales.From(AnalysisScale.Logit, t, TrendProblem.ShareTop) : Math.Exp(t);

    /// <summary>
    /// The quantity followed: a <see cref="Statistic.Level"/> or <see cref="Statistic.Cumulative"/>
    /// quantity in the canonical unit of its dimension. Reports of its peaks (for a level) or its
    /// changes (for a cumulative count) are part of the same series.
    /// </summary>
    public Quantity Quantity { get; }

    /// <summary>Whether the series is a cumulative count (it never falls) rather than a level.</summary>
    public bool IsCumulative => Quantity.Statistic == Statistic.Cumulative;

    /// <summary>
    /// Whether the series is a share (a level in percent, <see cref="Dimension.Ratio"/>), followed on the logit scale: its
    /// path is the logit of the share, its band the logistic of the logit's mean ± 1.96 standard deviations (always within
    /// 0–100%), and a <see cref="SourceBias.Factor"/> on it multiplies the odds. Otherwise the path is on the log scale.
    /// </summary>
    public bool IsShare { get; }

    /// <summary>The first day of the path: for a cumulative count, the earliest start of a period its reports count from.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of the path (the fit's horizon, <see cref="TrendOptions.Until"/> or the last day any report refers to).</summary>
    public LocalDate End => Start.PlusDays(logMean.Length - 1);

    /// <summary>The first day a report of this series refers to.</summary>
    public LocalDate FirstObserved { get; }

    /// <summary>The last day a report of this series refers to; later values are forecasts.</summary>
    public LocalDate LastObserved { get; }

    /// <summary>How many reports the series rests on.</summary>
    public int ReportCount => Reports.Count;

    /// <summary>The reports the series rests on (its level and peak reports, or its cumulative and change reports), in the order given to the fit.</summary>
    public IReadOnlyList<Report> Reports { get; }

    /// <summary>The path day by day from <see cref="Start"/> to <see cref="End"/>: median and 95% band (the exponential, or for a share the logistic, of the path's mean and of its mean ± 1.96 standard deviations).</summary>
    public IReadOnlyList<TrendPoint> Path => path;

    /// <summary>Whether <paramref name="date"/> is after <see cref="LastObserved"/>: the value there is extrapolated.</summary>
    /// <param name="date">A day.</param>
    /// <returns>True for a forecast.</returns>
    public bool IsExtrapolated(LocalDate date) => date > LastObserved;

    /// <summary>
    /// The latent value on <paramref name="date"/>: log-normal with the Laplace approximation's mean and standard deviation
    /// of the log, or for a share (<see cref="IsShare"/>) logit-normal (<see cref="LogitNormalDistribution"/>) with those of
    /// the logit, within 0–100%.
    /// </summary>
    /// <param name="date">A day from <see cref="Start"/> to <see cref="End"/>.</param>
    /// <returns>
    /// The estimate, in <see cref="Quantity"/>'s unit; its <see cref="Estimate.Median"/> is the back-transformed mean of
    /// the path's scale (the point of <see cref="Path"/>), its <see cref="Estimate.Mean"/> the mean on the natural scale
    /// under that distribution.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the path; fit with a later <see cref="TrendOptions.Until"/> to extrapolate further.</exception>
    public Estimate At(LocalDate date)
    {
        var day = Period.DaysBetween(Start, date);
        if (day < 0 || day >= logMean.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date,
                string.Create(CultureInfo.InvariantCulture, $"Expected a day from {LocalDatePattern.Iso.Format(Start)} to {LocalDatePattern.Iso.Format(End)} for {Quantity}; fit with a later TrendOptions.Until to extrapolate further."));
        }
        var sd = Math.Max(logSd[day], 1e-9);
        return AnalysisScales.Estimate(IsShare ? AnalysisScale.Logit : AnalysisScale.Log, logMean[day], sd, TrendProblem.ShareTop);
    }

    /// <summary>The mean and standard deviation of the path's scale on a day (the log value, or a share's logit; for tests and JSON).</summary>
    internal (double Mean, double StandardDeviation) LogAt(int day) => (logMean[day], logSd[day]);

    /// <summary>The quantity, its span and the value at <see cref="LastObserved"/>.</summary>
    public override string ToString()
    {
        var last = Path[Period.DaysBetween(Start, LastObserved)];
        return string.Create(CultureInfo.InvariantCulture, $"{Quantity}: {ReportCount} reports {LocalDatePattern.Iso.Format(FirstObserved)} to {LocalDatePattern.Iso.Format(LastObserved)}; {last}");
    }
}
