using System;

namespace ForceEstimates;

/// <summary>
/// What is measured about a subject: personnel, territory held, losses. The well-known metrics
/// are properties; any other is made with <see cref="Of(string)"/>.
/// </summary>
/// <remarks>
/// <para>Names are tidied (trimmed, runs of white space made one space) and compared ordinally
/// ignoring case, so "Territory  held" equals "territory held"; <see cref="Name"/> keeps the
/// casing first given.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Metric : IEquatable<Metric>
{
    private Metric(string name) => Name = name;

    /// <summary>How many people a force has in a place: "nearly 60,000 Russian army personnel".</summary>
    public static Metric Personnel { get; } = new("personnel");

    /// <summary>The area a side controls: "now we control approximately 800 square kilometres".</summary>
    public static Metric TerritoryHeld { get; } = new("territory held");

    /// <summary>Territory a side has lost, as an area or as a share of what it held: "lost over 40 per cent".</summary>
    public static Metric TerritoryLost { get; } = new("territory lost");

    /// <summary>Losses (killed, wounded, captured, or equipment destroyed, as the subject says).</summary>
    public static Metric Losses { get; } = new("losses");

    /// <summary>The metric with this name.</summary>
    /// <param name="name">The name; not blank.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static Metric Of(string name) => new(Names.CheckName(name, nameof(name)));

    /// <summary>The tidied name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public bool Equals(Metric? other) => other is not null && Names.Comparer.Equals(Name, other.Name);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Metric);

    /// <inheritdoc />
    public override int GetHashCode() => Names.Comparer.GetHashCode(Name);

    /// <summary>Whether two metrics are equal (both null counts as equal).</summary>
    /// <param name="left">The first metric.</param>
    /// <param name="right">The second metric.</param>
    public static bool operator ==(Metric? left, Metric? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two metrics differ.</summary>
    /// <param name="left">The first metric.</param>
    /// <param name="right">The second metric.</param>
    public static bool operator !=(Metric? left, Metric? right) => !(left == right);

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
