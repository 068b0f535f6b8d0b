using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ForceEstimates.Aggregation;
using NodaTime;

namespace ForceEstimates.Presentation;

/// <summary>
/// Pictures as standalone SVG documents: an estimate's distribution, the forest plot of an
/// aggregate, and a timeline of reports. Each is well-formed XML with a <c>title</c>, plain
/// shapes and text, and no scripts, so it displays in a browser, a notebook or a README as it is.
/// Thread-safe: every call builds its own picture.
/// </summary>
public static partial class Svg
{
    private const string Ink = "#1f2937";
    private const string Accent = "#2563eb";
    private const string Shade = "#93c5fd";
    private const string Muted = "#9ca3af";
    private const string Warning = "#dc2626";
    private const int DensityPoints = 160;

    /// <summary>
    /// The distribution of an estimate: the density shape (from differences of its CDF), the central
    /// interval at <paramref name="level"/> shaded, the median as a line, and the figure as written
    /// in the title. A positive figure whose 99% range spans more than a factor of 20 gets a log axis
    /// (and the density is then per log unit, so the shape matches the axis).
    /// </summary>
    /// <param name="estimate">The estimate.</param>
    /// <param name="level">The level of the shaded interval, strictly between 0 and 1; 0.9 by default.</param>
    /// <param name="unit">A unit symbol to write after the numbers, or null for none.</param>
    /// <returns>The SVG document, 520 × 186 pixels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="estimate"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public static string Distribution(Estimate estimate, double level = 0.9, string? unit = null)
    {
        Preconditions.CheckNotNull(estimate);
        Preconditions.CheckOpenUnit(level);
        const double width = 520, height = 186, left = 20, right = 500, top = 50, baseline = 146;
        var interval = estimate.Interval(level);
        double lo = estimate.Quantile(0.005), hi = estimate.Quantile(0.995);
        if (!double.IsFinite(lo) || !double.IsFinite(hi))
        {
            lo = interval.Lower;
            hi = interval.Upper;
        }
        bool logarithmic = lo > 0 && hi / lo > 20;
        var axis = Axis.Covering(lo, hi, left, right, logarithmic);
        string suffix = unit is null ? "" : " " + unit;
        // The median and the ends with the same figures, as many as it takes to tell them apart.
        int digits = NumberText.Digits(estimate.Median, interval.Lower, interval.Upper);
        var svg = new SvgWriter(width, height, string.Create(CultureInfo.InvariantCulture,
            $"{estimate}: median {NumberText.Of(estimate.Median, digits)}{suffix}, {NumberText.Level(level)} interval {NumberText.Range(interval.Lower, interval.Upper, digits)}{suffix}"));
        svg.Text(left, 18, estimate.ToString(), weight: "bold", size: 13, fill: Ink);

        var curve = DensityCurve(estimate, axis);
        double peak = curve.Max(p => p.Density);
        if (peak > 0 && double.IsFinite(peak) && interval.Upper > interval.Lower)
        {
            double Y(double d) => baseline - (baseline - top) * d / peak;
            var outline = new List<(double X, double Y)> { (axis.Map(curve[0].Value), baseline) };
            var shaded = new List<(double X, double Y)>();
            foreach (var (value, density) in curve)
            {
                outline.Add((axis.Map(value), Y(density)));
                if (value >= interval.Lower && value <= interval.Upper)
                {
                    shaded.Add((axis.Map(value), Y(density)));
                }
            }
            outline.Add((axis.Map(curve[^1].Value), baseline));
            svg.BeginGroup("density").Polygon(outline.ToArray(), "#e5e7eb", Muted).EndGroup();
            if (shaded.Count > 1)
            {
                shaded.Insert(0, (shaded[0].X, baseline));
                shaded.Add((shaded[^1].X, baseline));
                svg.BeginGroup($"central {NumberText.Level(level)} interval").Polygon(shaded.ToArray(), Shade, Accent, 0.8).EndGroup();
            }
        }
        else
        {
            // A point mass (an exact figure): a spike at the value.
            double x = axis.Map(estimate.Median);
            svg.BeginGroup("point mass").Line(x, baseline, x, top, Accent, 3).EndGroup();
        }
        double median = axis.Map(estimate.Median);
        svg.BeginGroup("median").Line(median, top - 4, median, baseline, Ink, 1.5).EndGroup();
        svg.Text(median, top - 8, "median " + NumberText.Of(estimate.Median, digits) + suffix, "middle", size: 11, fill: Ink);
        WriteAxis(svg, axis, baseline, 5);
        svg.Text(axis.Map(interval.Lower), baseline + 34, NumberText.Of(interval.Lower, digits), "middle", size: 10, fill: Accent);
        svg.Text(axis.Map(interval.Upper), baseline + 34, NumberText.Of(interval.Upper, digits), "middle", size: 10, fill: Accent);
        return svg.Finish();
    }

    /// <summary>
    /// The forest plot of an aggregate: one row per report (origin → outlet, the figure as written)
    /// with its 95% interval as it entered the model (<see cref="Contribution.EnteredInterval"/>: after
    /// the floor of reporting uncertainty; a bound as an arrow from the bound) and a square whose area
    /// is proportional to its share, then the aggregate as a diamond spanning its confidence interval and a bar for the
    /// prediction interval. Reports that were not used are drawn grey without a square and marked
    /// "not used"; reports that disagree with the rest are marked red. Counts and areas are drawn on a
    /// log axis, as they were combined.
    /// </summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <param name="includeExcluded">Whether to draw the reports that were not used (greyed); true by default.</param>
    /// <returns>The SVG document, 860 pixels wide and 26 pixels per row high.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/> is null.</exception>
    public static string ForestPlot(Aggregate aggregate, bool includeExcluded = true)
    {
        Preconditions.CheckNotNull(aggregate);
        const double width = 860, labelRight = 390, plotLeft = 405, plotRight = 760, rowHeight = 26, top = 44;
        var rows = aggregate.Contributions.Where(c => includeExcluded || c.Included).ToArray();
        var intervals = rows.Select(c => c.EnteredInterval).ToArray();
        var values = intervals.SelectMany(i => new[] { i.Lower, i.Upper })
            .Concat(rows.Select(c => ValueIn(c, aggregate.Unit)))
            .Concat([aggregate.ConfidenceInterval.Lower, aggregate.ConfidenceInterval.Upper, aggregate.PredictionInterval.Lower, aggregate.PredictionInterval.Upper, aggregate.Value])
            .Where(double.IsFinite)
            .ToArray();
        // On a log axis only values above 0 place it; when there are none (every figure "0"), the axis is linear
        // around them (Axis.Covering turns linear for a bound of 0) instead of failing on an empty set.
        if (aggregate.Scale == AnalysisScale.Log && values.Any(v => v > 0))
        {
            values = values.Where(v => v > 0).ToArray();
        }
        var axis = values.Length == 0
            ? Axis.Covering(0, 1, plotLeft, plotRight, logarithmic: false)
            : Axis.Covering(values.Min(), values.Max(), plotLeft, plotRight, aggregate.Scale == AnalysisScale.Log);
        double summaryTop = top + rows.Length * rowHeight + 8;
        double axisY = summaryTop + 2 * rowHeight + 6;
        double height = axisY + 52;
        var c = CultureInfo.InvariantCulture;
        var svg = new SvgWriter(width, height,
            string.Create(c, $"Forest plot: {aggregate.Quantity} as of {aggregate.AsOf.ToString("yyyy-MM-dd", c)}: {PlainText.Number(aggregate.Value, aggregate.ConfidenceInterval)} {aggregate.Unit.Symbol} ({NumberText.Level(aggregate.ConfidenceInterval.Level)} interval {PlainText.Range(aggregate.ConfidenceInterval, aggregate.Value)})"));
        svg.Text(10, 18, aggregate.Quantity.ToString(), weight: "bold", size: 13, fill: Ink);
        svg.Text(10, 34, "source (origin → outlet) and figure as written", size: 10, fill: Muted);
        svg.Text((plotLeft + plotRight) / 2, 34, $"report's 95% interval as used ({aggregate.Unit.Symbol})", "middle", size: 10, fill: Muted);
        svg.Text(width - 10, 34, "share", "end", size: 10, fill: Muted);

        double maxShare = rows.Where(r => r.Included).Select(r => r.Share).DefaultIfEmpty(1).Max();
        for (int i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            double y = top + i * rowHeight + rowHeight / 2;
            string color = !row.Included ? Muted : row.Disagrees ? Warning : Ink;
            string tooltip = PlainText.Of(row);
            svg.BeginGroup(tooltip);
            var provenance = row.Report.Provenance;
            string source = provenance.Origin.Equals(provenance.Outlet) ? provenance.Origin.Name : $"{provenance.Origin.Name} → {provenance.Outlet.Name}";
            svg.Text(labelRight, y - 1, Shorten(source, 60), "end", size: 11, fill: color);
            svg.Text(labelRight, y + 10, Shorten($"\u201C{row.Report.Estimate}\u201D, {row.Report.Published.ToString("yyyy-MM-dd", c)}", 50), "end", size: 9, fill: Muted);
            var interval = intervals[i];
            svg.Line(axis.Map(interval.Lower), y, axis.Map(interval.Upper), y, color, 1.5);
            // A bound runs to the edge of the plot and ends in an arrowhead on its open side.
            if (row.Included && row.Claim is ClaimForm.AtLeast or ClaimForm.AtMost)
            {
                bool openUp = row.Claim == ClaimForm.AtLeast;
                double tip = openUp ? plotRight : plotLeft, back = openUp ? tip - 7 : tip + 7;
                svg.Polygon(new (double, double)[] { (tip, y), (back, y - 4), (back, y + 4) }, color);
            }
            double x = axis.Map(ValueIn(row, aggregate.Unit));
            if (row.Included)
            {
                // Area, not side, proportional to the share: the eye reads areas.
                double side = 4 + (14 * Math.Sqrt(maxShare > 0 ? row.Share / maxShare : 0));
                svg.Rect(x - side / 2, y - side / 2, side, side, color);
                svg.Text(width - 10, y + 4, NumberText.Share(row.Share), "end", size: 11, fill: color);
            }
            else
            {
                svg.Circle(x, y, 3, Muted);
                svg.Text(width - 10, y + 4, "not used", "end", size: 10, fill: Muted);
            }
            svg.EndGroup();
        }

        double diamondY = summaryTop + rowHeight / 2;
        var ci = aggregate.ConfidenceInterval;
        svg.Line(plotLeft, summaryTop - 4, plotRight, summaryTop - 4, "#d1d5db");
        string value = PlainText.Number(aggregate.Value, ci);
        svg.BeginGroup($"aggregate {value}, {NumberText.Level(ci.Level)} interval {PlainText.Range(ci, aggregate.Value)}");
        svg.Text(labelRight, diamondY + 4, $"{PlainText.Name(aggregate.Method)}: {value}", "end", "bold", 11, Ink);
        svg.Polygon(new (double, double)[]
        {
            (axis.Map(ci.Lower), diamondY), (axis.Map(aggregate.Value), diamondY - 8),
            (axis.Map(ci.Upper), diamondY), (axis.Map(aggregate.Value), diamondY + 8),
        }, Accent, Accent);
        svg.Text(width - 10, diamondY + 4, "100%", "end", "bold", 11, Ink);
        svg.EndGroup();

        double predictionY = summaryTop + rowHeight * 1.5;
        var pi = aggregate.PredictionInterval;
        svg.BeginGroup($"{NumberText.Level(pi.Level)} prediction interval {PlainText.Range(pi)}");
        svg.Text(labelRight, predictionY + 4, "prediction interval (a new report)", "end", size: 10, fill: Ink);
        svg.Rect(axis.Map(pi.Lower), predictionY - 3, axis.Map(pi.Upper) - axis.Map(pi.Lower), 6, Shade, Accent);
        svg.EndGroup();

        double valueX = axis.Map(aggregate.Value);
        svg.Line(valueX, top, valueX, summaryTop - 4, Accent, 1, "3 3");
        WriteAxis(svg, axis, axisY, 6);
        svg.Text(10, height - 8, string.Create(c,
            $"{NumberText.Count(aggregate.ReportCount, "report")}, {NumberText.Count(aggregate.IndependentOrigins, "independent origin")}; I² = {NumberText.Percent(aggregate.ISquared)}, tau² = {NumberText.Of(aggregate.TauSquared)}; as of {aggregate.AsOf.ToString("yyyy-MM-dd", c)}"),
            size: 10, fill: Muted);
        return svg.Finish();
    }

    /// <summary>
    /// A timeline of reports about one quantity: each report's median and 90% interval at its
    /// publication date, with a horizontal line over the period it refers to when that is longer
    /// than a day. Counts and areas spanning more than a factor of 20 get a log value axis.
    /// </summary>
    /// <param name="reports">The reports; all about one quantity (units are converted to the first report's).</param>
    /// <returns>The SVG document, 640 × 316 pixels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">There are no reports, or they are about different quantities.</exception>
    public static string Timeline(IEnumerable<Report> reports)
    {
        var all = ReportsWithoutNulls(reports);
        Preconditions.CheckArgument(all.Length > 0, nameof(reports), "Expected at least one report.");
        var key = all[0].Quantity.Key;
        var other = Array.Find(all, r => r.Quantity.Key != key);
        Preconditions.CheckArgument(other is null, nameof(reports),
            $"Expected reports about one quantity, but \"{all[0].Id}\" is about {key} and \"{other?.Id}\" about {other?.Quantity.Key}.");
        var unit = all[0].Quantity.Unit;
        Array.Sort(all, (a, b) => a.Published.CompareTo(b.Published));
        var intervals = all.Select(r => ReportInterval(r, unit, 0.9)).ToArray();
        var medians = all.Select(r => r.Quantity.Unit.Convert(r.Estimate.Median, unit)).ToArray();
        var finite = intervals.SelectMany(i => new[] { i.Lower, i.Upper }).Concat(medians).Where(double.IsFinite).ToArray();
        double vmin = finite.Min(), vmax = finite.Max();
        bool logarithmic = unit.Dimension is Dimension.Count or Dimension.Area && vmin > 0 && vmax / vmin > 20;

        const double width = 640, height = 316, left = 70, right = 610, top = 62, bottom = 256;
        LocalDate first = all.Min(r => Min(r.Published, r.RefersTo.Start)), last = all.Max(r => Max(r.Published, r.RefersTo.End));
        double day0 = Day(first), days = Math.Max(1, Day(last) - day0);
        var time = Axis.Covering(day0, day0 + days, left, right, false);
        var values = Axis.Covering(vmin, vmax, bottom, top, logarithmic);
        var c = CultureInfo.InvariantCulture;
        var svg = new SvgWriter(width, height, string.Create(c, $"Timeline: {all[0].Quantity}, {NumberText.Count(all.Length, "report")}, {first.ToString("yyyy-MM-dd", c)} to {last.ToString("yyyy-MM-dd", c)}"));
        svg.Text(10, 18, all[0].Quantity.ToString(), weight: "bold", size: 13, fill: Ink);
        svg.Text(10, 32, "dot: median at publication; vertical line: 90% interval; horizontal line: period referred to", size: 10, fill: Muted);
        foreach (double tick in values.Ticks(5))
        {
            double y = values.Map(tick);
            svg.Line(left, y, right, y, "#e5e7eb");
            svg.Text(left - 6, y + 4, values.Label(tick, 5), "end", size: 10, fill: Ink);
        }
        svg.Text(left - 6, top - 12, unit.Symbol, "end", size: 10, fill: Muted);
        for (int i = 0; i < all.Length; i++)
        {
            var report = all[i];
            double x = time.Map(Day(report.Published));
            svg.BeginGroup(string.Create(c, $"{report.Id}: \u201C{report.Estimate}\u201D, {report.Provenance.Origin.Name}, published {report.Published.ToString("yyyy-MM-dd", c)}"));
            var interval = intervals[i];
            if (double.IsFinite(interval.Lower) && double.IsFinite(interval.Upper))
            {
                svg.Line(x, values.Map(interval.Lower), x, values.Map(interval.Upper), Accent, 2);
            }
            double y = values.Map(medians[i]);
            if (report.RefersTo.Start != report.RefersTo.End)
            {
                svg.Line(time.Map(Day(report.RefersTo.Start)), y, time.Map(Day(report.RefersTo.End) + 1), y, Muted, 2, "4 2");
            }
            svg.Circle(x, y, 4, Ink);
            svg.EndGroup();
        }
        svg.Line(left, bottom, right, bottom, Ink);
        foreach (double tick in DateTicks(day0, days))
        {
            double x = time.Map(tick);
            svg.Line(x, bottom, x, bottom + 5, Ink);
            svg.Text(x, bottom + 18, Epoch.PlusDays((int)tick).ToString("yyyy-MM-dd", c), "middle", size: 10, fill: Ink);
        }
        return svg.Finish();
    }

    // A report's interval in the given unit; at 95% by default, as forest plots show.
    /// <summary>A copy of <paramref name="reports"/>, after checking that it and each report are not null (the index is named).</summary>
    internal static Report[] ReportsWithoutNulls(IEnumerable<Report> reports)
    {
        Preconditions.CheckNotNull(reports);
        var all = reports.ToArray();
        if (Array.IndexOf(all, null) is int nullIndex and >= 0)
        {
            throw new ArgumentNullException(nameof(reports), $"Report {nullIndex} is null.");
        }
        return all;
    }

    internal static EstimateInterval ReportInterval(Report report, Unit unit, double level = 0.95)
    {
        var interval = report.Estimate.Interval(level);
        return new EstimateInterval(report.Quantity.Unit.Convert(interval.Lower, unit), report.Quantity.Unit.Convert(interval.Upper, unit), level);
    }

    private static double ValueIn(Contribution contribution, Unit unit)
        => contribution.Included && double.IsFinite(contribution.Value)
            ? contribution.Value
            : contribution.Report.Quantity.Unit.Convert(contribution.Report.Estimate.Median, unit);

    // Density on the axis' own scale: per unit on a linear axis, per log10 unit on a log axis.
    private static (double Value, double Density)[] DensityCurve(Estimate estimate, Axis axis)
    {
        double lo = axis.Logarithmic ? Math.Log10(axis.Min) : axis.Min;
        double hi = axis.Logarithmic ? Math.Log10(axis.Max) : axis.Max;
        double step = (hi - lo) / DensityPoints;
        var curve = new (double, double)[DensityPoints];
        double previous = estimate.Cdf(axis.Logarithmic ? Math.Pow(10, lo) : lo);
        for (int i = 0; i < DensityPoints; i++)
        {
            double t = lo + (i + 1) * step;
            double next = estimate.Cdf(axis.Logarithmic ? Math.Pow(10, t) : t);
            double midpoint = lo + (i + 0.5) * step;
            curve[i] = (axis.Logarithmic ? Math.Pow(10, midpoint) : midpoint, Math.Max(0, next - previous) / step);
            previous = next;
        }
        return curve;
    }

    private static void WriteAxis(SvgWriter svg, Axis axis, double y, int ticks)
    {
        svg.Line(axis.PixelStart, y, axis.PixelEnd, y, Ink);
        foreach (double tick in axis.Ticks(ticks))
        {
            double x = axis.Map(tick);
            svg.Line(x, y, x, y + 5, Ink);
            svg.Text(x, y + 18, axis.Label(tick, ticks), "middle", size: 10, fill: Ink);
        }
        if (axis.Logarithmic)
        {
            svg.Text(axis.PixelEnd, y - 4, "log scale", "end", size: 9, fill: Muted);
        }
    }

    private static IEnumerable<double> DateTicks(double day0, double days)
    {
        int count = (int)Math.Min(6, Math.Max(1, days));
        for (int i = 0; i <= count; i++)
        {
            yield return Math.Round(day0 + days * i / count);
        }
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    private static readonly LocalDate Epoch = new(1970, 1, 1);

    private static double Day(LocalDate date) => Period.Between(Epoch, date, PeriodUnits.Days).Days;

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;
}
