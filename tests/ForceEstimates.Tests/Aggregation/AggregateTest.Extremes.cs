using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;
using static ForceEstimates.Tests.ReportFixtures;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>
/// Recency at its extremes, forecasts, magnitudes the core cannot represent, and dates in other calendars or at the ends
/// of NodaTime's range (issue 13). Bare figures enter with v = 0.01 on the log scale, so the fixed-effect value is the
/// closed form exp(Σ w′·ln x / Σ w′) with w′ = 2^(−Δage / half-life) relative to the freshest report.
/// </summary>
public partial class AggregateTest
{
    private static readonly LocalDate Start2024 = new(2024, 1, 1);

    private static double FixedEffectValue(double fresh, double old, double relative)
        => Math.Exp((Math.Log(fresh) + (relative * Math.Log(old))) / (1 + relative));

    [Fact]
    public void AHalfLifeOfOneDayThousandsOfDaysLaterKeepsTheFreshestReportAndAFiniteInterval()
    {
        // 2000 and 1600 days old: 2^-2000 and 2^-1600 underflow to 0 (the variance was Infinity/NaN before); 400
        // half-lives apart, the older report entered at the floor of 2^-30 of the fresher one's weight until session 38,
        // and is now left out (more than 30 half-lives before the newest).
        Report[] reports = [Figure("old", "10,000", published: Start2024), Figure("new", "12,000", published: Start2024.PlusDays(400))];
        var options = With(AggregationMethod.FixedEffect) with { HalfLifeDays = 1 };
        var aggregate = Aggregate.Of(reports, Start2024.PlusDays(2000), options);

        aggregate.Value.Should().Be(12_000);
        double.IsFinite(aggregate.ConfidenceInterval.Lower).Should().BeTrue();
        aggregate.ConfidenceInterval.Lower.Should().BeApproximately(12_000 * Math.Exp(-Z975 * Floor), 1e-3);
        aggregate.Contributions.Select(c => c.Exclusion).Should().Equal(Exclusion.Outweighed, Exclusion.None);
        aggregate.Contributions[1].RecencyFactor.Should().Be(0.0);

        // 29 half-lives apart, the older report is in, at its own weight 2^-29.
        var closer = Aggregate.Of([Figure("old", "10,000", published: Start2024.PlusDays(371)), reports[1]], Start2024.PlusDays(2000), options);
        closer.Value.Should().BeApproximately(FixedEffectValue(12_000, 10_000, Math.Pow(2, -29)), 1e-9);
        closer.Contributions[0].Share.Should().BeApproximately(Math.Pow(2, -29) / (1 + Math.Pow(2, -29)), 1e-18);
    }

    [Fact]
    public void AnAsOfDateCenturiesLaterWeighsReportsByTheirDifferenceInAge()
    {
        // About 320,000 days (3,500 half-lives of 90 days) after both: each factor underflows, their ratio 2^(-400/90) does not.
        Report[] reports = [Figure("old", "10,000", published: Start2024), Figure("new", "12,000", published: Start2024.PlusDays(400))];
        var aggregate = Aggregate.Of(reports, new LocalDate(2900, 1, 1), With(AggregationMethod.FixedEffect));

        aggregate.Value.Should().BeApproximately(FixedEffectValue(12_000, 10_000, Math.Pow(2, -400 / 90.0)), 1e-6);
        aggregate.Contributions[0].Share.Should().BeApproximately(Math.Pow(2, -400 / 90.0) / (1 + Math.Pow(2, -400 / 90.0)), 1e-12);
    }

    [Fact]
    public void AForecastAgesByItsLeadTime()
    {
        // Published on 1 January about a day a year later: 365 days of lead, 2^(-365/90) of a fresh report's weight.
        var forecast = ForceEstimates.Report.Of("forecast", Troops(), Estimate.Parse("20,000"),
            Provenance.Of(Origin("planner"), Citation.Of(Reuters, Start2024)), Day(Start2024.PlusDays(365)), Start2024);
        forecast.IsForecast.Should().BeTrue();
        Report[] reports = [forecast, Figure("now", "12,000", published: Start2024)];

        var now = Aggregate.Of(reports, Start2024, With(AggregationMethod.FixedEffect));
        now.Contributions[0].AgeDays.Should().Be(365);
        now.Contributions[0].RecencyFactor.Should().BeApproximately(Math.Pow(2, -365 / 90.0), 1e-15);
        now.Value.Should().BeApproximately(FixedEffectValue(12_000, 20_000, Math.Pow(2, -365 / 90.0)), 1e-6);

        // After the period it predicted: 35 days past it plus its lead.
        var later = Aggregate.Of(reports, Start2024.PlusDays(400), With(AggregationMethod.FixedEffect));
        later.Contributions[0].AgeDays.Should().Be(400);
        later.Contributions[1].AgeDays.Should().Be(400);
    }

    [Fact]
    public void ReportsAFactorOf1e298ApartAreRejectedNamingTheReports()
    {
        Report[] reports = [Figure("small", "about 100"), Figure("huge", "about 1e300")];
        foreach (var method in Enum.GetValues<AggregationMethod>())
        {
            try
            {
                var aggregate = Aggregate.Of(reports, AsOf, With(method));
                double.IsFinite(aggregate.ConfidenceInterval.Upper).Should().BeTrue(method.ToString());
                aggregate.ConfidenceInterval.Lower.Should().BeLessThanOrEqualTo(aggregate.ConfidenceInterval.Upper, method.ToString());
            }
            catch (ArgumentException e)
            {
                e.ParamName.Should().Be("reports", method.ToString());
                e.Message.Should().Contain("representable", method.ToString());
            }
        }
        // The classic model's interval runs past the largest double.
        FluentActions.Invoking(() => Aggregate.Of(reports, AsOf, Classic)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("reports");
        // The learned noise model, the default: the reports lie further apart than the prior's largest noise explains,
        // so the interval holds both reports rather than a confident value between them.
        var learned = Aggregate.Of(reports, AsOf);
        learned.NoiseScale.Should().BeGreaterThan(NoiseScalePrior.Default.Highest);
        learned.ConfidenceInterval.Lower.Should().BeLessThanOrEqualTo(100);
        learned.ConfidenceInterval.Upper.Should().BeGreaterThanOrEqualTo(1e300);
        double.IsFinite(learned.ConfidenceInterval.Upper).Should().BeTrue();
        learned.PredictionInterval.Lower.Should().BeLessThanOrEqualTo(100);
        learned.PredictionInterval.Upper.Should().BeGreaterThanOrEqualTo(1e300);
    }

    /// <summary>Two reports a factor of a hundred apart need a noise multiple beyond the prior's 10: the interval holds both.</summary>
    [Fact]
    public void ReportsFurtherApartThanThePriorAllowsGiveAnIntervalHoldingBoth()
    {
        var aggregate = Aggregate.Of([Figure("a", "1,000"), Figure("b", "100,000")], AsOf);
        aggregate.NoiseScale.Should().BeGreaterThan(NoiseScalePrior.Default.Highest);
        aggregate.ConfidenceInterval.Lower.Should().BeLessThanOrEqualTo(1_000);
        aggregate.ConfidenceInterval.Upper.Should().BeGreaterThanOrEqualTo(100_000);
    }

    [Fact]
    public void JulianCalendarDatesAreTheDaysTheyName()
    {
        // NodaTime refuses to compare dates of two calendars ("Parameter 'rhs'"); the library takes each as its ISO day.
        Report[] reports = [Figure("a", "10,000", published: Start2024), Figure("b", "12,000", published: Start2024.PlusDays(30))];
        var julianAsOf = Start2024.PlusDays(60).WithCalendar(CalendarSystem.Julian);
        var iso = Aggregate.Of(reports, Start2024.PlusDays(60));
        var julian = Aggregate.Of(reports, julianAsOf);
        julian.Value.Should().Be(iso.Value);
        julian.AsOf.Should().Be(Start2024.PlusDays(60));
        ReportCollection.Of(reports).AsOf(julianAsOf).Count.Should().Be(2);

        var julianReport = ForceEstimates.Report.Of("j", Troops(), Estimate.Parse("11,000"),
            Provenance.Of(Origin("j"), Citation.Of(Reuters, Start2024.WithCalendar(CalendarSystem.Julian))),
            Day(Start2024.WithCalendar(CalendarSystem.Julian)), Start2024.WithCalendar(CalendarSystem.Julian));
        julianReport.Published.Should().Be(Start2024);
        julianReport.RefersTo.Start.Calendar.Should().Be(CalendarSystem.Iso);
        Aggregate.Of([.. reports, julianReport], Start2024.PlusDays(60)).ReportCount.Should().Be(3);

        var figures = ReportExtractor.Default.Extract("Last year, about 10,000 troops were sent.", Start2024.WithCalendar(CalendarSystem.Julian));
        figures.Should().ContainSingle();
    }

    [Theory]
    [InlineData("Last year, about 10,000 troops were sent.", true)]
    [InlineData("Next year about 10,000 troops will be sent, more than last month.", false)]
    [InlineData("In the past 20,000 years, about 10,000 troops were sent.", true)]
    public void RelativeDatesBeyondNodaTimesRangeAreLeftUnresolved(string text, bool atTheStart)
    {
        // "last year" at LocalDate.MinIsoValue threw NodaTime's ArgumentOutOfRangeException (parameter 'year').
        var published = atTheStart ? LocalDate.MinIsoValue : LocalDate.MaxIsoValue;
        var figures = ReportExtractor.Default.Extract(text, published);
        figures.Should().ContainSingle().Which.Estimate.Median.Should().BeApproximately(10_000, 2_000);
    }

    [Fact]
    public void AnAsOfDateBeforeEveryReportIsNamedInIsoForm()
        => FluentActions.Invoking(() => Aggregate.Of([Figure("a", "10,000", published: Start2024)], LocalDate.MinIsoValue))
            .Should().Throw<ArgumentException>().WithMessage("*-9998-01-01*").Which.ParamName.Should().Be("reports");
}
