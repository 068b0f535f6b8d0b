using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using Xunit;
using static ForceEstimates.Tests.ReportFixtures;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>
/// An aggregate's notes are immutable: the reports a note names cannot be replaced through a cast of
/// <see cref="AggregateNote.Reports"/> (it handed out its array before).
/// </summary>
public class AggregateNoteReadOnlyTest
{
    [Fact]
    public void TheReportsANoteNamesCannotBeChangedThroughACast()
    {
        var aggregate = Aggregate.Of(new[] { Figure("a", "10,000"), Figure("b", "12,000") }, AsOf, With(AggregationMethod.MostConservative));
        var note = aggregate.Notes.Single(n => n.Kind == AggregateNoteKind.LowestFigure);
        note.Reports.Should().ContainSingle().Which.Id.Should().Be("a");
        note.Reports.Should().NotBeAssignableTo<Report[]>();
        var list = (IList<Report>)note.Reports;
        FluentActions.Invoking(() => list[0] = Figure("x", "1")).Should().Throw<NotSupportedException>();
        note.Reports[0].Id.Should().Be("a");
    }

    [Fact]
    public void ANoteAboutNoReportHasAnEmptyReadOnlyList()
    {
        var aggregate = Aggregate.Of(new[] { Figure("a", "10,000") }, AsOf);
        var note = aggregate.Notes.Single(n => n.Kind == AggregateNoteKind.SingleReport);
        note.Reports.Should().BeEmpty();
        ((ICollection<Report>)note.Reports).IsReadOnly.Should().BeTrue();
    }
}
