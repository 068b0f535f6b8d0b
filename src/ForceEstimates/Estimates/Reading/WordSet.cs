using System;

namespace ForceEstimates;

/// <summary>
/// A small set of words looked up by span, ignoring case. Words are grouped by first letter with
/// a mask of their lengths, so most lookups end after one bit test; the rest compare only with
/// words of the same first letter and length. Immutable after construction.
/// </summary>
internal sealed class WordSet
{
    private const int Groups = 27;
    private readonly string[][] byFirst = new string[Groups][];
    private readonly ulong[] lengths = new ulong[Groups];

    internal WordSet(params string[] words)
    {
        var counts = new int[Groups];
        foreach (string word in words)
        {
            counts[Group(word[0])]++;
        }
        for (int g = 0; g < Groups; g++)
        {
            byFirst[g] = new string[counts[g]];
            counts[g] = 0;
        }
        foreach (string word in words)
        {
            int g = Group(word[0]);
            byFirst[g][counts[g]++] = word;
            if (word.Length < 64)
            {
                lengths[g] |= 1UL << word.Length;
            }
        }
    }

    internal bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length >= 64)
        {
            return false;
        }
        int g = Group(word[0]);
        if ((lengths[g] & (1UL << word.Length)) == 0)
        {
            return false;
        }
        char last = word[^1];
        foreach (string candidate in byFirst[g])
        {
            if (candidate.Length == word.Length && MayEqualIgnoringCase(candidate[^1], last) && word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// False only when two characters cannot be equal ignoring case: both ASCII and different after folding case. A word of the same first
    /// letter and length is most often turned away by its last letter, before the full comparison.
    /// </summary>
    private static bool MayEqualIgnoringCase(char a, char b)
        => a == b || (a | b) >= 128 || (char.IsAsciiLetter(a) && (a | 0x20) == (b | 0x20));

    internal bool Contains(string word) => Contains(word.AsSpan());

    private static int Group(char c)
    {
        char lower = Characters.Lower(c);
        return lower >= 'a' && lower <= 'z' ? lower - 'a' : Groups - 1;
    }
}
