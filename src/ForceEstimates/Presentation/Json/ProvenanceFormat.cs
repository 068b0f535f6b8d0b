using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace ForceEstimates.Presentation;

/// <summary>
/// Writes reports as W3C PROV-JSON (Huynh et al., "The PROV-JSON Serialization", W3C Member Submission,
/// 24 April 2013), for provenance tools, and maps Admiralty credibility to STIX 2.1 confidence, for
/// threat-intelligence tools. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Each report is an entity (<c>report:</c> its id): the figure as its outlet published it, with the quantity, the
/// figure as written, the median and 90% interval, the dates, the verification and the Admiralty rating as
/// attributes (<c>fe:reliability</c>, <c>fe:credibility</c>, <c>fe:admiraltyRating</c>, and <c>fe:stixConfidence</c>
/// when the credibility is judged). Each earlier link of its source chain is an entity of its own
/// (<c>statement:</c>), the same figure as that source stated it; each entity is quoted from the one before it
/// (<c>wasDerivedFrom</c> with <c>prov:type</c> <c>prov:Quotation</c>: quotation links entities, never agents), and
/// attributed (<c>wasAttributedTo</c>) to its source. Sources are agents (<c>source:</c>), <c>prov:Person</c> for
/// officials, analysts and anonymous sources, <c>prov:Organization</c> otherwise. A derived figure
/// (<see cref="Provenance.DerivedFrom"/>) is <c>wasDerivedFrom</c> each report it was computed from, with its formula.
/// </para>
/// <para>
/// Identifiers are qualified names whose local parts are the ids and source keys percent-encoded, so that any id
/// reads back; the <c>fe</c>, <c>report</c>, <c>statement</c> and <c>source</c> prefixes are URNs declared in the
/// document's <c>prefix</c> section. Relations have blank-node ids (<c>_:q1</c>, <c>_:a1</c>, <c>_:d1</c>).
/// </para>
/// </remarks>
public static class ProvenanceFormat
{
    /// <summary>The namespace of this library's attributes (<c>fe:</c>) in PROV documents.</summary>
    public const string AttributeNamespace = "urn:force-estimates:attribute:";

    private const string ReportNamespace = "urn:force-estimates:report:";
    private const string StatementNamespace = "urn:force-estimates:statement:";
    private const string SourceNamespace = "urn:force-estimates:source:";

    /// <summary>
    /// The STIX 2.1 <c>confidence</c> (0–100) for an Admiralty information credibility, from the Admiralty
    /// Credibility scale of the STIX 2.1 specification's confidence appendix: 1 (confirmed) → 90, 2 → 70, 3 → 50,
    /// 4 → 30, 5 (improbable) → 10; 6 (cannot be judged) → null, meaning the STIX object carries no
    /// <c>confidence</c> property at all (not 0, which would claim disbelief).
    /// </summary>
    /// <param name="credibility">The credibility.</param>
    /// <returns>The confidence, or null for <see cref="InformationCredibility.CannotBeJudged"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="credibility"/> is not a defined value.</exception>
    public static int? StixConfidence(InformationCredibility credibility) => credibility switch
    {
        InformationCredibility.Confirmed => 90,
        InformationCredibility.ProbablyTrue => 70,
        InformationCredibility.PossiblyTrue => 50,
        InformationCredibility.Doubtful => 30,
        InformationCredibility.Improbable => 10,
        InformationCredibility.CannotBeJudged => null,
        _ => throw new ArgumentOutOfRangeException(nameof(credibility), credibility, "Expected an information credibility from 1 (Confirmed) to 6 (CannotBeJudged)."),
    };

    /// <summary>Writes the reports as one PROV-JSON document.</summary>
    /// <param name="reports">The reports; a report derived from another that is not among them still names it as the entity it was derived from.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The PROV-JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is null.</exception>
    public static string WriteProvJson(IEnumerable<Report> reports, bool indented = true)
    {
        Preconditions.CheckNotNull(reports);
        using var stream = new MemoryStream();
        WriteProvJson(reports, stream, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the reports as one PROV-JSON document (UTF-8) to a stream, which is left open.</summary>
    /// <param name="reports">The reports.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/>, one of them, or <paramref name="stream"/> is null.</exception>
    public static void WriteProvJson(IEnumerable<Report> reports, Stream stream, bool indented = true)
    {
        Preconditions.CheckNotNull(reports);
        Preconditions.CheckNotNull(stream);
        var list = reports.ToList();
        if (list.Any(r => r is null))
        {
            throw new ArgumentNullException(nameof(reports), "One of the reports is null.");
        }
        var document = ProvDocument.Of(list);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented });
        document.Write(writer);
    }

    /// <summary>The document's records gathered first, so that each section is written once and agents once each.</summary>
    private sealed class ProvDocument
    {
        private readonly List<(string Id, Action<Utf8JsonWriter> Attributes)> entities = [];
        private readonly Dictionary<string, Source> agents = new(StringComparer.Ordinal);
        private readonly List<(string Entity, string Agent)> attributions = [];
        private readonly List<(string Generated, string Used, string? Type, string? Formula)> derivations = [];

        public static ProvDocument Of(IReadOnlyList<Report> reports)
        {
            var document = new ProvDocument();
            foreach (var report in reports)
            {
                document.Add(report);
            }
            return document;
        }

        private void Add(Report report)
        {
            var provenance = report.Provenance;
            var chain = provenance.Chain;
            var reportId = "report:" + Local(report.Id);
            entities.Add((reportId, writer => WriteReport(writer, report)));
            Attribute(reportId, provenance.Outlet);
            var quoting = reportId;
            for (int k = chain.Count - 2; k >= 0; k--)
            {
                var citation = chain[k];
                var statementId = "statement:" + Local(report.Id) + "." + k.ToString(CultureInfo.InvariantCulture);
                entities.Add((statementId, writer => WriteStatement(writer, report, citation)));
                Attribute(statementId, citation.Source);
                derivations.Add((quoting, statementId, "prov:Quotation", null));
                quoting = statementId;
            }
            foreach (var input in provenance.DerivedFrom)
            {
                derivations.Add((reportId, "report:" + Local(input), null, provenance.Formula?.ToString()));
            }
        }

        private void Attribute(string entity, Source source)
        {
            var agentId = "source:" + Local(source.Key);
            agents.TryAdd(agentId, source);
            attributions.Add((entity, agentId));
        }

        public void Write(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("prefix");
            writer.WriteString("fe", AttributeNamespace);
            writer.WriteString("report", ReportNamespace);
            writer.WriteString("statement", StatementNamespace);
            writer.WriteString("source", SourceNamespace);
            writer.WriteEndObject();

            writer.WriteStartObject("entity");
            foreach (var (id, attributes) in entities)
            {
                writer.WriteStartObject(id);
                attributes(writer);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();

            writer.WriteStartObject("agent");
            foreach (var (id, source) in agents)
            {
                writer.WriteStartObject(id);
                WriteQualifiedName(writer, "prov:type", IsPerson(source) ? "prov:Person" : "prov:Organization");
                writer.WriteString("prov:label", source.Name);
                writer.WriteString("fe:kind", source.Kind.ToString());
                writer.WriteString("fe:side", source.Side.ToString());
                writer.WriteBoolean("fe:anonymous", source.IsAnonymous);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();

            if (attributions.Count > 0)
            {
                writer.WriteStartObject("wasAttributedTo");
                for (int i = 0; i < attributions.Count; i++)
                {
                    writer.WriteStartObject(BlankNode("a", i));
                    writer.WriteString("prov:entity", attributions[i].Entity);
                    writer.WriteString("prov:agent", attributions[i].Agent);
                    writer.WriteEndObject();
                }
                writer.WriteEndObject();
            }

            if (derivations.Count > 0)
            {
                writer.WriteStartObject("wasDerivedFrom");
                for (int i = 0; i < derivations.Count; i++)
                {
                    var (generated, used, type, formula) = derivations[i];
                    writer.WriteStartObject(BlankNode(type is null ? "d" : "q", i));
                    writer.WriteString("prov:generatedEntity", generated);
                    writer.WriteString("prov:usedEntity", used);
                    if (type is not null)
                    {
                        WriteQualifiedName(writer, "prov:type", type);
                    }
                    if (formula is not null)
                    {
                        writer.WriteString("fe:formula", formula);
                    }
                    writer.WriteEndObject();
                }
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }

        private static void WriteReport(Utf8JsonWriter writer, Report report)
        {
            var c = CultureInfo.InvariantCulture;
            var interval = report.Estimate.Interval(0.9);
            writer.WriteString("prov:label", $"{report.Estimate.Stated.Text} ({report.Quantity})");
            writer.WriteString("fe:quantity", report.Quantity.ToString());
            writer.WriteString("fe:figure", report.Estimate.Stated.Text);
            writer.WriteString("fe:hedge", report.Estimate.Hedge.ToString());
            writer.WriteNumber("fe:median", report.Estimate.Median);
            writer.WriteNumber("fe:lower90", interval.Lower);
            writer.WriteNumber("fe:upper90", interval.Upper);
            writer.WriteString("fe:unit", report.Quantity.Unit.Symbol);
            WriteDate(writer, "fe:published", report.Published.ToString("yyyy-MM-dd", c));
            WriteDate(writer, "fe:refersToStart", report.RefersTo.Start.ToString("yyyy-MM-dd", c));
            WriteDate(writer, "fe:refersToEnd", report.RefersTo.End.ToString("yyyy-MM-dd", c));
            writer.WriteString("fe:verification", report.Provenance.Verification.ToString());
            var rating = report.Provenance.Rating;
            writer.WriteString("fe:reliability", rating.ReliabilityLetter.ToString());
            writer.WriteString("fe:credibility", rating.CredibilityDigit.ToString(c));
            writer.WriteString("fe:admiraltyRating", rating.ToString());
            if (StixConfidence(rating.Credibility) is int confidence)
            {
                writer.WriteNumber("fe:stixConfidence", confidence);
            }
            if (report.Quote is { } quote)
            {
                writer.WriteString("fe:quote", quote);
            }
            WriteCitationDetails(writer, report.Provenance.Chain[^1]);
        }

        private static void WriteStatement(Utf8JsonWriter writer, Report report, Citation citation)
        {
            writer.WriteString("prov:label", $"{report.Estimate.Stated.Text} as stated by {citation.Source.Name}");
            writer.WriteString("fe:figure", report.Estimate.Stated.Text);
            WriteCitationDetails(writer, citation);
        }

        private static void WriteCitationDetails(Utf8JsonWriter writer, Citation citation)
        {
            if (citation.Date is { } date)
            {
                WriteDate(writer, "fe:stated", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            if (citation.Url is { } url)
            {
                WriteTyped(writer, "fe:url", url.AbsoluteUri, "xsd:anyURI");
            }
        }

        private static void WriteDate(Utf8JsonWriter writer, string name, string date) => WriteTyped(writer, name, date, "xsd:date");

        // The submission writes a qualified-name value as a typed literal of type xsd:QName.
        private static void WriteQualifiedName(Utf8JsonWriter writer, string name, string value) => WriteTyped(writer, name, value, "xsd:QName");

        private static void WriteTyped(Utf8JsonWriter writer, string name, string value, string type)
        {
            writer.WriteStartObject(name);
            writer.WriteString("$", value);
            writer.WriteString("type", type);
            writer.WriteEndObject();
        }

        private static string BlankNode(string kind, int index) => "_:" + kind + (index + 1).ToString(CultureInfo.InvariantCulture);

        /// <summary>People speak; institutions publish. An official, an analyst or an anonymous source ("a source in the General Staff") is a person.</summary>
        private static bool IsPerson(Source source) => source.IsAnonymous || source.Kind is SourceKind.Official or SourceKind.Analyst;

        /// <summary>Percent-encodes an id for the local part of a qualified name (RFC 3986 unreserved characters stay).</summary>
        private static string Local(string id) => Uri.EscapeDataString(id);
    }
}
