using System;
using System.Globalization;
using System.Text;

namespace ForceEstimates;

/// <summary>
/// Quotes caller-supplied text in exception messages: a bounded excerpt (a 1 MB figure must not
/// make a 1 MB message) with control and bidirectional-formatting characters escaped, so that a
/// U+202E in the input cannot reorder the message it appears in.
/// </summary>
internal static class Excerpt
{
    /// <summary>The longest text quoted whole; longer text is cut, with its length said.</summary>
    internal const int MaxQuoted = 80;

    /// <summary>The text in double quotes, escaped, cut after <see cref="MaxQuoted"/> characters ("…" and the length follow).</summary>
    internal static string Quote(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxQuoted) + 32);
        builder.Append('"');
        AppendEscaped(builder, text.AsSpan(0, CutAt(text, MaxQuoted)));
        builder.Append('"');
        if (text.Length > MaxQuoted)
        {
            builder.Append(CultureInfo.InvariantCulture, $"… ({text.Length:N0} characters)");
        }
        return builder.ToString();
    }

    /// <summary>Up to <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>, escaped, with "…" when cut.</summary>
    internal static string From(string text, int start, int length)
    {
        var builder = new StringBuilder(length + 8);
        int end = start + CutAt(text.AsSpan(start), length);
        AppendEscaped(builder, text.AsSpan(start, end - start));
        if (end < text.Length)
        {
            builder.Append('…');
        }
        return builder.ToString();
    }

    /// <summary>One character in single quotes, escaped as <see cref="Quote"/> escapes it ('x', '\u202E').</summary>
    internal static string Character(char c)
    {
        var builder = new StringBuilder(8);
        builder.Append('\'');
        AppendEscaped(builder, [c]);
        builder.Append('\'');
        return builder.ToString();
    }

    // The cut never splits a surrogate pair.
    private static int CutAt(ReadOnlySpan<char> text, int max)
    {
        if (text.Length <= max)
        {
            return text.Length;
        }
        return char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
    }

    private static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || IsBidiControl(c))
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
    }

    /// <summary>The characters that change the direction text is shown in: marks, embeddings, overrides and isolates.</summary>
    private static bool IsBidiControl(char c)
        => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
