using System;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

/// <summary>
/// Forms a fourth survey of news excerpts found refused, with the reading chosen for each: hedge phrases that vary a
/// common one ("something like", "in the range of", "far more than", "well under", "near", "possibly") read as its kind;
/// "maybe even N" as the far end the speaker will go to (as "as many as"); a stated margin ("N ± M", "N, plus or minus
/// M", "N give or take M") as the range N − M to N + M; a bound before a range ("at least 60-70") refused, saying why.
/// The sentences and forms are written for the project.
/// </summary>
public class MarginAndHedgePhraseTest
{
    [Theory]
    [InlineData("possibly 10,000", HedgeKind.Approximate, 10000.0, "possibly", null, "perhaps 10,000")]
    [InlineData("something like 60,000", HedgeKind.Approximate, 60000.0, "something like", null, "about 60,000")]
    [InlineData("something in the region of 60,000", HedgeKind.Approximate, 60000.0, "something in the region of", null, "about 60,000")]
    [InlineData("something close to 60,000", HedgeKind.JustBelow, 60000.0, "something close to", null, "close to 60,000")]
    [InlineData("something over 800", HedgeKind.Above, 800.0, "something over", null, "over 800")]
    [InlineData("something less than 20%", HedgeKind.Below, 20.0, "something less than", "%", "less than 20%")]
    [InlineData("ballpark 60,000", HedgeKind.Approximate, 60000.0, "ballpark", null, "about 60,000")]
    [InlineData("in the ballpark of 60,000", HedgeKind.Approximate, 60000.0, "in the ballpark of", null, "about 60,000")]
    [InlineData("in the range of 60,000", HedgeKind.Approximate, 60000.0, "in the range of", null, "about 60,000")]
    [InlineData("in the order of 10,000", HedgeKind.Approximate, 10000.0, "in the order of", null, "on the order of 10,000")]
    [InlineData("maybe even 60,000", HedgeKind.AtMost, 60000.0, "maybe even", null, "as many as 60,000")]
    [InlineData("perhaps even 60,000", HedgeKind.AtMost, 60000.0, "perhaps even", null, "up to 60,000")]
    [InlineData("possibly even 2 million", HedgeKind.AtMost, 2_000_000.0, "possibly even", null, "at most 2 million")]
    [InlineData("near 9 million", HedgeKind.JustBelow, 9_000_000.0, "near", null, "nearly 9 million")]
    [InlineData("shy of 800", HedgeKind.JustBelow, 800.0, "shy of", null, "just shy of 800")]
    [InlineData("far over 800", HedgeKind.Above, 800.0, "far over", null, "well over 800")]
    [InlineData("far more than 800", HedgeKind.Above, 800.0, "far more than", null, "more than 800")]
    [InlineData("far above 40%", HedgeKind.Above, 40.0, "far above", "%", "over 40%")]
    [InlineData("far in excess of 10,000", HedgeKind.Above, 10000.0, "far in excess of", null, "in excess of 10,000")]
    [InlineData("well under 800", HedgeKind.Below, 800.0, "well under", null, "under 800")]
    [InlineData("well below 800", HedgeKind.Below, 800.0, "well below", null, "below 800")]
    [InlineData("well short of 800", HedgeKind.Below, 800.0, "well short of", null, "under 800")]
    [InlineData("short of 800", HedgeKind.Below, 800.0, "short of", null, "under 800")]
    [InlineData("far fewer than 800", HedgeKind.Below, 800.0, "far fewer than", null, "fewer than 800")]
    [InlineData("far less than 800", HedgeKind.Below, 800.0, "far less than", null, "less than 800")]
    [InlineData("far below 800", HedgeKind.Below, 800.0, "far below", null, "below 800")]
    [InlineData("far under 800", HedgeKind.Below, 800.0, "far under", null, "under 800")]
    [InlineData("anything under 2 million", HedgeKind.Below, 2_000_000.0, "anything under", null, "under 2 million")]
    [InlineData("anything up to 2,000", HedgeKind.AtMost, 2000.0, "anything up to", null, "up to 2,000")]
    public void HedgePhrasesReadAsTheKindOfTheirMeaning(string text, HedgeKind hedge, double value, string hedgeText, string? unit, string sameAs)
    {
        HedgeFormChecks.ReadsAsTheKindOfItsMeaning(text, hedge, value, hedgeText, unit, sameAs);
        HedgeFormChecks.RoundTrips(text);
    }

    [Theory]
    [InlineData("a half-dozen")]
    [InlineData("a half dozen")]
    [InlineData("half-dozen")]
    [InlineData("A Half-Dozen")]
    public void AHalfDozenIsSixAsHalfADozenIs(string text)
    {
        var estimate = Estimate.Parse(text);

        estimate.Hedge.Should().Be(HedgeKind.Bare);
        estimate.Stated.Values.Should().Equal(6);
        estimate.Distribution.Should().Be(Estimate.Parse("half a dozen").Distribution);
        Estimate.Parse("about " + text).Distribution.Should().Be(Estimate.Parse("about half a dozen").Distribution);
        HedgeFormChecks.RoundTrips(text);
    }

    [Fact]
    public void NoPartOfAHalfDozenIsReadByTheExtractor()
        => ForceEstimates.Extraction.ReportExtractor.Default.Extract("The army said a half-dozen soldiers were captured.", new NodaTime.LocalDate(2024, 11, 23))
            .Should().BeEmpty();

    // "maybe even 60,000" is an upper end: it lies wholly below 60,000, as "as many as 60,000" does, not around it as "maybe 60,000".
    [Fact]
    public void MaybeEvenIsTheFarEndNotAroundTheNumber()
    {
        var even = Estimate.Parse("maybe even 60,000");
        var maybe = Estimate.Parse("maybe 60,000");

        even.Distribution.Cdf(60_000).Should().Be(1);
        maybe.Distribution.Cdf(60_000).Should().BeApproximately(0.5, 1e-9);
        even.Median.Should().BeLessThan(maybe.Median);
    }

    [Theory]
    [InlineData("at least 50,000, maybe even 60,000", "at least 50,000, maybe 60,000")]
    [InlineData("more than 200, and perhaps even 300", "more than 200, and perhaps 300")]
    [InlineData("at least 800, possibly even 1,000", "at least 800, possibly 1,000")]
    public void MaybeEvenAfterALowerBoundGivesTheUpperOne(string text, string sameAs)
    {
        var estimate = Estimate.Parse(text);

        estimate.Hedge.Should().Be(HedgeKind.Range);
        estimate.Stated.Text.Should().Be(text);
        estimate.Distribution.Should().Be(Estimate.Parse(sameAs).Distribution);
    }

    [Theory]
    [InlineData("in the range of 240,000-290,000", 240_000, 290_000, "240,000-290,000")]
    [InlineData("in the range of 240,000 to 290,000", 240_000, 290_000, "240,000 to 290,000")]
    [InlineData("something like 10-12 thousand", 10_000, 12_000, "10-12 thousand")]
    public void ABetweenPhraseBeforeARangeIsTheRange(string text, double low, double high, string sameAs)
    {
        var estimate = Estimate.Parse(text);

        estimate.Hedge.Should().Be(HedgeKind.Range);
        estimate.Stated.Values.Should().Equal(low, high);
        estimate.Distribution.Should().Be(Estimate.Parse(sameAs).Distribution);
    }

    // N ± M: the range N - M to N + M, read as every range is, a central 90% interval of a log-normal (a uniform from zero).
    [Theory]
    [InlineData("60,000 \u00B1 5,000", 55_000, 65_000, "\u00B1", null, "55,000-65,000")]
    [InlineData("60,000\u00B15,000", 55_000, 65_000, "\u00B1", null, "55,000-65,000")]
    [InlineData("60,000 +/- 5,000", 55_000, 65_000, "+/-", null, "between 55,000 and 65,000")]
    [InlineData("60,000+/-5,000", 55_000, 65_000, "+/-", null, "55,000 to 65,000")]
    [InlineData("60,000 +/\u2212 5,000", 55_000, 65_000, "+/\u2212", null, "55,000-65,000")]
    [InlineData("60,000, plus or minus 5,000", 55_000, 65_000, "plus or minus", null, "55,000-65,000")]
    [InlineData("60,000 Plus or Minus 5,000", 55_000, 65_000, "Plus or Minus", null, "55,000-65,000")]
    [InlineData("60,000 give or take 5,000", 55_000, 65_000, "give or take", null, "55,000-65,000")]
    [InlineData("about 60,000 \u00B1 5,000", 55_000, 65_000, "\u00B1", null, "55,000-65,000")]
    [InlineData("12 km\u00B2 \u00B1 2 km\u00B2", 10, 14, "\u00B1", "km\u00B2", "10-14 km\u00B2")]
    [InlineData("12 km\u00B2 \u00B1 2", 10, 14, "\u00B1", "km\u00B2", "10-14 km\u00B2")]
    [InlineData("40% \u00B1 5%", 35, 45, "\u00B1", "%", "35-45%")]
    [InlineData("40% \u00B1 5 percentage points", 35, 45, "\u00B1", "%", "35-45%")]
    [InlineData("60,000 \u00B1 10%", 54_000, 66_000, "\u00B1", null, "54,000-66,000")]
    [InlineData("800 \u00B1 800", 0, 1600, "\u00B1", null, "0-1,600")]
    public void AStatedMarginIsTheRangeItSpans(string text, double low, double high, string hedgeText, string? unit, string sameAs)
    {
        var estimate = Estimate.Parse(text);

        estimate.Hedge.Should().Be(HedgeKind.Range);
        estimate.Stated.Text.Should().Be(text);
        estimate.Stated.HedgeText.Should().Be(hedgeText);
        estimate.Stated.Unit.Should().Be(unit);
        estimate.Stated.Values.Should().Equal(low, high);
        estimate.Distribution.Should().Be(Estimate.Parse(sameAs).Distribution);
        HedgeFormChecks.RoundTrips(text);

        // The hedge model's closed form for a range: its ends are the 5% and 95% quantiles, the median their geometric mean;
        // from zero, a uniform over it.
        var interval = estimate.Interval(HedgeModel.RangeLevel);
        interval.Lower.Should().BeApproximately(low == 0 ? 0.05 * high : low, 1e-9 * high);
        interval.Upper.Should().BeApproximately(low == 0 ? 0.95 * high : high, 1e-9 * high);
        estimate.Median.Should().BeApproximately(low == 0 ? high / 2 : Math.Sqrt(low * high), 1e-9 * high);
    }

    [Theory]
    [InlineData("60,000, give or take", "give or take")]
    [InlineData("60,000 plus or minus", "plus or minus")]
    public void AMarginWithoutANumberIsAbout(string text, string hedgeText)
    {
        HedgeFormChecks.ReadsAsTheKindOfItsMeaning(text, HedgeKind.Approximate, 60000, hedgeText, null, "about 60,000");
        Estimate.Parse(text).Distribution.Should().Be(Estimate.Parse("60,000 or so").Distribution);
    }

    [Fact]
    public void TryParsePrefixTakesTheMarginAndStopsAtTheNextWord()
    {
        EstimateParser.TryParsePrefix("60,000 \u00B1 5,000 troops", HedgeModel.Default, out var estimate, out int consumed).Should().BeTrue();

        consumed.Should().Be("60,000 \u00B1 5,000".Length);
        estimate!.Stated.Values.Should().Equal(55_000, 65_000);
        EstimateParser.TryParsePrefix("2,000 plus soldiers", HedgeModel.Default, out var plus, out _).Should().BeTrue();
        plus!.Hedge.Should().Be(HedgeKind.AtLeast);
    }

    [Theory]
    [InlineData("60,000 \u00B1 70,000", 9, "never negative")]
    [InlineData("60,000 \u00B1 5 km", 11, "different units")]
    [InlineData("more than 60,000 \u00B1 5,000", 17, "unexpected text")]
    [InlineData("60,000 plus 5,000", 7, "unexpected text")]
    [InlineData("even 60,000", 0, "expected a number")]
    [InlineData("a ballpark 60,000", 0, "expected a number")]
    [InlineData("near some 20", 5, "expected a number")]
    public void FormsWithNoReadingAreRefusedWhereTheyFail(string text, int position, string reason)
    {
        HedgeFormChecks.IsAFormatErrorAt(text, position);
        FluentActions.Invoking(() => Estimate.Parse(text)).Should().Throw<FormatException>().Which.Message.Should().Contain(reason);
    }

    // A bound before a range: the bound is itself uncertain (somewhere in the range), and the one-sided readings put 95% within
    // a few per cent of one stated bound; no calibrated reading, so refused at the range's second number, saying why.
    [Theory]
    [InlineData("at least 60-70", 11)]
    [InlineData("at least 60,000-70,000", 15)]
    [InlineData("more than 60,000\u201370,000", 16)]
    [InlineData("over 10-12 thousand", 7)]
    [InlineData("nearly 1,200 to 1,800", 13)]
    [InlineData("up to 60 - 70 km\u00B2", 9)]
    [InlineData("at least 800 or 900", 13)]
    public void ABoundOnARangeIsRefusedSayingWhy(string text, int position)
    {
        HedgeFormChecks.IsAFormatErrorAt(text, position);
        FluentActions.Invoking(() => Estimate.Parse(text)).Should().Throw<FormatException>()
            .Which.Message.Should().Contain("before a range").And.Contain("at least 60");
    }

    [Theory]
    [InlineData("The strikes destroyed far more than 800 tanks, officials said.", "far more than 800", HedgeKind.Above)]
    [InlineData("The survey counted 60,000 \u00B1 5,000 dead, its authors said.", "60,000 \u00B1 5,000", HedgeKind.Range)]
    [InlineData("The toll could be perhaps even 60,000, analysts said.", "perhaps even 60,000", HedgeKind.AtMost)]
    public void TheExtractorReadsTheNewFormsThroughTheSameGrammar(string sentence, string figure, HedgeKind hedge)
        => HedgeFormChecks.ExtractorReadsThroughTheSameGrammar(sentence, figure, hedge);
}
