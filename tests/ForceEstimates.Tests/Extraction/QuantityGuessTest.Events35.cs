using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Figures meeting in one quantity (session 35): a town's toll reported again after a long gap and counting far fewer is
/// another event's toll (a running toll does not fall). Sentences written for the project: invented towns and numbers.
/// </summary>
public class QuantityGuessEvents35Test
{
    private static (Quantity First, Quantity Later) TwoReports(string first, LocalDate firstDay, double firstValue, string later, LocalDate laterDay, double laterValue)
    {
        var a = ReportExtractor.Default.Extract(first, firstDay);
        var b = ReportExtractor.Default.Extract(later, laterDay);
        var all = a.Concat(b).ToList();
        var reports = ReportExtractor.ToReports(all);
        int i = all.FindIndex(f => f.Estimate.Stated.Values.Contains(firstValue));
        int j = all.FindIndex(a.Count, f => f.Estimate.Stated.Values.Contains(laterValue));
        i.Should().BeGreaterThanOrEqualTo(0);
        j.Should().BeGreaterThanOrEqualTo(a.Count);
        return (reports[i].Quantity, reports[j].Quantity);
    }

    [Fact]
    public void ATownsTollReportedAYearLaterCountingFarFewerIsAnotherEventsToll()
    {
        var (station, restaurant) = TwoReports(
            "Two missiles hit the railway station in Dovra on Friday, wounding more than 80 people, officials said.", new LocalDate(2024, 4, 8), 80,
            "A rocket hit a busy café in Dovra on Sunday, wounding at least 31 people, officials said.", new LocalDate(2025, 6, 28), 31);

        station.Place.Should().Be("Dovra");
        restaurant.Place.Should().Be("Dovra");
        restaurant.Metric.Should().Be(station.Metric);
        restaurant.Key.Should().NotBe(station.Key);
    }

    [Fact]
    public void ATownsTollReportedLaterCountingAsManyOrMoreKeepsItsQuantity()
    {
        var (early, late) = TwoReports(
            "More than 100 people have been killed in Dovra since the siege began, officials said.", new LocalDate(2024, 4, 8), 100,
            "More than 400 people have been killed in Dovra since the siege began, officials said.", new LocalDate(2025, 6, 28), 400);

        early.Place.Should().Be("Dovra");
        late.Key.Should().Be(early.Key);
    }

    [Fact]
    public void ATownsTollRevisedALittleAfterAGapKeepsItsQuantity()
    {
        var (early, late) = TwoReports(
            "Two missiles hit the railway station in Dovra on Friday, wounding more than 80 people, officials said.", new LocalDate(2024, 4, 8), 80,
            "A year on, officials said the strike on the railway station in Dovra had wounded 74 people.", new LocalDate(2025, 4, 8), 74);

        early.Place.Should().Be("Dovra");
        late.Key.Should().Be(early.Key);
    }

    [Fact]
    public void TheSameTollReportedDaysApartKeepsItsQuantityHoweverItWasRevised()
    {
        var (early, late) = TwoReports(
            "Two missiles hit the railway station in Dovra on Friday, wounding more than 80 people, officials said.", new LocalDate(2024, 4, 8), 80,
            "Officials said on Sunday that 47 people were wounded in the strike on the railway station in Dovra.", new LocalDate(2024, 4, 10), 47);

        late.Key.Should().Be(early.Key);
    }
}
