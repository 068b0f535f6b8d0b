using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>What kind of figure it is, the library's metric for it, and whether it is a rate (issue 12, kinds 6 and 8).</summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("North Korea has sent about 11,000 soldiers to Russia, South Korean intelligence said.", FigureKind.Personnel)]
    [InlineData("More than 1,500 Russian troops were killed or wounded, the General Staff said.", FigureKind.Casualties)]
    [InlineData("Ukraine holds about 800 square kilometres of Kursk Oblast, the General Staff said.", FigureKind.Territory)]
    [InlineData("Oryx said Russia had lost 1,000 tanks.", FigureKind.Equipment)]
    [InlineData("The monitor recorded 443 shootouts in the province, the ministry said.", FigureKind.Events)]
    public void EachFigureSaysWhatKindOfFigureItIs(string text, FigureKind kind)
        => ReportExtractor.Default.Extract(text, Published).Single().Kind.Should().Be(kind);

    [Theory]
    [InlineData("North Korea has sent about 11,000 soldiers to Russia, South Korean intelligence said.", "personnel")]
    [InlineData("More than 1,500 Russian troops were killed or wounded, the General Staff said.", "losses")]
    [InlineData("Ukraine holds about 800 square kilometres of Kursk Oblast, the General Staff said.", "territory held")]
    public void AForceFigureHasTheLibrarysMetric(string text, string metric)
        => ReportExtractor.Default.Extract(text, Published).Single().Metric.Should().Be(Metric.Of(metric));

    [Fact]
    public void AnEventTallyHasNoMetric()
        => ReportExtractor.Default.Extract("The monitor recorded 443 shootouts in the province, the ministry said.", Published)
            .Single().Metric.Should().BeNull("a count of clashes is no force estimate");

    [Fact]
    public void ARateIsAnAmountPerPeriodNotATotal()
    {
        var figures = ReportExtractor.Default.Extract("Russia is recruiting 30,000 new soldiers per month, the ministry said.", Published);
        figures.Single().Rate.Should().Be(Period.FromMonths(1));
        figures.Single().Estimate.Stated.Values.Should().Equal(30_000);
        figures.Single().Statistic.Should().Be(Statistic.Change, "an amount per period is a change over each period");
    }

    [Theory]
    [InlineData("At its peak, the garrison numbered about 12,000 troops, the ministry said.", Statistic.Peak)]
    [InlineData("The force peaked at 40,000 soldiers in March, officials said.", Statistic.Peak)]
    [InlineData("The garrison numbers about 12,000 troops, the ministry said.", Statistic.Level)]
    public void APeakIsReadFromItsWords(string text, Statistic expected)
        => ReportExtractor.Default.Extract(text, Published).Single().Statistic.Should().Be(expected);

    [Theory]
    [InlineData("About 3,000 North Korean soldiers have been killed or wounded in Kursk, the president said.", Statistic.Cumulative)]
    [InlineData("The ministry said 1,200 civilians had died since the siege began.", Statistic.Cumulative)]
    [InlineData("Russia lost 1,150 soldiers over the past day, the General Staff said.", Statistic.Change)]
    [InlineData("About 11,000 North Korean soldiers are in Kursk, the president said.", Statistic.Level)]
    public void ATollIsACumulativeCount(string text, Statistic expected)
    {
        // The killed and wounded are counted up and never come off a toll; a toll per period is a change; troops are a level.
        ReportExtractor.Default.Extract(text, Published).Single().Statistic.Should().Be(expected);
    }

    [Fact]
    public void TollsOfTwoMonthsAreReadAsOfTheDateNotAveraged()
    {
        // Written for this test: one rising toll reported by two origins a month apart. As levels the January figure was
        // averaged with February's; as a cumulative count it is an earlier value, a lower bound the newer figure already
        // exceeds, so the aggregate is February's figure.
        var january = ReportExtractor.Default.Extract(
            "Ukraine's president said on Sunday that 3,000 North Korean soldiers had been killed or wounded in Kursk.", new LocalDate(2025, 1, 13));
        var february = ReportExtractor.Default.Extract(
            "Around 4,000 North Korean soldiers have been killed or wounded in Kursk, South Korea's intelligence service said on Thursday.",
            new LocalDate(2025, 2, 27));

        var reports = ReportExtractor.ToReports([.. january, .. february]);

        reports.Select(r => r.Quantity).Distinct().Should().ContainSingle().Which.Statistic.Should().Be(Statistic.Cumulative);
        var aggregate = Aggregate.Of(reports, new LocalDate(2025, 3, 1));
        aggregate.Estimate.Median.Should().BeApproximately(4_000, 1.0);
        var earlier = aggregate.Contributions.Single(c => c.Report.Estimate.Stated.Text == "3,000");
        (earlier.EarlierValue || earlier.Exclusion != Exclusion.None).Should().BeTrue("the January toll is an earlier value of the count");
    }

    [Fact]
    public void EveryPeakPhraseHoldsARunThePrefilterLooksFor()
    {
        // IsPeak skips windows that hold none of PeakRuns: a phrase added without one would never be found. The runs hold
        // no letter whose case a sentence's start could change ("At", "Peaked"), so the phrase's case does not matter.
        foreach (var phrase in ArticleReading.PeakPhrases)
        {
            foreach (var form in new[] { phrase, char.ToUpperInvariant(phrase[0]) + phrase[1..] })
            {
                ArticleReading.PeakRuns.Should().Contain(run => form.Contains(run, System.StringComparison.Ordinal), $"'{form}' must hold a run");
            }
        }
    }

    [Fact]
    public void AListOfMonthlyValuesAfterADailyAverageIsDailyToo()
    {
        // The form: the "a day" of the average carries to the monthly values that follow it.
        var figures = ReportExtractor.Default.Extract(
            "Russian casualties averaged over 1,000 a day, and were 1,262 in May and 1,163 in June, the General Staff said.", Published);
        figures.Select(f => f.Estimate.Stated.Values[0]).Should().Equal(1_000, 1_262, 1_163);
        figures.Should().OnlyContain(f => f.Rate == Period.FromDays(1));
    }

    [Fact]
    public void ATotalHasNoRate()
        => ReportExtractor.Default.Extract("More than 1,500 Russian troops were killed or wounded, the General Staff said.", Published)
            .Single().Rate.Should().BeNull();
}
