using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 32 (boxes and articles written for the project, invented battles, sides and numbers): a battle
/// page's infobox as text (headings "Strength", "Casualties and losses", "Belligerents", cells between bars, keys such as
/// "- Strength1:") has row labels and headings that name no one ("Total: 28 ships", "Allies: 78,000 killed", "Strength:" over
/// its rows, a side's name before a colon); a label that names a count's maker ("Per Kessia:", "Western estimate:", "Official
/// Norland data:", "Valley report:") speaks for the figures after it in its row only; no row of a box carries another row's
/// source, and two equal rows are two figures; a tag in brackets after a figure ("1,200 killed (Kessian estimate)") speaks
/// for the figures before it, not after; a bracketed count beside a figure ("up to 700 (2,600 according to X)") is X's,
/// the figure before it not; the searchers who "found 10 more bodies" and the bodies "found in the rubble" are no source of
/// the toll.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void ABoxsRowLabelsAndHeadingsNameNoOne()
    {
        var figures = ReportExtractor.Default.Extract(
            "Battle of Harrow Sound\nDate | 3–6 May 1931 | Location | Harrow Sound | Belligerents | Kessia | Norland | Strength | 4 cruisers\n"
            + "~30 support ships\nTotal: 34 ships | 5 cruisers\n12 destroyers\nHeld in reserve:\n3 light cruisers\n71 other ships\n"
            + "Total: 91 ships | Casualties and losses | 2 cruisers sunk\n410 killed | 3 cruisers sunk\n2,288 killed |",
            Published);
        figures.Should().Contain(f => f.Text == "71").And.Contain(f => f.Text == "91").And.Contain(f => f.Text == "2,288");
        figures.Should().OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void AColumnsSideAndAStrengthHeadingNameNoOne()
    {
        var figures = ReportExtractor.Default.Extract(
            "Battle of Orvel\nResult:\nDecisive Kessian victory\nStrength:\nFirst Army (210,000)\nCasualties and losses\n"
            + "Allies: 61,000 killed or wounded; 84,000 POW; 290 guns captured, total 145,000\n"
            + "Central Powers: Official Norland data: 1,530 KIA; 6,204 WIA; total 7,734",
            Published);
        figures.Where(f => f.Text is "210,000" or "61,000" or "84,000" or "290" or "145,000").Should().HaveCount(5)
            .And.OnlyContain(f => f.Attribution.Origin == null);
        figures.Where(f => f.Text is "1,530" or "6,204" or "7,734").Should().HaveCount(3)
            .And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "Official Norland data");
    }

    [Fact]
    public void ALabelNamingACountsMakerSpeaksForTheFiguresAfterItInItsRow()
    {
        var figures = ReportExtractor.Default.Extract(
            "Battle of Lenn (1996)\nInfobox\n- Conflict: Battle of Lenn\n- Strength1: 12,000 or 30,000–45,000\n"
            + "- Strength2: 900+ (2,100 according to one estimate) , Per Kessian Military:, 9,000 fighters\n"
            + "- Casualties1: Western estimate: 4,000+ soldiers killed , Per Kessia:, 1,612 soldiers killed, 3,950 wounded, 71 captured (official figure)\n"
            + "- Casualties2: 5,000+ killed\n- Casualties3: >20,000 civilians killed (estimated)\n"
            + "The Battle of Lenn was the Kessian army's assault on the town of Lenn, which lasted from December to March.",
            Published);
        figures.Single(f => f.Text == "9,000").Attribution.Origin!.Name.Should().Be("Kessian Military");
        figures.Single(f => f.Text == "4,000+").Attribution.Origin!.Name.Should().Be("Western estimate");
        figures.Where(f => f.Text is "1,612" or "3,950" or "71").Should().HaveCount(3)
            .And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "Kessia");
        figures.Where(f => f.Text is "900+" or "5,000+" or "20,000").Should().HaveCount(3)
            .And.OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void ALabelInACellSpeaksForwardOnly()
    {
        var figures = ReportExtractor.Default.Extract(
            "Siege of Marrow | |||||\nStrength | |||||\n30,000[2]–50,000[3] |\n"
            + "up to 800[4] (4,000 according to one estimate)[5] Kessian claim: 11,000[3] | |||||\nCasualties and losses | |||||\n"
            + "Contemporary Western estimate: Over 4,000 soldiers killed[6] Per Kessia: 1,310 soldiers killed (including 290 missing) 3,800 wounded[7] | Unknown | |||||\n"
            + ">22,000 civilians killed (estimated)[8] |",
            Published);
        figures.Single(f => f.Text == "up to 800").Attribution.Origin.Should().BeNull();
        figures.Single(f => f.Text == "11,000").Attribution.Origin!.Name.Should().Be("Kessian claim");
        figures.Single(f => f.Text == "Over 4,000").Attribution.Origin!.Name.Should().Be("Contemporary Western estimate");
        figures.Where(f => f.Text is "1,310" or "290" or "3,800").Should().HaveCount(3)
            .And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "Kessia");
        figures.Single(f => f.Text == "22,000").Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void AListRowLabelledWithItsMakerIsTheirsAndTheNextRowIsNot()
    {
        var figures = ReportExtractor.Default.Extract(
            "Valley report: 431 killed and 520 wounded (~45% of troop strength)\nKessia: 188 killed, 203 wounded, and 6 missing (~40% of troop strength)",
            Published);
        figures.Where(f => f.Text is "431" or "520" or "~45%").Should().HaveCount(3)
            .And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "Valley report");
        figures.Where(f => f.Text is "188" or "203" or "~40%").Should().HaveCount(3).And.OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void ABracketedCountBesideAFigureIsNotTheFiguresSource()
    {
        var figures = ReportExtractor.Default.Extract(
            "Officially up to 700 (3,000 according to Western estimates) fighters held the town.", Published);
        figures.Single(f => f.Text == "up to 700").Attribution.Origin.Should().BeNull();
        figures.Single(f => f.Text == "3,000").Attribution.Origin!.Name.Should().StartWith("Western");
        ReportExtractor.Default.Extract("The strikes killed 40 people (including 12 children, according to the Valley Monitor).", Published)
            .Single(f => f.Text == "40").Attribution.Origin!.Name.Should().Be("Valley Monitor");
    }

    [Fact]
    public void ATagInBracketsSpeaksForTheFiguresBeforeItOnly()
    {
        var box = ReportExtractor.Default.Extract(
            "Battle of Vell\nStrength\n20,000\nCasualties and losses\n1,200 killed (Kessian estimate) 3,400 wounded 250 captured\n600 wounded",
            Published);
        box.Single(f => f.Text == "1,200").Attribution.Origin!.Name.Should().StartWith("Kessian");
        box.Where(f => f.Text is "3,400" or "250" or "600").Should().HaveCount(3).And.OnlyContain(f => f.Attribution.Origin == null);
        var prose = ReportExtractor.Default.Extract("The army lost 1,200 killed (Kessian estimate) and 3,400 wounded, the paper wrote.", Published);
        prose.Single(f => f.Text == "3,400").Attribution.Origin!.Name.Should().Be("paper");
        ReportExtractor.Default.Extract("Norland's losses were 6,900 killed and 471 captured (Kessian claim).", Published)
            .Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.StartsWith("Kessian"));
    }

    [Fact]
    public void EqualRowsOfABoxAreTwoFigures()
    {
        var figures = ReportExtractor.Default.Extract(
            "Battle of Vell\nBelligerents\nKessia Norland\nCasualties and losses\nSea\n3 ships sunk\n400 killed\nLand\n1,200 killed\nSea\n3 ships sunk",
            Published);
        figures.Where(f => f.Text == "3").Should().HaveCount(2).And.OnlyContain(f => f.Attribution.Origin == null && f.Mentions.Count == 1);
    }

    [Fact]
    public void SearchersWhoFindBodiesAreNoSourceOfTheToll()
    {
        ReportExtractor.Default.Extract(
                "Searchers found 12 more bodies on Tuesday in the ruins of the Harlow market, officials said, raising the death toll to at least 31.",
                Published)
            .Single(f => f.Text == "12").Attribution.Origin!.Name.Should().Be("officials");
        ReportExtractor.Default.Extract(
                "Rescuers found the bodies of 14 people under the rubble, the civil defence said.", Published)
            .Single().Attribution.Origin!.Name.Should().Contain("civil defence");
        var headline = ReportExtractor.Default.Extract(
            "Six More Bodies Found in Market rubble; at Least 22 Dead\nLENN (Wire) — Six more bodies have been found in the rubble of the market, a fire official said Wednesday, raising the death toll to 22 people.",
            Published);
        headline.Should().OnlyContain(f => f.Attribution.Origin == null || f.Attribution.Origin.Name.Contains("fire official"));
        ReportExtractor.Default.Extract("The survey found 40% of the town's homes were damaged.", Published)
            .Single().Attribution.Origin.Should().NotBeNull();
    }
}
