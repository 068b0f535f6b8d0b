using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace ForceEstimates.Benchmarks;

/// <summary>Runs the benchmarks through BenchmarkDotNet's switcher: pass <c>--filter '*'</c> for all.</summary>
public static class Program
{
    /// <summary>
    /// Entry point. <c>--smoke</c> runs the report-level aggregation eight times with a stopwatch and
    /// prints the bytes allocated: a quick check while working, not a measurement.
    /// <c>--release &lt;folder&gt;</c> names the build of an earlier release's benchmarks (the folder of its
    /// ForceEstimates.Benchmarks.dll) that <see cref="AgainstReleaseBenchmarks"/> compares this build with; followed by
    /// <c>--paired [rounds] [workload names]</c> it runs <see cref="PairedComparison"/> instead of BenchmarkDotNet;
    /// <c>--paired</c> without a release runs only the comparisons within this build (ByQuantityVsHand: ByQuantity against the hand-written loop; ByQuantityListVsArray; NoiseScaleMany: the batch against its loop).
    /// </summary>
    public static void Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "--smoke")
        {
            var bench = new AggregateBenchmarks();
            bench.Setup();
            for (int i = 0; i < 8; i++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                int count = bench.ByQuantity();
                double elapsed = watch.Elapsed.TotalMilliseconds;
                Console.WriteLine($"ByQuantity: {count} aggregates in {elapsed:0.0} ms, {(GC.GetAllocatedBytesForCurrentThread() - before) / 1e6:0.0} MB allocated");
            }
            return;
        }
        int release = Array.IndexOf(args, "--release");
        if (release >= 0 && release + 1 < args.Length)
        {
            // The benchmark processes inherit the variable (see AgainstReleaseBenchmarks).
            Environment.SetEnvironmentVariable(ReleaseBuild.Variable, Path.GetFullPath(Path.Combine(args[release + 1], "ForceEstimates.Benchmarks.dll")));
            args = args.Where((_, i) => i != release && i != release + 1).ToArray();
        }
        if (args.Length >= 1 && args[0] == "--paired")
        {
            // Without --release only the pairs within this build run (a batch against its loop).
            PairedComparison.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100, args.Skip(2).ToArray());
            return;
        }
        // The benchmark processes are built on a shared machine: BenchmarkDotNet's two-minute build timeout is too short there.
        var config = ManualConfig.Create(DefaultConfig.Instance);
        config.BuildTimeout = TimeSpan.FromMinutes(20);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
