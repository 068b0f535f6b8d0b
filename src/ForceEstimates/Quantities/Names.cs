using System;
using System.Globalization;
using System.Text;

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
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// A looser key for identity: lower case, letters and digits only; dots and apostrophes are
    /// dropped, every other run of characters (spaces, hyphens, brackets, commas) becomes one
    /// space. So "Interfax-Ukraine" and "Interfax Ukraine" share the key "interfax ukraine", and
    /// "U.S. intelligence" and "US intelligence" the key "us intelligence".
    /// </summary>
    internal static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
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
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
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
