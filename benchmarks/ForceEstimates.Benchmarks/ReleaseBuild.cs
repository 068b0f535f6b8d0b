using System;
using System.IO;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;

namespace ForceEstimates.Benchmarks;

/// <summary>
/// A build of the benchmarks (and the ForceEstimates.dll it was built with) loaded in a load context of its own, so
/// that one benchmark process can time an earlier release's code and this code on the same workload. Both sides are
/// loaded this way (<see cref="Release"/> and <see cref="Current"/>, a second copy of this very assembly): code
/// called in a separate context through a compiled delegate ran about 20% faster on the smallest workloads than the
/// same code called directly, which would flatter whichever side was loaded. Each build's own benchmark classes
/// build its data and call its API; this class only finds them.
/// </summary>
internal sealed class ReleaseBuild : AssemblyLoadContext
{
    /// <summary>The environment variable naming the release's ForceEstimates.Benchmarks.dll.</summary>
    internal const string Variable = "FORCEESTIMATES_RELEASE_BENCHMARKS";

    private static ReleaseBuild? release;
    private static ReleaseBuild? current;

    private readonly AssemblyDependencyResolver resolver;
    private readonly string folder;
    private readonly Assembly benchmarks;

    private ReleaseBuild(string name, string benchmarksPath)
        : base(name)
    {
        resolver = new AssemblyDependencyResolver(benchmarksPath);
        folder = Path.GetDirectoryName(benchmarksPath)!;
        benchmarks = LoadFromAssemblyPath(benchmarksPath);
    }

    /// <summary>The release named by <see cref="Variable"/>, loaded once per process.</summary>
    /// <exception cref="InvalidOperationException">The variable is not set or names no file.</exception>
    internal static ReleaseBuild Release
    {
        get
        {
            if (release is null)
            {
                var path = Environment.GetEnvironmentVariable(Variable);
                if (string.IsNullOrEmpty(path) || !File.Exists(path))
                {
                    throw new InvalidOperationException(
                        $"Set {Variable} to an earlier release's ForceEstimates.Benchmarks.dll (see benchmarks/README.md), or pass --release <its folder>.");
                }
                release = new ReleaseBuild("release", Path.GetFullPath(path));
            }
            return release;
        }
    }

    /// <summary>This build, loaded a second time in a context of its own (see the class remarks), once per process.</summary>
    internal static ReleaseBuild Current => current ??= new ReleaseBuild("current", typeof(ReleaseBuild).Assembly.Location);

    /// <summary>
    /// A workload of the build: a new instance of its benchmark class <paramref name="typeName"/>, with
    /// <paramref name="properties"/> set and its <c>Setup</c> run, and its method <paramref name="method"/> as a
    /// delegate giving a number (an <c>int</c> converted, a result's <c>Mean</c>, or 0 for a result without one).
    /// </summary>
    internal Func<double> Workload(string typeName, string method, params (string Name, object Value)[] properties)
    {
        var type = benchmarks.GetType("ForceEstimates.Benchmarks." + typeName, throwOnError: true)!;
        var library = type.Assembly.GetReferencedAssemblies().Single(a => a.Name == "ForceEstimates");
        if (GetLoadContext(LoadFromAssemblyName(library)) != this)
        {
            throw new InvalidOperationException($"The library of the {Name} build was not loaded in its own context.");
        }
        var instance = Activator.CreateInstance(type)!;
        foreach (var (name, value) in properties)
        {
            type.GetProperty(name)!.SetValue(instance, value);
        }
        type.GetMethod("Setup")?.Invoke(instance, null); // ParseBenchmarks has no setup
        Expression call = Expression.Call(Expression.Constant(instance), type.GetMethod(method, Type.EmptyTypes)!);
        if (call.Type != typeof(double))
        {
            // A result with no Mean (a TrendModel) is made and dropped: the workload is the call.
            call = call.Type.IsPrimitive ? Expression.Convert(call, typeof(double))
                : call.Type.GetProperty("Mean") is null ? Expression.Block(call, Expression.Constant(0.0))
                : Expression.Property(call, "Mean");
        }
        return Expression.Lambda<Func<double>>(call).Compile();
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // The build's own copies of the library and its dependencies (by its deps.json, else beside it); the framework
        // comes from the default context.
        var path = resolver.ResolveAssemblyToPath(assemblyName) ?? Path.Combine(folder, assemblyName.Name + ".dll");
        return File.Exists(path) && !IsFramework(assemblyName) ? LoadFromAssemblyPath(path) : null;
    }

    private static bool IsFramework(AssemblyName name)
        => name.Name is { } n && (n.StartsWith("System", StringComparison.Ordinal) || n.StartsWith("Microsoft", StringComparison.Ordinal) || n == "netstandard" || n == "mscorlib");
}
