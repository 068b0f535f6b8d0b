using System;
using System.Globalization;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ForceEstimates;
using ForceEstimates.Extraction;
using ForceEstimates.Tests.Extraction;
using NodaTime;
using NodaTime.Text;

// Scores ReportExtractor.Default on labelled files (the format of tests/ForceEstimates.Tests/Extraction/Data/news-heldout.txt):
//   dotnet run --project tools/ExtractionScore -- [--log] file...
// Prints one summary line per file; with --log, every figure found, missed or wrong.
//   dotnet run --project tools/ExtractionScore -- --dump file...
//   dotnet run --project tools/ExtractionScore -- --reliability [--features] labelled-file...
// Scores as above, then prints the reliability tables of all files pooled: the share right (as the calibration counts it)
// by confidence bin and by how each figure's origin was found; with --features, one line per found figure with the traits
// the confidence reads (for fitting it).
//   dotnet run --project tools/ExtractionScore -- --quantities [--log] labelled-file...
// Scores as above, then the suggested quantities against the labels' quantity groups (the optional eighth column "q:id"):
// per file and pooled, pairwise recall and precision and quantities per group; with --log, every pair missed.
// (--dump:) Prints everything the extractor reads in each file, one figure a line, so that two builds' outputs can be compared
// with diff (a change meant only to be faster must leave it unchanged). A labelled file is read block by block, with
// and without an outlet; any other file is one article, published on the date its name ends with (kursk-2024-11-23.txt).
bool withLog = false;
bool dump = false;
bool reliability = false;
bool features = false;
bool quantities = false;
var pooledQuantities = new QuantityEvaluation();
int scored = 0;
var pooled = new System.Collections.Generic.List<(string File, int Line, FoundFigure Figure, bool Right, string Traits)>();
foreach (string arg in args)
{
    // An option sets its switch for the files after it.
    switch (arg)
    {
        case "--log": withLog = true; continue;
        case "--dump": dump = true; continue;
        case "--reliability": reliability = true; continue;
        case "--features": features = true; continue;
        case "--quantities": quantities = true; continue;
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
    var traits = new System.Collections.Generic.Dictionary<(int Line, int Start), string>();
    var blocks = LabelledSet.Parse(content);
    var evaluation = ExtractionEvaluation.Run(blocks, block =>
    {
        if (reliability)
        {
            foreach (var proposal in ReportExtractor.Default.Propose(block.Text, block.Published))
            {
                traits[(block.Line, proposal.Figure.Start)] = Traits(proposal);
            }
        }
        return ExtractorReading.Read(ReportExtractor.Default, block);
    });
    Console.WriteLine($"{Path.GetFileName(arg)}: {evaluation.Summary()}");
    foreach (var (line, figure, right) in evaluation.Outcomes)
    {
        pooled.Add((Path.GetFileName(arg), line, figure, right, traits.GetValueOrDefault((line, figure.Mentions[0].Start), "?")));
    }
    if (withLog)
    {
        Console.WriteLine(evaluation.Log);
    }
    if (quantities)
    {
        var fileQuantities = QuantityEvaluation.Run(blocks, ReportExtractor.Default);
        pooledQuantities.Add(fileQuantities);
        Console.WriteLine($"{Path.GetFileName(arg)}: {fileQuantities.Summary()}");
        if (withLog)
        {
            Console.WriteLine(fileQuantities.Log);
        }
    }
    scored++;
}
if (scored == 0)
{
    Console.Error.WriteLine("Usage: ExtractionScore [--log] [--reliability [--features]] [--quantities] labelled-file...   or   ExtractionScore --dump file...");
    return 2;
}
if (quantities)
{
    Console.WriteLine($"pooled: {pooledQuantities.Summary()}");
}
if (reliability)
{
    PrintReliability(pooled, features);
}
return 0;

// The traits of a proposal the confidence may read, as "basis kind specific vague alternative smallbare links".
static string Traits(FigureProposal proposal)
{
    ref readonly var figure = ref proposal.Figure;
    bool specific = figure.Hedge != HedgeKind.Bare || figure.Unit != UnitClass.None || proposal.Subject is not null;
    bool smallBare = figure.Hedge == HedgeKind.Bare && figure.Unit == UnitClass.None && figure.Low < 10;
    string origin = proposal.Attribution.Origin is { } link ? (link.IsAnonymous ? "anonymous" : "named") + (link.IsKnown ? "-known" : "") : "none";
    return string.Create(CultureInfo.InvariantCulture,
        $"{proposal.Basis}\t{proposal.Kind}\t{(specific ? 1 : 0)}\t{(figure.IsVague ? 1 : 0)}\t{(figure.Alternative is null ? 0 : 1)}\t{(smallBare ? 1 : 0)}\t{origin}\t{(proposal.Cue is null ? 0 : 1)}\t{proposal.Mentions.Count}");
}

// The share right by confidence bin and by basis, all files pooled; with features, every figure's line.
static void PrintReliability(System.Collections.Generic.List<(string File, int Line, FoundFigure Figure, bool Right, string Traits)> pooled, bool features)
{
    double[] edges = [0.0, 0.5, 0.7, 0.8, 0.9, 1.01];
    Console.WriteLine($"reliability: {pooled.Count} found figures");
    Console.WriteLine("| confidence | figures | right | share right | mean confidence |");
    Console.WriteLine("|---|---|---|---|---|");
    for (int b = 0; b + 1 < edges.Length; b++)
    {
        var bin = pooled.FindAll(p => p.Figure.Confidence >= edges[b] && p.Figure.Confidence < edges[b + 1]);
        string label = b + 2 == edges.Length ? $">= {edges[b]:F1}" : $"{edges[b]:F1}-{edges[b + 1]:F1}";
        Row(label, bin);
    }
    Console.WriteLine("| basis | figures | right | share right | mean confidence |");
    Console.WriteLine("|---|---|---|---|---|");
    foreach (string basis in new[] { "None", "Sentence", "Backward", "Repeat", "Continuation", "Carried", "?" })
    {
        Row(basis, pooled.FindAll(p => p.Traits.Split('\t')[0] == basis));
    }
    if (features)
    {
        Console.WriteLine("file\tline\ttext\tright\tconfidence\tbasis\tkind\tspecific\tvague\talternative\tsmallbare\torigin\tcue\tmentions");
        foreach (var p in pooled)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.File}\t{p.Line}\t{p.Figure.Text}\t{(p.Right ? 1 : 0)}\t{p.Figure.Confidence:R}\t{p.Traits}"));
        }
    }

    static void Row(string label, System.Collections.Generic.List<(string File, int Line, FoundFigure Figure, bool Right, string Traits)> rows)
    {
        int right = rows.FindAll(r => r.Right).Count;
        double mean = rows.Count == 0 ? double.NaN : rows.ConvertAll(r => r.Figure.Confidence).Sum() / rows.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {rows.Count} | {right} | {(rows.Count == 0 ? double.NaN : (double)right / rows.Count):F3} | {mean:F3} |"));
    }
}

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

// Every public property of the figure (its estimate's hedge and 95% interval too), the chain's links with all their fields, and the confidence to the last bit.
static void Describe(StringBuilder output, ExtractedFigure figure)
{
    output.Append(CultureInfo.InvariantCulture, $"{figure.Text} | {figure.Start}+{figure.Length} | {string.Join(" ", figure.Mentions)} | {figure.Estimate} | {figure.Estimate.Stated}");
    // The hedge and the 95% interval as read: a hedge set without words of its own ("(100 square miles)" after "about 260
    // square kilometres") shows in neither the figure's text nor its stated text.
    output.Append(CultureInfo.InvariantCulture, $" | hedge {figure.Estimate.Hedge} [{figure.Estimate.Quantile(0.025):R}, {figure.Estimate.Quantile(0.975):R}]");
    output.Append(CultureInfo.InvariantCulture, $" | alt {figure.AlternativeEstimate?.ToString() ?? "-"} | unit {figure.Unit ?? "-"} | subject {figure.Subject ?? "-"} | place {figure.Place ?? "-"} |");
    foreach (var link in figure.Attribution.Chain)
    {
        output.Append(CultureInfo.InvariantCulture, $" [{link.Name}; {link.AsWritten}; {link.Description ?? "-"}; {(link.IsAnonymous ? "anonymous" : "named")}; {(link.IsKnown ? "known" : "unknown")}; {link.StatedOn?.ToString() ?? "-"}]");
    }
    output.Append(CultureInfo.InvariantCulture, $" | {figure.RefersTo} | {figure.Confidence:R} | {figure.Kind} | {figure.Metric?.ToString() ?? "-"} | {figure.Rate?.ToString() ?? "-"} | {figure.Sentence}\n");
}
