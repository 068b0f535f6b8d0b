using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace ForceEstimates.Presentation;

/// <summary>
/// Reports in and out of CSV files (RFC 4180: comma-separated, a header row, fields with commas,
/// quotes or line breaks in double quotes), one report per row, with the columns of
/// <see cref="Columns"/>. Thread-safe.
/// </summary>
/// <remarks>
/// <para>The columns, by header name (case-insensitive, in any order; unknown columns are ignored;
/// empty cells of optional columns mean "not given"):</para>
/// <list type="table">
/// <item><term>id</term><description>Required. The report's id, unique in the file.</description></item>
/// <item><term>metric, subject, place, unit, statistic</term><description>The quantity: metric (e.g. "personnel"), subject (required), place (optional), unit ("persons", "km²", "sq mi", "%", or a counted thing such as "tanks"), statistic (Level, Peak, Cumulative or Change; Level when empty).</description></item>
/// <item><term>figure</term><description>Required. The figure as written, read by <see cref="Estimate.Parse(string, HedgeModel)"/> ("about 11,000") under the hedge model given to the reader (<see cref="HedgeModel.Default"/> unless one is given).</description></item>
/// <item><term>origin, origin_kind, origin_side, origin_anonymous</term><description>Who first stated it: a name with an optional date ("Reuters@2024-11-23"), its <see cref="SourceKind"/>, its <see cref="ConflictSide"/>, and true/false (false when empty).</description></item>
/// <item><term>origin_aliases</term><description>Optional. Other names of the origin (<see cref="Source.Aliases"/>), separated by ";": "NIS;National Intelligence Service (South Korea)". Reports whose origins share a name or an alias count as one voice in an aggregate.</description></item>
/// <item><term>chain</term><description>Optional. Who relayed it, origin excluded, separated by " > ", each a name with an optional date: "Reuters@2024-11-23 > Kyiv Independent@2024-11-23".</description></item>
/// <item><term>chain_kinds, chain_sides</term><description>Optional. The <see cref="SourceKind"/> and <see cref="ConflictSide"/> of each relay, separated by " > " as the chain is ("NewsAgency > Outlet"); an empty item or cell means Unknown.</description></item>
/// <item><term>published</term><description>Required. The publication date, yyyy-MM-dd.</description></item>
/// <item><term>refers_to_start, refers_to_end</term><description>The period the figure describes; each defaults to the other, both to the publication date.</description></item>
/// <item><term>rating</term><description>Optional. The Admiralty rating, e.g. "B2"; F6 (unrated) when empty.</description></item>
/// <item><term>verification</term><description>Optional. A <see cref="VerificationStatus"/>; Unverified when empty.</description></item>
/// <item><term>derived_from</term><description>Optional. Ids of the reports the figure was computed from, separated by ";".</description></item>
/// <item><term>formula</term><description>Optional. How it was computed from them (<see cref="Provenance.Formula"/>), e.g. "1 - [area-now] / [area-peak]"; its inputs are added to derived_from.</description></item>
/// <item><term>url</term><description>Optional. The URL of the last link of the chain (the outlet): absolute, http or https.</description></item>
/// <item><term>quote</term><description>Optional. The quoted text, kept as written.</description></item>
/// </list>
/// <para><b>Names with separators.</b> In origin, origin_aliases, chain and derived_from a backslash escapes the next
/// character when it is one of <c>\ > ; @</c>: a source named "News@2024-01-01" is written
/// <c>News\@2024-01-01</c>, an id "a;b" <c>a\;b</c>. A backslash before any other character is kept.
/// An unescaped "@" separates a date only when a date yyyy-MM-dd follows it.</para>
/// <para><b>Formulas.</b> A spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage return as a
/// formula; <see cref="Write(IEnumerable{Report}, TextWriter)"/> writes such a cell with an apostrophe in front
/// (as OWASP recommends against CSV injection), and the readers remove it, so a quote "=HYPERLINK(…)" comes back
/// as written. (A cell that starts with an apostrophe before one of these characters, or before another
/// apostrophe, is read without its first apostrophe.)</para>
/// <para><b>What a round trip keeps.</b> Writing then reading gives equal reports, with the origin's and
/// relays' kinds and sides and the origin's aliases, except: relays' aliases, relays' anonymity and URLs other than the outlet's are not in
/// the file (equality of sources does not compare them); and an estimate is kept as its text, read again under
/// the reader's hedge model, so an estimate read by another model, or given as a distribution ("between a and b"
/// of its 90% interval), does not come back equal. JSON (<see cref="JsonFormat"/>) keeps all of it.</para>
/// <para><b>Reading is all or nothing</b>: <see cref="ReadReports(TextReader)"/> reports every problem (its line,
/// column and what was wrong) and imports nothing, unless the caller asks for the good rows with
/// <see cref="ReadReportsSkippingBadRows(TextReader)"/>. A row with fewer cells than the header (a cut-short
/// file), more cells than the header, a double quote in a cell not enclosed in quotes, or a cell with a byte order
/// mark is a bad row; a quote never closed, a header row the file ends in, or a header separated by ";" or tabs
/// fails the whole file in either case.</para>
/// </remarks>
public static class CsvFormat
{
    /// <summary>The column headers, in the order <see cref="Write(IEnumerable{Report}, TextWriter)"/> writes them.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "metric", "subject", "place", "unit", "statistic", "figure", "origin", "origin_kind", "origin_side", "origin_anonymous",
        "origin_aliases", "chain", "chain_kinds", "chain_sides", "published", "refers_to_start", "refers_to_end", "rating", "verification", "derived_from", "formula",
        "url", "quote",
    ];

    private static readonly string[] Required = ["id", "metric", "subject", "unit", "figure", "origin", "published"];

    /// <summary>Reads reports, all or nothing, their figures read under <see cref="HedgeModel.Default"/>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The reports, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="CsvImportException">A required column is missing, or one or more rows are bad; <see cref="CsvImportException.Errors"/> lists every problem.</exception>
    public static ReportCollection ReadReports(TextReader reader) => ReadReports(reader, HedgeModel.Default);

    /// <summary>Reads reports, all or nothing, their figures read under <paramref name="model"/>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="model">The hedge model that turns each figure as written into a distribution.</param>
    /// <returns>The reports, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="CsvImportException">A required column is missing, or one or more rows are bad; <see cref="CsvImportException.Errors"/> lists every problem.</exception>
    /// <exception cref="InvalidOperationException">A subclass of <see cref="HedgeModel"/> returned null or a distribution with NaN or disordered quantiles.</exception>
    public static ReportCollection ReadReports(TextReader reader, HedgeModel model)
    {
        Preconditions.CheckNotNull(reader);
        return ReadAllOrNothing(reader.ReadToEnd(), model);
    }

    /// <summary>Reads reports from CSV text, all or nothing, their figures read under <see cref="HedgeModel.Default"/>.</summary>
    /// <param name="csv">The CSV text itself (not a file name).</param>
    /// <returns>The reports, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="CsvImportException">A required column is missing, or one or more rows are bad; <see cref="CsvImportException.Errors"/> lists every problem.</exception>
    public static ReportCollection ReadReports(string csv) => ReadReports(csv, HedgeModel.Default);

    /// <summary>Reads reports from CSV text, all or nothing, their figures read under <paramref name="model"/>.</summary>
    /// <param name="csv">The CSV text itself (not a file name).</param>
    /// <param name="model">The hedge model that turns each figure as written into a distribution.</param>
    /// <returns>The reports, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="CsvImportException">A required column is missing, or one or more rows are bad; <see cref="CsvImportException.Errors"/> lists every problem.</exception>
    /// <exception cref="InvalidOperationException">A subclass of <see cref="HedgeModel"/> returned null or a distribution with NaN or disordered quantiles.</exception>
    public static ReportCollection ReadReports(string csv, HedgeModel model) => ReadAllOrNothing(Preconditions.CheckNotNull(csv), model);

    /// <summary>Reads reports from a UTF-8 stream (a byte order mark is allowed), all or nothing, their figures read under <see cref="HedgeModel.Default"/>. The stream is left open.</summary>
    /// <param name="stream">The CSV bytes.</param>
    /// <returns>The reports, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="CsvImportException">A required column is missing, or one or more rows are bad; <see cref="CsvImportException.Errors"/> lists every problem.</exception>
    public static ReportCollection ReadReports(Stream stream) => ReadReports(stream, HedgeModel.Default);

    /// <summary>Reads reports from a UTF-8 stream (a byte order mark is allowed), all or nothing, their figures read under <paramref name="model"/>. The stream is left open.</summary>
    /// <param name="stream">The CSV bytes.</param>
    /// <param name="model">The hedge model that turns each figure as written into a distribution.</param>
    /// <returns>The reports, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="CsvImportException">A required column is missing, or one or more rows are bad; <see cref="CsvImportException.Errors"/> lists every problem.</exception>
    /// <exception cref="InvalidOperationException">A subclass of <see cref="HedgeModel"/> returned null or a distribution with NaN or disordered quantiles.</exception>
    public static ReportCollection ReadReports(Stream stream, HedgeModel model) => ReadAllOrNothing(TextOf(stream), model);

    /// <summary>Reads the good rows of a file and lists the bad ones, figures read under <see cref="HedgeModel.Default"/>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The reports of the good rows, and the problems of the others.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="CsvImportException">The file cannot be read row by row: a required column is missing, the header row is cut short or separated by ";" or tabs, or a quote is never closed.</exception>
    public static CsvImport ReadReportsSkippingBadRows(TextReader reader) => ReadReportsSkippingBadRows(reader, HedgeModel.Default);

    /// <summary>Reads the good rows of a file and lists the bad ones, figures read under <paramref name="model"/>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="model">The hedge model that turns each figure as written into a distribution.</param>
    /// <returns>The reports of the good rows, and the problems of the others.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="CsvImportException">The file cannot be read row by row: a required column is missing, the header row is cut short or separated by ";" or tabs, or a quote is never closed.</exception>
    /// <exception cref="InvalidOperationException">A subclass of <see cref="HedgeModel"/> returned null or a distribution with NaN or disordered quantiles.</exception>
    public static CsvImport ReadReportsSkippingBadRows(TextReader reader, HedgeModel model)
    {
        Preconditions.CheckNotNull(reader);
        return Read(reader.ReadToEnd(), model);
    }

    /// <summary>Reads the good rows of CSV text and lists the bad ones, figures read under <see cref="HedgeModel.Default"/>.</summary>
    /// <param name="csv">The CSV text itself (not a file name).</param>
    /// <returns>The reports of the good rows, and the problems of the others.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="CsvImportException">The file cannot be read row by row: a required column is missing, the header row is cut short or separated by ";" or tabs, or a quote is never closed.</exception>
    public static CsvImport ReadReportsSkippingBadRows(string csv) => ReadReportsSkippingBadRows(csv, HedgeModel.Default);

    /// <summary>Reads the good rows of CSV text and lists the bad ones, figures read under <paramref name="model"/>.</summary>
    /// <param name="csv">The CSV text itself (not a file name).</param>
    /// <param name="model">The hedge model that turns each figure as written into a distribution.</param>
    /// <returns>The reports of the good rows, and the problems of the others.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="CsvImportException">The file cannot be read row by row: a required column is missing, the header row is cut short or separated by ";" or tabs, or a quote is never closed.</exception>
    /// <exception cref="InvalidOperationException">A subclass of <see cref="HedgeModel"/> returned null or a distribution with NaN or disordered quantiles.</exception>
    public static CsvImport ReadReportsSkippingBadRows(string csv, HedgeModel model) => Read(Preconditions.CheckNotNull(csv), model);

    /// <summary>Reads the good rows from a UTF-8 stream and lists the bad ones, figures read under <see cref="HedgeModel.Default"/>. The stream is left open.</summary>
    /// <param name="stream">The CSV bytes.</param>
    /// <returns>The reports of the good rows, and the problems of the others.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="CsvImportException">The file cannot be read row by row: a required column is missing, the header row is cut short or separated by ";" or tabs, or a quote is never closed.</exception>
    public static CsvImport ReadReportsSkippingBadRows(Stream stream) => ReadReportsSkippingBadRows(stream, HedgeModel.Default);

    /// <summary>Reads the good rows from a UTF-8 stream and lists the bad ones, figures read under <paramref name="model"/>. The stream is left open.</summary>
    /// <param name="stream">The CSV bytes.</param>
    /// <param name="model">The hedge model that turns each figure as written into a distribution.</param>
    /// <returns>The reports of the good rows, and the problems of the others.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="CsvImportException">The file cannot be read row by row: a required column is missing, the header row is cut short or separated by ";" or tabs, or a quote is never closed.</exception>
    /// <exception cref="InvalidOperationException">A subclass of <see cref="HedgeModel"/> returned null or a distribution with NaN or disordered quantiles.</exception>
    public static CsvImport ReadReportsSkippingBadRows(Stream stream, HedgeModel model) => Read(TextOf(stream), model);

    /// <summary>Writes reports as CSV with a header row of <see cref="Columns"/>, lines ending in "\n".</summary>
    /// <param name="reports">The reports.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/>, one of them, or <paramref name="writer"/> is null; nothing is written then.</exception>
    public static void Write(IEnumerable<Report> reports, TextWriter writer)
    {
        var all = Checked(reports);
        Preconditions.CheckNotNull(writer);
        WriteRows(all, writer);
    }

    /// <summary>Writes reports as CSV text with a header row of <see cref="Columns"/>.</summary>
    /// <param name="reports">The reports.</param>
    /// <returns>The CSV text, lines ending in "\n".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is null.</exception>
    public static string Write(IEnumerable<Report> reports)
    {
        var all = Checked(reports);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteRows(all, writer);
        return writer.ToString();
    }

    /// <summary>Writes reports as CSV in UTF-8 (without a byte order mark) with a header row of <see cref="Columns"/>. The stream is left open.</summary>
    /// <param name="reports">The reports.</param>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/>, one of them, or <paramref name="stream"/> is null; nothing is written then.</exception>
    public static void Write(IEnumerable<Report> reports, Stream stream)
    {
        var all = Checked(reports);
        Preconditions.CheckNotNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 4096, leaveOpen: true);
        WriteRows(all, writer);
    }

    private static Report[] Checked(IEnumerable<Report> reports)
    {
        var all = Preconditions.CheckNotNull(reports).ToArray();
        for (int i = 0; i < all.Length; i++)
        {
            if (all[i] is null)
            {
                throw new ArgumentNullException(nameof(reports), string.Create(CultureInfo.InvariantCulture, $"Expected no null report, but report {i} is null."));
            }
        }
        return all;
    }

    private static void WriteRows(Report[] reports, TextWriter writer)
    {
        writer.Write(string.Join(",", Columns));
        writer.Write('\n');
        var fields = new string[Columns.Count];
        foreach (var report in reports)
        {
            var p = report.Provenance;
            var q = report.Quantity;
            var relays = p.Chain.Skip(1).ToArray();
            int i = 0;
            fields[i++] = report.Id;
            fields[i++] = q.Metric.Name;
            fields[i++] = q.Subject;
            fields[i++] = q.Place ?? "";
            fields[i++] = q.Unit.Symbol;
            fields[i++] = q.Statistic.ToString();
            fields[i++] = report.Estimate.ToString();
            fields[i++] = Link(p.Chain[0]);
            fields[i++] = p.Origin.Kind.ToString();
            fields[i++] = p.Origin.Side.ToString();
            fields[i++] = p.Origin.IsAnonymous ? "true" : "false";
            fields[i++] = string.Join(";", p.Origin.Aliases.Select(CsvCells.EscapeItem));
            fields[i++] = string.Join(" > ", relays.Select(Link));
            fields[i++] = string.Join(" > ", relays.Select(c => c.Source.Kind.ToString()));
            fields[i++] = string.Join(" > ", relays.Select(c => c.Source.Side.ToString()));
            fields[i++] = Date(report.Published);
            fields[i++] = Date(report.RefersTo.Start);
            fields[i++] = Date(report.RefersTo.End);
            fields[i++] = p.Rating.ToString();
            fields[i++] = p.Verification.ToString();
            fields[i++] = string.Join(";", p.DerivedFrom.Select(CsvCells.EscapeItem));
            fields[i++] = p.Formula?.Text ?? "";
            fields[i++] = p.Chain[^1].Url?.OriginalString ?? "";
            fields[i++] = report.Quote ?? "";
            for (int f = 0; f < fields.Length; f++)
            {
                if (f > 0)
                {
                    writer.Write(',');
                }
                writer.Write(CsvCells.Quote(CsvCells.Protect(fields[f])));
            }
            writer.Write('\n');
        }
        writer.Flush();
    }

    private static string Link(Citation citation)
    {
        var name = CsvCells.EscapeItem(citation.Source.Name);
        return citation.Date is { } date ? name + "@" + Date(date) : name;
    }

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string TextOf(Stream stream)
    {
        Preconditions.CheckNotNull(stream);
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
        return reader.ReadToEnd();
    }

    private static ReportCollection ReadAllOrNothing(string text, HedgeModel model)
    {
        var import = Read(text, model);
        return import.BadRows.Count > 0 ? throw new CsvImportException(import.BadRows) : import.Reports;
    }

    private static CsvImport Read(string text, HedgeModel model)
    {
        Preconditions.CheckNotNull(model);
        // A byte order mark at the very start belongs to the encoding, not to the first column's name.
        var records = new CsvRecords(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text);
        var cells = new List<string>();
        var problems = new List<(int Cell, string Message)>();
        var header = ReadHeader(records, cells, problems);
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Count; i++)
        {
            columns.TryAdd(header[i], i);
        }

        // The names errors give the columns: the header's own text only when it is short and plain.
        var names = Enumerable.Range(0, header.Count).Select(i => Name(header, i)).ToList();
        var errors = new List<CsvRowError>();
        var reports = new List<Report>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        while (records.Read(cells, problems, names))
        {
            if (problems.Count == 0 && cells.TrueForAll(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            var row = new CsvRow(cells, columns, records.StartLine);
            var report = CheckShape(row, header, cells, problems, records) ? row.ToReport(model) : null;
            if (report is not null)
            {
                if (ids.TryGetValue(report.Id, out int firstLine))
                {
                    row.Fail("id", string.Create(CultureInfo.InvariantCulture, $"The id {Excerpt.Quote(report.Id)} was already used on line {firstLine}."));
                }
                else
                {
                    ids.Add(report.Id, records.StartLine);
                    reports.Add(report);
                }
            }
            errors.AddRange(row.Problems);
        }
        return new CsvImport(ReportCollection.Of(reports), errors.AsReadOnly());
    }

    // The header's names, trimmed; a header that cannot be trusted fails the whole file.
    private static List<string> ReadHeader(CsvRecords records, List<string> cells, List<(int Cell, string Message)> problems)
    {
        if (!records.Read(cells, problems, null) || cells.TrueForAll(string.IsNullOrWhiteSpace))
        {
            throw Failed(1, "id", "Expected a header row naming the columns, but the file is empty.");
        }
        var header = cells.Select(c => c.Trim()).ToList();
        if (problems.Count > 0)
        {
            throw Failed(1, Name(header, problems[0].Cell), problems[0].Message);
        }
        if (!records.EndedWithLineBreak)
        {
            throw Failed(1, Name(header, header.Count - 1),
                $"The file ends inside its header row (no line break after {Excerpt.Quote(header[^1])}), so it has no reports and may have been cut short; nothing was imported.");
        }
        for (int i = 0; i < header.Count; i++)
        {
            if (header[i].Contains('\uFEFF', StringComparison.Ordinal))
            {
                throw Failed(1, Name(header, i), string.Create(CultureInfo.InvariantCulture,
                    $"Header cell {i + 1} has a byte order mark (U+FEFF, an invisible character that marks the start of a file) inside it: were two files joined? Remove it."));
            }
        }
        var missing = Required.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (missing.Length > 0)
        {
            var separator = header.Any(h => h.Contains(';', StringComparison.Ordinal)) ? "semicolons (;)"
                : header.Any(h => h.Contains('\t', StringComparison.Ordinal)) ? "tabs"
                : null;
            if (separator is not null)
            {
                throw Failed(1, missing[0],
                    $"The header row is separated by {separator}, but this reader takes comma-separated files (RFC 4180): save the file with commas as separators.");
            }
            throw new CsvImportException(Array.AsReadOnly(missing.Select(c => new CsvRowError(1, c, null, $"Expected a column \"{c}\" in the header row.")).ToArray()));
        }
        var known = header.Where(h => Columns.Contains(h, StringComparer.OrdinalIgnoreCase)).GroupBy(h => h, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (known is not null)
        {
            throw Failed(1, known.Key.ToLowerInvariant(), $"The column \"{known.Key.ToLowerInvariant()}\" is named twice in the header row: which one holds the values?");
        }
        return header;
    }

    // Cells that do not line up with the header are not read: their values would land in the wrong columns.
    private static bool CheckShape(CsvRow row, List<string> header, List<string> cells, List<(int Cell, string Message)> problems, CsvRecords records)
    {
        var hint = records.QuoteSpanningLines is { } opened
            ? string.Create(CultureInfo.InvariantCulture, $" A quoted cell opened on line {opened} runs over a line break: is its closing quote missing?")
            : "";
        // A stray or unclosed quote is the cause when cells do not line up; it is reported first.
        if (problems.Count > 0)
        {
            foreach (var (cell, message) in problems)
            {
                row.Fail(Name(header, cell), message + hint);
            }
            return false;
        }
        if (cells.Count < header.Count)
        {
            var separator = cells.Count == 1 && cells[0].Contains(';', StringComparison.Ordinal) ? " The row is separated by semicolons (;), not commas."
                : cells.Count == 1 && cells[0].Contains('\t', StringComparison.Ordinal) ? " The row is separated by tabs, not commas."
                : "";
            row.Fail(header[cells.Count], string.Create(CultureInfo.InvariantCulture,
                $"Expected {header.Count} cells as in the header row, but the row has {cells.Count}: it ends after column \"{header[cells.Count - 1]}\". Is the row cut short?{separator}{hint}"));
            return false;
        }
        for (int i = header.Count; i < cells.Count; i++)
        {
            if (cells[i].Trim().Length > 0)
            {
                row.Fail(Name(header, i), string.Create(CultureInfo.InvariantCulture,
                    $"Expected {header.Count} cells as in the header row, but the row has {cells.Count}, and cell {i + 1} is not empty.{hint}"));
                return false;
            }
        }
        return true;
    }

    private static string Name(List<string> header, int cell)
        => cell < header.Count && Columns.Contains(header[cell], StringComparer.OrdinalIgnoreCase)
            ? header[cell].ToLowerInvariant()
            : cell < header.Count && header[cell].Length is > 0 and <= 40 && !header[cell].Any(char.IsControl)
                ? header[cell]
                : string.Create(CultureInfo.InvariantCulture, $"cell {cell + 1}");

    private static CsvImportException Failed(int line, string column, string message) => new([new CsvRowError(line, column, null, CsvRow.Bounded(message))]);
}
