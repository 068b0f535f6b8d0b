using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// What is a figure and what it counts, in forms of war reporting found by a fresh check on real news excerpts (kept
/// outside the repository): each test reads sentences written for the project in the same construction, not the excerpts themselves.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("The death toll from the air strikes on the port rose to 2,310, the health office said.")]
    [InlineData("Fatalities from Sunday's rocket attacks reached 48, with 90 others hurt, the city council said.")]
    [InlineData("Death Toll From Drone Attacks Nears 500 - Officials")]
    public void ATollFromStrikesCountsCasualtiesNotStrikes(string text)
        => ReportExtractor.Default.Extract(text, Published)[0].Kind.Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("Troops of Battalion 412 and its Brigade 7 held the crossing, the army said.")]
    [InlineData("Units from its 205, 318 and 440 battalions were moved north, the army said.")]
    public void NumbersThatNameUnitsAreNotFigures(string text)
        => ReportExtractor.Default.Extract(text, Published).Should().BeEmpty("they name units, they count nothing");

    [Fact]
    public void NumbersThatCountUnitsAreStillFigures()
        => ReportExtractor.Default.Extract("The army sent 3 brigades and 14 battalions to the front, the ministry said.", Published)
            .Select(f => f.Estimate.Stated.Values[0]).Should().Equal(3, 14);

    [Fact]
    public void ControlOverAnAreaStatesNoLowerBound()
    {
        var figures = ReportExtractor.Default.Extract(
            "The brigade regained control over 6.5 square kilometres near the river, and over 40 soldiers were decorated, the commander said.", Published);
        figures[0].Estimate.Hedge.Should().Be(HedgeKind.Bare, "\"over\" after \"control\" is the noun's preposition");
        figures[0].Estimate.Stated.Text.Should().Be("6.5 square kilometres");
        figures[1].Estimate.Hedge.Should().Be(HedgeKind.Above, "\"over 40\" elsewhere is still a lower bound");
    }

    [Fact]
    public void AConversionInBracketsSharesItsFiguresRateAndNoOtherFigureTakesIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "The army took 310 square kilometres (120 square miles) in March, with an average of 10 square kilometres (3.9 square miles) taken each day, the analysts said.",
            Published);
        figures.Select(f => f.Rate).Should().Equal(null, null, Period.FromDays(1), Period.FromDays(1));
    }

    [Fact]
    public void PeopleDisplacedAfterATollAreNotCasualties()
    {
        var figures = ReportExtractor.Default.Extract("The fighting, which has killed 2,400 people and displaced 90,000, shows no sign of ending, aid groups said.", Published);
        figures.Select(f => f.Kind).Should().Equal(FigureKind.Casualties, FigureKind.Other);
    }

    [Fact]
    public void PeopleSeenFromADroneAreNotEquipment()
        => ReportExtractor.Default.Extract("The army released footage from a drone showing about 40 people gathered near a truck.", Published)
            .Single().Kind.Should().Be(FigureKind.Other);

    [Theory]
    [InlineData("Air defences destroyed 41 out of 47 drones overnight, the air force said.")]
    [InlineData("Air defences destroyed 41 of the 47 drones overnight, the air force said.")]
    public void APartCountsWhatItsWholeCounts(string text)
        => ReportExtractor.Default.Extract(text, Published).Select(f => f.Kind).Should().Equal(FigureKind.Equipment, FigureKind.Equipment);

    [Fact]
    public void TwoNationalitiesBeforeOneNounAreOneSubject()
    {
        var figure = ReportExtractor.Default.Extract("Officials said about 30,000 Ukrainian and Polish volunteers had registered.", Published).Single();
        figure.Subject.Should().Be("Ukrainian and Polish volunteers");
    }
}
