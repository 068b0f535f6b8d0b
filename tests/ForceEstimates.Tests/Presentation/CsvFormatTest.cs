using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Presentation;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Presentation;

public partial class CsvFormatTest
{
    private const string Header = "id,metric,subject,place,unit,statistic,figure,origin,origin_kind,origin_side,chain,published,refers_to_start,refers_to_end,rating,url,quote";

    private static ReportCollection Read(string csv) => CsvFormat.ReadReports(new StringReader(csv));

    [Fact]
    public void TheSamplesRoundTrip()
    {
        foreach (var reports in new[] { Samples.Kursk2024, Samples.NorthKoreanTroops })
        {
            var back = Read(CsvFormat.Write(reports));
            back.Should().Equal(reports);
            // Equality of sources is by name; the origin's kind and side are in the file too.
            back.Select(r => (r.Provenance.Origin.Kind, r.Provenance.Origin.Side, r.Provenance.Origin.IsAnonymous))
                .Should().Equal(reports.Select(r => (r.Provenance.Origin.Kind, r.Provenance.Origin.Side, r.Provenance.Origin.IsAnonymous)));
        }
    }

    [Fact]
    public void AHandWrittenFileIsRead()
    {
        var csv = Header + "\n"
            + "nk-1,personnel,North Korean troops,Kursk Oblast,troops,,\"about 11,000\",Kyiv,Government,Ukraine,Kyiv Independent@2024-11-23,2024-11-23,2024-11-01,,C2,https://example.org/a,\"He said \"\"about 11,000\"\"\"\n";
        var report = Read(csv).Single();
        report.Id.Should().Be("nk-1");
        report.Quantity.Unit.Should().Be(Unit.Persons);
        report.Quantity.Statistic.Should().Be(Statistic.Level);
        report.Estimate.Should().Be(Estimate.Parse("about 11,000"));
        report.Provenance.Chain.Select(c => c.Source.Name).Should().Equal("Kyiv", "Kyiv Independent");
        report.Provenance.Chain[1].Date.Should().Be(new LocalDate(2024, 11, 23));
        report.Provenance.Chain[1].Url.Should().Be(new Uri("https://example.org/a"));
        report.Provenance.Origin.Side.Should().Be(ConflictSide.Ukraine);
        report.Provenance.Rating.ToString().Should().Be("C2");
        report.RefersTo.Equals(new DateInterval(new LocalDate(2024, 11, 1), new LocalDate(2024, 11, 1))).Should().BeTrue();
        report.Quote.Should().Be("He said \"about 11,000\"");
    }

    [Fact]
    public void EveryBadRowIsReportedAndNothingImported()
    {
        var csv = Header + "\n"
            + "ok-1,personnel,X,,persons,,12000,A,,,,2024-11-01,,,,,\n"
            + "bad-1,personnel,X,,persons,,lots and lots,A,,,,2024-11-01,,,,,\n"
            + "bad-2,personnel,X,,persons,Sometimes,12000,A,,,,1 Nov 2024,,,Z9,,\n"
            + "ok-1,personnel,X,,persons,,13000,A,,,,2024-11-02,,,,,\n";
        var e = FluentActions.Invoking(() => Read(csv)).Should().Throw<CsvImportException>().Which;
        e.Errors.Select(x => (x.Line, x.Column)).Should().Equal((3, "figure"), (4, "statistic"), (4, "published"), (4, "rating"), (5, "id"));
        e.Errors[0].ReportId.Should().Be("bad-1");
        e.Message.Should().Contain("line 3, column \"figure\"").And.Contain("lots and lots");

        var partial = CsvFormat.ReadReportsSkippingBadRows(new StringReader(csv));
        partial.Reports.Select(r => r.Id).Should().Equal("ok-1");
        partial.BadRows.Should().HaveCount(5);
    }

    [Fact]
    public void LinesCountFromTheStartOfRowsWithLineBreaksInQuotes()
    {
        var csv = Header + "\n"
            + "a,personnel,X,,persons,,12000,A,,,,2024-11-01,,,,,\"two\nlines\"\n"
            + "b,personnel,X,,persons,,12000,A,,,,not a date,,,,,\n";
        var e = FluentActions.Invoking(() => Read(csv)).Should().Throw<CsvImportException>().Which;
        e.Errors.Single().Line.Should().Be(4);
    }

    [Fact]
    public void AMissingRequiredColumnIsReported()
    {
        var e = FluentActions.Invoking(() => Read("id,metric,subject,unit,origin,published\nx,personnel,X,persons,A,2024-11-01\n"))
            .Should().Throw<CsvImportException>().Which;
        e.Errors.Single().Column.Should().Be("figure");
        e.Errors.Single().Line.Should().Be(1);
        FluentActions.Invoking(() => CsvFormat.ReadReports((TextReader)null!)).Should().Throw<ArgumentNullException>();
    }
}
