using BenchmarkDotNet.Running;

namespace ForceEstimates.Benchmarks;

/// <summary>Runs the benchmarks through BenchmarkDotNet's switcher: pass <c>--filter '*'</c> for all.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
