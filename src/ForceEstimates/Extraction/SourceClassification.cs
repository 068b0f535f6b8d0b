using System;
using System.Collections.Generic;

namespace ForceEstimates.Extraction;

/// <summary>
/// Guesses a named source's kind and side from its name and description, for turning an
/// attribution into a <see cref="Provenance"/>. Word lists, first match wins; a guess the analyst
/// can correct, which is why the result is plain <see cref="Source"/> data.
/// </summary>
internal static class SourceClassification
{
    private static readonly string[] NewsAgencies = ["Reuters", "The Associated Press", "Agence France-Presse", "Interfax-Ukraine", "Interfax", "TASS", "RIA Novosti", "Ukrinform", "Yonhap"];

    private static readonly string[] Analysts = ["Institute for the Study of War", "DeepState", "Oryx"];

    private static readonly (string Word, SourceKind Kind)[] KindWords =
    [
        ("intelligence", SourceKind.IntelligenceService), ("spy agency", SourceKind.IntelligenceService), ("HUR", SourceKind.IntelligenceService),
        ("GUR", SourceKind.IntelligenceService), ("NIS", SourceKind.IntelligenceService), ("SBU", SourceKind.IntelligenceService),
        ("General Staff", SourceKind.Military), ("military", SourceKind.Military), ("army", SourceKind.Military), ("defence ministry", SourceKind.Military),
        ("defense ministry", SourceKind.Military), ("Defence Ministry", SourceKind.Military), ("brigade", SourceKind.Military), ("forces", SourceKind.Military),
        ("command", SourceKind.Military), ("air force", SourceKind.Military), ("navy", SourceKind.Military), ("battalion", SourceKind.Military),
        ("soldier", SourceKind.Military), ("officer", SourceKind.Military), ("sergeant", SourceKind.Military), ("Pentagon", SourceKind.Military),
        ("governor", SourceKind.Official), ("lawmaker", SourceKind.Official), ("minister", SourceKind.Official), ("official", SourceKind.Official),
        ("ombudsman", SourceKind.Official), ("mayor", SourceKind.Official), ("spokes", SourceKind.Official), ("administration", SourceKind.Official),
        ("ministry", SourceKind.Official), ("authorities", SourceKind.Official), ("President", SourceKind.Government), ("government", SourceKind.Government),
        ("Kremlin", SourceKind.Government), ("analyst", SourceKind.Analyst), ("institute", SourceKind.Analyst), ("think tank", SourceKind.Analyst),
        ("monitor", SourceKind.Analyst), ("expert", SourceKind.Analyst),
    ];

    private static readonly string[] Governments = ["Kyiv", "Moscow", "Ukraine", "Russia", "Seoul", "Washington", "Pyongyang", "Minsk", "London", "Berlin", "Paris", "Warsaw"];

    private static readonly string[] UkraineWords = ["Ukrain", "Kyiv", "Zelensk", "HUR", "GUR", "SBU", "Syrskyi", "Budanov", "Skibitskyi", "Umerov", "Shmyhal", "Interfax-Ukraine", "Ukrinform", "Ukrainska Pravda", "Suspilne", "DeepState"];

    private static readonly string[] RussiaWords = ["Russia", "Moscow", "Kremlin", "Putin", "TASS", "RIA", "Peskov", "Shoigu", "Belousov", "Wagner", "pro-Kremlin"];

    internal static Source ToSource(AttributedSource link)
    {
        string text = link.Description is null ? link.Name : link.Name + " " + link.Description;
        var kind = KindOf(link, text);
        var side = SideOf(link, text);
        var aliases = new List<string>(2);
        if (!string.Equals(link.AsWritten, link.Name, StringComparison.OrdinalIgnoreCase))
        {
            aliases.Add(link.AsWritten);
        }
        if (!link.IsAnonymous && (KnownBodies.NameOf(link.Name) ?? KnownBodies.NameOf(link.AsWritten)) is { } body)
        {
            aliases.Add(body); // "South Korea's spy agency" and "the NIS" are one origin (Source.Of drops it if it is the name)
        }
        return Source.Of(link.Name, kind, side, aliases, link.IsAnonymous);
    }

    private static SourceKind KindOf(AttributedSource link, string text)
    {
        if (link.IsKnown)
        {
            if (Array.Exists(NewsAgencies, n => n.Equals(link.Name, StringComparison.OrdinalIgnoreCase)))
            {
                return SourceKind.NewsAgency;
            }
            return Array.Exists(Analysts, n => n.Equals(link.Name, StringComparison.OrdinalIgnoreCase)) ? SourceKind.Analyst : SourceKind.Outlet;
        }
        foreach (var (word, kind) in KindWords)
        {
            if (text.Contains(word, char.IsUpper(word[0]) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }
        if (Array.Exists(Governments, g => g.Equals(link.Name, StringComparison.Ordinal)))
        {
            return SourceKind.Government;
        }
        return SourceKind.Unknown;
    }

    private static ConflictSide SideOf(AttributedSource link, string text)
    {
        int ukraine = FirstIndex(text, UkraineWords);
        int russia = FirstIndex(text, RussiaWords);
        if (ukraine >= 0 && (russia < 0 || ukraine < russia))
        {
            return ConflictSide.Ukraine;
        }
        if (russia >= 0)
        {
            return ConflictSide.Russia;
        }
        return link.IsKnown ? ConflictSide.ThirdParty : ConflictSide.Unknown;
    }

    private static int FirstIndex(string text, string[] words)
    {
        int first = -1;
        foreach (string word in words)
        {
            int at = text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }
        return first;
    }
}
