using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FluentAssertions;
using ForceEstimates.Aggregation;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>
/// The fast paths against the path that explains at once: <see cref="Aggregate.ByQuantity"/> leaves each aggregate's
/// explanation (contributions, disagreeing reports, a heterogeneity fit that only describes) to be computed when read,
/// and must give every number <see cref="Aggregate.Of"/> gives for the same quantity, to the last digit; so must
/// <see cref="Aggregate.Series"/> at each of its dates. The data are
/// seeded and varied the way report sets are: bounds, ranges, vague and bare figures, shared origins, the same report
/// passed twice, reports published after the date.
/// </summary>
public class AggregateEquivalenceTest
{
    private static readonly LocalDate AsOf = new(2025, 3, 31);

    public static TheoryData<string> Options() => new(OptionSets.Keys);

    private static readonly Dictionary<string, AggregationOptions> OptionSets = new()
    {
        ["default"] = AggregationOptions.Default,
        ["classic DerSimonian-Laird"] = AggregationOptions.Default with { Noise = NoiseModel.FloorsPlusTauSquared, TauSquaredMethod = TauSquaredMethod.DerSimonianLaird },
        ["classic REML"] = AggregationOptions.Default with { Noise = NoiseModel.FloorsPlusTauSquared },
        ["fixed effect"] = AggregationOptions.Default with { Method = AggregationMethod.FixedEffect },
        ["weighted median"] = AggregationOptions.Default with { Method = AggregationMethod.WeightedMedian },
        ["linear pool"] = AggregationOptions.Default with { Method = AggregationMethod.LinearPool },
    };

    [Theory]
    [MemberData(nameof(Options))]
    public void ByQuantityGivesWhatOfGivesForEachQuantity(string name)
    {
        var options = OptionSets[name];
        var reports = Seeded(quantities: 60, seed: 20241123);
        var byQuantity = Aggregate.ByQuantity(reports, AsOf, options);
        var expected = reports.GroupBy(r => r.Quantity.Key)
            .Where(g => g.Any(r => r.Published <= AsOf))
            .Select(g => Numbers(Aggregate.Of(g, AsOf, options)))
            .ToArray();

        byQuantity.Should().HaveCount(expected.Length);
        byQuantity.Select(Numbers).Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(Options))]
    public void AnEstimateMadeWhenFirstReadHasTheValueReadBeforeIt(string name)
    {
        // On the log scale an aggregate makes its estimate (a log-normal) when first asked: its value, read before, is
        // that estimate's median to the last digit, and every read gives the same estimate.
        var options = OptionSets[name];
        var aggregates = Aggregate.ByQuantity(Seeded(quantities: 60, seed: 20241123), AsOf, options);
        foreach (var a in aggregates)
        {
            double value = a.Value;
            var estimate = a.Estimate;
            BitConverter.DoubleToInt64Bits(estimate.Median).Should().Be(BitConverter.DoubleToInt64Bits(value));
            a.Estimate.Should().BeSameAs(estimate);
            BitConverter.DoubleToInt64Bits(a.Value).Should().Be(BitConverter.DoubleToInt64Bits(value));
            if (a.Scale == AnalysisScale.Log && name is "default" or "classic REML" or "fixed effect")
            {
                estimate.Distribution.Should().BeOfType<LogNormalDistribution>();
            }
        }
        aggregates.Should().Contain(a => a.Scale == AnalysisScale.Log);
    }

    [Theory]
    [MemberData(nameof(Options))]
    public void TheColumnarPathGivesWhatThePerReportPathGives(string name)
    {
        // The columnar path (each report's fields read once into columns, compared by integer keys) against the path
        // that reads the reports at every stage, on seeded reports with repeats (the same object, the same content under
        // another id), origins shared, named through aliases or derived from one another, and at two dates.
        var options = OptionSets[name];
        var reports = WithLinks(Seeded(quantities: 150, seed: 20241215));
        int compared = 0;
        foreach (var group in reports.GroupBy(r => r.Quantity.Key))
        {
            var segment = new ArraySegment<Report>(group.ToArray());
            foreach (var date in new[] { AsOf, AsOf.PlusDays(-90) })
            {
                if (!segment.Any(r => r.Published <= date))
                {
                    continue;
                }
                var columnar = AggregationStages.Run(segment, date, options, explain: true, columnar: true);
                var perReport = AggregationStages.Run(segment, date, options, explain: true, columnar: false);
                Numbers(columnar).Should().Be(Numbers(perReport));
                compared++;
            }
        }
        compared.Should().BeGreaterThan(200);
    }

    [Theory]
    [MemberData(nameof(Options))]
    public void ACollectionAggregatedAgainGivesWhatItsReportsGive(string name)
    {
        // A collection keeps its grouping by quantity from the first call: later calls, as of other dates, must give what
        // the same reports in an array give.
        var options = OptionSets[name];
        var reports = Seeded(quantities: 80, seed: 20241216).DistinctBy(r => r.Id).ToArray();
        var collection = ReportCollection.Of(reports);
        foreach (var date in new[] { AsOf, AsOf.PlusDays(-120), AsOf })
        {
            collection.AggregateByQuantity(date, options).Select(Numbers)
                .Should().Equal(Aggregate.ByQuantity(reports, date, options).Select(Numbers));
        }
        collection.GroupByQuantity().Select(g => (g.Key, string.Join(",", g.Reports.Select(r => r.Id))))
            .Should().Equal(reports.GroupBy(r => r.Quantity.Key).Select(g => (g.Key, string.Join(",", g.Select(r => r.Id)))));
    }

    /// <summary>
    /// <paramref name="reports"/> with more links between reports: in every third quantity a report whose origin names
    /// the quantity's first origin as an alias, and one derived from its first report; in every fourth one the first
    /// report again under another id.
    /// </summary>
    private static Report[] WithLinks(Report[] reports)
    {
        var result = new List<Report>(reports);
        int q = 0;
        foreach (var group in reports.GroupBy(r => r.Quantity.Key))
        {
            var first = group.First();
            var origin = first.Provenance.Origin;
            var published = first.Published.PlusDays(3);
            if (q % 3 == 0)
            {
                var alias = Source.Of("also " + origin.Name, SourceKind.Military, ConflictSide.Unknown, [origin.Name]);
                result.Add(Report.Of(first.Id + "-alias", first.Quantity, Estimate.About(first.Estimate.Median * 1.1), Provenance.Of(alias, first.Provenance.Chain[^1]), first.RefersTo, first.Published));
                var derived = Provenance.Of(Source.Of("deriving " + q, SourceKind.Government, ConflictSide.Unknown), Citation.Of(first.Provenance.Outlet, published)).WithDerivedFrom(first.Id);
                result.Add(Report.Of(first.Id + "-derived", first.Quantity, Estimate.Bare(Math.Round(first.Estimate.Median * 0.95)), derived, new DateInterval(published, published), published));
            }
            if (q % 4 == 1)
            {
                result.Add(Report.Of(first.Id + "-again", first.Quantity, first.Estimate, first.Provenance, first.RefersTo, first.Published));
            }
            q++;
        }
        return result.ToArray();
    }

    [Theory]
    [MemberData(nameof(Options))]
    public void ByQuantityGivesTheSameOnAnyNumberOfThreads(string name)
    {
        // Enough quantities and reports to be spread over threads; the explanation is read too (it is computed later, on
        // whichever thread reads it).
        var options = OptionSets[name];
        var reports = Seeded(quantities: 400, seed: 20241204);
        reports.Length.Should().BeGreaterThan(1_000);
        var sequential = Aggregate.ByQuantity(reports, AsOf, options with { MaxDegreeOfParallelism = 1 }).Select(Numbers).ToArray();

        foreach (int threads in new[] { -1, 2, 3 })
        {
            var parallel = Aggregate.ByQuantity(reports, AsOf, options with { MaxDegreeOfParallelism = threads });
            parallel.Select(Numbers).Should().Equal(sequential, "{0} threads", threads);
        }
    }

    [Theory]
    [MemberData(nameof(Options))]
    public void ByQuantityInRunsOnAnyNumberOfThreadsGivesWhatTheHandLoopGives(string name)
    {
        // The loop a user writes (group by the quantity's key, then Of per group) against ByQuantity on enough reports,
        // each quantity's together, for aggregation by runs on several threads: the same aggregates, in the same order,
        // to the last digit of every number and of the explanation.
        var options = OptionSets[name];
        var reports = Seeded(quantities: 1_200, seed: 20261207);
        reports.Length.Should().BeGreaterThan(QuantityLayout.RunsMinimum);
        var expected = reports.GroupBy(r => r.Quantity.Key)
            .Where(g => g.Any(r => r.Published <= AsOf))
            .Select(g => Numbers(Aggregate.Of(g, AsOf, options)))
            .ToArray();

        foreach (int threads in new[] { 1, 2, 3, -1 })
        {
            var aggregates = Aggregate.ByQuantity(reports, AsOf, options with { MaxDegreeOfParallelism = threads });
            aggregates.Select(Numbers).Should().Equal(expected, "{0} threads", threads);
        }
    }

    public static TheoryData<string> Orders => new() { "runs", "a stray late report", "interleaved", "shuffled", "two lists in runs one after the other" };

    // A new order on every run, and a replayable one: the seed goes to the test's output, which a failure shows.
    private static Report[] Shuffled(Report[] reports)
    {
        int seed = Random.Shared.Next();
        TestContext.Current.TestOutputHelper?.WriteLine($"Shuffled with new Random({seed}).");
        var random = new Random(seed);
        return [.. reports.OrderBy(_ => random.Next())];
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void ByQuantityGivesTheSameWhetherTheReportsComeInRunsOrNot(string order)
    {
        // Enough reports for their runs to be found on several threads, as an array or a list; the reference is the layout
        // alone (one pass on the calling thread), as reports not in runs are aggregated.
        var seeded = Seeded(quantities: 1_500, seed: 20241205);
        Report[] reports = order switch
        {
            "runs" => seeded,
            "a stray late report" => [.. seeded, seeded[0]],
            "interleaved" => [.. seeded.Select((r, i) => (r, i)).OrderBy(x => x.i % 3).Select(x => x.r)],
            "shuffled" => Shuffled(seeded),
            // Each quantity's reports in two runs, far apart: the second list repeats the first's quantities.
            _ => [.. seeded, .. Seeded(quantities: 1_500, seed: 20241206).Select(r => Report.Of(r.Id + "b", r.Quantity, r.Estimate, r.Provenance, r.RefersTo, r.Published))],
        };
        reports.Length.Should().BeGreaterThan(QuantityLayout.RunsMinimum);
        var expected = Aggregate.LaidOut(reports, AsOf, AggregationOptions.Default with { MaxDegreeOfParallelism = 1 }, "reports").Select(Numbers).ToArray();

        foreach (int threads in new[] { 1, 2, 3, -1 })
        {
            var aggregates = Aggregate.ByQuantity(reports, AsOf, AggregationOptions.Default with { MaxDegreeOfParallelism = threads });
            aggregates.Select(Numbers).Should().Equal(expected, "{0} threads", threads);
        }
        Aggregate.ByQuantity(reports.ToList(), AsOf).Select(Numbers).Should().Equal(expected, "a list");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ByQuantityNamesTheFirstNullReportOnAnyNumberOfThreads(int threads)
    {
        // One null between two quantities' reports, a later one inside a quantity's reports; then the same before it.
        var reports = Seeded(quantities: 1_500, seed: 20241205).ToList();
        int between = reports.FindIndex(r => r.Quantity.Key != reports[0].Quantity.Key);
        reports.Insert(9_000, null!);
        reports.Insert(between, null!);
        var options = AggregationOptions.Default with { MaxDegreeOfParallelism = threads };

        var act = () => Aggregate.ByQuantity(reports.ToArray(), AsOf, options);
        var fromList = () => Aggregate.ByQuantity(reports, AsOf, options);
        act.Should().Throw<ArgumentNullException>().WithParameterName("reports").WithMessage($"Report {between} is null.*");
        fromList.Should().Throw<ArgumentNullException>().WithParameterName("reports").WithMessage($"Report {between} is null.*");
        reports[between] = reports[between + 1];
        reports.Insert(between + 1, null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("reports").WithMessage($"Report {between + 1} is null.*");
        fromList.Should().Throw<ArgumentNullException>().WithParameterName("reports").WithMessage($"Report {between + 1} is null.*");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ByQuantityThrowsTheFirstFailureInOrderWhenTheReportsComeInRuns(bool nullAfterThem)
    {
        // As below, among enough reports in runs to be aggregated as their runs are found; a null report anywhere comes first.
        var reports = Seeded(quantities: 1_500, seed: 17).Where(r => r.Quantity.Key.Statistic != Statistic.Cumulative).ToList();
        reports.Count.Should().BeGreaterThan(QuantityLayout.RunsMinimum);
        var wire = Source.Of("Wire", SourceKind.NewsAgency, ConflictSide.ThirdParty);
        foreach (var (name, before) in new[] { ("far 1", 6_000), ("far 2", 3_000) })
        {
            // Inserted before a report that begins its quantity's run, so that every quantity stays one run.
            int at = Enumerable.Range(before, reports.Count - before).First(i => reports[i].Quantity.Key != reports[i - 1].Quantity.Key);
            var quantity = Quantity.Of(Metric.Personnel, name, "sector 0", Unit.Persons, Statistic.Level);
            foreach (var value in new[] { 1e300, 100 })
            {
                var provenance = Provenance.Of(Source.Of(name + " " + value, SourceKind.Military, ConflictSide.Unknown), Citation.Of(wire, AsOf));
                reports.Insert(at, Report.Of(name + " " + value, quantity, Estimate.About(value), provenance, new DateInterval(AsOf, AsOf), AsOf));
            }
        }
        if (nullAfterThem)
        {
            reports.Add(null!);
        }
        string? sequential = null;
        foreach (int threads in new[] { 1, -1, 2, 3 })
        {
            var options = AggregationOptions.Default with { Noise = NoiseModel.FloorsPlusTauSquared, MaxDegreeOfParallelism = threads };
            var act = () => Aggregate.ByQuantity(reports.ToArray(), AsOf, options);
            if (nullAfterThem)
            {
                act.Should().Throw<ArgumentNullException>().WithParameterName("reports").WithMessage($"Report {reports.Count - 1} is null.*");
                continue;
            }
            var message = act.Should().Throw<ArgumentException>().WithParameterName("reports").Which.Message;
            message.Should().Contain("far 2");
            (sequential ??= message).Should().Be(message);
            // A list, and the layout alone: the same failure.
            var fromList = () => Aggregate.ByQuantity(reports, AsOf, options);
            fromList.Should().Throw<ArgumentException>().Which.Message.Should().Be(message);
            var laidOut = () => Aggregate.LaidOut(reports, AsOf, options, "reports");
            laidOut.Should().Throw<ArgumentException>().Which.Message.Should().Be(message);
        }
    }

    [Fact]
    public void ByQuantityThrowsTheFirstFailureInOrderOnAnyNumberOfThreads()
    {
        // Two quantities whose reports are too far apart for the classic model's interval, among many that are fine: the
        // first of them in order is named.
        var reports = Seeded(quantities: 300, seed: 17).Where(r => r.Quantity.Key.Statistic != Statistic.Cumulative).ToList();
        var wire = Source.Of("Wire", SourceKind.NewsAgency, ConflictSide.ThirdParty);
        foreach (var name in new[] { "far 1", "far 2" })
        {
            var quantity = Quantity.Of(Metric.Personnel, name, "sector 0", Unit.Persons, Statistic.Level);
            foreach (var value in new[] { 100, 1e300 })
            {
                var provenance = Provenance.Of(Source.Of(name + " " + value, SourceKind.Military, ConflictSide.Unknown), Citation.Of(wire, AsOf));
                reports.Insert(name == "far 1" ? 1_500 : 300, Report.Of(name + " " + value, quantity, Estimate.About(value), provenance, new DateInterval(AsOf, AsOf), AsOf));
            }
        }
        string? sequential = null;
        foreach (int threads in new[] { 1, -1, 2, 3 })
        {
            var options = AggregationOptions.Default with { Noise = NoiseModel.FloorsPlusTauSquared, MaxDegreeOfParallelism = threads };
            var act = () => Aggregate.ByQuantity(reports, AsOf, options);
            var message = act.Should().Throw<ArgumentException>().WithParameterName("reports").Which.Message;
            message.Should().Contain("far 2");
            (sequential ??= message).Should().Be(message);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void MaxDegreeOfParallelismRefusesNeitherMinusOneNorPositive(int value)
    {
        var act = () => AggregationOptions.Default with { MaxDegreeOfParallelism = value };
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(AggregationOptions.MaxDegreeOfParallelism));
    }

    [Theory]
    [MemberData(nameof(Options))]
    public void SeriesGivesWhatOfGivesAtEachDate(string name)
    {
        var options = OptionSets[name];
        var reports = Seeded(quantities: 12, seed: 7);
        // Weekly for a year, the last date after every report; the first dates come before any report of some quantities.
        var dates = Enumerable.Range(0, 53).Select(w => AsOf.PlusDays(70 - (7 * (52 - w)))).ToArray();
        SeriesShouldGiveWhatOfGives(reports, dates, options);
    }

    [Theory]
    [MemberData(nameof(Options))]
    public void SeriesGivesWhatOfGivesWithForecastsAndDatesInAnyOrder(string name)
    {
        // Forecasts (a period after publication: no age until it ends, plus the lead) among the reports, and the dates out
        // of order, repeated, a day apart and years apart, so that a reused fit is checked wherever it is taken.
        var options = OptionSets[name];
        var reports = Seeded(quantities: 10, seed: 29).Select((r, i) => i % 3 != 0 ? r : Report.Of(
            r.Id + "f", r.Quantity, r.Estimate, r.Provenance, new DateInterval(r.Published.PlusDays(3 + (i % 50)), r.Published.PlusDays(3 + (i % 50) + (i % 9))), r.Published)).ToArray();
        var random = new Random(31);
        var dates = Enumerable.Range(0, 40).Select(_ => AsOf.PlusDays(80 - random.Next(0, 420)))
            .Concat([AsOf, AsOf, AsOf.PlusDays(1), AsOf.PlusYears(3), AsOf.PlusDays(-2), AsOf.PlusYears(-5)]).ToArray();
        SeriesShouldGiveWhatOfGives(reports, dates, options);
    }

    [Theory]
    [MemberData(nameof(Options))]
    public void SeriesGivesWhatOfGivesAcrossUnitsAndTheScalesEdges(string name)
    {
        // A series reads each report once on a scale and judges once whether all its reports stay on it: an area stated
        // in km², square miles and hectares; a count whose 0 arrives halfway (the scale changes from that date); shares
        // with a 100% figure arriving late and an early "0%".
        var options = OptionSets[name];
        var wire = Source.Of("Wire", SourceKind.NewsAgency, ConflictSide.ThirdParty);
        var units = new[] { Unit.SquareKilometres, Unit.SquareMiles, Unit.Hectares };
        var reports = new List<Report>();
        void Add(Quantity quantity, int number, Estimate estimate, int daysBefore)
        {
            var day = AsOf.PlusDays(-daysBefore);
            var origin = Source.Of(quantity.Subject + " origin " + (number % 5), (SourceKind)(number % 4), ConflictSide.Unknown);
            reports.Add(Report.Of(quantity.Subject + " r" + number, quantity, estimate, Provenance.Of(origin, Citation.Of(wire, day)), new DateInterval(day.PlusDays(-2), day), day));
        }
        for (int r = 0; r < 12; r++)
        {
            var unit = units[r % 3];
            var area = Quantity.Of(Metric.TerritoryHeld, "area", "front", unit, Statistic.Level);
            double km2 = 800 + (37 * r);
            Add(area, r, r % 4 == 1 ? Estimate.Above(Math.Round(Unit.SquareKilometres.Convert(km2 * 0.9, unit))) : Estimate.About(Math.Round(Unit.SquareKilometres.Convert(km2, unit))), 350 - (29 * r));
            var count = Quantity.Of(Metric.Personnel, "count", "front", Unit.Persons, Statistic.Level);
            Add(count, r, r == 6 ? Estimate.Bare(0) : Estimate.About(120 + (9 * r)), 340 - (27 * r));
            var share = Quantity.Of(Metric.TerritoryLost, "share", "front", Unit.Percent, Statistic.Level);
            Add(share, r, r == 9 ? Estimate.Bare(100) : r == 1 ? Estimate.Bare(0) : Estimate.About(40 + (3 * r)), 345 - (28 * r));
        }
        var dates = Enumerable.Range(0, 53).Select(w => AsOf.PlusDays(7 * (w - 52))).ToArray();
        SeriesShouldGiveWhatOfGives(reports, dates, options);
    }

    /// <summary>Each quantity's series at <paramref name="dates"/> equals <see cref="Aggregate.Of"/> at each date with a report by then.</summary>
    private static void SeriesShouldGiveWhatOfGives(IEnumerable<Report> reports, LocalDate[] dates, AggregationOptions options)
    {
        foreach (var group in reports.GroupBy(r => r.Quantity.Key))
        {
            var series = Aggregate.Series(group, dates, options);
            var expected = dates.Where(d => group.Any(r => r.Published <= d)).Select(d => Numbers(Aggregate.Of(group, d, options))).ToArray();

            expected.Should().NotBeEmpty();
            series.Select(Numbers).Should().Equal(expected);
        }
    }

    [Fact]
    public void DayNumbersCountTheDaysBetweenDatesOverNodaTimesRange()
    {
        var random = new Random(37);
        var dates = Enumerable.Range(0, 2_000).Select(_ => new LocalDate(-9998, 1, 1).PlusDays(random.Next(0, 7_304_000)))
            .Concat([new LocalDate(-9998, 1, 1), new LocalDate(9999, 12, 31), new LocalDate(0, 2, 29), new LocalDate(0, 3, 1), new LocalDate(-1, 12, 31),
                new LocalDate(1, 1, 1), new LocalDate(2000, 2, 29), new LocalDate(1900, 3, 1), new LocalDate(2024, 12, 31)]).ToArray();
        var origin = new LocalDate(2025, 3, 31);
        foreach (var date in dates)
        {
            (Dates.DayNumber(date) - Dates.DayNumber(origin)).Should().Be(Period.DaysBetween(origin, date), date.ToString());
            if (date < new LocalDate(9999, 12, 31))
            {
                Dates.DayNumber(date.PlusDays(1)).Should().Be(Dates.DayNumber(date) + 1, date.ToString());
            }
        }
    }

    [Fact]
    public void AgesFromTheDayNumbersKeptOnReportsCountTheDaysAsNodaTimeDoes()
    {
        // A report keeps its end's day number and a forecast's lead: the age must be the days NodaTime counts, from
        // year 1 to 9999, for reports about the past and forecasts, whatever the as-of date.
        var random = new Random(41);
        var quantity = Quantity.Of(Metric.Personnel, "unit", "sector", Unit.Persons, Statistic.Level);
        var provenance = Provenance.Of(Source.Of("origin", SourceKind.Military, ConflictSide.Unknown));
        LocalDate Any() => new LocalDate(1, 1, 1).PlusDays(random.Next(0, 3_652_058));
        for (int i = 0; i < 2_000; i++)
        {
            var (start, published, asOf) = (Any(), Any(), Any());
            if (i % 3 == 0)
            {
                (start, published, asOf) = (new LocalDate(1, 1, 1).PlusDays(random.Next(0, 5)), new LocalDate(1, 1, 1), new LocalDate(1, 1, 1).PlusDays(random.Next(0, 5)));
            }
            var end = start.PlusDays(random.Next(0, 40));
            if (end > new LocalDate(9999, 12, 31) || end.Year > 9999)
            {
                continue;
            }
            var report = Report.Of("r" + i, quantity, Estimate.About(1_000), provenance, new DateInterval(start, end), published);
            int expected = (end < asOf ? Period.DaysBetween(end, asOf) : 0) + (start > published ? Period.DaysBetween(published, start) : 0);

            WeightStage.Age(report, asOf).Should().Be(expected, $"{start}..{end}, published {published}, as of {asOf}");
        }
    }

    [Fact]
    public void AgesBeforeYearOneCountTheDaysAsNodaTimeDoes()
    {
        // The day count covers NodaTime's whole range: a report dated before year 1 (which DateOnly cannot hold) has an age
        // too, and aggregates without an exception.
        var quantity = Quantity.Of(Metric.Personnel, "unit", "sector", Unit.Persons, Statistic.Level);
        var provenance = Provenance.Of(Source.Of("origin", SourceKind.Military, ConflictSide.Unknown));
        var cases = new[]
        {
            (Start: new LocalDate(-44, 3, 15), End: new LocalDate(-44, 3, 15), Published: new LocalDate(-44, 3, 15), AsOf: new LocalDate(-44, 4, 1)),
            (Start: new LocalDate(-1, 12, 1), End: new LocalDate(0, 2, 29), Published: new LocalDate(-1, 11, 1), AsOf: new LocalDate(1, 1, 1)),
            (Start: new LocalDate(-9998, 1, 1), End: new LocalDate(-9998, 1, 31), Published: new LocalDate(-9998, 1, 1), AsOf: new LocalDate(2025, 1, 1)),
        };
        foreach (var (start, end, published, asOf) in cases)
        {
            var report = Report.Of("r" + start, quantity, Estimate.About(1_000), provenance, new DateInterval(start, end), published);
            int expected = (end < asOf ? Period.DaysBetween(end, asOf) : 0) + (start > published ? Period.DaysBetween(published, start) : 0);

            WeightStage.Age(report, asOf).Should().Be(expected, $"{start}..{end}, published {published}, as of {asOf}");
            Aggregate.Of([report], asOf).Value.Should().BeApproximately(1_000, 1e-6);
        }
    }

    [Fact]
    public void AWeekWithoutNewReportsChangesOnlyTheDateAndTheAges()
    {
        // Every report known and aged alike by both dates: weights count ages from the newest report, so the numbers
        // must agree to the last bit (what lets a series reuse a fit), while each explanation counts ages to its own date.
        var reports = Seeded(quantities: 8, seed: 5).Where(r => r.Quantity.Key.Statistic != Statistic.Cumulative && r.Published <= AsOf.PlusDays(-30)).ToArray();
        foreach (var group in reports.GroupBy(r => r.Quantity.Key))
        {
            var series = Aggregate.Series(group, [AsOf.PlusDays(-7), AsOf]);
            var (before, after) = (series[0], series[1]);

            Numbers(after).Should().Be(Numbers(Aggregate.Of(group, AsOf)));
            (after.Value, after.ConfidenceInterval, after.PredictionInterval, after.NoiseScale, after.Q)
                .Should().Be((before.Value, before.ConfidenceInterval, before.PredictionInterval, before.NoiseScale, before.Q));
            // The same reports left out at both dates (a figure its origin's newer one supersedes has no age of its own).
            after.Contributions.Select(c => c.Exclusion).Should().Equal(before.Contributions.Select(c => c.Exclusion));
            after.Contributions.Where(c => c.Included).Select(c => c.AgeDays).Should().Equal(before.Contributions.Where(c => c.Included).Select(c => c.AgeDays + 7));
        }
    }

    [Fact]
    public void SeriesSkipsDatesBeforeTheFirstReportAndKeepsTheOrderGiven()
    {
        var reports = Seeded(quantities: 1, seed: 11);
        var first = reports.Min(r => r.Published);
        LocalDate[] dates = [first.PlusDays(30), first.PlusDays(-1), first, first.PlusDays(10)];

        var series = ReportCollection.Of(reports).AggregateSeries(dates);

        series.Select(a => a.AsOf).Should().Equal(first.PlusDays(30), first, first.PlusDays(10));
    }

    [Fact]
    public void SeriesRefusesReportsAboutTwoQuantitiesNamingThem()
    {
        var reports = Seeded(quantities: 2, seed: 3);
        var act = () => Aggregate.Series(reports, [AsOf]);
        act.Should().Throw<ArgumentException>().WithParameterName("reports").WithMessage("*one quantity*");
        var noDates = () => Aggregate.Series(reports, null!);
        noDates.Should().Throw<ArgumentNullException>().WithParameterName("dates");
    }

    /// <summary>Every number an aggregate reports, written so that two strings are equal only when all agree to the last bit.</summary>
    internal static string Numbers(Aggregate a)
    {
        static string R(double x) => x.ToString("R", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{a.Key} {a.AsOf} {a.Scale} {R(a.Value)} {R(a.ConfidenceInterval.Lower)} {R(a.ConfidenceInterval.Upper)} ")
            .Append(CultureInfo.InvariantCulture, $"{R(a.PredictionInterval.Lower)} {R(a.PredictionInterval.Upper)} {R(a.NoiseScale)} {R(a.Q)} {R(a.TauSquared)} {R(a.ISquared)} ")
            .Append(CultureInfo.InvariantCulture, $"{R(a.Heterogeneity.Mean)} {R(a.Heterogeneity.StandardError)} {a.ReportCount} {a.IndependentOrigins} ")
            .Append(string.Join(",", a.Notes.Select(n => n.Kind + ":" + R(n.Value))))
            .Append(" disagreeing ").Append(string.Join(",", a.Disagreeing.Select(r => r.Id)))
            .Append(CultureInfo.InvariantCulture, $" estimate {a.Estimate} {a.Estimate.Distribution} {R(a.Estimate.Median)} {R(a.Estimate.Quantile(0.05))} {R(a.Estimate.Quantile(0.95))}");
        foreach (var c in a.Contributions)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {c.Report.Id} {c.Exclusion} {c.Claim} {R(c.Value)} {R(c.AnalysisValue)} {R(c.StandardError)} {c.FloorApplied} ")
                .Append(CultureInfo.InvariantCulture, $"{R(c.EnteredInterval.Lower)} {R(c.EnteredInterval.Upper)} {R(c.Bounds.Lower)} {R(c.Bounds.Upper)} {R(c.RelativePrecision)} ")
                .Append(CultureInfo.InvariantCulture, $"{R(c.RatingFactor)} {c.AgeDays} {R(c.RecencyFactor)} {c.SharedOriginCount} {R(c.Weight)} {R(c.Share)} {R(c.StandardizedResidual)} {c.Disagrees}");
        }
        return text.ToString();
    }

    /// <summary>
    /// Reports about <paramref name="quantities"/> troop counts (every fifth a cumulative count of losses), 1 to 14 each, around a true value with 10–30% noise:
    /// about one in ten "more than", one in twelve a range, one in fifteen "about" a round figure; every fourth from the
    /// previous report's origin; now and then the same report twice, and reports published up to 60 days after the date.
    /// </summary>
    internal static Report[] Seeded(int quantities, int seed)
    {
        var random = new Random(seed);
        var ratings = new[] { "A1", "B2", "C3", "F6", "D4" };
        var kinds = new[] { SourceKind.IntelligenceService, SourceKind.Military, SourceKind.Government, SourceKind.Unknown };
        var wire = Source.Of("Wire", SourceKind.NewsAgency, ConflictSide.ThirdParty);
        var reports = new List<Report>();
        for (int q = 0; q < quantities; q++)
        {
            var quantity = q % 5 == 4
                ? Quantity.Of(Metric.Losses, "unit " + q, "sector " + (q % 7), Unit.Persons, Statistic.Cumulative)
                : Quantity.Of(Metric.Personnel, "unit " + q, "sector " + (q % 7), Unit.Persons, Statistic.Level);
            double truth = 500 * Math.Exp(random.NextDouble() * 6), noise = 0.1 + (0.2 * random.NextDouble());
            int count = 1 + random.Next(14);
            for (int r = 0; r < count; r++)
            {
                double value = Math.Max(1, Math.Round(truth * Math.Exp(noise * Normal(random))));
                double draw = random.NextDouble();
                var estimate = draw < 0.10 ? Estimate.Above(Math.Round(value * 0.9))
                    : draw < 0.18 ? Estimate.Between(Math.Round(value * 0.8), Math.Round(value * 1.2))
                    : draw < 0.25 ? Estimate.About(Math.Max(100, Math.Round(value / 100) * 100))
                    : draw < 0.6 ? Estimate.About(value) : Estimate.Bare(value);
                int originNumber = r % 4 == 3 ? r - 1 : r;
                var origin = Source.Of("origin " + q + "-" + originNumber, kinds[originNumber % kinds.Length], ConflictSide.Unknown);
                var published = AsOf.PlusDays(60 - random.Next(0, 400));
                var provenance = Provenance.Of(origin, Citation.Of(wire, published)).WithRating(AdmiraltyRating.Parse(ratings[random.Next(ratings.Length)]));
                var report = Report.Of("q" + q + "r" + r, quantity, estimate, provenance, new DateInterval(published.PlusDays(-random.Next(0, 10)), published), published);
                reports.Add(report);
                if (random.NextDouble() < 0.03)
                {
                    reports.Add(report);
                }
            }
        }
        return reports.ToArray();
    }

    private static double Normal(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
