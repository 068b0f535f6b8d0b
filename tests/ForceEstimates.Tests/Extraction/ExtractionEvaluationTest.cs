using System.Collections.Generic;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>The evaluation's own rules, on hand-made blocks whose scores are counted by hand.</summary>
public class ExtractionEvaluationTest
{
    private const string Set = """
        @ 2024-11-23
        > Rebels say 640 killed. The rebels said 640 soldiers were killed in 318 clashes, and the UN said 640 too.
        = 640 | Bare | 640 | Rebels | - | - | casualties
        =+ 640 | Bare | 640 | rebels | - | - | casualties
        = 318 | Bare | 318 | rebels | - | - | events
        = 640 | Bare | 640 | UN | - | - | casualties
        """;

    private static IReadOnlyList<LabelledBlock> Blocks => LabelledSet.Parse(Set);

    private static int At(string token, int occurrence = 0)
    {
        string text = Blocks[0].Text;
        int at = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            at = ExtractionEvaluation.FindToken(text, token, at + 1);
        }
        return at;
    }

    private static FoundFigure Figure(string text, string origin, string kind, int start)
        => Found(text, origin, kind, 0.8, (start, text.Length));

    private static FoundFigure Found(string text, string origin, string kind, double confidence, params (int Start, int Length)[] mentions)
        => new(text, mentions, HedgeKind.Bare, [double.Parse(text, System.Globalization.CultureInfo.InvariantCulture)], origin, Kind: kind, Confidence: confidence);

    [Fact]
    public void ARepeatMayBeMergedButAFigureFromAnotherSourceMayNot()
    {
        // One found figure whose mentions cover all three "640"s: the repeat is right, the UN's figure is missed.
        var merged = Found("640", "rebels", "casualties", 0.95, (At("640"), 3), (At("640", 1), 3), (At("640", 2), 3));
        var tally = Found("318", "rebels", "events", 0.5, (At("318"), 3));
        var evaluation = ExtractionEvaluation.Run(Blocks, _ => [merged, tally]);
        evaluation.Expected.Should().Be(4);
        evaluation.Matched.Should().Be(3, "the repeat counts, the UN's 640 does not");
        evaluation.Found.Should().Be(2);
        evaluation.FoundRight.Should().Be(2);
        evaluation.HighConfidenceFound.Should().Be(1);
        evaluation.HighConfidenceRight.Should().Be(1);
        evaluation.MeanConfidence.Should().BeApproximately((0.95 + 0.5) / 2, 1e-12);
        evaluation.ShareRight.Should().Be(1);
    }

    [Fact]
    public void AnEventTallyNotClassifiedAsOneCountsAgainstPrecision()
    {
        var first = Found("640", "Rebels", "casualties", 0.95, (At("640"), 3));
        var tally = Found("318", "rebels", "casualties", 0.95, (At("318"), 3));
        var evaluation = ExtractionEvaluation.Run(Blocks, _ => [first, tally]);
        evaluation.Found.Should().Be(2);
        evaluation.FoundRight.Should().Be(1);
        evaluation.ShareRight.Should().Be(0.5, "the tally read as casualties is not right");
        evaluation.MeanConfidence.Should().BeApproximately(0.95, 1e-12);
        evaluation.Precision.Should().Be(0.5);
        evaluation.KindChecked.Should().Be(2);
        evaluation.KindRight.Should().Be(1);
        evaluation.HighConfidenceRight.Should().Be(1, "the misread tally is not right however sure the extractor is");
    }

    [Fact]
    public void SeparateFiguresForEachSourceAreAllRight()
    {
        var found = new List<FoundFigure>
        {
            Figure("640", "Rebels", "casualties", At("640")),
            Figure("640", "rebels", "casualties", At("640", 1)),
            Figure("318", "rebels", "events", At("318")),
            Figure("640", "the UN", "casualties", At("640", 2)),
        };
        var evaluation = ExtractionEvaluation.Run(Blocks, _ => found);
        evaluation.Recall.Should().Be(1);
        evaluation.Precision.Should().Be(1);
        evaluation.OriginAccuracy.Should().Be(1);
        evaluation.UnitRateAccuracy.Should().Be(1);
        evaluation.HighConfidenceFound.Should().Be(0);
        double.IsNaN(evaluation.HighConfidenceAccuracy).Should().BeTrue();
    }

    [Theory]
    [InlineData("General Staff", "Ukraine's General Staff", true)]
    [InlineData("source in the Ukrainian General Staff", "source", true)]
    [InlineData("Sudanese Armed Forces", "Nov 18 The Sudanese Armed Forces (SAF)", false)]
    [InlineData("Zelensky", "Zelensky's tally differs sharply from estimates by US officials who", false)]
    [InlineData("NUG", "National Unity Government", false)]
    [InlineData("National Unity Government ~ NUG", "NUG", true)]
    [InlineData("-", null, true)]
    [InlineData("- ~ source", "the source", true)]
    [InlineData("Lee", "Leeds council", false)]
    public void OriginsCompareAsWholeWordsWithoutDatelinesOrTrailingClauses(string expected, string? found, bool match)
        => ExtractionEvaluation.OriginMatches(expected, found).Should().Be(match);

    [Fact]
    public void LabelsAreFoundAsWholeTokens()
    {
        ExtractionEvaluation.FindToken("on Feb. 24 they lost 4 tanks", "4", 0).Should().Be(21);
        ExtractionEvaluation.FindToken("(+4) units", "4", 0).Should().Be(2);
    }
}
