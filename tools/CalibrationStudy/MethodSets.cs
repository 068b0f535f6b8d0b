using System;
using System.Collections.Generic;
using System.Linq;
using ForceEstimates.Aggregation;

namespace ForceEstimates.CalibrationStudy;

/// <summary>
/// The methods the study compares: <c>library</c> (the library as a user calls it), <c>candidates</c> (the
/// prototypes the choice was made between), <c>explore</c> (variants looked at on the way), <c>all</c>
/// (library and candidates), or names separated by "|" (any method whose name contains one of them).
/// </summary>
internal static class MethodSets
{
    /// <summary>The methods of a named set.</summary>
    internal static IReadOnlyList<Method> Named(string set)
    {
        var library = new List<Method>
        {
            new LibraryMethod("library default", AggregationOptions.Default),
            new LibraryMethod("library, hedge distribution", AggregationOptions.Default with { BoundedClaims = BoundedClaims.HedgeDistribution }),
            new LibraryMethod("library, hedge distribution, KH ad hoc", AggregationOptions.Default with { BoundedClaims = BoundedClaims.HedgeDistribution, KnappHartung = KnappHartung.AdHoc }),
        };
        var candidates = new List<Method>
        {
            new Prototype("hedge, KH", ReadingRule.HedgeDistribution, IntervalRule.KnappHartung),
            new Prototype("censored rounding, HN(0.3) on tau", ReadingRule.CensoredRounding, IntervalRule.HalfNormalPrior, 0.3),
            new Prototype("censored all, noise scale, Jeffreys", ReadingRule.CensoredAll, IntervalRule.NoiseScale, noisePrior: new NoisePrior(NoisePriorKind.Jeffreys, 1, 1)),
            new Prototype("censored all, noise scale, flat [0.3, 10]", ReadingRule.CensoredAll, IntervalRule.NoiseScale, noisePrior: new NoisePrior(NoisePriorKind.FlatLog, 0.3, 10)),
        };
        var explore = new List<Method>
        {
            // Ratings are ignored by default; weighted as the default factors say, they are right where ratings tell noise
            // ("ratings tell noise") and too narrow where they do not (the papers' mix).
            new LibraryMethod("library, ratings weighted", AggregationOptions.Default with { RatingWeights = RatingWeights.Default }),
            // Sources' noise differing from one to the next: how much does the assumed spread of their variances matter?
            new LibraryMethod("library, source spread 0", AggregationOptions.Default with { NoisePrior = NoiseScalePrior.Default.WithSourceSpread(0) }),
            new LibraryMethod("library, source spread 0.25", AggregationOptions.Default with { NoisePrior = NoiseScalePrior.Default.WithSourceSpread(0.25) }),
            new LibraryMethod("library, source spread 1", AggregationOptions.Default with { NoisePrior = NoiseScalePrior.Default.WithSourceSpread(1) }),
            // The library's robust methods, for sources that now and then state a wild figure or whose noise differs ten-fold.
            new LibraryMethod("library, robust (Huber)", AggregationOptions.Default with { Method = AggregationMethod.Robust }),
            new LibraryMethod("library, weighted median", AggregationOptions.Default with { Method = AggregationMethod.WeightedMedian }),
            // A user who sets the reports the default flags aside and aggregates the rest (one wild source: --wild).
            new SetAsideMethod("library, flagged set aside", AggregationOptions.Default),
            new Prototype("censored rounding, noise scale, Jeffreys", ReadingRule.CensoredRounding, IntervalRule.NoiseScale, noisePrior: new NoisePrior(NoisePriorKind.Jeffreys, 1, 1)),
            new Prototype("censored rounding, noise scale, flat [0.3, 10]", ReadingRule.CensoredRounding, IntervalRule.NoiseScale, noisePrior: new NoisePrior(NoisePriorKind.FlatLog, 0.3, 10)),
            new Prototype("censored all, scaled RE, flat [0.3, 10]", ReadingRule.CensoredAll, IntervalRule.ScaledRandomEffects, noisePrior: new NoisePrior(NoisePriorKind.FlatLog, 0.3, 10)),
            new Prototype("hedge, REML z", ReadingRule.HedgeDistribution, IntervalRule.Normal),
            new Prototype("hedge, REML t", ReadingRule.HedgeDistribution, IntervalRule.StudentT),
            new Prototype("hedge, KH ad hoc", ReadingRule.HedgeDistribution, IntervalRule.KnappHartungAdHoc),
            new Prototype("hedge, HN(0.5)", ReadingRule.HedgeDistribution, IntervalRule.HalfNormalPrior, 0.5),
            new Prototype("hedge, HN(0.3)", ReadingRule.HedgeDistribution, IntervalRule.HalfNormalPrior, 0.3),
            new Prototype("hedge, HN(0.2)", ReadingRule.HedgeDistribution, IntervalRule.HalfNormalPrior, 0.2),
            new Prototype("Sheppard, HN(0.5)", ReadingRule.Sheppard, IntervalRule.HalfNormalPrior, 0.5),
            new Prototype("censored rounding, HN(0.5)", ReadingRule.CensoredRounding, IntervalRule.HalfNormalPrior, 0.5),
            new Prototype("censored rounding, ML t", ReadingRule.CensoredRounding, IntervalRule.StudentT),
            new Prototype("hedge, SI+HN(0.5)", ReadingRule.HedgeDistribution, IntervalRule.ScaleInvariantPrior, 0.5),
            new Prototype("hedge, noise scale, LN(1.5, 1.5)", ReadingRule.HedgeDistribution, IntervalRule.NoiseScale, noisePrior: new NoisePrior(NoisePriorKind.LogNormal, 1.5, 1.5)),
            new Prototype("hedge, noise scale, HN(0.5)", ReadingRule.HedgeDistribution, IntervalRule.NoiseScale, noisePrior: new NoisePrior(NoisePriorKind.HalfNormal, 1, 0.5)),
            new Prototype("censored rounding, noise scale, flat [0.5, 6]", ReadingRule.CensoredRounding, IntervalRule.NoiseScale, noisePrior: new NoisePrior(NoisePriorKind.FlatLog, 0.5, 6)),
            new Prototype("censored rounding, noise scale, flat [0.3, 4]", ReadingRule.CensoredRounding, IntervalRule.NoiseScale, noisePrior: new NoisePrior(NoisePriorKind.FlatLog, 0.3, 4)),
        };
        return set switch
        {
            "library" => library,
            "candidates" => candidates,
            "all" => [.. library, .. candidates],
            "explore" => explore,
            _ => library.Concat(candidates).Concat(explore).Where(m => set.Split('|').Any(part => m.Name.Contains(part, StringComparison.Ordinal))).ToList(),
        };
    }
}
