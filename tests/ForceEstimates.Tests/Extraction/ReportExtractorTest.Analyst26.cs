using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who a definite description refers back to, found by reading a month of invented articles on one province as an analyst
/// would (sentences written for the project): "the monitor" is the monitoring group named before, not the ministry that
/// spoke last; a body's kind in its name ("ministry", "command") and the kind a description names must agree.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void TheMonitorIsTheGroupNamedBeforeNotTheMinistry()
    {
        var figures = ReportExtractor.Default.Extract(
            "The ministry said the figure was closer to 1,900 square kilometres. Government tank losses have reached 231 since March, the monitoring group Field Count said. "
            + "The monitor also counted 57 rebel armoured vehicles destroyed.",
            Published);
        figures.Single(f => f.Text.Contains("57")).Attribution.Origin!.Name.Should().Be("monitoring group Field Count");
    }

    [Fact]
    public void TheMonitorIsNoMinistry()
    {
        var figures = ReportExtractor.Default.Extract(
            "The defence ministry said the figure was closer to 1,900 square kilometres. The monitor counted 57 rebel armoured vehicles destroyed.",
            Published);
        figures.Single(f => f.Text.Contains("57")).Attribution.Origin!.Name.Should().NotContain("ministry");
    }

    [Theory]
    [InlineData("Western intelligence officials put the rebel army at about 16,000 fighters, citing desertions.", "Western intelligence officials")]
    [InlineData("The governor put the number of displaced at 4,200, citing the example of the river towns.", "governor")]
    [InlineData("The brigade lost about 300 men, the newspaper said, citing sources in the brigade.", "sources in the brigade")]
    [InlineData("About 4,200 people have fled, the paper reported, citing local authorities.", "local authorities")]
    public void WhatIsCitedIsASourceNotAReason(string text, string origin)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text.Contains(',') || f.Text.Contains("300")).Attribution.Origin!.Name.Should().Be(origin);
    }
}
