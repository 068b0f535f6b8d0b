using System;
using FluentAssertions;
using ForceEstimates.Tests.Contracts;
using Xunit;

namespace ForceEstimates.Tests.ProvenanceTests;

public class SourceTest
{
    private static Source Interfax(string name = "Interfax-Ukraine") => Source.Of(name, SourceKind.NewsAgency, ConflictSide.Ukraine);

    [Fact]
    public void EqualityContract_IdentityByNormalisedKey()
        => EqualityContract.Holds(
            Interfax(),
            Interfax("Interfax Ukraine"),
            Interfax("Interfax"),
            Source.Of("Reuters", SourceKind.NewsAgency, ConflictSide.ThirdParty),
            Interfax("Interfax-Ukraine News"));

    [Theory]
    [InlineData("Interfax Ukraine")]
    [InlineData("Interfax/Ukraine")]
    [InlineData("interfax-ukraine")]
    [InlineData("  INTERFAX -- Ukraine. ")]
    public void SpellingsOfOneNameShareTheKey(string spelling)
    {
        Interfax(spelling).Key.Should().Be("interfax ukraine");
        Interfax(spelling).Should().Be(Interfax());
    }

    [Fact]
    public void DotsAndApostrophesAreDroppedFromTheKey()
    {
        Source.Of("U.S. intelligence", SourceKind.IntelligenceService, ConflictSide.ThirdParty).Key.Should().Be("us intelligence");
        Source.Of("Ukraine’s General Staff", SourceKind.Military, ConflictSide.Ukraine)
            .Should().Be(Source.Of("Ukraine's general staff", SourceKind.Military, ConflictSide.Ukraine));
    }

    [Fact]
    public void KindSideAndAliasesDescribeButDoNotIdentify()
        => Source.Of("Reuters", SourceKind.Outlet, ConflictSide.Unknown)
            .Should().Be(Source.Of("Reuters", SourceKind.NewsAgency, ConflictSide.ThirdParty, ["Thomson Reuters"]));

    [Fact]
    public void IsSameAsMatchesThroughAliasesInEitherDirection()
    {
        var hur = Source.Of("Ukrainian military intelligence (HUR)", SourceKind.IntelligenceService, ConflictSide.Ukraine, ["HUR", "GUR"]);
        var gur = Source.Of("GUR", SourceKind.IntelligenceService, ConflictSide.Ukraine);
        hur.IsSameAs(gur).Should().BeTrue();
        gur.IsSameAs(hur).Should().BeTrue();
        hur.Should().NotBe(gur, "equality stays by key, so that it is transitive");
        var viaAlias = Source.Of("Defence Intelligence of Ukraine", SourceKind.IntelligenceService, ConflictSide.Ukraine, ["H.U.R."]);
        viaAlias.IsSameAs(hur).Should().BeTrue("the two share the alias HUR");
        hur.IsSameAs(Interfax()).Should().BeFalse();
        hur.IsKnownAs("hur").Should().BeTrue();
        hur.IsKnownAs("Ukrainian military intelligence").Should().BeFalse();
    }

    [Fact]
    public void AliasesAreTidiedAndDeduplicated()
    {
        var source = Source.Of("Kyiv Independent", SourceKind.Outlet, ConflictSide.Ukraine, ["The  Kyiv Independent", "kyiv-independent", "the kyiv independent"]);
        source.Aliases.Should().Equal("The Kyiv Independent");
        source.WithAliases("KI").Aliases.Should().Equal("The Kyiv Independent", "KI");
        source.Aliases.Should().HaveCount(1, "WithAliases makes a new source");
    }

    [Fact]
    public void TheObsoleteAnonymousKindIsReadAsUnknownAndAnonymous()
    {
#pragma warning disable CS0618 // the obsolete member is what this test is about
        var old = Source.Of("sources say", SourceKind.Anonymous, ConflictSide.Unknown);
        global::ForceEstimates.Aggregation.ReportingFloor.Default.With(SourceKind.Anonymous, 0.3).For(SourceKind.Unknown).Should().Be(0.3);
        global::ForceEstimates.Aggregation.ReportingFloor.Default.ByKind.Keys.Should().NotContain(SourceKind.Anonymous);
#pragma warning restore CS0618
        old.Kind.Should().Be(SourceKind.Unknown);
        old.IsAnonymous.Should().BeTrue();
    }

    [Fact]
    public void UnattributedSourcesAreAnonymous()
    {
        var unattributed = Source.Of("current estimates", SourceKind.Unknown, ConflictSide.Unknown, isAnonymous: true);
        unattributed.IsAnonymous.Should().BeTrue();
        unattributed.Kind.Should().Be(SourceKind.Unknown);
        Source.Of("Rybar", SourceKind.Unknown, ConflictSide.Russia).IsAnonymous.Should().BeFalse("a kind not known is not an unnamed speaker");
        Source.Of("source in Ukraine's General Staff", SourceKind.Military, ConflictSide.Ukraine, isAnonymous: true).Kind.Should().Be(SourceKind.Military);
        Source.Of("Reuters", SourceKind.NewsAgency, ConflictSide.ThirdParty).IsAnonymous.Should().BeFalse();
    }

    [Fact]
    public void RejectsBadArguments()
    {
        FluentActions.Invoking(() => Source.Of(null!, SourceKind.Outlet, ConflictSide.Unknown)).Should().Throw<ArgumentNullException>().WithParameterName("name");
        FluentActions.Invoking(() => Source.Of(" ", SourceKind.Outlet, ConflictSide.Unknown)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => Source.Of("--", SourceKind.Outlet, ConflictSide.Unknown)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => Source.Of("x", (SourceKind)99, ConflictSide.Unknown)).Should().Throw<ArgumentException>().WithParameterName("kind");
        FluentActions.Invoking(() => Source.Of("x", SourceKind.Outlet, (ConflictSide)99)).Should().Throw<ArgumentException>().WithParameterName("side");
        FluentActions.Invoking(() => Source.Of("x", SourceKind.Outlet, ConflictSide.Unknown, ["ok", "!!"])).Should().Throw<ArgumentException>().WithParameterName("aliases");
        FluentActions.Invoking(() => Source.Of("x", SourceKind.Outlet, ConflictSide.Unknown, [null!])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Source.Of("x", SourceKind.Outlet, ConflictSide.Unknown, ["ok", null!])).Should().Throw<ArgumentNullException>().WithParameterName("aliases[1]");
        FluentActions.Invoking(() => Source.Of("x", SourceKind.Outlet, ConflictSide.Unknown, ["ok", "ok too", " "])).Should().Throw<ArgumentException>().WithParameterName("aliases[2]");
    }
}
