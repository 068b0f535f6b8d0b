using System;
using System.IO;
using System.Text;
using System.Text.Json;
using ForceEstimates.Trends;
using NodaTime;

namespace ForceEstimates.Presentation;

public static partial class JsonFormat
{
    /// <summary>
    /// Writes a fitted trend model: per series its quantity, the scale its path is followed on
    /// (<c>"scale": "logit"</c> for a share, <c>"log"</c> otherwise), span and the value (median, mean,
    /// 95% band) at its last report and at the end of its path; per origin × series its bias factor,
    /// what the factor multiplies (<c>"factorOf": "odds"</c> for a share, <c>"value"</c> otherwise), 95%
    /// interval and report count; the bound shifts, the estimated prior scales and any notes. Written
    /// only: a model is refitted from its reports, not read back.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="indented">Whether to indent the output (true by default).</param>
    /// <returns>The JSON document, starting with <c>"formatVersion": 1</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static string Write(TrendModel model, bool indented = true)
    {
        Preconditions.CheckNotNull(model);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("formatVersion", FormatVersion);
            writer.WriteString("kind", "trendModel");
            writer.WriteNumber("iterations", model.Iterations);
            writer.WriteBoolean("converged", model.Converged);
            writer.WriteStartArray("series");
            foreach (var series in model.Series)
            {
                writer.WriteStartObject();
                ReportConverter.WriteQuantity(writer, "quantity", series.Quantity);
                writer.WriteString("scale", series.IsShare ? "logit" : "log");
                writer.WriteString("start", Iso(series.Start));
                writer.WriteString("end", Iso(series.End));
                writer.WriteString("firstObserved", Iso(series.FirstObserved));
                writer.WriteString("lastObserved", Iso(series.LastObserved));
                writer.WriteNumber("reportCount", series.ReportCount);
                WriteValue(writer, "atLastReport", series, series.LastObserved);
                WriteValue(writer, "atEnd", series, series.End);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("biases");
            foreach (var bias in model.Biases)
            {
                var interval = bias.Interval(0.95);
                writer.WriteStartObject();
                writer.WriteString("origin", bias.Origin.Name);
                ReportConverter.WriteQuantity(writer, "quantity", bias.Quantity);
                writer.WriteNumber("factor", bias.Factor);
                writer.WriteString("factorOf", model.For(bias.Quantity).IsShare ? "odds" : "value");
                writer.WriteNumber("lower95", interval.Lower);
                writer.WriteNumber("upper95", interval.Upper);
                writer.WriteNumber("reportCount", bias.ReportCount);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("boundShifts");
            foreach (var shift in model.BoundShifts)
            {
                writer.WriteStartObject();
                writer.WriteString("origin", shift.Origin.Name);
                writer.WriteString("bound", shift.IsLowerBound ? "atLeast" : "atMost");
                writer.WriteNumber("factor", Math.Exp(shift.LogShift));
                writer.WriteNumber("logStandardError", shift.LogStandardError);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            var hyper = model.Hyperparameters;
            writer.WriteStartObject("priorScales");
            writer.WriteNumber("cumulativeStepPerSqrtDay", hyper.CumulativeStep);
            writer.WriteNumber("levelStepPerSqrtDay", hyper.LevelStep);
            writer.WriteNumber("sharedStepPerSqrtDay", hyper.SharedStep);
            writer.WriteNumber("meanBias", hyper.MeanBias);
            writer.WriteNumber("persistentError", hyper.Persistent);
            writer.WriteNumber("dailyScatter", hyper.ShortChange);
            writer.WriteEndObject();
            writer.WriteStartArray("notes");
            foreach (var note in model.Notes)
            {
                writer.WriteStringValue(note);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter writer, string name, TrendSeries series, LocalDate date)
    {
        var value = series.At(date);
        var interval = value.Interval(0.95);
        writer.WriteStartObject(name);
        writer.WriteString("date", Iso(date));
        writer.WriteBoolean("extrapolated", series.IsExtrapolated(date));
        writer.WriteNumber("median", value.Median);
        writer.WriteNumber("mean", value.Mean);
        writer.WriteNumber("lower95", interval.Lower);
        writer.WriteNumber("upper95", interval.Upper);
        writer.WriteEndObject();
    }

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
