using System;

namespace ForceEstimates.Extraction;

/// <summary>A source the article has named, kept so that "the source", "he" or a surname later resolve to it.</summary>
internal sealed class Speaker
{
    /// <summary>Numbers the speakers of one article from 1, so that chains are memoised by number rather than by object hash.</summary>
    internal required int Id { get; init; }

    /// <summary>The source; a later, more specific mention of the same body ("the defence ministry" after a headline's "Ministry") replaces it, so every figure it speaks for names it alike.</summary>
    internal required AttributedSource Source { get; set; }

    internal required string Head { get; init; }

    internal bool IsPerson { get; init; }

    /// <summary>The chain from this source on, as first reported ("source → Reuters").</summary>
    internal Attribution? Chain { get; set; }
}

/// <summary>
/// Of a <see cref="Speaker"/>, what a look back over the article's speakers tests first, kept in a list of their own so that a
/// speaker whose name or head differs in length is passed without reading the speaker, its source and its strings.
/// </summary>
/// <remarks>
/// The hashes: of the name and of the head ignoring case (names equal so hash alike), and of the name's last word as written
/// (a surname that ends the name is that word).
/// </remarks>
internal readonly record struct SpeakerKey(int NameLength, int NameHash, int HeadLength, int HeadHash, int LastWordHash, bool IsPerson)
{
    internal static SpeakerKey Of(Speaker speaker)
    {
        string name = speaker.Source.Name;
        return new(name.Length, string.GetHashCode(name, StringComparison.OrdinalIgnoreCase), speaker.Head.Length,
            string.GetHashCode(speaker.Head, StringComparison.OrdinalIgnoreCase), string.GetHashCode(name.AsSpan(name.LastIndexOf(' ') + 1)), speaker.IsPerson);
    }
}
