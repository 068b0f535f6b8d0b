using System;
using System.Collections.Generic;
using NodaTime;

namespace ForceEstimates.Extraction;

/// <summary>
/// Reads who says what in an article: the reporting clauses of every sentence (outside quotations),
/// who each quotation belongs to (the clause after or before it, else the quotation before it in the
/// paragraph), and which speaker a definite description ("the source"), a pronoun or a surname
/// refers back to. The chain of a figure is the clause nearest before it in its sentence (else the
/// nearest after), any source it cites first, and a clause after the figure that relays it last.
/// </summary>
/// <remarks>
/// One file per seam: this one walks sentences and attributes figures; <c>.Cues</c> reads reporting
/// clauses and quotations, <c>.Speakers</c> resolves who a phrase names, <c>.Chains</c> builds the
/// chains of sources, <c>.Phrases</c> finds where a speaker's noun phrase starts and ends.
/// </remarks>
internal sealed partial class AttributionReader
{
    private readonly string text;
    private readonly ArticleLayout layout;
    private readonly KnownSources known;
    private readonly LocalDate published;

    private readonly List<Cue>[] cues;
    private readonly Cue?[] quotationCues;

    internal AttributionReader(string text, ArticleLayout layout, KnownSources known, LocalDate published, List<FigureCandidate>[] figuresBySentence)
    {
        this.text = text;
        this.layout = layout;
        this.known = known;
        this.published = published;
        cues = new List<Cue>[layout.Sentences.Count];
        for (int s = 0; s < cues.Length; s++)
        {
            cues[s] = ReadSentence(layout.Sentences[s], figuresBySentence[s]);
        }
        quotationCues = new Cue?[layout.Quotations.Count];
        for (int q = 0; q < quotationCues.Length; q++)
        {
            quotationCues[q] = FindQuotationCue(q);
        }
    }

    /// <summary>The clauses found in sentence <paramref name="sentence"/>.</summary>
    internal IReadOnlyList<Cue> CuesOf(int sentence) => cues[sentence];

    /// <summary>The clause a figure is attributed through, and the chain it gives the figure.</summary>
    internal Attribution Attribute(FigureCandidate figure, int sentence, out Cue? primary)
    {
        int quotation = layout.QuotationAt(figure.Start);
        if (quotation >= 0)
        {
            primary = quotationCues[quotation];
            return primary?.Chain ?? Attribution.Empty;
        }
        var list = cues[sentence];
        int next = FirstCueAfter(list, figure.Start);
        Cue? after = next < list.Count ? list[next] : null;
        primary = null;
        for (int k = next - 1; k >= 0 && k >= next - 3; k--)
        {
            // A clause whose speaker phrase holds the figure ("the 47th brigade said") does not attribute it.
            if (!(list[k].Start <= figure.Start && figure.Start < list[k].End))
            {
                primary = list[k];
                break;
            }
        }
        if (primary is null)
        {
            primary = after;
            return after?.Chain ?? Attribution.Empty;
        }
        return after is { IsRelay: true } && !after.Chain.IsEmpty ? primary.Chain.Then(after.Chain) : primary.Chain;
    }

    /// <summary>The index of the first clause whose verb starts after <paramref name="position"/> (clauses are in text order).</summary>
    internal static int FirstCueAfter(IReadOnlyList<Cue> list, int position)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (list[mid].VerbStart > position)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /// <summary>The index of the first figure starting at or after <paramref name="position"/> (figures are in text order).</summary>
    private static int FirstFigureFrom(List<FigureCandidate> figures, int position)
    {
        int lo = 0, hi = figures.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (figures[mid].Start >= position)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static readonly List<Cue> NoCues = [];

    private List<Cue> ReadSentence(Sentence sentence, List<FigureCandidate> figures)
    {
        List<Cue>? found = null;
        List<(int Start, int End)>? citations = null;
        int i = sentence.Start;
        while (i < sentence.End)
        {
            if (!char.IsLetter(text[i]) || (i > sentence.Start && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }
            int wordEnd = Characters.WordEnd(text, i, sentence.End);
            int length = wordEnd - i;
            if (length >= 3 && length <= 10 && (char.IsLower(text[i]) || text[i] == 'A') && IsVerb(text.AsSpan(i, length)) && layout.QuotationAt(i) < 0)
            {
                if (text.AsSpan(i, length).Equals("citing", StringComparison.Ordinal))
                {
                    int npStart = Characters.SkipSpaces(text, wordEnd, sentence.End);
                    int npEnd = ReadPhraseForward(npStart, sentence, figures);
                    if (npEnd > npStart)
                    {
                        (citations ??= []).Add((npStart, npEnd));
                    }
                }
                else if (!IsNounUse(i, sentence.Start))
                {
                    var cue = ReadCue(i, wordEnd, sentence, figures, found ?? NoCues);
                    if (cue is not null)
                    {
                        (found ??= []).Add(cue);
                    }
                }
            }
            i = Math.Max(i + 1, wordEnd);
        }
        if (found is null && HeadlineSpeaker(sentence, figures) is { } headline)
        {
            found = [headline];
        }
        if (found is null)
        {
            return NoCues;
        }
        if (citations is not null)
        {
            foreach (var (start, end) in citations)
            {
                int after = FirstCueAfter(found, start);
                Cue? owner = after > 0 ? found[after - 1] : null;
                owner ??= found.Count > 0 ? found[0] : null;
                if (owner is not null)
                {
                    var cited = Resolve(start, end, null);
                    if (cited is not null)
                    {
                        (owner.Cited ??= []).Add(cited);
                    }
                }
            }
        }
        for (int c = 0; c < found.Count; c++)
        {
            var cue = found[c];
            int limit = c + 1 < found.Count ? found[c + 1].VerbStart : sentence.End;
            int firstAfter = FirstFigureFrom(figures, cue.VerbEnd + 1);
            cue.IsRelay = firstAfter >= figures.Count || figures[firstAfter].Start >= limit;
            BuildChain(cue);
        }
        return found;
    }
}
