using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ForceEstimates.Extraction;
using ForceEstimates.Presentation;
using NodaTime;
using Spectre.Console;

namespace ForceEstimates.Cli;

/// <summary>
/// <c>extract ARTICLE... --published DATE</c>: the figures of articles (files, folders of .txt files, or standard
/// input) as reports in CSV or JSON. A file that cannot be read is reported with its name and skipped.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(Terminal terminal)
    {
        var articles = new Argument<string[]>("ARTICLE")
        {
            Description = "Article text files, or folders whose .txt files are read; none or \"-\" reads standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var published = CommandOptions.Date(
            "--published",
            "The publication date of the articles that do not give their own (a first line \"Published: 2024-11-23\"; else a date in the file name, "
            + "as in kursk-2024-11-23.txt), against which \"Nov. 21\" or \"last year\" are resolved",
            required: false);
        var outlet = new Option<string?>("--outlet")
        {
            Description = "The outlet that published the articles that do not name their own (a first line \"Outlet: Kyiv Independent\"), the last link of every figure's source chain.",
            HelpName = "NAME",
        };
        var format = new Option<string>("--format")
        {
            Description = "csv (default; the columns of the ForceEstimates README), json (--out FILE.json chooses it too), or prov (W3C PROV-JSON, for provenance tools; not read back).",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong("csv", "json", "prov");
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write the reports to this file instead of standard output.",
            HelpName = "FILE",
        };
        var command = new Command("extract", ForceEstimatesTool.Describe(
            "Read articles and propose their figures as reports: each figure with its hedge, unit, the source chain it is "
            + "attributed to and the dates it refers to. What each figure estimates is guessed from its sentence (metric from "
            + "the unit, subject and place from the words around it, a peak where the sentence says so, a change for a rate, "
            + "a cumulative count for a toll, else a level), written so that the articles' figures about one thing meet (\"North Korean soldiers\" and \"troops "
            + "from North Korea\" are \"North Korean troops\"; \"Kursk\", \"Kursk region\" and \"Kursk Oblast\" one spelling): "
            + "review the quantity columns before aggregating. An article may open with lines \"Published: 2024-11-23\" and \"Outlet: "
            + "Kyiv Independent\" (its own date and outlet; read before --published and --outlet), so that a folder of articles of "
            + "different days is read in one run.",
            "force-estimates extract samples/data/articles/kursk-2024-11-23.txt --published 2024-11-23 --outlet \"Kyiv Independent\" --out figures.csv",
            "force-estimates extract samples/data/articles/ --format json > figures.json"))
        {
            articles, published, outlet, format, output,
        };
        ForceEstimatesTool.SetAction(command, terminal, result =>
        {
            var files = Articles(result.GetRequiredValue(articles), terminal);
            LocalDate? date = result.GetResult(published) is null ? null : result.GetValue(published);
            var figures = new List<ExtractedFigure>();
            var skipped = 0;
            void ReadAll(Action<string>? advance)
            {
                foreach (var file in files)
                {
                    advance?.Invoke(file);
                    try
                    {
                        figures.AddRange(Extract(file, date, result.GetValue(outlet), terminal));
                    }
                    catch (InputException e)
                    {
                        terminal.Error.WriteLine($"{ForceEstimatesTool.Name} extract: {e.Message} (skipped)");
                        skipped++;
                    }
                }
            }
            if (terminal.IsInteractive && files.Count > 1)
            {
                terminal.Progress().Progress().Start(context =>
                {
                    var task = context.AddTask("reading articles", maxValue: files.Count);
                    ReadAll(file =>
                    {
                        task.Description = Markup.Escape(Path.GetFileName(file));
                        task.Increment(1);
                    });
                });
            }
            else
            {
                ReadAll(null);
            }
            var reports = ReportExtractor.ToReports(figures);
            var outPath = result.GetValue(output);
            var chosen = result.GetValue(format)
                ?? (outPath is not null && Path.GetExtension(outPath).Equals(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "csv");
            var text = chosen switch
            {
                "json" => JsonFormat.Write(reports) + Environment.NewLine,
                "prov" => ProvenanceFormat.WriteProvJson(reports) + Environment.NewLine,
                _ => CsvFormat.Write(reports),
            };
            if (outPath is null)
            {
                terminal.Output.Write(text);
            }
            else
            {
                AggregateCommand.WriteFile(terminal, outPath, text);
            }
            if (skipped > 0)
            {
                terminal.Error.WriteLine($"{ForceEstimatesTool.Name} extract: {skipped} of {files.Count} articles skipped; {reports.Count} figures from the rest.");
                return ExitCodes.SomeSkipped;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The files to read, folders expanded to their .txt files in name order; a missing path is a bad input of the whole run.</summary>
    private static List<string> Articles(string[] paths, Terminal terminal)
    {
        var files = new List<string>();
        foreach (var path in paths.Length == 0 ? [ReportFiles.StandardInput] : paths)
        {
            if (path != ReportFiles.StandardInput && Directory.Exists(terminal.FullPath(path)))
            {
                var inFolder = Directory.GetFiles(terminal.FullPath(path), "*.txt").Order(StringComparer.Ordinal).ToList();
                if (inFolder.Count == 0)
                {
                    throw new InputException($"{path}: the folder has no .txt files.");
                }
                files.AddRange(inFolder);
            }
            else
            {
                files.Add(path);
            }
        }
        return files;
    }

    private static IReadOnlyList<ExtractedFigure> Extract(string file, LocalDate? published, string? outlet, Terminal terminal)
    {
        string text;
        try
        {
            text = file == ReportFiles.StandardInput ? terminal.Input.ReadToEnd() : File.ReadAllText(terminal.FullPath(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new InputException($"{file}: cannot be read: {e.Message}", e);
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            // An empty file is most often a download or a copy that went wrong: say so rather than write no figures quietly.
            throw new InputException($"{file}: is empty; expected an article's text.");
        }
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new InputException($"{file}: is not text (it holds NUL characters).");
        }
        var header = ArticleHeader.Read(text, file);
        var date = header.DateOr(published) ?? throw new InputException(
            $"{file}: has no publication date: give --published (yyyy-MM-dd), open the article with a line \"Published: 2024-11-23\", "
            + "or put the date in its file name (kursk-2024-11-23.txt).");
        if (string.IsNullOrWhiteSpace(header.Body))
        {
            throw new InputException($"{file}: has a header but no text; expected an article's text after it.");
        }
        try
        {
            return ReportExtractor.Default.Extract(header.Body, date, header.Outlet ?? outlet);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            // One article the extractor cannot take is that article's problem, not the run's.
            throw new InputException($"{file}: {e.Message}", e);
        }
    }
}
