using System;

namespace ForceEstimates.Aggregation;

/// <summary>
/// Stage 4 of an aggregate: what each used report did to the result. Its <see cref="Contribution.Weight"/> (the
/// method's weight relative to the largest) and <see cref="Contribution.Share"/> (over their sum), and its
/// leave-one-out residual and whether it disagrees with the rest (<see cref="Disagreement"/>).
/// </summary>
internal static class ExplanationStage
{
    /// <summary>Builds the contributions of the used reports into <paramref name="contributions"/> at <paramref name="used"/>.</summary>
    internal static void Explain(
        in MethodInput input, ReadOnlySpan<ReportWeight> weights, ReadOnlySpan<double> methodWeights, ReadOnlySpan<int> used,
        Span<double> residuals, Contribution[] contributions)
    {
        int n = input.Reports.Length;
        Span<bool> flagged = n <= 256 ? stackalloc bool[n] : new bool[n];
        Disagreement.Find(input.Observations, input.Options.NoisePrior, input.Options.Method == AggregationMethod.FixedEffect,
            input.Options.OutlierThreshold, residuals, flagged);
        double total = 0, largest = 0;
        foreach (var w in methodWeights)
        {
            total += w;
            largest = Math.Max(largest, w);
        }
        for (int j = 0; j < n; j++)
        {
            contributions[used[j]] = new Contribution(
                input.Reports[j], input.Readings[j], weights[j], input.Scale, input.Upper,
                largest > 0 ? methodWeights[j] / largest : 0,
                total > 0 ? methodWeights[j] / total : 0,
                residuals[j],
                flagged[j]);
        }
    }
}
