using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Ground held and ground taken, found by reading invented articles on a front's monthly advances as an analyst would
/// (sentences written for the project): an area is of the land it names ("of Orlova", "of Orlovan territory"), the same
/// amount restated in another unit (", or about N km²") is of the same land, and ground captured over a period is that
/// period's change, not the area held; so the levels of several outlets meet and a month's gain is not averaged with them.
/// </summary>
public partial class ReportExtractorTest
{
    private static readonly LocalDate September2 = new(2025, 9, 2);

    [Fact]
    public void AnAreaIsOfTheLandItNames()
    {
        var figures = ReportExtractor.Default.Extract(
            "Kessia now occupies roughly 19.2% of Orlova, or about 114,500 square kilometres, the Varan Monitoring Group said.", September2);
        figures.Select(f => f.Text).Should().Equal("roughly 19.2%", "about 114,500 square kilometres");
        var quantities = figures.Select(f => f.SuggestQuantity()).ToArray();
        quantities.Should().OnlyContain(q => q.Place == "Orlova" && q.Metric == Metric.TerritoryHeld && q.Statistic == Statistic.Level,
            "the restated amount is of the land the share is of");
    }

    [Fact]
    public void ANationalitysLandIsItsCountryListedOrNamedInTheArticle()
    {
        var listed = ReportExtractor.Default.Extract("Ostrian troops hold about 2,300 square kilometres of Ukrainian territory, the group said.", September2);
        listed.Single().SuggestQuantity().Place.Should().Be("Ukraine");
        var named = ReportExtractor.Default.Extract(
            "Kessian troops hold some 44,000 square miles of Orlovan land. The war in Orlova is in its fourth year.", September2);
        named.Single().SuggestQuantity().Place.Should().Be("Orlova", "'Orlovan' is formed from the name the article gives");
        var unnamed = ReportExtractor.Default.Extract("Kessian troops hold some 44,000 square miles of Orlovan land.", September2);
        unnamed.Single().SuggestQuantity().Place.Should().BeNull("no name in the article forms the adjective");
    }

    [Fact]
    public void GroundCapturedInAPeriodIsThatPeriodsChange()
    {
        var figures = ReportExtractor.Default.Extract(
            "Kessian forces captured about 430 square kilometres of Orlovan territory in August, down from 556 square kilometres in July, according to the Varan Monitoring Group.",
            September2);
        var quantities = figures.Select(f => f.SuggestQuantity()).ToArray();
        quantities.Should().OnlyContain(q => q.Statistic == Statistic.Change, "ground that changed hands in a month, and the base it is compared with");
        figures[1].RefersTo.End.Should().Be(new LocalDate(2025, 7, 31));

        var sinceJanuary = ReportExtractor.Default.Extract("Since the start of the year, Kessian troops have taken more than 3,100 km².", September2);
        sinceJanuary.Single().SuggestQuantity().Statistic.Should().Be(Statistic.Change);
        var held = ReportExtractor.Default.Extract("Since the start of the year, Kessian troops have held more than 3,100 km².", September2);
        held.Single().SuggestQuantity().Statistic.Should().Be(Statistic.Level, "ground held over a period is a level");
        var noPeriod = ReportExtractor.Default.Extract("Kessian troops have captured more than 3,100 km², the ministry said.", September2);
        noPeriod.Single().SuggestQuantity().Statistic.Should().Be(Statistic.Level, "no period is stated: the area is read as it was before");
    }

    [Fact]
    public void TheLevelsOfSeveralOutletsMeetAndAMonthsGainStaysApart()
    {
        var first = ReportExtractor.Default.Extract(
            "Kessia now occupies roughly 19.2% of Orlova, or about 114,500 square kilometres, the Varan Monitoring Group said. "
            + "Since the start of the year, Kessian troops have taken more than 3,100 km².", September2);
        var second = ReportExtractor.Default.Extract(
            "Kessian troops hold some 44,000 square miles of Orlovan land, or about 19%, according to the Institute for Front Studies. "
            + "That is up from 42,900 square miles at the end of 2024. Orlova's government has not commented.", September2.PlusDays(10));
        var reports = ReportExtractor.ToReports(first.Concat(second)).ToArray();
        var areas = reports.Where(r => r.Quantity.Metric == Metric.TerritoryHeld && r.Quantity.Statistic == Statistic.Level
            && r.Quantity.Unit.Dimension == Dimension.Area).ToArray();
        areas.Select(r => r.Quantity.Place).Should().OnlyContain(p => p == "Orlova");
        areas.Should().HaveCount(3, "114,500 km², 44,000 sq mi and the earlier 42,900 sq mi");

        var aggregate = Aggregate.Of(areas.Where(r => r.Quantity.Unit == Unit.SquareKilometres), September2.PlusDays(10));
        aggregate.Value.Should().BeApproximately(114_500, 1);
        first.Select(f => f.Text).Should().Equal("roughly 19.2%", "about 114,500 square kilometres", "more than 3,100 km²");
        reports[2].Quantity.Statistic.Should().Be(Statistic.Change, "a gain since January is no area held");
    }

    [Theory]
    [InlineData("The pace was the slowest since March, when Kessian units seized 240 km², the monitors said.", 3, 31)]
    [InlineData("Orlova's government puts the occupied area at 113,000 square kilometres, including the peninsula seized in 2014.", 9, 2)]
    public void ATimeThatDatesAnotherClauseIsNotTheFigures(string sentence, int month, int day)
        => ReportExtractor.Default.Extract(sentence, September2).Single().RefersTo.End.Should().Be(new LocalDate(2025, month, day));

    [Fact]
    public void ADifferenceAfterOrIsNoRestatement()
    {
        var figures = ReportExtractor.Default.Extract(
            "A total of 3,196 recruits deserted the Valdoran army last year, or 853 more than previously reported, the inspector said.", September2);
        figures.Single(f => f.Text == "853").Subject.Should().BeNull("'853 more than' is a difference, not the 3,196 restated");
    }

    [Fact]
    public void GroundLostSinceADateIsTheLossAsItStands()
    {
        ReportExtractor.Default.Extract("Orlova has lost about 18% of its territory since 2014, the institute said.", September2)[0]
            .SuggestQuantity().Statistic.Should().Be(Statistic.Level, "the loss up to the article's day is a level of the territory lost");
        ReportExtractor.Default.Extract("Orlova lost about 430 square kilometres in August, the institute said.", September2)[0]
            .SuggestQuantity().Statistic.Should().Be(Statistic.Change, "a closed month's loss is that month's change");
    }
}
