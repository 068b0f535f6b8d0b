using System;
using System.Diagnostics.CodeAnalysis;
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
    /// <param name="date">When, or null when not known; in any calendar, kept as an ISO date.</param>
    /// <param name="url">Where: an absolute http or https URL, or null.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute http or https URL ("javascript:…", "file:…" and relative paths are refused).</exception>
    public static Citation Of(Source source, LocalDate? date = null, Uri? url = null)
    {
        Preconditions.CheckNotNull(source);
        if (url is not null && !IsWebAddress(url))
        {
            throw new ArgumentException(NotAWebAddress(url.OriginalString), nameof(url));
        }
        return new Citation(source, date is { } day ? Dates.Iso(day) : null, url);
    }

    // A citation's address is shown as a link in HTML and written to files: only web addresses are safe to follow
    // (a "javascript:" URL runs code when clicked; "/relative/path" is taken as a local file on Unix).
    internal static bool IsWebAddress(Uri url)
        => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) && url.Host.Length > 0;

    /// <summary>Reads a web address as <see cref="Of"/> accepts it, or gives the reason it is refused.</summary>
    internal static bool TryParseWebAddress(string text, [NotNullWhen(true)] out Uri? url, [NotNullWhen(false)] out string? problem)
    {
        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out url) && IsWebAddress(url))
        {
            problem = null;
            return true;
        }
        url = null;
        problem = NotAWebAddress(text);
        return false;
    }

    private static string NotAWebAddress(string text)
        => $"Expected an absolute http or https URL, but got {Excerpt.Quote(text)}.";

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
