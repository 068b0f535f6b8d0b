using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Consistency;
using Xunit;
using static ForceEstimates.Tests.Consistency.ConsistencyReports;

namespace ForceEstimates.Tests.Consistency;

/// <summary>A subgroup of a toll against the toll: "85 people killed, including 16 children".</summary>
public partial class ConsistencyCheckTest
{
    private static Report Toll(string id, string figure, string subject, string? place = "Dovra", string origin = "governor")
        => Make(id, figure, Statistic.Cumulative, place, subject, Metric.Of("killed"), Unit.Persons, Day, Day, origin);

    private static ConsistencyFinding[] Parts(ConsistencyOptions options, params Report[] reports)
        => [.. ConsistencyCheck.Run(reports, options).Where(f => f.Rule == ConsistencyRule.PartOfWhole)];

    [Theory]
    [InlineData("16", Verdict.Consistent)]
    [InlineData("about 160", Verdict.Violated)]
    public void Subgroup_ChildrenAreAtMostThePeopleKilled_ByDefault(string children, Verdict verdict)
    {
        var finding = Parts(ConsistencyOptions.Default, Toll("people", "85", "people"), Toll("children", children, "children", origin: "officials"))
            .Should().ContainSingle().Subject;

        finding.Reports.Select(r => r.Id).Should().Equal("children", "people");
        finding.Verdict.Should().Be(verdict);
        finding.Explanation.Should().StartWith($"\"{children}\" persons (children) children in Dovra on 2024-11-23 is part of \"85\" persons (people) people in Dovra");
    }

    [Fact]
    public void Subgroup_IsTransitive_AndCombinesWithDeclaredPlaces()
    {
        // Children are civilians, civilians are people; Dovra is part of Tarn region by declaration.
        var options = ConsistencyOptions.Default.WithPart("Dovra", "Tarn region");
        var findings = Parts(options,
            Toll("children", "16", "children"),
            Toll("civilians", "60", "civilians"),
            Toll("region", "about 400", "people", place: "Tarn region"));

        findings.Select(f => (f.Reports[0].Id, f.Reports[1].Id)).Should().BeEquivalentTo(new[]
        {
            ("children", "civilians"), ("children", "region"), ("civilians", "region"),
        });
        findings.Should().OnlyContain(f => f.Verdict == Verdict.Consistent);
    }

    [Fact]
    public void Subgroup_OnlyComparesLikeWithLike()
    {
        var people = Toll("people", "85", "people");

        Parts(ConsistencyOptions.Default, people, Toll("c", "about 160", "children", place: "Kessia")).Should().BeEmpty("another place");
        Parts(ConsistencyOptions.Default, people, Toll("c", "about 160", "children", place: null)).Should().BeEmpty("no place is not the whole's place");
        Parts(ConsistencyOptions.Default, people, Make("c", "about 160", Statistic.Cumulative, "Dovra", "children", Metric.Of("wounded"), Unit.Persons, Day, Day))
            .Should().BeEmpty("another metric");
        Parts(ConsistencyOptions.Default, people, Toll("c", "about 160", "soldiers")).Should().BeEmpty("no declared subgroup");
        Parts(ConsistencyOptions.Default.WithoutSubgroups(), people, Toll("c", "about 160", "children")).Should().BeEmpty("the defaults dropped");
        Parts(ConsistencyOptions.Default.WithoutSubgroups().WithSubgroup("Pupils", "people"), people, Toll("c", "about 160", "pupils"))
            .Should().ContainSingle("declared, matched ignoring case").Which.Verdict.Should().Be(Verdict.Violated);
    }

    [Fact]
    public void Subgroup_BadDeclarationsAreRejected()
    {
        var options = ConsistencyOptions.Default;

        options.Subgroups.Should().Contain(("children", "civilians")).And.Contain(("civilians", "people"));
        FluentActions.Invoking(() => options.WithSubgroup("people", "children")).Should().Throw<ArgumentException>()
            .WithParameterName("group").WithMessage("*circle of subgroups*");
        FluentActions.Invoking(() => options.WithSubgroup("Children", "children")).Should().Throw<ArgumentException>().WithParameterName("group");
        FluentActions.Invoking(() => options.WithSubgroup(" ", "people")).Should().Throw<ArgumentException>().WithParameterName("subgroup");
        FluentActions.Invoking(() => options.WithSubgroup(null!, "people")).Should().Throw<ArgumentNullException>();
        options.WithSubgroup("conscripts", "troops").Should().NotBe(options);
        options.WithSubgroup("conscripts", "troops").Should().Be(options.WithSubgroup("conscripts", "troops"));
        options.ToString().Should().Contain("Subgroups = [children ⊂ civilians, civilians ⊂ people, women ⊂ people, men ⊂ people]");
    }
}
