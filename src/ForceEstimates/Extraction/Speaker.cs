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
