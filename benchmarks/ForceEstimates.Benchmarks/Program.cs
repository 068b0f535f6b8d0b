using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace ForceEstimates.Benchmarks;

/// <summary>Runs the benchmarks through BenchmarkDotNet's switcher: pass <c>--filter '*'</c> for all.</summary>
public static class Program
{
    /// <summary>
    /// Entry point. <c>--smoke</c> runs the report-level aggregation eight times with a stopwatch and
    /// prints the bytes allocated: a quick check while working, not a measurement.
    /// <c>--release-library &lt;folder&gt;</c> adds a baseline job built against the ForceEstimates.dll in that folder
    /// (an earlier release) beside a job against this build, for <see cref="AgainstReleaseBenchmarks"/>.
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
        int release = Array.IndexOf(args, "--release-library");
        if (release >= 0 && release + 1 < args.Length)
        {
            var folder = Path.GetFullPath(args[release + 1]);
            if (!File.Exists(Path.Combine(folder, "ForceEstimates.dll")))
            {
                Console.Error.WriteLine($"No ForceEstimates.dll in {folder}.");
                Environment.Exit(2);
            }
            // One launch, a fixed number of iterations: both builds measured alike, back to back for each method.
            var paired = Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15);
            var config = DefaultConfig.Instance
                .AddJob(paired.WithArguments([new MsBuildArgument($"/p:ReleaseLibrary={folder}")]).WithId("release").AsBaseline())
                .AddJob(paired.WithId("this"));
            var rest = args.Where((_, i) => i != release && i != release + 1).ToArray();
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, config);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
