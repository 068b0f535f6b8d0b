using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Forms of military briefings and statements found by a sixth fresh check on real news excerpts (kept outside the
/// repository): each test reads sentences written for the project in the same construction, not the excerpts.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Brig.-Gen. Tomas Varga, Head of the Joint Press Centre (JPC), while addressing reporters in Marlow on Friday, stressed that the units had kept up the pressure.")]
    [InlineData("Colonel Ilse Marten, the spokeswoman of the Eastern Group, during a visit to the depot at Orsk, said that the units had kept up the pressure.")]
    [InlineData("Ilse Marten, chief of staff of the Eastern Group, in a televised address late on Sunday, insisted that the units had kept up the pressure.")]
    public void APronounAfterASpeakerWithAnAdverbialBeforeTheVerbIsThatPerson(string briefing)
    {
        var figures = ReportExtractor.Default.Extract(
            $"The Northern Command has said that its units cleared four hamlets.\n\n{briefing}\n\nAccording to him: \"Troops killed 41 fighters and seized 17 rifles.\" He added that 9 trucks were destroyed.",
            Published);
        figures.Select(f => f.Estimate.Stated.Values[0]).Should().Equal(41, 17, 9);
        figures.Should().OnlyContain(f => f.Attribution.Origin!.Name.EndsWith("Varga") || f.Attribution.Origin!.Name.EndsWith("Marten"),
            "the adverbial between the commas is not the subject: the person before it speaks, and \"him\" refers back to that person, not to the command");
    }

    [Fact]
    public void AnAdverbialBeforeTheVerbDoesNotHideAnAnonymousSubject()
    {
        var figure = ReportExtractor.Default.Extract(
            "Officials, speaking on condition of anonymity, said that 300 recruits had deserted.", Published).Single();
        figure.Attribution.Origin!.Name.Should().Be("Officials");
    }

    [Theory]
    [InlineData("Speaking on the raids at a press event in Dunmore, Major General Anton Weiss, revealed that 35 militants were killed.")]
    [InlineData("Reading out the weekly summary, Major General Anton Weiss, said that 35 militants were killed.")]
    [InlineData("During the handover ceremony in Dunmore, Major General Anton Weiss, announced that 35 militants were killed.")]
    public void ANameAfterAnOpeningAdverbialIsTheSpeaker(string text)
        => ReportExtractor.Default.Extract(text, Published).Single().Attribution.Origin!.Name.Should().Be("Major General Anton Weiss");

    [Theory]
    [InlineData("The Coast Guard Chief, Irena Solvik, said on Monday that 240 boats were stopped.", "Irena Solvik", "The Coast Guard Chief")]
    [InlineData("A bulletin by the Chief, Border Police Command, Col. Maren Ostby, said that patrols turned back 240 boats.", "Col. Maren Ostby", "Border Police Command")]
    public void AnOfficeBeforeAPersonsNameDescribesThePerson(string text, string name, string description)
    {
        var origin = ReportExtractor.Default.Extract(text, Published).Single().Attribution.Origin!;
        origin.Name.Should().Be(name);
        origin.Description.Should().Be(description);
    }

    [Fact]
    public void HeAfterAnOfficeAndANameIsThePerson()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Coast Guard Chief, Irena Solvik, said the patrols had grown. She said 240 boats were stopped in March.", Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("Irena Solvik");
    }

    [Fact]
    public void ANameBeforeADescriptionBetweenDashesIsTheSpeaker()
    {
        var origin = ReportExtractor.Default.Extract(
            "Radu Petrescu — a nurse at the district hospital in Velna, the town shelled overnight — told reporters that 19 people had died.", Published)
            .Single().Attribution.Origin!;
        origin.Name.Should().Be("Radu Petrescu");
        origin.Description.Should().StartWith("a nurse");
    }

    [Theory]
    [InlineData("The navy on Tuesday morning claimed that it had sunk 7 boats in the last two days.")]
    [InlineData("The navy on Saturday night said that it had sunk 7 boats in the last two days.")]
    [InlineData("The navy yesterday afternoon reported that it had sunk 7 boats in the last two days.")]
    public void APartOfADayAfterAWeekdayIsTheStatementsTimeNotItsSpeaker(string text)
        => ReportExtractor.Default.Extract(text, Published).Single().Attribution.Origin!.Name.Should().Be("navy");

    [Theory]
    [InlineData("As of March 3rd UNHCR had recorded 12,400 refugees in the camps.", "UNHCR")]
    [InlineData("By June 21st the Red Crescent had counted 12,400 refugees in the camps.", "Red Crescent")]
    public void AnOrdinalDayAfterAMonthIsNoPartOfTheName(string text, string name)
        => ReportExtractor.Default.Extract(text, Published).Single().Attribution.Origin!.Name.Should().Be(name);

    [Fact]
    public void AnOrdinalBeforeAUnitIsPartOfItsName()
    {
        var figure = ReportExtractor.Default.Extract("The 93rd Brigade said it had destroyed 12 tanks.", Published).Single();
        figure.Attribution.Origin!.Name.Should().Contain("93rd Brigade");
    }

    [Theory]
    [InlineData("Over 11 and 12 March, gunmen raided four farms near the river.")]
    [InlineData("Between 3 to 5 June the convoy stayed at the border post.")]
    [InlineData("The governor said on Friday, Oct, 14, that the road had reopened.")]
    public void DaysOfADateWrittenApartAreNoFigures(string text)
        => ReportExtractor.Default.Extract(text, Published).Should().BeEmpty();

    [Theory]
    [InlineData("In May, 21 soldiers were killed near the pass.", 21)]
    [InlineData("Militants killed 12 and wounded 40 people in March.", 12)]
    [InlineData("The unit lost 19 and 20 more were missing by September.", 19)]
    public void ACountBeforeAndOrAfterAMonthIsStillAFigure(string text, double value)
        => ReportExtractor.Default.Extract(text, Published).Select(f => f.Estimate.Stated.Values[0]).Should().Contain(value);
}
