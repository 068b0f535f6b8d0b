using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using ForceEstimates.Extraction;
using ForceEstimates.Tests.Extraction;
using NodaTime;
using NodaTime.Text;

// Scores ReportExtractor.Default on labelled files (the format of tests/ForceEstimates.Tests/Extraction/Data/news-heldout.txt):
//   dotnet run --project tools/ExtractionScore -- [--log] file...
// Prints one summary line per file; with --log, every figure found, missed or wrong.
//   dotnet run --project tools/ExtractionScore -- --dump file...
// Prints everything the extractor reads in each file, one figure a line, so that two builds' outputs can be compared
// with diff (a change meant only to be faster must leave it unchanged). A labelled file is read block by block, with
// and without an outlet; any other file is one article, published on the date its name ends with (kursk-2024-11-23.txt).
bool withLog = false;
bool dump = false;
int scored = 0;
foreach (string arg in args)
{
    if (arg == "--log")
    {
        withLog = true;
        continue;
    }
    if (arg == "--dump")
    {
        dump = true;
        continue;
    }
    if (!File.Exists(arg))
    {
        Console.Error.WriteLine($"No such file: {arg}");
        return 2;
    }
    string content = File.ReadAllText(arg);
    if (dump)
    {
        if (!Dump(arg, content))
        {
            return 2;
        }
        scored++;
        continue;
    }
    var evaluation = ExtractionEvaluation.Run(LabelledSet.Parse(content), block => ExtractorReading.Read(ReportExtractor.Default, block));
    Console.WriteLine($"{Path.GetFileName(arg)}: {evaluation.Summary()}");
    if (withLog)
    {
        Console.WriteLine(evaluation.Log);
    }
    scored++;
}
if (scored == 0)
{
    Console.Error.WriteLine("Usage: ExtractionScore [--log] labelled-file...   or   ExtractionScore --dump file...");
    return 2;
}
return 0;

static bool Dump(string path, string content)
{
    var output = new StringBuilder();
    string name = Path.GetFileName(path);
    if (content.Contains("\n> ", StringComparison.Ordinal) || content.StartsWith("> ", StringComparison.Ordinal))
    {
        foreach (var block in LabelledSet.Parse(content))
        {
            output.Append(CultureInfo.InvariantCulture, $"## {name}:{block.Line}\n");
            foreach (var figure in ReportExtractor.Default.Extract(block.Text, block.Published))
            {
                Describe(output, figure);
            }
            output.Append("# with outlet\n");
            foreach (var figure in ReportExtractor.Default.Extract(block.Text, block.Published, "The Outlet"))
            {
                Describe(output, figure);
            }
        }
    }
    else
    {
        var date = Regex.Match(Path.GetFileNameWithoutExtension(path), @"\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!date.Success)
        {
            Console.Error.WriteLine($"{path}: not a labelled file, and its name does not end with the publication date (yyyy-MM-dd)");
            return false;
        }
        output.Append(CultureInfo.InvariantCulture, $"## {name}\n");
        foreach (var figure in ReportExtractor.Default.Extract(content, LocalDatePattern.Iso.Parse(date.Value).Value))
        {
            Describe(output, figure);
        }
    }
    Console.Write(output.ToString());
    return true;
}

// Every public property of the figure, the chain's links with all their fields, and the confidence to the last bit.
static void Describe(StringBuilder output, ExtractedFigure figure)
{
    output.Append(CultureInfo.InvariantCulture, $"{figure.Text} | {figure.Start}+{figure.Length} | {string.Join(" ", figure.Mentions)} | {figure.Estimate} | {figure.Estimate.Stated}");
    output.Append(CultureInfo.InvariantCulture, $" | alt {figure.AlternativeEstimate?.ToString() ?? "-"} | unit {figure.Unit ?? "-"} | subject {figure.Subject ?? "-"} | place {figure.Place ?? "-"} |");
    foreach (var link in figure.Attribution.Chain)
    {
        output.Append(CultureInfo.InvariantCulture, $" [{link.Name}; {link.AsWritten}; {link.Description ?? "-"}; {(link.IsAnonymous ? "anonymous" : "named")}; {(link.IsKnown ? "known" : "unknown")}; {link.StatedOn?.ToString() ?? "-"}]");
    }
    output.Append(CultureInfo.InvariantCulture, $" | {figure.RefersTo} | {figure.Confidence:R} | {figure.Kind} | {figure.Metric?.ToString() ?? "-"} | {figure.Rate?.ToString() ?? "-"} | {figure.Sentence}\n");
}
