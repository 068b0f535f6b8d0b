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

    private Cue[][] cues = [];

    internal readonly Dictionary<(int Speaker, int Recipient, int Cited, LocalDate? Date), Attribution> Chains = [];

    internal readonly Dictionary<int, Attribution> ChainsByValue = [];

    internal readonly List<FigureProposal> Proposals = [];

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

    /// <summary>An array of at least <paramref name="count"/> sentence clause arrays, cleared.</summary>
    internal Cue[][] Cues(int count)
    {
        if (cues.Length < count)
        {
            cues = new Cue[count][];
        }
        return cues;
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
