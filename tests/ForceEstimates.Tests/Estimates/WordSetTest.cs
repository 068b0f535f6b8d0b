using System;
using System.Linq;
using System.Text;
using Xunit;

namespace ForceEstimates.Tests.Estimates;

public class WordSetTest
{
    /// <summary>
    /// ASCII letters of both cases, digits and marks next to the letters' case bit ('@' and '`', '[' and '{'), and characters
    /// beyond ASCII that equal an ASCII letter ignoring case (the long s, the dotless i, the Kelvin sign) or are letters of their own.
    /// </summary>
    private const string Alphabet = "aAsSiIkKzZ09@`[{-'\u017F\u0131\u0130\u212A\u00E9\u00C9\u00DF";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ComparesAsTheOrdinalComparisonIgnoringCase(int seed)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < 200_000; trial++)
        {
            int length = random.Next(1, 7);
            var a = new StringBuilder(length);
            var b = new StringBuilder(length);
            for (int i = 0; i < length; i++)
            {
                char c = Alphabet[random.Next(Alphabet.Length)];
                a.Append(c);
                // Mostly the same character or its other case, so that many pairs are equal.
                b.Append(random.Next(4) switch { 0 => Alphabet[random.Next(Alphabet.Length)], 1 => char.ToUpperInvariant(c), 2 => char.ToLowerInvariant(c), _ => c });
            }
            string word = a.ToString();
            string candidate = b.ToString();
            // Assert.Equal, not FluentAssertions: many comparisons.
            Assert.Equal(word.AsSpan().Equals(candidate, StringComparison.OrdinalIgnoreCase), WordSet.EqualsIgnoringCase(word, candidate));
        }
    }

    [Fact]
    public void AUnionHoldsTheWordsOfEachSetAndNoOther()
    {
        var first = new WordSet("Dovra", "troops", "tanks");
        var second = new WordSet("orsk", "Tanks", "shells");
        var union = WordSet.Union(first, second, new WordSet("belmar"));
        foreach (string word in new[] { "dovra", "TROOPS", "Tanks", "ORSK", "shells", "Belmar", "tesk", "troop", "shell", "", "marn" })
        {
            Assert.Equal(first.Contains(word) || second.Contains(word) || word.Equals("belmar", StringComparison.OrdinalIgnoreCase), union.Contains(word));
        }
        Assert.True(new[] { "dovra", "troops", "tanks", "orsk", "shells", "belmar" }.All(w => union.Contains(w.ToUpperInvariant())));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void HoldsAWordExactlyWhenOneOfItsWordsEqualsItIgnoringCase(int seed)
    {
        // Many words to one first letter, of every length from 1 to 9 (a union set's group), looked up with words of the same
        // letter: found exactly when a word of the set equals them ignoring case, whatever the lengths around them.
        var random = new Random(seed);
        string Word(int length)
        {
            var b = new StringBuilder(length);
            b.Append(random.Next(2) == 0 ? 's' : 'S');
            for (int i = 1; i < length; i++)
            {
                b.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
            return b.ToString();
        }
        for (int trial = 0; trial < 300; trial++)
        {
            var words = Enumerable.Range(0, random.Next(1, 60)).Select(_ => Word(random.Next(1, 10))).ToArray();
            var set = new WordSet(words);
            foreach (string word in words)
            {
                Assert.True(set.Contains(word.ToUpperInvariant()) == words.Any(w => w.Equals(word.ToUpperInvariant(), StringComparison.OrdinalIgnoreCase)));
                Assert.True(set.Contains(word));
            }
            for (int probe = 0; probe < 200; probe++)
            {
                string word = Word(random.Next(1, 12));
                Assert.Equal(words.Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase)), set.Contains(word));
            }
        }
    }
}
