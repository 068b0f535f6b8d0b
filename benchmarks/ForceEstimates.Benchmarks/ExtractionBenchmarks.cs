using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ForceEstimates.Extraction;
using NodaTime;

namespace ForceEstimates.Benchmarks;

/// <summary>
/// Throughput of <see cref="ReportExtractor.Extract(string, LocalDate)"/> on about 1 MB of article text:
/// the seed article repeated, and news-like synthetic text with varied figures, attributions,
/// dates and numbers that are not figures. The baseline only finds digit runs with a compiled
/// regular expression: the floor any extractor pays to look at every character. MB/s = input MB / mean.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractionBenchmarks
{
    /// <summary>Adds the MB/s column.</summary>
    private sealed class ThroughputConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn());
    }

    /// <summary>Megabytes of UTF-8 article text per second: the input's size over the mean time.</summary>
    private sealed class ThroughputColumn : IColumn
    {
        public string Id => nameof(ThroughputColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Megabytes (10^6 bytes) of UTF-8 input text per second, from the mean";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } statistics)
            {
                return "-";
            }
            string input = (string)benchmarkCase.Parameters.Items.First(p => p.Name == nameof(Input)).Value;
            double megabytes = Encoding.UTF8.GetByteCount(TextFor(input)) / 1e6;
            return (megabytes / (statistics.Mean / 1e9)).ToString("F1", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }

    /// <summary>The seed article (the project's own, from shared/seed), published 2024-11-23.</summary>
    private const string SeedArticle = @"Ukraine has lost over 40% of territory previously gained in Kursk incursion, Reuters reports

Ukraine has lost over 40 per cent of the territory it previously gained in Russia's Kursk Oblast due to Russian counterattacks, Reuters reported on Nov. 23, citing a source in Ukraine's General Staff.

""At most, we controlled about 1,376 square kilometres, now of course this territory is smaller. The enemy is increasing its counterattacks,"" the source told Reuters. ""Now we control approximately 800 square kilometres. We will hold this territory for as long as is militarily appropriate.""

Ukraine first gained a foothold in Kursk Oblast during a surprise incursion into the Russian region in early August. Since then, Russia has launched extensive counterattacks in an effort to take back the region.

NATO allies believe that Russian President Vladimir Putin is aiming to recapture territory lost in Kursk Oblast before U.S. President-elect Donald Trump’s inauguration on Jan. 20, The Telegraph reported, hoping to gain leverage in future peace negotiations.

The source added that nearly 60,000 Russian army personnel are currently stationed in Kursk Oblast, planning to reach the border with Sumy Oblast to create a ""buffer zone"" there, as Ukraine looked to do with its incursion into Kursk Oblast.

Kyiv has previously said that about 11,000 North Korean soldiers have joined the counteroffensive in Kursk, with the General Staff source noting that the majority of North Korean soldiers was finalizing training along Russian forces.

The Kyiv Independent has not been able to verify the information provided by the General Staff source.

As Russia's attempt to take back Kursk continues to progress, Russia has also intensified its attacks along the eastern front in recent weeks, putting Ukrainian forces under mounting pressure as they struggle to defend key positions.

In total, almost 580,000 Russian soldiers are participating in combat against Ukraine, Vadym Skibitskyi, the deputy head of Ukraine's military intelligence agency (HUR), told Interfax Ukraine on Nov. 21.

Zaluzhnyi: Use of technological advancements will prevent ‘serious’ front line breakthrough until 2027
“When robots began to appear massively on the battlefield, they made any movement of soldiers impossible. The inability to fight robots led to a standstill. We couldn’t move forward towards the Russians, and the Russians, accordingly, couldn’t move forward either,” Zaluzhnyi said.
Ukraine has lost over 40% of territory previously gained in Kursk incursion, Reuters reports

Source link

(Visited 1 times, 1 visits today)

About The Author

Related:";

    private static readonly Regex Digits = new(@"\d[\d,.]*", RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));

    private static readonly LocalDate Published = new(2024, 11, 23);

    private string text = "";

    private System.Collections.Generic.IReadOnlyList<ExtractedFigure> figures = [];

    /// <summary>Which text: "seed" (the seed article repeated) or "news" (synthetic wire copy).</summary>
    [Params("seed", "news")]
    public string Input { get; set; } = "seed";

    /// <summary>Builds about 1 MB of the chosen text.</summary>
    [GlobalSetup]
    public void Setup()
    {
        text = TextFor(Input);
        figures = ReportExtractor.Default.Extract(text, Published);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {Input}: {text.Length} chars, {Encoding.UTF8.GetByteCount(text) / 1e6:F3} MB UTF-8, {figures.Count} figures"));
    }

    /// <summary>Digit runs with a compiled regular expression.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveRegexNumberFinder()
    {
        int count = 0;
        for (var match = Digits.Match(text); match.Success; match = match.NextMatch())
        {
            count++;
        }
        return count;
    }

    /// <summary>The whole extraction: figures, estimates, attribution, dates, subjects, places, merging.</summary>
    [Benchmark]
    public int Extract() => ReportExtractor.Default.Extract(text, Published).Count;

    /// <summary>
    /// The quantity guesses for the figures <see cref="Extract"/> found (not timed again): <see cref="ReportExtractor.ToReports"/>,
    /// the batch step of <c>extract | aggregate</c>. Its MB/s is of the text the figures came from.
    /// </summary>
    [Benchmark]
    public int ToReports() => ReportExtractor.ToReports(figures).Count;

    private static string TextFor(string input) => input == "seed" ? Repeat(SeedArticle, 1 << 20) : SyntheticNews(1 << 20, seed: 20241123);

    private static string Repeat(string article, int length)
    {
        var builder = new StringBuilder(length + article.Length);
        while (builder.Length < length)
        {
            builder.Append(article).Append('\n');
        }
        return builder.ToString();
    }

    /// <summary>Wire-style paragraphs from templates with random numbers, hedges, speakers, places and dates.</summary>
    internal static string SyntheticNews(int length, int seed)
    {
        string[] hedges = ["about ", "nearly ", "over ", "more than ", "at least ", "up to ", "approximately ", "almost ", "roughly ", "", "fewer than "];
        string[] subjects = ["Russian troops", "North Korean soldiers", "drones", "tanks", "civilians", "artillery systems", "prisoners of war"];
        string[] places = ["Kursk Oblast", "the Donetsk region", "Pokrovsk", "Kharkiv", "Zaporizhzhia", "Kupiansk"];
        string[] speakers = ["the General Staff said", "a senior official told Reuters", "Ukrainian military intelligence said", "the governor said on Telegram", "Kyiv has previously said", "the ministry claimed"];
        string[] dates = ["on Nov. 21", "last week", "in early August", "on Monday", "since February 2022", "over the past 24 hours"];
        var random = new Random(seed);
        var builder = new StringBuilder(length + 400);
        while (builder.Length < length)
        {
            string hedge = hedges[random.Next(hedges.Length)];
            int number = random.Next(2, 900) * (random.Next(3) == 0 ? 1000 : 10);
            string n = number.ToString("N0", CultureInfo.InvariantCulture);
            switch (random.Next(5))
            {
                case 0:
                    builder.Append(CultureInfo.InvariantCulture, $"{Capital(hedge)}{n} {subjects[random.Next(subjects.Length)]} are in {places[random.Next(places.Length)]} {dates[random.Next(dates.Length)]}, {speakers[random.Next(speakers.Length)]}.");
                    break;
                case 1:
                    builder.Append(CultureInfo.InvariantCulture, $"\"We control {hedge}{random.Next(100, 2000)} square kilometres,\" {speakers[random.Next(speakers.Length)].Replace(" said", "", StringComparison.Ordinal)} said. \"We lost {random.Next(5, 60)}% of our vehicles.\"");
                    break;
                case 2:
                    builder.Append(CultureInfo.InvariantCulture, $"According to Ukraine's General Staff, Russia has lost {n} soldiers and {random.Next(10, 99)} tanks {dates[random.Next(dates.Length)]}.");
                    break;
                case 3:
                    builder.Append(CultureInfo.InvariantCulture, $"The attack began at {random.Next(1, 12)}:{random.Next(10, 59)} a.m. on Jan. {random.Next(1, 28)}, 2024, the {random.Next(20, 150)}th brigade said, and two Su-34 jets were seen.");
                    break;
                default:
                    builder.Append(CultureInfo.InvariantCulture, $"Reuters reported, citing a source in the army, that between {n} and {(number * 2).ToString("N0", CultureInfo.InvariantCulture)} {subjects[random.Next(subjects.Length)]} took part. Since then the front has moved.");
                    break;
            }
            builder.Append(random.Next(3) == 0 ? '\n' : ' ');
        }
        return builder.ToString();
    }

    private static string Capital(string hedge) => hedge.Length == 0 ? hedge : char.ToUpperInvariant(hedge[0]) + hedge[1..];
}
