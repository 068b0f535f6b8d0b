using System;
using System.Collections.Generic;
using NodaTime;

namespace ForceEstimates.Extraction;

/// <summary>A figure proposed from an article before its estimate is parsed: the first mention, every mention, and what the sentence says about it.</summary>
internal sealed class FigureProposal
{
    internal required FigureCandidate Figure { get; init; }

    internal required string Text { get; init; }

    internal required List<FigureMention> Mentions { get; init; }

    internal string? Unit { get; init; }

    internal string? Subject { get; set; }

    internal string? Place { get; set; }

    internal required Attribution Attribution { get; set; }

    internal required DateInterval RefersTo { get; init; }

    internal required string Sentence { get; init; }

    internal double Confidence { get; set; }
}

/// <summary>
/// Reads an article into figure proposals: layout, figures per sentence, attribution, the time
/// each figure refers to, its subject and place, and the merging of repeated mentions. Each stage
/// is linear in the text (with bounded look-around), so the whole is too.
/// </summary>
internal static class ArticleReading
{
    private static readonly WordSet SubjectStops = new(
    
        "are", "is", "was", "were", "have", "has", "had", "will", "would", "could", "can", "may", "might", "must", "should", "be",
        "been", "being", "remain", "remained", "remains", "in", "on", "at", "from", "to", "into", "along", "near", "since", "during",
        "by", "for", "with", "as", "after", "before", "across", "within", "over", "under", "around", "between", "against", "through",
        "per", "a", "an", "the", "and", "or", "but", "that", "which", "who", "it", "they", "we", "he", "she", "its", "their", "this",
        "these", "those", "than", "more", "fewer", "less", "each", "every", "killed", "wounded", "injured", "captured", "stationed",
        "deployed", "launched", "fired", "destroyed", "damaged", "lost", "left", "missing", "taken", "now", "still", "also", "had",
        "of", "say", "said", "says", "hit", "died", "serve", "live", "out", "so", "used", "made", "sent", "freed", "remain", "until"
    );

    private static readonly WordSet PlacePrepositions = new("in", "near", "around", "into", "inside", "outside", "across", "at", "from", "towards", "toward");

    private static readonly WordSet PlaceAdjectives = new("eastern", "western", "northern", "southern", "central", "occupied", "northeastern", "southeastern", "northwestern", "southwestern");

    private static readonly WordSet PlaceSuffixes = new("region", "oblast", "province", "district", "area", "front", "sector", "direction");

    private static readonly WordSet NotPlaces = new("The", "A", "An", "Russian", "Ukrainian", "North", "South");

    private static readonly List<FigureCandidate> NoFigures = [];

    internal static List<FigureProposal> Read(string text, LocalDate published, string? outlet, KnownSources known, int lookBackDays)
    {
        var layout = ArticleLayout.Read(text);
        var convention = NumberConventions.Of(text);
        int count = layout.Sentences.Count;
        var figuresBySentence = new List<FigureCandidate>[count];
        var scratch = new List<FigureCandidate>();
        for (int s = 0; s < count; s++)
        {
            // Most sentences have no figure: they share one empty list.
            var sentence = layout.Sentences[s];
            scratch.Clear();
            FigureScanner.Scan(text, sentence.Start, sentence.End, convention, scratch);
            figuresBySentence[s] = scratch.Count == 0 ? NoFigures : [.. scratch];
        }
        var reader = new AttributionReader(text, layout, known, published, figuresBySentence);
        var proposals = new List<FigureProposal>();
        var byValue = new Dictionary<(HedgeKind, double, double, UnitClass), SameValue>();
        var times = new List<TimeExpression>();
        var resolved = new List<(int Start, int End, DateInterval Interval)>();
        LocalDate? articleStart = null;
        var publicationDay = new DateInterval(published, published);
        string? knownOutlet = outlet is null ? null : known.Find(outlet);
        var outletLink = outlet is null ? null : AttributedSource.Read(knownOutlet ?? outlet, outlet, null, false, knownOutlet is not null, published);
        for (int s = 0; s < count; s++)
        {
            var figures = figuresBySentence[s];
            if (figures.Count == 0)
            {
                continue;
            }
            var sentence = layout.Sentences[s];
            string? sentenceText = null; // shared by the figures of the sentence
            times.Clear();
            TimeExpressions.Find(text, sentence.Start, sentence.End, published, times);
            resolved.Clear();
            foreach (var time in times)
            {
                var interval = time.SinceThen ? SinceThen(text, time.Start, published) : time.Interval;
                if (interval is not null && !IsInsideCue(time.Start, reader.CuesOf(s)))
                {
                    resolved.Add((time.Start, time.End, interval));
                }
            }
            foreach (var figure in figures)
            {
                var attribution = reader.Attribute(figure, s, out var cue);
                if (outletLink is not null)
                {
                    attribution = attribution.Then(outletLink);
                }
                var refersTo = ResolveTime(figure, resolved, cue, publicationDay, lookBackDays, out bool dated);
                bool onlyToday = refersTo.Start == published && refersTo.End == published;
                if ((!dated || onlyToday) && IsPeak(text, sentence, figure))
                {
                    // "At most, we controlled about 1,376 ..., now ...": a peak spans the period the article covers.
                    articleStart ??= EarliestPastDate(text, published);
                    if (articleStart is { } from && from <= refersTo.End)
                    {
                        refersTo = new DateInterval(from, refersTo.End);
                    }
                }
                string? subject = ReadSubject(text, sentence, figure);
                string? place = ReadPlace(text, sentence, figure, reader.CuesOf(s));
                var key = (figure.Hedge, Key(figure.Low), Key(figure.High), figure.Unit);
                var mention = new FigureMention(figure.Start, figure.Length);
                var same = figure.IsVague ? null : FindSame(byValue, key, subject);
                if (same is not null)
                {
                    same.Mentions.Add(mention);
                    same.Subject ??= subject;
                    if (place is not null && (same.Place is null || (place.Length > same.Place.Length && place.Contains(same.Place, StringComparison.Ordinal))))
                    {
                        same.Place = place; // "Kursk" in the headline, "Kursk Oblast" in the text
                    }
                    if (attribution.Chain.Count > same.Attribution.Chain.Count)
                    {
                        same.Attribution = attribution;
                    }
                    continue;
                }
                var proposal = new FigureProposal
                {
                    Figure = figure,
                    Text = text.Substring(figure.Start, figure.Length),
                    Mentions = [mention],
                    Unit = figure.UnitLength > 0 ? text.Substring(figure.UnitStart, figure.UnitLength) : null,
                    Subject = subject,
                    Place = place,
                    Attribution = attribution,
                    RefersTo = refersTo,
                    Sentence = sentenceText ??= text[sentence.Start..sentence.End],
                };
                proposals.Add(proposal);
                if (!figure.IsVague)
                {
                    Remember(byValue, key, proposal);
                }
            }
        }
        foreach (var proposal in proposals)
        {
            proposal.Confidence = ConfidenceOf(proposal, outletLink);
        }
        return proposals;
    }

    private static double Key(double value) => double.IsNaN(value) ? -1 : value;

    /// <summary>The figures read so far with one hedge, number(s) and unit: by subject, and the first without one.</summary>
    private sealed class SameValue
    {
        internal required FigureProposal First { get; init; }

        internal FigureProposal? WithoutSubject { get; set; }

        /// <summary>Figures with other subjects than the first one's; made when the second subject turns up (most values have one).</summary>
        internal Dictionary<string, FigureProposal>? BySubject { get; set; }
    }

    /// <summary>
    /// A repeated figure: the same hedge, number(s) and unit class, and no conflicting subject
    /// (either has none, or both say the same). Vague amounts never merge: "hundreds" twice is not
    /// one claim. Constant work per figure, whatever the article repeats.
    /// </summary>
    private static FigureProposal? FindSame(Dictionary<(HedgeKind, double, double, UnitClass), SameValue> byValue, (HedgeKind, double, double, UnitClass) key, string? subject)
    {
        if (!byValue.TryGetValue(key, out var same))
        {
            return null;
        }
        if (subject is null || string.Equals(same.First.Subject, subject, StringComparison.OrdinalIgnoreCase))
        {
            return same.First;
        }
        return same.BySubject is not null && same.BySubject.TryGetValue(subject, out var bySubject) ? bySubject : same.WithoutSubject;
    }

    private static void Remember(Dictionary<(HedgeKind, double, double, UnitClass), SameValue> byValue, (HedgeKind, double, double, UnitClass) key, FigureProposal proposal)
    {
        if (!byValue.TryGetValue(key, out var same))
        {
            byValue[key] = same = new SameValue { First = proposal };
        }
        if (proposal.Subject is null)
        {
            same.WithoutSubject ??= proposal;
        }
        else if (!ReferenceEquals(same.First, proposal) && !string.Equals(same.First.Subject, proposal.Subject, StringComparison.OrdinalIgnoreCase))
        {
            (same.BySubject ??= new Dictionary<string, FigureProposal>(StringComparer.OrdinalIgnoreCase)).TryAdd(proposal.Subject, proposal);
        }
    }

    private static double ConfidenceOf(FigureProposal proposal, AttributedSource? outlet)
    {
        var figure = proposal.Figure;
        double confidence = 0.55;
        if (figure.Hedge != HedgeKind.Bare || figure.Unit != UnitClass.None || proposal.Subject is not null)
        {
            confidence += 0.2;
        }
        int links = proposal.Attribution.Chain.Count - (outlet is null ? 0 : 1);
        if (links > 0)
        {
            confidence += 0.15;
        }
        if (figure.IsVague)
        {
            confidence -= 0.15;
        }
        if (figure.Alternative is not null)
        {
            confidence -= 0.2; // "60.000" in an article with no convention: the reading may be wrong by a factor of 1,000
        }
        if (figure.Hedge == HedgeKind.Bare && figure.Unit == UnitClass.None && figure.Low < 10)
        {
            confidence -= 0.15;
        }
        return Math.Clamp(confidence, 0.05, 0.95);
    }

    /// <summary>
    /// The time a figure refers to: the time expression of its sentence nearest to it (not the date
    /// of a reporting clause), else the date of the clause it is attributed through, else the look-back
    /// window before publication when the clause says "previously", else the publication date.
    /// </summary>
    private static DateInterval ResolveTime(FigureCandidate figure, List<(int Start, int End, DateInterval Interval)> times, Cue? cue, DateInterval publicationDay, int lookBackDays, out bool dated)
    {
        var published = publicationDay.Start;
        dated = true;
        // Times are in text order: look at the few on either side of the figure, within a window.
        int lo = 0, hi = times.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (times[mid].Start >= figure.End)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        DateInterval? best = null;
        int bestDistance = TimeWindow;
        for (int k = Math.Max(0, lo - 2); k < Math.Min(times.Count, lo + 2); k++)
        {
            var time = times[k];
            int distance = time.Start >= figure.End ? time.Start - figure.End : Math.Max(0, figure.Start - time.End);
            if (distance < bestDistance)
            {
                best = time.Interval;
                bestDistance = distance;
            }
        }
        if (best is not null)
        {
            return best;
        }
        if (cue?.Date is { } date)
        {
            return new DateInterval(date.End, date.End);
        }
        if (cue is { Previously: true })
        {
            return new DateInterval(published.PlusDays(-lookBackDays), published.PlusDays(-1));
        }
        dated = false;
        return publicationDay;
    }

    private static readonly string[] PeakPhrases = ["at most,", "at its peak", "at the peak", "at their peak", "at the height", "peaked at", "a peak of", "at one point"];

    /// <summary>Whether the figure is a peak: "At most, we controlled ...", "... at its peak", "peaked at ...", within its clause.</summary>
    private static bool IsPeak(string text, Sentence sentence, FigureCandidate figure)
    {
        int from = Math.Max(sentence.Start, figure.Start - 60);
        int to = Math.Min(sentence.End, figure.End + 60);
        for (int i = from; i < to; i++)
        {
            char c = Characters.Lower(text[i]);
            if ((c == 'a' || c == 'p') && (i == sentence.Start || !char.IsLetter(text[i - 1])))
            {
                foreach (string phrase in PeakPhrases)
                {
                    if (SpanScanner.PhraseEnd(text.AsSpan(0, to), i, phrase) > 0)
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>How much of the text is read for the period an article covers: an article's background comes early.</summary>
    private const int CoverageWindow = 20_000;

    /// <summary>The earliest date the article mentions (in its first 20,000 characters) in the year before publication: the start of the period it covers, or null.</summary>
    private static LocalDate? EarliestPastDate(string text, LocalDate published)
    {
        var found = new List<TimeExpression>();
        TimeExpressions.Find(text, 0, Math.Min(text.Length, CoverageWindow), published, found);
        LocalDate? earliest = null;
        var yearBefore = published.PlusDays(-366);
        foreach (var time in found)
        {
            if (time.Interval is { } interval && interval.End <= published && interval.Start >= yearBefore && (earliest is null || interval.Start < earliest))
            {
                earliest = interval.Start;
            }
        }
        return earliest;
    }

    /// <summary>How far (in characters) a time expression may be from a figure and still date it.</summary>
    private const int TimeWindow = 300;

    private static bool IsInsideCue(int position, IReadOnlyList<Cue> cues)
    {
        int lo = AttributionReader.FirstCueAfter(cues, position);
        for (int k = Math.Min(cues.Count - 1, lo + 1); k >= 0 && k >= lo - 3; k--)
        {
            if (position >= cues[k].Start && position < cues[k].End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Since then": from the last time expression in the 2,000 characters before it to publication.</summary>
    private static DateInterval? SinceThen(string text, int position, LocalDate published)
    {
        var found = new List<TimeExpression>();
        TimeExpressions.Find(text, Math.Max(0, position - 2000), position, published, found);
        for (int k = found.Count - 1; k >= 0; k--)
        {
            if (found[k].Interval is { } interval && interval.Start <= published)
            {
                return new DateInterval(interval.Start, published);
            }
        }
        return null;
    }

    /// <summary>What is counted, from the words after the figure: "nearly 60,000 Russian army personnel are ..." → "Russian army personnel".</summary>
    private static string? ReadSubject(string text, Sentence sentence, FigureCandidate figure)
    {
        int i = Characters.SkipSpaces(text, figure.End, sentence.End);
        if (i == figure.End && i < sentence.End && char.IsLetter(text[i]))
        {
            return null;
        }
        var inSentence = text.AsSpan(0, sentence.End);
        int ofEnd = SpanScanner.PhraseEnd(inSentence, i, "of");
        if (ofEnd > 0)
        {
            i = Characters.SkipSpaces(text, ofEnd, sentence.End);
            int theEnd = SpanScanner.PhraseEnd(inSentence, i, "the");
            if (theEnd > 0)
            {
                i = Characters.SkipSpaces(text, theEnd, sentence.End);
            }
        }
        int start = i, end = i, words = 0;
        while (i < sentence.End && words < 5 && char.IsLetter(text[i]))
        {
            int wordEnd = Characters.WordEnd(text, i, sentence.End);
            while (wordEnd + 1 < sentence.End && Characters.IsDash(text[wordEnd]) && char.IsLetterOrDigit(text[wordEnd + 1]))
            {
                wordEnd = Characters.WordEnd(text, wordEnd + 1, sentence.End); // "F-16 jets"
            }
            var word = text.AsSpan(i, wordEnd - i);
            if (char.IsLower(word[0]) && (SubjectStops.Contains(word) || word.EndsWith("ly", StringComparison.Ordinal)))
            {
                break;
            }
            end = wordEnd;
            words++;
            int next = Characters.SkipSpaces(text, wordEnd, sentence.End);
            if (next == wordEnd)
            {
                break;
            }
            i = next;
        }
        return end > start ? text[start..end] : null;
    }

    /// <summary>Where, from "in/near/around ..." followed by a capitalised name: first after the figure, else the nearest before it.</summary>
    private static string? ReadPlace(string text, Sentence sentence, FigureCandidate figure, IReadOnlyList<Cue> cues)
    {
        string? before = null;
        int i = Math.Max(sentence.Start, figure.Start - PlaceWindow);
        int end = Math.Min(sentence.End, figure.End + PlaceWindow);
        while (i < end)
        {
            if (!char.IsLower(text[i]) || (i > sentence.Start && char.IsLetter(text[i - 1])))
            {
                i++;
                continue;
            }
            int wordEnd = Characters.WordEnd(text, i, sentence.End);
            if (i >= figure.Start && i < figure.End)
            {
                i = wordEnd;
                continue;
            }
            if (PlacePrepositions.Contains(text.AsSpan(i, wordEnd - i)) && !IsInsideCue(i, cues) && TryReadPlaceName(text, sentence, wordEnd, out string? place))
            {
                if (i >= figure.End)
                {
                    return place;
                }
                before = place;
            }
            i = Math.Max(i + 1, wordEnd);
        }
        return before;
    }

    /// <summary>How far (in characters) from the figure a place is looked for.</summary>
    private const int PlaceWindow = 160;

    private static bool TryReadPlaceName(string text, Sentence sentence, int from, out string? place)
    {
        place = null;
        int i = Characters.SkipSpaces(text, from, sentence.End);
        if (i == from)
        {
            return false;
        }
        int theEnd = SpanScanner.PhraseEnd(text.AsSpan(0, sentence.End), i, "the");
        if (theEnd > 0)
        {
            i = Characters.SkipSpaces(text, theEnd, sentence.End);
        }
        int start = i;
        int wordEnd = Characters.WordEnd(text, i, sentence.End);
        if (wordEnd > i && PlaceAdjectives.Contains(text.AsSpan(i, wordEnd - i)))
        {
            i = Characters.SkipSpaces(text, wordEnd, sentence.End);
        }
        int end = i;
        int words = 0;
        while (i < sentence.End && char.IsUpper(text[i]) && words < 4)
        {
            wordEnd = Characters.WordEnd(text, i, sentence.End);
            var word = text.AsSpan(i, wordEnd - i);
            if (ArticleWords.MonthOf(word) != 0 || ArticleWords.IsWeekday(word) || (words == 0 && NotPlaces.Contains(word)))
            {
                break;
            }
            if (word.Length > 2 && Characters.IsApostrophe(word[^2]) && word[^1] == 's')
            {
                // "Russia's Kursk Oblast": the possessor only narrows the name that follows.
                int next = Characters.SkipSpaces(text, wordEnd, sentence.End);
                if (next < sentence.End && char.IsUpper(text[next]))
                {
                    start = next;
                    i = next;
                    continue;
                }
                break;
            }
            end = wordEnd;
            words++;
            int after = Characters.SkipSpaces(text, wordEnd, sentence.End);
            if (after == wordEnd)
            {
                break;
            }
            i = after;
        }
        if (words == 0)
        {
            return false;
        }
        int suffix = Characters.SkipSpaces(text, end, sentence.End);
        int suffixEnd = Characters.WordEnd(text, suffix, sentence.End);
        if (suffix > end && PlaceSuffixes.Contains(text.AsSpan(suffix, suffixEnd - suffix)) && char.IsLower(text[suffix]))
        {
            end = suffixEnd;
        }
        place = text[start..end];
        return true;
    }
}
