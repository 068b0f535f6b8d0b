using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace ForceEstimates;

/// <summary>
/// Who says or passes on a figure: an origin such as "Ukraine's General Staff", a news agency such
/// as Reuters, an outlet such as the Kyiv Independent. It has a <see cref="Kind"/>, a
/// <see cref="Side"/> in the conflict, and may have other names (<see cref="Aliases"/>).
/// </summary>
/// <remarks>
/// <para><b>Identity.</b> A source is identified by its <see cref="Key"/>: the name in lower
/// case, dots and apostrophes dropped, and every other run of characters other than letters and
/// digits made one space, so "Interfax-Ukraine" and "Interfax Ukraine" are the same source, as
/// are "U.S. intelligence" and "US intelligence". <see cref="Equals(Source)"/>
/// and the hash compare keys only: kind, side and aliases describe the source, they do not
/// make another one. <see cref="IsSameAs(Source)"/> is the wider test aggregation uses: it also
/// matches through aliases ("HUR" and "Defence Intelligence of Ukraine" when one lists the
/// other). Two unnamed sources with the same description ("source in Ukraine's General Staff")
/// count as one, which errs on the side of not counting a voice twice.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Source : IEquatable<Source>
{
    private readonly string[] aliasKeys;

    private Source(string name, string key, SourceKind kind, ConflictSide side, bool isAnonymous, ReadOnlyCollection<string> aliases, string[] aliasKeys)
    {
        Name = name;
        Key = key;
        Kind = kind;
        Side = side;
        IsAnonymous = isAnonymous;
        Aliases = aliases;
        this.aliasKeys = aliasKeys;
    }

    /// <summary>Makes a source.</summary>
    /// <param name="name">The name as it should be shown ("Reuters", "Vadym Skibitskyi, deputy head of HUR"); must contain a letter or digit.</param>
    /// <param name="kind">What kind of body or person it is; a defined value (the obsolete <c>SourceKind.Anonymous</c> is read as <see cref="SourceKind.Unknown"/> with <paramref name="isAnonymous"/> true).</param>
    /// <param name="side">Its side in the conflict; a defined value.</param>
    /// <param name="aliases">Other names for the same source (null for none); each must contain a letter or digit.</param>
    /// <param name="isAnonymous">Whether the person speaking is not named (a "source in the General Staff"): the one way to say a source is anonymous. An unattributed figure ("current estimates") is <see cref="SourceKind.Unknown"/> and anonymous.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or an alias is null.</exception>
    /// <exception cref="ArgumentException">The name or an alias has no letter or digit, or <paramref name="kind"/> or <paramref name="side"/> is not a defined value.</exception>
    public static Source Of(string name, SourceKind kind, ConflictSide side, IEnumerable<string>? aliases = null, bool isAnonymous = false)
    {
        var tidy = Names.CheckName(name, nameof(name));
        var key = Names.Key(tidy);
        Preconditions.CheckArgument(key.Length > 0, nameof(name), $"Expected a source name with a letter or digit, but got \"{name}\".");
        // The obsolete SourceKind.Anonymous was a second way to say "not named": read it as the one way.
#pragma warning disable CS0618
        if (kind == SourceKind.Anonymous)
        {
            kind = SourceKind.Unknown;
            isAnonymous = true;
        }
#pragma warning restore CS0618
        Preconditions.CheckArgument(kind is >= SourceKind.Unknown and <= SourceKind.Analyst, nameof(kind), $"Expected a defined SourceKind, but got {(int)kind}.");
        Preconditions.CheckArgument(side is >= ConflictSide.Unknown and <= ConflictSide.Several, nameof(side), $"Expected a defined ConflictSide, but got {(int)side}.");
        // The lists are made for the first alias kept: most sources have none, or only their own name written another way.
        List<string>? names = null;
        List<string>? keys = null;
        var index = 0;
        foreach (var alias in aliases ?? [])
        {
            var tidyAlias = Names.CheckName(alias, nameof(aliases), index);
            var aliasKey = Names.Key(tidyAlias);
            Preconditions.CheckArgument(aliasKey.Length > 0, nameof(aliases), $"Expected alias {index} to have a letter or digit, but got \"{alias}\".");
            if (aliasKey != key && (keys is null || !keys.Contains(aliasKey)))
            {
                (names ??= []).Add(tidyAlias);
                (keys ??= []).Add(aliasKey);
            }
            index++;
        }
        return new Source(tidy, key, kind, side, isAnonymous, names is null ? ReadOnlyCollection<string>.Empty : names.AsReadOnly(), keys is null ? [] : [.. keys]);
    }

    /// <summary>The name, tidied (trimmed, runs of white space made one space).</summary>
    public string Name { get; }

    /// <summary>The identity key: the name lower-cased, dots and apostrophes dropped, other punctuation and spacing reduced to single spaces ("interfax ukraine").</summary>
    public string Key { get; }

    /// <summary>What kind of body or person it is.</summary>
    public SourceKind Kind { get; }

    /// <summary>Its side in the conflict.</summary>
    public ConflictSide Side { get; }

    /// <summary>Whether the speaker is not named (the <c>isAnonymous</c> given to <see cref="Of"/>).</summary>
    public bool IsAnonymous { get; }

    /// <summary>Other names of the same source, tidied; names whose key equals <see cref="Key"/> or an earlier alias are dropped.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The keys of the aliases (not of the name).</summary>
    internal IReadOnlyList<string> AliasKeys => aliasKeys;

    /// <summary>Whether it names aliases (then <see cref="IsSameAs(Source)"/> is more than the equality of keys).</summary>
    internal bool HasAliases => aliasKeys.Length > 0;

    /// <summary>Whether <paramref name="name"/> is this source's name or one of its aliases, after the <see cref="Key"/> normalisation.</summary>
    /// <param name="name">A name.</param>
    /// <returns>True when the name's key matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool IsKnownAs(string name)
    {
        Preconditions.CheckNotNull(name);
        var key = Names.Key(name);
        return key.Length > 0 && (key == Key || Array.IndexOf(aliasKeys, key) >= 0);
    }

    /// <summary>Whether <paramref name="other"/> is the same source by name or alias: some name of one matches some name of the other.</summary>
    /// <param name="other">The other source.</param>
    /// <returns>True when the two are one source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsSameAs(Source other)
    {
        Preconditions.CheckNotNull(other);
        if (Key == other.Key || Array.IndexOf(aliasKeys, other.Key) >= 0)
        {
            return true;
        }
        foreach (var key in other.aliasKeys)
        {
            if (key == Key || Array.IndexOf(aliasKeys, key) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>This source with more aliases.</summary>
    /// <param name="aliases">The names to add.</param>
    /// <returns>A new source with the aliases appended.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aliases"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">An alias has no letter or digit.</exception>
    public Source WithAliases(params string[] aliases)
    {
        Preconditions.CheckNotNull(aliases);
        return Of(Name, Kind, Side, Aliases.Concat(aliases), IsAnonymous);
    }

    /// <summary>Same identity: equal <see cref="Key"/>s (see the remarks on identity).</summary>
    /// <param name="other">The other source.</param>
    public bool Equals(Source? other) => other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Source);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <summary>Whether two sources have the same identity (both null counts as equal).</summary>
    /// <param name="left">The first source.</param>
    /// <param name="right">The second source.</param>
    public static bool operator ==(Source? left, Source? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two sources differ in identity.</summary>
    /// <param name="left">The first source.</param>
    /// <param name="right">The second source.</param>
    public static bool operator !=(Source? left, Source? right) => !(left == right);

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
