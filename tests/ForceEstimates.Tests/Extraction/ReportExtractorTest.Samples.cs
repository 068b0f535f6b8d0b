using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>The extractor against the hand-made reports of the seed article in <see cref="Samples.Kursk2024"/>.</summary>
public partial class ReportExtractorTest
{
    [Fact]
    public void SeedFiguresAgreeWithTheHandMadeSampleReports()
    {
        var (_, figures) = ReadSeed();
        foreach (var report in Samples.Kursk2024)
        {
            var figure = figures.SingleOrDefault(f => f.Estimate.Stated.Values.SequenceEqual(report.Estimate.Stated.Values));
            figure.Should().NotBeNull("the extractor finds {0}", report.Id);
            figure!.Estimate.Hedge.Should().Be(report.Estimate.Hedge, report.Id);
            var chain = figure.ToProvenance().Chain;
            chain[^1].Source.IsSameAs(report.Provenance.Outlet).Should().BeTrue(report.Id);
            if (report.Provenance.DerivedFrom.Count > 0)
            {
                // Reuters' own summary in the sample; the sentence itself cites the General Staff source.
                chain.Select(c => c.Source.Name).Should().Contain("Reuters", report.Id);
                continue;
            }
            chain.Should().HaveSameCount(report.Provenance.Chain, report.Id);
            foreach (var (extracted, handMade) in chain.Zip(report.Provenance.Chain))
            {
                extracted.Source.IsSameAs(handMade.Source).Should().BeTrue("{0}: {1} is {2}", report.Id, extracted.Source, handMade.Source);
            }
            // The sample dates "previously said" to the month before publication and the peak from the incursion
            // on; the extractor's dates end inside those periods (and equal the single days).
            report.RefersTo.Contains(figure.RefersTo.End).Should().BeTrue("{0}: {1} ends inside {2}", report.Id, figure.RefersTo, report.RefersTo);
        }
    }
}
