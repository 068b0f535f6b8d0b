using System.Linq;
using System.Xml.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Presentation;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Presentation;

/// <summary>
/// Reports that all say "0" (no troops, no losses that day) aggregate to 0; the pictures and the notebook HTML of such an
/// aggregate must draw, not throw (the forest plot's log axis had no value above 0 to place it).
/// </summary>
public class ZeroFiguresPictureTest
{
    private static readonly LocalDate Day = new(2024, 11, 1);

    private static Aggregate AllZero()
    {
        var quantity = Quantity.Of(Metric.Personnel, "North Korean troops", "Kursk Oblast");
        var reports = new[] { "A", "B" }.Select(name => Report.Of(
            "0", quantity, Source.Of(name, SourceKind.Government, ConflictSide.Ukraine), Day));
        return Aggregate.Of(reports, Day);
    }

    [Fact]
    public void TheForestPlotOfAnAggregateOfZerosIsDrawn()
    {
        var aggregate = AllZero();
        aggregate.Value.Should().Be(0);

        var svg = Svg.ForestPlot(aggregate);

        XDocument.Parse(svg).Root!.Name.LocalName.Should().Be("svg");
        svg.Should().NotContain("NaN").And.NotContain("∞");
    }

    [Fact]
    public void TheHtmlOfAnAggregateOfZerosHasItsPicture()
    {
        Html.Of(AllZero()).Should().Contain("<svg");
    }
}
