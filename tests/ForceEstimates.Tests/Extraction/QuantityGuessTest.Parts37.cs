using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// What a quantity's metric and part are (session 37): survivors are their own metric, never the dead or those aboard; a
/// figure qualified by a stage of handling (identified, handed over, discharged), a grave condition or a narrower day is a
/// part of the toll, a quantity of its own. Sentences written for the project: invented towns, countries and numbers.
/// </summary>
public class QuantityGuessParts37Test
{
    private static readonly LocalDate Day = new(2031, 9, 21);

    [Theory]
    [InlineData("A cargo plane came down near Varo with 71 people on board, and officials in Tesk said 26 people had survived.")]
    [InlineData("A total of 26 occupants of the Dovra Air jet survived, some with burns, the minister said.")]
    [InlineData("Rescuers in Varo said 41 of those aboard survived.")]
    public void SurvivorsAreTheirOwnQuantity(string text)
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(text, Day));

        reports[^1].Quantity.Metric.Name.Should().Be("survivors");
    }

    [Fact]
    public void ATownThatSurvivedAWarDoesNotMakeItsDeadSurvivors()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "A fire tore through a hall in Varo, killing 64 people in a town that had survived years of siege.", Day));

        reports[0].Quantity.Metric.Name.Should().Be("killed");
    }

    [Theory]
    [InlineData("Officials said the toll stood at 212. Of these, 97 bodies have been identified, the governor said.", "people identified")]
    [InlineData("Officials said the toll stood at 212. The governor said 64 bodies were handed over to families by Monday.", "people handed over")]
    [InlineData("Officials said the toll stood at 212, and the governor said 77 bodies were yet to be identified.", "people unidentified")]
    public void BodiesPastAStageOfHandlingAreAPartOfTheToll(string text, string subject)
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(text, Day));

        reports[^1].Quantity.Metric.Name.Should().Be("killed");
        reports[^1].Quantity.Subject.Should().StartWith(subject);
    }

    [Fact]
    public void TheDischargedAreAPartOfTheWounded()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "The toll in Varo rose to 40 with 310 injured. So far, 185 injured people have been discharged from hospitals, the governor said.", Day));

        reports[^1].Quantity.Metric.Name.Should().Be("wounded");
        reports[^1].Quantity.Subject.Should().StartWith("people discharged");
    }

    [Fact]
    public void ThoseInCriticalConditionAreAPartOfTheWounded()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "At least 52 people were killed in Tesk on Friday. At least 23 people remain in critical condition, doctors said.", Day));

        reports[^1].Quantity.Metric.Name.Should().Be("wounded");
        reports[^1].Quantity.Subject.Should().StartWith("people in critical condition");
    }

    [Theory]
    [InlineData("The toll in Tesk rose to 52, and officials said 141 were hurt, several of them in a serious condition.")]
    [InlineData("Medics in Tesk have examined the bodies of 418 dead soldiers, including unidentified ones.")]
    public void AStageOrAConditionOfSomeOfThemIsNotTheFigures(string text)
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(text, Day));

        reports[^1].Quantity.Subject.Should().NotContain("critical").And.NotContain("unidentified");
    }

    [Fact]
    public void EachDaysPartOfATwoDayTollIsItsOwn()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "Militiamen killed at least 47 people in Dolsk on Monday and 38 on Tuesday, a monitor said, putting the toll at 85.", Day));

        reports[0].Quantity.Subject.Should().Contain("Monday");
        reports[1].Quantity.Subject.Should().Contain("Tuesday");
        reports[0].Quantity.Key.Should().NotBe(reports[2].Quantity.Key);
        reports[1].Quantity.Key.Should().NotBe(reports[2].Quantity.Key);
    }

    [Fact]
    public void AOneDayTollIsNoPart()
    {
        var reports = ReportExtractor.ToReports(ReportExtractor.Default.Extract(
            "Militiamen killed at least 47 people in Dolsk on Monday, a monitor said.", Day));

        reports[0].Quantity.Subject.Should().Be("people");
    }
}
