using System;
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
    internal static string CheckName(string? name, string paramName)
    {
        Preconditions.CheckNotNull(name, paramName);
        var tidy = Tidy(name!);
        Preconditions.CheckArgument(tidy.Length > 0, paramName, "Expected a name with at least one visible character, but got empty or blank text.");
        return tidy;
    }

    /// <summary>Checks a report id: not null, not blank; surrounding white space is trimmed. Ids compare ordinally.</summary>
    internal static string CheckId(string? id, string paramName)
    {
        Preconditions.CheckNotNull(id, paramName);
        var trimmed = id!.Trim();
        Preconditions.CheckArgument(trimmed.Length > 0, paramName, "Expected a report id with at least one visible character, but got empty or blank text.");
        return trimmed;
    }
}
