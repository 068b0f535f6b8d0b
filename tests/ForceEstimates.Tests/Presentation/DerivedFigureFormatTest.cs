using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using ForceEstimates.Presentation;
using Xunit;

namespace ForceEstimates.Tests.Presentation;

/// <summary>What arithmetic adds to the file formats: its distributions, and a derived report's formula.</summary>
public class DerivedFigureFormatTest
{
    [Fact]
    public void ArithmeticResults_RoundTripThroughJson()
    {
        var lost = AffineDistribution.Of(LogNormalDistribution.FromLogParameters(Math.Log(0.58), 0.06), 1, -1);
        var sampled = SampleDistribution.Of([0.41, 0.39, 0.44, 0.42]);

        foreach (var distribution in new EstimateDistribution[] { lost, sampled })
        {
            var estimate = Estimate.FromDistribution(distribution);
            JsonFormat.ReadEstimate(JsonFormat.Write(estimate)).Should().Be(estimate);
        }
    }

    private const string ShareLost = "kursk-2024-11-23/share-lost";

    [Fact]
    public void TheFormula_RoundTripsThroughJson()
    {
        var json = JsonFormat.Write(Samples.Kursk2024);

        var read = JsonFormat.ReadReports(json);

        read.Get(ShareLost).Provenance.Formula!.Text.Should().Be("1 - [kursk-2024-11-23/area-now] / [kursk-2024-11-23/area-peak]");
        read.Should().Equal(Samples.Kursk2024);
        json.Should().Contain("\"formula\": \"1 - [kursk-2024-11-23/area-now] / [kursk-2024-11-23/area-peak]\"");
    }

    [Fact]
    public void ABadFormulaInJson_IsNamed()
    {
        var json = JsonFormat.Write(Samples.Kursk2024.Get(ShareLost)).Replace("1 - [kursk-2024-11-23/area-now]", "1 - - (", StringComparison.Ordinal);

        ((Action)(() => JsonFormat.ReadReport(json))).Should().Throw<JsonException>().WithMessage("*report.provenance.formula*as a formula*");
    }

    [Fact]
    public void TheFormula_RoundTripsThroughCsv_InItsOwnColumn()
    {
        var csv = CsvFormat.Write(Samples.Kursk2024);

        var read = CsvFormat.ReadReports(new StringReader(csv));

        CsvFormat.Columns.Should().Contain("formula");
        read.Get(ShareLost).Provenance.Formula.Should().Be(Samples.Kursk2024.Get(ShareLost).Provenance.Formula);
        read.Get(ShareLost).Provenance.DerivedFrom.Should().Equal(Samples.Kursk2024.Get(ShareLost).Provenance.DerivedFrom);
    }

    [Fact]
    public void AFormulaInCsv_AddsItsInputsToDerivedFrom_AndABadOneIsARowError()
    {
        const string header = "id,metric,subject,unit,figure,origin,published,derived_from,formula\n";
        var good = CsvFormat.ReadReports(new StringReader(header + "lost,territory lost,Ukrainian forces,%,over 40%,Reuters,2024-11-23,,1 - [now] / [peak]\n"));
        var bad = () => CsvFormat.ReadReports(new StringReader(header + "lost,territory lost,Ukrainian forces,%,over 40%,Reuters,2024-11-23,,1 - (now\n"));

        good.Single().Provenance.DerivedFrom.Should().Equal("now", "peak");
        bad.Should().Throw<CsvImportException>().Which.Errors.Single().Column.Should().Be("formula");
    }
}
