using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using Xunit;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>FitMany and the promise that the fits allocate nothing.</summary>
public partial class MetaAnalysisTest
{
    [Fact]
    public void FitManyEqualsFitPerGroupAndNamesTheGlobalIndexOfABadValue()
    {
        var random = new Random(3);
        int[] sizes = [1, 2, 8, 3, 13, 8];
        var offsets = new int[sizes.Length + 1];
        for (var g = 0; g < sizes.Length; g++)
        {
            offsets[g + 1] = offsets[g] + sizes[g];
        }
        var y = Enumerable.Range(0, offsets[^1]).Select(_ => random.NextDouble() * 3).ToArray();
        var v = Enumerable.Range(0, offsets[^1]).Select(_ => 0.01 + random.NextDouble()).ToArray();
        var results = new MetaAnalysisResult[sizes.Length];
        foreach (var method in Enum.GetValues<TauSquaredMethod>())
        {
            MetaAnalysis.FitMany(y, v, offsets, results, method, KnappHartung.Standard);
            for (var g = 0; g < sizes.Length; g++)
            {
                results[g].Should().Be(MetaAnalysis.Fit(y.AsSpan(offsets[g], sizes[g]), v.AsSpan(offsets[g], sizes[g]), method, KnappHartung.Standard));
            }
        }
        v[20] = -1;
        FluentActions.Invoking(() => MetaAnalysis.FitMany(y, v, offsets, results))
            .Should().Throw<ArgumentException>().WithMessage("*variances[20]*");
        FluentActions.Invoking(() => MetaAnalysis.FitMany(y, v, [0, 5, 5, y.Length], new MetaAnalysisResult[3]))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("groupOffsets");
        FluentActions.Invoking(() => MetaAnalysis.FitMany(y, v, [0, y.Length - 1], new MetaAnalysisResult[1]))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("groupOffsets");
        FluentActions.Invoking(() => MetaAnalysis.FitMany(y, v, offsets, new MetaAnalysisResult[2]))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("results");
    }

    [Fact]
    public void FitAndFitManyAllocateNothing()
    {
        var random = new Random(5);
        var y = Enumerable.Range(0, 800).Select(_ => random.NextDouble()).ToArray();
        var v = Enumerable.Range(0, 800).Select(_ => 0.01 + random.NextDouble()).ToArray();
        var offsets = Enumerable.Range(0, 101).Select(g => g * 8).ToArray();
        var results = new MetaAnalysisResult[100];
        Observation[] observations = [Observation.Point(1, 0.1), Observation.AtLeast(1.5, 0.1), Observation.Between(0.5, 2, 0.2), Observation.Point(0.2, 0.1)];
        var methods = Enum.GetValues<TauSquaredMethod>();
        int[] censoredOffsets = [0, 2, 4];
        var censoredResults = new MetaAnalysisResult[2];
        var percentages = new double[v.Length];
        void Run()
        {
            foreach (var method in methods)
            {
                MetaAnalysis.Fit(y, v, method, KnappHartung.Standard);
                MetaAnalysis.FitMany(y, v, offsets, results, method);
            }
            MetaAnalysis.FitCensored(observations, []);
            MetaAnalysis.FitCensoredMany(observations, [], censoredOffsets, censoredResults);
            MetaAnalysis.Weights(v, 0.1, percentages);
        }
        AllocatedByOneCall(Run).Should().Be(0);
    }

    /// <summary>
    /// The bytes one call of <paramref name="call"/> allocates on this thread after a first, warming call: the fewest over
    /// up to three calls, each measured alone. The paths measured here are the same on every call (the same data; no pool,
    /// cache or lazily made static on them), so an allocation of their own is in every call and fails the test; what the
    /// runtime now and then bills to the thread once (7,440 bytes in one call of FitNoiseScaleMany, in one of 32 runs of
    /// the test project under load; the path allocates nothing in every other call) is in one call only.
    /// </summary>
    private static long AllocatedByOneCall(Action call)
    {
        call();
        long fewest = long.MaxValue;
        for (int i = 0; i < 3 && fewest != 0; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            call();
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        return fewest;
    }
}
