using System;

namespace ForceEstimates.Extraction;

/// <summary>
/// The section of a battle page's infobox a row stands in: under "Strength" a row counts a side's force ("Zulu Impi:" then
/// "about 20,000"; "~64,000 ~28,000"), under "Casualties and losses" its losses ("Norland 21,300", "4,835 total", "52
/// officers"), whatever the row's own label names (a side, a column, a unit). The heading may stand many rows above the row,
/// with sub-headings between ("Manpower:", "Equipment:", "No. 2 Column:").
/// </summary>
internal static partial class FigureKinds
{
    /// <summary>The longest line a box row or heading may be: a longer line is prose, and no box's.</summary>
    private const int BoxLineReach = 240;

    /// <summary>How many lines above a row its section's heading may stand.</summary>
    private const int BoxSectionLines = 40;

    /// <summary>Headings of an infobox's section of a side's force: "Strength", "Strength1:". A closed list.</summary>
    private static readonly WordSet StrengthHeadings = new("strength", "strengths", "strength1", "strength2", "strength3");

    /// <summary>Headings of an infobox's section of a side's losses: "Casualties and losses", "Casualties2:", "Losses". A closed list.</summary>
    private static readonly WordSet LossHeadings = new(
        "casualties and losses", "casualties", "losses", "casualties1", "casualties2", "casualties3");

    /// <summary>
    /// Other headings of an infobox, which end the section above them: a row under "Units involved" is no row of the "Strength"
    /// above it. A closed list.
    /// </summary>
    private static readonly WordSet OtherBoxHeadings = new(
        "belligerents", "combatants", "commanders and leaders", "commanders", "units involved", "result", "location", "date",
        "territorial changes");

    /// <summary>
    /// The kind the infobox section a figure's row stands in says: <see cref="FigureKind.Personnel"/> under a strength heading,
    /// <see cref="FigureKind.Casualties"/> under a losses heading; the heading is the row's own label ("Strength: 3,000",
    /// "- Casualties2: 4,201") or the nearest heading line above, over at most <see cref="BoxSectionLines"/> short lines
    /// (none longer than <see cref="BoxLineReach"/>, none a sentence of prose ending with a period). <see cref="FigureKind.Unknown"/>
    /// when the row is prose, another heading (<see cref="OtherBoxHeadings"/>) comes first, or none is found. Bounded: one walk
    /// back over at most that many short lines.
    /// </summary>
    private static FigureKind KindOfBoxSection(string text, in FigureCandidate figure)
    {
        int lineStart = Characters.LineStart(text, figure.Start, BoxLineReach);
        if (lineStart < 0)
        {
            return FigureKind.Unknown;
        }
        int lineEnd = figure.End;
        while (lineEnd < text.Length && !Characters.IsLineBreak(text[lineEnd]))
        {
            lineEnd++;
            if (lineEnd - lineStart > BoxLineReach)
            {
                return FigureKind.Unknown;
            }
        }
        if (IsProseLine(text, lineStart, lineEnd))
        {
            return FigureKind.Unknown;
        }
        var own = SectionOfHeading(text, lineStart, figure.Start, labelOnly: true);
        if (own != FigureKind.Unknown)
        {
            return own == FigureKind.Other ? FigureKind.Unknown : own;
        }
        int end = lineStart;
        for (int lines = 0; lines < BoxSectionLines && end > 0; lines++)
        {
            int above = end - 1; // the line break ending the line above
            int start = Characters.LineStart(text, above, BoxLineReach);
            if (start < 0)
            {
                return FigureKind.Unknown;
            }
            if (IsProseLine(text, start, above))
            {
                return FigureKind.Unknown;
            }
            var heading = SectionOfHeading(text, start, above, labelOnly: false);
            if (heading != FigureKind.Unknown)
            {
                return heading == FigureKind.Other ? FigureKind.Unknown : heading;
            }
            end = start;
        }
        return FigureKind.Unknown;
    }

    /// <summary>
    /// Whether the line [<paramref name="start"/>, <paramref name="end"/>) is a sentence of prose: it ends with a period after
    /// more than 40 characters ("c. 511" and "approx. 1 Infantry Brigade" are rows).
    /// </summary>
    private static bool IsProseLine(string text, int start, int end)
    {
        int last = Characters.SkipSpacesBack(text, end, start);
        return last - start > 40 && text[last - 1] == '.';
    }

    /// <summary>
    /// What the heading on [<paramref name="start"/>, <paramref name="end"/>) is: its first cell (up to a bar or a colon, after
    /// a bullet or bars) is a strength heading (<see cref="FigureKind.Personnel"/>), a losses heading (<see cref="FigureKind.Casualties"/>),
    /// another box heading (<see cref="FigureKind.Other"/>, which ends the walk) or none (<see cref="FigureKind.Unknown"/>).
    /// With <paramref name="labelOnly"/> (the row's own text before its figure), only a cell ended by a colon counts.
    /// </summary>
    private static FigureKind SectionOfHeading(string text, int start, int end, bool labelOnly)
    {
        int at = start;
        while (at < end && text[at] is '|' or ' ' or '\t')
        {
            at++;
        }
        at = Characters.SkipBullet(text, at, end);
        int cellEnd = at;
        while (cellEnd < end && text[cellEnd] is not ('|' or ':'))
        {
            cellEnd++;
        }
        if (labelOnly && (cellEnd >= end || text[cellEnd] != ':'))
        {
            return FigureKind.Unknown;
        }
        cellEnd = Characters.SkipSpacesBack(text, cellEnd, at);
        if (cellEnd == at)
        {
            return FigureKind.Unknown;
        }
        var cell = text.AsSpan(at, cellEnd - at);
        return StrengthHeadings.Contains(cell) ? FigureKind.Personnel
            : LossHeadings.Contains(cell) ? FigureKind.Casualties
            : OtherBoxHeadings.Contains(cell) ? FigureKind.Other
            : FigureKind.Unknown;
    }
}
