using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>The extractor's scanner and the Estimates and Quantities parsers must read the same words the same way.</summary>
public class LexiconAgreementTest
{
    [Fact]
    public void EveryHedgeTheScannerKnowsTheParserReadsAsTheSameKind()
    {
        var parser = EstimateParser.HedgePhrases.ToDictionary(p => p.Phrase, p => p.Kind);
        // "approx." ends in a full stop, which the parser's word scanner does not take as part of a word.
        foreach (var (phrase, kind) in ForceEstimates.Extraction.Lexicon.Hedges.Where(h => h.Phrase != "approx."))
        {
            parser.Should().ContainKey(phrase, "the scanner finds \"{0}\" before numbers", phrase);
            parser[phrase].Should().Be(kind, "\"{0}\" means the same to both", phrase);
        }
    }

    [Fact]
    public void UnitWordsTheScannerTakesAsOneUnitAreOneUnitToQuantities()
    {
        // Repeated figures merge by the scanner's unit class, so one class must never hold two of Quantities' units.
        foreach (var group in Lexicon.Units.GroupBy(u => u.Unit))
        {
            var units = group.Select(u => Unit.TryParse(u.Phrase, out var unit) ? unit : null).OfType<Unit>().Distinct().ToList();
            units.Should().HaveCountLessThanOrEqualTo(1, "the spellings of {0} ({1}) must name one unit", group.Key, string.Join(", ", group.Select(u => u.Phrase)));
            if (group.Key is UnitClass.Percent or UnitClass.SquareKilometre or UnitClass.SquareMile or UnitClass.Hectare)
            {
                units.Should().ContainSingle("Quantities reads {0}, so the comparison above is not empty", group.Key);
            }
        }
        Unit.TryParse("%", out var percent).Should().BeTrue();
        Unit.TryParse("per cent", out var perCent).Should().BeTrue();
        perCent.Should().Be(percent, "\"%\" and \"per cent\" are one unit to both");
    }
}
