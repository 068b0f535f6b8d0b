using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Consistency;
using NodaTime;
using Xunit;
using static ForceEstimates.Tests.Consistency.ConsistencyReports;

namespace ForceEstimates.Tests.Consistency;

/// <summary>Territory lost against the peak and the level of the territory held, with no formula declared.</summary>
public partial class ConsistencyCheckTest
{
    private static readonly LocalDate Incursion = Date(8, 6);

    private static Report Lost(string id, string figure, Unit? unit = null, string? place = "Kursk Oblast", string subject = "Ukrainian forces", string origin = "General Staff", LocalDate? on = null)
        => Make(id, figure, subject: subject, place: place, metric: Metric.TerritoryLost, unit: unit ?? Unit.Percent, origin: origin, start: on, end: on);

    private static Report Held(string id, string figure, Statistic statistic, LocalDate start, LocalDate end, string? place = "Kursk Oblast", string subject = "Ukrainian forces", string origin = "General Staff")
        => Make(id, figure, statistic, place, subject, Metric.TerritoryHeld, Unit.SquareKilometres, start, end, origin);

    private static Report[] SeedShape(Report lost) =>
    [
        lost,
        Held("peak", "about 1,376 square kilometres", Statistic.Peak, Incursion, Day),
        Held("now", "approximately 800 square kilometres", Statistic.Level, Day, Day),
    ];

    [Fact]
    public void Lost_OverFortyPercentWithNoFormula_IsCheckedAsTheDeclaredFormulaIs()
    {
        // The seed sample declares 1 − now / peak; the same figures without the declaration give the same probability.
        var declared = ConsistencyCheck.Run(Samples.Kursk2024).Single(f => f.Rule == ConsistencyRule.DerivedFigure);

        var finding = ConsistencyCheck.Run(SeedShape(Lost("lost", "over 40 per cent"))).Single(f => f.Rule == ConsistencyRule.LostAgainstHeld);

        finding.Reports.Select(r => r.Id).Should().Equal("lost", "now", "peak");
        finding.Probability.Should().BeApproximately(declared.Probability, 1e-9);
        finding.Verdict.Should().Be(Verdict.Consistent);
        finding.Recomputed!.Median.Should().BeApproximately(100 * (1 - (800.0 / 1376)), 1e-9);
        finding.Explanation.Should().Contain("1 - now / peak").And.Contain("41.9 %").And.Contain("the peak").And.EndWith("consistent.")
            .And.NotContain("paired as one origin's");
    }

    [Fact]
    public void Lost_TheDeclaredFormulaIsNotCheckedTwice()
        => ConsistencyCheck.Run(Samples.Kursk2024).Select(f => f.Rule).Should().NotContain(ConsistencyRule.LostAgainstHeld);

    [Theory]
    [InlineData("about 580 square kilometres", Verdict.Consistent)]
    [InlineData("about 100 square kilometres", Verdict.Violated)]
    public void Lost_AnAreaIsCheckedAgainstPeakMinusNow(string figure, Verdict verdict)
    {
        var finding = ConsistencyCheck.Run(SeedShape(Lost("lost", figure, Unit.SquareKilometres))).Single(f => f.Rule == ConsistencyRule.LostAgainstHeld);

        // A difference of two log-normal readings has no closed form: Monte Carlo (seeded) gives its median near 1,376 − 800.
        finding.Recomputed!.Median.Should().BeApproximately(576, 10);
        finding.Verdict.Should().Be(verdict);
        finding.Explanation.Should().Contain("peak - now");
    }

    [Fact]
    public void Lost_AShareTheFiguresCannotGive_IsViolated()
    {
        var finding = ConsistencyCheck.Run(SeedShape(Lost("lost", "more than 70 per cent"))).Single(f => f.Rule == ConsistencyRule.LostAgainstHeld);

        finding.Probability.Should().BeLessThan(0.001, "800 of 1,376 held is about 42% lost, far from over 70%");
        finding.Verdict.Should().Be(Verdict.Violated);
    }

    [Fact]
    public void Lost_OneOriginsFiguresOfOneDay_ArePairedWhenOneNamesNoPlace_AndCanConfirmButNotCondemn()
    {
        // As extracted: "lost over 40%" names its place; "now we control approximately 800 km²" names none, nor a subject.
        Report[] Article(string share) =>
        [
            Lost("lost", share, subject: "territory"),
            Held("peak", "about 1,376 square kilometres", Statistic.Peak, Incursion, Day, place: null, subject: "unspecified"),
            Held("now", "approximately 800 square kilometres", Statistic.Level, Day, Day, place: null, subject: "unspecified"),
        ];

        var agrees = ConsistencyCheck.Run(Article("over 40 per cent")).Single(f => f.Rule == ConsistencyRule.LostAgainstHeld);
        agrees.Verdict.Should().Be(Verdict.Consistent);
        agrees.Explanation.Should().Contain("paired as one origin's figures of one day");

        var disagrees = ConsistencyCheck.Run(Article("more than 70 per cent")).Single(f => f.Rule == ConsistencyRule.LostAgainstHeld);
        disagrees.Probability.Should().BeLessThan(0.001);
        disagrees.Verdict.Should().Be(Verdict.Inconclusive, "a pairing by origin and day alone may join two territories");
        disagrees.Explanation.Should().Contain("not called a violation").And.EndWith("inconclusive.");
    }

    [Fact]
    public void Lost_IsNotPairedAcrossTerritoriesOriginsOrTimes()
    {
        static int Count(params Report[] reports) => ConsistencyCheck.Run(reports).Count(f => f.Rule == ConsistencyRule.LostAgainstHeld);
        var peak = Held("peak", "about 1,376", Statistic.Peak, Incursion, Day);
        var now = Held("now", "approximately 800", Statistic.Level, Day, Day);

        Count(Lost("lost", "over 40%"), peak, now).Should().Be(1);
        Count(Lost("lost", "over 40%", place: "Sumy Oblast"), peak, now).Should().Be(0, "another place");
        Count(Lost("lost", "over 40%", subject: "Russian forces"), peak, now).Should().Be(0, "another side's territory");
        Count(Lost("lost", "over 40%", place: null), peak, now).Should().Be(1, "no place, but one origin's figures of one day");
        Count(Lost("lost", "over 40%", place: null, origin: "Someone else"), peak, now).Should().Be(0, "no place, and another origin: nothing ties them");
        Count(Lost("lost", "over 40%", on: Day.PlusDays(30)), peak, now).Should().Be(0, "the level is a month before the share");
        Count(Lost("lost", "over 40%"), Held("peak", "about 1,376", Statistic.Peak, Day.PlusDays(1), Day.PlusDays(5)), now).Should().Be(0, "a peak after now");
        Count(Lost("lost", "over 40%"), peak).Should().Be(0, "no level");
        Count(Lost("lost", "over 40%"), now).Should().Be(0, "no peak");
    }
}
