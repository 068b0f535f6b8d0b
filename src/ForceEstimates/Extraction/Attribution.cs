using System;
using System.Collections.Generic;
using System.Linq;

namespace ForceEstimates.Extraction;

/// <summary>
/// Who a figure is attributed to and through whom, origin first: "source in Ukraine's General
/// Staff → Reuters → The Kyiv Independent". An empty attribution means the article states the
/// figure in its own voice. Immutable and thread-safe.
/// </summary>
public sealed class Attribution : IEquatable<Attribution>
{
    private readonly AttributedSource[] chain;

    private Attribution(AttributedSource[] chain) => this.chain = chain;

    /// <summary>The attribution of a figure the article states in its own voice.</summary>
    public static Attribution Empty { get; } = new([]);

    /// <summary>The chain, origin first, the outlet (when known) last.</summary>
    public IReadOnlyList<AttributedSource> Chain => chain;

    /// <summary>Where the figure comes from (the first link), or null when the chain is empty.</summary>
    public AttributedSource? Origin => chain.Length == 0 ? null : chain[0];

    /// <summary>Whether nobody is named.</summary>
    public bool IsEmpty => chain.Length == 0;

    /// <summary>Creates an attribution from a chain, origin first. Repeated links (same name) are kept once, at their first place.</summary>
    /// <param name="chain">The links, origin first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chain"/> or one of its links is null.</exception>
    public static Attribution Of(IEnumerable<AttributedSource> chain)
    {
        Preconditions.CheckNotNull(chain);
        var links = new List<AttributedSource>();
        foreach (var link in chain)
        {
            Preconditions.CheckArgument(link is not null, nameof(chain), "Expected every link of the chain to be a source, but one is null.");
            if (!links.Contains(link!))
            {
                links.Add(link!);
            }
        }
        return links.Count == 0 ? Empty : new Attribution([.. links]);
    }

    /// <summary>
    /// The chain of <paramref name="links"/> from <paramref name="start"/> on, which the caller has kept free of
    /// null and repeated links (what <see cref="Of"/> would check and drop): one array, no intermediate list.
    /// </summary>
    internal static Attribution OfDistinct(List<AttributedSource> links, int start = 0)
    {
        if (links.Count == start)
        {
            return Empty;
        }
        var array = new AttributedSource[links.Count - start];
        links.CopyTo(start, array, 0, array.Length);
        return new Attribution(array);
    }

    /// <summary>Whether this chain is <paramref name="links"/> from <paramref name="start"/> on, every field of every link alike (not only the names <see cref="Equals(Attribution?)"/> compares).</summary>
    internal bool HasLinks(List<AttributedSource> links, int start)
    {
        if (chain.Length != links.Count - start)
        {
            return false;
        }
        for (int k = 0; k < chain.Length; k++)
        {
            if (!chain[k].IsIdentical(links[start + k]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>This chain followed by <paramref name="next"/> (the one who relayed it), unless it is already in the chain.</summary>
    internal Attribution Then(AttributedSource next) => chain.Contains(next) ? this : new Attribution([.. chain, next]);

    /// <summary>This chain followed by the links of <paramref name="outer"/> that are not in it yet.</summary>
    internal Attribution Then(Attribution outer)
    {
        var result = this;
        foreach (var link in outer.chain)
        {
            result = result.Then(link);
        }
        return result;
    }

    /// <summary>Whether both chains list the same names in the same order.</summary>
    /// <param name="other">The attribution to compare with.</param>
    public bool Equals(Attribution? other) => other is not null && chain.SequenceEqual(other.chain);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Attribution);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var link in chain)
        {
            hash.Add(link);
        }
        return hash.ToHashCode();
    }

    /// <summary>The names, origin first, joined by " → "; empty for <see cref="Empty"/>.</summary>
    public override string ToString() => string.Join(" \u2192 ", chain.Select(link => link.Name));
}
