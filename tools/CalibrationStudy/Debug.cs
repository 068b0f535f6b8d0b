using System;
using System.Globalization;
using System.Linq;

namespace ForceEstimates.CalibrationStudy;

/// <summary>Prints the trials of one scenario that a method fails to cover, with its readings: for looking into a result.</summary>
internal static class Debug
{
    internal static void Show(Scenario scenario, Method method, int seed, int trials, int shown)
    {
        int scenarioSeed = scenario.Seed(seed);
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
