using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ForceEstimates.Presentation;

/// <summary>
/// Splits CSV text into records by RFC 4180, strictly: a cell is either enclosed in double quotes (which may hold
/// separators, line breaks and doubled quotes) or holds no double quote at all. Whatever else would make a reader
/// guess (a stray quote, text after a closing quote) is a problem of that cell; a quote never closed is an error
/// of the whole file, because everything after it would be read as one cell. Not thread-safe: one per read.
/// </summary>
internal sealed class CsvRecords(string text)
{
    private readonly StringBuilder cell = new();
    private int position;
    private int line = 1;

    /// <summary>The 1-based line the last record read starts on.</summary>
    internal int StartLine { get; private set; }

    /// <summary>Whether the last record read ended with a line break (rather than with the end of the text).</summary>
    internal bool EndedWithLineBreak { get; private set; }

    /// <summary>Whether a quoted cell of the last record ran over a line break: the first place to look when its cells do not line up.</summary>
    internal int? QuoteSpanningLines { get; private set; }

    /// <summary>Reads the next record into <paramref name="cells"/>, its cells' problems into <paramref name="problems"/> (cell index, message).</summary>
    /// <returns>False at the end of the text.</returns>
    /// <exception cref="CsvImportException">A quote is never closed.</exception>
    /// <param name="cells">Receives the cells.</param>
    /// <param name="problems">Receives the cells' problems.</param>
    /// <param name="columns">The names of the columns for errors, or null while the header itself is read.</param>
    internal bool Read(List<string> cells, List<(int Cell, string Message)> problems, IReadOnlyList<string>? columns)
    {
        cells.Clear();
        problems.Clear();
        QuoteSpanningLines = null;
        if (position >= text.Length)
        {
            return false;
        }
        StartLine = line;
        while (true)
        {
            int start = position;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }
            if (start < text.Length && text[start] == '"')
            {
                ReadQuoted(start, cells.Count, problems, columns);
                cells.Add(cell.ToString());
            }
            else
            {
                ReadPlain(cells, problems);
            }
            if (position >= text.Length)
            {
                EndedWithLineBreak = false;
                return true;
            }
            char separator = text[position++];
            if (separator == ',')
            {
                continue;
            }
            if (separator == '\r' && position < text.Length && text[position] == '\n')
            {
                position++;
            }
            line++;
            EndedWithLineBreak = true;
            return true;

        }
    }

    private void ReadPlain(List<string> cells, List<(int Cell, string Message)> problems)
    {
        int begin = position;
        int quote = -1;
        while (position < text.Length && text[position] is not (',' or '\r' or '\n'))
        {
            if (text[position] == '"' && quote < 0)
            {
                quote = position - begin;
            }
            position++;
        }
        if (quote >= 0)
        {
            problems.Add((cells.Count, string.Create(CultureInfo.InvariantCulture,
                $"A double quote at character {quote + 1} of a cell not enclosed in quotes: enclose the whole cell in double quotes and double each quote inside (\"He said \"\"about 11,000\"\"\").")));
        }
        cells.Add(text[begin..position]);
    }

    private void ReadQuoted(int start, int index, List<(int Cell, string Message)> problems, IReadOnlyList<string>? columns)
    {
        int openLine = line;
        cell.Clear();
        position = start + 1;
        while (true)
        {
            if (position >= text.Length)
            {
                string column = columns is not null && index < columns.Count ? columns[index] : string.Create(CultureInfo.InvariantCulture, $"cell {index + 1}");
                throw new CsvImportException([new CsvRowError(openLine, column, null, string.Create(CultureInfo.InvariantCulture,
                    $"The double quote that opens this cell is never closed, so the rest of the file ({line - openLine + 1} line{(line == openLine ? "" : "s")}) would be read as one cell; nothing was imported. Close the quote, or double it if it is part of the text."))]);
            }
            char c = text[position];
            if (c == '"')
            {
                if (position + 1 < text.Length && text[position + 1] == '"')
                {
                    cell.Append('"');
                    position += 2;
                    continue;
                }
                position++;
                break;
            }
            if (c == '\n' || (c == '\r' && (position + 1 >= text.Length || text[position + 1] != '\n')))
            {
                line++;
            }
            cell.Append(c);
            position++;
        }
        if (line != openLine)
        {
            QuoteSpanningLines ??= openLine;
        }
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }
        if (position < text.Length && text[position] is not (',' or '\r' or '\n'))
        {
            int after = position;
            while (position < text.Length && text[position] is not (',' or '\r' or '\n'))
            {
                position++;
            }
            problems.Add((index, "Text after the closing double quote of the cell (" + Excerpt.Quote(text[after..position])
                + "): a quote inside a quoted cell must be doubled (\"\")."));
            cell.Append(text, after, position - after);
        }
    }
}
