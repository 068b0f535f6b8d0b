using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Presentation;
using Xunit;

namespace ForceEstimates.Tests.Presentation;

/// <summary>The hostile documents of the hardening issue (13) and the hedge model that travels (issue 8, section 6), one test each.</summary>
public partial class JsonFormatTest
{
    private static readonly HedgeModel Wider = HedgeModel.Default.WithSpread(HedgeKind.Approximate, Roundness.OneSignificantDigit, new HedgeSpread(-0.4, 0.4));

    // The 0-based line of the first occurrence of a piece of the document: where an error about it must point.
    private static long LineOf(string json, string piece, int after = 0)
    {
        int at = json.IndexOf(piece, after, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"the document should contain {piece}");
        return json.AsSpan(0, at).Count('\n');
    }

    [Fact]
    public void AStoredDistribution_NeverOverridesItsText()
    {
        // The issue's document: "about 50,000" with a log-normal of median e^20 = 485,165,195 loaded as that.
        const string json = "{\n  \"text\": \"about 50,000\",\n  \"hedge\": \"Approximate\",\n  \"distribution\": {\n    \"kind\": \"logNormal\",\n    \"mu\": 20,\n    \"sigma\": 0.1\n  }\n}";

        var e = FluentActions.Invoking(() => JsonFormat.ReadEstimate(json)).Should().Throw<JsonException>().Which;

        e.Message.Should().Contain("\"estimate.distribution\"").And.Contain("about 50,000").And.Contain("485165195");
        e.LineNumber.Should().Be(LineOf(json, "\"distribution\""));
    }

    [Fact]
    public void ADistributionChangedInsideACollection_IsRefusedAtItsLine()
    {
        var json = JsonFormat.Write(Samples.Kursk2024);
        int report = json.IndexOf("\"id\": \"" + Samples.Kursk2024[0].Id + "\"", StringComparison.Ordinal);
        int mu = json.IndexOf("\"mu\": ", report, StringComparison.Ordinal);
        int end = json.IndexOf(',', mu);
        var changed = json[..mu] + "\"mu\": 20" + json[end..];

        var e = FluentActions.Invoking(() => JsonFormat.ReadReports(changed)).Should().Throw<JsonException>().Which;

        e.Message.Should().Contain("reports[0].estimate.distribution");
        e.LineNumber.Should().Be(LineOf(changed, "\"distribution\"", report));
    }

    [Fact]
    public void DocumentsRecordTheHedgeModel_AndADocumentReadUnderAnotherSaysSo()
    {
        var json = JsonFormat.Write(Samples.Kursk2024);
        using (var doc = JsonDocument.Parse(json))
        {
            var record = doc.RootElement.GetProperty("hedgeModel");
            record.GetProperty("name").GetString().Should().Be("Ferson2015");
            record.GetProperty("version").GetString().Should().Be(HedgeModel.Default.Version);
        }

        var e = FluentActions.Invoking(() => JsonFormat.ReadReports(json, Wider)).Should().Throw<JsonException>().Which;

        e.Message.Should().Contain("\"Ferson2015\"").And.Contain(Wider.Name).And.Contain(Wider.Version).And.Contain("ReadReportsReinterpreted");
        e.LineNumber.Should().Be(LineOf(json, "\"hedgeModel\""));
        JsonFormat.ReadReportsReinterpreted(json, Wider).Should().Equal(Samples.Kursk2024.Reinterpret(Wider));
    }

    [Fact]
    public void ADocumentWrittenUnderAModel_IsReadUnderIt()
    {
        var reports = Samples.Kursk2024.Reinterpret(Wider);

        var json = JsonFormat.Write(reports, Wider);

        JsonFormat.ReadReports(json, Wider).Should().Equal(reports);
        JsonFormat.ReadReport(JsonFormat.Write(reports[4], Wider), Wider).Should().Be(reports[4]);
        FluentActions.Invoking(() => JsonFormat.ReadReports(json)).Should().Throw<JsonException>().WithMessage("*hedge model*");
    }

    [Fact]
    public void WritingRefusesAnEstimateTheRecordedModelWouldNotGive()
    {
        var reports = Samples.Kursk2024.Reinterpret(Wider);

        FluentActions.Invoking(() => JsonFormat.Write(reports)).Should().Throw<ArgumentException>().WithParameterName("reports").WithMessage("*Ferson2015*");
        FluentActions.Invoking(() => JsonFormat.Write(Estimate.Parse("about 800", Wider))).Should().Throw<ArgumentException>().WithParameterName("estimate");
        using var writer = new StringWriter();
        FluentActions.Invoking(() => JsonFormat.Write(reports, writer)).Should().Throw<ArgumentException>();
        writer.ToString().Should().BeEmpty();
    }

    [Theory]
    [InlineData("{\"text\": \"5\",\n \"text\": \"5,000\"}", 1)]
    [InlineData("{\"formatVersion\": 1, \"formatVersion\": 1, \"text\": \"5\"}", 0)]
    [InlineData("{\"text\": \"about 5\", \"distribution\": {\"kind\": \"point\", \"value\": 5,\n \"kind\": \"normal\", \"mu\": 5, \"sigma\": 1}}", 1)]
    public void DuplicateKeys_AreRefused_AtTheSecond(string json, long line)
    {
        var e = FluentActions.Invoking(() => JsonFormat.ReadEstimate(json)).Should().Throw<JsonException>().Which;

        e.Message.Should().Contain("appears again");
        e.LineNumber.Should().Be(line);
    }

    [Theory]
    [InlineData("\"kind\": \"Military\"", "\"kind\": \"Military, Government\"")]
    [InlineData("\"kind\": \"Military\"", "\"kind\": \" 1\"")]
    [InlineData("\"kind\": \"Military\"", "\"kind\": \"2\"")]
    [InlineData("\"statistic\": \"Peak\"", "\"statistic\": \"Peak, Level\"")]
    public void EnumsTakeOneNameOnly(string written, string hostile)
    {
        var json = JsonFormat.Write(Samples.Kursk2024[0]);
        json.Should().Contain(written);

        var e = FluentActions.Invoking(() => JsonFormat.ReadReport(json.Replace(written, hostile, StringComparison.Ordinal)))
            .Should().Throw<JsonException>().Which;

        e.Message.Should().Contain("Expected one of");
        e.LineNumber.Should().Be(LineOf(json, written));
    }

    [Fact]
    public void ABadFigure_IsReportedAtItsOwnLine()
    {
        // It was reported 13 lines late, at the end of the report.
        var json = JsonFormat.Write(Samples.Kursk2024[0]).Replace("\"text\": \"about 1,376", "\"text\": \"about lots 1,376", StringComparison.Ordinal);
        json.Should().Contain("about lots");

        var e = FluentActions.Invoking(() => JsonFormat.ReadReport(json)).Should().Throw<JsonException>().Which;

        e.Message.Should().Contain("\"report.estimate.text\"").And.Contain(FormattableString.Invariant($"line {LineOf(json, "about lots") + 1},"));
        e.LineNumber.Should().Be(LineOf(json, "about lots"));
    }

    [Fact]
    public void TheTryForms_ReadWhatTheReadFormsRead_AndGiveTheirMessageInsteadOfThrowing()
    {
        var json = JsonFormat.Write(Samples.Kursk2024[0]);
        JsonFormat.TryReadReport(json, out var report, out var none).Should().BeTrue();
        report.Should().Be(JsonFormat.ReadReport(json));
        none.Should().BeNull();

        var bad = json.Replace("\"text\": \"about 1,376", "\"text\": \"about lots 1,376", StringComparison.Ordinal);
        var thrown = FluentActions.Invoking(() => JsonFormat.ReadReport(bad)).Should().Throw<JsonException>().Which;
        JsonFormat.TryReadReport(bad, out var missing, out var error).Should().BeFalse();
        missing.Should().BeNull();
        error.Should().Be(thrown.Message).And.Contain("\"report.estimate.text\"");

        var all = JsonFormat.Write(Samples.Kursk2024);
        JsonFormat.TryReadReports(all, out var reports, out _).Should().BeTrue();
        reports.Should().Equal(Samples.Kursk2024);
        JsonFormat.TryReadReports(all[..^3], out reports, out error).Should().BeFalse("a truncated document reads as nothing, not as some reports");
        reports.Should().BeNull();
        error.Should().StartWith("Cannot read a report collection from JSON at line ");
        JsonFormat.TryReadReports(null, out _, out error).Should().BeFalse();
        error.Should().Contain("null");

        var estimate = Estimate.Parse("nearly 60,000");
        JsonFormat.TryReadEstimate(JsonFormat.Write(estimate), out var read, out _).Should().BeTrue();
        read.Should().Be(estimate);
        JsonFormat.TryReadEstimate(JsonFormat.Write(estimate, Wider), Wider, out read, out _).Should().BeTrue();
        JsonFormat.TryReadEstimate("{\"text\": 7}", out _, out error).Should().BeFalse();
        error.Should().Contain("line 1");
        FluentActions.Invoking(() => JsonFormat.TryReadReports("[]", null!, out _, out _)).Should().Throw<ArgumentNullException>().WithParameterName("model");

        var provenance = Samples.Kursk2024[0].Provenance;
        JsonFormat.TryReadProvenance(JsonFormat.Write(provenance), out var chain, out error).Should().BeTrue();
        chain.Should().Be(provenance);
        error.Should().BeNull();
        var brokenChain = JsonFormat.Write(provenance)[..^2];
        var thrownChain = FluentActions.Invoking(() => JsonFormat.ReadProvenance(brokenChain)).Should().Throw<JsonException>().Which;
        JsonFormat.TryReadProvenance(brokenChain, out chain, out error).Should().BeFalse();
        chain.Should().BeNull();
        error.Should().Be(thrownChain.Message);
        JsonFormat.TryReadProvenance(null, out _, out error).Should().BeFalse();
        error.Should().Contain("null");
    }

    [Fact]
    public void ThroughJsonSerializerWithCreateOptions_TheLineAndPositionAreKept()
    {
        var options = JsonFormat.CreateOptions();
        options.WriteIndented = true;
        var json = JsonSerializer.Serialize(new[] { Samples.Kursk2024[0], Samples.Kursk2024[1] }, options);
        int second = json.IndexOf("\"id\": \"" + Samples.Kursk2024[1].Id, StringComparison.Ordinal);
        int text = json.IndexOf("\"text\": \"", second, StringComparison.Ordinal);
        var bad = json[..text] + "\"text\": \"lots and " + json[(text + "\"text\": \"".Length)..];

        var e = FluentActions.Invoking(() => JsonSerializer.Deserialize<Report[]>(bad, JsonFormat.CreateOptions())).Should().Throw<JsonException>().Which;

        e.LineNumber.Should().Be(LineOf(bad, "lots and"));
        e.BytePositionInLine.Should().BeGreaterThan(0);
        e.Path.Should().StartWith("$[1]");
        e.Message.Should().Contain("estimate.text");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/path")]
    [InlineData("ftp://example.org/a")]
    public void ACitationUrlThatIsNotAWebAddress_IsRefusedAtItsLine(string url)
    {
        var report = Samples.Kursk2024[0];
        var outlet = report.Provenance.Chain[^1];
        var linked = report.WithProvenance(Provenance.Of([.. report.Provenance.Chain.SkipLast(1), Citation.Of(outlet.Source, outlet.Date, new Uri("https://example.org/kursk"))]));
        var json = JsonFormat.Write(linked);
        var hostile = json.Replace("https://example.org/kursk", url, StringComparison.Ordinal);

        var e = FluentActions.Invoking(() => JsonFormat.ReadReport(hostile)).Should().Throw<JsonException>().Which;

        e.Message.Should().Contain(".url").And.Contain("http or https");
        e.LineNumber.Should().Be(LineOf(hostile, url));
    }

    [Fact]
    public void Messages_QuoteABoundedExcerpt_WithBidiCharactersEscaped()
    {
        var huge = new string('9', 1_000_000) + " lots";
        var e = FluentActions.Invoking(() => JsonFormat.ReadEstimate("{\"text\": \"" + huge + "\"}")).Should().Throw<JsonException>().Which;
        e.Message.Length.Should().BeLessThan(1_000);

        var bidi = FluentActions.Invoking(() => JsonFormat.ReadEstimate("{\"text\": \"12\u202E000 lots\"}")).Should().Throw<JsonException>().Which;
        bidi.Message.Should().Contain("\\u202E").And.NotContain("\u202E");

        var kind = FluentActions.Invoking(() => JsonFormat.ReadEstimate("{\"text\": \"5\", \"distribution\": {\"kind\": \"" + new string('x', 100_000) + "\"}}"))
            .Should().Throw<JsonException>().Which;
        kind.Message.Length.Should().BeLessThan(1_000);
    }

    [Fact]
    public void AHedgeThatIsNotTheTexts_IsRefused()
        => FluentActions.Invoking(() => JsonFormat.ReadEstimate("{\"text\": \"about 5,000\", \"hedge\": \"Exact\"}"))
            .Should().Throw<JsonException>().WithMessage("*\"estimate.hedge\"*Approximate*Exact*");

    [Fact]
    public void AnEstimateGivenAsADistribution_TakesItsTextFromIt()
    {
        var given = Estimate.FromDistribution(NormalDistribution.Of(100, 10));
        var json = JsonFormat.Write(given).Replace(given.ToString(), "about 50,000", StringComparison.Ordinal);

        var back = JsonFormat.ReadEstimate(json);

        back.Should().Be(given);
        back.ToString().Should().Be(given.ToString());
    }

    [Fact]
    public void StringsReadersWritersAndStreams_AllRoundTrip()
    {
        var reports = Samples.NorthKoreanTroops;
        using var stream = new MemoryStream();
        JsonFormat.Write(reports, stream);
        stream.Position = 0;
        JsonFormat.ReadReports(stream).Should().Equal(reports);

        using var writer = new StringWriter();
        JsonFormat.Write(reports, writer, indented: false);
        JsonFormat.ReadReports(new StringReader(writer.ToString())).Should().Equal(reports);

        var wider = reports.Reinterpret(Wider);
        using var widerStream = new MemoryStream();
        JsonFormat.Write(wider, widerStream, Wider);
        widerStream.Position = 0;
        JsonFormat.ReadReports(widerStream, Wider).Should().Equal(wider);
        JsonFormat.ReadReportsReinterpreted(new MemoryStream(Encoding.UTF8.GetBytes(JsonFormat.Write(reports))), Wider).Should().Equal(wider);
    }

    [Fact]
    public void CreateOptionsWithAModel_WritesAndReadsUnderIt()
    {
        var reports = Samples.Kursk2024.Reinterpret(Wider).ToArray();

        var json = JsonSerializer.Serialize(reports, JsonFormat.CreateOptions(Wider));

        JsonSerializer.Deserialize<Report[]>(json, JsonFormat.CreateOptions(Wider)).Should().Equal(reports);
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Report[]>(json, JsonFormat.CreateOptions())).Should().Throw<JsonException>();
        FluentActions.Invoking(() => JsonSerializer.Serialize(reports, JsonFormat.CreateOptions())).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void AnAggregateUnderAHedgeModel_RecordsIt()
    {
        var aggregate = Aggregate.Of(Samples.NorthKoreanTroops, new NodaTime.LocalDate(2024, 12, 31), AggregationOptions.Default with { HedgeModel = Wider });

        using var doc = JsonDocument.Parse(JsonFormat.Write(aggregate));

        doc.RootElement.GetProperty("hedgeModel").GetProperty("version").GetString().Should().Be(Wider.Version);
    }
}
