using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Forms of daily loss bulletins, relayed ministry tolls, open-source equipment counts and front-line reporting found by a
/// fifth fresh check on real news excerpts (kept outside the repository): each test reads sentences written for the
/// project in the same construction, not the excerpts.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("The Vardan army lost 85 soldiers over the day, the Northland General Command said.")]
    [InlineData("The Harbour Health Office said 61 people were killed in the last twenty-four hours.")]
    [InlineData("The Harbour Health Office said 61 people were killed during the past twenty-four hours.")]
    public void TheDayOfADailyBulletinMakesARate(string text)
        => ReportExtractor.Default.Extract(text, Published).Single().Rate.Should().Be(Period.FromDays(1));

    [Fact]
    public void LossesOverTheDayOpenARateForTheFiguresAfterThem()
    {
        var figures = ReportExtractor.Default.Extract(
            "\"Enemy losses over the day were 140 soldiers and 12 trucks,\" the Northland General Command said.", Published);
        figures.Select(f => f.Rate).Should().Equal(Period.FromDays(1), Period.FromDays(1));
    }

    [Theory]
    [InlineData("Rebels Lose 220 Fighters and 19 Trucks in Just One Day\nThe army said the fighting went on.")]
    [InlineData("Rebels Lose 220 Fighters and 19 Trucks in 1 Day\nThe army said the fighting went on.")]
    public void AHeadlinesDayInWordsOrDigitsMakesARate(string text)
        => ReportExtractor.Default.Extract(text, Published).Select(f => f.Rate).Should().Equal(Period.FromDays(1), Period.FromDays(1));

    [Fact]
    public void AParticipleAfterAPossessiveIsNoReportingClause()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Lakeside Brigade said it shelled the depot in reply to the militia's alleged raid, in which 14 farmers died.\n"
            + "It said 30 militiamen were killed.", Published);
        figures.Should().HaveCount(2);
        figures.Should().OnlyContain(f => f.Attribution.Origin!.Name == "Lakeside Brigade", "\"the militia's alleged raid\" is a raid, not what the militia alleged");
    }

    [Fact]
    public void ATitleAndAGerundAfterAColonNameNoSource()
    {
        var figures = ReportExtractor.Default.Extract(
            "Almost 3,100: Tallying the Valley's Dead\nAlmost 3,100 people have died in the valley since the war began.", Published);
        figures.Should().NotBeEmpty();
        figures.Should().OnlyContain(f => f.Attribution.Origin == null, "\"Tallying the Valley's Dead\" is a subtitle, not a source");
    }

    [Fact]
    public void AnOpeningAdverbNotInLyIsNoName()
    {
        var figure = ReportExtractor.Default.Extract(
            "Already, the Harbour Health Office has warned that the shelling killed 75 people in the port.", Published).Single();
        figure.Attribution.Origin!.Name.Should().Be("Harbour Health Office");
    }

    /// <summary>
    /// A pronoun as the object of its cue ("according to him", "according to them") refers back as "he" and "they" do: a
    /// sixth fresh check on real news found a briefing's figures all after "According to him:" with no source.
    /// </summary>
    [Theory]
    [InlineData("Major Anton Seret, the brigade's spokesman, said the push had stalled. According to him, 42 fighters were captured near the ford.", "Major Anton Seret")]
    [InlineData("Major Anton Seret, the brigade's spokesman, said the push had stalled. According to him: \"Troops captured 42 fighters near the ford.\"", "Major Anton Seret")]
    [InlineData("Lena Fors, who runs the clinic, told the station on Sunday that the ward was full. According to her, 130 patients arrived overnight.", "Lena Fors")]
    [InlineData("The Valley Monitors published their tally on Friday. According to them, 300 houses were destroyed in the raids.", "Valley Monitors")]
    [InlineData("Colonel Rudi Amsel said the hill garrison held. The Lumen agency quoted him as saying that 45 soldiers were wounded.", "Colonel Rudi Amsel")]
    public void AnObjectPronounAfterItsCueRefersBack(string text, string origin)
        => ReportExtractor.Default.Extract(text, Published).Single().Attribution.Origin!.Name.Should().Be(origin);

    [Fact]
    public void AnOutletToldIsNoPersonForALaterHe()
    {
        var figure = ReportExtractor.Default.Extract(
            "A Marsh Guard officer told Radio Coastline on Monday that the unit still held the bridge. "
            + "He added that 35 attackers were killed.", Published).Single();
        figure.Attribution.Origin!.Name.Should().Be("Marsh Guard officer");
    }

    [Fact]
    public void ItAfterARelayedStatementIsTheStatementsMaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Harbour Health Office said on Friday that the raids killed 143 people, the Lumen news agency reported.\n"
            + "It added that 5,210 people had been wounded since the fighting began.", Published);
        figures.Should().HaveCount(2);
        figures[1].Attribution.Origin!.Name.Should().Be("Harbour Health Office", "the agency relays what the office said");
    }

    [Fact]
    public void ReportsFromASourceIndicateNamesIt()
    {
        var figure = ReportExtractor.Default.Extract(
            "Reports from the Ridge Front indicate that 420 government troops were killed in the hills.", Published).Single();
        figure.Attribution.Origin!.Name.Should().Be("Ridge Front");
    }

    [Fact]
    public void AnExampleAfterIncludingIsNoSpeaker()
    {
        var figure = ReportExtractor.Default.Extract(
            "Reports from several outlets, including Tessa Radio, a local station, indicate that 2,300 people have left the valley.",
            Published).Single();
        (figure.Attribution.Origin?.Name ?? "").Should().NotStartWith("including");
    }

    [Theory]
    [InlineData("The Hill Brigade said 24 soldiers surrendered on Tuesday.", FigureKind.Casualties)]
    [InlineData("The army repelled 18 counterattacks near the dam, the command said.", FigureKind.Events)]
    [InlineData("The monitors have confirmed 640 distinct tank losses since the spring.", FigureKind.Equipment)]
    [InlineData("The militia said the army lost 210 artillery units in the spring.", FigureKind.Equipment)]
    [InlineData("The army has lost at least 1,900 units of equipment, the monitors said.", FigureKind.Equipment)]
    [InlineData("The agency cited almost 1,300 injuries in the clashes.", FigureKind.Casualties)]
    [InlineData("The report documented 2,700 killings last year.", FigureKind.Casualties)]
    [InlineData("Dozens of men have been lynched in the valley this year, the agency said.", FigureKind.Casualties)]
    public void NewsNounsAndVerbsOfLossesAndEvents(string text, FigureKind kind)
        => ReportExtractor.Default.Extract(text, Published).Single().Kind.Should().Be(kind);

    [Fact]
    public void ParticiplesOfLosingBeforeEquipmentCountEquipment()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Hill Guard has suffered over 7,400 casualties, 88 lost tanks, and 140 destroyed armoured vehicles since May, a spokesman said.",
            Published);
        figures.Select(f => f.Kind).Should().Equal(FigureKind.Casualties, FigureKind.Equipment, FigureKind.Equipment);
    }

    [Fact]
    public void TheItemsOfAListOfLossesShareItsVerb()
    {
        var figures = ReportExtractor.Default.Extract(
            "The rebels have also lost more than 900 fighters near the lake, up to 450 fighters near the pass, and more than 120 fighters on the coast, the army said.",
            Published);
        figures.Select(f => f.Kind).Should().Equal(FigureKind.Casualties, FigureKind.Casualties, FigureKind.Casualties);
        ReportExtractor.Default.Extract(
                "The rebels have also lost more than 900 fighters in the long battles near the northern lake, up to 450 fighters deployed near the southern pass, and 120 fighters guarding the coast.",
                Published)
            .Select(f => f.Kind).Should().Equal([FigureKind.Casualties, FigureKind.Personnel, FigureKind.Personnel], "\"deployed\" is a verb of the items' own");
    }
}
