using System;
using System.CommandLine;
using System.Globalization;
using ForceEstimates.Presentation;

namespace ForceEstimates.Cli;

/// <summary><c>parse "nearly 60,000"</c>: how the library reads one figure (hedge, median, interval), for a quick look.</summary>
internal static class ParseCommand
{
    public static Command Create(Terminal terminal)
    {
        var text = new Argument<string[]>("TEXT")
        {
            Description = "The figure as written; several words are joined with spaces, so quotes are optional.",
            Arity = ArgumentArity.OneOrMore,
        };
        var level = CommandOptions.Level("The central interval's level", 0.9);
        var json = new Option<bool>("--json") { Description = "Write the estimate as JSON (the figure as written and its distribution)." };
        var command = new Command("parse", ForceEstimatesTool.Describe(
            "Read one figure as newspapers write it and show the reading: its hedge, median and central interval.",
            "force-estimates parse \"nearly 60,000\"",
            "force-estimates parse about 1,376 square kilometres --level 0.95"))
        {
            text, level, json,
        };
        ForceEstimatesTool.SetAction(command, terminal, result =>
        {
            var figure = string.Join(' ', result.GetRequiredValue(text));
            var estimate = Read(figure);
            if (result.GetValue(json))
            {
                terminal.Output.WriteLine(JsonFormat.Write(estimate));
                return ExitCodes.Success;
            }
            var p = result.GetValue(level);
            var interval = estimate.Interval(p);
            var c = CultureInfo.InvariantCulture;
            terminal.Output.WriteLine($"\"{estimate.Stated.Text}\"");
            terminal.Output.WriteLine($"  hedge        {estimate.Hedge}");
            if (estimate.Stated.Unit is { } unit)
            {
                terminal.Output.WriteLine($"  unit         {unit}");
            }
            // The median, the interval's ends and the mean with the same figures where they must differ to read apart.
            terminal.Output.WriteLine($"  median       {PlainText.Median(estimate, interval)}");
            terminal.Output.WriteLine(string.Create(c, $"  {p * 100:0.##}% interval {PlainText.Range(interval, estimate)}"));
            terminal.Output.WriteLine($"  mean         {PlainText.Mean(estimate, interval)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Estimate Read(string figure)
    {
        if (Estimate.TryParse(figure, out var estimate))
        {
            return estimate;
        }
        try
        {
            // TryParse says only no; Parse says where and why.
            return Estimate.Parse(figure);
        }
        catch (FormatException e)
        {
            throw new InputException(e.Message, e);
        }
    }
}
