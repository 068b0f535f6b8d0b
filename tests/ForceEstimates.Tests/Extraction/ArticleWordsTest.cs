using System;
using System.Text;
using ForceEstimates.Extraction;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

public class ArticleWordsTest
{
    /// <summary>The months' first letters in both cases, other letters, and characters beyond ASCII that equal an ASCII letter ignoring case.</summary>
    private const string Alphabet = "jJaAnNfFeEbBmMrRpPyYuUlLgGsStToOcCvVdDkKiIzZ.'\u017F\u0131\u0130\u212A\u00E9";

    /// <summary>The month a word names, compared with each month and abbreviation in turn (the reading before the set turned words away).</summary>
    private static int MonthOfByLoops(string word)
    {
        if (word.Length < 3 || word.Length > 9 || !char.IsUpper(word[0]))
        {
            return 0;
        }
        for (int m = 0; m < ArticleWords.Months.Length; m++)
        {
            if (ArticleWords.Months[m].Length == word.Length && Characters.Lower(word[0]) == ArticleWords.Months[m][0]
                && word.Equals(ArticleWords.Months[m], StringComparison.OrdinalIgnoreCase))
            {
                return m + 1;
            }
        }
        foreach (var (abbreviation, month) in ArticleWords.MonthAbbreviations)
        {
            if (word.Length <= 4 && abbreviation.Length == word.Length && Characters.Lower(word[0]) == abbreviation[0]
                && word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return month;
            }
        }
        return 0;
    }

    [Fact]
    public void ReadsEveryMonthAndAbbreviationAsTheLoopsDo()
    {
        foreach (string word in new[] { "March", "MARCH", "May", "Mar", "Sept", "Sep", "Jun", "June", "Dec", "December", "Ministry", "Marn", "Mayor", "Sun", "Oct", "Octo", "Nov", "Novel", "Augusta" })
        {
            Assert.Equal(MonthOfByLoops(word), ArticleWords.MonthOf(word));
        }
        var random = new Random(7);
        for (int trial = 0; trial < 200_000; trial++)
        {
            // Mostly a month or an abbreviation with some letters changed or cased otherwise, so that many words are months.
            string month = trial % 2 == 0 ? ArticleWords.Months[random.Next(12)] : ArticleWords.MonthAbbreviations[random.Next(ArticleWords.MonthAbbreviations.Length)].Abbreviation;
            var b = new StringBuilder();
            int length = random.Next(4) == 0 ? random.Next(2, 11) : month.Length;
            for (int i = 0; i < length; i++)
            {
                char c = i < month.Length ? month[i] : Alphabet[random.Next(Alphabet.Length)];
                b.Append(random.Next(5) switch { 0 => Alphabet[random.Next(Alphabet.Length)], 1 => char.ToUpperInvariant(c), _ => c });
            }
            if (random.Next(3) > 0)
            {
                b[0] = char.ToUpperInvariant(b[0]);
            }
            string word = b.ToString();
            Assert.Equal(MonthOfByLoops(word), ArticleWords.MonthOf(word));
        }
    }
}
