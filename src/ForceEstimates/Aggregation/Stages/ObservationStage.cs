using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ForceEstimates.Aggregation;

/// <summary>How stage 1 reads the reports: what the method can take.</summary>
/// <param name="Bounds">Claims with a bound enter as censored bounds (else as points through the hedge model).</param>
/// <param name="PlausibleRanges">A censored claim is its plausible range (<see cref="StatedRange.Plausible"/>), not open at its bound.</param>
/// <param name="Rounding">Points enter with their rounding bins, and values at the scale's edges (a count of 0, a share of 100%) stay on the scale as one-sided bins.</param>
internal readonly record struct ReadingRules(bool Bounds, bool PlausibleRanges, bool Rounding);

/// <summary>
/// Stage 1 of an aggregate: the analysis scale, and how each used report enters on it (<see cref="ReportReading"/>):
/// its value, its standard error after the floor of reporting uncertainty, and its claim as a point or a censored bound.
/// </summary>
internal static class ObservationStage
{
    // 1/√12: the standard deviation of a uniform over a bin of unit width.
    private const double InverseSqrt12 = 0.28867513459481287;

    /// <summary>
    /// Each used report's hedge and median (in its own unit), read once for <see cref="ChooseScale"/> and for reading
    /// the reports onto the scale, which used to ask for the median once each. A report's estimate, its stated figure
    /// and its distribution are objects of their own, usually away from the cache: two short passes, the hedges first,
    /// let the reads of different reports overlap instead of waiting for one report's objects at a time.
    /// </summary>
    internal static void ReadEstimates(ReadOnlySpan<Report> used, Span<HedgeKind> hedges, Span<double> medians)
    {
        for (int j = 0; j < used.Length; j++)
        {
            hedges[j] = used[j].Estimate.Hedge;
        }
        ReadMedians(used, medians);
    }

    /// <summary>The second pass of <see cref="ReadEstimates"/> alone, where the hedges were read with the columns (<see cref="ReportColumns.Read"/>).</summary>
    internal static void ReadMedians(ReadOnlySpan<Report> used, Span<double> medians)
    {
        for (int j = 0; j < used.Length; j++)
        {
            medians[j] = used[j].Estimate.Median;
        }
    }

    /// <summary>
    /// The scale for the quantity (<see cref="AnalysisScales.For"/>), or the natural scale, with a note, when a
    /// report's value lies outside its range (a count of 0, a share of 100%) and the method cannot read it as a bin
    /// at the scale's edge. A bounded claim that enters as a censored bound is judged by its stated bounds, not by
    /// the hedge model's median: the hedge model knows nothing of a share's top, and puts "over 99%" at 102%, while
    /// the claim enters as its range within 0–100% (<see cref="StatedRange.Plausible"/>). <c>medians</c> holds the
    /// reports' medians in their own units (<see cref="ReadEstimates"/>).
    /// </summary>
    internal static AnalysisScale ChooseScale(ReadOnlySpan<Report> used, ReadOnlySpan<double> medians, QuantityKey key, Unit unit, ReadingRules rules, ref List<AggregateNote>? notes)
    {
        bool keepAtEdges = rules.Rounding;
        var scale = AnalysisScales.For(key, unit);
        if (scale == AnalysisScale.Natural)
        {
            return scale;
        }
        double upper = scale == AnalysisScale.Logit ? AnalysisScales.ShareUpper(unit) : double.PositiveInfinity;
        for (int j = 0; j < used.Length; j++)
        {
            var report = used[j];
            double median = InUnit(medians[j], report.Quantity.Unit, unit);
            if (!(median > 0) || !(median < upper))
            {
                if (keepAtEdges && rules.Bounds && BoundsWithin(report, unit, upper, rules.PlausibleRanges))
                {
                    continue;
                }
                // A relative hair of slack: "100%" read as a log-normal has its median at e^(ln 100) = 100.00000000000004.
                if (keepAtEdges && median >= 0 && median <= upper * (1 + 1e-12) && report.Estimate.Hedge != HedgeKind.Distribution)
                {
                    continue;
                }
                AggregateNote.Add(ref notes, AggregateNote.Of(AggregateNoteKind.ValueOutsideScale, report, median));
                return AnalysisScale.Natural;
            }
        }
        return scale;
    }

    /// <summary>Reads each used report onto the scale, its own reading alone (<see cref="Settle"/> then decides how the claims enter together).</summary>
    internal static void ReadEach(
        ReadOnlySpan<Report> used, ReadOnlySpan<double> medians, ReadOnlySpan<HedgeKind> hedges, AnalysisScale scale, double upper, Unit unit, ReportingFloor floor, ReadingRules rules,
        Span<ReportReading> readings)
    {
        for (int j = 0; j < used.Length; j++)
        {
            Read(used[j], medians[j], hedges[j], scale, upper, unit, floor, rules, single: used.Length == 1, out readings[j]);
        }
    }

    /// <summary>
    /// How the reports' own readings (<see cref="ReadEach"/>, or a series' cached ones) enter together. Bounded claims
    /// stay censored bounds, unless open bounds alone leave the likelihood without a maximum ("more than 10,000" fits
    /// any larger value): then all are read through the hedge model, with a note. The learned noise model keeps an
    /// interval open towards 0 or 100% (every report "0" or "up to": 0 to the least bound), and falls back only where it
    /// would be open towards infinity. For a cumulative count, <c>roles</c> holds each report's role
    /// (<see cref="CumulativeSelection"/>): an earlier value enters as a lower bound; it is empty otherwise.
    /// </summary>
    /// <returns>Whether any claim enters as a censored bound.</returns>
    internal static bool Settle(AnalysisScale scale, double upper, ReadingRules rules, ReadOnlySpan<CumulativeRole> roles, Span<ReportReading> readings, ref List<AggregateNote>? notes)
    {
        bool anyCensored = false, fromBelow = false, fromAbove = false;
        for (int j = 0; j < readings.Length; j++)
        {
            if (!roles.IsEmpty && roles[j] == CumulativeRole.LowerBound)
            {
                CumulativeSelection.AsLowerBound(ref readings[j]);
            }
            var reading = readings[j];
            anyCensored |= reading.Claim != ClaimForm.Point;
            fromBelow |= reading.Claim == ClaimForm.Point ? !double.IsNegativeInfinity(reading.BinLower) : double.IsFinite(reading.ScaledLower);
            fromAbove |= reading.Claim == ClaimForm.Point ? !double.IsPositiveInfinity(reading.BinUpper) : double.IsFinite(reading.ScaledUpper);
        }
        // Under the learned noise model an interval open towards the edge of a share's range, or towards 0 on the log
        // scale, is still a finite answer ("0" and "up to 5": 0 to about 5); open towards infinity it is not.
        bool openToInfinity = (!fromAbove && scale != AnalysisScale.Logit) || (!fromBelow && scale == AnalysisScale.Natural);
        if (anyCensored && (rules.Rounding ? openToInfinity : !(fromBelow && fromAbove)))
        {
            AggregateNote.Add(ref notes, AggregateNote.Of(AggregateNoteKind.OnlyBounds));
            for (int j = 0; j < readings.Length; j++)
            {
                AsPoint(ref readings[j], scale, upper, boundReadThroughHedgeModel: readings[j].Claim != ClaimForm.Point);
            }
            anyCensored = false;
        }
        return anyCensored;
    }

    /// <summary>
    /// One report's own reading: a function of the report (its median and hedge as <see cref="ReadEstimates"/> reads them),
    /// the scale, the unit and the options alone (and whether it is the only report). It is written into
    /// <paramref name="reading"/>, the caller's element, instead of being made aside and copied there.
    /// </summary>
    internal static void Read(Report report, double median, HedgeKind hedge, AnalysisScale scale, double upper, Unit unit, ReportingFloor floor, ReadingRules rules, bool single, out ReportReading reading)
    {
        var estimate = report.Estimate;
        var from = report.Quantity.Unit;
        double factor = InUnit(1, from, unit);
        double Convert(double x) => InUnit(x, from, unit);

        reading = default;
        reading.BinLower = reading.BinUpper = double.NaN;
        if (scale == AnalysisScale.Log && estimate.Distribution is LogNormalDistribution logNormal)
        {
            // Exact, and spares two quantile evaluations: on the log scale it is N(μ + ln c, σ²).
            // ln 1 is +0 exactly: the usual case (the report in the aggregate's unit) spares the logarithm, not the sum.
            reading.Center = logNormal.Mu + (factor == 1 ? 0.0 : Math.Log(factor));
            reading.StandardError = logNormal.Sigma;
            // In the aggregate's unit e^(μ + 0) is e^μ, the median already read (LogNormalDistribution.Median): the same value.
            reading.Value = factor == 1 ? median : Math.Exp(reading.Center);
        }
        else
        {
            reading.Value = Convert(median);
            double lo = Convert(estimate.Quantile(StandardNormal.OneSigmaBelow));
            double hi = Convert(estimate.Quantile(StandardNormal.OneSigmaAbove));
            reading.Center = AnalysisScales.To(scale, reading.Value, upper);
            // On the logit scale a hedge's spread is relative to the odds, as on the log scale to the count: the
            // relative spread of the figure, not its image through the logit (which explodes near 100%).
            reading.StandardError = scale == AnalysisScale.Logit
                ? (Math.Log(hi) - Math.Log(lo)) / 2
                : (AnalysisScales.To(scale, hi, upper) - AnalysisScales.To(scale, lo, upper)) / 2;
        }
        reading.FloorRelative = floor.For(report.OriginKind);
        double floorOnScale = AnalysisScales.Floor(scale, reading.Value, upper, reading.FloorRelative);
        if (scale == AnalysisScale.Natural && unit.Dimension == Dimension.Count && hedge is HedgeKind.Bare or HedgeKind.Approximate
            && estimate.Stated.Value >= 0)
        {
            // A whole-number count is no more precise than its rounding bin (the standard deviation of a uniform over it):
            // a relative floor alone made "0" exact, and a "0" beside "3" took the whole weight (2e-17, 0 to 2e-9).
            var (binLow, binHigh) = StatedRange.Bin(estimate.Stated, factor, count: true, double.PositiveInfinity);
            floorOnScale = Math.Max(floorOnScale, (binHigh - binLow) * InverseSqrt12);
        }
        if (!(reading.StandardError >= floorOnScale) || !double.IsFinite(reading.StandardError))
        {
            reading.StandardError = floorOnScale;
            reading.FloorApplied = true;
        }

        bool count = unit.Dimension == Dimension.Count;
        double shareUpper = scale == AnalysisScale.Logit ? upper : double.PositiveInfinity;
        var form = BoundForm(estimate, hedge, rules.PlausibleRanges);
        if (form == ClaimForm.Point)
        {
            AsPoint(ref reading, scale, upper, boundReadThroughHedgeModel: false);
            // One report is its own interval at the floor, at its stated value: its bin enters only at the scale's edge
            // (a count of 0 is "below half a unit" on the log scale).
            if (rules.Rounding && scale != AnalysisScale.Natural && hedge is HedgeKind.Bare or HedgeKind.Approximate or HedgeKind.Exact
                && (!single || !double.IsFinite(reading.Center)))
            {
                if (scale == AnalysisScale.Log && factor == 1)
                {
                    (reading.BinLower, reading.BinUpper) = LogBin(report, count);
                }
                else
                {
                    var (low, high) = StatedRange.Bin(estimate.Stated, factor, count, shareUpper);
                    reading.BinLower = AnalysisScales.To(scale, low, upper);
                    reading.BinUpper = AnalysisScales.To(scale, high, upper);
                }
            }
            return;
        }
        double lower, upperBound;
        if (rules.PlausibleRanges)
        {
            // In the report's own unit and off the logit scale (no share's top to stay under), the range is the report's own.
            (lower, upperBound) = factor == 1 && scale != AnalysisScale.Logit
                ? PlausibleRange(report, count)
                : StatedRange.Plausible(estimate, factor, count, shareUpper);
        }
        else
        {
            lower = estimate.LowerBound is double l ? Convert(l) : double.NegativeInfinity;
            upperBound = estimate.UpperBound is double u ? Convert(u) : double.PositiveInfinity;
        }
        // A bound at the edge of the scale says nothing ("between 0 and 5,000" on the log scale is "at most 5,000";
        // "between 30% and 100%" is "at least 30%"), and its logarithm is infinite. Each bound is taken to the scale once:
        // a finite image is the scaled bound itself.
        double lowerOnScale = AnalysisScales.To(scale, lower, upper), upperOnScale = AnalysisScales.To(scale, upperBound, upper);
        reading.Lower = double.IsFinite(lowerOnScale) ? lower : double.NegativeInfinity;
        reading.Upper = double.IsFinite(upperOnScale) ? upperBound : double.PositiveInfinity;
        form = (double.IsFinite(reading.Lower), double.IsFinite(reading.Upper)) switch
        {
            (true, true) => reading.Upper > reading.Lower ? ClaimForm.Between : ClaimForm.Point,
            (true, false) => ClaimForm.AtLeast,
            (false, true) => ClaimForm.AtMost,
            _ => ClaimForm.Point,
        };
        if (!rules.Bounds || form == ClaimForm.Point)
        {
            AsPoint(ref reading, scale, upper, boundReadThroughHedgeModel: true);
            if (rules.Rounding && scale != AnalysisScale.Natural && !double.IsFinite(reading.Center))
            {
                // A bound at the scale's edge with nothing inside it ("up to 0", "nearly 0", "under 0%") says the value
                // is the edge itself: it enters as a stated "0" does, by its rounding bin (below half a unit).
                var (low, high) = StatedRange.Bin(estimate.Stated, factor, count, shareUpper);
                reading.BinLower = AnalysisScales.To(scale, low, upper);
                reading.BinUpper = AnalysisScales.To(scale, high, upper);
            }
            return;
        }
        reading.Claim = form;
        reading.ScaledLower = double.IsFinite(lowerOnScale) ? lowerOnScale : AnalysisScales.To(scale, reading.Lower, upper);
        reading.ScaledUpper = double.IsFinite(upperOnScale) ? upperOnScale : AnalysisScales.To(scale, reading.Upper, upper);
        reading.BoundStandardError = AnalysisScales.Floor(scale, form == ClaimForm.AtMost ? reading.Upper : reading.Lower, upper, reading.FloorRelative);
        reading.RelativePrecision = reading.FloorRelative;
    }

    /// <summary>
    /// The rounding bin of the report's stated figure on the log scale, in its own unit (a factor of 1), as the general
    /// path computes it (<see cref="StatedRange.Bin"/>, then the logarithm of each end), made once per report and kept on
    /// it (<see cref="Report.KeepLogBin"/>): the same two numbers every time the report is read.
    /// </summary>
    /// <remarks>Read asks it of every point read with its rounding: the kept bin is read in Read's own code, not through a call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (double Lower, double Upper) LogBin(Report report, bool count)
        => report.TryGetLogBin(count, out double lower, out double upper) ? (lower, upper) : MakeLogBin(report, count);

    /// <summary>The rounding bin of <see cref="LogBin"/> made, and kept on the report.</summary>
    private static (double Lower, double Upper) MakeLogBin(Report report, bool count)
    {
        var (low, high) = StatedRange.Bin(report.Estimate.Stated, 1, count, double.PositiveInfinity);
        double lower = AnalysisScales.To(AnalysisScale.Log, low, double.PositiveInfinity);
        double upper = AnalysisScales.To(AnalysisScale.Log, high, double.PositiveInfinity);
        report.KeepLogBin(count, lower, upper);
        return (lower, upper);
    }

    /// <summary>
    /// The plausible range of the report's bounded claim in its own unit, off the logit scale (<see cref="StatedRange.Plausible"/>
    /// with a factor of 1 and no share's top), made once per report and kept on it (<see cref="Report.KeepPlausibleRange"/>):
    /// the same two numbers every time the report is read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (double Lower, double Upper) PlausibleRange(Report report, bool count)
        => report.TryGetPlausibleRange(count, out double lower, out double upper) ? (lower, upper) : MakePlausibleRange(report, count);

    /// <summary>The range of <see cref="PlausibleRange"/> made, and kept on the report.</summary>
    private static (double Lower, double Upper) MakePlausibleRange(Report report, bool count)
    {
        var (lower, upper) = StatedRange.Plausible(report.Estimate, 1, count, double.PositiveInfinity);
        report.KeepPlausibleRange(count, lower, upper);
        return (lower, upper);
    }

    /// <summary>
    /// <paramref name="from"/>.<see cref="Unit.Convert"/>(<paramref name="value"/>, <paramref name="unit"/>) without its
    /// checks where they cannot fail: a number in the aggregate's unit itself (the same object, the usual case) is
    /// returned as it is, as Convert returns it; NaN, which Convert refuses, and other units go through Convert.
    /// </summary>
    private static double InUnit(double value, Unit from, Unit unit)
        => ReferenceEquals(from, unit) && !double.IsNaN(value) ? value : from.Convert(value, unit);

    private static void AsPoint(ref ReportReading reading, AnalysisScale scale, double upper, bool boundReadThroughHedgeModel)
    {
        reading.Claim = ClaimForm.Point;
        reading.ScaledLower = reading.ScaledUpper = double.NaN;
        reading.BoundReadThroughHedgeModel = boundReadThroughHedgeModel;
        reading.RelativePrecision = AnalysisScales.RelativeSpread(scale, reading.StandardError, reading.Value, upper);
    }

    /// <summary>Whether a report enters as a censored bound whose stated bounds lie within the scale's range (0 to <paramref name="upper"/>, excluded).</summary>
    private static bool BoundsWithin(Report report, Unit unit, double upper, bool plausibleRanges)
    {
        var estimate = report.Estimate;
        if (BoundForm(estimate, estimate.Hedge, plausibleRanges) == ClaimForm.Point || estimate.Hedge == HedgeKind.Vague)
        {
            return false;
        }
        var values = estimate.Stated.Values;
        foreach (double stated in values)
        {
            double x = report.Quantity.Unit.Convert(stated, unit);
            if (!(x > 0) || !(x < upper))
            {
                return false;
            }
        }
        return values.Count > 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ClaimForm BoundForm(Estimate estimate, HedgeKind hedge, bool plausibleRanges) => hedge switch
    {
        HedgeKind.Above or HedgeKind.AtLeast when estimate.LowerBound is not null => ClaimForm.AtLeast,
        HedgeKind.AtMost or HedgeKind.Below when estimate.UpperBound is not null => ClaimForm.AtMost,
        // "nearly 60,000" says how close as well as which side: the hedge model keeps both, and so does its plausible range.
        HedgeKind.JustBelow when plausibleRanges && estimate.UpperBound is not null => ClaimForm.AtMost,
        HedgeKind.Range when estimate.LowerBound is not null && estimate.UpperBound is not null && estimate.UpperBound > estimate.LowerBound => ClaimForm.Between,
        HedgeKind.Vague when plausibleRanges => ClaimForm.Between,
        _ => ClaimForm.Point,
    };
}
