using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;
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
/// <item><term>figure</term><description>Required. The figure as written, read by <see cref="Estimate.Parse(string)"/> ("about 11,000").</description></item>
/// <item><term>origin, origin_kind, origin_side, origin_anonymous</term><description>Who first stated it: a name with an optional date ("Reuters@2024-11-23"), its <see cref="SourceKind"/>, its <see cref="ConflictSide"/>, and true/false (false when empty).</description></item>
/// <item><term>chain</term><description>Optional. Who relayed it, origin excluded, separated by " > ", each a name with an optional date: "Reuters@2024-11-23 > Kyiv Independent@2024-11-23".</description></item>
/// <item><term>published</term><description>Required. The publication date, yyyy-MM-dd.</description></item>
/// <item><term>refers_to_start, refers_to_end</term><description>The period the figure describes; each defaults to the other, both to the publication date.</description></item>
/// <item><term>rating</term><description>Optional. The Admiralty rating, e.g. "B2"; F6 (unrated) when empty.</description></item>
/// <item><term>verification</term><description>Optional. A <see cref="VerificationStatus"/>; Unverified when empty.</description></item>
/// <item><term>derived_from</term><description>Optional. Ids of the reports the figure was computed from, separated by ";".</description></item>
/// <item><term>formula</term><description>Optional. How it was computed from them (<see cref="Provenance.Formula"/>), e.g. "1 - [area-now] / [area-peak]"; its inputs are added to derived_from.</description></item>
/// <item><term>url</term><description>Optional. The URL of the last link of the chain (the outlet).</description></item>
/// <item><term>quote</term><description>Optional. The quoted text.</description></item>
/// </list>
/// <para>Writing then reading gives equal reports, except that the relays' kinds and sides, source
/// aliases, and URLs other than the outlet's are not in the file, and an estimate given as a
/// distribution comes back read from its text.</para>
/// <para>Reading is all or nothing: every bad row is reported (its line and field) and nothing is
/// imported, unless the caller asks to skip bad rows.</para>
/// </remarks>
public static class CsvFormat
{
    private const string ChainSeparator = " > ";

    /// <summary>The column headers, in the order <see cref="Write(IEnumerable{Report}, TextWriter)"/> writes them.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "metric", "subject", "place", "unit", "statistic", "figure", "origin", "origin_kind", "origin_side", "origin_anonymous",
        "chain", "published", "refers_to_start", "refers_to_end", "rating", "verification", "derived_from", "formula", "url", "quote",
    ];

    private static readonly string[] Required = ["id", "metric", "subject", "unit", "figure", "origin", "published"];

    /// <summary>Reads reports, all or nothing.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The reports, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="CsvImportException">A required column is missing, or one or more rows are bad; <see cref="CsvImportException.Errors"/> lists every one.</exception>
    public static ReportCollection ReadReports(TextReader reader) => ReadReports(reader, skipBadRows: false).Reports;

    /// <summary>Reads reports, optionally skipping the bad rows.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="skipBadRows">Whether to import the good rows when some are bad (they are then listed in <see cref="CsvImport.BadRows"/>); when false, any bad row throws.</param>
    /// <returns>The reports read and the rows skipped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="CsvImportException">A required column is missing, or rows are bad and <paramref name="skipBadRows"/> is false.</exception>
    public static CsvImport ReadReports(TextReader reader, bool skipBadRows)
    {
        Preconditions.CheckNotNull(reader);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = false, BadDataFound = null };
        using var parser = new CsvParser(reader, configuration, leaveOpen: true);
        var errors = new List<CsvRowError>();
        var reports = new List<Report>();
        if (!parser.Read())
        {
            throw new CsvImportException([new CsvRowError(1, "id", null, "Expected a header row, but the file is empty.")]);
        }
        var header = parser.Record ?? [];
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Length; i++)
        {
            columns.TryAdd(header[i].Trim(), i);
        }
        var missing = Required.Where(c => !columns.ContainsKey(c)).ToArray();
        if (missing.Length > 0)
        {
            throw new CsvImportException(missing.Select(c => new CsvRowError(1, c, null, $"Expected a column \"{c}\" in the header row.")).ToArray());
        }
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        long previousLine = parser.RawRow;
        while (parser.Read())
        {
            int line = (int)previousLine + 1;
            previousLine = parser.RawRow;
            var record = parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            var row = new Row(record, columns, line);
            var report = row.ToReport(errors);
            if (report is null)
            {
                continue;
            }
            if (ids.TryGetValue(report.Id, out int firstLine))
            {
                errors.Add(new CsvRowError(line, "id", report.Id, string.Create(CultureInfo.InvariantCulture, $"The id \"{report.Id}\" was already used on line {firstLine}.")));
                continue;
            }
            ids.Add(report.Id, line);
            reports.Add(report);
        }
        if (errors.Count > 0 && !skipBadRows)
        {
            throw new CsvImportException(errors);
        }
        return new CsvImport(ReportCollection.Of(reports), errors);
    }

    /// <summary>Writes reports as CSV with a header row of <see cref="Columns"/>.</summary>
    /// <param name="reports">The reports.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/>, one of them, or <paramref name="writer"/> is null.</exception>
    public static void Write(IEnumerable<Report> reports, TextWriter writer)
    {
        Preconditions.CheckNotNull(reports);
        Preconditions.CheckNotNull(writer);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\n",
            // Quoted whenever a reader could misread the field: separators, quotes, any line break, edge spaces.
            ShouldQuote = args => args.Field is { Length: > 0 } field
                && (field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])),
        }, leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }
        csv.NextRecord();
        foreach (var report in reports)
        {
            Preconditions.CheckArgument(report is not null, nameof(reports), "Expected no null report.");
            var p = report!.Provenance;
            var q = report.Quantity;
            string[] fields =
            [
                report.Id, q.Metric.Name, q.Subject, q.Place ?? "", q.Unit.Symbol, q.Statistic.ToString(), report.Estimate.ToString(),
                Link(p.Chain[0]), p.Origin.Kind.ToString(), p.Origin.Side.ToString(), p.Origin.IsAnonymous ? "true" : "false",
                string.Join(ChainSeparator, p.Chain.Skip(1).Select(Link)),
                Date(report.Published), Date(report.RefersTo.Start), Date(report.RefersTo.End),
                p.Rating.ToString(), p.Verification.ToString(), string.Join(";", p.DerivedFrom), p.Formula?.Text ?? "",
                p.Chain[^1].Url?.OriginalString ?? "", report.Quote ?? "",
            ];
            foreach (var field in fields)
            {
                csv.WriteField(field);
            }
            csv.NextRecord();
        }
        csv.Flush();
    }

    /// <summary>Writes reports as CSV text with a header row of <see cref="Columns"/>.</summary>
    /// <param name="reports">The reports.</param>
    /// <returns>The CSV text, lines ending in "\n".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is null.</exception>
    public static string Write(IEnumerable<Report> reports)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(reports, writer);
        return writer.ToString();
    }

    private static string Link(Citation citation) => citation.Date is { } date ? citation.Source.Name + "@" + Date(date) : citation.Source.Name;

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    // One data row: reads each field, collecting every problem rather than stopping at the first.
    private sealed class Row(string[] record, Dictionary<string, int> columns, int line)
    {
        private readonly List<CsvRowError> problems = [];
        private string? id;

        internal Report? ToReport(List<CsvRowError> errors)
        {
            id = Text("id");
            string metric = Text("metric"), subject = Text("subject"), figure = Text("figure"), origin = Text("origin");
            string? place = Optional("place");
            var unit = Field("unit", text => ReportConverter.UnitOf(Required("unit", text)));
            var statistic = Optional("statistic") is { } s ? Field("statistic", _ => Choice<Statistic>(s)) : Statistic.Level;
            var estimate = Field("figure", _ => Estimate.Parse(figure));
            var published = Field("published", text => ParseDate(Required("published", text)));
            LocalDate? start = Optional("refers_to_start") is { } st ? Field("refers_to_start", _ => ParseDate(st)) : null;
            LocalDate? end = Optional("refers_to_end") is { } en ? Field("refers_to_end", _ => ParseDate(en)) : null;
            var kind = Optional("origin_kind") is { } k ? Field("origin_kind", _ => Choice<SourceKind>(k)) : SourceKind.Unknown;
            var side = Optional("origin_side") is { } sd ? Field("origin_side", _ => Choice<ConflictSide>(sd)) : ConflictSide.Unknown;
            bool anonymous = Optional("origin_anonymous") is { } a && Field("origin_anonymous", _ => bool.Parse(a));
            var rating = Optional("rating") is { } r ? Field("rating", _ => AdmiraltyRating.Parse(r)) : AdmiraltyRating.Unrated;
            var verification = Optional("verification") is { } v ? Field("verification", _ => Choice<VerificationStatus>(v)) : VerificationStatus.Unverified;
            var derivedFrom = (Optional("derived_from") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var formula = Optional("formula") is { } f ? Field("formula", _ => Formula.Parse(f)) : null;
            Uri? url = Optional("url") is { } u ? Field("url", _ => new Uri(u, UriKind.Absolute)) : null;
            // A quote is kept as written, surrounding spaces included.
            string? quote = Text("quote") is { } written && written.Trim().Length > 0 ? written : null;

            var chain = new List<Citation>();
            Field("origin", _ =>
            {
                var (name, date) = ParseLink(Required("origin", origin));
                chain.Add(Citation.Of(Source.Of(name, kind, side, null, anonymous), date));
                return 0;
            });
            if (Optional("chain") is { } relays)
            {
                Field("chain", _ =>
                {
                    foreach (var link in relays.Split(ChainSeparator.Trim(), StringSplitOptions.TrimEntries))
                    {
                        var (name, date) = ParseLink(link);
                        chain.Add(Citation.Of(Source.Of(name, SourceKind.Unknown, ConflictSide.Unknown), date));
                    }
                    return 0;
                });
            }
            if (problems.Count == 0 && url is not null)
            {
                chain[^1] = Citation.Of(chain[^1].Source, chain[^1].Date, url);
            }
            Report? report = null;
            if (problems.Count == 0)
            {
                var provenance = Field("chain", _ => Provenance.FromChain(chain).WithRating(rating).WithVerification(verification).WithDerivedFrom(derivedFrom).WithFormula(formula));
                var refersTo = Field("refers_to_end", _ => new DateInterval(start ?? end ?? published, end ?? start ?? published));
                var quantity = Field("subject", _ => Quantity.Of(Metric.Of(Required("metric", metric)), Required("subject", subject), place, unit!, statistic));
                if (problems.Count == 0)
                {
                    report = Field("id", _ => Report.Of(Required("id", id), quantity!, estimate!, provenance!, refersTo!, published, quote));
                }
            }
            errors.AddRange(problems);
            return problems.Count == 0 ? report : null;
        }

        private string Text(string column) => columns.TryGetValue(column, out int i) && i < record.Length ? record[i] : "";

        private string? Optional(string column) => Text(column).Trim() is { Length: > 0 } text ? text : null;

        private static string Required(string column, string text)
            => text.Trim().Length > 0 ? text.Trim() : throw new FormatException($"Expected a value in column \"{column}\", but the cell is empty.");

        // Runs one field's reader; a failure becomes a row error naming the column, and the default value stands in.
        private T? Field<T>(string column, Func<string, T> read)
        {
            try
            {
                return read(Text(column));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or UriFormatException)
            {
                problems.Add(new CsvRowError(line, column, string.IsNullOrWhiteSpace(id) ? null : id.Trim(), e.Message));
                return default;
            }
        }

        private static LocalDate ParseDate(string text)
        {
            var result = LocalDatePattern.Iso.Parse(text.Trim());
            return result.Success ? result.Value : throw new FormatException($"Expected a date yyyy-MM-dd, but got \"{text}\".");
        }

        private static (string Name, LocalDate? Date) ParseLink(string link)
        {
            int at = link.LastIndexOf('@');
            if (at > 0 && LocalDatePattern.Iso.Parse(link[(at + 1)..].Trim()) is { Success: true } date)
            {
                return (link[..at].Trim(), date.Value);
            }
            return (link.Trim(), null);
        }

        private static TEnum Choice<TEnum>(string text)
            where TEnum : struct, Enum
            => Enum.TryParse(text.Replace(" ", "", StringComparison.Ordinal), true, out TEnum value) && Enum.IsDefined(value) && !char.IsDigit(text[0])
                ? value
                : throw new FormatException($"Expected one of {string.Join(", ", Enum.GetNames<TEnum>())}, but got \"{text}\".");
    }
}

/// <summary>The result of a CSV import: the reports read, and the rows skipped as bad. Immutable.</summary>
public sealed class CsvImport
{
    internal CsvImport(ReportCollection reports, IReadOnlyList<CsvRowError> badRows)
    {
        Reports = reports;
        BadRows = badRows;
    }

    /// <summary>The reports read, in file order.</summary>
    public ReportCollection Reports { get; }

    /// <summary>The problems of the rows that were skipped (empty when all rows were good); a row may have several.</summary>
    public IReadOnlyList<CsvRowError> BadRows { get; }
}

/// <summary>One problem in a CSV file: the line, the column, and what was wrong. Immutable.</summary>
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

    /// <summary>The column (header name) of the bad field.</summary>
    public string Column { get; }

    /// <summary>The row's report id when it could be read, else null.</summary>
    public string? ReportId { get; }

    /// <summary>What was wrong.</summary>
    public string Message { get; }

    /// <summary>"line 3, column "figure": ...".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}, column \"{Column}\": {Message}");
}

/// <summary>A CSV import that failed: every bad row is in <see cref="Errors"/>, and nothing was imported.</summary>
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

    private static string Describe(IReadOnlyList<CsvRowError> errors)
        => errors.Count == 0
            ? "The CSV import failed."
            : string.Create(CultureInfo.InvariantCulture, $"Nothing was imported: {errors.Count} problem{(errors.Count == 1 ? "" : "s")} in the CSV file:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
}
