using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Consistency;
using Xunit;

namespace ForceEstimates.Tests.Consistency;

public class ConsistencyOptionsTest
{
    [Fact]
    public void Default_DeclaresNoPlaces_ButTheUsualCategories()
    {
        var options = ConsistencyOptions.Default;

        options.Parts.Should().BeEmpty();
        options.Partitions.Should().BeEmpty();
        options.ViolationThreshold.Should().Be(0.05);
        options.ConsistentThreshold.Should().Be(0.2);
        options.TimeWindowDays.Should().Be(7);
        options.SharedOriginCorrelation.Should().Be(0);
        options.Categories.Should().Contain(("killed", "casualties")).And.Contain(("wounded", "losses"));
        options.IsPartOf("Kursk Oblast", "all fronts").Should().BeFalse();
    }

    [Fact]
    public void WithPart_IsTransitive_AndTidiesNames()
    {
        var options = ConsistencyOptions.Default.WithPart(" Kursk  Oblast ", "Russia").WithPart("RUSSIA", "all fronts");

        options.Parts.Should().Equal(("Kursk Oblast", "Russia"), ("RUSSIA", "all fronts"));
        options.IsPartOf("kursk oblast", "All Fronts").Should().BeTrue();
        options.IsPartOf("all fronts", "Kursk Oblast").Should().BeFalse();
        ConsistencyOptions.Default.WithPart("a", "b").Should().Be(ConsistencyOptions.Default.WithPart("a", "b"));
        ConsistencyOptions.Default.WithPart("a", "b").Should().NotBe(ConsistencyOptions.Default);
        options.ToString().Should().Contain("Kursk Oblast ⊂ Russia");
    }

    [Fact]
    public void WithParts_DeclaresEachPart_AndThePartition()
    {
        var options = ConsistencyOptions.Default.WithParts("front", "north", "south");

        options.Partitions.Should().ContainSingle().Which.Parts.Should().Equal("north", "south");
        options.IsPartOf("north", "front").Should().BeTrue();
    }

    [Fact]
    public void BadArguments_AreRejected()
    {
        var options = ConsistencyOptions.Default.WithPart("a", "b");

        ((Action)(() => options.WithPart("b", "a"))).Should().Throw<ArgumentException>().WithParameterName("whole").WithMessage("*circle*");
        ((Action)(() => options.WithPart("a", "A"))).Should().Throw<ArgumentException>().WithParameterName("whole");
        ((Action)(() => options.WithPart(" ", "b"))).Should().Throw<ArgumentException>().WithParameterName("part");
        ((Action)(() => options.WithPart(null!, "b"))).Should().Throw<ArgumentNullException>();
        ((Action)(() => options.WithParts("front", "north"))).Should().Throw<ArgumentException>().WithParameterName("parts");
        ((Action)(() => options.WithParts("front", "north", "North"))).Should().Throw<ArgumentException>().WithMessage("*repeats*");
        ((Action)(() => options.WithCategory("killed", "Killed"))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = options with { ViolationThreshold = 0 })).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = options with { ConsistentThreshold = 1 })).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = options with { TimeWindowDays = -1 })).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = options with { SharedOriginCorrelation = 1.5 })).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = options with { Arithmetic = null! })).Should().Throw<ArgumentNullException>();
        ((Action)(() => ConsistencyCheck.Run(Samples.Kursk2024, options with { ViolationThreshold = 0.3 })))
            .Should().Throw<ArgumentException>().WithParameterName("options");
    }

    [Fact]
    public void Run_RejectsNullsAndRepeatedIds()
    {
        var report = Samples.Kursk2024[0];

        ((Action)(() => ConsistencyCheck.Run(null!))).Should().Throw<ArgumentNullException>().WithParameterName("reports");
        ((Action)(() => ConsistencyCheck.Run([report, null!]))).Should().Throw<ArgumentNullException>().WithParameterName("reports");
        ((Action)(() => ConsistencyCheck.Run([report, report]))).Should().Throw<ArgumentException>().WithMessage("*appears twice*");
        ConsistencyCheck.Run([]).Should().BeEmpty();
        ConsistencyCheck.Run(Samples.NorthKoreanTroops).Should().BeEmpty();
    }
}
