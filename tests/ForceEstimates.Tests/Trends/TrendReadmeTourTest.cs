using FluentAssertions;
using ForceEstimates.Presentation;
using ForceEstimates.Trends;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Trends;

/// <summary>The code of README.md's trends tour (and of Trends/README.md), kept here so that it compiles and does what they say.</summary>
public class TrendReadmeTourTest
{
    [Fact]
    public void Trends()
    {
        ReportCollection losses = RadfordComparisonTest.Reports;   // the README reads the same file from samples/data
        TrendModel model = TrendModel.Fit(losses, null, TestContext.Current.CancellationToken);
        var deaths = Quantity.Of(Metric.Of("military deaths"), "Russia", null, Unit.Persons, Statistic.Cumulative);
        Estimate day365 = model.For(deaths).At(new LocalDate(2023, 2, 23));
        SourceBias ukraine = model.Bias(Source.Of("UA Source", SourceKind.Government, ConflictSide.Ukraine), deaths);
        var svg = Svg.Trend(model.For(deaths));

        day365.Mean.Should().BeGreaterThan(day365.Median, "the latent count is log-normal");
        ukraine.Factor.Should().BeGreaterThan(1, "Ukrainian sources count more Russian deaths than the others");
        svg.Should().StartWith("<svg");
    }
}
