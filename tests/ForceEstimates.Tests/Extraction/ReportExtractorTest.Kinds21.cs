using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Kinds and rates the tenth real-news check read wrong or left unread (sentences written for the project in the same
/// constructions): weights and shares of goods, ships carrying them, oil output, captives freed, fighters arrested or
/// surrendered, people abducted and killed, put out of action, a group that attacks, a force's size and strength, an
/// interception rate, tallies of missions, people packed into camps, and a day's frame carried to "another N" and to the
/// sentence that breaks a total down.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Norland has shipped nearly 6 million tonnes of barley through the new sea lane since June, the minister said.", "nearly 6 million tonnes", FigureKind.Other)]
    [InlineData("Officials expect a harvest of 41 million tonnes this year.", "41 million tonnes", FigureKind.Other)]
    [InlineData("Four more freighters carrying 88,200 tons of maize left the southern ports on Tuesday.", "88,200 tons", FigureKind.Other)]
    [InlineData("The convoy brought 12 tons of artillery shells to the front.", "12 tons", FigureKind.Equipment)]
    [InlineData("Since the corridor opened, 214 ships have left the harbour with grain and sunflower oil, the port authority said.", "214", FigureKind.Other)]
    [InlineData("The Varda basin yields about half of the republic's oil, which pays for its army.", "about half", FigureKind.Other)]
    [InlineData("Rebels took the pumping hub, which handles roughly a third of its 240,000 barrels a day output.", "240,000", FigureKind.Other)]
    [InlineData("Rebels took the pumping hub, which handles roughly a third of its 240,000 barrels a day output.", "roughly a third", FigureKind.Other)]
    public void GoodsTradedOrGrownAndTheShipsCarryingThemAreOther(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("Some 750 prisoners, among them 90 women, were released from the provincial jail overnight.", "Some 750", FigureKind.Other)]
    [InlineData("Gunmen overran the prison on Monday, freeing hundreds of inmates and prisoners.", "hundreds", FigureKind.Other)]
    [InlineData("Another 310 guerrillas were arrested and 275 others surrendered in the same months, the agency reported.", "310", FigureKind.Casualties)]
    [InlineData("At least 420 rebels have died and 2,040 others have been arrested or surrendered since the offensive began.", "2,040", FigureKind.Casualties)]
    [InlineData("\"So far we have incapacitated 2,310 of the roughly 6,000 Korval fighters,\" the minister said.", "2,310", FigureKind.Casualties)]
    [InlineData("Police said a further 40 farmhands had been abducted and later executed by the gang.", "40", FigureKind.Casualties)]
    [InlineData("The gang has abducted more than 700 farmhands from the valley since March.", "more than 700", FigureKind.Other)]
    public void CaptivesFreedAreOtherAndFightersOutOfActionAreCasualties(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("A police officer said as many as 1,500 armed Kessarites raided the market town before dawn.", "as many as 1,500", FigureKind.Personnel)]
    [InlineData("The trouble began when a band of 300 Kessarites suddenly attacked the depot while guards slept.", "300", FigureKind.Personnel)]
    [InlineData("The army has broken up about a quarter of the Kessarites' 7,000-strong militia, the governor said.", "7,000", FigureKind.Personnel)]
    [InlineData("The general said the militia's strength has been reduced to 40% since the spring offensive.", "40%", FigureKind.Personnel)]
    [InlineData("The rocket interception rate fell to 55% in May, the newspaper reported.", "55%", FigureKind.Equipment)]
    [InlineData("The interception rate for cruise drones held steady over the winter, slipping to 88%, analysts said.", "88%", FigureKind.Equipment)]
    [InlineData("The brigade's gunners carried out some 250 fire missions in the week, the colonel said.", "some 250", FigureKind.Events)]
    [InlineData("Camps in the south are full, and other thousands are packed into school halls.", "thousands", FigureKind.Other)]
    public void AGroupThatAttacksAForcesSizeInterceptionsMissionsAndCampsAreRead(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Fact]
    public void AnotherCountOfTheSameNounTakesTheDaysFrame()
    {
        var found = ReportExtractor.Default.Extract(
            "Defenders beat back 26 enemy assaults near Kolvo over the past day, and another 7 assaults near the river crossing.", Published);
        found.Single(f => f.Text == "7").Rate.Should().Be(Period.FromDays(1));
    }

    [Fact]
    public void ASentenceThatBreaksDownADaysTotalTakesItsFrame()
    {
        var found = ReportExtractor.Default.Extract(
            "Enemy losses in the sector over the past day came to 410 troops and 17 pieces of equipment. This includes 3 tanks, 6 armoured vehicles and 2 guns.\n"
            + "Since the spring the enemy has lost 48 tanks.", Published);
        found.Where(f => f.Text is "3" or "6" or "2").Should().HaveCount(3).And.OnlyContain(f => f.Rate == Period.FromDays(1));
        found.Single(f => f.Text == "48").Rate.Should().BeNull();
    }

    [Fact]
    public void ASentenceThatDoesNotBreakDownTheTotalKeepsNoFrame()
    {
        var found = ReportExtractor.Default.Extract(
            "Enemy losses in the sector over the past day came to 410 troops. The brigade holds 3 villages on the ridge.", Published);
        found.Single(f => f.Text == "3").Rate.Should().BeNull();
    }
    [Theory]
    [InlineData("The siege ended after a twelve-day battle for the river port, the governor said.", "twelve")]
    [InlineData("The rebels lost the ridge early in a three-year campaign, the commander said.", "three")]
    public void ANumberWordJoinedToAUnitOfTimeIsADuration(string sentence, string notAFigure)
        => ReportExtractor.Default.Extract(sentence, Published).Should().NotContain(f => f.Text == notAFigure);

    [Fact]
    public void OvercomingAMarkIsALowerBound()
        => ReportExtractor.Default.Extract("\"We are now overcoming the 7 million tonnes mark,\" the minister said.", Published)
            .Single().Estimate.Hedge.Should().Be(HedgeKind.Above);

    [Fact]
    public void AnNManPatrolIsAForcesSize()
    {
        var found = ReportExtractor.Default.Extract("A 40-man patrol of the border guard was ambushed near the ford.", Published);
        found.Should().ContainSingle(f => f.Text == "40").Which.Kind.Should().Be(FigureKind.Personnel);
    }

    [Theory]
    [InlineData("Eleven more guerrillas gave themselves up on Monday, bringing to 2,340 the number of rebels surrendering to the army this year.", "2,340", FigureKind.Casualties)]
    [InlineData("The agency said the number of IDPs in the region has doubled to over 900,000 since the spring.", "over 900,000", FigureKind.Other)]
    [InlineData("Enemy losses in personnel across the whole of the southern operational area over the past day amounted to 780 people, the general said.", "780", FigureKind.Casualties)]
    public void ATollOrACountOfDisplacedWhoseNounIsFarIsRead(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);
}
