using System.Globalization;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Cli;
using ForceEstimates.Presentation;
using Xunit;

namespace ForceEstimates.Cli.Tests;

public class ParseCommandTest
{
    [Fact]
    public void ShowsTheLibrarysReadingOfTheFigure()
    {
        var run = ToolRun.Of("parse", "nearly 60,000");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Error.Should().BeEmpty();
        // The tool shows what Estimate.Parse reads, in the library's number format.
        var estimate = Estimate.Parse("nearly 60,000");
        run.Output.Should().Contain("hedge        JustBelow")
            .And.Contain("median       " + PlainText.Number(estimate.Median, estimate.Interval(0.9)))
            .And.Contain("90% interval " + PlainText.Range(estimate.Interval(0.9), estimate.Median));
    }

    [Fact]
    public void AFigureWithFourDigitsReadsAsItselfBesideANarrowInterval()
    {
        // Three figures would write the median 1,380 beside 1,370–1,380: the median would read as the upper end.
        var run = ToolRun.Of("parse", "1,376");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain("median       1,376")
            .And.Contain("90% interval 1,375–1,377")
            .And.Contain("mean         1,376");
    }

    [Fact]
    public void AHedgedFigureWithFourDigitsKeepsThemAsItsMedian()
    {
        // "about 1,376" is read as 1,361–1,391: three figures would do for the interval, but the median is the stated
        // number, and the tool writes it as stated, the ends and the mean with it.
        var run = ToolRun.Of("parse", "about 1,376 km²");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain("median       1,376")
            .And.Contain("90% interval 1,361–1,391")
            .And.Contain("mean         1,376");
    }

    [Fact]
    public void NearlyStaysBelowItsNumber()
    {
        // "nearly" is one-sided: the whole interval lies under 60,000 whatever its level.
        var run = ToolRun.Of("parse", "nearly", "60,000", "--level", "0.99");

        run.ExitCode.Should().Be(ExitCodes.Success);
        var line = run.Output.Split('\n').Single(l => l.Contains("99% interval", System.StringComparison.Ordinal));
        var upper = line[(line.LastIndexOf('–') + 1)..].Trim();
        double.Parse(upper, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture).Should().BeLessThanOrEqualTo(60_000);
    }

    [Fact]
    public void JsonIsTheLibrarysDocument()
    {
        var run = ToolRun.Of("parse", "about 11,000", "--json");

        run.ExitCode.Should().Be(ExitCodes.Success);
        JsonFormat.ReadEstimate(run.Output).Should().Be(Estimate.Parse("about 11,000"));
    }

    [Fact]
    public void TextThatIsNoFigureIsABadInputWithItsPosition()
    {
        var run = ToolRun.Of("parse", "sometime last year");

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("force-estimates parse: ").And.Contain("position 0");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("90")]
    public void ALevelOutsideZeroToOneIsAUsageError(string level)
    {
        var run = ToolRun.Of("parse", "about 800", "--level", level);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("--level expects a number between 0 and 1");
    }
}
