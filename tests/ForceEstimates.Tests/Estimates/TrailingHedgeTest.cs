using System;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

/// <summary>
/// Figures whose hedge is written after the number ("800+", "800-plus", "800 or more", "800 or so", "800-odd",
/// "800 or fewer") or in an uncommon form before it ("north of 800", "c. 800", "ca. 800"): each reads as the existing
/// hedge kind whose meaning it shares, with the same distribution as that kind's common word, and keeps the text as
/// written.
/// </summary>
public class TrailingHedgeTest
{
    private static readonly LocalDate Published = new(2024, 11, 23);

    [Theory]
    [InlineData("800+", HedgeKind.AtLeast, 800.0, "+", null, "at least 800")]
    [InlineData("11,000+", HedgeKind.AtLeast, 11000.0, "+", null, "at least 11,000")]
    [InlineData("800-plus", HedgeKind.AtLeast, 800.0, "plus", null, "at least 800")]
    [InlineData("800\u2011plus", HedgeKind.AtLeast, 800.0, "plus", null, "at least 800")]
    [InlineData("800 or more", HedgeKind.AtLeast, 800.0, "or more", null, "at least 800")]
    [InlineData("800 or higher", HedgeKind.AtLeast, 800.0, "or higher", null, "at least 800")]
    [InlineData("800 or greater", HedgeKind.AtLeast, 800.0, "or greater", null, "at least 800")]
    [InlineData("800 or above", HedgeKind.AtLeast, 800.0, "or above", null, "at least 800")]
    [InlineData("800 or so", HedgeKind.Approximate, 800.0, "or so", null, "about 800")]
    [InlineData("800 or thereabouts", HedgeKind.Approximate, 800.0, "or thereabouts", null, "about 800")]
    [InlineData("c. 800", HedgeKind.Approximate, 800.0, "c.", null, "about 800")]
    [InlineData("ca. 800", HedgeKind.Approximate, 800.0, "ca.", null, "about 800")]
    [InlineData("circa 800", HedgeKind.Approximate, 800.0, "circa", null, "about 800")]
    [InlineData("north of 800", HedgeKind.Above, 800.0, "north of", null, "over 800")]
    [InlineData("upward of 800", HedgeKind.Above, 800.0, "upward of", null, "over 800")]
    [InlineData("in the region of 800", HedgeKind.Approximate, 800.0, "in the region of", null, "about 800")]
    [InlineData("more or less 800", HedgeKind.Approximate, 800.0, "more or less", null, "about 800")]
    [InlineData("800-odd", HedgeKind.Above, 800.0, "odd", null, "over 800")]
    [InlineData("800 or fewer", HedgeKind.AtMost, 800.0, "or fewer", null, "at most 800")]
    [InlineData("800 or less", HedgeKind.AtMost, 800.0, "or less", null, "at most 800")]
    [InlineData("800 or lower", HedgeKind.AtMost, 800.0, "or lower", null, "at most 800")]
    [InlineData("800 or below", HedgeKind.AtMost, 800.0, "or below", null, "at most 800")]
    // With multipliers, number words and units: an attached hedge comes before the unit, a phrase after it.
    [InlineData("1,000-plus km\u00B2", HedgeKind.AtLeast, 1000.0, "plus", "km\u00B2", "at least 1,000 km\u00B2")]
    [InlineData("2 million or more", HedgeKind.AtLeast, 2_000_000.0, "or more", null, "at least 2 million")]
    [InlineData("60k+", HedgeKind.AtLeast, 60_000.0, "+", null, "at least 60k")]
    [InlineData("40% or more", HedgeKind.AtLeast, 40.0, "or more", "%", "at least 40%")]
    [InlineData("40%+", HedgeKind.AtLeast, 40.0, "+", "%", "at least 40%")]
    [InlineData("40 per cent or less", HedgeKind.AtMost, 40.0, "or less", "per cent", "at most 40 per cent")]
    [InlineData("800 square kilometres or so", HedgeKind.Approximate, 800.0, "or so", "square kilometres", "about 800 square kilometres")]
    [InlineData("eight hundred or more", HedgeKind.AtLeast, 800.0, "or more", null, "at least eight hundred")]
    [InlineData("1.2 million-odd", HedgeKind.Above, 1_200_000.0, "odd", null, "over 1.2 million")]
    // Case and white space as written.
    [InlineData("800 OR  MORE", HedgeKind.AtLeast, 800.0, "OR  MORE", null, "at least 800")]
    [InlineData("800\u00A0or so", HedgeKind.Approximate, 800.0, "or so", null, "about 800")]
    [InlineData("800-Plus", HedgeKind.AtLeast, 800.0, "Plus", null, "at least 800")]
    [InlineData("North of 800", HedgeKind.Above, 800.0, "North of", null, "over 800")]
    public void EachFormReadsAsTheKindOfItsMeaning(string text, HedgeKind hedge, double value, string hedgeText, string? unit, string sameAs)
        => HedgeFormChecks.ReadsAsTheKindOfItsMeaning(text, hedge, value, hedgeText, unit, sameAs);

    [Theory]
    [InlineData("800+")]
    [InlineData("800-plus")]
    [InlineData("800 or more")]
    [InlineData("800-odd")]
    [InlineData("north of 800")]
    public void BoundsBelowPutTheMedianAboveTheNumber(string text)
    {
        var estimate = Estimate.Parse(text);

        estimate.LowerBound.Should().Be(800);
        estimate.Median.Should().BeInRange(800.5, 960);
        estimate.Distribution.Cdf(800).Should().Be(0);
    }

    [Theory]
    [InlineData("800 or fewer")]
    [InlineData("800 or less")]
    public void BoundsAbovePutTheMedianBelowTheNumber(string text)
    {
        var estimate = Estimate.Parse(text);

        estimate.UpperBound.Should().Be(800);
        estimate.Median.Should().BeInRange(640, 799.5);
        estimate.Distribution.Cdf(800).Should().Be(1);
    }

    [Theory]
    [InlineData("800 or so")]
    [InlineData("c. 800")]
    [InlineData("ca. 800")]
    public void ApproximateFormsAreCentredOnTheNumber(string text)
    {
        var estimate = Estimate.Parse(text);

        estimate.Median.Should().BeApproximately(800, 1e-9);
        estimate.LowerBound.Should().BeNull();
        estimate.UpperBound.Should().BeNull();
    }

    [Theory]
    [InlineData("800+")]
    [InlineData("11,000+")]
    [InlineData("800-plus")]
    [InlineData("1,000-plus km\u00B2")]
    [InlineData("2 million or more")]
    [InlineData("40% or more")]
    [InlineData("800 or so")]
    [InlineData("800-odd")]
    [InlineData("north of 800")]
    [InlineData("c. 800")]
    [InlineData("800 or fewer")]
    public void TheFormsRoundTripThroughToStringAndTryParseAgrees(string text)
        => HedgeFormChecks.RoundTrips(text);

    [Theory]
    [InlineData("800+200", 3)] // arithmetic, not a hedge
    [InlineData("800++", 3)]
    [InlineData("800 or", 4)]
    [InlineData("800 or so-called", 4)]
    [InlineData("800-pluses", 4)]
    [InlineData("nearly 800+", 10)] // bounds of two kinds make no one hedge
    [InlineData("at least 800 or fewer", 13)]
    [InlineData("800-900+", 7)] // a range takes no trailing hedge
    [InlineData("800+ or more", 5)]
    [InlineData("0+", 0)] // "at least 0" states no bound
    [InlineData("0 or more", 0)]
    [InlineData("north of", 8)]
    [InlineData("c.", 2)]
    public void WhatIsNotOneHedgedFigureIsAFormatErrorWithItsPosition(string text, int position)
        => HedgeFormChecks.IsAFormatErrorAt(text, position);

    [Property(MaxTest = 300)]
    public void TrailingFormsReadAsTheirCommonWord(PositiveInt raw, byte form)
    {
        string number = raw.Get.ToString("N0", CultureInfo.InvariantCulture);
        var (trailing, common) = (form % 6) switch
        {
            0 => (number + "+", "at least " + number),
            1 => (number + "-plus", "at least " + number),
            2 => (number + " or more", "at least " + number),
            3 => (number + " or so", "about " + number),
            4 => (number + "-odd", "over " + number),
            _ => (number + " or fewer", "at most " + number),
        };

        var estimate = Estimate.Parse(trailing);
        var reference = Estimate.Parse(common);

        estimate.Hedge.Should().Be(reference.Hedge);
        estimate.Stated.Values.Should().Equal(reference.Stated.Values);
        estimate.Distribution.Should().Be(reference.Distribution);
        estimate.Stated.Text.Should().Be(trailing);
    }

    private static readonly string[] Numbers = ["800", "11,000", "1.2 million", "60k", "eight hundred", "0", "1,376", "2.5"];
    private static readonly string[] Attached = ["", "", "+", "-plus", "\u2011plus", "-odd", "-Plus", "++", "-pluses", "+5"];
    private static readonly string[] Units = ["", "", "%", " km\u00B2", " square kilometres", " per cent"];
    private static readonly string[] After =
    [
        "", "", " or more", " OR SO", "\u00A0or fewer", " or less", " or", " or so-called", " or 900", "+", " or  thereabouts", " troops",
    ];

    [Property(MaxTest = 500)]
    public void AnyMixOfTheFormsReadsAsOneOrderedFigureOrAFormatErrorAndTheExtractorAgrees(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        string Pick(string[] items) => items[random.Next(items.Length)];
        string text = (random.Next(4) == 0 ? Pick(["about ", "c. ", "north of ", "at least "]) : "")
            + Pick(Numbers) + Pick(Attached) + Pick(Units) + Pick(After);

        bool read = Estimate.TryParse(text, out var tried);
        Estimate? parsed = null;
        var thrown = Record.Exception(() => parsed = Estimate.Parse(text));
        if (read)
        {
            thrown.Should().BeNull("TryParse read \"{0}\"", text);
            parsed.Should().Be(tried);
            parsed!.Stated.Text.Should().Be(text);
            double lower = parsed.Quantile(0.05), median = parsed.Median, upper = parsed.Quantile(0.95);
            double.IsFinite(median).Should().BeTrue();
            (lower <= median && median <= upper).Should().BeTrue("\"{0}\" reads as an ordered distribution", text);
            Estimate.Parse(parsed.ToString()).Should().Be(parsed);
        }
        else
        {
            thrown.Should().BeOfType<FormatException>("TryParse refused \"{0}\"", text);
        }

        string sentence = "Officials said " + text + " were there.";
        foreach (var figure in ReportExtractor.Default.Extract(sentence, Published))
        {
            sentence.Substring(figure.Start, figure.Length).Should().Be(figure.Text);
            figure.Estimate.Stated.Text.Should().Be(figure.Text);
        }
    }

    [Fact]
    public void EveryHedgePhraseHasTwoCharactersOrMore()
    {
        // Lexicon.MatchHedge compares a phrase's second character before it compares the rest.
        ForceEstimates.Lexicon.Hedges.Should().OnlyContain(h => h.Phrase.Length >= 2);
        // Lexicon.MatchTrailingHedge compares the first two characters ("or", "pl") before it compares the rest.
        ForceEstimates.Lexicon.TrailingHedges.Should().OnlyContain(h => h.Phrase.StartsWith("or ", StringComparison.Ordinal) || h.Phrase == "plus");
    }

    [Theory]
    [InlineData("north  of 800", HedgeKind.Above)]
    [InlineData("a\u00A0minimum of 800", HedgeKind.AtLeast)]
    [InlineData("NO LESS THAN 800", HedgeKind.AtLeast)]
    [InlineData("C. 800", HedgeKind.Approximate)]
    [InlineData("Ca. 800", HedgeKind.Approximate)]
    [InlineData("circa 800", HedgeKind.Approximate)]
    [InlineData("close to 800", HedgeKind.JustBelow)]
    public void HedgesBeforeTheNumberStillReadWithAnyCaseAndSpacing(string text, HedgeKind hedge)
        => Estimate.Parse(text).Hedge.Should().Be(hedge);

    [Fact]
    public void TheParserReadsThePrefixAndStopsAfterTheHedge()
    {
        EstimateParser.TryParsePrefix("11,000+ troops", HedgeModel.Default, out var plus, out int plusLength).Should().BeTrue();
        plusLength.Should().Be("11,000+".Length);
        plus!.Stated.Text.Should().Be("11,000+");
        EstimateParser.TryParsePrefix("800 or more soldiers", HedgeModel.Default, out var more, out int moreLength).Should().BeTrue();
        moreLength.Should().Be("800 or more".Length);
        more!.Hedge.Should().Be(HedgeKind.AtLeast);
        // Alternatives are no hedge but a range (AlternativeFiguresTest).
        EstimateParser.TryParsePrefix("800 or 900 soldiers", HedgeModel.Default, out var either, out int eitherLength).Should().BeTrue();
        eitherLength.Should().Be("800 or 900".Length);
        either!.Hedge.Should().Be(HedgeKind.Range);
    }

    [Theory]
    [InlineData("Officials said 11,000+ troops were deployed to Kursk.", "11,000+", HedgeKind.AtLeast)]
    [InlineData("Officials said 11,000+ troops took part.", "11,000+", HedgeKind.AtLeast)]
    // "25-year-old" is no figure, but "-odd" and "-plus" are hedges written against the number, not compound modifiers.
    [InlineData("The army said 800-odd soldiers were captured.", "800-odd", HedgeKind.Above)]
    [InlineData("The ministry said a 2,000-plus force had crossed.", "2,000-plus", HedgeKind.AtLeast)]
    [InlineData("Ukraine said 800 or more soldiers had been captured.", "800 or more", HedgeKind.AtLeast)]
    [InlineData("Ukraine said Russia lost 40% or more of its tanks.", "40% or more", HedgeKind.AtLeast)]
    [InlineData("The army said 2 million or so people were displaced.", "2 million or so", HedgeKind.Approximate)]
    [InlineData("Officials said 800 or fewer soldiers remain.", "800 or fewer", HedgeKind.AtMost)]
    [InlineData("The army said it controls north of 800 square kilometres.", "north of 800 square kilometres", HedgeKind.Above)]
    [InlineData("Officials said c. 5,000 soldiers were there.", "c. 5,000", HedgeKind.Approximate)]
    [InlineData("Officials said upward of 5,000 soldiers were there.", "upward of 5,000", HedgeKind.Above)]
    [InlineData("Officials said more than 5,000 soldiers were there.", "more than 5,000", HedgeKind.Above)]
    [InlineData("Officials said more or less 5,000 soldiers were there.", "more or less 5,000", HedgeKind.Approximate)]
    public void TheExtractorReadsTheFormsThroughTheSameGrammar(string text, string figure, HedgeKind hedge)
        => HedgeFormChecks.ExtractorReadsThroughTheSameGrammar(text, figure, hedge);
}
