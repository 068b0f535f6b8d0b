using System;
using System.Collections.Generic;
using FluentAssertions;
using ForceEstimates.Tests.Contracts;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.ProvenanceTests;

public class ProvenanceTest
{
    private static readonly Source GeneralStaff = Source.Of("source in Ukraine's General Staff", SourceKind.Military, ConflictSide.Ukraine, isAnonymous: true);
    private static readonly Source Reuters = Source.Of("Reuters", SourceKind.NewsAgency, ConflictSide.ThirdParty);
    private static readonly Source KyivIndependent = Source.Of("Kyiv Independent", SourceKind.Outlet, ConflictSide.Ukraine);
    private static readonly LocalDate November23 = new(2024, 11, 23);

    private static ForceEstimates.Provenance ViaReuters()
        => Provenance.Of(GeneralStaff, Citation.Of(Reuters, November23), Citation.Of(KyivIndependent, November23));

    [Fact]
    public void ChainRunsFromOriginToOutlet()
    {
        var provenance = ViaReuters();
        provenance.Origin.Should().Be(GeneralStaff);
        provenance.Outlet.Should().Be(KyivIndependent);
        provenance.Chain.Should().HaveCount(3);
        provenance.Chain[0].Should().Be(Citation.Of(GeneralStaff));
        provenance.Chain[1].Source.Should().Be(Reuters);
    }

    [Fact]
    public void DefaultsAreUnverifiedUnratedAndUnderived()
    {
        var provenance = ViaReuters();
        provenance.Verification.Should().Be(VerificationStatus.Unverified);
        provenance.Rating.Should().Be(AdmiraltyRating.Unrated);
        provenance.DerivedFrom.Should().BeEmpty();
    }

    [Fact]
    public void AnOriginThatPublishesDirectlyIsItsOwnOutlet()
    {
        var provenance = Provenance.Of(Reuters);
        provenance.Outlet.Should().Be(Reuters);
        provenance.Chain.Should().ContainSingle();
    }

    [Fact]
    public void WithMethodsMakeNewProvenancesAndLeaveTheOriginal()
    {
        var original = ViaReuters();
        var changed = original.WithVerification(VerificationStatus.Disputed).WithRating(AdmiraltyRating.Parse("C3")).WithDerivedFrom(" a ", "b", "a");
        changed.Verification.Should().Be(VerificationStatus.Disputed);
        changed.Rating.Should().Be(AdmiraltyRating.Parse("C3"));
        changed.DerivedFrom.Should().Equal("a", "b");
        changed.IsDerivedFrom("a").Should().BeTrue();
        changed.IsDerivedFrom("c").Should().BeFalse();
        original.Verification.Should().Be(VerificationStatus.Unverified);
        original.DerivedFrom.Should().BeEmpty();
        changed.Chain.Should().Equal(original.Chain);
    }

    [Fact]
    public void EqualityContract()
        => Contracts.EqualityContract.Holds(
            ViaReuters().WithRating(AdmiraltyRating.Parse("C3")),
            Provenance.Of([Citation.Of(GeneralStaff), Citation.Of(Reuters, November23), Citation.Of(KyivIndependent, November23)])
                .WithRating(AdmiraltyRating.Parse("C3")),
            ViaReuters(),
            ViaReuters().WithRating(AdmiraltyRating.Parse("C3")).WithVerification(VerificationStatus.Confirmed),
            ViaReuters().WithRating(AdmiraltyRating.Parse("C3")).WithDerivedFrom("x"),
            Provenance.Of(GeneralStaff, Citation.Of(Reuters, November23)).WithRating(AdmiraltyRating.Parse("C3")));

    [Fact]
    public void SharesOriginWithComparesOriginsOnly()
    {
        var direct = Provenance.Of(GeneralStaff);
        ViaReuters().SharesOriginWith(direct).Should().BeTrue();
        direct.SharesOriginWith(ViaReuters()).Should().BeTrue();
        Provenance.Of(Reuters, Citation.Of(KyivIndependent)).SharesOriginWith(ViaReuters())
            .Should().BeFalse("passing through Reuters is not originating there");
        ViaReuters().PassesThrough(Reuters).Should().BeTrue();
        ViaReuters().PassesThrough(Source.Of("Interfax-Ukraine", SourceKind.NewsAgency, ConflictSide.Ukraine)).Should().BeFalse();
    }

    [Fact]
    public void SharesOriginThroughAliases()
    {
        var nis = Source.Of("South Korea's National Intelligence Service", SourceKind.IntelligenceService, ConflictSide.ThirdParty, ["NIS"]);
        var nisShort = Source.Of("NIS", SourceKind.IntelligenceService, ConflictSide.ThirdParty);
        Provenance.Of(nis).SharesOriginWith(Provenance.Of(nisShort)).Should().BeTrue();
    }

    [Fact]
    public void DatesAlongTheChainMustNotGoBackwards()
    {
        FluentActions.Invoking(() => Provenance.Of(GeneralStaff, Citation.Of(Reuters, November23), Citation.Of(KyivIndependent, November23.PlusDays(-1))))
            .Should().Throw<ArgumentException>().WithParameterName("relays").Which.Message.Should().Contain("citation 2");
        FluentActions.Invoking(() => Provenance.Of([Citation.Of(GeneralStaff, November23), Citation.Of(Reuters), Citation.Of(KyivIndependent, November23.PlusDays(-3))]))
            .Should().Throw<ArgumentException>().WithParameterName("chain");
    }

    [Fact]
    public void RejectsBadArguments()
    {
        FluentActions.Invoking(() => Provenance.Of([])).Should().Throw<ArgumentException>().WithParameterName("chain");
        FluentActions.Invoking(() => Provenance.Of((IEnumerable<Citation>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("chain");
        FluentActions.Invoking(() => Provenance.Of((Source)null!)).Should().Throw<ArgumentNullException>().WithParameterName("origin");
        FluentActions.Invoking(() => Provenance.Of(GeneralStaff, [null!])).Should().Throw<ArgumentNullException>().WithParameterName("relays");
        FluentActions.Invoking(() => ViaReuters().WithDerivedFrom("ok", " ")).Should().Throw<ArgumentException>().WithParameterName("reportIds[1]");
        FluentActions.Invoking(() => ViaReuters().WithDerivedFrom(null!, "ok")).Should().Throw<ArgumentNullException>().WithParameterName("reportIds[0]");
        FluentActions.Invoking(() => ViaReuters().WithVerification((VerificationStatus)42)).Should().Throw<ArgumentException>().WithParameterName("verification");
    }

    [Fact]
    public void ToStringShowsTheChainAndRating()
        => ViaReuters().WithRating(AdmiraltyRating.Parse("C3")).ToString()
            .Should().Be("source in Ukraine's General Staff → Reuters (2024-11-23) → Kyiv Independent (2024-11-23) [C3, Unverified]");
}
