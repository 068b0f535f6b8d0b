using System;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using FluentAssertions;
using ForceEstimates.Presentation;
using ForceEstimates.Trends;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Trends;

public class TrendPresentationTest
{
    private static readonly LocalDate Until = new(2025, 3, 31);

    // The Kursk level series (peak about 1,376 km², then approximately 800) and the North Korean troops, with a horizon past the last report.
    private static readonly Lazy<TrendModel> Model = new(() => TrendModel.Fit(
        Samples.Kursk2024.Where(r => r.Quantity.Unit == Unit.SquareKilometres).Concat(Samples.NorthKoreanTroops),
        TrendOptions.Default with { Until = Until }));

    [Fact]
    public void ATrendPictureIsWellFormedAndSaysWhatItShows()
    {
        foreach (var series in Model.Value.Series)
        {
            var svg = Svg.Trend(series);
            var document = XDocument.Parse(svg);
            document.Root!.Name.LocalName.Should().Be("svg");
            var title = document.Root.Elements().First(e => e.Name.LocalName == "title").Value;
            title.Should().Contain(series.Quantity.ToString()).And.Contain(series.ReportCount + " reports");
            svg.Should().Contain("extrapolated", "the path runs past the last report to {0}", Until);
            // One mark per drawn report: circles for stated figures, triangles (polygons) for bounds.
            document.Descendants().Count(e => e.Name.LocalName == "g").Should().Be(series.Reports.Count(r => r.Quantity.Statistic != Statistic.Change));
        }
    }

    [Fact]
    public void ABoundIsDrawnAsAnArrowNotADot()
    {
        var troops = Model.Value.For(Samples.NorthKoreanTroops[0].Quantity);
        var svg = XDocument.Parse(Svg.Trend(troops));
        // "more than 10,000" is a lower bound: its group holds a triangle.
        var group = svg.Descendants().Where(e => e.Name.LocalName == "g").Single(g => g.Value.Contains("more than 10,000", StringComparison.Ordinal));
        group.Elements().Select(e => e.Name.LocalName).Should().Contain("polygon").And.NotContain("circle");
    }

    [Fact]
    public void TheBiasChartHasARowPerBiasAndRefusesNothingToShow()
    {
        var biases = Model.Value.Biases;
        var svg = XDocument.Parse(Svg.Biases(biases));
        svg.Descendants().Count(e => e.Name.LocalName == "g").Should().Be(biases.Count);
        FluentActions.Invoking(() => Svg.Biases([])).Should().Throw<ArgumentException>().WithParameterName("biases");
        FluentActions.Invoking(() => Svg.Biases(null!)).Should().Throw<ArgumentNullException>().WithParameterName("biases");
        FluentActions.Invoking(() => Svg.Trend(null!)).Should().Throw<ArgumentNullException>().WithParameterName("series");
    }

    [Fact]
    public void HtmlShowsTheSeriesTheBiasesAndThePictures()
    {
        var html = Html.Of(Model.Value);
        html.Should().Contain("<svg").And.Contain("factor").And.Contain("personnel of North Korean troops");
        var series = Html.Of(Model.Value.Series[0]);
        series.Should().Contain("<svg").And.Contain("at the end (extrapolated)");
        XDocument.Parse(series).Should().NotBeNull("the fragment is XHTML");
    }

    [Fact]
    public void TheNotebookDisplaysModelsAndSeriesAsHtml()
    {
        var formatters = typeof(Html).Assembly.GetType("ForceEstimates.Presentation.NotebookFormatterSource")!;
        var list = (System.Collections.IEnumerable)formatters.GetProperty("Formatters", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
        var types = list.Cast<object>().Select(f => (Type)f.GetType().GetProperty("Type")!.GetValue(f)!).ToList();
        types.Should().Contain(typeof(TrendModel)).And.Contain(typeof(TrendSeries));
    }

    [Fact]
    public void JsonCarriesEachSeriesValueAndEachBias()
    {
        var model = Model.Value;
        using var json = JsonDocument.Parse(JsonFormat.Write(model));
        var root = json.RootElement;
        root.GetProperty("formatVersion").GetInt32().Should().Be(1);
        var series = root.GetProperty("series");
        series.GetArrayLength().Should().Be(model.Series.Count);
        for (var i = 0; i < model.Series.Count; i++)
        {
            var expected = model.Series[i].At(model.Series[i].LastObserved);
            var written = series[i].GetProperty("atLastReport");
            written.GetProperty("median").GetDouble().Should().Be(expected.Median);
            written.GetProperty("extrapolated").GetBoolean().Should().BeFalse();
            series[i].GetProperty("atEnd").GetProperty("extrapolated").GetBoolean().Should().BeTrue();
            series[i].GetProperty("scale").GetString().Should().Be("log", "km² and troops are followed on the log scale");
        }
        root.GetProperty("biases").GetArrayLength().Should().Be(model.Biases.Count);
        root.GetProperty("biases")[0].GetProperty("factor").GetDouble().Should().Be(model.Biases[0].Factor);
        root.GetProperty("biases").EnumerateArray().Should().OnlyContain(b => b.GetProperty("factorOf").GetString() == "value");
        FluentActions.Invoking(() => JsonFormat.Write((TrendModel)null!)).Should().Throw<ArgumentNullException>().WithParameterName("model");
    }
}
