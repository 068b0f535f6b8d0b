using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ForceEstimates.Presentation;

/// <summary>
/// One data row of a report file: reads every cell, collecting each problem with the column at fault rather than
/// stopping at the first, and makes the report only when there is none. Not thread-safe: one per row.
/// </summary>
internal sealed class CsvRow
{
    // Longer messages are cut: an error list of many rows must stay readable, and a message never carries a whole cell.
    private const int MaxMessage = 300;

    private readonly List<string> cells;
    private readonly Dictionary<string, int> columns;
    private readonly int line;
    private readonly List<CsvRowError> problems = [];
    private readonly HashSet<string> failed = new(StringComparer.Ordinal);
    private string? id;

    internal CsvRow(List<string> cells, Dictionary<string, int> columns, int line)
    {
        this.cells = cells;
        this.columns = columns;
        this.line = line;
    }

    /// <summary>The problems found so far.</summary>
    internal IReadOnlyList<CsvRowError> Problems => problems;

    /// <summary>Records a problem of the row that is not about a cell's value (its shape).</summary>
    internal void Fail(string column, string message)
    {
        id ??= RawId();
        problems.Add(new CsvRowError(line, column, id, Bounded(message)));
        failed.Add(column);
    }

    // The id as written, for naming the row in its problems, without the checks that could fail again.
    private string? RawId()
        => columns.TryGetValue("id", out int index) && index < cells.Count && CsvCells.Unprotect(cells[index]).Trim() is { Length: > 0 } text ? text : null;

    internal static string Bounded(string message) => Excerpt.From(message, 0, MaxMessage);

    /// <summary>Reads the report, or null when a cell is bad (the problems are then in <see cref="Problems"/>).</summary>
    internal Report? ToReport(HedgeModel model)
    {
        id = Required("id");
        var metric = Required("metric");
        var subject = Required("subject");
        var place = Optional("place");
        var unit = Required("unit") is { } u ? Try("unit", () => ReportConverter.UnitOf(u)) : null;
        var statistic = Choice("statistic", Statistic.Level);
        var figure = Required("figure") is { } f ? ReadFigure(f, model) : null;
        var origin = Required("origin") is { } o ? ReadLink(o) : default;
        var kind = Choice("origin_kind", SourceKind.Unknown);
        var side = Choice("origin_side", ConflictSide.Unknown);
        var anonymous = ReadBoolean("origin_anonymous");
        var aliases = Optional("origin_aliases") is { } a ? ReadIds(a) : null;
        var relays = Optional("chain") is { } c ? ReadChain(c) : [];
        var relayKinds = ChoiceList("chain_kinds", relays.Count, SourceKind.Unknown);
        var relaySides = ChoiceList("chain_sides", relays.Count, ConflictSide.Unknown);
        var published = Required("published") is { } p ? ReadDate("published", p) : null;
        var start = Optional("refers_to_start") is { } s ? ReadDate("refers_to_start", s) : null;
        var end = Optional("refers_to_end") is { } e ? ReadDate("refers_to_end", e) : null;
        if (start is { } first && end is { } last && last < first)
        {
            Fail("refers_to_end", $"Expected the period to end on or after its start ({Iso(first)}), but it ends on {Iso(last)}.");
        }
        var rating = ReadRating();
        var verification = Choice("verification", VerificationStatus.Unverified);
        var derivedFrom = Optional("derived_from") is { } d ? ReadIds(d) : [];
        var formula = Optional("formula") is { } fo ? Try("formula", () => Formula.Parse(fo)) : null;
        Uri? url = null;
        if (Optional("url") is { } address && !Citation.TryParseWebAddress(address, out url, out var problem))
        {
            Fail("url", problem);
        }
        // A quote is kept as written, surrounding spaces included.
        var quote = Cell("quote") is { } written && written.Trim().Length > 0 ? written : null;
        if (problems.Count > 0)
        {
            return null;
        }

        var chain = new List<Citation>(relays.Count + 1);
        // An alias that cannot be one is the aliases' cell's problem, not the origin's.
        if (Try("origin", () => Source.Of(origin.Name!, kind, side, aliases, anonymous), parameter => parameter == "aliases" ? "origin_aliases" : "origin") is { } originSource)
        {
            chain.Add(Citation.Of(originSource, origin.Date));
        }
        for (int i = 0; i < relays.Count; i++)
        {
            if (Try("chain", () => Source.Of(relays[i].Name!, relayKinds[i], relaySides[i])) is { } relay)
            {
                chain.Add(Citation.Of(relay, relays[i].Date));
            }
        }
        if (problems.Count > 0)
        {
            return null;
        }
        if (url is not null)
        {
            chain[^1] = Citation.Of(chain[^1].Source, chain[^1].Date, url);
        }
        var provenance = Try(relays.Count > 0 ? "chain" : "origin", () => Provenance.Of(chain))?.WithRating(rating).WithVerification(verification);
        provenance = provenance is null ? null : Try("derived_from", () => provenance.WithDerivedFrom([.. derivedFrom]));
        provenance = provenance is null ? null : Try("formula", () => provenance.WithFormula(formula));
        var quantity = Try("metric", () => Metric.Of(metric!)) is { } m
            ? Try("subject", () => Quantity.Of(m, subject!, place, unit!, statistic), ColumnOfQuantity)
            : null;
        if (problems.Count > 0)
        {
            return null;
        }
        var refersTo = new DateInterval(start ?? end ?? published!.Value, end ?? start ?? published!.Value);
        return Try("id", () => Report.Of(id!, quantity!, figure!, provenance!, refersTo, published!.Value, quote), ColumnOfReport);
    }

    private static string ColumnOfQuantity(string? parameter) => parameter is "place" or "unit" or "statistic" ? parameter : "subject";

    private static string ColumnOfReport(string? parameter) => parameter switch
    {
        "estimate" => "figure",
        "provenance" => "derived_from",
        "published" => "published",
        "quote" => "quote",
        "refersTo" => "refers_to_start",
        _ => "id",
    };

    /// <summary>The cell of a column, formula guard removed; null when the file has no such column or the cell failed.</summary>
    private string? Cell(string column)
    {
        if (!columns.TryGetValue(column, out int index) || index >= cells.Count || failed.Contains(column))
        {
            return null;
        }
        var cell = CsvCells.Unprotect(cells[index]);
        int bom = column == "quote" ? -1 : cell.IndexOf('\uFEFF', StringComparison.Ordinal);
        if (bom >= 0)
        {
            Fail(column, string.Create(CultureInfo.InvariantCulture,
                $"The cell has a byte order mark (U+FEFF, an invisible character that marks the start of a file) at character {bom + 1}: was the text pasted from another file? Remove it."));
            return null;
        }
        return cell;
    }

    private string? Optional(string column) => Cell(column)?.Trim() is { Length: > 0 } text ? text : null;

    private string? Required(string column)
    {
        if (Optional(column) is { } text)
        {
            return text;
        }
        if (!failed.Contains(column))
        {
            Fail(column, $"Expected a value in column \"{column}\", but the cell is empty.");
        }
        return null;
    }

    // Runs one step that may refuse its input; the refusal becomes a problem of the column (or of the column its
    // parameter names), with the library's message and without its internal parameter name.
    private T? Try<T>(string column, Func<T> read, Func<string?, string>? columnOf = null)
        where T : class
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            Fail(columnOf is null ? column : columnOf((e as ArgumentException)?.ParamName), CallerMessages.Of(e));
            return null;
        }
    }

    private Estimate? ReadFigure(string text, HedgeModel model)
    {
        if (Estimate.TryParse(text, model, out var estimate))
        {
            return estimate;
        }
        // Parse again for its message, which says where and why reading stopped.
        return Try("figure", () => Estimate.Parse(text, model));
    }

    private static (string? Name, LocalDate? Date) ReadLink(string text)
    {
        int at = CsvCells.LastUnescaped(text, CsvCells.DateSeparator);
        if (at > 0 && LocalDatePattern.Iso.Parse(text[(at + 1)..].Trim()) is { Success: true } date)
        {
            return (CsvCells.UnescapeItem(text[..at].Trim()), date.Value);
        }
        return (CsvCells.UnescapeItem(text.Trim()), null);
    }

    private List<(string? Name, LocalDate? Date)> ReadChain(string text)
    {
        var links = new List<(string? Name, LocalDate? Date)>();
        var pieces = CsvCells.Split(text, CsvCells.LinkSeparator);
        for (int i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Trim().Length == 0)
            {
                Fail("chain", string.Create(CultureInfo.InvariantCulture, $"Expected a source at link {i + 1} of the chain, but it is empty: separate sources with \" > \" (write \\> for a > in a name)."));
                return [];
            }
            links.Add(ReadLink(pieces[i]));
        }
        return links;
    }

    /// <summary>The items of a cell separated by unescaped ";" (report ids, or a source's aliases), unescaped, empty ones dropped.</summary>
    private static List<string> ReadIds(string text)
    {
        var ids = new List<string>();
        foreach (var piece in CsvCells.Split(text, CsvCells.IdSeparator))
        {
            if (CsvCells.UnescapeItem(piece.Trim()) is { Length: > 0 } reportId)
            {
                ids.Add(reportId);
            }
        }
        return ids;
    }

    private LocalDate? ReadDate(string column, string text)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }
        Fail(column, $"Expected a date yyyy-MM-dd, but got {Excerpt.Quote(text)}.");
        return null;
    }

    private bool ReadBoolean(string column)
    {
        var text = Optional(column);
        if (text is null || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        Fail(column, $"Expected true or false, but got {Excerpt.Quote(text)}.");
        return false;
    }

    private AdmiraltyRating ReadRating()
    {
        var text = Optional("rating");
        if (text is null)
        {
            return AdmiraltyRating.Unrated;
        }
        if (AdmiraltyRating.TryParse(text, out var rating))
        {
            return rating;
        }
        Fail("rating", $"Expected an Admiralty rating: a letter A–F and a digit 1–6, such as \"B2\", but got {Excerpt.Quote(text)}.");
        return AdmiraltyRating.Unrated;
    }

    private TEnum Choice<TEnum>(string column, TEnum empty)
        where TEnum : struct, Enum
    {
        var text = Optional(column);
        if (text is null)
        {
            return empty;
        }
        if (EnumNames.TryParse(text, allowSpaces: true, out TEnum value))
        {
            return value;
        }
        Fail(column, EnumNames.Expected<TEnum>(text));
        return empty;
    }

    // The kinds or sides of the relays, one per link of the chain, separated as the chain is; empty items are unknown.
    private TEnum[] ChoiceList<TEnum>(string column, int count, TEnum empty)
        where TEnum : struct, Enum
    {
        var values = new TEnum[count];
        Array.Fill(values, empty);
        var text = Optional(column);
        if (text is null)
        {
            return values;
        }
        var pieces = CsvCells.Split(text, CsvCells.LinkSeparator);
        if (pieces.Count != count)
        {
            Fail(column, string.Create(CultureInfo.InvariantCulture,
                $"Expected one value for each of the {NumberText.Count(count, "source")} in column \"chain\", separated by \" > \", but got {pieces.Count}."));
            return values;
        }
        for (int i = 0; i < count; i++)
        {
            var piece = pieces[i].Trim();
            if (piece.Length == 0)
            {
                continue;
            }
            if (!EnumNames.TryParse(piece, allowSpaces: true, out values[i]))
            {
                Fail(column, string.Create(CultureInfo.InvariantCulture, $"At link {i + 1}: {EnumNames.Expected<TEnum>(piece)}"));
                return values;
            }
        }
        return values;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
