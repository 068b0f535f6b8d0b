using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace ForceEstimates.Presentation;

/// <summary>Reads a JSON object's properties one at a time, naming the field in every error.</summary>
internal delegate void FieldReader(ref Utf8JsonReader reader, string name);

/// <summary>Reads one element of a JSON array; <paramref name="field"/> names it with its index.</summary>
internal delegate T ItemReader<T>(ref Utf8JsonReader reader, string field);

/// <summary>Small readers and writers shared by the converters; errors are <see cref="JsonException"/>s naming the field.</summary>
internal static class JsonFields
{
    internal static void ReadObject(ref Utf8JsonReader reader, string what, FieldReader field)
    {
        Expect(ref reader, JsonTokenType.StartObject, what);
        // Our objects have a dozen fields at most; a set takes over should a document have many more.
        List<string>? seen = null;
        HashSet<string>? many = null;
        while (true)
        {
            if (!reader.Read())
            {
                throw new JsonException($"Unexpected end of {what}.");
            }
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return;
            }
            string name = reader.GetString()!;
            seen ??= [];
            if (many is not null ? !many.Add(name) : seen.Contains(name, StringComparer.Ordinal))
            {
                throw new JsonException($"Expected each field once in {what}, but {Excerpt.Quote(name)} appears again: which value is meant?");
            }
            if (many is null)
            {
                seen.Add(name);
                if (seen.Count > 16)
                {
                    many = new HashSet<string>(seen, StringComparer.Ordinal);
                }
            }
            reader.Read();
            if (name == "formatVersion")
            {
                int version = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int v) ? v : -1;
                if (version != JsonFormat.FormatVersion)
                {
                    throw new JsonException(FormattableString.Invariant($"Expected \"formatVersion\" {JsonFormat.FormatVersion} in {what}, but got {Describe(ref reader)}."));
                }
                continue;
            }
            field(ref reader, name);
        }
    }

    internal static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (reader.TokenType != type)
        {
            string expected = type switch
            {
                JsonTokenType.StartObject => "an object",
                JsonTokenType.StartArray => "an array",
                JsonTokenType.String => "a string",
                JsonTokenType.Number => "a number",
                _ => type.ToString(),
            };
            throw new JsonException($"Expected {expected} for {what}, but got {Describe(ref reader)}.");
        }
    }

    internal static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => Excerpt.Quote(reader.GetString()!),
        JsonTokenType.Number => Excerpt.From(System.Text.Encoding.UTF8.GetString(reader.ValueSpan), 0, 40),
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Null => "null",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => reader.TokenType.ToString(),
    };

    internal static string String(ref Utf8JsonReader reader, string field)
    {
        Expect(ref reader, JsonTokenType.String, Quote(field));
        return reader.GetString()!;
    }

    internal static string? OptionalString(ref Utf8JsonReader reader, string field)
        => reader.TokenType == JsonTokenType.Null ? null : String(ref reader, field);

    internal static double Number(ref Utf8JsonReader reader, string field)
    {
        Expect(ref reader, JsonTokenType.Number, Quote(field));
        return FiniteNumber(ref reader, field);
    }

    /// <summary>The number at the reader, refused when a double cannot hold it ("1e400").</summary>
    internal static double FiniteNumber(ref Utf8JsonReader reader, string field)
    {
        if (reader.TryGetDouble(out double value) && double.IsFinite(value))
        {
            return value;
        }
        throw new JsonException($"Expected a finite number for {Quote(field)}, but got {Describe(ref reader)}.");
    }

    internal static bool Boolean(ref Utf8JsonReader reader, string field)
        => reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw new JsonException($"Expected true or false for {Quote(field)}, but got {Describe(ref reader)}."),
        };

    internal static LocalDate Date(ref Utf8JsonReader reader, string field, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.String, Quote(field));
        try
        {
            return NodaConverters.LocalDateConverter.Read(ref reader, typeof(LocalDate), options);
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            throw new JsonException($"Expected a date yyyy-MM-dd for {Quote(field)}, but got {Describe(ref reader)}.", e);
        }
    }

    internal static TEnum Choice<TEnum>(ref Utf8JsonReader reader, string field)
        where TEnum : struct, Enum
    {
        string text = String(ref reader, field);
        if (EnumNames.TryParse(text, allowSpaces: false, out TEnum value))
        {
            return value;
        }
        throw new JsonException($"Expected one of {string.Join(", ", System.Enum.GetNames<TEnum>())} for {Quote(field)}, but got {Excerpt.Quote(text)}.");
    }

    /// <summary>Reads an array, handing each element to <paramref name="item"/> with its field name and index.</summary>
    internal static List<T> Items<T>(ref Utf8JsonReader reader, string field, ItemReader<T> item)
    {
        Expect(ref reader, JsonTokenType.StartArray, Quote(field));
        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(item(ref reader, field + "[" + list.Count.ToString(CultureInfo.InvariantCulture) + "]"));
        }
        return list;
    }

    internal static List<string> Strings(ref Utf8JsonReader reader, string field) => Items(ref reader, field, String);

    internal static JsonException Missing(string field, string what) => new($"Expected a field {Quote(field)} in {what}, but it is missing.");

    /// <summary>Turns a validation failure of the model into a JSON error naming the field.</summary>
    internal static JsonException Invalid(string field, Exception e) => new($"Invalid {Quote(field)}: {CallerMessages.Of(e)}", e);

    internal static string Quote(string field) => "\"" + field + "\"";

    internal static void WriteNumber(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    internal static void WriteDate(Utf8JsonWriter writer, string name, LocalDate date, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        NodaConverters.LocalDateConverter.Write(writer, date, options);
    }

    internal static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    internal static void WriteInterval(Utf8JsonWriter writer, string name, EstimateInterval interval)
    {
        writer.WriteStartObject(name);
        WriteNumber(writer, "lower", interval.Lower);
        WriteNumber(writer, "upper", interval.Upper);
        WriteNumber(writer, "level", interval.Level);
        writer.WriteEndObject();
    }

    internal static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
