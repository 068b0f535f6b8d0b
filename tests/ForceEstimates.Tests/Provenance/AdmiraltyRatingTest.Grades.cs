using System;
using FluentAssertions;
using ForceEstimates.Tests.Contracts;
using Xunit;

namespace ForceEstimates.Tests.ProvenanceTests;

public partial class AdmiraltyRatingTest
{
    [Fact]
    public void EqualityContract()
        => Contracts.EqualityContract.Holds(
            AdmiraltyRating.Parse("B2"),
            AdmiraltyRating.Of(SourceReliability.UsuallyReliable, InformationCredibility.ProbablyTrue),
            AdmiraltyRating.Parse("B3"), AdmiraltyRating.Parse("C2"), AdmiraltyRating.Parse("F6"), AdmiraltyRating.Parse("A1"));

    [Fact]
    public void DefaultIsUnratedF6()
    {
        default(AdmiraltyRating).Should().Be(AdmiraltyRating.Unrated);
        default(AdmiraltyRating).Should().Be(AdmiraltyRating.Parse("F6"));
        default(AdmiraltyRating).ToString().Should().Be("F6");
        default(AdmiraltyRating).Reliability.Should().Be(SourceReliability.CannotBeJudged);
        default(AdmiraltyRating).Credibility.Should().Be(InformationCredibility.CannotBeJudged);
    }

    [Fact]
    public void FAndSixMeanCannotBeJudgedNotWorst()
    {
        var f6 = AdmiraltyRating.Parse("F6");
        f6.IsReliabilityJudged.Should().BeFalse();
        f6.IsCredibilityJudged.Should().BeFalse();
        var e5 = AdmiraltyRating.Parse("E5");
        e5.IsReliabilityJudged.Should().BeTrue("E is the worst judged grade");
        e5.IsCredibilityJudged.Should().BeTrue("5 is the worst judged grade");
        typeof(IComparable<AdmiraltyRating>).IsAssignableFrom(typeof(AdmiraltyRating))
            .Should().BeFalse("ratings have no order: F6 is not below E5");
    }

    [Fact]
    public void LetterAndDigitMatchTheGrades()
    {
        var rating = AdmiraltyRating.Of(SourceReliability.NotUsuallyReliable, InformationCredibility.Improbable);
        rating.ReliabilityLetter.Should().Be('D');
        rating.CredibilityDigit.Should().Be(5);
        rating.ToString().Should().Be("D5");
    }

    [Fact]
    public void OfRejectsUndefinedGrades()
    {
        FluentActions.Invoking(() => AdmiraltyRating.Of(0, InformationCredibility.Confirmed))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reliability");
        FluentActions.Invoking(() => AdmiraltyRating.Of(SourceReliability.CompletelyReliable, (InformationCredibility)7))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("credibility");
    }
}
