using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// When a source carries into the sentences after it (sentences written for the project): a record's "since" is no
/// background, a sentence comparing back continues the source, a paragraph in the outlet's own voice ends it, a
/// reporting clause with no figure names the source of the figures after it, an old date is background only against
/// the time the source's own figure refers to, and an opening before the source's own sentence ("Meanwhile, according to
/// police data, ...") does not stop its list.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Figures released by the Varnish Interior Ministry on Monday showed that 214 people were killed in October.\n\nThat's up from 180 deaths in September and 151 in August, the lowest monthly toll since the uprising began in 2011.")]
    [InlineData("Figures released by the Varnish Interior Ministry on Monday showed that 214 people were killed in October. The toll in September was 180, the lowest monthly toll since the uprising in 2011.")]
    [InlineData("The Varnish Interior Ministry said on Monday that 214 people were killed in October. Some 180 of them were civilians, the highest number since 2011.")]
    public void ARecordsSinceIsNoBackground(string text)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text.Contains("180")).Attribution.Origin!.Name.Should().Contain("Interior Ministry");
    }

    [Fact]
    public void ASinceWithNoRecordStaysBackground()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Varnish Interior Ministry said on Monday that 214 people were killed in October.\n\nSince the uprising began in 2011, more than 9,000 people have been killed.",
            Published);
        figures.Single(f => f.Text.Contains("9,000")).Attribution.Origin.Should().BeNull();
    }

    [Theory]
    [InlineData("Ombudsman Lena Varga said 512 civilians died in the first half of this year. That compares to 377 in the first half of 2019.")]
    [InlineData("Ombudsman Lena Varga said 512 civilians died in the first half of this year. That is down from 377 in the first half of 2019.")]
    public void ASentenceComparingBackContinuesItsSource(string text)
    {
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Single(f => f.Text == "377").Attribution.Origin!.Name.Should().Contain("Lena Varga");
    }

    [Fact]
    public void AParagraphInTheOutletsOwnVoiceEndsTheSource()
    {
        var figures = ReportExtractor.Default.Extract(
            "Border guards repelled an attack on two posts near Tarvik, killing 14 raiders, Colonel Emil Rusu said.\n\n"
            + "The province has been contested since the ceasefire collapsed.\n\n"
            + "About 40,000 more refugees could cross the river this winter.",
            Published);
        figures.Single(f => f.Text.Contains("14")).Attribution.Origin!.Name.Should().Contain("Emil Rusu");
        figures.Single(f => f.Text.Contains("40,000")).Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void AQuotationParagraphKeepsTheSource()
    {
        var figures = ReportExtractor.Default.Extract(
            "Border guards repelled an attack on two posts near Tarvik, killing 14 raiders, Colonel Emil Rusu said.\n\n"
            + "\"They came at night and we were ready.\"\n\n"
            + "Another 23 raiders were wounded in the fighting.",
            Published);
        figures.Single(f => f.Text.Contains("23")).Attribution.Origin!.Name.Should().Contain("Emil Rusu");
    }

    [Fact]
    public void ADistanceDoesNotKeepTheSourceGoing()
    {
        var figures = ReportExtractor.Default.Extract(
            "\"We counted 31 bodies,\" village elder Tomas Brandt said.\n\n"
            + "Orvel lies about 60 kilometres south of the provincial capital.\n\n"
            + "About 25 people were killed there in a raid last month.",
            Published);
        figures.Single(f => f.Text.Contains("25")).Attribution.Origin.Should().BeNull();
    }

    [Fact]
    public void AReportingClauseWithNoFigureNamesTheSourceOfTheFiguresAfterIt()
    {
        var figures = ReportExtractor.Default.Extract(
            "March was the deadliest month in the province this year, with 318 people killed.\n\n"
            + "March also saw the deadliest single day since 2019, according to statistics compiled by the Orvan health ministry.\n\n"
            + "The toll was made up of 244 civilians, 41 police officers and 33 soldiers.",
            Published);
        figures.Where(f => f.Text is "244" or "41" or "33").Should().HaveCount(3)
            .And.OnlyContain(f => f.Attribution.Origin != null && f.Attribution.Origin.Name.Contains("Orvan health ministry"));
    }

    [Fact]
    public void AnEarlierPeriodOfAnOlderReportIsNoBackground()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Orvan interior ministry said in its annual report that 912 militants were killed in 2023. In 2022, security forces had killed 1,340 militants.",
            Published);
        figures.Single(f => f.Text == "1,340").Attribution.Origin!.Name.Should().Contain("Orvan interior ministry");
    }

    [Fact]
    public void AnOldDateAfterTheDaysNewsStaysBackground()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Orvan interior ministry said on Monday that 14 soldiers were killed in the raid. In 2022, a similar raid killed 60 soldiers.",
            Published);
        figures.Single(f => f.Text == "60").Attribution.Origin.Should().BeNull();
    }

    [Theory]
    [InlineData("According to police data, 81 militants were killed in the valley last year.", "police data")]
    [InlineData("According to army figures, 46 soldiers died in the offensive.", "army figures")]
    public void AnInstitutionsDocumentWithNoArticleNamesTheInstitutionsCount(string text, string origin)
    {
        var figure = ReportExtractor.Default.Extract(text, Published).Single();
        figure.Attribution.Origin!.Name.Should().Be(origin);
    }

    [Fact]
    public void AnOpeningBeforeTheSourcesOwnSentenceDoesNotStopItsList()
    {
        var figures = ReportExtractor.Default.Extract(
            "The mayor said on Monday that the curfew would stay.\n\n"
            + "Meanwhile, the Orvan interior ministry said 210 rebels were killed in October. Another 45 were captured in the hills.",
            Published);
        figures.Single(f => f.Text == "45").Attribution.Origin!.Name.Should().Contain("Orvan interior ministry");
    }

    [Fact]
    public void AnOpeningAfterTheSourcesParagraphStillMakesBackground()
    {
        var figures = ReportExtractor.Default.Extract(
            "The Orvan interior ministry said 210 rebels were killed in October.\n\nMeanwhile, 45 villagers fled across the river.",
            Published);
        figures.Single(f => f.Text == "45").Attribution.Origin.Should().BeNull();
    }
}
