using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Prisoners held and prisoners returned, found by reading invented articles on exchanges of prisoners of war as an analyst
/// would (sentences written for the project): captives held now are a level of the captured, whatever words count them
/// ("soldiers held by", "prisoners remain in jails", "holds N prisoners"); people returned from captivity are a release; a
/// nation's people named by a plural demonym are persons; a nationality the country list lacks is no place when the article
/// names its country; and a season dates a figure.
/// </summary>
public partial class ReportExtractorTest
{
    private static readonly LocalDate November1 = new(2025, 11, 1);

    [Theory]
    [InlineData("About 8,000 Orlovan soldiers are still held by Kessia, according to Orlova's ombudsman.")]
    [InlineData("Kessia holds more than 8,000 Orlovan prisoners of war, the Kessian defence ministry said.")]
    [InlineData("Nearly 8,000 Orlovan prisoners remain in jails, the ombudsman said on Friday. Kessia denies it.")]
    public void CaptivesHeldNowAreALevelOfTheCaptured(string sentence)
    {
        var quantity = ReportExtractor.Default.Extract(sentence, November1)[0].SuggestQuantity();
        quantity.Metric.Should().Be(Metric.Of("captured"));
        quantity.Statistic.Should().Be(Statistic.Level);
        quantity.Subject.Should().Be("Orlovan prisoners", "soldiers held are prisoners, as the other wordings count them");
    }

    [Fact]
    public void TheBaseOfAComparisonOfCaptivesHeldIsCaptivesHeld()
    {
        var figures = ReportExtractor.Default.Extract(
            "Nearly 8,000 Orlovan prisoners remain in jails, the ombudsman said on Friday, up from about 7,500 in the spring.", November1);
        var earlier = figures.Single(f => f.Text == "about 7,500");
        earlier.SuggestQuantity().Statistic.Should().Be(Statistic.Level);
        earlier.RefersTo.Equals(new DateInterval(new LocalDate(2025, 3, 1), new LocalDate(2025, 5, 31))).Should().BeTrue("the spring before the article");
    }

    [Theory]
    [InlineData("In total 5,857 Orlovans have been returned home from captivity, the headquarters said.", "5,857")]
    [InlineData("Since the war began, 66 exchanges have returned 5,957 Orlovans, the headquarters said.", "5,957")]
    public void PeopleReturnedFromCaptivityAreARelease(string sentence, string figure)
    {
        var quantity = ReportExtractor.Default.Extract(sentence, November1).Single(f => f.Text == figure).SuggestQuantity();
        quantity.Metric.Should().Be(Metric.Of("released"));
        quantity.Unit.Should().Be(Unit.Persons, "'Orlovans' are people of a nation");
    }

    [Fact]
    public void ANationalityIsNoPlaceWhenTheArticleNamesItsCountry()
    {
        var figures = ReportExtractor.Default.Extract(
            "Nearly 8,000 Orlovan prisoners are held in Kessian jails, the ombudsman said. Kessia denies it.", November1);
        figures.Single().SuggestQuantity().Place.Should().BeNull("'Kessian' is formed from 'Kessia', named in the article");
    }

    [Theory]
    [InlineData("The toll rose to about 400 in the summer of 2023, the monitors said.", 2023, 6)]
    [InlineData("Attacks fell to about 400 last winter, the monitors said.", 2024, 12)]
    [InlineData("Hundreds of drones have hit the city since the spring, officials said.", 2025, 3)]
    public void ASeasonDatesAFigure(string sentence, int year, int month)
        => ReportExtractor.Default.Extract(sentence, November1)[0].RefersTo.Start.Should().Be(new LocalDate(year, month, 1));

    [Fact]
    public void ASeasonWordUsedAsAVerbIsNoTime()
        => ReportExtractor.Default.Extract("About 40 fighters spring up to ambush convoys, the army said on Friday.", November1)
            .Single().RefersTo.Start.Should().Be(new LocalDate(2025, 10, 31));

    [Fact]
    public void ARunningTotalOfReleasesMeetsAcrossArticles()
    {
        var first = ReportExtractor.Default.Extract("In total 5,857 Orlovans have been returned home from captivity, the headquarters said.", November1.PlusDays(-30));
        var second = ReportExtractor.Default.Extract("Since the war began, 66 exchanges have returned 5,957 Orlovans, the ombudsman said.", November1);
        var reports = ReportExtractor.ToReports([first[0], second.Single(f => f.Text == "5,957")]);
        reports[0].Quantity.Should().Be(reports[1].Quantity, "two counts of all releases so far, not two exchanges");
        reports[0].Quantity.Statistic.Should().Be(Statistic.Cumulative);
        var one = ReportExtractor.Default.Extract("The two sides freed 185 prisoners each on Thursday, officials said.", November1)[0].SuggestQuantity();
        one.Subject.Should().EndWith(")", "one exchange's count stays with its article");
    }

    [Theory]
    [InlineData("Kessia holds about 50,000 troops in reserve near the border, the ministry said.")]
    [InlineData("About 10,000 displaced people remain in camps near Dovra, the agency said.")]
    public void PeopleHeldOrRemainingAreNotAlwaysCaptives(string sentence)
        => ReportExtractor.Default.Extract(sentence, November1)[0].SuggestQuantity().Metric.Should().NotBe(Metric.Of("captured"));
}
