using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Number forms the eleventh real-news check read as the wrong number or missed (sentences written for the project in
/// the same forms): European thousands in an article whose other numbers have a decimal point, a thousands comma with a
/// space slipped in after it, a whole number "and a half" of a scale in words, "upto" as one word, "well past", and the
/// plural abbreviation "kms".
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("The floods may have driven as many as 40.000 herders from the plain, out of a population of 2.7 million.", "as many as 40.000", 40_000.0)]
    [InlineData("About 15.500 volunteers joined in the first month; the army's budget grew by 4.5 per cent.", "About 15.500", 15_500.0)]
    [InlineData("A further 120.000 or more left for the coast, whence only 0.5 per cent returned.", "120.000 or more", 120_000.0)]
    public void APeriodBeforeThreeDigitsEndingInZeroGroupsThousandsWhateverTheArticlesDecimals(string text, string figure, double value)
    {
        var found = ReportExtractor.Default.Extract(text, Published).Single(f => f.Text == figure);
        found.Estimate.Stated.Values[0].Should().Be(value);
    }

    [Theory]
    [InlineData("The navy ordered 2.500 million rounds, up from 1.2 million last year.", "2.500 million", 2_500_000.0)]
    [InlineData("The river rose 3.125 metres overnight, the highest in 1.5 centuries.", "3.125 metres", 3.125)]
    public void APeriodBeforeAMultiplierOrDigitsNotEndingInZeroKeepsTheArticlesDecimal(string text, string figure, double value)
    {
        var found = ReportExtractor.Default.Extract(text, Published).Single(f => f.Text == figure);
        found.Estimate.Stated.Values[0].Should().Be(value);
    }

    [Theory]
    [InlineData("In the past week about 45, 000 herders crossed the Varna pass into the lowlands.", "about 45, 000", 45_000.0)]
    [InlineData("Officials counted more than 12, 050 tents in the camp by Friday.", "more than 12, 050", 12_050.0)]
    public void ACommaAndASpaceBeforeThreeDigitsStartingWithZeroIsAThousandsGroup(string text, string figure, double value)
    {
        var found = ReportExtractor.Default.Extract(text, Published).Single(f => f.Text == figure);
        found.Estimate.Stated.Values[0].Should().Be(value);
    }

    [Theory]
    [InlineData("In 2003, 450 militiamen were disarmed in the hills, the mission said.", 450.0)]
    [InlineData("The brigade lost 14, 120 more were hurt, the colonel wrote.", 120.0)]
    public void ACommaAndASpaceBeforeANumberNotStartingWithZeroSeparatesTwoNumbers(string text, double value)
        => ReportExtractor.Default.Extract(text, Published).Select(f => f.Estimate.Stated.Values[0]).Should().Contain(value)
            .And.NotContain(v => v > 1_000);

    [Theory]
    [InlineData("The plant said it would build more than two and a half million shells this year.", "more than two and a half million", HedgeKind.Above, 2_500_000.0)]
    [InlineData("Some one and a half thousand reservists reported on the first day.", "Some one and a half thousand", HedgeKind.Approximate, 1_500.0)]
    [InlineData("Rescuers said upto 90 houses were swept away by the mudslide.", "upto 90", HedgeKind.AtMost, 90.0)]
    [InlineData("Counting the islands, the toll has gone well past 1,400, the commission said.", "well past 1,400", HedgeKind.Above, 1_400.0)]
    public void AndAHalfOfAScaleUptoAndWellPastAreRead(string text, string figure, HedgeKind hedge, double value)
    {
        var found = ReportExtractor.Default.Extract(text, Published).Single(f => f.Text == figure);
        found.Estimate.Hedge.Should().Be(hedge);
        found.Estimate.Stated.Values[0].Should().Be(value);
    }

    [Fact]
    public void KmsIsTheKilometresPluralAndSqKmsAnArea()
    {
        var found = ReportExtractor.Default.Extract("The militia now holds upto 65 sq kms of marsh, 30 kms south of the port.", Published);
        found.Single(f => f.Text == "upto 65 sq kms").Kind.Should().Be(FigureKind.Territory);
        found.Single(f => f.Text == "30 kms").Unit.Should().NotBeNull();
    }
}
