namespace ForceEstimates;

/// <summary>
/// A small integer tag of a string, kept with the objects whose ids and keys the aggregation compares for every report
/// (<see cref="Report.IdTag"/>, <see cref="Report.OriginKeyTag"/>): unequal tags rule a pair out without reading either
/// string, which lies in another object. Equal strings have equal tags; equal tags say nothing.
/// </summary>
internal static class TextTag
{
    /// <summary>The tag of <paramref name="text"/>: its length and three of its characters (the last two, where ids and names usually differ, and the middle one).</summary>
    internal static int Of(string text)
    {
        int n = text.Length;
        return n < 2 ? n == 0 ? 0 : text[0] + 1 : unchecked((((((n * 31) + text[n - 1]) * 31) + text[n - 2]) * 31) + text[n >> 1]);
    }
}
