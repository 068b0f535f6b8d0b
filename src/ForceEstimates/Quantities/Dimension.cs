namespace ForceEstimates;

/// <summary>
/// What kind of amount a <see cref="Unit"/> measures. Units convert into one another only within
/// one dimension (and, for counts, only when they count the same thing).
/// </summary>
public enum Dimension
{
    /// <summary>A number of things: persons, tanks, aircraft. Counts of different things do not convert.</summary>
    Count,

    /// <summary>An area; the canonical unit is the square kilometre.</summary>
    Area,

    /// <summary>A length or distance; the canonical unit is the kilometre.</summary>
    Length,

    /// <summary>A share of a whole; the canonical unit is the percent.</summary>
    Ratio,
}
