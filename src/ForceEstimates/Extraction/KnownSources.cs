using System;
using System.Collections.Generic;

namespace ForceEstimates.Extraction;

/// <summary>
/// Sources the extractor recognises by name whatever the spelling: news agencies, outlets and
/// monitors that wire reports cite, each with the aliases articles use ("Interfax Ukraine" for
/// Interfax-Ukraine, "AP" for the Associated Press). Names compare ignoring case, spaces,
/// hyphens, full stops and a leading "the". Immutable; <see cref="With"/> returns a copy.
/// </summary>
internal sealed class KnownSources
{
    internal static readonly KnownSources Default = new KnownSources(new Dictionary<string, string>(StringComparer.Ordinal))
        .With("Reuters")
        .With("The Associated Press", "Associated Press", "AP")
        .With("Agence France-Presse", "AFP", "France-Presse")
        .With("Interfax-Ukraine", "Interfax Ukraine")
        .With("Interfax")
        .With("TASS", "Tass")
        .With("RIA Novosti", "RIA")
        .With("Ukrinform")
        .With("Ukrainska Pravda")
        .With("The Kyiv Independent", "Kyiv Independent")
        .With("The Kyiv Post", "Kyiv Post")
        .With("The Telegraph", "Daily Telegraph")
        .With("The Economist")
        .With("The Times")
        .With("The Times of Israel", "Times of Israel")
        .With("The Guardian", "Guardian")
        .With("The New York Times", "New York Times", "NYT")
        .With("The Washington Post", "Washington Post")
        .With("The Wall Street Journal", "Wall Street Journal", "WSJ")
        .With("Financial Times", "FT")
        .With("BBC", "BBC News")
        .With("CNN")
        .With("Bloomberg")
        .With("Politico")
        .With("Meduza")
        .With("Mediazona")
        .With("Institute for the Study of War", "ISW")
        .With("DeepState", "Deep State")
        .With("Oryx")
        .With("Yonhap")
        .With("Suspilne");

    private readonly Dictionary<string, string> names;

    private KnownSources(Dictionary<string, string> names) => this.names = names;

    /// <summary>A copy that also knows <paramref name="name"/> under its aliases.</summary>
    internal KnownSources With(string name, params string[] aliases)
    {
        var copy = new Dictionary<string, string>(names, StringComparer.Ordinal)
        {
            [Key(name)] = name,
        };
        foreach (string alias in aliases)
        {
            copy[Key(alias)] = name;
        }
        return new KnownSources(copy);
    }

    /// <summary>The known source's own name for <paramref name="written"/>, or null.</summary>
    internal string? Find(ReadOnlySpan<char> written)
    {
        // Asked for every capitalised phrase a clause names: the key is built on the stack, not as a string.
        Span<char> buffer = written.Length <= 128 ? stackalloc char[written.Length] : new char[written.Length];
        var key = KeyOf(written, buffer);
        if (key.IsEmpty)
        {
            return null;
        }
#if NET9_0_OR_GREATER
        return names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out string? name) ? name : null;
#else
        return names.TryGetValue(new string(key), out string? name) ? name : null;
#endif
    }

    private static string Key(ReadOnlySpan<char> written)
    {
        Span<char> buffer = written.Length <= 128 ? stackalloc char[written.Length] : new char[written.Length];
        return new string(KeyOf(written, buffer));
    }

    /// <summary>The letters and digits of <paramref name="written"/> in lower case, without a leading "the ", written into <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> KeyOf(ReadOnlySpan<char> written, Span<char> buffer)
    {
        written = written.Trim();
        if (written.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            written = written[4..];
        }
        int length = 0;
        foreach (char c in written)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = Characters.Lower(c);
            }
        }
        return buffer[..length];
    }
}
