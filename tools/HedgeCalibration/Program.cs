using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace ForceEstimates.HedgeCalibration;

/// <summary>
/// Derives the default hedge model's spreads from the responses of Ferson et al. (2015) and writes
/// them (<c>--write</c>), checks them against the library (<c>--check</c>, exit code 1 on a
/// mismatch) or prints the README table (<c>--table</c>). See README.md beside this file.
/// </summary>
public static class Program
{
    private const double Tolerance = 5e-5;

    /// <summary>Entry point: <c>[data folder] [--write | --check | --table]</c>; the folder defaults to ../shared/data/hedges.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 on success, 1 when the check fails, 2 on bad usage or missing data.</returns>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine("..", "shared", "data", "hedges");
        var mode = args.FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal)) ?? "--table";
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"No hedge data folder at {folder}.");
            return 2;
        }
        var responses = Responses.Read(folder);
        var calibration = Calibration.From(responses.Kept);
        Console.WriteLine($"Read {responses.Total} responses; kept {responses.Kept.Count} (dropped {responses.CalendarYears} calendar-year rows, {responses.Unreadable} unreadable, {responses.SlippedDigits} slipped digits; swapped min/max in {responses.Swapped}).");
        var root = RepositoryRoot();
        var tablePath = Path.Combine(root, "src", "ForceEstimates", "Estimates", "HedgeCalibrationTable.cs");
        var summaryPath = Path.Combine(root, "tests", "ForceEstimates.Tests", "Estimates", "HedgeCalibrationSummary.csv");
        switch (mode)
        {
            case "--write":
                File.WriteAllText(tablePath, calibration.TableSource());
                File.WriteAllText(summaryPath, calibration.SummaryCsv());
                Console.WriteLine($"Wrote {Path.GetRelativePath(root, tablePath)} and {Path.GetRelativePath(root, summaryPath)}; rebuild the library, then run --table.");
                return 0;
            case "--check":
                return Check(calibration, summaryPath, root);
            case "--table":
                Console.WriteLine(calibration.MarkdownTable(HedgeModel.Default));
                return 0;
            default:
                Console.Error.WriteLine("Usage: HedgeCalibration [data folder] [--write | --check | --table]");
                return 2;
        }
    }

    private static int Check(Calibration calibration, string summaryPath, string root)
    {
        var problems = new List<string>();
        foreach (var (kind, roundness, spread) in calibration.Spreads())
        {
            var shipped = HedgeModel.Default.Spread(kind, roundness);
            if (Math.Abs(shipped.Lower - spread.Lower) > Tolerance || Math.Abs(shipped.Upper - spread.Upper) > Tolerance)
            {
                problems.Add($"{kind}/{roundness}: the library ships {shipped}, the data give {spread}");
            }
        }
        if (!File.Exists(summaryPath) || File.ReadAllText(summaryPath) != calibration.SummaryCsv())
        {
            problems.Add($"{Path.GetRelativePath(root, summaryPath)} differs from the figures computed from the data");
        }
        foreach (var problem in problems)
        {
            Console.Error.WriteLine("hedge calibration: " + problem);
        }
        Console.WriteLine(problems.Count == 0
            ? "Hedge calibration check passed: the shipped spreads match the data."
            : "Hedge calibration check FAILED: run with --write and review the change.");
        return problems.Count == 0 ? 0 : 1;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ForceEstimates.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run from inside the repository (no ForceEstimates.sln above the current folder).");
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One participant's reading: the smallest and largest value they thought the speaker could mean.</summary>
internal sealed record Response(string Hedge, double Value, double Min, double Max, Roundness Roundness)
{
    public double LowerDeviation => (Min / Value) - 1;

    public double UpperDeviation => (Max / Value) - 1;
}

/// <summary>Reads both files by column name and applies the cleaning rules of README.md.</summary>
internal sealed class Responses
{
    public List<Response> Kept { get; } = [];

    public int Total { get; private set; }

    public int CalendarYears { get; private set; }

    public int Unreadable { get; private set; }

    public int SlippedDigits { get; private set; }

    public int Swapped { get; private set; }

    public static Responses Read(string folder)
    {
        var result = new Responses();
        foreach (var file in new[] { "ferson2015-exp1.csv", "ferson2015-exp2.csv" })
        {
            var lines = File.ReadAllLines(Path.Combine(folder, file));
            var header = lines[0].Split(',');
            int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{file} has no column {name}.");
            int hedge = Column("Hedge"), value = Column("ActValue"), min = Column("MinValue"), max = Column("MaxValue"), group = Column("Group");
            foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
            {
                result.Total++;
                var cells = line.Split(',');
                if (cells[group] == "timeAbs")
                {
                    result.CalendarYears++;
                    continue;
                }
                if (!TryRead(cells[value], out var v) || !TryRead(cells[min], out var lo) || !TryRead(cells[max], out var hi) || v <= 0
                    || !Estimate.TryParse(EnglishDecimal(cells[value]), out var stated))
                {
                    result.Unreadable++;
                    continue;
                }
                if (lo > hi)
                {
                    (lo, hi) = (hi, lo);
                    result.Swapped++;
                }
                // A slipped digit: an end ten times the stated value or more, or a largest value below a tenth of it.
                if (hi >= 10 * v || lo >= 10 * v || hi <= v / 10)
                {
                    result.SlippedDigits++;
                    continue;
                }
                result.Kept.Add(new Response(cells[hedge], v, lo, hi, stated.Stated.Roundness));
            }
        }
        return result;
    }

    // The responses write decimals the English way; a fourth decimal keeps "65.808" from reading as
    // the digit groups of 65,808 to the parser (which refuses the ambiguous form). Value and roundness are unchanged.
    private static string EnglishDecimal(string text)
        => text.Length is >= 5 and <= 7 && text[^4] == '.' && text.IndexOf('.', StringComparison.Ordinal) == text.Length - 4 && text[0] != '0' ? text + "0" : text;

    private static bool TryRead(string text, out double value)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
