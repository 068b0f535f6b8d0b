using System;
using NodaTime;

namespace ForceEstimates.Extraction;

/// <summary>
/// One link of an attribution chain as the article names it: a person, an office, an anonymous
/// source, a news agency or an outlet. <see cref="Name"/> is the normalised name (a known agency's
/// own spelling, "Interfax-Ukraine" for "Interfax Ukraine"; otherwise the words as written without a
/// leading article); <see cref="AsWritten"/> keeps the article's words. Immutable and thread-safe.
/// </summary>
public sealed class AttributedSource : IEquatable<AttributedSource>
{
    private AttributedSource(string name, string asWritten, string? description, bool isAnonymous, bool isKnown, LocalDate? statedOn)
    {
        Name = name;
        AsWritten = asWritten;
        Description = description;
        IsAnonymous = isAnonymous;
        IsKnown = isKnown;
        StatedOn = statedOn;
    }

    /// <summary>The normalised name ("Interfax-Ukraine", "Vadym Skibitskyi", "source in Ukraine's General Staff").</summary>
    public string Name { get; }

    /// <summary>The words as written in the article ("Interfax Ukraine", "a source in Ukraine's General Staff").</summary>
    public string AsWritten { get; }

    /// <summary>What the article says the source is, when it says it in apposition ("the deputy head of Ukraine's military intelligence agency (HUR)"), or null.</summary>
    public string? Description { get; }

    /// <summary>Whether the source is unnamed ("a source in ...", "officials", "a lawmaker").</summary>
    public bool IsAnonymous { get; }

    /// <summary>Whether the name is one of the extractor's known sources (agencies, outlets, monitors), so <see cref="Name"/> is that source's own spelling.</summary>
    public bool IsKnown { get; }

    /// <summary>The date the article gives for this link's statement ("told Interfax Ukraine on Nov. 21"), or null.</summary>
    public LocalDate? StatedOn { get; }

    /// <summary>Creates a source link.</summary>
    /// <param name="name">The normalised name; not empty.</param>
    /// <param name="asWritten">The words as written; null means the same as <paramref name="name"/>.</param>
    /// <param name="description">An appositive description, or null.</param>
    /// <param name="isAnonymous">Whether the source is unnamed.</param>
    /// <param name="statedOn">The date of the statement, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> has no letter or digit (empty, white space, or marks only:
    /// a source named so could not become a <see cref="Source"/>).</exception>
    public static AttributedSource Of(string name, string? asWritten = null, string? description = null, bool isAnonymous = false, LocalDate? statedOn = null)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "Expected a source name, but got an empty one.");
        Preconditions.CheckArgument(Characters.HasLetterOrDigit(name), nameof(name),
            $"Expected a source name with a letter or digit, but got \"{name}\".");
        return new AttributedSource(name.Trim(), asWritten?.Trim() ?? name.Trim(), description, isAnonymous, false, statedOn);
    }

    internal static AttributedSource Read(string name, string asWritten, string? description, bool isAnonymous, bool isKnown, LocalDate? statedOn)
        => new(name, asWritten, description, isAnonymous, isKnown, statedOn);

    internal AttributedSource WithStatedOn(LocalDate? date) => date == StatedOn ? this : new(Name, AsWritten, Description, IsAnonymous, IsKnown, date);

    /// <summary>A hash of every field <see cref="IsIdentical"/> compares: identical links hash alike.</summary>
    internal int IdentityHash() => HashCode.Combine(Name, AsWritten, Description, IsAnonymous, IsKnown, StatedOn);

    /// <summary>Whether every field is alike (names and wordings compared ordinally): one may stand for the other in any output.</summary>
    internal bool IsIdentical(AttributedSource other)
        => ReferenceEquals(this, other)
           || (string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(AsWritten, other.AsWritten, StringComparison.Ordinal)
               && string.Equals(Description, other.Description, StringComparison.Ordinal) && IsAnonymous == other.IsAnonymous
               && IsKnown == other.IsKnown && StatedOn == other.StatedOn);

    /// <summary>Whether two links name the same source: <see cref="Name"/> compared ignoring case (the date and description do not count).</summary>
    /// <param name="other">The link to compare with.</param>
    public bool Equals(AttributedSource? other) => other is not null && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AttributedSource);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name);

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
