using System.Linq;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>News-style attribution: who says it, through whom, origin first.</summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("About 12,000 troops are in Kursk, a senior official told Reuters.", "About 12,000", "senior official \u2192 Reuters")]
    [InlineData("Ukraine has lost 40% of the area, Reuters reported, citing a source in Ukraine's General Staff.", "40%", "source in Ukraine's General Staff \u2192 Reuters")]
    [InlineData("Russia lost 1,500 troops in a day, according to the General Staff.", "1,500", "General Staff")]
    [InlineData("According to Mediazona, between 120,000 and 160,000 soldiers have died.", "between 120,000 and 160,000", "Mediazona")]
    [InlineData("The governor said 3 people died.", "3", "governor")]
    [InlineData("Kyiv has previously said that about 11,000 North Korean soldiers have joined.", "about 11,000", "Kyiv")]
    [InlineData("U.S. intelligence estimated that some 10,000 troops were in eastern Russia.", "some 10,000", "U.S. intelligence")]
    [InlineData("The Pentagon put the number of troops at approximately 8,000 on Monday.", "approximately 8,000", "Pentagon")]
    [InlineData("A lawmaker said, citing the country's spy agency, that as many as 12,000 troops could be sent.", "as many as 12,000", "country's spy agency \u2192 lawmaker")]
    [InlineData("The Telegraph reported that over 600 soldiers were killed near Pokrovsk.", "over 600", "The Telegraph")]
    [InlineData("Russia fired over 120 missiles, President Volodymyr Zelenskiy said.", "over 120", "President Volodymyr Zelenskiy")]
    [InlineData("Russia lost 500 troops near Kupiansk, said Oleksandr Syrskyi, Ukraine's commander-in-chief.", "500", "Oleksandr Syrskyi")]
    [InlineData("The head of HUR, Kyrylo Budanov, said nearly 11,000 soldiers were in Kursk.", "nearly 11,000", "Kyrylo Budanov")]
    [InlineData("U.S. intelligence estimated that some 10,000 troops were in Russia, a Pentagon spokesperson said.", "some 10,000", "U.S. intelligence \u2192 Pentagon spokesperson")]
    [InlineData("Almost 580,000 soldiers are fighting, Vadym Skibitskyi told Interfax Ukraine on Nov. 21.", "Almost 580,000", "Vadym Skibitskyi \u2192 Interfax-Ukraine")]
    [InlineData("Over 80% of drones are made at home.", "Over 80%", "")]
    public void ReadsWhoSaysItAndThroughWhom(string text, string figure, string chain)
    {
        var found = ReportExtractor.Default.Extract(text, Published).Single(f => f.Text == figure);
        found.Attribution.ToString().Should().Be(chain);
        found.Attribution.IsEmpty.Should().Be(chain.Length == 0);
    }

    [Fact]
    public void QuotesBelongToTheirSpeakerAndTheSpeakerCarriesOver()
    {
        string text = "A source in the Southern command told Reuters that about 2,000 marines were massing.\n"
            + "\"At most, we controlled about 1,376 square kilometres. The enemy is attacking,\" the source told Reuters. \"Now we control approximately 800 square kilometres.\"\n"
            + "The source added that nearly 60,000 troops are stationed there.\n"
            + "Colonel Nazar Voloshyn said 40 assaults were repelled. \"They lost 300 men,\" he said.";
        var figures = ReportExtractor.Default.Extract(text, Published, "The Kyiv Independent");
        var chains = figures.ToDictionary(f => f.Text, f => f.Attribution.ToString());
        const string southern = "source in the Southern command \u2192 Reuters \u2192 The Kyiv Independent";
        chains["about 2,000"].Should().Be(southern);
        chains["about 1,376 square kilometres"].Should().Be(southern, "the quote's speaker follows it");
        chains["approximately 800 square kilometres"].Should().Be(southern, "a quote continues the previous quote's speaker");
        chains["nearly 60,000"].Should().Be(southern, "'the source added' refers back to the source Reuters cited");
        chains["300"].Should().Be("Colonel Nazar Voloshyn \u2192 The Kyiv Independent", "'he' is the colonel");
    }

    [Fact]
    public void KnownSourcesAreReportedUnderTheirOwnName()
    {
        var extractor = ReportExtractor.Default.WithKnownSource("Defence Intelligence of Ukraine", "HUR", "GUR");
        var figure = extractor.Extract("Russia has 600,000 troops in Ukraine, HUR said.", Published).Single();
        figure.Attribution.Origin!.Name.Should().Be("Defence Intelligence of Ukraine");
        figure.Attribution.Origin.AsWritten.Should().Be("HUR");
        figure.Attribution.Origin.IsKnown.Should().BeTrue();
        ReportExtractor.Default.Extract("Russia has 600,000 troops in Ukraine, HUR said.", Published).Single().Attribution.Origin!.Name.Should().Be("HUR");
    }
}
