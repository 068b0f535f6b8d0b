using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;

namespace ForceEstimates.FuzzTests;

/// <summary>
/// What every fuzzed call must satisfy: it ends within <see cref="Limit"/>, it throws nothing but the exceptions its
/// documentation names, and an <see cref="ArgumentException"/> names one of the caller's arguments (never a parameter of
/// code inside the library). Counts the inputs run, for the README.
/// </summary>
internal static class Fuzz
{
    /// <summary>Per call. Generous: calls take milliseconds, but the machines running the tests are shared and slow.</summary>
    internal static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    /// <summary>The seed every property replays (FsCheck's "seed,gamma"), so each run sees the same inputs.</summary>
    internal const string Seed = "20261203,3215559178322092721";

    private static long inputs;

    internal static long Inputs => Interlocked.Read(ref inputs);

    /// <summary>
    /// Runs <paramref name="call"/> on another thread with a time limit. Returns its result, or null when it threw one of
    /// <paramref name="documented"/>; any other exception, a time-out, or an argument name outside
    /// <paramref name="arguments"/> fails with the input in the message.
    /// </summary>
    internal static T? Call<T>(string input, Func<T?> call, string[] arguments, params Type[] documented)
        where T : class
    {
        Interlocked.Increment(ref inputs);
        var task = Task.Run(call);
        try
        {
            if (!task.Wait(Limit))
            {
                throw new FuzzFailure($"no result within {Limit.TotalSeconds} s for {input}");
            }
            return task.Result;
        }
        catch (AggregateException wrapped) when (wrapped.InnerException is { } e)
        {
            if (!Array.Exists(documented, t => t.IsInstanceOfType(e)))
            {
                throw new FuzzFailure($"{e.GetType().Name} (not documented) for {input}: {e.Message}", e);
            }
            if (e is ArgumentException { ParamName: { } name } && !Array.Exists(arguments, a => name == a || name.StartsWith(a + "[", StringComparison.Ordinal) || name.StartsWith(a + ".", StringComparison.Ordinal)))
            {
                throw new FuzzFailure($"{e.GetType().Name} names '{name}', not an argument of the call ({string.Join(", ", arguments)}), for {input}: {e.Message}", e);
            }
            return null;
        }
    }

    /// <summary>Fails unless <paramref name="condition"/> holds, describing the input.</summary>
    internal static void Check(bool condition, string what, string input)
    {
        if (!condition)
        {
            throw new FuzzFailure($"{what} for {input}");
        }
    }

    internal static void Ordered(double lower, double upper, string what, string input)
        => Check(double.IsFinite(lower) && double.IsFinite(upper) && lower <= upper, $"{what} [{lower.ToString("R", CultureInfo.InvariantCulture)}, {upper.ToString("R", CultureInfo.InvariantCulture)}] not finite and ordered", input);

    /// <summary>Doubles across the whole range: ordinary, tiny, huge, subnormal, signed zeros, powers of ten.</summary>
    internal static Gen<double> AnyMagnitude()
        => Gen.OneOf(
            Gen.Choose(-1000, 100_000).Select(i => (double)i),
            Gen.Choose(-324, 307).Zip(Gen.Choose(1, 9)).Select(p => p.Item2 * Math.Pow(10, p.Item1)),
            Gen.Choose(-1074, 1023).Select(e => Math.ScaleB(1.0, e)),
            Gen.Elements(0.0, -0.0, double.Epsilon, double.MaxValue, -double.MaxValue, 1e-300, 1e300, 0.5, 1.0, 1e15, 3e-11));

    internal static string Show(IEnumerable<double> values) => "[" + string.Join(", ", System.Linq.Enumerable.Select(values, v => v.ToString("R", CultureInfo.InvariantCulture))) + "]";

    internal static string Parameter(MethodBase method, int index) => method.GetParameters()[index].Name!;
}

/// <summary>A fuzz finding: the input and what went wrong.</summary>
internal sealed class FuzzFailure : Exception
{
    public FuzzFailure(string message)
        : base(message)
    {
    }

    public FuzzFailure(string message, Exception inner)
        : base(message, inner)
    {
    }
}
