using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Figures of several articles about one thing meeting in one quantity (session 25): the scorers' reading of quantities (by
/// their key, as an aggregate groups them) and origins (by the source's aliases). Sentences written for the project:
/// invented places, names and numbers.
/// </summary>
public partial class ReportExtractorTest
{
    private const string ConvertedAreaSet = """
        # Invented for the test.
        @ 2024-03-01

        > Ostlandic forces hold 1,000 square kilometres (386 square miles) of the Lorin region, the ministry said.
        = 1,000 square kilometres | Bare | 1000 | ministry | km2 | - | territory | q:lorin-held
        = 386 square miles | Bare | 386 | ministry | mi2 | - | territory | q:lorin-held

        > The ministry said Ostlandic forces held 1,050 square kilometres of the Lorin region.
        = 1,050 square kilometres | Bare | 1050 | ministry | km2 | - | territory | q:lorin-held
        """;

    [Fact]
    public void TheQuantityScorerJoinsAFigureAndItsConversionAsAnAggregateGroupsThem()
    {
        // km² and square miles are one quantity's key (the quantity without its unit), which is what Aggregate.ByQuantity groups by.
        var evaluation = QuantityEvaluation.Run(LabelledSet.Parse(ConvertedAreaSet), ReportExtractor.Default);

        evaluation.Figures.Should().Be(3);
        evaluation.GroupPairs.Should().Be(3);
        evaluation.JoinedPairs.Should().Be(evaluation.QuantityPairs);
        evaluation.Log.Should().Contain("(mi²)");
    }

    [Fact]
    public void AnOriginLabelledAsTheArticleWroteItMatchesTheSourcesOwnName()
    {
        // The extractor names AFP by its own name; the label, by the format's convention, gives the name the excerpt writes.
        var blocks = LabelledSet.Parse("""
            @ 2024-03-01

            > At least 37 people were killed in the Varo district on Monday, AFP reported.
            = At least 37 | AtLeast | 37 | AFP | - | - | casualties
            """);
        var figures = ReportExtractor.Default.Extract(blocks[0].Text, blocks[0].Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("Agence France-Presse");

        var evaluation = ExtractionEvaluation.Run(blocks, block => ExtractorReading.Read(ReportExtractor.Default, block));

        evaluation.OriginRight.Should().Be(1);
        ExtractionEvaluation.OriginMatches("AFP", "Agence France-Presse").Should().BeFalse("the name alone is not the alias");
        ExtractionEvaluation.OriginMatches("AFP", "Agence France-Presse", ["AFP"]).Should().BeTrue();
        ExtractionEvaluation.OriginMatches("-", "Agence France-Presse", ["AFP"]).Should().BeFalse();
    }
}
