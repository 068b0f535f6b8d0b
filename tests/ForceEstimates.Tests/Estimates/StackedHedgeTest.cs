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
/// Two hedges on one figure ("some 800-odd", "up to around 270", "perhaps more than 2,000"), "plus" after a space
/// ("2,000 plus"), and less common spellings of hedges before the number ("a little over", "slightly fewer than", "in the
/// neighbourhood of", "rather more than", "perhaps"): each reads as the existing hedge kind whose meaning it shares, with
/// the distribution of that kind's common word, and keeps its text as written. A lower and an upper bound of one figure
/// ("at least 13 and as many as 46") read as the range.
/// </summary>
public class StackedHedgeTest
{
    private static readonly LocalDate Published = new(2024, 11, 23);

    [Theory]
    // "about" with a bound after the number is the bound; two of one kind are that kind.
    [InlineData("some 800-odd", HedgeKind.Above, 800.0, "odd", null, "over 800")]
    [InlineData("about 800 or so", HedgeKind.Approximate, 800.0, "or so", null, "about 800")]
    [InlineData("an estimated 800+", HedgeKind.AtLeast, 800.0, "+", null, "at least 800")]
    [InlineData("around 250 or higher", HedgeKind.AtLeast, 250.0, "or higher", null, "at least 250")]
    [InlineData("at least 800 or more", HedgeKind.AtLeast, 800.0, "or more", null, "at least 800")]
    [InlineData("some 40% or more", HedgeKind.AtLeast, 40.0, "or more", "%", "at least 40%")]
    [InlineData("about 1,000-plus km\u00B2", HedgeKind.AtLeast, 1000.0, "plus", "km\u00B2", "at least 1,000 km\u00B2")]
    [InlineData("roughly 2 million or fewer", HedgeKind.AtMost, 2_000_000.0, "or fewer", null, "at most 2 million")]
    // Two hedges before the number.
    [InlineData("up to around 270", HedgeKind.AtMost, 270.0, "up to around", null, "up to 270")]
    [InlineData("as many as some 5,000", HedgeKind.AtMost, 5000.0, "as many as some", null, "as many as 5,000")]
    [InlineData("perhaps more than 2,000", HedgeKind.Above, 2000.0, "perhaps more than", null, "more than 2,000")]
    [InlineData("an estimated more than 100,000", HedgeKind.Above, 100_000.0, "an estimated more than", null, "more than 100,000")]
    [InlineData("approaching nearly 500,000", HedgeKind.JustBelow, 500_000.0, "approaching nearly", null, "nearly 500,000")]
    [InlineData("at least around 40 per cent", HedgeKind.AtLeast, 40.0, "at least around", "per cent", "at least 40 per cent")]
    [InlineData("Up To  Around 270", HedgeKind.AtMost, 270.0, "Up To  Around", null, "up to 270")]
    [InlineData("somewhere south of 60", HedgeKind.Below, 60.0, "somewhere south of", null, "under 60")]
    [InlineData("anywhere up to 600,000", HedgeKind.AtMost, 600_000.0, "anywhere up to", null, "up to 600,000")]
    [InlineData("somewhere in the neighbourhood of around 1,000", HedgeKind.Approximate, 1000.0, "somewhere in the neighbourhood of around", null, "about 1,000")]
    [InlineData("at least five hundred or so", HedgeKind.AtLeast, 500.0, "or so", null, "at least five hundred")]
    // "plus" after a space, as "800-plus".
    [InlineData("800 plus", HedgeKind.AtLeast, 800.0, "plus", null, "at least 800")]
    [InlineData("2,000 plus", HedgeKind.AtLeast, 2000.0, "plus", null, "at least 2,000")]
    [InlineData("1.2 million plus", HedgeKind.AtLeast, 1_200_000.0, "plus", null, "at least 1.2 million")]
    [InlineData("40 per cent plus", HedgeKind.AtLeast, 40.0, "plus", "per cent", "at least 40 per cent")]
    [InlineData("800 Plus", HedgeKind.AtLeast, 800.0, "Plus", null, "at least 800")]
    // Less common spellings before the number.
    [InlineData("in the neighbourhood of 600", HedgeKind.Approximate, 600.0, "in the neighbourhood of", null, "about 600")]
    [InlineData("in the neighborhood of 600", HedgeKind.Approximate, 600.0, "in the neighborhood of", null, "about 600")]
    [InlineData("perhaps 3,000", HedgeKind.Approximate, 3000.0, "perhaps", null, "about 3,000")]
    [InlineData("south of 60", HedgeKind.Below, 60.0, "south of", null, "under 60")]
    [InlineData("well in excess of 600", HedgeKind.Above, 600.0, "well in excess of", null, "in excess of 600")]
    [InlineData("rather more than 70,000", HedgeKind.Above, 70_000.0, "rather more than", null, "over 70,000")]
    [InlineData("well more than a thousand", HedgeKind.Above, 1000.0, "well more than", null, "more than a thousand")]
    [InlineData("a little over 800", HedgeKind.Above, 800.0, "a little over", null, "just over 800")]
    [InlineData("a little more than 800", HedgeKind.Above, 800.0, "a little more than", null, "just over 800")]
    [InlineData("a little above 800", HedgeKind.Above, 800.0, "a little above", null, "just over 800")]
    [InlineData("slightly over 800", HedgeKind.Above, 800.0, "slightly over", null, "just over 800")]
    [InlineData("slightly more than half", HedgeKind.Above, 0.5, "slightly more than", "fraction", "more than half")]
    [InlineData("slightly above 800", HedgeKind.Above, 800.0, "slightly above", null, "just over 800")]
    [InlineData("a little under 800", HedgeKind.JustBelow, 800.0, "a little under", null, "just under 800")]
    [InlineData("a little less than 40%", HedgeKind.JustBelow, 40.0, "a little less than", "%", "just under 40%")]
    [InlineData("a little fewer than 800", HedgeKind.JustBelow, 800.0, "a little fewer than", null, "just under 800")]
    [InlineData("a little below 800", HedgeKind.JustBelow, 800.0, "a little below", null, "just under 800")]
    [InlineData("slightly under 800", HedgeKind.JustBelow, 800.0, "slightly under", null, "just under 800")]
    [InlineData("slightly less than 800", HedgeKind.JustBelow, 800.0, "slightly less than", null, "just under 800")]
    [InlineData("slightly fewer than 800", HedgeKind.JustBelow, 800.0, "slightly fewer than", null, "just under 800")]
    [InlineData("slightly below 800", HedgeKind.JustBelow, 800.0, "slightly below", null, "just under 800")]
    public void EachFormReadsAsTheKindOfItsMeaning(string text, HedgeKind hedge, double value, string hedgeText, string? unit, string sameAs)
        => HedgeFormChecks.ReadsAsTheKindOfItsMeaning(text, hedge, value, hedgeText, unit, sameAs);

    [Theory]
    [InlineData("between about 800 and 1,000", "between about")]
    [InlineData("somewhere between 800 and 1,000", "somewhere between")]
    [InlineData("anywhere between 800 to 1,000", "anywhere between")]
    public void BetweenWithAboutIsTheRange(string text, string hedgeText)
    {
        var estimate = Estimate.Parse(text);
        var reference = Estimate.Parse("between 800 and 1,000");

        estimate.Hedge.Should().Be(HedgeKind.Range);
        estimate.Stated.HedgeText.Should().Be(hedgeText);
        estimate.Stated.Values.Should().Equal(800, 1000);
        estimate.Distribution.Should().Be(reference.Distribution);
    }

    [Theory]
    [InlineData("at least 13 and as many as 46", 13.0, 46.0, "at least", null)]
    [InlineData("at least 800, possibly 1,000", 800.0, 1000.0, "at least", null)]
    [InlineData("more than 200, and perhaps up to 300", 200.0, 300.0, "more than", null)]
    [InlineData("no fewer than 10 but as many as 20", 10.0, 20.0, "no fewer than", null)]
    [InlineData("at least 800 km\u00B2, possibly 1,000 km\u00B2", 800.0, 1000.0, "at least", "km\u00B2")]
    [InlineData("at least 800, maybe 1,000 square kilometres", 800.0, 1000.0, "at least", "square kilometres")]
    [InlineData("at least 40%, possibly as many as 50%", 40.0, 50.0, "at least", "%")]
    public void ALowerAndAnUpperBoundReadAsTheRange(string text, double low, double high, string hedgeText, string? unit)
    {
        var estimate = Estimate.Parse(text);
        var reference = Estimate.Parse(string.Create(CultureInfo.InvariantCulture, $"between {low:#,0} and {high:#,0}{(unit is null ? "" : " " + unit)}"));

        estimate.Hedge.Should().Be(HedgeKind.Range);
        estimate.Stated.Text.Should().Be(text);
        estimate.Stated.Values.Should().Equal(low, high);
        estimate.Stated.HedgeText.Should().Be(hedgeText);
        estimate.Stated.Unit.Should().Be(unit);
        estimate.Distribution.Should().Be(reference.Distribution);
        Estimate.Parse(estimate.ToString()).Should().Be(estimate);
        Estimate.TryParse(text, out var tried).Should().BeTrue();
        tried.Should().Be(estimate);
    }

    [Theory]
    [InlineData("some 800-odd", 800.5, 960.0)]
    [InlineData("an estimated 800+", 800.5, 960.0)]
    [InlineData("800 plus", 800.5, 960.0)]
    [InlineData("a little over 800", 800.5, 960.0)]
    [InlineData("perhaps more than 800", 800.5, 960.0)]
    [InlineData("up to around 800", 640.0, 799.5)]
    [InlineData("a little under 800", 640.0, 799.5)]
    [InlineData("slightly fewer than 800", 640.0, 799.5)]
    [InlineData("approaching nearly 800", 640.0, 799.5)]
    [InlineData("about 800 or so", 799.999, 800.001)]
    [InlineData("in the neighbourhood of 800", 799.999, 800.001)]
    [InlineData("perhaps 800", 799.999, 800.001)]
    public void TheMedianIsOnTheSideOfTheNumberTheHedgeSays(string text, double low, double high)
    {
        var estimate = Estimate.Parse(text);

        estimate.Median.Should().BeInRange(low, high);
        (estimate.Quantile(0.05) <= estimate.Median && estimate.Median <= estimate.Quantile(0.95)).Should().BeTrue();
    }

    [Theory]
    [InlineData("some 800-odd")]
    [InlineData("about 800 or so")]
    [InlineData("an estimated 800+")]
    [InlineData("up to around 270")]
    [InlineData("perhaps more than 2,000")]
    [InlineData("between about 800 and 1,000")]
    [InlineData("2,000 plus")]
    [InlineData("a little under 800")]
    [InlineData("scores")]
    public void TheFormsRoundTripThroughToStringAndTryParseAgrees(string text)
        => HedgeFormChecks.RoundTrips(text);

    [Theory]
    [InlineData("nearly 800+", 10)] // bounds of two kinds
    [InlineData("more than 800-plus", 13)]
    [InlineData("more than 800 or fewer", 14)]
    [InlineData("exactly 800 or so", 12)]
    [InlineData("exactly about 800", 8)]
    [InlineData("over some 800", 5)] // "over" before another hedge is a preposition
    [InlineData("up to around", 6)]
    [InlineData("800 plus 200", 4)] // a sum, not a hedge
    [InlineData("800 plus two", 4)]
    [InlineData("800 plus-size", 4)]
    [InlineData("about 0+", 6)] // "at least 0" states no bound
    [InlineData("between 800 and 1,000 or more", 22)] // a range takes no hedge after it
    [InlineData("at least 800, possibly 600", 12)] // the upper bound below the lower
    [InlineData("at least 800 and 900", 13)] // no word for the upper bound
    [InlineData("at least 800, possibly", 12)]
    [InlineData("at least 800 as many as 900", 13)] // no comma or "and"
    [InlineData("at least 800 km\u00B2, possibly 1,000 sq mi", 16)]
    [InlineData("up to 800, possibly 1,000", 9)] // an upper bound first
    public void WhatIsNotOneHedgedFigureIsAFormatErrorWithItsPosition(string text, int position)
        => HedgeFormChecks.IsAFormatErrorAt(text, position);

    private static readonly string[] AboutWords = ["about ", "some ", "an estimated ", "around ", "roughly ", "perhaps ", "c. ", "somewhere "];
    private static readonly string[] After = ["+", "-plus", " plus", " or more", " or so", "-odd", " or fewer", " or less"];
    private static readonly string[] Bounds = ["up to ", "at least ", "more than ", "nearly ", "fewer than ", "as many as ", "a little over "];

    [Property(MaxTest = 300)]
    public void AboutWithABoundReadsAsTheBoundAlone(PositiveInt raw, byte about, byte form, bool before)
    {
        string number = raw.Get.ToString("N0", CultureInfo.InvariantCulture);
        string word = AboutWords[about % AboutWords.Length];
        var (stacked, alone) = before
            ? (Bounds[form % Bounds.Length] + word + number, Bounds[form % Bounds.Length] + number)
            : (word + number + After[form % After.Length], number + After[form % After.Length]);

        var estimate = Estimate.Parse(stacked);
        var reference = Estimate.Parse(alone);

        estimate.Hedge.Should().Be(reference.Hedge);
        estimate.Stated.Text.Should().Be(stacked);
        estimate.Stated.Values.Should().Equal(reference.Stated.Values);
        estimate.Distribution.Should().Be(reference.Distribution);
        Estimate.TryParse(stacked, out var tried).Should().BeTrue();
        tried.Should().Be(estimate);
        Estimate.Parse(estimate.ToString()).Should().Be(estimate);

        string sentence = "Officials said " + stacked + " soldiers were there.";
        var found = ReportExtractor.Default.Extract(sentence, Published).Single();
        found.Text.Should().Be(stacked);
        found.Estimate.Should().Be(estimate);
    }

    [Theory]
    [InlineData("The army said some 800-odd soldiers were captured.", "some 800-odd", HedgeKind.Above)]
    [InlineData("Officials said up to around 270 soldiers were there.", "up to around 270", HedgeKind.AtMost)]
    [InlineData("Officials said perhaps more than 2,000 people had died.", "perhaps more than 2,000", HedgeKind.Above)]
    [InlineData("Officials said an estimated 11,000+ troops were deployed.", "an estimated 11,000+", HedgeKind.AtLeast)]
    [InlineData("Officials said 2,000 plus soldiers had crossed.", "2,000 plus", HedgeKind.AtLeast)]
    [InlineData("Officials said a little over 800 soldiers were there.", "a little over 800", HedgeKind.Above)]
    [InlineData("Officials said slightly fewer than 800 soldiers were there.", "slightly fewer than 800", HedgeKind.JustBelow)]
    [InlineData("The region held in the neighbourhood of 600 soldiers.", "in the neighbourhood of 600", HedgeKind.Approximate)]
    [InlineData("Officials said at least 13 and as many as 46 civilians were killed.", "at least 13 and as many as 46", HedgeKind.Range)]
    [InlineData("Officials said somewhere in the neighbourhood of around 1,000 soldiers were there.", "somewhere in the neighbourhood of around 1,000", HedgeKind.Approximate)]
    [InlineData("Officials said somewhere south of 60 fighters were there.", "somewhere south of 60", HedgeKind.Below)]
    // "over" before "some" is a preposition: the figure is "some 800 square kilometres".
    [InlineData("They fought over some 800 square kilometres.", "some 800 square kilometres", HedgeKind.Approximate)]
    public void TheExtractorReadsTheFormsThroughTheSameGrammar(string text, string figure, HedgeKind hedge)
        => HedgeFormChecks.ExtractorReadsThroughTheSameGrammar(text, figure, hedge);

    [Fact]
    public void TheParserReadsThePrefixAndStopsAfterThePlus()
    {
        EstimateParser.TryParsePrefix("2,000 plus soldiers", HedgeModel.Default, out var plus, out int plusLength).Should().BeTrue();
        plusLength.Should().Be("2,000 plus".Length);
        plus!.Hedge.Should().Be(HedgeKind.AtLeast);
        EstimateParser.TryParsePrefix("800 plus 200 more", HedgeModel.Default, out var sum, out int sumLength).Should().BeTrue();
        sumLength.Should().Be(3);
        sum!.Hedge.Should().Be(HedgeKind.Bare);
    }
}
