using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// One event's toll across articles (session 38): a toll kept to its article (no place in its sentence, none in its
/// headline or lead) is its event's toll at the one place its article names where the batch counts the same toll; not a
/// background toll of another scale than its article's own, nor when the article names two such places. Sentences written
/// for the project: invented places, names and numbers.
/// </summary>
public partial class ReportExtractorTest
{
    private static readonly LocalDate Day38a = new(2025, 3, 4);

    private const string BridgeWithThePlaceBelow =
        "Old bridge gives way during festival\nRescuers said 41 people had died by Monday evening.\n"
        + "Divers searched the water below the bridge at Belmar through the night, and relatives waited on the bank.";

    [Fact]
    public void ATollKeptToItsArticleTakesThePlaceItsArticleNamesWhereTheBatchCountsTheSameToll()
    {
        var kept = ReportExtractor.Default.Extract(BridgeWithThePlaceBelow, Day38a);
        var placed = ReportExtractor.Default.Extract("At least 38 people died when a bridge collapsed in Belmar on Sunday, officials said.", Day38a);
        var reports = ReportExtractor.ToReports(kept.Concat(placed));

        reports[0].Quantity.Place.Should().Be("Belmar");
        reports[0].Quantity.Key.Should().Be(reports[^1].Quantity.Key);
    }

    [Fact]
    public void ATollKeptToItsArticleStaysKeptWhenItsArticleDoesNotNameThePlace()
    {
        var kept = ReportExtractor.Default.Extract(BridgeWithThePlaceBelow.Replace("at Belmar", "at the river"), Day38a);
        var placed = ReportExtractor.Default.Extract("At least 38 people died when a bridge collapsed in Belmar on Sunday, officials said.", Day38a);
        var reports = ReportExtractor.ToReports(kept.Concat(placed));

        reports[0].Quantity.Place.Should().BeNull();
    }

    [Fact]
    public void ABackgroundTollOfAnotherScaleThanItsArticlesOwnStaysKept()
    {
        var article = ReportExtractor.Default.Extract(
            "A quake killed at least 15 people in Tesk province on Friday, officials said.\n"
            + "The region's deadliest quake, which struck the north, killed about 1,100 people.", Day38a);
        var later = ReportExtractor.Default.Extract("More than 1,000 people died in a quake in Tesk province, officials said on Saturday.", Day38a.PlusDays(1));
        var reports = ReportExtractor.ToReports(article.Concat(later));

        var background = reports[article.ToList().FindIndex(f => f.Text == "about 1,100")];
        background.Quantity.Place.Should().BeNull();
    }

    [Fact]
    public void ATollKeptToItsArticleStaysKeptWhenItsArticleNamesTwoPlacesCountingSuchAToll()
    {
        var kept = ReportExtractor.Default.Extract(
            "Storms hit two towns\nRescuers said 41 people had died by Monday evening.\nCrews worked in Varo and in Dolsk through the night.", Day38a);
        var varo = ReportExtractor.Default.Extract("At least 38 people died when storms hit Varo on Sunday, officials said.", Day38a);
        var dolsk = ReportExtractor.Default.Extract("At least 40 people died when storms hit Dolsk on Sunday, officials said.", Day38a);
        var reports = ReportExtractor.ToReports(kept.Concat(varo).Concat(dolsk));

        reports[0].Quantity.Place.Should().BeNull();
    }

    [Fact]
    public void ATollKeptToItsArticleTakesTheTownWrittenInsideItsArticlesOnePlace()
    {
        var article = ReportExtractor.Default.Extract(
            "Police detained 4 people over the hotel fire in Tesk.\n"
            + "\"The inquiry into the hotel fire in Dovra Tesk, which claimed the lives of 60 of our citizens, is under way,\" the minister said.\n"
            + "The toll in the hotel fire has risen to 60\nIt has been reported that 60 people lost their lives and 40 others were injured in the blaze.", Day38a);
        var placed = ReportExtractor.Default.Extract("At least 70 people died in a hotel fire in Tesk on Tuesday, officials said.", Day38a.PlusDays(1));
        var reports = ReportExtractor.ToReports(article.Concat(placed));

        var tesk = reports[^1].Quantity.Key;
        reports.Take(article.Count).Should().Contain(r => r.Quantity.Key == tesk);
    }
}
