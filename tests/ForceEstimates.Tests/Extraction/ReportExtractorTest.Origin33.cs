using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Who said the figure, session 33 (items written for the project, invented towns, names and numbers): a credit line
/// ("Source: Name, title, on Telegram") names the source of the lead before it and of the paragraphs after it ("Details:",
/// "Quote:"), not of a "Background:" paragraph, and "Details" is no speaker; a heading that says what is counted ("Fleet
/// losses:", "Confirmed Casualties:") names no one; a historian who "argued" or "has argued", a study that "produced" its
/// count after another's research "showed" another, a chronicler who "places" a force "at" a number and a tribunal that
/// "tallied" the dead speak for their figures.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void ACreditLineNamesTheSourceOfTheLeadAndTheDetailsAfterIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "Rescue work ends in Darvik: 18 killed, 31 wounded\n"
            + "Rescue work at the apartment block in Darvik has ended, with a total of 18 people killed and 31 injured in the attack on 8 January.\n"
            + "Source: Oleg Brand, Head of Karsk Regional Military Administration, on Telegram\n"
            + "Quote: \"Rescue work at the block is over. According to updated information, 22 people were pulled from the rubble.\"\n"
            + "Details: Brand recalled that the attackers fired 11 missiles at the town.\n"
            + "Background: On 2 January, the attackers fired at least 14 missiles at Darvik.",
            Published);
        figures.Where(f => f.Text is "18" or "31" or "22").Should().HaveCountGreaterThanOrEqualTo(3)
            .And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "Oleg Brand");
        figures.Single(f => f.Text == "at least 14").Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void ACreditLineAfterTheHeadlineSpeaksForTheDetailsAndDetailsIsNoSpeaker()
    {
        var figures = ReportExtractor.Default.Extract(
            "Two more bodies found in Darvik\n"
            + "Source: Mara Holt, spokeswoman for the emergency service in Karsk region, in a comment to Radio Karsk.\n"
            + "Details: By this morning the number of dead from the strike on the town had risen to 12 people, and 29 more people were hurt.",
            Published);
        figures.Where(f => f.Text is "12" or "29").Should().HaveCount(2)
            .And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "Mara Holt");
    }

    [Fact]
    public void AHeadingThatSaysWhatIsCountedNamesNoOne()
    {
        var list = ReportExtractor.Default.Extract(
            "The Varn air arm lost 640 fighters over the summer, yet Shore Group lost far more men.\n"
            + "Shore Group losses:\n3,870 killed of 8,450 aircrew\n615 wounded in action",
            Published);
        list.Where(f => f.Text is "3,870" or "8,450" or "615").Should().HaveCount(3).And.OnlyContain(f => f.Attribution.Origin == null);

        var heading = ReportExtractor.Default.Extract(
            "Confirmed Casualties: The 1,640 Deaths\nThe battle of Orsk cost 1,640 lives, the regional archive said.",
            Published);
        heading.Should().NotContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("Casualties"));
    }

    [Fact]
    public void AHistorianWhoArguedSpeaksForTheFigure()
    {
        var figures = ReportExtractor.Default.Extract(
            "Petra Vell, an early critic of the official tally, has lately argued that the dead numbered close to 35,000.\n"
            + "In a 2009 study of the blockade, historian Tomas Arlen argued the true toll was between 11,000 and 14,000.",
            Published);
        figures.Single(f => f.Text == "close to 35,000").Attribution.Origin!.Name.Should().Be("Petra Vell");
        figures.Single(f => f.Text == "between 11,000 and 14,000").Attribution.Origin!.Name.Should().Contain("Tomas Arlen");
    }

    [Fact]
    public void ASecondStudyThatProducedItsCountSpeaksForItAfterTheFirst()
    {
        var figures = ReportExtractor.Default.Extract(
            "Tomas Arlen's research showed 28,310 casualties, while Ilse Norden's study produced 29,050 casualties, of which 16,400 were among the northern troops.",
            Published);
        figures.Single(f => f.Text == "28,310").Attribution.Origin!.Name.Should().Be("Tomas Arlen");
        figures.Where(f => f.Text is "29,050" or "16,400").Should().HaveCount(2)
            .And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name == "Ilse Norden");
        ReportExtractor.Default.Extract("The Brenmoor works produced 200 tanks in the same year.", Published)
            .Single().Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void AChroniclerWhoPlacesAForceAtANumberAndATribunalThatTalliedSpeak()
    {
        var placed = ReportExtractor.Default.Extract(
            "Master Orvin, writing in the 1190s, places the northern forces at a mere 300,000.", Published);
        placed.Single().Attribution.Origin!.Name.Should().Be("Master Orvin");

        var tallied = ReportExtractor.Default.Extract(
            "The Harbour Tribunal tallied up 41,000 victims of the purge.", Published);
        tallied.Single().Attribution.Origin!.Name.Should().Be("Harbour Tribunal");
    }

    [Fact]
    public void AnOpeningAdverbOrSoFarIsNoSpeaker()
    {
        var headline = ReportExtractor.Default.Extract(
            "So far, 212 bodies have been recovered in Darvik, said Mayor Holt\nDarvik's mayor Oleg Holt said 212 bodies had been recovered in the town.",
            Published);
        headline.Should().NotBeEmpty().And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("Holt"));

        var adverb = ReportExtractor.Default.Extract(
            "Unofficially, the panel members said they expected the final count to stay below 18,000.", Published);
        adverb.Single().Attribution.Origin!.Name.Should().Be("panel members");
    }

    [Fact]
    public void APlaceThatRecordedDeathsIsNotTheSourceOfTheCount()
    {
        var figures = ReportExtractor.Default.Extract(
            "According to monitor figures, the city of Varn recorded 60 civilian deaths, while the village of Tell suffered 31 fatalities.",
            Published);
        figures.Where(f => f.Text is "60" or "31").Should().HaveCount(2)
            .And.OnlyContain(f => f.Attribution.Origin != null && !f.Attribution.Origin.Name.Contains("Varn"));
    }

    [Fact]
    public void RecordsThatShowOrRecordAndPapersThatReportAfterAnAsideSpeak()
    {
        ReportExtractor.Default.Extract("The regimental roll-calls show that the 4th Corps suffered 17,315 casualties.", Published)
            .Single().Attribution.Origin!.Name.Should().Be("regimental roll-calls");
        ReportExtractor.Default.Extract("Karsk army figures record that the division suffered 2,860 casualties near Orsk.", Published)
            .Single().Attribution.Origin!.Name.Should().Be("Karsk army figures");
        ReportExtractor.Default.Extract("The Morning Courier and the Orsk Herald report, based on survivors' accounts, that more than 3,500 people died.", Published)
            .Single().Attribution.Origin.Should().NotBeNull();
        ReportExtractor.Default.Extract("The brigade set a record 500 kilometres march in 1944.", Published)
            .Should().OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void ASentenceOpenedBySinceARecentDayContinuesTheReport()
    {
        var figures = ReportExtractor.Default.Extract(
            "According to the Valley Monitor's report, the victims by town were 37 dead in Varn and 72 in Tell. "
            + "Since March 6, 44 such incidents have been recorded in the region. By province, the death toll includes 590 in Varn and 380 in Tell.",
            new NodaTime.LocalDate(2025, 3, 12));
        figures.Where(f => f.Text is "44" or "590" or "380").Should().HaveCount(3)
            .And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("Valley Monitor"));
    }

    [Fact]
    public void APlaceDatelineOnABodyLineIsNoSpeakerAndEndsTheSourceBefore()
    {
        var figures = ReportExtractor.Default.Extract(
            "Shelling kills dozens in Varn market\nOfficials in Varn said the toll was rising.\n"
            + "Port Tell: At least 47 people were killed and 130 were injured when shells hit a crowded market in Varn.",
            Published);
        figures.Where(f => f.Text is "At least 47" or "130").Should().HaveCount(2).And.OnlyContain(f => f.Attribution.Origin == null);
    }

    [Fact]
    public void PuttingPeopleUnderSiegeReportsNothingAndATitledNameSpeaksAfterItsOffice()
    {
        ReportExtractor.Default.Extract(
                "Kessia pledged to crush the militia, putting the 1.8 million people of Varn under a full blockade.", Published)
            .Single().Attribution.Origin.Should().BeNull();
        ReportExtractor.Default.Extract(
                "The head of the Orsk Relief Office (ORO), Dr. Oleg Saidu, said: \"More than 25 persons were treated for injuries.\"",
                Published)
            .Single().Attribution.Origin!.Name.Should().Contain("Oleg Saidu");
    }
}
