using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// The labelled sets: dev.txt is what the extractor was tuned on; evaluation.txt was written first,
/// in one go, and is only measured. Targets from the issue: precision ≥ 0.95, recall ≥ 0.90,
/// hedge and value accuracy ≥ 0.95, origin accuracy ≥ 0.85.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void EvaluationSetHasTheSizeTheIssueAsksFor()
    {
        var blocks = LabelledSet.Parse(ExtractionData.Read("evaluation.txt"));
        var evaluation = ExtractionEvaluation.Run(blocks, _ => []);
        evaluation.Expected.Should().BeGreaterThanOrEqualTo(150);
        evaluation.Sentences.Should().BeGreaterThanOrEqualTo(80);
        blocks.Count(b => b.Expected.Count == 0).Should().BeGreaterThanOrEqualTo(10, "the set needs negatives: numbers that are not figures");
    }

    [Fact]
    public void DevelopmentSet()
    {
        var evaluation = ExtractionEvaluation.Run(LabelledSet.Parse(ExtractionData.Read("dev.txt")), Extract);
        output.WriteLine(evaluation.Summary());
        output.WriteLine(evaluation.Log);
        evaluation.Precision.Should().BeGreaterThanOrEqualTo(0.95);
        evaluation.Recall.Should().BeGreaterThanOrEqualTo(0.90);
    }

    [Fact]
    public void EvaluationSetMeetsTheTargets()
    {
        var evaluation = ExtractionEvaluation.Run(LabelledSet.Parse(ExtractionData.Read("evaluation.txt")), Extract);
        output.WriteLine(evaluation.Summary());
        output.WriteLine(evaluation.Log);
        evaluation.Precision.Should().BeGreaterThanOrEqualTo(0.95);
        evaluation.Recall.Should().BeGreaterThanOrEqualTo(0.90);
        evaluation.HedgeAccuracy.Should().BeGreaterThanOrEqualTo(0.95);
        evaluation.ValueAccuracy.Should().BeGreaterThanOrEqualTo(0.95);
        evaluation.OriginAccuracy.Should().BeGreaterThanOrEqualTo(0.85);
    }

    private static IReadOnlyList<FoundFigure> Extract(LabelledBlock block)
        => ReportExtractor.Default.Propose(block.Text, block.Published)
            .Select(p => new FoundFigure(
                p.Text,
                p.Mentions.Select(m => (m.Start, m.Length)).ToList(),
                p.Figure.Hedge,
                p.Figure.IsVague ? [] : double.IsNaN(p.Figure.High) ? [p.Figure.Low] : [p.Figure.Low, p.Figure.High],
                p.Attribution.Origin?.Name))
            .ToList();
}
