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

    public static TheoryData<string> Orders => new() { "runs", "runs as a list", "shuffled", "shuffled as a list", "interleaved" };

    [Theory]
    [MemberData(nameof(Orders))]
    public void EachGroupIsItsReportsInOrderInArraysOfAtMostAChunkUnlessOneGroupIsLonger(string order)
    {
        Report[] reports = order switch
        {
            "runs" or "runs as a list" => Reports,
            "interleaved" => [.. Reports.Select((r, i) => (r, i)).OrderBy(x => x.i % 3).Select(x => x.r)],
            _ => [.. Reports.OrderBy(_ => Random.Shared.Next())],
        };
        IReadOnlyList<Report> input = order.EndsWith("as a list", StringComparison.Ordinal) ? reports.ToList() : reports;

        var layout = QuantityLayout.Of(input, "reports");

        var expected = reports.GroupBy(r => r.Quantity.Key).ToList();
        Assert.Equal(expected.Count, layout.Count);
        for (int g = 0; g < layout.Count; g++)
        {
            var segment = layout[g];
            Assert.Equal(expected[g], segment);
            Assert.True(segment.Array!.Length <= QuantityLayout.ChunkLength || segment.Count == segment.Array.Length,
                $"Group {g} ({segment.Count} reports) is in an array of {segment.Array.Length}.");
        }
        // Every array is filled by the groups in it, and each report is laid out once.
        var arrays = Enumerable.Range(0, layout.Count).Select(g => layout[g].Array!).Distinct().ToList();
        Assert.Equal(reports.Length, arrays.Sum(a => a.Length));
        Assert.All(arrays, a => Assert.True(Array.IndexOf(a, null) < 0));
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
}
