using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// A figure the labelled set expects: text as written, hedge, stated value(s) (empty when not checked),
/// origin ("-" for none; alternatives separated by " ~ "), and, where the label gives them, the unit
/// class ("-" for a count, "km2", "mi2", "%", "km", "mi", "m"), the rate ("-", "day", "week", "month",
/// "year") and the kind ("personnel", "casualties", "territory", "equipment", "events", "other"), and, where the label
/// gives it (an optional eighth column "q:‹id›"), the quantity group: labels of one file with the same id are figures
/// of the same thing measured (whatever the date); a daily count and a cumulative toll, killed and wounded, another
/// place or side are other groups.
/// A repeat is the same figure stated again by the same source: it may be found merged into the earlier one.
/// </summary>
internal sealed record ExpectedFigure(
    string Text,
    HedgeKind Hedge,
    IReadOnlyList<double> Values,
    string Origin,
    string? Unit = null,
    string? Rate = null,
    string? Kind = null,
    bool IsRepeat = false,
    string? Group = null);

/// <summary>A short article of the labelled set and the figures it should yield.</summary>
internal sealed record LabelledBlock(int Line, LocalDate Published, string Text, IReadOnlyList<ExpectedFigure> Expected);

/// <summary>
/// Reads the labelled sets. The format is described at the top of evaluation.txt (four columns) and
/// news-heldout.txt (seven columns and the "=+" marker for a repeat); a seven-column label may add an eighth, the
/// quantity group "q:‹id›" (<see cref="ExpectedFigure.Group"/>).
/// </summary>
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
            else if (line.StartsWith("= ", StringComparison.Ordinal) || line.StartsWith("=+ ", StringComparison.Ordinal))
            {
                bool repeat = line[1] == '+';
                expected.Add(ParseFigure(line[(repeat ? 3 : 2)..], repeat, n + 1));
            }
            else if (line.Trim().Length == 0)
            {
                Flush();
            }
        }
        Flush();
        return blocks;
    }

    private static ExpectedFigure ParseFigure(string label, bool repeat, int lineNumber)
    {
        string[] parts = label.Split('|').Select(p => p.Trim()).ToArray();
        if (parts.Length != 4 && parts.Length != 7 && parts.Length != 8)
        {
            throw new FormatException($"Line {lineNumber}: expected 'text | hedge | values | origin' or 'text | hedge | values | origin | unit | rate | kind [| q:group]'.");
        }
        string? group = null;
        if (parts.Length == 8)
        {
            if (!parts[7].StartsWith("q:", StringComparison.Ordinal) || parts[7].Length == 2 || parts[7].Any(char.IsWhiteSpace))
            {
                throw new FormatException($"Line {lineNumber}: the eighth column must be a quantity group 'q:id' (an id without spaces).");
            }
            group = parts[7][2..];
        }
        var values = parts[2] == "*" ? [] : parts[2].Split(';').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var hedge = Enum.Parse<HedgeKind>(parts[1]);
        if (parts.Length == 4)
        {
            return new ExpectedFigure(parts[0], hedge, values, parts[3], IsRepeat: repeat);
        }
        string[] units = ["-", "km2", "mi2", "%", "km", "mi", "m"];
        string[] rates = ["-", "day", "week", "month", "year"];
        string[] kinds = ["personnel", "casualties", "territory", "equipment", "events", "other"];
        if (!units.Contains(parts[4]) || !rates.Contains(parts[5]) || !kinds.Contains(parts[6]))
        {
            throw new FormatException($"Line {lineNumber}: unit must be one of {string.Join(" ", units)}, rate one of {string.Join(" ", rates)}, kind one of {string.Join(" ", kinds)}.");
        }
        return new ExpectedFigure(parts[0], hedge, values, parts[3], parts[4], parts[5], parts[6], repeat, group);
    }
}
