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
        // With NIS's November figure kept beside its December one, the US's "around 10,000" keeps a share under 0.05%.
        var aggregate = Aggregate.Of(Samples.NorthKoreanTroops, new NodaTime.LocalDate(2025, 3, 31), AggregationOptions.Default with { SupersedeOlderLevels = false });
        var tiny = aggregate.Contributions.First(c => c.Included && c.Share > 0 && c.Share < 0.0005);

        var run = ToolRun.Of("aggregate", "north-korean-troops.csv", "--as-of", "2025-03-31", "--keep-older-levels");

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

/// <summary>More mistakes: a level that is not a number, a trend date outside the reports' time.</summary>
public class CommandLineMistakesMoreTest
{
    [Theory]
    [InlineData("abc")]
    [InlineData("95")]
    [InlineData("0")]
    public void ALevelThatIsNotAProbabilityIsAUsageError(string level)
    {
        var run = ToolRun.Of("parse", "nearly 60,000", "--level", level);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain($"--level expects a number between 0 and 1 (exclusive), such as 0.9, but got \"{level}\".").And.NotContain("   at ");
    }

    [Theory]
    [InlineData("--level", "95", "--level expects a number between 0 and 1 (exclusive), such as 0.95, but got \"95\".")]
    [InlineData("--half-life", "-3", "--half-life expects a positive number of days, such as 90, or \"none\", but got \"-3\".")]
    [InlineData("--half-life", "NaN", "--half-life expects a positive number of days, such as 90, or \"none\", but got \"NaN\".")]
    [InlineData("--bounds", "open", "--bounds expects one of Censored, HedgeDistribution, PlausibleRange, but got \"open\".")]
    public void AnAggregateOptionOutOfRangeIsAUsageErrorSayingWhatItExpects(string option, string value, string message)
    {
        var run = ToolRun.Of("aggregate", "north-korean-troops.csv", "--as-of", "2025-03-31", option, value);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain(message).And.NotContain("   at ");
    }

    [Fact]
    public void ATrendDateAfterTheLastReportIsExtrapolated()
    {
        var day = new NodaTime.LocalDate(2025, 5, 1);
        var series = ForceEstimates.Trends.TrendModel.Fit(Samples.NorthKoreanTroops, ForceEstimates.Trends.TrendOptions.Default with { Until = day },
            TestContext.Current.CancellationToken).Series.Single();
        var estimate = series.At(day);

        var run = ToolRun.Of("trend", "north-korean-troops.csv", "--as-of", "2025-05-01");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain("extrapolated").And.Contain(ForceEstimates.Presentation.PlainText.Number(estimate.Median))
            .And.Contain(ForceEstimates.Presentation.PlainText.Range(estimate.Interval(0.95)));
    }

    [Fact]
    public void CountsAreWrittenInWordsAsThePlainTextWritesThem()
    {
        var many = ToolRun.Of("aggregate", "north-korean-troops.csv", "--as-of", "2025-03-31");
        var one = ToolRun.Of("aggregate", "kursk-2024-11-23.csv", "--as-of", "2024-11-23", "--quantity", "Russian troops in Kursk Oblast");

        many.Output.Should().Contain("; 6 reports from 6 independent origins; ").And.NotContain("(s)");
        ToolRun.Of("aggregate", "north-korean-troops.csv", "--as-of", "2025-03-31", "--keep-older-levels").Output.Should().Contain("; 7 reports from 6 independent origins; ");
        one.Output.Should().Contain("; 1 report from 1 independent origin; ").And.NotContain("(s)");
        ToolRun.Of("check", "north-korean-troops.csv").Output.Should().Contain("0 relations checked among 7 reports");
    }

    [Fact]
    public void ABadJsonFileIsNamedWithItsPlaceOnce()
    {
        using var scratch = new ScratchFolder();
        var file = scratch.File("bad.json", "{\"formatVersion\": 1, \"reports\": [ {\"id\": 3} ]}");

        var run = ToolRun.Of("aggregate", file, "--as-of", "2025-03-31");

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Error.Should().Contain("bad.json:1:43: Cannot read a report collection from JSON: Expected a string for \"reports[0].id\", but got 3.")
            .And.NotContain("position 43");
    }

    [Fact]
    public void ATrendDateBeforeTheReportsIsABadInputNamingTheRange()
    {
        var run = ToolRun.Of("trend", "north-korean-troops.csv", "--as-of", "2020-01-01");

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Error.Should().Contain("--as-of 2020-01-01").And.Contain("2024-10-29").And.NotContain("   at ");
    }
}
