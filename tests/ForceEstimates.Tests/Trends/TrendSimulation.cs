using System;
using System.Collections.Generic;
using NodaTime;

namespace ForceEstimates.Tests.Trends;

/// <summary>
/// Data drawn from the trend model's own assumptions, with known answers: cumulative series of two
/// subjects (log daily rates = intercept + a subject trend + a series trend, both random walks),
/// origins whose biases are an origin × subject mean plus a per-series offset (both zero-mean
/// normal), a persistent AR(1) error per origin and series, and log-normal reporting noise.
/// One origin keeps a running tally (a report every few days); the others report now and then.
/// </summary>
internal sealed class TrendSimulation
{
    internal static readonly LocalDate Start = new(2022, 3, 1);

    internal const double MeanBiasScale = 0.4;
    internal const double OffsetScale = 0.3;
    internal const double PersistentScale = 0.15;
    internal const double PersistenceDays = 60;
    internal const double NoiseScale = 0.10;

    private TrendSimulation()
    {
    }

    internal int Days { get; private init; }

    internal List<Report> Reports { get; } = [];

    internal List<Quantity> Quantities { get; } = [];

    internal List<Source> Origins { get; } = [];

    /// <summary>The true cumulative count per series and day.</summary>
    internal List<double[]> Truth { get; } = [];

    /// <summary>The true log bias per origin and series (NaN when the origin does not report the series).</summary>
    internal double[,] Bias { get; private set; } = new double[0, 0];

    internal static TrendSimulation Draw(int seed, int days = 200, int seriesPerSubject = 3, int origins = 4)
    {
        var random = new Random(seed);
        var simulation = new TrendSimulation { Days = days };
        string[] subjects = ["Atlantis", "Borduria"];
        for (var o = 0; o < origins; o++)
        {
            simulation.Origins.Add(Source.Of("origin " + o, SourceKind.Government, ConflictSide.Unknown));
        }
        var meanBias = new double[origins, subjects.Length];
        for (var o = 0; o < origins; o++)
        {
            for (var j = 0; j < subjects.Length; j++)
            {
                meanBias[o, j] = MeanBiasScale * Normal(random);
            }
        }
        var seriesCount = subjects.Length * seriesPerSubject;
        simulation.Bias = new double[origins, seriesCount];
        var reportId = 0;
        for (var j = 0; j < subjects.Length; j++)
        {
            var shared = RandomWalk(random, days, 0.02);
            for (var k = 0; k < seriesPerSubject; k++)
            {
                var s = (j * seriesPerSubject) + k;
                var quantity = Quantity.Of(Metric.Of("losses " + k), subjects[j], null, Unit.CountOf("items"), Statistic.Cumulative);
                simulation.Quantities.Add(quantity);
                var own = RandomWalk(random, days, 0.02);
                var intercept = Math.Log(5) + (3 * random.NextDouble());
                var cumulative = new double[days];
                double total = 0;
                for (var d = 0; d < days; d++)
                {
                    total += Math.Exp(intercept + shared[d] + own[d]);
                    cumulative[d] = total;
                }
                simulation.Truth.Add(cumulative);
                for (var o = 0; o < origins; o++)
                {
                    // The tally keeper reports every series; the others about two in three.
                    if (o > 0 && random.NextDouble() > 0.67)
                    {
                        simulation.Bias[o, s] = double.NaN;
                        continue;
                    }
                    var bias = meanBias[o, j] + (OffsetScale * Normal(random));
                    simulation.Bias[o, s] = bias;
                    var persistent = PersistentScale * Normal(random);
                    var last = 0;
                    var day = o == 0 ? 1 + random.Next(3) : 5 + random.Next(30);
                    while (day < days)
                    {
                        var a = Math.Exp(-(day - last) / PersistenceDays);
                        persistent = (a * persistent) + (Math.Sqrt(1 - (a * a)) * PersistentScale * Normal(random));
                        var value = Math.Round(cumulative[day] * Math.Exp(bias + persistent + (NoiseScale * Normal(random))));
                        if (value >= 1)
                        {
                            var date = Start.PlusDays(day);
                            simulation.Reports.Add(Report.Of("sim/" + reportId++, quantity, Estimate.Bare(value), Provenance.Of(simulation.Origins[o]), new DateInterval(Start, date), date));
                        }
                        last = day;
                        day += o == 0 ? 2 + random.Next(4) : 15 + random.Next(30);
                    }
                }
            }
        }
        return simulation;
    }

    private static double[] RandomWalk(Random random, int days, double step)
    {
        var walk = new double[days];
        for (var d = 1; d < days; d++)
        {
            walk[d] = walk[d - 1] + (step * Normal(random));
        }
        return walk;
    }

    internal static double Normal(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
