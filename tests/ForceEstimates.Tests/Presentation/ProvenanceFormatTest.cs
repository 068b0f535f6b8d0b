using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using ForceEstimates.Presentation;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Presentation;

public class ProvenanceFormatTest
{
    [Theory]
    // STIX 2.1, the Admiralty Credibility row of its confidence scales appendix.
    [InlineData(InformationCredibility.Confirmed, 90)]
    [InlineData(InformationCredibility.ProbablyTrue, 70)]
    [InlineData(InformationCredibility.PossiblyTrue, 50)]
    [InlineData(InformationCredibility.Doubtful, 30)]
    [InlineData(InformationCredibility.Improbable, 10)]
    public void StixConfidenceFollowsTheAdmiraltyTable(InformationCredibility credibility, int expected)
        => ProvenanceFormat.StixConfidence(credibility).Should().Be(expected);

    [Fact]
    public void CredibilityThatCannotBeJudgedHasNoStixConfidence()
        => ProvenanceFormat.StixConfidence(InformationCredibility.CannotBeJudged).Should().BeNull();

    [Fact]
    public void AnUndefinedCredibilityIsRefusedByName()
        => FluentActions.Invoking(() => ProvenanceFormat.StixConfidence((InformationCredibility)7))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("credibility");

    [Fact]
    public void TheSeedArticleIsAValidProvJsonDocument()
    {
        using var document = JsonDocument.Parse(ProvenanceFormat.WriteProvJson(Samples.Kursk2024));

        ProvJsonRules.Check(document.RootElement).Should().BeEmpty();
    }

    [Fact]
    public void TheNorthKoreanTroopsAreAValidProvJsonDocument()
    {
        using var document = JsonDocument.Parse(ProvenanceFormat.WriteProvJson(Samples.NorthKoreanTroops, indented: false));

        ProvJsonRules.Check(document.RootElement).Should().BeEmpty();
    }

    [Fact]
    public void EachRelayedStatementIsAnEntityQuotedFromTheOneBefore()
    {
        // "nearly 60,000": a source in the General Staff → Reuters → Kyiv Independent, three links.
        using var document = JsonDocument.Parse(ProvenanceFormat.WriteProvJson(Samples.Kursk2024));
        var root = document.RootElement;
        const string report = "report:kursk-2024-11-23%2Frussian-troops-kursk";
        var quotations = Relations(root, "wasDerivedFrom")
            .Where(r => r.TryGetProperty("prov:type", out var type) && type.GetProperty("$").GetString() == "prov:Quotation")
            .ToDictionary(r => r.GetProperty("prov:generatedEntity").GetString()!, r => r.GetProperty("prov:usedEntity").GetString()!);
        var path = new List<string> { report };
        while (quotations.TryGetValue(path[^1], out var used))
        {
            path.Add(used);
        }
        path.Should().HaveCount(3);
        var attributedTo = Relations(root, "wasAttributedTo").ToDictionary(r => r.GetProperty("prov:entity").GetString()!, r => r.GetProperty("prov:agent").GetString()!);
        var agents = root.GetProperty("agent");
        path.Select(entity => agents.GetProperty(attributedTo[entity]).GetProperty("prov:label").GetString())
            .Should().Equal("Kyiv Independent", "Reuters", "source in Ukraine's General Staff");
        // The anonymous source is a person; the agency an organisation.
        agents.GetProperty(attributedTo[path[2]]).GetProperty("prov:type").GetProperty("$").GetString().Should().Be("prov:Person");
        agents.GetProperty(attributedTo[path[1]]).GetProperty("prov:type").GetProperty("$").GetString().Should().Be("prov:Organization");
    }

    [Fact]
    public void ADerivedFigureIsDerivedFromItsInputsWithItsFormula()
    {
        using var document = JsonDocument.Parse(ProvenanceFormat.WriteProvJson(Samples.Kursk2024));
        var derived = Relations(document.RootElement, "wasDerivedFrom")
            .Where(r => r.GetProperty("prov:generatedEntity").GetString() == "report:kursk-2024-11-23%2Fshare-lost" && !r.TryGetProperty("prov:type", out _))
            .ToList();

        derived.Select(r => r.GetProperty("prov:usedEntity").GetString()).Should().BeEquivalentTo(
            "report:kursk-2024-11-23%2Farea-now", "report:kursk-2024-11-23%2Farea-peak");
        derived.Should().OnlyContain(r => r.GetProperty("fe:formula").GetString() == Samples.Kursk2024.Get("kursk-2024-11-23/share-lost").Provenance.Formula!.Text);
    }

    [Fact]
    public void TheRatingIsInTheReportsAttributes()
    {
        using var document = JsonDocument.Parse(ProvenanceFormat.WriteProvJson(Samples.NorthKoreanTroops));
        var entities = document.RootElement.GetProperty("entity");

        foreach (var report in Samples.NorthKoreanTroops)
        {
            var entity = entities.GetProperty("report:" + Uri.EscapeDataString(report.Id));
            var rating = report.Provenance.Rating;
            entity.GetProperty("fe:admiraltyRating").GetString().Should().Be(rating.ToString());
            entity.GetProperty("fe:reliability").GetString().Should().Be(rating.ReliabilityLetter.ToString());
            entity.GetProperty("fe:credibility").GetString().Should().Be(rating.CredibilityDigit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // Credibility 6 gives no confidence at all, as in STIX.
            entity.TryGetProperty("fe:stixConfidence", out var confidence).Should().Be(rating.IsCredibilityJudged);
            if (rating.IsCredibilityJudged)
            {
                confidence.GetInt32().Should().Be(ProvenanceFormat.StixConfidence(rating.Credibility));
            }
        }
    }

    [Fact]
    public void TheRulesCatchWhatTheyAreFor()
    {
        // The checks are only worth their passes if they fail on documents that break the rules.
        static IReadOnlyList<string> Problems(string json)
        {
            using var document = JsonDocument.Parse(json);
            return ProvJsonRules.Check(document.RootElement);
        }
        Problems("""{"entity":{"ex:e":{}}}""").Should().ContainSingle(p => p.Contains("prefix \"ex\" is not declared", StringComparison.Ordinal));
        Problems("""{"prefix":{"ex":"urn:x:"},"entity":{"ex:e":{}},"agent":{"ex:a":{}},"wasQuotedFrom":{}}""").Should().ContainSingle(p => p.Contains("wasQuotedFrom", StringComparison.Ordinal));
        Problems("""{"prefix":{"ex":"urn:x:"},"entity":{"ex:e":{}},"agent":{"ex:a":{}},"wasDerivedFrom":{"_:d":{"prov:generatedEntity":"ex:e","prov:usedEntity":"ex:a"}}}""")
            .Should().ContainSingle(p => p.Contains("prov:usedEntity", StringComparison.Ordinal));
        Problems("""{"prefix":{"ex":"urn:x:"},"entity":{"ex:e":{}},"wasAttributedTo":{"_:a":{"prov:entity":"ex:e"}}}""")
            .Should().ContainSingle(p => p.Contains("prov:agent", StringComparison.Ordinal));
        Problems("""{"prefix":{"ex":"urn:x:"},"entity":{"ex:e":{"ex:v":{"$":"1"}}}}""").Should().ContainSingle(p => p.Contains("typed literal", StringComparison.Ordinal));
        Problems("""{"prefix":{"ex":"not a uri"}}""").Should().ContainSingle(p => p.Contains("absolute URI", StringComparison.Ordinal));
    }

    private static IEnumerable<JsonElement> Relations(JsonElement root, string kind)
        => root.GetProperty(kind).EnumerateObject().Select(p => p.Value);
}

/// <summary>
/// The rules of the PROV-JSON submission (W3C Member Submission, 24 April 2013, and its JSON schema), written out as
/// checks: the top-level sections it defines and no others; a prefix section mapping names to absolute URIs;
/// records keyed by qualified names with declared prefixes (relations may use blank nodes, "_:"); attribute names
/// that are qualified names; attribute values that are strings, numbers, booleans, typed literals (an object with
/// "$" and exactly one of "type" or "lang") or arrays of these; each relation with its required members
/// (wasAttributedTo: prov:entity and prov:agent; wasDerivedFrom: prov:generatedEntity and prov:usedEntity), which
/// must name records of the right kind in the document (a quotation links entities, never agents).
/// </summary>
internal static class ProvJsonRules
{
    private static readonly string[] Sections =
    [
        "prefix", "entity", "activity", "agent", "wasGeneratedBy", "used", "wasInformedBy", "wasStartedBy", "wasEndedBy",
        "wasInvalidatedBy", "wasDerivedFrom", "wasAttributedTo", "wasAssociatedWith", "actedOnBehalfOf", "wasInfluencedBy",
        "specializationOf", "alternateOf", "hadMember", "mentionOf", "bundle",
    ];

    private static readonly string[] Predefined = ["prov", "xsd"];

    private static readonly Regex PrefixName = new("^[A-Za-z0-9_\\-]+$", RegexOptions.CultureInvariant);

    public static IReadOnlyList<string> Check(JsonElement root)
    {
        var problems = new List<string>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add("the document is not a JSON object");
            return problems;
        }
        var prefixes = new HashSet<string>(Predefined, StringComparer.Ordinal);
        if (root.TryGetProperty("prefix", out var prefix))
        {
            foreach (var p in prefix.EnumerateObject())
            {
                if (!PrefixName.IsMatch(p.Name))
                {
                    problems.Add($"prefix name \"{p.Name}\" is not letters, digits, _ or -");
                }
                if (p.Value.ValueKind != JsonValueKind.String || !Uri.TryCreate(p.Value.GetString(), UriKind.Absolute, out _))
                {
                    problems.Add($"prefix \"{p.Name}\" is not an absolute URI");
                }
                prefixes.Add(p.Name);
            }
        }
        foreach (var section in root.EnumerateObject())
        {
            if (!Sections.Contains(section.Name, StringComparer.Ordinal))
            {
                problems.Add($"\"{section.Name}\" is not a PROV-JSON section");
                continue;
            }
            if (section.Name == "prefix")
            {
                continue;
            }
            var relation = section.Name is not ("entity" or "activity" or "agent");
            foreach (var record in section.Value.EnumerateObject())
            {
                if (!(relation && record.Name.StartsWith("_:", StringComparison.Ordinal)))
                {
                    CheckQualifiedName(record.Name, $"{section.Name} id", prefixes, problems);
                }
                if (record.Value.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"{section.Name} {record.Name} is not an object");
                    continue;
                }
                foreach (var attribute in record.Value.EnumerateObject())
                {
                    CheckQualifiedName(attribute.Name, $"attribute of {record.Name}", prefixes, problems);
                    CheckValue(attribute.Value, $"{record.Name} {attribute.Name}", prefixes, problems);
                }
            }
        }
        var entities = Ids(root, "entity");
        var agents = Ids(root, "agent");
        CheckRelation(root, "wasAttributedTo", [("prov:entity", entities, "entity"), ("prov:agent", agents, "agent")], problems);
        CheckRelation(root, "wasDerivedFrom", [("prov:generatedEntity", entities, "entity"), ("prov:usedEntity", entities, "entity")], problems);
        return problems;
    }

    private static HashSet<string> Ids(JsonElement root, string section)
        => root.TryGetProperty(section, out var records) ? records.EnumerateObject().Select(r => r.Name).ToHashSet(StringComparer.Ordinal) : [];

    private static void CheckRelation(JsonElement root, string section, (string Member, HashSet<string> Records, string Kind)[] members, List<string> problems)
    {
        if (!root.TryGetProperty(section, out var relations))
        {
            return;
        }
        foreach (var relation in relations.EnumerateObject())
        {
            foreach (var (member, records, kind) in members)
            {
                if (!relation.Value.TryGetProperty(member, out var value) || value.ValueKind != JsonValueKind.String)
                {
                    problems.Add($"{section} {relation.Name} lacks {member}");
                }
                else if (!records.Contains(value.GetString()!))
                {
                    problems.Add($"{section} {relation.Name}: {member} \"{value.GetString()}\" is not an {kind} of the document");
                }
            }
        }
    }

    private static void CheckQualifiedName(string name, string what, HashSet<string> prefixes, List<string> problems)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            problems.Add($"{what} \"{name}\" is not a qualified name prefix:local");
        }
        else if (!prefixes.Contains(name[..colon]))
        {
            problems.Add($"{what} \"{name}\": prefix \"{name[..colon]}\" is not declared");
        }
    }

    private static void CheckValue(JsonElement value, string what, HashSet<string> prefixes, List<string> problems)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                return;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    CheckValue(item, what, prefixes, problems);
                }
                return;
            case JsonValueKind.Object:
                var names = value.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
                var typed = names.SequenceEqual(["$", "type"]);
                var language = names.SequenceEqual(["$", "lang"]);
                if (!(typed || language) || value.GetProperty("$").ValueKind != JsonValueKind.String)
                {
                    problems.Add($"{what} is not a typed literal (\"$\" with one of \"type\" or \"lang\")");
                }
                else if (typed)
                {
                    CheckQualifiedName(value.GetProperty("type").GetString() ?? "", $"{what} type", prefixes, problems);
                }
                return;
            default:
                problems.Add($"{what} is null or not a PROV value");
                return;
        }
    }
}
