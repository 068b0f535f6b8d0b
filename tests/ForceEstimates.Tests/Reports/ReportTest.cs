using System;
using FluentAssertions;
using ForceEstimates.Tests.Contracts;
using NodaTime;
using Xunit;
using static ForceEstimates.Tests.ReportFixtures;

namespace ForceEstimates.Tests.Reports;

public class ReportTest
{
    private static readonly Source Nis = Origin("South Korea's National Intelligence Service", "NIS");

    private static Report Sample(string id = "nis-1", string? quote = "around 10,900")
        => ForceEstimates.Report.Of(id, Troops(), Estimate.About(10_900),
            Provenance.Of(Nis, Citation.Of(Reuters, November23)).WithRating(AdmiraltyRating.Parse("B2")),
            Day(November23), November23, quote);

    [Fact]
    public void KeepsWhatItWasGiven()
    {
        var report = Sample(id: "  nis-1 ");
        report.Id.Should().Be("nis-1", "ids are trimmed");
        report.Quantity.Should().Be(Troops());
        report.Estimate.Should().Be(Estimate.About(10_900));
        report.Provenance.Origin.Should().Be(Nis);
        report.RefersTo.Equals(Day(November23)).Should().BeTrue();
        report.Published.Should().Be(November23);
        report.Quote.Should().Be("around 10,900");
        report.IsForecast.Should().BeFalse();
    }

    [Fact]
    public void AReportAboutOneDayWritesTheDayOnce()
    {
        var provenance = Provenance.Of(Nis, Citation.Of(Reuters, November23)).WithRating(AdmiraltyRating.Parse("B2"));
        ForceEstimates.Report.Of("nis-1", Troops(), Estimate.About(10_900), provenance, November23, "around 10,900")
            .Should().Be(Sample());
        var later = ForceEstimates.Report.Of("nis-1", Troops(), Estimate.About(10_900), provenance, November23 - Period.FromDays(2), November23);
        later.RefersTo.Start.Should().Be(new LocalDate(2024, 11, 21));
        later.RefersTo.End.Should().Be(new LocalDate(2024, 11, 21));
        later.Published.Should().Be(November23);
        later.Quote.Should().BeNull();
    }

    [Fact]
    public void AFigureTypedByHandIsAReportInOneLine()
    {
        var kyiv = Source.Of("Kyiv", SourceKind.Government, ConflictSide.Ukraine);
        var report = ForceEstimates.Report.Of(" about 11,000 ", Troops(), kyiv, November23);
        report.Id.Should().Be("kyiv/2024-11-23/about 11,000");
        report.Estimate.Should().Be(Estimate.Parse("about 11,000"));
        report.Estimate.Stated.Value.Should().Be(11_000);
        report.Provenance.Should().Be(Provenance.Of(kyiv));
        report.RefersTo.Equals(new DateInterval(November23, November23)).Should().BeTrue();
        report.Published.Should().Be(November23);
        report.Quote.Should().BeNull();
        FluentActions.Invoking(() => ForceEstimates.Report.Of("no figure here", Troops(), kyiv, November23)).Should().Throw<FormatException>();
        FluentActions.Invoking(() => ForceEstimates.Report.Of("about 800 km²", Troops(), kyiv, November23)).Should().Throw<ArgumentException>().WithParameterName("estimate");
        FluentActions.Invoking(() => ForceEstimates.Report.Of("about 11,000", Troops(), null!, November23)).Should().Throw<ArgumentNullException>().WithParameterName("source");
    }

    [Fact]
    public void EqualityContract()
        => Contracts.EqualityContract.Holds(
            Sample(),
            Sample(),
            Sample(id: "nis-2"),
            Sample(quote: null),
            Sample().WithEstimate(Estimate.About(11_000)),
            Sample().WithQuantity(Troops(statistic: Statistic.Peak)),
            Sample().WithPublished(November23.PlusDays(1)),
            Sample().WithRefersTo(new DateInterval(November23.PlusDays(-7), November23)),
            Sample().WithProvenance(Sample().Provenance.WithVerification(VerificationStatus.Confirmed)));

    [Fact]
    public void WithMethodsLeaveTheOriginalUnchanged()
    {
        var original = Sample();
        var changed = original.WithId("other").WithQuote(null);
        changed.Id.Should().Be("other");
        changed.Quote.Should().BeNull();
        original.Id.Should().Be("nis-1");
        original.Quote.Should().Be("around 10,900");
    }

    [Fact]
    public void AReportMayReferToTheFutureAsAForecast()
    {
        var forecast = Sample().WithRefersTo(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 1, 31)));
        forecast.IsForecast.Should().BeTrue();
        Sample().WithRefersTo(new DateInterval(November23.PlusDays(-30), November23.PlusDays(30))).IsForecast
            .Should().BeFalse("a period that has begun is not a forecast");
    }

    [Fact]
    public void NoCitationMayBeLaterThanPublication()
        => FluentActions.Invoking(() => Sample().WithPublished(November23.PlusDays(-1)))
            .Should().Throw<ArgumentException>().WithParameterName("published").Which.Message.Should().Contain("2024-11-22").And.Contain("citation 1");

    [Fact]
    public void AnEstimateWrittenInAnotherUnitThanTheQuantitysIsRefused()
    {
        var provenance = Sample().Provenance;
        FluentActions.Invoking(() => ForceEstimates.Report.Of("mi", Area(Unit.SquareKilometres), Estimate.Parse("about 309 square miles"), provenance, Day(November23), November23))
            .Should().Throw<ArgumentException>().WithParameterName("estimate").Which.Message.Should().Contain("mi²").And.Contain("km²");
        ForceEstimates.Report.Of("mi", Area(Unit.SquareMiles), Estimate.Parse("about 309 square miles"), provenance, Day(November23), November23)
            .Quantity.Unit.Should().Be(Unit.SquareMiles);
        ForceEstimates.Report.Of("km", Area(Unit.SquareKilometres), Estimate.Parse("about 800"), provenance, Day(November23), November23)
            .Should().NotBeNull("a figure written without a unit takes the quantity's");
    }

    [Fact]
    public void AReportCannotDeriveFromItself()
        => FluentActions.Invoking(() => Sample().WithProvenance(Sample().Provenance.WithDerivedFrom("nis-1")))
            .Should().Throw<ArgumentException>().WithParameterName("provenance");

    [Fact]
    public void RejectsBadArguments()
    {
        var p = Sample().Provenance;
        FluentActions.Invoking(() => ForceEstimates.Report.Of(null!, Troops(), Estimate.About(1), p, Day(November23), November23)).Should().Throw<ArgumentNullException>().WithParameterName("id");
        FluentActions.Invoking(() => ForceEstimates.Report.Of(" ", Troops(), Estimate.About(1), p, Day(November23), November23)).Should().Throw<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => ForceEstimates.Report.Of("x", null!, Estimate.About(1), p, Day(November23), November23)).Should().Throw<ArgumentNullException>().WithParameterName("quantity");
        FluentActions.Invoking(() => ForceEstimates.Report.Of("x", Troops(), null!, p, Day(November23), November23)).Should().Throw<ArgumentNullException>().WithParameterName("estimate");
        FluentActions.Invoking(() => ForceEstimates.Report.Of("x", Troops(), Estimate.About(1), null!, Day(November23), November23)).Should().Throw<ArgumentNullException>().WithParameterName("provenance");
        FluentActions.Invoking(() => ForceEstimates.Report.Of("x", Troops(), Estimate.About(1), p, null!, November23)).Should().Throw<ArgumentNullException>().WithParameterName("refersTo");
        FluentActions.Invoking(() => ForceEstimates.Report.Of("x", Troops(), Estimate.About(1), p, Day(November23), November23, "  ")).Should().Throw<ArgumentException>().WithParameterName("quote");
    }

    [Fact]
    public void IndependenceBetweenTwoReports()
    {
        var nis = Report("nis-1", Nis, November23);
        var nisAgain = Report("nis-2", Origin("NIS"), November23.PlusDays(26));
        var us = Report("us-1", Origin("US intelligence"), November23);
        var derived = Report("sum", Origin("Reuters desk"), November23, derivedFrom: "us-1");
        nis.IsIndependentOf(us).Should().BeTrue();
        nis.IsIndependentOf(nisAgain).Should().BeFalse("both come from South Korea's NIS");
        derived.IsIndependentOf(us).Should().BeFalse("it is computed from the US figure");
        us.IsIndependentOf(derived).Should().BeFalse("dependence is symmetric");
        nis.IsIndependentOf(nis).Should().BeFalse("a report is not independent of itself");
    }

    [Fact]
    public void ToStringNamesIdQuantityAndDate()
        => Sample().ToString().Should().Be("nis-1: personnel of North Korean troops in Russia (Kursk front) (level, persons), published 2024-11-23");
}
