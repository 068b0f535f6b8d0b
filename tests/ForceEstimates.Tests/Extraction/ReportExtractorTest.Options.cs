using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>The extractor's options: immutable, validated, changed through With... copies.</summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void DefaultHasTheDefaultHedgeModel()
    {
        ReportExtractor.Default.HedgeModel.Should().BeSameAs(HedgeModel.Default);
        ReportExtractor.Default.PreviouslyLookBackDays.Should().Be(30);
    }

    [Fact]
    public void WithMethodsReturnChangedCopies()
    {
        var model = HedgeModel.Default;
        var changed = ReportExtractor.Default.WithHedgeModel(model).WithPreviouslyLookBackDays(10);
        changed.Should().NotBeSameAs(ReportExtractor.Default);
        changed.PreviouslyLookBackDays.Should().Be(10);
        ReportExtractor.Default.PreviouslyLookBackDays.Should().Be(30);
    }

    [Fact]
    public void BadOptionsAreRejected()
    {
        FluentActions.Invoking(() => ReportExtractor.Default.WithHedgeModel(null!)).Should().Throw<ArgumentNullException>().WithParameterName("model");
        FluentActions.Invoking(() => ReportExtractor.Default.WithPreviouslyLookBackDays(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
        FluentActions.Invoking(() => ReportExtractor.Default.WithPreviouslyLookBackDays(int.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
        FluentActions.Invoking(() => ReportExtractor.Default.WithKnownSource(" ")).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => ReportExtractor.Default.WithKnownSource("X", "")).Should().Throw<ArgumentException>().WithParameterName("aliases");
        FluentActions.Invoking(() => ReportExtractor.Default.WithKnownSource(null!)).Should().Throw<ArgumentNullException>().WithParameterName("name");
    }

    [Fact]
    public void TheLongestLookBackWindowStillReadsAnArticle()
    {
        // A window of a century is accepted and must not run off the calendar when the figure is dated.
        var figure = ReportExtractor.Default.WithPreviouslyLookBackDays(ReportExtractor.MaxPreviouslyLookBackDays)
            .Extract("Kyiv has previously said that about 11,000 soldiers joined.", Published).Single();
        figure.RefersTo.End.Should().Be(Published.PlusDays(-1));
        figure.RefersTo.Start.Should().Be(Published.PlusDays(-ReportExtractor.MaxPreviouslyLookBackDays));
    }
}
