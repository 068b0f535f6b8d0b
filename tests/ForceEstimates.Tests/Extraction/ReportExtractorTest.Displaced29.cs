using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// The displaced and the refugees, found by reading invented articles on people driven from their homes as an analyst would
/// (sentences written for the project): refugees abroad are another quantity than the displaced within the country, "within
/// X" names where, a place said of a part ("most of them in Europe") is not the whole's, the base "down from a peak of N"
/// counts what the figure does, and people who fled in a past month are that month's flow.
/// </summary>
public partial class ReportExtractorTest
{
    private static readonly LocalDate August14 = new(2025, 8, 14);

    [Fact]
    public void RefugeesAbroadAreNotTheDisplacedWithin()
    {
        var abroad = ReportExtractor.Default.Extract(
            "More than 6.8 million Orlovans are living as refugees abroad, most of them in Varan, the agency said.", August14)[0].SuggestQuantity();
        abroad.Metric.Should().Be(Metric.Of("refugees"));
        abroad.Place.Should().BeNull("Varan is where most of them are, not all");
        var within = ReportExtractor.Default.Extract(
            "Another 3.7 million people are internally displaced within Orlova, the agency said.", August14)[0].SuggestQuantity();
        within.Metric.Should().Be(Metric.Of("displaced"));
        within.Place.Should().Be("Orlova");
    }

    [Fact]
    public void TheBaseOfAComparisonWithAPeakCountsWhatTheFigureDoes()
    {
        var figures = ReportExtractor.Default.Extract(
            "Some 3.7 million people are internally displaced within Orlova, down from a peak of about 8 million, the agency said.", August14);
        var peak = figures[1].SuggestQuantity();
        peak.Metric.Should().Be(Metric.Of("displaced"));
        peak.Statistic.Should().Be(Statistic.Peak);
    }

    [Fact]
    public void PeopleWhoFledInAPastMonthAreThatMonthsFlow()
    {
        var fled = ReportExtractor.Default.Extract("About 120,000 people fled the Dovra region in July alone, local authorities said.", August14)[0];
        fled.SuggestQuantity().Statistic.Should().Be(Statistic.Change);
        var remain = ReportExtractor.Default.Extract("About 3.5 million people remained displaced in July, the survey found.", August14)[0];
        remain.SuggestQuantity().Statistic.Should().Be(Statistic.Level, "a state over a month is no flow");
    }

    [Fact]
    public void APartsOwnFigureKeepsItsPlace()
    {
        var figures = ReportExtractor.Default.Extract("2024 was the worst year, in which 2,240 people fell, 2,181 of them in the Varo Strip.", August14);
        figures[^1].SuggestQuantity().Place.Should().Be("Varo Strip");
        figures[^2].SuggestQuantity().Place.Should().NotBe("Varo Strip");
    }

    [Theory]
    [InlineData("About 90,000 went home this year, the government said.")]
    [InlineData("About 90,000 refugees returned home in July, the agency said.")]
    public void PeopleWhoWentHomeAreCountedInPersons(string sentence)
        => ReportExtractor.Default.Extract(sentence, August14)[0].SuggestQuantity().Unit.Should().Be(Unit.Persons, "'home' after a verb of going is no dwelling");
}
