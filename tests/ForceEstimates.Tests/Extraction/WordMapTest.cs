using System;
using System.Text;
using FluentAssertions;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

public class WordMapTest
{
    /// <summary>Letters, digits, joiners, spaces and punctuation, ASCII and not, in runs that cross the map's 64-character blocks.</summary>
    private const string Alphabet = "aZk09 ' -\u2010\u2011\u2019\u02BC.,\"\u00E9\u00DF\u00AA\u00B2\u0141\u0660\u4E2D\u212A\u00A0\n\u2013";

    private static string RandomText(Random random, int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            char c = Alphabet[random.Next(Alphabet.Length)];
            int run = random.Next(1, c is 'a' or 'Z' ? 12 : 3);
            text.Append(c, Math.Min(run, length - text.Length));
        }
        return text.ToString();
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 63)]
    [InlineData(4, 64)]
    [InlineData(5, 65)]
    [InlineData(6, 200)]
    [InlineData(7, 1000)]
    public void AnswersAsTheCharacterByCharacterReaders(int seed, int length)
    {
        var random = new Random(seed);
        var map = new WordMap();
        for (int trial = 0; trial < 6; trial++)
        {
            // A longer text read before a shorter one: the kept buffers must not leak into the next article.
            string text = RandomText(random, trial % 2 == 0 ? length + 130 : length);
            map.Read(text).Text.Should().BeSameAs(text);
            for (int start = 0; start <= text.Length; start++)
            {
                for (int near = Math.Max(0, start - 2); near <= Math.Min(text.Length, start + 71); near++)
                {
                    int limit = near == start + 71 ? text.Length : near; // and once to the end of the text
                    // Assert.Equal, not FluentAssertions: a few hundred thousand comparisons.
                    Assert.Equal(Characters.WordEnd(text, start, limit), map.WordEnd(start, limit));
                    // Backwards from the same two positions, each in turn the end: the word before it, down to the other.
                    Assert.Equal(Characters.WordStart(text, limit, start), map.WordStart(limit, start));
                    Assert.Equal(Characters.WordStart(text, start, limit), map.WordStart(start, limit));
                    int at = Math.Max(start, limit);
                    int floor = Math.Min(start, limit);
                    Assert.True(Characters.WordBefore(text, at, floor, out int before).SequenceEqual(map.WordBefore(at, floor, out int mapBefore)));
                    Assert.Equal(before, mapBefore);
                    if (start < limit)
                    {
                        Assert.Equal(FigureKinds.LettersFrom(text, start, limit), map.LettersFrom(start, limit));
                    }
                    int first = random.Next(Math.Max(0, start - 3), Math.Max(start, limit) + 1);
                    Assert.Equal(NextLetterRunStart(text, start, limit, first), map.NextLetterRunStart(start, limit, first));
                    Assert.Equal(NextWordStart(text, start, limit, first), map.NextWordStart(start, limit, first));
                    Assert.Equal(NextLetterOrDigitRunStart(text, start, limit, first), map.NextLetterOrDigitRunStart(start, limit, first));
                }
            }
        }
    }

    [Theory]
    [InlineData(11, 0)]
    [InlineData(12, 64)]
    [InlineData(13, 300)]
    public void ReadsTheWordsOfASpanAsTheCharacterByCharacterWalk(int seed, int length)
    {
        var random = new Random(seed);
        var map = new WordMap();
        string text = RandomText(random, length);
        map.Read(text);
        for (int start = 0; start <= text.Length; start++)
        {
            int limit = random.Next(start, text.Length + 1);
            var byCharacter = new WordsIn(text, start, limit);
            var byMap = new WordsIn(map, start, limit);
            while (byCharacter.MoveNext())
            {
                Assert.True(byMap.MoveNext());
                Assert.Equal(byCharacter.Start, byMap.Start);
                Assert.Equal(byCharacter.End, byMap.End);
            }
            Assert.False(byMap.MoveNext());
        }
    }

    [Theory]
    [InlineData("pro-Kremlin forces", 11)]
    [InlineData("pro\u2010Kremlin forces", 11)]
    [InlineData("pro\u2011Kremlin forces", 11)]
    [InlineData("pro\u2013Kremlin forces", 3)]
    [InlineData("pro--Kremlin forces", 3)]
    [InlineData("pro- Kremlin forces", 3)]
    public void JoinsLettersWithTheWordHyphensOnly(string text, int end)
    {
        // Long enough that the map reads a block with vector hardware where there is some.
        string padded = text + new string(' ', 80);
        Characters.WordEnd(padded, 0, padded.Length).Should().Be(end);
        new WordMap().Read(padded).WordEnd(0, padded.Length).Should().Be(end);
    }

    private static int NextLetterRunStart(string text, int from, int limit, int first)
    {
        for (int i = from; i < limit; i++)
        {
            if (char.IsLetter(text[i]) && (i == first || i == 0 || !char.IsLetter(text[i - 1])))
            {
                return i;
            }
        }
        return Math.Max(from, limit);
    }

    /// <summary>The figure scanner's loop: the first letter not after a letter or ASCII digit not after a digit from <paramref name="from"/> (or either at <paramref name="first"/>).</summary>
    private static int NextLetterOrDigitRunStart(string text, int from, int limit, int first)
    {
        for (int i = from; i < limit; i++)
        {
            bool letter = char.IsLetter(text[i]) && (i == first || i == 0 || !char.IsLetter(text[i - 1]));
            bool digit = Characters.IsDigit(text[i]) && (i == first || i == 0 || !Characters.IsDigit(text[i - 1]));
            if (letter || digit)
            {
                return i;
            }
        }
        return Math.Max(from, limit);
    }

    /// <summary>The clause and time readers' loop: the first letter or digit from <paramref name="from"/> not after one (or at <paramref name="first"/>).</summary>
    private static int NextWordStart(string text, int from, int limit, int first)
    {
        for (int i = from; i < limit; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == first || i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                return i;
            }
        }
        return Math.Max(from, limit);
    }
}
