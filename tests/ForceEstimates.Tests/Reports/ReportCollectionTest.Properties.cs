using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using static ForceEstimates.Tests.ReportFixtures;

namespace ForceEstimates.Tests.Reports;

public class ReportCollectionPropertiesTest
{
    private static readonly LocalDate Start = new(2024, 8, 6);

    private static ReportCollection RandomReports(Random random)
    {
        Quantity[] quantities =
        [
            Troops(), Troops(statistic: Statistic.Peak), Troops("Russian troops"),
            Area(Unit.SquareKilometres), Area(Unit.SquareMiles), Area(Unit.SquareKilometres, Statistic.Peak),
        ];
        var reports = new List<Report>();
        for (var i = random.Next(0, 30); i > 0; i--)
        {
            reports.Add(Report("r" + reports.Count, Origin("origin " + random.Next(5)), Start.PlusDays(random.Next(0, 200)), 100 + random.Next(1000),
                quantities[random.Next(quantities.Length)]));
        }
        return ReportCollection.Of(reports);
    }

    [Property]
    public bool AsOfKeepsExactlyTheReportsPublishedByThenInOrder(int seed, byte days)
    {
        var random = new Random(seed);
        var reports = RandomReports(random);
        var date = Start.PlusDays(days);
        return reports.AsOf(date).Select(r => r.Id).SequenceEqual(reports.Where(r => r.Published <= date).Select(r => r.Id));
    }

    [Property]
    public bool GroupByQuantityPartitionsTheReportsByKey(int seed)
    {
        var reports = RandomReports(new Random(seed));
        var groups = reports.GroupByQuantity();
        var everyReportOnce = groups.SelectMany(g => g.Reports).Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal)
            .SequenceEqual(reports.Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal));
        var keysMatch = groups.All(g => g.Reports.All(r => r.Quantity.Key == g.Key));
        var keysDistinct = groups.Select(g => g.Key).Distinct().Count() == groups.Count;
        var orderKept = groups.All(g => g.Reports.Select(r => reports.Select(x => x.Id).ToList().IndexOf(r.Id)).SequenceEqual(
            g.Reports.Select(r => reports.Select(x => x.Id).ToList().IndexOf(r.Id)).Order()));
        return everyReportOnce && keysMatch && keysDistinct && orderKept;
    }

    [Property]
    public bool IndependentGroupsPartitionTheReports(int seed)
    {
        var reports = RandomReports(new Random(seed));
        var groups = reports.IndependentGroups();
        var numbers = reports.IndependentGroupIndices();
        return groups.Sum(g => g.Count) == reports.Count
            && groups.Select((g, n) => g.All(r => numbers[reports.Select(x => x.Id).ToList().IndexOf(r.Id)] == n)).All(ok => ok)
            && groups.All(g => g.Count > 0);
    }
}
