using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Kinds a session-28 dev set of history pages and news read wrong or left unread (sentences written for the project in the
/// same constructions): a year between a toll's noun and its figure is a date, not a figure that ends the clause ("estimates of
/// deaths between 1921 and 1924 range from ...", "the number of dead in 1978 was ..."); a figure its own clause names as a figure
/// ("historians favour figures between ...", "an estimate of N", "puts the figure at N", "ranging from N to M" after "the span of the
/// figures") restates the toll the sentences before it discuss and is of the dead too. Horses and mules are animals, other,
/// whatever befell them; so are people interned, incarcerated or herded into camps and the internees, people who rioted,
/// protested or rallied, and people a killing's clause goes on abducting ("killing some 900 and abducting around 200"). No figures: a list's item number opening its line ("9. The Battle of ..."), a year of an era ("216 BC"),
/// an earlier century's year after a month and a day ("October 9th, 1588"), an order's number ("Executive Order 4120").
/// A figure that opens a list's line takes the kind of the label after its colon ("4,500: Number of troops deployed"); a
/// parenthesis between a count and its verb is passed ("Almost 9,000 (about 5,000 soldiers and 4,000 civilians) died"); an
/// answer put first is a figure ("Hundreds, say officials"). A toll from events counted ("Deaths from these 12 battles total
/// 3.1 million") is of the dead: the events' own count does not end the look back for the toll's noun. People a verb right
/// before them says were orphaned or removed from their homes are other ("the war orphaned some 40,000 children"). No figures
/// either: the page of an author-date citation ("(Marren 1993: 339)"), a number word joined to an ordinal ("the sixty-ninth"),
/// a fraction of a span of time ("more than a quarter of a century").
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
    [InlineData("At least 12,000 civilians were killed in the siege. Valdoran historians favour figures between 16,000 and 22,000, and most settle on an estimate of 19,000.", "between 16,000 and 22,000", FigureKind.Casualties)]
    [InlineData("At least 12,000 civilians were killed in the siege. Valdoran historians favour figures between 16,000 and 22,000, and most settle on an estimate of 19,000.", "19,000", FigureKind.Casualties)]
    [InlineData("Up to 18,000 citizens lost their lives in the raids. The span of the figures named since is wide, ranging from about 15,000 to 200,000.", "about 15,000 to 200,000", FigureKind.Casualties)]
    [InlineData("About 6,000 people were displaced by the floods. Officials favor figures between 7,000 and 9,000.", "between 7,000 and 9,000", FigureKind.Unknown)]
    public void AFigureNamedAsAFigureRestatesTheTollBefore(string text, string figure, FigureKind kind)
        => KindOf(text, figure).Should().Be(kind);

    [Theory]
    [InlineData("During the war the army lost 48,000 horses killed in action.", "48,000", FigureKind.Other)]
    [InlineData("In the same years some 2.5 million military horses and mules also died.", "some 2.5 million", FigureKind.Other)]
    [InlineData("The cavalry deployed more than 300,000 horses in the campaign.", "more than 300,000", FigureKind.Other)]
    public void HorsesAndMulesAreAnimals(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("9. The Battle of Ruhland, 1916 (1.4 million casualties)\nThe battle lasted five months.", "9", "1.4 million")]
    [InlineData("The siege, on October 9th, 1588, cost nearly 9,000 lives.", "1588", "nearly 9,000")]
    [InlineData("The fighting of July 4-6, 1853 left 4,000 dead.", "1853", "4,000")]
    [InlineData("The battle of 216 BC killed 40,000 legionaries.", "216", "40,000")]
    [InlineData("President Valdo signed Executive Order 4120 in February, moving 110,000 people.", "4120", "110,000")]
    public void ListItemsErasYearsAndOrdersAreNoFigures(string text, string notFigure, string figure)
    {
        var found = ReportExtractor.Default.Extract(text, Published).Select(f => f.Text).ToList();
        found.Should().NotContain(notFigure);
        found.Should().Contain(figure);
    }

    [Theory]
    [InlineData("Sixty-one percent of the internees were citizens.", "Sixty-one percent", FigureKind.Other)]
    [InlineData("About 1,400 were interned in the camp at Verdale.", "About 1,400", FigureKind.Other)]
    [InlineData("Up to 5,000 members of the far-right group rioted in the city last month.", "Up to 5,000", FigureKind.Other)]
    [InlineData("Hundreds of people protested outside the ministry on Monday.", "Hundreds", FigureKind.Other)]
    [InlineData("The gunmen stormed the town, killing some 900 people and abducting around 200, including children.", "around 200", FigureKind.Other)]
    [InlineData("The gunmen stormed the town, killing some 900 people and abducting around 200, including children.", "some 900", FigureKind.Casualties)]
    public void InterneesProtestersAndTheAbductedAreOther(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("4,500: Number of Valdoran troops deployed to the border.", "4,500", FigureKind.Personnel)]
    [InlineData("312: Tarvist soldiers killed.", "312", FigureKind.Casualties)]
    [InlineData("Almost 9,000 Tarvists (about 5,000 soldiers and 4,000 civilians) died in the siege.", "Almost 9,000", FigureKind.Casualties)]
    [InlineData("Some 700 villagers (of whom 90 were children) have fled to the hills.", "Some 700", FigureKind.Other)]
    public void ColonListsAndParenthesesBeforeTheVerb(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("Hundreds, say officials", "Hundreds")]
    [InlineData("Thousands, says the agency, have left the city.", "Thousands")]
    public void AnAnswerPutFirstIsAFigure(string text, string figure)
        => ReportExtractor.Default.Extract(text, Published).Select(f => f.Text).Should().Contain(figure);

    [Theory]
    [InlineData("Deaths from these 12 battles total 3.1 million, the study found.", "3.1 million", FigureKind.Casualties)]
    [InlineData("Deaths from these 12 battles total 3.1 million, the study found.", "12", FigureKind.Events)]
    public void ATollFromEventsCountedIsOfTheDead(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("The war orphaned some 40,000 children.", "some 40,000", FigureKind.Other)]
    [InlineData("The order took effect in May, forcibly removing 90,000 people of Tarvist descent from their homes.", "90,000", FigureKind.Other)]
    public void PeopleOrphanedOrRemovedAreOther(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("The losses were heavy (Marren 1993: 339), with 4,000 killed.", "339", "4,000")]
    [InlineData("The regiment, the sixty-ninth of the line, lost 300 men.", "sixty", "300")]
    [InlineData("For more than a quarter of a century the border was quiet, until 120 soldiers died in one week.", "more than a quarter", "120")]
    public void CitedPagesOrdinalsAndSpansOfTimeAreNoFigures(string text, string notFigure, string figure)
    {
        var found = ReportExtractor.Default.Extract(text, Published).Select(f => f.Text).ToList();
        found.Should().NotContain(notFigure);
        found.Should().Contain(figure);
    }
}
