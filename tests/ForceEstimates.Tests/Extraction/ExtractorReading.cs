using System;
using System.Collections.Generic;
using System.Linq;
using ForceEstimates.Extraction;
using NodaTime;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// How the evaluation reads the extractor: through the public API only, so the same reading scores
/// the tests' labelled sets and, in tools/ExtractionScore, any labelled file.
/// </summary>
internal static class ExtractorReading
{
    /// <summary>The figures <paramref name="extractor"/> reads in <paramref name="block"/>; hedge and values come from each figure's <see cref="Estimate"/>.</summary>
    internal static IReadOnlyList<FoundFigure> Read(ReportExtractor extractor, LabelledBlock block)
        => Of(extractor.Extract(block.Text, block.Published));

    /// <summary>The figures an extractor read, as the evaluation compares them with the labels.</summary>
    internal static IReadOnlyList<FoundFigure> Of(IReadOnlyList<ExtractedFigure> figures)
        => figures
            .Select(f =>
            {
                // A fraction in words ("half") is read as a fraction of one; the labels give shares in percent.
                bool fraction = f.Estimate.Stated.Unit == Unit.Fraction.Symbol;
                return new FoundFigure(
                    f.Text,
                    f.Mentions.Select(m => (m.Start, m.Length)).ToList(),
                    f.Estimate.Hedge,
                    [.. f.Estimate.Stated.Values.Select(v => fraction ? v * 100 : v)],
                    f.Attribution.Origin?.Name,
                    fraction ? "%" : UnitClass(f.Unit),
                    RateName(f.Rate),
                    f.Kind == FigureKind.Unknown ? null : f.Kind.ToString().ToLowerInvariant(),
                    f.Confidence,
                    f.Attribution.Origin is null ? null : f.ToProvenance().Origin.Aliases);
            })
            .ToList();

    private static string? RateName(Period? rate)
        => rate is null ? null
            : rate.Days == 1 ? "day"
            : rate.Weeks == 1 ? "week"
            : rate.Months == 1 ? "month"
            : rate.Years == 1 ? "year"
            : rate.ToString();

    /// <summary>The evaluation's unit class of a unit as written: "km2", "mi2", "%" (also the press's "pct" and "pc"), "km", "mi", "m"; null for a count or an unknown unit.</summary>
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
        if (u is "%" or "pct" or "pc" || u.Contains("cent", StringComparison.Ordinal))
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
