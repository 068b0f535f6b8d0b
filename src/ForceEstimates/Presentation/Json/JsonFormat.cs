using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ForceEstimates.Aggregation;
using NodaTime.Serialization.SystemTextJson;

namespace ForceEstimates.Presentation;

/// <summary>
/// JSON in and out for estimates, provenance, reports, report collections and (out only) aggregates,
/// with System.Text.Json and Noda Time's serializers (dates as ISO <c>yyyy-MM-dd</c>). Every
/// document written by this class starts with <c>"formatVersion": 1</c>; a document with another
/// version is refused, one without is read as version 1.
/// </summary>
/// <remarks>
/// <para><b>Estimates</b> are written as the figure as written (<c>text</c>), the hedge, a few
/// figures of the interpretation for readers (<c>median</c>, <c>mean</c>, <c>interval90</c>; ignored
/// when reading) and the <c>distribution</c> with its parameters (<c>kind</c>: point, normal,
/// logNormal, logitNormal, uniform, oneSided, scaled, mixture, affine, samples). Reading parses the text again and
/// pairs it with the written distribution, so an estimate interpreted by another hedge model, or
/// given directly as a distribution, comes back equal. Without a <c>distribution</c> the text is
/// interpreted by <see cref="HedgeModel.Default"/>.</para>
/// <para><b>Aggregates</b> are written with their value, intervals, heterogeneity, every report's
/// contribution (with the report itself) and notes, for other programs to read; they are not read
/// back, because an aggregate is recomputed from its reports with <see cref="Aggregate.Of"/>.</para>
/// <para><b>Errors.</b> Malformed or invalid input gives a <see cref="JsonException"/> whose
/// message names the line and position (1-based) and the field, with
/// <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> (0-based) set.</para>
/// <para>Thread-safe.</para>
/// </remarks>
public static partial class JsonFormat
{
    /// <summary>The format version this library writes and reads.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Indented = ReadOnlyOptions(true);
    private static readonly JsonSerializerOptions Compact = ReadOnlyOptions(false);

    /// <summary>
    /// New serializer options with converters for <see cref="Estimate"/>, <see cref="Provenance"/>,
    /// <see cref="Report"/>, <see cref="ReportCollection"/> (read and write) and
    /// <see cref="Aggregate"/> (write only), and Noda Time's converters, for objects of your own
    /// that contain them (then serialized by reflection, which trimmed apps must keep). Nested values
    /// carry no <c>formatVersion</c>. Each call gives a new instance, which you may change.
    /// </summary>
    /// <returns>The options.</returns>
    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        AddConverters(options);
        return options;
    }

    /// <summary>Writes an estimate as a JSON document.</summary>
    /// <param name="estimate">The estimate.</param>
    /// <param name="indented">Whether to indent the output; true by default.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="estimate"/> is null.</exception>
    public static string Write(Estimate estimate, bool indented = true) => Serialize(Preconditions.CheckNotNull(estimate), new EstimateConverter(true), indented);

    /// <summary>Writes a provenance as a JSON document.</summary>
    /// <param name="provenance">The provenance.</param>
    /// <param name="indented">Whether to indent the output; true by default.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provenance"/> is null.</exception>
    public static string Write(Provenance provenance, bool indented = true) => Serialize(Preconditions.CheckNotNull(provenance), new ProvenanceConverter(true), indented);

    /// <summary>Writes a report as a JSON document.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent the output; true by default.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Write(Report report, bool indented = true) => Serialize(Preconditions.CheckNotNull(report), new ReportConverter(true), indented);

    /// <summary>Writes reports as a JSON document <c>{"formatVersion": 1, "reports": [...]}</c>.</summary>
    /// <param name="reports">The reports (a <see cref="ReportCollection"/> or any sequence with distinct ids).</param>
    /// <param name="indented">Whether to indent the output; true by default.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two reports have the same id.</exception>
    public static string Write(IEnumerable<Report> reports, bool indented = true)
        => Serialize(reports as ReportCollection ?? ReportCollection.Of(Preconditions.CheckNotNull(reports)), new ReportCollectionConverter(true), indented);

    /// <summary>Writes an aggregate as a JSON document, for other programs (it is not read back: see the remarks on <see cref="JsonFormat"/>).</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <param name="indented">Whether to indent the output; true by default.</param>
    /// <returns>The JSON text; non-finite numbers are written as null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/> is null.</exception>
    public static string Write(Aggregate aggregate, bool indented = true) => Serialize(Preconditions.CheckNotNull(aggregate), new AggregateConverter(true), indented);

    /// <summary>
    /// Writes consistency findings as a JSON document for other programs (the command-line tool):
    /// <c>{"formatVersion": 1, "verdicts": {...}, "findings": [...]}</c>, each finding with its rule,
    /// verdict, probability (null when not checked), reports (id, figure, quantity, period), the
    /// recomputed figure of a derived report and the explanation. Not read back.
    /// </summary>
    /// <param name="findings">The findings, e.g. from <see cref="Consistency.ConsistencyCheck.Run"/>.</param>
    /// <param name="indented">Whether to indent the output; true by default.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> or one of them is null.</exception>
    public static string Write(IEnumerable<Consistency.ConsistencyFinding> findings, bool indented = true)
    {
        var list = Preconditions.CheckNotNull(findings).ToArray();
        if (!Array.TrueForAll(list, f => f is not null))
        {
            throw new ArgumentNullException(nameof(findings), "Expected no null finding.");
        }
        return Serialize<IReadOnlyList<Consistency.ConsistencyFinding>>(list, new FindingsConverter(), indented);
    }

    /// <summary>Reads an estimate written by <see cref="Write(Estimate, bool)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not valid JSON or not an estimate; the message names the line, position and field.</exception>
    public static Estimate ReadEstimate(string json) => Deserialize(json, new EstimateConverter(true), "an estimate");

    /// <summary>Reads a provenance written by <see cref="Write(Provenance, bool)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The provenance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not valid JSON or not a provenance; the message names the line, position and field.</exception>
    public static Provenance ReadProvenance(string json) => Deserialize(json, new ProvenanceConverter(true), "a provenance");

    /// <summary>Reads a report written by <see cref="Write(Report, bool)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not valid JSON or not a report; the message names the line, position and field.</exception>
    public static Report ReadReport(string json) => Deserialize(json, new ReportConverter(true), "a report");

    /// <summary>Reads reports written by <see cref="Write(IEnumerable{Report}, bool)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The reports, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not valid JSON or not a report collection (including two reports with one id); the message names the line, position and field.</exception>
    public static ReportCollection ReadReports(string json) => Deserialize(json, new ReportCollectionConverter(true), "a report collection");

    private static JsonSerializerOptions ReadOnlyOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = indented,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        AddConverters(options);
        // Our converters need no reflection; an empty resolver keeps it that way.
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine();
        options.MakeReadOnly();
        return options;
    }

    private static void AddConverters(JsonSerializerOptions options)
    {
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(new EstimateConverter(false));
        options.Converters.Add(new ProvenanceConverter(false));
        options.Converters.Add(new ReportConverter(false));
        options.Converters.Add(new ReportCollectionConverter(false));
        options.Converters.Add(new AggregateConverter(false));
    }

    private static string Serialize<T>(T value, JsonConverter<T> converter, bool indented)
        => JsonSerializer.Serialize(value, JsonMetadataServices.CreateValueInfo<T>(indented ? Indented : Compact, converter));

    private static T Deserialize<T>(string json, JsonConverter<T> converter, string what)
    {
        Preconditions.CheckNotNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, JsonMetadataServices.CreateValueInfo<T>(Compact, converter))
                ?? throw new JsonException($"Expected {what}, but the document is null.", "$", 0, 0);
        }
        catch (JsonException e)
        {
            long line = e.LineNumber ?? 0, position = e.BytePositionInLine ?? 0;
            throw new JsonException(
                FormattableString.Invariant($"Cannot read {what} from JSON at line {line + 1}, position {position + 1}: {Strip(e.Message)}"),
                e.Path, line, position, e);
        }
    }

    // The serializer appends "Path: $ | LineNumber: 0 | ..." (0-based) to its own messages; ours says it 1-based.
    private static string Strip(string message)
    {
        int at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }

    internal static IEnumerable<Report> ReportsOf(Aggregate aggregate) => aggregate.Contributions.Select(c => c.Report);
}
