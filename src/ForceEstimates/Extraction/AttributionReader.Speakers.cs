using System;
using System.Collections.Generic;

namespace ForceEstimates.Extraction;

/// <summary>Speakers: who a phrase names, a known source, or an earlier speaker a pronoun, "the source" or a surname refers back to.</summary>
internal sealed partial class AttributionReader
{
    private static readonly WordSet Pronouns = new("he", "she", "they", "it", "we");

    private static readonly WordSet AnonymousHeads = new(
    
        "source", "sources", "official", "officials", "officer", "officers", "person", "people", "insider", "insiders",
        "diplomat", "diplomats", "lawmaker", "lawmakers", "spokesman", "spokeswoman", "spokesperson", "soldier", "soldiers",
        "commander", "analyst", "analysts", "expert", "experts", "medic", "sergeant", "blogger", "monitors", "residents"
    );

    private static readonly WordSet Prepositions = new("in", "at", "of", "from", "for", "with", "close", "on", "near", "to", "within", "inside", "serving", "familiar");

    /// <summary>How many earlier speakers a pronoun, "the source" or a surname may refer back to; bounds the work per clause.</summary>
    private const int ReferenceWindow = 50;

    private readonly List<Speaker> speakers = [];

    /// <summary>The speaker a phrase names: a known source, an earlier speaker it refers back to, or a new one.</summary>
    private Speaker? Resolve(int start, int end, string? description)
    {
        // Spans until a new speaker has to be made: most phrases refer to a speaker already known.
        var written = text.AsSpan(start, end - start).Trim().TrimEnd(",.:;");
        if (written.Length == 0)
        {
            return null;
        }
        if (Pronouns.Contains(written))
        {
            bool person = written.Equals("he", StringComparison.OrdinalIgnoreCase) || written.Equals("she", StringComparison.OrdinalIgnoreCase);
            if (!person)
            {
                return speakers.Count > 0 ? speakers[^1] : null;
            }
            int oldest = Math.Max(0, speakers.Count - ReferenceWindow);
            for (int k = speakers.Count - 1; k >= oldest; k--)
            {
                if (speakers[k].IsPerson)
                {
                    return speakers[k];
                }
            }
            for (int k = speakers.Count - 1; k >= oldest; k--)
            {
                // "The mayor said ... he added": a singular title that is not an agency or an outlet.
                if (!speakers[k].Source.IsKnown && !speakers[k].Head.EndsWith('s'))
                {
                    return speakers[k];
                }
            }
            return null;
        }
        // Known sources are proper names: skip the look-up for "a senior official", "the governor".
        int capital = written.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        string? knownName = capital < written.Length && !char.IsLower(written[capital]) ? known.Find(written) : null;
        int firstEnd = written.IndexOf(' ');
        var firstWord = firstEnd < 0 ? written : written[..firstEnd];
        bool hasDeterminer = Determiners.Contains(firstWord);
        bool indefinite = firstWord.Equals("a", StringComparison.OrdinalIgnoreCase) || firstWord.Equals("an", StringComparison.OrdinalIgnoreCase);
        var name = knownName is not null ? knownName.AsSpan() : hasDeterminer && firstEnd > 0 ? written[(firstEnd + 1)..].TrimStart() : written;
        var head = HeadOf(name);
        if (!indefinite)
        {
            bool byHead = hasDeterminer && !firstWord.Equals("its", StringComparison.OrdinalIgnoreCase);
            for (int k = speakers.Count - 1; k >= Math.Max(0, speakers.Count - ReferenceWindow); k--)
            {
                var candidate = speakers[k];
                if (name.Equals(candidate.Source.Name, StringComparison.OrdinalIgnoreCase)
                    || (byHead && head.Equals(candidate.Head, StringComparison.OrdinalIgnoreCase))
                    || (knownName is null && !hasDeterminer && IsSurnameOf(name, candidate)))
                {
                    return candidate;
                }
            }
        }
        string nameText = knownName ?? name.ToString();
        string headText = head.ToString();
        bool anonymous = knownName is null && (indefinite || AnonymousHeads.Contains(headText)) && !HasProperNameWord(nameText, headText);
        var source = AttributedSource.Read(nameText, written.ToString(), description, anonymous, knownName is not null, null);
        var speaker = new Speaker { Source = source, Head = headText, IsPerson = IsPersonName(nameText) || (anonymous && !headText.EndsWith('s')) };
        speakers.Add(speaker);
        return speaker;
    }

    private static bool IsSurnameOf(ReadOnlySpan<char> name, Speaker candidate)
    {
        string full = candidate.Source.Name;
        return candidate.IsPerson && full.Length > name.Length + 1 && char.IsUpper(name[0]) && !name.Contains(' ')
               && full.AsSpan().EndsWith(name, StringComparison.Ordinal) && full[full.Length - name.Length - 1] == ' ';
    }

    private static bool HasProperNameWord(string name, string head)
        => head.Length > 0 && char.IsUpper(head[0]) && !AnonymousHeads.Contains(head);

    private static bool IsPersonName(string name)
    {
        // Two or more words, each capitalised: "Vadym Skibitskyi".
        int words = 0;
        bool atStart = true;
        foreach (char c in name)
        {
            if (c == ' ')
            {
                atStart = true;
                continue;
            }
            if (atStart)
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
                words++;
                atStart = false;
            }
        }
        return words >= 2;
    }

    /// <summary>The head noun: the last word before the first preposition ("source" in "source in Ukraine's General Staff").</summary>
    private static ReadOnlySpan<char> HeadOf(ReadOnlySpan<char> name)
    {
        int headStart = 0, headEnd = 0;
        int i = 0;
        while (i < name.Length)
        {
            while (i < name.Length && name[i] == ' ')
            {
                i++;
            }
            int wordStart = i;
            while (i < name.Length && name[i] != ' ')
            {
                i++;
            }
            if (i == wordStart)
            {
                break;
            }
            var word = name[wordStart..i];
            if (char.IsLower(word[0]) && Prepositions.Contains(word) && headEnd > 0)
            {
                break;
            }
            headStart = wordStart;
            headEnd = i;
        }
        return name[headStart..headEnd].TrimEnd(",.");
    }
}
