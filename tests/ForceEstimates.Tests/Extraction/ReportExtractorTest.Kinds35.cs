using System.Linq;
using FluentAssertions;
using ForceEstimates;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Forms a session-35 dev set of helicopter deliveries, hostage and prisoner releases, refugee camps, pilgrimages, crowds,
/// tourism and elections read wrong (sentences written for the project in the same constructions). A maker's initials and a
/// model number after a count ("12 Mi-24 helicopters") name the machines counted, not a length in miles. Prisoners freed or
/// traded in a deal whose hostages the sentence or headline before names are held people (other). Voters, candidates and
/// tourists are a public, people who took part in a festival a crowd (other) unless their clause harms them. People who
/// starved are dead; people "jailed" are other. "Annual" before a pilgrimage or a festival makes no count a rate. People
/// "driven from their homes" after a toll are displaced, not part of it; soldiers "among those returned" in a swap are freed
/// (other). An amount in CFA francs (and a few more currencies) is money, no figure.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("The Dovran air arm flies 12 Mi-24 helicopters and 28 Mi-8 transport helicopters.", "12")]
    [InlineData("The Dovran air arm flies 12 Mi-24 helicopters and 28 Mi-8 transport helicopters.", "28")]
    [InlineData("Kessia bought 50 Mi-35 attack helicopters from Tesk last year.", "50")]
    public void ACountBeforeAMakersInitialsAndAModelNumberCountsTheMachines(string sentence, string figure)
    {
        var found = ReportExtractor.Default.Extract(sentence, Published).Single(f => f.Text == figure);
        found.Unit.Should().BeNull();
        found.Kind.Should().Be(FigureKind.Equipment);
    }

    [Theory]
    [InlineData("Tesk delivered four Mi-171 helicopters to Dovra on Thursday.")]
    [InlineData("Dovra bought at least eight Mi-24D helicopters from Belmar years ago.")]
    public void AModelNameAfterASmallNumberWordIsNoDistance(string sentence)
        => ReportExtractor.Default.Extract(sentence, Published).Should().BeEmpty();

    [Fact]
    public void MilesWrittenShortAreStillMiles()
        => ReportExtractor.Default.Extract("The Kessian column advanced 12 mi toward Orsk.", Published).Single().Unit.Should().NotBeNull();

    [Theory]
    [InlineData("Dovra freed three hostages on Sunday. In return, Kessia will release 600 Tarvan prisoners, the mediators said.", "600")]
    [InlineData("Hostages handed over as the Varo truce holds\nDovra said all three would be handed back in exchange for 180 Kessian prisoners.", "180")]
    public void PrisonersFreedInADealWhoseHostagesWereNamedJustBeforeAreOther(string text, string figure)
        => KindOf(text, figure).Should().Be(FigureKind.Other);

    [Theory]
    [InlineData("Some 12,000 candidates are standing for the Dovran assembly.", "Some 12,000")]
    [InlineData("About 1.2 million tourists came to Belmar last year.", "About 1.2 million")]
    [InlineData("More than 2 million people participated in the Orsk festival.", "More than 2 million")]
    public void VotersCandidatesTouristsAndParticipantsAreOther(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Other);

    [Theory]
    [InlineData("The blast killed a total of 41 tourists in Tesk.", "41")]
    [InlineData("Gunmen shot dead 12 voters outside a polling station in Marn.", "12")]
    public void APublicKilledIsStillATollOfTheDead(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Casualties);

    [Fact]
    public void PeopleWhoStarvedAreDead()
        => KindOf("Marn became infamous when more than 70 people starved in its cellars, aid groups said.", "more than 70").Should().Be(FigureKind.Casualties);

    [Fact]
    public void PeopleJailedAreOther()
        => KindOf("After the handover, Kessia freed its Dovran prisoners — 18 women, some of them convicted of attacks on Kessian patrols, and 11 teenagers jailed for throwing stones.", "11")
            .Should().Be(FigureKind.Other);

    [Fact]
    public void AnAnnualPilgrimageMakesNoCountARate()
        => ReportExtractor.Default.Extract("During the annual Tesk pilgrimage, at least 450 people died in the heat.", Published)
            .Single(f => f.Text == "at least 450").Rate.Should().BeNull();

    [Fact]
    public void AnAnnualCountIsStillARate()
        => ReportExtractor.Default.Extract("Dovra's annual losses reached 4,000 soldiers, the ministry said.", Published)
            .Single(f => f.Text == "4,000").Rate.Should().NotBeNull();

    [Fact]
    public void PeopleDrivenFromTheirHomesAfterATollAreOther()
        => KindOf("The Tesk revolt claimed thousands of lives last year and has driven hundreds of thousands of people from their homes.", "hundreds of thousands")
            .Should().Be(FigureKind.Other);

    [Theory]
    [InlineData("40")]
    [InlineData("12")]
    [InlineData("9")]
    public void SoldiersAmongThoseReturnedAreOther(string figure)
        => KindOf("Kessia said 40 soldiers, 12 marines and 9 sailors were among those returned.", figure).Should().Be(FigureKind.Other);

    [Fact]
    public void AnAmountInCfaFrancsIsMoneyNoFigure()
        => ReportExtractor.Default.Extract("The Tesk helicopters were bought for 28 billion CFA last year.", Published).Should().BeEmpty();
}
