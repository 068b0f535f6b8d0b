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
    public void AShareStaysWithin0To100AndItsBiasesAreOnTheOdds()
    {
        // An invented share: "over 40%" of a region lost, then 45% and 50% from two origins, beside a level in km².
        var lost = Quantity.Of(Metric.Of("territory lost"), "Test forces", "Test region", Unit.Percent, Statistic.Level);
        var held = Quantity.Of(Metric.TerritoryHeld, "Test forces", "Test region", Unit.SquareKilometres, Statistic.Level);
        var staff = Source.Of("Test staff", SourceKind.Military, ConflictSide.Ukraine);
        var other = Source.Of("Other side", SourceKind.Military, ConflictSide.Russia);
        var day = new LocalDate(2024, 11, 23);
        Report[] reports =
        [
            Report.Of("lost", lost, Estimate.Above(40), Provenance.Of(staff), day),
            Report.Of("lost2", lost, Estimate.Bare(45), Provenance.Of(other), day.PlusDays(10)),
            Report.Of("lost3", lost, Estimate.Bare(50), Provenance.Of(staff), day.PlusDays(20)),
            Report.Of("held", held, Estimate.About(800), Provenance.Of(staff), day),
        ];
        using var scratch = new ScratchFolder();
        var csv = scratch.File("shares.csv", CsvFormat.Write(reports));

        var trend = ToolRun.Of("trend", csv, "--quantity", "territory lost");
        var biases = ToolRun.Of("biases", csv);

        trend.ExitCode.Should().Be(ExitCodes.Success, trend.Error);
        var model = TrendModel.Fit(CsvFormat.ReadReports(File.ReadAllText(csv)), null, TestContext.Current.CancellationToken);
        var estimate = model.For(lost).At(day.PlusDays(20));
        estimate.Interval(0.95).Upper.Should().BeLessThan(100);
        trend.Output.Should().Contain(PlainText.Range(estimate.Interval(0.95), estimate.Median));
        biases.ExitCode.Should().Be(ExitCodes.Success, biases.Error);
        var lines = biases.Output.Split('\n');
        lines.Where(l => l.Contains("territory lost", System.StringComparison.Ordinal)).Should().HaveCount(2).And.OnlyContain(l => l.Contains("(odds)", System.StringComparison.Ordinal));
        lines.Where(l => l.Contains("territory held", System.StringComparison.Ordinal)).Should().ContainSingle().Which.Should().NotContain("(odds)");
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
