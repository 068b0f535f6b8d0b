using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure in running wire copy, session 32 (sentences written for the project, invented names and numbers): a named
/// body and its lower-case companions ("the Health Ministry and onlookers said", "health officials and regional media confirmed
/// the toll") give the body; "that an institute report said killed N" reads the report as the speaker; "in the same reported
/// period" names no one; a headline opened by the event ("Night Attack On Tolvay: ...") has no speaker before its colon; a
/// government that declares mourning reports nothing; a trailing "according to X" speaks for its own clause of the sentence,
/// not for the clause before it nor for one after ", and" with the subject's next verb;
/// a quotation dated before its clause ("\"...\" early on Sunday, a district official said") is that clause's; "One of the
/// villagers, Name, said" names the person; villagers who "recounted how" report.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void ANamedBodyAndItsCompanionsGiveTheBody()
    {
        var figures = ReportExtractor.Default.Extract(
            "PELLAR, Kessia — The Kessian Health Ministry and onlookers said soldiers shot at people queuing for bread in Pellar on Tuesday, killing at least 22 and wounding dozens.",
            Published);
        figures.Should().HaveCount(2);
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "Kessian Health Ministry");
        ReportExtractor.Default.Extract(
                "Shooting near a grain store in Tolvay left at least 14 dead, Norvale medical officials and residents said on Friday.", Published)
            .Single().Attribution.Origin!.Name.Should().Be("Norvale medical officials");
    }

    [Fact]
    public void CompanionsPointingBackGiveTheNamedBody()
    {
        var figure = ReportExtractor.Default.Extract(
            "A clinic in Ardent was shelled on 3 May. At least 31 people died. Ardent health officials and regional media confirmed the toll.", Published).Single();
        figure.Attribution.Origin!.Name.Should().Be("Ardent health officials");
    }

    [Fact]
    public void TwoLowerCaseSubjectsStayAsTheyWere()
    {
        // No named body before "and": the reading of the clause is left alone.
        ReportExtractor.Default.Extract("The police and local farmers said 40 barns had burned.", Published)
            .Single().Attribution.Origin!.Name.Should().Be("local farmers");
    }

    [Fact]
    public void AReportSaidInARelativeClauseSpeaks()
    {
        ReportExtractor.Default.Extract(
                "Pictures aired on the Rivermouth channel showed smoke over the camp, recalling a 2019 bombing of the camp that a Harlow Institute report said killed 71 inmates.",
                Published)
            .Single().Attribution.Origin!.Name.Should().Be("Harlow Institute report");
        ReportExtractor.Default.Extract("The army reported killed 12 rebels on Monday.", Published)
            .Single().Attribution.Origin.Should().BeNull("\"reported killed\" is still no reporting clause");
    }

    [Fact]
    public void TheSameReportedPeriodNamesNoOne()
    {
        ReportExtractor.Default.Extract("In the same reported period, 140 families numbering 812 people lost their homes.", Published)
            .Should().OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void AHeadlineOpenedByTheEventHasNoSpeakerBeforeItsColon()
    {
        var figures = ReportExtractor.Default.Extract(
            "Night Attack On Tolvay: Two Dead, Number Of Wounded Climbs To 31\n\"So far 31 people are wounded,\" Mayor Anton Reval told reporters.", Published);
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "Mayor Anton Reval");
    }

    [Fact]
    public void AGovernmentThatDeclaresMourningReportsNothing()
    {
        var figures = ReportExtractor.Default.Extract(
            "Norland declares a week of mourning after bus bombing kills 52\nThe Norland government has declared a week of national mourning after a bomb on a bus in the capital killed at least 52 passengers.",
            Published);
        figures.Should().HaveCount(2);
        figures.Should().OnlyContain(f => f.Attribution.Origin == null);
        ReportExtractor.Default.Extract("The government declared that 52 people had been killed in the attack.", Published)
            .Single().Attribution.Origin!.Name.Should().Be("government");
    }

    [Fact]
    public void ATrailingAccordingToSpeaksForItsOwnClause()
    {
        ReportExtractor.Default.Extract(
                "Residents say gunmen raided the market, and more than 60 people have died, according to Pellar clinic staff.", Published)
            .Single().Attribution.Origin!.Name.Should().Be("Pellar clinic staff");
        var figures = ReportExtractor.Default.Extract(
            "The militia is backed by about 3,000 fighters from across the border, according to Norvale analysts, and has vowed to march on the capital, more than 400 miles away.",
            Published);
        figures.Single(f => f.Text == "about 3,000").Attribution.Origin!.Name.Should().Be("Norvale analysts");
        figures.Single(f => f.Text == "more than 400 miles").Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void AnAccordingToThatListsGoesOnAfterAnd()
    {
        // ", and" before more of the source's figures is no new clause: the source still speaks for them.
        var figures = ReportExtractor.Default.Extract(
            "The army lost 40 tanks in the spring, according to the Valley Monitor, and 120 armoured vehicles.", Published);
        figures.Should().OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "Valley Monitor");
    }
    [Fact]
    public void AQuotationDatedBeforeItsClauseIsThatClauses()
    {
        var figures = ReportExtractor.Default.Extract(
            "Gunmen struck a Norland border post overnight, killing around 40 people, the interior ministry said on Monday. \"The post held more than 200 guards\" early on Sunday, a district official said.",
            Published);
        figures.Single(f => f.Text == "more than 200").Attribution.Origin!.Name.Should().Be("district official");
    }

    [Fact]
    public void OneOfTheVillagersBeforeANameDescribesThePerson()
    {
        var figures = ReportExtractor.Default.Extract(
            "However, a police source said enough officers had been on duty.\nOne of the villagers, Hassan Dorel, said the soldiers had warned them an hour before.\n\"They set fire to 31 homes. We hid in the river,\" he said.",
            Published);
        figures.Single().Attribution.Origin!.Name.Should().Be("Hassan Dorel");
    }

    [Fact]
    public void VillagersWhoRecountedReport()
    {
        ReportExtractor.Default.Extract("Villagers have recounted how raiders killed 48 people at the Marren well.", Published)
            .Single().Attribution.Origin!.Name.Should().Be("Villagers");
    }
}
