using FluentAssertions;
using ForceEstimates.Cli;
using Xunit;

namespace ForceEstimates.Cli.Tests;

public class HelpTest
{
    public static TheoryData<string> Commands => new() { "extract", "aggregate", "trend", "biases", "check", "parse" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryCommandsHelpHasAnExampleOfItself(string command)
    {
        var run = ToolRun.Of(command, "--help");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain("Example:").And.Contain($"force-estimates {command} ");
    }

    [Fact]
    public void TheRootHelpListsTheExitCodes()
    {
        var run = ToolRun.Of("--help");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain(ExitCodes.Summary[..40]);
    }

    [Fact]
    public void AnUnknownCommandIsAUsageError()
    {
        var run = ToolRun.Of("aggregrate");

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("aggregrate").And.Contain("--help");
    }
}
