// Mutation fuzzing of the extraction pipeline over a corpus of articles the caller supplies (real text stays outside
// the repository): each run cuts a window from a corpus file, damages it a few times (spans cut or repeated, words
// swapped, figures, hedges, fractions, brackets and attributions put in), then calls what `extract | aggregate` and
// `check` call: Extract, ToReports, Aggregate.ByQuantity and ConsistencyCheck.Run. Any exception, a figure whose span
// does not index the text, an unordered interval or a call slower than the limit is written to a file that `repro`
// replays.
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Globalization;
using System.Text;
using ForceEstimates.Aggregation;
using ForceEstimates.Consistency;
using ForceEstimates.Extraction;
using NodaTime;
using NodaTime.Text;

namespace ForceEstimates.ExtractionFuzz;

internal static class Program
{
    private const string Usage = """
        usage:
          ExtractionFuzz run <seed> <runs> <corpus file>...   fuzz; failures are written to ./fuzz-failures/
          ExtractionFuzz repro <failure file>...              replay failures written by run
          ExtractionFuzz shrink <failure file>                cut the failure's text to the least that fails the same way
          ExtractionFuzz text <published yyyy-MM-dd> "<text>" run the pipeline on one text
        """;

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    // Pieces put into the text: the forms that broke the reader before (fractions opening a range, a trailing hedge
    // before "than", footnote marks, possessors with nothing after them, years far off) and plain punctuation.
    private static readonly string[] Pieces =
    [
        "about ", "nearly ", "more than ", "fewer than ", "at least ", "up to ", "between ", " and ", " or ", " or more",
        " or fewer", " than ", "half ", "a third of ", "two-thirds of ", "40%", "99.5%", "0", "1", "12", "1,376", "60,000",
        "2.5 million", "tens of thousands of ", "dozens of ", " km²", " square kilometres", " troops", " civilians",
        " killed", " wounded", " captured", "[note 4]", "[3]", "(", ")", "\"", "“", "”", "'s", ",", ".", ";", ":", " — ",
        "\n", "\n\n", " he said", " officials said", "According to the ministry, ", "Source: ", " in 1994", " by 2045",
        " since February 2022", " last week", " on Monday", " per day", " a day", " each", "–", "-", "/", " the ",
    ];

    private static readonly string?[] Outlets = [null, "Kessia Times", "Reuters", "Varo Post"];

    public static int Main(string[] args)
    {
        if (args.Length >= 4 && args[0] == "run" && int.TryParse(args[1], CultureInfo.InvariantCulture, out var seed)
            && int.TryParse(args[2], CultureInfo.InvariantCulture, out var runs))
        {
            return Run(seed, runs, args[3..]);
        }
        if (args.Length >= 2 && args[0] == "repro")
        {
            var failed = 0;
            foreach (var file in args[1..])
            {
                var (published, outlet, text) = ReadFailure(file);
                var problem = Check(text, published, outlet);
                Console.WriteLine($"{file}: {problem ?? "passes"}");
                failed += problem is null ? 0 : 1;
            }
            return failed == 0 ? 0 : 1;
        }
        if (args.Length == 2 && args[0] == "shrink")
        {
            var (published, outlet, text) = ReadFailure(args[1]);
            var shrunk = Shrink(text, published, outlet);
            if (shrunk is null)
            {
                Console.WriteLine("passes: nothing to shrink");
                return 1;
            }
            Console.WriteLine(shrunk);
            Console.WriteLine("---");
            Console.WriteLine(Check(shrunk, published, outlet));
            return 0;
        }
        if (args.Length == 3 && args[0] == "text" && LocalDatePattern.Iso.Parse(args[1]) is { Success: true } day)
        {
            try
            {
                foreach (var figure in ReportExtractor.Default.Extract(args[2], day.Value))
                {
                    Console.WriteLine($"{figure.Start,5} \"{figure.Text}\" | {figure.Kind} | "
                        + string.Join(" < ", figure.Attribution.Chain.Select(s => $"\"{s.Name}\" (as written \"{s.AsWritten}\")")));
                }
            }
            catch (Exception e)
            {
                Console.WriteLine("Extract: " + e.Message);
            }
            var problem = Check(args[2], day.Value, null);
            Console.WriteLine(problem ?? "passes");
            return problem is null ? 0 : 1;
        }
        Console.Error.WriteLine(Usage);
        return 2;
    }

    private static int Run(int seed, int runs, string[] files)
    {
        var corpus = files.Select(File.ReadAllText).Where(t => t.Length > 0).ToArray();
        if (corpus.Length == 0)
        {
            Console.Error.WriteLine("no corpus text");
            return 2;
        }
        var random = new Random(seed);
        var failures = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            var text = Mutate(Window(corpus[random.Next(corpus.Length)], random), random);
            var published = new LocalDate(1990, 1, 1).PlusDays(random.Next(15_000));
            var outlet = Outlets[random.Next(Outlets.Length)];
            var problem = Check(text, published, outlet);
            if (problem is not null)
            {
                failures++;
                Directory.CreateDirectory("fuzz-failures");
                var path = Path.Combine("fuzz-failures", $"failure-{seed}-{i}.txt");
                File.WriteAllText(path, $"{LocalDatePattern.Iso.Format(published)}\n{outlet ?? "-"}\n{text}");
                Console.WriteLine($"run {i}: {problem.Split('\n')[0]} -> {path}");
            }
            if ((i + 1) % 5_000 == 0)
            {
                Console.WriteLine($"{i + 1} runs, {failures} failures, {clock.Elapsed.TotalSeconds:F0} s");
            }
        }
        Console.WriteLine($"seed {seed}: {runs} runs, {failures} failures, {clock.Elapsed.TotalSeconds:F0} s");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>A stretch of 1 to 60 lines starting at a line of the text.</summary>
    private static string Window(string text, Random random)
    {
        var lines = text.Split('\n');
        var start = random.Next(lines.Length);
        var count = 1 + random.Next(Math.Min(60, lines.Length - start));
        return string.Join('\n', lines, start, count);
    }

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        var times = 1 + random.Next(6);
        for (var t = 0; t < times && builder.Length > 0; t++)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(7))
            {
                case 0: // cut a span
                    builder.Remove(Math.Min(at, builder.Length - 1), Math.Min(1 + random.Next(40), builder.Length - Math.Min(at, builder.Length - 1)));
                    break;
                case 1: // repeat a span
                    var from = random.Next(builder.Length);
                    var span = builder.ToString(from, Math.Min(1 + random.Next(80), builder.Length - from));
                    builder.Insert(at, span);
                    break;
                case 2 or 3: // put a piece in
                    builder.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 4: // a digit for another
                    for (var k = at; k < builder.Length; k++)
                    {
                        if (char.IsAsciiDigit(builder[k]))
                        {
                            builder[k] = (char)('0' + random.Next(10));
                            break;
                        }
                    }
                    break;
                case 5: // swap two neighbouring words
                    var words = builder.ToString().Split(' ');
                    if (words.Length > 2)
                    {
                        var w = random.Next(words.Length - 1);
                        (words[w], words[w + 1]) = (words[w + 1], words[w]);
                        builder.Clear().Append(string.Join(' ', words));
                    }
                    break;
                default: // a word's case
                    var end = at;
                    while (end < builder.Length && char.IsLetter(builder[end]))
                    {
                        builder[end] = random.Next(2) == 0 ? char.ToUpperInvariant(builder[end]) : char.ToLowerInvariant(builder[end]);
                        end++;
                    }
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// Cuts lines, then words, then characters while the text still fails with the same first line of its problem (the
    /// exception and its message); null when the text passes.
    /// </summary>
    private static string? Shrink(string text, LocalDate published, string? outlet)
    {
        var first = Check(text, published, outlet)?.Split('\n')[0];
        if (first is null)
        {
            return null;
        }
        bool Same(string candidate) => Check(candidate, published, outlet)?.Split('\n')[0] == first;
        foreach (var separator in new[] { "\n", " ", "" })
        {
            var parts = separator.Length == 0 ? text.Select(c => c.ToString()).ToList() : text.Split(separator).ToList();
            for (var chunk = Math.Max(1, parts.Count / 2); chunk >= 1; chunk /= 2)
            {
                for (var at = 0; at + chunk <= parts.Count;)
                {
                    var candidate = parts.Take(at).Concat(parts.Skip(at + chunk)).ToList();
                    if (candidate.Count > 0 && Same(string.Join(separator, candidate)))
                    {
                        parts = candidate;
                    }
                    else
                    {
                        at += chunk;
                    }
                }
            }
            text = string.Join(separator, parts);
        }
        return text;
    }

    /// <summary>Runs the pipeline on another thread; null when every call returned and every check held.</summary>
    private static string? Check(string text, LocalDate published, string? outlet)
    {
        string? problem = null;
        var work = Task.Run(() =>
        {
            try
            {
                var figures = ReportExtractor.Default.Extract(text, published, outlet);
                foreach (var figure in figures)
                {
                    if (figure.Start < 0 || figure.Start + figure.Length > text.Length || text.Substring(figure.Start, figure.Length) != figure.Text)
                    {
                        problem = $"the figure \"{figure.Text}\" at {figure.Start} does not index the text";
                        return;
                    }
                    var interval = figure.Estimate.Interval(0.9);
                    if (!(interval.Lower <= figure.Estimate.Median && figure.Estimate.Median <= interval.Upper))
                    {
                        problem = $"the figure \"{figure.Text}\": median outside its 90% interval";
                        return;
                    }
                }
                var reports = ReportExtractor.ToReports(figures);
                foreach (var aggregate in Aggregate.ByQuantity(reports, published.PlusDays(10)))
                {
                    if (!double.IsFinite(aggregate.Value) || !(aggregate.ConfidenceInterval.Lower <= aggregate.ConfidenceInterval.Upper))
                    {
                        problem = $"the aggregate of {aggregate.Quantity} is {aggregate.Value} ({aggregate.ConfidenceInterval.Lower}-{aggregate.ConfidenceInterval.Upper})";
                        return;
                    }
                }
                ConsistencyCheck.Run(reports);
            }
            catch (Exception e)
            {
                problem = e.ToString();
            }
        });
        return work.Wait(Limit) ? problem : $"no answer within {Limit.TotalSeconds} s";
    }

    private static (LocalDate Published, string? Outlet, string Text) ReadFailure(string file)
    {
        var all = File.ReadAllText(file);
        var first = all.IndexOf('\n', StringComparison.Ordinal);
        var second = all.IndexOf('\n', first + 1);
        var outlet = all[(first + 1)..second];
        return (LocalDatePattern.Iso.Parse(all[..first]).Value, outlet == "-" ? null : outlet, all[(second + 1)..]);
    }
}
