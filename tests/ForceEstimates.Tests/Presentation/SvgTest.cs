using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Presentation;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Presentation;

public class SvgTest
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    internal static XDocument Parse(string svg)
    {
        var doc = XDocument.Parse(svg);
        doc.Root!.Name.Should().Be(Ns + "svg");
        doc.Descendants().Should().NotContain(e => e.Name.LocalName == "script" || e.Name.LocalName == "foreignObject");
        doc.Descendants().Attributes().Should().NotContain(a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        return doc;
    }

    private static double D(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("about 11,000")]
    [InlineData("nearly 60,000")]
    [InlineData("over 40 per cent")]
    [InlineData("between 11,000 and 20,000")]
    [InlineData("tens of thousands")]
    public void DistributionShadesTheIntervalAroundTheMedian(string text)
    {
        var estimate = Estimate.Parse(text);
        var doc = Parse(Svg.Distribution(estimate));

        doc.Root!.Element(Ns + "title")!.Value.Should().Contain(estimate.ToString());
        var shaded = doc.Descendants(Ns + "g").Single(g => g.Element(Ns + "title")?.Value == "central 90% interval").Element(Ns + "polygon")!;
        var xs = shaded.Attribute("points")!.Value.Split(' ').Select(p => double.Parse(p.Split(',')[0], CultureInfo.InvariantCulture)).ToArray();
        var median = doc.Descendants(Ns + "g").Single(g => g.Element(Ns + "title")?.Value == "median").Element(Ns + "line")!;
        D(median, "x1").Should().BeInRange(xs.Min(), xs.Max());
        var density = doc.Descendants(Ns + "g").Single(g => g.Element(Ns + "title")?.Value == "density").Element(Ns + "polygon")!;
        var densityXs = density.Attribute("points")!.Value.Split(' ').Select(p => double.Parse(p.Split(',')[0], CultureInfo.InvariantCulture)).ToArray();
        densityXs.Should().BeInAscendingOrder("the curve is drawn left to right");
        (xs.Max() - xs.Min()).Should().BeLessThan(densityXs.Max() - densityXs.Min(), "the 90% interval is narrower than the 99% range drawn");
    }

    [Fact]
    public void DistributionOfAnExactFigureIsASpike()
    {
        var doc = Parse(Svg.Distribution(Estimate.FromDistribution(PointDistribution.Of(5))));
        doc.Descendants(Ns + "g").Should().Contain(g => g.Element(Ns + "title")!.Value == "point mass");
    }

    [Fact]
    public void DistributionRejectsBadArguments()
    {
        FluentActions.Invoking(() => Svg.Distribution(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Svg.Distribution(Estimate.About(5), 1)).Should().Throw<ArgumentException>().WithParameterName("level");
    }

    [Fact]
    public void ForestPlotHasARowPerReportWithSquaresOrderedByValueAndSizedByShare()
    {
        var aggregate = Aggregate.Of(Samples.NorthKoreanTroops, new LocalDate(2025, 3, 31));
        var doc = Parse(Svg.ForestPlot(aggregate));

        Rows(aggregate.Contributions).Should().HaveCount(aggregate.Contributions.Count, "a report not used (NIS's November figure, superseded by its December one) is drawn greyed");
        var used = aggregate.Contributions.Where(c => c.Included).ToArray();
        used.Should().HaveCount(aggregate.ReportCount);
        var rows = Rows(used);
        var squares = rows.Select(g => g.Element(Ns + "rect")!).Select(r => (X: D(r, "x") + D(r, "width") / 2, Side: D(r, "width"))).ToArray();
        doc.Descendants(Ns + "text").Count(t => t.Value == "not used").Should().Be(aggregate.Contributions.Count - aggregate.ReportCount);

        // The drawing's rows of these contributions, in their order.
        XElement[] Rows(IEnumerable<Contribution> contributions)
            => contributions.Select(c => doc.Root!.Elements(Ns + "g").Single(g => g.Element(Ns + "title")!.Value.StartsWith(c.Report.Id + ":", StringComparison.Ordinal))).ToArray();
        // Positions follow the values, sizes follow the shares.
        for (int i = 0; i < used.Length; i++)
        {
            for (int j = 0; j < used.Length; j++)
            {
                if (used[i].Value < used[j].Value * 0.999)
                {
                    squares[i].X.Should().BeLessThan(squares[j].X);
                }
                // A share 2% smaller draws a smaller square (sides are written to a hundredth of a pixel).
                if (used[i].Share < used[j].Share * 0.98)
                {
                    squares[i].Side.Should().BeLessThan(squares[j].Side);
                }
            }
        }
        // One-sided claims end in an arrowhead; the only other polygon is the aggregate's diamond.
        rows.Count(g => g.Element(Ns + "polygon") is not null).Should().Be(used.Count(c => c.Claim is ClaimForm.AtLeast or ClaimForm.AtMost));
        var diamond = doc.Descendants(Ns + "polygon").Single(p => p.Parent!.Element(Ns + "title")!.Value.StartsWith("aggregate", StringComparison.Ordinal));
        var xs = diamond.Attribute("points")!.Value.Split(' ').Select(p => double.Parse(p.Split(',')[0], CultureInfo.InvariantCulture)).ToArray();
        xs.Min().Should().BeLessThan(xs.Max());
        var texts = doc.Descendants(Ns + "text").Select(t => t.Value).ToArray();
        texts.Should().Contain(t => t.Contains("between 11,000 and 20,000", StringComparison.Ordinal));
        texts.Count(t => t.EndsWith('%') && t != "100%").Should().Be(aggregate.ReportCount);
        texts.Should().Contain("log scale");
    }

    [Fact]
    public void ForestPlotGreysOrOmitsReportsNotUsed()
    {
        var aggregate = Aggregate.Of(Samples.NorthKoreanTroops, new LocalDate(2024, 12, 31));
        int excluded = aggregate.Contributions.Count(c => !c.Included);
        excluded.Should().BePositive();

        var withExcluded = Parse(Svg.ForestPlot(aggregate));
        withExcluded.Descendants(Ns + "text").Count(t => t.Value == "not used").Should().Be(excluded);
        var without = Parse(Svg.ForestPlot(aggregate, includeExcluded: false));
        without.Descendants(Ns + "text").Should().NotContain(t => t.Value == "not used");
        D(without.Root!, "height").Should().BeLessThan(D(withExcluded.Root!, "height"));
    }

    [Fact]
    public void ForestPlotOfAPercentageUsesALinearAxis()
    {
        var share = Samples.Kursk2024.Where(r => r.Quantity.Unit == Unit.Percent).ToArray();
        var aggregate = Aggregate.Of(share, new LocalDate(2024, 11, 23));
        var doc = Parse(Svg.ForestPlot(aggregate));
        doc.Descendants(Ns + "text").Should().NotContain(t => t.Value == "log scale");
    }

    [Fact]
    public void TimelineHasAPointPerReportInDateOrder()
    {
        var reports = Samples.NorthKoreanTroops;
        var doc = Parse(Svg.Timeline(reports));
        var circles = doc.Descendants(Ns + "circle").ToArray();
        circles.Should().HaveCount(reports.Count);
        var dates = reports.Select(r => r.Published).OrderBy(d => d).ToArray();
        var xs = circles.Select(c => D(c, "cx")).ToArray();
        xs.Should().BeInAscendingOrder();
        for (int i = 1; i < dates.Length; i++)
        {
            if (dates[i] > dates[i - 1])
            {
                xs[i].Should().BeGreaterThan(xs[i - 1]);
            }
        }
    }

    [Fact]
    public void TimelineRejectsReportsAboutDifferentQuantities()
    {
        FluentActions.Invoking(() => Svg.Timeline(Samples.Kursk2024)).Should().Throw<ArgumentException>().WithParameterName("reports");
        FluentActions.Invoking(() => Svg.Timeline([])).Should().Throw<ArgumentException>().WithParameterName("reports");
    }

    [Fact]
    public void TheReadmePictureIsTheSamplesForestPlot()
    {
        // The README shows docs/forest-north-korean-troops.svg; set FORCEESTIMATES_WRITE_DOCS=1 to rewrite it.
        var svg = Svg.ForestPlot(Aggregate.Of(Samples.NorthKoreanTroops, new LocalDate(2025, 3, 31)));
        var root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "ForceEstimates.sln")))
        {
            root = Path.GetDirectoryName(root);
        }
        root.Should().NotBeNull("the tests run inside the repository");
        var path = Path.Combine(root!, "docs", "forest-north-korean-troops.svg");
        if (Environment.GetEnvironmentVariable("FORCEESTIMATES_WRITE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, svg);
        }
        File.ReadAllText(path).Should().Be(svg);
    }
}
