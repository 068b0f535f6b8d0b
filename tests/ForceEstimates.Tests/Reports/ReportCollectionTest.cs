using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using Xunit;
using static ForceEstimates.Tests.ReportFixtures;

namespace ForceEstimates.Tests.Reports;

public class ReportCollectionTest
{
    private static readonly Source Us = Origin("US intelligence", "Pentagon");
    private static readonly Source Hur = Origin("Ukrainian military intelligence", "HUR");
    private static readonly Source Nis = Origin("South Korea's National Intelligence Service", "NIS");
    private static readonly LocalDate October29 = new(2024, 10, 29);

    private static ReportCollection Showcase() => ReportCollection.Of(
        Report("us", Us, October29, 10_000),
        Report("hur", Hur, October29, 12_000),
        Report("nis-1", Nis, new LocalDate(2024, 11, 20), 10_900),
        Report("nis-2", Origin("NIS"), new LocalDate(2024, 12, 19), 11_000),
        Report("pentagon", Origin("Pentagon"), new LocalDate(2025, 1, 10), 11_000));

    [Fact]
    public void IsAnOrderedListWithLookupById()
    {
        var reports = Showcase();
        reports.Should().HaveCount(5);
        reports[2].Id.Should().Be("nis-1");
        reports.Select(r => r.Id).Should().Equal("us", "hur", "nis-1", "nis-2", "pentagon");
        reports.Get(" hur ").Should().BeSameAs(reports[1]);
        reports.Contains("nis-2").Should().BeTrue();
        reports.Contains("NIS-2").Should().BeFalse("ids compare ordinally");
        reports.TryGet("missing", out var missing).Should().BeFalse();
        missing.Should().BeNull();
        FluentActions.Invoking(() => reports.Get("missing")).Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("missing");
        FluentActions.Invoking(() => reports[5]).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");
    }

    [Fact]
    public void RejectsDuplicateIdsAndNulls()
    {
        var us = Report("us", Us, October29);
        FluentActions.Invoking(() => ReportCollection.Of(us, Report("hur", Hur, October29), Report("us", Hur, October29)))
            .Should().Throw<ArgumentException>().WithParameterName("reports").Which.Message.Should().Contain("\"us\"").And.Contain("0 and 2");
        FluentActions.Invoking(() => ReportCollection.Of(us, null!)).Should().Throw<ArgumentNullException>().WithParameterName("reports");
        FluentActions.Invoking(() => ReportCollection.Of((IEnumerable<Report>)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ReportCollection.Of(us).Add(us)).Should().Throw<ArgumentException>().WithParameterName("report");
    }

    [Fact]
    public void AddMakesANewCollection()
    {
        var one = ReportCollection.Of(Report("us", Us, October29));
        var two = one.Add(Report("hur", Hur, October29));
        two.Select(r => r.Id).Should().Equal("us", "hur");
        one.Should().ContainSingle();
        ReportCollection.Empty.AddRange(two).Should().Equal(two);
        ReportCollection.Empty.Should().BeEmpty();
    }

    [Fact]
    public void AsOfKeepsReportsPublishedOnOrBeforeTheDate()
    {
        var reports = Showcase();
        reports.AsOf(new LocalDate(2024, 11, 20)).Select(r => r.Id).Should().Equal("us", "hur", "nis-1");
        reports.AsOf(new LocalDate(2024, 10, 28)).Should().BeEmpty();
        reports.AsOf(new LocalDate(2030, 1, 1)).Should().BeSameAs(reports);
        reports.AsOf(new LocalDate(2024, 11, 20)).Get("nis-1").Should().BeSameAs(reports[2], "lookups work on selections");
    }

    [Fact]
    public void GroupsByQuantityAcrossCompatibleUnitsButNotAcrossStatistics()
    {
        var reports = ReportCollection.Of(
            Report("km", Us, October29, 800, Area(Unit.SquareKilometres)),
            Report("troops", Us, October29, 11_000),
            Report("mi", Hur, October29, 300, Area(Unit.SquareMiles)),
            Report("peak", Hur, October29, 1376, Area(Unit.SquareKilometres, Statistic.Peak)));
        var groups = reports.GroupByQuantity();
        groups.Select(g => g.Reports.Select(r => r.Id).ToArray()).Should().BeEquivalentTo(
            new[] { new[] { "km", "mi" }, new[] { "troops" }, new[] { "peak" } }, o => o.WithStrictOrdering());
        var area = groups[0];
        area.Key.CanonicalUnit.Should().Be(Unit.SquareKilometres);
        area.ToCanonical(reports.Get("mi"), 300).Should().BeApproximately(300 * 2.589988110336, 1e-9);
        area.ToCanonical(reports.Get("km"), 800).Should().Be(800);
        FluentActions.Invoking(() => area.ToCanonical(reports.Get("peak"), 1)).Should().Throw<ArgumentException>().WithParameterName("report");
        reports.For(Area(Unit.Hectares)).Select(r => r.Id).Should().Equal("km", "mi");
        reports.For(Troops(statistic: Statistic.Peak)).Should().BeEmpty();
    }

    [Fact]
    public void SharedOriginsFallInOneGroupIncludingThroughAliases()
    {
        var groups = Showcase().IndependentGroups();
        groups.Select(g => g.Select(r => r.Id).ToArray()).Should().BeEquivalentTo(
            new[] { new[] { "us", "pentagon" }, new[] { "hur" }, new[] { "nis-1", "nis-2" } }, o => o.WithStrictOrdering());
        Showcase().IndependentGroupIndices().Should().Equal(0, 1, 2, 2, 0);
    }

    [Fact]
    public void DerivationLinksReportsTransitively()
    {
        var reports = ReportCollection.Of(
            Report("a", Origin("A"), October29),
            Report("b", Origin("B"), October29, derivedFrom: "a"),
            Report("c", Origin("C"), October29, derivedFrom: "b"),
            Report("d", Origin("D"), October29, derivedFrom: "unlisted"),
            Report("e", Origin("E"), October29, derivedFrom: "unlisted"),
            Report("f", Origin("F"), October29));
        reports.IndependentGroupIndices().Should().Equal(new[] { 0, 0, 0, 1, 1, 2 },
            "c derives from b which derives from a; d and e both derive from the same report, listed here or not");
        reports.IndependentGroups().Should().HaveCount(3);
    }

    [Fact]
    public void EmptyCollectionHasNoGroups()
    {
        ReportCollection.Empty.IndependentGroups().Should().BeEmpty();
        ReportCollection.Empty.GroupByQuantity().Should().BeEmpty();
        ReportCollection.Empty.IndependentGroupIndices().Should().BeEmpty();
    }
    [Fact]
    public void OriginsMeetThroughNamesOrAliases_FewReportsAndMany()
    {
        // Below 17 reports the origins are compared pairwise, above through a dictionary: both must agree.
        static Report[] Reports(int fillers)
            => [
                Report("pentagon", Origin("Pentagon"), October29),
                Report("us", Origin("US intelligence", "Pentagon"), October29),
                Report("hur", Origin("HUR", "GUR"), October29),
                Report("gur", Origin("Main Intelligence Directorate", "gur"), October29),
                .. Enumerable.Range(0, fillers).Select(i => Report("filler" + i, Origin("filler origin " + i), October29)),
            ];
        ReportCollection.Of(Reports(0)).IndependentGroupIndices().Should().Equal(0, 0, 1, 1);
        ReportCollection.Of(Reports(20)).IndependentGroupIndices().Take(4).Should().Equal(0, 0, 1, 1);
    }

    [Property(MaxTest = 200)]
    public bool IndependentGroupsAreTheTransitiveClosureOfPairwiseDependence(int seed)
    {
        var random = new Random(seed);
        var count = random.Next(1, 25);
        var reports = new List<Report>();
        for (var i = 0; i < count; i++)
        {
            var derived = Enumerable.Range(0, random.Next(0, 3)).Select(_ => "r" + random.Next(0, count + 3))
                .Where(id => id != "r" + i).ToArray();
            reports.Add(Report("r" + i, Origin("origin " + random.Next(0, 8)), October29, derivedFrom: derived));
        }
        var collection = ReportCollection.Of(reports);

        // Naive reference: flood fill over the pairwise relation.
        bool Linked(Report a, Report b)
            => a.Provenance.SharesOriginWith(b.Provenance)
                || a.Provenance.IsDerivedFrom(b.Id) || b.Provenance.IsDerivedFrom(a.Id)
                || a.Provenance.DerivedFrom.Intersect(b.Provenance.DerivedFrom).Any();
        var expected = new int[count];
        Array.Fill(expected, -1);
        var next = 0;
        for (var i = 0; i < count; i++)
        {
            if (expected[i] >= 0)
            {
                continue;
            }
            var stack = new Stack<int>([i]);
            expected[i] = next;
            while (stack.Count > 0)
            {
                var j = stack.Pop();
                for (var k = 0; k < count; k++)
                {
                    if (expected[k] < 0 && Linked(reports[j], reports[k]))
                    {
                        expected[k] = next;
                        stack.Push(k);
                    }
                }
            }
            next++;
        }
        return collection.IndependentGroupIndices().SequenceEqual(expected);
    }
}
