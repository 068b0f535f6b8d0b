using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using NodaTime;

namespace ForceEstimates;

public static partial class Samples
{
    /// <summary>The day before day 1 of the Radford et al. (2023) data: day d is this date plus d days.</summary>
    public static LocalDate Radford2023DayZero { get; } = new(2022, 2, 23);

    /// <summary>
    /// Reads the replication data of Radford, Dai, Stoehr, Schein, Fernandez and Sajid (2023),
    /// "Estimating Conflict Losses and Reporting Biases", PNAS 120(34), e2307372120 (MIT licence;
    /// a copy is in the repository's <c>samples/data/radford2023</c>), into reports.
    /// </summary>
    /// <remarks>
    /// <para>Each row becomes one report: the quantity is the category ("military deaths", "tanks")
    /// as the metric, the country whose losses are counted ("Russia", "Ukraine") as the subject, in
    /// persons for deaths, injuries and casualties and otherwise as a count of the category;
    /// <see cref="Statistic.Cumulative"/> over [2022-02-24, day d] for "Cumulative" rows and
    /// <see cref="Statistic.Change"/> over day d alone for "Day" rows. The origin is the kind of
    /// source as the data names it ("UA Source", "RU Source", "OSI", "US Source", "GB Source",
    /// "United Nations", "Other"), with its side. The figure is bare, "at least" when
    /// <c>minimum</c> is 1 and "at most" when <c>maximum</c> is 1. Reports are published on the day
    /// they refer to; ids are <c>radford2023/row-N</c> (N the data row, from 1).</para>
    /// </remarks>
    /// <param name="reader">The CSV text, with its header row.</param>
    /// <returns>The reports, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="FormatException">The header or a row is not as described; the message names the line and the column.</exception>
    public static ReportCollection ReadRadford2023(TextReader reader)
    {
        Preconditions.CheckNotNull(reader);
        var header = reader.ReadLine();
        if (header is null || !header.Replace("\"", string.Empty, StringComparison.Ordinal).StartsWith("days,loss_count,loss_type,claim_source,time_frame,loss_country,minimum,maximum,category", StringComparison.Ordinal))
        {
            throw new FormatException("Expected the Radford et al. (2023) header \"days,loss_count,loss_type,claim_source,time_frame,loss_country,minimum,maximum,category,source_target\" on line 1.");
        }
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        var quantities = new Dictionary<string, Quantity>(StringComparer.Ordinal);
        var reports = new List<Report>();
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }
            var fields = text.Replace("\"", string.Empty, StringComparison.Ordinal).Split(',');
            if (fields.Length < 9)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Expected at least 9 columns on line {line}, but got {fields.Length}."));
            }
            var day = int.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) && d >= 1 ? d
                : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Expected a day number of at least 1 in column \"days\" on line {line}, but got \"{fields[0]}\"."));
            var count = double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var c) && c >= 0 && double.IsFinite(c) ? c
                : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Expected a count in column \"loss_count\" on line {line}, but got \"{fields[1]}\"."));
            var cumulative = fields[4] switch
            {
                "Cumulative" => true,
                "Day" => false,
                _ => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Expected \"Cumulative\" or \"Day\" in column \"time_frame\" on line {line}, but got \"{fields[4]}\".")),
            };
            var country = fields[5];
            var category = fields[8];
            var origin = SourceFor(sources, fields[3]);
            var key = string.Concat(category, "|", country, "|", cumulative ? "C" : "D");
            if (!quantities.TryGetValue(key, out var quantity))
            {
                quantity = Quantity.Of(Metric.Of(category.ToLowerInvariant()), country, null, UnitFor(category), cumulative ? Statistic.Cumulative : Statistic.Change);
                quantities.Add(key, quantity);
            }
            var estimate = (fields[6], fields[7]) switch
            {
                ("1", _) when count > 0 => Estimate.AtLeast(count),
                (_, "1") => Estimate.AtMost(count),
                _ => Estimate.Bare(count),
            };
            var date = Radford2023DayZero.PlusDays(day);
            var refersTo = cumulative ? new DateInterval(Radford2023DayZero.PlusDays(1), date) : new DateInterval(date, date);
            var id = string.Create(CultureInfo.InvariantCulture, $"radford2023/row-{line - 1}");
            reports.Add(Report.Of(id, quantity, estimate, Provenance.Of(origin), refersTo, date));
        }
        return ReportCollection.Of(reports);
    }

    private static Unit UnitFor(string category)
        => category.Contains("Deaths", StringComparison.Ordinal) || category.Contains("Injuries", StringComparison.Ordinal) || category.Contains("Casualties", StringComparison.Ordinal)
            ? Unit.Persons
            : Unit.CountOf(category.ToLowerInvariant());

    private static Source SourceFor(Dictionary<string, Source> sources, string name)
    {
        if (!sources.TryGetValue(name, out var source))
        {
            var (kind, side) = name switch
            {
                "UA Source" => (SourceKind.Government, ConflictSide.Ukraine),
                "RU Source" => (SourceKind.Government, ConflictSide.Russia),
                "US Source" or "GB Source" => (SourceKind.Government, ConflictSide.ThirdParty),
                "United Nations" => (SourceKind.Official, ConflictSide.ThirdParty),
                "OSI" => (SourceKind.Analyst, ConflictSide.ThirdParty),
                _ => (SourceKind.Unknown, ConflictSide.Unknown),
            };
            source = Source.Of(name, kind, side);
            sources.Add(name, source);
        }
        return source;
    }
}
