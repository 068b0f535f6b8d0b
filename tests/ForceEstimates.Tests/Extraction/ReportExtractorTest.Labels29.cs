using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Words that name no speaker (sentences written for the project): a subordinator that opens a sentence ("Although
/// estimates vary, ...") and a toll's label before a colon ("Casualties: ...") are not who said the figures.
/// </summary>
public partial class ReportExtractorTest
{
    [Theory]
    [InlineData("Although estimates vary, between 3,000 and 4,000 rebels were killed in the Varan offensive.")]
    [InlineData("Casualties: 1,200 killed, 3,400 wounded")]
    [InlineData("Dead: 1,200 Varan soldiers")]
    public void ASubordinatorOrATollsLabelIsNoSpeaker(string sentence)
        => ReportExtractor.Default.Extract(sentence, new LocalDate(2025, 9, 1))[0].Attribution.IsEmpty.Should().BeTrue("the outlet says it");

    [Fact]
    public void EarlierBeforeAVerbThatIsNoNounLeavesItAVerb()
    {
        var figure = ReportExtractor.Default.Extract(
            "Court sources had earlier confirmed that at least 120 people died in the blasts at one of the stations.", new LocalDate(2025, 9, 1))[0];
        figure.Attribution.IsEmpty.Should().BeFalse("'had earlier confirmed' reports; 'earlier' makes a noun only of 'estimates', 'claims', 'reports'");
    }
}
