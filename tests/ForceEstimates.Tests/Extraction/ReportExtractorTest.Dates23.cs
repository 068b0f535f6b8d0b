using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime.Text;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// The time a figure refers to, for the constructions the twenty-third session's dates sample read wrong (sentences
/// written for the project): a time stated in an earlier sentence or, for a headline, in the lead; a reporting clause's
/// own day before it; a month written without its year; comparisons and lists; weekends; spans with a day alone or a
/// clause inside.
/// </summary>
public partial class ReportExtractorTest
{
    /// <summary>The days the figure written <paramref name="figure"/> refers to, as "start..end".</summary>
    private static string RefersToOf(string text, string published, string figure)
    {
        var interval = ReportExtractor.Default.Extract(text, LocalDatePattern.Iso.Parse(published).Value).Single(f => f.Text == figure).RefersTo;
        return Days(LocalDatePattern.Iso.Format(interval.Start), LocalDatePattern.Iso.Format(interval.End));
    }

    private static string Days(string start, string end) => start + ".." + end;

    [Theory]
    // The figures of a sentence with no time of its own continue the time of the figures just before.
    [InlineData("The relief agency said 412 people were killed in the province in October. Another 96 died in the northern district.", "96", "2024-10-01", "2024-10-31")]
    [InlineData("The relief agency said 412 people were killed in the province in October.\nThe northern district had 96 killed and 130 injured.", "130", "2024-10-01", "2024-10-31")]
    [InlineData("Rebels lost 1,450 fighters over the past week. The navy sank 12 of their boats in the same period.", "12", "2024-11-16", "2024-11-23")]
    // ... but not one that speaks of now or later, or through a clause in the present.
    [InlineData("The relief agency said 412 people were killed in October. The war has killed more than 9,800 people.", "more than 9,800", "2024-11-23", "2024-11-23")]
    [InlineData("The relief agency said 412 people were killed in October. The ministry puts the total at 9,800.", "9,800", "2024-11-23", "2024-11-23")]
    [InlineData("The relief agency said 412 people were killed in October. Deaths will probably stay above 300 a month.", "above 300", "2024-11-23", "2024-11-23")]
    [InlineData("The relief agency said 412 people were killed in October. Some 75 villagers are still missing.", "Some 75", "2024-11-23", "2024-11-23")]
    public void AFigureWithNoTimeContinuesThePreviousFigures(string text, string figure, string start, string end)
        => RefersToOf(text, "2024-11-23", figure).Should().Be(Days(start, end));

    [Theory]
    [InlineData("Shelling killed 57 civilians in May, the monitor said.", "57", "2024-05-01", "2024-05-31")]
    [InlineData("October's fighting killed 318 soldiers, the monitor said.", "318", "2024-10-01", "2024-10-31")]
    [InlineData("Some 2,300 families have fled the valley since December.", "Some 2,300", "2023-12-01", "2024-11-23")]
    [InlineData("The agency evacuated 3,400 people between March 5 and 7.", "3,400", "2024-03-05", "2024-03-07")]
    [InlineData("The navy stopped 4,100 boats between August 2019 and end of November 2020.", "4,100", "2019-08-01", "2020-11-30")]
    [InlineData("Raids from March 3, 2023, when the truce collapsed, to May 9, 2024 killed 1,870 people.", "1,870", "2023-03-03", "2024-05-09")]
    [InlineData("The rebels lost about 300 fighters over the last week and a half.", "about 300", "2024-11-13", "2024-11-23")]
    [InlineData("The rebels lost about 300 fighters over the last week.", "about 300", "2024-11-16", "2024-11-23")]
    public void CalendarWordsAreRead(string text, string figure, string start, string end)
        => RefersToOf(text, "2024-11-23", figure).Should().Be(Days(start, end));

    [Theory]
    [InlineData("Militants killed 14 villagers over the weekend.", "2024-11-25", "2024-11-23", "2024-11-24")]
    [InlineData("Militants killed 14 villagers in the weekend raids.", "2024-11-24", "2024-11-23", "2024-11-24")]
    [InlineData("Militants killed 14 villagers over the weekend.", "2024-11-28", "2024-11-23", "2024-11-24")]
    public void TheWeekendIsItsTwoDays(string text, string published, string start, string end)
        => RefersToOf(text, published, "14").Should().Be(Days(start, end));

    [Theory]
    // A month without its year in a report of what happened is the one before publication, not the one to come.
    [InlineData("The district lost 640 homes to flooding in April, officials said.", "2024-04-01", "2024-04-30")]
    [InlineData("In March the district lost 640 homes, officials said.", "2024-03-01", "2024-03-31")]
    // ... unless the sentence looks ahead.
    [InlineData("The district will rebuild 640 homes by April.", "2025-04-01", "2025-04-30")]
    public void AMonthWithoutItsYearIsNotAfterPublicationInAPastReport(string text, string start, string end)
        => RefersToOf(text, "2025-02-10", "640").Should().Be(Days(start, end));

    [Theory]
    // A day before a reporting clause dates the clause; a day in what it reports dates the figure.
    [InlineData("On Thursday, the coast guard announced that 23 sailors had drowned off the cape on Monday.", "2024-11-18", "2024-11-18")]
    [InlineData("On Thursday, the coast guard said 23 sailors were missing.", "2024-11-21", "2024-11-21")]
    [InlineData("This week, the monitor said 23 sailors drowned between October 2 and October 30.", "2024-10-02", "2024-10-30")]
    public void ADayBeforeAReportingClauseIsTheSpeakers(string text, string start, string end)
        => RefersToOf(text, "2024-11-23", "23").Should().Be(Days(start, end));

    [Theory]
    // The time after a comparison's base or opening a list item after a comma dates that later figure.
    [InlineData("The toll rose to 212, the monitor said, from 164 in September.", "212", "2024-11-23", "2024-11-23")]
    [InlineData("The toll rose to 212, the monitor said, from 164 in September.", "164", "2024-09-01", "2024-09-30")]
    [InlineData("Deaths fell to 177 in October from 190 in September.", "177", "2024-10-01", "2024-10-31")]
    [InlineData("In April, the count fell to 714, in June to 476, in July to 376.", "714", "2024-04-01", "2024-04-30")]
    [InlineData("In April, the count fell to 714, in June to 476, in July to 376.", "476", "2024-06-01", "2024-06-30")]
    public void ATimeAfterAComparisonBaseDatesTheBase(string text, string figure, string start, string end)
        => RefersToOf(text, "2024-11-23", figure).Should().Be(Days(start, end));

    [Theory]
    // A headline's figure with no time takes the lead's first time outside its reporting clause.
    [InlineData("Navy says 12 boats sunk near the cape\nThe navy said on Friday that its ships sank 12 smuggling boats near the cape on Wednesday.", "2024-11-20", "2024-11-20")]
    [InlineData("Navy: 12 boats sunk in a week\nThe navy sank 12 smuggling boats over the past week, its spokesman said.", "2024-11-16", "2024-11-23")]
    public void AHeadlineTakesTheLeadsTime(string text, string start, string end)
    {
        var headline = ReportExtractor.Default.Extract(text, Published).Single(f => f.Text == "12" && f.Start < text.IndexOf('\n', System.StringComparison.Ordinal)).RefersTo;
        Days(LocalDatePattern.Iso.Format(headline.Start), LocalDatePattern.Iso.Format(headline.End)).Should().Be(Days(start, end));
    }
}
