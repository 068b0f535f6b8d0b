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

    [Fact]
    public void NewsSetsHaveTheFormsTheIssueAsksFor()
    {
        foreach (var (file, size) in new[] { ("news-dev.txt", 120), ("news-heldout.txt", 140) })
        {
            var expected = LabelledSet.Parse(ExtractionData.Read(file)).SelectMany(b => b.Expected).ToList();
            expected.Should().HaveCountGreaterThanOrEqualTo(size, file);
            expected.Should().OnlyContain(e => e.Kind != null && e.Unit != null && e.Rate != null, "every figure of {0} is labelled with unit, rate and kind", file);
            expected.Count(e => e.Kind == "events").Should().BeGreaterThanOrEqualTo(10, "{0} needs event tallies", file);
            expected.Count(e => e.Rate != "-").Should().BeGreaterThanOrEqualTo(15, "{0} needs rates", file);
            expected.Count(e => e.Unit == "%").Should().BeGreaterThanOrEqualTo(8, "{0} needs shares and fractions", file);
            expected.Count(e => e.IsRepeat).Should().BeGreaterThanOrEqualTo(5, "{0} needs figures stated again", file);
        }
    }

    /// <summary>
    /// The news development set (news-dev.txt), written in the forms of real reporting. The floors are
    /// what the extractor achieves today (see tools/ExtractionScore/README.md), so a change that loses ground fails.
    /// </summary>
    [Fact]
    public void NewsDevelopmentSet()
    {
        var evaluation = ExtractionEvaluation.Run(LabelledSet.Parse(ExtractionData.Read("news-dev.txt")), Extract);
        output.WriteLine(evaluation.Summary());
        output.WriteLine(evaluation.Log);
        evaluation.Precision.Should().BeGreaterThanOrEqualTo(0.98);
        evaluation.Recall.Should().BeGreaterThanOrEqualTo(0.99);
        evaluation.HedgeAccuracy.Should().BeGreaterThanOrEqualTo(0.98);
        evaluation.ValueAccuracy.Should().BeGreaterThanOrEqualTo(0.99);
        evaluation.OriginAccuracy.Should().BeGreaterThanOrEqualTo(0.96);
        evaluation.UnitRateAccuracy.Should().BeGreaterThanOrEqualTo(0.99);
        evaluation.KindAccuracy.Should().BeGreaterThanOrEqualTo(0.95);
        TopShareRight(evaluation).Should().BeGreaterThanOrEqualTo(0.90, "the top of the score (0.83-0.86, as measured on held-out news) is at least as right on sets written for the rules");
    }

    /// <summary>The news held-out set (news-heldout.txt): only measured, never tuned on. Floors as for the development set.</summary>
    [Fact]
    public void NewsHeldOutSet()
    {
        var evaluation = ExtractionEvaluation.Run(LabelledSet.Parse(ExtractionData.Read("news-heldout.txt")), Extract);
        output.WriteLine(evaluation.Summary());
        output.WriteLine(evaluation.Log);
        evaluation.Precision.Should().BeGreaterThanOrEqualTo(0.98);
        evaluation.Recall.Should().BeGreaterThanOrEqualTo(0.99);
        evaluation.HedgeAccuracy.Should().BeGreaterThanOrEqualTo(0.98);
        evaluation.ValueAccuracy.Should().BeGreaterThanOrEqualTo(0.99);
        evaluation.OriginAccuracy.Should().BeGreaterThanOrEqualTo(0.95);
        evaluation.UnitRateAccuracy.Should().BeGreaterThanOrEqualTo(0.97);
        evaluation.KindAccuracy.Should().BeGreaterThanOrEqualTo(0.90);
        TopShareRight(evaluation).Should().BeGreaterThanOrEqualTo(0.90, "the top of the score (0.85-0.90, as measured on held-out news) is at least as right on sets written for the rules");
        evaluation.HighConfidenceFound.Should().BePositive("a clause of the figure's own scores 0.90 since the session-30 refit");
        evaluation.HighConfidenceAccuracy.Should().BeGreaterThanOrEqualTo(0.90, "the issue's calibration: of the figures scored 0.9 or more, nine in ten right");
    }

    /// <summary>
    /// The share right of the figures scored 0.8 or more. The issue's calibration (of the figures scored 0.9 or more, 90%
    /// right) is checked beside it: since the session-30 refit on held-out news a clause of the figure's own sentence scores
    /// 0.90 (797 of 885 right there), and on the repository's sets, written for the rules, such figures must be right at
    /// least as often. The floor of both stays at 90%.
    /// </summary>
    private static double TopShareRight(ExtractionEvaluation evaluation)
    {
        var top = evaluation.Outcomes.Where(o => o.Figure.Confidence >= 0.8).ToList();
        top.Should().NotBeEmpty();
        return (double)top.Count(o => o.Right) / top.Count;
    }

    /// <summary>The public API's reading: hedge and values come from each figure's <see cref="Estimate"/>.</summary>
    private static IReadOnlyList<FoundFigure> Extract(LabelledBlock block) => ExtractorReading.Read(ReportExtractor.Default, block);

    /// <summary>The scanner's own reading, before the Estimates parser: used to check the two agree.</summary>
    private static IReadOnlyList<FoundFigure> Propose(LabelledBlock block)
        => ReportExtractor.Default.Propose(block.Text, block.Published)
            .Select(p => new FoundFigure(
                p.Text,
                p.Mentions.Select(m => (m.Start, m.Length)).ToList(),
                p.Figure.Hedge,
                p.Figure.IsVague ? [] : double.IsNaN(p.Figure.High) ? [Share(p.Figure, p.Figure.Low)] : [p.Figure.Low, p.Figure.High],
                p.Attribution.Origin?.Name))
            .ToList();

    /// <summary>A fraction in words is a fraction of one; the evaluation's readings give shares in percent.</summary>
    private static double Share(ForceEstimates.Extraction.FigureCandidate figure, double value) => figure.Unit == UnitClass.Fraction ? value * 100 : value;

    /// <summary>
    /// The scanner finds the span, the Estimates parser reads it: both must read the same numbers,
    /// and the same hedge wherever the parser knows the scanner's hedge words (where it does not,
    /// the figure starts at its number and is bare).
    /// </summary>
    [Fact]
    public void ScannerAndEstimatesParserReadTheSameHedgesAndNumbers()
    {
        var blocks = LabelledSet.Parse(ExtractionData.Read("dev.txt")).Concat(LabelledSet.Parse(ExtractionData.Read("evaluation.txt")));
        int compared = 0;
        foreach (var block in blocks)
        {
            var extracted = Extract(block);
            var proposed = Propose(block);
            extracted.Should().HaveCount(proposed.Count, "the parser reads every figure the scanner finds in line {0}", block.Line);
            foreach (var (e, p) in extracted.Zip(proposed))
            {
                (e.Mentions[0].Start + e.Mentions[0].Length).Should().Be(p.Mentions[0].Start + p.Mentions[0].Length);
                if (p.Values.Count > 0)
                {
                    e.Values.Should().Equal(p.Values, "for '{0}' in line {1}", e.Text, block.Line);
                }
                if (e.Text == p.Text)
                {
                    e.Hedge.Should().Be(p.Hedge, "for '{0}' in line {1}", e.Text, block.Line);
                    compared++;
                }
            }
        }
        compared.Should().BeGreaterThan(150);
    }
}
