using System;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Presentation;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Presentation;

public partial class JsonFormatTest
{
    public static TheoryData<string> Figures() =>
    [
        "about 11,000", "nearly 60,000", "over 40 per cent", "between 11,000 and 20,000", "12,000",
        "exactly 5", "tens of thousands", "at most 1,376 square kilometres", "approximately 800 sq km", "up to 15,000", "several hundred",
    ];

    [Theory]
    [MemberData(nameof(Figures))]
    public void EstimatesRoundTrip(string text)
    {
        var estimate = Estimate.Parse(text);
        var json = JsonFormat.Write(estimate);
        JsonDocument.Parse(json).RootElement.GetProperty("formatVersion").GetInt32().Should().Be(1);
        JsonFormat.ReadEstimate(json).Should().Be(estimate);
    }

    [Fact]
    public void EstimatesGivenAsDistributionsRoundTrip()
    {
        var distributions = new EstimateDistribution[]
        {
            PointDistribution.Of(7),
            NormalDistribution.Of(100, 12.5),
            LogNormalDistribution.FromMedian(11_000, 0.2),
            UniformDistribution.Of(10, 20),
            ScaledDistribution.Of(LogNormalDistribution.FromMedian(800, 0.1), 2.5),
            MixtureDistribution.Of([NormalDistribution.Of(100, 10), LogNormalDistribution.FromMedian(150, 0.3)], [0.25, 0.75]),
        };
        foreach (var distribution in distributions)
        {
            var estimate = Estimate.FromDistribution(distribution);
            JsonFormat.ReadEstimate(JsonFormat.Write(estimate, indented: false)).Should().Be(estimate, distribution.GetType().Name);
        }
    }

    [Fact]
    public void AnEstimateReadByAnotherModelKeepsItsDistribution_WhenReadUnderThatModel()
    {
        var wider = HedgeModel.Default.WithSpread(HedgeKind.Approximate, Roundness.OneSignificantDigit, new HedgeSpread(-0.3, 0.3));
        var parsed = Estimate.Parse("about 5,000");
        var other = Estimate.Parse("about 5,000", wider);

        var back = JsonFormat.ReadEstimate(JsonFormat.Write(other, wider), wider);

        back.Should().Be(other);
        back.Should().NotBe(parsed);
        back.ToString().Should().Be("about 5,000");
    }

    [Fact]
    public void WithoutADistributionTheTextIsReadByTheDefaultModel()
        => JsonFormat.ReadEstimate("{\"text\": \"nearly 60,000\"}").Should().Be(Estimate.Parse("nearly 60,000"));

    [Fact]
    public void ReportsAndCollectionsRoundTrip()
    {
        foreach (var report in Samples.Kursk2024.Concat(Samples.NorthKoreanTroops))
        {
            JsonFormat.ReadReport(JsonFormat.Write(report)).Should().Be(report, report.Id);
            JsonFormat.ReadProvenance(JsonFormat.Write(report.Provenance)).Should().Be(report.Provenance);
        }
        var back = JsonFormat.ReadReports(JsonFormat.Write(Samples.Kursk2024));
        back.Should().Equal(Samples.Kursk2024);
    }

    [Fact]
    public void AggregatesAreWrittenWithEveryContribution()
    {
        var aggregate = Aggregate.Of(Samples.NorthKoreanTroops, new LocalDate(2024, 12, 31));
        using var doc = JsonDocument.Parse(JsonFormat.Write(aggregate));
        var root = doc.RootElement;
        root.GetProperty("formatVersion").GetInt32().Should().Be(1);
        root.GetProperty("value").GetDouble().Should().Be(aggregate.Value);
        root.GetProperty("confidenceInterval").GetProperty("lower").GetDouble().Should().Be(aggregate.ConfidenceInterval.Lower);
        root.GetProperty("asOf").GetString().Should().Be("2024-12-31");
        var contributions = root.GetProperty("contributions").EnumerateArray().ToArray();
        contributions.Should().HaveCount(aggregate.Contributions.Count);
        contributions.Select(c => c.GetProperty("share").ValueKind == JsonValueKind.Number ? c.GetProperty("share").GetDouble() : 0).Sum().Should().BeApproximately(1, 1e-9);
        contributions.Select(c => c.GetProperty("report").GetProperty("id").GetString()).Should().Equal(aggregate.Contributions.Select(c => c.Report.Id));
        // A figure read with its rounding carries its bin ("around 10,000": 9,500–15,000); one that is not, null.
        for (int i = 0; i < contributions.Length; i++)
        {
            var bin = contributions[i].GetProperty("roundingBin");
            if (aggregate.Contributions[i].RoundingBin is { } expected)
            {
                bin.GetProperty("lower").GetDouble().Should().Be(expected.Lower);
                bin.GetProperty("upper").GetDouble().Should().Be(expected.Upper);
            }
            else
            {
                bin.ValueKind.Should().Be(JsonValueKind.Null);
            }
        }
        aggregate.Contributions[0].Report.Estimate.Stated.Text.Should().Be("around 10,000");
        contributions[0].GetProperty("roundingBin").GetProperty("lower").GetDouble().Should().BeApproximately(9_500, 1e-6);
        aggregate.Contributions.Should().Contain(c => !c.Included && c.RoundingBin == null, "a report not used has none");
    }

    [Fact]
    public void TheOptionsSerializeOurTypesInsideOtherObjects()
    {
        var json = JsonSerializer.Serialize(new[] { Samples.Kursk2024[0], Samples.Kursk2024[1] }, JsonFormat.CreateOptions());
        JsonSerializer.Deserialize<Report[]>(json, JsonFormat.CreateOptions()).Should().Equal(Samples.Kursk2024[0], Samples.Kursk2024[1]);
        json.Should().NotContain("formatVersion");
    }

    [Fact]
    public void MalformedJsonNamesTheLineAndPosition()
    {
        var act = () => JsonFormat.ReadReport("{\n  \"id\": \"x\",\n  \"quantity\": {,\n}");
        var e = act.Should().Throw<JsonException>().Which;
        e.Message.Should().Contain("line 3");
        e.LineNumber.Should().Be(2);
    }

    [Fact]
    public void AWrongFieldIsNamed()
    {
        var json = JsonFormat.Write(Samples.Kursk2024[0]).Replace("\"published\": \"2024-11-23\"", "\"published\": \"23 Nov\"", StringComparison.Ordinal);
        var e = FluentActions.Invoking(() => JsonFormat.ReadReport(json)).Should().Throw<JsonException>().Which;
        e.Message.Should().Contain("\"report.published\"").And.Contain("23 Nov").And.MatchRegex("line [0-9]+, position [0-9]+");
        e.LineNumber.Should().BeGreaterThan(10);

        var badFigure = JsonFormat.Write(Samples.Kursk2024[0]).Replace("\"text\": \"about 1,376", "\"text\": \"about lots 1,376", StringComparison.Ordinal);
        FluentActions.Invoking(() => JsonFormat.ReadReport(badFigure)).Should().Throw<JsonException>().WithMessage("*\"report.estimate.text\"*");
    }

    [Fact]
    public void MissingFieldsAndOtherVersionsAreRefused()
    {
        FluentActions.Invoking(() => JsonFormat.ReadEstimate("{\"formatVersion\": 2, \"text\": \"5\"}")).Should().Throw<JsonException>().WithMessage("*formatVersion*1*2*");
        FluentActions.Invoking(() => JsonFormat.ReadEstimate("{\"hedge\": \"Bare\"}")).Should().Throw<JsonException>().WithMessage("*\"text\"*missing*");
        FluentActions.Invoking(() => JsonFormat.ReadReports("{\"reports\": [{\"id\": 5}]}")).Should().Throw<JsonException>().WithMessage("*\"reports[0].id\"*");
        FluentActions.Invoking(() => JsonFormat.ReadEstimate(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => JsonFormat.ReadEstimate("{\"text\": \"5\", \"distribution\": {\"kind\": \"normal\", \"mu\": 5, \"sigma\": -1}}"))
            .Should().Throw<JsonException>().WithMessage("*\"estimate.distribution\"*");
    }

    [Fact]
    public void DistributionFieldsAreReadAsStrictlyAsEveryOtherField()
    {
        static string OneSided(string direction) =>
            "{\"text\": \"over 100\", \"hedge\": \"Distribution\", \"distribution\": {\"kind\": \"oneSided\", \"bound\": 100, " + direction + "\"shape\": 2, \"scale\": 0.05}}";

        JsonFormat.ReadEstimate(OneSided("\"direction\": \"above\", ")).Distribution.Should().BeOfType<OneSidedDistribution>()
            .Which.Direction.Should().Be(OneSidedDirection.Above);
        // A number for an enum is refused here as for every other enum field.
        FluentActions.Invoking(() => JsonFormat.ReadEstimate(OneSided("\"direction\": \"1\", ")))
            .Should().Throw<JsonException>().WithMessage("*Above*\"estimate.distribution.direction\"*\"1\"*");
        FluentActions.Invoking(() => JsonFormat.ReadEstimate(OneSided("")))
            .Should().Throw<JsonException>().WithMessage("*\"direction\"*estimate.distribution*missing*");
        FluentActions.Invoking(() => JsonFormat.ReadEstimate(
                "{\"text\": \"5\", \"distribution\": {\"kind\": \"mixture\", \"weights\": [1, \"x\"], \"components\": []}}"))
            .Should().Throw<JsonException>().WithMessage("*\"estimate.distribution.weights[1]\"*");
    }
}
