using System;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using ForceEstimates.Presentation;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Presentation;

/// <summary>The hostile and damaged files of the hardening issue (13) and the data-format items of the architecture issue (8), one test each.</summary>
public partial class CsvFormatTest
{
    private const string Short = "id,metric,subject,unit,figure,origin,published";

    private static CsvImportException Refused(string csv)
    {
        var e = FluentActions.Invoking(() => CsvFormat.ReadReports(csv)).Should().Throw<CsvImportException>().Which;
        // All or nothing whichever way it is read: asking for the good rows gets none of a refused file's rows either,
        // or the same refusal when the file cannot be read row by row.
        try
        {
            CsvFormat.ReadReportsSkippingBadRows(csv).BadRows.Select(b => (b.Line, b.Column)).Should().Equal(e.Errors.Select(b => (b.Line, b.Column)));
        }
        catch (CsvImportException again)
        {
            again.Errors.Select(b => (b.Line, b.Column)).Should().Equal(e.Errors.Select(b => (b.Line, b.Column)));
        }
        return e;
    }

    [Fact]
    public void AnUnclosedQuote_ThatClosesInTheNextRow_IsABadRow_NotASwallowedOne()
    {
        var csv = Header + "\n"
            + "a,personnel,X,,persons,,\"about 11,000,A,,,,2024-11-01,,,,,\n"
            + "b,personnel,X,,persons,,12000,A,,,,2024-11-02,,,,,\"He said \"\"12,000\"\"\"\n";

        var e = Refused(csv);

        e.Errors.Should().NotBeEmpty();
        e.Errors.Should().OnlyContain(x => x.Line == 2);
        e.Errors[0].Column.Should().Be("figure");
        e.Errors[0].Message.Should().Contain("opened on line 2 runs over a line break");
        CsvFormat.ReadReportsSkippingBadRows(csv).Reports.Should().BeEmpty();
    }

    [Fact]
    public void AQuoteNeverClosed_FailsTheWholeFile_NamingWhereItOpened()
    {
        var csv = Header + "\n"
            + "a,personnel,X,,persons,,12000,A,,,,2024-11-01,,,,,\n"
            + "b,personnel,X,,persons,,\"about 11,000,A,,,,2024-11-01,,,,,\n"
            + "c,personnel,X,,persons,,13000,A,,,,2024-11-01,,,,,\n";

        var e = FluentActions.Invoking(() => CsvFormat.ReadReportsSkippingBadRows(csv)).Should().Throw<CsvImportException>().Which;

        e.Errors.Single().Line.Should().Be(3);
        e.Errors.Single().Column.Should().Be("figure");
        e.Message.Should().Contain("never closed");
        FluentActions.Invoking(() => CsvFormat.ReadReports(csv)).Should().Throw<CsvImportException>();
    }

    [Fact]
    public void AColumnIsNamedByItsHeader_OnlyWhenTheHeaderIsShortPlainText()
    {
        var csv = Short + "," + new string('n', 1_000) + "\nx,personnel,X,persons,12000,A,2024-11-01,\"never closed\n";

        var e = FluentActions.Invoking(() => CsvFormat.ReadReports(csv)).Should().Throw<CsvImportException>().Which;

        e.Errors.Single().Column.Should().Be("cell 8");
        e.Message.Length.Should().BeLessThan(1_000);
    }

    [Fact]
    public void ARowCutShortAfterPublished_IsRefused_NotReadWithDefaults()
    {
        // The issue's case: a report rated F3, its row cut after "published", came back rated F6 (unrated).
        var published = new LocalDate(2024, 11, 1);
        var rated = Report.Of("a", Quantity.Of(Metric.Personnel, "X", null, Unit.Persons, Statistic.Level), Estimate.Parse("12000"),
            Provenance.Of(Source.Of("A", SourceKind.Military, ConflictSide.Ukraine)).WithRating(AdmiraltyRating.Parse("F3")),
            new DateInterval(published, published), published);
        var lines = CsvFormat.Write([rated]).Split('\n');
        int column = CsvFormat.Columns.ToList().IndexOf("published");
        // No cell of this row holds a comma, so splitting at commas finds its cells.
        lines[1].Split(',').Should().HaveCount(CsvFormat.Columns.Count);
        var cut = lines[1].Split(',').Take(column + 1);

        var e = Refused(lines[0] + "\n" + string.Join(",", cut) + "\n");

        e.Errors.Single().Line.Should().Be(2);
        e.Errors.Single().Column.Should().Be("refers_to_start");
        e.Errors.Single().Message.Should().Contain("ends after column \"published\"");
    }

    [Fact]
    public void AFileCutInsideItsHeader_IsRefused_NotAnEmptyImport()
    {
        var csv = CsvFormat.Write(Samples.Kursk2024);
        var cutInName = csv[..csv.IndexOf("refers_to_end", StringComparison.Ordinal)] + "refers_to_e";
        var cutAfterHeader = csv[..csv.IndexOf('\n', StringComparison.Ordinal)];

        Refused(cutInName).Errors.Single().Message.Should().Contain("ends inside its header row");
        Refused(cutAfterHeader).Errors.Single().Line.Should().Be(1);
        // A header with its line break and no rows is a file of no reports.
        CsvFormat.ReadReports(cutAfterHeader + "\n").Should().BeEmpty();
    }

    [Fact]
    public void RoundTrips_KeepRelayKindsAndSides_NamesWithSeparators_AndIdsWithSemicolons()
    {
        var published = new LocalDate(2024, 11, 23);
        var origin = Source.Of(@"Staff \ HQ@night", SourceKind.Military, ConflictSide.Ukraine);
        var chain = Provenance.Of(
        [
            Citation.Of(origin, published),
            Citation.Of(Source.Of("News@2024-01-01", SourceKind.NewsAgency, ConflictSide.ThirdParty)),
            Citation.Of(Source.Of("Wire > Feed; daily", SourceKind.Outlet, ConflictSide.Russia), published, new Uri("https://example.org/a")),
        ]);
        var quantity = Quantity.Of(Metric.Personnel, "X", null, Unit.Persons, Statistic.Level);
        var day = new DateInterval(published, published);
        var first = Report.Of("a;b", quantity, Estimate.Parse("about 11,000"), chain, day, published);
        var second = Report.Of(@"c\;d", quantity, Estimate.Parse("12,000"), chain.WithDerivedFrom("a;b", @"c\d"), day, published);

        var back = CsvFormat.ReadReports(CsvFormat.Write([first, second]));

        back.Should().Equal(first, second);
        // Equality of sources is by name only, so what the file keeps of them is compared here.
        static object[] Sources(Report r) => r.Provenance.Chain.Select(c => (object)(c.Source.Name, c.Source.Kind, c.Source.Side, c.Date)).ToArray();
        back.Select(Sources).Should().BeEquivalentTo(new[] { first, second }.Select(Sources), o => o.WithStrictOrdering());
        back[1].Provenance.DerivedFrom.Should().Equal("a;b", @"c\d");
    }

    [Fact]
    public void TheOriginsAliases_RoundTrip_SoThatOneVoiceNamedTwoWaysStaysOne()
    {
        // Two reports of one spy agency named two ways, linked by an alias (as the extractor writes them): through CSV
        // they still trace to one origin, so an aggregate weighs them as one voice.
        var published = new LocalDate(2024, 11, 23);
        var quantity = Quantity.Of(Metric.Personnel, "X", null, Unit.Persons, Statistic.Level);
        var day = new DateInterval(published, published);
        Report Of(string id, string name, params string[] aliases) => Report.Of(id, quantity, Estimate.Parse("about 11,000"),
            Provenance.Of([Citation.Of(Source.Of(name, SourceKind.IntelligenceService, ConflictSide.ThirdParty, aliases), published)]), day, published);
        var first = Of("a", "South Korea's spy agency", "National Intelligence Service (South Korea)");
        var second = Of("b", "NIS", "N;I\\S", "National Intelligence Service (South Korea)");

        var back = CsvFormat.ReadReports(CsvFormat.Write([first, second]));

        back.Select(r => r.Provenance.Origin.Aliases).Should().BeEquivalentTo(
            new[] { first, second }.Select(r => r.Provenance.Origin.Aliases), o => o.WithStrictOrdering());
        back[0].Provenance.SharesOriginWith(back[1].Provenance).Should().BeTrue();
        // A file without the column (every file written before it) reads as before: no aliases.
        CsvFormat.ReadReports(Short + "\nx,personnel,X,persons,12000,NIS,2024-11-23\n").Single().Provenance.Origin.Aliases.Should().BeEmpty();
    }

    [Fact]
    public void AnAliasThatIsNoName_IsTheAliasesColumnsProblem()
    {
        var error = Refused(Short + ",origin_aliases\nx,personnel,X,persons,12000,NIS,2024-11-23,South Korea;--\n").Errors.Single();

        error.Column.Should().Be("origin_aliases");
        error.Message.Should().Contain("letter or digit");
    }

    [Fact]
    public void TheSamples_RoundTripWithEveryRelaysKindAndSide()
    {
        foreach (var reports in new[] { Samples.Kursk2024, Samples.NorthKoreanTroops })
        {
            var back = CsvFormat.ReadReports(CsvFormat.Write(reports));
            back.SelectMany(r => r.Provenance.Chain).Select(c => (c.Source.Kind, c.Source.Side))
                .Should().Equal(reports.SelectMany(r => r.Provenance.Chain).Select(c => (c.Source.Kind, c.Source.Side)));
        }
    }

    public static TheoryData<string, string, string> CrossFieldProblems() => new()
    {
        { Short + "\nx,personnel,X,persons,12000,A@2024-11-05,2024-11-01\n", "published", "citation" },
        { Short + "\nx,personnel,X,km²,300 square miles,A,2024-11-01\n", "figure", "mi²" },
        { Short + ",chain\nx,personnel,X,persons,12000,A@2024-11-02,2024-11-03,B@2024-11-01\n", "chain", "backwards" },
    };

    [Theory]
    [MemberData(nameof(CrossFieldProblems))]
    public void ProblemsAcrossFields_NameTheColumnAtFault_NotId(string csv, string column, string said)
    {
        var error = Refused(csv).Errors.Single();

        error.Column.Should().Be(column);
        error.Message.Should().Contain(said).And.NotContain("(Parameter");
    }

    [Fact]
    public void AReportDerivedFromItself_AndAPeriodEndingBeforeItStarts_NameTheirColumns()
    {
        Refused("id,metric,subject,unit,figure,origin,published,derived_from\nx,personnel,X,persons,12000,A,2024-11-01,x\n")
            .Errors.Single().Column.Should().Be("derived_from");
        Refused("id,metric,subject,unit,figure,origin,published,refers_to_start,refers_to_end\nx,personnel,X,persons,12000,A,2024-11-01,2024-10-10,2024-10-01\n")
            .Errors.Single().Column.Should().Be("refers_to_end");
    }

    [Theory]
    [InlineData(';', "semicolons")]
    [InlineData('\t', "tabs")]
    public void AFileWithAnotherSeparator_IsToldSo(char separator, string said)
    {
        var csv = Short.Replace(',', separator) + "\n" + "x,personnel,X,persons,12000,A,2024-11-01".Replace(',', separator) + "\n";

        Refused(csv).Errors.Single().Message.Should().Contain("separated by " + said).And.Contain("comma");
    }

    [Fact]
    public void AByteOrderMark_StartingTheText_IsRead_AndInsideACell_IsNamed()
    {
        CsvFormat.ReadReports("\uFEFF" + CsvFormat.Write(Samples.Kursk2024)).Should().Equal(Samples.Kursk2024);

        // Two files joined: the second one's mark lands in the first cell of its header row, now a data row.
        var joined = CsvFormat.Write(Samples.Kursk2024) + "\uFEFF" + CsvFormat.Write(Samples.NorthKoreanTroops.Take(1));
        var errors = Refused(joined).Errors;
        errors.Should().Contain(x => x.Column == "id" && x.Message.Contains("byte order mark", StringComparison.Ordinal));

        Refused(Short + "\nx,personnel,X,persons,\uFEFF12000,A,2024-11-01\n").Errors.Single()
            .Should().Match<CsvRowError>(x => x.Column == "figure" && x.Message.Contains("U+FEFF", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoHundredThousandBadRows_KeepEveryErrorInTheList_AndTheMessageShort()
    {
        var csv = new StringBuilder(Short).Append('\n');
        for (int i = 0; i < 200_000; i++)
        {
            csv.Append('r').Append(i).Append(",personnel,X,persons,12000,A,not a date\n");
        }

        var e = FluentActions.Invoking(() => CsvFormat.ReadReports(csv.ToString())).Should().Throw<CsvImportException>().Which;

        e.Errors.Should().HaveCount(200_000);
        e.Errors[^1].Line.Should().Be(200_001);
        e.Errors[^1].Column.Should().Be("published");
        e.Message.Length.Should().BeLessThan(4_000);
        e.Message.Should().Contain("200,000 problems").And.Contain("199,990 more");
    }

    [Fact]
    public void Messages_QuoteABoundedExcerpt_WithControlAndBidiCharactersEscaped()
    {
        var huge = new string('9', 1_000_000) + " lots";
        var e = Refused(Short + "\nx,personnel,X,persons," + huge + ",A,2024-11-01\n"
            + "y,personnel,X,persons,\"12\u202E0\n00\",A,2024-11-01\n");

        e.Message.Length.Should().BeLessThan(2_000);
        e.Errors.Should().OnlyContain(x => x.Message.Length <= 300);
        e.Errors[1].Message.Should().Contain("\\u202E").And.Contain("\\n").And.NotContain("\u202E");
        e.Message.Should().NotContain("\u202E");
    }

    [Fact]
    public void CellsThatASpreadsheetWouldRun_AreWrittenAsText_AndReadBackUnchanged()
    {
        var published = new LocalDate(2024, 11, 1);
        var report = Report.Of("-1+1", Quantity.Of(Metric.Of("+personnel"), "@army", "Kursk", Unit.Persons, Statistic.Level), Estimate.Parse("about 11,000"),
            Provenance.Of(Source.Of("@DefenceU", SourceKind.Military, ConflictSide.Ukraine)), new DateInterval(published, published), published,
            "=HYPERLINK(\"https://evil.example\",\"click\")");
        var apostrophes = Samples.Kursk2024[1].WithQuote("'=already guarded'");

        var csv = CsvFormat.Write([report, apostrophes]);

        foreach (var cell in csv.Split('\n').Skip(1).SelectMany(line => line.Split(',')))
        {
            cell.TrimStart('"').Should().NotMatchRegex("^[=+\\-@\\t\\r]", "no cell may start a formula");
        }
        csv.Should().Contain("'=HYPERLINK").And.Contain("'+personnel").And.Contain("''=already");
        CsvFormat.ReadReports(csv).Should().Equal(report, apostrophes);
        // A hand-written apostrophe before anything else is the text's own.
        CsvFormat.ReadReports(Short + ",quote\nx,personnel,X,persons,12000,A,2024-11-01,'Tis so\n").Single().Quote.Should().Be("'Tis so");
    }

    [Theory]
    [InlineData("\"Military, Government\"")]
    [InlineData(" 1")]
    [InlineData("2")]
    [InlineData("Militar")]
    public void EnumCells_TakeNamesOnly(string kind)
        => Refused(Short + ",origin_kind\nx,personnel,X,persons,12000,A,2024-11-01," + kind + "\n").Errors.Single().Column.Should().Be("origin_kind");

    [Fact]
    public void EnumCells_TakeNamesWrittenWithSpaces()
        => CsvFormat.ReadReports(Short + ",origin_kind\nx,personnel,X,persons,12000,A,2024-11-01, intelligence service\n").Single()
            .Provenance.Origin.Kind.Should().Be(SourceKind.IntelligenceService);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/path")]
    [InlineData("file:///etc/passwd")]
    public void AUrlThatIsNotAWebAddress_IsRefused(string url)
    {
        var error = Refused(Short + ",url\nx,personnel,X,persons,12000,A,2024-11-01," + url + "\n").Errors.Single();

        error.Column.Should().Be("url");
        error.Message.Should().Contain("http or https");
    }

    [Fact]
    public void ADoubleQuoteInsideAnUnquotedCell_IsABadRow()
    {
        var error = Refused(Short + ",quote\nx,personnel,X,persons,12000,A,2024-11-01,He said \"12,000\"\n").Errors[0];

        error.Column.Should().Be("quote");
        error.Message.Should().Contain("double each quote");
    }

    [Fact]
    public void ReadingTakesAHedgeModel_ForEveryFigure()
    {
        var wider = HedgeModel.Default.WithSpread(HedgeKind.Approximate, Roundness.OneSignificantDigit, new HedgeSpread(-0.4, 0.4));

        var read = CsvFormat.ReadReports(CsvFormat.Write(Samples.Kursk2024), wider);

        read.Select(r => r.Estimate).Should().Equal(Samples.Kursk2024.Select(r => Estimate.Parse(r.Estimate.ToString(), wider)));
        read.Should().Equal(Samples.Kursk2024.Reinterpret(wider));
        read.Select(r => r.Estimate).Should().NotEqual(Samples.Kursk2024.Select(r => r.Estimate));
    }

    [Fact]
    public void StringsReadersWritersAndStreams_AllRoundTrip()
    {
        var reports = Samples.NorthKoreanTroops;
        using var stream = new MemoryStream();
        CsvFormat.Write(reports, stream);
        stream.Position = 0;
        CsvFormat.ReadReports(stream).Should().Equal(reports);
        stream.ToArray().Take(3).Should().NotEqual(Encoding.UTF8.GetPreamble(), "the stream is UTF-8 without a byte order mark");

        using var writer = new StringWriter();
        CsvFormat.Write(reports, writer);
        CsvFormat.ReadReports(new StringReader(writer.ToString())).Should().Equal(reports);
        CsvFormat.ReadReports(CsvFormat.Write(reports)).Should().Equal(reports);
        CsvFormat.ReadReportsSkippingBadRows(new MemoryStream(Encoding.UTF8.GetBytes(CsvFormat.Write(reports)))).Reports.Should().Equal(reports);
    }

    [Fact]
    public void WritingANullReport_WritesNothing()
    {
        using var writer = new StringWriter();

        FluentActions.Invoking(() => CsvFormat.Write([Samples.Kursk2024[0], null!], writer)).Should().Throw<ArgumentNullException>().WithParameterName("reports");

        writer.ToString().Should().BeEmpty();
    }
}
