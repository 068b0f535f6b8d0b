using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Linq;

namespace ForceEstimates.Cli;

/// <summary>
/// The <c>force-estimates</c> command line: one root command with a subcommand per job. <see cref="Run"/> is what
/// the executable calls and what the tests call in-process with their own <see cref="Terminal"/>.
/// </summary>
internal static class ForceEstimatesTool
{
    public const string Name = "force-estimates";

    public static int Run(IReadOnlyList<string> args, Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(terminal);
        var root = new RootCommand(
            "Reported figures with their hedges, sources and uncertainty: read them from articles, combine conflicting "
            + "reports, follow them over time, estimate each source's bias and check them against one another."
            + Environment.NewLine + Environment.NewLine
            + "Reports are read from CSV (the columns of the ForceEstimates README) or JSON files, or from standard input "
            + "when no file is given or a file is \"-\"; a CSV file with the header of the Radford et al. (2023) replication "
            + "data (samples/data/radford2023) is read as that data."
            + Environment.NewLine + Environment.NewLine + ExitCodes.Summary);
        foreach (var command in Commands(terminal))
        {
            root.Subcommands.Add(command);
        }
        var result = root.Parse(args);
        if (UnknownOption(result) is { } unknown)
        {
            var command = result.CommandResult.Command;
            terminal.Error.WriteLine($"{Name} {command.Name}: unknown option \"{unknown}\"; the options are "
                + string.Join(", ", command.Options.Where(option => !option.Hidden && option.Name.StartsWith("--", StringComparison.Ordinal)
                    && option.Name != "--help").Select(option => option.Name))
                + ". To pass a file or a word that starts with \"-\", write it after \"--\".");
            terminal.Error.WriteLine($"See '{Name} {command.Name} --help'.");
            return ExitCodes.Usage;
        }
        if (result.Errors.Count > 0 && result.Action is ParseErrorAction)
        {
            var commandName = result.CommandResult.Command == root ? Name : $"{Name} {result.CommandResult.Command.Name}";
            if (result.CommandResult.Command == root && result.UnmatchedTokens.Count > 0)
            {
                // Not "Required command was not provided" before the word that was meant as one.
                terminal.Error.WriteLine($"{Name}: unknown command \"{result.UnmatchedTokens[0]}\"; the commands are "
                    + string.Join(", ", root.Subcommands.Select(command => command.Name)) + ".");
            }
            else
            {
                // A required option left out is named with what it expects, not only as "required".
                var missing = MissingRequiredOptions(result);
                foreach (var option in missing)
                {
                    terminal.Error.WriteLine($"{commandName}: {option.Name} is required: {Lowercased(option.Description)}.");
                }
                foreach (var error in result.Errors.Where(error => !missing.Any(option => error.Message.Contains($"'{option.Name}'", StringComparison.Ordinal))))
                {
                    terminal.Error.WriteLine($"{commandName}: {error.Message}");
                }
            }
            terminal.Error.WriteLine($"See '{commandName} --help'.");
            return ExitCodes.Usage;
        }
        return result.Invoke(new InvocationConfiguration
        {
            Output = terminal.Output,
            Error = terminal.Error,
            EnableDefaultExceptionHandler = false,
        });
    }

    /// <summary>
    /// A word written as an option ("--frobnicate", "-x") that no option of the command takes, which the parser would
    /// otherwise pass on as a file name or as words of a figure; words after "--" are never options.
    /// </summary>
    private static string? UnknownOption(ParseResult result)
    {
        if (result.CommandResult.Command is RootCommand)
        {
            return null;
        }
        var beforeDoubleDash = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        foreach (var token in result.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }
            beforeDoubleDash.Add(token);
        }
        var doubleDash = result.Tokens.Any(token => token.Type == TokenType.DoubleDash);
        return result.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(argument => argument.Tokens)
            .Where(token => !doubleDash || beforeDoubleDash.Contains(token))
            .Select(token => token.Value)
            .Concat(result.UnmatchedTokens)
            .FirstOrDefault(LooksLikeAnOption);
    }

    /// <summary>"--word" or "-x", but not "-" (standard input) nor "-5" (a negative number).</summary>
    private static bool LooksLikeAnOption(string word)
        => word.Length > 1 && word[0] == '-' && (word[1] == '-' || char.IsLetter(word[1]));

    /// <summary>The required options the command line leaves out, to be named with what each expects.</summary>
    private static List<Option> MissingRequiredOptions(ParseResult result)
        => result.CommandResult.Command is RootCommand
            ? []
            : result.CommandResult.Command.Options.Where(option => option.Required && result.GetResult(option) is not { Implicit: false }).ToList();

    private static string Lowercased(string? description)
        => string.IsNullOrEmpty(description) ? "" : char.ToLowerInvariant(description[0]) + description[1..].TrimEnd('.');

    private static IEnumerable<Command> Commands(Terminal terminal)
    {
        yield return ExtractCommand.Create(terminal);
        yield return AggregateCommand.Create(terminal);
        yield return TrendCommand.CreateTrend(terminal);
        yield return TrendCommand.CreateBiases(terminal);
        yield return CheckCommand.Create(terminal);
        yield return ParseCommand.Create(terminal);
    }

    /// <summary>
    /// Sets a command's action so that a bad input or an impossible request ends with one message naming the
    /// command and the place at fault, and the documented exit code, instead of a stack trace.
    /// </summary>
    public static void SetAction(Command command, Terminal terminal, Func<ParseResult, int> action)
        => command.SetAction(result =>
        {
            try
            {
                return action(result);
            }
            catch (InputException e)
            {
                terminal.Error.WriteLine($"{Name} {command.Name}: {e.Message}");
                return ExitCodes.BadInput;
            }
            catch (UsageException e)
            {
                terminal.Error.WriteLine($"{Name} {command.Name}: {e.Message}");
                terminal.Error.WriteLine($"See '{Name} {command.Name} --help'.");
                return ExitCodes.Usage;
            }
        });

    /// <summary>A command's description followed by its example, so that <c>--help</c> shows both.</summary>
    public static string Describe(string description, params string[] examples)
        => description + Environment.NewLine + Environment.NewLine + "Example:" + Environment.NewLine
            + string.Join(Environment.NewLine, Array.ConvertAll(examples, example => "  " + example));
}
