using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Presentation;
using Xunit;
using static ForceEstimates.Tests.ReportFixtures;

namespace ForceEstimates.Tests.Presentation;

/// <summary>
/// Pictures of extreme figures (the hardening issue's first finding): an axis end that overflows to infinity, and a
/// tick step too small to move a value of 10^15, both made <c>Axis.Ticks</c> loop until memory ran out. Each picture
/// must come back, within a time bound, as a well-formed document with finite coordinates and few ticks.
/// </summary>
public class SvgExtremesTest
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static TheoryData<string> HugeFigures => ["between 1 and 1e295", "about 1e300", "more than 1e300"];

    [Theory]
    [MemberData(nameof(HugeFigures))]
    public async Task TheDistributionOfAHugeFigureIsDrawn(string figure)
    {
        var estimate = Estimate.Parse(figure);
        var doc = SvgTest.Parse(await TimeBound.Run(() => Svg.Distribution(estimate)));
        CheckAxisLabels(doc);
    }

    [Fact]
    public async Task TheHtmlOfAHugeFigureIsWritten()
    {
        var estimate = Estimate.Parse("between 1 and 1e295");
        var html = await TimeBound.Run(() => Html.Of(estimate));
        XElement.Parse(html).Descendants(Ns + "svg").Should().ContainSingle();
    }

    [Theory]
    [InlineData("about 2e300", "more than 1e300")]
    [InlineData("1.5e300", "more than 1e300")]
    [InlineData("more than 1e300", "between 1e300 and 1e301")]
    public async Task AForestPlotWithABoundOf1e300IsDrawn(string first, string second)
    {
        var aggregate = Aggregate.Of(new[] { Figure("a", first), Figure("b", second) }, AsOf);
        var doc = SvgTest.Parse(await TimeBound.Run(() => Svg.ForestPlot(aggregate)));
        CheckAxisLabels(doc);
    }

    [Theory]
    [InlineData(1e15, 0.05)]
    [InlineData(1e6, 3e-11)]
    [InlineData(-1e15, 0.05)]
    [InlineData(1e300, 1e290)]
    public async Task ANarrowDistributionFarFromZeroIsDrawn(double mean, double standardDeviation)
    {
        var estimate = Estimate.FromDistribution(NormalDistribution.Of(mean, standardDeviation));
        var doc = SvgTest.Parse(await TimeBound.Run(() => Svg.Distribution(estimate)));
        CheckAxisLabels(doc);
    }

    [Theory]
    [InlineData(0, 1e308, false)]
    [InlineData(-1e308, 1e308, false)]
    [InlineData(1e15, 1e15 + 0.25, false)]
    [InlineData(1e6, 1e6 + 1e-10, false)]
    [InlineData(1, 1e300, true)]
    [InlineData(1e-300, 1e300, true)]
    [InlineData(1e307, 1e308, true)]
    public async Task AnyFiniteRangeGivesAFiniteAxisAndFewTicks(double min, double max, bool logarithmic)
    {
        var axis = Axis.Covering(min, max, 0, 400, logarithmic);
        var ticks = await TimeBound.Run(() => axis.Ticks(6));
        double.IsFinite(axis.Min).Should().BeTrue();
        double.IsFinite(axis.Max).Should().BeTrue();
        ticks.Count.Should().BeInRange(1, Axis.MaxTicks);
        ticks.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        ticks.Should().OnlyContain(t => t >= axis.Min && t <= axis.Max);
        ticks.Select(t => axis.Map(t)).Should().OnlyContain(x => x >= 0 && x <= 400);
        ticks.Select(t => axis.Label(t, 6)).Should().OnlyHaveUniqueItems("neighbouring ticks read differently");
    }

    // Every tick label is a number in the library's format; none is empty or NaN.
    private static void CheckAxisLabels(XDocument doc)
    {
        var texts = doc.Descendants(Ns + "text").Select(t => t.Value).ToArray();
        texts.Should().NotContain(t => t.Contains("NaN", StringComparison.Ordinal));
        foreach (var number in doc.Descendants().Attributes().Where(a => a.Name.LocalName is "x" or "y" or "x1" or "x2" or "y1" or "y2" or "width" or "height"))
        {
            double.IsFinite(double.Parse(number.Value, CultureInfo.InvariantCulture)).Should().BeTrue();
        }
    }
}
