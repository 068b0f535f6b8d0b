using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said a figure and when, found by reading a month of invented articles on one province as an analyst would. Who: a
/// definite description refers back to a body of its kind (sentences written for the project): "the monitor" is the monitoring group named before, not the ministry that
/// spoke last; what is cited is a source, not a reason. When: the base of a comparison is no time the next sentence continues,
/// and a statement about the present added after a reporting clause does not take the time said before it.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void TheMonitorIsTheGroupNamedBeforeNotTheMinistry()
    {
        var figures = ReportExtractor.Default.Extract(
            "The ministry said the figure was closer to 1,900 square kilometres. Government tank losses have reached 231 since March, the monitoring group Field Count said. "
            + "The monitor also counted 57 rebel armoured vehicles destroyed.",
            Published);
        figures.Single(f => f.Text.Contains("57")).Attribution.Origin!.Name.Should().Be("Field Count");
    }

    [Fact]
    public void TheMonitorIsNoMinistry()
    {
        var figures = ReportExtractor.Default.Extract(
            "The defence ministry said the figure was closer to 1,900 square kilometres. The monitor counted 57 rebel armoured vehicles destroyed.",
            Published);
        figures.Single(f => f.Text.Contains("57")).Attribution.Origin!.Name.Should().NotContain("ministry");
    }

    [Fact]
    public void TwoMinistriesAreTwoBodies()
    {
        var figures = ReportExtractor.Default.Extract(
            "The defence ministry said 300 soldiers died. The health ministry said 1,200 civilians were killed. The ministry added that 4,100 were wounded.",
            Published);
        figures.Single(f => f.Text == "300").Attribution.Origin!.Name.Should().Be("defence ministry");
        figures.Single(f => f.Text == "1,200").Attribution.Origin!.Name.Should().Be("health ministry");
        figures.Single(f => f.Text == "4,100").Attribution.Origin!.Name.Should().Be("health ministry");
    }

    [Fact]
    public void AHeadlinesBodyTakesTheLeadsFullerName()
    {
        var figures = ReportExtractor.Default.Extract(
            "Ministry says 1,700 rebels surrendered\n\nAbout 1,700 rebels surrendered in the north this week, the defence ministry said on Saturday.",
            Published);
        figures.Select(f => f.Attribution.Origin!.Name).Should().OnlyContain(name => name == "defence ministry");
    }

    [Theory]
    [InlineData("At least 412 people were killed, the monitoring group Field Count said.", "412", "Field Count", SourceKind.Analyst)]
    [InlineData("The independent monitor Field Count counted 57 armoured vehicles destroyed.", "57", "Field Count", SourceKind.Analyst)]
    [InlineData("According to the think tank Institute for Border Studies, about 5,000 troops were deployed.", "5,000", "Institute for Border Studies", SourceKind.Analyst)]
    [InlineData("The rights group Harbour Watch said 96 children had died.", "96", "Harbour Watch", SourceKind.Unknown)]
    public void ABodyIsNamedWithoutWhatItIs(string text, string figure, string origin, SourceKind kind)
    {
        var report = ReportExtractor.Default.Extract(text, Published).Single(f => f.Text.Contains(figure, System.StringComparison.Ordinal));
        report.Attribution.Origin!.Name.Should().Be(origin);
        report.Attribution.Origin.Description.Should().NotBeNull();
        report.ToReport().Provenance.Origin.Kind.Should().Be(kind); // what it is still tells its kind
    }

    [Fact]
    public void OneMonitorDescribedTwoWaysIsOneOrigin()
    {
        var figures = ReportExtractor.Default.Extract(
            "Government tank losses have reached 231, the monitoring group Field Count said on Monday.\n\nThe independent monitor Field Count later counted 248.",
            Published);
        figures.Select(f => f.ToReport().Provenance.Origin.Name).Distinct().Should().Equal("Field Count");
    }

    [Fact]
    public void TheMonitorIsNoPartyToTheFighting()
    {
        var figures = ReportExtractor.Default.Extract(
            "Rebels claim gains near the city\n\nThe rebels now control some 2,400 square kilometres, their spokesman said. "
            + "The monitor counted 57 rebel armoured vehicles destroyed.",
            Published);
        figures.Single(f => f.Text.Contains("57")).Attribution.Origin!.Name.Should().NotContainAny("ebel", "spokesman");
    }

    [Theory]
    [InlineData("The monitor said 248 government tanks had been lost since March.", "248", Statistic.Cumulative)]
    [InlineData("The monitor counted 57 rebel armoured vehicles destroyed.", "57", Statistic.Cumulative)]
    [InlineData("The monitor said it had verified the loss of 212 government tanks since March.", "212", Statistic.Cumulative)]
    [InlineData("The army has about 1,200 tanks.", "about 1,200", Statistic.Level)]
    public void EquipmentLostIsCountedUp(string text, string figure, Statistic statistic)
    {
        var found = ReportExtractor.Default.Extract(text, Published).Single(f => f.Text == figure);
        found.Statistic.Should().Be(statistic);
    }

    [Theory]
    [InlineData("Western intelligence officials put the rebel army at about 16,000 fighters, citing desertions.", "Western intelligence officials")]
    [InlineData("The governor put the number of displaced at 4,200, citing the example of the river towns.", "governor")]
    [InlineData("The brigade lost about 300 men, the newspaper said, citing sources in the brigade.", "sources in the brigade")]
    [InlineData("About 4,200 people have fled, the paper reported, citing local authorities.", "local authorities")]
    public void WhatIsCitedIsASourceNotAReason(string text, string origin)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text.Contains(',') || f.Text.Contains("300")).Attribution.Origin!.Name.Should().Be(origin);
    }

    [Theory]
    // The base of a comparison ("down from 25,000 in January") is a past value: the next sentence does not continue its time.
    [InlineData("Officials estimate the rebel army at around 18,000 fighters, down from 25,000 in January. Its commander told a rally that he had more than 40,000 men.", "more than 40,000", "2024-11-23", "2024-11-23")]
    [InlineData("Officials estimate the rebel army at around 18,000 fighters, down from 25,000 in January.", "25,000", "2024-01-01", "2024-01-31")]
    // ... while a sentence whose figure has the time passes it on.
    [InlineData("About 412 people were killed in October, up from 300 in September. Another 96 died in the northern district.", "96", "2024-10-01", "2024-10-31")]
    // A statement about the present added after a reporting clause (", adding that ... still") does not take the time of
    // what was said before it (the added clause has no day of its own: the article's day) ...
    [InlineData("Government forces have retaken roughly 30% of the province they lost last year, the ministry said on Friday, adding that the rebels still hold about 2,100 square kilometres.", "about 2,100 square kilometres", "2024-11-23", "2024-11-23")]
    // ... while one about what was said before continues its time.
    [InlineData("About 412 people were killed in October, the agency said, noting that 96 of them were children.", "96", "2024-10-01", "2024-10-31")]
    public void ATimeStaysWithItsStatement(string text, string figure, string start, string end)
        => RefersToOf(text, "2024-11-23", figure).Should().Be(Days(start, end));
}
