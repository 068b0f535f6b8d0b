using System;

namespace ForceEstimates.Extraction;

/// <summary>
/// A running total brought to a figure by the clause before it: "286 civilians were killed in July, bringing the total to
/// 13,580". The total restates the count the sentence named, as of the statement, not the period of the part that raised it.
/// </summary>
internal static partial class FigureKinds
{
    /// <summary>Verbs that bring a running total to a figure: "bringing the total to", "raised the toll to". A closed list.</summary>
    private static readonly WordSet BringingVerbs = new(
        "bringing", "brings", "brought", "bring", "raising", "raises", "raised", "taking", "takes", "took", "pushing", "pushes",
        "pushed", "lifting", "lifts", "lifted");

    /// <summary>Nouns of a running total: "the total", "the toll", "the tally", "the number", "the count", "the figure". A closed list.</summary>
    private static readonly WordSet RunningTotalNouns = new("total", "toll", "tally", "number", "count", "figure");

    /// <summary>How many words may stand between a running total's noun and "to" ("the number of troops killed since the war began to").</summary>
    private const int RunningTotalGap = 8;

    /// <summary>
    /// Whether a verb of <see cref="BringingVerbs"/>, "the", a noun of <see cref="RunningTotalNouns"/> (adjectives between:
    /// "the overall death toll") and "to" come before the figure: "bringing the total to 13,580", "raising the toll since the
    /// invasion to 13,580"; with <paramref name="ownCount"/>, also a total that names its own count ("raising the number of
    /// troops killed since the war began to 4,310"), which restates no figure before it but is still a running total.
    /// </summary>
    /// <param name="text">The article.</param>
    /// <param name="start">Where the figure starts.</param>
    /// <param name="limit">Where its sentence starts: nothing before it is read.</param>
    /// <param name="ownCount">Whether an "of" phrase after the noun may name the count.</param>
    internal static bool BringsTheTotalTo(string text, int start, int limit, bool ownCount = false)
    {
        if (!Characters.WordBefore(text, start, limit, out int at).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        for (int words = 0; words <= RunningTotalGap; words++)
        {
            var word = Characters.WordBefore(text, at, limit, out at);
            if (word.IsEmpty || (!ownCount && word.Equals("of", StringComparison.OrdinalIgnoreCase)) || word.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            if (!RunningTotalNouns.Contains(word))
            {
                continue;
            }
            // The noun's article and adjectives ("the overall death toll"), then the verb.
            for (int adjectives = 0; adjectives < 3; adjectives++)
            {
                var before = Characters.WordBefore(text, at, limit, out at);
                if (before.Equals("the", StringComparison.OrdinalIgnoreCase) || before.Equals("its", StringComparison.OrdinalIgnoreCase))
                {
                    return BringingVerbs.Contains(Characters.WordBefore(text, at, limit, out _));
                }
                if (before.IsEmpty || BringingVerbs.Contains(before))
                {
                    return false;
                }
            }
            return false;
        }
        return false;
    }
}
