using System.Collections.Generic;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

public class SentenceWordsTest
{
    private static List<string> Before(string text, int position, int limit, int reach, WordWalkStops stops)
    {
        var found = new List<string>();
        var walk = new WordsBefore(text, position, limit, reach, stops);
        while (walk.MoveNext())
        {
            walk.Current.ToString().Should().Be(text[walk.Start..walk.End]);
            found.Add(walk.Current.ToString());
        }
        return found;
    }

    private static List<string> After(string text, int position, int limit, int reach)
    {
        var found = new List<string>();
        var walk = new WordsAfter(new WordMap().Read(text), position, limit, reach);
        while (walk.MoveNext())
        {
            walk.Current.ToString().Should().Be(text[walk.Start..walk.End]);
            found.Add(walk.Current.ToString());
        }
        return found;
    }

    [Fact]
    public void WalksBackNearestFirstWithinTheReach()
    {
        const string text = "the death toll from the pro-Kremlin strikes rose to 48";
        int figure = text.IndexOf("48", System.StringComparison.Ordinal);
        Before(text, figure, 0, 10, WordWalkStops.Period).Should().Equal("to", "rose", "strikes", "pro-Kremlin", "the", "from", "toll", "death", "the");
        Before(text, figure, 0, 3, WordWalkStops.Period).Should().Equal("to", "rose", "strikes");
        // A word that starts at the limit is taken whole; nothing before it.
        Before(text, figure, text.IndexOf("rose", System.StringComparison.Ordinal), 10, WordWalkStops.None).Should().Equal("to", "rose");
    }

    [Fact]
    public void PassesOtherCharactersOneStepEach()
    {
        const string text = "arrested (and freed) 46";
        int figure = text.IndexOf("46", System.StringComparison.Ordinal);
        Before(text, figure, 0, 12, WordWalkStops.None).Should().Equal("freed", "and", "arrested");
        // The bracket after "freed" and the one before "and" each take a step.
        Before(text, figure, 0, 3, WordWalkStops.None).Should().Equal("freed", "and");
        Before(text, figure, 0, 2, WordWalkStops.None).Should().Equal("freed");
    }

    [Theory]
    [InlineData("killed. Then 46", (int)(WordWalkStops.Period), new[] { "Then" })]
    [InlineData("killed; then 46", (int)(WordWalkStops.Semicolon), new[] { "then" })]
    [InlineData("killed: then 46", (int)(WordWalkStops.Colon), new[] { "then" })]
    [InlineData("killed, then 46", (int)(WordWalkStops.Comma), new[] { "then" })]
    [InlineData("killed \"then 46", (int)(WordWalkStops.DoubleQuote), new[] { "then" })]
    [InlineData("killed 12 then 46", (int)(WordWalkStops.Digit), new[] { "then" })]
    [InlineData("killed, then 46", (int)(WordWalkStops.Period | WordWalkStops.Digit), new[] { "then", "killed" })]
    public void StopsAtTheMarksItIsGiven(string text, int stops, string[] words)
    {
        Before(text, text.IndexOf("46", System.StringComparison.Ordinal), 0, 10, (WordWalkStops)stops).Should().Equal(words);
    }

    [Fact]
    public void WalksForwardUntilNoWordStarts()
    {
        const string text = "46 more were killed, and 12 wounded";
        After(text, 3, text.Length, 10).Should().Equal("more", "were", "killed");
        After(text, 3, text.Length, 2).Should().Equal("more", "were");
        After(text, 3, text.IndexOf("killed", System.StringComparison.Ordinal) + 3, 10).Should().Equal("more", "were", "kil");
        After(text, 2, text.Length, 10).Should().BeEmpty(); // a space where the first word must start
        After(text, text.Length, text.Length, 10).Should().BeEmpty();
    }

    private static List<string> In(string text, int position, int limit)
    {
        var found = new List<string>();
        var walk = new WordsIn(text, position, limit);
        while (walk.MoveNext())
        {
            walk.Current.ToString().Should().Be(text[walk.Start..walk.End]);
            found.Add(walk.Current.ToString());
        }
        return found;
    }

    [Fact]
    public void TakesEveryWordOfASpanPassingWhatStandsBetween()
    {
        const string text = "  Britain's (UK) Defence-Ministry, \u2014 said: 46 tanks";
        In(text, 0, text.Length).Should().Equal("Britain's", "UK", "Defence-Ministry", "said", "46", "tanks");
        In(text, 3, text.IndexOf("said", System.StringComparison.Ordinal) + 2).Should().Equal("ritain's", "UK", "Defence-Ministry", "sa");
        In(text, text.Length, text.Length).Should().BeEmpty();
        In(", . ;", 0, 5).Should().BeEmpty();
    }
}
