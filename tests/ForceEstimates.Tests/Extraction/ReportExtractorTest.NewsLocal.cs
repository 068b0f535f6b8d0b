using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Forms of local outlets, wire headlines, casualty bulletins and rights groups' reports found by a third fresh check on
/// real news excerpts (kept outside the repository): each test reads sentences written for the project in the same
/// construction, not the excerpts.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void APlaceBeforeTheSpeakerIsNoNameForIt()
    {
        var figure = ReportExtractor.Default.Extract(
            "Gunmen who raided a police post in Dala, Kano State, lost more than 40 fighters, the army said on Monday.", Published).Single();
        figure.Attribution.Origin!.Name.Should().Be("army", "\"Kano State\" places the raid; \"the army\" is who said it");
    }

    [Fact]
    public void HalfADozenIsSixAndNoDozen()
    {
        // Six is below the figures the extractor keeps in words; no part of "half a dozen" is read on its own (it gave 12).
        ReportExtractor.Default.Extract("The army said half a dozen soldiers were captured.", Published).Should().BeEmpty();
        Estimate.Parse("half a dozen").Median.Should().Be(6);
        ReportExtractor.Default.Extract("Police said a dozen civilians were hurt.", Published).Single().Text.Should().Be("a dozen");
    }

    [Theory]
    [InlineData("The ministry said the death toll climbed from 310 to 342 overnight.", "310", "342")]
    [InlineData("Officials said losses rose sharply from 500 to 700 a day.", "500", "700")]
    [InlineData("The count of displaced people fell from 12,000 to 9,500, the agency said.", "12,000", "9,500")]
    public void FromNToMAfterAChangeVerbIsTwoValues(string text, string before, string after)
    {
        // The value before and the value after, not a range the value lies in.
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Select(f => f.Text).Should().Equal(before, after);
        figures.Should().OnlyContain(f => f.Estimate.Hedge == HedgeKind.Bare);
    }

    [Theory]
    [InlineData("Estimates ranged from 10,000 to 12,000 troops, officials said.", "10,000 to 12,000")]
    [InlineData("The army said anywhere from 800 to 1,000 fighters were there.", "800 to 1,000")]
    [InlineData("The army said it holds from 800 to 1,000 square kilometres.", "800 to 1,000 square kilometres")]
    public void FromNToMWithoutAChangeVerbIsStillARange(string text, string figure)
    {
        var found = ReportExtractor.Default.Extract(text, Published).Single();
        found.Text.Should().Be(figure);
        found.Estimate.Hedge.Should().Be(HedgeKind.Range);
    }

    [Theory]
    [InlineData("Scores of villagers were killed in the raid, the governor said.", "Scores")]
    [InlineData("The army said scores of fighters had surrendered.", "scores")]
    public void ScoresOfIsAVagueAmountAsInParse(string text, string figure)
    {
        var found = ReportExtractor.Default.Extract(text, Published).Single();
        found.Text.Should().Be(figure);
        found.Estimate.Hedge.Should().Be(HedgeKind.Vague);
        found.Estimate.Should().Be(Estimate.Parse(figure));
        ReportExtractor.Default.Extract("The striker scores twice a season, the club said.", Published).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Police officials on Monday, said that at least 26 bandits were killed in the forest.")]
    [InlineData("Police officials on Monday, claimed that at least 26 bandits were killed in the forest.")]
    public void ACommaAfterTheStatementsDayKeepsItsSpeaker(string text)
    {
        var figure = ReportExtractor.Default.Extract(text, Published).Single();
        figure.Attribution.Origin!.Name.Should().Be("Police officials");
    }

    [Fact]
    public void ACommaAfterAnAppositionsTimeIsNoStatementTime()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Northern Relief Network said 64 shelters were hit. The report, released earlier this week, claims 31 schools were damaged.", Published);
        figures[1].Attribution.Origin!.Name.Should().NotBe("released");
    }

    [Fact]
    public void TheNumberOfCasualtiesRecordedIsNoSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "The health ministry said 52 people were killed on Tuesday. It added that the number of casualties recorded over the past day comprised 7 dead in the north and 12 in the east.",
            Published);
        figures.Skip(1).Select(f => f.Attribution.Origin!.Name).Should().AllSatisfy(name => name.Should().Be("health ministry"));
    }

    [Fact]
    public void AnAgencyDetailingCasualtiesSpeaksForTheListAfterIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "The state news agency detailed the toll for each area: in the coastal districts, 14 people were killed and 31 were wounded; the Hama governorate reported 9 deaths; the valley saw 4 dead.",
            Published);
        figures.Select(f => f.Attribution.Origin?.Name).Should().AllSatisfy(name => name.Should().Be("state news agency"),
            "a governorate is a place, and a place reporting deaths is no source of its own");
    }

    [Fact]
    public void TellingAnAgencyMakesTheClausesSubjectTheSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "\"Nine guards were killed,\" the district governor told reporters. A border police chief at the crossing put the toll higher, telling Reuters that 17 guards had died.",
            Published);
        figures.Single().Attribution.Origin!.Name.Should().Contain("border police");
    }

    [Theory]
    [InlineData("Over 3,000 killed in the northern war so far \u2014 Kestrel Monitor", "Kestrel Monitor")]
    [InlineData("Rebels lose 120 fighters in past day - MoD", "MoD")]
    public void AHeadlineClosedByADashAndASourceIsThatSourcesFigure(string headline, string source)
    {
        var figure = ReportExtractor.Default.Extract(headline + "\n\nThe fighting continued on Friday.", Published).Single();
        figure.Attribution.Origin!.Name.Should().Be(source);
    }

    [Fact]
    public void AHeadlineClosedByReportsNamesNoOne()
    {
        var figure = ReportExtractor.Default.Extract("Army toll rises to 215 - Reports\n\nThe fighting continued on Friday.", Published).Single();
        figure.Attribution.IsEmpty.Should().BeTrue();
    }

    [Theory]
    [InlineData("Coalition aircraft killed 61 civilians in the valley last spring, said Frontline Rights Watch (FRW) in a 30-page report on Tuesday.")]
    [InlineData("Coalition aircraft killed 61 civilians in the valley last spring, said Frontline Rights Watch in a report on Tuesday.")]
    public void AnInvertedSpeakersNameEndsBeforeWhereItSpoke(string text)
    {
        var figure = ReportExtractor.Default.Extract(text, Published).Single();
        figure.Attribution.Origin!.Name.Should().StartWith("Frontline Rights Watch").And.NotContain(" in ");
    }

    [Fact]
    public void ADecadeAfterSinceMakesAParagraphBackground()
    {
        var figures = ReportExtractor.Default.Extract(
            "The regional defence ministry said on Sunday it had recorded another 35 deaths among its troops.\nClashes in the valley are at their heaviest since the 1980s, when some 12,000 people died.",
            Published);
        figures[1].Attribution.IsEmpty.Should().BeTrue("a paragraph about the 1980s is background, not the ministry's news");
    }

    [Fact]
    public void StatisticsFromAnOfficeNameTheOffice()
    {
        var figure = ReportExtractor.Default.Extract(
            "At least 8,400 people have died in the fighting, according to statistics from the city morgue.", Published).Single();
        figure.Attribution.Origin!.Name.Should().Be("city morgue");
    }

    [Theory]
    [InlineData("Soldiers of the 204 Battalion repelled the raid, and 35 attackers were killed, the army said.")]
    [InlineData("Troops of 3 Brigade of the 8 Division repelled the raid, and 35 attackers were killed, the army said.")]
    public void ANumberBeforeACapitalisedFormationNamesAUnit(string text)
        => ReportExtractor.Default.Extract(text, Published).Select(f => f.Text).Should().Equal("35");

    [Fact]
    public void ASmallNumberBetweenCommasAfterANameIsAnAge()
    {
        var figures = ReportExtractor.Default.Extract(
            "The army named two more fallen soldiers, Sergeant Avi Cohen, 21, and Corporal Dana Levin, 19, bringing its toll to 48.", Published);
        figures.Select(f => f.Text).Should().Equal("48");
    }

    [Fact]
    public void CorpsesAreCasualties()
        => ReportExtractor.Default.Extract("More than 900 corpses reached the city morgue in March, its director said.", Published)
            .Single().Kind.Should().Be(FigureKind.Casualties);

    [Fact]
    public void ATranscriptsTaggedSpeakerSaysItsParagraphs()
    {
        var figures = ReportExtractor.Default.Extract(
            "COL. MARSH:  Good morning, everyone.\nSince the leaflets fell, an estimated 12,000 people have left the valley. The militia lost 85 fighters.\nQ:  Can you confirm 300 were killed?\nCOL. MARSH:  I can confirm 240.",
            Published);
        figures.Select(f => f.Attribution.Origin?.Name).Should().Equal("COL. MARSH", "COL. MARSH", null, "COL. MARSH");
    }

    [Fact]
    public void ADatelineInCapitalsIsNoTranscriptTag()
    {
        var figures = ReportExtractor.Default.Extract("VALLETTA: The ministry said 40 people died.\nAnother 12 were hurt.", Published);
        figures.Select(f => f.Attribution.Origin?.Name).Should().Equal("ministry", "ministry");
    }

    [Fact]
    public void AnEventThatClaimedLivesIsNoSpeaker()
    {
        var figure = ReportExtractor.Default.Extract(
            "The governor has said he believes the fighting claimed at least 4,000 local dead by the spring.", Published).Single();
        figure.Attribution.Origin!.Name.Should().Be("governor");
    }

    [Fact]
    public void AnAdverbBetweenTheSpeakerAndItsVerbIsSkipped()
    {
        var figures = ReportExtractor.Default.Extract(
            "Local researchers cited 6,000 dead. The defence ministry has carefully counted its own dead - now more than 1,900 - but keeps them secret.", Published);
        figures[1].Attribution.Origin!.Name.Should().Be("defence ministry");
    }

    [Fact]
    public void NewsReportsAreANoun()
    {
        var figures = ReportExtractor.Default.Extract(
            "The monitor said 410 civilians were killed in May. The agency's count, assembled from its daily news reports, was lower, at 380.", Published);
        figures[1].Attribution.Origin?.Name.Should().NotContain("assembled");
    }

    [Fact]
    public void AListIntroducedAfterAReportContinuesIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Lowland Casualty Monitor released its figures for May on Monday.\nThe toll breaks down as follows:\nCivilians: 640\nGovernment soldiers: 410\nRebel fighters: 1,260",
            Published);
        figures.Select(f => f.Attribution.Origin?.Name).Should().Equal("Lowland Casualty Monitor", "Lowland Casualty Monitor", "Lowland Casualty Monitor");
    }

    [Fact]
    public void TollEstimatesAreANoun()
    {
        var figures = ReportExtractor.Default.Extract(
            "The ministry counts 2,100 dead. Independent toll estimates range from 5,000 to more than 9,000.", Published);
        figures.Skip(1).Select(f => f.Attribution.Origin?.Name).Should().AllSatisfy(name => name.Should().NotContain("toll"));
    }

    [Fact]
    public void InAndAMonthBetweenTheSpeakerAndItsVerbAreSkipped()
    {
        var figure = ReportExtractor.Default.Extract(
            "A study by the Harbour Institute in April found at least 3,400 people had died in the siege.", Published).Single();
        figure.Attribution.Origin!.Name.Should().Contain("Harbour Institute");
    }
}
