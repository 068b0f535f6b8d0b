using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>The dates a figure refers to, resolved against publication on Saturday 2024-11-23.</summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Russia lost 1,380 soldiers on Nov. 21, officials said.", "2024-11-21", "2024-11-21")]
    [InlineData("On Nov. 23 Russia held 1,380 soldiers in reserve.", "2024-11-23", "2024-11-23")]
    [InlineData("Ukraine held about 500 square kilometres in early August.", "2024-08-01", "2024-08-10")]
    [InlineData("Russia will have 1,000 tanks by mid-January.", "2025-01-11", "2025-01-20")]
    [InlineData("Russia captured 610 square kilometres in late October.", "2024-10-21", "2024-10-31")]
    [InlineData("Russia captured 610 square kilometres in October.", "2024-10-01", "2024-10-31")]
    [InlineData("Russia captured 610 square kilometres in late 2023.", "2023-09-01", "2023-12-31")]
    [InlineData("The brigade had about 3,000 soldiers in mid-2023.", "2023-05-01", "2023-08-31")]
    [InlineData("Some 40,000 people fled in early 2024.", "2024-01-01", "2024-04-30")]
    [InlineData("Some 40,000 people fled in the late 1990s.", "2024-11-23", "2024-11-23")]
    [InlineData("Russia recruited 300,000 men last year.", "2023-01-01", "2023-12-31")]
    [InlineData("Russia recruited 300,000 men this year.", "2024-01-01", "2024-11-23")]
    [InlineData("Russia lost 9,000 soldiers last week.", "2024-11-11", "2024-11-17")]
    [InlineData("The brigade repelled 12 assaults on Monday.", "2024-11-18", "2024-11-18")]
    [InlineData("There were 183 clashes over the past 24 hours.", "2024-11-22", "2024-11-23")]
    [InlineData("Russia launched 188 drones overnight.", "2024-11-22", "2024-11-23")]
    [InlineData("Russia lost 9,000 soldiers over the past month.", "2024-10-24", "2024-11-23")]
    [InlineData("Russia lost 2,100 soldiers in the past week.", "2024-11-16", "2024-11-23")]
    [InlineData("Russia lost 2,100 soldiers over the past two weeks.", "2024-11-09", "2024-11-23")]
    [InlineData("Russia launched 90 drones yesterday.", "2024-11-22", "2024-11-22")]
    [InlineData("Nearly 60,000 troops are currently stationed there.", "2024-11-23", "2024-11-23")]
    [InlineData("Now we control approximately 800 square kilometres.", "2024-11-23", "2024-11-23")]
    [InlineData("More than 2 million people have left since 2014.", "2014-01-01", "2024-11-23")]
    [InlineData("Russia has lost 727,000 soldiers since February 2022.", "2022-02-01", "2024-11-23")]
    [InlineData("Soledar, a town of 10,000, fell on Jan. 12, 2023.", "2023-01-12", "2023-01-12")]
    [InlineData("The reservoir covered 2,155 square kilometres.", "2024-11-23", "2024-11-23")]
    [InlineData("Kyiv has previously said that about 11,000 soldiers joined.", "2024-10-24", "2024-11-22")]
    [InlineData("Ukraine first entered Kursk in early August. Since then it has lost 40% of the area.", "2024-08-01", "2024-11-23")]
    // "since" opens a clause that names an event and its time: what is counted runs from then to publication, not within
    // the event's month or year; the clause ends at a comma, so a later time is the figure's own.
    [InlineData("The monitor said at least 4,200 civilians had been killed since the offensive began in May 2023.", "2023-05-01", "2024-11-23")]
    [InlineData("More than 9,000 people have fled the valley since the start of 2024.", "2024-01-01", "2024-11-23")]
    [InlineData("Since the truce collapsed on Oct. 3, about 1,100 fighters have been killed.", "2024-10-03", "2024-11-23")]
    [InlineData("Since the war began, officials said on Monday, 500 soldiers had died.", "2024-11-18", "2024-11-18")]
    // Two dates joined by "to", "until", a dash, or "and" after "between": the span from the first to the second.
    [InlineData("Between Oct. 4 and Nov. 19, at least 812 fighters were killed in the valley.", "2024-10-04", "2024-11-19")]
    [InlineData("From 1983 to 1991 the militia lost some 6,400 men.", "1983-01-01", "1991-12-31")]
    [InlineData("The archive lists 2,917 deaths between June 1971 and October 1989.", "1971-06-01", "1989-10-31")]
    [InlineData("Between December 20 and January 5, 2024 the garrison lost 140 soldiers.", "2023-12-20", "2024-01-05")]
    [InlineData("During 1983\u20131991 the militia lost some 6,400 men.", "1983-01-01", "1991-12-31")]
    [InlineData("The brigade held 35 villages from early September until late October.", "2024-09-01", "2024-10-31")]
    // A span inside the reporting clause is the scope of what it reports; the clause's own day is the speaker's.
    [InlineData("The Lowmoor Registry, a record kept by the county archive listing the deaths between March 1971 and June 1989, shows that 412 of them were farmers.", "1971-03-01", "1989-06-30")]
    [InlineData("The council, in a statement on Nov. 21, said 640 houses were damaged.", "2024-11-21", "2024-11-21")]
    public void ResolvesTheTimeAFigureRefersTo(string text, string start, string end)
    {
        var figure = ReportExtractor.Default.Extract(text, Published).Single();
        figure.RefersTo.Start.Should().Be(LocalDatePattern.Iso.Parse(start).Value, text);
        figure.RefersTo.End.Should().Be(LocalDatePattern.Iso.Parse(end).Value, text);
        figure.Published.Should().Be(Published);
    }

    [Fact]
    public void LookBackWindowIsAnOption()
    {
        var figure = ReportExtractor.Default.WithPreviouslyLookBackDays(7)
            .Extract("Kyiv has previously said that about 11,000 soldiers joined.", Published).Single();
        figure.RefersTo.Start.Should().Be(new LocalDate(2024, 11, 16));
        figure.RefersTo.End.Should().Be(new LocalDate(2024, 11, 22));
    }
}
