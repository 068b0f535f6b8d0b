using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// The extractor, the Estimates parser and <see cref="Unit"/> read the same words the same way: they
/// share one lexicon and one grammar, and these tests hold them to it from the outside.
/// </summary>
public class LexiconAgreementTest
{
    private static readonly LocalDate Published = new(2024, 11, 23);

    /// <summary>The extractor's reading of the one figure in a sentence, or null when it finds none or several.</summary>
    private static ExtractedFigure? FindIn(string sentence)
    {
        var figures = ReportExtractor.Default.Extract(sentence, Published);
        return figures.Count == 1 ? figures[0] : null;
    }

    [Property(MaxTest = 2000)]
    public Property EveryFigureEstimateParseReadsIsFoundInASentenceWithTheSameReading(int seed)
    {
        string phrase = FigurePhrases.Phrase(seed);
        if (!Estimate.TryParse(phrase, out var parsed))
        {
            return true.Label("not a figure to the parser: " + phrase).Classify(true, "not parsed");
        }
        var found = FindIn($"Officials said {phrase} of them were in the region.");
        bool same = found is not null && found.Text == parsed.Stated.Text && found.Estimate.Equals(parsed)
                    && found.Estimate.Hedge == parsed.Hedge && found.Estimate.Stated.Unit == parsed.Stated.Unit;
        return same.Label($"\"{phrase}\": parsed {parsed.Hedge} {string.Join("–", parsed.Stated.Values)} {parsed.Stated.Unit}; "
                          + (found is null ? "not found" : $"found \"{found.Text}\" {found.Estimate.Hedge} {string.Join("–", found.Estimate.Stated.Values)} {found.Estimate.Stated.Unit}"))
            .Classify(parsed.Hedge == HedgeKind.Range, "range").Classify(parsed.Stated.Unit is not null, "with unit");
    }

    [Fact]
    public void TheGeneratedPhrasesAreMostlyFiguresTheParserReads()
    {
        // Guards the property above against a generator that stops writing figures.
        Enumerable.Range(0, 500).Count(seed => Estimate.TryParse(FigurePhrases.Phrase(seed), out _)).Should().BeGreaterThan(450);
    }

    [Fact]
    public void EveryHedgeReadsAsItsKindOnItsOwnAndInASentence()
    {
        foreach (var hedge in ForceEstimates.Lexicon.Hedges)
        {
            string phrase = hedge.Kind == HedgeKind.Range ? $"{hedge.Phrase} 5,000 and 6,000" : $"{hedge.Phrase} 5,000";
            Estimate.Parse(phrase).Hedge.Should().Be(hedge.Kind, "the parser reads \"{0}\"", hedge.Phrase);
            // "past" and "towards" bound a count only after a verb of its going up ("the past 5,000 years" is none).
            var found = FindIn(ForceEstimates.Lexicon.HedgesAfterRisingOnly.Contains(hedge.Phrase)
                ? $"Officials said the toll rose {phrase} on Monday." : $"Officials said {phrase} soldiers were there.");
            found.Should().NotBeNull("the extractor finds \"{0}\"", phrase);
            found!.Text.Should().Be(phrase);
            found.Estimate.Hedge.Should().Be(hedge.Kind, "the extractor reads \"{0}\"", hedge.Phrase);
        }
    }

    [Fact]
    public void EveryUnitSpellingReadsAsOneUnitInTheParserTheExtractorAndQuantities()
    {
        foreach (var spelling in ForceEstimates.Lexicon.Units)
        {
            string phrase = "5,000 " + spelling.Phrase;
            Estimate.Parse(phrase).Stated.Unit.Should().Be(spelling.Phrase);
            var found = FindIn($"Officials said {phrase} were lost.");
            found.Should().NotBeNull("the extractor finds \"{0}\"", phrase);
            found!.Unit.Should().Be(spelling.Phrase);
            Unit.TryParse(spelling.Phrase, out var unit).Should().Be(spelling.Unit is not (UnitClass.PercentagePoint or UnitClass.Metre or UnitClass.Tonne),
                "Quantities has a unit for every class but percentage points, metres and tonnes ({0})", spelling.Phrase);
            if (unit is not null)
            {
                // Repeated figures merge by unit class, so one class must never hold two of Quantities' units.
                unit.Should().BeSameAs(Unit.Of(spelling.Unit));
                Unit.Parse(spelling.Phrase.ToUpperInvariant()).Should().BeSameAs(unit, "case does not matter");
            }
        }
        Unit.Parse("%").Should().BeSameAs(Unit.Parse("per cent")).And.BeSameAs(Unit.Percent);
        Unit.Parse("hectares").Should().BeSameAs(Unit.Hectares);
        Unit.Parse("sq.km").Should().BeSameAs(Unit.SquareKilometres);
        Unit.Parse("km^2").Should().BeSameAs(Unit.SquareKilometres);
    }
}
