using System;
using System.Collections.Generic;
using ForceEstimates.Trends;
using NodaTime;

namespace ForceEstimates.Tests.Trends;

/// <summary>
/// Shares followed over a year with known paths: the territory lost in three regions of one country, each rising
/// from 20% to 60%, its logit a straight line with a bend of its own (up to ± 0.3 on the logit, a slow wave over the
/// year). Four origins report, with a bias on the odds (an origin's mean, standard deviation <see cref="MeanBiasScale"/>,
/// plus a per-region offset, <see cref="OffsetScale"/>, the sizes of the counts' study: together about 12 points at 40%) and noise of their own on the
/// logit scale (a standard deviation from 0.05 to 0.10: 1–2.5 points at 20–60%): three state the share now and then
/// (whole percent), the fourth says only "over N%", N the share it sees rounded down to a multiple of 5. The coverage
/// study of Trends/README.md counts how often the 95% band holds the true share, on the logit path and on the log
/// path every share followed before.
/// </summary>
internal sealed class ShareSimulation
{
    internal static readonly LocalDate Start = new(2024, 1, 1);

    internal const int Days = 365;

    /// <summary>The standard deviation of an origin's mean bias on the logit scale.</summary>
    internal const double MeanBiasScale = 0.4;

    /// <summary>The standard deviation of an origin's offset per region on the logit scale.</summary>
    internal const double OffsetScale = 0.3;

    internal static readonly int[] CheckedDays = [30, 90, 180, 270, 364];

    private ShareSimulation()
    {
    }

    internal List<Report> Reports { get; } = [];

    internal List<Quantity> Quantities { get; } = [];

    /// <summary>The true share (in %) per region and day.</summary>
    internal List<double[]> Truth { get; } = [];

    internal static double Logit(double percent) => Math.Log(percent / (100 - percent));

    internal static double Logistic(double logit) => 100 / (1 + Math.Exp(-logit));

    internal static ShareSimulation Draw(int seed, double biasScale = 1, int regions = 3)
    {
        var random = new Random(seed);
        var simulation = new ShareSimulation();
        double from = Logit(20), to = Logit(60);
        for (var s = 0; s < regions; s++)
        {
            simulation.Quantities.Add(Quantity.Of(Metric.Of("territory lost"), "Atlantis", "Region " + s, Unit.Percent, Statistic.Level));
            var phase = 2 * Math.PI * random.NextDouble();
            var truth = new double[Days];
            for (var d = 0; d < Days; d++)
            {
                var t = d / (double)(Days - 1);
                // The wave vanishes at both ends: 20% on the first day, 60% on the last.
                truth[d] = Logistic(from + ((to - from) * t) + (0.3 * Math.Sin(Math.PI * t) * Math.Sin(phase + (2 * Math.PI * t))));
            }
            simulation.Truth.Add(truth);
        }
        var id = 0;
        for (var o = 0; o < 4; o++)
        {
            var origin = Source.Of("origin " + o, SourceKind.Government, ConflictSide.Unknown);
            var noise = 0.05 + (0.05 * random.NextDouble());
            var mean = biasScale * MeanBiasScale * TrendSimulation.Normal(random);
            var bounds = o == 3;
            for (var s = 0; s < regions; s++)
            {
                // The first origin reports every region; the others about two in three.
                if (o > 0 && random.NextDouble() > 0.67)
                {
                    continue;
                }
                var bias = mean + (biasScale * OffsetScale * TrendSimulation.Normal(random));
                var day = random.Next(20);
                while (day < Days)
                {
                    var seen = Logistic(Logit(simulation.Truth[s][day]) + bias + (noise * TrendSimulation.Normal(random)));
                    var estimate = bounds && seen >= 5 ? Estimate.Above(5 * Math.Floor(seen / 5)) : Estimate.Bare(Math.Clamp(Math.Round(seen), 1, 99));
                    simulation.Reports.Add(Report.Of("share/" + id++, simulation.Quantities[s], estimate, Provenance.Of(origin), Start.PlusDays(day)));
                    day += o == 0 ? 10 + random.Next(15) : 20 + random.Next(30);
                }
            }
        }
        return simulation;
    }

    internal sealed record Result(int Checks, int Hits, int OutsideRange, double MeanAbsolutePoints, double MeanAbsoluteLogit, double MeanHalfWidthLogit)
    {
        internal double Coverage => (double)Hits / Checks;
    }

    /// <summary>Fits <paramref name="replicates"/> simulations from <paramref name="firstSeed"/> and scores the 95% bands and the medians on <see cref="CheckedDays"/>.</summary>
    internal static Result Run(int firstSeed, int replicates, bool logPath = false, double biasScale = 1, int regions = 3)
    {
        int checks = 0, hits = 0, outside = 0;
        double points = 0, logit = 0, width = 0;
        for (var r = 0; r < replicates; r++)
        {
            var simulation = Draw(firstSeed + r, biasScale, regions);
            var model = TrendModel.Fit(simulation.Reports, TrendOptions.Default with { Until = Start.PlusDays(Days - 1), SharesOnLogScale = logPath });
            for (var s = 0; s < simulation.Quantities.Count; s++)
            {
                var series = model.For(simulation.Quantities[s]);
                foreach (var point in series.Path)
                {
                    outside += point.Lower > 0 && point.Upper < 100 ? 0 : 1;
                }
                foreach (var day in CheckedDays)
                {
                    var date = Start.PlusDays(day);
                    if (date < series.Start)
                    {
                        continue;
                    }
                    var estimate = series.At(date);
                    var interval = estimate.Interval(0.95);
                    var truth = simulation.Truth[s][day];
                    checks++;
                    width += (Clamped(interval.Upper) - Clamped(interval.Lower)) / 2;
                    hits += interval.Lower <= truth && truth <= interval.Upper ? 1 : 0;
                    points += Math.Abs(estimate.Median - truth);
                    logit += Math.Abs(Clamped(estimate.Median) - Logit(truth));
                }
            }
        }
        return new Result(checks, hits, outside, points / checks, logit / checks, width / checks);
    }

    // The logit of a figure, the log path's beyond 100% held just below it.
    private static double Clamped(double percent) => Logit(Math.Clamp(percent, 1e-9, 100 - 1e-9));
}
