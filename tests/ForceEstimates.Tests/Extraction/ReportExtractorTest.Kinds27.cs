using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Kinds a session-27 dev set of real news read wrong or left unread (sentences written for the project in the same
/// constructions): the remains of the dead, their exhumation and burial, and the new identifications and burials counted are
/// casualties; so are the missing ("remain missing", "still unaccounted for", "cases of human remains", "complaints of
/// missing persons") and fighters "put out of action" or that a headline says a state "neutralizes"; places counted (capitals,
/// cities, sites) are other unless a verb of taking ground comes right before their count ("captured 9 of the country's 21
/// provincial capitals": territory), and a share of a place that gangs "control" is ground held; people who gathered at or
/// attended a commemoration, people interviewed and the people of "interviews with N witnesses" are other; so are claimants
/// and registered victims ("1,400 applicants who claim injuries", "2,100 have been compensated"); Cypriots are a people;
/// the displacement of N, people who lived somewhere or poured out of a city, and prisoners who "return home" are other; "N of these operations" counts the
/// noun after "these"; "N cases are yet to be found" counts the missing. No figures: a broadcaster's name ("France 24"), a world
/// war's ("World War 1"), a footnote's number run into a year after "prior to" ("prior to 2003.2 Today, ...").
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("The remains of 412 Valdorans and 96 Tarvists have been identified, the commission said.", "412", FigureKind.Casualties)]
    [InlineData("Ruhland district has the most, with remains of more than 14,000 and 6,000 victims in its two memorials.", "more than 14,000", FigureKind.Casualties)]
    [InlineData("In the north, the remains of 24 people recently exhumed were reburied on Sunday.", "24", FigureKind.Casualties)]
    [InlineData("A further 135 remains are being analysed at the laboratory.", "135", FigureKind.Casualties)]
    [InlineData("Number of burials at the memorial cemetery rises to 3,208 as thousands gather.", "3,208", FigureKind.Casualties)]
    [InlineData("Field teams have recovered more than 5,000 cases of human remains since the war.", "more than 5,000", FigureKind.Casualties)]
    [InlineData("Of the 12,880 complaints of missing persons lodged with the office, 4,100 have been processed.", "12,880", FigureKind.Casualties)]
    public void TheRemainsOfTheDeadAreCasualties(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("About 3,100 Tarvists remain missing, the commission said.", "About 3,100", FigureKind.Casualties)]
    [InlineData("There are about 140 service members still unaccounted for from the border war.", "about 140", FigureKind.Casualties)]
    [InlineData("Nearly 6,200 military service-people are still unaccounted for, the agency said.", "Nearly 6,200", FigureKind.Casualties)]
    [InlineData("He said about 4,800 of those who remain missing were lost in the north.", "about 4,800", FigureKind.Casualties)]
    [InlineData("After the invasion, 1,380 Greek Cypriots were officially reported as missing.", "1,380", FigureKind.Casualties)]
    [InlineData("Ruritania 'neutralizes' 7 Tarvist terrorists in the north", "7", FigureKind.Casualties)]
    [InlineData("The ministry said 95 terrorists were put out of action in the operation.", "95", FigureKind.Casualties)]
    public void TheMissingAndFightersOutOfAction(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("The rebels had captured 9 of the country's 21 provincial capitals in a week.", "9", FigureKind.Territory)]
    [InlineData("The rebels had captured 9 of the country's 21 provincial capitals in a week.", "21", FigureKind.Other)]
    [InlineData("The militia now controls 14 of Valdoria's 21 provincial capitals.", "14", FigureKind.Territory)]
    [InlineData("To date, 280 of the 1,040 sites excavated have revealed human remains.", "1,040", FigureKind.Other)]
    [InlineData("Gangs control about 70% of Port Vale, the mission said.", "about 70%", FigureKind.Territory)]
    public void PlacesCountedAndPlacesTaken(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("Thousands of people gathered at the memorial centre to mark the anniversary.", "Thousands", FigureKind.Other)]
    [InlineData("More than 300 people were interviewed in the course of the research.", "More than 300", FigureKind.Other)]
    [InlineData("The report is based on interviews with 60 survivors and local officials.", "60", FigureKind.Other)]
    [InlineData("More than 80,000 ethnic Valdorans have departed, the agency said.", "More than 80,000", FigureKind.Other)]
    [InlineData("More than 500,000 crossed into the neighbouring country last year.", "More than 500,000", FigureKind.Other)]
    public void GatheringsInterviewsAndDepartures(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("Figures from the board show that 1,400 applicants who claim physical injuries are seeking support from the scheme.", "1,400", FigureKind.Other)]
    [InlineData("The board said 2,650 have come forward so far to seek redress over the wounds they suffered.", "2,650", FigureKind.Other)]
    [InlineData("Of the 6,900 victims living abroad, 2,100 have been compensated so far.", "2,100", FigureKind.Other)]
    [InlineData("Today, 7,400,000 people are included in the victims registry.", "7,400,000", FigureKind.Other)]
    [InlineData("The fund paid compensation for 300 killed in the blast.", "300", FigureKind.Casualties)]
    public void ClaimantsAndRegisteredVictimsAreOther(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("The fighting caused the displacement of over 60,000 in the province.", "over 60,000", FigureKind.Other)]
    [InlineData("Roughly 2 million lived in the country before the war.", "Roughly 2 million", FigureKind.Other)]
    [InlineData("Some 40,000 people lived in the village before the war.", "Some 40,000", FigureKind.Other)]
    [InlineData("Thousands of residents poured out of the city on Monday.", "Thousands", FigureKind.Other)]
    [InlineData("Some 450 of these operations have been against the rebel groups.", "Some 450", FigureKind.Events)]
    [InlineData("The agency said 412 cases are yet to be found.", "412", FigureKind.Casualties)]
    [InlineData("About 1,200 prisoners would return home under the deal.", "About 1,200", FigureKind.Other)]
    [InlineData("Some 500 Tarvist prisoners will return home next week.", "Some 500", FigureKind.Other)]
    public void DisplacementResidentsReturneesOperationsAndCasesNotFound(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("The broadcaster France 24 reported that 30 people were killed.", "24", "30")]
    [InlineData("The town lost 300 civilians in World War 1, the museum says.", "1", "300")]
    [InlineData("About 1,900 cases were identified by other methods prior to 2003.2 Today, the number of missing persons is over 1,500.", "2003.2", "over 1,500")]
    public void NamesAndFootnotesAreNoFigures(string sentence, string notFigure, string figure)
    {
        var found = ReportExtractor.Default.Extract(sentence, Published).Select(f => f.Text).ToList();
        found.Should().NotContain(notFigure);
        found.Should().Contain(figure);
    }
}
