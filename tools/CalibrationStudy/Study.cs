using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace ForceEstimates.CalibrationStudy;

/// <summary>What one method did in one trial.</summary>
internal readonly record struct MethodTrial(bool Failed, bool Covered, bool PredictionCovered, double Error, double Width, int Flagged, bool OutOfRange);

/// <summary>What the hand methods and the oracle did in one trial.</summary>
internal readonly record struct ReferenceTrial(double MeanError, double MedianError, double BestError, double OracleWidth, bool OracleCovered, int Reports);

/// <summary>A mean with its Monte Carlo standard error.</summary>
internal readonly record struct Figure(double Mean, double StandardError)
{
    internal static Figure Of(IReadOnlyList<double> values)
    {
        int n = values.Count;
        if (n == 0)
        {
            return new Figure(double.NaN, double.NaN);
        }
        double mean = values.Average();
        double variance = n > 1 ? values.Sum(v => (v - mean) * (v - mean)) / (n - 1) : 0;
        return new Figure(mean, Math.Sqrt(variance / n));
    }
}

/// <summary>One method's figures in one scenario.</summary>
internal sealed record MethodSummary(
    string Method,
    int Trials,
    int Failures,
    int OutOfRange,
    Figure Coverage,
    Figure PredictionCoverage,
    Figure Error,
    Figure ExcessOverBetterHand,
    double Width,
    double WidthRatio,
    double FlagRate);

/// <summary>One scenario's figures: the hand methods, the oracle, and each method.</summary>
internal sealed record ScenarioSummary(
    Scenario Scenario,
    int Trials,
    Figure MeanError,
    Figure MedianError,
    Figure BestError,
    double OracleWidth,
    double OracleCoverage,
    IReadOnlyList<MethodSummary> Methods);

/// <summary>
/// Runs methods over scenarios. Each trial draws from its own generator seeded by the scenario and the
/// trial number, so a trial is the same whatever else runs and however the work is split between
/// threads; results are reduced in trial order, so the figures do not depend on the number of threads.
/// </summary>
internal sealed class Study(IReadOnlyList<Method> methods, int trials, int seed, int threads)
{
    internal IReadOnlyList<Method> Methods => methods;

    internal ScenarioSummary Run(Scenario scenario)
    {
        var references = new ReferenceTrial[trials];
        var results = new MethodTrial[methods.Count, trials];
        int scenarioSeed = scenario.Seed(seed);
        Parallel.For(0, trials, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var random = new Random(unchecked((scenarioSeed * 31) + t));
            var trial = Trial.Generate(scenario, random);
            references[t] = Reference(trial);
            for (int m = 0; m < methods.Count; m++)
            {
                results[m, t] = Evaluate(methods[m], trial);
            }
        });
        return Summarise(scenario, references, results);
    }

    private static ReferenceTrial Reference(Trial trial)
    {
        var scale = StudyScale.For(trial.Scenario.Truth);
        double truth = scale.Measure(trial.Truth);
        var stated = trial.Stated;
        double mean = stated.Average();
        var sorted = stated.OrderBy(x => x).ToArray();
        double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        double best = stated[trial.Best];
        var (low, high) = Oracle.Interval(trial);
        double truthOnScale = Oracle.ToScale(scale, trial.Truth);
        return new ReferenceTrial(
            Math.Abs(Measure(scale, mean) - truth),
            Math.Abs(Measure(scale, median) - truth),
            Math.Abs(Measure(scale, best) - truth),
            high - low,
            low <= truthOnScale && truthOnScale <= high,
            trial.Reports.Length);
    }

    private static MethodTrial Evaluate(Method method, Trial trial)
    {
        var scale = StudyScale.For(trial.Scenario.Truth);
        Outcome outcome;
        try
        {
            outcome = method.Run(trial);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            return new MethodTrial(true, false, false, double.NaN, double.PositiveInfinity, 0, false);
        }
        double truth = trial.Truth;
        bool covered = outcome.Lower <= truth && truth <= outcome.Upper;
        bool predicted = outcome.PredictionLower <= trial.Next && trial.Next <= outcome.PredictionUpper;
        double error = Math.Abs(Measure(scale, outcome.Point) - scale.Measure(truth));
        double low = outcome.Lower, high = outcome.Upper;
        bool outOfRange = low < 0 || (scale.IsShare && high > 100) || !(outcome.Point >= 0) || (scale.IsShare && outcome.Point > 100);
        double width = Measure(scale, high) - Measure(scale, low);
        if (!(low > 0) && !scale.IsSmall)
        {
            width = double.PositiveInfinity;
        }
        return new MethodTrial(false, covered, predicted, error, double.IsNaN(width) ? double.PositiveInfinity : width, outcome.Flagged, outOfRange);
    }

    /// <summary>A value on the error scale, clipped into the scale's range (a result outside it is also counted as out of range).</summary>
    private static double Measure(StudyScale scale, double x)
    {
        if (scale.IsShare)
        {
            x = Math.Clamp(x, 1e-4, 100 - 1e-4);
        }
        else if (!scale.IsSmall)
        {
            x = Math.Max(x, 1e-4);
        }
        return scale.Measure(x);
    }

    private ScenarioSummary Summarise(Scenario scenario, ReferenceTrial[] references, MethodTrial[,] results)
    {
        var meanErrors = references.Select(r => r.MeanError).ToArray();
        var medianErrors = references.Select(r => r.MedianError).ToArray();
        var better = meanErrors.Average() <= medianErrors.Average() ? meanErrors : medianErrors;
        double oracleWidth = Median(references.Select(r => r.OracleWidth).Where(double.IsFinite).ToList());
        double oracleCoverage = references.Any(r => double.IsFinite(r.OracleWidth))
            ? references.Count(r => r.OracleCovered) / (double)references.Length
            : double.NaN;
        var summaries = new List<MethodSummary>();
        for (int m = 0; m < methods.Count; m++)
        {
            var rows = Enumerable.Range(0, trials).Select(t => results[m, t]).ToArray();
            var valid = rows.Where(r => !r.Failed).ToArray();
            var excess = Enumerable.Range(0, trials).Where(t => !results[m, t].Failed).Select(t => results[m, t].Error - better[t]).ToList();
            double width = Median(rows.Select(r => r.Width).ToList());
            int flaggedTrials = valid.Count(r => r.Flagged >= 0);
            double flagRate = flaggedTrials == 0 ? double.NaN
                : valid.Where(r => r.Flagged >= 0).Sum(r => r.Flagged) / (double)Enumerable.Range(0, trials).Where(t => !results[m, t].Failed && results[m, t].Flagged >= 0).Sum(t => references[t].Reports);
            summaries.Add(new MethodSummary(
                methods[m].Name,
                trials,
                rows.Count(r => r.Failed),
                valid.Count(r => r.OutOfRange),
                Figure.Of(rows.Select(r => r.Covered ? 1.0 : 0.0).ToList()),
                Figure.Of(rows.Select(r => r.PredictionCovered ? 1.0 : 0.0).ToList()),
                Figure.Of(valid.Select(r => r.Error).ToList()),
                Figure.Of(excess),
                width,
                width / oracleWidth,
                flagRate));
        }
        return new ScenarioSummary(scenario, trials, Figure.Of(meanErrors), Figure.Of(medianErrors),
            Figure.Of(references.Select(r => r.BestError).ToList()), oracleWidth, oracleCoverage, summaries);
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        values.Sort();
        int n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
    }
}
