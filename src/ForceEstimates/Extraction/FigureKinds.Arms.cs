using System;

namespace ForceEstimates.Extraction;

/// <summary>
/// The kinds of an older army's arms and of things measured: "800,000 foot and 200,000 horse" (a force's infantry and cavalry,
/// in the singular), a weight or a length after a count ("a bore of 22 inches", "a ball of 400 lbs": no loss, no force), an
/// area flooded or spanned (no ground held or taken), and captives carried on a ship or who survived it (people held, no loss).
/// </summary>
internal static partial class FigureKinds
{
    /// <summary>
    /// Measures of weight and length written as words after a count: "20 inches", "17 feet", "300 lbs", "14 cwt", "300 kg". A
    /// closed list; metres, miles and tonnes are units of their own. Yards are left out: an advance is told in them.
    /// </summary>
    private static readonly WordSet MeasureWords = new(
        "inches", "inch", "feet", "ft", "lbs", "lb", "pounds", "pound", "kg", "kgs", "kilograms", "kilogrammes", "kilos", "cwt",
        "mm", "cm", "centimetres", "centimeters", "millimetres", "millimeters", "calibre", "caliber", "ounces", "oz", "grams");

    /// <summary>Words of the mounted arm, anywhere in a sentence whose count is followed by "foot": "52,000 foot and 9,000 horse". A closed list.</summary>
    private static readonly WordSet MountedArmWords = new("horse", "horsemen", "cavalry", "knights");

    /// <summary>Words of water over land: an area flooded is no ground held or taken. A closed list.</summary>
    private static readonly WordSet FloodWords = new(
        "flooded", "flooding", "flood", "floods", "floodwaters", "floodwater", "inundated", "inundation", "submerged", "underwater", "deluge");

    /// <summary>Verbs of a place's extent right before its area: "a plain that spans some 3,400 square kilometres". A closed list.</summary>
    private static readonly WordSet ExtentVerbs = new("spans", "spanned", "spanning", "span", "covers", "covering", "measures", "measuring");

    /// <summary>Words that put people on a ship: "7,500 prisoners on board", "put aboard". A closed list ("on board" is read by its second word).</summary>
    private static readonly WordSet AboardWords = new("aboard", "onboard", "board");

    /// <summary>Verbs of getting away from capture or death, right after a count: "38 evaded capture", "12 escaped", "29 survived". A closed list.</summary>
    private static readonly WordSet EscapeVerbs = new("evaded", "escaped", "eluded", "survived", "survive", "survives");

    /// <summary>How far after a count of captives the words that put them on board may be ("nearly 2,000 captives, 300 guards and a crew of 60 on board").</summary>
    private const int AboardReach = 80;

    /// <summary>
    /// Whether the figure counts an army's foot or horse, the arm named in the singular right after it: "200,000 horse",
    /// "2-3,000 horse" (not "horse-drawn" nor "horsepower"), and "800,000 foot" when a clause break or "and" follows "foot" and
    /// a word of the mounted arm is in the sentence ("52,000 foot, 9,000 horse": not "a 12 foot spear" nor "rose 30 foot").
    /// </summary>
    private static bool IsArmOfAnArmy(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        int at = Characters.SkipSpaces(text, figure.End, sentence.End);
        int end = words.WordEnd(at, sentence.End);
        var word = text.AsSpan(at, end - at);
        bool horse = word.Equals("horse", StringComparison.OrdinalIgnoreCase);
        if (!horse && !word.Equals("foot", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (end < sentence.End && (text[end] == '-' || char.IsLetter(text[end])))
        {
            return false; // "horse-drawn", "foot-soldiers" are read as their own words
        }
        if (horse)
        {
            return true;
        }
        var after = NextWord(words, end, sentence.End);
        if (!after.IsEmpty && !after.Equals("and", StringComparison.OrdinalIgnoreCase) && char.IsLetter(after[0]))
        {
            return false; // "a 12 foot spear": a length before the thing measured
        }
        return HasWordIn(words, sentence.Start, sentence.End, MountedArmWords);
    }

    /// <summary>
    /// The kind of a count measured by a word of <see cref="MeasureWords"/> right after it: a weight of munitions within three
    /// words ("300 kg of explosives") is equipment, any other weight or length other ("a bore of 22 inches"); unknown when no
    /// such word follows.
    /// </summary>
    private static FigureKind KindOfMeasure(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        int at = Characters.SkipSpaces(text, figure.End, sentence.End);
        int end = words.WordEnd(at, sentence.End);
        if (end == at || !MeasureWords.Contains(text.AsSpan(at, end - at)))
        {
            return FigureKind.Unknown;
        }
        int rest = Characters.SkipSpaces(text, end, sentence.End);
        return HasWordWithin(words, rest, sentence.End, Lexicon.EquipmentNouns, 3) || HasWordWithin(words, rest, sentence.End, MunitionNouns, 3)
            ? FigureKind.Equipment : FigureKind.Other;
    }

    /// <summary>
    /// Whether an area is told as flooded or as a place's extent, no ground held or taken: a word of <see cref="FloodWords"/>
    /// within 60 characters after the figure or 40 before it ("2,400 square kilometres were flooded") with no verb of
    /// holding, losing, taking or advancing there, or a verb of <see cref="ExtentVerbs"/> right before it.
    /// </summary>
    private static bool IsAreaFloodedOrSpanned(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        if (ExtentVerbs.Contains(Characters.WordBefore(words.Text, figure.Start, sentence.Start, out _)))
        {
            return true;
        }
        return HasWordAround(words, sentence, figure, FloodWords, 60, 40)
               && !HasWordAround(words, sentence, figure, Lexicon.HoldingVerbs, 60, 40)
               && !HasWordAround(words, sentence, figure, Lexicon.LosingVerbs, 60, 40)
               && !HasWordAround(words, sentence, figure, GroundTakingVerbs, 60, 40)
               && !HasWordAround(words, sentence, figure, Lexicon.AdvanceVerbs, 60, 40);
    }

    /// <summary>
    /// Whether captives counted (<paramref name="subject"/> ends in a noun of <see cref="CaptiveNouns"/>) are told as carried on
    /// a ship ("3,100 captives on board the freighter", "the guards marched 2,000 prisoners on board") or as
    /// having survived ("just 210 prisoners survived"), and no verb of harm follows within <see cref="AboardReach"/> characters: people
    /// held, no loss.
    /// </summary>
    private static bool CaptivesAboardOrSurviving(WordMap words, Sentence sentence, in FigureCandidate figure, string subject)
    {
        string trimmed = subject.TrimEnd();
        var last = LastWord(trimmed);
        bool survivedRead = last.Equals("survived", StringComparison.OrdinalIgnoreCase);
        if (survivedRead)
        {
            last = LastWord(trimmed[..^last.Length].TrimEnd()); // "450 prisoners survived": the subject read ran on into its verb
        }
        if (!CaptiveNouns.Contains(last))
        {
            return false;
        }
        var verb = VerbAfterCountedNoun(words, sentence, figure, subject);
        if (IsKillingVerb(verb) || HasWordAfter(words, sentence, figure, Lexicon.CasualtyVerbs, AboardReach))
        {
            return false; // "2,800 prisoners on board were killed": the dead
        }
        return survivedRead || verb.Equals("survived", StringComparison.OrdinalIgnoreCase) || HasWordAfter(words, sentence, figure, AboardWords, AboardReach);
    }
}
