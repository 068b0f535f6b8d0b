using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Presentation;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests;

/// <summary>The code of README.md's tour, kept here so that it compiles and does what the README says.</summary>
public class ReadmeTourTest
{
    [Fact]
    public void Estimates()
    {
        var nearly = Estimate.Parse("nearly 60,000");
        nearly.Hedge.Should().Be(HedgeKind.JustBelow);
        nearly.UpperBound.Should().Be(60_000);
        nearly.Quantile(0.999).Should().BeLessThanOrEqualTo(60_000);
        var interval = nearly.Interval(0.9);
        interval.Lower.Should().BeLessThan(interval.Upper);

        var area = Estimate.Parse("about 1,376 square kilometres");
        area.Stated.Unit.Should().Be("square kilometres");
        area.Median.Should().BeApproximately(1_376, 1e-6);

        Estimate.TryParse("sometime last year", out _).Should().BeFalse();
    }

    [Fact]
    public void ReportsAndAggregation()
    {
        var troops = Quantity.Of(Metric.Personnel, "North Korean troops", "Russia (Kursk front)");   // a level, in persons
        var nis = Source.Of("South Korea's National Intelligence Service", SourceKind.IntelligenceService, ConflictSide.ThirdParty);
        var wire = Source.Of("Yonhap", SourceKind.NewsAgency, ConflictSide.ThirdParty);
        var report = Report.Of(
            "nis-2024-11-20",
            troops,
            Estimate.Parse("around 10,900"),
            Provenance.Of(nis, Citation.Of(wire, new LocalDate(2024, 11, 20))).WithRating(AdmiraltyRating.Parse("B2")),
            new LocalDate(2024, 11, 20));   // about that day and published that day

        // A figure typed by hand, in one line (its id: "kyiv/2024-11-23/about 11,000"):
        var typed = Report.Of("about 11,000", troops, Source.Of("Kyiv", SourceKind.Government, ConflictSide.Ukraine), new LocalDate(2024, 11, 23));

        troops.Should().Be(Quantity.Of(Metric.Personnel, "North Korean troops", "Russia (Kursk front)", Unit.Persons, Statistic.Level));
        report.RefersTo.Equals(new DateInterval(new LocalDate(2024, 11, 20), new LocalDate(2024, 11, 20))).Should().BeTrue();
        report.Published.Should().Be(new LocalDate(2024, 11, 20));
        typed.Id.Should().Be("kyiv/2024-11-23/about 11,000");
        typed.Estimate.Stated.Value.Should().Be(11_000);

        var reports = Samples.NorthKoreanTroops.Add(report.WithId("my-copy-of-the-nis-figure"));
        var aggregate = reports.Aggregate(new LocalDate(2024, 12, 31));

        aggregate.Value.Should().BeInRange(10_000, 12_000);
        aggregate.IndependentOrigins.Should().Be(4);
        aggregate.Contributions.Single(c => c.Report.Id == "my-copy-of-the-nis-figure").Exclusion.Should().Be(Exclusion.Superseded);
        aggregate.Contributions.Single(c => c.Report.Id == "nk-troops/2024-11-20-nis").Exclusion.Should().Be(Exclusion.Superseded);
        var everyFigure = reports.Aggregate(new LocalDate(2024, 12, 31), AggregationOptions.Default with { SupersedeOlderLevels = false });
        everyFigure.IndependentOrigins.Should().Be(4);
        everyFigure.Contributions.Single(c => c.Report.Id == "my-copy-of-the-nis-figure").SharedOriginCount.Should().Be(3);
        PlainText.Of(aggregate).Should().Contain("independent origins");

        var pooled = Aggregate.Of(reports, new LocalDate(2024, 12, 31), AggregationOptions.Default with { Method = AggregationMethod.LinearPool });
        pooled.ConfidenceInterval.Width.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Consistency()
    {
        var shareLost = Samples.Kursk2024.Get("kursk-2024-11-23/share-lost");
        shareLost.Provenance.Formula!.Text.Should().Be("1 - [kursk-2024-11-23/area-now] / [kursk-2024-11-23/area-peak]");
        var recomputed = ForceEstimates.Consistency.ConsistencyCheck.Recompute(shareLost, Samples.Kursk2024);
        NumberText.Of(recomputed.Median).Should().Be("41.9");
        NumberText.Range(recomputed.Interval(0.9).Lower, recomputed.Interval(0.9).Upper).Should().Be("35.7–47.4");

        var findings = ForceEstimates.Consistency.ConsistencyCheck.Run(Samples.Kursk2024, ForceEstimates.Consistency.ConsistencyOptions.Default.WithPart("Kursk Oblast", "all fronts"));
        findings.Select(f => (f.Rule.ToString(), f.Verdict.ToString())).Should().Equal(
            ("DerivedFigure", "Consistent"), ("PartOfWhole", "Consistent"), ("PeakAtLeastLevel", "Consistent"));
        findings[0].Probability.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture).Should().Be("0.70");
        JsonFormat.Write(findings).Should().Contain("\"rule\": \"PartOfWhole\"");
        Html.Of(findings).Should().Contain("PeakAtLeastLevel");
    }

    [Fact]
    public void Extraction()
    {
        var articleText = ForceEstimates.Tests.Extraction.ExtractionData.Read("kursk-2024-11-23.txt");
        var figures = ForceEstimates.Extraction.ReportExtractor.Default.Extract(articleText, new LocalDate(2024, 11, 23), outlet: "Kyiv Independent");
        figures.Should().HaveCount(6);
        var nearly = figures.Single(f => f.Text == "nearly 60,000");
        nearly.Estimate.Hedge.Should().Be(HedgeKind.JustBelow);
        nearly.Place.Should().Be("Kursk Oblast");
        nearly.Attribution.ToString().Should().Contain("Reuters");
        var quantity = Quantity.Of(Metric.Personnel, "Russian troops", "Kursk Oblast", Unit.Persons, Statistic.Level);
        var report = nearly.ToReport(quantity);
        report.Estimate.Should().Be(nearly.Estimate);
    }

    [Fact]
    public void NumericCore()
    {
        double[] effects = { -0.89, -1.59, -1.35 };
        double[] variances = { 0.33, 0.19, 0.42 };
        var fit = MetaAnalysis.Fit(effects, variances, TauSquaredMethod.DerSimonianLaird, KnappHartung.Standard);
        fit.ConfidenceInterval.Contains(fit.Mean).Should().BeTrue();
        fit.ISquared.Should().BeInRange(0, 100);
    }
}
