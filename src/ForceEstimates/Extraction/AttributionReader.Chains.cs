using System;
using System.Collections.Generic;
using NodaTime;

namespace ForceEstimates.Extraction;

/// <summary>Chains of sources: cited sources first, then the speaker, then the recipient; built once per speaker, recipient and date.</summary>
internal sealed partial class AttributionReader
{
    /// <summary>Chains already built, by the speakers and date that make them: most clauses repeat one ("the General Staff said"). The workspace's, empty at the start.</summary>
    private readonly Dictionary<(int Speaker, int Recipient, int Cited, LocalDate? Date), Attribution> chains;

    /// <summary>How many speakers the article has named so far: the last <see cref="Speaker.Id"/>.</summary>
    private int speakerCount;

    private void BuildChain(Cue cue)
    {
        Speaker? cited = cue.Cited is { Count: 1 } one ? one[0] : null;
        bool memo = cue.Cited is null || cited is not null;
        var key = (cue.Speaker!.Id, cue.Recipient?.Id ?? 0, cited?.Id ?? 0, cue.Date?.End);
        if (memo && chains.TryGetValue(key, out var known))
        {
            cue.Chain = known;
            return;
        }
        BuildNewChain(cue);
        if (memo)
        {
            chains[key] = cue.Chain;
        }
    }

    /// <summary>
    /// Gives <paramref name="speaker"/> a fuller name a later mention made known ("the defence ministry" after a headline's
    /// "Ministry") and builds again the chains of the clauses already read that name it, so every figure it speaks for names it
    /// alike. Rare: the memo by speaker is cleared and only the earlier sentences' clauses that name the speaker are rebuilt.
    /// </summary>
    private void Rename(Speaker speaker, AttributedSource fuller)
    {
        speaker.Source = fuller;
        int at = speakers.LastIndexOf(speaker);
        if (at >= 0)
        {
            speakerKeys[at] = SpeakerKey.Of(speaker); // the look back passes speakers by their name's length and hash: the new name's
        }
        speaker.Chain = null;
        chains.Clear();
        for (int s = 0; s < currentSentence; s++)
        {
            foreach (var cue in cues[s])
            {
                if (cue.Speaker == speaker || cue.Recipient == speaker || (cue.Cited is not null && cue.Cited.Contains(speaker)))
                {
                    BuildNewChain(cue);
                }
            }
        }
    }

    /// <summary>The links of the chain being built: one list for all the clauses of an article.</summary>
    private readonly List<AttributedSource> links = [];

    private void BuildNewChain(Cue cue)
    {
        links.Clear();
        if (cue.Cited is not null)
        {
            foreach (var cited in cue.Cited)
            {
                AddChain(links, cited);
            }
        }
        var speaker = cue.Speaker!;
        AddChain(links, speaker);
        if (cue.Recipient is not null)
        {
            AddLink(links, cue.Recipient.Source);
        }
        if (cue.Date is { } date && links.Count > 0)
        {
            // The statement's date belongs to the last link the clause names.
            int last = links.Count - 1;
            links[last] = links[last].WithStatedOn(date.End);
        }
        cue.Chain = ChainOf(0);
        if (cue.Cited is not null)
        {
            foreach (var cited in cue.Cited)
            {
                SetChainFrom(cited);
            }
        }
        SetChainFrom(speaker);
        if (cue.Recipient is not null)
        {
            SetChainFrom(cue.Recipient);
        }
    }

    /// <summary>Remembers the chain from <paramref name="speaker"/> on, the first time it is reported.</summary>
    private void SetChainFrom(Speaker speaker)
    {
        int at = links.IndexOf(speaker.Source);
        if (speaker.Chain is null && at >= 0)
        {
            speaker.Chain = ChainOf(at);
        }
    }

    /// <summary>
    /// Chains already built, by the hash of their links' values: "a senior official told Reuters" names a new speaker each
    /// time, so the memo by speaker misses, but the chain is the same to the last field and one immutable copy serves all.
    /// </summary>
    private readonly Dictionary<int, Attribution> chainsByValue = [];

    /// <summary>The chain of <see cref="links"/> from <paramref name="start"/> on (the caller keeps them distinct): an equal one built before, else a new one.</summary>
    private Attribution ChainOf(int start)
    {
        if (links.Count == start)
        {
            return Attribution.Empty;
        }
        var hash = new HashCode();
        for (int k = start; k < links.Count; k++)
        {
            hash.Add(links[k].IdentityHash());
        }
        int key = hash.ToHashCode();
        if (chainsByValue.TryGetValue(key, out var known) && known.HasLinks(links, start))
        {
            return known;
        }
        var made = Attribution.OfDistinct(links, start);
        chainsByValue[key] = made;
        return made;
    }

    private static void AddChain(List<AttributedSource> links, Speaker speaker)
    {
        if (speaker.Chain is { } chain)
        {
            foreach (var link in chain.Chain)
            {
                AddLink(links, link);
            }
        }
        else
        {
            AddLink(links, speaker.Source);
        }
    }

    private static void AddLink(List<AttributedSource> links, AttributedSource link)
    {
        if (!links.Contains(link))
        {
            links.Add(link);
        }
    }
}
