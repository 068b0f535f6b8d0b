using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Cli;
using ForceEstimates.Presentation;
using NodaTime;
using Xunit;

namespace ForceEstimates.Cli.Tests;

public class AggregateCommandTest
{
    private static readonly LocalDate March31 = new(2025, 3, 31);

    [Fact]
    public void TheSampleCsvIsTheLibrarysSample()
    {
        // The file the README's commands use is the library's sample, written by CsvFormat; it must not drift from it.
        File.ReadAllText(ToolRun.NorthKoreanTroopsCsv).ReplaceLineEndings().Should().Be(CsvFormat.Write(Samples.NorthKoreanTroops).ReplaceLineEndings());
    }

    [Fact]
    public void ShowsTheAggregateAndEveryReportsShare()
    {
        var run = ToolRun.Of("aggregate", "north-korean-troops.csv", "--as-of", "2025-03-31");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var expected = Aggregate.Of(Samples.NorthKoreanTroops, March31);
        run.Output.Should().Contain(expected.ToString());
        var shares = Rows(run.Output).ToDictionary(row => row[0], row => row[3]);
        shares.Keys.Should().BeEquivalentTo(Samples.NorthKoreanTroops.Select(r => r.Id));
        // Shares of the reports used add up to 100% (each rounded to 0.1%; "<0.1%" is a share above 0 and below 0.05%).
        shares.Values.Where(s => s.EndsWith('%')).Sum(s => s.StartsWith('<') ? 0 : double.Parse(s.TrimEnd('%'), CultureInfo.InvariantCulture))
            .Should().BeApproximately(100, 0.05 * shares.Count);
    }

    [Fact]
    public void TheMethodOptionChangesTheMethod()
    {
        var run = ToolRun.Of("aggregate", "north-korean-troops.csv", "--as-of", "2025-03-31", "--method", "WeightedMedian");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain(PlainText.Name(AggregationMethod.WeightedMedian));
    }

    [Fact]
    public void TheLevelHalfLifeAndBoundsOptionsAreTheLibrarysOptions()
    {
        var options = AggregationOptions.Default with { Level = 0.8, HalfLifeDays = double.PositiveInfinity, BoundedClaims = BoundedClaims.Censored };
        var expected = Aggregate.Of(Samples.NorthKoreanTroops, March31, options);
        expected.ToString().Should().NotBe(Aggregate.Of(Samples.NorthKoreanTroops, March31).ToString(), "the options change the aggregate");

        var run = ToolRun.Of("aggregate", "north-korean-troops.csv", "--as-of", "2025-03-31", "--level", "0.8", "--half-life", "none", "--bounds", "censored");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain(expected.ToString()).And.Contain("80%");
        var days = ToolRun.Of("aggregate", "north-korean-troops.csv", "--as-of", "2025-03-31", "--half-life", "30");
        days.Output.Should().Contain(Aggregate.Of(Samples.NorthKoreanTroops, March31, AggregationOptions.Default with { HalfLifeDays = 30 }).ToString());
    }

    [Fact]
    public void ReadsStandardInputInAPipe()
    {
        var run = ToolRun.Of(["aggregate", "--as-of", "2025-03-31", "--json"], File.ReadAllText(ToolRun.NorthKoreanTroopsCsv));

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetArrayLength().Should().Be(1);
        document.RootElement[0].GetProperty("reportCount").GetInt32().Should().Be(Aggregate.Of(Samples.NorthKoreanTroops, March31).ReportCount);
    }

    [Fact]
    public void WritesTheForestPlot()
    {
        using var scratch = new ScratchFolder();
        var svg = scratch.File("forest.svg");

        var run = ToolRun.Of("aggregate", ToolRun.NorthKoreanTroopsCsv, "--as-of", "2025-03-31", "--svg", svg);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        File.ReadAllText(svg).Should().Be(Svg.ForestPlot(Aggregate.Of(Samples.NorthKoreanTroops, March31)));
    }

    [Fact]
    public void OneSvgForSeveralQuantitiesIsAUsageErrorThatNamesThem()
    {
        using var scratch = new ScratchFolder();
        var kursk = scratch.File("kursk.json", JsonFormat.Write(Samples.Kursk2024));

        var run = ToolRun.Of("aggregate", kursk, "--as-of", "2024-11-23", "--svg", scratch.File("forest.svg"));

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("--svg draws one quantity").And.Contain("--quantity");
        File.Exists(scratch.File("forest.svg")).Should().BeFalse();
    }

    [Fact]
    public void QuantityChoosesOne()
    {
        using var scratch = new ScratchFolder();
        var kursk = scratch.File("kursk.json", JsonFormat.Write(Samples.Kursk2024));

        var run = ToolRun.Of("aggregate", kursk, "--as-of", "2024-11-23", "--quantity", "north korean");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        Rows(run.Output).Select(row => row[0]).Should().Equal("kursk-2024-11-23/north-korean-troops");
    }

    [Fact]
    public void ACsvErrorNamesTheFileTheLineAndTheColumn()
    {
        using var scratch = new ScratchFolder();
        var lines = File.ReadAllLines(ToolRun.NorthKoreanTroopsCsv);
        lines[2] = lines[2].Replace("\"12,000\"", "lots and lots", StringComparison.Ordinal);
        var bad = scratch.File("bad.csv", string.Join('\n', lines));

        var run = ToolRun.Of(["aggregate", "bad.csv", "--as-of", "2025-03-31"], folder: scratch.Path);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("force-estimates aggregate: bad.csv:3: column \"figure\": ");
    }

    [Fact]
    public void AJsonErrorNamesTheFileTheLineAndTheColumn()
    {
        using var scratch = new ScratchFolder();
        var json = JsonFormat.Write(Samples.Kursk2024).Replace("\"2024-11-23\"", "\"23 Nov\"", StringComparison.Ordinal);
        var line = json.Split('\n').TakeWhile(l => !l.Contains("\"23 Nov\"", StringComparison.Ordinal)).Count() + 1;
        scratch.File("bad.json", json);

        var run = ToolRun.Of(["aggregate", "bad.json", "--as-of", "2025-03-31"], folder: scratch.Path);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Error.Should().MatchRegex($"^force-estimates aggregate: bad\\.json:{line}:[0-9]+: ");
    }

    [Fact]
    public void AMissingFileIsABadInput()
    {
        var run = ToolRun.Of("aggregate", "no-such-file.csv", "--as-of", "2025-03-31");

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Error.Should().StartWith("force-estimates aggregate: no-such-file.csv: cannot be read");
    }

    [Theory]
    [InlineData("2025-3-31")]
    [InlineData("31/03/2025")]
    public void ADateNotWrittenIsoIsAUsageError(string date)
    {
        var run = ToolRun.Of("aggregate", "north-korean-troops.csv", "--as-of", date);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain($"--as-of expects a date written yyyy-MM-dd, such as 2024-11-23, but got \"{date}\"");
    }

    [Fact]
    public void AsOfIsRequired()
    {
        var run = ToolRun.Of("aggregate", "north-korean-troops.csv");

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("--as-of");
    }

    /// <summary>The table's rows: cells between the box-drawing bars, for rows whose first cell is a report id.</summary>
    internal static string[][] Rows(string output)
        => output.Split('\n')
            .Where(line => line.StartsWith('│'))
            .Select(line => line.Split('│', StringSplitOptions.None)[1..^1].Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length > 0 && cells[0].Contains('/', StringComparison.Ordinal))
            .ToArray();
}
