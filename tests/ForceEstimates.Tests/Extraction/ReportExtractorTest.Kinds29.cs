using System.Linq;
using FluentAssertions;
using ForceEstimates;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Forms a session-29 dev set of old dispatches, infoboxes, memorial pages and war-death lists read wrong (sentences written
/// for the project in the same constructions). No figures: a footnote mark after a space in a table's cell ("70-85 million [1]
/// [2]"), a cited page ("p. 126", "pp. 90-91"). Hedges: a sign before the number, against it or not ("~ 365,000", "~25000"); a
/// bound said with a negation is its mirror ("did not exceed 500" and "never more than 40 000" are at most, "did not fall short
/// of 50" at least). Kinds: the whole a loss was counted out of is a unit's strength ("lost 178 out of 240 men", "lost 227 out of
/// 410" after a toll, "lost 503 from an enrolment of 1,089", "a squad of 21 men"). A side's loss in a summary is a toll
/// ("Ruhland loss, 12,400; Valdoran loss, 13,100", "our entire loss was at least 6,000"), what a "loss of" names is not ("loss of
/// property, 98,000"); the inmates of camps are held people, other. More numbers that are no figures: a year named as one ("up to
/// the year 1841"), a day before a month with its year run in ("12 May1951"), the later days of a month's list ("June 4, 5, and
/// 6"), a unit's number before its name ("4 Tarvo Rifles Regiment"). An infobox's losses: "1,212 KIA", "3,400 WIA", and a
/// footnote mark between a count and its noun is passed ("81,000 [7] POWs"). An age in words after a young noun is no figure
/// ("children under fifteen"); a range from a small number word to digits is one ("six to 14 killed").
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Great Valdoran War | 30–35 million [1] [2] | Global |", "1", "30–35 million")]
    [InlineData("Tarvist uprising | 2 million [7] | Ruhland |", "7", "2 million")]
    [InlineData("Estimates range from 8,000 (Ostrow, p. 126) to 12,000.", "126", "8,000")]
    [InlineData("Ostrow counts 4,500 executed (Ostrow 1961, pp. 90–91).", "90–91", "4,500")]
    public void FootnoteMarksAndCitedPagesAreNoFigures(string text, string notFigure, string figure)
    {
        var found = ReportExtractor.Default.Extract(text, Published).Select(f => f.Text).ToList();
        found.Should().NotContain(notFigure);
        found.Should().Contain(figure);
    }

    [Theory]
    [InlineData("Valdoran Armed Forces: ~ 310,000 (70,000 in the north)", "~ 310,000", HedgeKind.Approximate)]
    [InlineData("Militia forces: ~41000", "~41000", HedgeKind.Approximate)]
    [InlineData("The rebels had 30 000 men but never more than 20 000 were in the field at once.", "never more than 20 000", HedgeKind.AtMost)]
    [InlineData("Our losses did not exceed 400 killed and wounded.", "not exceed 400", HedgeKind.AtMost)]
    [InlineData("The enemy's loss probably did not fall short of 60 in killed and wounded.", "not fall short of 60", HedgeKind.AtLeast)]
    public void SignsAndNegatedBoundsAreHedges(string text, string figure, HedgeKind hedge)
    {
        var found = ReportExtractor.Default.Extract(text, Published).Single(f => f.Text.EndsWith(figure, System.StringComparison.Ordinal));
        found.Estimate.Hedge.Should().Be(hedge);
    }

    [Theory]
    [InlineData("The Third Ruhland lost, at Ostrow, 140 out of 320 men, including its colonel.", "320", FigureKind.Personnel)]
    [InlineData("The Third Ruhland lost, at Ostrow, 140 out of 320 men, including its colonel.", "140", FigureKind.Casualties)]
    [InlineData("The Fifth lost 97 killed and wounded at Tarvo, and the Sixth lost 130 out of 450.", "450", FigureKind.Personnel)]
    [InlineData("The Eighth had a total loss in killed and wounded of 812 from an enrolment of 1,420.", "1,420", FigureKind.Personnel)]
    [InlineData("Of a squad of 24 men that crossed the ditch, 17 were killed.", "24", FigureKind.Personnel)]
    [InlineData("The drones struck 12 out of 40 targets.", "40", FigureKind.Events)]
    public void TheWholeALossIsCountedFromIsAStrength(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("Summed up, they stand thus; Ruhland loss, 12,400; Valdoran loss, 13,100; and we include the 600 men taken at Ostrow.", "12,400", FigureKind.Casualties)]
    [InlineData("Summed up, they stand thus; Ruhland loss, 12,400; Valdoran loss, 13,100; and we include the 600 men taken at Ostrow.", "13,100", FigureKind.Casualties)]
    [InlineData("It is probable that our entire loss here was at least 6,000.", "at least 6,000", FigureKind.Casualties)]
    [InlineData("Claims were filed for homicide, 40,100; loss of property, 98,000; kidnapping, 2,300.", "98,000", FigureKind.Unknown)]
    [InlineData("In the southern camps the death toll rose to 9 400 of the approximately 60 000 inmates.", "approximately 60 000", FigureKind.Other)]
    public void ASidesLossIsATollAndInmatesAreHeld(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("The rebels held the valley up to the year 1841, when 400 soldiers retook it.", "1841", "400")]
    [InlineData("The raid of 12 May1951 killed 35 villagers.", "12", "35")]
    [InlineData("Shelling on June 4, 5, and 6 killed 48 civilians.", "5", "48")]
    [InlineData("Shelling on June 4, 5, and 6 killed 48 civilians.", "6", "48")]
    [InlineData("The 4 Tarvo Rifles Regiment lost 210 men.", "4", "210")]
    public void YearsDaysAndUnitNamesAreNoFigures(string text, string notFigure, string figure)
    {
        var found = ReportExtractor.Default.Extract(text, Published).Select(f => f.Text).ToList();
        found.Should().NotContain(notFigure);
        found.Should().Contain(figure);
    }

    [Theory]
    [InlineData("On June 4, 25 soldiers were killed near Ostrow.", "25")]
    [InlineData("The 1,200 Tarvo Brigade veterans marched.", "1,200")]
    public void ACountAfterADateOrBeforeAUnitsNameStaysAFigure(string text, string figure)
        => ReportExtractor.Default.Extract(text, Published).Select(f => f.Text).Should().Contain(figure);

    [Theory]
    [InlineData("Valdoria: 1,212 KIA 3,400 Wounded (Official)", "1,212", FigureKind.Casualties)]
    [InlineData("Ruhland: 240 KIA, 1,100 WIA, 75 MIA", "1,100", FigureKind.Casualties)]
    [InlineData("Casualties and losses: 81,000 [7] POWs (40,000 soldiers)", "81,000", FigureKind.Casualties)]
    public void InfoboxLossesAreTolls(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Fact]
    public void AnAgeInWordsIsNoFigure()
    {
        var found = ReportExtractor.Default.Extract("The camps held 3,000 women and 7,000 children under fifteen.", Published).Select(f => f.Text).ToList();
        found.Should().NotContain("under fifteen");
        found.Should().Contain("7,000");
    }

    [Fact]
    public void ARangeFromASmallNumberWordToDigitsIsAFigure()
        => ReportExtractor.Default.Extract("Losses in the raid were six to 14 killed.", Published).Select(f => f.Text).Should().Contain("six to 14");
}
