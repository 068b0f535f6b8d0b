using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ForceEstimates.Aggregation;
using ForceEstimates.Presentation;
using Spectre.Console;

namespace ForceEstimates.Cli;

/// <summary>
/// <c>aggregate REPORTS --as-of DATE</c>: one aggregate per quantity, each a value with its interval and a table of
/// the reports' shares and why; or JSON; or the forest plot as SVG.
/// </summary>
internal static class AggregateCommand
{
    public static Command Create(Terminal terminal)
    {
        var files = CommandOptions.ReportFiles();
        var asOf = CommandOptions.Date("--as-of", "Combine the reports published by this date", required: true);
        var method = new Option<AggregationMethod>("--method")
        {
            Description = "How to combine: RandomEffects (default), FixedEffect, LinearPool, LogarithmicPool, WeightedMedian, Robust, MostConservative, Envelope.",
            DefaultValueFactory = _ => AggregationOptions.Default.Method,
            HelpName = "METHOD",
            CustomParser = r => ParseName(r, "--method", AggregationOptions.Default.Method),
        };
        var level = CommandOptions.Level("The level of the confidence and prediction intervals", AggregationOptions.Default.Level);
        var halfLife = new Option<double>("--half-life")
        {
            Description = "The half-life of a report's weight in days (90 by default): a report this old counts half; \"none\" turns recency weighting off.",
            HelpName = "DAYS",
            DefaultValueFactory = _ => AggregationOptions.Default.HalfLifeDays,
            CustomParser = ParseHalfLife,
        };
        var bounds = new Option<BoundedClaims>("--bounds")
        {
            Description = "How \"more than\", \"up to\" and ranges enter: PlausibleRange (default: what the hedge means, e.g. \"over 11,000\" about 11,000-12,000), Censored (open bounds), HedgeDistribution.",
            HelpName = "READING",
            DefaultValueFactory = _ => AggregationOptions.Default.BoundedClaims,
            CustomParser = r => ParseName(r, "--bounds", AggregationOptions.Default.BoundedClaims),
        };
        var keepOlder = new Option<bool>("--keep-older-levels")
        {
            Description = "Use every figure of a level, an origin's older ones too (by default each origin's newest figure of a level supersedes its older ones, as for a cumulative count; figures of one origin on one day always share its weight).",
        };
        var quantity = CommandOptions.Quantity();
        var json = new Option<bool>("--json") { Description = "Write the aggregates as a JSON array instead of tables." };
        var svg = new Option<string?>("--svg")
        {
            Description = "Also write the forest plot to this SVG file (one quantity: choose it with --quantity when the reports have several).",
            HelpName = "FILE",
        };
        var command = new Command("aggregate", ForceEstimatesTool.Describe(
            "Combine the reports about each quantity as of a date: the value and its 95% interval, the prediction interval, "
            + "the heterogeneity, and each report's share of the weight and why.",
            "force-estimates aggregate samples/data/north-korean-troops.csv --as-of 2025-03-31 --svg forest.svg",
            "force-estimates extract samples/data/articles/kursk-2024-11-23.txt --published 2024-11-23 | force-estimates aggregate --as-of 2024-11-23"))
        {
            files, asOf, method, level, halfLife, bounds, keepOlder, quantity, json, svg,
        };
        ForceEstimatesTool.SetAction(command, terminal, result =>
        {
            var reports = CommandOptions.OnlyQuantity(ReportFiles.Read(result.GetRequiredValue(files), terminal), result.GetValue(quantity));
            var date = result.GetValue(asOf);
            var options = AggregationOptions.Default with
            {
                Method = result.GetValue(method),
                Level = result.GetValue(level),
                HalfLifeDays = result.GetValue(halfLife),
                BoundedClaims = result.GetValue(bounds),
                SupersedeOlderLevels = !result.GetValue(keepOlder),
            };
            var aggregates = Aggregate.ByQuantity(reports, date, options);
            if (aggregates.Count == 0)
            {
                throw new InputException(reports.Count == 0
                    ? "no reports to combine" + (result.GetValue(quantity) is { } text ? $" about a quantity containing \"{text}\"." : ".")
                    : $"none of the {reports.Count} reports was published by {date:yyyy-MM-dd}.");
            }
            if (result.GetValue(svg) is { } svgPath)
            {
                if (aggregates.Count > 1)
                {
                    throw new UsageException("--svg draws one quantity, but the reports have " + aggregates.Count + ": "
                        + string.Join("; ", aggregates.Select(a => a.Quantity.ToString())) + ". Choose one with --quantity.");
                }
                WriteFile(terminal, svgPath, Svg.ForestPlot(aggregates[0]));
            }
            if (result.GetValue(json))
            {
                terminal.Output.WriteLine("[" + string.Join("," + Environment.NewLine, aggregates.Select(a => JsonFormat.Write(a))) + "]");
            }
            else
            {
                var console = terminal.Tables();
                foreach (var aggregate in aggregates)
                {
                    Show(console, aggregate);
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// A member of <typeparamref name="T"/> by its name, ignoring case; anything else (a number, several names, a
    /// misspelling) is a command-line error that lists the names. The default parser took "99" and failed later with a
    /// stack trace, and read "Robust,Envelope" as the flags' union.
    /// </summary>
    private static T ParseName<T>(System.CommandLine.Parsing.ArgumentResult result, string option, T fallback)
        where T : struct, Enum
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        result.AddError($"{option} expects one of {string.Join(", ", Enum.GetNames<T>())}, but got \"{text}\".");
        return fallback;
    }

    /// <summary>A half-life in days: a positive number, or "none" (also "inf", "infinity") for no recency weighting.</summary>
    private static double ParseHalfLife(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = (result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value).Trim();
        if (text.Equals("none", StringComparison.OrdinalIgnoreCase) || text.Equals("inf", StringComparison.OrdinalIgnoreCase)
            || text.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            return double.PositiveInfinity;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var days) && days > 0 && !double.IsNaN(days))
        {
            return days;
        }
        result.AddError($"--half-life expects a positive number of days, such as 90, or \"none\", but got \"{text}\".");
        return AggregationOptions.Default.HalfLifeDays;
    }

    /// <summary>A share as a percentage with one decimal; a share too small to show one is "&lt;0.1%", as the library writes it, not "0.0%".</summary>
    private static string Share(double share)
        => share > 0 && share < 0.0005 ? "<0.1%" : string.Create(CultureInfo.InvariantCulture, $"{share * 100:0.0}%");

    private static void Show(IAnsiConsole console, Aggregate aggregate)
    {
        var c = CultureInfo.InvariantCulture;
        console.WriteLine(aggregate.ToString());
        console.WriteLine(string.Create(c,
            $"  {PlainText.Name(aggregate.Method)} on the {PlainText.Name(aggregate.Scale)} scale; {CommandOptions.Count(aggregate.ReportCount, "report")} from {CommandOptions.Count(aggregate.IndependentOrigins, "independent origin")}; prediction interval {PlainText.Range(aggregate.PredictionInterval)}"));
        console.WriteLine(string.Create(c,
            $"  heterogeneity: Q = {PlainText.Number(aggregate.Q)}, I² = {aggregate.ISquared:0.#}%, tau² = {PlainText.Number(aggregate.TauSquared)}"));
        var table = new Table().AddColumns("report", "figure as written", "origin", "share", "why");
        foreach (var contribution in aggregate.Contributions)
        {
            var report = contribution.Report;
            var share = contribution.Included ? Share(contribution.Share) : "not used";
            var why = string.Join("; ", PlainText.Reasons(contribution)) + (contribution.Disagrees ? " [disagrees]" : "");
            table.AddRow(
                Markup.Escape(report.Id),
                Markup.Escape(report.Estimate.Stated.Text),
                Markup.Escape(report.Provenance.Origin.Name),
                share,
                Markup.Escape(why));
        }
        console.Write(table);
        foreach (var note in aggregate.Notes)
        {
            console.WriteLine("  note: " + PlainText.Of(note));
        }
        console.WriteLine();
    }

    /// <summary>Writes a file the user named; a path that cannot be written is a bad input (exit 3), not a crash.</summary>
    public static void WriteFile(Terminal terminal, string path, string content)
    {
        try
        {
            File.WriteAllText(terminal.FullPath(path), content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new InputException($"{path}: cannot be written: {e.Message}", e);
        }
    }
}
