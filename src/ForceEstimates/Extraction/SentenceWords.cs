using System;

namespace ForceEstimates.Extraction;

/// <summary>The marks that end a walk over the words before a position (<see cref="WordsBefore"/>).</summary>
[Flags]
internal enum WordWalkStops
{
    /// <summary>Only the walk's limit ends it.</summary>
    None = 0,

    /// <summary>A full stop.</summary>
    Period = 1,

    /// <summary>A semicolon.</summary>
    Semicolon = 2,

    /// <summary>A colon.</summary>
    Colon = 4,

    /// <summary>A comma.</summary>
    Comma = 8,

    /// <summary>A double quote or a guillemet (<see cref="Characters.IsDoubleQuote"/>).</summary>
    DoubleQuote = 16,

    /// <summary>A digit (<see cref="Characters.IsDigit"/>): another figure.</summary>
    Digit = 32,
}

/// <summary>
/// The words before a position within a sentence, nearest first, for readers that look a few words back for a word of
/// a set: each step passes the spaces before it and then takes the word of letters that ends there (its start by
/// <see cref="Characters.WordStart(ReadOnlySpan{char}, int, int)"/>), or passes one character that is no letter
/// (a comma, a hyphen, a bracket) and takes no word; a step that meets the limit or one of the <see cref="WordWalkStops"/>
/// ends the walk. Every step counts against the reach, words and passed characters alike.
/// </summary>
/// <remarks>A struct on the stack with no delegate: the readers call it for every figure, and it must cost what their loops cost.</remarks>
internal ref struct WordsBefore
{
    private readonly string text;
    private readonly int limit;
    private readonly WordWalkStops stops;
    private int position;
    private int steps;

    /// <summary>A walk back from <paramref name="position"/>, not below <paramref name="limit"/>, of at most <paramref name="reach"/> steps.</summary>
    internal WordsBefore(string text, int position, int limit, int reach, WordWalkStops stops)
    {
        this.text = text;
        this.position = position;
        this.limit = limit;
        this.stops = stops;
        steps = reach;
    }

    /// <summary>Where the current word starts.</summary>
    internal int Start { get; private set; }

    /// <summary>Where the current word ends.</summary>
    internal int End { get; private set; }

    /// <summary>The current word.</summary>
    internal readonly ReadOnlySpan<char> Current => text.AsSpan(Start, End - Start);

    /// <summary>Steps back to the next word: false when the walk ends (its reach spent, its limit or a stop met).</summary>
    internal bool MoveNext()
    {
        while (steps > 0 && position > limit)
        {
            steps--;
            int end = Characters.SkipSpacesBack(text, position, limit);
            if (end <= limit || IsStop(text[end - 1]))
            {
                steps = 0;
                return false;
            }
            if (!char.IsLetter(text[end - 1]))
            {
                position = end - 1;
                continue;
            }
            int start = Characters.WordStart(text, end, limit);
            Start = start;
            End = end;
            position = start;
            return true;
        }
        return false;
    }

    private readonly bool IsStop(char c) => c switch
    {
        '.' => (stops & WordWalkStops.Period) != 0,
        ';' => (stops & WordWalkStops.Semicolon) != 0,
        ':' => (stops & WordWalkStops.Colon) != 0,
        ',' => (stops & WordWalkStops.Comma) != 0,
        _ => ((stops & WordWalkStops.Digit) != 0 && Characters.IsDigit(c)) || ((stops & WordWalkStops.DoubleQuote) != 0 && Characters.IsDoubleQuote(c)),
    };
}

/// <summary>
/// The words after a position within a sentence, in order, for readers that look a few words ahead for a word of a set:
/// a word runs from the position to its end (<see cref="WordMap.WordEnd"/>), then the spaces after it are passed; the
/// walk ends at the limit, after its reach, or at a position where no word starts (a comma or another mark ends the clause).
/// </summary>
/// <remarks>A struct on the stack with no delegate, as <see cref="WordsBefore"/>.</remarks>
internal ref struct WordsAfter
{
    private readonly WordMap words;
    private readonly int limit;
    private int position;
    private int steps;

    /// <summary>
    /// A walk from <paramref name="position"/> (where the first word must start: spaces before it are not passed), before
    /// <paramref name="limit"/>, of at most <paramref name="reach"/> words.
    /// </summary>
    internal WordsAfter(WordMap words, int position, int limit, int reach)
    {
        this.words = words;
        this.position = position;
        this.limit = limit;
        steps = reach;
    }

    /// <summary>Where the current word starts.</summary>
    internal int Start { get; private set; }

    /// <summary>Where the current word ends.</summary>
    internal int End { get; private set; }

    /// <summary>The current word.</summary>
    internal readonly ReadOnlySpan<char> Current => words.Text.AsSpan(Start, End - Start);

    /// <summary>Steps to the next word: false when the walk ends (its reach spent, its limit met, or no word at the position).</summary>
    internal bool MoveNext()
    {
        if (steps <= 0 || position >= limit)
        {
            return false;
        }
        steps--;
        int end = words.WordEnd(position, limit);
        if (end == position)
        {
            steps = 0;
            return false;
        }
        Start = position;
        End = end;
        position = Characters.SkipSpaces(words.Text, end, limit);
        return true;
    }
}

/// <summary>
/// Every word of a span in order, whatever stands between them: a word runs from its start to
/// <see cref="Characters.WordEnd(ReadOnlySpan{char}, int, int)"/>, the spaces after it are passed, and any other character
/// that starts no word (a comma, a bracket, a dash) is passed one at a time. For readers that look at each word of a
/// phrase or a name.
/// </summary>
/// <remarks>A struct on the stack with no delegate, as <see cref="WordsBefore"/>.</remarks>
internal ref struct WordsIn
{
    private readonly ReadOnlySpan<char> text;
    private readonly int limit;
    private readonly WordMap? map;
    private int position;

    /// <summary>The words of <paramref name="text"/> from <paramref name="position"/> to <paramref name="limit"/> (positions are <paramref name="text"/>'s).</summary>
    internal WordsIn(ReadOnlySpan<char> text, int position, int limit)
    {
        this.text = text;
        this.position = position;
        this.limit = limit;
    }

    /// <summary>
    /// The words of the article <paramref name="words"/> maps from <paramref name="position"/> to <paramref name="limit"/>: the
    /// same words as over its whole text, each word's end read from the map rather than a character at a time.
    /// </summary>
    internal WordsIn(WordMap words, int position, int limit)
    {
        text = words.Text;
        map = words;
        this.position = position;
        this.limit = limit;
    }

    /// <summary>Where the current word starts.</summary>
    internal int Start { get; private set; }

    /// <summary>Where the current word ends.</summary>
    internal int End { get; private set; }

    /// <summary>The current word.</summary>
    internal readonly ReadOnlySpan<char> Current => text[Start..End];

    /// <summary>Steps to the next word: false when none starts before the limit.</summary>
    internal bool MoveNext()
    {
        while (position < limit)
        {
            int end = map is null ? Characters.WordEnd(text, position, limit) : map.WordEnd(position, limit);
            if (end == position)
            {
                position++;
                continue;
            }
            Start = position;
            End = end;
            position = Characters.SkipSpaces(text, end, limit);
            return true;
        }
        return false;
    }
}
