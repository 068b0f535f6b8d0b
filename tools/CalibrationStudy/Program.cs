using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using ForceEstimates.Aggregation;

namespace ForceEstimates.CalibrationStudy;

/// <summary>
/// The calibration study: known truths reported by simulated sources, aggregated by the library and
/// by candidate methods; coverage, error and width per scenario. See README.md beside this file.
/// </summary>
internal static class Program
{
    /// <summary>
    /// Entry point. Options: <c>--trials N</c> (2,000 by default), <c>--quick</c> (200 trials), <c>--seed S</c>,
    /// <c>--threads T</c> (at most 2 by default), <c>--methods library|candidates|all</c>, <c>--validation</c>
    /// (the check grid instead of the main one), <c>--stress</c> (a second check mix, written after the choice),
    /// <c>--wild</c> (one wild source among honest ones, off by a factor of 3 or 10),
    /// <c>--only TEXT</c> (scenarios whose name contains it),
    /// <c>--markdown FILE</c>, <c>--csv FILE</c>, <c>--bound</c> (how narrow an interval can be against the oracle's
    /// when the sources' noise differs, from the scenarios' noise ranges; no simulation).
    /// </summary>
    /// <returns>0, or 2 on bad usage.</returns>
    public static int Main(string[] args)
    {
        int trials = 2000, seed = 20250331, threads = Math.Min(2, Environment.ProcessorCount);
        string methodSet = "library", only = "";
        string? markdown = null, csv = null;
        bool validation = false, stress = false, wild = false, noiseLevels = false, debug = false, bias = false, bound = false;
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--trials": trials = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--quick": trials = 200; break;
                case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--threads": threads = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--methods": methodSet = Next(); break;
                case "--only": only = Next(); break;
                case "--validation": validation = true; break;
                case "--stress": stress = true; break;
                case "--wild": wild = true; break;
                case "--noise-levels": noiseLevels = true; break;
                case "--debug": debug = true; break;
                case "--bias": debug = bias = true; break;
                case "--bound": bound = true; break;
                case "--point-threshold": Readings.PointThreshold = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--markdown": markdown = Next(); break;
                case "--csv": csv = Next(); break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}. Options: --trials N, --quick, --seed S, --threads T, --methods library|candidates|all, --validation, --stress, --wild, --noise-levels, --only TEXT, --markdown FILE, --csv FILE, --debug, --bias, --bound");
                    return 2;
            }
        }
        var methods = MethodSets.Named(methodSet);
        var scenarios = (noiseLevels ? Scenario.NoiseLevels() : wild ? Scenario.Wild() : stress ? Scenario.Stress() : validation ? Scenario.Validation() : Scenario.Grid()).Where(s => s.Name.Contains(only, StringComparison.Ordinal)).ToList();
        if (bound)
        {
            Console.WriteLine(Bound.Markdown(scenarios.Where(s => s.IsHonest)));
            return 0;
        }
        if (debug)
        {
            Debug.Show(scenarios[0], methods[0], seed, trials, 5, bias);
            return 0;
        }
        var study = new Study(methods, trials, seed, threads);
        var results = new List<ScenarioSummary>();
        var clock = Stopwatch.StartNew();
        foreach (var scenario in scenarios)
        {
            var result = study.Run(scenario);
            results.Add(result);
            string coverages = string.Join("; ", result.Methods.Select(m => m.Method + " " + Table.Percent(m.Coverage.Mean)));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds,7:0.0}s {scenario.Name}: {coverages}"));
        }
        string table = Table.Markdown(results);
        if (markdown is not null)
        {
            File.WriteAllText(markdown, table);
        }
        else
        {
            Console.WriteLine(table);
        }
        if (csv is not null)
        {
            File.WriteAllText(csv, Table.Csv(results));
        }
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scenarios.Count} scenarios × {trials} trials × {methods.Count} methods in {clock.Elapsed.TotalSeconds:0} s on {threads} threads (seed {seed})."));
        return 0;
    }
}
