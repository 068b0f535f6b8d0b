using System;
using System.IO;
using ForceEstimates.Cli;

namespace ForceEstimates.Cli.Tests;

/// <summary>One run of the tool in-process: its exit code and what it wrote to standard output and error.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    /// <summary>The sample files copied beside the tests (samples/data in the repository).</summary>
    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string NorthKoreanTroopsCsv => Path.Combine(Samples, "north-korean-troops.csv");

    public static string KurskArticle => Path.Combine(Samples, "articles", "kursk-2024-11-23.txt");

    /// <summary>Runs the tool with <paramref name="args"/>, standard input <paramref name="input"/>, relative paths resolved against <paramref name="folder"/>.</summary>
    public static ToolRun Of(string[] args, string input = "", string? folder = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var terminal = new Terminal(new StringReader(input), output, error, interactive: false, folder ?? Samples);
        var code = ForceEstimatesTool.Run(args, terminal);
        return new ToolRun(code, output.ToString(), error.ToString());
    }

    public static ToolRun Of(params string[] args) => Of(args, "");
}

/// <summary>A fresh folder for files a test writes, removed afterwards.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "force-estimates-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string? content = null)
    {
        var file = System.IO.Path.Combine(Path, name);
        if (content is not null)
        {
            System.IO.File.WriteAllText(file, content);
        }
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
