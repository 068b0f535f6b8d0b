using System.IO;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Cli;
using ForceEstimates.Presentation;
using ForceEstimates.Trends;
using NodaTime;
using Xunit;

namespace ForceEstimates.Cli.Tests;

public class TrendCommandTest
{
    [Fact]
    public void ShowsEachSeriesAtTheDate()
    {
        var run = ToolRun.Of("trend", "north-korean-troops.csv", "--as-of", "2025-01-15");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var series = TrendModel.Fit(Samples.NorthKoreanTroops, null, TestContext.Current.CancellationToken).Series.Single();
        var estimate = series.At(new LocalDate(2025, 1, 15));
        run.Output.Should().Contain(PlainText.Number(estimate.Median)).And.Contain(PlainText.Range(estimate.Interval(0.95)));
    }

    [Fact]
    public void WritesTheTrendPicture()
    {
        using var scratch = new ScratchFolder();
        var svg = scratch.File("trend.svg");

        var run = ToolRun.Of("trend", ToolRun.NorthKoreanTroopsCsv, "--svg", svg);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        File.ReadAllText(svg).Should().Be(Svg.Trend(TrendModel.Fit(Samples.NorthKoreanTroops, null, TestContext.Current.CancellationToken).Series.Single()));
    }

    [Fact]
    public void BiasesListsEveryOrigin()
    {
        var run = ToolRun.Of("biases", "north-korean-troops.csv");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        foreach (var bias in TrendModel.Fit(Samples.NorthKoreanTroops, null, TestContext.Current.CancellationToken).Biases)
        {
            run.Output.Should().Contain(bias.Origin.Name);
        }
    }
}
