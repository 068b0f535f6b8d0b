using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace ForceEstimates.Tests.Extraction;

/// <summary>A figure the labelled set expects: text as written, hedge, stated value(s) (empty when not checked), origin ("-" for none).</summary>
internal sealed record ExpectedFigure(string Text, HedgeKind Hedge, IReadOnlyList<double> Values, string Origin);

/// <summary>A short article of the labelled set and the figures it should yield.</summary>
internal sealed record LabelledBlock(int Line, LocalDate Published, string Text, IReadOnlyList<ExpectedFigure> Expected);

/// <summary>Reads the labelled sets (evaluation.txt, dev.txt); the format is described at the top of evaluation.txt.</summary>
internal static class LabelledSet
{
    internal static IReadOnlyList<LabelledBlock> Parse(string content)
    {
        var blocks = new List<LabelledBlock>();
        var published = new LocalDate(2024, 11, 23);
        var lines = new List<string>();
        var expected = new List<ExpectedFigure>();
        int blockLine = 0;
        string[] all = content.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        void Flush()
        {
            if (lines.Count > 0)
            {
                blocks.Add(new LabelledBlock(blockLine, published, string.Join("\n", lines), [.. expected]));
            }
            lines.Clear();
            expected.Clear();
        }
        for (int n = 0; n < all.Length; n++)
        {
            string line = all[n];
            if (line.StartsWith('#'))
            {
                continue;
            }
            if (line.StartsWith("@ ", StringComparison.Ordinal))
            {
                Flush();
                published = LocalDatePattern.Iso.Parse(line[2..].Trim()).Value;
            }
            else if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                if (lines.Count == 0)
                {
                    blockLine = n + 1;
                }
                lines.Add(line[2..]);
            }
            else if (line.StartsWith("= ", StringComparison.Ordinal))
            {
                string[] parts = line[2..].Split('|').Select(p => p.Trim()).ToArray();
                if (parts.Length != 4)
                {
                    throw new FormatException($"Line {n + 1}: expected 'text | hedge | values | origin'.");
                }
                var values = parts[2] == "*" ? [] : parts[2].Split(';').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
                expected.Add(new ExpectedFigure(parts[0], Enum.Parse<HedgeKind>(parts[1]), values, parts[3]));
            }
            else if (line.Trim().Length == 0)
            {
                Flush();
            }
        }
        Flush();
        return blocks;
    }
}
