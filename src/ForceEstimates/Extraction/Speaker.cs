namespace ForceEstimates.Extraction;

/// <summary>A source the article has named, kept so that "the source", "he" or a surname later resolve to it.</summary>
internal sealed class Speaker
{
    internal required AttributedSource Source { get; init; }

    internal required string Head { get; init; }

    internal bool IsPerson { get; init; }

    /// <summary>The chain from this source on, as first reported ("source → Reuters").</summary>
    internal Attribution? Chain { get; set; }
}
