using System;
using FluentAssertions;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace ForceEstimates.Tests.ProvenanceTests;

public partial class AdmiraltyRatingTest
{
    [Theory]
    [InlineData("A1", SourceReliability.CompletelyReliable, InformationCredibility.Confirmed)]
    [InlineData("B2", SourceReliability.UsuallyReliable, InformationCredibility.ProbablyTrue)]
    [InlineData("C3", SourceReliability.FairlyReliable, InformationCredibility.PossiblyTrue)]
    [InlineData("D4", SourceReliability.NotUsuallyReliable, InformationCredibility.Doubtful)]
    [InlineData("E5", SourceReliability.Unreliable, InformationCredibility.Improbable)]
    [InlineData("F6", SourceReliability.CannotBeJudged, InformationCredibility.CannotBeJudged)]
    [InlineData("b2", SourceReliability.UsuallyReliable, InformationCredibility.ProbablyTrue)]
    [InlineData("  E1 ", SourceReliability.Unreliable, InformationCredibility.Confirmed)]
    public void ParsesLetterAndDigit(string text, SourceReliability reliability, InformationCredibility credibility)
    {
        var rating = AdmiraltyRating.Parse(text);
        rating.Reliability.Should().Be(reliability);
        rating.Credibility.Should().Be(credibility);
        AdmiraltyRating.TryParse(text, out var tried).Should().BeTrue();
        tried.Should().Be(rating);
    }

    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData("   ", 3, "empty")]
    [InlineData("G2", 0, "'G'")]
    [InlineData("2B", 0, "'2'")]
    [InlineData("B", 1, "ends")]
    [InlineData("B0", 1, "'0'")]
    [InlineData("B7", 1, "'7'")]
    [InlineData(" B22", 3, "'2'")]
    [InlineData("B 2", 1, "' '")]
    [InlineData("B2x", 2, "'x'")]
    public void RejectsBadTextNamingTextAndPosition(string text, int position, string what)
    {
        FluentActions.Invoking(() => AdmiraltyRating.Parse(text)).Should().Throw<FormatException>()
            .Which.Message.Should().Contain($"\"{text}\"").And.Contain($"position {position}").And.Contain(what);
        AdmiraltyRating.TryParse(text, out var rating).Should().BeFalse();
        rating.Should().Be(AdmiraltyRating.Unrated);
    }

    [Fact]
    public void NullIsAnArgumentErrorForParseAndFalseForTryParse()
    {
        FluentActions.Invoking(() => AdmiraltyRating.Parse(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        AdmiraltyRating.TryParse(null, out _).Should().BeFalse();
    }

    [Property]
    public bool ParseOfToStringRoundTrips(byte letter, byte digit)
    {
        var rating = AdmiraltyRating.Of((SourceReliability)(letter % 6 + 1), (InformationCredibility)(digit % 6 + 1));
        return AdmiraltyRating.Parse(rating.ToString()) == rating && rating.ToString().Length == 2;
    }

    [Property]
    public bool TryParseNeverThrowsAndAgreesWithParse(string? text)
    {
        var ok = AdmiraltyRating.TryParse(text, out var rating);
        if (text is null)
        {
            return !ok;
        }
        if (ok)
        {
            return AdmiraltyRating.Parse(text) == rating;
        }
        try
        {
            AdmiraltyRating.Parse(text);
            return false;
        }
        catch (FormatException)
        {
            return rating == AdmiraltyRating.Unrated;
        }
    }
}
