using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Kinds a session-28 dev set of history pages and news read wrong or left unread (sentences written for the project in the
/// same constructions): a year between a toll's noun and its figure is a date, not a figure that ends the clause ("estimates of
/// deaths between 1921 and 1924 range from ...", "the number of dead in 1978 was ..."); a figure its own clause names as a figure
/// ("scholars favor figures between ...", "an estimate of N", "puts the figure at N", "ranging from N to M" after "the span of the
/// figures") restates the toll the sentences before it discuss and is of the dead too.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Most estimates of Valdoran deaths between 1921 and 1924 range from 300,000 to 450,000.", "300,000 to 450,000", FigureKind.Casualties)]
    [InlineData("The number of dead in Ruhland in 1978 was almost certainly well over 200,000.", "well over 200,000", FigureKind.Casualties)]
    [InlineData("The civilian death toll by October 2019 was between 14,000 and 21,000, the group says.", "between 14,000 and 21,000", FigureKind.Casualties)]
    public void AYearBetweenATollAndItsFigureIsADate(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("Some 90,000 Tarvists died in the camps, historians say. The Ruritanian government puts the figure at \"at least 40,000.\"", "at least 40,000", FigureKind.Casualties)]
    [InlineData("At least 12,000 civilians were killed in the siege. Valdoran scholars favor figures between 20,000 and 30,000, with most favoring an estimate of 25,000.", "between 20,000 and 30,000", FigureKind.Casualties)]
    [InlineData("At least 12,000 civilians were killed in the siege. Valdoran scholars favor figures between 20,000 and 30,000, with most favoring an estimate of 25,000.", "25,000", FigureKind.Casualties)]
    [InlineData("Up to 18,000 citizens lost their lives in the raids. The span of the figures named since is wide, ranging from about 15,000 to 200,000.", "about 15,000 to 200,000", FigureKind.Casualties)]
    [InlineData("About 6,000 people were displaced by the floods. Officials favor figures between 7,000 and 9,000.", "between 7,000 and 9,000", FigureKind.Unknown)]
    public void AFigureNamedAsAFigureRestatesTheTollBefore(string text, string figure, FigureKind kind)
        => KindOf(text, figure).Should().Be(kind);
}
