using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
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
/// logNormal, logitNormal, uniform, oneSided, scaled, mixture, affine, samples).</para>
/// <para><b>The hedge model travels with the document.</b> A document of estimates or reports records
/// the hedge model that read its figures (<c>"hedgeModel": {"name": "Ferson2015", "version": "…"}</c>,
/// <see cref="HedgeModel.Name"/> and <see cref="HedgeModel.Version"/>); writing refuses an estimate the
/// model would not give for its text. Reading takes a model (<see cref="HedgeModel.Default"/> unless
/// one is given) and reads every text under it: a distribution that is not the model's reading of its
/// text is refused (a stored distribution never silently overrides its text), and so is a document
/// that records another model, with a message that says so. To read such a document's figures again
/// under your model, use <see cref="ReadReportsReinterpreted(string, HedgeModel)"/>. A figure given as
/// a distribution (hedge <c>Distribution</c>) is read from its distribution; its text is made from it.
/// Without a <c>distribution</c> a text is simply read by the model.</para>
/// <para><b>Aggregates</b> are written with their value, intervals, heterogeneity, every report's
/// contribution (with the report itself) and notes, for other programs to read; they are not read
/// back, because an aggregate is recomputed from its reports with <see cref="Aggregate.Of"/>.</para>
/// <para><b>Errors.</b> Malformed or invalid input gives a <see cref="JsonException"/> whose message
/// names the line and position (1-based) of the value at fault and the field, with
/// <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> (0-based)
/// set; values are quoted in at most 80 characters, control and bidirectional characters escaped. A
/// field given twice in one object, an enum given as a number or a combination ("Military, Government"),
/// and a citation URL that is not absolute http(s) are refused. Through <see cref="JsonSerializer"/>
/// with <see cref="CreateOptions()"/>, the exception carries the same line and position.</para>
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
    /// carry no <c>formatVersion</c> and no record of the hedge model: figures are written and read
    /// under <see cref="HedgeModel.Default"/> (an estimate it would not give for its text is refused
    /// either way). Each call gives a new instance, which you may change.
    /// </summary>
    /// <returns>The options.</returns>
    public static JsonSerializerOptions CreateOptions() => CreateOptions(HedgeModel.Default);

    /// <summary>As <see cref="CreateOptions()"/>, with figures written and read under <paramref name="model"/>.</summary>
    /// <param name="model">The hedge model of the figures.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static JsonSerializerOptions CreateOptions(HedgeModel model)
    {
        Preconditions.CheckNotNull(model);
        var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        AddConverters(options, new JsonFigures(model, false));
        return options;
    }

    /// <summary>Writes an estimate as a JSON document, recording <see cref="HedgeModel.Default"/> as the model that read it.</summary>
    /// <param name="estimate">The estimate.</param>
    /// <param name="indented">Whether to indent the output; true by default.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="estimate"/> is null.</exception>
    /// <exception cref="ArgumentException">The estimate was not read by the default model (pass the model that read it).</exception>
    public static string Write(Estimate estimate, bool indented = true) => Write(estimate, HedgeModel.Default, indented);

    /// <summary>Writes an estimate as a JSON document, recording <paramref name="model"/> as the model that read it.</summary>
    /// <param name="estimate">The estimate.</param>
    /// <param name="model">The hedge model that read it.</param>
    /// <param name="indented">Whether to indent the output; true by default.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="estimate"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException">The estimate is stated and its distribution is not what <paramref name="model"/> gives for its text.</exception>
    public static string Write(Estimate estimate, HedgeModel model, bool indented = true)
    {
        Preconditions.CheckNotNull(estimate);
        Preconditions.CheckNotNull(model);
        JsonFigures.CheckWritten(estimate, model, nameof(estimate), null);
        return Serialize(estimate, new EstimateConverter(true, new JsonFigures(model, false)), indented);
    }

    /// <summary>Writes a provenance as a JSON document.</summary>
    /// <param name="provenance">The provenance.</param>
    /// <param name="indented">Whether to indent the output; true by default.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provenance"/> is null.</exception>
    public static string Write(Provenance provenance, bool indented = true) => Serialize(Preconditions.CheckNotNull(provenance), new ProvenanceConverter(true), indented);

    /// <summary>Writes a report as a JSON document, recording <see cref="HedgeModel.Default"/> as the model that read its figure.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent the output; true by default.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">Its estimate was not read by the default model (pass the model that read it).</exception>
    public static string Write(Report report, bool indented = true) => Write(report, HedgeModel.Default, indented);

    /// <summary>Writes a report as a JSON document, recording <paramref name="model"/> as the model that read its figure.</summary>
    /// <param name="report">The report.</param>
    /// <param name="model">The hedge model that read its figure.</param>
    /// <param name="indented">Whether to indent the output; true by default.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException">Its estimate is stated and its distribution is not what <paramref name="model"/> gives for its text.</exception>
    public static string Write(Report report, HedgeModel model, bool indented = true)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(model);
        JsonFigures.CheckWritten(report.Estimate, model, nameof(report), report.Id);
        return Serialize(report, new ReportConverter(true, new JsonFigures(model, false)), indented);
    }

    /// <summary>Writes reports as a JSON document <c>{"formatVersion": 1, "hedgeModel": {...}, "reports": [...]}</c>, recording <see cref="HedgeModel.Default"/> as the model that read their figures.</summary>
    /// <param name="reports">The reports (a <see cref="ReportCollection"/> or any sequence with distinct ids).</param>
    /// <param name="indented">Whether to indent the output; true by default.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two reports have the same id, or an estimate was not read by the default model (pass the model that read it).</exception>
    public static string Write(IEnumerable<Report> reports, bool indented = true) => Write(reports, HedgeModel.Default, indented);

    /// <summary>Writes reports as a JSON document, recording <paramref name="model"/> as the model that read their figures.</summary>
    /// <param name="reports">The reports (a <see cref="ReportCollection"/> or any sequence with distinct ids).</param>
    /// <param name="model">The hedge model that read their figures.</param>
    /// <param name="indented">Whether to indent the output; true by default.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/>, one of them or <paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException">Two reports have the same id, or a stated estimate's distribution is not what <paramref name="model"/> gives for its text.</exception>
    public static string Write(IEnumerable<Report> reports, HedgeModel model, bool indented = true)
    {
        var collection = Checked(reports, model);
        return Serialize(collection, new ReportCollectionConverter(true, new JsonFigures(model, false)), indented);
    }

    /// <summary>Writes reports as a JSON document to a text writer, recording <see cref="HedgeModel.Default"/> as the model that read their figures.</summary>
    /// <param name="reports">The reports (a <see cref="ReportCollection"/> or any sequence with distinct ids).</param>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="indented">Whether to indent the output; true by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/>, one of them or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException">Two reports have the same id, or an estimate was not read by the default model; nothing is written then.</exception>
    public static void Write(IEnumerable<Report> reports, TextWriter writer, bool indented = true) => Write(reports, writer, HedgeModel.Default, indented);

    /// <summary>Writes reports as a JSON document to a text writer, recording <paramref name="model"/> as the model that read their figures.</summary>
    /// <param name="reports">The reports (a <see cref="ReportCollection"/> or any sequence with distinct ids).</param>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="model">The hedge model that read their figures.</param>
    /// <param name="indented">Whether to indent the output; true by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/>, one of them, <paramref name="writer"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException">Two reports have the same id, or a stated estimate's distribution is not what <paramref name="model"/> gives for its text; nothing is written then.</exception>
    public static void Write(IEnumerable<Report> reports, TextWriter writer, HedgeModel model, bool indented = true)
    {
        var collection = Checked(reports, model);
        Preconditions.CheckNotNull(writer);
        writer.Write(Serialize(collection, new ReportCollectionConverter(true, new JsonFigures(model, false)), indented));
        writer.Flush();
    }

    /// <summary>Writes reports as a JSON document in UTF-8 (no byte order mark), recording <see cref="HedgeModel.Default"/> as the model that read their figures.</summary>
    /// <param name="reports">The reports (a <see cref="ReportCollection"/> or any sequence with distinct ids).</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="indented">Whether to indent the output; true by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/>, one of them or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">Two reports have the same id, or an estimate was not read by the default model; nothing is written then.</exception>
    public static void Write(IEnumerable<Report> reports, Stream stream, bool indented = true) => Write(reports, stream, HedgeModel.Default, indented);

    /// <summary>Writes reports as a JSON document in UTF-8 (no byte order mark), recording <paramref name="model"/> as the model that read their figures.</summary>
    /// <param name="reports">The reports (a <see cref="ReportCollection"/> or any sequence with distinct ids).</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="model">The hedge model that read their figures.</param>
    /// <param name="indented">Whether to indent the output; true by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/>, one of them, <paramref name="stream"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException">Two reports have the same id, or a stated estimate's distribution is not what <paramref name="model"/> gives for its text; nothing is written then.</exception>
    public static void Write(IEnumerable<Report> reports, Stream stream, HedgeModel model, bool indented = true)
    {
        var collection = Checked(reports, model);
        Preconditions.CheckNotNull(stream);
        JsonSerializer.Serialize(stream, collection, JsonMetadataServices.CreateValueInfo<ReportCollection>(indented ? Indented : Compact, new ReportCollectionConverter(true, new JsonFigures(model, false))));
        stream.Flush();
    }

    private static ReportCollection Checked(IEnumerable<Report> reports, HedgeModel model)
    {
        var collection = reports as ReportCollection ?? ReportCollection.Of(Preconditions.CheckNotNull(reports));
        Preconditions.CheckNotNull(model);
        foreach (var report in collection)
        {
            JsonFigures.CheckWritten(report.Estimate, model, nameof(reports), report.Id);
        }
        return collection;
    }

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

    /// <summary>Reads an estimate written by <see cref="Write(Estimate, bool)"/>, its text read under <see cref="HedgeModel.Default"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not valid JSON or not an estimate, or its distribution is not the default model's reading of its text, or the document records another model; the message names the line, position and field.</exception>
    public static Estimate ReadEstimate(string json) => ReadEstimate(json, HedgeModel.Default);

    /// <summary>Reads an estimate written by <see cref="Write(Estimate, HedgeModel, bool)"/>, its text read under <paramref name="model"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="model">The hedge model that reads the text; the document must record it, if it records one.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="JsonException">The text is not valid JSON or not an estimate, or its distribution is not the model's reading of its text, or the document records another model; the message names the line, position and field.</exception>
    public static Estimate ReadEstimate(string json, HedgeModel model)
        => Deserialize(json, new EstimateConverter(true, new JsonFigures(Preconditions.CheckNotNull(model), false)), "an estimate");

    /// <summary>Reads a provenance written by <see cref="Write(Provenance, bool)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The provenance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not valid JSON or not a provenance; the message names the line, position and field.</exception>
    public static Provenance ReadProvenance(string json) => Deserialize(json, new ProvenanceConverter(true), "a provenance");

    /// <summary>Tries to read a provenance as <see cref="ReadProvenance(string)"/> does, without an exception for a document that cannot be read.</summary>
    /// <param name="json">The JSON text; null reads as nothing.</param>
    /// <param name="provenance">The provenance, or null.</param>
    /// <param name="error">Why the document cannot be read (the message <see cref="ReadProvenance(string)"/> would throw, naming the line, position and field), or null.</param>
    /// <returns>Whether the document was read.</returns>
    public static bool TryReadProvenance(string? json, [NotNullWhen(true)] out Provenance? provenance, [NotNullWhen(false)] out string? error)
        => TryDeserialize(json, new ProvenanceConverter(true), "a provenance", out provenance, out error);

    /// <summary>Reads a report written by <see cref="Write(Report, bool)"/>, its figure read under <see cref="HedgeModel.Default"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not valid JSON or not a report, or its distribution is not the default model's reading of its text, or the document records another model; the message names the line, position and field.</exception>
    public static Report ReadReport(string json) => ReadReport(json, HedgeModel.Default);

    /// <summary>Reads a report written by <see cref="Write(Report, HedgeModel, bool)"/>, its figure read under <paramref name="model"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="model">The hedge model that reads the figure; the document must record it, if it records one.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="JsonException">The text is not valid JSON or not a report, or its distribution is not the model's reading of its text, or the document records another model; the message names the line, position and field.</exception>
    public static Report ReadReport(string json, HedgeModel model)
        => Deserialize(json, new ReportConverter(true, new JsonFigures(Preconditions.CheckNotNull(model), false)), "a report");

    /// <summary>Reads reports written by <see cref="Write(IEnumerable{Report}, bool)"/>, their figures read under <see cref="HedgeModel.Default"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The reports, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not valid JSON or not a report collection (including two reports with one id), a distribution is not the default model's reading of its text, or the document records another model; the message names the line, position and field.</exception>
    public static ReportCollection ReadReports(string json) => ReadReports(json, HedgeModel.Default);

    /// <summary>Reads reports written by <see cref="Write(IEnumerable{Report}, HedgeModel, bool)"/>, their figures read under <paramref name="model"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="model">The hedge model that reads the figures; the document must record it, if it records one.</param>
    /// <returns>The reports, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="JsonException">The text is not valid JSON or not a report collection (including two reports with one id), a distribution is not the model's reading of its text, or the document records another model; the message names the line, position and field.</exception>
    public static ReportCollection ReadReports(string json, HedgeModel model) => Deserialize(json, Collection(model, false), "a report collection");

    /// <summary>Reads reports from a text reader, as <see cref="ReadReports(string)"/>.</summary>
    /// <param name="reader">The JSON text.</param>
    /// <returns>The reports, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="JsonException">As <see cref="ReadReports(string)"/>.</exception>
    public static ReportCollection ReadReports(TextReader reader) => ReadReports(reader, HedgeModel.Default);

    /// <summary>Reads reports from a text reader, as <see cref="ReadReports(string, HedgeModel)"/>.</summary>
    /// <param name="reader">The JSON text.</param>
    /// <param name="model">The hedge model that reads the figures; the document must record it, if it records one.</param>
    /// <returns>The reports, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="JsonException">As <see cref="ReadReports(string, HedgeModel)"/>.</exception>
    public static ReportCollection ReadReports(TextReader reader, HedgeModel model)
        => Deserialize(Preconditions.CheckNotNull(reader).ReadToEnd(), Collection(model, false), "a report collection");

    /// <summary>Reads reports from a UTF-8 stream (a byte order mark is allowed), as <see cref="ReadReports(string)"/>. The stream is left open.</summary>
    /// <param name="stream">The JSON bytes.</param>
    /// <returns>The reports, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="JsonException">As <see cref="ReadReports(string)"/>.</exception>
    public static ReportCollection ReadReports(Stream stream) => ReadReports(stream, HedgeModel.Default);

    /// <summary>Reads reports from a UTF-8 stream (a byte order mark is allowed), as <see cref="ReadReports(string, HedgeModel)"/>. The stream is left open.</summary>
    /// <param name="stream">The JSON bytes.</param>
    /// <param name="model">The hedge model that reads the figures; the document must record it, if it records one.</param>
    /// <returns>The reports, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="JsonException">As <see cref="ReadReports(string, HedgeModel)"/>.</exception>
    public static ReportCollection ReadReports(Stream stream, HedgeModel model) => Deserialize(stream, Collection(model, false), "a report collection");

    /// <summary>
    /// Reads reports written under any hedge model, reading every stated figure again under <paramref name="model"/>:
    /// the texts are kept, the distributions written are set aside (figures given as distributions keep theirs).
    /// The way to move a document read by a model you do not have to yours.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="model">The hedge model that reads the figures.</param>
    /// <returns>The reports, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="JsonException">The text is not valid JSON or not a report collection; the message names the line, position and field.</exception>
    public static ReportCollection ReadReportsReinterpreted(string json, HedgeModel model) => Deserialize(json, Collection(model, true), "a report collection");

    /// <summary>Reads reports from a text reader, as <see cref="ReadReportsReinterpreted(string, HedgeModel)"/>.</summary>
    /// <param name="reader">The JSON text.</param>
    /// <param name="model">The hedge model that reads the figures.</param>
    /// <returns>The reports, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="JsonException">As <see cref="ReadReportsReinterpreted(string, HedgeModel)"/>.</exception>
    public static ReportCollection ReadReportsReinterpreted(TextReader reader, HedgeModel model)
        => Deserialize(Preconditions.CheckNotNull(reader).ReadToEnd(), Collection(model, true), "a report collection");

    /// <summary>Reads reports from a UTF-8 stream, as <see cref="ReadReportsReinterpreted(string, HedgeModel)"/>. The stream is left open.</summary>
    /// <param name="stream">The JSON bytes.</param>
    /// <param name="model">The hedge model that reads the figures.</param>
    /// <returns>The reports, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="JsonException">As <see cref="ReadReportsReinterpreted(string, HedgeModel)"/>.</exception>
    public static ReportCollection ReadReportsReinterpreted(Stream stream, HedgeModel model) => Deserialize(stream, Collection(model, true), "a report collection");

    /// <summary>Tries to read an estimate as <see cref="ReadEstimate(string)"/> does (under <see cref="HedgeModel.Default"/>), without an exception for a document that cannot be read.</summary>
    /// <param name="json">The JSON text; null reads as nothing.</param>
    /// <param name="estimate">The estimate, or null.</param>
    /// <param name="error">Why the document cannot be read (the message <see cref="ReadEstimate(string)"/> would throw), or null.</param>
    /// <returns>Whether the document was read.</returns>
    public static bool TryReadEstimate(string? json, [NotNullWhen(true)] out Estimate? estimate, [NotNullWhen(false)] out string? error)
        => TryReadEstimate(json, HedgeModel.Default, out estimate, out error);

    /// <summary>
    /// Tries to read an estimate as <see cref="ReadEstimate(string, HedgeModel)"/> does, without an exception for a
    /// document that cannot be read.
    /// </summary>
    /// <param name="json">The JSON text; null reads as nothing.</param>
    /// <param name="model">The hedge model that reads the text.</param>
    /// <param name="estimate">The estimate, or null.</param>
    /// <param name="error">Why the document cannot be read (the message <see cref="ReadEstimate(string, HedgeModel)"/> would throw, naming the line, position and field), or null.</param>
    /// <returns>Whether the document was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static bool TryReadEstimate(string? json, HedgeModel model, [NotNullWhen(true)] out Estimate? estimate, [NotNullWhen(false)] out string? error)
        => TryDeserialize(json, new EstimateConverter(true, new JsonFigures(Preconditions.CheckNotNull(model), false)), "an estimate", out estimate, out error);

    /// <summary>Tries to read a report as <see cref="ReadReport(string)"/> does (under <see cref="HedgeModel.Default"/>), without an exception for a document that cannot be read.</summary>
    /// <param name="json">The JSON text; null reads as nothing.</param>
    /// <param name="report">The report, or null.</param>
    /// <param name="error">Why the document cannot be read (the message <see cref="ReadReport(string)"/> would throw), or null.</param>
    /// <returns>Whether the document was read.</returns>
    public static bool TryReadReport(string? json, [NotNullWhen(true)] out Report? report, [NotNullWhen(false)] out string? error)
        => TryReadReport(json, HedgeModel.Default, out report, out error);

    /// <summary>
    /// Tries to read a report as <see cref="ReadReport(string, HedgeModel)"/> does, without an exception for a document
    /// that cannot be read.
    /// </summary>
    /// <param name="json">The JSON text; null reads as nothing.</param>
    /// <param name="model">The hedge model that reads the figure.</param>
    /// <param name="report">The report, or null.</param>
    /// <param name="error">Why the document cannot be read (the message <see cref="ReadReport(string, HedgeModel)"/> would throw, naming the line, position and field), or null.</param>
    /// <returns>Whether the document was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static bool TryReadReport(string? json, HedgeModel model, [NotNullWhen(true)] out Report? report, [NotNullWhen(false)] out string? error)
        => TryDeserialize(json, new ReportConverter(true, new JsonFigures(Preconditions.CheckNotNull(model), false)), "a report", out report, out error);

    /// <summary>Tries to read reports as <see cref="ReadReports(string)"/> does (under <see cref="HedgeModel.Default"/>), without an exception for a document that cannot be read.</summary>
    /// <param name="json">The JSON text; null reads as nothing.</param>
    /// <param name="reports">The reports, in order, or null.</param>
    /// <param name="error">Why the document cannot be read (the message <see cref="ReadReports(string)"/> would throw), or null.</param>
    /// <returns>Whether the document was read.</returns>
    public static bool TryReadReports(string? json, [NotNullWhen(true)] out ReportCollection? reports, [NotNullWhen(false)] out string? error)
        => TryReadReports(json, HedgeModel.Default, out reports, out error);

    /// <summary>
    /// Tries to read reports as <see cref="ReadReports(string, HedgeModel)"/> does, without an exception for a document
    /// that cannot be read: all of them or none.
    /// </summary>
    /// <param name="json">The JSON text; null reads as nothing.</param>
    /// <param name="model">The hedge model that reads the figures.</param>
    /// <param name="reports">The reports, in order, or null.</param>
    /// <param name="error">Why the document cannot be read (the message <see cref="ReadReports(string, HedgeModel)"/> would throw, naming the line, position and field), or null.</param>
    /// <returns>Whether the document was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static bool TryReadReports(string? json, HedgeModel model, [NotNullWhen(true)] out ReportCollection? reports, [NotNullWhen(false)] out string? error)
        => TryDeserialize(json, Collection(model, false), "a report collection", out reports, out error);

    private static bool TryDeserialize<T>(string? json, JsonConverter<T> converter, string what, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out string? error)
        where T : class
    {
        if (json is null)
        {
            (value, error) = (null, $"Expected {what}, but the text is null.");
            return false;
        }
        try
        {
            value = Deserialize(json, converter, what);
            error = null;
            return true;
        }
        catch (JsonException e)
        {
            (value, error) = (null, e.Message);
            return false;
        }
    }

    private static ReportCollectionConverter Collection(HedgeModel model, bool reinterpret)
        => new(true, new JsonFigures(Preconditions.CheckNotNull(model), reinterpret));

    private static JsonSerializerOptions ReadOnlyOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = indented,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        AddConverters(options, JsonFigures.Default);
        // Our converters need no reflection; an empty resolver keeps it that way.
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine();
        options.MakeReadOnly();
        return options;
    }

    private static void AddConverters(JsonSerializerOptions options, JsonFigures figures)
    {
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(new EstimateConverter(false, figures));
        options.Converters.Add(new ProvenanceConverter(false));
        options.Converters.Add(new ReportConverter(false, figures));
        options.Converters.Add(new ReportCollectionConverter(false, figures));
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
            throw Located(e, what);
        }
    }

    private static T Deserialize<T>(Stream stream, JsonConverter<T> converter, string what)
    {
        Preconditions.CheckNotNull(stream);
        try
        {
            return JsonSerializer.Deserialize(stream, JsonMetadataServices.CreateValueInfo<T>(Compact, converter))
                ?? throw new JsonException($"Expected {what}, but the document is null.", "$", 0, 0);
        }
        catch (JsonException e)
        {
            throw Located(e, what);
        }
    }

    private static JsonException Located(JsonException e, string what)
    {
        long line = e.LineNumber ?? 0, position = e.BytePositionInLine ?? 0;
        return new JsonException(
            FormattableString.Invariant($"Cannot read {what} from JSON at line {line + 1}, position {position + 1}: {Strip(e.Message)}"),
            e.Path, line, position, e);
    }

    // The serializer appends "Path: $ | LineNumber: 0 | ..." (0-based) to its own messages; ours says it 1-based.
    private static string Strip(string message)
    {
        int at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }

    internal static IEnumerable<Report> ReportsOf(Aggregate aggregate) => aggregate.Contributions.Select(c => c.Report);
}
