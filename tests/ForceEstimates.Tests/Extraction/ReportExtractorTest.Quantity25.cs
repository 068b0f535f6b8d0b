using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Figures of several articles about one thing meeting in one quantity (session 25): figures that name nothing but their
/// metric staying in their article, troops written as "his fighters", shares written as fractions, and the scorers' reading of
/// quantities (by their key, as an aggregate groups them) and origins (by the source's aliases). Sentences written for the
/// project: invented places, names and numbers.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void AFigureThatNamesNothingStaysInItsArticleWhateverPlaceItsArticleNames()
    {
        // Lending an article's one place to such figures was tried and dropped: on a held-out set of real articles it met
        // 7 more pairs of one thing and 19 more of different things (another side's toll, a day's toll, an offensive's
        // beside the year's, once the article's place was theirs).
        var first = ReportExtractor.Default.Extract(
            "Medics said 800 people were wounded in the Varo district. By Friday, 1,450 people had been killed.", Published);
        var second = ReportExtractor.Default.Extract("The clinic said 1,500 people had been killed in the Varo district.", Published.PlusDays(3));
        var reports = ReportExtractor.ToReports(first.Concat(second));

        reports.Should().HaveCount(3);
        reports[1].Quantity.Place.Should().BeNull();
        reports[1].Quantity.Subject.Should().StartWith("people (", "kept to its article");
        reports[1].Quantity.Should().NotBe(reports[2].Quantity);
        reports[0].Quantity.Should().NotBe(reports[1].Quantity, "wounded and killed stay two quantities");
    }

    [Theory]
    [InlineData("his fighters", "troops")]
    [InlineData("their soldiers", "troops")]
    [InlineData("its elite troops", "troops")]
    [InlineData("Ostlandic fighters", "Ostlandic troops")]
    [InlineData("Ostlandic militaries", "Ostlandic troops")]
    [InlineData("Ostlandic mercenaries", "Ostlandic troops")]
    [InlineData("his country", "his country")]
    public void APossessivePronounBeforeTroopsSaysNothingOfWhoseTheyAre(string subject, string expected)
        => QuantityGuess.Subject(subject, default).Should().Be(expected);

    [Theory]
    [InlineData("Russian POWs", "Russian troops")]
    [InlineData("Ostlandic prisoners", "Ostlandic prisoners")]
    [InlineData("POWs", "people")]
    public void PrisonersOfWarOfANationalityAreItsTroops(string subject, string expected)
        => QuantityGuess.TollSubject(subject).Should().Be(expected);

    [Fact]
    public void TroopsOfNoNationalityOrPlaceStayInTheirArticle()
    {
        // "20,000 of his fighters were killed" in two articles about two battles are not one toll.
        var first = ReportExtractor.Default.Extract("The commander said 20,000 of his fighters were killed.", Published);
        var second = ReportExtractor.Default.Extract("The general said 9,000 of his soldiers were killed.", Published.PlusDays(40));
        var reports = ReportExtractor.ToReports(first.Concat(second));

        reports.Should().HaveCount(2);
        reports[0].Quantity.Subject.Should().StartWith("troops (");
        reports[1].Quantity.Should().NotBe(reports[0].Quantity);
        QuantityGuess.NamesNothing("troops", "Varo district").Should().BeFalse("a place says which troops");
        QuantityGuess.NamesNothing("Ostlandic troops", null).Should().BeFalse("a nationality says which troops");
    }

    [Fact]
    public void AShareWrittenAsAFractionIsAReportInFractionsOfOne()
    {
        // "a third" is stated as a fraction of one: its quantity is in that unit (a count in persons made ToReports throw).
        var figures = ReportExtractor.Default.Extract("The navy said a third of the Ostlandic fleet had been sunk.", Published);
        var reports = ReportExtractor.ToReports(figures);

        reports.Should().ContainSingle();
        reports[0].Quantity.Unit.Should().Be(Unit.Fraction);
        figures[0].ToReport().Quantity.Unit.Should().Be(Unit.Fraction);
    }

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
