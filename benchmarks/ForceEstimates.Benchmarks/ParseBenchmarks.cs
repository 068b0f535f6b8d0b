using System;
using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace ForceEstimates.Benchmarks;

/// <summary>
/// Throughput and allocations of <see cref="Estimate.Parse(string)"/> over a mix of figures as the
/// seed article and other reports write them; target at least 1,000,000 phrases per second on one
/// core. Each benchmark parses the whole set once, so the reported time is per phrase
/// (<c>OperationsPerInvoke</c>). Baseline: <see cref="double.Parse(string, NumberStyles, System.IFormatProvider)"/>
/// of the bare numbers alone (no hedges, units or interpretation); beside it a naive regex reader
/// that only pulls out hedge word and number.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private static readonly string[] Phrases =
    [
        "about 1,376 square kilometres", "approximately 800 square kilometres", "over 40%", "over 40 per cent",
        "nearly 60,000", "about 11,000", "almost 580,000", "around 10,000", "12,000", "around 10,900",
        "more than 10,000", "between 11,000 and 20,000", "1.2 million", "up to 15,000", "tens of thousands", "eleven thousand",
    ];

    private static readonly string[] BareNumbers =
    [
        "1,376", "800", "40", "40", "60,000", "11,000", "580,000", "10,000", "12,000", "10,900",
        "10,000", "11,000", "1.2", "15,000", "10,000", "11,000",
    ];

    private static readonly Regex NaiveFigure = new(
        @"^(?<hedge>about|approximately|around|over|nearly|almost|more than|between|up to)?\s*(?<number>[0-9][0-9,]*(\.[0-9]+)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>double.Parse of the numbers alone: the floor any figure reader pays.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 16)]
    public double DoubleParseOfBareNumbers()
    {
        var sum = 0.0;
        foreach (var number in BareNumbers)
        {
            sum += double.Parse(number, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        }
        return sum;
    }

    /// <summary>A naive compiled regex that reads hedge word and digits only (no units, ranges, words or interpretation).</summary>
    [Benchmark(OperationsPerInvoke = 16)]
    public double NaiveRegex()
    {
        var sum = 0.0;
        foreach (var phrase in Phrases)
        {
            var match = NaiveFigure.Match(phrase);
            if (match.Success && match.Groups["number"].Success)
            {
                sum += double.Parse(match.Groups["number"].ValueSpan, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            }
        }
        return sum;
    }

    /// <summary>Estimate.Parse: hedge, number(s), multiplier, unit, and the interpreted distribution.</summary>
    [Benchmark(OperationsPerInvoke = 16)]
    public double EstimateParse()
    {
        var sum = 0.0;
        foreach (var phrase in Phrases)
        {
            sum += Estimate.Parse(phrase).Stated.Value;
        }
        return sum;
    }

    private const string Sentence =
        "At most, we controlled about 1,376 square kilometres, now approximately 800 square kilometres, while nearly 60,000 Russian army personnel and about 11,000 North Korean soldiers remain.";

    private static readonly int[] WordStarts = FindWordStarts(Sentence);

    /// <summary>
    /// What an extractor does: TryParsePrefix at every word start of a sentence (26 starts, 4 figures);
    /// time per start. Failures must be cheap and allocation-free.
    /// </summary>
    [Benchmark(OperationsPerInvoke = 26)]
    public int TryParsePrefixAtWordStarts()
    {
        var found = 0;
        foreach (var start in WordStarts)
        {
            if (EstimateParser.TryParsePrefix(Sentence.AsSpan(start), HedgeModel.Default, out _, out var consumed))
            {
                found += consumed;
            }
        }
        return found;
    }

    private static int[] FindWordStarts(string text)
    {
        var starts = new System.Collections.Generic.List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                starts.Add(i);
            }
        }
        return [.. starts];
    }

    /// <summary>Estimate.Parse followed by the median (two-sided readings are closed-form; one-sided ones invert a gamma CDF).</summary>
    [Benchmark(OperationsPerInvoke = 16)]
    public double EstimateParseAndMedian()
    {
        var sum = 0.0;
        foreach (var phrase in Phrases)
        {
            sum += Estimate.Parse(phrase).Median;
        }
        return sum;
    }
}
