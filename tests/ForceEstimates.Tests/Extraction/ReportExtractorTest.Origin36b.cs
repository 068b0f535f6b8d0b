using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 36 (origin36b; items written for the project, invented names and numbers): sources given in
/// frames around a count. A count's maker after a participle and "by" ("the civilian toll claimed by Dovran officials is 412"),
/// the outlet a count stands on ("the latest tally in state newspapers"), a box's bracketed "(per X)", a body that "raised its
/// count of people killed at ... to N", a press event before "by" in a clause that points back ("This was stated at a
/// briefing ... by X"), a subject before a "where" clause, a doubled comma before the verb, and "conceded".
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("The uprising was a turning point of the Varo war. The civilian toll claimed by Dovran officials is 412 people, including 75 women.", "412", "Dovran officials")]
    [InlineData("The toll in Marn has risen. The figure climbed from 180 given earlier on Monday by the Tesk police.", "180", "Tesk police")]
    [InlineData("The count released by the Belmar Red Crescent stands at 230 dead.", "230", "Belmar Red Crescent")]
    public void AParticipleAndByNameTheMakerOfACount(string text, string figure, string source)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == figure).Attribution.Origin!.Name.Should().Be(source);
    }

    [Fact]
    public void TheCasualtiesOfAHarmerAreNoCountMade()
    {
        var figures = ReportExtractor.Default.Extract("The toll of 412 killed by Dovran gunmen rose again.", Published);
        figures.Single(f => f.Text == "412").Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void TheMakerOfACountNamedAfterAFigureRelaysNoFigureBeforeIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Dovran envoy Marta Belk said she had seen at least 45 bodies near the wells, doubting the first Tesk tally released by the agency.", Published);
        figures.Single(f => f.Text == "at least 45").Attribution.Chain.Select(s => s.Name).Should().NotContain(n => n.Contains("Tesk"));
    }

    [Fact]
    public void TheOutletACountStandsOnIsItsSource()
    {
        var figures = ReportExtractor.Default.Extract(
            "A Tesk envoy said the relief effort was slow. The latest tally in state newspapers was 1,412 dead and 987 missing.", Published);
        figures.Single(f => f.Text == "1,412").Attribution.Origin!.Name.Should().Be("state newspapers");
        figures.Single(f => f.Text == "987").Attribution.Origin!.Name.Should().Be("state newspapers");
    }

    [Fact]
    public void ABracketedPerNamesTheSourceOfABoxRow()
    {
        var figures = ReportExtractor.Default.Extract("Marn raid\nDeaths At least 41 people (per Dovra's Health Ministry)\nInjuries At least 60 (per the Red Crescent)", Published);
        figures.Single(f => f.Text == "At least 41").Attribution.Origin!.Name.Should().Contain("Health Ministry");
        figures.Single(f => f.Text == "At least 60").Attribution.Origin!.Name.Should().Contain("Red Crescent");
    }

    [Fact]
    public void ABodyThatRaisedALongCountOfKilledToAFigureGaveIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "Kessian police raised their count of fairgoers killed in Marn by rebels on the second day of May to at least 212, from 180.", Published);
        figures.Single(f => f.Text == "at least 212").Attribution.Origin!.Name.Should().Be("Kessian police");
    }

    [Fact]
    public void AnAnnouncementAtAPressEventByAnAgentPointsBack()
    {
        var figures = ReportExtractor.Default.Extract(
            "Over two hundred killed and dozens wounded in the raid on Marn. This was stated at a briefing for foreign reporters held in Orsk by the Press Office of the Governor of Dovra.",
            Published);
        figures.Single(f => f.Text == "Over two hundred").Attribution.Origin!.Name.Should().Contain("Press Office");
    }

    [Fact]
    public void ASubjectBeforeAWhereClauseSpeaks()
    {
        var figures = ReportExtractor.Default.Extract(
            "The toll in Marn has climbed to nearly 5,000, according to the relief command.\nCouncil officials in Dolsk County of Belmar Province, where a dam burst after the storm, said about 400 people died, including 62 pupils.",
            Published);
        figures.Single(f => f.Text == "about 400").Attribution.Origin!.Name.Should().Contain("Council officials");
        figures.Single(f => f.Text == "62").Attribution.Origin!.Name.Should().Contain("Council officials");
    }

    [Fact]
    public void ADoubledCommaBeforeTheVerbIsOneComma()
    {
        var figures = ReportExtractor.Default.Extract("The Varo army, led by General Orlo Tesk,, has reported 211 deaths and 540 injuries as of Friday.", Published);
        figures.Single(f => f.Text == "211").Attribution.Origin!.Name.Should().Be("Varo army");
    }

    [Fact]
    public void ASecondBodyThatConcededAFigureGaveIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "Some aid studies put the toll at more than 900, and a Senate inquiry conceded that perhaps 1,100 more islanders died that winter.", Published);
        figures.Single(f => f.Text == "perhaps 1,100").Attribution.Origin!.Name.Should().Contain("Senate inquiry");
    }
}
