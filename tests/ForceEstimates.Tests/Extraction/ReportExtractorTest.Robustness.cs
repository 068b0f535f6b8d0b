using System;
using System.Linq;
using System.Text;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>Bad, odd and hostile input: the extractor returns, never throws for text, and its spans always index the text.</summary>
public partial class ReportExtractorTest
{
    private static readonly LocalDate Published = new(2024, 11, 23);

    [Fact]
    public void NullTextIsRejected()
    {
        FluentActions.Invoking(() => ReportExtractor.Default.Extract(null!, Published))
            .Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void BlankOutletIsRejected()
    {
        FluentActions.Invoking(() => ReportExtractor.Default.Extract("text", Published, " "))
            .Should().Throw<ArgumentException>().WithParameterName("outlet");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\r\n")]
    [InlineData("No numbers here at all.")]
    public void TextWithoutFiguresGivesNone(string text)
    {
        ReportExtractor.Default.Extract(text, Published).Should().BeEmpty();
    }

    [Fact]
    public void OddUnicodeIsReadLikePlainText()
    {
        // Non-breaking and thin spaces, a narrow no-break space as digit group separator, en and em dashes, curly quotes.
        string text = "\u201CWe hold about\u00A01,376\u2009square\u00A0kilometres,\u201D the source told Reuters \u2014 up from 10\u202F000 \u2013 and between 10,000\u201312,000 troops, it said.";
        var figures = ReportExtractor.Default.Extract(text, Published);
        foreach (var figure in figures)
        {
            output.WriteLine(figure.ToString());
        }
        figures.Select(f => f.Text).Should().Equal("about\u00A01,376\u2009square\u00A0kilometres", "10\u202F000", "between 10,000\u201312,000");
        figures[0].Estimate.Stated.Values.Should().Equal(1376);
        figures[1].Estimate.Stated.Values.Should().Equal(10_000);
        figures[2].Estimate.Hedge.Should().Be(HedgeKind.Range);
        figures[0].Attribution.Origin!.Name.Should().Be("source");
    }

    [Fact]
    public void AMegabyteOfHostileTextReturns()
    {
        string[] pieces =
        [
            "over over over about nearly ", "1,1,1,1,1,1,1 ", "between between 1 and and and 2 ", "\"\"\"\u201C\u201C", "(((((((",
            "11111111111111111111111111111111111111 ", "1-2-3-4-5-6-7-8-9-10 ", "said said told told according to to ", "since since since since then ",
            "Nov. Nov. Nov. 1 2 3 ", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ", "U.S. U.S. U.S. U.S.", ".........", "1.1.1.1.1.1.1 ",
            "\u00A0\u2009\u202F\u2013\u2014\u2019\u2019 ", "tens of tens of thousands of of ", "the source said the source said he said it said ",
            "Reuters reported, citing citing citing a source in ", "A B C D E F G H I J K told L M N O P Q R S ", "in in in Kursk Kursk Oblast Oblast ",
            "10,000 to 5 to 1 to 12,000 ", "$1 $2 \u20AC3 ", "+380 44 ", "12:30 12:30:45 ", "1st 2nd 3rd 4th ", "about 5 troops, ",
        ];
        var builder = new StringBuilder(1 << 20);
        var random = new Random(20241123);
        while (builder.Length < 1 << 20)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }
        string text = builder.ToString();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var figures = ReportExtractor.Default.Extract(text, Published, "Outlet");
        output.WriteLine($"{text.Length} chars, {figures.Count} figures, {watch.ElapsedMilliseconds} ms (for information; speed is the benchmark's business)");
        figures.Should().OnlyContain(f => text.Substring(f.Start, f.Length) == f.Text);
    }

    [Fact]
    public void AMegabyteOfOneSentenceWithManyFiguresAndClausesReturns()
    {
        // Every figure, clause and time expression in a single sentence: work per figure must stay local.
        var builder = new StringBuilder(1 << 20);
        int n = 0;
        while (builder.Length < 1 << 20)
        {
            builder.Append("about ").Append(1000 + (n++ % 5000)).Append(" troops in Kursk since then, officials said, citing a source in the army, on Nov. 21 \"and ");
        }
        string text = builder.ToString();
        var figures = ReportExtractor.Default.Extract(text, Published);
        output.WriteLine($"{text.Length} chars, {figures.Count} figures");
        figures.Should().HaveCount(5000, "repeats of one hedge, number and subject are one figure");
        figures.Should().OnlyContain(f => text.Substring(f.Start, f.Length) == f.Text);
    }

    [Fact]
    public void WindowsLineEndsReadTheSame()
    {
        string seed = ExtractionData.Read(ExtractionData.SeedArticle).Replace("\r\n", "\n", StringComparison.Ordinal);
        string crlf = seed.Replace("\n", "\r\n", StringComparison.Ordinal);
        var unix = ReportExtractor.Default.Extract(seed, Published);
        var windows = ReportExtractor.Default.Extract(crlf, Published);
        windows.Select(f => f.Text).Should().Equal(unix.Select(f => f.Text));
        windows.Select(f => f.Attribution.ToString()).Should().Equal(unix.Select(f => f.Attribution.ToString()));
        windows.Should().OnlyContain(f => crlf.Substring(f.Start, f.Length) == f.Text);
    }

    [Fact]
    public void SeedRepeatedMergesIntoItsSixFigures()
    {
        string seed = ExtractionData.Read(ExtractionData.SeedArticle);
        string text = string.Concat(Enumerable.Repeat(seed + "\n", 50));
        var figures = ReportExtractor.Default.Extract(text, Published);
        figures.Should().HaveCount(6);
        figures[0].Mentions.Should().HaveCount(150);
        figures.Should().OnlyContain(f => f.Mentions.All(m => m.End <= text.Length));
    }

    [Fact]
    public void ArbitraryStringsNeverThrow()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), text =>
        {
            var figures = ReportExtractor.Default.Extract(text.Get, Published, "Outlet");
            return figures.All(f => text.Get.Substring(f.Start, f.Length) == f.Text && !f.Attribution.IsEmpty);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AnyTextGivesSpansThatIndexIt()
    {
        // Text drawn from news-like fragments and arbitrary characters.
        string[] fragments = ["about ", "nearly ", "over ", "1,376", "800", "40%", " per cent", " square kilometres", " troops", ", Reuters reported", " said", "\"", "\u201D", ". ", "\n", "Nov. 21", " 2024", "between ", " and ", "\u2013", " told ", "Kyiv", " in Kursk", "according to ", "citing "];
        var gen = Gen.Elements(fragments).Select(s => s)
            .Or(Gen.Elements('a', '1', ',', '.', ' ', '\u00A0', '-', '"', '%', '\n', 'Z').Select(c => c.ToString()))
            .ListOf()
            .Select(parts => string.Concat(parts));
        Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var figures = ReportExtractor.Default.Extract(text, Published);
            int previous = -1;
            foreach (var figure in figures)
            {
                if (text.Substring(figure.Start, figure.Length) != figure.Text || figure.Start <= previous || figure.Mentions[0] != new FigureMention(figure.Start, figure.Length))
                {
                    return false;
                }
                previous = figure.Start;
                if (figure.Mentions.Any(m => m.Start < 0 || m.End > text.Length) || figure.Confidence is <= 0 or >= 1)
                {
                    return false;
                }
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }
}
