using System;
using System.Collections.Generic;

namespace ForceEstimates.Aggregation;

/// <summary>
/// <see cref="AggregationMethod.LinearPool"/>: the mixture of the reports' own distributions in the unit with the
/// weights w′ (Stone 1961); its interval is the spread of opinion. A report's weight is its w′.
/// </summary>
internal sealed class LinearPoolStrategy : AggregationStrategy
{
    internal override MethodOutcome Combine(in MethodInput input, MetaAnalysisResult heterogeneity, Span<double> weights, ref List<AggregateNote>? notes)
    {
        int n = input.Reports.Length;
        var parts = new EstimateDistribution[n];
        for (int j = 0; j < n; j++)
        {
            parts[j] = AnalysisScales.InUnit(input.Reports[j], input.Unit);
            weights[j] = input.Weights[j];
        }
        var outcome = FromDistribution(MixtureDistribution.Of(parts, input.Weights.ToArray()), input, heterogeneity);
        AggregateNote.Add(ref notes, AggregateNote.Of(AggregateNoteKind.SpreadOfOpinion));
        return outcome;
    }
}

/// <summary>
/// <see cref="AggregationMethod.LogarithmicPool"/>: the normalised weighted geometric mean of the reports' normal
/// approximations on the scale (Genest and Zidek 1986), a normal with precision Σ aᵢ, aᵢ = (w′ᵢ/Σw′)/sᵢ². A report's
/// weight is its aᵢ.
/// </summary>
internal sealed class LogarithmicPoolStrategy : AggregationStrategy
{
    internal override MethodOutcome Combine(in MethodInput input, MetaAnalysisResult heterogeneity, Span<double> weights, ref List<AggregateNote>? notes)
    {
        double totalW = 0;
        foreach (var w in input.Weights)
        {
            totalW += w;
        }
        double precision = 0, weighted = 0;
        for (int j = 0; j < input.Weights.Length; j++)
        {
            double se = input.Readings[j].StandardError;
            double a = input.Weights[j] / totalW / (se * se);
            precision += a;
            weighted += a * input.PointY[j];
            weights[j] = a;
        }
        double center = weighted / precision, standardError = Math.Sqrt(1 / precision);
        return new MethodOutcome(
            AnalysisScales.Estimate(input.Scale, center, standardError, input.Upper),
            center,
            standardError,
            AnalysisScales.Symmetric(center, standardError, input.Z, input.Options.Level),
            AnalysisScales.Symmetric(center, standardError, AnalysisScales.Z95, 0.95),
            heterogeneity);
    }
}

/// <summary>
/// <see cref="AggregationMethod.WeightedMedian"/>: the weighted median of the reports' values on the scale with
/// random-effects weights 1/(v/w′ + tau²), tau² from the heterogeneity fit; its interval is that of the mixture of
/// the reports' normal approximations (the spread of the weighted reports), widened to hold the median.
/// </summary>
internal sealed class WeightedMedianStrategy : AggregationStrategy
{
    internal override MethodOutcome Combine(in MethodInput input, MetaAnalysisResult heterogeneity, Span<double> weights, ref List<AggregateNote>? notes)
    {
        int n = input.PointY.Length;
        double tau2 = heterogeneity.TauSquared;
        var components = new EstimateDistribution[n];
        for (int j = 0; j < n; j++)
        {
            weights[j] = 1 / (input.PointV[j] + tau2);
            components[j] = NormalDistribution.Of(input.PointY[j], Math.Sqrt(input.PointV[j] + tau2));
        }
        double center = WeightedQuantile.Compute(input.PointY, weights, 0.5);
        var spread = MixtureDistribution.Of(components, weights.ToArray());
        var inner = spread.Interval(input.Options.Level);
        var confidence = new EstimateInterval(Math.Min(inner.Lower, center), Math.Max(inner.Upper, center), input.Options.Level);
        var outer = spread.Interval(0.95);
        var prediction = new EstimateInterval(Math.Min(outer.Lower, center), Math.Max(outer.Upper, center), 0.95);
        double standardError = (confidence.Upper - confidence.Lower) / (2 * input.Z);
        AggregateNote.Add(ref notes, AggregateNote.Of(AggregateNoteKind.SpreadOfWeightedReports));
        return new MethodOutcome(
            AnalysisScales.Estimate(input.Scale, center, Math.Max(standardError, 1e-12), input.Upper),
            center,
            standardError,
            confidence,
            prediction,
            heterogeneity);
    }
}

/// <summary>
/// <see cref="AggregationMethod.Robust"/>: Huber's M-estimate with scales √(v/w′ + tau²), tau² from the heterogeneity
/// fit. A report's weight is its Huber weight over its squared scale.
/// </summary>
internal sealed class RobustStrategy : AggregationStrategy
{
    internal override MethodOutcome Combine(in MethodInput input, MetaAnalysisResult heterogeneity, Span<double> weights, ref List<AggregateNote>? notes)
    {
        int n = input.PointY.Length;
        double tau2 = heterogeneity.TauSquared;
        var scales = input.Scratch;
        for (int j = 0; j < n; j++)
        {
            scales[j] = Math.Sqrt(input.PointV[j] + tau2);
        }
        var huber = HuberLocation.Fit(input.PointY, scales);
        if (!huber.Converged)
        {
            AggregateNote.Add(ref notes, AggregateNote.Of(AggregateNoteKind.RobustDidNotConverge));
        }
        for (int j = 0; j < n; j++)
        {
            double r = Math.Abs((input.PointY[j] - huber.Mean) / scales[j]);
            weights[j] = (r <= HuberLocation.DefaultTuning ? 1 : HuberLocation.DefaultTuning / r) / (scales[j] * scales[j]);
        }
        return new MethodOutcome(
            AnalysisScales.Estimate(input.Scale, huber.Mean, huber.StandardError, input.Upper),
            huber.Mean,
            huber.StandardError,
            AnalysisScales.Symmetric(huber.Mean, huber.StandardError, input.Z, input.Options.Level),
            AnalysisScales.Symmetric(huber.Mean, Math.Sqrt((huber.StandardError * huber.StandardError) + tau2), AnalysisScales.Z95, 0.95),
            heterogeneity);
    }
}

/// <summary>
/// <see cref="AggregationMethod.MostConservative"/>: the report with the lowest central value, as its own
/// distribution. It gets weight 1, the others 0.
/// </summary>
internal sealed class MostConservativeStrategy : AggregationStrategy
{
    internal override MethodOutcome Combine(in MethodInput input, MetaAnalysisResult heterogeneity, Span<double> weights, ref List<AggregateNote>? notes)
    {
        int lowest = 0;
        for (int j = 1; j < input.Readings.Length; j++)
        {
            if (input.Readings[j].Value < input.Readings[lowest].Value)
            {
                lowest = j;
            }
        }
        weights[lowest] = 1;
        var outcome = FromDistribution(AnalysisScales.InUnit(input.Reports[lowest], input.Unit), input, heterogeneity);
        AggregateNote.Add(ref notes, AggregateNote.Of(AggregateNoteKind.LowestFigure, input.Reports[lowest]));
        return outcome;
    }
}

/// <summary>
/// <see cref="AggregationMethod.Envelope"/>: from the lowest lower end to the highest upper end of the reports'
/// intervals at the options' level, read as the hedge model reads "between a and b" (as a normal's central
/// interval where the range reaches below 0, for changes). The two reports at the ends get weight ½ each.
/// </summary>
internal sealed class EnvelopeStrategy : AggregationStrategy
{
    internal override MethodOutcome Combine(in MethodInput input, MetaAnalysisResult heterogeneity, Span<double> weights, ref List<AggregateNote>? notes)
    {
        var options = input.Options;
        int low = 0, high = 0;
        double lowEnd = double.PositiveInfinity, highEnd = double.NegativeInfinity;
        for (int j = 0; j < input.Reports.Length; j++)
        {
            var interval = AnalysisScales.InUnit(input.Reports[j], input.Unit).Interval(options.Level);
            if (interval.Lower < lowEnd)
            {
                lowEnd = interval.Lower;
                low = j;
            }
            if (interval.Upper > highEnd)
            {
                highEnd = interval.Upper;
                high = j;
            }
        }
        weights[low] += 0.5;
        weights[high] += 0.5;
        double tail = (1 - options.Level) / 2;
        var result = !(highEnd > lowEnd) ? Estimate.FromDistribution(PointDistribution.Of(lowEnd))
            : lowEnd >= 0 ? Estimate.Between(lowEnd, highEnd)
            : Estimate.FromDistribution(QuantileFit.Normal([tail, 1 - tail], [lowEnd, highEnd]));
        var confidence = new EstimateInterval(AnalysisScales.To(input.Scale, lowEnd, input.Upper), AnalysisScales.To(input.Scale, highEnd, input.Upper), options.Level);
        AggregateNote.Add(ref notes, AggregateNote.Of(AggregateNoteKind.EnvelopeEnds, input.Reports[low], input.Reports[high], options.Level));
        return new MethodOutcome(result, (confidence.Lower + confidence.Upper) / 2, double.NaN, confidence, confidence, heterogeneity);
    }
}
