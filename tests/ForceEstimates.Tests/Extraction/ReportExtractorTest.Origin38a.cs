using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 38 (origin38a; items written for the project, invented names and numbers): what can be a
/// source. A source is a person, body, outlet or document that states the figure. The dead and their toll are counted, they
/// count nothing; an opening adverb, a pronoun of anyone
/// ("One can estimate"), pictures that show a scene and a headline's clause of what happened are no speakers; an act denied
/// ("without citing its source") names no one. The makers of reports whose figures "ranged from" N to M state the range.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Dolsk Mine Toll Climbs to 23 as Another Body Found\nThe toll from the Dolsk mine flood rose to 23 on Sunday, while 41 miners are still missing.", "41")]
    [InlineData("Three new bodies found, lifting Marn toll to 57\nDivers recovered three more bodies from the river at Marn late on Tuesday.", "57")]
    public void TheDeadAreCountedTheyCountNothing(string text, string figure)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.First(f => f.Text == figure).Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void AnOpeningAdverbBeforeItsCommaIsNoSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "Rescuers searched the ruins of the Orsk market. Nonetheless, 36 people have been found alive so far, it said.", Published);
        (figures.Single(f => f.Text == "36").Attribution.Origin?.Name ?? "").Should().NotContain("Nonetheless");
    }

    [Fact]
    public void ADeniedCitationNamesNoOne()
    {
        var figures = ReportExtractor.Default.Extract(
            "The weekly Belmar Ledger reported in April, without citing its source, that Dovra had lost 23 patrol boats.", Published);
        figures.Single(f => f.Text == "23").Attribution.Origin!.Name.Should().Contain("Belmar Ledger");
    }

    [Fact]
    public void AnIndefiniteOneBeforeAModalIsNoSpeaker()
    {
        var figures = ReportExtractor.Default.Extract("One can estimate that about 7,000 people have died in Tesk.", Published);
        figures.Single(f => f.Text == "about 7,000").Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void PicturesShowAScene()
    {
        var figures = ReportExtractor.Default.Extract(
            "Amateur video footage showed villagers on the shore as the barge went down 16 km off Tarvo.", Published);
        figures.Single(f => f.Text == "16 km").Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void TheMakersOfReportsThatRangeStateTheRange()
    {
        var figures = ReportExtractor.Default.Extract(
            "Reports by local monitors and clinic officials ranged from 240 to 390 dead in the Varo hills.", Published);
        figures.Single(f => f.Text == "240 to 390").Attribution.Origin.Should().NotBeNull();
    }

    [Fact]
    public void AHeadlinesClauseOfWhatHappenedIsNoSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "Dovra Barge Capsizes: 6 Dead, 140 Missing\nAt least 6 people died when a barge overturned on the Dovra river.", Published);
        figures.Single(f => f.Text == "140").Attribution.Origin.Should().BeNull();
    }
}
