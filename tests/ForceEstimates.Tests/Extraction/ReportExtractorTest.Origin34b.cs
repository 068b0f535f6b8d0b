using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 34, second round (items written for the project, invented towns, names and numbers): a
/// "Source:" credit line that closes an item with no other voice below its title signs every figure of the item, not
/// only those of the paragraph right before it; an item that has its own speaker keeps it. A free relative closed by a comma
/// ("with what officials said were cruise missiles,") does not speak for the figures of the main clause after it.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void AClosingCreditLineSignsAnItemWithNoOtherVoice()
    {
        var figures = ReportExtractor.Default.Extract(
            "Dovra: 14 killed in rocket strike on bus depot\n"
            + "On the night of March 1, two rockets struck the bus depot in Dovra.\n"
            + "14 people were killed on the spot. 27 others were taken to the regional hospital, among them 4 children.\n"
            + "Three of the wounded died overnight.\n"
            + "Dead: 14, wounded: 27.\n"
            + "Source: Governor of the Kessia Region, Anton Velik.",
            Published);
        figures.Where(f => f.Text is "14" or "4").Should().NotBeEmpty()
            .And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("Kessia Region"));
        figures.Single(f => f.Text == "4").Attribution.Origin!.Name.Should().Contain("Kessia Region");
    }

    [Fact]
    public void AClosingCreditLineLeavesAnItemWithItsOwnSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "Rockets hit Dovra bus depot\n"
            + "The city's mayor said 11 people were killed when two rockets hit the depot.\n"
            + "19 people were taken to the regional hospital.\n"
            + "Fire crews worked through the night.\n"
            + "Dead: 14, wounded: 27.\n"
            + "Source: Governor of the Kessia Region, Anton Velik.",
            Published);
        figures.Single(f => f.Text == "19").Attribution.Origin!.Name.Should().Contain("mayor");
        figures.Single(f => f.Text == "27").Attribution.Origin!.Name.Should().Contain("Kessia Region");
    }

    [Fact]
    public void WhatOfficialsSaidWereMissilesDoesNotSpeakForTheMainClause()
    {
        var figures = ReportExtractor.Default.Extract(
            "Rocket strike wrecks homes in Tesk\n"
            + "The strike, carried out with what local officials said were cruise missiles, also wrecked 23 apartment blocks and 70 private houses in Tesk, the regional governor, Ilan Vorsk, said.",
            Published);
        figures.Where(f => f.Text is "23" or "70").Should().HaveCount(2)
            .And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("Vorsk"));
    }
}
