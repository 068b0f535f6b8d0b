using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace ForceEstimates.Cli;

/// <summary>Options and arguments that several commands share, built the same way everywhere.</summary>
internal static class CommandOptions
{
    /// <summary>A date option written yyyy-MM-dd; anything else is a command-line error naming the option and the text.</summary>
    public static Option<LocalDate> Date(string name, string description, bool required)
        => new(name)
        {
            Description = description + " (yyyy-MM-dd)",
            Required = required,
            HelpName = "DATE",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
                var parsed = LocalDatePattern.Iso.Parse(text);
                if (parsed.Success)
                {
                    return parsed.Value;
                }
                result.AddError($"{name} expects a date written yyyy-MM-dd, such as 2024-11-23, but got \"{text}\".");
                return default;
            },
        };

    /// <summary>
    /// An interval's level between 0 and 1 (exclusive). One parser for the number and its range: with the default one,
    /// text that is not a number ("abc") made the range check throw inside the parser, and the tool crashed with a stack
    /// trace.
    /// </summary>
    public static Option<double> Level(string description, double defaultLevel)
        => new("--level")
        {
            Description = description + ", between 0 and 1.",
            HelpName = "LEVEL",
            DefaultValueFactory = _ => defaultLevel,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value < 1)
                {
                    return value;
                }
                result.AddError($"--level expects a number between 0 and 1 (exclusive), such as {defaultLevel.ToString(CultureInfo.InvariantCulture)}, but got \"{text}\".");
                return defaultLevel;
            },
        };

    /// <summary>Report files: CSV or JSON; none, or "-", means standard input.</summary>
    public static Argument<string[]> ReportFiles()
        => new("REPORTS")
        {
            Description = "Report files, CSV or JSON (by extension, else by content); none or \"-\" reads standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };

    /// <summary>Keeps the reports whose quantity's description contains the text, ignoring case.</summary>
    public static Option<string?> Quantity()
        => new("--quantity")
        {
            Description = "Only the quantities whose description contains this text, ignoring case (\"North Korean\", \"km²\", \"peak\").",
            HelpName = "TEXT",
        };

    /// <summary>The reports whose quantity <see cref="Matches"/> the text (all of them when it is empty).</summary>
    public static ReportCollection OnlyQuantity(ReportCollection reports, string? text)
        => string.IsNullOrWhiteSpace(text) ? reports : ReportCollection.Of(reports.Where(report => Matches(report.Quantity, text)));

    /// <summary>What --quantity means, for every command: the quantity's description contains the text, ignoring case.</summary>
    public static bool Matches(ForceEstimates.Quantity quantity, string text)
        => quantity.ToString().Contains(text, StringComparison.OrdinalIgnoreCase);

    /// <summary>"1 report", "7 reports": a count with its noun, as the library's plain text writes them.</summary>
    public static string Count(int count, string noun)
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
