using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using FsCheck.Xunit;
using ForceEstimates.Aggregation;
using Xunit;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>
/// <see cref="MetaAnalysis.FitNoiseScaleMany"/>: every group's result is the bits <see cref="MetaAnalysis.FitNoiseScale"/>
/// gives for it, on one thread or several, and a bad argument is found before anything is written.
/// </summary>
public partial class MetaAnalysisTest
{
    /// <summary>
    /// Groups drawn from <paramref name="seed"/>, with every kind of observation the fit reads differently: points,
    /// rounding bins (narrow intervals, taken as points), wide ranges, "at least" and "at most" bounds; group sizes 1 to
    /// 12, now and then one of 70 (past the fit's stack scratch), and the edge groups: one observation, one-sided
    /// groups (no lower or no upper bound), all bounded, and the same rounded figure from every source.
    /// </summary>
    private static (Observation[] Observations, int[] Offsets) NoiseScaleGroups(int seed, int groups)
    {
        var random = new Random(seed);
        var observations = new List<Observation>();
        var offsets = new List<int> { 0 };
        for (var g = 0; g < groups; g++)
        {
            double centre = 2 + (12 * random.NextDouble()), floor = 0.002 + (0.05 * random.NextDouble()), noise = 0.3 + (3 * random.NextDouble());
            Observation Draw(int kind)
            {
                double v = floor * (0.5 + random.NextDouble()), y = centre + (noise * Math.Sqrt(v) * Gaussian(random));
                return kind switch
                {
                    0 => Observation.Point(y, v),
                    1 => Observation.Between(y - 0.005, y + 0.005, v),
                    2 => Observation.Between(y - (0.3 * random.NextDouble()) - 0.05, y + (0.3 * random.NextDouble()) + 0.05, v),
                    3 => Observation.AtLeast(y, v),
                    _ => Observation.AtMost(y, v),
                };
            }
            var shape = random.Next(12);
            var size = shape switch
            {
                0 => 1,
                1 => 70,
                _ => 1 + random.Next(12),
            };
            for (var i = 0; i < size; i++)
            {
                observations.Add(shape switch
                {
                    2 => Draw(3),                                     // only "at least": no upper bound
                    3 => Draw(4),                                     // only "at most": no lower bound
                    4 => Draw(1 + random.Next(2)),                    // all bounded, no point
                    5 => Observation.Between(centre - 0.05, centre + 0.05, floor), // the same rounded figure
                    _ => Draw(random.Next(10) switch { < 5 => 0, < 7 => 1, 7 => 2, 8 => 3, _ => 4 }),
                });
            }
            offsets.Add(observations.Count);
        }
        return (observations.ToArray(), offsets.ToArray());
    }

    private static double Gaussian(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Every figure of a result as its bits (−0 and 0, or two NaNs, would differ).</summary>
    private static long[] Bits(in NoiseScaleResult r)
        =>
        [
            BitConverter.DoubleToInt64Bits(r.Median),
            BitConverter.DoubleToInt64Bits(r.ConfidenceInterval.Lower), BitConverter.DoubleToInt64Bits(r.ConfidenceInterval.Upper),
            BitConverter.DoubleToInt64Bits(r.ConfidenceInterval.Level),
            BitConverter.DoubleToInt64Bits(r.PredictionInterval.Lower), BitConverter.DoubleToInt64Bits(r.PredictionInterval.Upper),
            BitConverter.DoubleToInt64Bits(r.PredictionInterval.Level),
            BitConverter.DoubleToInt64Bits(r.NoiseScale), r.Count, (long)r.Status,
        ];

    /// <summary>The number of groups whose batch result differs in any bit from the fit of the group alone.</summary>
    private static int NoiseScaleManyDiffers(Observation[] observations, int[] offsets, NoiseScalePrior? prior, double level, int threads)
    {
        var results = new NoiseScaleResult[offsets.Length - 1];
        MetaAnalysis.FitNoiseScaleMany(observations, offsets, results, prior, level, threads);
        var differ = 0;
        for (var g = 0; g < results.Length; g++)
        {
            var alone = MetaAnalysis.FitNoiseScale(observations.AsSpan(offsets[g], offsets[g + 1] - offsets[g]), prior, level);
            differ += Bits(results[g]).SequenceEqual(Bits(alone)) ? 0 : 1;
        }
        return differ;
    }

    [Theory]
    [InlineData(1, 0.95)]
    [InlineData(2, 0.95)]
    [InlineData(-1, 0.95)]
    [InlineData(1, 0.8)]
    [InlineData(2, 0.8)]
    public void FitNoiseScaleManyGivesEachGroupTheBitsOfItsOwnFit(int threads, double level)
    {
        var (observations, offsets) = NoiseScaleGroups(15, 600);
        // The mix holds every edge the fit treats on its own.
        var sizes = offsets.Zip(offsets.Skip(1), (a, b) => b - a).ToArray();
        sizes.Should().Contain(1).And.Contain(70);
        NoiseScaleManyDiffers(observations, offsets, null, level, threads).Should().Be(0);
        NoiseScaleManyDiffers(observations, offsets, NoiseScalePrior.Between(0.5, 4).WithSourceSpread(0), level, threads).Should().Be(0);
    }

    [Property(MaxTest = 40)]
    public bool FitNoiseScaleManyGivesEveryDrawTheBitsOfItsOwnFit(int seed)
    {
        var (observations, offsets) = NoiseScaleGroups(seed, 80);
        return NoiseScaleManyDiffers(observations, offsets, null, 0.95, 1 + Math.Abs(seed % 3)) == 0;
    }

    [Fact]
    public void FitNoiseScaleManyEdgeGroupsAreTheSingleFitsEdges()
    {
        Observation[] observations =
        [
            Observation.Point(9.0, 0.01),                                            // k = 1
            Observation.AtLeast(2.0, 0.01), Observation.AtLeast(2.5, 0.02),          // one-sided, no upper bound
            Observation.AtMost(1.0, 0.01), Observation.AtMost(1.5, 0.01),            // one-sided, no lower bound
            Observation.Between(3.0, 3.4, 0.01), Observation.Between(3.1, 3.6, 0.01), Observation.Between(2.9, 3.2, 0.02), // all bounded
        ];
        int[] offsets = [0, 1, 3, 5, 8];
        var results = new NoiseScaleResult[4];
        MetaAnalysis.FitNoiseScaleMany(observations, offsets, results);
        results[0].Status.Should().Be(MetaAnalysisStatus.SingleStudy);
        results[0].Median.Should().Be(9.0);
        results[1].ConfidenceInterval.Upper.Should().Be(double.PositiveInfinity);
        results[2].ConfidenceInterval.Lower.Should().Be(double.NegativeInfinity);
        results[3].ConfidenceInterval.Lower.Should().BeLessThan(results[3].Median);
        for (var g = 0; g < results.Length; g++)
        {
            Bits(results[g]).Should().Equal(Bits(MetaAnalysis.FitNoiseScale(observations.AsSpan(offsets[g], offsets[g + 1] - offsets[g]))));
        }
    }

    [Fact]
    public void FitNoiseScaleManyChecksEverythingBeforeWritingAnything()
    {
        var (observations, offsets) = NoiseScaleGroups(3, 10);
        var before = Enumerable.Repeat(MetaAnalysis.FitNoiseScale([Observation.Point(-7, 1)]), offsets.Length - 1).ToArray();
        var results = before.ToArray();
        void Rejects(Action call, string parameter)
        {
            call.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);
            results.Should().Equal(before);
        }
        Rejects(() => MetaAnalysis.FitNoiseScaleMany(observations, [1, .. offsets.Skip(1)], results), "groupOffsets");
        Rejects(() => MetaAnalysis.FitNoiseScaleMany(observations, [0, 0, .. offsets.Skip(1)], new NoiseScaleResult[offsets.Length]), "groupOffsets");
        Rejects(() => MetaAnalysis.FitNoiseScaleMany(observations, [.. offsets.SkipLast(1), observations.Length - 1], results), "groupOffsets");
        Rejects(() => MetaAnalysis.FitNoiseScaleMany(observations, [0], []), "groupOffsets");
        Rejects(() => MetaAnalysis.FitNoiseScaleMany(observations, offsets, results.AsSpan(1)), "results");
        Rejects(() => MetaAnalysis.FitNoiseScaleMany(observations, offsets, results, level: 1), "level");
        Rejects(() => MetaAnalysis.FitNoiseScaleMany(observations, offsets, results, level: double.NaN), "level");
        Rejects(() => MetaAnalysis.FitNoiseScaleMany(observations, offsets, results, maxDegreeOfParallelism: 0), "maxDegreeOfParallelism");
        Rejects(() => MetaAnalysis.FitNoiseScaleMany(observations, offsets, results, maxDegreeOfParallelism: -2), "maxDegreeOfParallelism");
        // An observation not made by a factory method, in the last group: named by its index and its group, and the
        // groups before it are not written either.
        var last = observations.Length - 1;
        observations[last] = default;
        FluentActions.Invoking(() => MetaAnalysis.FitNoiseScaleMany(observations, offsets, results, maxDegreeOfParallelism: 2))
            .Should().Throw<ArgumentException>().WithMessage($"*observations[{last}] (group {offsets.Length - 2})*")
            .Which.ParamName.Should().Be("observations");
        results.Should().Equal(before);
    }

    [Fact]
    public void FitNoiseScaleManyOnTheCallingThreadAllocatesNothing()
    {
        var (observations, offsets) = NoiseScaleGroups(8, 200);
        // Groups of at most 64 observations: the fit's scratch is on the stack.
        var small = Enumerable.Range(0, offsets.Length - 1).Where(g => offsets[g + 1] - offsets[g] <= 64).ToArray();
        var kept = small.SelectMany(g => observations[offsets[g]..offsets[g + 1]]).ToArray();
        var keptOffsets = new int[small.Length + 1];
        for (var j = 0; j < small.Length; j++)
        {
            keptOffsets[j + 1] = keptOffsets[j] + (offsets[small[j] + 1] - offsets[small[j]]);
        }
        var results = new NoiseScaleResult[small.Length];
        AllocatedByOneCall(() => MetaAnalysis.FitNoiseScaleMany(kept, keptOffsets, results, level: 0.9)).Should().Be(0);
    }
}
