using System;
using System.Diagnostics;
using BenchmarkDotNet.Running;

namespace ForceEstimates.Benchmarks;

/// <summary>Runs the benchmarks through BenchmarkDotNet's switcher: pass <c>--filter '*'</c> for all.</summary>
public static class Program
{
    /// <summary>Entry point. <c>--smoke</c> runs each aggregate benchmark once with a stopwatch (a quick check, not a measurement).</summary>
    public static void Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "--profile")
        {
            var data = AggregateBenchmarks.Build(10_000, 10, 20241123);
            for (int i = 0; i < 20; i++)
            {
                ForceEstimates.Aggregation.Aggregate.ByQuantity(data, new NodaTime.LocalDate(2025, 3, 31));
            }
            return;
        }
        if (args.Length == 1 && args[0] == "--parts")
        {
            var y = new double[10]; var v = new double[10]; var obs = new ForceEstimates.Aggregation.Observation[10];
            var rnd = new Random(1);
            for (int i = 0; i < 10; i++) { y[i] = 9 + (0.1 * rnd.NextDouble()); v[i] = 0.01 + (0.01 * rnd.NextDouble()); obs[i] = ForceEstimates.Aggregation.Observation.Point(y[i], v[i]); }
            var res = new double[10]; var fl = new bool[10];
            for (int round = 0; round < 3; round++)
            {
                var w = Stopwatch.StartNew();
                for (int g = 0; g < 10_000; g++) { ForceEstimates.Aggregation.Disagreement.Find(obs, y, v, false, 1.96, res, fl); }
                Console.WriteLine($"disagreement x10k: {w.Elapsed.TotalMilliseconds:0.0} ms");
                w.Restart();
                for (int g = 0; g < 10_000; g++) { ForceEstimates.Aggregation.MetaAnalysis.Fit(y, v); }
                Console.WriteLine($"REML x10k: {w.Elapsed.TotalMilliseconds:0.0} ms");
                w.Restart();
                for (int g = 0; g < 10_000; g++) { ForceEstimates.Estimate.FromDistribution(ForceEstimates.LogNormalDistribution.FromLogParameters(9, 0.1)); }
                Console.WriteLine($"FromDistribution x10k: {w.Elapsed.TotalMilliseconds:0.0} ms");
                var data = AggregateBenchmarks.Build(1000, 10, 3);
                var key = data[0].Quantity.Key;
                var dict = new System.Collections.Generic.Dictionary<QuantityKey, int>();
                w.Restart();
                for (int i = 0; i < 100; i++) { foreach (var r in data) { dict.TryGetValue(r.Quantity.Key, out _); } }
                Console.WriteLine($"key lookups x100k: {w.Elapsed.TotalMilliseconds:0.0} ms");
                w.Restart();
                var asOf = new NodaTime.LocalDate(2025, 3, 31);
                long sum = 0;
                for (int i = 0; i < 100; i++) { foreach (var r in data) { sum += NodaTime.Period.DaysBetween(r.RefersTo.End, asOf); } }
                Console.WriteLine($"DaysBetween x100k: {w.Elapsed.TotalMilliseconds:0.0} ms {sum}");
            }
            return;
        }
        if (args.Length == 1 && args[0] == "--smoke")
        {
            var data = AggregateBenchmarks.Build(10_000, 10, 20241123);
            for (int round = 0; round < 2; round++)
            {
                var w = Stopwatch.StartNew();
                double sink = 0;
                foreach (var r in data) { sink += r.Estimate.Quantile(0.84) + r.Estimate.Quantile(0.16) + r.Estimate.Median; }
                Console.WriteLine($"quantiles: {w.Elapsed.TotalMilliseconds:0.0} ms");
                w.Restart();
                for (int g = 0; g < data.Length; g += 10) { sink += ReportCollection.Of(data.AsSpan(g, 10).ToArray()).IndependentGroupIndices().Length; }
                Console.WriteLine($"independence: {w.Elapsed.TotalMilliseconds:0.0} ms");
                w.Restart();
                var groups = new System.Collections.Generic.Dictionary<QuantityKey, int>();
                foreach (var r in data) { groups[r.Quantity.Key] = 1; }
                Console.WriteLine($"keys: {w.Elapsed.TotalMilliseconds:0.0} ms");
                var y = new double[10]; var v = new double[10];
                for (int i = 0; i < 10; i++) { y[i] = 9 + (0.1 * i); v[i] = 0.01 + (0.001 * i); }
                w.Restart();
                for (int g = 0; g < 10_000; g++) { sink += ForceEstimates.Aggregation.MetaAnalysis.Fit(y, v).Mean; }
                Console.WriteLine($"REML fits: {w.Elapsed.TotalMilliseconds:0.0} ms");
                var obs = new ForceEstimates.Aggregation.Observation[10]; var ones = new double[10];
                for (int i = 0; i < 10; i++) { obs[i] = i == 3 ? ForceEstimates.Aggregation.Observation.AtLeast(9.5, 0.01) : ForceEstimates.Aggregation.Observation.Point(y[i], v[i]); ones[i] = 1; }
                w.Restart();
                for (int g = 0; g < 10_000; g++) { sink += ForceEstimates.Aggregation.MetaAnalysis.FitCensored(obs, ones).Mean; }
                Console.WriteLine($"censored fits: {w.Elapsed.TotalMilliseconds:0.0} ms {sink}");
            }
            var bench = new AggregateBenchmarks();
            bench.Setup();
            for (int i = 0; i < 3; i++)
            {
                var watch = Stopwatch.StartNew();
                bench.ByQuantity();
                Console.WriteLine($"ByQuantity: {watch.Elapsed.TotalMilliseconds:0.0} ms");
                long before = GC.GetAllocatedBytesForCurrentThread();
                int gcs = GC.CollectionCount(0);
                bench.ByQuantity();
                Console.WriteLine($"  allocated {(GC.GetAllocatedBytesForCurrentThread() - before) / 1e6:0.0} MB, gen0 GCs {GC.CollectionCount(0) - gcs}, gen2 {GC.CollectionCount(2)}");
                watch.Restart();
                bench.ByQuantityDerSimonianLaird();
                Console.WriteLine($"ByQuantity DL: {watch.Elapsed.TotalMilliseconds:0.0} ms");
                watch.Restart();
                ForceEstimates.Aggregation.Aggregate.ByQuantity(data, new NodaTime.LocalDate(2025, 3, 31), ForceEstimates.Aggregation.AggregationOptions.Default with { Method = ForceEstimates.Aggregation.AggregationMethod.FixedEffect, BoundedClaims = ForceEstimates.Aggregation.BoundedClaims.HedgeDistribution });
                Console.WriteLine($"ByQuantity FE hedge: {watch.Elapsed.TotalMilliseconds:0.0} ms");
                watch.Restart();
                bench.NaiveLinq();
                Console.WriteLine($"NaiveLinq: {watch.Elapsed.TotalMilliseconds:0.0} ms");
            }
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
