using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>The seed article (../shared/seed, copied as test data) and the six figures DESIGN.md lists for it.</summary>
public partial class ReportExtractorTest
{
    private static readonly LocalDate SeedPublished = new(2024, 11, 23);

    private static (string Text, System.Collections.Generic.IReadOnlyList<ExtractedFigure> Figures) ReadSeed()
    {
        string text = ExtractionData.Read(ExtractionData.SeedArticle);
        return (text, ReportExtractor.Default.Extract(text, SeedPublished, "The Kyiv Independent"));
    }

    [Fact]
    public void SeedArticleYieldsExactlyItsSixFigures()
    {
        var (text, figures) = ReadSeed();
        foreach (var figure in figures)
        {
            output.WriteLine(figure.ToString());
        }
        figures.Select(f => f.Text).Should().Equal(
            "over 40%", "about 1,376 square kilometres", "approximately 800 square kilometres", "nearly 60,000", "about 11,000", "almost 580,000");
        figures.Should().OnlyContain(f => text.Substring(f.Start, f.Length) == f.Text);
        figures.Select(f => f.Start).Should().BeInAscendingOrder();
    }

    [Fact]
    public void SeedFiguresHaveTheirHedgesValuesAndUnits()
    {
        var (_, figures) = ReadSeed();
        figures.Select(f => f.Estimate.Hedge).Should().Equal(
            HedgeKind.Above, HedgeKind.Approximate, HedgeKind.Approximate, HedgeKind.JustBelow, HedgeKind.Approximate, HedgeKind.JustBelow);
        figures.Select(f => f.Estimate.Stated.Values.Single()).Should().Equal(40, 1376, 800, 60_000, 11_000, 580_000);
        figures.Select(f => f.Unit).Should().Equal("%", "square kilometres", "square kilometres", null, null, null);
        figures[0].Estimate.LowerBound.Should().Be(40, "'over' keeps the stated number as a lower bound");
        figures[3].Estimate.UpperBound.Should().Be(60_000, "'nearly' keeps the stated number as an upper bound");
    }

    [Fact]
    public void SeedHeadlineAndItsRepeatsAreOneFigureWithEveryMention()
    {
        var (text, figures) = ReadSeed();
        var share = figures[0];
        share.Mentions.Select(m => text.Substring(m.Start, m.Length)).Should().Equal("over 40%", "over 40 per cent", "over 40%");
        share.Mentions[0].Should().Be(new FigureMention(share.Start, share.Length));
        figures.Skip(1).Should().OnlyContain(f => f.Mentions.Count == 1);
    }

    [Fact]
    public void SeedFiguresHaveSubjectsAndPlacesWhereTheSentenceSaysThem()
    {
        var (_, figures) = ReadSeed();
        figures[3].Subject.Should().Be("Russian army personnel");
        figures[3].Place.Should().Be("Kursk Oblast");
        figures[4].Subject.Should().Be("North Korean soldiers");
        figures[4].Place.Should().Be("Kursk");
        figures[5].Subject.Should().Be("Russian soldiers");
        figures[0].Subject.Should().Be("territory");
        figures[0].Place.Should().Be("Kursk Oblast", "the headline's 'Kursk' is narrowed by the repeat's 'Russia's Kursk Oblast'");
    }

    [Fact]
    public void SeedFiguresHaveTheirAttributionChains()
    {
        var (_, figures) = ReadSeed();
        const string generalStaff = "source in Ukraine's General Staff \u2192 Reuters \u2192 The Kyiv Independent";
        figures.Take(4).Select(f => f.Attribution.ToString()).Should().AllBe(generalStaff,
            "the quotes' speaker ('the source told Reuters') and 'the source added' resolve to the source Reuters cited");
        figures[4].Attribution.ToString().Should().Be("Kyiv \u2192 The Kyiv Independent");
        figures[5].Attribution.ToString().Should().Be("Vadym Skibitskyi \u2192 Interfax-Ukraine \u2192 The Kyiv Independent");

        var origin = figures[0].Attribution.Origin!;
        origin.IsAnonymous.Should().BeTrue();
        origin.AsWritten.Should().Be("a source in Ukraine's General Staff");
        figures[0].Attribution.Chain[1].StatedOn.Should().Be(new LocalDate(2024, 11, 23), "Reuters reported on Nov. 23");
        var interfax = figures[5].Attribution.Chain[1];
        interfax.AsWritten.Should().Be("Interfax Ukraine");
        interfax.IsKnown.Should().BeTrue();
        interfax.StatedOn.Should().Be(new LocalDate(2024, 11, 21));
        figures[5].Attribution.Origin!.Description.Should().Be("the deputy head of Ukraine's military intelligence agency (HUR)");
    }

    /// <summary>DateInterval enumerates its days, so compare its ends rather than as a collection.</summary>
    private static void ShouldBe(DateInterval actual, DateInterval expected, string because)
    {
        actual.Start.Should().Be(expected.Start, because);
        actual.End.Should().Be(expected.End, because);
    }

    [Fact]
    public void SeedFiguresReferToTheirDates()
    {
        var (_, figures) = ReadSeed();
        var nov23 = new DateInterval(SeedPublished, SeedPublished);
        ShouldBe(figures[0].RefersTo, nov23, "Reuters reported on Nov. 23");
        ShouldBe(figures[2].RefersTo, nov23, "'now'");
        ShouldBe(figures[3].RefersTo, nov23, "'currently'");
        ShouldBe(figures[5].RefersTo, new DateInterval(new LocalDate(2024, 11, 21), new LocalDate(2024, 11, 21)), "told Interfax Ukraine on Nov. 21");
        figures[4].RefersTo.End.Should().BeLessThan(SeedPublished, "Kyiv 'has previously said' it");
        ShouldBe(figures[1].RefersTo, new DateInterval(new LocalDate(2024, 8, 1), SeedPublished),
            "'At most, we controlled' is a peak over the period the article covers, from 'early August'");
        // DESIGN.md: "at most we controlled about 1,376" is the peak, "now approximately 800" the level.
        figures.Select(f => f.Statistic).Should().Equal(
            Statistic.Level, Statistic.Peak, Statistic.Level, Statistic.Level, Statistic.Level, Statistic.Level);
    }

    [Fact]
    public void SeedFiguresBecomeReports()
    {
        var (_, figures) = ReadSeed();
        var quantity = Quantity.Of(Metric.Personnel, "Russian troops", "Kursk Oblast", Unit.Persons, Statistic.Level);
        var report = figures[3].ToReport(quantity);

        report.Estimate.Should().BeSameAs(figures[3].Estimate);
        report.Quantity.Should().Be(quantity);
        report.Published.Should().Be(SeedPublished);
        ShouldBe(report.RefersTo, figures[3].RefersTo, "the report keeps the figure's dates");
        report.Quote.Should().Contain("nearly 60,000 Russian army personnel");
        report.Provenance.Chain.Select(c => c.Source.Name).Should().Equal("source in Ukraine's General Staff", "Reuters", "The Kyiv Independent");
        report.Provenance.Origin.IsAnonymous.Should().BeTrue();
        report.Provenance.Origin.Kind.Should().Be(SourceKind.Military);
        report.Provenance.Origin.Side.Should().Be(ConflictSide.Ukraine);
        report.Provenance.Chain[1].Source.Kind.Should().Be(SourceKind.NewsAgency);
        report.Provenance.Chain[1].Date.Should().Be(SeedPublished);

        var hur = figures[5].ToProvenance();
        hur.Origin.Kind.Should().Be(SourceKind.IntelligenceService, "the description says 'military intelligence agency (HUR)'");
        hur.Origin.Side.Should().Be(ConflictSide.Ukraine);
        hur.Chain[1].Source.IsKnownAs("Interfax Ukraine").Should().BeTrue();

        var area = Quantity.Of(Metric.TerritoryHeld, "Ukrainian forces", "Kursk Oblast", Unit.SquareKilometres, Statistic.Level);
        figures[2].ToReport(area, "area-now").Id.Should().Be("area-now");
        FluentActions.Invoking(() => figures[2].ToReport(quantity)).Should().Throw<System.ArgumentException>("a figure in square kilometres is not a count of persons");
    }
}
