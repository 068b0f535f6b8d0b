using System.Linq;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>The extractor's scanner and the Estimates parser must read the same hedge words the same way.</summary>
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
}
