using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;
using static ForceEstimates.Tests.ReportFixtures;

namespace ForceEstimates.Tests.Reports;

public class QuantityLayoutTest
{
    // Groups around the chunk length: alone, filling a chunk to the last report, one over, and longer than a chunk.
    private static readonly int[] Sizes = [1, 8_191, 1, 2, 8_192, 9_000, 3, 20_000, 7, 8_193, 4_096, 4_096, 4_097, 1, 5];

    private static readonly Report[] Reports = MakeReports();

    private static Report[] MakeReports()
    {
        var origin = Origin("origin");
        var reports = new List<Report>();
        for (int g = 0; g < Sizes.Length; g++)
        {
            var quantity = Troops("troops " + g);
            for (int i = 0; i < Sizes[g]; i++)
            {
                reports.Add(Report("g" + g + "-" + i, origin, November23, 100 + i, quantity));
            }
        }
        return [.. reports];
    }

    // A new order on every run, and a replayable one: the seed goes to the test's output, which a failure shows.
    private static Report[] Shuffled(Report[] reports)
    {
        int seed = Random.Shared.Next();
        TestContext.Current.TestOutputHelper?.WriteLine($"Shuffled with new Random({seed}).");
        var random = new Random(seed);
        return [.. reports.OrderBy(_ => random.Next())];
    }

    public static TheoryData<string> Orders => new() { "runs", "runs as a list", "shuffled", "shuffled as a list", "interleaved" };

    [Theory]
    [MemberData(nameof(Orders))]
    public void EachGroupIsItsReportsInOrderInArraysOfAtMostAChunkUnlessOneGroupIsLonger(string order)
    {
        Report[] reports = order switch
        {
            "runs" or "runs as a list" => Reports,
            "interleaved" => [.. Reports.Select((r, i) => (r, i)).OrderBy(x => x.i % 3).Select(x => x.r)],
            _ => Shuffled(Reports),
        };
        IReadOnlyList<Report> input = order.EndsWith("as a list", StringComparison.Ordinal) ? reports.ToList() : reports;

        var layout = QuantityLayout.Of(input, "reports");

        ShouldBeTheSame(reports.GroupBy(r => r.Quantity.Key).ToList<IEnumerable<Report>>(), layout, reports.Length);
    }

    [Fact]
    public void NoReportsNoGroups() => Assert.Equal(0, QuantityLayout.Of(Array.Empty<Report>(), "reports").Count);

    [Fact]
    public void ANullReportIsNamedByItsIndex()
    {
        var e = Assert.Throws<ArgumentNullException>(() => QuantityLayout.Of([Reports[0], null!], "reports"));
        Assert.Equal("reports", e.ParamName);
        Assert.Contains("Report 1 is null.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OfRunsLaysOutRunsAsOfDoes()
    {
        // The groups around the chunk length: the arrays are packed as Of packs them.
        var layout = QuantityLayout.OfRuns(Reports, "reports");

        Assert.NotNull(layout);
        ShouldBeTheSame(Groups(QuantityLayout.Of(Reports, "reports")), layout.Value, Reports.Length);
    }

    [Fact]
    public void OfRunsTakesAdjacentRunsOfEqualKeysAsOneGroup()
    {
        // Two objects of one quantity (equal keys), their runs adjacent: one group, as Of makes it.
        var origin = Origin("origin");
        var first = Troops("troops a");
        var again = Troops("troops a");
        var other = Troops("troops b");
        Report[] reports =
        [
            .. Enumerable.Range(0, (QuantityLayout.RunsMinimum / 2) - 3).Select(i => Report("a" + i, origin, November23, 100 + i, first)),
            .. Enumerable.Range(0, 5).Select(i => Report("again" + i, origin, November23, 100 + i, again)),
            .. Enumerable.Range(0, (QuantityLayout.RunsMinimum / 2) + 10).Select(i => Report("b" + i, origin, November23, 100 + i, other)),
        ];

        var layout = QuantityLayout.OfRuns(reports, "reports");

        Assert.NotNull(layout);
        Assert.Equal(2, layout.Value.Count);
        ShouldBeTheSame(Groups(QuantityLayout.Of(reports, "reports")), layout.Value, reports.Length);
    }

    [Theory]
    [InlineData("shuffled")]
    [InlineData("interleaved")]
    [InlineData("a stray late report of the first quantity")]
    [InlineData("a stray report of the last quantity in the middle")]
    public void OfRunsIsNullWhenTheReportsAreNotRuns(string order)
    {
        Report[] reports = order switch
        {
            "shuffled" => Shuffled(Reports),
            "interleaved" => [.. Reports.Select((r, i) => (r, i)).OrderBy(x => x.i % 3).Select(x => x.r)],
            "a stray late report of the first quantity" => [.. Reports, Reports[0]],
            _ => [.. Reports[..((QuantityLayout.RunsMinimum / 2) + 5)], Reports[^1], .. Reports[((QuantityLayout.RunsMinimum / 2) + 5)..]],
        };

        Assert.Null(QuantityLayout.OfRuns(reports, "reports"));
    }

    [Fact]
    public void OfRunsNamesTheFirstNullReport()
    {
        // Nulls between groups keep the runs runs: OfRuns names the first. A null within a run splits it in two runs of one
        // quantity: not runs, left to Of, which names the first null.
        int between = Sizes[0] + Sizes[1], later = Sizes.Take(8).Sum();
        var reports = Reports.ToList();
        reports.Insert(later, null!);
        reports.Insert(between, null!);
        var e = Assert.Throws<ArgumentNullException>(() => QuantityLayout.OfRuns([.. reports], "reports"));
        Assert.Equal("reports", e.ParamName);
        Assert.Contains($"Report {between} is null.", e.Message, StringComparison.Ordinal);

        reports[between + 10] = null!;
        Assert.Null(QuantityLayout.OfRuns([.. reports], "reports"));
        e = Assert.Throws<ArgumentNullException>(() => QuantityLayout.Of([.. reports], "reports"));
        Assert.Contains($"Report {between} is null.", e.Message, StringComparison.Ordinal);
    }

    private static List<IEnumerable<Report>> Groups(QuantityLayout layout)
        => Enumerable.Range(0, layout.Count).Select(g => (IEnumerable<Report>)layout[g]).ToList();

    // The expected groups, in the same order, of the same reports; every array at most a chunk unless it is one group,
    // and every array filled by the groups in it: each report laid out once.
    private static void ShouldBeTheSame(IReadOnlyList<IEnumerable<Report>> expected, QuantityLayout layout, int reports)
    {
        Assert.Equal(expected.Count, layout.Count);
        for (int g = 0; g < layout.Count; g++)
        {
            var segment = layout[g];
            Assert.Equal(expected[g], segment);
            Assert.True(segment.Array!.Length <= QuantityLayout.ChunkLength || segment.Count == segment.Array.Length,
                $"Group {g} ({segment.Count} reports) is in an array of {segment.Array.Length}.");
        }
        var arrays = Enumerable.Range(0, layout.Count).Select(g => layout[g].Array!).Distinct().ToList();
        Assert.Equal(reports, arrays.Sum(a => a.Length));
        Assert.All(arrays, a => Assert.True(Array.IndexOf(a, null) < 0));
    }
}
