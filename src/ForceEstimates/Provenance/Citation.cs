using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ForceEstimates;

/// <summary>
/// One link in a chain of reporting: a <see cref="Source"/> that said or published the figure,
/// when (if known), and where (if known).
/// </summary>
/// <remarks>Equal when source (by identity), date and URL are equal. Immutable and thread-safe.</remarks>
public sealed class Citation : IEquatable<Citation>
{
    private Citation(Source source, LocalDate? date, Uri? url)
    {
        Source = source;
        Date = date;
        Url = url;
    }

    /// <summary>Makes a citation.</summary>
    /// <param name="source">Who said or published it.</param>
    /// <param name="date">When, or null when not known.</param>
    /// <param name="url">Where, an absolute URI, or null.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not absolute.</exception>
    public static Citation Of(Source source, LocalDate? date = null, Uri? url = null)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckArgument(url is null || url.IsAbsoluteUri, nameof(url), $"Expected an absolute URL, but got \"{url}\".");
        return new Citation(source, date, url);
    }

    /// <summary>Who said or published it.</summary>
    public Source Source { get; }

    /// <summary>When, or null when not known.</summary>
    public LocalDate? Date { get; }

    /// <summary>Where, or null.</summary>
    public Uri? Url { get; }

    /// <inheritdoc />
    public bool Equals(Citation? other)
        => other is not null && Source.Equals(other.Source) && Date == other.Date && Equals(Url, other.Url);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Citation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, Date, Url);

    /// <summary>Whether two citations are equal (both null counts as equal).</summary>
    /// <param name="left">The first citation.</param>
    /// <param name="right">The second citation.</param>
    public static bool operator ==(Citation? left, Citation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two citations differ.</summary>
    /// <param name="left">The first citation.</param>
    /// <param name="right">The second citation.</param>
    public static bool operator !=(Citation? left, Citation? right) => !(left == right);

    /// <summary>The source with its date in ISO form, e.g. "Reuters (2024-11-23)".</summary>
    public override string ToString()
        => Date is { } date ? string.Create(CultureInfo.InvariantCulture, $"{Source.Name} ({LocalDatePattern.Iso.Format(date)})") : Source.Name;
}
