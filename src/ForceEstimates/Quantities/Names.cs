using System;
using System.Globalization;

namespace ForceEstimates;

/// <summary>
/// How names written by people (metrics, subjects, places, sources) are tidied and compared,
/// so that the same rule applies everywhere.
/// </summary>
internal static class Names
{
    /// <summary>The comparer for tidied names: ordinal and case-insensitive, so it does not depend on the culture.</summary>
    internal static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>Trims and collapses each run of white space to one space, keeping the writer's casing.</summary>
    internal static string Tidy(string text)
    {
        if (IsTidy(text))
        {
            return text; // most names are written tidy: no copy
        }
        // The tidy name is never longer than the text: written into one buffer, then one string.
        Span<char> tidy = text.Length <= StackLength ? stackalloc char[StackLength] : new char[text.Length];
        int length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace)
            {
                tidy[length++] = ' ';
                pendingSpace = false;
            }
            tidy[length++] = c;
        }
        return new string(tidy[..length]);
    }

    /// <summary>The longest name tidied or keyed in a buffer on the stack; a longer one takes an array.</summary>
    private const int StackLength = 256;

    /// <summary>Whether <see cref="Tidy"/> would return <paramref name="text"/> unchanged: no white space but single spaces between other characters.</summary>
    private static bool IsTidy(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ' ' ? i == 0 || i == text.Length - 1 || text[i - 1] == ' ' : char.IsWhiteSpace(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A looser key for identity: lower case, letters and digits only; dots and apostrophes are
    /// dropped, every other run of characters (spaces, hyphens, brackets, commas) becomes one
    /// space. So "Interfax-Ukraine" and "Interfax Ukraine" share the key "interfax ukraine", and
    /// "U.S. intelligence" and "US intelligence" the key "us intelligence".
    /// </summary>
    internal static string Key(string text)
    {
        if (IsKey(text))
        {
            return text; // already its own key ("kursk", "people"): no copy
        }
        // The key is never longer than the text: written into one buffer, then one string.
        Span<char> key = text.Length <= StackLength ? stackalloc char[StackLength] : new char[text.Length];
        int length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '.' or '\'' or '\u2019')
            {
                // Dropped, not spaced: "U.S." is "us", "H.U.R." is "hur".
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace)
            {
                key[length++] = ' ';
                pendingSpace = false;
            }
            key[length++] = char.ToLowerInvariant(c);
        }
        return new string(key[..length]);
    }

    /// <summary>Whether <see cref="Key"/> would return <paramref name="text"/> unchanged: letters and digits in lower case, single spaces between them.</summary>
    private static bool IsKey(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ' ' ? i == 0 || i == text.Length - 1 || text[i - 1] == ' ' : !char.IsLetterOrDigit(c) || char.ToLowerInvariant(c) != c)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Tidies a required name, rejecting null, empty and blank text.</summary>
    /// <param name="name">The name to check.</param>
    /// <param name="paramName">The argument it came from.</param>
    /// <param name="index">Its position when the argument is a list (the exception then names "paramName[index]"), or -1.</param>
    internal static string CheckName(string? name, string paramName, int index = -1)
    {
        var tidy = name is null ? throw new ArgumentNullException(Indexed(paramName, index)) : Tidy(name);
        return tidy.Length > 0 ? tidy
            : throw new ArgumentException("Expected a name with at least one visible character, but got empty or blank text.", Indexed(paramName, index));
    }

    /// <summary>Checks a report id: not null, not blank; surrounding white space is trimmed. Ids compare ordinally.</summary>
    /// <param name="id">The id to check.</param>
    /// <param name="paramName">The argument it came from.</param>
    /// <param name="index">Its position when the argument is a list (the exception then names "paramName[index]"), or -1.</param>
    internal static string CheckId(string? id, string paramName, int index = -1)
    {
        var trimmed = id is null ? throw new ArgumentNullException(Indexed(paramName, index)) : id.Trim();
        return trimmed.Length > 0 ? trimmed
            : throw new ArgumentException("Expected a report id with at least one visible character, but got empty or blank text.", Indexed(paramName, index));
    }

    // The element's name is only built for the exception: ids and aliases are checked one by one on every report.
    private static string Indexed(string paramName, int index)
        => index < 0 ? paramName : string.Create(CultureInfo.InvariantCulture, $"{paramName}[{index}]");
}
