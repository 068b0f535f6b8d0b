namespace ForceEstimates.Aggregation;

/// <summary>Why a report handed to an aggregate was not used.</summary>
public enum Exclusion
{
    /// <summary>It was used.</summary>
    None,

    /// <summary>It was published after the as-of date: it was not known yet.</summary>
    PublishedAfterAsOf,

    /// <summary>
    /// It is the same report as one before it: the same id, or the same origin chain, quantity, dates and figure
    /// under another id. A report passed twice counts once.
    /// </summary>
    SameReportAgain,

    /// <summary>
    /// A figure of a cumulative count that a newer one supersedes as of the date: its origin reported a newer figure
    /// (a running tally's newest figure replaces its older ones), or it is an earlier value that every figure of the
    /// value as of the date already exceeds, or that cannot bound it from below (an upper bound on an earlier value, a
    /// forecast of a later one dated, by its lead, outside the newest figures' window, or a method that reads no
    /// bounds). See
    /// <see cref="AggregationOptions.CumulativeWindowDays"/>. A figure of a level whose origin reported a newer figure
    /// of it is superseded too (<see cref="AggregationOptions.SupersedeOlderLevels"/>).
    /// </summary>
    Superseded,

    /// <summary>
    /// A figure of a change (<see cref="Statistic.Change"/>: the count of a period, "286 killed in July", "539 drones
    /// overnight") over another period than the newest figures' as of the date: June's count is no estimate of July's.
    /// Figures that each refer to a single day are one period (a rate stated on two days is one rate).
    /// </summary>
    AnotherPeriod,

    /// <summary>
    /// A figure of a level or a change dated more than 30 half-lives (<see cref="AggregationOptions.HalfLifeDays"/>)
    /// before the newest figure: its recency factor is under a billionth of the newest's, so it would add nothing beside
    /// figures of the value, and beside bounds alone it would stand for the value with a variance inflated a
    /// billionfold. Figures of a cumulative count are never left out for their age (they enter as lower bounds).
    /// </summary>
    Outweighed,
}

/// <summary>
/// One report's part in an <see cref="Aggregate"/>: whether it was used, how it entered, each factor of its weight,
/// its weight and share in the result, and whether it disagrees with the rest. It holds numbers and codes; the
/// readable reasons are made by the presentation layer (<c>ForceEstimates.Presentation.PlainText.Reasons</c>).
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A report's weight factor w = rating factor × recency factor × independence factor enters the model as variance
/// inflation: its variance on the analysis scale becomes v / w′ with w′ = w / (the largest w among the used
/// reports), so that weights are relative (a report with half the weight counts as half as precise). What the
/// method then makes of it is <see cref="Weight"/> and <see cref="Share"/>.
/// </remarks>
public sealed class Contribution
{
    private Contribution(Report report, Exclusion exclusion)
    {
        Report = report;
        Exclusion = exclusion;
    }

    // Stages 1, 2 and 4 of a used report, in one place so that the result cannot change afterwards.
    internal Contribution(Report report, in ReportReading reading, in ReportWeight weight, AnalysisScale scale, double upper,
        double methodWeight, double share, double residual, bool disagrees)
        : this(report, Exclusion.None)
    {
        Claim = reading.Claim;
        Value = reading.Value;
        Bounds = reading.Bounds;
        AnalysisValue = reading.AnalysisValue;
        EnteredInterval = reading.EnteredInterval(scale, upper);
        if (reading.Claim == ClaimForm.Point && !double.IsNaN(reading.BinLower) && !double.IsNaN(reading.BinUpper))
        {
            RoundingBin = new EstimateInterval(AnalysisScales.From(scale, reading.BinLower, upper), AnalysisScales.From(scale, reading.BinUpper, upper), double.NaN);
        }
        StandardError = reading.StandardError;
        FloorApplied = reading.FloorApplied;
        RelativePrecision = reading.RelativePrecision;
        BoundReadThroughHedgeModel = reading.BoundReadThroughHedgeModel;
        EarlierValue = reading.EarlierValue;
        RatingFactor = weight.RatingFactor;
        AgeDays = weight.AgeDays;
        RecencyFactor = weight.RecencyFactor;
        SharedOriginCount = weight.SharedOriginCount;
        Weight = methodWeight;
        Share = share;
        StandardizedResidual = residual;
        Disagrees = disagrees;
    }

    /// <summary>A report that was not used, with its own 95% interval in the aggregate's unit.</summary>
    internal static Contribution NotUsed(Report report, Exclusion exclusion, EstimateInterval ownInterval)
        => new(report, exclusion) { EnteredInterval = ownInterval };

    /// <summary>The report.</summary>
    public Report Report { get; }

    /// <summary>Whether the report was used (<see cref="Exclusion"/> is <see cref="Aggregation.Exclusion.None"/>).</summary>
    public bool Included => Exclusion == Exclusion.None;

    /// <summary>Why the report was left out, or <see cref="Aggregation.Exclusion.None"/> when it was used.</summary>
    public Exclusion Exclusion { get; }

    /// <summary>How the claim entered: a point, or a censored bound.</summary>
    public ClaimForm Claim { get; }

    /// <summary>The report's central value (its estimate's median) in the aggregate's unit; NaN when not used.</summary>
    public double Value { get; } = double.NaN;

    /// <summary>The bound(s) that entered, in the aggregate's unit, for censored claims (an absent one is infinite); (−∞, ∞) otherwise. Level NaN.</summary>
    public EstimateInterval Bounds { get; } = new(double.NegativeInfinity, double.PositiveInfinity, double.NaN);

    /// <summary>The value on the analysis scale (for a censored claim: its bound, or the lower bound of an interval); NaN when not used.</summary>
    public double AnalysisValue { get; } = double.NaN;

    /// <summary>
    /// For a figure that entered with its rounding (the learned noise model reads a bare or "about" figure as the values
    /// that round to it): those values in the aggregate's unit, level NaN ("around 10,000" is 9,500–15,000; a count of
    /// "0" is 0–0.5); null when it entered without them. A bin wide against the report's noise says little about where
    /// inside it the value lies, so such a figure weighs little while the aggregate lies well inside it.
    /// </summary>
    public EstimateInterval? RoundingBin { get; }

    /// <summary>
    /// The report's 95% interval as it entered the model, in the aggregate's unit: its value ± 1.96 standard errors
    /// (after the floor of reporting uncertainty, before weighting) on the analysis scale, mapped back; for a bound,
    /// from the bound to the open end (an infinite end), level NaN. For a report that was not used, its own 95% interval.
    /// </summary>
    public EstimateInterval EnteredInterval { get; private init; }

    /// <summary>The report's own standard error on the analysis scale, after the floor, before weighting; NaN when not used.</summary>
    public double StandardError { get; } = double.NaN;

    /// <summary>Whether the floor of reporting uncertainty replaced a smaller stated spread.</summary>
    public bool FloorApplied { get; }

    /// <summary>
    /// The report's relative standard deviation (after the floor) for a point; for a bound, the floor it is known
    /// to; NaN when not used.
    /// </summary>
    public double RelativePrecision { get; } = double.NaN;

    /// <summary>Whether a bounded claim was read through the hedge model instead of as a bound (see <see cref="BoundedClaims"/>).</summary>
    public bool BoundReadThroughHedgeModel { get; }

    /// <summary>
    /// Whether the report is a figure of a cumulative count that refers to more than
    /// <see cref="AggregationOptions.CumulativeWindowDays"/> days before the newest figure: an earlier value of a count
    /// that never falls, it entered as a lower bound of the value as of the date (<see cref="Claim"/> is
    /// <see cref="ClaimForm.AtLeast"/>), with its own noise.
    /// </summary>
    public bool EarlierValue { get; }

    /// <summary>The factor from the Admiralty rating, in (0, 1].</summary>
    public double RatingFactor { get; } = 1;

    /// <summary>
    /// Days from the end of the time the report refers to until the as-of date (0 when it reaches it), plus, for a
    /// forecast (<see cref="Report.IsForecast"/>), its lead: the days from its publication to the start of the period it
    /// predicts. A prediction a year ahead counts as a year old, so a report about a period after the as-of date is never fresh news.
    /// </summary>
    public int AgeDays { get; }

    /// <summary>
    /// The recency factor 2^(−age / half-life), in [0, 1]: it underflows to 0 beyond about 1,074 half-lives, while the
    /// report's <see cref="Share"/> is still formed from its weight relative to the others (on the log scale, never below
    /// 2^−30 of the best-weighted report's).
    /// </summary>
    public double RecencyFactor { get; } = 1;

    /// <summary>The number of used reports that share this report's origin or derive from one another with it (1 when independent).</summary>
    public int SharedOriginCount { get; } = 1;

    /// <summary>The independence factor 1 / <see cref="SharedOriginCount"/>: reports with one origin share one weight.</summary>
    public double IndependenceFactor => 1.0 / SharedOriginCount;

    /// <summary>The combined weight factor: rating × recency × independence.</summary>
    public double WeightFactor => RatingFactor * RecencyFactor * IndependenceFactor;

    /// <summary>
    /// The weight the method gave the report, relative to the most heavily weighted used report: 1 for that report,
    /// in [0, 1] for the others, 0 when not used. The same meaning for every method; what is weighed differs: the
    /// information about the value at the fit for the meta-analytic methods (1/(v/w′ + tau²) for a point, less for a
    /// bound far from the fit; under the learned noise model, where the centre assumes heavy-tailed errors
    /// (<see cref="NoiseScalePrior.ErrorTails"/>), times the report's Student's t weight there, so that a far figure's
    /// share is what the centre gave it), the mixture weight w′ for the linear pool, the precision (w′/Σw′)/v for the
    /// logarithmic pool, 1/(v/w′ + tau²) for the weighted median, the Huber weight over the variance for the robust
    /// method, 1 for the figure the most conservative method took, ½ for each end of the envelope.
    /// </summary>
    public double Weight { get; }

    /// <summary>The report's share of the total weight, in [0, 1] (the same weights as <see cref="Weight"/>, over their sum); 0 when not used.</summary>
    public double Share { get; }

    /// <summary>
    /// The report's leave-one-out studentised residual on the analysis scale: a figure, a rounding bin, a hedge's range
    /// or a stated range at its middle, less the others' weighted mean, over the spread of that difference (its noise at
    /// the noise multiple the others imply, its range's rounding variance w²/12, and the uncertainty of their mean); for
    /// an open bound, how far the others' mean lies on its wrong side in the same units (0 when on its right side); 0 when
    /// too few reports to test; NaN when not used.
    /// </summary>
    public double StandardizedResidual { get; } = double.NaN;

    /// <summary>
    /// Whether the report disagrees with the rest: its leave-one-out residual (<see cref="StandardizedResidual"/>) lies
    /// beyond the critical value that holds each report to its share of <see cref="AggregationOptions.OutlierThreshold"/>'s
    /// two-sided tail (Šidák's, among the reports tested). With six reports or fewer the chance of so far a residual is
    /// taken under the noise prior (<see cref="NoiseScalePrior"/>) rather than from Student's t on the few degrees of
    /// freedom the others give, so a report can disagree with a residual below t's critical value.
    /// </summary>
    public bool Disagrees { get; }

    /// <summary>The report's id and its share, e.g. <c>nis-1: share 24.9%</c>, or <c>nis-1: not used (PublishedAfterAsOf)</c>.</summary>
    public override string ToString()
        => Included ? $"{Report.Id}: share {NumberText.Share(Share)}" : $"{Report.Id}: not used ({Exclusion})";
}
