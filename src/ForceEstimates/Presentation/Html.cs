using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ForceEstimates.Aggregation;
using NodaTime;

namespace ForceEstimates.Presentation;

/// <summary>
/// HTML fragments for notebooks and reports: tables with the pictures of <see cref="Svg"/>
/// inline. Every text from the data is HTML-encoded; nothing needs a script or a style sheet.
/// These are what notebooks show for an <see cref="Estimate"/>, a <see cref="Report"/>, a
/// <see cref="ReportCollection"/> and an <see cref="Aggregate"/>. Thread-safe.
/// </summary>
public static partial class Html
{
    private const string Table = "<table style=\"border-collapse:collapse;font-family:sans-serif;font-size:13px\">";
    private const string Cell = "<td style=\"border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top\">";
    private const string Head = "<th style=\"border:1px solid #ddd;padding:2px 6px;text-align:left;background:#f3f4f6\">";

    /// <summary>An estimate: the figure as written, its hedge, median, mean, 50% and 90% intervals, and its distribution's picture.</summary>
    /// <param name="estimate">The estimate.</param>
    /// <returns>An HTML fragment (a <c>div</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="estimate"/> is null.</exception>
    public static string Of(Estimate estimate)
    {
        Preconditions.CheckNotNull(estimate);
        var html = new StringBuilder("<div class=\"force-estimates estimate\">");
        html.Append(Table);
        Row(html, "figure as written", estimate.ToString());
        Row(html, "hedge", estimate.Hedge.ToString());
        // The median, the mean and both intervals' ends with the same figures, enough to tell the median from every end.
        EstimateInterval half = estimate.Interval(0.5), most = estimate.Interval(0.9);
        int digits = Math.Max(NumberText.Digits(estimate, half.Lower, half.Upper), NumberText.Digits(estimate, most.Lower, most.Upper));
        Row(html, "median", NumberText.Of(estimate.Median, digits));
        Row(html, "mean", NumberText.Of(estimate.Mean, digits));
        Row(html, "50% interval", NumberText.Range(half.Lower, half.Upper, digits));
        Row(html, "90% interval", NumberText.Range(most.Lower, most.Upper, digits));
        html.Append("</table>");
        html.Append(Svg.Distribution(estimate));
        return html.Append("</div>").ToString();
    }

    /// <summary>A report: quantity, figure as written, median, 90% interval, source chain, dates, rating, verification, quote, and the estimate's picture.</summary>
    /// <param name="report">The report.</param>
    /// <returns>An HTML fragment (a <c>div</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Of(Report report)
    {
        Preconditions.CheckNotNull(report);
        var html = new StringBuilder("<div class=\"force-estimates report\">");
        html.Append(Table);
        Row(html, "id", report.Id);
        Row(html, "quantity", report.Quantity.ToString());
        Row(html, "figure as written", report.Estimate.ToString());
        var (median, range) = PlainText.MedianAndRange(report.Estimate, report.Estimate.Interval(0.9));
        Row(html, "median", median + " " + report.Quantity.Unit.Symbol);
        Row(html, "90% interval", range + " " + report.Quantity.Unit.Symbol);
        Row(html, "source chain", Chain(report.Provenance));
        Row(html, "published", Date(report.Published));
        Row(html, "refers to", Period(report.RefersTo));
        Row(html, "rating", report.Provenance.Rating.ToString());
        Row(html, "verification", report.Provenance.Verification.ToString());
        if (report.Provenance.DerivedFrom.Count > 0)
        {
            Row(html, "derived from", string.Join(", ", report.Provenance.DerivedFrom));
        }
        if (report.Quote is not null)
        {
            Row(html, "quote", report.Quote);
        }
        html.Append("</table>");
        html.Append(Svg.Distribution(report.Estimate, unit: report.Quantity.Unit.Symbol));
        return html.Append("</div>").ToString();
    }

    /// <summary>
    /// Reports as a table, one row each: id, quantity, figure as written, median, 90% interval, source
    /// chain, published, refers to, rating; followed by their <see cref="Svg.Timeline"/> when there are
    /// two or more, all about one quantity.
    /// </summary>
    /// <param name="reports">The reports (a <see cref="ReportCollection"/> or any sequence).</param>
    /// <returns>An HTML fragment (a <c>div</c>) headed by the number of reports.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is null.</exception>
    public static string Of(IEnumerable<Report> reports)
    {
        var all = Svg.ReportsWithoutNulls(reports);
        var html = new StringBuilder("<div class=\"force-estimates reports\">");
        html.Append("<p style=\"font-family:sans-serif\">").Append(NumberText.Count(all.Length, "report")).Append("</p>");
        html.Append(Table).Append("<tr>");
        foreach (var head in new[] { "id", "quantity", "figure as written", "median", "90% interval", "source chain", "published", "refers to", "rating" })
        {
            html.Append(Head).Append(head).Append("</th>");
        }
        html.Append("</tr>");
        foreach (var report in all)
        {
            html.Append("<tr>");
            var (median, range) = PlainText.MedianAndRange(report.Estimate, report.Estimate.Interval(0.9));
            Cells(html, report.Id, report.Quantity.ToString(), report.Estimate.ToString(),
                median + " " + report.Quantity.Unit.Symbol, range, Chain(report.Provenance), Date(report.Published),
                Period(report.RefersTo), report.Provenance.Rating.ToString());
            html.Append("</tr>");
        }
        html.Append("</table>");
        if (all.Length > 1 && all.All(r => r.Quantity.Key == all[0].Quantity.Key))
        {
            html.Append(Svg.Timeline(all));
        }
        return html.Append("</div>").ToString();
    }

    /// <summary>
    /// An aggregate: value and intervals, method and scale, heterogeneity (Q, I², tau²), the number of
    /// independent origins, a row per report (used or not, value, weight factors, share, reasons,
    /// disagreement), the notes, and the forest plot.
    /// </summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>An HTML fragment (a <c>div</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/> is null.</exception>
    public static string Of(Aggregate aggregate)
    {
        Preconditions.CheckNotNull(aggregate);
        var c = CultureInfo.InvariantCulture;
        var html = new StringBuilder("<div class=\"force-estimates aggregate\">");
        html.Append(Table);
        Row(html, "quantity", aggregate.Quantity.ToString());
        Row(html, "as of", Date(aggregate.AsOf));
        Row(html, "value", Number(aggregate.Value, aggregate.ConfidenceInterval) + " " + aggregate.Unit.Symbol);
        Row(html, NumberText.Level(aggregate.ConfidenceInterval.Level) + " interval", Interval(aggregate.ConfidenceInterval, aggregate.Value));
        Row(html, "95% prediction interval", Interval(aggregate.PredictionInterval));
        Row(html, "method", PlainText.Name(aggregate.Method) + ", on the " + PlainText.Name(aggregate.Scale) + " scale");
        Row(html, "reports used", aggregate.ReportCount.ToString(c) + " of " + aggregate.Contributions.Count.ToString(c));
        Row(html, "independent origins", aggregate.IndependentOrigins.ToString(c));
        Row(html, "heterogeneity", $"Q = {PlainText.Number(aggregate.Q)}, I² = {NumberText.Percent(aggregate.ISquared)}, tau² = {PlainText.Number(aggregate.TauSquared)}");
        html.Append("</table><br/>");
        html.Append(Table).Append("<tr>");
        foreach (var head in new[] { "report", "figure as written", "origin", "used", "value", "rating", "recency", "independence", "weight", "share", "reasons" })
        {
            html.Append(Head).Append(head).Append("</th>");
        }
        html.Append("</tr>");
        foreach (var row in aggregate.Contributions)
        {
            html.Append(row.Disagrees ? "<tr style=\"color:#b91c1c\">" : row.Included ? "<tr>" : "<tr style=\"color:#9ca3af\">");
            Cells(html, row.Report.Id, row.Report.Estimate.ToString(), row.Report.Provenance.Origin.Name,
                row.Included ? (row.Disagrees ? "yes (disagrees)" : "yes") : "no",
                row.Included ? PlainText.Number(row.Value) : "",
                PlainText.Number(row.RatingFactor), PlainText.Number(row.RecencyFactor), PlainText.Number(row.IndependenceFactor),
                row.Included ? PlainText.Number(row.Weight) : "",
                row.Included ? NumberText.Share(row.Share) : "",
                string.Join("; ", PlainText.Reasons(row)));
            html.Append("</tr>");
        }
        html.Append("</table>");
        if (aggregate.Notes.Count > 0)
        {
            html.Append("<ul style=\"font-family:sans-serif;font-size:13px\">");
            foreach (var note in aggregate.Notes)
            {
                html.Append("<li>").Append(Encode(PlainText.Of(note))).Append("</li>");
            }
            html.Append("</ul>");
        }
        html.Append(Svg.ForestPlot(aggregate));
        return html.Append("</div>").ToString();
    }

    // The SVG escaping suits HTML too, and also drops characters XML forbids, so fragments stay XHTML.
    internal static string Encode(string text) => SvgWriter.Escape(text);

    private static void Row(StringBuilder html, string name, string value)
        => html.Append("<tr>").Append(Head).Append(Encode(name)).Append("</th>").Append(Cell).Append(Encode(value)).Append("</td></tr>");

    private static void Cells(StringBuilder html, params string[] values)
    {
        foreach (var value in values)
        {
            html.Append(Cell).Append(Encode(value)).Append("</td>");
        }
    }

    private static string Chain(Provenance provenance)
        => string.Join(" > ", provenance.Chain.Select(link => link.Date is { } date ? link.Source.Name + "@" + Date(date) : link.Source.Name));

    private static string Number(double value) => NumberText.Of(value);

    private static string Interval(EstimateInterval interval) => NumberText.Range(interval.Lower, interval.Upper);

    // A value and the interval written beside it, with the same significant figures.
    private static string Number(double value, EstimateInterval interval) => PlainText.Number(value, interval);

    private static string Interval(EstimateInterval interval, double value) => PlainText.Range(interval, value);

    private static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Period(DateInterval period)
        => period.Start == period.End ? Date(period.Start) : Date(period.Start) + " – " + Date(period.End);
}
