using System;
using System.Collections.Generic;
using System.Linq;
using ForceEstimates.Extraction;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// How the evaluation reads the extractor: through the public API only, so the same reading scores
/// the tests' labelled sets and, in tools/ExtractionScore, any labelled file.
/// </summary>
internal static class ExtractorReading
{
    /// <summary>The figures <paramref name="extractor"/> reads in <paramref name="block"/>; hedge and values come from each figure's <see cref="Estimate"/>.</summary>
    internal static IReadOnlyList<FoundFigure> Read(ReportExtractor extractor, LabelledBlock block)
        => extractor.Extract(block.Text, block.Published)
            .Select(f => new FoundFigure(
                f.Text,
                f.Mentions.Select(m => (m.Start, m.Length)).ToList(),
                f.Estimate.Hedge,
                [.. f.Estimate.Stated.Values],
                f.Attribution.Origin?.Name,
                UnitClass(f.Unit),
                Rate: null,
                Kind: null,
                f.Confidence))
            .ToList();

    /// <summary>The evaluation's unit class of a unit as written: "km2", "mi2", "%", "km", "mi", "m"; null for a count or an unknown unit.</summary>
    internal static string? UnitClass(string? unit)
    {
        if (unit is null)
        {
            return null;
        }
        string u = unit.Trim().ToLowerInvariant();
        if (u.Contains("sq", StringComparison.Ordinal) || u.Contains('²') || u.EndsWith("km2", StringComparison.Ordinal) || u.EndsWith("mi2", StringComparison.Ordinal))
        {
            return u.Contains("mi", StringComparison.Ordinal) ? "mi2" : "km2";
        }
        if (u == "%" || u.Contains("cent", StringComparison.Ordinal))
        {
            return "%";
        }
        if (u.StartsWith("kilomet", StringComparison.Ordinal) || u == "km")
        {
            return "km";
        }
        if (u.StartsWith("mile", StringComparison.Ordinal) || u == "mi")
        {
            return "mi";
        }
        if (u.StartsWith("met", StringComparison.Ordinal) || u == "m")
        {
            return "m";
        }
        return null;
    }
}
