using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using ForceEstimates.Aggregation;
using NodaTime;
using static ForceEstimates.Presentation.JsonFields;

namespace ForceEstimates.Presentation;

// The converters write and read field by field, without reflection, so that the library stays
// trimmable and every error can name its field. topLevel: whether to write "formatVersion".

internal sealed class EstimateConverter(bool topLevel, JsonFigures figures) : JsonConverter<Estimate>
{
    public override Estimate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (topLevel)
        {
            figures.CheckRecord(ref reader, "estimate");
        }
        return ReadEstimate(ref reader, "estimate", figures);
    }

    /// <summary>
    /// Reads an estimate, checking each value as it comes so that an error names the line of the value at fault:
    /// the text when it is not a figure, the distribution when the model would not give it for the text.
    /// </summary>
    internal static Estimate ReadEstimate(ref Utf8JsonReader reader, string what, JsonFigures figures)
    {
        // An estimate given as a distribution has a text made from it; whether it is one must be known before the text is read.
        bool givenAsDistribution = HedgeIsDistribution(reader);
        string? text = null;
        Estimate? stated = null;
        HedgeKind? hedge = null;
        EstimateDistribution? distribution = null;
        ReadObject(ref reader, what, (ref Utf8JsonReader r, string name) =>
        {
            switch (name)
            {
                case "text":
                    text = String(ref r, what + ".text");
                    if (!givenAsDistribution)
                    {
                        stated = ParseText(text, figures.Model, what + ".text");
                        CheckHedge(stated, hedge, what + ".hedge");
                        if (distribution is not null && !figures.Reinterpret)
                        {
                            CheckDistribution(stated, distribution, figures.Model, what + ".distribution");
                        }
                    }
                    break;
                case "hedge":
                    hedge = Choice<HedgeKind>(ref r, what + ".hedge");
                    if (stated is not null)
                    {
                        CheckHedge(stated, hedge, what + ".hedge");
                    }
                    break;
                case "distribution":
                    if (!givenAsDistribution && figures.Reinterpret)
                    {
                        r.Skip();
                        break;
                    }
                    var start = r;
                    distribution = ReadDistribution(ref r, what + ".distribution");
                    if (stated is not null)
                    {
                        try
                        {
                            CheckDistribution(stated, distribution, figures.Model, what + ".distribution");
                        }
                        catch (JsonException)
                        {
                            // Blame the distribution's first line, not its last.
                            r = start;
                            throw;
                        }
                    }
                    break;
                default: r.Skip(); break;
            }
        });
        if (text is null)
        {
            throw Missing("text", what);
        }
        if (!givenAsDistribution)
        {
            return stated!;
        }
        if (distribution is null)
        {
            throw Missing("distribution", what + " with hedge Distribution");
        }
        try
        {
            // The text of an estimate given as a distribution is made from it ("between" its 90% interval), never read.
            return Estimate.FromDistribution(distribution);
        }
        catch (ArgumentException e)
        {
            throw Invalid(what + ".distribution", e);
        }
    }

    // Looks ahead through the object for its "hedge" without moving the reader.
    private static bool HedgeIsDistribution(Utf8JsonReader scan)
    {
        if (scan.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }
        while (scan.Read() && scan.TokenType == JsonTokenType.PropertyName)
        {
            bool isHedge = scan.ValueTextEquals("hedge"u8);
            scan.Read();
            if (isHedge && scan.TokenType == JsonTokenType.String)
            {
                return string.Equals(scan.GetString(), nameof(HedgeKind.Distribution), StringComparison.OrdinalIgnoreCase);
            }
            scan.Skip();
        }
        return false;
    }

    private static Estimate ParseText(string text, HedgeModel model, string field)
    {
        if (Estimate.TryParse(text, model, out var estimate))
        {
            return estimate;
        }
        try
        {
            return Estimate.Parse(text, model);
        }
        catch (FormatException e)
        {
            throw Invalid(field, e);
        }
    }

    private static void CheckHedge(Estimate stated, HedgeKind? hedge, string field)
    {
        if (hedge is { } written && written != stated.Hedge)
        {
            throw new JsonException($"Expected {Quote(field)} to be {stated.Hedge}, the hedge of the text {Excerpt.Quote(stated.Stated.Text)}, but it is {written}.");
        }
    }

    private static void CheckDistribution(Estimate stated, EstimateDistribution written, HedgeModel model, string field)
    {
        if (!JsonFigures.Agree(stated.Distribution, written))
        {
            throw new JsonException(string.Create(CultureInfo.InvariantCulture,
                $"Expected {Quote(field)} to be the hedge model's reading of the text {Excerpt.Quote(stated.Stated.Text)} (median {stated.Median:G9}), but it has median {written.Quantile(0.5):G9}: the text and the distribution disagree, or the document was not read by {model}."));
        }
    }

    public override void Write(Utf8JsonWriter writer, Estimate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (topLevel)
        {
            writer.WriteNumber("formatVersion", JsonFormat.FormatVersion);
            JsonFigures.WriteRecord(writer, figures.Model);
        }
        else
        {
            JsonFigures.CheckWritten(value, figures.Model, nameof(value), null);
        }
        WriteBody(writer, value);
        writer.WriteEndObject();
    }

    internal static void WriteBody(Utf8JsonWriter writer, Estimate value)
    {
        writer.WriteString("text", value.ToString());
        writer.WriteString("hedge", value.Hedge.ToString());
        WriteNumber(writer, "median", value.Median);
        WriteNumber(writer, "mean", value.Mean);
        var interval = value.Interval(0.9);
        writer.WriteStartArray("interval90");
        writer.WriteNumberValue(interval.Lower);
        writer.WriteNumberValue(interval.Upper);
        writer.WriteEndArray();
        writer.WritePropertyName("distribution");
        WriteDistribution(writer, value.Distribution);
    }

    private static void WriteDistribution(Utf8JsonWriter writer, EstimateDistribution distribution)
    {
        writer.WriteStartObject();
        switch (distribution)
        {
            case PointDistribution d:
                writer.WriteString("kind", "point");
                writer.WriteNumber("value", d.Value);
                break;
            case NormalDistribution d:
                writer.WriteString("kind", "normal");
                writer.WriteNumber("mu", d.Mu);
                writer.WriteNumber("sigma", d.Sigma);
                break;
            case LogNormalDistribution d:
                writer.WriteString("kind", "logNormal");
                writer.WriteNumber("mu", d.Mu);
                writer.WriteNumber("sigma", d.Sigma);
                break;
            case LogitNormalDistribution d:
                writer.WriteString("kind", "logitNormal");
                writer.WriteNumber("mu", d.Mu);
                writer.WriteNumber("sigma", d.Sigma);
                writer.WriteNumber("upper", d.Upper);
                break;
            case UniformDistribution d:
                writer.WriteString("kind", "uniform");
                writer.WriteNumber("lower", d.Lower);
                writer.WriteNumber("upper", d.Upper);
                break;
            case OneSidedDistribution d:
                writer.WriteString("kind", "oneSided");
                writer.WriteNumber("bound", d.Bound);
                writer.WriteString("direction", d.Direction.ToString());
                writer.WriteNumber("shape", d.Shape);
                writer.WriteNumber("scale", d.Scale);
                break;
            case ScaledDistribution d:
                writer.WriteString("kind", "scaled");
                writer.WriteNumber("factor", d.Factor);
                writer.WritePropertyName("inner");
                WriteDistribution(writer, d.Inner);
                break;
            case MixtureDistribution d:
                writer.WriteString("kind", "mixture");
                writer.WriteStartArray("weights");
                foreach (var weight in d.Weights)
                {
                    writer.WriteNumberValue(weight);
                }
                writer.WriteEndArray();
                writer.WriteStartArray("components");
                foreach (var component in d.Components)
                {
                    WriteDistribution(writer, component);
                }
                writer.WriteEndArray();
                break;
            case AffineDistribution d:
                writer.WriteString("kind", "affine");
                writer.WriteNumber("offset", d.Offset);
                writer.WriteNumber("factor", d.Factor);
                writer.WritePropertyName("inner");
                WriteDistribution(writer, d.Inner);
                break;
            case SampleDistribution d:
                writer.WriteString("kind", "samples");
                writer.WriteStartArray("samples");
                foreach (var sample in d.Samples)
                {
                    writer.WriteNumberValue(sample);
                }
                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"Cannot write a distribution of type {distribution.GetType().Name} as JSON.");
        }
        writer.WriteEndObject();
    }

    private static EstimateDistribution ReadDistribution(ref Utf8JsonReader reader, string what)
    {
        string? kind = null;
        OneSidedDirection? direction = null;
        EstimateDistribution? inner = null;
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        List<double>? weights = null, samples = null;
        List<EstimateDistribution>? components = null;
        ReadObject(ref reader, what, (ref Utf8JsonReader r, string name) =>
        {
            switch (name)
            {
                case "kind": kind = String(ref r, what + ".kind"); break;
                case "direction": direction = Choice<OneSidedDirection>(ref r, what + ".direction"); break;
                case "inner": inner = ReadDistribution(ref r, what + ".inner"); break;
                case "weights": weights = Items(ref r, what + ".weights", Number); break;
                case "samples": samples = Items(ref r, what + ".samples", Number); break;
                case "components": components = Items(ref r, what + ".components", ReadDistribution); break;
                default:
                    if (r.TokenType == JsonTokenType.Number)
                    {
                        numbers[name] = FiniteNumber(ref r, what + "." + name);
                    }
                    else
                    {
                        r.Skip();
                    }
                    break;
            }
        });
        double N(string name) => numbers.TryGetValue(name, out double value) ? value : throw Missing(name, what + " of kind " + kind);
        try
        {
            return kind switch
            {
                "point" => PointDistribution.Of(N("value")),
                "normal" => NormalDistribution.Of(N("mu"), N("sigma")),
                "logNormal" => LogNormalDistribution.FromLogParameters(N("mu"), N("sigma")),
                "logitNormal" => LogitNormalDistribution.Of(N("mu"), N("sigma"), N("upper")),
                "uniform" => UniformDistribution.Of(N("lower"), N("upper")),
                "oneSided" => OneSidedDistribution.Of(N("bound"), direction ?? throw Missing("direction", what), N("shape"), N("scale")),
                "scaled" => ScaledDistribution.Of(inner ?? throw Missing("inner", what), N("factor")),
                "mixture" => MixtureDistribution.Of(components ?? throw Missing("components", what), weights ?? throw Missing("weights", what)),
                "affine" => AffineDistribution.Of(inner ?? throw Missing("inner", what), N("offset"), N("factor")),
                "samples" => SampleDistribution.Of((samples ?? throw Missing("samples", what)).ToArray()),
                null => throw Missing("kind", what),
                _ => throw new JsonException($"Expected one of point, normal, logNormal, logitNormal, uniform, oneSided, scaled, mixture, affine, samples for {Quote(what + ".kind")}, but got {Excerpt.Quote(kind)}."),
            };
        }
        catch (ArgumentException e)
        {
            throw Invalid(what, e);
        }
    }
}

internal sealed class ProvenanceConverter(bool topLevel) : JsonConverter<Provenance>
{
    public override Provenance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadProvenance(ref reader, "provenance", options);

    internal static Provenance ReadProvenance(ref Utf8JsonReader reader, string what, JsonSerializerOptions options)
    {
        List<Citation>? chain = null;
        VerificationStatus verification = VerificationStatus.Unverified;
        AdmiraltyRating rating = AdmiraltyRating.Unrated;
        List<string> derivedFrom = [];
        Formula? formula = null;
        ReadObject(ref reader, what, (ref Utf8JsonReader r, string name) =>
        {
            switch (name)
            {
                case "chain":
                    chain = Items(ref r, what + ".chain", (ref Utf8JsonReader c, string field) => ReadCitation(ref c, field, options));
                    try
                    {
                        Provenance.Of(chain);
                    }
                    catch (ArgumentException e)
                    {
                        throw Invalid(what + ".chain", e);
                    }
                    break;
                case "verification": verification = Choice<VerificationStatus>(ref r, what + ".verification"); break;
                case "rating":
                    string text = String(ref r, what + ".rating");
                    try
                    {
                        rating = AdmiraltyRating.Parse(text);
                    }
                    catch (FormatException e)
                    {
                        throw Invalid(what + ".rating", e);
                    }
                    break;
                case "derivedFrom": derivedFrom = Strings(ref r, what + ".derivedFrom"); break;
                case "formula":
                    var written = String(ref r, what + ".formula");
                    try
                    {
                        formula = Formula.Parse(written);
                    }
                    catch (FormatException e)
                    {
                        throw Invalid(what + ".formula", e);
                    }
                    break;
                default: r.Skip(); break;
            }
        });
        try
        {
            return Provenance.Of(chain ?? throw Missing("chain", what))
                .WithVerification(verification).WithRating(rating).WithDerivedFrom([.. derivedFrom]).WithFormula(formula);
        }
        catch (ArgumentException e)
        {
            throw Invalid(what, e);
        }
    }

    private static Citation ReadCitation(ref Utf8JsonReader reader, string what, JsonSerializerOptions options)
    {
        Source? source = null;
        LocalDate? date = null;
        Uri? url = null;
        ReadObject(ref reader, what, (ref Utf8JsonReader r, string name) =>
        {
            switch (name)
            {
                case "source": source = ReadSource(ref r, what + ".source"); break;
                case "date": date = r.TokenType == JsonTokenType.Null ? null : Date(ref r, what + ".date", options); break;
                case "url":
                    if (OptionalString(ref r, what + ".url") is { } text)
                    {
                        url = Citation.TryParseWebAddress(text, out var address, out var problem) ? address : throw new JsonException($"Invalid {Quote(what + ".url")}: {problem}");
                    }
                    break;
                default: r.Skip(); break;
            }
        });
        return Citation.Of(source ?? throw Missing("source", what), date, url);
    }

    private static Source ReadSource(ref Utf8JsonReader reader, string what)
    {
        string? name = null;
        SourceKind kind = SourceKind.Unknown;
        ConflictSide side = ConflictSide.Unknown;
        bool anonymous = false;
        List<string> aliases = [];
        ReadObject(ref reader, what, (ref Utf8JsonReader r, string field) =>
        {
            switch (field)
            {
                case "name":
                    name = String(ref r, what + ".name");
                    CheckNames(name, [], what + ".name");
                    break;
                case "kind": kind = Choice<SourceKind>(ref r, what + ".kind"); break;
                case "side": side = Choice<ConflictSide>(ref r, what + ".side"); break;
                case "anonymous": anonymous = Boolean(ref r, what + ".anonymous"); break;
                case "aliases":
                    aliases = Strings(ref r, what + ".aliases");
                    CheckNames("source", aliases, what + ".aliases");
                    break;
                default: r.Skip(); break;
            }
        });
        try
        {
            return Source.Of(name ?? throw Missing("name", what), kind, side, aliases, anonymous);
        }
        catch (ArgumentException e)
        {
            throw Invalid(what, e);
        }
    }

    // Checks names where they are written, so that an error names their line.
    private static void CheckNames(string name, List<string> aliases, string field)
    {
        try
        {
            Source.Of(name, SourceKind.Unknown, ConflictSide.Unknown, aliases);
        }
        catch (ArgumentException e)
        {
            throw Invalid(field, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, Provenance value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (topLevel)
        {
            writer.WriteNumber("formatVersion", JsonFormat.FormatVersion);
        }
        WriteBody(writer, value, options);
        writer.WriteEndObject();
    }

    internal static void WriteBody(Utf8JsonWriter writer, Provenance value, JsonSerializerOptions options)
    {
        writer.WriteStartArray("chain");
        foreach (var citation in value.Chain)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("source");
            var source = citation.Source;
            writer.WriteString("name", source.Name);
            writer.WriteString("kind", source.Kind.ToString());
            writer.WriteString("side", source.Side.ToString());
            writer.WriteBoolean("anonymous", source.IsAnonymous);
            WriteStrings(writer, "aliases", source.Aliases);
            writer.WriteEndObject();
            if (citation.Date is { } date)
            {
                WriteDate(writer, "date", date, options);
            }
            if (citation.Url is { } url)
            {
                writer.WriteString("url", url.OriginalString);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteString("verification", value.Verification.ToString());
        writer.WriteString("rating", value.Rating.ToString());
        WriteStrings(writer, "derivedFrom", value.DerivedFrom);
        if (value.Formula is not null)
        {
            writer.WriteString("formula", value.Formula.Text);
        }
    }
}

internal sealed class ReportConverter(bool topLevel, JsonFigures figures) : JsonConverter<Report>
{
    public override Report Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (topLevel)
        {
            figures.CheckRecord(ref reader, "report");
        }
        return ReadReport(ref reader, "report", options, figures);
    }

    internal static Report ReadReport(ref Utf8JsonReader reader, string what, JsonSerializerOptions options, JsonFigures figures)
    {
        string? id = null, quote = null;
        Quantity? quantity = null;
        Estimate? estimate = null;
        Provenance? provenance = null;
        LocalDate? start = null, end = null, published = null;
        ReadObject(ref reader, what, (ref Utf8JsonReader r, string name) =>
        {
            switch (name)
            {
                case "id":
                    id = String(ref r, what + ".id");
                    try
                    {
                        Names.CheckId(id, "id");
                    }
                    catch (ArgumentException e)
                    {
                        throw Invalid(what + ".id", e);
                    }
                    break;
                case "quantity": quantity = ReadQuantity(ref r, what + ".quantity"); break;
                case "estimate": estimate = EstimateConverter.ReadEstimate(ref r, what + ".estimate", figures); break;
                case "provenance": provenance = ProvenanceConverter.ReadProvenance(ref r, what + ".provenance", options); break;
                case "published": published = Date(ref r, what + ".published", options); break;
                case "quote": quote = OptionalString(ref r, what + ".quote"); break;
                case "refersTo":
                    ReadObject(ref r, what + ".refersTo", (ref Utf8JsonReader rr, string field) =>
                    {
                        switch (field)
                        {
                            case "start": start = Date(ref rr, what + ".refersTo.start", options); break;
                            case "end": end = Date(ref rr, what + ".refersTo.end", options); break;
                            default: rr.Skip(); break;
                        }
                        if (start is { } first && end is { } last && last < first)
                        {
                            throw new JsonException($"Expected {Quote(what + ".refersTo")} to end on or after its start, but it runs from {first} to {last}.");
                        }
                    });
                    break;
                default: r.Skip(); break;
            }
        });
        if (start is null || end is null)
        {
            throw Missing(start is null ? "refersTo.start" : "refersTo.end", what);
        }
        try
        {
            return Report.Of(id ?? throw Missing("id", what), quantity ?? throw Missing("quantity", what), estimate ?? throw Missing("estimate", what),
                provenance ?? throw Missing("provenance", what), new DateInterval(start.Value, end.Value), published ?? throw Missing("published", what), quote);
        }
        catch (ArgumentException e)
        {
            throw Invalid(what + (e.ParamName is { } parameter && parameter != "id" ? "." + parameter : ""), e);
        }
    }

    internal static Quantity ReadQuantity(ref Utf8JsonReader reader, string what)
    {
        string? metric = null, subject = null, place = null, unit = null;
        Statistic statistic = Statistic.Level;
        ReadObject(ref reader, what, (ref Utf8JsonReader r, string name) =>
        {
            switch (name)
            {
                case "metric":
                    metric = String(ref r, what + ".metric");
                    Check(() => Metric.Of(metric), what + ".metric");
                    break;
                case "subject": subject = String(ref r, what + ".subject"); break;
                case "place": place = OptionalString(ref r, what + ".place"); break;
                case "unit":
                    unit = String(ref r, what + ".unit");
                    Check(() => UnitOf(unit), what + ".unit");
                    break;
                case "statistic": statistic = Choice<Statistic>(ref r, what + ".statistic"); break;
                default: r.Skip(); break;
            }
        });
        try
        {
            return Quantity.Of(Metric.Of(metric ?? throw Missing("metric", what)), subject ?? throw Missing("subject", what), place,
                UnitOf(unit ?? throw Missing("unit", what)), statistic);
        }
        catch (ArgumentException e)
        {
            throw Invalid(what, e);
        }
    }

    private static void Check<T>(Func<T> make, string field)
    {
        try
        {
            make();
        }
        catch (ArgumentException e)
        {
            throw Invalid(field, e);
        }
    }

    /// <summary>A unit from its symbol or any spelling <see cref="Unit.Parse"/> knows; other words are counted things.</summary>
    internal static Unit UnitOf(string text)
        => Unit.TryParse(text, out var unit) ? unit
            : string.Equals(text.Trim(), Unit.Fraction.Symbol, StringComparison.OrdinalIgnoreCase) ? Unit.Fraction
            : Unit.CountOf(text);

    public override void Write(Utf8JsonWriter writer, Report value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (topLevel)
        {
            writer.WriteNumber("formatVersion", JsonFormat.FormatVersion);
            JsonFigures.WriteRecord(writer, figures.Model);
        }
        else
        {
            JsonFigures.CheckWritten(value.Estimate, figures.Model, nameof(value), value.Id);
        }
        WriteBody(writer, value, options);
        writer.WriteEndObject();
    }

    internal static void WriteBody(Utf8JsonWriter writer, Report value, JsonSerializerOptions options)
    {
        writer.WriteString("id", value.Id);
        WriteQuantity(writer, "quantity", value.Quantity);
        writer.WriteStartObject("estimate");
        EstimateConverter.WriteBody(writer, value.Estimate);
        writer.WriteEndObject();
        writer.WriteStartObject("provenance");
        ProvenanceConverter.WriteBody(writer, value.Provenance, options);
        writer.WriteEndObject();
        writer.WriteStartObject("refersTo");
        WriteDate(writer, "start", value.RefersTo.Start, options);
        WriteDate(writer, "end", value.RefersTo.End, options);
        writer.WriteEndObject();
        WriteDate(writer, "published", value.Published, options);
        if (value.Quote is not null)
        {
            writer.WriteString("quote", value.Quote);
        }
    }

    internal static void WriteQuantity(Utf8JsonWriter writer, string name, Quantity quantity)
    {
        writer.WriteStartObject(name);
        writer.WriteString("metric", quantity.Metric.Name);
        writer.WriteString("subject", quantity.Subject);
        if (quantity.Place is not null)
        {
            writer.WriteString("place", quantity.Place);
        }
        writer.WriteString("unit", quantity.Unit.Symbol);
        writer.WriteString("statistic", quantity.Statistic.ToString());
        writer.WriteEndObject();
    }
}

internal sealed class ReportCollectionConverter(bool topLevel, JsonFigures figures) : JsonConverter<ReportCollection>
{
    public override ReportCollection Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (topLevel)
        {
            figures.CheckRecord(ref reader, "report collection");
        }
        List<Report>? reports = null;
        ReadObject(ref reader, "report collection", (ref Utf8JsonReader r, string name) =>
        {
            if (name != "reports")
            {
                r.Skip();
                return;
            }
            var lines = new Dictionary<string, int>(StringComparer.Ordinal);
            reports = Items(ref r, "reports", (ref Utf8JsonReader e, string field) =>
            {
                var report = ReportConverter.ReadReport(ref e, field, options, figures);
                // Refused at the report that repeats the id, so that the error names its line.
                if (!lines.TryAdd(report.Id, lines.Count))
                {
                    throw new JsonException(string.Create(CultureInfo.InvariantCulture,
                        $"Expected unique report ids, but {Quote(field + ".id")} {Excerpt.Quote(report.Id)} is also the id of reports[{lines[report.Id]}]."));
                }
                return report;
            });
        });
        try
        {
            return ReportCollection.Of(reports ?? throw Missing("reports", "the report collection"));
        }
        catch (ArgumentException e)
        {
            throw Invalid("reports", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, ReportCollection value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (topLevel)
        {
            writer.WriteNumber("formatVersion", JsonFormat.FormatVersion);
            JsonFigures.WriteRecord(writer, figures.Model);
        }
        writer.WriteStartArray("reports");
        foreach (var report in value)
        {
            if (!topLevel)
            {
                JsonFigures.CheckWritten(report.Estimate, figures.Model, nameof(value), report.Id);
            }
            writer.WriteStartObject();
            ReportConverter.WriteBody(writer, report, options);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

internal sealed class AggregateConverter(bool topLevel) : JsonConverter<Aggregate>
{
    public override Aggregate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("Aggregates are written for other programs, not read back: recompute one from its reports with Aggregate.Of.");

    public override void Write(Utf8JsonWriter writer, Aggregate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (topLevel)
        {
            writer.WriteNumber("formatVersion", JsonFormat.FormatVersion);
        }
        if (topLevel && value.Options.HedgeModel is { } model)
        {
            JsonFigures.WriteRecord(writer, model);
        }
        ReportConverter.WriteQuantity(writer, "quantity", value.Quantity);
        WriteDate(writer, "asOf", value.AsOf, options);
        writer.WriteString("method", value.Method.ToString());
        writer.WriteString("scale", value.Scale.ToString());
        WriteNumber(writer, "value", value.Value);
        WriteInterval(writer, "confidenceInterval", value.ConfidenceInterval);
        WriteInterval(writer, "predictionInterval", value.PredictionInterval);
        WriteNumber(writer, "q", value.Q);
        WriteNumber(writer, "iSquared", value.ISquared);
        WriteNumber(writer, "tauSquared", value.TauSquared);
        writer.WriteNumber("reportCount", value.ReportCount);
        writer.WriteNumber("independentOrigins", value.IndependentOrigins);
        WriteStrings(writer, "disagreeing", value.Disagreeing.Select(r => r.Id));
        WriteStrings(writer, "notes", value.Notes.Select(PlainText.Of));
        writer.WriteStartArray("contributions");
        foreach (var c in value.Contributions)
        {
            writer.WriteStartObject();
            writer.WriteString("reportId", c.Report.Id);
            writer.WriteBoolean("included", c.Included);
            if (!c.Included)
            {
                writer.WriteString("exclusionReason", PlainText.Reasons(c)[0]);
            }
            writer.WriteString("claim", c.Claim.ToString());
            WriteNumber(writer, "value", c.Value);
            WriteInterval(writer, "bounds", c.Bounds);
            if (c.RoundingBin is { } bin)
            {
                WriteInterval(writer, "roundingBin", bin);
            }
            else
            {
                writer.WriteNull("roundingBin");
            }
            WriteNumber(writer, "ratingFactor", c.RatingFactor);
            WriteNumber(writer, "recencyFactor", c.RecencyFactor);
            WriteNumber(writer, "independenceFactor", c.IndependenceFactor);
            WriteNumber(writer, "weight", c.Weight);
            WriteNumber(writer, "share", c.Share);
            WriteNumber(writer, "standardizedResidual", c.StandardizedResidual);
            writer.WriteBoolean("disagrees", c.Disagrees);
            WriteStrings(writer, "reasons", PlainText.Reasons(c));
            writer.WriteStartObject("report");
            ReportConverter.WriteBody(writer, c.Report, options);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
