using System;
using System.Globalization;
using System.Linq;

namespace ForceEstimates.CalibrationStudy;

/// <summary>Prints the trials of one scenario that a method fails to cover, with its readings, or (<c>bias</c>) the mean signed error and which side the misses fall on: for looking into a result.</summary>
internal static class Debug
{
    internal static void Show(Scenario scenario, Method method, int seed, int trials, int shown, bool bias)
    {
        int scenarioSeed = scenario.Seed(seed);
        if (bias)
        {
            var scale = StudyScale.For(scenario.Truth);
            double sum = 0, sumSq = 0, lowMiss = 0, highMiss = 0, hand = 0;
            var byTruth = new System.Collections.Generic.SortedDictionary<int, (int N, int Covered)>();
            var byHedge = new System.Collections.Generic.SortedDictionary<string, (int N, double Abs, double HandAbs, double Signed, double HandSigned)>();
            for (int t = 0; t < trials; t++)
            {
                var trial = Trial.Generate(scenario, new Random(unchecked((scenarioSeed * 31) + t)));
                var outcome = method.Run(trial);
                double e = scale.Measure(outcome.Point) - scale.Measure(trial.Truth);
                sum += e;
                sumSq += e * e;
                hand += trial.Stated.Select(x => scale.Measure(x)).Average() - scale.Measure(trial.Truth);
                if (scenario.K == 1)
                {
                    double he = scale.Measure(trial.Stated[0]) - scale.Measure(trial.Truth);
                    string key = trial.Reports[0].Estimate.Hedge.ToString();
                    var c = byHedge.TryGetValue(key, out var cc) ? cc : default;
                    byHedge[key] = (c.N + 1, c.Abs + Math.Abs(e), c.HandAbs + Math.Abs(he), c.Signed + e, c.HandSigned + he);
                }
                if (scenario.Truth == TruthKind.SmallCount)
                {
                    int bucket = trial.Truth < 2 ? (int)trial.Truth : trial.Truth < 5 ? 2 : trial.Truth < 10 ? 5 : 10;
                    var b = byTruth.TryGetValue(bucket, out var bb) ? bb : default;
                    byTruth[bucket] = (b.N + 1, b.Covered + (outcome.Lower <= trial.Truth && trial.Truth <= outcome.Upper ? 1 : 0));
                }
                lowMiss += trial.Truth < outcome.Lower ? 1 : 0;
                highMiss += trial.Truth > outcome.Upper ? 1 : 0;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scenario.Name}: mean signed error (estimate − truth) {sum / trials:0.0000} ± {Math.Sqrt((sumSq / trials) - (sum / trials * sum / trials)) / Math.Sqrt(trials):0.0000}; rms {Math.Sqrt(sumSq / trials):0.0000}; the mean of the stated figures on the scale {hand / trials:0.0000}; truth below {lowMiss / trials:P1}, above {highMiss / trials:P1}"));
            foreach (var (bucket, b) in byTruth)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   truth {(bucket < 2 ? bucket.ToString(CultureInfo.InvariantCulture) : bucket == 2 ? "2-4" : bucket == 5 ? "5-9" : "10+"),-4} n {b.N,5}  covered {(double)b.Covered / b.N:P1} ± {Math.Sqrt((double)b.Covered / b.N * (1 - ((double)b.Covered / b.N)) / b.N):P1}"));
            }
            foreach (var (key, c) in byHedge)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {key,-12} n {c.N,5}  |e| {c.Abs / c.N:0.0000} hand {c.HandAbs / c.N:0.0000} (sum diff {(c.Abs - c.HandAbs) / trials:+0.0000;-0.0000})  signed {c.Signed / c.N:+0.0000;-0.0000} hand {c.HandSigned / c.N:+0.0000;-0.0000}"));
            }
            return;
        }
        for (int t = 0; t < trials && shown > 0; t++)
        {
            var trial = Trial.Generate(scenario, new Random(unchecked((scenarioSeed * 31) + t)));
            var outcome = method.Run(trial);
            if (outcome.Lower <= trial.Truth && trial.Truth <= outcome.Upper)
            {
                continue;
            }
            shown--;
            var scale = StudyScale.For(scenario.Truth);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trial {t}: truth {trial.Truth:G5}; estimate {outcome.Point:G5} [{outcome.Lower:G5}, {outcome.Upper:G5}]"));
            var readings = Readings.Read(trial.Reports, scale, ReadingRule.CensoredRounding);
            for (int i = 0; i < trial.Reports.Length; i++)
            {
                var s = trial.Statements[i];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {s.Text,-28} region [{s.Lower:G5}, {s.Upper:G5}] noise {trial.Noise[i]:0.00}"));
            }
            foreach (var r in readings)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   reading [{r.Lower:0.###}, {r.Upper:0.###}] v {r.Variance:0.####} r {r.Rounding:0.####}"));
            }
        }
    }
}
