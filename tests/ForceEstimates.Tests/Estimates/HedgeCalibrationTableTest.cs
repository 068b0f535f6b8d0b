using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

/// <summary>
/// Checks the shipped spreads against the summary figures of Ferson et al. (2015) kept in
/// HedgeCalibrationSummary.csv (written by tools/HedgeCalibration), restating the rule of
/// tools/HedgeCalibration/README.md independently of the calibration program.
/// </summary>
public class HedgeCalibrationTableTest
{
    private static readonly IReadOnlyList<SummaryRow> Rows = ReadSummary();

    public static TheoryData<HedgeKind, Roundness> CalibratedEntries()
    {
        var data = new TheoryData<HedgeKind, Roundness>();
        foreach (var row in Rows.Where(r => r.Level == "kind"))
        {
            data.Add(Enum.Parse<HedgeKind>(row.Name), Enum.Parse<Roundness>(row.Roundness));
        }
        return data;
    }

    [Fact]
    public void TheSummaryCoversEveryHedgeKindWithASpreadAtEveryRoundness()
    {
        var kinds = Rows.Where(r => r.Level == "kind").Select(r => (r.Name, r.Roundness)).ToList();

        kinds.Should().HaveCount(8 * 3).And.OnlyHaveUniqueItems();
        Rows.Where(r => r.Level == "hedge").Select(r => r.Name).Distinct().Should().HaveCount(16, "the data covers 16 hedges");
    }

    [Theory]
    [MemberData(nameof(CalibratedEntries))]
    public void ShippedSpreads_FollowTheRuleFromTheSummaryFigures(HedgeKind kind, Roundness roundness)
    {
        var row = Rows.Single(r => r.Level == "kind" && r.Name == kind.ToString() && r.Roundness == roundness.ToString());
        row.N.Should().BeGreaterThan(50, "each entry rests on enough responses");

        var shipped = HedgeModel.Default.Spread(kind, roundness);

        switch (kind)
        {
            case HedgeKind.Bare or HedgeKind.Exact:
                // A mixture of point readings and ranges: log half-width √(share giving a range) × their median half-width.
                var h = Math.Sqrt(1 - row.ZeroShare) * row.NonzeroLogHalfWidth;
                Math.Log(1 + shipped.Upper).Should().BeApproximately(h, 1e-5);
                Math.Log(1 + shipped.Lower).Should().BeApproximately(-h, 1e-5);
                break;
            case HedgeKind.Above or HedgeKind.AtLeast:
                shipped.Lower.Should().Be(0);
                shipped.Upper.Should().BeApproximately(row.MedianUpper, 1e-4);
                break;
            case HedgeKind.JustBelow or HedgeKind.AtMost or HedgeKind.Below:
                shipped.Lower.Should().BeApproximately(row.MedianLower, 1e-4);
                shipped.Upper.Should().Be(0);
                break;
            default:
                shipped.Lower.Should().BeApproximately(row.MedianLower, 1e-4);
                shipped.Upper.Should().BeApproximately(row.MedianUpper, 1e-4);
                break;
        }
    }

    [Fact]
    public void KindRows_PoolTheirHedgeRows()
    {
        foreach (var kind in Rows.Where(r => r.Level == "kind"))
        {
            var words = Rows.Where(r => r.Level == "hedge" && r.Roundness == kind.Roundness && KindOf(r.Name) == kind.Name);
            words.Sum(w => w.N).Should().Be(kind.N, $"{kind.Name} at {kind.Roundness} pools its hedges");
        }
    }

    [Fact]
    public void ParticipantsReadRounderNumbersMoreLoosely()
    {
        // A property of the data itself (Ferson et al. 2015), which the roundness classes rest on.
        foreach (var kind in new[] { "Approximate", "JustBelow", "Above", "AtLeast", "AtMost", "Below" })
        {
            double Width(string roundness)
            {
                var row = Rows.Single(r => r.Level == "kind" && r.Name == kind && r.Roundness == roundness);
                return row.MedianUpper - row.MedianLower;
            }

            Width("OneSignificantDigit").Should().BeGreaterThan(Width("TwoSignificantDigits"), kind);
            Width("TwoSignificantDigits").Should().BeGreaterThan(Width("Precise"), kind);
        }
    }

    private static string KindOf(string hedge) => hedge switch
    {
        "null" => "Bare",
        "exactly" or "precisely" => "Exact",
        "about" or "approximately" or "around" or "roughly" => "Approximate",
        "nearly" or "almost" => "JustBelow",
        "over" or "above" => "Above",
        "at_least" or "no_less_than" => "AtLeast",
        "at_most" or "no_more_than" => "AtMost",
        "below" => "Below",
        _ => throw new InvalidDataException(hedge),
    };

    // Embedded in the test assembly: a CI build maps source paths (/_/), so the file is not found beside the source.
    private static List<SummaryRow> ReadSummary()
    {
        using var stream = typeof(HedgeCalibrationTableTest).Assembly.GetManifestResourceStream("ForceEstimates.Tests.Estimates.HedgeCalibrationSummary.csv")
            ?? throw new InvalidDataException("HedgeCalibrationSummary.csv is not embedded in the test assembly.");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && l[0] != '#').ToList();
        var header = lines[0].Split(',');
        int Column(string name) => Array.IndexOf(header, name);
        double Number(string[] cells, string name) => double.Parse(cells[Column(name)], CultureInfo.InvariantCulture);
        return lines.Skip(1).Select(l => l.Split(',')).Select(c => new SummaryRow(
            c[Column("level")], c[Column("name")], c[Column("roundness")], int.Parse(c[Column("n")], CultureInfo.InvariantCulture),
            Number(c, "zero_share"), Number(c, "median_lower"), Number(c, "median_upper"), Number(c, "nonzero_log_half_width"))).ToList();
    }

    private sealed record SummaryRow(string Level, string Name, string Roundness, int N, double ZeroShare, double MedianLower, double MedianUpper, double NonzeroLogHalfWidth);
}
