using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForceEstimates.Aggregation;
using ForceEstimates.Extraction;
using ForceEstimates.Presentation;
using NodaTime;

namespace ForceEstimates.FuzzTests;

/// <summary>
/// Seeded fuzzing of every public entry point that takes outside input (issue 13). Each property draws its inputs from
/// one seed (<see cref="Fuzz.Seed"/>), so CI sees the same inputs on every run; README.md records how many ran and
/// what they found.
/// </summary>
public class FuzzProperties
{
    private static readonly string[] Words =
    [
        "about ", "nearly ", "almost ", "over ", "more than ", "at least ", "at most ", "up to ", "under ", "between ", " and ", "half", "a third", "two-thirds", " or fewer", " or more", " than ",
        "approximately ", "some ", "dozens", "several hundred", "tens of thousands", "thousand", " million", " billion",
        "1,376", "800", "60,000", "11,000", "0", "-0.0", "-400", "1e300", "1e-400", "1e295", "3e-11", "0.5", "5–3", "3-2",
        "1.5", "1,5", "12.000", "٣", "١٢", "\u202E", "\u00A0", "\u2009", " ", "  ", "%", " per cent", " square kilometres",
        " km²", " sq mi", " troops", " soldiers", "(", ")", "\"", ",", ".", "-", "–", "\n", "Nov. 21", " 2024", "last year",
        "next month", "in the past 20,000 years", "Reuters", " said", " reported", "according to ", "citing ", "Kyiv", ";", "=",
    ];

    private static readonly Gen<string> Phrase =
        Gen.OneOf(Gen.Elements(Words), Gen.Elements("a", "1", "9", ",", ".", " ", "e", "+", "x", "\t").Select(c => c))
            .ArrayOf()
            .Select(parts => string.Concat(parts));

    private static readonly Quantity Troops = Quantity.Of(Metric.Personnel, "troops", "Kursk Oblast", Unit.Persons, Statistic.Level);

    private static readonly LocalDate Day0 = new(2024, 11, 23);

    [Property(MaxTest = 3000, Replay = Fuzz.Seed)]
    public Property ParseGivesAFormatExceptionOrAnOrderedEstimate()
        => Prop.ForAll(Phrase.ToArbitrary(), text =>
        {
            var estimate = Fuzz.Call(Quote(text), () => Estimate.Parse(text), ["text"], typeof(FormatException));
            var tried = Fuzz.Call(Quote(text), () => Estimate.TryParse(text, out var e) ? e : null, ["text"]);
            Fuzz.Check((estimate is null) == (tried is null), "Parse and TryParse disagree", Quote(text));
            if (estimate is not null)
            {
                CheckEstimate(estimate, Quote(text));
            }
        });

    [Property(MaxTest = 1500, Replay = Fuzz.Seed)]
    public Property FactoriesGiveAnArgumentExceptionOrAnOrderedEstimate()
        => Prop.ForAll(Fuzz.AnyMagnitude().Zip(Fuzz.AnyMagnitude()).ToArbitrary(), pair =>
        {
            var (x, y) = (pair.Item1, pair.Item2);
            var input = $"({x:R}, {y:R})";
            Func<double, Estimate>[] single = [Estimate.Exact, Estimate.Bare, Estimate.About, Estimate.Nearly, Estimate.Above, Estimate.AtLeast, Estimate.AtMost, Estimate.Under];
            string[] names = ["value", "bound"];
            foreach (var factory in single)
            {
                var estimate = Fuzz.Call($"{factory.Method.Name}{input}", () => factory(x), names, typeof(ArgumentException));
                if (estimate is not null)
                {
                    CheckEstimate(estimate, $"{factory.Method.Name}{input}");
                }
            }
            var between = Fuzz.Call($"Between{input}", () => Estimate.Between(Math.Min(x, y), Math.Max(x, y)), ["low", "high"], typeof(ArgumentException));
            if (between is not null)
            {
                CheckEstimate(between, $"Between{input}");
            }
        });

    [Property(MaxTest = 1500, Replay = Fuzz.Seed)]
    public Property MetaAnalysisGivesAnArgumentExceptionOrFiniteOrderedFigures()
        => Prop.ForAll(Studies().ToArbitrary(), data =>
        {
            var (y, v, method) = data;
            var input = $"Fit({Fuzz.Show(y)}, {Fuzz.Show(v)}, {method})";
            var boxed = Fuzz.Call(input, () => (object)MetaAnalysis.Fit(y, v, method), ["effects", "variances"], typeof(ArgumentException));
            if (boxed is MetaAnalysisResult fit)
            {
                CheckFit(fit, input);
            }
            var observations = y.Select((value, i) => (i % 4) switch
            {
                1 => Observation.AtLeast(value, v[i]),
                2 => Observation.AtMost(value, v[i]),
                _ => Observation.Point(value, v[i]),
            }).ToArray();
            var censoredMethod = method == TauSquaredMethod.FixedEffect ? method : TauSquaredMethod.MaximumLikelihood;
            var censored = Fuzz.Call("FitCensored of " + input, () => (object)MetaAnalysis.FitCensored(observations, [], censoredMethod), ["observations", "weights"], typeof(ArgumentException));
            if (censored is MetaAnalysisResult c)
            {
                CheckFit(c, "FitCensored of " + input);
            }
        });

    [Property(MaxTest = 400, Replay = Fuzz.Seed)]
    public Property AggregatesAreFiniteAndOrderedOrRejectTheReports()
        => Prop.ForAll(Reports().ToArbitrary(), data =>
        {
            var (reports, asOf, halfLife, method) = data;
            var input = $"Aggregate.Of([{string.Join("; ", reports.Select(r => $"{r.Estimate.Stated.Text} {r.RefersTo} published {r.Published}"))}], {asOf}, half-life {halfLife}, {method})";
            var options = AggregationOptions.Default with { HalfLifeDays = halfLife, Method = method };
            var aggregate = Fuzz.Call(input, () => Aggregate.Of(reports, asOf, options), ["reports", "asOf", "options"], typeof(ArgumentException));
            if (aggregate is null)
            {
                return;
            }
            Fuzz.Check(double.IsFinite(aggregate.Value), "value not finite", input);
            Fuzz.Ordered(aggregate.ConfidenceInterval.Lower, aggregate.ConfidenceInterval.Upper, "confidence interval", input);
            Fuzz.Check(aggregate.Contributions.All(c => c.Share is >= 0 and <= 1 && !double.IsNaN(c.Weight)), "a share outside [0, 1] or a NaN weight", input);
            var svg = Fuzz.Call("ForestPlot of " + input, () => Svg.ForestPlot(aggregate), ["aggregate"]);
            Fuzz.Check(svg is not null && XElement.Parse(svg).Name.LocalName == "svg", "forest plot not well-formed SVG", input);
            var json = Fuzz.Call("JsonFormat.Write of " + input, () => JsonFormat.Write(aggregate), ["aggregate"]);
            Fuzz.Check(json is not null && JsonDocument.Parse(json).RootElement.ValueKind == JsonValueKind.Object, "aggregate JSON not an object", input);
        });

    [Property(MaxTest = 600, Replay = Fuzz.Seed)]
    public Property JsonAndCsvReadersRejectDamageWithTheirDocumentedExceptions()
        => Prop.ForAll(Damage().ToArbitrary(), damage =>
        {
            var (position, length, insert, csv) = damage;
            var sample = Samples.Kursk2024;
            var text = csv ? CsvFormat.Write(sample) : JsonFormat.Write(sample);
            var at = position % (text.Length + 1);
            var cut = Math.Min(length, text.Length - at);
            var damaged = text.Remove(at, cut).Insert(at, insert);
            var input = $"{(csv ? "CSV" : "JSON")} with {cut} characters at {at} replaced by {Quote(insert)}";
            var read = csv
                ? Fuzz.Call(input, () => CsvFormat.ReadReports(damaged), ["csv"], typeof(FormatException))
                : Fuzz.Call(input, () => JsonFormat.ReadReports(damaged), ["json"], typeof(JsonException));
            if (read is not null)
            {
                // What reads must write again and read back the same.
                var again = csv ? CsvFormat.ReadReports(CsvFormat.Write(read)) : JsonFormat.ReadReports(JsonFormat.Write(read));
                Fuzz.Check(again.Count == read.Count, "a second round trip changed the number of reports", input);
            }
        });

    [Property(MaxTest = 800, Replay = Fuzz.Seed)]
    public Property ExtractedFiguresIndexTheirTextAndHaveOrderedEstimates()
        => Prop.ForAll(Phrase.Zip(Gen.Choose(-9998, 9999)).ToArbitrary(), pair =>
        {
            var (text, year) = (pair.Item1, pair.Item2);
            var published = new LocalDate(year, 6, 15);
            var input = $"{Quote(text)} published {published}";
            var figures = Fuzz.Call(input, () => ReportExtractor.Default.Extract(text, published), ["text", "published"]);
            Fuzz.Check(figures is not null, "no figures list", input);
            foreach (var figure in figures!)
            {
                Fuzz.Check(figure.Start >= 0 && figure.Start + figure.Length <= text.Length && text.Substring(figure.Start, figure.Length) == figure.Text, "a figure's span does not index the text", input);
                CheckEstimate(figure.Estimate, input);
            }
        });

    private static readonly string[] Sources = ["The ministry said", "Kessia's army said", "Officials said", "A monitor said", "Reuters reported", "He said", "According to the governor,", ""];
    private static readonly string[] Hedges = ["", "about ", "nearly ", "up to ", "more than ", "at least ", "under ", "some ", "roughly ", "no more than ", "fewer than ", "between "];
    private static readonly string[] Numbers = ["0", "1", "4", "23", "200", "1,200", "12,000", "40%", "2.5 million", "thousands of", "dozens of", "1,376 square kilometres", "0.0", "99.5%", "half of the", "two-thirds of the", "half and 60% of the"];
    private static readonly string[] Nouns = ["troops", "civilians", "soldiers", "people", "drones", "tanks", "police officers", ""];
    private static readonly string[] Verbs = ["were killed", "were wounded", "were deployed", "were captured", "were lost", "were shot down", "remain", "died"];
    private static readonly string[] Places = ["in Dovra", "in Kessia", "in North Kessia", "in West Kessia's Dovra's", "in the Kessa region's", "near Dovra's", "", "at Dovra station"];
    private static readonly string[] Times = ["", "on Monday", "last week", "since February 2022", "in 2023", "by 2030", "between March and May", "in the past month", "overnight", "in 1994", "by 2045", "in 2041"];

    /// <summary>A news-shaped article of two to eight sentences from invented parts (hedges at zero, possessives with nothing after them, times years off, behind or ahead).</summary>
    private static Gen<string> Article()
    {
        string[][] parts = [Sources, Hedges, Numbers, Nouns, Verbs, Places, Times];
        var sentence = Gen.Choose(0, 1_000_000).ArrayOf(parts.Length).Select(picks =>
        {
            var chosen = parts.Select((options, i) => options[picks[i] % options.Length]).ToArray();
            return $"{chosen[0]} {chosen[1]}{chosen[2]} {chosen[3]} {chosen[4]} {chosen[5]} {chosen[6]}".Trim() + ".";
        });
        return sentence.ArrayOf(8).Zip(Gen.Choose(2, 8)).Select(pair => string.Join(' ', pair.Item1.Take(pair.Item2)));
    }

    [Property(MaxTest = 300, Replay = Fuzz.Seed)]
    public Property ExtractedFiguresAggregateAndCheckWithoutThrowing()
        => Prop.ForAll(Article().Zip(Gen.Choose(0, 5_000)).ToArbitrary(), pair =>
        {
            // What `extract | aggregate` and `check` do with an article (session 32: bounds at zero and a report years older
            // than the rest threw from the aggregation of extracted figures, a possessor with no name after it from the reader;
            // session 33: a count's figure of a year decades ahead).
            var (text, day) = (pair.Item1, pair.Item2);
            var published = new LocalDate(2016, 1, 1).PlusDays(day);
            var input = $"{Quote(text)} published {published}";
            var figures = Fuzz.Call(input, () => ReportExtractor.Default.Extract(text, published), ["text", "published"]);
            var reports = Fuzz.Call("ToReports of " + input, () => ReportExtractor.ToReports(figures!), ["figures"]);
            var aggregates = Fuzz.Call("ByQuantity of " + input, () => Aggregate.ByQuantity(reports!, published.PlusDays(10)), ["reports", "asOf"]);
            foreach (var aggregate in aggregates!)
            {
                Fuzz.Check(double.IsFinite(aggregate.Value), "value not finite", input);
                Fuzz.Ordered(aggregate.ConfidenceInterval.Lower, aggregate.ConfidenceInterval.Upper, "confidence interval", input);
            }
            Fuzz.Call("ConsistencyCheck.Run of " + input, () => ForceEstimates.Consistency.ConsistencyCheck.Run(reports!), ["reports"]);
        });

    [Property(MaxTest = 600, Replay = Fuzz.Seed)]
    public Property SvgAndHtmlOfAnyEstimateAreWellFormed()
        => Prop.ForAll(Fuzz.AnyMagnitude().Zip(Fuzz.AnyMagnitude()).ToArbitrary(), pair =>
        {
            var (x, y) = (Math.Abs(pair.Item1), Math.Abs(pair.Item2));
            var input = $"between {x:R} and {y:R}";
            var estimate = Fuzz.Call(input, () => Estimate.Between(Math.Min(x, y), Math.Max(x, y)), ["low", "high"], typeof(ArgumentException));
            if (estimate is null)
            {
                return;
            }
            var svg = Fuzz.Call("Svg.Distribution of " + input, () => Svg.Distribution(estimate), ["estimate"]);
            Fuzz.Check(svg is not null && XElement.Parse(svg).Name.LocalName == "svg", "not well-formed SVG", input);
            var html = Fuzz.Call("Html.Of of " + input, () => Html.Of(estimate), ["estimate"]);
            Fuzz.Check(!string.IsNullOrEmpty(html), "empty HTML", input);
        });

    private static void CheckEstimate(Estimate estimate, string input)
    {
        var median = estimate.Median;
        Fuzz.Check(double.IsFinite(median), $"median {median} not finite", input);
        var interval = estimate.Interval(0.9);
        Fuzz.Ordered(interval.Lower, interval.Upper, "90% interval", input);
        Fuzz.Check(interval.Lower <= median && median <= interval.Upper, "median outside its 90% interval", input);
        Fuzz.Check(estimate.Quantile(0.25) <= estimate.Quantile(0.75), "quantiles out of order", input);
    }

    private static void CheckFit(MetaAnalysisResult fit, string input)
    {
        Fuzz.Check(double.IsFinite(fit.Mean) && double.IsFinite(fit.StandardError) && fit.StandardError >= 0, $"mean {fit.Mean} or SE {fit.StandardError} not finite", input);
        Fuzz.Check(fit.TauSquared >= 0 && double.IsFinite(fit.TauSquared), $"tau² {fit.TauSquared}", input);
        Fuzz.Check(fit.ISquared is >= 0 and <= 100 && double.IsFinite(fit.Q) && fit.Q >= 0, $"I² {fit.ISquared} or Q {fit.Q}", input);
        Fuzz.Ordered(fit.ConfidenceInterval.Lower, fit.ConfidenceInterval.Upper, "confidence interval", input);
        Fuzz.Ordered(fit.PredictionInterval.Lower, fit.PredictionInterval.Upper, "prediction interval", input);
    }

    private static Gen<(double[] Effects, double[] Variances, TauSquaredMethod Method)> Studies()
        => Gen.Choose(1, 8).SelectMany(k =>
            Gen.Choose(-320, 300).SelectMany(scale =>
                Fuzz.AnyMagnitude().ArrayOf(k).SelectMany(y =>
                    Fuzz.AnyMagnitude().Select(Math.Abs).Where(v => v > 0).ArrayOf(k).SelectMany(v =>
                        Gen.Elements(Enum.GetValues<TauSquaredMethod>()).SelectMany(method =>
                            Gen.Elements(true, false).Select(scaled => scaled
                                ? (y.Select(x => x % 1000 * Math.Pow(10, scale / 2.0)).ToArray(), v.Select(x => (x % 10) + 1e-3).Select(x => x * Math.Pow(10, scale)).Where(double.IsFinite).Concat(Enumerable.Repeat(1.0, k)).Take(k).ToArray(), method)
                                : (y, v, method)))))));

    private static Gen<(Report[] Reports, LocalDate AsOf, double HalfLife, AggregationMethod Method)> Reports()
    {
        var figure = Gen.OneOf(
            Fuzz.AnyMagnitude().Select(x => Math.Abs(x).ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Elements("about 100", "about 1e300", "nearly 60,000", "more than 10,000", "up to 15,000", "between 11,000 and 20,000", "12,000", "0", "about 1e-300", "at least 1"));
        var hedge = Gen.Elements("", "about ", "nearly ", "over ", "at most ");
        var report = hedge.Zip(figure).SelectMany(text =>
            Gen.Choose(-400_000, 400_000).SelectMany(offset =>
                Gen.Choose(-400, 400).Select(lead =>
                {
                    var published = Day0.PlusDays(offset % 50_000);
                    var start = published.PlusDays(lead);
                    return (Text: text.Item1 + text.Item2, Published: published, RefersTo: new DateInterval(start, start.PlusDays(Math.Abs(lead) % 30)));
                })));
        return report.ArrayOf().Where(a => a.Length > 0).SelectMany(parts =>
            Gen.Choose(-400_000, 2_000_000).SelectMany(asOf =>
                Gen.Elements(1.0, 90.0, 1e-3, 1e6, double.PositiveInfinity).SelectMany(halfLife =>
                    Gen.Elements(Enum.GetValues<AggregationMethod>()).Select(method =>
                    {
                        var reports = parts.Select((p, i) => Estimate.TryParse(p.Text, out var e)
                            ? Report.Of($"r{i}", Troops, e, Provenance.Of(Source.Of($"origin {i % 3}", SourceKind.IntelligenceService, ConflictSide.ThirdParty)), p.RefersTo, p.Published)
                            : null).OfType<Report>().ToArray();
                        return (reports.Length > 0 ? reports : [Report.Of("r", Troops, Estimate.Bare(1), Provenance.Of(Source.Of("o", SourceKind.IntelligenceService, ConflictSide.ThirdParty)), new DateInterval(Day0, Day0), Day0)],
                            Day0.PlusDays(asOf % 2_500_000), halfLife, method);
                    }))));
    }

    private static Gen<(int Position, int Length, string Insert, bool Csv)> Damage()
        => Gen.Choose(0, 100_000).SelectMany(position =>
            Gen.Choose(0, 40).SelectMany(length =>
                Gen.Elements("", "\"", ",", "\n", "{", "}", "[", "]", ":", "\"x\"", "1e400", "-1", "null", "\uFEFF", "=HYPERLINK(\"x\")", "\u202E", "0", "true", ";", "\t", "\"\"", "NaN", "F6", "2024-13-45").SelectMany(insert =>
                    Gen.Elements(true, false).Select(csv => (position, length, insert, csv)))));

    private static string Quote(string text) => JsonSerializer.Serialize(text.Length > 300 ? text[..300] + "…" : text);
}
