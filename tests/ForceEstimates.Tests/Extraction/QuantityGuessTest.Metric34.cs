using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// The metric of a toll's quantity (session 34): a bare "toll" before a figure names the dead ("put the toll at 62"),
/// unless a word before it names another toll ("the casualty toll", "a heavy toll") or "of"/"on" follows it; "slaughtered"
/// and "corpses" name the killed as "massacred" and "bodies" do. Sentences written for the project: invented places,
/// names and numbers.
/// </summary>
public class QuantityGuessMetric34Test
{
    private static Metric? PartOf(string sentence, string figure)
    {
        int start = sentence.IndexOf(figure, StringComparison.Ordinal);
        return QuantityGuess.CasualtyPart(sentence, start, start + figure.Length);
    }

    [Theory]
    [InlineData("A Dovra rights group put the toll at 62 by Tuesday evening.", "62")]
    [InlineData("Rescuers in Tesk pulled out 9 more people overnight, taking the overall toll to 71.", "71")]
    [InlineData("The Kessian interior ministry's latest toll stood at 340 on Friday.", "340")]
    [InlineData("Militiamen slaughtered 23 herders near Orsk, local officials said.", "23")]
    [InlineData("Some 23 herders were slaughtered in their camp outside Orsk.", "23")]
    [InlineData("Volunteers in Belmar say they have buried 118 corpses since the shelling began.", "118")]
    public void ABareTollAndWordsOfSlaughterNameTheKilled(string sentence, string figure)
        => PartOf(sentence, figure).Should().Be(Metric.Of("killed"));

    [Theory]
    [InlineData("Varo's health office said the casualty toll had climbed to 300.", "300")]
    [InlineData("The siege took a heavy toll in Varo, where 300 families lost their homes.", "300")]
    [InlineData("The toll on Kessia's economy reached 300 million dovras, the ministry said.", "300 million")]
    public void ATollOfAnotherKindOrOfAllCasualtiesNamesNoDead(string sentence, string figure)
        => PartOf(sentence, figure).Should().BeNull();

    [Fact]
    public void ATollOfTheWoundedKeepsItsOwnPart()
        => PartOf("Doctors in Tesk said the toll of injured had risen to 85.", "85").Should().Be(Metric.Of("wounded"));

    [Fact]
    public void AReportOfABareTollIsATollOfTheKilled()
    {
        var figures = ReportExtractor.Default.Extract(
            "Shelling in Dovra\nA Dovra rights group put the toll at 62 by Tuesday evening, its director told reporters.",
            new LocalDate(2025, 3, 8));
        var report = ReportExtractor.ToReports(figures).Single();

        report.Quantity.Metric.Should().Be(Metric.Of("killed"));
    }
}
