using System.Linq;
using FluentAssertions;
using ForceEstimates.Consistency;
using NodaTime;
using Xunit;
using static ForceEstimates.Tests.Consistency.ConsistencyReports;

namespace ForceEstimates.Tests.Consistency;

/// <summary>A period's change against the amounts at its ends: levels of a front's territory, running totals of losses.</summary>
public partial class ConsistencyCheckTest
{
    private static readonly LocalDate Invasion = Date(2, 24, 2022);

    private static Report HeldOn(string id, string figure, LocalDate on, string origin = "General Staff", string? place = "Kursk Oblast")
        => Make(id, figure, Statistic.Level, place, "Ukrainian forces", Metric.TerritoryHeld, Unit.SquareKilometres, on, on, origin);

    private static Report Gained(string id, string figure, LocalDate start, LocalDate end, string origin = "General Staff", string? place = "Kursk Oblast", Unit? unit = null)
        => Make(id, figure, Statistic.Change, place, "Ukrainian forces", Metric.TerritoryHeld, unit ?? Unit.SquareKilometres, start, end, origin);

    private static Report Total(string id, string figure, LocalDate asOf, string origin = "General Staff", LocalDate? since = null)
        => Make(id, figure, Statistic.Cumulative, null, "Russian forces", Metric.Losses, Unit.Persons, since ?? Invasion, asOf, origin);

    private static Report Killed(string id, string figure, LocalDate start, LocalDate end, string origin = "General Staff")
        => Make(id, figure, Statistic.Change, null, "Russian forces", Metric.Losses, Unit.Persons, start, end, origin);

    private static ConsistencyFinding[] Changes(params Report[] reports)
        => [.. ConsistencyCheck.Run(reports).Where(f => f.Rule == ConsistencyRule.ChangeAgainstEnds)];

    [Theory]
    [InlineData("about 430 square kilometres", Verdict.Consistent)]
    [InlineData("about 100 square kilometres", Verdict.Violated)]
    public void Change_AMonthsGainIsTheLevelAtItsEndMinusTheLevelBefore(string gain, Verdict verdict)
    {
        // Held "about 1,000" at the end of February and "about 1,430" at the end of March: March's gain is about 430.
        var finding = Changes(
            HeldOn("feb", "about 1,000 square kilometres", Date(2, 29)),
            HeldOn("mar", "about 1,430 square kilometres", Date(3, 31)),
            Gained("gain", gain, Date(3, 1), Date(3, 31))).Should().ContainSingle().Subject;

        finding.Reports.Select(r => r.Id).Should().Equal("gain", "feb", "mar");
        // A difference of two log-normal readings has no closed form: Monte Carlo (seeded) puts its median near 1,430 − 1,000.
        finding.Recomputed!.Median.Should().BeApproximately(430, 15);
        finding.Verdict.Should().Be(verdict);
        finding.Explanation.Should().Contain("the change \"" + gain + "\" (gain) over 2024-03-01 – 2024-03-31")
            .And.Contain("General Staff's level \"about 1,430 square kilometres\" (mar) on 2024-03-31 minus \"about 1,000 square kilometres\" (feb) on 2024-02-29");
    }

    [Theory]
    [InlineData("400", Verdict.Consistent)]
    [InlineData("about 1,200", Verdict.Violated)]
    public void Change_ADaysCountIsTheDifferenceOfTheRunningTotals(string day, Verdict verdict)
    {
        // One origin's running total of losses since the invasion, on two days, and its count for the second day.
        var finding = Changes(
            Total("t1", "19,800", Date(5, 2)),
            Total("t2", "20,200", Date(5, 3)),
            Killed("d", day, Date(5, 3), Date(5, 3))).Should().ContainSingle().Subject;

        finding.Reports.Select(r => r.Id).Should().Equal("d", "t1", "t2");
        finding.Recomputed!.Median.Should().BeApproximately(400, 20);
        finding.Verdict.Should().Be(verdict);
        finding.Explanation.Should().Contain("cumulative count");
    }

    [Fact]
    public void Change_FromAnotherOriginThanTheSeries_CanConfirmButNotCondemn()
    {
        Report[] Reports(string gain) =>
        [
            HeldOn("feb", "about 1,000", Date(2, 29)),
            HeldOn("mar", "about 1,430", Date(3, 31)),
            Gained("gain", gain, Date(3, 1), Date(3, 31), origin: "A think tank"),
        ];

        Changes(Reports("about 430"))[0].Verdict.Should().Be(Verdict.Consistent);
        var disagrees = Changes(Reports("about 100")).Should().ContainSingle().Subject;
        disagrees.Probability.Should().BeLessThan(0.05);
        disagrees.Verdict.Should().Be(Verdict.Inconclusive, "another origin may count the change otherwise");
        disagrees.Explanation.Should().Contain("not called a violation").And.EndWith("inconclusive.");
    }

    [Fact]
    public void Change_EndsAreTheNearestWithinAQuarterOfThePeriod()
    {
        var gain = Gained("gain", "about 430", Date(3, 1), Date(3, 31));

        // Three and five days off: within a quarter of March (7 days); the nearer of two candidates is taken.
        Changes(HeldOn("feb", "about 1,000", Date(2, 26)), HeldOn("early", "about 1,100", Date(3, 5)), HeldOn("mar", "about 1,430", Date(4, 3)), gain)
            .Should().ContainSingle().Which.Reports.Select(r => r.Id).Should().Equal("gain", "feb", "mar");
        // Ten days off: too far for a month's change.
        Changes(HeldOn("feb", "about 1,000", Date(2, 19)), HeldOn("mar", "about 1,430", Date(3, 31)), gain).Should().BeEmpty();
        // The window of the options bounds the tolerance too.
        ConsistencyCheck.Run([HeldOn("feb", "about 1,000", Date(2, 26)), HeldOn("mar", "about 1,430", Date(3, 31)), gain], ConsistencyOptions.Default with { TimeWindowDays = 2 })
            .Where(f => f.Rule == ConsistencyRule.ChangeAgainstEnds).Should().BeEmpty();
    }

    [Fact]
    public void Change_IsNotPairedAcrossPlacesOriginsTimesOrCounts()
    {
        var day = Killed("d", "400", Date(5, 3), Date(5, 3));

        Changes(Total("t1", "19,800", Date(5, 2)), Total("t2", "20,200", Date(5, 3)), day).Should().HaveCount(1);
        Changes(Total("t1", "19,800", Date(5, 1)), Total("t2", "20,200", Date(5, 3)), day).Should().BeEmpty("a day's change needs the day before itself");
        Changes(Total("t1", "19,800", Date(5, 2), origin: "Another source"), Total("t2", "20,200", Date(5, 3)), day)
            .Should().BeEmpty("a difference of two sources' totals is a difference of their ways of counting");
        Changes(Total("t1", "19,800", Date(5, 2), since: Date(5, 1)), Total("t2", "20,200", Date(5, 3)), day)
            .Should().BeEmpty("totals counted from different starts");
        Changes(Total("t1", "19,800", Date(5, 2)), Total("t2", "20,200", Date(5, 3)), day, Total("t3", "20,600", Date(5, 4)))
            .Should().HaveCount(1, "the totals of later days are no ends of this day");
        Changes(HeldOn("feb", "about 1,000", Date(2, 29), place: "Sumy Oblast"), HeldOn("mar", "about 1,430", Date(3, 31), place: "Sumy Oblast"), Gained("gain", "about 430", Date(3, 1), Date(3, 31)))
            .Should().BeEmpty("another place's levels");
        Changes(HeldOn("mar", "about 1,430", Date(3, 31)), Gained("gain", "about 430", Date(3, 1), Date(3, 31))).Should().BeEmpty("one end only");
        Changes(
            Make("a", "20%", Statistic.Level, "Kursk Oblast", "Ukrainian forces", Metric.TerritoryHeld, Unit.Percent, Date(2, 29), Date(2, 29)),
            Make("b", "25%", Statistic.Level, "Kursk Oblast", "Ukrainian forces", Metric.TerritoryHeld, Unit.Percent, Date(3, 31), Date(3, 31)),
            Make("c", "5%", Statistic.Change, "Kursk Oblast", "Ukrainian forces", Metric.TerritoryHeld, Unit.Percent, Date(3, 1), Date(3, 31)))
            .Should().BeEmpty("a change of a share may be in points or relative");
    }

    [Fact]
    public void Change_InAnotherUnitOfTheDimension_IsConverted()
    {
        // 166 square miles is about 430 km².
        var finding = Changes(
            HeldOn("feb", "about 1,000 square kilometres", Date(2, 29)),
            HeldOn("mar", "about 1,430 square kilometres", Date(3, 31)),
            Gained("gain", "about 166 square miles", Date(3, 1), Date(3, 31), unit: Unit.SquareMiles)).Should().ContainSingle().Subject;

        finding.Recomputed!.Median.Should().BeApproximately(430 / 2.589988, 6);
        finding.Verdict.Should().Be(Verdict.Consistent);
    }
}

/// <summary>The change rule on the real loss reports of Radford et al. (2023): their daily figures against the running totals.</summary>
public class ConsistencyCheckChangesOnRadfordTest
{
    [Fact]
    public void Radford_EachDaysFigureIsPairedWithItsOriginsTotalsOfThatDayAndTheDayBefore()
    {
        var reports = ForceEstimates.Tests.Trends.RadfordComparisonTest.Reports;
        var findings = ConsistencyCheck.Run(reports).Where(f => f.Rule == ConsistencyRule.ChangeAgainstEnds).ToArray();

        // Expected independently: the days' figures whose own origin has a running total of the same quantity on the day and the day before.
        var totals = reports.Where(r => r.Quantity.Statistic == Statistic.Cumulative)
            .Select(r => (r.Quantity.Metric, r.Quantity.Subject, r.Provenance.Origin.Name, r.RefersTo.End)).ToHashSet();
        var strict = reports.Count(r => r.Quantity.Statistic == Statistic.Change
            && totals.Contains((r.Quantity.Metric, r.Quantity.Subject, r.Provenance.Origin.Name, r.RefersTo.End))
            && totals.Contains((r.Quantity.Metric, r.Quantity.Subject, r.Provenance.Origin.Name, r.RefersTo.Start.PlusDays(-1))));
        strict.Should().BeGreaterThan(50);
        findings.Count(f => f.Reports[0].Provenance.SharesOriginWith(f.Reports[1].Provenance)).Should().Be(strict);
        foreach (var f in findings)
        {
            f.Reports[1].RefersTo.End.Should().Be(f.Reports[0].RefersTo.Start.PlusDays(-1));
            f.Reports[2].RefersTo.End.Should().Be(f.Reports[0].RefersTo.End);
            f.Reports[1].Provenance.SharesOriginWith(f.Reports[2].Provenance).Should().BeTrue();
        }
    }
}

/// <summary>A change "in the past 24 hours" as extraction dates it: the day before and the day.</summary>
public partial class ConsistencyCheckTest
{
    [Theory]
    [InlineData("12", Verdict.Consistent)]
    [InlineData("27", Verdict.Violated)]
    public void Change_OfThePast24Hours_IsTheDaysTotalMinusTheDayBefores(string day, Verdict verdict)
    {
        // Running totals of three days; "in the past day" said on the 12th spans the 11th and the 12th.
        var finding = Changes(
            Total("t10", "3,933", Date(3, 10)),
            Total("t11", "3,948", Date(3, 11)),
            Total("t12", "3,960", Date(3, 12)),
            Killed("d", day, Date(3, 11), Date(3, 12))).Should().ContainSingle().Subject;

        finding.Reports.Select(r => r.Id).Should().Equal("d", "t11", "t12");
        finding.Verdict.Should().Be(verdict, "3,960 − 3,948 is 12 (27 would be two days' count, 3,960 − 3,933)");
    }
}
