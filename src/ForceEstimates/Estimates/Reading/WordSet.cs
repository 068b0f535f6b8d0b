using System;
using System.Runtime.CompilerServices;

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

    /// <summary>
    /// Per group, where its words of each length start in <see cref="byFirst"/> (sorted by length): entry n is the index of the
    /// first word of n characters or more, for n up to the longest word's length plus one. A lookup compares only the words of
    /// its own length, without passing the shorter ones first (the union sets hold a hundred words to a letter).
    /// </summary>
    private readonly int[][] lengthStarts = new int[Groups][];

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
        for (int g = 0; g < Groups; g++)
        {
            // Shortest first, so that a look for a word stops at the first longer one ("the" passes "ten" and "two", not "thousand").
            Array.Sort(byFirst[g], static (a, b) => a.Length.CompareTo(b.Length));
            var group = byFirst[g];
            int longest = group.Length == 0 ? 0 : group[^1].Length;
            var starts = new int[longest + 2];
            int at = 0;
            for (int n = 0; n < starts.Length; n++)
            {
                while (at < group.Length && group[at].Length < n)
                {
                    at++;
                }
                starts[n] = at;
            }
            lengthStarts[g] = starts;
        }
    }

    /// <summary>
    /// Whether the set holds <paramref name="word"/>, ignoring case. The test of first letter and length, which turns most words
    /// away, is small enough to be inlined where the set is asked; the comparisons are not.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool Contains(ReadOnlySpan<char> word)
    {
        if ((uint)(word.Length - 1) >= 63)
        {
            return false; // empty, or 64 characters or more
        }
        char c = word[0];
        int g = c < 128 ? AsciiGroups[c] : Group(c);
        return (lengths[g] & (1UL << word.Length)) != 0 && ContainsInGroup(g, word);
    }

    /// <summary>Whether some word of the set starts with <paramref name="c"/> as <see cref="Contains(ReadOnlySpan{char})"/> groups first letters: when not, no word starting with it is in the set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MayStartWith(char c) => lengths[c < 128 ? AsciiGroups[c] : Group(c)] != 0;

    /// <summary>Whether a word of group <paramref name="g"/> equals <paramref name="word"/> ignoring case.</summary>
    private bool ContainsInGroup(int g, ReadOnlySpan<char> word)
    {
        var starts = lengthStarts[g];
        if (word.Length + 1 >= starts.Length)
        {
            return false; // longer than every word of the group
        }
        var group = byFirst[g];
        char last = word[^1];
        for (int k = starts[word.Length], end = starts[word.Length + 1]; k < end; k++)
        {
            string candidate = group[k];
            if (MayEqualIgnoringCase(candidate[^1], last) && EqualsIgnoringCase(word, candidate))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="word"/> equals <paramref name="candidate"/> (of the same length) ignoring case, as
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> compares them. Pairs of ASCII characters are compared here (equal, or
    /// the same letter in the other case); at the first differing pair with a character beyond ASCII the whole word is left to
    /// the ordinal comparison, so the answer is its answer whatever the characters. The words looked up are short: the
    /// comparison's own dispatch cost more than comparing them.
    /// </summary>
    internal static bool EqualsIgnoringCase(ReadOnlySpan<char> word, string candidate)
    {
        for (int i = 0; i < word.Length; i++)
        {
            uint a = word[i];
            uint b = candidate[i];
            if (a == b)
            {
                continue;
            }
            if ((a | b) >= 128)
            {
                return word.Equals(candidate, StringComparison.OrdinalIgnoreCase);
            }
            if ((a ^ b) != 0x20 || (a | 0x20) - 'a' > 'z' - 'a')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// False only when two characters cannot be equal ignoring case: both ASCII and different after folding case. A word of the same first
    /// letter and length is most often turned away by its last letter, before the full comparison.
    /// </summary>
    private static bool MayEqualIgnoringCase(char a, char b)
        => a == b || (a | b) >= 128 || (char.IsAsciiLetter(a) && (a | 0x20) == (b | 0x20));

    internal bool Contains(string word) => Contains(word.AsSpan());

    /// <summary>
    /// The words of all <paramref name="sets"/> in one set: it holds a word exactly when one of them does (each set groups a
    /// word by its first letter the same way), so a word it turns away is in none of them.
    /// </summary>
    internal static WordSet Union(params WordSet[] sets)
    {
        var words = new System.Collections.Generic.List<string>();
        foreach (var set in sets)
        {
            foreach (var group in set.byFirst)
            {
                words.AddRange(group);
            }
        }
        return new WordSet([.. words]);
    }

    /// <summary><see cref="Group"/> of each ASCII character.</summary>
    private static readonly byte[] AsciiGroups = BuildAsciiGroups();

    private static byte[] BuildAsciiGroups()
    {
        var groups = new byte[128];
        for (int c = 0; c < groups.Length; c++)
        {
            groups[c] = (byte)Group((char)c);
        }
        return groups;
    }

    private static int Group(char c)
    {
        char lower = Characters.Lower(c);
        return lower >= 'a' && lower <= 'z' ? lower - 'a' : Groups - 1;
    }
}
