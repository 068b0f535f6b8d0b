using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Forms of defence-ministry bulletins, missile and drone tallies, health-ministry tolls and older wars' wire copy found by a
/// fourth fresh check on real news excerpts (kept outside the repository): each test reads sentences written for the
/// project in the same construction, not the excerpts.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Lost in the fighting were 14 trucks, one Vega radar, and 32 armoured cars, said the Northland Defence Ministry in its bulletin.")]
    [InlineData("Seized in the raid were 12 rifles, two Kestrel launchers, and 40 mines, said the Northland Defence Ministry.")]
    public void AListItemBeforeAnInvertedSpeakerIsNoSpeaker(string text)
    {
        // "one Vega radar" between the list's commas counts what was destroyed; the speaker follows "said".
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Should().HaveCount(2);
        figures.Should().OnlyContain(f => f.Attribution.Origin!.Name == "Northland Defence Ministry");
    }

    [Fact]
    public void ALowerCaseTitleAfterANameWithOneCommaDescribesIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "About 1,400 marines were hurt in the port, Vice Admiral Ivan Petrov, head of the naval staff told Friday. "
            + "He estimated that the rebel bands had 12,000 men.", Published);
        figures.Should().HaveCount(2);
        figures.Should().OnlyContain(f => f.Attribution.Origin!.Name == "Vice Admiral Ivan Petrov");
        figures[0].Attribution.Origin!.Description.Should().Be("head of the naval staff");
        figures[0].Attribution.Chain.Should().ContainSingle("\"told Friday\" gives the day, not a recipient");
    }

    [Fact]
    public void AnHonorificWithItsPeriodInsideATitledNameKeepsThePerson()
    {
        var figure = ReportExtractor.Default.Extract(
            "Director of the Northland Office of Emergencies Dr. Anna Berg said 64 people were hurt on Sunday.", Published).Single();
        figure.Attribution.Origin!.Name.Should().Be("Anna Berg");
    }

    [Theory]
    [InlineData("This was reported in a briefing by the Northland Army Command.")]
    [InlineData("This was stated in its bulletin by the Northland Army Command.")]
    public void APassiveClauseWithWhereItWasSaidBeforeByPointsBack(string pointsBack)
    {
        var figures = ReportExtractor.Default.Extract(
            "Overnight the rebels fired 44 rockets at the port, and 39 were intercepted.\n" + pointsBack, Published);
        figures.Should().HaveCount(2);
        figures.Should().OnlyContain(f => f.Attribution.Origin!.Name == "Northland Army Command");
    }

    [Fact]
    public void APreviouslyReportedTollIsANounNotAClause()
    {
        var figures = ReportExtractor.Default.Extract(
            "\"Most of them were children,\" regional governor Omar Salem said, revising the previously reported figure of 80 wounded.",
            Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("regional governor Omar Salem");
    }

    [Fact]
    public void AHeadlineClosedByAColonAndASourceNamesIt()
    {
        var figure = ReportExtractor.Default.Extract(
            "Shelling of the valley kills 240 civilians: ministry\nThe health minister spoke on Tuesday about the shelling.", Published).Single();
        figure.Attribution.Origin!.Name.Should().Be("ministry");
        ReportExtractor.Default.Extract("Shelling of the valley kills 240 civilians: what we know\nThe shelling went on.", Published)
            .Single().Attribution.Origin.Should().BeNull("\"what we know\" names no one");
    }

    [Theory]
    [InlineData("Over the past decade, the fighting has cost 9,000 lives in the hills.")]
    [InlineData("In nine years of conflict, some 12,000 fighters have died.")]
    [InlineData("During the last two decades, about 50,000 homes were destroyed.")]
    // A running total since a past event, however the event is dated.
    [InlineData("Since 2022, about 600,000 soldiers have been killed or wounded.")]
    [InlineData("Since the invasion began in 2022, about 600,000 soldiers have been killed or wounded.")]
    public void AParagraphOpenedBySpanOfYearsIsBackground(string background)
    {
        var figures = ReportExtractor.Default.Extract(
            "Rebels killed 16 soldiers in the north, the Northland Defence Ministry said on Sunday.\n" + background, Published);
        figures.Should().HaveCount(2);
        figures[0].Attribution.Origin!.Name.Should().Be("Northland Defence Ministry");
        figures[1].Attribution.Origin.Should().BeNull("the war's history is not the ministry's report");
    }

    [Fact]
    public void AParagraphOpenedByThePastDayIsNoBackground()
    {
        var figures = ReportExtractor.Default.Extract(
            "Rebels killed 16 soldiers in the north, the Northland Defence Ministry said on Sunday.\n"
            + "Over the past day, 40 more soldiers were wounded in the south.", Published);
        figures.Should().OnlyContain(f => f.Attribution.Origin!.Name == "Northland Defence Ministry");
    }

    [Fact]
    public void AnOpeningAdverbBeforeTheSpeakerIsNoName()
    {
        var figures = ReportExtractor.Default.Extract(
            "About 900 homes burned, according to a county survey.\nInitially, the Red Crescent estimated that at least 350 homes had burned.",
            Published);
        figures[1].Attribution.Origin!.Name.Should().Be("Red Crescent");
    }

    [Theory]
    [InlineData("Patrols stopped 75 smuggling boats in May, according to a statement released by the Northland Coast Guard.")]
    [InlineData("Patrols stopped 75 smuggling boats in May, according to a statement issued by the Northland Coast Guard.")]
    [InlineData("Investigators from the Northland Coast Guard concluded that 75 smuggling boats were stopped in May.")]
    public void AStatementReleasedByAndConcludedThatNameTheMaker(string text)
    {
        var figure = ReportExtractor.Default.Extract(text, Published).Single();
        figure.Attribution.Origin!.Name.Should().EndWith("Northland Coast Guard");
    }

    [Fact]
    public void SmallArmsAndMotorcyclesAreEquipment()
    {
        var figures = ReportExtractor.Default.Extract(
            "Police said they recovered 12 machine guns, 85 rifles, 300 magazines and 14 motorcycles.", Published);
        figures.Select(f => f.Kind).Should().Equal(FigureKind.Equipment, FigureKind.Equipment, FigureKind.Equipment, FigureKind.Equipment);
    }

    [Fact]
    public void PeopleRightAfterADisplacementVerbAreNotTheKilled()
    {
        var figures = ReportExtractor.Default.Extract(
            "The agency said the fighting had killed 1,200 people and displaced some 300,000 residents.", Published);
        figures.Select(f => f.Kind).Should().Equal(FigureKind.Casualties, FigureKind.Other);
    }

    [Fact]
    public void KillingNWithoutANounCountsTheDead()
    {
        var figures = ReportExtractor.Default.Extract(
            "The militia answered with some 150 rockets on two villages, killing 37.", Published);
        figures.Select(f => f.Kind).Should().Equal(FigureKind.Equipment, FigureKind.Casualties);
    }

    [Fact]
    public void AMassacreOfPeopleCountsTheDead()
        => ReportExtractor.Default.Extract("Witnesses described the massacre of about 70 villagers at the market.", Published)
            .Single().Kind.Should().Be(FigureKind.Casualties);

    [Fact]
    public void ANumberAfterAPersonAndAroundOrAgedIsAnAge()
    {
        var figures = ReportExtractor.Default.Extract(
            "Paramedics took 18 people to hospital, among them a boy aged 12 and a man about 70, and 11 others were treated at the scene.", Published);
        figures.Select(f => f.Text).Should().Equal("18", "11");
        ReportExtractor.Default.Extract("Medics said around 60 people were rescued.", Published).Single().Text.Should().Be("around 60");
    }

    [Fact]
    public void APointerThatOpensItsParagraphNamesTheSourceOfTheSentencesAfterIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "The figures were published by the hill council. Raids destroyed 48 homes and damaged 130 more.", Published);
        figures.Should().HaveCount(2);
        figures.Should().OnlyContain(f => f.Attribution.Origin!.Name == "hill council");
    }

    [Fact]
    public void APointerAfterFiguresStillPointsBack()
    {
        var figures = ReportExtractor.Default.Extract(
            "Raids destroyed 48 homes. The figures were published by the hill council.", Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("hill council");
        ReportExtractor.Default.Extract("The army released 200 prisoners on Monday.", Published).Single().Attribution.Origin.Should().BeNull();
    }

    [Theory]
    [InlineData("The army said it destroyed 10 more Southland tanks on Monday.", FigureKind.Equipment)]
    [InlineData("The ministry said 2,000 more troops arrived in the region.", FigureKind.Personnel)]
    [InlineData("The ministry said more than 100 servicemen are considered missing.", FigureKind.Casualties)]
    [InlineData("Officials said 40 soldiers were hospitalised after the blast.", FigureKind.Casualties)]
    public void WhatIsCountedAfterMoreAndMissingOrHospitalisedPeople(string text, FigureKind kind)
        => ReportExtractor.Default.Extract(text, Published).Single().Kind.Should().Be(kind);

    [Fact]
    public void AVerbAfterNMoreIsNoSubject()
        => ReportExtractor.Default.Extract("Officials said hundreds more leave the city each day.", Published).Single().Subject.Should().BeNull();
}
