using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Presentation;
using NodaTime;
using Xunit;
using static ForceEstimates.Tests.ReportFixtures;

namespace ForceEstimates.Tests.Presentation;

/// <summary>
/// Where codes become text. The wording itself is not frozen here; what is checked is that every code has text, that
/// the text carries the data it is about (ids, numbers in the library's format) and that the summary has its parts.
/// </summary>
public class PlainTextTest
{
    [Fact]
    public void TheSummaryHasTheHeadlineALinePerReportAndTheNotes()
    {
        var aggregate = Aggregate.Of(Samples.NorthKoreanTroops, new LocalDate(2024, 12, 31));
        var lines = PlainText.Of(aggregate).Split(Environment.NewLine);
        lines[0].Should().Be(aggregate.ToString());
        lines[0].Should().Contain(PlainText.Number(aggregate.Value)).And.Contain(PlainText.Range(aggregate.ConfidenceInterval));
        lines[1].Should().Contain(PlainText.Name(aggregate.Method)).And.Contain(PlainText.Range(aggregate.PredictionInterval));
        var reportLines = lines.Where(l => l.StartsWith("  - ", StringComparison.Ordinal)).ToArray();
        reportLines.Should().HaveCount(aggregate.Contributions.Count);
        for (int i = 0; i < reportLines.Length; i++)
        {
            reportLines[i].Should().Be("  - " + PlainText.Of(aggregate.Contributions[i]) + (aggregate.Contributions[i].Disagrees ? " [disagrees]" : ""));
        }
        lines.Count(l => l.StartsWith("  note: ", StringComparison.Ordinal)).Should().Be(aggregate.Notes.Count);
    }

    [Fact]
    public void ReasonsNameEachFactorThatMoved()
    {
        var reports = new[]
        {
            Figure("old", "10,000", origin: "shared", published: AsOf.PlusDays(-45), rating: "B2"),
            Figure("new", "12,000", origin: "shared"),
            Figure("bound", "more than 9,000"),
        };
        // With the origin's older figure kept (by default its newer one supersedes it), every factor shows.
        var aggregate = Aggregate.Of(reports, AsOf, AggregationOptions.Default with { SupersedeOlderLevels = false });
        var old = PlainText.Reasons(aggregate.Contributions[0]);
        old.Should().HaveCount(5, "its digits (10,000 is 9,500–15,000), precision, rating, age and shared origin");
        old[0].Should().Be("its digits allow 9,500–15,000");
        old.Should().Contain(r => r.Contains("45", StringComparison.Ordinal) && r.Contains(PlainText.Number(aggregate.Contributions[0].RecencyFactor), StringComparison.Ordinal));
        old.Should().Contain(r => r.Contains("B2", StringComparison.Ordinal));
        PlainText.Reasons(aggregate.Contributions[1]).Should().HaveCount(3, "precision, rating and shared origin; it is not old");
        var bound = PlainText.Reasons(aggregate.Contributions[2]);
        bound.Should().HaveCount(3, "how the bound entered, what it is known to, and its rating");
        bound[0].Should().Contain("9,000");
    }

    [Fact]
    public void AReportADayOldSaysDay()
    {
        var aggregate = Aggregate.Of([Figure("yesterday", "10,000", published: AsOf.PlusDays(-1)), Figure("today", "12,000")], AsOf);
        PlainText.Reasons(aggregate.Contributions[0]).Should().Contain(r => r.StartsWith("1 day old ×", StringComparison.Ordinal));
    }

    [Fact]
    public void AFigureWhoseDigitsAllowMoreThanItsPrecisionSaysSo()
    {
        // "around 10,000" is 9,500–15,000 (one significant digit), wider than ±10%: it says so, with the bin. "12,000" and
        // "about 11,000" (two digits: ±500) are within their precision and say nothing of their digits.
        var reports = new[] { Figure("coarse", "around 10,000"), Figure("b", "12,000"), Figure("c", "about 11,000") };
        var aggregate = Aggregate.Of(reports, AsOf);
        aggregate.Contributions[0].RoundingBin.Should().NotBeNull();
        aggregate.Contributions[0].RoundingBin!.Value.Lower.Should().BeApproximately(9_500, 1e-6);
        aggregate.Contributions[0].RoundingBin!.Value.Upper.Should().BeApproximately(15_000, 1e-6);
        PlainText.Reasons(aggregate.Contributions[0]).Should().Contain("its digits allow 9,500–15,000");
        aggregate.Contributions[1].RoundingBin!.Value.Lower.Should().BeApproximately(11_500, 1e-6);
        PlainText.Reasons(aggregate.Contributions[1]).Should().NotContain(r => r.StartsWith("its digits", StringComparison.Ordinal));
        PlainText.Reasons(aggregate.Contributions[2]).Should().NotContain(r => r.StartsWith("its digits", StringComparison.Ordinal));
        // A bound, a lone report and the classic model enter without a bin.
        Aggregate.Of(reports.Append(Figure("d", "more than 9,000")).ToArray(), AsOf).Contributions[3].RoundingBin.Should().BeNull();
        Aggregate.Of(reports.Take(1).ToArray(), AsOf).Contributions[0].RoundingBin.Should().BeNull();
        Aggregate.Of(reports, AsOf, Classic).Contributions[0].RoundingBin.Should().BeNull();
    }

    [Fact]
    public void AReportNotUsedSaysWhyWithItsDate()
    {
        var late = Figure("late", "12,000", published: AsOf.PlusDays(2));
        var aggregate = Aggregate.Of(new[] { Figure("a", "10,000"), late }, AsOf);
        PlainText.Reasons(aggregate.Contributions[1]).Should().ContainSingle().Which.Should().Contain("2025-02-02");
        PlainText.Of(aggregate.Contributions[1]).Should().StartWith("late: not used");
    }

    [Fact]
    public void EveryNoteKindAndMethodHasItsOwnText()
    {
        var reports = new[] { Figure("a", "10,000"), Figure("b", "12,000") };
        var notes = Enum.GetValues<AggregationMethod>()
            .SelectMany(m => Aggregate.Of(reports, AsOf, With(m)).Notes)
            .Concat(Aggregate.Of(new[] { Figure("a", "0"), Figure("b", "10") }, AsOf, Classic).Notes)
            .Concat(Aggregate.Of(new[] { Figure("a", "more than 10") }, AsOf).Notes)
            .Concat(Aggregate.Of(new[] { Figure("a", "more than 10"), Figure("b", "over 12") }, AsOf, Classic).Notes)
            .Concat(Aggregate.Of(new[] { Figure("a", "10"), Figure("b", "over 12") }, AsOf, Classic).Notes)
            .Concat(Aggregate.Of(new[] { Figure("a", "0"), Figure("b", "up to 5") }, AsOf, AggregationOptions.Default with { BoundedClaims = BoundedClaims.Censored }).Notes)
            .Concat(Aggregate.Of(new[] { Figure("a", "about 12,000"), Figure("b", "about 12,000") }, AsOf,
                Classic with { KnappHartung = KnappHartung.Standard }).Notes)
            .Concat(Aggregate.Of(new[]
            {
                Figure("old", "1,000", "A", Troops(statistic: Statistic.Cumulative), AsOf.PlusDays(-60)),
                Figure("earlier", "13,000", "B", Troops(statistic: Statistic.Cumulative), AsOf.PlusDays(-30)),
                Figure("now", "12,000", "A", Troops(statistic: Statistic.Cumulative)),
            }, AsOf).Notes)
            .Concat(Aggregate.Of(new[]
            {
                Figure("a", "10,000"), Figure("b", "10,200", "B"), Figure("c", "9,900", "C"), Figure("d", "10,100", "D"), Figure("e", "16,000", "E"),
            }, AsOf).Notes)
            .Concat(Aggregate.Of(reports, AsOf, AggregationOptions.Default with { KnappHartung = KnappHartung.AdHoc }).Notes)
            .Concat(Aggregate.Of(new[]
            {
                // Counts of two months: the earlier month's is left out.
                ForceEstimates.Report.Of("june", Troops(statistic: Statistic.Change), Estimate.Parse("900"), Provenance.Of(Origin("A")), new DateInterval(AsOf.PlusDays(-60), AsOf.PlusDays(-31)), AsOf),
                ForceEstimates.Report.Of("july", Troops(statistic: Statistic.Change), Estimate.Parse("1,000"), Provenance.Of(Origin("A")), new DateInterval(AsOf.PlusDays(-30), AsOf), AsOf),
            }, AsOf).Notes)
            // A level figure more than 30 half-lives before the newest: left out.
            .Concat(Aggregate.Of(new[] { Figure("older", "9,000", "B", published: AsOf.PlusYears(-10)), Figure("b", "10,000", "C") }, AsOf).Notes)
            .ToArray();
        var texts = notes.GroupBy(n => n.Kind).ToDictionary(g => g.Key, g => PlainText.Of(g.First()));
        texts.Keys.Should().BeEquivalentTo(Enum.GetValues<AggregateNoteKind>().Except([AggregateNoteKind.FitNotConverged, AggregateNoteKind.RobustDidNotConverge]));
        texts.Values.Should().OnlyHaveUniqueItems().And.OnlyContain(t => t.Length > 0 && t != "");
        texts[AggregateNoteKind.LowestFigure].Should().Contain("a");
        texts[AggregateNoteKind.EnvelopeEnds].Should().Contain("95%");
        texts[AggregateNoteKind.HeavyTailCentre].Should().Contain("under normal errors the centre would be");
        Enum.GetValues<AggregationMethod>().Select(PlainText.Name).Should().OnlyHaveUniqueItems()
            .And.NotContain(name => Enum.GetNames<AggregationMethod>().Contains(name), "each method has a name in words");
    }

    [Fact]
    public void NullsAreRejectedByName()
    {
        FluentActions.Invoking(() => PlainText.Of((Aggregate)null!)).Should().Throw<ArgumentNullException>().WithParameterName("aggregate");
        FluentActions.Invoking(() => PlainText.Reasons(null!)).Should().Throw<ArgumentNullException>().WithParameterName("contribution");
        FluentActions.Invoking(() => PlainText.Of((AggregateNote)null!)).Should().Throw<ArgumentNullException>().WithParameterName("note");
    }
}
