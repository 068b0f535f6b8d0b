using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using ForceEstimates.Consistency;
using ForceEstimates.Presentation;
using Spectre.Console;

namespace ForceEstimates.Cli;

/// <summary>
/// <c>check REPORTS</c>: can the reports all be true? Each relation between them (a derived figure and its inputs,
/// a part and its whole, a peak and its levels, a cumulative count over time) with the probability that it holds;
/// exits with <see cref="ExitCodes.Violated"/> when one is violated, so that it can guard a data pipeline.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(Terminal terminal)
    {
        var files = CommandOptions.ReportFiles();
        var parts = new Option<string[]>("--part")
        {
            Description = "A place that is part of another, written PART=WHOLE (\"Kursk Oblast=all fronts\"); repeat for more.",
            HelpName = "PART=WHOLE",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        parts.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                var halves = token.Value.Split('=');
                if (halves.Length != 2 || halves.Any(string.IsNullOrWhiteSpace))
                {
                    result.AddError($"--part expects PART=WHOLE, such as \"Kursk Oblast=all fronts\", but got \"{token.Value}\".");
                }
            }
        });
        var json = new Option<bool>("--json") { Description = "Write the findings as JSON instead of a table." };
        var command = new Command("check", ForceEstimatesTool.Describe(
            "Check the relations between the reports: a derived figure against its inputs, a part against its whole, a peak "
            + "against the levels in its period, a cumulative count that never falls, a period's change against the amounts at its ends. "
            + "Exits 1 when a relation is violated.",
            "force-estimates check samples/data/kursk-2024-11-23.csv --part \"Kursk Oblast=all fronts\" || echo \"the reports contradict each other\""))
        {
            files, parts, json,
        };
        ForceEstimatesTool.SetAction(command, terminal, result =>
        {
            var reports = ReportFiles.Read(result.GetRequiredValue(files), terminal);
            var options = ConsistencyOptions.Default;
            foreach (var part in result.GetValue(parts) ?? [])
            {
                var halves = part.Split('=');
                options = options.WithPart(halves[0].Trim(), halves[1].Trim());
            }
            var findings = ConsistencyCheck.Run(reports, options);
            if (result.GetValue(json))
            {
                terminal.Output.WriteLine(JsonFormat.Write(findings));
            }
            else
            {
                var table = new Table().AddColumns("rule", "verdict", "P(holds)", "reports", "why");
                foreach (var finding in findings)
                {
                    table.AddRow(
                        finding.Rule.ToString(),
                        finding.Verdict.ToString(),
                        finding.Probability.ToString("0.00", CultureInfo.InvariantCulture),
                        Markup.Escape(string.Join(", ", finding.Reports.Select(r => r.Id))),
                        Markup.Escape(finding.Explanation));
                }
                var console = terminal.Tables();
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{CommandOptions.Count(findings.Count, "relation")} checked among {CommandOptions.Count(reports.Count, "report")}: {findings.Count(f => f.Verdict == Verdict.Violated)} violated, {findings.Count(f => f.Verdict == Verdict.Inconclusive)} inconclusive."));
                console.Write(table);
            }
            return findings.Any(f => f.Verdict == Verdict.Violated) ? ExitCodes.Violated : ExitCodes.Success;
        });
        return command;
    }
}
