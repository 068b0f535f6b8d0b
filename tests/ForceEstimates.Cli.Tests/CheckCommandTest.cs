using FluentAssertions;
using ForceEstimates.Cli;
using ForceEstimates.Presentation;
using Xunit;

namespace ForceEstimates.Cli.Tests;

public class CheckCommandTest
{
    [Fact]
    public void TheSeedArticleHoldsTogether()
    {
        using var scratch = new ScratchFolder();
        scratch.File("kursk.json", JsonFormat.Write(Samples.Kursk2024));

        var run = ToolRun.Of(["check", "kursk.json", "--part", "Kursk Oblast=all fronts"], folder: scratch.Path);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain("PeakAtLeastLevel").And.Contain("PartOfWhole").And.Contain("0 violated");
    }

    [Fact]
    public void APeakBelowALevelExitsNonZero()
    {
        // Swap the article's two area figures: a peak of "approximately 800" under a level of "about 1,376" cannot hold.
        var reports = Samples.Kursk2024;
        var peak = reports.Get("kursk-2024-11-23/area-peak");
        var now = reports.Get("kursk-2024-11-23/area-now");
        var swapped = ReportCollection.Of(peak.WithEstimate(now.Estimate), now.WithEstimate(peak.Estimate));
        using var scratch = new ScratchFolder();
        scratch.File("swapped.json", JsonFormat.Write(swapped));

        var run = ToolRun.Of(["check", "swapped.json"], folder: scratch.Path);

        run.ExitCode.Should().Be(ExitCodes.Violated, run.Error);
        run.Output.Should().Contain("Violated");
    }

    [Fact]
    public void APartWithoutItsWholeIsAUsageError()
    {
        var run = ToolRun.Of("check", "north-korean-troops.csv", "--part", "Kursk Oblast");

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("--part expects PART=WHOLE");
    }
}
