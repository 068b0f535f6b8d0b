using System;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;

namespace ForceEstimates.Tests.Estimates;

/// <summary>
/// The checks every test of a hedged form makes (TrailingHedgeTest, StackedHedgeTest, AlternativeFiguresTest): one
/// place for what "reads as the kind of its meaning", "round-trips", "is a format error at a position" and "the
/// extractor reads it through the same grammar" mean.
/// </summary>
internal static class HedgeFormChecks
{
    private static readonly LocalDate Published = new(2024, 11, 23);

    /// <summary>The form reads as <paramref name="hedge"/> with its text, values, hedge text and unit, and means what <paramref name="sameAs"/> means.</summary>
    internal static void ReadsAsTheKindOfItsMeaning(string text, HedgeKind hedge, double value, string hedgeText, string? unit, string sameAs)
    {
        var estimate = Estimate.Parse(text);
        var reference = Estimate.Parse(sameAs);

        estimate.Hedge.Should().Be(hedge);
        estimate.Stated.Text.Should().Be(text);
        estimate.Stated.Values.Should().Equal(value);
        estimate.Stated.HedgeText.Should().Be(hedgeText);
        estimate.Stated.Unit.Should().Be(unit);
        estimate.Stated.SignificantDigits.Should().Be(reference.Stated.SignificantDigits);
        estimate.Distribution.Should().Be(reference.Distribution, "\"{0}\" means what \"{1}\" means", text, sameAs);
        estimate.LowerBound.Should().Be(reference.LowerBound);
        estimate.UpperBound.Should().Be(reference.UpperBound);
    }

    /// <summary>The form reads back from its ToString, and TryParse agrees with Parse, padded or not.</summary>
    internal static void RoundTrips(string text)
    {
        var estimate = Estimate.Parse(text);

        Estimate.Parse(estimate.ToString()).Should().Be(estimate);
        Estimate.TryParse(text, out var tried).Should().BeTrue();
        tried.Should().Be(estimate);
        Estimate.TryParse("  " + text + " ", out var padded).Should().BeTrue();
        padded!.Stated.Text.Should().Be(text);
    }

    /// <summary>Parse throws a FormatException naming the text and the position; TryParse gives false and null.</summary>
    internal static void IsAFormatErrorAt(string text, int position)
    {
        var thrown = FluentActions.Invoking(() => Estimate.Parse(text)).Should().Throw<FormatException>().Which;
        thrown.Message.Should().Contain(string.Create(CultureInfo.InvariantCulture, $"at position {position} "));
        thrown.Message.Should().Contain(text);
        Estimate.TryParse(text, out var estimate).Should().BeFalse();
        estimate.Should().BeNull();
    }

    /// <summary>The extractor finds the one figure of <paramref name="sentence"/> where it is, as Parse reads it.</summary>
    internal static void ExtractorReadsThroughTheSameGrammar(string sentence, string figure, HedgeKind hedge)
    {
        var found = ReportExtractor.Default.Extract(sentence, Published).Single();

        found.Text.Should().Be(figure);
        sentence.Substring(found.Start, found.Length).Should().Be(figure);
        found.Estimate.Hedge.Should().Be(hedge);
        found.Estimate.Stated.Text.Should().Be(figure);
        found.Estimate.Should().Be(Estimate.Parse(figure));
    }
}
