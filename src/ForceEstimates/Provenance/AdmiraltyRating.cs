using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ForceEstimates;

/// <summary>
/// An Admiralty rating (NATO STANAG 2511, AJP-2.1): the <see cref="Reliability"/> of the source,
/// A to F, and the <see cref="Credibility"/> of the information, 1 to 6, written together as
/// "B2" (a usually reliable source, information probably true).
/// </summary>
/// <remarks>
/// <para>F and 6 mean "cannot be judged": there is no basis for a judgement. They are not the
/// worst grades (those are E and 5), which is why the rating has no order: sorting "F6" after
/// "E5" would treat not knowing as knowing the worst. Aggregation treats F and 6 as neutral.</para>
/// <para>The default value is <see cref="Unrated"/>, F6.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public readonly struct AdmiraltyRating : IEquatable<AdmiraltyRating>
{
    // Stored as 0 for "cannot be judged" so that default(AdmiraltyRating) is F6, the honest "no rating".
    private readonly byte reliability;
    private readonly byte credibility;

    private AdmiraltyRating(SourceReliability reliability, InformationCredibility credibility)
    {
        this.reliability = reliability == SourceReliability.CannotBeJudged ? (byte)0 : (byte)reliability;
        this.credibility = credibility == InformationCredibility.CannotBeJudged ? (byte)0 : (byte)credibility;
    }

    /// <summary>F6: neither the source nor the information can be judged. Equal to <c>default</c>.</summary>
    public static AdmiraltyRating Unrated => default;

    /// <summary>The source's reliability, A (completely reliable) to E (unreliable), or F (cannot be judged).</summary>
    public SourceReliability Reliability => reliability == 0 ? SourceReliability.CannotBeJudged : (SourceReliability)reliability;

    /// <summary>The information's credibility, 1 (confirmed) to 5 (improbable), or 6 (cannot be judged).</summary>
    public InformationCredibility Credibility => credibility == 0 ? InformationCredibility.CannotBeJudged : (InformationCredibility)credibility;

    /// <summary>The reliability letter, 'A' to 'F'.</summary>
    public char ReliabilityLetter => (char)('A' + (int)Reliability - 1);

    /// <summary>The credibility digit, 1 to 6.</summary>
    public int CredibilityDigit => (int)Credibility;

    /// <summary>Whether the source can be judged (not F).</summary>
    public bool IsReliabilityJudged => reliability != 0;

    /// <summary>Whether the information can be judged (not 6).</summary>
    public bool IsCredibilityJudged => credibility != 0;

    /// <summary>Makes a rating from its two parts.</summary>
    /// <param name="reliability">The source's reliability; a defined value.</param>
    /// <param name="credibility">The information's credibility; a defined value.</param>
    /// <returns>The rating.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is not a defined value.</exception>
    public static AdmiraltyRating Of(SourceReliability reliability, InformationCredibility credibility)
    {
        if (reliability is < SourceReliability.CompletelyReliable or > SourceReliability.CannotBeJudged)
        {
            throw new ArgumentOutOfRangeException(nameof(reliability), reliability, "Expected a source reliability A to F (1 to 6).");
        }
        if (credibility is < InformationCredibility.Confirmed or > InformationCredibility.CannotBeJudged)
        {
            throw new ArgumentOutOfRangeException(nameof(credibility), credibility, "Expected an information credibility 1 to 6.");
        }
        return new AdmiraltyRating(reliability, credibility);
    }

    /// <summary>Reads a rating written as a letter A–F and a digit 1–6, such as "B2" or "f6" (case-insensitive; white space around it is ignored).</summary>
    /// <param name="text">The rating text.</param>
    /// <returns>The rating.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a rating; the message names the text and the position of the problem.</exception>
    public static AdmiraltyRating Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var (rating, error) = Read(text);
        return error is null ? rating : throw new FormatException(error);
    }

    /// <summary>Tries to read a rating as <see cref="Parse(string)"/> does.</summary>
    /// <param name="text">The rating text; null gives false.</param>
    /// <param name="rating">The rating, or <see cref="Unrated"/> when the text is not a rating.</param>
    /// <returns>Whether the text was read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AdmiraltyRating rating)
    {
        if (text is null)
        {
            rating = default;
            return false;
        }
        (rating, var error) = Read(text);
        return error is null;
    }

    private static (AdmiraltyRating Rating, string? Error) Read(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end == start)
        {
            return (default, Problem(text, start, "expected a letter A to F followed by a digit 1 to 6, but the text is empty"));
        }
        var letter = char.ToUpperInvariant(text[start]);
        if (letter is < 'A' or > 'F')
        {
            return (default, Problem(text, start, $"expected a reliability letter A to F, but found '{text[start]}'"));
        }
        if (end - start < 2)
        {
            return (default, Problem(text, start + 1, "expected a credibility digit 1 to 6 after the letter, but the text ends"));
        }
        var digit = text[start + 1];
        if (digit is < '1' or > '6')
        {
            return (default, Problem(text, start + 1, $"expected a credibility digit 1 to 6, but found '{digit}'"));
        }
        if (end - start > 2)
        {
            return (default, Problem(text, start + 2, $"expected the end of the rating, but found '{text[start + 2]}'"));
        }
        return (new AdmiraltyRating((SourceReliability)(letter - 'A' + 1), (InformationCredibility)(digit - '0')), null);
    }

    private static string Problem(string text, int position, string what)
        => string.Create(CultureInfo.InvariantCulture, $"Cannot read \"{text}\" as an Admiralty rating at position {position}: {what}.");

    /// <inheritdoc />
    public bool Equals(AdmiraltyRating other) => reliability == other.reliability && credibility == other.credibility;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AdmiraltyRating other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (reliability << 8) | credibility;

    /// <summary>Whether two ratings are equal.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    public static bool operator ==(AdmiraltyRating left, AdmiraltyRating right) => left.Equals(right);

    /// <summary>Whether two ratings differ.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    public static bool operator !=(AdmiraltyRating left, AdmiraltyRating right) => !left.Equals(right);

    /// <summary>The rating as written, e.g. "B2"; <see cref="Parse(string)"/> reads it back.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ReliabilityLetter}{CredibilityDigit}");
}
