using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ForceEstimates.Extraction;

/// <summary>
/// Where the words of an article end, read once per article: one bit per character for
/// <see cref="Characters.IsWordChar"/> (a letter or digit, or an apostrophe or hyphen between letters) and one for
/// <see cref="char.IsLetter(char)"/>. The readers of sentences (figures, clauses, time expressions, places, rates)
/// each walk the text word by word and found every word's end a character at a time; here a word's end is the first
/// clear bit after its start, found 64 characters at a time. <see cref="WordEnd"/> answers exactly what
/// <see cref="Characters.WordEnd(ReadOnlySpan{char}, int, int)"/> answers for the whole text, and
/// <see cref="LettersFrom"/> what <see cref="FigureKinds.LettersFrom"/> answers, whatever the characters.
/// </summary>
/// <remarks>
/// The bits are set sixteen characters at a time where vector hardware is available: for ASCII characters the classes
/// are ranges (letters A–Z and a–z, digits 0–9, the apostrophe and the hyphen), every other character is classed
/// one at a time by the same <see cref="char"/> methods the readers use, so the bits are the same with or without
/// vector hardware. The joiners are those of <see cref="Characters.IsWordChar"/>: the apostrophes and
/// <see cref="Characters.IsWordHyphen"/>. Of these only the apostrophe and the hyphen-minus are ASCII; the hyphen
/// (U+2010), the non-breaking hyphen and the curly apostrophes are classed one at a time with the other non-ASCII
/// characters, so taking U+2010 as well costs the vector path nothing. One map is kept in the article's <see cref="ReadingWorkspace"/>.
/// </remarks>
internal sealed class WordMap
{
    /// <summary>Bit i of word i / 64: character i is a word character (<see cref="Characters.IsWordChar"/> of the whole text).</summary>
    private ulong[] wordChars = [];

    /// <summary>Bit i of word i / 64: character i is a letter (<see cref="char.IsLetter(char)"/>).</summary>
    private ulong[] letters = [];

    /// <summary>Bit i of word i / 64: character i is a letter or a digit (<see cref="char.IsLetterOrDigit(char)"/>).</summary>
    private ulong[] lettersOrDigits = [];

    /// <summary>Bit i of word i / 64: character i is an ASCII digit (<see cref="Characters.IsDigit"/>).</summary>
    private ulong[] digits = [];

    /// <summary>Bit i of word i / 64: character i is an apostrophe or a hyphen, a word character between two letters (scratch for <see cref="Read"/>).</summary>
    private ulong[] joiners = [];

    /// <summary>Bit i of word i / 64: a run of letters starts at character i (a letter after a character that is not one).</summary>
    private ulong[] letterRunStarts = [];

    /// <summary>Bit i of word i / 64: a run of letters and digits starts at character i.</summary>
    private ulong[] wordStarts = [];

    /// <summary>Bit i of word i / 64: a run of letters or a run of ASCII digits starts at character i (each run apart).</summary>
    private ulong[] letterOrDigitRunStarts = [];

    /// <summary>The article the bits describe.</summary>
    internal string Text { get; private set; } = "";

    /// <summary>Reads the word characters of <paramref name="text"/> (the buffers are reused from one article to the next).</summary>
    internal WordMap Read(string text)
    {
        Text = text;
        int n = text.Length;
        int blocks = (n >> 6) + 1; // one more than needed: the block after the last character is all clear
        if (wordChars.Length < blocks)
        {
            wordChars = new ulong[blocks];
            letters = new ulong[blocks];
            lettersOrDigits = new ulong[blocks];
            digits = new ulong[blocks];
            joiners = new ulong[blocks];
            letterRunStarts = new ulong[blocks];
            wordStarts = new ulong[blocks];
            letterOrDigitRunStarts = new ulong[blocks];
        }
        // The letter-or-digit bits go into wordChars, the apostrophes and hyphens are kept apart until the letters
        // on both sides are known.
        ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        for (int b = 0; b < blocks; b++)
        {
            int at = b << 6;
            ulong letter = 0, letterOrDigit = 0, digit = 0, joiner = 0;
            if (Vector256.IsHardwareAccelerated && at + 64 <= n)
            {
                for (int part = 0; part < 64; part += 16)
                {
                    var v = Vector256.LoadUnsafe(ref chars, (nuint)(at + part));
                    var isLetter = Vector256.LessThan((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
                    var isDigit = Vector256.LessThan(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
                    var isJoiner = Vector256.Equals(v, Vector256.Create((ushort)'\'')) | Vector256.Equals(v, Vector256.Create((ushort)'-'));
                    letter |= (ulong)isLetter.ExtractMostSignificantBits() << part;
                    letterOrDigit |= (ulong)(isLetter | isDigit).ExtractMostSignificantBits() << part;
                    digit |= (ulong)isDigit.ExtractMostSignificantBits() << part;
                    joiner |= (ulong)isJoiner.ExtractMostSignificantBits() << part;
                    uint other = Vector256.GreaterThan(v, Vector256.Create((ushort)127)).ExtractMostSignificantBits();
                    while (other != 0)
                    {
                        // Not ASCII: none of the ranges above held it; classed as the readers class it.
                        int lane = BitOperations.TrailingZeroCount(other);
                        other &= other - 1;
                        Classify(text[at + part + lane], part + lane, ref letter, ref letterOrDigit, ref digit, ref joiner);
                    }
                }
            }
            else
            {
                int end = Math.Min(n, at + 64);
                for (int i = at; i < end; i++)
                {
                    Classify(text[i], i - at, ref letter, ref letterOrDigit, ref digit, ref joiner);
                }
            }
            letters[b] = letter;
            lettersOrDigits[b] = letterOrDigit;
            digits[b] = digit;
            wordChars[b] = letterOrDigit;
            joiners[b] = joiner;
        }
        for (int b = 0; b < blocks; b++)
        {
            if (joiners[b] == 0)
            {
                continue;
            }
            // A joiner is a word character between two letters: bit i of "before" is the letter bit of i - 1, of "after" that of i + 1.
            ulong before = (letters[b] << 1) | (b > 0 ? letters[b - 1] >> 63 : 0);
            ulong after = (letters[b] >> 1) | (b + 1 < blocks ? letters[b + 1] << 63 : 0);
            wordChars[b] |= joiners[b] & before & after;
        }
        // Where the runs start, once: the readers of sentences ask for the next start of a run for nearly every word, several
        // times over each sentence, and a start is then the next set bit of one array.
        for (int b = 0; b < blocks; b++)
        {
            ulong letterStarts = RunStarts(letters, b);
            letterRunStarts[b] = letterStarts;
            wordStarts[b] = RunStarts(lettersOrDigits, b);
            letterOrDigitRunStarts[b] = letterStarts | RunStarts(digits, b);
        }
        return this;
    }

    /// <summary>Lets go of the article (the buffers are kept).</summary>
    internal void Forget() => Text = "";

    private static void Classify(char c, int bit, ref ulong letter, ref ulong letterOrDigit, ref ulong digit, ref ulong joiner)
    {
        ulong mask = 1UL << bit;
        if (Characters.IsDigit(c))
        {
            digit |= mask;
        }
        if (char.IsLetter(c))
        {
            letter |= mask;
        }
        if (char.IsLetterOrDigit(c))
        {
            letterOrDigit |= mask;
        }
        if (Characters.IsApostrophe(c) || Characters.IsWordHyphen(c))
        {
            joiner |= mask;
        }
    }

    /// <summary>
    /// The end of the word starting at <paramref name="start"/>, no further than <paramref name="limit"/>: the same as
    /// <see cref="Characters.WordEnd(ReadOnlySpan{char}, int, int)"/> over the whole of <see cref="Text"/>
    /// (<paramref name="start"/> itself when it is not before <paramref name="limit"/>).
    /// </summary>
    internal int WordEnd(int start, int limit) => NextClear(wordChars, start, limit);

    /// <summary>
    /// The start of the word ending just before <paramref name="end"/>, no further back than <paramref name="limit"/>: the same
    /// as <see cref="Characters.WordStart(ReadOnlySpan{char}, int, int)"/> over the whole of <see cref="Text"/>
    /// (<paramref name="end"/> itself when it is not after the limit). The clause readers look back at the word before a verb
    /// or a phrase many times per clause; here its start is the last clear bit before <paramref name="end"/>, found 64
    /// characters at a time.
    /// </summary>
    internal int WordStart(int end, int limit)
    {
        if (end <= limit)
        {
            return end;
        }
        int i = end - 1; // the last position looked at
        while (true)
        {
            // The clear bits of the block, shifted so that position i is the top bit: the positions after it leave, and the zeros
            // brought in at the bottom stand for the block before, read on the next turn (a zero here stops nothing).
            ulong clear = ~wordChars[i >> 6] << (63 - (i & 63));
            if (clear != 0)
            {
                return Math.Max(limit, i - BitOperations.LeadingZeroCount(clear) + 1);
            }
            i = (i & ~63) - 1;
            if (i < limit)
            {
                return limit;
            }
        }
    }

    /// <summary>
    /// The word right before <paramref name="at"/>, spaces skipped, not below <paramref name="limit"/>, its start in
    /// <paramref name="start"/>: the same as <see cref="Characters.WordBefore(ReadOnlySpan{char}, int, int, out int)"/> over the
    /// whole of <see cref="Text"/>.
    /// </summary>
    internal ReadOnlySpan<char> WordBefore(int at, int limit, out int start)
    {
        int end = Characters.SkipSpacesBack(Text, at, limit);
        start = WordStart(end, limit);
        return Text.AsSpan(start, end - start);
    }

    /// <summary>How many letters run from <paramref name="start"/> (before <paramref name="limit"/>): the same as <see cref="FigureKinds.LettersFrom"/>.</summary>
    internal int LettersFrom(int start, int limit) => NextClear(letters, start, limit) - start;

    /// <summary>
    /// The first position in [<paramref name="from"/>, <paramref name="limit"/>) that starts a run of letters: a letter
    /// after a character that is not one, or a letter at <paramref name="first"/> whatever comes before it (a reader's
    /// sentence start). <paramref name="limit"/> when there is none; <paramref name="from"/> when it is not before the limit.
    /// A reader that looks only at such positions and passes every other character by one at a time passes them here at once.
    /// </summary>
    internal int NextLetterRunStart(int from, int limit, int first) => NextRunStart(letterRunStarts, letters, null, from, limit, first);

    /// <summary>
    /// The first position in [<paramref name="from"/>, <paramref name="limit"/>) that starts a run of letters and digits:
    /// a letter or digit after a character that is neither, or one at <paramref name="first"/> whatever comes before it (a
    /// reader's sentence start). <paramref name="limit"/> when there is none; <paramref name="from"/> when it is not before
    /// the limit. The readers that start at "a letter or digit not after one" (clauses, time expressions) and passed every
    /// other character one at a time pass them here at once.
    /// </summary>
    internal int NextWordStart(int from, int limit, int first) => NextRunStart(wordStarts, lettersOrDigits, null, from, limit, first);

    /// <summary>
    /// The first position in [<paramref name="from"/>, <paramref name="limit"/>) that starts a run of letters or a run of ASCII
    /// digits: a letter after a character that is not a letter, a digit after a character that is not a digit, or either at
    /// <paramref name="first"/> whatever comes before it (a reader's start). <paramref name="limit"/> when there is none;
    /// <paramref name="from"/> when it is not before the limit. The figure scanner looks only at such positions ("1st" has two).
    /// </summary>
    internal int NextLetterOrDigitRunStart(int from, int limit, int first) => NextRunStart(letterOrDigitRunStarts, letters, digits, from, limit, first);

    /// <summary>
    /// The first set bit of <paramref name="starts"/> (where the runs of set bits of <paramref name="bits"/>, or of
    /// <paramref name="others"/>, start) in [<paramref name="from"/>, <paramref name="limit"/>), <paramref name="first"/>
    /// counting as a start when its bit of <paramref name="bits"/> or <paramref name="others"/> is set.
    /// </summary>
    private static int NextRunStart(ulong[] starts, ulong[] bits, ulong[]? others, int from, int limit, int first)
    {
        if (from >= limit)
        {
            return from;
        }
        int found = limit;
        int i = from;
        while (true)
        {
            ulong next = starts[i >> 6] >> (i & 63);
            if (next != 0)
            {
                found = Math.Min(limit, i + BitOperations.TrailingZeroCount(next));
                break;
            }
            i = (i | 63) + 1;
            if (i >= limit)
            {
                break;
            }
        }
        return first >= from && first < found && (IsSet(bits, first) || (others is not null && IsSet(others, first))) ? first : found;
    }

    /// <summary>The positions of block <paramref name="block"/> whose bit is set and whose previous position's is not.</summary>
    private static ulong RunStarts(ulong[] bits, int block)
    {
        ulong run = bits[block];
        return run & ~((run << 1) | (block > 0 ? bits[block - 1] >> 63 : 0));
    }

    private static bool IsSet(ulong[] bits, int position) => ((bits[position >> 6] >> (position & 63)) & 1) != 0;

    /// <summary>The first position from <paramref name="start"/> whose bit is clear, at most <paramref name="limit"/>; <paramref name="start"/> when it is not before the limit.</summary>
    private static int NextClear(ulong[] bits, int start, int limit)
    {
        if (start >= limit)
        {
            return start;
        }
        int i = start;
        while (true)
        {
            // Shifting brings zeros in from the top: they stand for the next block's characters, read on the next turn.
            ulong clear = ~bits[i >> 6] >> (i & 63);
            if (clear != 0)
            {
                return Math.Min(limit, i + BitOperations.TrailingZeroCount(clear));
            }
            i = (i | 63) + 1;
            if (i >= limit)
            {
                return limit;
            }
        }
    }
}
