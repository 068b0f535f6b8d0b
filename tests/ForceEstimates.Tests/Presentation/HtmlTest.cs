using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Presentation;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Presentation;

public class HtmlTest
{
    private static readonly XNamespace SvgNs = "http://www.w3.org/2000/svg";

    // The fragments are XHTML-compatible, so XML parsing checks that they are well-formed.
    private static XElement Parse(string html) => XElement.Parse(html);

    [Fact]
    public void ReportsAreATableWithOneRowEach()
    {
        var reports = Samples.Kursk2024;
        var html = Parse(Html.Of(reports));
        var rows = html.Descendants("tr").ToArray();
        rows.Should().HaveCount(reports.Count + 1);
        rows[0].Elements("th").Select(th => th.Value).Should().Contain(["figure as written", "median", "90% interval", "source chain", "rating"]);
        rows.Skip(1).Select(r => r.Elements("td").First().Value).Should().Equal(reports.Select(r => r.Id));
        html.Descendants("td").Select(td => td.Value).Should().Contain(v => v.Contains(" > ", StringComparison.Ordinal) && v.Contains('@'));
    }

    [Fact]
    public void ReportsAboutOneQuantityComeWithTheirTimeline()
    {
        Parse(Html.Of(Samples.NorthKoreanTroops)).Descendants(SvgNs + "svg").Should().ContainSingle()
            .Which.Descendants(SvgNs + "circle").Should().HaveCount(Samples.NorthKoreanTroops.Count);
        Parse(Html.Of(Samples.Kursk2024)).Descendants(SvgNs + "svg").Should().BeEmpty("the article's reports are about six quantities");
        Parse(Html.Of(ReportCollection.Empty)).Descendants("tr").Should().ContainSingle();
    }

    [Fact]
    public void AReportShowsItsQuoteChainAndPicture()
    {
        var report = Samples.Kursk2024.First(r => r.Quote is not null);
        var html = Parse(Html.Of(report));
        html.Descendants("td").Select(td => td.Value).Should().Contain([report.Estimate.ToString(), report.Quote!, report.Provenance.Rating.ToString()]);
        html.Descendants(SvgNs + "svg").Should().ContainSingle();
    }

    [Fact]
    public void AnEstimateShowsItsIntervals()
    {
        var html = Parse(Html.Of(Estimate.Parse("nearly 60,000")));
        html.Descendants("th").Select(th => th.Value).Should().Contain(["median", "50% interval", "90% interval"]);
        html.Descendants(SvgNs + "svg").Should().ContainSingle();
    }

    [Fact]
    public void AnAggregateShowsEveryContributionItsNotesAndTheForestPlot()
    {
        var aggregate = Aggregate.Of(Samples.NorthKoreanTroops, new LocalDate(2024, 12, 31));
        var html = Parse(Html.Of(aggregate));
        var tables = html.Elements("table").ToArray();
        tables.Should().HaveCount(2);
        tables[1].Elements("tr").Should().HaveCount(aggregate.Contributions.Count + 1);
        tables[0].Descendants("th").Select(th => th.Value).Should().Contain(["value", "95% prediction interval", "heterogeneity", "independent origins"]);
        html.Descendants(SvgNs + "svg").Should().ContainSingle();
        html.Descendants("li").Should().HaveCount(aggregate.Notes.Count);
    }

    [Fact]
    public void TextFromTheDataIsEncoded()
    {
        var report = Samples.Kursk2024[0].WithQuote("<script>alert('x')</script> & more");
        var html = Html.Of(report);
        html.Should().NotContain("<script>");
        Parse(html).Descendants("td").Select(td => td.Value).Should().Contain("<script>alert('x')</script> & more");
    }

    [Theory]
    [InlineData(typeof(Report))]
    [InlineData(typeof(ReportCollection))]
    [InlineData(typeof(Aggregate))]
    [InlineData(typeof(Estimate))]
    public void NotebooksFindTheHtmlFormatterByConvention(Type type)
    {
        // What .NET Interactive does: find the attribute by name, read its properties by name, create
        // the source, call CreateTypeFormatters, and use each formatter's MimeType, Type and Format.
        var attribute = type.GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        ((string[])attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute)!).Should().Equal("text/html");
        var source = Activator.CreateInstance(sourceType)!;
        var formatters = ((System.Collections.IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!).Cast<object>().ToArray();
        var formatter = formatters.Single(f => (Type)f.GetType().GetProperty("Type")!.GetValue(f)! == type);
        formatter.GetType().GetProperty("MimeType")!.GetValue(formatter).Should().Be("text/html");

        object instance = type == typeof(Estimate) ? Estimate.Parse("nearly 60,000")
            : type == typeof(Report) ? Samples.Kursk2024[0]
            : type == typeof(ReportCollection) ? Samples.Kursk2024
            : Aggregate.Of(Samples.NorthKoreanTroops, new LocalDate(2025, 3, 31));
        var writer = new StringWriter();
        var format = formatter.GetType().GetMethod("Format", [typeof(object), typeof(TextWriter)])!;
        ((bool)format.Invoke(formatter, [instance, writer])!).Should().BeTrue();
        writer.ToString().Should().StartWith("<div class=\"force-estimates");
        ((bool)format.Invoke(formatter, ["not ours", new StringWriter()])!).Should().BeFalse();
    }

    [Fact]
    public void AMissingReportIsNamedByItsIndex()
    {
        Report[] withGap = [Samples.Kursk2024[0], null!, Samples.Kursk2024[1]];
        FluentActions.Invoking(() => Html.Of(withGap)).Should().Throw<ArgumentNullException>()
            .Where(e => e.ParamName == "reports" && e.Message.Contains("Report 1 is null", StringComparison.Ordinal));
        FluentActions.Invoking(() => Svg.Timeline(withGap)).Should().Throw<ArgumentNullException>()
            .Where(e => e.ParamName == "reports" && e.Message.Contains("Report 1 is null", StringComparison.Ordinal));
        FluentActions.Invoking(() => Html.Of((System.Collections.Generic.IEnumerable<Report>)null!)).Should().Throw<ArgumentNullException>()
            .Which.ParamName.Should().Be("reports");
        FluentActions.Invoking(() => Svg.Timeline(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("reports");
        FluentActions.Invoking(() => Svg.Timeline([])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("reports");
    }
}
