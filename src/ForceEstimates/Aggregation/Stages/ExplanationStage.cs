using System;

namespace ForceEstimates.Aggregation;

/// <summary>
/// Stage 4 of an aggregate: what each used report did to the result. Its <see cref="Contribution.Weight"/> (the
/// method's weight relative to the largest) and <see cref="Contribution.Share"/> (over their sum), and its
/// leave-one-out residual and whether it disagrees with the rest (<see cref="Disagreement"/>).
/// </summary>
internal static class ExplanationStage
{
    /// <summary>
    /// Finds the used reports that disagree with the rest (<see cref="Disagreement"/>): their leave-one-out residuals
    /// into <paramref name="residuals"/>, and whether each disagrees into <paramref name="flagged"/>.
    /// </summary>
    internal static void FindDisagreement(in MethodInput input, Span<double> residuals, Span<bool> flagged)
        => Disagreement.Find(input.Observations, input.Options.NoisePrior, input.Options.Method == AggregationMethod.FixedEffect,
            input.Options.OutlierThreshold, residuals, flagged);

    /// <summary>
    /// Builds the contributions of the used reports into <paramref name="contributions"/> at <paramref name="used"/>, with
    /// the residuals and flags <see cref="FindDisagreement"/> found.
    /// </summary>
    internal static void Explain(
        in MethodInput input, ReadOnlySpan<ReportWeight> weights, ReadOnlySpan<double> methodWeights, ReadOnlySpan<int> used,
        ReadOnlySpan<double> residuals, ReadOnlySpan<bool> flagged, Contribution[] contributions)
    {
        int n = input.Reports.Length;
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
