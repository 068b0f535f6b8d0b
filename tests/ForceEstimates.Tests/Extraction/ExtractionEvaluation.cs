using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ForceEstimates.Tests.Extraction;

/// <summary>A figure as the extractor read it, reduced to what the evaluation compares.</summary>
internal sealed record FoundFigure(string Text, IReadOnlyList<(int Start, int Length)> Mentions, HedgeKind Hedge, IReadOnlyList<double> Values, string? Origin);

/// <summary>
/// Scores an extractor on a labelled set. A found figure matches an expected one when one of its
/// mentions overlaps the expected text's position (the n-th occurrence for the n-th expected figure
/// with that text). Precision: matched found / all found; recall: matched expected / all expected;
/// hedge, value and origin accuracy over the matched pairs (values only where the label gives them).
/// Origins compare after lower-casing, straightening apostrophes and dropping a leading article or
/// possessive pronoun; one containing the other counts ("source in X" and "a source in X").
/// </summary>
internal sealed class ExtractionEvaluation
{
    private readonly StringBuilder log = new();

    internal int Expected { get; private set; }

    internal int Found { get; private set; }

    internal int Matched { get; private set; }

    internal int HedgeRight { get; private set; }

    internal int ValuesChecked { get; private set; }

    internal int ValuesRight { get; private set; }

    internal int OriginRight { get; private set; }

    internal int ExactSpans { get; private set; }

    internal int Sentences { get; private set; }

    internal double Precision => Found == 0 ? 1 : (double)Matched / Found;

    internal double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

    internal double HedgeAccuracy => Matched == 0 ? 0 : (double)HedgeRight / Matched;

    internal double ValueAccuracy => ValuesChecked == 0 ? 0 : (double)ValuesRight / ValuesChecked;

    internal double OriginAccuracy => Matched == 0 ? 0 : (double)OriginRight / Matched;

    internal string Log => log.ToString();

    internal static ExtractionEvaluation Run(IEnumerable<LabelledBlock> blocks, Func<LabelledBlock, IReadOnlyList<FoundFigure>> extract)
    {
        var evaluation = new ExtractionEvaluation();
        foreach (var block in blocks)
        {
            evaluation.Score(block, extract(block));
        }
        return evaluation;
    }

    internal string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"sentences {Sentences}, expected {Expected}, found {Found}, matched {Matched}: precision {Precision:F3}, recall {Recall:F3}, "
        + $"hedge {HedgeAccuracy:F3}, value {ValueAccuracy:F3} ({ValuesChecked} checked), origin {OriginAccuracy:F3}, exact spans {ExactSpans}/{Matched}");

    private void Score(LabelledBlock block, IReadOnlyList<FoundFigure> found)
    {
        Sentences += CountSentences(block.Text);
        Expected += block.Expected.Count;
        Found += found.Count;
        var used = new bool[found.Count];
        var nextSearch = new Dictionary<string, int>(StringComparer.Ordinal);
        log.Append(CultureInfo.InvariantCulture, $"line {block.Line}: {block.Text}\n");
        foreach (var expected in block.Expected)
        {
            int from = nextSearch.GetValueOrDefault(expected.Text);
            int start = block.Text.IndexOf(expected.Text, from, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new InvalidOperationException($"Labelled figure '{expected.Text}' is not in the block at line {block.Line}.");
            }
            nextSearch[expected.Text] = start + 1;
            int end = start + expected.Text.Length;
            int match = -1;
            for (int k = 0; k < found.Count && match < 0; k++)
            {
                if (!used[k] && found[k].Mentions.Any(m => m.Start < end && start < m.Start + m.Length))
                {
                    match = k;
                }
            }
            if (match < 0)
            {
                log.Append(CultureInfo.InvariantCulture, $"  MISSED   {expected.Text} | {expected.Hedge} | {expected.Origin}\n");
                continue;
            }
            used[match] = true;
            var f = found[match];
            Matched++;
            bool hedge = f.Hedge == expected.Hedge;
            bool checkValues = expected.Values.Count > 0;
            bool values = checkValues && f.Values.Count == expected.Values.Count && f.Values.Zip(expected.Values).All(p => Math.Abs(p.First - p.Second) <= 1e-9 * Math.Max(1, Math.Abs(p.Second)));
            bool origin = OriginMatches(expected.Origin, f.Origin);
            bool exact = f.Text == expected.Text;
            HedgeRight += hedge ? 1 : 0;
            ValuesChecked += checkValues ? 1 : 0;
            ValuesRight += values ? 1 : 0;
            OriginRight += origin ? 1 : 0;
            ExactSpans += exact ? 1 : 0;
            string marks = (hedge ? "" : " HEDGE") + (checkValues && !values ? " VALUE" : "") + (origin ? "" : " ORIGIN") + (exact ? "" : " SPAN");
            log.Append(CultureInfo.InvariantCulture,
                $"  {(marks.Length == 0 ? "ok      " : "WRONG   ")} {f.Text} | {f.Hedge} | {string.Join(";", f.Values.Select(v => v.ToString(CultureInfo.InvariantCulture)))} | {f.Origin ?? "-"}{(marks.Length == 0 ? "" : "   expected " + expected.Text + " | " + expected.Hedge + " | " + string.Join(";", expected.Values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + " | " + expected.Origin + " :" + marks)}\n");
        }
        for (int k = 0; k < found.Count; k++)
        {
            if (!used[k])
            {
                log.Append(CultureInfo.InvariantCulture, $"  SPURIOUS {found[k].Text} | {found[k].Hedge} | {found[k].Origin ?? "-"}\n");
            }
        }
    }

    internal static bool OriginMatches(string expected, string? actual)
    {
        if (expected == "-")
        {
            return actual is null;
        }
        if (actual is null)
        {
            return false;
        }
        string e = Normalise(expected), a = Normalise(actual);
        return e.Length > 0 && a.Length > 0 && (e.Contains(a, StringComparison.Ordinal) || a.Contains(e, StringComparison.Ordinal));
    }

    private static string Normalise(string name)
    {
        string n = name.Trim().ToLowerInvariant().Replace('\u2019', '\'');
        foreach (string article in new[] { "a ", "an ", "the ", "its ", "his ", "her ", "their " })
        {
            if (n.StartsWith(article, StringComparison.Ordinal))
            {
                n = n[article.Length..];
            }
        }
        return n;
    }

    private static int CountSentences(string text)
    {
        int count = 0;
        foreach (string line in text.Split('\n'))
        {
            int inLine = 0;
            for (int i = 0; i < line.Length; i++)
            {
                if (line[i] is '.' or '!' or '?' && (i + 1 == line.Length || line[i + 1] == ' ' || line[i + 1] == '"') && (i + 2 >= line.Length || line[i + 1] == '"' || char.IsUpper(line[i + 2]) || line[i + 2] == '"'))
                {
                    inLine++;
                }
            }
            count += Math.Max(1, inLine);
        }
        return count;
    }
}
