using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Origins the eleventh real-news check read wrong, by construction (sentences written for the project): attribution
/// phrases ("as per", a dated document before its maker, an agent followed by the occasion it spoke at).
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("The flood damage in the lower valley, as per the river authority, now covers 46 farms and 1,200 hectares.", "river authority")]
    [InlineData("As per the harbour police, 19 boats sank in the storm and 7 crewmen are missing.", "harbour police")]
    [InlineData("The toll on the eastern road, as per official figures, has risen to 38 dead and 95 injured.", "official figures")]
    public void AsPerAttributesLikeAccordingTo(string text, string origin)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Should().HaveCountGreaterThan(1);
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == origin);
    }

    [Fact]
    public void PerAfterAnythingButAsAttributesNothing()
    {
        var figures = ReportExtractor.Default.Extract("The ferry carried 300 passengers per crossing and 12 cars per deck.", Published);
        figures.Should().NotBeEmpty().And.OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void AccordingToOfficialFiguresNamesTheOfficialCount()
    {
        var figures = ReportExtractor.Default.Extract("According to government statistics, the mudslide buried 64 houses.", Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("government statistics");
    }

    [Theory]
    [InlineData("The quake destroyed 410 homes and left 2,300 people without shelter, according to March 9 statistics by Housing Minister Petra Olund.")]
    [InlineData("The quake destroyed 410 homes and left 2,300 people without shelter, according to March 9, 2031 figures released by Housing Minister Petra Olund.")]
    public void ADateBeforeTheDocumentIsNotItsMaker(string text)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Should().HaveCount(2).And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("Petra Olund"));
    }

    [Fact]
    public void AnAgentsOccasionIsNotPartOfItsName()
    {
        var figures = ReportExtractor.Default.Extract(
            "The new shipyard can launch 40 patrol boats a year. This was stated by Navy Secretary Ilse Brandt at the Nordic maritime summit in Bergen.",
            Published);
        figures.Single().Attribution.Origin!.Name.Should().Contain("Ilse Brandt").And.NotContain("summit").And.NotContain("Bergen");
    }

    [Fact]
    public void AnAgentsWorkplaceAfterALowerCaseTitleStaysWithIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "The shelter now houses 85 families. This was stated by a spokesman at the city hall.",
            Published);
        figures.Single().Attribution.Origin!.Name.Should().Contain("city hall");
    }
}
