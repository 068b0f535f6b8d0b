using System;
using System.Globalization;
using System.Linq;
using System.Text;
using ForceEstimates.Trends;

namespace ForceEstimates.Presentation;

public static partial class Html
{
    /// <summary>A trend series: its quantity, span, reports, the value at its last report and at the end of the path (marked when extrapolated), and its picture (<see cref="Svg.Trend"/>).</summary>
    /// <param name="series">The series.</param>
    /// <returns>An HTML fragment (a <c>div</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static string Of(TrendSeries series)
    {
        Preconditions.CheckNotNull(series);
        var html = new StringBuilder("<div class=\"force-estimates trend-series\">");
        html.Append(Table);
        Row(html, "quantity", series.Quantity.ToString());
        Row(html, "reports", string.Create(CultureInfo.InvariantCulture, $"{series.ReportCount}, from {Date(series.FirstObserved)} to {Date(series.LastObserved)}, by {NumberText.Count(series.Reports.Select(r => r.Provenance.Origin).Distinct().Count(), "origin")}"));
        Row(html, "at the last report", PathValue(series, series.LastObserved));
        if (series.End > series.LastObserved)
        {
            Row(html, "at the end (extrapolated)", PathValue(series, series.End));
        }
        html.Append("</table>");
        html.Append(Svg.Trend(series));
        return html.Append("</div>").ToString();
    }

    /// <summary>A fitted trend model: every series with its value at its last report, every origin's bias with its 95% interval, notes, and the bias chart (<see cref="Svg.Biases"/>).</summary>
    /// <param name="model">The model.</param>
    /// <returns>An HTML fragment (a <c>div</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static string Of(TrendModel model)
    {
        Preconditions.CheckNotNull(model);
        var html = new StringBuilder("<div class=\"force-estimates trend-model\">");
        html.Append("<p style=\"font-family:sans-serif;font-size:13px\">").Append(Encode(model.ToString())).Append("</p>");
        html.Append(Table).Append("<tr>").Append(Head).Append("series</th>").Append(Head).Append("reports</th>").Append(Head).Append("last report</th>")
            .Append(Head).Append("median then</th>").Append(Head).Append("95% band</th></tr>");
        foreach (var series in model.Series)
        {
            var value = series.At(series.LastObserved);
            html.Append("<tr>");
            Cells(html, series.Quantity.ToString(), series.ReportCount.ToString(CultureInfo.InvariantCulture), Date(series.LastObserved), Number(value.Median, value.Interval(0.95)), Interval(value.Interval(0.95), value.Median));
            html.Append("</tr>");
        }
        html.Append("</table>");
        html.Append(Table).Append("<tr>").Append(Head).Append("origin</th>").Append(Head).Append("quantity</th>").Append(Head).Append("factor</th>")
            .Append(Head).Append("95% interval</th>").Append(Head).Append("reports</th></tr>");
        foreach (var bias in model.Biases)
        {
            html.Append("<tr>");
            Cells(html, bias.Origin.Name, bias.Quantity.ToString(), "×" + Number(bias.Factor, bias.Interval(0.95)), Interval(bias.Interval(0.95), bias.Factor), bias.ReportCount.ToString(CultureInfo.InvariantCulture));
            html.Append("</tr>");
        }
        html.Append("</table>");
        foreach (var note in model.Notes)
        {
            html.Append("<p style=\"font-family:sans-serif;font-size:12px\">").Append(Encode(note)).Append("</p>");
        }
        if (model.Biases.Count > 0)
        {
            html.Append(Svg.Biases(model.Biases));
        }
        return html.Append("</div>").ToString();
    }

    private static string PathValue(TrendSeries series, NodaTime.LocalDate date)
    {
        var value = series.At(date);
        var band = value.Interval(0.95);
        return string.Create(CultureInfo.InvariantCulture, $"{Date(date)}: median {Number(value.Median, band)} {series.Quantity.Unit.Symbol}, mean {Number(value.Mean, band)}, 95% {Interval(band, value.Median)}");
    }
}
