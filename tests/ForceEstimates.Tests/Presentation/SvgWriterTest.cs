using System;
using System.Linq;
using System.Xml.Linq;
using FluentAssertions;
using ForceEstimates.Presentation;
using Xunit;

namespace ForceEstimates.Tests.Presentation;

public class SvgWriterTest
{
    [Fact]
    public void OutputIsWellFormedXmlWithEscapedText()
    {
        var svg = new SvgWriter(200, 100, "A <title> & \"quotes\"")
            .BeginGroup("tooltip with 'apostrophe' \u0001 control")
            .Line(0, 0, 10, 10, dash: "4 2")
            .Rect(1, 1, 5, 5, "#ccc", "black", 0.5)
            .Circle(3, 3, 2, "red")
            .Polygon(new[] { (0.0, 0.0), (1.0, 1.0), (2.0, 0.0) }, "blue")
            .Polygon(new[] { (0.0, 0.0), (1.0, 1.0) }, null, "green")
            .Text(5, 5, "1 < 2 && x > y", anchor: "middle", weight: "bold", size: 14)
            .Finish();

        var doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        doc.Root!.Name.Should().Be(ns + "svg");
        doc.Root.Element(ns + "title")!.Value.Should().Be("A <title> & \"quotes\"");
        doc.Descendants(ns + "text").Single().Value.Should().Be("1 < 2 && x > y");
        doc.Descendants(ns + "g").Single().Element(ns + "title")!.Value.Should().Be("tooltip with 'apostrophe'  control");
        doc.Descendants(ns + "polyline").Should().HaveCount(1);
        svg.Should().NotContain("<script");
    }

    [Fact]
    public void NumbersAreCultureInvariant()
    {
        SvgWriter.N(1234.567).Should().Be("1234.57");
        SvgWriter.N(-0.004).Should().Be("0");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void ACoordinateThatIsNotFiniteIsABugNotAShapeAtZero(double value)
        => FluentActions.Invoking(() => SvgWriter.N(value)).Should().Throw<InvalidOperationException>();

    [Fact]
    public void LoneSurrogatesAreDropped()
    {
        SvgWriter.Escape("a\uD800b").Should().Be("ab");
        SvgWriter.Escape("\uD83D\uDE00").Should().Be("\uD83D\uDE00");
    }
}

public class AxisTest
{
    [Fact]
    public void MapsEndsToPixelsAndClamps()
    {
        var axis = Axis.Covering(0, 100, 10, 110, logarithmic: false);
        axis.Map(axis.Min).Should().BeApproximately(10, 1e-9);
        axis.Map(axis.Max).Should().BeApproximately(110, 1e-9);
        axis.Map(-1e9).Should().Be(10);
        axis.Map(1e9).Should().Be(110);
        axis.Map(50).Should().BeApproximately(60, 1e-9);
    }

    [Fact]
    public void LogAxisPutsGeometricMidpointInTheMiddle()
    {
        var axis = Axis.Covering(1_000, 100_000, 0, 200, logarithmic: true);
        axis.Map(10_000).Should().BeApproximately(100, 1e-9);
    }

    [Fact]
    public void TicksAreNiceAndInside()
    {
        var axis = Axis.Covering(9_500, 21_000, 0, 400, logarithmic: false);
        var ticks = axis.Ticks(5);
        ticks.Should().NotBeEmpty().And.BeInAscendingOrder();
        ticks.Should().OnlyContain(t => t >= axis.Min && t <= axis.Max);
        ticks.Should().OnlyContain(t => t % 1000 == 0);
    }

    [Theory]
    [InlineData(0.7, 1)]
    [InlineData(1.5, 2)]
    [InlineData(3, 5)]
    [InlineData(7, 10)]
    [InlineData(2300, 5000)]
    public void NiceSteps(double rough, double expected) => Axis.NiceStep(rough).Should().Be(expected);

    [Theory]
    [InlineData(12000, 2000, "12,000")]
    [InlineData(12500, 500, "12,500")]
    [InlineData(1250000, 50000, "1,250,000")]
    [InlineData(0.5, 0.1, "0.5")]
    [InlineData(0.25, 0.05, "0.25")]
    [InlineData(1e20, 1e20, "1E+20")]
    public void LabelsHaveTheFiguresThatSetTicksApart(double value, double step, string expected)
        => Axis.Label(value, step).Should().Be(expected);
}
