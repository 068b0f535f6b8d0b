using System;

namespace ForceEstimates.Extraction;

/// <summary>Who holds, takes or gives up an area.</summary>
internal static partial class QuantityGuess
{
    /// <summary>
    /// Words between a side's name and its verb of ground that say nothing of who acts ("has now taken", "reportedly
    /// controls", "managed to capture", "have so far seized"). Lower case; compared ignoring case.
    /// </summary>
    private static readonly WordSet HolderFillers = new(
        "has", "have", "had", "is", "are", "was", "were", "been", "be", "will", "would", "could", "may", "might", "now", "currently",
        "still", "already", "also", "reportedly", "allegedly", "effectively", "illegally", "partially", "partly", "fully", "so", "far",
        "managed", "to", "then", "again", "together", "jointly", "claims", "claimed", "claim", "appears", "seems", "continues",
        "continue", "continued", "able");

    /// <summary>Words that end a side's name when read backwards: the clause or the report around it ("said Kessia captured").</summary>
    private static readonly WordSet HolderStops = new(
        "that", "which", "who", "and", "while", "whereas", "but", "as", "when", "where", "after", "because", "said", "says", "say",
        "reported", "reports", "estimated", "estimates", "according", "showed", "shows", "if", "than", "whether", "though", "although");

    /// <summary>Marks between words that end a side's name read backwards: a clause break or a quotation.</summary>
    private static readonly System.Buffers.SearchValues<char> SubjectBreaks = System.Buffers.SearchValues.Create(",;:()\"“”");

    /// <summary>Prepositions after a side's name that start where it stands or fights ("Kessian forces in the Tarn region").</summary>
    private static readonly WordSet HolderPlaces = new("in", "near", "at", "on", "around", "across", "along", "inside", "from", "within");

    /// <summary>Nouns for a side's armed body after its name or nationality ("Kessia's army", "the Orlovan military").</summary>
    private static readonly WordSet ArmedBodies = new("army", "armies", "military", "militaries", "units", "unit", "forces", "troops", "soldiers");

    /// <summary>Pronouns that stand for a side named before in the sentence ("at their peak; now they hold 800").</summary>
    private static readonly WordSet SidePronouns = new("they", "it");

    /// <summary>
    /// The side that holds, takes or gives up an area, from the subject of the area's clause: "Kessian forces captured about
    /// 430 km²" and "Kessia's army seized 449 km²" are Kessian forces (a side's name, its nationality with a noun for its
    /// troops, or its name with its army, as "<i>nationality</i> forces"); a named side with no nationality keeps its name
    /// ("the Lakeside Front controls 60%"). A pronoun ("now they hold approximately 800") stands for the side of the area
    /// verb before it in the sentence. Null when the clause names no side (lower-case words: "the enemy", "rebel forces";
    /// "we"), when no verb of ground comes within a few words before the figure, or across a clause break.
    /// </summary>
    /// <param name="article">The article's text, where the country of an unlisted nationality or name is looked for.</param>
    /// <param name="sentenceStart">Where the figure's sentence starts in <paramref name="article"/>.</param>
    /// <param name="sentence">The figure's sentence.</param>
    /// <param name="start">Where the figure starts in <paramref name="sentence"/>.</param>
    /// <param name="end">Where the figure ends in <paramref name="sentence"/>.</param>
    /// <param name="givesUp">Whether the verb gives ground up ("lost", "ceded").</param>
    /// <param name="firstPerson">Whether the clause's subject is "we" ("we controlled about 1,376 km²"): the speaker's own
    /// side, which <see cref="SpeakersSide"/> reads from the speaker's name; the holder is then null.</param>
    internal static string? Holder(string article, int sentenceStart, ReadOnlySpan<char> sentence, int start, int end, out bool givesUp, out bool firstPerson)
    {
        firstPerson = false;
        int verb = VerbOfGround(sentence, start, HolderReach, comparison: false, out givesUp, out _);
        if (verb < 0)
        {
            return HolderAfter(sentence, end, article);
        }
        var holder = HolderBefore(sentence, verb, article, out bool pronoun, out firstPerson);
        if (!pronoun || firstPerson)
        {
            return holder;
        }
        // "controlled about 1,376 km² at their peak; now they hold approximately 800": the side of the verb of ground
        // before, in the sentence or the one before it (not past a paragraph).
        int to = sentenceStart + verb;
        int from = Math.Max(0, to - PronounReach);
        int paragraph = article.LastIndexOf('\n', to - 1, to - from);
        var before = article.AsSpan(paragraph >= 0 ? paragraph + 1 : from, to - (paragraph >= 0 ? paragraph + 1 : from));
        int at = before.Length;
        while (PreviousWord(before, ref at, out var word))
        {
            if (IsVerbOfGround(before, at, word, out _, out _))
            {
                return HolderBefore(before, at, article, out _, out _);
            }
        }
        return null;
    }

    /// <summary>
    /// The side a speaker's own "we" holds ground for, from the speaker's name: a country's possessive ("a source in
    /// Kessia's General Staff", "Ukraine's army") or a nationality ("a Kessian commander"), as "<i>nationality</i> forces";
    /// null when the name names no country or nationality ("the mayor", "Reuters").
    /// </summary>
    /// <param name="speaker">The name of the figure's origin.</param>
    /// <param name="article">The article's text, where an unlisted nationality's country is looked for.</param>
    internal static string? SpeakersSide(string speaker, string article)
    {
        ReadOnlySpan<char> name = speaker;
        int at = 0;
        while (NextWord(name, ref at, out var word))
        {
            if (word.Length < 3 || !char.IsUpper(word[0]))
            {
                continue;
            }
            bool joined = word.Length > 3 && word[^1] == 's' && Characters.IsApostrophe(word[^2]);
            if (joined || (at + 1 < name.Length && Characters.IsApostrophe(name[at]) && name[at + 1] == 's'
                && (at + 2 == name.Length || !char.IsLetter(name[at + 2]))))
            {
                var country = (joined ? word[..^2] : word).ToString();
                if (Countries.TryGetValue(country, out var adjective))
                {
                    return adjective + " forces";
                }
                if (country.Length > 3 && country.EndsWith('a'))
                {
                    return country + "n forces"; // "Kessia's": a country in -a, nationality in -an (as SideOfName)
                }
                continue;
            }
            var written = word.ToString();
            if (NationalityAdjectives.Contains(written))
            {
                return (Adjectives.TryGetValue(written, out var adjective) ? adjective : written) + " forces";
            }
        }
        return null;
    }

    /// <summary>How far back, in characters, a pronoun's side is looked for.</summary>
    private const int PronounReach = 400;

    /// <summary>How many words back from a figure its side's verb of ground is looked for.</summary>
    private const int HolderReach = 7;

    /// <summary>
    /// Where the verb of ground of a figure's clause starts, up to <paramref name="reach"/> words back, or -1: not past a
    /// clause break or a word that joins clauses, except the bracket that opens the figure ("control 1,000 km² (386 square
    /// miles)": a conversion is read from the figure before it) and, when <paramref name="comparison"/>, the comma before
    /// "down from". Shared by <see cref="TakesGround"/> (whether the ground changed hands) and <see cref="Holder"/> (whose it is).
    /// </summary>
    private static int VerbOfGround(ReadOnlySpan<char> sentence, int start, int reach, bool comparison, out bool givesUp, out bool holds)
    {
        givesUp = holds = false;
        int at = start;
        for (int words = 0; words < reach; words++)
        {
            int after = at;
            if (!PreviousWord(sentence, ref at, out var word))
            {
                return -1;
            }
            if (sentence[(at + word.Length)..after].IndexOfAny(",;:()") >= 0)
            {
                if (comparison)
                {
                    comparison = false; // the comma before "down from" only
                }
                else if (words > 0 || sentence[(at + word.Length)..after].Trim() is not "(")
                {
                    return -1; // "..., or about 114,500 km²": another clause's verb
                }
            }
            if (ClauseEnds.Contains(word))
            {
                return -1;
            }
            if (IsVerbOfGround(sentence, at, word, out givesUp, out holds))
            {
                return at;
            }
        }
        return -1;
    }

    /// <summary>
    /// Whether <paramref name="word"/> (at <paramref name="at"/>) takes, gives up or holds ground; "control" after a verb of
    /// taking is that verb's noun, not a verb of its own.
    /// </summary>
    private static bool IsVerbOfGround(ReadOnlySpan<char> text, int at, ReadOnlySpan<char> word, out bool givesUp, out bool holds)
    {
        givesUp = GivingUpVerbs.Contains(word);
        holds = !givesUp && !TakingVerbs.Contains(word) && Lexicon.HoldingVerbs.Contains(word) && !IsControlOver(text, at, word);
        return givesUp || holds || TakingVerbs.Contains(word);
    }

    /// <summary>Whether "control" is the noun of "regained control over", "taking control of", whose verb comes before it.</summary>
    private static bool IsControlOver(ReadOnlySpan<char> sentence, int at, ReadOnlySpan<char> word)
    {
        if (!word.Equals("control", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        int back = at;
        return PreviousWord(sentence, ref back, out var before) && TakingVerbs.Contains(before);
    }

    /// <summary>
    /// The side named before a verb of ground, as <see cref="Holder"/> writes it, or null; <paramref name="pronoun"/> when the
    /// subject next to the verb is a pronoun ("they", "it", "we"), <paramref name="we"/> when it is "we" (the speaker's own side).
    /// </summary>
    private static string? HolderBefore(ReadOnlySpan<char> sentence, int verb, string article, out bool pronoun, out bool we)
    {
        pronoun = we = false;
        // The words of the subject, read backwards past fillers, up to a clause break, a report verb or the sentence start.
        Span<Range> words = stackalloc Range[8];
        int count = 0, at = verb;
        bool subject = false;
        while (count < words.Length)
        {
            int after = at;
            if (!PreviousWord(sentence, ref at, out var word))
            {
                break;
            }
            if (sentence[(at + word.Length)..after].IndexOfAny(SubjectBreaks) >= 0 || HolderStops.Contains(word))
            {
                break;
            }
            if (!subject && HolderFillers.Contains(word))
            {
                continue;
            }
            subject = true;
            words[count++] = new Range(at, at + word.Length);
        }
        if (count == 0)
        {
            return null;
        }
        // Read forwards: the subject's head ends at a preposition of place ("Kessian forces in the Tarn region").
        words = words[..count];
        we = sentence[words[0]].Equals("we", StringComparison.OrdinalIgnoreCase);
        if (we || SidePronouns.Contains(sentence[words[0]]))
        {
            pronoun = true; // "now they hold", "and it controls", "we controlled": the subject next to the verb is a pronoun
            return null;
        }
        words.Reverse();
        int end = words.Length;
        for (int i = 1; i < words.Length; i++)
        {
            if (HolderPlaces.Contains(sentence[words[i]]))
            {
                end = i;
                break;
            }
        }
        return SideOf(sentence, words[..end], article);
    }

    /// <summary>
    /// A side as <see cref="Holder"/> writes it, from the words that name it (read forwards; "the" allowed first): null when
    /// they are not a name (lower case, more than three words).
    /// </summary>
    private static string? SideOf(ReadOnlySpan<char> sentence, ReadOnlySpan<Range> words, string article)
    {
        int first = sentence[words[0]].Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        if (first >= words.Length || words.Length - first > 3)
        {
            return null;
        }
        var head = sentence[words[first]];
        if (!char.IsUpper(head[0]) || NoSideWords.Contains(head))
        {
            return null; // "the enemy", "rebel forces", "We", "This": no side by name
        }
        // A capital that only opens the sentence proves no name ("Rebel forces hold ..."): a side that opens it must be
        // known, or look like a nationality before its troops ("Kessian forces").
        bool opens = sentence[..words[first].Start].TrimEnd().TrimEnd(Quotes).IsEmpty;
        var last = sentence[words[^1]];
        if (words.Length - first >= 2 && ArmedBodies.Contains(last))
        {
            // "Kessian forces", "the Orlovan army", "Kessia's army", "North Korean troops", "Kessian armed forces"
            int nameEnd = words.Length - 2;
            while (nameEnd > first && TroopQualifiers.Contains(sentence[words[nameEnd]]))
            {
                nameEnd--;
            }
            var name = sentence[words[first].Start..words[nameEnd].End];
            if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
            {
                return SideOfName(name[..^2].ToString(), article, opens: false);
            }
            string adjective = name.ToString();
            if (Adjectives.TryGetValue(adjective, out var written))
            {
                return written + " forces";
            }
            return !opens || NationalityAdjectives.Contains(adjective) || LooksLikeNationality(adjective) ? adjective + " forces" : null;
        }
        return SideOfName(sentence[words[first].Start..words[^1].End].ToString(), article, opens);
    }

    /// <summary>Capitalised words that name no side before a verb of ground: pronouns, demonstratives, adverbs that open a sentence.</summary>
    private static readonly WordSet NoSideWords = new(
        "we", "i", "you", "he", "she", "our", "my", "his", "her", "their", "your", "this", "that", "these", "those", "there", "here",
        "now", "today", "overall", "altogether", "meanwhile", "so", "yet", "still", "troops", "forces", "soldiers", "units");

    /// <summary>Quotation marks that may open a sentence.</summary>
    private static readonly char[] Quotes = ['"', '“', '‘', '\''];

    /// <summary>Endings of English nationality adjectives ("Kessian", "Orlovan", "Sudanese", "Kurdish", "Varani"): a fact of usage.</summary>
    private static bool LooksLikeNationality(string word)
        => word.Length > 4 && (word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
            || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith('i'));

    /// <summary>Verbs of a passive that names the side after "by" ("of which is controlled by Orlova", "captured by Kessian troops").</summary>
    private static bool IsGroundVerb(ReadOnlySpan<char> word) => Lexicon.HoldingVerbs.Contains(word) || TakingVerbs.Contains(word);

    /// <summary>
    /// The side a passive after the figure names ("about 90 km² of which is controlled by Orlova", "1,200 km² were captured by
    /// Kessian troops"): a verb of ground and "by" within a few words, in the figure's clause; null otherwise.
    /// </summary>
    private static string? HolderAfter(ReadOnlySpan<char> sentence, int end, string article)
    {
        int at = end;
        bool verb = false;
        for (int count = 0; count < 8; count++)
        {
            int before = at;
            if (!NextWord(sentence, ref at, out var word) || sentence[before..(at - word.Length)].IndexOfAny(SubjectBreaks) >= 0)
            {
                return null;
            }
            if (IsGroundVerb(word))
            {
                verb = true;
            }
            else if (verb && word.Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
            else if (verb || ClauseEnds.Contains(word))
            {
                return null; // "held" and then no "by": not a passive of the side
            }
        }
        if (!verb)
        {
            return null;
        }
        Span<Range> words = stackalloc Range[4];
        int n = 0;
        while (n < words.Length)
        {
            int before = at;
            if (!NextWord(sentence, ref at, out var word) || sentence[before..(at - word.Length)].IndexOfAny(SubjectBreaks) >= 0)
            {
                break;
            }
            if (n > 0 && !char.IsUpper(word[0]) && !ArmedBodies.Contains(word) && !TroopQualifiers.Contains(word))
            {
                break;
            }
            words[n++] = new Range(at - word.Length, at);
        }
        return n == 0 ? null : SideOf(sentence, words[..n], article);
    }

    /// <summary>
    /// A side named by its country ("Kessia", "Moscow") as "<i>nationality</i> forces", the nationality from the country list or
    /// formed from the name by an English demonym ending when the article writes it ("Kessian"); other names as written.
    /// </summary>
    private static string? SideOfName(string name, string article, bool opens)
    {
        if (Countries.TryGetValue(name, out var adjective))
        {
            return adjective + " forces";
        }
        if (NationalityAdjectives.Contains(name))
        {
            return (Adjectives.TryGetValue(name, out var written) ? written : name) + " forces";
        }
        if (name.Length > 4 && name.EndsWith('s') && name[..^1] is var people && (NationalityAdjectives.Contains(people) || LooksLikeNationality(people)))
        {
            return people + " forces"; // "the Kessians managed to capture": a people for its forces
        }
        foreach (string ending in DemonymEndings)
        {
            if (Characters.ContainsWord(article, name + ending))
            {
                return name + ending + " forces";
            }
        }
        // A country's name in -a makes its nationality in -an ("Kessia", "Orlova"; Russia, Kenya, Cuba): a fact of usage.
        if (name.Length > 3 && name.EndsWith('a') && !name.Contains(' ', StringComparison.Ordinal))
        {
            return name + "n forces";
        }
        // A capital that opens the sentence proves no name ("Farmers hold 300 km²"): the article must write it so elsewhere.
        return !opens || NamedWithinSentence(article, name) ? name : null;
    }

    /// <summary>Whether the article writes <paramref name="name"/> after a lower-case word or a comma: a name, not a capital that opens a sentence.</summary>
    private static bool NamedWithinSentence(string article, string name)
    {
        for (int at = article.IndexOf(name, StringComparison.Ordinal); at >= 0; at = article.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            int before = at;
            while (before > 0 && article[before - 1] == ' ')
            {
                before--;
            }
            if (before < at && before > 0 && (char.IsLower(article[before - 1]) || article[before - 1] == ','))
            {
                return true;
            }
        }
        return false;
    }
}
