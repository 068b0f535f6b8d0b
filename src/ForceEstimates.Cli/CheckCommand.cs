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
/// a part and its whole, a peak and its levels, a cumulative count over time, a change and the amounts at its ends) with the probability that it holds;
/// exits with <see cref="ExitCodes.Violated"/> when one is violated, so that it can guard a data pipeline.
/// </summary>
internal static class CheckCommand
{
    /// <summary>A repeatable option of PART=WHOLE pairs, each two different non-blank names; <paramref name="example"/> ends its error.</summary>
    private static Option<string[]> PairOption(string name, string description, string example)
    {
        var option = new Option<string[]>(name)
        {
            Description = description,
            HelpName = "PART=WHOLE",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                var halves = token.Value.Split('=');
                if (halves.Length != 2 || halves.Any(string.IsNullOrWhiteSpace) || string.Equals(halves[0].Trim(), halves[1].Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    result.AddError($"{name} expects PART=WHOLE with two different names, {example}, but got \"{token.Value}\".");
                }
            }
        });
        return option;
    }

    public static Command Create(Terminal terminal)
    {
        var files = CommandOptions.ReportFiles();
        var parts = PairOption("--part", "A place that is part of another, written PART=WHOLE (\"Kursk Oblast=all fronts\"); repeat for more.",
            "such as \"Kursk Oblast=all fronts\"");
        var subgroups = PairOption("--subgroup", "A subject that is part of another, written PART=WHOLE (\"conscripts=Russian troops\"); repeat for more. Children are civilians, and civilians, women and men are people, unless --no-default-subgroups.",
            "such as \"children=civilians\"");
        var noDefaultSubgroups = new Option<bool>("--no-default-subgroups") { Description = "Declare no subgroups but those given with --subgroup." };
        var json = new Option<bool>("--json") { Description = "Write the findings as JSON instead of a table." };
        var command = new Command("check", ForceEstimatesTool.Describe(
            "Check the relations between the reports: a derived figure against its inputs, a part against its whole, a peak "
            + "against the levels in its period, a cumulative count that never falls, a period's change against the amounts at its ends. "
            + "Exits 1 when a relation is violated.",
            "force-estimates check samples/data/kursk-2024-11-23.csv --part \"Kursk Oblast=all fronts\" || echo \"the reports contradict each other\""))
        {
            files, parts, subgroups, noDefaultSubgroups, json,
        };
        ForceEstimatesTool.SetAction(command, terminal, result =>
        {
            var reports = ReportFiles.Read(result.GetRequiredValue(files), terminal);
            var options = ConsistencyOptions.Default;
            if (result.GetValue(noDefaultSubgroups))
            {
                options = options.WithoutSubgroups();
            }
            try
            {
                foreach (var part in result.GetValue(parts) ?? [])
                {
                    var halves = part.Split('=');
                    options = options.WithPart(halves[0].Trim(), halves[1].Trim());
                }
                foreach (var subgroup in result.GetValue(subgroups) ?? [])
                {
                    var halves = subgroup.Split('=');
                    options = options.WithSubgroup(halves[0].Trim(), halves[1].Trim());
                }
            }
            catch (ArgumentException e)
            {
                // A part of itself or a circle of declarations ("a=b", then "b=a"): the options say which.
                throw new UsageException(e.Message);
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
