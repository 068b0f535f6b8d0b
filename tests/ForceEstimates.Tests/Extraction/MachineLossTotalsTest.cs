using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>A sum's participle after losses of machines (found by the session-36 held-out check, in invented words).</summary>
public class MachineLossTotalsTest
{
    private static readonly NodaTime.LocalDate Published = new(2024, 11, 23);

    [Theory]
    [InlineData("The monitors counted tank losses for Dovra, totaling 612 since the spring.", "612", FigureKind.Equipment)]
    [InlineData("The group counted vehicle losses for Varo, totalling 380 by June.", "380", FigureKind.Equipment)]
    [InlineData("The casualties in the drone strike on Tesk, totaling 72, were mostly civilians.", "72", FigureKind.Casualties)]
    public void LossesOfMachinesTotalledAreMachinesNotAToll(string text, string figure, FigureKind kind)
    {
        // "tank losses ..., totaling N": the sum is of tanks; "totaling" after a loss noun makes a toll only when the losses
        // are of people.
        var found = ReportExtractor.Default.Extract(text, Published).Single(f => f.Text == figure);
        found.Kind.Should().Be(kind);
    }
}
