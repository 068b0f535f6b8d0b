using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Cli;
using ForceEstimates.Extraction;
using ForceEstimates.Presentation;
using NodaTime;
using Xunit;

namespace ForceEstimates.Cli.Tests;

public class ExtractCommandTest
{
    private static readonly LocalDate November23 = new(2024, 11, 23);

    [Fact]
    public void TheSeedArticleGivesItsSixFiguresAsCsv()
    {
        var run = ToolRun.Of("extract", "articles/kursk-2024-11-23.txt", "--published", "2024-11-23", "--outlet", "Kyiv Independent");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var reports = CsvFormat.ReadReports(run.Output);
        // DESIGN.md's table: the article's six figures, each with its hedge as written.
        reports.Select(r => r.Estimate.Stated.Text).Should().BeEquivalentTo(
            ReportExtractor.Default.Extract(File.ReadAllText(ToolRun.KurskArticle), November23, "Kyiv Independent").Select(f => f.Text));
        reports.Should().HaveCount(6);
        reports.Should().Contain(r => r.Estimate.Stated.Text == "nearly 60,000" && r.Provenance.Outlet.Name.EndsWith("Kyiv Independent", StringComparison.Ordinal));
        var peak = reports.Single(r => r.Estimate.Stated.Text.Contains("1,376", StringComparison.Ordinal));
        peak.Quantity.Unit.Should().Be(Unit.SquareKilometres);
        // "At most, we controlled about 1,376 ...": a peak, so it is not combined with "now approximately 800".
        peak.Quantity.Statistic.Should().Be(Statistic.Peak);
        reports.Single(r => r.Estimate.Stated.Text.Contains("800 square", StringComparison.Ordinal)).Quantity.Statistic.Should().Be(Statistic.Level);
    }

    [Fact]
    public void ItsOutputAggregatesInAPipe()
    {
        var extracted = ToolRun.Of("extract", "articles/kursk-2024-11-23.txt", "--published", "2024-11-23");

        var run = ToolRun.Of(["aggregate", "-", "north-korean-troops.csv", "--as-of", "2025-03-31", "--quantity", "Kursk front"], extracted.Output);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        AggregateCommandTest.Rows(run.Output).Should().HaveCount(Samples.NorthKoreanTroops.Count);
    }

    [Fact]
    public void FiguresOfSeveralArticlesAboutOneForceAggregateAsOne()
    {
        // Three articles written for this test, each naming the force and the region its own way.
        using var scratch = new ScratchFolder();
        scratch.File("a.txt", "About 11,000 North Korean soldiers are fighting in Kursk Oblast, a Ukrainian official said on Monday.");
        scratch.File("b.txt", "The Pentagon said on Tuesday that around 10,000 North Korean troops are in the Kursk region.");
        scratch.File("c.txt", "Some 12,000 troops from North Korea are in Kursk, South Korea's spy agency said.");
        var extracted = ToolRun.Of(["extract", scratch.Path, "--published", "2024-11-20"]);
        extracted.ExitCode.Should().Be(ExitCodes.Success, extracted.Error);
        var reports = CsvFormat.ReadReports(extracted.Output);
        reports.Select(r => r.Quantity).Distinct().Should().ContainSingle()
            .Which.Should().Be(Quantity.Of(Metric.Personnel, "North Korean troops", "Kursk Oblast"));

        var run = ToolRun.Of(["aggregate", "-", "--as-of", "2024-11-20"], extracted.Output);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        AggregateCommandTest.Rows(run.Output).Should().HaveCount(3);
    }

    [Fact]
    public void OneAgencyNamedTwoWaysIsOneVoiceThroughThePipe()
    {
        // Written for this test: two articles relay South Korea's spy agency under two names; the CSV between the
        // commands carries the name both share (origin_aliases), so the aggregate counts one origin, not two: the
        // agency's newer figure supersedes its older one, or, with every figure kept, the two share its weight.
        using var scratch = new ScratchFolder();
        scratch.File("a-2024-11-20.txt", "About 11,000 North Korean soldiers are in Kursk, South Korea's spy agency said.");
        scratch.File("b-2024-11-21.txt", "The NIS said around 11,000 North Korean troops were in Kursk.");
        var extracted = ToolRun.Of(["extract", scratch.Path]);

        var run = ToolRun.Of(["aggregate", "-", "--as-of", "2024-11-22"], extracted.Output);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain("1 report from 1 independent origin").And.Contain("superseded by its origin's newer figure of the level");
        var every = ToolRun.Of(["aggregate", "-", "--as-of", "2024-11-22", "--keep-older-levels"], extracted.Output);
        every.Output.Should().Contain("2 reports from 1 independent origin");
    }

    [Fact]
    public void ItsPeakIsCheckedAgainstItsLevelInAPipe()
    {
        // DESIGN.md's example: "At most, we controlled about 1,376" (a peak since early August) and "now approximately
        // 800" (the level on the day) are two quantities, and check finds the relation between them with no help.
        var extracted = ToolRun.Of("extract", "articles/kursk-2024-11-23.txt", "--published", "2024-11-23");

        var run = ToolRun.Of(["check", "-", "--json"], extracted.Output);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain("PeakAtLeastLevel").And.Contain("@320").And.Contain("@478");
    }

    [Fact]
    public void ItsShareLostIsCheckedAgainstTheTwoAreasInAPipe()
    {
        // "lost over 40%" (the headline, which names Kursk Oblast) and the two areas of the quotes (which name no place), all
        // from the General Staff source on one day: 1 − 800 / 1,376 ≈ 42% lies over 40% with probability about 0.7.
        var extracted = ToolRun.Of("extract", "articles/kursk-2024-11-23.txt", "--published", "2024-11-23");

        var run = ToolRun.Of(["check", "-"], extracted.Output);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain("LostAgainstHeld").And.Contain("@17").And.Contain("2 relations checked");
    }

    [Fact]
    public void ABadFileInAFolderIsReportedAndSkipped()
    {
        using var scratch = new ScratchFolder();
        scratch.File("a-good.txt", File.ReadAllText(ToolRun.KurskArticle));
        scratch.File("b-bad.txt", "binary\0data");
        var json = scratch.File("figures.json");

        var run = ToolRun.Of(["extract", ".", "--published", "2024-11-23", "--out", json], folder: scratch.Path);

        run.ExitCode.Should().Be(ExitCodes.SomeSkipped);
        run.Error.Should().Contain("b-bad.txt").And.Contain("skipped").And.Contain("1 of 2 articles skipped");
        JsonFormat.ReadReports(File.ReadAllText(json)).Should().HaveCount(6);
    }

    [Fact]
    public void ProvJsonHasAnEntityPerFigure()
    {
        var run = ToolRun.Of("extract", "articles/kursk-2024-11-23.txt", "--published", "2024-11-23", "--format", "prov");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        using var document = System.Text.Json.JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("entity").EnumerateObject().Count(e => e.Name.StartsWith("report:", StringComparison.Ordinal)).Should().Be(6);
    }

    [Fact]
    public void AnArticleWithNoDateAnywhereIsNamedAndSkipped()
    {
        using var scratch = new ScratchFolder();
        scratch.File("undated.txt", "About 11,000 North Korean soldiers are in Kursk, an official said.");

        var run = ToolRun.Of(["extract", "undated.txt"], folder: scratch.Path);

        run.ExitCode.Should().Be(ExitCodes.SomeSkipped);
        run.Error.Should().Contain("undated.txt: has no publication date: give --published (yyyy-MM-dd)").And.Contain("(skipped)");
        run.Output.Should().NotContain("11,000");
    }

    [Fact]
    public void TheSeedArticleTakesTheDateInItsFileName()
    {
        var named = ToolRun.Of("extract", "articles/kursk-2024-11-23.txt");
        var given = ToolRun.Of("extract", "articles/kursk-2024-11-23.txt", "--published", "2024-11-23");

        named.ExitCode.Should().Be(ExitCodes.Success, named.Error);
        named.Output.Should().Be(given.Output);
    }

    [Fact]
    public void ArticlesOfDifferentDaysInOneFolderEachGetTheirOwnDate()
    {
        // Written for this test: one article with a header, one with a date in its name, one with neither.
        using var scratch = new ScratchFolder();
        scratch.File("a.txt", "Published: 2024-11-25\nOutlet: Example Post\n\nAbout 11,000 North Korean soldiers are in Kursk Oblast, an official said on Monday.");
        scratch.File("b-2024-11-20.txt", "The Pentagon said on Tuesday that around 10,000 North Korean troops are in the Kursk region.");
        scratch.File("c.txt", "Some 12,000 troops from North Korea are in Kursk, South Korea's spy agency said.");

        var run = ToolRun.Of(["extract", ".", "--published", "2024-11-01", "--outlet", "Example Wire"], folder: scratch.Path);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var reports = CsvFormat.ReadReports(run.Output);
        var byFigure = reports.ToDictionary(r => r.Estimate.Stated.Text);
        // The header's date and outlet come before the command line's; --published comes before the file name's date.
        byFigure["About 11,000"].Published.Should().Be(new LocalDate(2024, 11, 25));
        byFigure["About 11,000"].Provenance.Outlet.Name.Should().Be("Example Post");
        // "on Monday" is resolved against the header's date: the Monday before 25 November 2024 is the 25th itself or
        // the 18th, never a day after it.
        byFigure["About 11,000"].RefersTo.End.Should().BeLessThanOrEqualTo(new LocalDate(2024, 11, 25));
        byFigure["around 10,000"].Published.Should().Be(new LocalDate(2024, 11, 1));
        byFigure["around 10,000"].Provenance.Outlet.Name.Should().Be("Example Wire");
        byFigure["Some 12,000"].Published.Should().Be(new LocalDate(2024, 11, 1));

        var byName = ToolRun.Of(["extract", "b-2024-11-20.txt"], folder: scratch.Path);
        CsvFormat.ReadReports(byName.Output).Single().Published.Should().Be(new LocalDate(2024, 11, 20));
    }

    [Theory]
    [InlineData("Published: 2024-11-23")]
    [InlineData("published: 23 November 2024")]
    [InlineData("Date: November 23, 2024")]
    [InlineData("Date: Nov. 23, 2024")]
    [InlineData("Published: Saturday, 23 Nov 2024 14:05 GMT")]
    [InlineData("Outlet: Example Post\r\nPublished: 23 Nov 2024")]
    public void AHeaderDateIsReadAsABylineWritesIt(string header)
    {
        using var scratch = new ScratchFolder();
        scratch.File("article.txt", header + "\nAbout 11,000 North Korean soldiers are in Kursk, an official said.");

        var run = ToolRun.Of(["extract", "article.txt"], folder: scratch.Path);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var report = CsvFormat.ReadReports(run.Output).Single();
        report.Published.Should().Be(new LocalDate(2024, 11, 23));
        report.Estimate.Stated.Text.Should().Be("About 11,000");
    }

    [Theory]
    [InlineData("Published: 23/11/2024\n\nAbout 11,000 soldiers.", "article.txt:1: \"23/11/2024\" is not a date; expected yyyy-MM-dd")]
    [InlineData("Outlet: Example Post\nPublished:\n\nAbout 11,000 soldiers.", "article.txt:2: the header line \"Published:\" has no value")]
    [InlineData("Date: 2024-11-23\nPublished: 2024-11-24\n\nAbout 11,000 soldiers.", "article.txt:2: a second date line in the header")]
    [InlineData("Published: 2024-11-23\nOutlet: Example Post\n\n", "article.txt: has a header but no text")]
    public void ABadHeaderIsNamedWithItsLineAndTheArticleSkipped(string content, string message)
    {
        using var scratch = new ScratchFolder();
        scratch.File("article.txt", content);

        var run = ToolRun.Of(["extract", "article.txt", "--published", "2024-11-23"], folder: scratch.Path);

        run.ExitCode.Should().Be(ExitCodes.SomeSkipped);
        run.Error.Should().Contain(message).And.Contain("(skipped)");
    }

    [Fact]
    public void AFirstLineThatOnlyLooksLikeAHeaderIsTheArticle()
    {
        // A dateline or a headline with a colon is text, not a header: its figure is read.
        using var scratch = new ScratchFolder();
        scratch.File("article.txt", "Kyiv: about 11,000 North Korean soldiers are in Kursk, an official said.");

        var run = ToolRun.Of(["extract", "article.txt", "--published", "2024-11-23"], folder: scratch.Path);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        CsvFormat.ReadReports(run.Output).Single().Estimate.Stated.Text.Should().Be("about 11,000");
    }
}
