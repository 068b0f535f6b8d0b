using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>One official body named several ways is one origin (KnownBodies), so articles relaying it are one voice.</summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("South Korea's spy agency", "the National Intelligence Service")]
    [InlineData("South Korea's National Intelligence Service", "Seoul's spy agency")]
    [InlineData("Ukraine's military intelligence", "the HUR")]
    [InlineData("the Pentagon", "the U.S. Defense Department")]
    [InlineData("Russia's Defence Ministry", "the Russian Ministry of Defense")]
    [InlineData("Gaza's Health Ministry", "the Hamas-run health ministry")]
    [InlineData("the UN refugee agency", "UNHCR")]
    [InlineData("the Office for the Coordination of Humanitarian Affairs", "the UN humanitarian office")]
    public void OneBodyNamedTwoWaysIsOneOrigin(string one, string other)
    {
        // Sentences written for this test.
        var first = ReportExtractor.Default.Extract($"About 11,000 soldiers are in the region, {one} said.", Published).Single();
        var second = ReportExtractor.Default.Extract($"Around 12,000 soldiers are in the region, {other} said on Friday.", Published).Single();

        first.ToProvenance().SharesOriginWith(second.ToProvenance()).Should().BeTrue();
    }

    [Theory]
    [InlineData("South Korea's spy agency", "Ukraine's military intelligence")]
    [InlineData("Russia's Defence Ministry", "Britain's Defence Ministry")]
    [InlineData("a source in Ukraine's General Staff", "Ukraine's General Staff")]
    [InlineData("the army", "the Israeli army")]
    public void DifferentBodiesStayApart(string one, string other)
    {
        // An anonymous source in a body is not the body's statement; "the army" alone names no one in particular.
        var first = ReportExtractor.Default.Extract($"About 11,000 soldiers are in the region, {one} said.", Published).Single();
        var second = ReportExtractor.Default.Extract($"Around 12,000 soldiers are in the region, {other} said on Friday.", Published).Single();

        first.ToProvenance().SharesOriginWith(second.ToProvenance()).Should().BeFalse();
    }

    [Fact]
    public void ThreeArticlesRelayingOneAgencyWeighAsOneVoice()
    {
        var figures = new[]
        {
            ("About 11,000 North Korean soldiers are in Kursk, South Korea's spy agency said.", new LocalDate(2024, 11, 20)),
            ("The NIS said around 11,000 North Korean troops were in Kursk.", new LocalDate(2024, 11, 21)),
            ("Some 10,000 North Korean troops are in Kursk, the Pentagon said.", new LocalDate(2024, 11, 21)),
        }.SelectMany(a => ReportExtractor.Default.Extract(a.Item1, a.Item2)).ToList();

        var aggregate = Aggregate.Of(ReportExtractor.ToReports(figures), new LocalDate(2024, 11, 22));

        aggregate.IndependentOrigins.Should().Be(2);
    }
}
