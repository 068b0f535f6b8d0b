using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Origins the ninth real-news check read wrong, by construction (sentences written for the project): words before a verb
/// that is not reporting there.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("The talks followed the 2019 ambush near Tarsk, which claimed more than 50 civilian lives.")]
    [InlineData("The talks followed the 2019 ambush near Tarsk, which claimed 50 young lives.")]
    public void ClaimingLivesWithDescribingWordsIsAToll(string sentence)
        => ReportExtractor.Default.Extract(sentence, Published).Single().Attribution.Origin.Should().BeNull();
    [Theory]
    [InlineData("Toll claimed to be as high as 900 after dam bursts in the valley")]
    [InlineData("Casualty count said to be near 900 as rescuers dig through the night")]
    public void ATallyBeforeAPassiveOfReportingIsNoSpeaker(string sentence)
        => ReportExtractor.Default.Extract(sentence, Published).Single().Attribution.Origin.Should().BeNull();
    [Fact]
    public void AParticipleDescribingAPrepositionsObjectIsNoReportingClause()
    {
        var figures = ReportExtractor.Default.Extract(
            "Garrison strength stands at 6,000 to 7,000 soldiers, despite the partial pullout announced in March, diplomats said on Friday.",
            Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("diplomats");
    }
}
