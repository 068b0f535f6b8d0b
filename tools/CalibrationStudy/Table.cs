using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ForceEstimates.CalibrationStudy;

/// <summary>The study's results as Markdown and CSV.</summary>
internal static class Table
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>One table per scenario (all k): for each k the hand methods and the oracle, then each method.</summary>
    internal static string Markdown(IReadOnlyList<ScenarioSummary> results)
    {
        var text = new StringBuilder();
        foreach (var group in results.GroupBy(r => r.Scenario.Label))
        {
            text.Append("#### ").AppendLine(group.Key).AppendLine();
            text.AppendLine("| k | method | CI cover | PI cover | mean abs log error | excess over better hand | width / oracle | flagged | failed / out of range |");
            text.AppendLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var s in group)
            {
                text.Append(Invariant, $"| {s.Scenario.K} | *by hand: mean / median / best single* | | | {s.MeanError.Mean:0.000} / {s.MedianError.Mean:0.000} / {s.BestError.Mean:0.000} | | ");
                text.Append(double.IsNaN(s.OracleWidth) ? "oracle —" : string.Create(Invariant, $"oracle {s.OracleWidth:0.000} (covers {Percent(s.OracleCoverage)})"));
                text.AppendLine(" | | |");
                foreach (var m in s.Methods)
                {
                    text.Append(Invariant, $"| {s.Scenario.K} | {m.Method} | {Percent(m.Coverage.Mean)} | {Percent(m.PredictionCoverage.Mean)} | {m.Error.Mean:0.000} ± {m.Error.StandardError:0.000} | {Signed(m.ExcessOverBetterHand.Mean)} ± {m.ExcessOverBetterHand.StandardError:0.000} | {Ratio(m.WidthRatio)} | {(double.IsNaN(m.FlagRate) ? "—" : Percent(m.FlagRate))} | {m.Failures} / {m.OutOfRange} |");
                    text.AppendLine();
                }
            }
            text.AppendLine();
        }
        return text.ToString();
    }

    /// <summary>Every figure, one row per scenario and method.</summary>
    internal static string Csv(IReadOnlyList<ScenarioSummary> results)
    {
        var text = new StringBuilder();
        text.AppendLine("family,truth,style,noise_low,noise_high,noise_shape,k,honest,method,trials,failed,out_of_range,ci_coverage,ci_coverage_se,pi_coverage,error,error_se,excess,excess_se,width,oracle_width,width_ratio,oracle_coverage,flag_rate,mean_error,median_error,best_error");
        foreach (var s in results)
        {
            foreach (var m in s.Methods)
            {
                var sc = s.Scenario;
                text.AppendLine(string.Create(Invariant,
                    $"{sc.Family},{sc.Truth},{sc.Style},{sc.NoiseLow},{sc.NoiseHigh},{sc.Shape},{sc.K},{sc.IsHonest},\"{m.Method}\",{m.Trials},{m.Failures},{m.OutOfRange},{m.Coverage.Mean:0.0000},{m.Coverage.StandardError:0.0000},{m.PredictionCoverage.Mean:0.0000},{m.Error.Mean:0.00000},{m.Error.StandardError:0.00000},{m.ExcessOverBetterHand.Mean:0.00000},{m.ExcessOverBetterHand.StandardError:0.00000},{m.Width:0.00000},{s.OracleWidth:0.00000},{m.WidthRatio:0.000},{s.OracleCoverage:0.0000},{m.FlagRate:0.0000},{s.MeanError.Mean:0.00000},{s.MedianError.Mean:0.00000},{s.BestError.Mean:0.00000}"));
            }
        }
        return text.ToString();
    }

    internal static string Percent(double p) => double.IsNaN(p) ? "—" : (p * 100).ToString("0.0", Invariant) + "%";

    private static string Ratio(double r) => double.IsNaN(r) ? "—" : double.IsInfinity(r) ? "∞" : r.ToString("0.00", Invariant) + "×";

    /// <summary>A signed difference to three decimals; one that rounds to zero is "+0.000" (the format's negative section wrote "-+0.000").</summary>
    internal static string Signed(double x)
    {
        double rounded = Math.Round(x, 3);
        return (rounded == 0 ? 0 : rounded).ToString("+0.000;-0.000", CultureInfo.InvariantCulture);
    }
}
