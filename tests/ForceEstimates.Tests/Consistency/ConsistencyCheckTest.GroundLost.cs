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

    [Fact]
    public void GroundLost_IsNotCheckedAgainstAnotherSidesGround()
    {
        // Kessian forces' loss is not a fall of the ground Ukrainian forces hold.
        Changes(
            HeldOn("feb", "about 1,430", Date(2, 29)),
            HeldOn("mar", "about 1,000", Date(3, 31)),
            LostOver("lost", "about 100", Date(3, 1), Date(3, 31), subject: "Kessian forces")).Should().BeEmpty();
    }

    [Fact]
    public void GroundLostAsItStands_IsNoPeriodsChange()
    {
        // "has lost 430 km² since the incursion" read as a level of the ground lost: the LostAgainstHeld rule's, not this one's.
        var lostLevel = Make("lost", "about 430", Statistic.Level, "Kursk Oblast", "Ukrainian forces", Metric.TerritoryLost, Unit.SquareKilometres, Date(3, 1), Date(3, 31), "General Staff");

        Changes(HeldOn("feb", "about 1,430", Date(2, 29)), HeldOn("mar", "about 1,000", Date(3, 31)), lostLevel).Should().BeEmpty();
    }
}
