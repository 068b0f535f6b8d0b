using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using ForceEstimates.Consistency;
using static ForceEstimates.Presentation.JsonFields;

namespace ForceEstimates.Presentation;

/// <summary>
/// Consistency findings as JSON, for the command-line tool and other programs: counts by verdict,
/// then each finding with its rule, verdict, probability (null when it could not be checked), the
/// reports involved (id, figure as written, quantity, period), the recomputed figure of a derived
/// report (median and 90% interval) and the explanation. Written only: findings are recomputed from
/// their reports with <see cref="ConsistencyCheck.Run"/>.
/// </summary>
internal sealed class FindingsConverter : JsonConverter<IReadOnlyList<ConsistencyFinding>>
{
    public override IReadOnlyList<ConsistencyFinding> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("Consistency findings are written for other programs, not read back: rerun ConsistencyCheck.Run on the reports.");

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<ConsistencyFinding> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion", JsonFormat.FormatVersion);
        writer.WriteStartObject("verdicts");
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            writer.WriteNumber(Camel(verdict.ToString()), value.Count(f => f.Verdict == verdict));
        }
        writer.WriteNumber("notChecked", value.Count(f => !f.IsChecked));
        writer.WriteEndObject();
        writer.WriteStartArray("findings");
        foreach (var finding in value)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", finding.Rule.ToString());
            writer.WriteString("verdict", finding.Verdict.ToString());
            writer.WriteBoolean("holds", finding.Holds);
            writer.WriteBoolean("checked", finding.IsChecked);
            WriteNumber(writer, "probability", finding.Probability);
            writer.WriteStartArray("reports");
            foreach (var report in finding.Reports)
            {
                writer.WriteStartObject();
                writer.WriteString("id", report.Id);
                writer.WriteString("figure", report.Estimate.Stated.Text);
                writer.WriteString("quantity", report.Quantity.ToString());
                WriteDate(writer, "refersToStart", report.RefersTo.Start, options);
                WriteDate(writer, "refersToEnd", report.RefersTo.End, options);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            if (finding.Recomputed is { } recomputed)
            {
                writer.WriteStartObject("recomputed");
                WriteNumber(writer, "median", recomputed.Median);
                WriteInterval(writer, "interval90", recomputed.Interval(0.9));
                writer.WriteString("unit", finding.Reports[0].Quantity.Unit.Symbol);
                writer.WriteEndObject();
            }
            writer.WriteString("explanation", finding.Explanation);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
