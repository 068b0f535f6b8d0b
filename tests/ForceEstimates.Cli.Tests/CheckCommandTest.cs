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

public class CheckCommandSubgroupTest
{
    private const string Header = "id,metric,subject,place,unit,statistic,figure,origin,origin_kind,origin_side,published,refers_to_start,refers_to_end";

    // An invented strike's toll: "85 people killed, including 16 children" from one source, "19 children" from another.
    private static string Toll(string children) => string.Join('\n',
        Header,
        "people,killed,people,Dovra,persons,Cumulative,85,governor,Government,Unknown,2025-06-10,2025-06-10,2025-06-10",
        $"children,killed,children,Dovra,persons,Cumulative,{children},officials,Government,Unknown,2025-06-10,2025-06-10,2025-06-10") + "\n";

    [Fact]
    public void ChildrenAreCheckedAgainstThePeopleByDefault()
    {
        using var scratch = new ScratchFolder();
        scratch.File("toll.csv", Toll("about 160"));

        var run = ToolRun.Of(["check", "toll.csv"], folder: scratch.Path);

        run.ExitCode.Should().Be(ExitCodes.Violated, run.Error);
        run.Output.Should().Contain("PartOfWhole").And.Contain("children in Dovra");

        var without = ToolRun.Of(["check", "toll.csv", "--no-default-subgroups"], folder: scratch.Path);
        without.ExitCode.Should().Be(ExitCodes.Success, without.Error);
        without.Output.Should().Contain("0 relations checked");
    }

    [Fact]
    public void ASubgroupIsDeclaredOnTheCommandLine_AndACircleIsAUsageError()
    {
        using var scratch = new ScratchFolder();
        scratch.File("toll.csv", Toll("16").Replace(",children,", ",pupils,", System.StringComparison.Ordinal));

        ToolRun.Of(["check", "toll.csv"], folder: scratch.Path).Output.Should().Contain("0 relations checked");
        var declared = ToolRun.Of(["check", "toll.csv", "--subgroup", "pupils=children"], folder: scratch.Path);
        declared.ExitCode.Should().Be(ExitCodes.Success, declared.Error);
        declared.Output.Should().Contain("1 relation checked").And.Contain("PartOfWhole");

        var circle = ToolRun.Of(["check", "toll.csv", "--subgroup", "people=children"], folder: scratch.Path);
        circle.ExitCode.Should().Be(ExitCodes.Usage);
        circle.Error.Should().Contain("circle of subgroups");
        ToolRun.Of(["check", "toll.csv", "--subgroup", "children"], folder: scratch.Path).Error.Should().Contain("--subgroup expects PART=WHOLE");
    }
}
