using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ForceEstimates.Presentation;

/// <summary>The result of <see cref="CsvFormat.ReadReportsSkippingBadRows(System.IO.TextReader)"/>: the reports read, and the rows skipped as bad. Immutable.</summary>
public sealed class CsvImport
{
    internal CsvImport(ReportCollection reports, IReadOnlyList<CsvRowError> badRows)
    {
        Reports = reports;
        BadRows = badRows;
    }

    /// <summary>The reports read, in file order.</summary>
    public ReportCollection Reports { get; }

    /// <summary>The problems of the rows that were skipped (empty when all rows were good), in file order; a row may have several.</summary>
    public IReadOnlyList<CsvRowError> BadRows { get; }

    /// <summary>
    /// What was read and what was skipped, e.g. <c>5 reports read; 2 bad rows skipped (lines 3, 5)</c> (the first ten
    /// lines are listed) or <c>7 reports read; no bad rows</c>.
    /// </summary>
    public override string ToString()
    {
        var lines = BadRows.Select(row => row.Line).Distinct().ToList();
        var read = NumberText.Count(Reports.Count, "report") + " read; ";
        if (lines.Count == 0)
        {
            return read + "no bad rows";
        }
        var listed = string.Join(", ", lines.Take(10).Select(line => line.ToString(CultureInfo.InvariantCulture)));
        return read + string.Create(CultureInfo.InvariantCulture,
            $"{NumberText.Count(lines.Count, "bad row")} skipped (line{(lines.Count == 1 ? "" : "s")} {listed}{(lines.Count > 10 ? ", ..." : "")})");
    }
}

/// <summary>
/// One problem in a CSV file: the line, the column, and what was wrong. The message quotes at most 80 characters
/// of a cell, with control and bidirectional characters escaped. Immutable.
/// </summary>
public sealed class CsvRowError
{
    internal CsvRowError(int line, string column, string? reportId, string message)
    {
        Line = line;
        Column = column;
        ReportId = reportId;
        Message = message;
    }

    /// <summary>The 1-based line where the row starts (the header is line 1).</summary>
    public int Line { get; }

    /// <summary>The column (header name) of the bad field; "cell N" for a cell beyond the header's columns.</summary>
    public string Column { get; }

    /// <summary>The row's report id when it could be read, else null.</summary>
    public string? ReportId { get; }

    /// <summary>What was wrong.</summary>
    public string Message { get; }

    /// <summary>"line 3, column "figure": ...".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}, column \"{Column}\": {Message}");
}

/// <summary>
/// A CSV import that failed: every problem is in <see cref="Errors"/>, and nothing was imported. The message
/// gives the count and the first ten problems.
/// </summary>
public sealed class CsvImportException : FormatException
{
    /// <summary>Makes the exception with a message and no row errors.</summary>
    public CsvImportException()
        : this([])
    {
    }

    /// <summary>Makes the exception with a message and no row errors.</summary>
    /// <param name="message">The message.</param>
    public CsvImportException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Makes the exception with a message, an inner exception and no row errors.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CsvImportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    internal CsvImportException(IReadOnlyList<CsvRowError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<CsvRowError> Errors { get; }

    /// <summary>The most errors the message lists; <see cref="Errors"/> has them all.</summary>
    internal const int ErrorsInMessage = 10;

    // The message stays short however many rows are bad (200,000 bad rows once made a 42 MB message): a count,
    // the first few errors (each already bounded), and a pointer to the list.
    private static string Describe(IReadOnlyList<CsvRowError> errors)
    {
        if (errors.Count == 0)
        {
            return "The CSV import failed.";
        }
        var shown = errors.Take(ErrorsInMessage).Select(e => e.ToString());
        var more = errors.Count > ErrorsInMessage
            ? string.Create(CultureInfo.InvariantCulture, $"{Environment.NewLine}… and {errors.Count - ErrorsInMessage:N0} more; Errors lists every one.")
            : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"Nothing was imported: {NumberText.Count(errors.Count, "problem")} in the CSV file:{Environment.NewLine}{string.Join(Environment.NewLine, shown)}{more}");
    }
}
