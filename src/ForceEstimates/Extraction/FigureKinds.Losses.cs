using System;

namespace ForceEstimates.Extraction;

/// <summary>
/// A count of people that a word of loss governs is a toll, whatever noun names the people: the items of a list that a verb of
/// loss opens ("Dovra lost 140 infantrymen, 61 gunners ... and 23 marines", "lost 90 tanks and thousands of personnel") and the
/// items after a colon that a noun of loss announces ("death on a vast scale: 4,200 soldiers and another 1,900 sailors").
/// A count of things read as a pair of participles and one noun ("17 destroyed and 9 damaged boats") is what the noun counts.
/// </summary>
internal static partial class FigureKinds
{
    /// <summary>Verbs whose objects are a side's losses: "lost 140 infantrymen", "suffered 400 casualties". A closed list.</summary>
    private static readonly WordSet LossListVerbs = new("lost", "lose", "loses", "losing", "suffered", "suffer", "suffers", "suffering");

    /// <summary>Nouns of loss that announce a list after a colon: "death on a vast scale: 4,200 soldiers". A closed list.</summary>
    private static readonly WordSet LossListNouns = new("death", "deaths", "losses", "casualties", "toll", "fatalities", "dead", "lives");

    /// <summary>
    /// Words that end a list walked back from a count: forms of "be" and "have", relative and subordinating words, verbs of
    /// saying, common irregular verbs of moving or sending, and "out" and "from" of a whole ("lost 140 out of 320 men": the 320 are
    /// the force the loss is counted from). A word in -ed (but for the adjectives of <see cref="ListAdjectives"/>)
    /// ends it too. A closed list.
    /// </summary>
    private static readonly WordSet ListBreakers = new(
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "who", "which", "that", "while", "but", "whereas",
        "where", "when", "as", "after", "before", "because", "since", "although", "though", "if", "said", "says", "say", "told",
        "sent", "sends", "send", "took", "takes", "take", "brought", "brings", "bring", "kept", "keeps", "held", "holds", "left",
        "gave", "gives", "made", "makes", "put", "puts", "got", "gets", "drew", "draws", "deploy", "deploys", "sending", "taking",
        "bringing", "including", "among", "whom", "whose", "with", "without", "against", "out", "from");

    /// <summary>Participles that stand as adjectives in a list of losses: "armoured vehicles", "unmanned craft". A closed list.</summary>
    private static readonly WordSet ListAdjectives = new(
        "armoured", "armored", "unmanned", "manned", "wheeled", "tracked", "trained", "seasoned", "experienced", "skilled", "enlisted",
        "commissioned", "retired", "conscripted", "mobilised", "mobilized", "specialised", "specialized", "advanced", "estimated", "reported",
        "confirmed");

    /// <summary>Words that are counts in a list though not figures: "four members", "hundreds of personnel". A closed list.</summary>
    private static readonly WordSet ListCountWords = new(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "a", "an", "dozens", "hundreds", "thousands", "scores",
        "tens", "several", "many");

    /// <summary>How many words a list of losses may be walked back from a count before its verb.</summary>
    private const int LossListReach = 40;

    /// <summary>
    /// Whether the figure is an item of a list of counts whose head is a verb of <see cref="LossListVerbs"/> ("Dovra lost 140
    /// infantrymen, 61 gunners and four members of the guard, 23 marines", "lost more than 90 armoured vehicles and \"probably
    /// hundreds of personnel\"") or a colon after a noun of <see cref="LossListNouns"/> ("suffered death on a vast scale: 4,200
    /// soldiers and another 1,900 sailors"). Walked back word by word from the figure within its sentence: every comma-separated
    /// part passed must hold a count (a part with none is another clause: "Having lost the airport, Varo flew in 2,000
    /// paratroopers"), the verb must stand within four words of the first count, and a word of <see cref="ListBreakers"/>, a word
    /// in -ed, a semicolon, a bracket or a stop ends the walk. The figure's own clause must have no verb of its own after it.
    /// </summary>
    private static bool LossVerbGovernsList(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        int clauseEnd = text.IndexOfAny([',', ';'], figure.End, sentence.End - figure.End);
        if (HasVerbForm(words, figure.End, clauseEnd < 0 ? sentence.End : clauseEnd))
        {
            return false; // "lost 40 tanks, and 3,000 troops were sent in": the figure's own verb decides
        }
        int position = figure.Start;
        bool partHasCount = true;
        int sinceCount = 0;
        for (int taken = 0; taken < LossListReach; taken++)
        {
            while (position > sentence.Start && !Characters.IsWordPart(text[position - 1]))
            {
                char c = text[position - 1];
                if (c == ',' && position - 1 > sentence.Start && Characters.IsDigit(text[position - 2]) && position < sentence.End && Characters.IsDigit(text[position]))
                {
                    break; // a digit group's comma: "1,900"
                }
                if (c is ';' or '(' or ')' or '.' or '!' or '?')
                {
                    return false;
                }
                if (c == ':')
                {
                    return partHasCount && LossNounBefore(words, sentence, position - 1);
                }
                if (c == ',')
                {
                    if (!partHasCount)
                    {
                        return false;
                    }
                    partHasCount = false;
                }
                position--;
            }
            if (position <= sentence.Start)
            {
                return false;
            }
            int start = position;
            while (start > sentence.Start && (Characters.IsWordPart(text[start - 1]) || Characters.IsWordHyphen(text[start - 1])
                                              || (text[start - 1] == ',' && start - 1 > sentence.Start && Characters.IsDigit(text[start - 2]) && Characters.IsDigit(text[start]))))
            {
                start--;
            }
            var word = text.AsSpan(start, position - start);
            position = start;
            if (Characters.IsDigit(word[0]) || ListCountWords.Contains(word))
            {
                partHasCount = true;
                sinceCount = 0;
                continue;
            }
            if (LossListVerbs.Contains(word))
            {
                return partHasCount && sinceCount <= 4;
            }
            if (ListBreakers.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !ListAdjectives.Contains(word)))
            {
                return false;
            }
            sinceCount++;
        }
        return false;
    }

    /// <summary>Whether a noun of <see cref="LossListNouns"/> or a verb of <see cref="LossListVerbs"/> is in the clause that ends at the colon at <paramref name="colon"/>.</summary>
    private static bool LossNounBefore(WordMap words, Sentence sentence, int colon)
    {
        string text = words.Text;
        int from = colon;
        while (from > sentence.Start && text[from - 1] is not (',' or ';' or ':' or '.'))
        {
            from--;
        }
        return HasWordIn(words, from, colon, LossListNouns, LossListVerbs);
    }

    /// <summary>
    /// Equipment when a participle follows the figure and a second count with its own participle and a noun of equipment
    /// follows that: "17 destroyed and 9 damaged boats", "40 downed and 12 damaged helicopters" (the first count shares the
    /// second's noun; "59 killed" alone stays the dead). <see cref="FigureKind.Unknown"/> otherwise. One short walk.
    /// </summary>
    private static FigureKind KindOfParticiplePair(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        int limit = sentence.End;
        var after = new WordsAfter(words, Characters.SkipSpaces(text, figure.End, limit), limit, 6);
        if (!after.MoveNext() || !IsParticiple(after.Current) || !after.MoveNext() || !after.Current.Equals("and", StringComparison.OrdinalIgnoreCase)
            || !after.MoveNext() || !Characters.IsDigit(after.Current[0]) || !after.MoveNext() || !IsParticiple(after.Current))
        {
            return FigureKind.Unknown;
        }
        while (after.MoveNext())
        {
            var kind = NounKind(after.Current);
            if (kind != FigureKind.Unknown)
            {
                return kind == FigureKind.Equipment ? kind : FigureKind.Unknown;
            }
        }
        return FigureKind.Unknown;

        static bool IsParticiple(ReadOnlySpan<char> word)
            => word.Length > 3 && (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Lexicon.CasualtyVerbs.Contains(word));
    }
}

internal static partial class FigureKinds
{
    /// <summary>Verbs that "up" before "to" makes verbs of a number's change: "inched up to", "edged up to", "ticked up to". A closed list.</summary>
    private static readonly WordSet PhrasalChangeVerbs = new(
        "inched", "inches", "inching", "edged", "edges", "edging", "ticked", "ticks", "ticking", "crept", "creeps", "creeping", "shot", "went", "gone", "moved");

    /// <summary>
    /// Nouns of those who search for the lost or fight a fire or a flood: a count of them is no toll unless their own verb says
    /// they were harmed ("about 70 police and army divers combed the lake", "over 400 rescuers"). A closed list.
    /// </summary>
    private static readonly WordSet RescuerNouns = new(
        "divers", "rescuers", "firefighters", "fire-fighters", "searchers", "responders", "lifeguards", "lifesavers");

    /// <summary>
    /// Whether the figure counts people accounted for (found, or known safe), not those unaccounted for: "accounted" (not
    /// "unaccounted") within the figure's own words after it, up to a clause mark or another number ("130 people accounted for
    /// and 141 unaccounted for", "240 Marn residents are now accounted for"), or before it after "number" ("the number of Marn
    /// residents accounted for is 188", "the number accounted, so far, is 87"). "accounted for" right before a count is a share
    /// ("accounted for 310 of the deaths") and does not count. Two short scans of the figure's clause.
    /// </summary>
    private static bool AccountedFor(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        int reach = Math.Min(sentence.End, figure.End + 45);
        for (int i = figure.End; i < reach; i++)
        {
            char c = text[i];
            if (Characters.IsDigit(c) || c is ',' or ';' or ':' or '.' or '(')
            {
                break;
            }
            if (IsWordAt(text, i, "accounted", sentence.End))
            {
                int after = Characters.SkipSpaces(text, i + 9, sentence.End);
                if (after + 3 < sentence.End && text.AsSpan(after, 3).Equals("for", StringComparison.OrdinalIgnoreCase))
                {
                    after = Characters.SkipSpaces(text, after + 3, sentence.End);
                }
                return after >= sentence.End || !Characters.IsDigit(text[after]); // not "300 accounted for 40% of"
            }
        }
        int from = Math.Max(sentence.Start, figure.Start - 60);
        for (int i = figure.Start - 1; i >= from; i--)
        {
            char c = text[i];
            if (Characters.IsDigit(c) || c is ';' or ':' or '.' or '(')
            {
                return false;
            }
            if (IsWordAt(text, i, "accounted", figure.Start))
            {
                int after = Characters.SkipSpaces(text, i + 9, figure.Start);
                if (after + 3 <= figure.Start && text.AsSpan(after, 3).Equals("for", StringComparison.OrdinalIgnoreCase)
                    && Characters.SkipSpaces(text, after + 3, figure.Start) >= figure.Start)
                {
                    return false; // "accounted for 300 of the deaths": a share
                }
                int numberFrom = Math.Max(sentence.Start, i - 30);
                return text.AsSpan(numberFrom, i - numberFrom).Contains("number", StringComparison.OrdinalIgnoreCase);
            }
            if (IsWordAt(text, i, "unaccounted", figure.Start))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="word"/> stands at <paramref name="at"/> as a whole word (no letter right before or after it).</summary>
    private static bool IsWordAt(string text, int at, string word, int limit)
        => at + word.Length <= limit && text.AsSpan(at, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
           && (at == 0 || !char.IsLetter(text[at - 1])) && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]));

    /// <summary>
    /// Whether a noun of equipment follows the figure after a list of its modifiers, a comma or "and" among them: "41 naval,
    /// police and fishing boats", "over 90 army, border guard and hired trucks". The walk stops at a number, a clause
    /// mark other than a comma, a preposition, a form of "be" or a word of harm, within eight words.
    /// </summary>
    private static bool EquipmentAfterModifierList(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        int i = figure.End;
        bool joined = false;
        for (int taken = 0; taken < 8; taken++)
        {
            if (!NextWordAfter(words, sentence.End, ref i, commaEnds: false, ref joined, out var word))
            {
                return false;
            }
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                joined = true;
                continue;
            }
            if (ModifierListStops.Contains(word) || Lexicon.CasualtyVerbs.Contains(word))
            {
                // a preposition or "be" ends the list; a word of harm ("80 injured, mostly ambulance drivers") says the
                // count is of people hurt, and what follows the comma only describes them
                return false;
            }
            if (NounKind(word) == FigureKind.Equipment)
            {
                // "800 mortar and rocket strikes": a noun of another kind after it is the head, the machines only its modifier
                return joined && NounKind(WordAfter(words, i, sentence.End)) is FigureKind.Equipment or FigureKind.Unknown;
            }
        }
        return false;
    }

    /// <summary>Whether a noun of <see cref="RescuerNouns"/> is among the five words after the figure, before a number or a clause mark.</summary>
    private static bool RescuerNounAfter(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        int i = figure.End;
        bool comma = false;
        for (int taken = 0; taken < 5; taken++)
        {
            if (!NextWordAfter(words, sentence.End, ref i, commaEnds: true, ref comma, out var word))
            {
                return false;
            }
            if (RescuerNouns.Contains(word))
            {
                return true;
            }
            if (ModifierListStops.Contains(word) || ClauseWords.Contains(word))
            {
                return false; // "reached 3,400 as divers kept looking": another clause's people
            }
        }
        return false;
    }

    /// <summary>
    /// One step of a walk over the words after a count: past spaces and marks from <paramref name="i"/> to the next word,
    /// which is returned in <paramref name="word"/> with <paramref name="i"/> at its end. False at the limit, at a number
    /// and at a clause mark (";", ":", ".", brackets, "!", "?"); a comma ends the walk too when <paramref name="commaEnds"/>,
    /// and otherwise is passed and noted in <paramref name="comma"/> ("41 naval, police and fishing boats").
    /// </summary>
    private static bool NextWordAfter(WordMap words, int limit, ref int i, bool commaEnds, ref bool comma, out ReadOnlySpan<char> word)
    {
        string text = words.Text;
        word = default;
        while (i < limit && !Characters.IsWordPart(text[i]))
        {
            if (text[i] == ',' && !commaEnds)
            {
                comma = true;
            }
            else if (text[i] is ',' or ';' or ':' or '.' or '(' or ')' or '!' or '?')
            {
                return false;
            }
            i++;
        }
        if (i >= limit || Characters.IsDigit(text[i]))
        {
            return false;
        }
        int end = words.WordEnd(i, limit);
        if (end <= i)
        {
            return false;
        }
        word = text.AsSpan(i, end - i);
        i = end;
        return true;
    }

    /// <summary>Words that open another clause after a count: "reached 3,400 as divers kept looking". A closed list.</summary>
    private static readonly WordSet ClauseWords = new("as", "while", "when", "after", "before", "who", "which", "that", "but", "where", "since");

    /// <summary>Words that end a list of modifiers: prepositions and forms of "be". A closed list.</summary>
    private static readonly WordSet ModifierListStops = new(
        "of", "in", "on", "at", "to", "from", "with", "for", "by", "is", "are", "was", "were", "be", "been", "have", "has", "had");
}
