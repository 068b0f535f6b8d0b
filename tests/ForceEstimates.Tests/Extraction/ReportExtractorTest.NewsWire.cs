using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Forms of wire copy, agency dispatches and situation updates found by a second fresh check on real news excerpts (kept
/// outside the repository): each test reads sentences written for the project in the same construction, not the excerpts.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("The army killed 45 fighters and wounded 60 others in the district during the past 24 hours, the ministry said.")]
    [InlineData("In the district, over the past 24 hours, 45 fighters were killed and 60 others wounded, the ministry said.")]
    [InlineData("The ministry said the rebels suffered heavy losses in just 24 hours, including 45 fighters and 60 vehicles.")]
    [InlineData("\"Over the past 24 hours, the rebels have lost 45 fighters and 60 vehicles,\" the ministry said.")]
    public void ATimeFrameOfOneDayMakesTheFiguresItCoversDailyRates(string text)
        => ReportExtractor.Default.Extract(text, Published).Select(f => f.Rate).Should().Equal(Period.FromDays(1), Period.FromDays(1));

    [Fact]
    public void ALeadingTimeFrameStopsAtARunningTotal()
    {
        var figures = ReportExtractor.Default.Extract(
            "Over the past 24 hours, 45 people were killed, bringing the total since October to 2,300, the ministry said.", Published);
        figures.Select(f => f.Rate).Should().Equal(Period.FromDays(1), null);
    }

    [Theory]
    [InlineData("The Centre for the Study of Borders (CSB), a Vienna-based think tank, said in its weekly review that rebels hold 1,240 square kilometres.")]
    [InlineData("The Centre for the Study of Borders, a Vienna-based research group, said that rebels hold 1,240 square kilometres.")]
    public void AnOrganisationNamedWithForTheBeforeItsDescriptionIsTheSpeaker(string text)
    {
        var figure = ReportExtractor.Default.Extract(text, Published).Single();
        figure.Attribution.Origin!.Name.Should().StartWith("Centre for the Study of Borders", "\"think tank\" is a noun and the name comes before its description");
    }

    [Fact]
    public void AStatementBySomeoneAfterAModifierNamesTheSource()
    {
        var figures = ReportExtractor.Default.Extract(
            "More than 9,000 people have crossed the border, according to the refugee agency. At least 310 children have died of hunger, according to a recent statement by the charity Children First.",
            Published);
        figures[1].Attribution.Origin!.Name.Should().Contain("Children First");
    }

    [Fact]
    public void AnOpeningAdverbIsNoSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "The General Staff said 1,050 soldiers were lost on Monday. Notably, the report also indicated that 40 tanks were destroyed.", Published);
        figures[1].Attribution.Origin!.Name.Should().NotBe("Notably");
    }

    [Theory]
    [InlineData("Health ministry spokesman Karim Nasser")]
    [InlineData("The ministry spokesperson Karim al-Nasser")]
    public void HeAfterATitledNameIsThatPerson(string speaker)
    {
        var figures = ReportExtractor.Default.Extract(
            $"The General Staff said on Monday that 1,200 soldiers were lost.\n\n{speaker} said in a statement that 35 people were killed on Sunday. The total rose to 2,150, he said. He added that 60 medics had been detained.",
            Published);
        figures.Skip(1).Should().OnlyContain(f => f.Attribution.Origin!.Name.Contains("Nasser"), "\"he\" is the spokesman just named, not the General Staff");
    }

    [Theory]
    [InlineData("The army announced the death of 14 soldiers after the raid on the base.")]
    [InlineData("The total number of losses of the rebel army since the start of the uprising is 52,300 fighters.")]
    [InlineData("The brigade said it destroyed 230 enemy invaders during the day.")]
    [InlineData("The ministry said the rebels had lost over 2,150 servicepeople near the town.")]
    [InlineData("In 2024, 212 infants were killed or shot in the capital, the agency said.")]
    public void SoldiersAndPeopleInAClauseOfDeathsAreCasualties(string text)
        => ReportExtractor.Default.Extract(text, Published).Single().Kind.Should().Be(FigureKind.Casualties);

    [Fact]
    public void PartsOfATollListedAfterIncludingAreCasualties()
    {
        var figures = ReportExtractor.Default.Extract(
            "The monitor said 84 soldiers and militiamen were killed in the clashes, including 41 soldiers, 23 guards and 20 volunteers from abroad.", Published);
        figures.Select(f => f.Kind).Should().Equal(FigureKind.Casualties, FigureKind.Casualties, FigureKind.Casualties, FigureKind.Casualties);
    }

    [Theory]
    [InlineData("The rebels said they destroyed 34 armoured personnel carriers in the offensive.", FigureKind.Equipment)]
    [InlineData("About 90 reinforcements arrived in the town by boat, residents said.", FigureKind.Personnel)]
    [InlineData("More than 14,000 people have crossed the border into the neighbouring country, the agency said.", FigureKind.Other)]
    public void NounsAndVerbsTheSharedListsLackGiveTheKind(string text, FigureKind kind)
        => ReportExtractor.Default.Extract(text, Published).Single().Kind.Should().Be(kind);

    [Fact]
    public void ADocumentAndItsMakerOpeningASentenceNameTheSource()
    {
        var figures = ReportExtractor.Default.Extract(
            "In a recent update from the Joint Command, it was reported that the rebels lost 320 fighters and 14 vehicles in just 24 hours. "
            + "Notably, the report also indicated that 41 trucks were destroyed.", Published);
        figures.Should().HaveCount(3).And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "Joint Command");
    }

    [Theory]
    [InlineData("A captain was among the 23 irregulars killed in the clashes, the rebels said.")]
    [InlineData("The group said 12 Wagnerites were killed in the raid on the depot.")]
    [InlineData("More than 250 of its members have been killed since the militia was set up, the ministry said.")]
    public void ANounTheListsDoNotKnowTakesTheVerbAfterIt(string text)
        => ReportExtractor.Default.Extract(text, Published).Single().Kind.Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("The agency quoted Ivan Petrov, a regional governor, as saying that 45 people were wounded.", "Ivan Petrov", "agency")]
    [InlineData("Northland Radio quoted a military source as saying 300 soldiers had been killed in the offensive.", "military source", "Northland Radio")]
    [InlineData("The monitor quoted a Northland Front statement as stating that 60 fighters died.", "Northland Front statement", "monitor")]
    public void WhoQuotesSomeoneAsSayingRelaysTheQuotedOne(string text, string origin, string relay)
    {
        var figure = ReportExtractor.Default.Extract(text, Published).Single();
        figure.Attribution.Origin!.Name.Should().Be(origin);
        figure.Attribution.Chain.Select(s => s.Name).Should().Equal(origin, relay);
    }

    [Fact]
    public void QuotedWithoutAsSayingIsNoRelay()
    {
        // "quoted" of prices or passages, with no "as saying" after it, is not a reporting clause of its own.
        var figure = ReportExtractor.Default.Extract("The ministry said the dealer quoted prices for 40 rifles.", Published).Single();
        figure.Attribution.Origin!.Name.Should().Be("ministry");
    }
}
