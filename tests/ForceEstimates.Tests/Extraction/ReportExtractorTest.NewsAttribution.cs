using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said it, in forms of war reporting found by a fresh check on real news excerpts (kept outside the repository):
/// each test reads sentences written for the project in the same construction, not the excerpts themselves.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("The shelling claimed 140 lives last week, the regional governor said.", "regional governor")]
    [InlineData("The ministry said the offensive, which has claimed over 9,000 lives, was slowing.", "ministry")]
    public void ClaimingLivesCountsTheDeadAndNamesNoSpeaker(string text, string origin)
    {
        var figure = ReportExtractor.Default.Extract(text, Published).Single();
        figure.Attribution.Origin!.Name.Should().Be(origin, "\"claimed N lives\" is a toll, not a claim by what comes before it");
        figure.Kind.Should().Be(FigureKind.Casualties);
    }

    [Fact]
    public void ALatestEstimateIsANounNotASpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "A border guard commander spoke to reporters on Monday. The commander said their latest estimate was \"about 600 casualties\".", Published);
        figures.Single().Attribution.Origin!.Name.Should().NotBe("latest").And.Contain("commander");
    }

    [Fact]
    public void AQuotedSourceIsTheOriginOfWhatAPaperReportsQuotingIt()
    {
        var figure = ReportExtractor.Default.Extract(
            "\"At least 75 people have been killed since dawn,\" a local newspaper reported, quoting the civil defence agency as saying.", Published).Single();
        figure.Attribution.Origin!.Name.Should().Be("civil defence agency");
        figure.Attribution.Chain.Select(s => s.Name).Should().Contain("local newspaper");
    }

    [Fact]
    public void StatesAsANounIsNoReportingVerb()
        => ReportExtractor.Default.Extract("The camp lies 80 km north of Kachin and Shan states in the hills.", Published)
            .Single().Attribution.IsEmpty.Should().BeTrue("\"Kachin and Shan states\" are provinces, not a speaker");

    [Fact]
    public void TheySayAndFiguresReleasedBySomeoneNameTheSource()
    {
        var figures = ReportExtractor.Default.Extract(
            "The rebels report that over 60 fighters have died this month. The campaign has killed at least 210 people, according to casualty figures released by the rebels.",
            Published);
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "rebels");
    }

    [Fact]
    public void AClauseThatReportsTheCasualtiesAfterwardsNamesNoCasualtiesAsSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "At least 14 soldiers were killed in two attacks in the north. Army sources, who asked not to be named, reported the casualties on Sunday.", Published);
        figures.Single().Attribution.Chain.Should().NotContain(s => s.Name == "casualties");
    }

    [Fact]
    public void ATitleWithOfBeforeANameIsTheNamesDescription()
    {
        var origin = ReportExtractor.Default.Extract(
            "The army holds 640 square kilometres, according to Chief of the General Staff of the Army Petro Kovalenko.", Published).Single().Attribution.Origin!;
        origin.Name.Should().Be("Petro Kovalenko");
        origin.Description.Should().Be("Chief of the General Staff of the Army");
    }

    [Fact]
    public void AnOfficeWithOfIsNotSplitIntoAName()
        => ReportExtractor.Default.Extract("According to the Office of the UN High Commissioner, 300 civilians died.", Published)
            .Single().Attribution.Origin!.Name.Should().Be("Office of the UN High Commissioner");

    [Fact]
    public void ADistanceThatPlacesATownIsNoOnesClaim()
    {
        var figures = ReportExtractor.Default.Extract(
            "The army said it had lost 120 soldiers in the battle for the town.\nThe town lies about 25 kilometres from the border.", Published);
        figures[0].Attribution.Origin!.Name.Should().Be("army");
        figures[1].Attribution.IsEmpty.Should().BeTrue("a distance that locates a town is the article's description");
    }
}
