using System;
using System.Globalization;
using ForceEstimates.Aggregation;
using NodaTime;

namespace ForceEstimates.Trends;

/// <summary>
/// The choices behind a <see cref="TrendModel"/> fit: the day grid, the prior guesses that the
/// estimated scales are shrunk towards, the persistence of a source's error, and the reporting
/// floor. Immutable (change a copy with a <c>with</c> expression; each property validates its
/// value) and thread-safe.
/// </summary>
/// <example><code>
/// var options = TrendOptions.Default with { Until = new LocalDate(2023, 6, 30), BiasPriorScale = 1.0 };
/// </code></example>
public sealed record TrendOptions
{
    /// <summary>The longest day grid a fit accepts (about 100 years): memory is linear in series × days.</summary>
    public const int MaximumDays = 36_525;

    private readonly LocalDate? until;
    private readonly double? knotSpacingDays;
    private readonly double biasPriorScale = 0.5;
    private readonly double stepScale = 0.05;
    private readonly double persistentErrorScale = 0.15;
    private readonly double persistenceDays = 60;
    private readonly int maxIterations = 400;
    private readonly double tolerance = 1e-3;
    private readonly ReportingFloor reportingFloor = ReportingFloor.Default;

    /// <summary>The defaults described on each property.</summary>
    public static TrendOptions Default { get; } = new();

    /// <summary>
    /// The last day of the paths; null (the default) for the last day any report refers to. A later
    /// date extrapolates every series to it (and <see cref="TrendSeries.IsExtrapolated"/> says so).
    /// </summary>
    public LocalDate? Until
    {
        get => until;
        init => until = value;
    }

    /// <summary>
    /// Days between the knots of the piecewise-linear log paths; null (the default) for about 15
    /// intervals over the grid but no fewer than 7 days apart. Finer knots follow faster changes
    /// and cost time linearly in the number of knots squared.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not at least 1 and finite.</exception>
    public double? KnotSpacingDays
    {
        get => knotSpacingDays;
        init => knotSpacingDays = value is null || (value >= 1 && double.IsFinite(value.Value))
            ? value
            : throw new ArgumentOutOfRangeException(nameof(KnotSpacingDays), value, "Expected null or a spacing of at least 1 day.");
    }

    /// <summary>
    /// The prior guess for the scale of sources' biases on the log scale (0.5 by default: a typical
    /// source within ×0.6 to ×1.65 of the truth). Both the origin × subject mean biases and the
    /// per-quantity offsets have zero-mean normal priors whose scales are estimated, each shrunk
    /// towards this guess with the weight of one observation.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite and positive.</exception>
    public double BiasPriorScale
    {
        get => biasPriorScale;
        init => biasPriorScale = Positive(value, nameof(BiasPriorScale));
    }

    /// <summary>
    /// The prior guess for how fast a log path moves, per square root of a day (0.05 by default:
    /// about ±27% a month for a level or a daily rate of losses). Estimated from the data like the
    /// bias scales.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite and positive.</exception>
    public double StepScale
    {
        get => stepScale;
        init => stepScale = Positive(value, nameof(StepScale));
    }

    /// <summary>
    /// The prior guess for the size of a source's persistent error on one quantity, beyond its
    /// constant bias, on the log scale (0.15 by default). Estimated from the data.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite and positive.</exception>
    public double PersistentErrorScale
    {
        get => persistentErrorScale;
        init => persistentErrorScale = Positive(value, nameof(PersistentErrorScale));
    }

    /// <summary>
    /// How long a source's error persists, in days: the correlation of its errors on two reports
    /// Δ days apart is exp(−Δ / this) (60 by default). Not estimated: a running tally's own
    /// reports cannot tell its persistent error from the truth.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite and positive.</exception>
    public double PersistenceDays
    {
        get => persistenceDays;
        init => persistenceDays = Positive(value, nameof(PersistenceDays));
    }

    /// <summary>The smallest uncertainty of a report by the kind of its origin (<see cref="ReportingFloor.Default"/>).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ReportingFloor ReportingFloor
    {
        get => reportingFloor;
        init => reportingFloor = value ?? throw new ArgumentNullException(nameof(ReportingFloor));
    }

    /// <summary>The cap on outer iterations (Gauss–Newton step plus scale update); 400 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxIterations
    {
        get => maxIterations;
        init => maxIterations = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxIterations), value, "Expected at least 1 iteration.");
    }

    /// <summary>Convergence: both the largest change of a log-scale coefficient in a step and the largest relative change of a prior scale between iterations below this (1e-3 by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite and positive.</exception>
    public double Tolerance
    {
        get => tolerance;
        init => tolerance = Positive(value, nameof(Tolerance));
    }

    /// <summary>
    /// For studies only: follow shares on the log scale as every path was before shares had a logit path (a share's band
    /// then runs past 100%). False by default; not public.
    /// </summary>
    internal bool SharesOnLogScale { get; init; }

    private static double Positive(double value, string name)
        => value > 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"Expected a finite number greater than zero, but got {value}."));
}
