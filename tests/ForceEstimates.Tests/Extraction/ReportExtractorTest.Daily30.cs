using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// A military's daily loss update (session 30): a running total since an event with the past day's part of it ("N tanks
/// since the start of the invasion, including M in the past day"). The total is a cumulative count as of the day, the
/// part the day's change of the same count; the past day's time and period are the part's, not the total's. Sentences
/// written for the project: invented sides and numbers.
/// </summary>
public partial class ReportExtractorTest
{
    private static readonly LocalDate DailyDay = new(2025, 3, 11);

    private static (Quantity Quantity, DateInterval RefersTo) Read(string text, string figure)
    {
        var found = ReportExtractor.Default.Extract(text, DailyDay).Single(f => f.Text == figure);
        return (found.SuggestQuantity(), found.RefersTo);
    }

    [Fact]
    public void ARunningTotalWithThePastDaysPart_IsACumulativeCountAndItsDaysChange()
    {
        const string text = "Kessia has lost 3,948 tanks since the start of the invasion, including 12 in the past day, Orlova's General Staff said.";

        var (total, totalTime) = Read(text, "3,948");
        var (day, dayTime) = Read(text, "12");

        total.Statistic.Should().Be(Statistic.Cumulative);
        (totalTime.Start, totalTime.End).Should().Be((DailyDay, DailyDay), "the total as of the day, not over the past day");
        day.Statistic.Should().Be(Statistic.Change);
        dayTime.End.Should().Be(DailyDay);
        day.Subject.Should().Be(total.Subject, "the day's part of the same count, not a subgroup of it");
        day.Metric.Should().Be(total.Metric);
        day.Unit.Should().Be(total.Unit);
    }

    [Fact]
    public void ATotalDatedSinceAMonth_KeepsItsOwnTime()
    {
        const string text = "Kessian losses since February 2022 reached 128,040 troops, including 1,210 over the past day.";

        var (total, totalTime) = Read(text, "128,040");
        var (day, _) = Read(text, "1,210");

        total.Statistic.Should().Be(Statistic.Cumulative);
        totalTime.Start.Should().Be(new LocalDate(2022, 2, 1));
        day.Statistic.Should().Be(Statistic.Change);
    }

    [Fact]
    public void ATotalAfterTheDaysFigure_IsNotTheDaysChange()
    {
        var (total, _) = Read("Kessia has lost 12 tanks in the past day and 3,948 since the start of the invasion, the General Staff said.", "3,948");

        total.Statistic.Should().Be(Statistic.Cumulative);
    }

    [Fact]
    public void APartWithNoTimeOfItsOwn_SharesTheWholesPeriod()
    {
        // Near miss: no "since" before the part, so "over the past day" is the whole's period too.
        const string text = "Kessia lost 1,150 soldiers, including 14 officers, over the past day, the General Staff said.";

        Read(text, "1,150").Quantity.Statistic.Should().Be(Statistic.Change);
        Read(text, "14").Quantity.Statistic.Should().Be(Statistic.Change);
    }
}
