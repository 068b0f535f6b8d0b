using System.Linq;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>
/// The short seeded form of the cumulative-count study (<c>tools/CumulativeStudy</c>, 1,000 trials, in its README):
/// <see cref="ForceEstimates.Aggregation.Aggregate.Of(System.Collections.Generic.IEnumerable{Report}, NodaTime.LocalDate, ForceEstimates.Aggregation.AggregationOptions?)"/>
/// on a growing count reported by several origins on their own dates, against the truth as of the last day, the
/// reading before the selection step (figures as levels), and what a user does by hand.
/// </summary>
public class CumulativeStudyTest
{
    [Fact]
    public void TheSelectionStepCoversTheCountAsOfTheLastDayAndBeatsTheOldReading()
    {
        var methods = CumulativeSimulation.Methods(withTrend: false)
            .Where(m => m.Name.Contains("before") || m.Name.EndsWith("window 7 days") || m.Name.Contains("newest figure") || m.Name.Contains("last week"))
            .ToArray();
        var scores = CumulativeSimulation.Run(firstSeed: 7_000, trials: 100, methods).ToDictionary(s => s.Method);
        var before = scores.Values.Single(s => s.Method.Contains("before"));
        var now = scores.Values.Single(s => s.Method.EndsWith("window 7 days"));
        var newest = scores.Values.Single(s => s.Method.Contains("newest figure"));
        var lastWeek = scores.Values.Single(s => s.Method.Contains("last week"));

        // 95% nominal: below 85% in 100 trials has binomial probability under 1e-4.
        now.Coverage.Should().BeGreaterOrEqualTo(0.85);
        before.Coverage.Should().BeLessThan(0.2, "averaging earlier values with today's misses a growing count");
        now.MedianAbsoluteLogError.Should().BeLessThan(before.MedianAbsoluteLogError / 3);
        now.MedianAbsoluteLogError.Should().BeLessThan(newest.MedianAbsoluteLogError);
        now.MedianAbsoluteLogError.Should().BeLessThan(lastWeek.MedianAbsoluteLogError * 1.25);
        lastWeek.Coverage.Should().BeLessThan(now.Coverage, "the last week's spread alone leaves out the sources' biases");
    }
}
