using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Presentation;
using ForceEstimates.Trends;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests;

/// <summary>
/// What a user sees when printing the library's objects: the library's one number format (NumberText), never a type
/// name or an exponent where the numbers are everyday figures.
/// </summary>
public class UserFacingTextTest
{
    [Fact]
    public void ATrendPointIsWrittenInTheLibrarysNumberFormat()
    {
        var point = new TrendPoint(new LocalDate(2023, 2, 23), 85_060.4, 45_612.9, 158_700.2, isExtrapolated: false);

        point.ToString().Should().Be("2023-02-23: 85,100 (95% 45,600–159,000)");
        new TrendPoint(new LocalDate(2023, 3, 1), 0.0123, 0.01, 0.02, isExtrapolated: true).ToString()
            .Should().Be("2023-03-01: 0.0123 (95% 0.01–0.02) (extrapolated)");
    }

    [Fact]
    public void ATrendSeriesEndsWithItsLastObservedPointInThatFormat()
    {
        var series = TrendModel.Fit(Samples.NorthKoreanTroops, null, TestContext.Current.CancellationToken).Series.Single();
        var last = series.Path.Single(p => p.Date == series.LastObserved);

        series.ToString().Should().EndWith("; " + last).And.NotContain("E+");
        last.ToString().Should().Contain(PlainText.Number(last.Median)).And.Contain(NumberText.Range(last.Lower, last.Upper));
    }

    [Fact]
    public void AnEstimateInOneLineIsItsFigureAndItsReading()
    {
        PlainText.Of(Estimate.Parse("nearly 60,000")).Should().Be("\"nearly 60,000\": median 57,800, 90% interval 54,000–59,500");
        // The median of "about 1,376" is its stated number, written with the four figures it was stated with.
        PlainText.Of(Estimate.Parse("about 1,376 square kilometres")).Should().Be("\"about 1,376 square kilometres\": median 1,376, 90% interval 1,361–1,391");

        // A recomputed figure's ToString is its 90% interval to every digit (it reads back); the line is for people.
        var recomputed = ForceEstimates.Consistency.ConsistencyCheck.Recompute(Samples.Kursk2024.Get("kursk-2024-11-23/share-lost"), Samples.Kursk2024);
        recomputed.ToString().Should().StartWith("between 35.68");
        PlainText.Of(recomputed).Should().Be("median 41.9, 90% interval 35.7–47.4");

        FluentActions.Invoking(() => PlainText.Of((Estimate)null!)).Should().Throw<System.ArgumentNullException>().WithParameterName("estimate");
    }

    [Fact]
    public void ACsvImportSaysWhatWasReadAndWhatWasSkipped()
    {
        var csv = CsvFormat.Write(Samples.NorthKoreanTroops).ReplaceLineEndings("\n").Split('\n').ToList();
        csv[2] = csv[2].Replace("\"12,000\"", "lots and lots", System.StringComparison.Ordinal);
        csv[4] = csv[4].Replace("2024-11-23", "23 Nov", System.StringComparison.Ordinal);

        var import = CsvFormat.ReadReportsSkippingBadRows(string.Join("\n", csv));

        import.Reports.Count.Should().Be(5);
        import.ToString().Should().Be("5 reports read; 2 bad rows skipped (lines 3, 5)");
        CsvFormat.ReadReportsSkippingBadRows(CsvFormat.Write(Samples.NorthKoreanTroops)).ToString().Should().Be("7 reports read; no bad rows");
    }

    [Fact]
    public void AReportingFloorShowsItsFloorsByKind()
    {
        ReportingFloor.Default.ToString().Should().Be("±10% (Unknown ±15%)");
        ReportingFloor.Uniform(0.2).ToString().Should().Be("±20%");
        ReportingFloor.Uniform(0.1).With(SourceKind.Analyst, 0.25).With(SourceKind.Unknown, 0.15).ToString()
            .Should().Be("±10% (Unknown ±15%, Analyst ±25%)");   // in the enum's order
        (TrendOptions.Default.ToString() ?? "").Should().Contain("ReportingFloor = ±10% (Unknown ±15%)");
    }
}
