// The README's main job: the seed article's reports, then the North Korean troops aggregated
// as of two dates, each report's weight and why, and the methods side by side.
using System;
using System.IO;
using System.Globalization;
using System.Linq;
using ForceEstimates;
using ForceEstimates.Aggregation;
using ForceEstimates.Consistency;
using ForceEstimates.Presentation;
using NodaTime;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

Console.WriteLine("Reports in the seed article (Kyiv Independent, 2024-11-23)");
Console.WriteLine(new string('=', 60));
foreach (var report in Samples.Kursk2024)
{
    var estimate = report.Estimate;
    var interval = estimate.Interval(0.9);
    Console.WriteLine($"{report.Quantity}");
    Console.WriteLine($"  as written  \"{estimate.Stated.Text}\" ({estimate.Hedge})");
    Console.WriteLine($"  read as     median {PlainText.Number(estimate.Median)}, 90% interval {PlainText.Range(interval)}");
    Console.WriteLine($"  source      {report.Provenance}");
    Console.WriteLine($"  refers to   {report.RefersTo.Start:yyyy-MM-dd} – {report.RefersTo.End:yyyy-MM-dd}, published {report.Published:yyyy-MM-dd}");
}

Console.WriteLine();
Console.WriteLine("North Korean troops sent to Russia for the Kursk front");
Console.WriteLine(new string('=', 60));
foreach (var asOf in new[] { new LocalDate(2024, 12, 31), new LocalDate(2025, 3, 31) })
{
    var aggregate = Aggregate.Of(Samples.NorthKoreanTroops, asOf);
    Console.WriteLine(PlainText.Of(aggregate));
    Console.WriteLine();
    Console.WriteLine($"  Methods compared as of {asOf:yyyy-MM-dd}:");
    foreach (var method in Enum.GetValues<AggregationMethod>())
    {
        var other = Aggregate.Of(Samples.NorthKoreanTroops, asOf, AggregationOptions.Default with { Method = method });
        Console.WriteLine($"    {method,-17} {PlainText.Number(other.Value),8}   95% {PlainText.Range(other.ConfidenceInterval)}");
    }
    Console.WriteLine();
}

// Do the article's figures agree with one another? "Over 40%" is computed from the two areas, and
// the troops in Kursk Oblast are part of those on all fronts.
Console.WriteLine("Consistency of the seed article's figures");
Console.WriteLine(new string('=', 60));
var relations = ConsistencyOptions.Default.WithPart("Kursk Oblast", "all fronts");
foreach (var finding in ConsistencyCheck.Run(Samples.Kursk2024, relations))
{
    Console.WriteLine($"{finding.Rule} — {finding.Verdict} (P = {finding.Probability:0.00})");
    Console.WriteLine($"  {finding.Explanation}");
}
Console.WriteLine();

// The README's picture: the forest plot of the aggregate as of the later date.
var forest = Svg.ForestPlot(Aggregate.Of(Samples.NorthKoreanTroops, new LocalDate(2025, 3, 31)));
Directory.CreateDirectory("out");
File.WriteAllText(Path.Combine("out", "forest-north-korean-troops.svg"), forest);
Console.WriteLine($"Wrote the forest plot to {Path.Combine("out", "forest-north-korean-troops.svg")}");
