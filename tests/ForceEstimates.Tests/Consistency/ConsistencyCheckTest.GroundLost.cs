using System.Linq;
using FluentAssertions;
using ForceEstimates.Consistency;
using Xunit;
using static ForceEstimates.Tests.Consistency.ConsistencyReports;

namespace ForceEstimates.Tests.Consistency;

/// <summary>Ground lost over a period against the same side's ground held when it began and at its end.</summary>
public partial class ConsistencyCheckTest
{
    private static Report LostOver(string id, string figure, NodaTime.LocalDate start, NodaTime.LocalDate end, string origin = "General Staff", string subject = "Ukrainian forces")
        => Make(id, figure, Statistic.Change, "Kursk Oblast", subject, Metric.TerritoryLost, Unit.SquareKilometres, start, end, origin);

    [Theory]
    [InlineData("about 430 square kilometres", Verdict.Consistent)]
    [InlineData("about 100 square kilometres", Verdict.Violated)]
    public void GroundLostOverAMonth_IsTheLevelBeforeMinusTheLevelAtItsEnd(string lost, Verdict verdict)
    {
        // Held "about 1,430" at the end of February and "about 1,000" at the end of March: March's loss is about 430.
        var finding = Changes(
            HeldOn("feb", "about 1,430 square kilometres", Date(2, 29)),
            HeldOn("mar", "about 1,000 square kilometres", Date(3, 31)),
            LostOver("lost", lost, Date(3, 1), Date(3, 31))).Should().ContainSingle().Subject;

        finding.Reports.Select(r => r.Id).Should().Equal("lost", "feb", "mar");
        // Monte Carlo (seeded): the difference of the two readings has its median near 1,430 − 1,000.
        finding.Recomputed!.Median.Should().BeApproximately(430, 15);
        finding.Verdict.Should().Be(verdict);
        finding.Explanation.Should().Contain("the territory lost \"" + lost + "\" (lost) over 2024-03-01 – 2024-03-31")
            .And.Contain("General Staff's territory held \"about 1,430 square kilometres\" (feb) on 2024-02-29 minus \"about 1,000 square kilometres\" (mar) on 2024-03-31");
    }

    [Theory]
    [InlineData("about 430", Verdict.Consistent)]
    [InlineData("about 100", Verdict.Inconclusive)]
    public void GroundOneSideLost_IsTheOtherSidesRise_ComparedLoosely(string lost, Verdict verdict)
    {
        // Kessian forces' loss in March against Ukrainian forces' ground there rising from about 1,000 to about 1,430: a
        // disagreement is never a violation (the ground may have gone to a third side, or to no one).
        var finding = Changes(
            HeldOn("feb", "about 1,000", Date(2, 29)),
            HeldOn("mar", "about 1,430", Date(3, 31)),
            LostOver("lost", lost, Date(3, 1), Date(3, 31), subject: "Kessian forces")).Should().ContainSingle().Subject;

        finding.Recomputed!.Median.Should().BeApproximately(430, 15);
        finding.Verdict.Should().Be(verdict);
        finding.Explanation.Should().Contain("territory held by Ukrainian forces \"about 1,430\" km² (mar) on 2024-03-31 minus \"about 1,000\" km² (feb)");
    }

    [Fact]
    public void GroundLostAsItStands_IsNoPeriodsChange()
    {
        // "has lost 430 km² since the incursion" read as a level of the ground lost: the LostAgainstHeld rule's, not this one's.
        var lostLevel = Make("lost", "about 430", Statistic.Level, "Kursk Oblast", "Ukrainian forces", Metric.TerritoryLost, Unit.SquareKilometres, Date(3, 1), Date(3, 31), "General Staff");

        Changes(HeldOn("feb", "about 1,430", Date(2, 29)), HeldOn("mar", "about 1,000", Date(3, 31)), lostLevel).Should().BeEmpty();
    }

    private static Report RetakenBy(string id, string figure, NodaTime.LocalDate start, NodaTime.LocalDate end, string origin = "Kessian defence ministry")
        => Make(id, figure, Statistic.Change, "Kursk Oblast", "Kessian forces", Metric.TerritoryHeld, Unit.SquareKilometres, start, end, origin);

    [Fact]
    public void OneSidesGain_IsTheOtherSidesFall_ComparedLoosely()
    {
        // Ukrainian forces held about 1,376 at the start of October and about 800 at the end of November, by their own
        // count; Kessia says it retook about 550 meanwhile: about what Ukraine's own levels say it lost.
        Report[] Reports(string retaken) =>
        [
            HeldOn("oct", "about 1,376 square kilometres", Date(10, 1)),
            HeldOn("nov", "about 800 square kilometres", Date(11, 30)),
            RetakenBy("gain", retaken, Date(10, 1), Date(11, 30)),
        ];

        var agrees = Changes(Reports("about 550 square kilometres")).Should().ContainSingle().Subject;
        agrees.Reports.Select(r => r.Id).Should().Equal("gain", "oct", "nov");
        agrees.Recomputed!.Median.Should().BeApproximately(576, 25);
        agrees.Verdict.Should().Be(Verdict.Consistent);
        agrees.Explanation.Should().Contain("the ground Kessian forces took \"about 550 square kilometres\" (gain)")
            .And.Contain("General Staff's territory held by Ukrainian forces \"about 1,376 square kilometres\" (oct) on 2024-10-01 minus \"about 800 square kilometres\" (nov)")
            .And.Contain("another side's ground");

        var disagrees = Changes(Reports("about 2,000 square kilometres")).Should().ContainSingle().Subject;
        disagrees.Probability.Should().BeLessThan(0.05);
        disagrees.Verdict.Should().Be(Verdict.Inconclusive, "what one side takes the other need not have held");
        disagrees.Explanation.Should().Contain("not called a violation");
    }

    [Fact]
    public void AnotherSidesGround_NeedsAPlace()
    {
        // With no place, two sides' figures may be of two fronts.
        var held = new[] { HeldOn("oct", "about 1,376", Date(10, 1), place: null), HeldOn("nov", "about 800", Date(11, 30), place: null) };
        var gain = Make("gain", "about 550", Statistic.Change, null, "Kessian forces", Metric.TerritoryHeld, Unit.SquareKilometres, Date(10, 1), Date(11, 30), "Kessian defence ministry");

        Changes([.. held, gain]).Should().BeEmpty();
    }
}
