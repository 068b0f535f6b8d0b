using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>Digit groups, decimal separators and the article's own convention; numbers that must not lose their sign or their scale.</summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Russia has 60\u2007000 troops there.", "60\u2007000", 60_000)] // figure space: once "60 000" read as 60
    [InlineData("Russia has 60\u202F000 troops there.", "60\u202F000", 60_000)]
    [InlineData("Russia has 60 000 troops there.", "60 000", 60_000)]
    [InlineData("Ukraine holds 800 hectares there.", "800 hectares", 800)]
    [InlineData("Russia lost 1,5 million men.", "1,5 million", 1_500_000)] // once two figures, 1 and 5 million
    public void DigitGroupsAndDecimalCommasReadAsTheParserReadsThem(string text, string figure, double value)
    {
        var found = ReportExtractor.Default.Extract(text, Published).Single();
        found.Text.Should().Be(figure);
        found.Estimate.Stated.Values.Should().Equal(value);
        found.Estimate.Should().Be(Estimate.Parse(figure));
        found.AlternativeEstimate.Should().BeNull();
    }

    [Fact]
    public void APeriodBeforeThreeDigitsFollowsTheArticlesEuropeanConvention()
    {
        var figures = ReportExtractor.Default.Extract("Russia lost 1,5 million men. Some 60.000 troops remain in Kursk.", Published);

        var troops = figures.Single(f => f.Text == "Some 60.000");
        troops.Estimate.Stated.Values.Should().Equal(60_000);
        troops.AlternativeEstimate.Should().BeNull("the article's decimal comma says the period groups");
    }

    [Theory]
    [InlineData("Losses were 0,4 per cent. Some 60.000 troops remain.", 60_000)] // a decimal comma: European
    [InlineData("Russia has 1.234.567 men. Some 60.000 troops remain.", 60_000)] // period groups: European
    [InlineData("Losses were 0.4 per cent. Some 60.125 troops remain.", 60.125)] // a decimal point: English
    [InlineData("Russia has 1,234,567 men. Some 60.125 troops remain.", 60.125)] // comma groups: English
    public void TheArticlesConventionComesFromItsUnambiguousNumbers(string text, double troops)
    {
        var figure = ReportExtractor.Default.Extract(text, Published).Single(f => f.Text.StartsWith("Some 60."));
        figure.Estimate.Stated.Values.Should().Equal(troops);
        figure.AlternativeEstimate.Should().BeNull();
    }

    [Theory]
    [InlineData("Losses were 0.4 per cent. Some 60.000 troops remain.")] // a decimal point
    [InlineData("Russia has 1,234,567 men. Some 60.000 troops remain.")] // comma groups
    public void ACountWhosePeriodGroupEndsInZeroIsThousandsEvenInAnEnglishArticle(string text)
    {
        // A count is whole: "60.000 troops" is not sixty written to thousandths, whatever the article's other numbers say.
        var figure = ReportExtractor.Default.Extract(text, Published).Single(f => f.Text == "Some 60.000");
        figure.Estimate.Stated.Values.Should().Equal(60_000);
        figure.AlternativeEstimate!.Stated.Values.Should().Equal(60);
    }

    [Fact]
    public void AnArticleWithBothConventionsHasNone()
    {
        var figure = ReportExtractor.Default.Extract("Losses were 0,4 and 0.5 per cent. Some 60.000 troops remain.", Published)
            .Single(f => f.Text == "Some 60.000");
        figure.Estimate.Stated.Values.Should().Equal(60_000);
        figure.AlternativeEstimate!.Stated.Values.Should().Equal(60);
    }

    [Fact]
    public void APeriodBeforeThreeDigitsFollowsTheArticlesEnglishConvention()
    {
        var figures = ReportExtractor.Default.Extract("Russia lost 1.5 million men. The shell weighs 43.500 kg.", Published);

        figures.Select(f => f.Text).Should().Contain("43.500");
        figures.Single(f => f.Text == "43.500").Estimate.Stated.Value.Should().Be(43.5);
    }

    [Fact]
    public void APeriodBeforeThreeDigitsInAnArticleWithNoConventionIsReadAsThousandsAndSaysItIsAmbiguous()
    {
        var figures = ReportExtractor.Default.Extract("Some 60.000 troops remain in Kursk, officials said.", Published);

        var troops = figures.Single();
        troops.Text.Should().Be("Some 60.000");
        troops.Estimate.Stated.Values.Should().Equal(new[] { 60_000.0 }, "never silently 60");
        troops.AlternativeEstimate.Should().NotBeNull();
        troops.AlternativeEstimate!.Stated.Values.Should().Equal(60);
        troops.AlternativeEstimate.Hedge.Should().Be(HedgeKind.Approximate);
        var unambiguous = ReportExtractor.Default.Extract("Some 60,000 troops remain in Kursk, officials said.", Published).Single();
        troops.Confidence.Should().BeLessThan(unambiguous.Confidence);
    }

    [Theory]
    [InlineData("Ukraine lost -400 square kilometres this month.")] // once 400: the sign was dropped
    [InlineData("The front moved \u2212400 square kilometres.")]
    [InlineData("Russia lost 5–3 thousand men.")] // once 5 to 3,000
    [InlineData("Russia lost 3-2 million men.")] // once 3 to 2,000,000
    [InlineData("The shelling left at least 5 to 10 dead.")] // no reading of one hedge over two numbers
    public void NumbersWithoutAReadingAreNotFigures(string text)
        => ReportExtractor.Default.Extract(text, Published).Should().BeEmpty();

    [Fact]
    public void DefaultReportIdsDifferAcrossArticlesOfOneDayAndRepeatForTheSameArticle()
    {
        var quantity = Quantity.Of(Metric.Personnel, "Russian troops", "Kursk Oblast", Unit.Persons, Statistic.Level);
        var day = new LocalDate(2024, 11, 23);
        // Both figures are the first word of their article, so date and position alone would make "2024-11-23@0" twice.
        var first = ReportExtractor.Default.Extract("5,000 troops arrived.", day).Single().ToReport(quantity);
        var second = ReportExtractor.Default.Extract("7,000 troops arrived.", day).Single().ToReport(quantity);
        var again = ReportExtractor.Default.Extract("5,000 troops arrived.", day).Single().ToReport(quantity);

        first.Id.Should().NotBe(second.Id);
        first.Id.Should().Be(again.Id);
        first.Id.Should().MatchRegex("^2024-11-23/[0-9a-f]{8}@0$");
    }
}
