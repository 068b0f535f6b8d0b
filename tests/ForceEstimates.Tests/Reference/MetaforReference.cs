using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ForceEstimates.Aggregation;

namespace ForceEstimates.Tests.Reference;

/// <summary>
/// R metafor's results, embedded from Reference/*.json (see Reference/README.md for their source):
/// "shared" is the project's reference file, "extended" the one tools/metafor/metafor-reference.R produced.
/// </summary>
internal static class MetaforReference
{
    private static readonly Dictionary<string, JsonDocument> Files = new(StringComparer.Ordinal);

    public static readonly string[] FileNames = ["shared", "extended"];

    public static readonly IReadOnlyDictionary<string, TauSquaredMethod> Methods = new Dictionary<string, TauSquaredMethod>(StringComparer.Ordinal)
    {
        ["EE"] = TauSquaredMethod.FixedEffect,
        ["DL"] = TauSquaredMethod.DerSimonianLaird,
        ["REML"] = TauSquaredMethod.RestrictedMaximumLikelihood,
        ["ML"] = TauSquaredMethod.MaximumLikelihood,
        ["PM"] = TauSquaredMethod.PauleMandel,
        ["HS"] = TauSquaredMethod.HunterSchmidt,
        ["HE"] = TauSquaredMethod.Hedges,
        ["SJ"] = TauSquaredMethod.SidikJonkman,
        ["EB"] = TauSquaredMethod.EmpiricalBayes,
    };

    /// <summary>The censored-likelihood reference (tools/metafor/censored-reference.R).</summary>
    public static IEnumerable<JsonElement> CensoredDataSets()
    {
        lock (Files)
        {
            if (!Files.TryGetValue("censored", out var document))
            {
                using var stream = typeof(MetaforReference).Assembly.GetManifestResourceStream("ForceEstimates.Tests.Reference.censored-reference.json")
                    ?? throw new InvalidOperationException("Embedded reference censored-reference.json is missing.");
                document = JsonDocument.Parse(stream);
                Files["censored"] = document;
            }
            return document.RootElement.GetProperty("datasets").EnumerateArray();
        }
    }

    /// <summary>A number, where R's jsonlite writes infinities as the strings "Inf" and "-Inf".</summary>
    public static double Number(JsonElement element) => element.ValueKind == JsonValueKind.String
        ? element.GetString() switch
        {
            "Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            var other => throw new FormatException($"Unexpected number '{other}'."),
        }
        : element.GetDouble();

    public static JsonElement Root(string file)
    {
        lock (Files)
        {
            if (!Files.TryGetValue(file, out var document))
            {
                using var stream = typeof(MetaforReference).Assembly.GetManifestResourceStream($"ForceEstimates.Tests.Reference.metafor-{file}.json")
                    ?? throw new InvalidOperationException($"Embedded reference metafor-{file}.json is missing.");
                document = JsonDocument.Parse(stream);
                Files[file] = document;
            }
            return document.RootElement;
        }
    }

    public static IEnumerable<JsonElement> DataSets(string file) => Root(file).GetProperty("datasets").EnumerateArray();

    public static JsonElement DataSet(string file, string name) => DataSets(file).Single(d => d.GetProperty("name").GetString() == name);

    /// <summary>A number or an array of numbers (R writes a length-1 vector as a scalar).</summary>
    public static double[] Numbers(JsonElement element)
        => element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().Select(e => e.GetDouble()).ToArray() : [element.GetDouble()];

    public static (double[] Effects, double[] Variances) Data(JsonElement dataSet)
        => (Numbers(dataSet.GetProperty("yi")), Numbers(dataSet.GetProperty("vi")));
}

/// <summary>Compares figures to 1e-6 relative (1e-9 absolute near zero) and collects every mismatch for one message.</summary>
internal sealed class FigureComparison
{
    private readonly List<string> failures = [];

    public int Checked { get; private set; }

    public void Close(double actual, double expected, string what, double relative = 1e-6, double absolute = 1e-9)
    {
        Checked++;
        var ok = actual == expected || Math.Abs(actual - expected) <= (relative * Math.Abs(expected)) + absolute;
        if (!ok)
        {
            this.failures.Add(FormattableString.Invariant($"{what}: expected {expected:R}, got {actual:R} (diff {actual - expected:G3})"));
        }
    }

    public void CloseIfPresent(JsonElement parent, string property, double actual, string what)
    {
        if (parent.TryGetProperty(property, out var value))
        {
            Close(actual, value.GetDouble(), what);
        }
    }

    public void AssertAll()
    {
        if (this.failures.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(string.Join(Environment.NewLine, this.failures));
        }
    }
}
