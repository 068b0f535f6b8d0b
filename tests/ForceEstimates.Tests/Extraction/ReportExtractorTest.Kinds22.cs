using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Kinds the eleventh real-news check left unread or read wrong (sentences written for the project in the same
/// constructions): a share of "the total", "these" or "them" takes the kind of what the clause before it counts; a share of a
/// population is other; a share after a death rate is of deaths; a population or minority "of N", a town's people and
/// residents are other; a formation "of N men" is personnel whatever befell it; the agent of a passive of harm is
/// personnel; "cost N people their lives" and a hearsay passive before "perished" are casualties; firearms and explosives
/// are equipment; the base of a rate ("per 1,000") is no figure.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Farmers are the largest group killed, accounting for 61% of the total, with police next at 12%.", "61%", FigureKind.Casualties)]
    [InlineData("Nearly half of the ambushes took place near Varna, and two thirds of these were at night.", "two thirds", FigureKind.Events)]
    [InlineData("Tolsk, a city home to almost a third of the region's population, is still held by the army.", "almost a third", FigureKind.Other)]
    [InlineData("By religion the death rates for Orvans and Tels are close (2.3% and 2.1% respectively).", "2.3%", FigureKind.Casualties)]
    public void ASharesKindIsWhatItIsAShareOf(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("The river valley has a Norlandic minority of about 2 million, officials said.", "about 2 million", FigureKind.Other)]
    [InlineData("The refugees were counted against a population of 4.1 million.", "4.1 million", FigureKind.Other)]
    [InlineData("Few of the town's 40,000 people ventured out during the shelling.", "40,000", FigureKind.Other)]
    [InlineData("An estimated 3,000 residents left their basements on Sunday.", "An estimated 3,000", FigureKind.Other)]
    public void APeoplesSizeAndAPlacesResidentsAreOther(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Theory]
    [InlineData("A Norlandic marine brigade of 4,000 men was almost entirely wiped out near the dam.", "4,000", FigureKind.Personnel)]
    [InlineData("Villagers were shot or hacked to death by the roughly 300 rebels who raided the town.", "roughly 300", FigureKind.Personnel)]
    [InlineData("The feud may have cost as many as 12,000 people their lives, the report said.", "as many as 12,000", FigureKind.Casualties)]
    [InlineData("At least 900,000 of them are believed to have perished in the labour camps.", "At least 900,000", FigureKind.Casualties)]
    [InlineData("Police seized 2,310 firearms during the raids in the border towns.", "2,310", FigureKind.Equipment)]
    public void AFormationsSizeAnAgentOfHarmLivesLostAndSeizedFirearmsAreRead(string sentence, string figure, FigureKind kind)
        => KindOf(sentence, figure).Should().Be(kind);

    [Fact]
    public void TheBaseOfARateIsNoFigureAndTheRatesBesideItStayFigures()
    {
        var found = ReportExtractor.Default.Extract("Deaths ran at 3.2% per 1,000 in the north and 2.7% per 1,000 in the south.", Published);
        found.Select(f => f.Text).Should().Equal("3.2%", "2.7%");
    }
}
