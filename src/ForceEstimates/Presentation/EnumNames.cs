using System;

namespace ForceEstimates.Presentation;

/// <summary>
/// Reads an enum value from its name only: <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> also takes
/// numbers (" 1") and combinations ("Military, Government", which is IntelligenceService by its bits), and a file
/// that says either means something other than what it says.
/// </summary>
internal static class EnumNames
{
    /// <summary>Reads one of the enum's names, case-insensitive.</summary>
    /// <param name="text">The text.</param>
    /// <param name="allowSpaces">Whether spaces between the words of a name may be written ("Intelligence Service"), as people write them in hand-made files.</param>
    /// <param name="value">The value read.</param>
    internal static bool TryParse<TEnum>(string text, bool allowSpaces, out TEnum value)
        where TEnum : struct, Enum
    {
        var name = allowSpaces && text.Contains(' ', StringComparison.Ordinal) && text.Trim().Length == text.Length
            ? text.Replace(" ", "", StringComparison.Ordinal)
            : text;
        foreach (var candidate in Enum.GetNames<TEnum>())
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            {
                value = Enum.Parse<TEnum>(candidate);
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>"Expected one of A, B, C, but got "text"."</summary>
    internal static string Expected<TEnum>(string text)
        where TEnum : struct, Enum
        => $"Expected one of {string.Join(", ", Enum.GetNames<TEnum>())}, but got {Excerpt.Quote(text)}.";
}
