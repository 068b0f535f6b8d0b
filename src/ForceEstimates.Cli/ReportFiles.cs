using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ForceEstimates.Presentation;

namespace ForceEstimates.Cli;

/// <summary>
/// Reads the report files a command is given (CSV or JSON, told apart by extension, else by the first character),
/// or standard input when none is given or a file is "-". A CSV file whose header is that of the Radford et al. (2023)
/// replication data (samples/data/radford2023) is read as <see cref="Samples.ReadRadford2023"/> reads it. Any problem is an <see cref="InputException"/> naming the
/// file, line and column; all files are read before any is used, so a bad one leaves nothing half-done.
/// </summary>
internal static class ReportFiles
{
    public const string StandardInput = "-";

    /// <summary>How many of a CSV file's problems are listed; the rest are counted.</summary>
    private const int ListedProblems = 10;

    public static ReportCollection Read(IReadOnlyList<string> paths, Terminal terminal)
    {
        var files = paths.Count == 0 ? [StandardInput] : paths;
        var all = new List<Report>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var name = path == StandardInput ? "standard input" : path;
            foreach (var report in ReadOne(path, name, terminal))
            {
                if (seen.TryGetValue(report.Id, out var first))
                {
                    throw new InputException($"{name}: report id \"{report.Id}\" is also in {first}; ids must be unique across the files given.");
                }
                seen.Add(report.Id, name);
                all.Add(report);
            }
        }
        return ReportCollection.Of(all);
    }

    private static ReportCollection ReadOne(string path, string name, Terminal terminal)
    {
        string text;
        try
        {
            text = path == StandardInput ? terminal.Input.ReadToEnd() : File.ReadAllText(terminal.FullPath(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new InputException($"{name}: cannot be read: {e.Message}", e);
        }
        if (text.Length == 0 || text.All(char.IsWhiteSpace))
        {
            throw new InputException($"{name}: is empty; expected reports as CSV (with a header row) or JSON.");
        }
        return IsJson(path, text) ? ReadJson(name, text) : IsRadford2023(text) ? ReadRadford2023(name, text) : ReadCsv(name, text);
    }

    /// <summary>Whether the first line is the header of the Radford et al. (2023) replication data, quoted or not.</summary>
    private static bool IsRadford2023(string text)
    {
        var start = text.AsSpan().TrimStart('\uFEFF');
        var end = start.IndexOfAny('\r', '\n');
        var header = (end < 0 ? start : start[..end]).ToString().Replace("\"", string.Empty, StringComparison.Ordinal);
        return header.StartsWith(Radford2023Header, StringComparison.Ordinal);
    }

    private const string Radford2023Header = "days,loss_count,loss_type,claim_source,time_frame,loss_country";

    private static ReportCollection ReadRadford2023(string name, string text)
    {
        try
        {
            return Samples.ReadRadford2023(new StringReader(text.TrimStart('\uFEFF')));
        }
        catch (FormatException e)
        {
            throw new InputException($"{name}: {e.Message}", e);
        }
    }

    private static bool IsJson(string path, string text)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var first = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return first.StartsWith('{') || first.StartsWith('[');
    }

    private static ReportCollection ReadJson(string name, string text)
    {
        try
        {
            return JsonFormat.ReadReports(text);
        }
        catch (JsonException e)
        {
            // System.Text.Json counts lines and positions from 0; editors count from 1.
            if (e.LineNumber is not long line)
            {
                throw new InputException($"{name}: {e.Message}", e);
            }
            long column = (e.BytePositionInLine ?? 0) + 1;
            // The library's message says the same place in words; said once, in front, is enough.
            var message = e.Message.Replace(string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, position {column}"), string.Empty, StringComparison.Ordinal);
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{name}:{line + 1}:{column}: {message}"), e);
        }
    }

    private static ReportCollection ReadCsv(string name, string text)
    {
        try
        {
            return CsvFormat.ReadReports(text);
        }
        catch (CsvImportException e)
        {
            if (e.Errors.Count == 0)
            {
                throw new InputException($"{name}: {e.Message}", e);
            }
            var lines = e.Errors.Take(ListedProblems)
                .Select(error => string.Create(CultureInfo.InvariantCulture, $"{name}:{error.Line}: column \"{error.Column}\": {error.Message}"))
                .ToList();
            if (e.Errors.Count > ListedProblems)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: and {e.Errors.Count - ListedProblems} more problems"));
            }
            throw new InputException(string.Join(Environment.NewLine, lines), e);
        }
    }
}
