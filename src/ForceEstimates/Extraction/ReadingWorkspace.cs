using System;
using System.Collections.Generic;
using System.Threading;
using NodaTime;

namespace ForceEstimates.Extraction;

/// <summary>
/// The buffers one extraction reads an article with: the sentences and quotations, each sentence's figures and clauses,
/// the chain memos, the proposals (the lists and the proposals themselves) and the merge table. They live only while an article is read, and on a long text
/// several of them are larger than the large object heap's threshold (85,000 bytes): allocated per article they started a
/// background collection of the whole heap every few articles. One workspace is kept for the process and lent to one
/// extraction at a time (another extraction running meanwhile makes its own); nothing an extraction returns points into it.
/// </summary>
internal sealed class ReadingWorkspace
{
    /// <summary>The longest text whose buffers are kept for the next extraction: about 2 MB of buffers for 1 MB of news.</summary>
    private const int KeptTextLength = 2 * 1024 * 1024;

    /// <summary>How many figures a block holds: 48 KB, under the large object heap's threshold.</summary>
    internal const int FigureBlock = 512;

    private static ReadingWorkspace? spare;

    internal readonly List<Sentence> Sentences = [];

    internal readonly List<Quotation> Quotations = [];

    /// <summary>The blocks each sentence's figures are a view of; reused from the start for each article.</summary>
    private readonly List<FigureCandidate[]> blocks = [];

    private int blocksUsed;

    private ArraySegment<FigureCandidate>[] figuresBySentence = [];

    private ArraySegment<Cue>[] cues = [];

    private Cue?[] quotationCues = [];

    /// <summary>How many clauses a block holds: 64 KB, under the large object heap's threshold.</summary>
    private const int CueBlock = 8192;

    /// <summary>The blocks each sentence's clauses are a view of (an array per sentence was an object each); reused from the start for each article.</summary>
    private readonly List<Cue[]> cueBlocks = [];

    /// <summary>How many of <see cref="cueBlocks"/> this article has taken, and how many clauses the last of them holds.</summary>
    private int cueBlocksUsed, cuesInBlock;

    internal readonly Dictionary<(int Speaker, int Recipient, int Cited, LocalDate? Date), Attribution> Chains = [];

    internal readonly Dictionary<int, Attribution> ChainsByValue = [];

    internal readonly List<FigureProposal> Proposals = [];

    /// <summary>The article's speakers, in the order they were named (grown once, not per article).</summary>
    internal readonly List<Speaker> Speakers = [];

    /// <summary>What the reference window compares first of each speaker in <see cref="Speakers"/>, at the same index.</summary>
    internal readonly List<SpeakerKey> SpeakerKeys = [];

    /// <summary>The phrases a sentence's "citing", "quoting" or "quoted ... as saying" name, cleared for each sentence.</summary>
    internal readonly List<(int Start, int End)> Citations = [];

    /// <summary>The proposals made so far, for this article and earlier ones: the first <see cref="proposalsUsed"/> are this article's, the rest are cleared.</summary>
    private readonly List<FigureProposal> proposalsMade = [];

    private int proposalsUsed;

    /// <summary>Where the article's words end (its bit buffers are a quarter of the text's size).</summary>
    internal readonly WordMap Words = new();

    internal readonly List<FigureProposal> Kept = [];

    private int[] mergeTable = [];

    private int textLength;

    /// <summary>The kept workspace, cleared, or a new one when another extraction holds it.</summary>
    internal static ReadingWorkspace Take(string text)
    {
        var workspace = Interlocked.Exchange(ref spare, null) ?? new ReadingWorkspace();
        workspace.textLength = text.Length;
        return workspace;
    }

    /// <summary>Clears what points into the article and keeps the workspace for the next extraction (unless the text was very long).</summary>
    internal void Release()
    {
        Array.Clear(figuresBySentence);
        Array.Clear(cues);
        Array.Clear(quotationCues);
        for (int b = 0; b < cueBlocksUsed; b++)
        {
            Array.Clear(cueBlocks[b]);
        }
        cueBlocksUsed = 0;
        cuesInBlock = 0;
        for (int b = 0; b < blocksUsed; b++)
        {
            Array.Clear(blocks[b]);
        }
        blocksUsed = 0;
        Sentences.Clear();
        Quotations.Clear();
        Chains.Clear();
        ChainsByValue.Clear();
        Proposals.Clear();
        Speakers.Clear();
        SpeakerKeys.Clear();
        Citations.Clear();
        Kept.Clear();
        for (int p = 0; p < proposalsUsed; p++)
        {
            proposalsMade[p].Clear();
        }
        proposalsUsed = 0;
        Words.Forget();
        if (textLength <= KeptTextLength)
        {
            Volatile.Write(ref spare, this);
        }
    }

    /// <summary>An array of at least <paramref name="count"/> sentence figure views, cleared.</summary>
    internal ArraySegment<FigureCandidate>[] FiguresBySentence(int count)
    {
        if (figuresBySentence.Length < count)
        {
            figuresBySentence = new ArraySegment<FigureCandidate>[count];
        }
        return figuresBySentence;
    }

    /// <summary>An array of at least <paramref name="count"/> sentence clause views, cleared.</summary>
    internal ArraySegment<Cue>[] Cues(int count)
    {
        if (cues.Length < count)
        {
            cues = new ArraySegment<Cue>[count];
        }
        return cues;
    }

    /// <summary>An array of at least <paramref name="count"/> quotations' clauses, cleared.</summary>
    internal Cue?[] QuotationCues(int count)
    {
        if (quotationCues.Length < count)
        {
            quotationCues = new Cue?[count];
        }
        return quotationCues;
    }

    /// <summary>A copy of a sentence's clauses, <paramref name="found"/> (not empty), as a view of a block kept for later articles.</summary>
    internal ArraySegment<Cue> KeepCues(List<Cue> found)
    {
        int count = found.Count;
        if (cueBlocksUsed == 0 || cuesInBlock + count > cueBlocks[cueBlocksUsed - 1].Length)
        {
            while (cueBlocksUsed < cueBlocks.Count && cueBlocks[cueBlocksUsed].Length < count)
            {
                cueBlocksUsed++; // too small for these clauses: passed, and cleared (empty) with the others
            }
            if (cueBlocksUsed == cueBlocks.Count)
            {
                cueBlocks.Add(new Cue[Math.Max(count, CueBlock)]);
            }
            cueBlocksUsed++;
            cuesInBlock = 0;
        }
        var block = cueBlocks[cueBlocksUsed - 1];
        found.CopyTo(block, cuesInBlock);
        var kept = new ArraySegment<Cue>(block, cuesInBlock, count);
        cuesInBlock += count;
        return kept;
    }

    /// <summary>The next empty block of figures, of at least <paramref name="count"/> figures.</summary>
    internal FigureCandidate[] NextBlock(int count)
    {
        while (blocksUsed < blocks.Count)
        {
            var block = blocks[blocksUsed++];
            if (block.Length >= count)
            {
                return block;
            }
        }
        var made = new FigureCandidate[Math.Max(count, FigureBlock)];
        blocks.Add(made);
        blocksUsed = blocks.Count;
        return made;
    }

    /// <summary>A proposal as new (<see cref="FigureProposal.Clear"/>), reused from an earlier article where there is one.</summary>
    internal FigureProposal NextProposal()
    {
        if (proposalsUsed == proposalsMade.Count)
        {
            proposalsMade.Add(new FigureProposal());
        }
        return proposalsMade[proposalsUsed++];
    }

    /// <summary>The merge table of <paramref name="length"/> integers, cleared.</summary>
    internal int[] MergeTable(int length)
    {
        if (mergeTable.Length < length)
        {
            mergeTable = new int[length];
        }
        else
        {
            Array.Clear(mergeTable, 0, length);
        }
        return mergeTable;
    }
}
