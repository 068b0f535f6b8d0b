using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// "The toll rose by 12 to 158": after a verb of a number that moved, "by N to M" gives the amount of the change and the
/// level after it, two values, as "from N to M" gives the level before and after; never a range from N to M. Found by the
/// session-37 held-out quantity check of real news ("rose by one to N" read as a range from one); sentences invented.
/// </summary>
public class ChangeByToTest
{
    private static readonly NodaTime.LocalDate Published = new(2024, 11, 23);

    private static ExtractedFigure[] Figures(string text) => ReportExtractor.Default.Extract(text, Published).ToArray();

    [Theory]
    [InlineData("The toll in Varo rose by 12 to 158, officials said.", "12", "158", HedgeKind.Bare)]
    [InlineData("The number of missing in Tesk rose by more than 80 to 7,100, the agency said.", "more than 80", "7,100", HedgeKind.Above)]
    [InlineData("The count of the dead in Orsk climbed sharply by about 300 to 2,450, the ministry said.", "about 300", "2,450", HedgeKind.Approximate)]
    [InlineData("Dovra's tally of destroyed tanks fell by 40 to 1,210 after a review.", "40", "1,210", HedgeKind.Bare)]
    public void AChangeByNToMIsTheChangeAndTheLevelAfterIt(string text, string change, string level, HedgeKind changeHedge)
    {
        var figures = Figures(text);

        figures.Select(f => f.Text).Should().Equal(change, level);
        figures[0].Estimate.Hedge.Should().Be(changeHedge);
        figures[1].Estimate.Hedge.Should().Be(HedgeKind.Bare);
    }

    [Fact]
    public void ANumberWordChangeLeavesTheLevelBare()
    {
        var level = Figures("The toll in Belmar rose by one to 158, officials said.").Single(f => f.Text.Contains("158"));

        level.Estimate.Hedge.Should().Be(HedgeKind.Bare);
        level.Text.Should().Be("158");
    }

    [Theory]
    [InlineData("The post was attacked by 12 to 15 gunmen from Marn.", "12 to 15")]
    [InlineData("Officials said the toll rose to between 12 and 15.", "between 12 and 15")]
    public void ARangeWithNoChangeBeforeItStaysARange(string text, string range)
        => Figures(text).Single().Estimate.Hedge.Should().Be(HedgeKind.Range, because: $"'{range}' is one range");
}

/// <summary>
/// "Police handed over 441 bodies": "over" is the particle of a phrasal verb whose object is the count, no lower bound, as
/// "control over 6.5 square kilometres" is a noun's preposition. Found by the session-37 held-out quantity check of real news
/// (read as "over 441"); sentences invented.
/// </summary>
public class OverParticleTest
{
    private static readonly NodaTime.LocalDate Published = new(2024, 11, 23);

    [Theory]
    [InlineData("Police in Varo said they had handed over 212 bodies to relatives.", "212", HedgeKind.Bare)]
    [InlineData("The Dovran unit turned over 40 prisoners to the Tesk authorities.", "40", HedgeKind.Bare)]
    [InlineData("Officials said over 212 bodies were handed to relatives in Varo.", "over 212", HedgeKind.Above)]
    [InlineData("Dovran forces took over 40 villages in the Orsk region.", "over 40", HedgeKind.Above)]
    public void OverAfterAVerbWithThatParticleIsNoBound(string text, string figure, HedgeKind hedge)
        => ReportExtractor.Default.Extract(text, Published).Single(f => f.Text == figure).Estimate.Hedge.Should().Be(hedge);
}
