using System.IO;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Cli;
using ForceEstimates.Consistency;
using ForceEstimates.Presentation;
using Xunit;

namespace ForceEstimates.Cli.Tests;

/// <summary>
/// The examples of the tool's help run on the repository's sample data, as a new user would try them: each command's
/// example names a file that is in samples/data and does what the help says.
/// </summary>
public class SampleDataCommandsTest
{
    private static string KurskCsv => Path.Combine(ToolRun.Samples, "kursk-2024-11-23.csv");

    private static string RadfordCsv => Path.Combine(ToolRun.Samples, "radford2023", "replication-data-pnas.csv");

    [Fact]
    public void TheKurskSampleCsvIsTheLibrarysSample()
    {
        File.ReadAllText(KurskCsv).ReplaceLineEndings().Should().Be(CsvFormat.Write(Samples.Kursk2024).ReplaceLineEndings());
    }

    [Fact]
    public void CheckFindsTheSeedArticlesThreeRelationsInTheSampleFile()
    {
        var run = ToolRun.Of("check", "kursk-2024-11-23.csv", "--part", "Kursk Oblast=all fronts");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var expected = ConsistencyCheck.Run(Samples.Kursk2024, ConsistencyOptions.Default.WithPart("Kursk Oblast", "all fronts"));
        expected.Should().HaveCount(3);
        foreach (var finding in expected)
        {
            run.Output.Should().Contain(finding.Rule.ToString());
        }
        run.Output.Should().Contain("3 relations checked among 6 reports: 0 violated");
    }

    [Fact]
    public void EveryHelpExampleNamesAFileOfTheSampleData()
    {
        foreach (var command in new[] { "extract", "aggregate", "trend", "biases", "check" })
        {
            var run = ToolRun.Of(command, "--help");
            var example = run.Output[run.Output.IndexOf("Example:", System.StringComparison.Ordinal)..];
            var line = example.Split('\n')[1].Trim();
            var file = line.Split(' ')[2];
            File.Exists(Path.Combine(ToolRun.Samples, file.Replace("samples/data/", "", System.StringComparison.Ordinal)))
                .Should().BeTrue($"the example of {command} (\"{line}\") names a sample file");
        }
    }

    [Fact]
    public void TrendReadsTheRadfordReplicationDataAsItIs()
    {
        var run = ToolRun.Of("trend", RadfordCsv, "--as-of", "2023-02-23", "--quantity", "military deaths of Russia");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain("military deaths of Russia (cumulative, persons)").And.Contain("2023-02-23");
    }

    [Fact]
    public void BiasesReadTheRadfordReplicationDataFromStandardInput()
    {
        var run = ToolRun.Of(["biases", "--quantity", "military deaths of Russia (cumulative"], File.ReadAllText(RadfordCsv));

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain("UA Source").And.Contain("RU Source");
    }

    [Fact]
    public void ARadfordFileWithABadRowIsNamedWithItsLine()
    {
        using var scratch = new ScratchFolder();
        var lines = File.ReadLines(RadfordCsv).Take(3).ToList();
        lines[2] = "x" + lines[2];
        var file = scratch.File("losses.csv", string.Join("\n", lines) + "\n");

        var run = ToolRun.Of("trend", file);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Error.Should().Contain("losses.csv").And.Contain("line 3").And.NotContain("   at ");
    }
}

/// <summary>
/// --quantity on trend and biases chooses what is shown, not what is fitted: the numbers are those of the one fit over
/// every report that the help describes.
/// </summary>
public class TrendQuantityShownNotFittedTest
{
    private static readonly NodaTime.LocalDate Day365 = new(2023, 2, 23);

    private static string RadfordCsv => Path.Combine(ToolRun.Samples, "radford2023", "replication-data-pnas.csv");

    private static ForceEstimates.Trends.TrendModel FullFit()
    {
        using var reader = File.OpenText(RadfordCsv);
        return ForceEstimates.Trends.TrendModel.Fit(Samples.ReadRadford2023(reader), null, TestContext.Current.CancellationToken);
    }

    [Fact]
    public void TrendShowsTheFullFitsSeries()
    {
        var model = FullFit();
        var series = model.Series.Single(s => s.Quantity.ToString() == "military deaths of Russia (cumulative, persons)");
        var estimate = series.At(Day365);

        var run = ToolRun.Of("trend", RadfordCsv, "--as-of", "2023-02-23", "--quantity", "military deaths of Russia (cumulative");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain(model.ToString())
            .And.Contain(PlainText.Number(estimate.Median))
            .And.Contain(PlainText.Range(estimate.Interval(0.95)));
        run.Output.Should().NotContain("military deaths of Ukraine");
    }

    [Fact]
    public void BiasesShowTheFullFitsBiases()
    {
        var model = FullFit();
        var shown = model.Biases.Where(b => b.Quantity.ToString().Contains("tanks of Russia", System.StringComparison.OrdinalIgnoreCase)).ToList();
        shown.Should().NotBeEmpty();

        var run = ToolRun.Of("biases", RadfordCsv, "--quantity", "TANKS of Russia");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain(model.ToString());
        foreach (var bias in shown)
        {
            run.Output.Should().Contain(bias.Factor.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        }
        run.Output.Should().NotContain("military deaths");
    }

    [Fact]
    public void EveryColumnOfTheTrendTableIsNamed()
    {
        var run = ToolRun.Of("trend", "north-korean-troops.csv", "--as-of", "2025-05-01");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var header = run.Output.Split('\n').First(line => line.Contains("quantity", System.StringComparison.Ordinal));
        header.Split('│').Skip(1).SkipLast(1).Select(cell => cell.Trim()).Should().NotContain(string.Empty).And.Contain("note");
    }

    [Fact]
    public void AQuantityNoSeriesHasListsTheQuantities()
    {
        var run = ToolRun.Of("trend", "north-korean-troops.csv", "--quantity", "tanks");

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Error.Should().Contain("\"tanks\"").And.Contain("North Korean troops");
    }
}
