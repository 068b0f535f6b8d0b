using System.IO;
using FluentAssertions;
using ForceEstimates.Cli;
using Xunit;

namespace ForceEstimates.Cli.Tests;

/// <summary>
/// Mistakes found by a new user's first hour with the tool: an option it does not have, a required option left out, an
/// empty article. Each is named with what was expected, with the documented exit code and no stack trace.
/// </summary>
public class FirstHourMistakesTest
{
    [Theory]
    [InlineData("extract", "articles/kursk-2024-11-23.txt", "--published", "2024-11-23", "--frobnicate")]
    [InlineData("aggregate", "--bogus", "north-korean-troops.csv", "--as-of", "2025-03-31")]
    [InlineData("trend", "north-korean-troops.csv", "--frobnicate")]
    [InlineData("biases", "north-korean-troops.csv", "--frobnicate")]
    [InlineData("check", "kursk-2024-11-23.csv", "--frobnicate")]
    [InlineData("parse", "nearly 60,000", "--frobnicate")]
    public void AnUnknownOptionIsAUsageErrorNotAFileOrAWord(params string[] args)
    {
        var unknown = System.Array.Find(args, arg => arg.StartsWith("--", System.StringComparison.Ordinal) && arg is "--bogus" or "--frobnicate");

        var run = ToolRun.Of(args);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().StartWith($"force-estimates {args[0]}: unknown option \"{unknown}\"; the options are --")
            .And.Contain($"See 'force-estimates {args[0]} --help'.")
            .And.NotContain("cannot be read").And.NotContain("Cannot read").And.NotContain("   at ");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void TheUnknownOptionsMessageListsTheCommandsOptions()
    {
        var run = ToolRun.Of("aggregate", "north-korean-troops.csv", "--as-of", "2025-03-31", "--methd", "Robust");

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("unknown option \"--methd\"; the options are --as-of, --method, --level, --half-life, --bounds, --keep-older-levels, --quantity, --json, --svg.");
    }

    [Fact]
    public void AWordAfterADoubleDashIsNeverAnOption()
    {
        using var scratch = new ScratchFolder();
        scratch.File("--odd-name.txt", File.ReadAllText(ToolRun.KurskArticle));

        var run = ToolRun.Of(["extract", "--published", "2024-11-23", "--", "--odd-name.txt"], folder: scratch.Path);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain("nearly 60,000");
    }

    [Theory]
    [InlineData("-")]
    [InlineData("-5")]
    public void StandardInputAndANegativeNumberAreNotOptions(string word)
    {
        var run = ToolRun.Of("parse", word);

        run.Error.Should().NotContain("unknown option");
    }

    [Fact]
    public void AMissingAsOfDateIsNamedWithWhatItExpects()
    {
        var run = ToolRun.Of("aggregate", "north-korean-troops.csv");

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().StartWith("force-estimates aggregate: --as-of is required: combine the reports published by this date (yyyy-MM-dd).");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n ")]
    public void AnEmptyArticleIsNamedAndSkipped(string content)
    {
        using var scratch = new ScratchFolder();
        scratch.File("empty.txt", content);

        var run = ToolRun.Of(["extract", "empty.txt", "--published", "2024-11-23"], folder: scratch.Path);

        run.ExitCode.Should().Be(ExitCodes.SomeSkipped);
        run.Error.Should().Contain("empty.txt: is empty; expected an article's text. (skipped)");
    }
}
