using System;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using ForceEstimates.Consistency;
using ForceEstimates.Presentation;
using Xunit;

namespace ForceEstimates.Tests.Presentation;

public class FindingsPresentationTest
{
    private static readonly ConsistencyOptions Fronts = ConsistencyOptions.Default.WithPart("Kursk Oblast", "all fronts");

    [Fact]
    public void Json_HasEachFinding_WithItsVerdictProbabilityAndReports()
    {
        var findings = ConsistencyCheck.Run(Samples.Kursk2024, Fronts);

        using var document = JsonDocument.Parse(JsonFormat.Write(findings));
        var root = document.RootElement;

        root.GetProperty("formatVersion").GetInt32().Should().Be(1);
        root.GetProperty("verdicts").GetProperty("consistent").GetInt32().Should().Be(3);
        root.GetProperty("verdicts").GetProperty("violated").GetInt32().Should().Be(0);
        var derived = root.GetProperty("findings")[0];
        derived.GetProperty("rule").GetString().Should().Be("DerivedFigure");
        derived.GetProperty("verdict").GetString().Should().Be("Consistent");
        derived.GetProperty("holds").GetBoolean().Should().BeTrue();
        derived.GetProperty("probability").GetDouble().Should().Be(findings[0].Probability);
        derived.GetProperty("reports")[0].GetProperty("figure").GetString().Should().Be("over 40 per cent");
        derived.GetProperty("recomputed").GetProperty("median").GetDouble().Should().BeApproximately(41.86, 0.01);
        derived.GetProperty("explanation").GetString().Should().Be(findings[0].Explanation);
    }

    [Fact]
    public void Json_WritesAnUncheckedProbabilityAsNull()
    {
        var findings = ConsistencyCheck.Run(Samples.Kursk2024.Where(r => r.Id != "kursk-2024-11-23/area-now"));

        using var document = JsonDocument.Parse(JsonFormat.Write(findings, indented: false));

        var finding = document.RootElement.GetProperty("findings")[0];
        finding.GetProperty("probability").ValueKind.Should().Be(JsonValueKind.Null);
        finding.GetProperty("checked").GetBoolean().Should().BeFalse();
        document.RootElement.GetProperty("verdicts").GetProperty("notChecked").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Html_ListsTheFindings()
    {
        var findings = ConsistencyCheck.Run(Samples.Kursk2024, Fronts);

        var html = Html.Of(findings);

        html.Should().StartWith("<div class=\"force-estimates findings\">").And.Contain("0 violated, 0 inconclusive, 3 consistent");
        html.Should().Contain("DerivedFigure").And.Contain("PartOfWhole").And.Contain("PeakAtLeastLevel");
        html.Should().Contain("kursk-2024-11-23/share-lost: over 40 per cent").And.Contain("41.9 % (90% 35.7–47.4)");
        html.Should().Contain("&quot;nearly 60,000&quot;");
        NotebookFormatterSource.Formatters.Should().Contain(f => f.Type == typeof(ConsistencyFinding));
        NotebookFormatterSource.Formatters.Single(f => f.Type.IsInstanceOfType(findings)).Should().NotBeNull();
    }

    [Fact]
    public void NullFindings_AreRejected()
    {
        ((Action)(() => Html.Of((ConsistencyFinding[])null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => JsonFormat.Write(new ConsistencyFinding[] { null! }))).Should().Throw<ArgumentNullException>().WithParameterName("findings");
    }
}
