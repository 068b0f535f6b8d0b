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
    Console.WriteLine($"  read as     median {PlainText.Median(estimate, interval)}, 90% interval {PlainText.Range(interval, estimate)}");
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

// Quantities over time: one trend fit over the 4,609 loss reports of Radford et al. (2023), PNAS 120(34),
// with each origin's bias; the paper's figures beside ours (samples/data/radford2023, MIT licence).
Console.WriteLine("Russian and Ukrainian losses in the first year, from 4,609 reports");
Console.WriteLine(new string('=', 60));
var radfordFile = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
    .SelectMany(start => Enumerable.Range(0, 8).Select(up => Path.Combine([start, .. Enumerable.Repeat("..", up), "samples", "data", "radford2023", "replication-data-pnas.csv"])))
    .FirstOrDefault(File.Exists);
if (radfordFile is null)
{
    Console.WriteLine("  (samples/data/radford2023 not found: run the sample from inside the repository)");
}
else
{
    ReportCollection losses;
    using (var reader = File.OpenText(radfordFile))
    {
        losses = Samples.ReadRadford2023(reader);
    }
    var trends = ForceEstimates.Trends.TrendModel.Fit(losses);
    var day365 = new LocalDate(2023, 2, 23);
    Quantity Losses(string category, string country)
        => Quantity.Of(Metric.Of(category), country, null, category.EndsWith("deaths", StringComparison.Ordinal) ? Unit.Persons : Unit.CountOf(category), Statistic.Cumulative);
    Console.WriteLine($"  {trends}; as of {day365:yyyy-MM-dd}, mean [95%]:");
    foreach (var (category, country, paper) in new[] { ("military deaths", "Russia", "76,687 [38,670–139,772]"), ("military deaths", "Ukraine", "17,223 [6,219–39,105]"), ("tanks", "Russia", "3,380 [1,704–6,178]") })
    {
        var value = trends.For(Losses(category, country)).At(day365);
        Console.WriteLine($"    {category + " of " + country,-26} ours {PlainText.Number(value.Mean),8} [{PlainText.Range(value.Interval(0.95))}]   paper {paper}");
    }
    foreach (var (origin, country, paper) in new[] { ("RU Source", "Russia", "×0.3"), ("RU Source", "Ukraine", "×4.3"), ("UA Source", "Russia", "×1.9") })
    {
        var bias = trends.Bias(Source.Of(origin, SourceKind.Government, ConflictSide.Unknown), Losses("military deaths", country));
        Console.WriteLine($"    {origin} on military deaths of {country,-8} ours ×{bias.Factor:0.00} [{PlainText.Range(bias.Interval(0.95))}]   paper {paper}");
    }
    Directory.CreateDirectory("out");
    File.WriteAllText(Path.Combine("out", "trend-russian-military-deaths.svg"), Svg.Trend(trends.For(Losses("military deaths", "Russia"))));
    Console.WriteLine($"  Wrote the trend of Russian military deaths to {Path.Combine("out", "trend-russian-military-deaths.svg")}");
}
Console.WriteLine();

// The README's picture: the forest plot of the aggregate as of the later date.
var forest = Svg.ForestPlot(Aggregate.Of(Samples.NorthKoreanTroops, new LocalDate(2025, 3, 31)));
Directory.CreateDirectory("out");
File.WriteAllText(Path.Combine("out", "forest-north-korean-troops.svg"), forest);
Console.WriteLine($"Wrote the forest plot to {Path.Combine("out", "forest-north-korean-troops.svg")}");
