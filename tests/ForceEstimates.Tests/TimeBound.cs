using System;
using System.Threading.Tasks;

namespace ForceEstimates.Tests;

/// <summary>
/// Runs work that once looped forever on hostile input, with a time limit: a regression then fails the test instead of
/// hanging the test run. The limit is generous (the work takes milliseconds) because the machines running the tests
/// are shared and slow.
/// </summary>
internal static class TimeBound
{
    internal static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    internal static Task<T> Run<T>(Func<T> work) => Task.Run(work).WaitAsync(Limit);
}
