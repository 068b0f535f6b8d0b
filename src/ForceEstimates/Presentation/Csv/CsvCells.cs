using System;
using System.Collections.Generic;
using System.Text;

namespace ForceEstimates.Presentation;

/// <summary>
/// How values are written into cells and read back: the guard against spreadsheet formulas, and the escapes of
/// the cells that hold lists (a chain of sources, report ids).
/// </summary>
internal static class CsvCells
{
    private const char Guard = '\'';
    private const char Escape = '\\';

    /// <summary>Separates the links of a chain and the kinds and sides of its relays.</summary>
    internal const char LinkSeparator = '>';

    /// <summary>Separates report ids in derived_from.</summary>
    internal const char IdSeparator = ';';

    /// <summary>Separates a source's name from the date it said the figure.</summary>
    internal const char DateSeparator = '@';

    /// <summary>
    /// A spreadsheet runs a cell that starts with =, +, - or @ (or a tab or carriage return before one) as a
    /// formula: a quote from an article can carry "=HYPERLINK(…)". Such a cell is written with an apostrophe in
    /// front, as OWASP's "CSV Injection" page recommends, which spreadsheets show as text; so is a cell that
    /// already starts with an apostrophe before one of these or another apostrophe, so that reading removes
    /// exactly one and gives back the value written.
    /// </summary>
    internal static string Protect(string value)
        => value.Length > 0 && (IsFormulaStart(value[0]) || (value[0] == Guard && value.Length > 1 && (IsFormulaStart(value[1]) || value[1] == Guard)))
            ? Guard + value
            : value;

    /// <summary>The value of a cell written by <see cref="Protect"/> (a cell written by hand without the guard reads as it is).</summary>
    internal static string Unprotect(string cell)
        => cell.Length > 1 && cell[0] == Guard && (IsFormulaStart(cell[1]) || cell[1] == Guard) ? cell[1..] : cell;

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>A name or id with a backslash before each separator and backslash, so that lists split where they should.</summary>
    internal static string EscapeItem(string value)
    {
        if (value.AsSpan().IndexOfAny("\\>;@") < 0)
        {
            return value;
        }
        var builder = new StringBuilder(value.Length + 4);
        foreach (char c in value)
        {
            if (IsEscapable(c))
            {
                builder.Append(Escape);
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool IsEscapable(char c) => c is Escape or LinkSeparator or IdSeparator or DateSeparator;

    /// <summary>Removes the escapes of <see cref="EscapeItem"/>; a backslash before any other character is kept as written.</summary>
    internal static string UnescapeItem(string text)
    {
        if (!text.Contains(Escape, StringComparison.Ordinal))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == Escape && i + 1 < text.Length && IsEscapable(text[i + 1]))
            {
                i++;
            }
            builder.Append(text[i]);
        }
        return builder.ToString();
    }

    /// <summary>Splits at each <paramref name="separator"/> not escaped; the pieces keep their escapes.</summary>
    internal static List<string> Split(string text, char separator)
    {
        var pieces = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == Escape && i + 1 < text.Length && IsEscapable(text[i + 1]))
            {
                i++;
            }
            else if (text[i] == separator)
            {
                pieces.Add(text[start..i]);
                start = i + 1;
            }
        }
        pieces.Add(text[start..]);
        return pieces;
    }

    /// <summary>The position of the last <paramref name="separator"/> not escaped, or -1.</summary>
    internal static int LastUnescaped(string text, char separator)
    {
        int last = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == Escape && i + 1 < text.Length && IsEscapable(text[i + 1]))
            {
                i++;
            }
            else if (text[i] == separator)
            {
                last = i;
            }
        }
        return last;
    }

    /// <summary>A cell as RFC 4180 writes it: in double quotes (doubled inside) when it holds a separator, a quote, a line break or white space at an edge.</summary>
    internal static string Quote(string value)
        => value.Length > 0 && (value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
