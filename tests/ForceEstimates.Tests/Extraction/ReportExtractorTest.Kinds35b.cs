using FluentAssertions;
using ForceEstimates;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Populations and crowds read as unclassified or as ground (session 35, second round; sentences written for the project).
/// A named place's possessive before a count of its residents or of a people ("Dovra's 1.4 million Kessians") counts the
/// place's people; a place's fact line ("Area: 9 km2", "Population (May 1, 2024): 412,300") gives its extent and people, no
/// ground held; a count in a sentence that names a march's organisers is the crowd's size, theirs or the police's.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("When the truce began, Dovra's 1.4 million Kessians saw a quiet night for the first time in weeks.", "1.4 million")]
    [InlineData("Belmar's 300,000 residents woke to sirens on Monday.", "300,000")]
    public void ANamedPlacesResidentsOrPeopleAreItsPopulation(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Other);

    [Fact]
    public void ANamedPlacesPeopleKilledAreStillTheDead()
        => KindOf("Belmar's 300 Kessians were killed in the shelling.", "300").Should().Be(FigureKind.Casualties);

    [Theory]
    [InlineData("9 km2")]
    [InlineData("3 sq mi")]
    [InlineData("412,300")]
    [InlineData("12,100")]
    [InlineData("400,200")]
    public void APlacesFactLineGivesItsExtentAndPeople(string figure)
        => KindOf("Tarvo camp is the largest camp in Orsk.\nArea: 9 km2 (3 sq mi). Population (May 1, 2024): 412,300, of whom 12,100 in the old camp and 400,200 in the new site.", figure)
            .Should().Be(FigureKind.Other);

    [Fact]
    public void AnAreaTakenIsStillGround()
        => KindOf("The Kessian army has taken 9 km2 around Orsk.", "9 km2").Should().Be(FigureKind.Territory);

    [Theory]
    [InlineData("Marches were held in Dolsk (organisers' estimate: 90,000 people; police estimate: 30,000) and in other towns.", "90,000")]
    [InlineData("Marches were held in Dolsk (organisers' estimate: 90,000 people; police estimate: 30,000) and in other towns.", "30,000")]
    [InlineData("The police put the march at 40,000, while the organizers said it was nearer 100,000.", "40,000")]
    public void CountsInASentenceNamingTheOrganisersAreTheCrowd(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Other);

    [Fact]
    public void AModelsPluralNamedBeforeWithItsClassCountsTheMachines()
        => KindOf("Kessia will send Dovra several dozen Varak fighting vehicles, officials said.\nThe new aid, worth $2 billion and about 50 Varaks, is the largest yet.", "about 50")
            .Should().Be(FigureKind.Equipment);

    [Fact]
    public void APeoplesPluralNamedBeforeNoMachineIsNoModel()
        => KindOf("The Varak clans live in the hills of Orsk.\nSome 500 Varaks fled to Dovra last week.", "Some 500").Should().NotBe(FigureKind.Equipment);

    [Theory]
    [InlineData("In the main square of Orsk, thousands gathered to watch the broadcast.", "thousands")]
    [InlineData("Hundreds marched through Tesk on Sunday.", "Hundreds")]
    public void ALonePluralBeforeAVerbOfACrowdAssemblingIsACrowd(string sentence, string figure)
        => KindOf(sentence, figure).Should().Be(FigureKind.Other);
}
