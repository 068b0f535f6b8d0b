using System;
using System.Collections.Generic;

namespace ForceEstimates.Extraction;

/// <summary>
/// Boxes: the infobox or fact box of a battle page as its text shows it ("Strength | 3 carriers ...", "Casualties and
/// losses", "- Strength1: 150,000", a belligerent's name above a column). Its headings and row labels say what a row counts
/// and for which side, not who counts it; a label that names a count's maker ("Per Kessia:", "Western estimate:", "Official
/// Norland data:") speaks for the figures after it in its row, and no row carries another row's source.
/// </summary>
internal sealed partial class AttributionReader
{
    /// <summary>Headings of a battle's infobox, as a line, a cell between bars or a line's label: the box's lines follow.</summary>
    private static readonly string[] BoxHeadings = ["Strength", "Casualties and losses", "Belligerents", "Combatants", "Commanders and leaders", "Units involved"];

    /// <summary>The keys of an infobox written as "- Strength1: ...", "- Casualties2: ...": a heading's word and the column's number.</summary>
    private static readonly WordSet BoxKeys = new("Strength", "Casualties", "Combatant", "Commander", "Units");

    /// <summary>The last word of a row label that names a count's maker: "Western estimate:", "Official Norland data:", "Kessian claim:".</summary>
    private static readonly WordSet LabelSourceNouns = new("estimate", "estimates", "claim", "claims", "report", "reports", "data", "figure", "figures", "count", "records", "sources");

    /// <summary>For each paragraph (a line), whether it is a line of a box; built when first asked.</summary>
    private bool[]? boxLines;

    /// <summary>
    /// Whether paragraph <paramref name="paragraph"/> is a line of a box: from a line with a box heading (<see cref="BoxHeadings"/>,
    /// alone, between bars or as a key such as "Strength1:") to the next line of prose (a line ending a sentence with twelve
    /// words or more, no bar in it).
    /// </summary>
    internal bool IsBoxLine(int paragraph)
    {
        boxLines ??= FindBoxLines();
        return paragraph >= 0 && paragraph < boxLines.Length && boxLines[paragraph];
    }

    private bool[] FindBoxLines()
    {
        var sentences = layout.Sentences;
        if (sentences.Count == 0)
        {
            return [];
        }
        var box = new bool[sentences[^1].Paragraph + 1];
        bool inBox = false;
        for (int s = 0; s < sentences.Count;)
        {
            int paragraph = sentences[s].Paragraph, start = sentences[s].Start, end = sentences[s].End;
            int next = s + 1;
            while (next < sentences.Count && sentences[next].Paragraph == paragraph)
            {
                end = sentences[next].End;
                next++;
            }
            if (HasBoxHeading(start, end))
            {
                inBox = true;
            }
            else if (inBox && IsProseLine(start, end))
            {
                inBox = false;
            }
            box[paragraph] = inBox;
            s = next;
        }
        return box;
    }

    /// <summary>Whether the line [<paramref name="start"/>, <paramref name="end"/>) holds a box heading: a cell of it, or its key before a colon.</summary>
    private bool HasBoxHeading(int start, int end)
    {
        int at = Characters.SkipBullet(text, start, end);
        int word = this.words.WordEnd(at, end);
        int digits = word;
        while (digits < end && Characters.IsDigit(text[digits]))
        {
            digits++;
        }
        if (digits > word && digits < end && text[digits] == ':' && BoxKeys.Contains(text.AsSpan(at, word - at)))
        {
            return true; // "- Strength1: 150,000", "- Casualties2: 6,000+ killed"
        }
        for (int cell = at; cell < end;)
        {
            int bar = text.IndexOf('|', cell, end - cell);
            int cellEnd = bar < 0 ? end : bar;
            var written = text.AsSpan(cell, cellEnd - cell).Trim().TrimEnd(':');
            foreach (string heading in BoxHeadings)
            {
                if (written.Equals(heading, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            cell = cellEnd + 1;
        }
        return false;
    }

    /// <summary>Whether the line is prose: no bar, at least twelve words, ending a sentence (a footnote mark, bracket or quote aside).</summary>
    private bool IsProseLine(int start, int end)
    {
        if (text.IndexOf('|', start, end - start) >= 0 || CountWords(start, end) < 12)
        {
            return false;
        }
        int last = Characters.SkipSpacesBack(text, end, start);
        while (last > start && (text[last - 1] is ')' or ']' or '[' or '"' or '\u201D' || (Characters.IsDigit(text[last - 1]) && last < end && text[last] == ']')))
        {
            last--; // "... the island.[4]", "... (estimated)."
        }
        return last > start && text[last - 1] is '.' or '!' or '?';
    }

    /// <summary>
    /// Whether two sentences lie in different lines of a box: equal figures there are two counts ("3 ships sunk" under one side's
    /// "Sea" and under the other's), never one figure said again.
    /// </summary>
    internal bool InOtherBoxRows(int sentence, int other)
    {
        int paragraph = layout.Sentences[sentence].Paragraph, otherParagraph = layout.Sentences[other].Paragraph;
        return paragraph != otherParagraph && IsBoxLine(paragraph) && IsBoxLine(otherParagraph);
    }

    /// <summary>
    /// Whether the sentence is a row of a box or of a list of "label: figure" lines, whose labels say what a row counts and
    /// for which side ("Allies: 78,000 killed", "Total: 28 ships"): no headline, and its opening label names no speaker.
    /// </summary>
    private bool IsRow(Sentence sentence) => IsBoxLine(sentence.Paragraph) || IsListLine(sentence);

    /// <summary>
    /// Adds to <paramref name="found"/> the row labels of a box's or list's line that name a count's maker, each right before a
    /// figure after its colon: "Per Kessia:, 1,834 soldiers killed" (Kessia), "Western estimate: 3,500+ soldiers killed",
    /// "PAVN report: 554 killed". Such a label speaks for the figures after it up to the next one, never for those before it
    /// (<see cref="Cue.IsLabel"/>), and replaces the clauses read inside it ("Western" estimating). Returns the list.
    /// </summary>
    private List<Cue>? AddRowLabels(Sentence sentence, ArraySegment<FigureCandidate> figures, List<Cue>? found)
    {
        if (figures.Count == 0 || text.IndexOf(':', sentence.Start, sentence.End - sentence.Start) < 0 || !IsRow(sentence))
        {
            return found;
        }
        for (int colon = text.IndexOf(':', sentence.Start, sentence.End - sentence.Start); colon > sentence.Start;
             colon = colon + 1 < sentence.End ? text.IndexOf(':', colon + 1, sentence.End - colon - 1) : -1)
        {
            int figure = FirstFigureFrom(figures, colon + 1);
            if (figure >= figures.Count || text.AsSpan(colon + 1, figures[figure].Start - colon - 1).Trim().Trim(',').Length > 0)
            {
                continue; // no figure right after the label
            }
            var label = RowLabelSource(sentence.Start, colon);
            if (label is not var (start, speakerStart) || Resolve(speakerStart, colon, null) is not { } speaker)
            {
                continue;
            }
            found ??= sentenceCues;
            found.RemoveAll(cue => cue.Start < colon + 1 && start < cue.End);
            int at = 0;
            while (at < found.Count && found[at].VerbStart < start)
            {
                at++;
            }
            found.Insert(at, new Cue { VerbStart = start, VerbEnd = colon + 1, Start = start, End = colon + 1, Speaker = speaker, IsLabel = true });
        }
        return found;
    }

    /// <summary>
    /// The label before the colon at <paramref name="colon"/> when it names a count's maker: where it starts and where its
    /// speaker starts. "Per X" (X, capitalised words), or capitalised words ending in a noun of <see cref="LabelSourceNouns"/>
    /// ("Contemporary Western estimate"); the label opens the line or follows a bar, comma, semicolon, bracket or colon.
    /// </summary>
    private (int Start, int SpeakerStart)? RowLabelSource(int lineStart, int colon)
    {
        int end = Characters.SkipSpacesBack(text, colon, lineStart);
        int lastStart = this.words.WordStart(end, lineStart);
        if (lastStart >= end)
        {
            return null;
        }
        bool sourceNoun = LabelSourceNouns.Contains(text.AsSpan(lastStart, end - lastStart));
        int start = lastStart;
        for (int k = 0; k < 5; k++)
        {
            if (text.AsSpan(start, Math.Min(4, end - start)).Equals("Per ", StringComparison.OrdinalIgnoreCase) && start + 4 < end)
            {
                return OpensRowLabel(lineStart, start) ? (start, Characters.SkipSpaces(text, start + 4, end)) : null;
            }
            int before = Characters.SkipSpacesBack(text, start, lineStart);
            int wordStart = this.words.WordStart(before, lineStart);
            if (wordStart >= before || !char.IsUpper(text[wordStart]))
            {
                break;
            }
            start = wordStart;
        }
        return sourceNoun && start < lastStart && OpensRowLabel(lineStart, start) ? (start, start) : null;
    }

    /// <summary>
    /// Whether a bracket that holds a figure of its own opens right after the figure ending at <paramref name="figureEnd"/> (a
    /// footnote mark aside) and is still open at <paramref name="cueStart"/>: "up to 700[4] (2,600 according to one estimate)",
    /// another count beside the figure, whose source is not the figure's.
    /// </summary>
    private bool InBracketedAlternative(int figureEnd, int cueStart)
    {
        int at = Characters.SkipSpaces(text, figureEnd, cueStart);
        while (at < cueStart && text[at] == '[')
        {
            int close = text.IndexOf(']', at, Math.Min(6, cueStart - at));
            if (close < 0)
            {
                return false;
            }
            at = Characters.SkipSpaces(text, close + 1, cueStart);
        }
        if (at >= cueStart || text[at] != '(')
        {
            return false;
        }
        int inside = Characters.SkipSpaces(text, at + 1, cueStart);
        return inside < cueStart && Characters.IsDigit(text[inside]) && text.IndexOf(')', at, cueStart - at) < 0;
    }

    /// <summary>
    /// Whether the clause is alone in brackets after a figure of its sentence ("1,200 killed (Kessian estimate)", "471 captured
    /// (Kessian claim)"): a tag of the figures before it, no figure inside the brackets.
    /// </summary>
    private bool TagsFiguresBefore(Cue cue, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        int open = Characters.SkipSpacesBack(text, Math.Min(cue.Start, cue.VerbStart), sentence.Start);
        if (open <= sentence.Start || text[open - 1] != '(' || figures.Count == 0 || figures[0].End > open - 1)
        {
            return false;
        }
        int close = Characters.SkipSpaces(text, Math.Max(cue.End, cue.VerbEnd), sentence.End);
        return close < sentence.End && text[close] == ')';
    }

    /// <summary>Nouns of the dead as they are found: "found 10 more bodies", "found the remains of".</summary>
    private static readonly WordSet FoundDeadNouns = new("bodies", "body", "corpses", "remains");

    /// <summary>Places after a participle of finding: "Three More Bodies Found in Ruins", "found under the debris".</summary>
    private static readonly WordSet FindingPlaces = new("in", "at", "on", "under", "near", "inside", "beneath", "among");

    /// <summary>
    /// Whether the verb "found"/"finds"/"find" at the sentence reports a find, not a finding: its object is the dead ("found 10
    /// more bodies", "found the bodies of"), or the participle stands before a place ("Bodies Found in Rubble"). The searchers are
    /// no source of the toll; the clause that says so ("..., officials said") is.
    /// </summary>
    private bool IsFind(ReadOnlySpan<char> verb, int afterVerb, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        if (!(verb.Equals("found", StringComparison.OrdinalIgnoreCase) || verb.Equals("finds", StringComparison.OrdinalIgnoreCase) || verb.Equals("find", StringComparison.OrdinalIgnoreCase))
            || afterVerb >= sentence.End)
        {
            return false;
        }
        var next = WordAt(afterVerb, sentence.End);
        int at = afterVerb;
        int k = FirstFigureFrom(figures, afterVerb);
        if (k < figures.Count && figures[k].Start == afterVerb)
        {
            at = Characters.SkipSpaces(text, figures[k].End, sentence.End); // "found at least 3,400 people": a hedge, not a place
        }
        else if (verb.Equals("found", StringComparison.OrdinalIgnoreCase) && FindingPlaces.Contains(next))
        {
            return true;
        }
        else if (next.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            at = Characters.SkipSpaces(text, afterVerb + 3, sentence.End);
        }
        else
        {
            return false;
        }
        if (WordAt(at, sentence.End).Equals("more", StringComparison.OrdinalIgnoreCase))
        {
            at = Characters.SkipSpaces(text, at + 4, sentence.End);
        }
        // up to two lower-case words describing the dead before their noun: "found 17 burned bodies", "found the charred remains of"
        for (int described = 0; at < sentence.End && described < 2 && !FoundDeadNouns.Contains(WordAt(at, sentence.End)); described++)
        {
            var word = WordAt(at, sentence.End);
            if (word.Length < 3 || !IsLowerCaseWord(word))
            {
                return false;
            }
            at = Characters.SkipSpaces(text, at + word.Length, sentence.End);
        }
        return at < sentence.End && FoundDeadNouns.Contains(WordAt(at, sentence.End));
    }

    /// <summary>Whether every character of <paramref name="word"/> is a lower-case letter or a hyphen inside it: "burned", "half-buried".</summary>
    private static bool IsLowerCaseWord(ReadOnlySpan<char> word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (!(char.IsLower(word[i]) || (word[i] == '-' && i > 0 && i < word.Length - 1)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether a label starting at <paramref name="start"/> opens its line (a bullet aside) or follows a bar, comma, semicolon, bracket or colon.</summary>
    private bool OpensRowLabel(int lineStart, int start)
    {
        int before = Characters.SkipSpacesBack(text, start, lineStart);
        return before <= lineStart || Characters.SkipBullet(text, lineStart, start) == start || text[before - 1] is '|' or ',' or ';' or ')' or ']' or '(' or ':';
    }
}
