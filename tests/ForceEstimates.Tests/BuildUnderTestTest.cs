using System.Reflection;
using System.Runtime.Versioning;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests;

/// <summary>Checks which build of the library the tests run against (CI runs them twice).</summary>
public class BuildUnderTestTest
{
    [Fact]
    public void TestsRunAgainstTheIntendedTargetFramework()
    {
        var framework = typeof(Estimate).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
#if LIBRARY_NET8
        framework.Should().Be(".NETCoreApp,Version=v8.0");
#else
        framework.Should().Be(".NETCoreApp,Version=v10.0");
#endif
    }
}
