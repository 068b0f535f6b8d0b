using System;
using System.Collections.Generic;

namespace ForceEstimates.Aggregation;

/// <summary>
/// Stage 1 of an aggregate: the analysis scale, and how each used report enters on it (<see cref="ReportReading"/>):
/// its value, its standard error after the floor of reporting uncertainty, and its claim as a point or a censored bound.
/// </summary>
internal static class ObservationStage
{
    /// <summary>
    /// The scale for the quantity (<see cref="AnalysisScales.For"/>), or the natural scale, with a note, when a
    /// report's value lies outside its range (a count of 0, a share of 100%).
    /// </summary>
    internal static AnalysisScale ChooseScale(ReadOnlySpan<Report> used, QuantityKey key, Unit unit, ref List<AggregateNote>? notes)
    {
        var scale = AnalysisScales.For(key, unit);
        if (scale == AnalysisScale.Natural)
        {
            return scale;
        }
        double upper = scale == AnalysisScale.Logit ? AnalysisScales.ShareUpper(unit) : double.PositiveInfinity;
        foreach (var report in used)
        {
            double median = report.Quantity.Unit.Convert(report.Estimate.Median, unit);
            if (!(median > 0) || !(median < upper))
            {
                AggregateNote.Add(ref notes, AggregateNote.Of(AggregateNoteKind.ValueOutsideScale, report, median));
                return AnalysisScale.Natural;
            }
        }
        return scale;
    }

    /// <summary>
    /// Reads each used report onto the scale. Bounded claims become censored bounds when <paramref name="takesBounds"/>,
    /// unless every claim is a bound: bounds alone leave the likelihood without a maximum ("more than 10,000" fits
    /// any larger value), so then all are read through the hedge model, with a note.
    /// </summary>
    /// <returns>Whether any claim enters as a censored bound.</returns>
    internal static bool Read(
        ReadOnlySpan<Report> used, AnalysisScale scale, double upper, Unit unit, ReportingFloor floor, bool takesBounds,
        Span<ReportReading> readings, ref List<AggregateNote>? notes)
    {
        bool anyCensored = false, anyPoint = false;
        for (int j = 0; j < used.Length; j++)
        {
            readings[j] = Read(used[j], scale, upper, unit, floor, takesBounds);
            anyCensored |= readings[j].Claim != ClaimForm.Point;
            anyPoint |= readings[j].Claim == ClaimForm.Point;
        }
        if (anyCensored && !anyPoint)
        {
            AggregateNote.Add(ref notes, AggregateNote.Of(AggregateNoteKind.OnlyBounds));
            for (int j = 0; j < used.Length; j++)
            {
                AsPoint(ref readings[j], scale, upper, boundReadThroughHedgeModel: true);
            }
            anyCensored = false;
        }
        return anyCensored;
    }

    private static ReportReading Read(Report report, AnalysisScale scale, double upper, Unit unit, ReportingFloor floor, bool takesBounds)
    {
        var estimate = report.Estimate;
        var from = report.Quantity.Unit;
        double Convert(double x) => from.Convert(x, unit);

        var reading = default(ReportReading);
        if (scale == AnalysisScale.Log && estimate.Distribution is LogNormalDistribution logNormal)
        {
            // Exact, and spares two quantile evaluations: on the log scale it is N(μ + ln c, σ²).
            reading.Center = logNormal.Mu + Math.Log(from.Convert(1, unit));
            reading.StandardError = logNormal.Sigma;
            reading.Value = Math.Exp(reading.Center);
        }
        else
        {
            reading.Value = Convert(estimate.Median);
            double lo = Convert(estimate.Quantile(StandardNormal.OneSigmaBelow));
            double hi = Convert(estimate.Quantile(StandardNormal.OneSigmaAbove));
            reading.Center = AnalysisScales.To(scale, reading.Value, upper);
            reading.StandardError = (AnalysisScales.To(scale, hi, upper) - AnalysisScales.To(scale, lo, upper)) / 2;
        }
        reading.FloorRelative = floor.For(report.Provenance.Origin.Kind);
        double floorOnScale = AnalysisScales.Floor(scale, reading.Value, upper, reading.FloorRelative);
        if (!(reading.StandardError >= floorOnScale) || !double.IsFinite(reading.StandardError))
        {
            reading.StandardError = floorOnScale;
            reading.FloorApplied = true;
        }

        var form = BoundForm(estimate);
        if (form == ClaimForm.Point)
        {
            AsPoint(ref reading, scale, upper, boundReadThroughHedgeModel: false);
            return reading;
        }
        // A bound at the edge of the scale says nothing ("between 0 and 5,000" on the log scale is "at most 5,000";
        // "between 30% and 100%" is "at least 30%"), and its logarithm is infinite.
        reading.Lower = double.NegativeInfinity;
        reading.Upper = double.PositiveInfinity;
        if (estimate.LowerBound is double l && double.IsFinite(AnalysisScales.To(scale, Convert(l), upper)))
        {
            reading.Lower = Convert(l);
        }
        if (estimate.UpperBound is double u && double.IsFinite(AnalysisScales.To(scale, Convert(u), upper)))
        {
            reading.Upper = Convert(u);
        }
        form = (double.IsFinite(reading.Lower), double.IsFinite(reading.Upper)) switch
        {
            (true, true) => ClaimForm.Between,
            (true, false) => ClaimForm.AtLeast,
            (false, true) => ClaimForm.AtMost,
            _ => ClaimForm.Point,
        };
        if (!takesBounds || form == ClaimForm.Point)
        {
            AsPoint(ref reading, scale, upper, boundReadThroughHedgeModel: form != ClaimForm.Point);
            return reading;
        }
        reading.Claim = form;
        reading.ScaledLower = AnalysisScales.To(scale, reading.Lower, upper);
        reading.ScaledUpper = AnalysisScales.To(scale, reading.Upper, upper);
        reading.BoundStandardError = AnalysisScales.Floor(scale, form == ClaimForm.AtMost ? reading.Upper : reading.Lower, upper, reading.FloorRelative);
        reading.RelativePrecision = reading.FloorRelative;
        return reading;
    }

    private static void AsPoint(ref ReportReading reading, AnalysisScale scale, double upper, bool boundReadThroughHedgeModel)
    {
        reading.Claim = ClaimForm.Point;
        reading.ScaledLower = reading.ScaledUpper = double.NaN;
        reading.BoundReadThroughHedgeModel = boundReadThroughHedgeModel;
        reading.RelativePrecision = AnalysisScales.RelativeSpread(scale, reading.StandardError, reading.Value, upper);
    }

    private static ClaimForm BoundForm(Estimate estimate) => estimate.Hedge switch
    {
        HedgeKind.Above or HedgeKind.AtLeast when estimate.LowerBound is not null => ClaimForm.AtLeast,
        HedgeKind.AtMost or HedgeKind.Below when estimate.UpperBound is not null => ClaimForm.AtMost,
        HedgeKind.Range when estimate.LowerBound is not null && estimate.UpperBound is not null && estimate.UpperBound > estimate.LowerBound => ClaimForm.Between,
        // "nearly 60,000" says how close as well as which side: the hedge model keeps both.
        _ => ClaimForm.Point,
    };
}
