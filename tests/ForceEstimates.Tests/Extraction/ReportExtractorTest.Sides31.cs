using System.Linq;
using FluentAssertions;
using ForceEstimates.Consistency;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Which side holds, takes or gives up an area (session 31): the subject of the area's clause ("Kessian forces captured about
/// 430 km²", "Kessia's army seized", "of which is controlled by Orlova"), written as the side's forces, with the land as the
/// place; ground taken is a change of the ground the taker holds, ground given up the loser's territory lost. An area whose
/// clause names no side takes the one side the batch names for the same metric and place. Sentences written for the
/// project: invented sides, places and numbers.
/// </summary>
public partial class ReportExtractorTest
{
    private static readonly LocalDate SidesDay = new(2025, 10, 1);

    private static Quantity SideOf(string text, string figure)
        => ReportExtractor.Default.Extract(text, SidesDay).Single(f => f.Text == figure).SuggestQuantity();

    [Fact]
    public void GroundTaken_IsAChangeOfTheGroundTheTakerHolds()
    {
        var gain = SideOf("Kessian forces captured about 260 square kilometres of Orlovan territory in September, the Varan Monitoring Group said. Orlova disputes the figure.", "about 260 square kilometres");

        gain.Metric.Should().Be(Metric.TerritoryHeld, "ground taken adds to the ground the taker holds");
        gain.Subject.Should().Be("Kessian forces");
        gain.Place.Should().Be("Orlova", "the land is the place");
        gain.Statistic.Should().Be(Statistic.Change);
    }

    [Theory]
    [InlineData("Kessia's army seized 449 square kilometres in May, the biggest monthly gain of the war.", "449 square kilometres")]
    [InlineData("The Kessian armed forces have now taken 1,246 square kilometres since the start of the year.", "1,246 square kilometres")]
    [InlineData("In total, Kessia now occupies around 113,560 square kilometres, the group said.", "around 113,560 square kilometres")]
    [InlineData("The Kessian military claims to control nearly 1,300 square kilometres in the region.", "nearly 1,300 square kilometres")]
    [InlineData("Around 90 square kilometres of the region is controlled by Kessia, the commander said.", "Around 90 square kilometres")]
    public void TheSide_IsReadFromItsNameItsArmyOrAPassive(string text, string figure)
        => SideOf(text, figure).Subject.Should().Be("Kessian forces");

    [Fact]
    public void APeople_StandsForItsForces_AndAConversionInBracketsIsTheSameChange()
    {
        const string text = "\"The Kessians managed to capture 259 square kilometres (100 square miles)\" in September, the monitoring group said.";

        var gain = SideOf(text, "259 square kilometres");
        var converted = SideOf(text, "100 square miles");

        gain.Subject.Should().Be("Kessian forces");
        (gain.Metric, gain.Statistic).Should().Be((Metric.TerritoryHeld, Statistic.Change));
        (converted.Subject, converted.Metric, converted.Statistic).Should().Be((gain.Subject, gain.Metric, gain.Statistic), "the same gain in other units");
    }

    [Fact]
    public void TakingControlOfAnArea_IsAGain()
    {
        var gain = SideOf("Kessian forces took control of almost 200 square kilometres of Orlovan land in July, an analysis showed.", "almost 200 square kilometres");

        (gain.Subject, gain.Metric, gain.Statistic).Should().Be(("Kessian forces", Metric.TerritoryHeld, Statistic.Change));
    }

    [Fact]
    public void ANationalityTheListKnows_IsWrittenAsTheListWritesIt()
        => SideOf("Moscow has taken 1,246 square kilometres of territory since January.", "1,246 square kilometres").Subject.Should().Be("Russian forces");

    [Fact]
    public void GroundGivenUp_IsTheLosersTerritoryLost()
    {
        var lost = SideOf("Orlova has lost about 430 square kilometres in August, the group said.", "about 430 square kilometres");

        lost.Metric.Should().Be(Metric.TerritoryLost);
        lost.Subject.Should().Be("Orlovan forces");
        lost.Statistic.Should().Be(Statistic.Change);
    }

    [Fact]
    public void AConversionInBrackets_AndAPronoun_TakeTheSideBeforeThem()
    {
        const string text = "Orlovan forces controlled about 1,376 square kilometres (531 square miles) of the Tarn region at their peak; now they hold approximately 800 square kilometres, an officer said.";

        SideOf(text, "531 square miles").Subject.Should().Be("Orlovan forces");
        SideOf(text, "approximately 800 square kilometres").Subject.Should().Be("Orlovan forces");
    }

    [Theory]
    [InlineData("We control about 90 square kilometres of the Tarn region, the commander said.", "about 90 square kilometres")]
    [InlineData("Rebel forces hold about 300 square kilometres in the north, the group said.", "about 300 square kilometres")]
    [InlineData("About 300 square kilometres were flooded after the dam burst, the governor said.", "About 300 square kilometres")]
    [InlineData("Farmers hold about 300 square kilometres of the valley, the survey said.", "about 300 square kilometres")]
    public void AClauseNamingNoSide_NamesNone(string text, string figure)
        => SideOf(text, figure).Subject.Should().NotEndWith("forces").And.NotBe("Farmers");

    [Fact]
    public void ANameThatOpensTheSentence_IsASideWhenTheArticleWritesItSoElsewhere()
        => SideOf("Lakeside Front fighters were seen near the dam. The talks stalled, says Lakeside Front. Lakeside Front holds about 300 square kilometres of the valley.", "about 300 square kilometres")
            .Subject.Should().Be("Lakeside Front");

    [Fact]
    public void AnAreaWithNoSide_TakesTheOneSideTheBatchNamesAtItsPlace()
    {
        var first = ReportExtractor.Default.Extract("Orlovan forces now control 1,294 square kilometres of the Tarn region, the commander said.", SidesDay);
        var second = ReportExtractor.Default.Extract("\"We control about 1,300 square kilometres of the Tarn region,\" the commander told reporters.", SidesDay);

        var reports = ReportExtractor.ToReports([.. first, .. second]);

        reports.Select(r => r.Quantity.Subject).Should().OnlyContain(s => s == "Orlovan forces");
        reports.Select(r => r.Quantity.Key).Distinct().Should().ContainSingle("both are the ground Orlovan forces hold in the Tarn region");
    }

    [Fact]
    public void TwoSidesAtOnePlace_LendNoSide()
    {
        var reports = ReportExtractor.ToReports(
        [
            .. ReportExtractor.Default.Extract("Orlovan forces now control 1,294 square kilometres of the Tarn region, the commander said.", SidesDay),
            .. ReportExtractor.Default.Extract("Kessian forces hold 5,000 square kilometres of the Tarn region, the ministry said.", SidesDay),
            .. ReportExtractor.Default.Extract("\"We control about 1,300 square kilometres of the Tarn region,\" the commander told reporters.", SidesDay),
        ]);

        reports[2].Quantity.Subject.Should().NotEndWith("forces", "the batch names two sides there");
    }

    [Fact]
    public void AMonthsGainAndTheLevelsAroundIt_MeetInTheConsistencyCheck()
    {
        // An analyst's monthly reading of one monitor: the level at the end of July, August's gain, the level on 1 September.
        var july = ReportExtractor.Default.Extract("Kessian forces held about 112,900 square kilometres of Orlovan territory at the end of July, according to the Varan Monitoring Group.", new LocalDate(2025, 8, 1), "Lindmark Post");
        var august = ReportExtractor.Default.Extract("Kessian forces captured about 430 square kilometres of Orlovan territory in August, according to the Varan Monitoring Group. Kessian forces now hold about 113,300 square kilometres of Orlovan territory, the group said.", new LocalDate(2025, 9, 1), "Lindmark Post");

        var reports = ReportExtractor.ToReports([.. july, .. august]);
        var finding = ConsistencyCheck.Run(reports).Should().ContainSingle(f => f.Rule == ConsistencyRule.ChangeAgainstEnds).Subject;

        finding.Reports[0].Estimate.Stated.Value.Should().Be(430);
        finding.Reports.Skip(1).Select(r => r.Estimate.Stated.Value).Should().Equal(112_900, 113_300);
        finding.Verdict.Should().Be(Verdict.Consistent, "113,300 − 112,900 is 400, about 430");
    }

    [Theory]
    [InlineData("The toll rose to 30,'' said a resident.")]
    [InlineData("``We counted 30 bodies,'' said a resident, who asked not to be named.")]
    [InlineData("\"We counted 30 bodies,'' said a resident.")]
    public void AQuoteClosedByTwoApostrophes_NamesNoSourceAndThrowsNothing(string text)
    {
        // A held-out article's quote closed the typewriter way made a source named "''", which Source.Of rejects: the
        // whole extraction threw. A name needs a letter or digit.
        var figure = ReportExtractor.Default.Extract(text, SidesDay).Single(f => f.Estimate.Stated.Value == 30);

        var report = figure.ToReport(figure.SuggestQuantity());

        report.Provenance.Origin.Name.Should().MatchRegex("[A-Za-z0-9]");
    }

    [Theory]
    [InlineData("''")]
    [InlineData(" -- ")]
    public void ASourceLinkWithNoLetterOrDigit_IsRejected(string name)
        => FluentActions.Invoking(() => AttributedSource.Of(name)).Should().Throw<System.ArgumentException>()
            .WithParameterName(nameof(name)).WithMessage("*letter or digit*");
}

