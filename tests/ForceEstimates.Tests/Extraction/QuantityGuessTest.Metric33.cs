using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// The metric of a toll's quantity (session 33): captives whose death their clause tells are of the killed, not the
/// captured, and are the subject of that toll ("killed of hostages"); a part word after a comma with a figure of its own is
/// the next figure's ("killed 80, injured 500"). Sentences written for the project: invented places, names and numbers.
/// </summary>
public class QuantityGuessMetric33Test
{
    private static readonly LocalDate Day = new(2025, 3, 8);

    private static Metric? PartOf(string sentence, string figure)
    {
        int start = sentence.IndexOf(figure, StringComparison.Ordinal);
        return QuantityGuess.CasualtyPart(sentence, start, start + figure.Length);
    }

    [Theory]
    [InlineData("Officials said 41 hostages were killed when troops stormed the school in Varo.", "41")]
    [InlineData("Forty-one hostages die as Varo school siege ends", "Forty-one")]
    [InlineData("41 hostages dead in Varo school raid", "41")]
    [InlineData("The ministry said on Sunday that 41 hostages died.", "41")]
    [InlineData("Doctors said nearly all of the 41 hostages who have perished so far had been poisoned.", "41")]
    [InlineData("The raid freed some 300 people, but at least 41 hostages lost their lives.", "41")]
    [InlineData("Wire services quoted the ministry as saying the number of dead hostages was 41.", "41")]
    public void CaptivesWhoseDeathTheirClauseTellsAreOfTheKilled(string sentence, string figure)
        => PartOf(sentence, figure).Should().Be(Metric.Of("killed"));

    [Theory]
    [InlineData("The gunmen took 41 hostages on Friday, killing two guards at the gate.", "41")]
    [InlineData("More than 41 hostages were released and most of the attackers killed.", "41")]
    [InlineData("Gunmen seized 41 hostages after they killed a guard in Varo.", "41")]
    [InlineData("Some 41 of the hostages remained in intensive care on Monday.", "41")]
    public void CaptivesWhoseClauseTellsNoDeathStayCaptured(string sentence, string figure)
        => PartOf(sentence, figure).Should().Be(Metric.Of("captured"));

    [Theory]
    [InlineData("Kessian special forces' raid killed more than 80, injured 500", "more than 80", "killed")]
    [InlineData("Kessian special forces' raid killed more than 80, injured 500", "500", "wounded")]
    [InlineData("Shelling of Varo: 80 killed, 500 injured", "80", "killed")]
    [InlineData("Shelling of Varo: 80 killed, 500 injured", "500", "wounded")]
    [InlineData("The blast in Varo killed 12, wounded dozens more, officials said.", "12", "killed")]
    public void APartWordWithItsOwnFigureAfterACommaIsTheNextClausesVerb(string sentence, string figure, string part)
        => PartOf(sentence, figure).Should().Be(Metric.Of(part));

    [Fact]
    public void TwoArticlesCountingHostagesWhoDiedMeetInOneQuantity()
    {
        var first = ReportExtractor.Default.Extract(
            "41 hostages dead in Varo school raid\nThe Kessian health ministry said on Sunday that 41 hostages died in Varo.", Day);
        var second = ReportExtractor.Default.Extract(
            "Varo siege ends\nAt least 41 hostages were killed in Varo when troops stormed the school, police said.", Day);
        var all = first.Concat(second).ToList();
        var quantities = ReportExtractor.ToReports(all).Select(r => r.Quantity).ToList();

        quantities.Should().HaveCount(3);
        quantities.Should().OnlyContain(q => q.Metric == Metric.Of("killed") && q.Subject == "hostages");
        quantities.Distinct().Should().ContainSingle();
    }

    [Theory]
    [InlineData("hostages dead", "killed", "hostages")]
    [InlineData("hostages", "killed", "hostages")]
    [InlineData("hostages", "captured", "people")]
    [InlineData("hostages dead", null, "people")]
    [InlineData("POWs", "killed", "people")]
    public void CaptivesWhoDiedAreTheSubjectOfTheirToll(string subject, string? part, string expected)
        => QuantityGuess.TollSubject(subject, part is null ? null : Metric.Of(part)).Should().Be(expected);
}
