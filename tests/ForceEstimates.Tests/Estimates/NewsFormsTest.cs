using System;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

/// <summary>
/// Forms a survey of news excerpts found the parser refusing: each now reads as the existing hedge kind (or vague amount)
/// of its meaning, with the same distribution as that kind's common spelling; or, when the library has no honest reading
/// of it, it is refused with a message that says why and where.
/// </summary>
public class NewsFormsTest
{
    // "pc": the British press's short "per cent", against the number or after a space.
    [Theory]
    [InlineData("60pc", HedgeKind.Bare, 60.0, "", "pc", "60%")]
    [InlineData("60 pc", HedgeKind.Bare, 60.0, "", "pc", "60%")]
    [InlineData("nearly 60pc", HedgeKind.JustBelow, 60.0, "nearly", "pc", "nearly 60 per cent")]
    [InlineData("over 60 pc", HedgeKind.Above, 60.0, "over", "pc", "over 60%")]
    [InlineData("2.5pc", HedgeKind.Bare, 2.5, "", "pc", "2.5%")]
    [InlineData("40pc+", HedgeKind.AtLeast, 40.0, "+", "pc", "at least 40%")]
    [InlineData("40pc or more", HedgeKind.AtLeast, 40.0, "or more", "pc", "at least 40%")]
    [InlineData("60PC", HedgeKind.Bare, 60.0, "", "PC", "60%")]
    public void PcReadsAsPerCent(string text, HedgeKind hedge, double value, string hedgeText, string unit, string sameAs)
        => HedgeFormChecks.ReadsAsTheKindOfItsMeaning(text, hedge, value, hedgeText, unit, sameAs);

    [Fact]
    public void PcIsPercentForTheUnitParserToo()
    {
        Unit.TryParse("pc", out var unit).Should().BeTrue();
        unit.Should().Be(Unit.Percent);
        Unit.Parse(Estimate.Parse("nearly 60pc").Stated.Unit!).Should().Be(Unit.Percent);
    }

    [Theory]
    [InlineData("60pcs", 0)]
    [InlineData("60 pcs", 3)]
    [InlineData("60 pc.x", 5)]
    public void PcIsReadOnlyAsAWholeWord(string text, int position)
        => HedgeFormChecks.IsAFormatErrorAt(text, position);

    [Fact]
    public void TheExtractorReadsPcThroughTheSameGrammar()
        => HedgeFormChecks.ExtractorReadsThroughTheSameGrammar("Russia has lost nearly 60pc of its tanks, officials said.", "nearly 60pc", HedgeKind.JustBelow);
}
