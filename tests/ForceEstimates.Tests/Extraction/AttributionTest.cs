using System;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

public class AttributionTest
{
    private static readonly AttributedSource Source = AttributedSource.Of("source in Ukraine's General Staff", "a source in Ukraine's General Staff", isAnonymous: true);
    private static readonly AttributedSource Reuters = AttributedSource.Of("Reuters", statedOn: new LocalDate(2024, 11, 23));

    [Fact]
    public void ListsNamesOriginFirst()
    {
        var attribution = Attribution.Of([Source, Reuters]);
        attribution.ToString().Should().Be("source in Ukraine's General Staff \u2192 Reuters");
        attribution.Origin.Should().BeSameAs(Source);
        attribution.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void KeepsARepeatedSourceOnceAtItsFirstPlace()
    {
        Attribution.Of([Source, Reuters, AttributedSource.Of("reuters")]).Chain.Should().HaveCount(2);
    }

    [Fact]
    public void EmptyHasNoOrigin()
    {
        Attribution.Empty.IsEmpty.Should().BeTrue();
        Attribution.Empty.Origin.Should().BeNull();
        Attribution.Empty.ToString().Should().BeEmpty();
        Attribution.Of([]).Should().BeSameAs(Attribution.Empty);
    }

    [Fact]
    public void EqualityComparesTheChainsNames()
    {
        var a = Attribution.Of([Source, Reuters]);
        var b = Attribution.Of([AttributedSource.Of("Source in Ukraine's General Staff"), AttributedSource.Of("Reuters")]);
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(Attribution.Of([Reuters, Source]));
    }

    [Fact]
    public void BadLinksAreRejected()
    {
        FluentActions.Invoking(() => Attribution.Of(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Attribution.Of([Source, null!])).Should().Throw<ArgumentException>().WithParameterName("chain");
        FluentActions.Invoking(() => AttributedSource.Of(" ")).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => AttributedSource.Of(null!)).Should().Throw<ArgumentNullException>().WithParameterName("name");
    }

    [Fact]
    public void MentionsCompareBySpan()
    {
        var mentions = ReportExtractor.Default.Extract("Over 40% was lost. Over 40 per cent, Reuters reported.", new LocalDate(2024, 11, 23)).Should().ContainSingle().Subject.Mentions;
        mentions.Should().HaveCount(2);
        (mentions[0] == mentions[0]).Should().BeTrue();
        (mentions[0] != mentions[1]).Should().BeTrue();
        mentions[0].ToString().Should().Be("[0, 8)");
    }
}
