using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using ForceEstimates.Presentation;
using ForceEstimates.Trends;
using NodaTime;
using Spectre.Console;

namespace ForceEstimates.Cli;

/// <summary>
/// <c>trend REPORTS</c> and <c>biases REPORTS</c>: one trend fit over all the reports (every quantity's path and every
/// origin's reporting bias), shown as the value of each series at a date, or as each origin's bias factor. The fit
/// always uses every report given: the series and biases share trends and priors, so --quantity chooses what is
/// shown, not what is fitted (fitting one quantity alone would give other numbers than the fit the help promises).
/// </summary>
internal static class TrendCommand
{
    public static Command CreateTrend(Terminal terminal)
    {
        var files = CommandOptions.ReportFiles();
        var asOf = CommandOptions.Date("--as-of", "The date to read each series at; by default the day of its last report", required: false);
        var quantity = ShownQuantity();
        var json = new Option<bool>("--json") { Description = "Write the whole fit (every series' path and every bias) as JSON." };
        var svg = new Option<string?>("--svg")
        {
            Description = "Also write the series' path with its 95% band and its reports to this SVG file (one quantity: choose it with --quantity).",
            HelpName = "FILE",
        };
        var command = new Command("trend", ForceEstimatesTool.Describe(
            "Follow every quantity over time: one fit of a latent daily path per quantity (a cumulative count never falls; a share in % is followed on the logit scale and stays within 0–100%), "
            + "each report an observation of it times its origin's bias; shows each series at a date with its 95% interval.",
            "force-estimates trend samples/data/radford2023/replication-data-pnas.csv --as-of 2023-02-23 --quantity \"military deaths of Russia\" --svg deaths.svg"))
        {
            files, asOf, quantity, json, svg,
        };
        ForceEstimatesTool.SetAction(command, terminal, result =>
        {
            var date = result.GetResult(asOf) is null ? (LocalDate?)null : result.GetValue(asOf);
            var model = Fit(ReportFiles.Read(result.GetRequiredValue(files), terminal), date);
            var series = Shown(model.Series, s => s.Quantity, result.GetValue(quantity), model);
            if (result.GetValue(svg) is { } svgPath)
            {
                if (series.Count != 1)
                {
                    throw new UsageException($"--svg draws one quantity, but the reports have {series.Count}: "
                        + string.Join("; ", series.Select(s => s.Quantity.ToString())) + ". Choose one with --quantity.");
                }
                AggregateCommand.WriteFile(terminal, svgPath, Svg.Trend(series[0]));
            }
            if (result.GetValue(json))
            {
                terminal.Output.WriteLine(JsonFormat.Write(model));
                return ExitCodes.Success;
            }
            var table = new Table().AddColumns("quantity", "reports", "observed", "date", "median", "95% interval", "note");
            foreach (var one in series)
            {
                var at = date ?? one.LastObserved;
                var estimate = At(one, at);
                var band = estimate.Interval(0.95);
                table.AddRow(
                    Markup.Escape(one.Quantity.ToString()),
                    one.ReportCount.ToString(CultureInfo.InvariantCulture),
                    $"{one.FirstObserved:yyyy-MM-dd} – {one.LastObserved:yyyy-MM-dd}",
                    at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    PlainText.Number(estimate.Median, band),
                    PlainText.Range(band, estimate.Median),
                    one.IsExtrapolated(at) ? "extrapolated" : "");
            }
            var console = terminal.Tables();
            console.WriteLine(model.ToString());
            console.Write(table);
            foreach (var note in model.Notes)
            {
                console.WriteLine("  note: " + note);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateBiases(Terminal terminal)
    {
        var files = CommandOptions.ReportFiles();
        var quantity = ShownQuantity();
        var svg = new Option<string?>("--svg")
        {
            Description = "Also write the biases with their 95% intervals to this SVG file.",
            HelpName = "FILE",
        };
        var command = new Command("biases", ForceEstimatesTool.Describe(
            "Estimate each origin's reporting bias per quantity from one trend fit over all the reports: a factor "
            + "(1.5 = its figures run 50% above the path; for a share in %, its odds do: shown as \"1.50 (odds)\") with its 95% interval and the number of its reports.",
            "force-estimates biases samples/data/radford2023/replication-data-pnas.csv --quantity deaths"))
        {
            files, quantity, svg,
        };
        ForceEstimatesTool.SetAction(command, terminal, result =>
        {
            var model = Fit(ReportFiles.Read(result.GetRequiredValue(files), terminal), null);
            var biases = Shown(model.Biases, b => b.Quantity, result.GetValue(quantity), model);
            if (result.GetValue(svg) is { } svgPath)
            {
                AggregateCommand.WriteFile(terminal, svgPath, Svg.Biases(biases));
            }
            var table = new Table().AddColumns("origin", "quantity", "factor", "95% interval", "reports");
            foreach (var bias in biases)
            {
                var interval = bias.Interval(0.95);
                table.AddRow(
                    Markup.Escape(bias.Origin.Name),
                    Markup.Escape(bias.Quantity.ToString()),
                    bias.Factor.ToString("0.00", CultureInfo.InvariantCulture) + (IsShare(model, bias.Quantity) ? " (odds)" : string.Empty),
                    string.Create(CultureInfo.InvariantCulture, $"{interval.Lower:0.00}–{interval.Upper:0.00}"),
                    bias.ReportCount.ToString(CultureInfo.InvariantCulture));
            }
            var console = terminal.Tables();
            console.WriteLine(model.ToString());
            console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Whether the model follows <paramref name="quantity"/> as a share (on the logit scale, its biases factors on the odds).</summary>
    private static bool IsShare(TrendModel model, Quantity quantity) => model.For(quantity).IsShare;

    private static Option<string?> ShownQuantity()
    {
        var option = CommandOptions.Quantity();
        option.Description = "Show only the quantities whose description contains this text, ignoring case (\"military deaths of Russia\", \"peak\"); "
            + "the fit still uses every report.";
        return option;
    }

    /// <summary>A series' value on a day; a day outside its path (before the first report) is a bad input, not a crash.</summary>
    private static Estimate At(TrendSeries series, LocalDate day)
    {
        try
        {
            return series.At(day);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"--as-of {day:yyyy-MM-dd} is before the path of {series.Quantity} starts (its reports run from {series.FirstObserved:yyyy-MM-dd} to {series.LastObserved:yyyy-MM-dd}); choose a later day."), e);
        }
    }

    /// <summary>The series or biases of the quantities whose description contains the text; none is a bad input that lists the quantities.</summary>
    private static IReadOnlyList<T> Shown<T>(IReadOnlyList<T> all, Func<T, Quantity> quantityOf, string? text, TrendModel model)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return all;
        }
        var shown = all.Where(one => CommandOptions.Matches(quantityOf(one), text)).ToList();
        if (shown.Count == 0)
        {
            throw new InputException($"no quantity contains \"{text}\"; the reports are about: "
                + string.Join("; ", model.Series.Select(s => s.Quantity.ToString())) + ".");
        }
        return shown;
    }

    /// <summary>
    /// One fit over the reports; a date after the last day any report refers to extends the paths to it
    /// (<see cref="TrendOptions.Until"/>), so that --as-of a later day shows the extrapolated value instead of failing.
    /// </summary>
    private static TrendModel Fit(ReportCollection reports, LocalDate? asOf)
    {
        if (reports.Count == 0)
        {
            throw new InputException("no reports to fit.");
        }
        var options = TrendOptions.Default;
        if (asOf is { } day)
        {
            // The fit ignores an Until before the last day a report refers to.
            options = options with { Until = day };
        }
        try
        {
            return TrendModel.Fit(reports, options);
        }
        catch (ArgumentException e)
        {
            throw new InputException(e.Message, e);
        }
    }
}
