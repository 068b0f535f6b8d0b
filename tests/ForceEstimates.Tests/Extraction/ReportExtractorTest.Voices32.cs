using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>The war summed up in a later paragraph after a country's possessive (session 32, from the wire-copy dev set's errors).</summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Kessia's war has killed tens of thousands of people and driven 3 million from their homes.")]
    [InlineData("Kessia's civil war has killed tens of thousands of people and driven 3 million from their homes.")]
    [InlineData("Orlova’s long war has killed tens of thousands of people and driven 3 million from their homes.")]
    public void TheWarSummedUpAfterACountrysPossessiveIsTheOutletsVoice(string background)
    {
        // The paragraph before quotes a monitor; the outlet's summary of the war opened by "The ..." was its own voice, one
        // opened by the country's possessive took the monitor.
        var figures = ReportExtractor.Default.Extract(
            "Shelling killed more than 40 people in the port on Friday, a local monitor said.\n\n" + background, Published);
        figures.Single(f => f.Text == "more than 40").Attribution.Origin!.Name.Should().Contain("monitor");
        figures.Where(f => f.Text is "tens of thousands" or "3 million").Should().HaveCount(2).And.OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void ACountrysPossessiveBeforeItsArmyIsNoSummaryOfTheWar()
    {
        // No war noun: the source of the paragraph before may go on.
        var figures = ReportExtractor.Default.Extract(
            "Shelling killed more than 40 people in the port on Friday, a local monitor said.\n\nKessia's army lost 12 tanks in the fighting.", Published);
        figures.Single(f => f.Text == "12").Attribution.Origin.Should().NotBeNull();
    }
}
