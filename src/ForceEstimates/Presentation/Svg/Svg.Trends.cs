using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ForceEstimates.Trends;

namespace ForceEstimates.Presentation;

public static partial class Svg
{
    // Colour by origin, in the order origins first appear; repeats after eight.
    private static readonly string[] OriginColours = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#4b5563"];

    /// <summary>
    /// A series of a <see cref="TrendModel"/>: the median path and its 95% band day by day, the part
    /// after the last report (a forecast) dashed and paler, and the series' reports as points
    /// coloured by origin ("at least" as an upward triangle, "at most" as a downward one), as stated,
    /// before each origin's bias is taken out. Change reports of a cumulative series are counted in
    /// the caption but not drawn (they are on another scale). A log axis when the values span more
    /// than a factor of 20.
    /// </summary>
    /// <param name="series">The series.</param>
    /// <returns>The SVG document, 640 × 360 pixels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static string Trend(TrendSeries series)
    {
        Preconditions.CheckNotNull(series);
        const double width = 640, height = 360, left = 70, right = 610, top = 74, bottom = 290;
        var c = CultureInfo.InvariantCulture;
        var path = series.Path;
        var unit = series.Quantity.Unit;
        var drawn = series.Reports.Where(r => r.Quantity.Statistic != Statistic.Change).ToArray();
        var origins = series.Reports.Select(r => r.Provenance.Origin).Distinct().ToList();
        var points = drawn.Select(r => (Report: r, Value: series.Quantity.Key.ToCanonical(StatedValue(r.Estimate), r.Quantity.Unit))).Where(p => p.Value > 0 && double.IsFinite(p.Value)).ToArray();
        var values = path.SelectMany(p => new[] { p.Lower, p.Upper }).Concat(points.Select(p => p.Value)).Where(v => v > 0 && double.IsFinite(v)).ToArray();
        double vmax = values.Length > 0 ? values.Max() : 1;
        double vmin = values.Length > 0 ? Math.Max(values.Min(), vmax / 1e4) : 0.5;
        bool logarithmic = vmin > 0 && vmax / vmin > 20;
        var axisY = Axis.Covering(vmin, vmax, bottom, top, logarithmic);
        double day0 = Day(series.Start), days = Math.Max(1, Day(series.End) - day0);
        var axisX = Axis.Covering(day0, day0 + days, left, right, false);
        double Y(double v) => axisY.Map(Math.Clamp(v, vmin, vmax));
        var last = path[Math.Min(path.Count - 1, (int)(Day(series.LastObserved) - day0))];
        var svg = new SvgWriter(width, height, string.Create(c,
            $"Trend: {series.Quantity}, {NumberText.Count(series.ReportCount, "report")}; {last.Date.ToString("yyyy-MM-dd", c)}: median {Median(last)}, 95% band {Band(last)} {unit.Symbol}"));
        svg.Text(10, 18, series.Quantity.ToString(), weight: "bold", size: 13, fill: Ink);
        svg.Text(10, 32, "line: median of the latent value; band: 95%; dashed: extrapolated after the last report", size: 10, fill: Muted);
        var changes = series.Reports.Count - drawn.Length;
        svg.Text(10, 45, string.Create(c, $"points: reports as stated, before each origin's bias is removed (▲ at least, ▼ at most){(changes > 0 ? $"; {changes} change reports not drawn" : string.Empty)}"), size: 10, fill: Muted);
        double legendX = 10;
        for (int o = 0; o < origins.Count; o++)
        {
            svg.Circle(legendX + 4, 58, 4, OriginColours[o % OriginColours.Length]);
            var name = Shorten(origins[o].Name, 22);
            svg.Text(legendX + 12, 62, name, size: 10, fill: Ink);
            legendX += 22 + (name.Length * 6);
        }
        foreach (double tick in axisY.Ticks(5))
        {
            double y = axisY.Map(tick);
            svg.Line(left, y, right, y, "#e5e7eb");
            svg.Text(left - 6, y + 4, axisY.Label(tick, 5), "end", size: 10, fill: Ink);
        }
        svg.Text(left - 6, top - 4, unit.Symbol, "end", size: 10, fill: Muted);
        // Observed and extrapolated parts of the band, each as one polygon.
        int split = path.TakeWhile(p => !p.IsExtrapolated).Count();
        Band(svg, path, 0, split, axisX, Y, 0.55);
        Band(svg, path, Math.Max(0, split - 1), path.Count, axisX, Y, 0.25);
        int stride = Math.Max(1, path.Count / 240);
        for (int d = stride; d < path.Count; d += stride)
        {
            var a = path[d - stride];
            var b = path[d];
            svg.Line(axisX.Map(Day(a.Date)), Y(a.Median), axisX.Map(Day(b.Date)), Y(b.Median), Accent, 2, b.IsExtrapolated ? "5 3" : null);
        }
        double lastX = axisX.Map(Day(series.LastObserved));
        svg.Line(lastX, top, lastX, bottom, Muted, 1, "2 2");
        svg.Text(lastX - 3, top + 10, "last report", "end", size: 9, fill: Muted);
        foreach (var (report, value) in points)
        {
            var colour = OriginColours[origins.FindIndex(o => o.Equals(report.Provenance.Origin)) % OriginColours.Length];
            double x = axisX.Map(Day(report.RefersTo.End)), y = Y(value);
            svg.BeginGroup(string.Create(c, $"{report.Id}: \u201C{report.Estimate}\u201D, {report.Provenance.Origin.Name}, {report.RefersTo.End.ToString("yyyy-MM-dd", c)}"));
            switch (report.Estimate.Hedge)
            {
                case HedgeKind.AtLeast or HedgeKind.Above:
                    svg.Polygon([(x, y - 5), (x - 4, y + 3), (x + 4, y + 3)], colour);
                    break;
                case HedgeKind.AtMost or HedgeKind.Below:
                    svg.Polygon([(x, y + 5), (x - 4, y - 3), (x + 4, y - 3)], colour);
                    break;
                default:
                    svg.Circle(x, y, 2.5, colour);
                    break;
            }
            svg.EndGroup();
        }
        svg.Line(left, bottom, right, bottom, Ink);
        foreach (double tick in DateTicks(day0, days))
        {
            double x = axisX.Map(tick);
            svg.Line(x, bottom, x, bottom + 5, Ink);
            svg.Text(x, bottom + 18, Epoch.PlusDays((int)tick).ToString("yyyy-MM-dd", c), "middle", size: 10, fill: Ink);
        }
        svg.Text(left, height - 22, string.Create(c, $"{last.Date.ToString("yyyy-MM-dd", c)} (last report): {Median(last)} {unit.Symbol}, 95% band {Band(last)}"), size: 11, fill: Ink);
        var end = path[^1];
        if (end.IsExtrapolated)
        {
            svg.Text(left, height - 8, string.Create(c, $"{end.Date.ToString("yyyy-MM-dd", c)} (extrapolated): {Median(end)} {unit.Symbol}, 95% band {Band(end)}"), size: 11, fill: Muted);
        }
        return svg.Finish();
    }

    /// <summary>
    /// Origins' biases as a forest-style chart: one row per origin and quantity, the factor as a dot
    /// and its 95% interval as a line on a log axis, with ×1 (an unbiased origin) marked. Rows in the
    /// order given; the report count after each label.
    /// </summary>
    /// <param name="biases">The biases, e.g. <see cref="TrendModel.Biases"/> or a selection of them; at least one.</param>
    /// <returns>The SVG document, 640 pixels wide.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="biases"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">There is no bias.</exception>
    public static string Biases(IEnumerable<SourceBias> biases)
    {
        Preconditions.CheckNotNull(biases);
        var rows = biases.ToArray();
        Preconditions.CheckArgument(rows.Length > 0, nameof(biases), "Expected at least one bias.");
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i] is null)
            {
                throw new ArgumentNullException(nameof(biases), string.Create(CultureInfo.InvariantCulture, $"Bias {i} is null."));
            }
        }
        const double width = 640, left = 300, right = 620, top = 40, rowHeight = 18;
        double height = top + (rows.Length * rowHeight) + 36;
        double bottom = height - 30;
        var intervals = rows.Select(b => b.Interval(0.95)).ToArray();
        double lo = Math.Min(0.5, intervals.Min(i => i.Lower)), hi = Math.Max(2, intervals.Max(i => i.Upper));
        lo = Math.Max(lo, 1e-3);
        hi = Math.Min(hi, 1e3);
        var axis = Axis.Covering(lo, hi, left, right, true);
        double X(double v) => axis.Map(Math.Clamp(v, lo, hi));
        var c = CultureInfo.InvariantCulture;
        var svg = new SvgWriter(width, height, string.Create(c, $"Biases of {rows.Length} origin × quantity pairs: factor and 95% interval"));
        svg.Text(10, 18, "Reporting bias: figure ÷ latent value", weight: "bold", size: 13, fill: Ink);
        svg.Text(10, 32, "dot: median factor; line: 95% interval; ×1: unbiased", size: 10, fill: Muted);
        svg.Line(X(1), top - 4, X(1), bottom, Muted, 1, "3 3");
        for (int i = 0; i < rows.Length; i++)
        {
            var bias = rows[i];
            double y = top + (i * rowHeight) + (rowHeight / 2);
            var q = bias.Quantity;
            svg.BeginGroup(bias.ToString());
            svg.Text(left - 8, y + 4, Shorten(string.Create(c, $"{bias.Origin.Name} on {q.Metric.Name} of {q.Subject} ({bias.ReportCount})"), 50), "end", size: 10, fill: Ink);
            svg.Line(X(intervals[i].Lower), y, X(intervals[i].Upper), y, Accent, 2);
            svg.Circle(X(bias.Factor), y, 3.5, bias.Interval(0.95).Lower > 1 || bias.Interval(0.95).Upper < 1 ? Warning : Ink);
            svg.EndGroup();
        }
        WriteAxis(svg, axis, bottom, 6);
        return svg.Finish();
    }

    // The number a report states: its bound for a one-sided claim, else its median.
    private static double StatedValue(Estimate estimate) => estimate.Hedge switch
    {
        HedgeKind.AtLeast or HedgeKind.Above => estimate.LowerBound!.Value,
        HedgeKind.AtMost or HedgeKind.Below => estimate.UpperBound!.Value,
        _ => estimate.Median,
    };

    private static void Band(SvgWriter svg, IReadOnlyList<TrendPoint> path, int from, int to, Axis axisX, Func<double, double> y, double opacity)
    {
        if (to - from < 2)
        {
            return;
        }
        int stride = Math.Max(1, (to - from) / 240);
        var outline = new List<(double X, double Y)>();
        for (int d = from; d < to; d += stride)
        {
            outline.Add((axisX.Map(Day(path[d].Date)), y(path[d].Upper)));
        }
        outline.Add((axisX.Map(Day(path[to - 1].Date)), y(path[to - 1].Upper)));
        outline.Add((axisX.Map(Day(path[to - 1].Date)), y(path[to - 1].Lower)));
        for (int d = to - 1 - ((to - 1 - from) % stride); d >= from; d -= stride)
        {
            outline.Add((axisX.Map(Day(path[d].Date)), y(path[d].Lower)));
        }
        svg.Polygon(outline.ToArray(), Shade, opacity: opacity);
    }

    // A day's median and band with the same significant figures, as many as it takes to tell them apart.
    private static string Median(TrendPoint point)
        => NumberText.Of(point.Median, NumberText.Digits(point.Median, point.Lower, point.Upper));

    private static string Band(TrendPoint point)
        => NumberText.Range(point.Lower, point.Upper, NumberText.Digits(point.Median, point.Lower, point.Upper));
}
