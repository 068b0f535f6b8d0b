using System;
using System.Globalization;

namespace ForceEstimates.Extraction;

/// <summary>Where a figure is mentioned in the text: [<see cref="Start"/>, <see cref="Start"/> + <see cref="Length"/>) in UTF-16 code units. Immutable.</summary>
public readonly struct FigureMention : IEquatable<FigureMention>
{
    internal FigureMention(int start, int length)
    {
        Start = start;
        Length = length;
    }

    /// <summary>The index of the mention's first character in the text.</summary>
    public int Start { get; }

    /// <summary>The mention's length in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The index just after the mention.</summary>
    public int End => Start + Length;

    /// <summary>Whether both mentions cover the same characters.</summary>
    /// <param name="other">The mention to compare with.</param>
    public bool Equals(FigureMention other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FigureMention other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Length);

    /// <summary>Equality of spans.</summary>
    /// <param name="left">The first mention.</param>
    /// <param name="right">The second mention.</param>
    public static bool operator ==(FigureMention left, FigureMention right) => left.Equals(right);

    /// <summary>Inequality of spans.</summary>
    /// <param name="left">The first mention.</param>
    /// <param name="right">The second mention.</param>
    public static bool operator !=(FigureMention left, FigureMention right) => !left.Equals(right);

    /// <summary>"[start, end)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}, {End})");
}
