using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// The quantity groups of the labelled format (the optional eighth column "q:‹id›") and the scorer of suggested quantities
/// (<see cref="QuantityEvaluation"/>), on a small labelled file written for the project (invented places and numbers).
/// </summary>
public partial class ReportExtractorTest
{
    private const string GroupedSet = """
        # Invented for the test.
        @ 2024-03-01

        > About 4,000 Chadian soldiers are in the Lorin region, the ministry said.
        = About 4,000 | Approximate | 4000 | ministry | - | - | personnel | q:chad-lorin

        > Some 4,500 Chadian troops are in the Lorin region, officials said.
        = Some 4,500 | Approximate | 4500 | officials | - | - | personnel | q:chad-lorin

        > Around 5,000 soldiers are in the Lorin region, a spokesman said.
        = Around 5,000 | Approximate | 5000 | spokesman | - | - | personnel | q:chad-lorin

        > About 6,000 Chadian troops are in the Lorin region, the ministry said.
        = About 6,000 | Approximate | 6000 | ministry | - | - | personnel | q:chad-lorin-reserve

        > The shelling has killed 300 civilians in the Lorin region, the ministry said.
        = 300 civilians | Bare | 300 | ministry | - | - | casualties | q:lorin-killed

        > Medics said 320 civilians had been killed in the Lorin region.
        = 320 civilians | Bare | 320 | Medics | - | - | casualties | q:lorin-killed

        > Officials said 1,200 people had fled the Lorin region.
        = 1,200 | Bare | 1200 | Officials | - | - | other
        """;

    [Fact]
    public void AnEighthColumnGivesTheQuantityGroupAndSevenColumnsStillParse()
    {
        var blocks = LabelledSet.Parse(GroupedSet);
        blocks.Should().HaveCount(7);
        blocks[0].Expected.Single().Group.Should().Be("chad-lorin");
        blocks[5].Expected.Single().Group.Should().Be("lorin-killed");
        blocks[6].Expected.Single().Group.Should().BeNull();
    }

    [Theory]
    [InlineData("= 12 | Bare | 12 | - | - | - | personnel | chad")]
    [InlineData("= 12 | Bare | 12 | - | - | - | personnel | q:")]
    [InlineData("= 12 | Bare | 12 | - | - | - | personnel | q:a b")]
    public void AnEighthColumnThatIsNoGroupIsAnError(string label)
    {
        var parse = () => LabelledSet.Parse("> 12 soldiers.\n" + label + "\n");
        parse.Should().Throw<FormatException>();
    }

    [Fact]
    public void TheQuantityScorerCountsPairsOfOneGroupAndPairsOfOneQuantity()
    {
        // By hand: chad-lorin has three figures, the third without its nationality ("soldiers" is "troops"), so of its three
        // pairs one meets; lorin-killed's one pair meets; the reserve (another group) meets the first two: four pairs of one
        // quantity, two of them of one group; the three groups have 2, 1 and 1 quantities.
        var evaluation = QuantityEvaluation.Run(LabelledSet.Parse(GroupedSet), ReportExtractor.Default);

        evaluation.Labelled.Should().Be(6);
        evaluation.Figures.Should().Be(6);
        evaluation.Groups.Should().Be(3);
        evaluation.GroupPairs.Should().Be(4);
        evaluation.JoinedPairs.Should().Be(2);
        evaluation.QuantityPairs.Should().Be(4);
        evaluation.Recall.Should().Be(0.5);
        evaluation.Precision.Should().Be(0.5);
        evaluation.QuantitiesPerGroup.Should().BeApproximately(4.0 / 3, 1e-12);
        evaluation.SplitGroups.Should().Be(1);
        evaluation.Log.Should().Contain("SPLIT  q:chad-lorin").And.Contain("MERGED q:chad-lorin q:chad-lorin-reserve");
    }

    [Fact]
    public void TheQuantityScorerPoolsFilesWithoutPairingAcrossThem()
    {
        var evaluation = new QuantityEvaluation();
        evaluation.Add(LabelledSet.Parse(GroupedSet), ReportExtractor.Default);
        evaluation.Add(LabelledSet.Parse(GroupedSet), ReportExtractor.Default);

        evaluation.Groups.Should().Be(6, "a file's groups are its own");
        evaluation.GroupPairs.Should().Be(8);
        evaluation.QuantityPairs.Should().Be(8);
    }

    [Theory]
    [InlineData("Officials said 58 people were killed and 140 wounded in the Marsh district.", "58", "killed")]
    [InlineData("Officials said 58 people were killed and 140 wounded in the Marsh district.", "140", "wounded")]
    [InlineData("The death toll in the Varo district has reached 412, the health office said.", "412", "killed")]
    [InlineData("Some 310 children and 205 women are among the dead in the Varo district.", "310", "killed")]
    [InlineData("Some 310 children and 205 women are among the dead in the Varo district.", "205", "killed")]
    [InlineData("The clinic said 64 people were injured in the Varo district.", "64", "wounded")]
    [InlineData("About 3,000 soldiers have been killed or wounded in the Varo district, the ministry said.", "About 3,000", "losses")]
    [InlineData("The number of killed and wounded in the Varo district reached 900, the ministry said.", "900", "losses")]
    [InlineData("Officials said 20 soldiers were killed, wounded or missing in the Varo district.", "20", "losses")]
    [InlineData("Rebels captured 37 soldiers near the town of Tarsk on Monday.", "37", "captured")]
    [InlineData("The army reported 90 casualties in the Varo district.", "90", "losses")]
    public void ATollsPartIsItsQuantitysMetric(string sentence, string figure, string metric)
    {
        var figures = ReportExtractor.Default.Extract(sentence, Published);
        var reports = ReportExtractor.ToReports(figures);
        reports[figures.ToList().FindIndex(f => f.Text == figure || f.Text.EndsWith(" " + figure, System.StringComparison.Ordinal))].Quantity.Metric!.Name.Should().Be(metric);
    }

    [Fact]
    public void KilledAndWoundedOfOnePlaceAreTwoQuantitiesAndEachMeetsAcrossArticles()
    {
        var first = ReportExtractor.Default.Extract("Officials said 1,200 people were killed and 3,100 injured in the Varo district.", Published);
        var second = ReportExtractor.Default.Extract("Medics said 1,300 people had been killed in the Varo district.", Published.PlusDays(2));
        var reports = ReportExtractor.ToReports(first.Concat(second));

        reports[0].Quantity.Should().NotBe(reports[1].Quantity, "killed and wounded are different quantities");
        reports[2].Quantity.Should().Be(reports[0].Quantity);
        reports[2].Quantity.Subject.Should().Be("people");
    }

    [Fact]
    public void AQuantityThatNamesNothingButItsMetricStaysInItsArticle()
    {
        // "1,200 people were killed" with no place in two articles may be two wars; within one article it is its topic.
        var first = ReportExtractor.Default.Extract("Officials said 1,200 people were killed on Monday. By Friday, 1,450 people had been killed.", Published);
        var second = ReportExtractor.Default.Extract("Medics said 1,200 people were killed.", Published.PlusDays(3));
        var reports = ReportExtractor.ToReports(first.Concat(second));

        reports.Should().HaveCount(3);
        reports[1].Quantity.Should().Be(reports[0].Quantity);
        reports[2].Quantity.Should().NotBe(reports[0].Quantity);
        reports[0].Quantity.Subject.Should().StartWith("people (" + Published.ToString("uuuu-MM-dd", null) + "/");
        first[0].SuggestQuantity().Should().Be(reports[0].Quantity, "the article's own subject does not need the batch");
    }

    [Theory]
    [InlineData("Israeli", null)]
    [InlineData("Palestinian", null)]
    [InlineData("North Korean", null)]
    [InlineData("Israel", "Israel")]
    [InlineData("the Varo district", "Varo district")]
    public void ANationalityIsNoPlace(string written, string? place)
        => QuantityGuess.Place(written).Should().Be(place);

    [Fact]
    public void AStripAndAnAreaAreLevelsOfTheRegionTheyName()
    {
        QuantityGuess.HarmonizePlaces(["Varo", "Varo Strip"])["Varo"].Should().Be("Varo Strip");
        QuantityGuess.HarmonizePlaces(["Tarsk area", "Tarsk region", "Tarsk region"])["Tarsk area"].Should().Be("Tarsk region");
        QuantityGuess.HarmonizePlaces(["Varo City", "Varo"])["Varo City"].Should().Be("Varo City", "a city is not a level of the region");
    }

    [Theory]
    [InlineData("deaths", "people")]
    [InlineData("other people", "people")]
    [InlineData("citizens", "people")]
    [InlineData("others hostage", "people")]
    [InlineData("unspecified", "people")]
    [InlineData("children", "children")]
    [InlineData("elderly people", "elderly people")]
    [InlineData("Ostlandic troops", "Ostlandic troops")]
    public void ATollsSubjectDropsWordsThatRepeatItsPart(string subject, string expected)
        => QuantityGuess.TollSubject(subject).Should().Be(expected);

    [Theory]
    [InlineData("Ostlandic territory", "unspecified")]
    [InlineData("territory there", "unspecified")]
    [InlineData("rebel forces", "rebel forces")]
    public void AnAreasSubjectThatNamesTheLandIsNone(string subject, string expected)
        => QuantityGuess.TerritorySubject(subject).Should().Be(expected);

    [Fact]
    public void ANationalityWrittenAsANounCountsPersons()
        => QuantityGuess.CountUnit(FigureKind.Other, "Lebanese").Should().Be(Unit.Persons);
}
