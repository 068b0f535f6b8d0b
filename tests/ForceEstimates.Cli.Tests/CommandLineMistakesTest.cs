using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Cli;
using Xunit;

namespace ForceEstimates.Cli.Tests;

/// <summary>Mistakes a new user makes on the command line: each is one message naming what was expected, exit 2, no stack trace.</summary>
public class CommandLineMistakesTest
{
    private const string AllMethods = "RandomEffects, FixedEffect, LinearPool, LogarithmicPool, WeightedMedian, Robust, MostConservative, Envelope";

    [Theory]
    [InlineData("99")]
    [InlineData("3")]
    [InlineData("Robust,Envelope")]
    [InlineData("Foo")]
    public void AMethodThatIsNotANameIsAUsageErrorListingTheNames(string method)
    {
        var run = ToolRun.Of("aggregate", "north-korean-troops.csv", "--as-of", "2025-03-31", "--method", method);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain($"--method expects one of {AllMethods}, but got \"{method}\".")
            .And.NotContain("ForceEstimates.Aggregation.AggregationMethod").And.NotContain("   at ");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void AMethodNameIsReadIgnoringCase()
    {
        var run = ToolRun.Of("aggregate", "north-korean-troops.csv", "--as-of", "2025-03-31", "--method", "weightedmedian");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain(PresentationName(AggregationMethod.WeightedMedian));
    }

    [Fact]
    public void AShareTooSmallToShowIsWrittenAsTheLibraryWritesIt()
    {
        var aggregate = Aggregate.Of(Samples.NorthKoreanTroops, new NodaTime.LocalDate(2025, 3, 31));
        var tiny = aggregate.Contributions.First(c => c.Included && c.Share > 0 && c.Share < 0.0005);

        var run = ToolRun.Of("aggregate", "north-korean-troops.csv", "--as-of", "2025-03-31");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var row = run.Output.Split('\n').First(line => line.Contains(tiny.Report.Id, System.StringComparison.Ordinal));
        row.Should().Contain("<0.1%").And.NotContain("0.0%");
    }

    [Fact]
    public void AnUnknownCommandIsNamedWithTheCommands()
    {
        var run = ToolRun.Of("frobnicate", "north-korean-troops.csv");

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().StartWith("force-estimates: unknown command \"frobnicate\"; the commands are extract, aggregate, trend, biases, check, parse.")
            .And.NotContain("Required command");
    }

    private static string PresentationName(AggregationMethod method) => ForceEstimates.Presentation.PlainText.Name(method);
}
