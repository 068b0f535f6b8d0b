using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Threading;

namespace ForceEstimates.Trends;

/// <summary>
/// Quantities over time: one fit that follows every quantity in a set of reports day by day and
/// estimates how much each origin overstates or understates each of them. Each report observes a
/// latent path (a level, a cumulative count that never falls, or a share in % followed on the logit
/// scale, whose band stays within 0–100%) × its origin's bias × noise
/// (its hedge and the reporting floor) × an error that persists across the origin's reports of
/// that quantity. The model, its equations and its checks are in <c>src/ForceEstimates/Trends/README.md</c>.
/// </summary>
/// <remarks>
/// <para>The fit is deterministic: a Laplace approximation around the posterior mode, found by
/// Gauss–Newton on a block-arrow Hessian, with the prior scales estimated by EM from the same
/// approximation. Intervals come from that approximation (hyperparameters are plugged in, not
/// integrated over).</para>
/// <para>A cumulative count and its changes are one series (as are a level and its peaks):
/// <see cref="For"/> and <see cref="Bias"/> accept either quantity.</para>
/// <para>Immutable and thread-safe once fitted.</para>
/// </remarks>
[Presentation.TypeFormatterSource(typeof(Presentation.NotebookFormatterSource))]
public sealed class TrendModel
{
    private readonly ReadOnlyCollection<TrendSeries> series;
    private readonly ReadOnlyCollection<SourceBias> biases;
    private readonly QuantityKey[] keys;
    private readonly ReadOnlyCollection<string> notes;

    private TrendModel(TrendOptions options, TrendSeries[] series, QuantityKey[] keys, SourceBias[] biases, IReadOnlyList<BoundShift> shifts, TrendHyperparameters hyper, int iterations, bool converged, List<string> notes)
    {
        Options = options;
        this.series = Array.AsReadOnly(series);
        this.keys = keys;
        this.biases = Array.AsReadOnly(biases);
        BoundShifts = shifts;
        Hyperparameters = hyper;
        Iterations = iterations;
        Converged = converged;
        this.notes = notes.AsReadOnly();
    }

    /// <summary>The options the model was fitted with.</summary>
    public TrendOptions Options { get; }

    /// <summary>Every series, in the order their quantities first appear in the reports.</summary>
    public IReadOnlyList<TrendSeries> Series => series;

    /// <summary>Every origin × series bias, grouped by series in the order of <see cref="Series"/>.</summary>
    public IReadOnlyList<SourceBias> Biases => biases;

    /// <summary>How many outer iterations (Gauss–Newton step and scale update) the fit took.</summary>
    public int Iterations { get; }

    /// <summary>Whether the mode and the prior scales settled within <see cref="TrendOptions.MaxIterations"/>; when false the last iterate is used and <see cref="Notes"/> says so.</summary>
    public bool Converged { get; }

    /// <summary>What the fit left out or could not do (reports with a figure of zero, shares it cannot follow, no convergence).</summary>
    public IReadOnlyList<string> Notes => notes;

    internal IReadOnlyList<BoundShift> BoundShifts { get; }

    internal TrendHyperparameters Hyperparameters { get; }

    /// <summary>Fits the model to every quantity in <paramref name="reports"/> together (biases are shared across quantities of a subject).</summary>
    /// <param name="reports">
    /// The reports; at least one with a positive figure. For "as of" a date, select first (<see cref="ReportCollection.AsOf"/>).
    /// A report with a figure of zero, a share of 100% or more, or a change or cumulative total of a share is left out with a note.
    /// </param>
    /// <param name="options">The options; <see cref="TrendOptions.Default"/> when null.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No report has a positive figure, or the reports span more than <see cref="TrendOptions.MaximumDays"/> days.</exception>
    public static TrendModel Fit(IEnumerable<Report> reports, TrendOptions? options = null) => Fit(reports, options, CancellationToken.None);

    /// <summary>Fits the model as <see cref="Fit(IEnumerable{Report}, TrendOptions?)"/> does, checking <paramref name="cancellationToken"/> between iterations.</summary>
    /// <param name="reports">The reports.</param>
    /// <param name="options">The options; <see cref="TrendOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the fit.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No report has a positive figure, or the reports span too long.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static TrendModel Fit(IEnumerable<Report> reports, TrendOptions? options, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(reports);
        var list = new List<Report>();
        foreach (var report in reports)
        {
            if (report is null)
            {
                throw new ArgumentNullException(nameof(reports), string.Create(CultureInfo.InvariantCulture, $"Report {list.Count} is null."));
            }
            list.Add(report);
        }
        options ??= TrendOptions.Default;
        cancellationToken.ThrowIfCancellationRequested();
        var problem = TrendProblem.Build(list, options);
        var fit = new TrendFit(problem, options);
        fit.Run(cancellationToken);
        var notes = new List<string>(problem.Notes);
        if (!fit.Converged)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"The fit did not settle within {options.MaxIterations} iterations; the last iterate is reported."));
        }
        return Summarise(fit, options, notes);
    }

    /// <summary>The series that follows <paramref name="quantity"/>: its level or cumulative quantity, or a peak or change of it, in any compatible unit.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quantity"/> is null.</exception>
    /// <exception cref="ArgumentException">No report of the fit is about this quantity.</exception>
    public TrendSeries For(Quantity quantity)
    {
        Preconditions.CheckNotNull(quantity);
        var index = IndexOf(quantity);
        Preconditions.CheckArgument(index >= 0, nameof(quantity), $"Expected a quantity the model was fitted on, but no report is about {quantity}.");
        return series[index];
    }

    /// <summary>The bias of <paramref name="origin"/>'s reports of <paramref name="quantity"/> (or a peak or change of it).</summary>
    /// <param name="origin">The origin (matched by name or alias).</param>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The bias.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No report of the fit is about this quantity, or none of its reports comes from this origin.</exception>
    public SourceBias Bias(Source origin, Quantity quantity)
    {
        Preconditions.CheckNotNull(origin);
        var target = For(quantity).Quantity;
        foreach (var bias in biases)
        {
            if (bias.Quantity == target && bias.Origin.IsSameAs(origin))
            {
                return bias;
            }
        }
        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Expected an origin with reports of {target}, but {origin} has none."), nameof(origin));
    }

    /// <summary>A short summary: series, biases and iterations.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"Trend model: {series.Count} series, {biases.Count} origin × series biases, {Iterations} iterations{(Converged ? string.Empty : " (not converged)")}");

    private int IndexOf(Quantity quantity)
    {
        var cumulative = quantity.Statistic is Statistic.Cumulative or Statistic.Change;
        var key = quantity.WithStatistic(cumulative ? Statistic.Cumulative : Statistic.Level).Key;
        return Array.IndexOf(keys, key);
    }

    private static TrendModel Summarise(TrendFit fit, TrendOptions options, List<string> notes)
    {
        var problem = fit.Problem;
        var system = fit.System;
        var knots = fit.Knots;
        var nb = system.BorderSize;
        var sInv = system.BorderInverse();
        var result = new TrendSeries[problem.Series.Count];
        var keys = new QuantityKey[problem.Series.Count];
        var biases = new List<SourceBias>();
        var gradient = new double[knots];
        for (var s = 0; s < problem.Series.Count; s++)
        {
            var spec = problem.Series[s];
            var (own, cross) = system.BlockInverse(s);
            var n = system.BlockSize(s);
            // Covariance of [θ_s, g] (g the shared trend's knots 1..K−1, when the series is pooled).
            var shared = spec.PoolGroup >= 0 ? fit.SharedOffset(spec.PoolGroup) : -1;
            var dim = knots + (shared >= 0 ? knots - 1 : 0);
            var cov = new double[dim * dim];
            for (var a = 0; a < dim; a++)
            {
                for (var b = 0; b < dim; b++)
                {
                    cov[(a * dim) + b] = (a < knots, b < knots) switch
                    {
                        (true, true) => own[(a * n) + b],
                        (true, false) => cross[(a * nb) + shared + b - knots],
                        (false, true) => cross[(b * nb) + shared + a - knots],
                        _ => sInv[((shared + a - knots) * nb) + shared + b - knots],
                    };
                }
            }
            var length = problem.Days - spec.StartDay;
            var logMean = new double[length];
            var logSd = new double[length];
            var j = new double[dim];
            for (var d = 0; d < length; d++)
            {
                logMean[d] = fit.PathAt(s, spec.StartDay + d, gradient);
                Array.Copy(gradient, j, knots);
                if (shared >= 0)
                {
                    Array.Copy(gradient, 1, j, knots, knots - 1);
                }
                double variance = 0;
                for (var a = 0; a < dim; a++)
                {
                    if (j[a] == 0)
                    {
                        continue;
                    }
                    double row = 0;
                    for (var b = 0; b < dim; b++)
                    {
                        row += cov[(a * dim) + b] * j[b];
                    }
                    variance += j[a] * row;
                }
                logSd[d] = Math.Sqrt(Math.Max(variance, 0));
            }
            var start = problem.GridStart.PlusDays(spec.StartDay);
            var seriesReports = spec.Pairs.SelectMany(p => problem.Pairs[p].Reports).Order().Select(i => problem.Reports[i]).ToArray();
            result[s] = new TrendSeries(spec.Quantity, start, problem.GridStart.PlusDays(spec.FirstObservedDay), problem.GridStart.PlusDays(spec.LastObservedDay), Array.AsReadOnly(seriesReports), logMean, logSd, spec.IsShare);
            keys[s] = spec.Key;
            var x = fit.BlockValues(s);
            foreach (var p in spec.Pairs)
            {
                var pair = problem.Pairs[p];
                var slot = fit.DeltaSlot(p);
                var mean = fit.MeanOffset + pair.MeanBias;
                var value = x[slot] + fit.BorderValues[mean];
                var variance = own[(slot * n) + slot] + sInv[(mean * nb) + mean] + (2 * cross[(slot * nb) + mean]);
                biases.Add(new SourceBias(problem.Origins[pair.Origin], spec.Quantity, value, Math.Sqrt(Math.Max(variance, 0)), pair.Reports.Length, spec.IsShare));
            }
        }
        var shifts = new List<BoundShift>();
        for (var o = 0; o < problem.Origins.Count; o++)
        {
            if (problem.LowerShift[o] >= 0)
            {
                var a = fit.LowerOffset + problem.LowerShift[o];
                shifts.Add(new BoundShift(problem.Origins[o], true, fit.BorderValues[a], Math.Sqrt(sInv[(a * nb) + a])));
            }
            if (problem.UpperShift[o] >= 0)
            {
                var a = fit.UpperOffset + problem.UpperShift[o];
                shifts.Add(new BoundShift(problem.Origins[o], false, fit.BorderValues[a], Math.Sqrt(sInv[(a * nb) + a])));
            }
        }
        return new TrendModel(options, result, keys, [.. biases], shifts.AsReadOnly(), fit.Hyper, fit.Iterations, fit.Converged, notes);
    }
}

/// <summary>The estimated shift of an origin's bounded reports ("at least", "up to") on the log scale.</summary>
internal sealed record BoundShift(Source Origin, bool IsLowerBound, double LogShift, double LogStandardError);
