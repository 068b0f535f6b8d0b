using System;
using System.IO;
using Spectre.Console;

namespace ForceEstimates.Cli;

/// <summary>
/// Where a command reads and writes: standard input, output and error, and whether a person is watching
/// (progress bars and colours only then). The tests run commands against string readers and writers.
/// </summary>
internal sealed class Terminal
{
    /// <summary>Wide enough that a contribution's reasons stay on one line in a file or a pipe.</summary>
    private const int RedirectedWidth = 200;

    public Terminal(TextReader input, TextWriter output, TextWriter error, bool interactive, string workingDirectory)
    {
        Input = input;
        Output = output;
        Error = error;
        IsInteractive = interactive;
        WorkingDirectory = workingDirectory;
    }

    public TextReader Input { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>True when standard output and error are a terminal rather than a file or a pipe.</summary>
    public bool IsInteractive { get; }

    /// <summary>Relative paths on the command line are resolved against this folder.</summary>
    public string WorkingDirectory { get; }

    public static Terminal OfConsole()
        => new(Console.In, Console.Out, Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected, Environment.CurrentDirectory);

    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>Tables for standard output; plain text (no colour codes) unless a person is watching.</summary>
    public IAnsiConsole Tables() => Create(Output);

    /// <summary>Progress for standard error, so that it never mixes with data written to standard output.</summary>
    public IAnsiConsole Progress() => Create(Error);

    private IAnsiConsole Create(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = IsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = IsInteractive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!IsInteractive)
        {
            console.Profile.Width = RedirectedWidth;
        }
        return console;
    }
}
