using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace ForceEstimates.Aggregation;

/// <summary>The steps behind <see cref="Aggregate"/>: from reports to observations on the analysis scale, then the chosen method.</summary>
internal sealed class AggregateBuilder
{
    // The 15.87% and 84.13% quantiles lie one standard deviation from the centre of a normal.
    private const double OneSigmaLower = StandardNormal.OneSigmaBelow;
    private const double OneSigmaUpper = StandardNormal.OneSigmaAbove;
    private const double Z95 = 1.959963984540054;

    private readonly ArraySegment<Report> reports;
    private readonly LocalDate asOf;
    private readonly AggregationOptions options;
    private List<string>? notes;

    internal delegate Aggregate Factory(
        QuantityKey key, Quantity quantity, AnalysisScale scale, Estimate estimate,
        EstimateInterval confidenceInterval, EstimateInterval predictionInterval, MetaAnalysisResult heterogeneity,
        Contribution[] contributions, int independentOrigins, string[] notes);

    internal AggregateBuilder(ArraySegment<Report> reports, LocalDate asOf, AggregationOptions options)
    {
        this.reports = reports;
        this.asOf = asOf;
        this.options = options;
    }

    internal Aggregate Build(Factory create)
    {
        var contributions = new Contribution[reports.Count];
        var used = new List<int>(reports.Count);
        for (int i = 0; i < reports.Count; i++)
        {
            contributions[i] = new Contribution(reports[i]);
            if (reports[i].Published <= asOf)
            {
                contributions[i].Included = true;
                used.Add(i);
            }
            else
            {
                contributions[i].ExclusionReason = string.Create(CultureInfo.InvariantCulture,
                    $"published {reports[i].Published:yyyy-MM-dd}, after the as-of date");
            }
        }
        var first = reports[used[0]];
        var key = first.Quantity.Key;
        var unit = key.CanonicalUnit ?? first.Quantity.Unit;
        var quantity = first.Quantity.InUnit(unit);
        var scale = ChooseScale(used, key, unit);
        double upper = scale == AnalysisScale.Logit ? ShareUpper(unit) : 0;
        foreach (var c in contributions)
        {
            if (!c.Included)
            {
                c.EnteredInterval = InUnit(c.Report, unit).Interval(0.95);
            }
        }

        int n = used.Count;
        // One buffer for the per-report numbers: aggregating many small groups should not make eight arrays each.
        Span<double> numbers = n <= 64 ? stackalloc double[6 * n] : new double[6 * n];
        var pointY = numbers.Slice(0, n); // every claim as a point (bounded claims through the hedge model)
        var pointV = numbers.Slice(n, n);
        var weights = numbers.Slice(2 * n, n);
        var model = numbers.Slice(3 * n, n);
        var residuals = numbers.Slice(4 * n, n);
        var scratch = numbers.Slice(5 * n, n);
        Span<Observation> observations = n <= 64 ? stackalloc Observation[n] : new Observation[n];
        ReadOnlySpan<Report> usedReports;
        if (n == reports.Count)
        {
            usedReports = reports.AsSpan();
        }
        else
        {
            var copy = new Report[n];
            for (int j = 0; j < n; j++)
            {
                copy[j] = reports[used[j]];
            }
            usedReports = copy;
        }
        var groups = ReportCollection.IndependentGroupIndices(usedReports);
        var groupSizes = new int[n];
        foreach (var g in groups)
        {
            groupSizes[g]++;
        }
        // Weight factors are relative: the best-weighted report keeps its own variance, the others are inflated against it.
        double maxFactor = 0;
        for (int j = 0; j < n; j++)
        {
            var c = contributions[used[j]];
            var report = c.Report;
            c.RatingFactor = options.RatingWeights.Factor(report.Provenance.Rating);
            var end = report.RefersTo.End;
            c.AgeDays = end < asOf ? DaysBetween(end, asOf) : 0;
            c.RecencyFactor = double.IsPositiveInfinity(options.HalfLifeDays) ? 1 : Math.Pow(2, -c.AgeDays / options.HalfLifeDays);
            c.SharedOriginCount = groupSizes[groups[j]];
            maxFactor = Math.Max(maxFactor, c.WeightFactor);
        }

        bool censoringPossible = options.BoundedClaims == BoundedClaims.Censored
            && (options.Method == AggregationMethod.FixedEffect
                || (options.Method == AggregationMethod.RandomEffects && options.TauSquaredMethod is TauSquaredMethod.MaximumLikelihood or TauSquaredMethod.RestrictedMaximumLikelihood));

        for (int j = 0; j < n; j++)
        {
            var c = contributions[used[j]];
            var report = c.Report;
            var estimate = report.Estimate;
            var from = report.Quantity.Unit;
            double Convert(double x) => from.Convert(x, unit);

            double median, center, se;
            if (scale == AnalysisScale.Log && estimate.Distribution is LogNormalDistribution logNormal)
            {
                // Exact, and spares two quantile evaluations: on the log scale it is N(μ + ln c, σ²).
                center = logNormal.Mu + Math.Log(from.Convert(1, unit));
                se = logNormal.Sigma;
                median = Math.Exp(center);
            }
            else
            {
                median = Convert(estimate.Median);
                double lo = Convert(estimate.Quantile(OneSigmaLower));
                double hi = Convert(estimate.Quantile(OneSigmaUpper));
                center = To(scale, median, upper);
                se = (To(scale, hi, upper) - To(scale, lo, upper)) / 2;
            }
            double floorRelative = options.ReportingFloor.For(report.Provenance.Origin.Kind);
            double floor = FloorOnScale(scale, median, upper, floorRelative);
            c.Value = median;
            if (!(se >= floor) || !double.IsFinite(se))
            {
                se = floor;
                c.FloorApplied = true;
            }
            c.StandardError = se;

            double w = c.WeightFactor / maxFactor;
            weights[j] = w;
            double inflated = se * se / w;
            pointY[j] = center;
            pointV[j] = inflated;

            var form = BoundForm(estimate);
            double lower = double.NegativeInfinity, upperBound = double.PositiveInfinity;
            if (form != ClaimForm.Point)
            {
                // A bound at the edge of the scale says nothing ("between 0 and 5,000" on the log scale is
                // "at most 5,000"; "between 30% and 100%" is "at least 30%"), and its logarithm is infinite.
                if (estimate.LowerBound is double l && double.IsFinite(To(scale, Convert(l), upper)))
                {
                    lower = Convert(l);
                }
                if (estimate.UpperBound is double u && double.IsFinite(To(scale, Convert(u), upper)))
                {
                    upperBound = Convert(u);
                }
                form = (double.IsFinite(lower), double.IsFinite(upperBound)) switch
                {
                    (true, true) => ClaimForm.Between,
                    (true, false) => ClaimForm.AtLeast,
                    (false, true) => ClaimForm.AtMost,
                    _ => ClaimForm.Point,
                };
            }
            if (censoringPossible && form != ClaimForm.Point)
            {
                double boundFloor = FloorOnScale(scale, form == ClaimForm.AtMost ? upperBound : lower, upper, floorRelative);
                double boundVariance = boundFloor * boundFloor / w;
                observations[j] = form switch
                {
                    ClaimForm.AtLeast => Observation.AtLeast(To(scale, lower, upper), boundVariance),
                    ClaimForm.AtMost => Observation.AtMost(To(scale, upperBound, upper), boundVariance),
                    _ => Observation.Between(To(scale, lower, upper), To(scale, upperBound, upper), boundVariance),
                };
                c.Claim = form;
                c.Bounds = new EstimateInterval(lower, upperBound, double.NaN);
                c.AnalysisValue = form == ClaimForm.AtMost ? To(scale, upperBound, upper) : To(scale, lower, upper);
            }
            else
            {
                observations[j] = Observation.Point(center, inflated);
                c.AnalysisValue = center;
                c.BoundReadThroughHedgeModel = form != ClaimForm.Point;
            }

            c.RelativePrecision = c.Claim == ClaimForm.Point ? RelativeSpread(scale, se, median, upper) : floorRelative;
            c.EnteredInterval = c.Claim == ClaimForm.Point
                ? PointInterval(scale, center, se, upper)
                : new EstimateInterval(
                    c.Claim == ClaimForm.AtMost ? (scale == AnalysisScale.Natural ? double.NegativeInfinity : 0) : c.Bounds.Lower,
                    c.Claim == ClaimForm.AtLeast ? (scale == AnalysisScale.Logit ? upper : double.PositiveInfinity) : c.Bounds.Upper,
                    double.NaN);
        }

        int origins = groups.Length == 0 ? 0 : groups.Max() + 1;
        if (n == 1)
        {
            Note("one report only: the aggregate is that report (tau² = 0)");
        }

        bool anyCensored = false, anyPoint = false;
        foreach (var o in observations)
        {
            anyCensored |= !o.IsPoint;
            anyPoint |= o.IsPoint;
        }
        if (anyCensored && !anyPoint)
        {
            // Bounds alone leave the likelihood without a maximum ("more than 10,000" fits any larger value).
            Note("every report is a bound: they were read through the hedge model instead of as censored claims");
            for (int j = 0; j < n; j++)
            {
                observations[j] = Observation.Point(pointY[j], pointV[j]);
                var c = contributions[used[j]];
                c.AnalysisValue = pointY[j];
                c.Claim = ClaimForm.Point;
                c.EnteredInterval = PointInterval(scale, pointY[j], c.StandardError, upper);
            }
            anyCensored = false;
        }

        // Heterogeneity is that of the random-effects fit itself, or, for the other methods (and when
        // a random-effects fit would need bounds), of a random-effects fit of the reports read as points.
        var heterogeneity = options.Method == AggregationMethod.RandomEffects && anyCensored
            ? default
            : MetaAnalysis.Fit(pointY, pointV,
                options.Method == AggregationMethod.RandomEffects ? options.TauSquaredMethod : TauSquaredMethod.RestrictedMaximumLikelihood,
                options.KnappHartung);
        double centerOnScale, seOnScale, tau2 = heterogeneity.TauSquared;
        EstimateInterval ciScale, piScale;
        Estimate result;
        double z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.5 + (options.Level / 2));

        switch (options.Method)
        {
            case AggregationMethod.RandomEffects:
            case AggregationMethod.FixedEffect:
            {
                var method = options.Method == AggregationMethod.FixedEffect ? TauSquaredMethod.FixedEffect : options.TauSquaredMethod;
                MetaAnalysisResult fit;
                if (anyCensored)
                {
                    if (method == TauSquaredMethod.RestrictedMaximumLikelihood)
                    {
                        Note("censored claims enter the likelihood, so tau² was estimated by ML instead of REML");
                        method = TauSquaredMethod.MaximumLikelihood;
                    }
                    scratch.Fill(1.0);
                    fit = MetaAnalysis.FitCensored(observations, scratch, method);
                    if (options.Method == AggregationMethod.RandomEffects)
                    {
                        heterogeneity = fit;
                    }
                }
                else
                {
                    fit = method == heterogeneity.Method ? heterogeneity : MetaAnalysis.Fit(pointY, pointV, method, options.KnappHartung);
                }
                if (fit.Status != MetaAnalysisStatus.Converged && fit.Status != MetaAnalysisStatus.SingleStudy)
                {
                    Note($"the fit reports {fit.Status} (method used: {fit.MethodUsed})");
                }
                tau2 = fit.TauSquared;
                centerOnScale = fit.Mean;
                seOnScale = fit.StandardError;
                ciScale = WithLevel(fit, options.Level);
                piScale = fit.PredictionInterval;
                // Shares are each report's part of the information about the value at the fit (the core's
                // Weights): 1/(v + tau²) for a point, less for a bound the fit lies far inside of.
                MetaAnalysis.Weights(observations, ReadOnlySpan<double>.Empty, fit, model);
                result = OnScale(scale, centerOnScale, seOnScale, upper);
                break;
            }
            case AggregationMethod.LinearPool:
            {
                var parts = new EstimateDistribution[n];
                for (int j = 0; j < n; j++)
                {
                    parts[j] = InUnit(contributions[used[j]].Report, unit);
                    model[j] = weights[j];
                }
                (result, centerOnScale, ciScale, piScale) = Summarise(MixtureDistribution.Create(parts, weights.ToArray()), scale, upper, options.Level);
                seOnScale = double.NaN;
                Note("the linear pool mixes the reports' own distributions; its interval is the spread of opinion");
                break;
            }
            case AggregationMethod.LogarithmicPool:
            {
                double totalW = Sum(weights), precision = 0, weighted = 0;
                for (int j = 0; j < n; j++)
                {
                    double s2 = contributions[used[j]].StandardError * contributions[used[j]].StandardError;
                    double a = weights[j] / totalW / s2;
                    precision += a;
                    weighted += a * pointY[j];
                    model[j] = a;
                }
                centerOnScale = weighted / precision;
                seOnScale = Math.Sqrt(1 / precision);
                ciScale = Symmetric(centerOnScale, seOnScale, z, options.Level);
                piScale = Symmetric(centerOnScale, seOnScale, Z95, 0.95);
                result = OnScale(scale, centerOnScale, seOnScale, upper);
                break;
            }
            case AggregationMethod.WeightedMedian:
            {
                var components = new EstimateDistribution[n];
                for (int j = 0; j < n; j++)
                {
                    model[j] = 1 / (pointV[j] + tau2);
                    components[j] = NormalDistribution.Create(pointY[j], Math.Sqrt(pointV[j] + tau2));
                }
                centerOnScale = WeightedQuantile.Compute(pointY, model, 0.5);
                var spread = MixtureDistribution.Create(components, model.ToArray());
                var inner = spread.Interval(options.Level);
                ciScale = new EstimateInterval(Math.Min(inner.Lower, centerOnScale), Math.Max(inner.Upper, centerOnScale), options.Level);
                var outer = spread.Interval(0.95);
                piScale = new EstimateInterval(Math.Min(outer.Lower, centerOnScale), Math.Max(outer.Upper, centerOnScale), 0.95);
                seOnScale = (ciScale.Upper - ciScale.Lower) / (2 * z);
                result = OnScale(scale, centerOnScale, Math.Max(seOnScale, 1e-12), upper);
                Note("the weighted median's interval is the spread of the weighted reports (a mixture of their normal approximations)");
                break;
            }
            case AggregationMethod.Robust:
            {
                var scales = scratch;
                for (int j = 0; j < n; j++)
                {
                    scales[j] = Math.Sqrt(pointV[j] + tau2);
                }
                var huber = HuberLocation.Fit(pointY, scales);
                if (!huber.Converged)
                {
                    Note("Huber's iterations did not converge in 200 steps; the last iterate is shown");
                }
                centerOnScale = huber.Mean;
                seOnScale = huber.StandardError;
                for (int j = 0; j < n; j++)
                {
                    double r = Math.Abs((pointY[j] - huber.Mean) / scales[j]);
                    model[j] = (r <= HuberLocation.DefaultTuning ? 1 : HuberLocation.DefaultTuning / r) / (scales[j] * scales[j]);
                }
                ciScale = Symmetric(centerOnScale, seOnScale, z, options.Level);
                piScale = Symmetric(centerOnScale, Math.Sqrt((seOnScale * seOnScale) + tau2), Z95, 0.95);
                result = OnScale(scale, centerOnScale, seOnScale, upper);
                break;
            }
            case AggregationMethod.MostConservative:
            {
                int lowest = 0;
                for (int j = 1; j < n; j++)
                {
                    if (contributions[used[j]].Value < contributions[used[lowest]].Value)
                    {
                        lowest = j;
                    }
                }
                model[lowest] = 1;
                (result, centerOnScale, ciScale, piScale) = Summarise(InUnit(contributions[used[lowest]].Report, unit), scale, upper, options.Level);
                seOnScale = double.NaN;
                Note($"the most conservative (lowest) figure is report {contributions[used[lowest]].Report.Id}");
                break;
            }
            default:
            {
                int low = 0, high = 0;
                double lowEnd = double.PositiveInfinity, highEnd = double.NegativeInfinity;
                for (int j = 0; j < n; j++)
                {
                    var interval = InUnit(contributions[used[j]].Report, unit).Interval(options.Level);
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
                model[low] += 0.5;
                model[high] += 0.5;
                // A range read as the hedge model reads "between a and b"; negative changes have no such
                // reading, so there the range is the central interval of a normal.
                double tail = (1 - options.Level) / 2;
                result = !(highEnd > lowEnd) ? Estimate.FromDistribution(PointDistribution.Create(lowEnd))
                    : lowEnd >= 0 ? Estimate.Between(lowEnd, highEnd)
                    : Estimate.FromDistribution(QuantileFit.Normal([tail, 1 - tail], [lowEnd, highEnd]));
                ciScale = new EstimateInterval(To(scale, lowEnd, upper), To(scale, highEnd, upper), options.Level);
                piScale = ciScale;
                centerOnScale = (ciScale.Lower + ciScale.Upper) / 2;
                seOnScale = double.NaN;
                Note(string.Create(CultureInfo.InvariantCulture,
                    $"the envelope runs from the lowest {options.Level * 100:0}% lower end ({contributions[used[low]].Report.Id}) to the highest upper end ({contributions[used[high]].Report.Id})"));
                break;
            }
        }

        Span<bool> flagged = n <= 256 ? stackalloc bool[n] : new bool[n];
        Disagreement.Find(observations, pointY, pointV, options.Method == AggregationMethod.FixedEffect, options.OutlierThreshold, residuals, flagged);
        double totalModel = Sum(model);
        for (int j = 0; j < n; j++)
        {
            var c = contributions[used[j]];
            c.Weight = model[j];
            c.Share = totalModel > 0 ? model[j] / totalModel : 0;
            c.StandardizedResidual = residuals[j];
            c.Disagrees = flagged[j];
        }

        var ciUnit = FromScale(scale, ciScale, upper);
        var piUnit = FromScale(scale, piScale, upper);
        return create(key, quantity, scale, result, ciUnit, piUnit, heterogeneity, contributions, origins, notes?.ToArray() ?? []);
    }

    // NodaTime's Period.DaysBetween handles every calendar and costs ~150 ns; ISO dates (all of ours) go through DateOnly.
    private static int DaysBetween(LocalDate start, LocalDate end)
        => start.Calendar == CalendarSystem.Iso && end.Calendar == CalendarSystem.Iso
            ? end.ToDateOnly().DayNumber - start.ToDateOnly().DayNumber
            : Period.DaysBetween(start, end);

    private void Note(string note) => (notes ??= []).Add(note);

    private static double Sum(ReadOnlySpan<double> values)
    {
        double total = 0;
        foreach (var value in values)
        {
            total += value;
        }
        return total;
    }

    private AnalysisScale ChooseScale(List<int> used, QuantityKey key, Unit unit)
    {
        if (key.Statistic == Statistic.Change)
        {
            return AnalysisScale.Natural;
        }
        bool ratio = unit.Dimension == Dimension.Ratio;
        double upper = ratio ? ShareUpper(unit) : double.PositiveInfinity;
        foreach (var i in used)
        {
            var report = reports[i];
            double median = report.Quantity.Unit.Convert(report.Estimate.Median, unit);
            if (!(median > 0) || !(median < upper))
            {
                Note(string.Create(CultureInfo.InvariantCulture,
                    $"report {report.Id} has the value {median}, outside the range of the {(ratio ? "logit" : "log")} scale: combined on the natural scale"));
                return AnalysisScale.Natural;
            }
        }
        return ratio ? AnalysisScale.Logit : AnalysisScale.Log;
    }

    // The canonical ratio unit is percent, so shares run to 100 (a fraction unit converts into it).
    private static double ShareUpper(Unit unit) => Unit.Fraction.Convert(1, unit);

    private static ClaimForm BoundForm(Estimate estimate) => estimate.Hedge switch
    {
        HedgeKind.Above or HedgeKind.AtLeast when estimate.LowerBound is not null => ClaimForm.AtLeast,
        HedgeKind.AtMost or HedgeKind.Below when estimate.UpperBound is not null => ClaimForm.AtMost,
        HedgeKind.Range when estimate.LowerBound is not null && estimate.UpperBound is not null && estimate.UpperBound > estimate.LowerBound => ClaimForm.Between,
        // "nearly 60,000" says how close as well as which side: the hedge model keeps both.
        _ => ClaimForm.Point,
    };

    private static EstimateDistribution InUnit(Report report, Unit unit)
    {
        var from = report.Quantity.Unit;
        var distribution = report.Estimate.Distribution;
        double factor = from.Convert(1, unit);
        return factor == 1 ? distribution : ScaledDistribution.Create(distribution, factor);
    }

    internal static double To(AnalysisScale scale, double x, double upper) => scale switch
    {
        AnalysisScale.Log => Math.Log(x),
        AnalysisScale.Logit => Math.Log(x / (upper - x)),
        _ => x,
    };

    internal static double From(AnalysisScale scale, double t, double upper) => scale switch
    {
        AnalysisScale.Log => Math.Exp(t),
        AnalysisScale.Logit => upper / (1 + Math.Exp(-t)),
        _ => t,
    };

    // A point's 95% interval on the analysis scale, mapped back to the unit.
    private static EstimateInterval PointInterval(AnalysisScale scale, double center, double se, double upper)
        => new(From(scale, center - (Z95 * se), upper), From(scale, center + (Z95 * se), upper), 0.95);

    private static EstimateInterval FromScale(AnalysisScale scale, EstimateInterval interval, double upper)
        => new(From(scale, interval.Lower, upper), From(scale, interval.Upper, upper), interval.Level);

    private static double FloorOnScale(AnalysisScale scale, double value, double upper, double relative) => scale switch
    {
        AnalysisScale.Log => relative,
        AnalysisScale.Logit => relative * upper / (upper - value),
        _ => Math.Max(relative * Math.Abs(value), 1e-9),
    };

    private static double RelativeSpread(AnalysisScale scale, double se, double value, double upper) => scale switch
    {
        AnalysisScale.Log => se,
        AnalysisScale.Logit => se * (upper - value) / upper,
        _ => value == 0 ? se : se / Math.Abs(value),
    };

    private static Estimate OnScale(AnalysisScale scale, double center, double se, double upper) => scale switch
    {
        AnalysisScale.Log => Estimate.FromDistribution(LogNormalDistribution.FromLogParameters(center, se)),
        AnalysisScale.Logit => Estimate.FromDistribution(LogitNormalDistribution.Create(center, se, upper)),
        _ => Estimate.FromDistribution(NormalDistribution.Create(center, se)),
    };

    // A result that is a distribution in the unit (a pool, one report): its median, and its intervals on the analysis scale.
    private static (Estimate Result, double Center, EstimateInterval Confidence, EstimateInterval Prediction) Summarise(
        EstimateDistribution distribution, AnalysisScale scale, double upper, double level)
    {
        var ci = distribution.Interval(level);
        var pi = distribution.Interval(0.95);
        return (Estimate.FromDistribution(distribution),
            To(scale, distribution.Median, upper),
            new EstimateInterval(To(scale, ci.Lower, upper), To(scale, ci.Upper, upper), level),
            new EstimateInterval(To(scale, pi.Lower, upper), To(scale, pi.Upper, upper), 0.95));
    }

    private static EstimateInterval Symmetric(double center, double se, double z, double level)
        => new(center - (z * se), center + (z * se), level);

    // The core's confidence interval is 95%; another level is rebuilt from the same standard error,
    // with t(k − 1) under Knapp–Hartung as the core does.
    private static EstimateInterval WithLevel(MetaAnalysisResult fit, double level)
    {
        if (Math.Abs(level - 0.95) < 1e-12)
        {
            return fit.ConfidenceInterval;
        }
        double tail = 0.5 + (level / 2);
        double q = fit.KnappHartung != KnappHartung.None && fit.DegreesOfFreedom > 0
            ? MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, fit.DegreesOfFreedom, tail)
            : MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, tail);
        return Symmetric(fit.Mean, fit.StandardError, q, level);
    }

}
