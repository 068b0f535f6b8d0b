using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// What a figure counts and when, found by reading five weeks of invented articles on a besieged city as an analyst would
/// (sentences written for the project). What: a headline's figure is read from the sentence of the text that states it in
/// full, and a time after a figure is no part of what it counts. When: "N units ago" dates a figure ("up from 1,240 two
/// weeks ago"), unless it dates when something began; a "since" after a superlative compares rather than scopes, and
/// "since 2010, when ..." dates what the "when" clause says.
/// </summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void AHeadlinesFigureIsReadFromTheSentenceThatStatesItInFull()
    {
        var figures = ReportExtractor.Default.Extract(
            "Lenno death toll rises to more than 900\n\nThe number of civilians killed in the port has risen to more than 900, the health office said on Friday.",
            Published);
        var figure = figures.Single();
        figure.Mentions.Should().HaveCount(2);
        figure.Sentence.Should().StartWith("Lenno death toll"); // the first mention is still the one quoted
        var quantity = figure.SuggestQuantity();
        quantity.Metric.Should().Be(Metric.Of("killed"));
        quantity.Subject.Should().StartWith("civilians");
    }

    [Fact]
    public void AHeadlinesFigureTakesThePlaceTheFullSentenceNames()
    {
        var figures = ReportExtractor.Default.Extract(
            "Death toll rises to more than 900\n\nThe number of civilians killed in the besieged city of Lenno has risen to more than 900, the health office said on Friday.",
            Published);
        var quantity = figures.Single().SuggestQuantity();
        quantity.Place.Should().Be("Lenno");
        quantity.Subject.Should().Be("civilians");
    }

    [Fact]
    public void AHeadlinesTollTakesTheLeadsCivilianDeathToll()
    {
        var figures = ReportExtractor.Default.Extract(
            "Lenno: toll reaches 1,204 as talks stall\n\nThe civilian death toll in Lenno has reached 1,204, the health office said on Wednesday.",
            Published);
        var quantity = figures.Single().SuggestQuantity();
        quantity.Metric.Should().Be(Metric.Of("killed"));
        quantity.Subject.Should().Be("civilians");
        quantity.Place.Should().Be("Lenno");
    }

    [Fact]
    public void AFigureTwoWeeksAgoIsOfThatDay()
    {
        var figures = ReportExtractor.Default.Extract("The toll has risen to 1,500, up from 1,240 two weeks ago.", Published);
        var earlier = figures.Single(f => f.Text == "1,240");
        earlier.RefersTo.Equals(new DateInterval(Published.PlusDays(-14), Published.PlusDays(-14))).Should().BeTrue();
        (earlier.Subject ?? "").Should().NotContain("ago");
    }

    [Fact]
    public void AHeadlinesFigureIsNotDatedByTheLeadsComparisonBase()
    {
        var figures = ReportExtractor.Default.Extract(
            "Lenno death toll rises to more than 1,500\n\nThe number of civilians killed in the port has risen to more than 1,500, the health office said on Tuesday, up from 1,240 two weeks ago.",
            Published);
        figures.Single(f => f.Text == "more than 1,500").RefersTo.End.Should().BeGreaterThan(Published.PlusDays(-7));
        figures.Single(f => f.Text == "1,240").RefersTo.End.Should().Be(Published.PlusDays(-14));
    }

    [Theory]
    [InlineData("The ministry raised the number of guerrillas killed in a clash three days ago to 22.", "22", -3)]
    [InlineData("About 480 soldiers were wounded a week ago, the army said.", "About 480", -7)]
    [InlineData("A month ago, 3,100 people were sheltering in the stadium.", "3,100", -30)]
    public void NUnitsAgoDatesTheFigure(string sentence, string figure, int days)
    {
        var found = ReportExtractor.Default.Extract(sentence, Published).Single(f => f.Text == figure);
        var day = days == -30 ? Published.PlusMonths(-1) : Published.PlusDays(days);
        found.RefersTo.Equals(new DateInterval(day, day)).Should().BeTrue();
    }

    [Theory]
    [InlineData("The rebels began their campaign in the hills just over six years ago during which almost 3,000 people have been killed.", "almost 3,000")]
    [InlineData("An army spokesman said 140 fighters were killed in fighting that broke out in the two provinces less than a week ago.", "140")]
    public void WhenSomethingBeganIsNoFiguresDay(string sentence, string figure)
    {
        var found = ReportExtractor.Default.Extract(sentence, Published).Single(f => f.Text == figure);
        found.RefersTo.End.Should().Be(Published);
    }

    [Fact]
    public void SinceSomethingBeganAYearAgoRunsToNow()
    {
        var found = ReportExtractor.Default.Extract("According to the government, 109 police officers have been killed since the insurgency started a year ago.", Published).Single();
        found.RefersTo.Equals(new DateInterval(Published.PlusYears(-1), Published)).Should().BeTrue();
    }

    [Fact]
    public void TheBloodiestYearSinceIsStillThisYear()
    {
        var found = ReportExtractor.Default.Extract(
            "This year has been the bloodiest for the army since the war began nine years ago, with more than 700 soldiers killed.", Published).Single();
        found.RefersTo.Start.Should().Be(new LocalDate(Published.Year, 1, 1));
    }

    [Theory]
    [InlineData("It is the highest monthly toll since August 2010, when 426 people were killed in attacks.", "426", 2010, 8)]
    [InlineData("The fatalities this year are the highest since 2019 when 182 officers lost their lives.", "182", 2019, 0)]
    public void SinceATimeWhenDatesTheWhenClause(string sentence, string figure, int year, int month)
    {
        var found = ReportExtractor.Default.Extract(sentence, Published).Single(f => f.Text == figure);
        found.RefersTo.Start.Should().Be(new LocalDate(year, month == 0 ? 1 : month, 1));
        found.RefersTo.End.Should().Be(month == 0 ? new LocalDate(year, 12, 31) : new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1));
    }

    [Theory]
    [InlineData("The air force said it shot down 41 drones overnight.", "drones")]
    [InlineData("The country will train another 20,000 recruits next year, the minister said.", "recruits")]
    public void ATimeAfterTheFigureIsNoPartOfWhatItCounts(string sentence, string subject)
    {
        ReportExtractor.Default.Extract(sentence, Published).Single().Subject.Should().Be(subject);
    }

    [Theory]
    [InlineData("About 85,000 people had been displaced from the southern districts, the UN said.", "About 85,000", true)]
    [InlineData("Nearly 120,000 people have now fled their homes, according to the agency.", "Nearly 120,000", true)]
    [InlineData("The fighting has displaced more than 40,000 people in the province.", "more than 40,000", true)]
    [InlineData("Officials said 14 civilians were evacuated on Tuesday and about 240 remain in the town.", "about 240", false)]
    [InlineData("The council said 5,200 residents had been evacuated and 12,000 were without power.", "12,000", false)]
    [InlineData("Security forces evacuated 80 passengers from the train on Wednesday.", "80", false)]
    [InlineData("About 40 hostages were evacuated to a nearby station.", "About 40", false)]
    [InlineData("More than 3,000 villagers were evacuated from the border district.", "More than 3,000", true)]
    public void PeopleDrivenFromTheirHomesAreCountedAsDisplaced(string sentence, string figure, bool displaced)
    {
        var found = ReportExtractor.Default.Extract(sentence, Published).Single(f => f.Text == figure);
        found.Kind.Should().Be(FigureKind.Other);
        (found.SuggestQuantity().Metric == Metric.Of("displaced")).Should().Be(displaced);
    }

    [Fact]
    public void ANumberPutAtByAnotherVoiceRestatesTheFigureBefore()
    {
        var figures = ReportExtractor.Default.Extract(
            "The agency now estimates that 134,000 people have been displaced, while the city council puts the number at \"close to 150,000\".",
            Published);
        var reports = ReportExtractor.ToReports(figures);
        reports[1].Quantity.Should().Be(reports[0].Quantity); // one quantity, two voices
        reports[1].Quantity.Metric.Should().Be(Metric.Of("displaced"));
        figures[1].Attribution.Origin!.Name.Should().Be("city council");
    }

    [Theory]
    [InlineData("Satellite images analysed by the research group Orbit Watch show that about 45 percent of buildings have been damaged.")]
    [InlineData("Satellite imagery analysed by Orbit Watch shows that 47 percent of buildings were damaged.")]
    [InlineData("Data analyzed by Orbit Watch show that 48 percent of buildings were damaged.")]
    public void ImagesAnalysedByAGroupAreTheGroupsFigures(string sentence)
    {
        ReportExtractor.Default.Extract(sentence, Published).Single().Attribution.Origin!.Name.Should().Be("Orbit Watch");
    }

    [Theory]
    [InlineData("It's estimated that 40,000 soldiers died in the battle.")]
    [InlineData("It\u2019s estimated that 40,000 soldiers died in the battle.")]
    [InlineData("It is estimated that 40,000 soldiers died in the battle.")]
    public void ItIsEstimatedNamesNoOne(string sentence)
    {
        ReportExtractor.Default.Extract(sentence, Published).Single().Attribution.IsEmpty.Should().BeTrue();
    }
}
