using System;
using ForceEstimates.Trends;

namespace ForceEstimates.Tests.Trends;

/// <summary>The coverage study: fits on <see cref="TrendSimulation"/> data and counts how often the 95% intervals hold the truth.</summary>
internal static class TrendCoverage
{
    internal static readonly int[] CheckedDays = [40, 80, 120, 160, 199];

    internal sealed record Result(int BandHits, int BandChecks, int BiasHits, int BiasChecks, double MeanAbsoluteLogError)
    {
        internal double BandCoverage => (double)BandHits / BandChecks;

        internal double BiasCoverage => (double)BiasHits / BiasChecks;
    }

    internal static Result Run(int firstSeed, int replicates, TrendOptions? options = null)
    {
        int bandHits = 0, bandChecks = 0, biasHits = 0, biasChecks = 0;
        double error = 0;
        for (var r = 0; r < replicates; r++)
        {
            var simulation = TrendSimulation.Draw(firstSeed + r);
            var model = TrendModel.Fit(simulation.Reports, (options ?? TrendOptions.Default) with { Until = TrendSimulation.Start.PlusDays(simulation.Days - 1) });
            for (var s = 0; s < simulation.Quantities.Count; s++)
            {
                var series = model.For(simulation.Quantities[s]);
                foreach (var day in CheckedDays)
                {
                    var date = TrendSimulation.Start.PlusDays(day);
                    var estimate = series.At(date);
                    var truth = simulation.Truth[s][day];
                    var interval = estimate.Interval(0.95);
                    bandChecks++;
                    bandHits += interval.Lower <= truth && truth <= interval.Upper ? 1 : 0;
                    error += Math.Abs(Math.Log(estimate.Median / truth));
                }
                for (var o = 0; o < simulation.Origins.Count; o++)
                {
                    var truth = simulation.Bias[o, s];
                    if (double.IsNaN(truth))
                    {
                        continue;
                    }
                    var interval = model.Bias(simulation.Origins[o], simulation.Quantities[s]).Interval(0.95);
                    biasChecks++;
                    biasHits += interval.Lower <= Math.Exp(truth) && Math.Exp(truth) <= interval.Upper ? 1 : 0;
                }
            }
        }
        return new Result(bandHits, bandChecks, biasHits, biasChecks, error / bandChecks);
    }
}
