using System;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Quantities;

public partial class UnitTest
{
    [Theory]
    [InlineData("square kilometres")]
    [InlineData("square kilometers")]
    [InlineData("sq km")]
    [InlineData("sq. km")]
    [InlineData("km2")]
    [InlineData("km²")]
    [InlineData("  Square   Kilometres ")]
    [InlineData("KM²")]
    public void ParsesSquareKilometresAsNewspapersWriteThem(string text)
        => Unit.Parse(text).Should().BeSameAs(Unit.SquareKilometres);

    [Theory]
    [InlineData("square miles")]
    [InlineData("sq mi")]
    [InlineData("mi²")]
    [InlineData("mi2")]
    [InlineData("square mile")]
    public void ParsesSquareMiles(string text) => Unit.Parse(text).Should().BeSameAs(Unit.SquareMiles);

    [Theory]
    [InlineData("%")]
    [InlineData("per cent")]
    [InlineData("percent")]
    [InlineData("Per Cent")]
    public void ParsesPercent(string text) => Unit.Parse(text).Should().BeSameAs(Unit.Percent);

    [Theory]
    [InlineData("persons")]
    [InlineData("people")]
    [InlineData("personnel")]
    [InlineData("soldiers")]
    [InlineData("troops")]
    public void ParsesWordsForPeopleAsPersons(string text) => Unit.Parse(text).Should().BeSameAs(Unit.Persons);

    [Theory]
    [InlineData("hectares", 0.01)]
    [InlineData("ha", 0.01)]
    [InlineData("km", 1)]
    [InlineData("miles", 1.609344)]
    public void ParsesOtherUnitsWithTheirFactor(string text, double factor)
        => Unit.Parse(text).FactorToCanonical.Should().Be(factor);

    [Theory]
    [InlineData("furlongs", 0)]
    [InlineData("  parsecs", 2)]
    [InlineData("", 0)]
    [InlineData("   ", 3)]
    [InlineData("km 2", 0)]
    [InlineData("tanks", 0)]
    public void RejectsUnknownUnitsNamingTextAndPosition(string text, int position)
    {
        FluentActions.Invoking(() => Unit.Parse(text)).Should().Throw<FormatException>()
            .Which.Message.Should().Contain($"\"{text}\"").And.Contain($"position {position}");
        Unit.TryParse(text, out var unit).Should().BeFalse();
        unit.Should().BeNull();
    }

    [Fact]
    public void TryParseOfNullIsFalseAndParseOfNullThrows()
    {
        Unit.TryParse(null, out _).Should().BeFalse();
        FluentActions.Invoking(() => Unit.Parse(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void TryParseAgreesWithParse()
    {
        Unit.TryParse("sq mi", out var unit).Should().BeTrue();
        unit.Should().Be(Unit.Parse("sq mi"));
    }

    [Fact]
    public void ParseQuotesABoundedEscapedExcerptOfBadInput()
    {
        var message = FluentActions.Invoking(() => Unit.Parse("\u202Ekm" + new string('x', 100_000))).Should().Throw<FormatException>().Which.Message;

        message.Length.Should().BeLessThan(300);
        message.Should().Contain("\\u202E").And.Contain("100,003 characters");
    }

    [Theory]
    [InlineData("hectares")]
    [InlineData("pct")]
    [InlineData("sq.km")]
    [InlineData("km^2")]
    [InlineData("Sq.  Miles")]
    [InlineData("service  members")]
    public void ParsesEverySpellingOfTheEstimatesLexicon(string text)
        => Unit.TryParse(text, out _).Should().BeTrue("Unit reads the same spellings as the parser and the extractor");
}
