using System.Linq;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.SamplesTests;

// The expected values are read from the seed article (Kyiv Independent, 23 Nov 2024) and DESIGN.md's table of it.
public partial class SamplesTest
{
    private static readonly LocalDate November23 = new(2024, 11, 23);

    private static Report Kursk(string id) => ForceEstimates.Samples.Kursk2024.Get(id);

    [Fact]
    public void Kursk2024HasTheSixFiguresInArticleOrder()
        => ForceEstimates.Samples.Kursk2024.Select(r => r.Id).Should().Equal(
            "kursk-2024-11-23/area-peak",
            "kursk-2024-11-23/area-now",
            "kursk-2024-11-23/share-lost",
            "kursk-2024-11-23/russian-troops-kursk",
            "kursk-2024-11-23/north-korean-troops",
            "kursk-2024-11-23/russian-troops-total");

    [Fact]
    public void AllKursk2024ReportsArePublishedOnNovember23AndUnverified()
    {
        foreach (var report in ForceEstimates.Samples.Kursk2024)
        {
            report.Published.Should().Be(November23, report.Id);
            report.Provenance.Verification.Should().Be(VerificationStatus.Unverified, "the Kyiv Independent could not verify ({0})", report.Id);
            report.Provenance.Outlet.Name.Should().Be("Kyiv Independent", report.Id);
            report.Quote.Should().NotBeNullOrWhiteSpace(report.Id);
            report.IsForecast.Should().BeFalse(report.Id);
        }
    }

    [Fact]
    public void PeakAreaIsAbout1376SquareKilometresOverTheIncursion()
    {
        var peak = Kursk("kursk-2024-11-23/area-peak");
        peak.Quantity.Should().Be(Quantity.Of(Metric.TerritoryHeld, "Ukrainian forces", "Kursk Oblast", Unit.SquareKilometres, Statistic.Peak));
        peak.Estimate.Stated.Values.Should().Equal(1376);
        peak.Estimate.Hedge.Should().Be(HedgeKind.Approximate);
        peak.Estimate.Stated.HedgeText.Should().Be("about");
        Unit.Parse(peak.Estimate.Stated.Unit!).Should().Be(peak.Quantity.Unit, "the unit as written matches the quantity's");
        peak.RefersTo.Start.Should().Be(new LocalDate(2024, 8, 6));
        peak.RefersTo.End.Should().Be(November23);
        peak.Quote.Should().Contain("At most, we controlled about 1,376 square kilometres");
    }

    [Fact]
    public void PeakAndLevelAreDifferentQuantitiesFromOneChain()
    {
        var peak = Kursk("kursk-2024-11-23/area-peak");
        var now = Kursk("kursk-2024-11-23/area-now");
        now.Quantity.Statistic.Should().Be(Statistic.Level);
        now.Quantity.Key.Should().NotBe(peak.Quantity.Key, "a peak and a level never mix");
        now.Estimate.Stated.Values.Should().Equal(800);
        now.Estimate.Hedge.Should().Be(HedgeKind.Approximate);
        now.Estimate.Stated.HedgeText.Should().Be("approximately");
        now.RefersTo.Start.Should().Be(November23);
        now.RefersTo.End.Should().Be(November23);
        now.Provenance.Should().Be(peak.Provenance);
        peak.Provenance.Chain.Select(c => c.Source.Name).Should().Equal("source in Ukraine's General Staff", "Reuters", "Kyiv Independent");
        peak.Provenance.Chain.Select(c => c.Date).Should().Equal(null, November23, November23);
        peak.Provenance.Origin.IsAnonymous.Should().BeTrue();
        peak.Provenance.Origin.Kind.Should().Be(SourceKind.Military);
        peak.Provenance.Origin.Side.Should().Be(ConflictSide.Ukraine);
        peak.Provenance.Rating.Should().Be(AdmiraltyRating.Parse("C3"));
    }

    [Fact]
    public void ShareLostIsReutersOwnSummaryDerivedFromBothAreas()
    {
        var share = Kursk("kursk-2024-11-23/share-lost");
        share.Quantity.Should().Be(Quantity.Of(Metric.TerritoryLost, "Ukrainian forces", "Kursk Oblast", Unit.Percent, Statistic.Level));
        share.Estimate.Hedge.Should().Be(HedgeKind.Above);
        share.Estimate.LowerBound.Should().Be(40, "\"over 40 per cent\" is a lower bound, not a centre");
        share.Estimate.UpperBound.Should().BeNull();
        Unit.Parse(share.Estimate.Stated.Unit!).Should().Be(Unit.Percent);
        share.Provenance.Origin.Name.Should().Be("Reuters");
        share.Provenance.Origin.Kind.Should().Be(SourceKind.NewsAgency);
        share.Provenance.DerivedFrom.Should().Equal("kursk-2024-11-23/area-peak", "kursk-2024-11-23/area-now");
        share.IsIndependentOf(Kursk("kursk-2024-11-23/area-peak")).Should().BeFalse();
        // The derivation is consistent: (1,376 − 800) / 1,376 is about 41.9%, which is over 40%.
        ((1376.0 - 800) / 1376 * 100).Should().BeGreaterThan(share.Estimate.LowerBound!.Value);
    }

    [Fact]
    public void RussianPersonnelInKurskIsNearly60000FromTheGeneralStaffSource()
    {
        var troops = Kursk("kursk-2024-11-23/russian-troops-kursk");
        troops.Quantity.Should().Be(Quantity.Of(Metric.Personnel, "Russian troops", "Kursk Oblast", Unit.Persons, Statistic.Level));
        troops.Estimate.Hedge.Should().Be(HedgeKind.JustBelow);
        troops.Estimate.UpperBound.Should().Be(60_000, "\"nearly\" makes the number an upper bound");
        troops.Provenance.SharesOriginWith(Kursk("kursk-2024-11-23/area-now").Provenance).Should().BeTrue();
        troops.RefersTo.Start.Should().Be(November23);
    }

    [Fact]
    public void NorthKoreanSoldiersAreAbout11000FromKyivAsBackground()
    {
        var northKorean = Kursk("kursk-2024-11-23/north-korean-troops");
        northKorean.Quantity.Subject.Should().Be("North Korean troops");
        northKorean.Quantity.Metric.Should().Be(Metric.Personnel);
        northKorean.Estimate.Stated.Values.Should().Equal(11_000);
        northKorean.Estimate.Hedge.Should().Be(HedgeKind.Approximate);
        northKorean.Provenance.Origin.IsKnownAs("Kyiv").Should().BeTrue("the article says \"Kyiv has previously said\"");
        northKorean.Provenance.Origin.Kind.Should().Be(SourceKind.Government);
        northKorean.Provenance.Origin.Side.Should().Be(ConflictSide.Ukraine);
        northKorean.Provenance.Chain.Select(c => c.Source.Name).Should().Equal("Kyiv (Ukrainian officials)", "Kyiv Independent");
        northKorean.Provenance.SharesOriginWith(Kursk("kursk-2024-11-23/area-peak").Provenance)
            .Should().BeFalse("Kyiv's earlier statements are not the General Staff source");
        northKorean.RefersTo.End.Should().Be(November23, "Kyiv said it before the article");
        northKorean.RefersTo.Start.Should().BeLessThan(November23);
    }

    [Fact]
    public void RussianSoldiersInCombatAreAlmost580000FromSkibitskyiViaInterfaxUkraine()
    {
        var total = Kursk("kursk-2024-11-23/russian-troops-total");
        var november21 = new LocalDate(2024, 11, 21);
        total.Estimate.Hedge.Should().Be(HedgeKind.JustBelow);
        total.Estimate.UpperBound.Should().Be(580_000);
        total.Quantity.Subject.Should().Be("Russian troops");
        total.Quantity.Key.Should().NotBe(Kursk("kursk-2024-11-23/russian-troops-kursk").Quantity.Key, "all fronts is not Kursk Oblast");
        total.Provenance.Origin.IsKnownAs("Vadym Skibitskyi").Should().BeTrue();
        total.Provenance.Origin.Kind.Should().Be(SourceKind.IntelligenceService);
        total.Provenance.Chain[1].Source.Should().Be(Source.Of("Interfax Ukraine", SourceKind.NewsAgency, ConflictSide.Ukraine),
            "the article writes \"Interfax Ukraine\" for Interfax-Ukraine");
        total.Provenance.Chain.Select(c => c.Date).Should().Equal(november21, november21, November23);
        total.RefersTo.Start.Should().Be(november21);
        total.RefersTo.End.Should().Be(november21);
    }

    [Fact]
    public void Kursk2024HasFourIndependentOrigins()
    {
        // General Staff source (peak, level, 60,000, and Reuters' share derived from the areas), Kyiv, Skibitskyi.
        var groups = ForceEstimates.Samples.Kursk2024.IndependentGroups();
        groups.Select(g => g.Count).Should().Equal(4, 1, 1);
    }

    [Fact]
    public void Kursk2024GroupsIntoSixQuantities()
        => ForceEstimates.Samples.Kursk2024.GroupByQuantity().Should().HaveCount(6);
}
