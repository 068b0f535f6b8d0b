using System;
using System.IO;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;

namespace ForceEstimates.Benchmarks;

/// <summary>
/// An earlier release's benchmark assembly (and the ForceEstimates.dll it was built with), loaded beside this build in
/// a load context of its own, so that one benchmark process can time the release's code and this code on the same
/// workload. The release's own benchmark classes build its data and call its API; this class only finds them.
/// </summary>
internal sealed class ReleaseBuild : AssemblyLoadContext
{
    /// <summary>The environment variable naming the release's ForceEstimates.Benchmarks.dll.</summary>
    internal const string Variable = "FORCEESTIMATES_RELEASE_BENCHMARKS";

    private static ReleaseBuild? loaded;

    private readonly AssemblyDependencyResolver resolver;
    private readonly Assembly benchmarks;

    private ReleaseBuild(string benchmarksPath)
        : base("release")
    {
        resolver = new AssemblyDependencyResolver(benchmarksPath);
        benchmarks = LoadFromAssemblyPath(benchmarksPath);
    }

    /// <summary>The release named by <see cref="Variable"/>, loaded once per process.</summary>
    /// <exception cref="InvalidOperationException">The variable is not set or names no file.</exception>
    internal static ReleaseBuild Instance
    {
        get
        {
            if (loaded is null)
            {
                var path = Environment.GetEnvironmentVariable(Variable);
                if (string.IsNullOrEmpty(path) || !File.Exists(path))
                {
                    throw new InvalidOperationException(
                        $"Set {Variable} to an earlier release's ForceEstimates.Benchmarks.dll (see benchmarks/README.md), or pass --release <its folder>.");
                }
                loaded = new ReleaseBuild(Path.GetFullPath(path));
            }
            return loaded;
        }
    }

    /// <summary>
    /// A workload of the release: a new instance of its benchmark class <paramref name="typeName"/>, with
    /// <paramref name="properties"/> set and its <c>Setup</c> run, and its method <paramref name="method"/> as a
    /// delegate giving a number (an <c>int</c> converted, or a result's <c>Mean</c>).
    /// </summary>
    internal Func<double> Workload(string typeName, string method, params (string Name, object Value)[] properties)
    {
        var type = benchmarks.GetType("ForceEstimates.Benchmarks." + typeName, throwOnError: true)!;
        var instance = Activator.CreateInstance(type)!;
        foreach (var (name, value) in properties)
        {
            type.GetProperty(name)!.SetValue(instance, value);
        }
        type.GetMethod("Setup")!.Invoke(instance, null);
        Expression call = Expression.Call(Expression.Constant(instance), type.GetMethod(method, Type.EmptyTypes)!);
        if (call.Type != typeof(double))
        {
            call = call.Type.IsPrimitive ? Expression.Convert(call, typeof(double)) : Expression.Property(call, "Mean");
        }
        return Expression.Lambda<Func<double>>(call).Compile();
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // The release's own copies of the library and its dependencies; the framework comes from the default context.
        var path = resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }
}
