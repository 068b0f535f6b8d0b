using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

/// <summary>
/// Forms a fifth survey found refused or misread: a scale word joined to digits by hyphens ("36-thousand-500" is 36,500,
/// "74-hundred" is 7,400) read by the number scanner, so Parse and the extractor both see them; a unit joined by a hyphen
/// as an adjective ("a 2,700-kilometre wall" is 2,700 km); "maybe even" before another hedge ("maybe even more than
/// 20,000" is more than 20,000). Modifiers ("36-thousand-strong", "10-year-old", "24-hour", "a 2-1 vote") keep their
/// reading. The forms and sentences are written for the project.
/// </summary>
public class HyphenatedNumberTest
{
    private static readonly LocalDate Published = new(2024, 11, 23);

    [Theory]
    [InlineData("36-thousand-500", 36_500.0, "36,500")]
    [InlineData("2-thousand-400", 2_400.0, "2,400")]
    [InlineData("15-thousand-50", 15_050.0, "15,050")]
    [InlineData("74-hundred", 7_400.0, "7,400")]
    [InlineData("12-hundred", 1_200.0, "1,200")]
    [InlineData("9-hundred", 900.0, "900")]
    [InlineData("12-hundred-50", 1_250.0, "1,250")]
    [InlineData("3-million", 3_000_000.0, "3 million")]
    [InlineData("1.2-million", 1_200_000.0, "1.2 million")]
    [InlineData("15-thousand", 15_000.0, "15 thousand")]
    [InlineData("two-thousand", 2_000.0, "two thousand")]
    [InlineData("36\u2011thousand\u2011500", 36_500.0, "36,500")]
    [InlineData("36\u2010thousand\u2010500", 36_500.0, "36,500")]
    [InlineData("74\u2010hundred", 7_400.0, "7,400")]
    public void AScaleJoinedByHyphensIsTheNumberItNames(string text, double value, string sameAs)
    {
        var estimate = Estimate.Parse(text);
        var reference = Estimate.Parse(sameAs);

        estimate.Hedge.Should().Be(HedgeKind.Bare);
        estimate.Stated.Text.Should().Be(text);
        estimate.Stated.Values.Should().Equal(value);
        estimate.Stated.SignificantDigits.Should().Be(reference.Stated.SignificantDigits);
        estimate.Distribution.Should().Be(reference.Distribution, "\"{0}\" means what \"{1}\" means", text, sameAs);
        HedgeFormChecks.RoundTrips(text);
    }

    [Theory]
    [InlineData("about 36-thousand-500", HedgeKind.Approximate, 36_500.0, "about", "about 36,500")]
    [InlineData("nearly 74-hundred", HedgeKind.JustBelow, 7_400.0, "nearly", "nearly 7,400")]
    [InlineData("more than 12-hundred", HedgeKind.Above, 1_200.0, "more than", "more than 1,200")]
    [InlineData("up to 3-million", HedgeKind.AtMost, 3_000_000.0, "up to", "up to 3 million")]
    public void AHedgeBeforeAHyphenatedNumberReadsAsBeforeItsDigits(string text, HedgeKind hedge, double value, string hedgeText, string sameAs)
    {
        HedgeFormChecks.ReadsAsTheKindOfItsMeaning(text, hedge, value, hedgeText, null, sameAs);
        HedgeFormChecks.RoundTrips(text);
    }

    [Fact]
    public void ARangeEndsInAHyphenatedNumber()
    {
        var estimate = Estimate.Parse("30-36-thousand-500");

        estimate.Hedge.Should().Be(HedgeKind.Range);
        estimate.Stated.Values.Should().Equal(30_000, 36_500);
        Estimate.Parse("between 30-thousand and 36-thousand-500").Distribution.Should().Be(Estimate.Parse("between 30,000 and 36,500").Distribution);
    }

    // Digits after the scale are read only when they are fewer than its zeros, follow a whole number and end the number;
    // otherwise the number ends at the scale and the rest is left over (refused by Parse, with its position).
    [Theory]
    [InlineData("36-thousand-1500", 12)]
    [InlineData("2-million-500-thousand", 10)]
    [InlineData("1.5-thousand-200", 13)]
    [InlineData("3-million-500", 10)]
    [InlineData("150-hundred", 4)]
    [InlineData("1,500-hundred", 6)]
    [InlineData("1.5-hundred", 4)]
    public void DigitsAfterAScaleThatCannotBeBelowItAreNotRead(string text, int position)
        => HedgeFormChecks.IsAFormatErrorAt(text, position);

    [Fact]
    public void TheExtractorReadsHyphenatedNumbersThroughTheSameScanner()
    {
        const string sentence = "The ministry said about 36-thousand-500 soldiers had been lost and nearly 74-hundred were missing.";

        var found = ReportExtractor.Default.Extract(sentence, Published);

        found.Select(f => f.Text).Should().Equal("about 36-thousand-500", "nearly 74-hundred");
        found.Select(f => f.Estimate.Stated.Values[0]).Should().Equal(36_500, 7_400);
        found.Should().AllSatisfy(f => f.Estimate.Should().Be(Estimate.Parse(f.Text)));
    }

    [Fact]
    public void AHyphenatedScaleBeforeStrongStillNamesTheForce()
    {
        var found = ReportExtractor.Default.Extract("A 36-thousand-strong force crossed the river, the ministry said.", Published).Single();

        found.Text.Should().Be("36-thousand");
        found.Estimate.Stated.Values.Should().Equal(36_000);
    }

    [Theory]
    [InlineData("A 10-year-old was hurt during a 24-hour curfew, police said.")]
    [InlineData("The council approved the plan in a 2-1 vote on Monday.")]
    public void ModifiersAndScoresAreNoFigures(string sentence)
        => ReportExtractor.Default.Extract(sentence, Published).Should().BeEmpty();

    [Theory]
    [InlineData("10-year-old", 3)]
    [InlineData("24-hour", 3)]
    public void AModifierIsNoScale(string text, int position)
        => HedgeFormChecks.IsAFormatErrorAt(text, position);

    [Theory]
    [InlineData("2,700-kilometre", HedgeKind.Bare, 2_700.0, "", "kilometre", "2,700 kilometres")]
    [InlineData("1,700-mile", HedgeKind.Bare, 1_700.0, "", "mile", "1,700 miles")]
    [InlineData("300-km", HedgeKind.Bare, 300.0, "", "km", "300 km")]
    [InlineData("about 300-km", HedgeKind.Approximate, 300.0, "about", "km", "about 300 km")]
    [InlineData("nearly 2,700-kilometre", HedgeKind.JustBelow, 2_700.0, "nearly", "kilometre", "nearly 2,700 km")]
    [InlineData("40-percent", HedgeKind.Bare, 40.0, "", "percent", "40%")]
    [InlineData("twenty-five-mile", HedgeKind.Bare, 25.0, "", "mile", "twenty-five miles")]
    public void AUnitJoinedByAHyphenIsTheFiguresUnit(string text, HedgeKind hedge, double value, string hedgeText, string unit, string sameAs)
    {
        HedgeFormChecks.ReadsAsTheKindOfItsMeaning(text, hedge, value, hedgeText, unit, sameAs);
        Unit.Parse(Estimate.Parse(text).Stated.Unit!).Should().BeSameAs(Unit.Parse(Estimate.Parse(sameAs).Stated.Unit!));
        HedgeFormChecks.RoundTrips(text);
    }

    [Fact]
    public void AHyphenJoinsOnlyAUnitWord()
    {
        HedgeFormChecks.IsAFormatErrorAt("5-mile-long", 7);
        HedgeFormChecks.IsAFormatErrorAt("two-fraction", 4);
    }

    [Theory]
    [InlineData("maybe even more than 20,000", HedgeKind.Above, 20_000.0, "maybe even more than", null, "more than 20,000")]
    [InlineData("perhaps even more than 20,000", HedgeKind.Above, 20_000.0, "perhaps even more than", null, "perhaps more than 20,000")]
    [InlineData("possibly even more than 40%", HedgeKind.Above, 40.0, "possibly even more than", "%", "more than 40%")]
    [InlineData("perhaps even over 800", HedgeKind.Above, 800.0, "perhaps even over", null, "over 800")]
    [InlineData("maybe even nearly 1,000", HedgeKind.JustBelow, 1_000.0, "maybe even nearly", null, "nearly 1,000")]
    [InlineData("maybe even at least 500", HedgeKind.AtLeast, 500.0, "maybe even at least", null, "at least 500")]
    [InlineData("perhaps even up to 20,000", HedgeKind.AtMost, 20_000.0, "perhaps even up to", null, "up to 20,000")]
    public void MaybeEvenBeforeABoundIsTheBound(string text, HedgeKind hedge, double value, string hedgeText, string? unit, string sameAs)
    {
        HedgeFormChecks.ReadsAsTheKindOfItsMeaning(text, hedge, value, hedgeText, unit, sameAs);
        HedgeFormChecks.RoundTrips(text);
        HedgeFormChecks.ExtractorReadsThroughTheSameGrammar($"Officials said {text} people had fled the district.", text, hedge);
    }

    // A count's decade is refused with a reason of its own: no data says where "low" ends and "mid" begins.
    [Theory]
    [InlineData("the low 2,000s", 0)]
    [InlineData("the mid-4,000s", 0)]
    [InlineData("the high 2000s", 0)]
    [InlineData("in the low thousands", 0)]
    [InlineData("the mid- to high 2,000s", 0)]
    [InlineData("about the high hundreds", 6)]
    public void ACountsDecadeIsRefusedSayingWhy(string text, int position)
    {
        HedgeFormChecks.IsAFormatErrorAt(text, position);
        FluentActions.Invoking(() => Estimate.Parse(text)).Should().Throw<System.FormatException>().Which.Message.Should().Contain("decade");
    }

    [Theory]
    [InlineData("the 1990s")]
    [InlineData("the low ground")]
    public void OtherTextBeforeANumberIsNoDecade(string text)
        => FluentActions.Invoking(() => Estimate.Parse(text)).Should().Throw<System.FormatException>().Which.Message.Should().NotContain("decade");

    [Theory]
    [InlineData("a half-million", 500_000.0, "half a million")]
    [InlineData("half-million", 500_000.0, "half a million")]
    [InlineData("a half-billion", 500_000_000.0, "half a billion")]
    [InlineData("a quarter-million", 250_000.0, "a quarter of a million")]
    [InlineData("A Half\u2011Million", 500_000.0, "half a million")]
    public void AFractionJoinedToAScaleIsThatPartOfIt(string text, double value, string sameAs)
    {
        var estimate = Estimate.Parse(text);

        estimate.Hedge.Should().Be(HedgeKind.Bare);
        estimate.Stated.Values.Should().Equal(value);
        estimate.Distribution.Should().Be(Estimate.Parse(sameAs).Distribution);
        Estimate.Parse("about " + text).Distribution.Should().Be(Estimate.Parse("about " + sameAs).Distribution);
        HedgeFormChecks.RoundTrips(text);
    }

    [Fact]
    public void TheExtractorReadsAHalfMillionAsANumber()
        => HedgeFormChecks.ExtractorReadsThroughTheSameGrammar("Officials said nearly a half-million people had fled the region.", "nearly a half-million", HedgeKind.JustBelow);

    [Fact]
    public void InTheVicinityOfIsAbout()
    {
        HedgeFormChecks.ReadsAsTheKindOfItsMeaning("in the vicinity of 60,000", HedgeKind.Approximate, 60_000, "in the vicinity of", null, "about 60,000");
        Estimate.Parse("somewhere in the vicinity of 150,000 to 170,000").Distribution.Should().Be(Estimate.Parse("150,000 to 170,000").Distribution);
        HedgeFormChecks.ExtractorReadsThroughTheSameGrammar("The army has in the vicinity of 60,000 troops there, officials said.", "in the vicinity of 60,000", HedgeKind.Approximate);
    }
}
