using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 34 (items written for the project, invented towns, names and numbers): with no person among
/// the speakers, "he" or "she" stands for the person the sentence before names between commas rather than for a body ("the
/// panel"); a place's people written "a town with N residents" or "a population of N" are the outlet's background, not
/// the source's before them; "according to" information a body supplied ("received from X") names X; bodies found "by the roadside" were
/// found by no one; a sentence that tells how things once were ("once lived", "was once home to") is the outlet's.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void HeStandsForThePersonInAppositionNotForABody()
    {
        var figures = ReportExtractor.Default.Extract(
            "Nearly 9,400 civilians died in Dovra, rights panel says\n"
            + "KESSIA -- Rights workers in Kessia believe nearly 9,400 civilians died in six weeks of shelling of Dovra.\n"
            + "The totals were prepared for the country's rights ombudsman, Lev T. Marsk, who spoke on Monday before a committee of the assembly.\n"
            + "He said the toll, drawn from interviews with people who fled, could be 1,300 higher or lower.",
            Published);
        var spread = figures.Single(f => f.Text == "1,300");
        spread.Attribution.Origin.Should().NotBeNull();
        spread.Attribution.Origin!.Name.Should().Be("Lev T. Marsk");
    }

    [Fact]
    public void APlacesPeopleWithResidentsOrAPopulationAreTheOutletsBackground()
    {
        var residents = ReportExtractor.Default.Extract(
            "Orsk offensive enters its third day\n"
            + "The relief agency estimated that some 12,000 to 30,000 people remain in Orsk and the villages around it.\n"
            + "Beyond Orsk, a city with about 160,000 residents before the war, the rebels still hold two valleys in the north.",
            Published);
        residents.Single(f => f.Text == "some 12,000 to 30,000").Attribution.Origin!.Name.Should().Contain("relief agency");
        residents.Single(f => f.Text == "about 160,000").Attribution.Origin.Should().BeNull();

        var population = ReportExtractor.Default.Extract(
            "Six soldiers were killed near Tesk on Friday, the army said in a statement.\n"
            + "The army said 14 attackers were also killed. Tesk is a market town on the river, with a population of 41,250 at the last census.",
            Published);
        population.Single(f => f.Text == "14").Attribution.Origin!.Name.Should().Contain("army");
        population.Single(f => f.Text == "41,250").Attribution.Origin.Should().BeNull();

        var inhabited = ReportExtractor.Default.Extract(
            "The sector around Varo spans about 1,900 square km and 38 villages, according to the regional governor.\n"
            + "Varo is the last rebel stronghold in the south. The town and the villages near it are inhabited by some 90,000 people, "
            + "including 61,000 in Varo itself, and the old camp on its edge is home to 12,500 people.",
            Published);
        inhabited.Single(f => f.Text == "38").Attribution.Origin!.Name.Should().Contain("governor");
        inhabited.Where(f => f.Text is "some 90,000" or "61,000" or "12,500").Should().HaveCount(3).And.OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void HowThingsOnceWereIsTheOutletsBackground()
    {
        var figures = ReportExtractor.Default.Extract(
            "Hunger deaths in Orsk camp reach 63\n"
            + "Aid workers in the camp said 63 people had died of hunger since the blockade began, and that only 140 food boxes got in last month.\n"
            + "About 95,000 refugees once lived in the Orsk camp, a short drive from the capital.\n"
            + "Now, the workers said, some 21,000 remain.",
            Published);
        figures.Single(f => f.Text == "140").Attribution.Origin!.Name.Should().Contain("Aid workers");
        figures.Single(f => f.Text == "About 95,000").Attribution.Origin.Should().BeNull();
        figures.Single(f => f.Text == "some 21,000").Attribution.Origin!.Name.Should().Contain("workers");
    }

    [Fact]
    public void AnOpeningOnceIsReadEvenWhenALaterOnceOpensAClause()
    {
        // Review mend: the opening "Once" was read only when no lower-case "once " came later in the sentence.
        var figures = ReportExtractor.Default.Extract(
            "Hunger deaths in Orsk camp reach 63\n"
            + "Aid workers in the camp said 63 people had died of hunger since the blockade began.\n"
            + "Once crowded with 95,000 refugees, the camp will fill again once the siege ends.",
            Published);
        figures.Single(f => f.Text == "95,000").Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void InformationObtainedFromABroadcasterNamesIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "The area around Varo covers about 2,950 square km, with some 52 villages in it, according to information received from the state broadcaster Belmar One.",
            Published);
        figures.Where(f => f.Text is "about 2,950 square km" or "some 52").Should().HaveCount(2)
            .And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("Belmar One"));
    }

    [Fact]
    public void BodiesFoundByTheRoadsideWereFoundByNoOne()
    {
        var figures = ReportExtractor.Default.Extract(
            "Gunmen kill 19 travellers near Orsk\n"
            + "The bodies of 19 travellers were found by the roadside near a Tesk checkpoint on Sunday.\n"
            + "Another 23 bodies were found by the river police near the dam, the governor said.",
            Published);
        figures.Where(f => f.Text == "19").Should().OnlyContain(f => f.Attribution.Origin == null || !f.Attribution.Origin.Name.Contains("roadside"));
        figures.Single(f => f.Text == "23").Attribution.Origin!.Name.Should().Contain("river police");
    }
}
