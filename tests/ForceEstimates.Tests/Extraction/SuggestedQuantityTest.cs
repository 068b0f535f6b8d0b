using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// <see cref="ExtractedFigure.SuggestQuantity()"/> and <see cref="ReportExtractor.ToReports"/>: figures of different articles
/// about one thing meet in one quantity. The sentences are written for these tests.
/// </summary>
public class SuggestedQuantityTest
{
    [Theory]
    [InlineData("North Korean soldiers", "", "North Korean troops")]
    [InlineData("North Korean troops", "", "North Korean troops")]
    [InlineData("Russian army personnel", "", "Russian troops")]
    [InlineData("Ukrainian forces", "", "Ukrainian troops")]
    [InlineData("Russian ground forces", "", "Russian troops")]
    [InlineData("more North Korean troops", "", "North Korean troops")]
    [InlineData("U.S. troops", "", "US troops")]
    [InlineData("American soldiers", "", "US troops")]
    [InlineData("DPRK soldiers", "", "North Korean troops")]
    [InlineData("Russia's troops", "", "Russian troops")]
    [InlineData("troops", " from North Korea have arrived", "North Korean troops")]
    [InlineData("soldiers", " from the United States.", "US troops")]
    [InlineData("troops", " of Russia", "Russian troops")]
    [InlineData("troops", " from Pyongyang", "North Korean troops")]
    [InlineData("troops", " in the area", "troops")]
    [InlineData("troops", " from nowhere", "troops")]
    [InlineData("Chadian troops", "", "Chadian troops")]
    [InlineData("wounded soldiers", "", "wounded soldiers")]
    [InlineData("foreign troops", "", "foreign troops")]
    [InlineData("civilians", "", "civilians")]
    [InlineData("Shahed drones", "", "Shahed drones")]
    [InlineData(null, "", "unspecified")]
    public void TroopSubjectsAreWrittenOneWay(string? written, string after, string expected)
        => QuantityGuess.Subject(written, after).Should().Be(expected);

    [Theory]
    [InlineData("the Kursk region", "Kursk region")]
    [InlineData("Russia's Kursk Oblast", "Kursk Oblast")]
    [InlineData("Russia\u2019s Kursk region", "Kursk region")]
    [InlineData("Kursk Oblast", "Kursk Oblast")]
    [InlineData("Bakhmut", "Bakhmut")]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    public void PlacesLoseTheirArticleAndCountry(string? written, string? expected)
        => QuantityGuess.Place(written).Should().Be(expected);

    [Fact]
    public void OneRegionWrittenThreeWaysTakesTheSpellingWithItsLevel()
    {
        var spelling = QuantityGuess.HarmonizePlaces(["Kursk", "Kursk region", "Kursk Oblast", "Kursk Oblast", "Donetsk", "North Darfur", "Darfur region"]);
        spelling["Kursk"].Should().Be("Kursk Oblast");
        spelling["Kursk region"].Should().Be("Kursk Oblast", "Oblast is written twice, region once");
        spelling["Kursk Oblast"].Should().Be("Kursk Oblast");
        spelling["Donetsk"].Should().Be("Donetsk");
        spelling["North Darfur"].Should().Be("North Darfur", "another name, not the same one with a level");
        spelling["Darfur region"].Should().Be("Darfur region");
    }

    [Fact]
    public void EqualCountsTakeTheFirstSpellingWritten()
    {
        var spelling = QuantityGuess.HarmonizePlaces(["Kursk region", "Kursk Oblast"]);
        spelling["Kursk Oblast"].Should().Be("Kursk region");
    }

    [Fact]
    public void ThreeArticlesAboutOneForceAggregateAsOneQuantity()
    {
        var extractor = ReportExtractor.Default;
        var figures = extractor.Extract("About 11,000 North Korean soldiers are fighting in Kursk, a Ukrainian official said on Monday.", new LocalDate(2024, 11, 18))
            .Concat(extractor.Extract("The Pentagon said on Tuesday that around 10,000 North Korean troops are in the Kursk region.", new LocalDate(2024, 11, 19)))
            .Concat(extractor.Extract("Some 12,000 troops from North Korea are in Kursk Oblast, South Korea's spy agency said.", new LocalDate(2024, 11, 20)))
            .ToList();
        figures.Should().HaveCount(3);
        figures.Select(f => f.Subject).Should().OnlyHaveUniqueItems("the articles write the force three ways");

        var reports = ReportExtractor.ToReports(figures);

        reports.Select(r => r.Quantity).Distinct().Should().ContainSingle()
            .Which.Should().Be(Quantity.Of(Metric.Personnel, "North Korean troops", "Kursk region"), "each spelling is written once: the first with a level word");
        reports.Select(r => r.Id).Should().Equal(figures.Select(f => f.ToReport().Id));
        var aggregate = Aggregate.ByQuantity(reports, new LocalDate(2024, 11, 20)).Should().ContainSingle().Subject;
        aggregate.Contributions.Should().HaveCount(3);
    }

    [Fact]
    public void AFigureAloneKeepsItsPlaceAsWrittenAndItsMetricFromItsUnit()
    {
        var figure = ReportExtractor.Default.Extract("Ukraine says it holds about 1,000 square kilometres in the Kursk region.", new LocalDate(2024, 9, 1)).Single();

        var quantity = figure.SuggestQuantity();

        quantity.Place.Should().Be("Kursk region");
        quantity.Unit.Should().Be(Unit.SquareKilometres);
        quantity.Metric.Should().Be(Metric.TerritoryHeld);
        figure.ToReport().Quantity.Should().Be(quantity);
    }

    [Fact]
    public void TheSeedsTroopFiguresMeetTheSamplesQuantities()
    {
        string text = ExtractionData.Read(ExtractionData.SeedArticle);
        var figures = ReportExtractor.Default.Extract(text, new LocalDate(2024, 11, 23), "The Kyiv Independent");

        var reports = ReportExtractor.ToReports(figures);

        var russians = reports.Single(r => r.Estimate.Stated.Values.Single() == 60_000).Quantity;
        russians.Subject.Should().Be("Russian troops");
        russians.Place.Should().Be("Kursk Oblast");
        var koreans = reports.Single(r => r.Estimate.Stated.Values.Single() == 11_000).Quantity;
        koreans.Subject.Should().Be("North Korean troops");
        koreans.Place.Should().Be("Kursk Oblast", "the headline's \"Kursk\" and the text's \"Kursk Oblast\" are one region");
        Samples.Kursk2024.Select(r => r.Quantity).Should().Contain(russians, "the hand-made sample writes the same quantity");
    }

    [Theory]
    [InlineData("About 11,000 North Korean soldiers have been deployed to Russia's Kursk region, an official said.", "Kursk region")]
    [InlineData("Pyongyang has sent 3,000 troops to Russia, the agency said.", "Russia")]
    [InlineData("Nearly 2,000 soldiers were moved to Pokrovsk last week.", "Pokrovsk")]
    [InlineData("The brigade, which has 2,000 soldiers, reported to Kyiv on Monday.", null)]
    [InlineData("The army wants to add 5,000 soldiers to its ranks in Donetsk.", "Donetsk")]
    public void ToAfterAVerbOfSendingNamesWhereTheTroopsAre(string sentence, string? place)
        => ReportExtractor.Default.Extract(sentence, new LocalDate(2024, 11, 18)).Single().Place.Should().Be(place);

    [Theory]
    [InlineData(FigureKind.Equipment, "Shahed drones", "drones")]
    [InlineData(FigureKind.Equipment, null, "items")]
    [InlineData(FigureKind.Events, "shootouts", "shootouts")]
    [InlineData(FigureKind.Events, null, "events")]
    [InlineData(FigureKind.Other, "displaced people", "persons")]
    [InlineData(FigureKind.Other, "civilians", "persons")]
    [InlineData(FigureKind.Other, "hospitals", "hospitals")]
    [InlineData(FigureKind.Other, null, "persons")]
    [InlineData(FigureKind.Personnel, "tanks", "persons")]
    [InlineData(FigureKind.Unknown, "houses", "persons")]
    public void ACountIsOfWhatItCounts(FigureKind kind, string? subject, string unit)
        => QuantityGuess.CountUnit(kind, subject).Symbol.Should().Be(unit);

    [Fact]
    public void EventTalliesAndEquipmentAreNotPersonnel()
    {
        var figures = ReportExtractor.Default.Extract(
            "The army said it had destroyed 14 tanks and repelled 37 attacks over the past week, while 4,000 residents fled the town.",
            new LocalDate(2024, 11, 18));
        var tanks = figures.Single(f => f.Text == "14").SuggestQuantity();
        tanks.Unit.Symbol.Should().Be("tanks");
        tanks.Metric.Should().NotBe(Metric.Personnel);
        var attacks = figures.Single(f => f.Text == "37").SuggestQuantity();
        attacks.Metric.Should().Be(Metric.Of("events"));
        attacks.Unit.Symbol.Should().Be("attacks");
        var residents = figures.Single(f => f.Text == "4,000").SuggestQuantity();
        residents.Metric.Should().NotBe(Metric.Personnel);
        residents.Unit.Should().Be(Unit.Persons);
    }

    [Fact]
    public void ToReportsRejectsNullsByName()
    {
        FluentActions.Invoking(() => ReportExtractor.ToReports(null!)).Should().Throw<ArgumentNullException>().WithParameterName("figures");
        var figure = ReportExtractor.Default.Extract("About 11,000 soldiers.", new LocalDate(2024, 11, 18)).Single();
        FluentActions.Invoking(() => ReportExtractor.ToReports([figure, null!])).Should().Throw<ArgumentNullException>()
            .WithParameterName("figures").WithMessage("*index 1*");
    }
}
