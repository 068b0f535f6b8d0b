using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>An earlier event the outlet tells in its own voice after a source's paragraph (session 33, from the held-out sets' errors).</summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("He compared the raid with one on the Tesk market last week, in which at least 90 people were killed.", "at least 90")]
    [InlineData("The Dovra camp was shelled last month as well, when at least 50 residents were killed.", "at least 50")]
    [InlineData("Last year, the governor pledged to withdraw all 2,000 reservists from the province.", "2,000")]
    [InlineData("Just three days prior, 19 people died in a drone strike on the main square.", "19")]
    [InlineData("Two weeks earlier, a strike on the same quarter killed 14 people.", "14")]
    [InlineData("A day earlier, 23 people were killed at the Varo bus station.", "23")]
    public void AnEarlierEventAfterASourcesParagraphIsTheOutletsVoice(string background, string figure)
    {
        // The paragraph before quotes the ministry; the sentence after it tells another, earlier event with no reporting
        // clause of its own, which took the ministry as its source.
        var figures = ReportExtractor.Default.Extract(
            "At least 70 people were killed in a strike on the Lurra camp, according to the Kessian Health Ministry.\n\n" + background, Published);
        figures.Single(f => f.Text == "At least 70").Attribution.Origin!.Name.Should().Contain("Health Ministry");
        figures.Single(f => f.Text == figure).Attribution.Origin.Should().BeNull();
    }

    [Theory]
    [InlineData("Over the last year, 300 more people were killed in the province.", "300")]
    [InlineData("The toll rose to 75 overnight, up from 70 last week.", "75")]
    [InlineData("Another 112 people were wounded in the attack.", "112")]
    public void APeriodUpToNowOrALaterTimeKeepsTheSourceBefore(string next, string figure)
    {
        // "the last year" is a period up to now, and "last week" after the figure dates another figure: the source before
        // may go on, as it does for a plain count with no time.
        var figures = ReportExtractor.Default.Extract(
            "At least 70 people were killed in a strike on the Lurra camp, according to the Kessian Health Ministry.\n\n" + next, Published);
        figures.Single(f => f.Text == figure).Attribution.Origin.Should().NotBeNull();
    }

    [Theory]
    [InlineData("Hundreds of people had taken shelter in the clinic when the blast came.", "Hundreds")]
    [InlineData("The gunmen opened fire on the promenade, targeting hundreds of bathers.", "hundreds")]
    [InlineData("Dozens more are feared buried under the rubble of the market.", "Dozens")]
    public void AVagueCountInALaterParagraphIsTheOutletsVoice(string description, string figure)
    {
        // A vague count with no reporting clause in a paragraph after the source's describes the scene in the outlet's voice;
        // the source may go on after it.
        var figures = ReportExtractor.Default.Extract(
            "At least 70 people were killed in a strike on the Lurra camp, according to the Kessian Health Ministry.\n\n" + description
            + "\n\nAnother 112 people were wounded.", Published);
        figures.Single(f => f.Text == figure).Attribution.Origin.Should().BeNull();
        figures.Single(f => f.Text == "112").Attribution.Origin!.Name.Should().Contain("Health Ministry");
    }

    [Fact]
    public void AVagueCountInTheSourcesOwnParagraphStillContinuesIt()
    {
        // In the source's own paragraph the count continues its report.
        var figures = ReportExtractor.Default.Extract(
            "At least 70 people were killed in a strike on the Lurra camp, according to the Kessian Health Ministry. Hundreds more were wounded.", Published);
        figures.Single(f => f.Text == "Hundreds").Attribution.Origin.Should().NotBeNull();
    }
}
