using System;
using System.Globalization;
using System.Text.Json;
using static ForceEstimates.Presentation.JsonFields;

namespace ForceEstimates.Presentation;

/// <summary>
/// How a JSON document's figures are read: under which hedge model, and whether the distributions it holds must
/// be that model's (<see cref="Reinterpret"/> false: a document is data, and a distribution the model would not
/// give for the text is refused) or are set aside and the texts read again (true). Immutable.
/// </summary>
internal sealed class JsonFigures
{
    // Distributions written by this library round-trip exactly; the tolerance admits writers that print 15
    // significant digits, and nothing a reader would call another reading.
    private const double Tolerance = 1e-9;

    internal JsonFigures(HedgeModel model, bool reinterpret)
    {
        Model = model;
        Reinterpret = reinterpret;
    }

    /// <summary>The default model, distributions checked.</summary>
    internal static JsonFigures Default { get; } = new(HedgeModel.Default, false);

    /// <summary>The hedge model that reads the texts.</summary>
    internal HedgeModel Model { get; }

    /// <summary>Whether the written distributions of stated figures are set aside (the texts are read again under <see cref="Model"/>).</summary>
    internal bool Reinterpret { get; }

    /// <summary>Whether two distributions are the same reading: equal, or with the same 5%, 50% and 95% quantiles to within 1e-9 (relative).</summary>
    internal static bool Agree(EstimateDistribution expected, EstimateDistribution written)
    {
        if (expected.Equals(written))
        {
            return true;
        }
        foreach (double p in (ReadOnlySpan<double>)[0.05, 0.5, 0.95])
        {
            double a = expected.Quantile(p), b = written.Quantile(p);
            if (!(Math.Abs(a - b) <= Tolerance * Math.Max(Math.Abs(a), Math.Abs(b))))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Checks, before anything is written, that an estimate is what <paramref name="model"/> gives for its text, so that the document's record of the model is true.</summary>
    /// <exception cref="ArgumentException">It is not.</exception>
    internal static void CheckWritten(Estimate estimate, HedgeModel model, string paramName, string? reportId)
    {
        if (estimate.Hedge == HedgeKind.Distribution || Agree(model.InterpretChecked(estimate.Stated), estimate.Distribution))
        {
            return;
        }
        var which = reportId is null ? "The estimate " + Excerpt.Quote(estimate.Stated.Text) : $"Report {Excerpt.Quote(reportId)}'s estimate {Excerpt.Quote(estimate.Stated.Text)}";
        throw new ArgumentException(
            $"{which} was not read by the hedge model {model}, which the document would record: write it with the model that read it (JsonFormat.Write with a HedgeModel), or read the reports again under one model first (ReportCollection.Reinterpret).",
            paramName);
    }

    /// <summary>The record of the model that read a document's figures.</summary>
    internal static void WriteRecord(Utf8JsonWriter writer, HedgeModel model)
    {
        writer.WriteStartObject("hedgeModel");
        writer.WriteString("name", model.Name);
        writer.WriteString("version", model.Version);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Before a document is read: finds its record of the hedge model (the "hedgeModel" field of the top-level
    /// object, wherever it is) and, unless the texts are to be read again, refuses a document read by another model.
    /// The reader is moved to the record when it is at fault, so that the error names its line.
    /// </summary>
    internal void CheckRecord(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return;
        }
        var scan = reader;
        Utf8JsonReader at = default;
        string? name = null, version = null;
        try
        {
            while (scan.Read() && scan.TokenType == JsonTokenType.PropertyName)
            {
                bool isRecord = scan.ValueTextEquals("hedgeModel"u8);
                scan.Read();
                if (!isRecord)
                {
                    scan.Skip();
                    continue;
                }
                at = scan;
                (name, version) = ReadRecord(ref scan, what + ".hedgeModel");
                break;
            }
        }
        catch (JsonException)
        {
            reader = scan;
            throw;
        }
        if (name is not null && !Reinterpret && (name != Model.Name || version != Model.Version))
        {
            reader = at;
            throw new JsonException(string.Create(CultureInfo.InvariantCulture,
                $"The document's figures were read by the hedge model {Excerpt.Quote(name)} (version {Excerpt.Quote(version!)}), but it is being read under {Model}: read it with that model, or read its figures again under this one with JsonFormat.ReadReportsReinterpreted."));
        }
    }

    private static (string Name, string Version) ReadRecord(ref Utf8JsonReader reader, string what)
    {
        string? name = null, version = null;
        ReadObject(ref reader, what, (ref Utf8JsonReader r, string field) =>
        {
            switch (field)
            {
                case "name": name = String(ref r, what + ".name"); break;
                case "version": version = String(ref r, what + ".version"); break;
                default: r.Skip(); break;
            }
        });
        return (name ?? throw Missing("name", what), version ?? throw Missing("version", what));
    }
}
