using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// An article's one event place lent to its tolls with no place of their own (session 36): the town a lead names as the one
/// a part of it lies in ("in the heart of Dovra"), the town "an attack against" names, and the wounded of the event counted
/// on another day than its dead. Sentences written for the project: invented places, names and numbers.
/// </summary>
public partial class ReportExtractorTest
{
    private static readonly LocalDate Day36 = new(2025, 6, 14);

    [Theory]
    [InlineData("Blast in heart of Tarvo leaves 9 dead, dozens hurt", "Tarvo")]
    [InlineData("A bomb rocked a busy market in the heart of Tarvo on Saturday, killing 9 people.", "Tarvo")]
    [InlineData("Shells fell on the outskirts of Varnik overnight. Officials counted the dead.", "Varnik")]
    [InlineData("The toll of a missile attack against Orsk on Thursday has risen to 31. Rescuers kept digging.", "Orsk")]
    [InlineData("Sanctions against Kessia were widened on Monday. Officials counted the cost.", null)]
    [InlineData("A crowd gathered in the heart of the old town on Sunday. Officials counted the dead.", null)]
    public void ALeadsTownIsNamedByThePartOfItOrTheAttackAgainstIt(string lead, string? place)
        => QuantityGuess.NamedLeadPlace(lead).Should().Be(place);

    [Fact]
    public void TheTollsOfATownPartOfWhichALeadNamesTakeTheTown()
    {
        var first = ReportExtractor.Default.Extract(
            "Blast in heart of Tarvo leaves 9 dead, dozens hurt\nA bomb rocked a busy market in the heart of Tarvo on Saturday, killing 9 people.\n"
            + "Officials later said 41 people were wounded.", Day36);
        var second = ReportExtractor.Default.Extract("At least 41 people were wounded in Tarvo on Saturday, the governor said.", Day36);
        var reports = ReportExtractor.ToReports(first.Concat(second));

        var wounded = reports[first.ToList().FindIndex(f => f.Text == "41")];
        wounded.Quantity.Place.Should().Be("Tarvo");
        wounded.Quantity.Key.Should().Be(reports[^1].Quantity.Key);
    }

    [Fact]
    public void TheTollsOfAnAttackAgainstATownTakeTheTown()
    {
        var first = ReportExtractor.Default.Extract(
            "The toll of a missile attack against Orsk on Thursday has risen to 31, the emergency service said on Saturday.\n"
            + "Some 120 people were reportedly injured.", Day36);
        var second = ReportExtractor.Default.Extract("Rescuers said 120 people were injured in Orsk.", Day36);
        var reports = ReportExtractor.ToReports(first.Concat(second));

        var injured = reports[first.ToList().FindIndex(f => f.Text == "Some 120")];
        injured.Quantity.Place.Should().Be("Orsk");
        injured.Quantity.Key.Should().Be(reports[^1].Quantity.Key);
    }

    [Fact]
    public void TheWoundedOfTheLeadsEventCountedTheDayBeforeItsDeadTakeItsPlace()
    {
        var first = ReportExtractor.Default.Extract(
            "Jets bombed the Varnik fuel terminal, leaving at least 60 people dead, rebel officials said on Saturday.\n"
            + "Their health office had said on Friday that 140 people were hurt in the raids.", Day36);
        var second = ReportExtractor.Default.Extract("At least 140 people were wounded in Varnik, officials said.", Day36);
        var reports = ReportExtractor.ToReports(first.Concat(second));

        var wounded = reports[first.ToList().FindIndex(f => f.Text == "140")];
        wounded.Quantity.Place.Should().Be("Varnik");
        wounded.Quantity.Key.Should().Be(reports[^1].Quantity.Key);
    }

    [Fact]
    public void AChangeInTheTollAfterAVagueLeadCountedTheDayBeforeTakesNoPlace()
    {
        var first = ReportExtractor.Default.Extract(
            "Officials said on Saturday that the toll from the storm in Dolsk had risen to 35, with dozens of others missing.\n"
            + "That toll was up by 13 on the count officials gave late on Friday.", Day36);
        var reports = ReportExtractor.ToReports(first);

        reports[first.ToList().FindIndex(f => f.Text == "13")].Quantity.Place.Should().BeNull();
    }
}
