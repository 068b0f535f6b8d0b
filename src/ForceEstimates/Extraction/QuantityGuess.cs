using System;
using System.Collections.Generic;
using System.Linq;

namespace ForceEstimates.Extraction;

/// <summary>
/// A first guess at what an extracted figure estimates, written so that figures of different articles about the same
/// thing meet in one quantity: "about 11,000 North Korean soldiers", "around 10,000 North Korean troops" and "some 12,000
/// troops from North Korea" are all figures of "North Korean troops"; "Kursk region", "the Kursk region" and "Russia's
/// Kursk Oblast" are one region (<see cref="HarmonizePlaces"/> chooses one spelling across a batch).
/// </summary>
/// <remarks>
/// Only troop nouns are made one ("soldiers", "troops", "servicemen", "army personnel", "forces", ...; to "troops", after
/// the nationality written as an adjective, as the library's samples write it); every other subject stays as the article
/// words it. A subject with words the rules do not know before its noun ("wounded soldiers", "foreign troops") stays too:
/// the guess merges only what it can read. Casualty figures are split by the part of the toll their sentence names (killed,
/// wounded, captured, missing), and a figure that names nothing but its metric stays in its article: merging figures of
/// different things is worse than leaving figures of one thing apart (measured with ExtractionScore --quantities).
/// </remarks>
internal static partial class QuantityGuess
{

    /// <summary>Nouns for soldiers as a body, made "troops". Lower case; compared ignoring case.</summary>
    private static readonly WordSet TroopNouns = new(
        "troops", "soldiers", "servicemen", "servicemembers", "personnel", "forces", "troop", "soldier", "serviceman", "fighters",
        "fighter", "militaries", "mercenaries");

    /// <summary>Words between the nationality and the troop noun that do not change who is counted ("North Korean army personnel", "Russian ground forces").</summary>
    private static readonly WordSet TroopQualifiers = new(
        "army", "military", "armed", "ground", "combat", "regular", "elite", "active", "active-duty", "more", "additional", "extra",
        "new", "fresh", "service");

    /// <summary>How a nationality may be written before a noun, and how the quantity writes it.</summary>
    private static readonly Dictionary<string, string> Adjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        ["U.S."] = "US", ["US"] = "US", ["U.S"] = "US", ["American"] = "US", ["DPRK"] = "North Korean", ["N. Korean"] = "North Korean",
        ["UK"] = "British", ["U.K."] = "British", ["ROK"] = "South Korean",
    };

    /// <summary>Country names (as "troops from X" writes them) and their adjectives (facts of English usage).</summary>
    private static readonly Dictionary<string, string> Countries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Afghanistan"] = "Afghan", ["Albania"] = "Albanian", ["Algeria"] = "Algerian", ["Angola"] = "Angolan", ["Argentina"] = "Argentine",
        ["Armenia"] = "Armenian", ["Australia"] = "Australian", ["Azerbaijan"] = "Azerbaijani", ["Bangladesh"] = "Bangladeshi",
        ["Belarus"] = "Belarusian", ["Belgium"] = "Belgian", ["Bosnia"] = "Bosnian", ["Brazil"] = "Brazilian", ["Britain"] = "British",
        ["Burkina Faso"] = "Burkinabe", ["Burundi"] = "Burundian", ["Cambodia"] = "Cambodian", ["Cameroon"] = "Cameroonian",
        ["Canada"] = "Canadian", ["Chad"] = "Chadian", ["China"] = "Chinese", ["Colombia"] = "Colombian", ["Congo"] = "Congolese", ["Croatia"] = "Croatian",
        ["Cuba"] = "Cuban", ["Cyprus"] = "Cypriot", ["Denmark"] = "Danish", ["Egypt"] = "Egyptian", ["Eritrea"] = "Eritrean",
        ["Estonia"] = "Estonian", ["Ethiopia"] = "Ethiopian", ["Finland"] = "Finnish", ["France"] = "French", ["Georgia"] = "Georgian",
        ["Germany"] = "German", ["Ghana"] = "Ghanaian", ["Greece"] = "Greek", ["Hungary"] = "Hungarian", ["India"] = "Indian",
        ["Indonesia"] = "Indonesian", ["Iran"] = "Iranian", ["Iraq"] = "Iraqi", ["Ireland"] = "Irish", ["Israel"] = "Israeli",
        ["Italy"] = "Italian", ["Japan"] = "Japanese", ["Jordan"] = "Jordanian", ["Kazakhstan"] = "Kazakh", ["Kenya"] = "Kenyan",
        ["Kosovo"] = "Kosovar", ["Kuwait"] = "Kuwaiti", ["Latvia"] = "Latvian", ["Lebanon"] = "Lebanese", ["Liberia"] = "Liberian",
        ["Libya"] = "Libyan", ["Lithuania"] = "Lithuanian", ["Mali"] = "Malian", ["Mexico"] = "Mexican", ["Moldova"] = "Moldovan",
        ["Morocco"] = "Moroccan", ["Mozambique"] = "Mozambican", ["Nepal"] = "Nepali", ["the Netherlands"] = "Dutch", ["Netherlands"] = "Dutch",
        ["Nicaragua"] = "Nicaraguan", ["Niger"] = "Nigerien", ["Palestine"] = "Palestinian", ["Nigeria"] = "Nigerian", ["North Korea"] = "North Korean",
        ["Norway"] = "Norwegian", ["Pakistan"] = "Pakistani", ["Peru"] = "Peruvian", ["the Philippines"] = "Philippine",
        ["Philippines"] = "Philippine", ["Poland"] = "Polish", ["Portugal"] = "Portuguese", ["Qatar"] = "Qatari", ["Romania"] = "Romanian",
        ["Russia"] = "Russian", ["Rwanda"] = "Rwandan", ["Saudi Arabia"] = "Saudi", ["Senegal"] = "Senegalese", ["Serbia"] = "Serbian",
        ["Sierra Leone"] = "Sierra Leonean", ["Somalia"] = "Somali", ["South Africa"] = "South African", ["South Korea"] = "South Korean",
        ["South Sudan"] = "South Sudanese", ["Spain"] = "Spanish", ["Sri Lanka"] = "Sri Lankan", ["Sudan"] = "Sudanese", ["Sweden"] = "Swedish",
        ["Syria"] = "Syrian", ["Taiwan"] = "Taiwanese", ["Tajikistan"] = "Tajik", ["Tanzania"] = "Tanzanian", ["Thailand"] = "Thai",
        ["Tunisia"] = "Tunisian", ["Turkey"] = "Turkish", ["Türkiye"] = "Turkish", ["Uganda"] = "Ugandan", ["Ukraine"] = "Ukrainian",
        ["the United Kingdom"] = "British", ["United Kingdom"] = "British", ["the UK"] = "British", ["the United States"] = "US",
        ["United States"] = "US", ["the U.S."] = "US", ["the US"] = "US", ["America"] = "US", ["Uzbekistan"] = "Uzbek",
        ["Venezuela"] = "Venezuelan", ["Vietnam"] = "Vietnamese", ["Yemen"] = "Yemeni", ["Zambia"] = "Zambian", ["Zimbabwe"] = "Zimbabwean",
        ["Pyongyang"] = "North Korean", ["Moscow"] = "Russian", ["Kyiv"] = "Ukrainian", ["Washington"] = "US",
    };

    /// <summary>
    /// Words that name a region's level after its name ("Kursk Oblast", "Darfur region", "Gaza Strip", "Kursk area"), dropped to
    /// compare two spellings.
    /// </summary>
    private static readonly WordSet RegionWords = new("oblast", "region", "province", "governorate", "krai", "prefecture", "strip", "area");

    /// <summary>
    /// Words of a level named after its seat or after itself ("Tarvo district", "Dolsk State"), dropped, as
    /// <see cref="RegionWords"/> are, to compare two spellings: "Tarvo district" and "Tarvo" are one place for a batch, as
    /// "Kursk region" and "Kursk" are.
    /// </summary>
    private static readonly WordSet SeatLevelWords = new("district", "state");

    /// <summary>A Nigerian level named after its seat ("Tarvo Local Government Area"), dropped to compare two spellings.</summary>
    private const string LocalGovernmentArea = " Local Government Area";

    /// <summary>The longest a country's name is in <see cref="Countries"/>, in words.</summary>
    private const int CountryWords = 3;

    /// <summary>
    /// Nationality adjectives ("Israeli", "North Korean", "US"): never a place ("killed in Israeli strikes" names who struck, not
    /// where), from <see cref="Countries"/> and <see cref="Adjectives"/>.
    /// </summary>
    private static readonly HashSet<string> NationalityAdjectives = new(Countries.Values.Concat(Adjectives.Values), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The parts of a toll, as the library's consistency check names them (killed, wounded, missing, captured: each at most
    /// the casualties or losses), and the words that say which part a casualty figure counts.
    /// </summary>
    private static readonly Metric Killed = Metric.Of("killed"), Wounded = Metric.Of("wounded"), Captured = Metric.Of("captured"), Missing = Metric.Of("missing");

    /// <summary>The part of a toll of the captured.</summary>
    internal static Metric CapturedMetric => Captured;

    private static readonly WordSet KilledWords = new(
        "killed", "kill", "killing", "kills", "dead", "died", "die", "dying", "death", "deaths", "fatalities", "fatality", "martyrs",
        "martyred", "slain", "perished", "murdered", "executed", "massacred", "slaughtered", "bodies", "corpses", "lynched", "lives",
        "killings");

    /// <summary>
    /// Words before "toll" that make it a toll of some other part or of all casualties ("the casualty toll", "the injury
    /// toll"): the bare word names the dead only without them.
    /// </summary>
    private static readonly WordSet OtherTolls = new(
        "casualty", "casualties", "injury", "injuries", "wounded", "injured", "arrest", "arrests", "loss", "losses", "human",
        "physical", "economic", "heavy", "own", "terrible", "devastating", "enormous");

    /// <summary>
    /// Words of a toll or a killing that name the dead less plainly ("120 murders", "eliminated 40 militants", "30 were
    /// neutralized"): the killed, as <see cref="KilledWords"/>.
    /// </summary>
    private static readonly WordSet KillingWords = new(
        "murders", "murder", "homicides", "homicide", "eliminated", "eliminating", "elimination", "neutralized", "neutralised",
        "neutralizing", "neutralising");

    private static readonly WordSet WoundedWords = new("wounded", "wounding", "injured", "injuring", "injuries", "injury", "hurt");

    /// <summary>
    /// Active verbs of wounding that stand before their figure ("kills 12, injures 40", "killing 4 and hurting over 30"):
    /// read as the wounded only before a figure; after one they open the next figure's clause. A closed list.
    /// </summary>
    private static readonly WordSet WoundingVerbs = new("injures", "injure", "wounds", "hurting", "hurts");

    private static readonly WordSet CapturedWords = new(
        "captured", "capturing", "capture", "prisoners", "prisoner", "pows", "pow", "captives", "hostage", "hostages", "abducted", "kidnapped", "detained");

    /// <summary>Words of the missing: "missing", and "unaccounted" ("40 remain unaccounted for": no one knows where they are).</summary>
    private static readonly WordSet MissingWords = new("missing", "unaccounted");

    /// <summary>Words that open another clause after a figure, which may count another part ("killed 40 and wounded 90").</summary>
    private static readonly WordSet ClauseEnds = new("and", "while", "with", "whereas", "but", "plus", "including");

    /// <summary>
    /// Words that open a clause of time or cause after a figure ("rose to 46 after another injured man died", "reached 30 as
    /// rescuers found more bodies"): a part word past them is that clause's, not the figure's.
    /// </summary>
    private static readonly WordSet Subordinators = new("after", "as", "when", "because");

    /// <summary>Words that open a clause of another subject: the reading after a figure never goes past them.</summary>
    private static readonly WordSet ContrastWords = new("while", "whereas", "but");

    /// <summary>How far, in words, a casualty word is looked for after the figure and before it.</summary>
    private const int WordsAfter = 8, WordsBefore = 24;

    /// <summary>
    /// The part of a toll a casualty figure counts, by the words of its sentence: the first word of killing, wounding, capture
    /// or missing after the figure, up to a word that opens another clause ("and", "with"); else the nearest before it; else
    /// the first after it past "and" and the figures it joins, up to "while", "but" ("2,913 children and 1,709 women are among
    /// the dead"): "10,022 people have been killed", "the death toll has reached 2,670", "18,484 citizens have been injured",
    /// "captured 594 POWs"; null when none says (or the words are "casualties", "losses").
    /// </summary>
    /// <param name="sentence">The figure's sentence.</param>
    /// <param name="start">Where the figure starts in <paramref name="sentence"/>.</param>
    /// <param name="end">Where it ends.</param>
    internal static Metric? CasualtyPart(ReadOnlySpan<char> sentence, int start, int end) => CasualtyPart(sentence, start, end, out _);

    /// <summary>
    /// <see cref="CasualtyPart(ReadOnlySpan{char}, int, int)"/>, and where the word that names the part starts in
    /// <paramref name="sentence"/> (-1 when none does).
    /// </summary>
    internal static Metric? CasualtyPart(ReadOnlySpan<char> sentence, int start, int end, out int partAt)
    {
        partAt = -1;
        if (IsTheWholeOfAFigure(sentence, start))
        {
            // "12 of the 40 crew aboard unaccounted for": 40 is all the crew, the part word is 12's; only a part word right
            // after the whole names its own measure ("9 of the 60 injured remain in hospital": 60 injured).
            int next = end;
            if (NextWord(sentence, ref next, out var own) && PartOf(own) is { } ownPart && !own.Equals("lives", StringComparison.OrdinalIgnoreCase))
            {
                partAt = next - own.Length;
                return ownPart;
            }
            return null;
        }
        int at = end;
        for (int words = 0; words < WordsAfter && NextWord(sentence, ref at, out var word); words++)
        {
            if (PartOf(word) is { } part)
            {
                if (NextClausesVerb(sentence, end, at - word.Length, at))
                {
                    break; // "killed more than 80, injured 500": the verb of the next figure's clause, not this one's
                }
                partAt = at - word.Length;
                part = CaptivesWhoDied(sentence, ref partAt, part);
                return JoinedToAnotherPart(sentence, at - word.Length, at, part) ? null : part;
            }
            if (word.Equals("accounted", StringComparison.OrdinalIgnoreCase))
            {
                return null; // "120 people accounted for and 159 unaccounted for": the figure's own status, no part of a toll
            }
            if (IsFigureWord(word) && OfAWhole(sentence, at - word.Length))
            {
                continue; // "left 12 of the 40 crew aboard unaccounted for": the whole the figure is of, not another figure
            }
            if (ClauseEnds.Contains(word) || (IsFigureWord(word)) || Subordinators.Contains(word) || WoundingVerbs.Contains(word))
            {
                // "reached 58 as four more patients succumbed to their wounds": a part word after another figure is
                // that figure's.
                break;
            }
        }
        at = start;
        bool passedClause = false;
        bool ownClause = HasOwnVerb(sentence, end);
        if (ownClause && FrontedGroupOf(sentence, start, out int groupAt) is { } fronted)
        {
            // "Among the dead, 40 were women", "Of those killed, 12 were children": the fronted group governs the figure
            // whose own verb says who they were.
            partAt = groupAt;
            return fronted;
        }
        for (int words = 0; words < WordsBefore && !ownClause && PreviousWord(sentence, ref at, out var word); words++)
        {
            if (word.Equals("accounted", StringComparison.OrdinalIgnoreCase))
            {
                return null; // "those accounted for now total 88": the figure's own status
            }
            if ((PartOf(word) ?? (WoundingVerbs.Contains(word) ? Wounded : BareToll(sentence, at, word) ? Killed : null)) is { } part)
            {
                if (passedClause && KillingWords.Contains(word))
                {
                    // "718 targets had been neutralised, including 296 drones ... and 415 lost to jamming": a verb of putting out
                    // of action says killed only of its own clause's people, never across a list of things.
                    return null;
                }
                if (passedClause && FigureRightBefore(sentence, at))
                {
                    // "14 died, and 30 are under treatment", "40 deaths and the displacement of 3,000": the part word of
                    // another figure's clause, not this one's.
                    return null;
                }
                partAt = at;
                part = CaptivesWhoDied(sentence, ref partAt, part);
                return JoinedToAnotherPart(sentence, at, at + word.Length, part) ? null : part;
            }
            passedClause |= ClauseEnds.Contains(word) && !word.Equals("including", StringComparison.OrdinalIgnoreCase);
        }
        at = end;
        for (int words = 0; words < 2 * WordsAfter && NextWord(sentence, ref at, out var word); words++)
        {
            if (word.Equals("accounted", StringComparison.OrdinalIgnoreCase))
            {
                return null; // "88 residents accounted for and 47 still unaccounted": its own status
            }
            if (PartOf(word) is { } part)
            {
                partAt = at - word.Length;
                part = CaptivesWhoDied(sentence, ref partAt, part);
                return JoinedToAnotherPart(sentence, at - word.Length, at, part) ? null : part;
            }
            if (ContrastWords.Contains(word) || word.Equals("with", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
        }
        return null;
    }

    /// <summary>Nouns of people of no kind, which name no measure of their own ("more than 100 people").</summary>
    private static readonly WordSet BarePeopleNouns = new("people", "persons", "individuals", "others");

    /// <summary>
    /// Whether a figure's subject names nothing that could say what it measures: none, or only people of no kind ("people",
    /// "persons").
    /// </summary>
    internal static bool NamesNoMeasure(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return true;
        }
        // The words walked in place (WordsIn), not split into new strings: this is asked of each count of people in ToReports.
        var words = new WordsIn(subject, 0, subject.Length);
        while (words.MoveNext())
        {
            if (!BarePeopleNouns.Contains(words.Current))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The part of a toll that governs a bare count of people from before it in its clause, whatever kind the count was read
    /// as: the nearest word of a toll or of harm before the figure, up to another figure or a word that opens another clause
    /// ("the Tesk toll crept to at least 217", "the toll kept rising until the tally touched 640", "those who died in the
    /// Marn blaze should stay near 95", "caused injury to more than 130 people"), with where it
    /// starts; null when none does, when the figure has a verb of its own after it ("40 were evacuated": its clause says
    /// what it counts), or when the word names captives or is joined to another part ("killed or wounded").
    /// </summary>
    internal static Metric? GoverningHarm(ReadOnlySpan<char> sentence, int start, int end, out int partAt)
    {
        partAt = -1;
        if (HasOwnVerb(sentence, end) || IsTheWholeOfAFigure(sentence, start))
        {
            return null; // "21 lives out of the 58 aboard": the whole a part is of, not that part's measure
        }
        int at = start;
        for (int words = 0; words < WordsBefore && PreviousWord(sentence, ref at, out var word); words++)
        {
            if (IsNumeral(word) || NumberWords.Contains(word) || ClauseEnds.Contains(word))
            {
                return null; // another figure's clause, or a part of a list ("including 16 children")
            }
            var part = PartOf(word) ?? (BareToll(sentence, at, word) || word.EndsWith("-toll", StringComparison.OrdinalIgnoreCase) ? Killed : null);
            if (part is null)
            {
                continue;
            }
            if (part.Equals(Captured) || JoinedToAnotherPart(sentence, at, at + word.Length, part))
            {
                return null;
            }
            partAt = at;
            return part;
        }
        return null;
    }

    /// <summary>Whether a word is a number written in digits ("459", "1,127"), not a compound that starts with one ("12-storey").</summary>
    private static bool IsNumeral(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsDigit(word[0]))
        {
            return false;
        }
        foreach (char c in word)
        {
            if (!char.IsDigit(c) && c is not (',' or '.'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether the figure word at <paramref name="at"/> is the whole a figure before it is of: "of" or "of the" right before
    /// it ("12 of the 40 crew", "9 of 30 passengers").
    /// </summary>
    private static bool OfAWhole(ReadOnlySpan<char> sentence, int at)
    {
        if (!PreviousWord(sentence, ref at, out var word))
        {
            return false;
        }
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase) && !PreviousWord(sentence, ref at, out word))
        {
            return false;
        }
        return word.Equals("of", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the figure that starts at <paramref name="start"/> is the whole another figure right before it is of ("12 of
    /// the 40 crew", "9 of 30 passengers"): the harm word of their clause governs the part, not the whole.
    /// </summary>
    private static bool IsTheWholeOfAFigure(ReadOnlySpan<char> sentence, int start)
    {
        int at = start;
        if (!PreviousWord(sentence, ref at, out var word))
        {
            return false;
        }
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase) && !PreviousWord(sentence, ref at, out word))
        {
            return false;
        }
        if (!word.Equals("of", StringComparison.OrdinalIgnoreCase) || !PreviousWord(sentence, ref at, out var part))
        {
            return false;
        }
        if (part.Equals("out", StringComparison.OrdinalIgnoreCase) && !PreviousWord(sentence, ref at, out part))
        {
            return false;
        }
        // "9 of the 40 crew", "21 lives out of the 58 aboard": a figure, or a figure and its noun, before "of".
        return IsFigureWord(part) || (char.IsLower(part[0]) && PreviousWord(sentence, ref at, out var figure) && IsFigureWord(figure));
    }

    /// <summary>Words that open a group fronted before a figure ("Among the dead,", "Of those killed,").</summary>
    private static readonly WordSet GroupOpeners = new("among", "of");

    /// <summary>Words between a group's opener and its part word ("among the dead", "of those killed").</summary>
    private static readonly WordSet GroupDeterminers = new("the", "those", "them");

    /// <summary>
    /// The part of a toll a group fronted before the figure names, set off by a comma: "Among the dead, 40 were women", "Of
    /// those killed, 12 were children", "Among the injured, 9 are children" (the killed, the wounded), with where its word
    /// starts; null when no such group stands right before the figure.
    /// </summary>
    private static Metric? FrontedGroupOf(ReadOnlySpan<char> sentence, int start, out int partAt)
    {
        partAt = -1;
        int at = start;
        if (!PreviousWord(sentence, ref at, out var word) || sentence[(at + word.Length)..start].IndexOf(',') < 0
            || PartOf(word) is not { } part || part.Equals(Captured))
        {
            return null;
        }
        int wordAt = at;
        if (!PreviousWord(sentence, ref at, out var before))
        {
            return null;
        }
        if (GroupDeterminers.Contains(before) && !PreviousWord(sentence, ref at, out before))
        {
            return null;
        }
        if (!GroupOpeners.Contains(before))
        {
            return null;
        }
        partAt = wordAt;
        return part;
    }

    /// <summary>
    /// Whether the part word at [<paramref name="wordStart"/>, <paramref name="wordEnd"/>) after a figure that ends at
    /// <paramref name="figureEnd"/> is the verb of the next figure's clause: a comma stands between them and a figure right
    /// after the word ("raid killed more than 80, injured 500": 80 is not of the wounded; "80 killed, 500 injured" is).
    /// </summary>
    private static bool NextClausesVerb(ReadOnlySpan<char> sentence, int figureEnd, int wordStart, int wordEnd)
    {
        if (sentence[figureEnd..wordStart].IndexOf(',') < 0)
        {
            return false;
        }
        int at = wordEnd;
        return NextWord(sentence, ref at, out var next) && IsFigureWord(next) && sentence[wordEnd..(at - next.Length)].Trim().IsEmpty;
    }

    /// <summary>How many words after a noun of captives a word of their death may stand ("40 hostages have since been killed").</summary>
    private const int CaptivesDeathWords = 5;

    /// <summary>
    /// The part a toll's word at <paramref name="partAt"/> names, read again when it is a noun of captives whose death its
    /// clause tells: a word of the killed right before it ("the dead hostages") or among the few words after it, before
    /// punctuation or a word that opens another clause ("40 hostages were killed", "40 hostages die", "the 40 hostages who
    /// died", "40 hostages lost their lives"): the killed, with <paramref name="partAt"/> moved to the word of their death
    /// (the joins of parts, "killed or wounded", are then read at the noun: "hostages die" joins no two parts). Else
    /// <paramref name="part"/> as it was ("took 40 hostages on Friday, killing two guards", "40 hostages were freed and the
    /// gunmen killed": captives).
    /// </summary>
    private static Metric CaptivesWhoDied(ReadOnlySpan<char> sentence, ref int partAt, Metric part)
    {
        int at = partAt;
        if (!part.Equals(Captured) || !NextWord(sentence, ref at, out var noun) || !CaptiveNouns.Contains(noun))
        {
            return part;
        }
        int before = partAt;
        if (PreviousWord(sentence, ref before, out var previous) && partAt - before == previous.Length + 1 && KilledWords.Contains(previous))
        {
            return Killed; // "the dead hostages": the word of their death is before the noun, and the joins are read at the noun
        }
        for (int words = 0; words < CaptivesDeathWords; words++)
        {
            int wordEnd = at;
            if (!NextWord(sentence, ref at, out var word) || sentence[wordEnd..(at - word.Length)].IndexOfAny(",;:()") >= 0)
            {
                break;
            }
            if (KilledWords.Contains(word) || KillingWords.Contains(word))
            {
                partAt = at - word.Length;
                return Killed;
            }
            if (PartOf(word) is not null || ClauseEnds.Contains(word) || Subordinators.Contains(word) || IsFigureWord(word) || ReleaseWords.Contains(word))
            {
                break;
            }
        }
        return part;
    }

    /// <summary>How many words before a part word a figure may stand and still be the one the part word is of ("14 people died").</summary>
    private const int PartsFigureWords = 3;

    /// <summary>Whether a word is a figure's: digits or a number's word.</summary>
    private static bool IsFigureWord(ReadOnlySpan<char> word) => char.IsDigit(word[0]) || NumberWords.Contains(word);

    /// <summary>Verbs that make a figure the subject of its own clause ("41 were hospitalized", "19 are guards").</summary>
    private static readonly WordSet OwnVerbs = new("was", "were", "is", "are", "have", "has", "had", "remain", "remained", "remains");

    /// <summary>How many words a figure's own verb may stand after it ("41 were", "26 people were", "8 of those hurt are").</summary>
    private const int OwnVerbWords = 4;

    /// <summary>
    /// Whether the figure is the subject of its own clause: a verb of being or having stands among the few words right
    /// after it ("41 were hospitalized with injuries", "19 are guards"), before any word that opens another clause. Such a
    /// figure's part of a toll is said after it, not by the clause before it ("30 were killed (22 in the depot), 41 were
    /// hospitalized": 41 is not of the killed).
    /// </summary>
    private static bool HasOwnVerb(ReadOnlySpan<char> sentence, int end)
    {
        int at = end;
        for (int words = 0, from = at; words < OwnVerbWords && NextWord(sentence, ref at, out var word); words++, from = at)
        {
            if (sentence[from..(at - word.Length)].IndexOfAny(ClauseMarks) >= 0)
            {
                return false; // "has climbed to 83, officers have said": a clause of its own after a comma, not the figure's verb
            }
            if (OwnVerbs.Contains(word))
            {
                return true;
            }
            if (ClauseEnds.Contains(word) || PartOf(word) is not null || IsFigureWord(word))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Marks that end a figure's clause before a word after it: a comma, a semicolon, a colon, a dash, a bracket.</summary>
    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",;:\u2014\u2013(");

    /// <summary>Plural verbs of being before a group that names who a figure's people were ("7 were worshippers").</summary>
    private static readonly WordSet PluralBe = new("were", "are");

    /// <summary>Words between the verb and the group that do not change it ("were mostly worshippers").</summary>
    private static readonly WordSet GroupQualifiers = new("all", "mostly", "mainly", "largely", "also");

    /// <summary>Endings of plural nouns of a group of people ("worshippers", "journalists", "residents", "firemen").</summary>
    private static readonly string[] GroupEndings = ["ers", "ists", "ians", "ants", "ents", "men"];

    /// <summary>
    /// The group a figure's own clause says its people were: the figure, a few words of its own, "were" or "are", and a plural
    /// noun of people ("the other 7 victims were worshippers", "11 were firemen", "16 are soldiers of the garrison"):
    /// a part of a toll named by who they were, not the toll. Troop nouns give "troops"; null when there is none.
    /// </summary>
    internal static string? PredicateGroup(ReadOnlySpan<char> sentence, int end)
    {
        int at = end;
        for (int words = 0; words < OwnVerbWords && NextWord(sentence, ref at, out var word); words++)
        {
            if (PluralBe.Contains(word))
            {
                if (!NextWord(sentence, ref at, out var group))
                {
                    return null;
                }
                if (GroupQualifiers.Contains(group) && !NextWord(sentence, ref at, out group))
                {
                    return null;
                }
                if (group.Length < 4 || !char.IsLower(group[0]) || PartOf(group) is not null)
                {
                    return null;
                }
                if (TroopNouns.Contains(group))
                {
                    return Troops;
                }
                if (PeopleParts.Contains(group))
                {
                    return PartName(group);
                }
                foreach (var ending in GroupEndings)
                {
                    if (group.EndsWith(ending, StringComparison.Ordinal))
                    {
                        return group.ToString();
                    }
                }
                return null;
            }
            if (ClauseEnds.Contains(word) || IsFigureWord(word) || OwnVerbs.Contains(word))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>Whether a figure (a word of digits or a number's word) stands among the few words before <paramref name="at"/>.</summary>
    private static bool FigureRightBefore(ReadOnlySpan<char> sentence, int at)
    {
        for (int words = 0; words < PartsFigureWords && PreviousWord(sentence, ref at, out var word); words++)
        {
            if (char.IsDigit(word[0]) || NumberWords.Contains(word))
            {
                return true;
            }
            if (ClauseEnds.Contains(word))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Numbers written in words that open a figure ("two died", "dozens were wounded").</summary>
    private static readonly WordSet NumberWords = new(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
        "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "scores");

    /// <summary>
    /// Words that name which people of a toll a figure counts when they stand right after the figure ("397 elderly people")
    /// or right before the word of the toll's part ("civilian deaths"): the part of a whole toll, a quantity of its own.
    /// </summary>
    private static readonly WordSet PeopleParts = new(
        "civilian", "civilians", "child", "children", "women", "elderly", "minors", "girls", "boys", "journalists", "combatants");

    /// <summary>
    /// Words after a figure that make its dead a part of a toll ("320 bodies buried in the cemetery", "210 remain in morgues",
    /// "56 died under torture", "14 people were lynched"): a subset counted apart from the toll.
    /// </summary>
    private static readonly WordSet SubsetWords = new("buried", "morgue", "morgues", "torture", "tortured", "lynched", "cremated");

    /// <summary>
    /// Stages of handling the dead or the hurt after a figure ("141 of the dead are now identified", "63 bodies were handed over
    /// to kin", "410 patients were discharged"): how many have passed that stage so far, a part of the
    /// toll that grows toward it, named as the stage ("people identified", "people handed over").
    /// </summary>
    private static readonly WordSet HandlingStages = new("identified", "unidentified", "handed", "discharged");

    /// <summary>Words before a stage's word that say the stage is still to come ("the 54 bodies still not identified").</summary>
    private static readonly WordSet NotYetWords = new("yet", "not", "still");

    /// <summary>
    /// The stage of handling a casualty figure's own clause says its people have passed (<see cref="HandlingStages"/>): "141
    /// of the dead are now identified" ("identified"), "63 bodies were handed over to kin" ("handed over"), "410 patients of
    /// the Tesk clinic were discharged" ("discharged"), "54 bodies still not identified" ("unidentified"); null when none
    /// stands among the words after it before another clause or figure.
    /// </summary>
    internal static string? HandlingStage(ReadOnlySpan<char> sentence, int end)
    {
        int at = end;
        bool notYet = false;
        for (int words = 0; words < WordsAfter && NextWord(sentence, ref at, out var word); words++)
        {
            if (HandlingStages.Contains(word))
            {
                return notYet && word.Equals("identified", StringComparison.OrdinalIgnoreCase) ? "unidentified" : StageName(word);
            }
            notYet |= NotYetWords.Contains(word);
            if (ClauseEnds.Contains(word) || IsFigureWord(word) || Subordinators.Contains(word))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The metric a stage of handling counts a part of: the discharged are of the wounded, bodies identified or handed over of the killed.</summary>
    internal static Metric StagesMetric(string stage) => stage == "discharged" ? Wounded : Killed;

    /// <summary>Words of a grave condition after "in" ("in critical condition", "in a serious condition").</summary>
    private static readonly WordSet GraveWords = new("critical", "serious");

    /// <summary>Words that open a part of the figure's people after it ("141 hurt, several of them in a serious condition": the part is not the figure).</summary>
    private static readonly WordSet SomeOfThem = new("whom", "some", "many", "most", "several", "few", "dozens");

    /// <summary>How many words after a figure its clause's "in critical condition" may stand (past a relative clause of who they are).</summary>
    private const int ConditionWordsAfter = 16;

    /// <summary>The subject of those of a toll's hurt in a grave condition.</summary>
    internal const string InCriticalCondition = People + " in critical condition";

    /// <summary>
    /// Whether a figure of people counts those in a grave condition: "critical" or "serious" and then "condition" in its own
    /// clause after it ("some 37 of the hurt are in critical condition", "17 riders of the ferry that sank off Tesk stay in a
    /// serious condition"), before another clause or figure: a part of the wounded, not the wounded nor the dead.
    /// </summary>
    internal static bool StatesGraveCondition(ReadOnlySpan<char> sentence, int end)
    {
        int at = end;
        bool grave = false;
        for (int words = 0; words < ConditionWordsAfter && NextWord(sentence, ref at, out var word); words++)
        {
            if (grave && word.Equals("condition", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            grave = GraveWords.Contains(word);
            if (ClauseEnds.Contains(word) || SomeOfThem.Contains(word) || IsFigureWord(word))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Verbs of handling the dead right before a figure ("rescuers collected at least 40 bodies", "volunteers gathered 25"):
    /// the bodies so far handled, a part counted apart from the toll.
    /// </summary>
    private static readonly WordSet HandlingVerbs = new("collected", "gathered", "cremated");

    /// <summary>Words after a figure of people that say they are still there ("remain in hospital", "are still in hospitals").</summary>
    private static readonly WordSet StillWords = new("remain", "remains", "remained", "still");

    /// <summary>How many words after a figure "remain in hospital" is looked for (past a clause of where they were hurt).</summary>
    private const int StillWordsAfter = 16;

    /// <summary>Words after a figure that make its people those in hospital ("230 injured people were admitted to hospitals").</summary>
    private static readonly WordSet HospitalWords = new("hospital", "hospitals", "hospitalized", "hospitalised", "hospitalization", "hospitalisation");

    /// <summary>
    /// The part of a toll the words of a casualty figure name when its subject names none ("people"): "civilians" for
    /// "a total of civilian deaths of 518,000" (the word right before the part's word: <paramref name="partAt"/>), "elderly
    /// people" for "397 elderly people" (the words right after the figure); "people buried", "people in morgues", "people under
    /// torture", "people lynched" for a subset the figure's clause names after it; null when the words name none.
    /// </summary>
    /// <param name="sentence">The figure's sentence.</param>
    /// <param name="start">Where the figure starts in <paramref name="sentence"/>.</param>
    /// <param name="end">Where it ends.</param>
    /// <param name="partAt">Where the word naming the toll's part starts (<see cref="CasualtyPart(ReadOnlySpan{char}, int, int, out int)"/>), or -1.</param>
    internal static string? PeoplePart(ReadOnlySpan<char> sentence, int start, int end, int partAt)
    {
        int at = start;
        if (PreviousWord(sentence, ref at, out var verb) && SufferVerbs.Contains(verb) && PreviousWord(sentence, ref at, out var noun))
        {
            // "Government forces suffered 310 fatalities", "civilians lost 40": the side or part that lost them.
            if (TroopNouns.Contains(noun))
            {
                int nounAt = at;
                return PreviousWord(sentence, ref at, out var side) && char.IsUpper(side[0]) && nounAt - at == side.Length + 1
                    ? Subject(side.ToString() + " " + noun.ToString(), default) : Troops;
            }
            if (PeopleParts.Contains(noun))
            {
                return PartName(noun);
            }
        }
        at = end;
        for (int words = 0; words < 2 && NextWord(sentence, ref at, out var word); words++)
        {
            if (PeopleParts.Contains(word))
            {
                return PartName(word);
            }
        }
        if (partAt > 0)
        {
            at = partAt;
            if (PreviousWord(sentence, ref at, out var before) && PeopleParts.Contains(before))
            {
                return PartName(before);
            }
        }
        at = start;
        if (PreviousWord(sentence, ref at, out var handling) && HandlingVerbs.Contains(handling))
        {
            return People + " " + handling.ToString().ToLowerInvariant(); // "had collected at least 40 bodies": the bodies handled so far
        }
        at = end;
        int still = -1;
        for (int words = 0; words < StillWordsAfter && NextWord(sentence, ref at, out var word); words++)
        {
            if (ContrastWords.Contains(word) || word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
            if (StillWords.Contains(word))
            {
                still = words;
            }
            else if (still >= 0 && words - still <= 3 && HospitalWords.Contains(word))
            {
                return People + " in hospital"; // "79 people hurt in the strike on Dovra remain in hospital": those still there, a part
            }
        }
        at = end;
        bool anotherFigure = false;
        for (int words = 0; words < WordsAfter && NextWord(sentence, ref at, out var word); words++)
        {
            if (HospitalWords.Contains(word))
            {
                return People + " in hospital"; // "230 injured people were admitted to hospitals": a part of the wounded
            }
            anotherFigure |= IsFigureWord(word); // "killed 12 people, three in each village": the 12 is the whole
            if (!anotherFigure && word.Equals("each", StringComparison.OrdinalIgnoreCase))
            {
                return People + " in each"; // "40 bodies in each of the graves": a share of the toll, not the toll
            }
            if (SubsetWords.Contains(word))
            {
                return word[0] is 'm' or 'M' ? People + " in morgues"
                    : word.StartsWith("tortur", StringComparison.OrdinalIgnoreCase) ? People + " under torture"
                    : People + " " + word.ToString().ToLowerInvariant();
            }
            if (ContrastWords.Contains(word) || word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
        }
        return null;
    }

    /// <summary>A stage of handling as a subject names it: "handed over" for "handed", else the word.</summary>
    private static string StageName(ReadOnlySpan<char> word)
        => word.Equals("handed", StringComparison.OrdinalIgnoreCase) ? "handed over" : word.ToString().ToLowerInvariant();

    /// <summary>Words before a figure of people that say no one knows where they are ("no contact with 11", "the fate of 24 people").</summary>
    private static readonly WordSet UnknownFateNouns = new("contact", "fate", "whereabouts");

    /// <summary>Words after a figure of people that say no one knows where they are ("15 people who disappeared", "unaccounted for").</summary>
    private static readonly WordSet DisappearedWords = new("disappeared", "unaccounted", "contact");

    /// <summary>How many words before a figure a word of an unknown fate may stand ("no contact with at least 11").</summary>
    private const int FateWords = 4;

    /// <summary>
    /// Whether a figure of people counts the missing in words other than "missing": "there is no contact with at least 11
    /// people", "lost contact with 11", "the fate of 24 people is unknown", "12 people who disappeared", "9 with whom contact
    /// was lost", "40 remain unaccounted for". Read in the figure's clause only (before it, up to another figure; after
    /// it, up to another clause).
    /// </summary>
    internal static bool StatesMissing(ReadOnlySpan<char> sentence, int start, int end)
    {
        if (IsTheWholeOfAFigure(sentence, start))
        {
            return false; // "12 of the 40 crew aboard unaccounted for": the missing are 12, not all the crew
        }
        int at = start;
        for (int words = 0; words < FateWords && PreviousWord(sentence, ref at, out var word); words++)
        {
            if (UnknownFateNouns.Contains(word))
            {
                return true;
            }
            if (IsFigureWord(word) || ContrastWords.Contains(word) || word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
        }
        return WordInClauseAfter(sentence, end, DisappearedWords);
    }

    /// <summary>
    /// Whether a figure of people counts those in hospital: a word of hospital in its clause after it ("25 people remain in
    /// hospitals", "30 were hospitalized", "98 people have been taken to hospitals"), before another clause or figure.
    /// </summary>
    internal static bool StatesInHospital(ReadOnlySpan<char> sentence, int end) => WordInClauseAfter(sentence, end, HospitalWords);

    /// <summary>
    /// Whether one of <paramref name="set"/> stands among the <see cref="WordsAfter"/> words after a figure, before a clause
    /// ends or another figure or part word begins: the figure's own clause says it.
    /// </summary>
    private static bool WordInClauseAfter(ReadOnlySpan<char> sentence, int end, WordSet set)
    {
        int at = end;
        for (int words = 0; words < WordsAfter && NextWord(sentence, ref at, out var word); words++)
        {
            if (set.Contains(word))
            {
                return true;
            }
            if (ClauseEnds.Contains(word) || IsFigureWord(word) || PartOf(word) is not null)
            {
                break;
            }
        }
        return false;
    }

    /// <summary>How many words after a figure its own "on" and weekday may stand ("47 people in Dolsk on Monday").</summary>
    private const int DayWordsAfter = 5;

    /// <summary>
    /// The day a figure's own "on" names when the sentence sets it beside another figure of another day: "raiders killed 47
    /// in Dolsk on Monday and 38 on Tuesday" (47 is Monday's, 38 Tuesday's): each a day's part of the toll of both days,
    /// never the toll; null when the figure has no day of its own or no other figure of another day stands beside it.
    /// </summary>
    internal static string? DayOfAPart(ReadOnlySpan<char> sentence, int start, int end)
    {
        int at = end;
        string? day = null;
        for (int words = 0; words < DayWordsAfter && NextWord(sentence, ref at, out var word); words++)
        {
            if (word.Equals("on", StringComparison.Ordinal))
            {
                if (NextWord(sentence, ref at, out var weekday) && ArticleWords.IsWeekday(weekday))
                {
                    day = weekday.ToString();
                }
                break;
            }
            if (IsFigureWord(word) || ClauseEnds.Contains(word))
            {
                return null;
            }
        }
        if (day is null)
        {
            return null;
        }
        // After: "on Friday and 50 (people) on Saturday".
        int next = at;
        if (NextWord(sentence, ref next, out var and) && and.Equals("and", StringComparison.Ordinal) && NextWord(sentence, ref next, out var other)
            && IsFigureWord(other) && OtherDayAfter(sentence, next, day))
        {
            return day;
        }
        // Before: "47 (people) on Monday and 38 on Tuesday", read from the second figure.
        int back = start;
        if (PreviousWord(sentence, ref back, out var join) && join.Equals("and", StringComparison.Ordinal) && PreviousWord(sentence, ref back, out var before)
            && ArticleWords.IsWeekday(before) && !before.Equals(day, StringComparison.OrdinalIgnoreCase)
            && PreviousWord(sentence, ref back, out var on) && on.Equals("on", StringComparison.Ordinal))
        {
            return day;
        }
        return null;
    }

    /// <summary>Whether "on" and a weekday other than <paramref name="day"/> stand among the few words after <paramref name="at"/>.</summary>
    private static bool OtherDayAfter(ReadOnlySpan<char> sentence, int at, string day)
    {
        for (int words = 0; words < DayWordsAfter && NextWord(sentence, ref at, out var word); words++)
        {
            if (word.Equals("on", StringComparison.Ordinal))
            {
                return NextWord(sentence, ref at, out var weekday) && ArticleWords.IsWeekday(weekday) && !weekday.Equals(day, StringComparison.OrdinalIgnoreCase);
            }
        }
        return false;
    }

    /// <summary>Words of surviving: a figure whose own clause says them counts the survivors ("a crew of 26 survived", "41 of those aboard survived").</summary>
    private static readonly WordSet SurvivalWords = new("survived", "survive", "survives", "surviving", "survivors", "survivor");

    /// <summary>Words that close a figure's clause before a word of surviving could be its own ("killing 40 in a town that had survived the war").</summary>
    private static readonly WordSet SurvivalClauseEnds = new("that", "which", "who", "where", "when", "after", "as", "because", "though", "although");

    /// <summary>How many words after a figure its clause's word of surviving may stand ("all 19 crew of the Tesk trawler survived").</summary>
    private const int SurvivalWordsAfter = 10;

    /// <summary>The metric of those who survived an event: never its dead, its hurt or its people aboard.</summary>
    internal static readonly Metric Survivors = Metric.Of("survivors");

    /// <summary>
    /// Whether a figure of people counts those who survived: a word of surviving in its own clause after it ("rescuers said 26
    /// people had survived", "41 of those aboard survived", "all 19 crew of the Tesk trawler survived", "rescuers counted 12
    /// survivors"), before a word that opens another clause, another figure or a word of another part of a toll; not those of
    /// them in hospital ("15 survivors were taken to a Varo hospital": those in hospital). Survivors are their own quantity: read as
    /// the dead, the losses or the people aboard, they would meet a toll they are the other side of.
    /// </summary>
    internal static bool StatesSurvival(ReadOnlySpan<char> sentence, int end)
    {
        int at = end;
        for (int words = 0; words < SurvivalWordsAfter && NextWord(sentence, ref at, out var word); words++)
        {
            if (SurvivalWords.Contains(word))
            {
                return !StatesInHospital(sentence, end);
            }
            if (ClauseEnds.Contains(word) || SurvivalClauseEnds.Contains(word) || IsFigureWord(word) || PartOf(word) is not null
                || (at < sentence.Length && sentence[at] is ',' or ';' or ':' or '('))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>The metric of the missing, and that of the wounded.</summary>
    internal static Metric MissingMetric => Missing;

    /// <inheritdoc cref="MissingMetric"/>
    internal static Metric WoundedMetric => Wounded;

    /// <summary>Those in hospital, as a subject of the wounded.</summary>
    internal const string InHospital = People + " in hospital";

    /// <summary>Verbs between a side and its toll ("Government forces suffered 310 fatalities", "the rebels lost 40").</summary>
    private static readonly WordSet SufferVerbs = new("suffered", "lost", "sustained", "suffer", "lose");

    /// <summary>Nouns of people held captive: a count of them released is a release, not the people held.</summary>
    private static readonly WordSet CaptiveNouns = new(
        "prisoners", "prisoner", "hostages", "hostage", "captives", "captive", "detainees", "detainee");

    /// <summary>Words of a release or an exchange of captives ("released", "freed", "in exchange for", "a swap").</summary>
    private static readonly WordSet ReleaseWords = new(
        "released", "release", "releasing", "releases", "freed", "frees", "freeing", "free", "exchange", "exchanged", "swap",
        "swapped", "handed");

    /// <summary>The metric of captives released or exchanged.</summary>
    internal static readonly Metric Released = Metric.Of("released");

    /// <summary>
    /// Whether a figure counts captives released or exchanged: its subject or the toll's part it reads names captives
    /// (<paramref name="captive"/>: "Palestinian prisoners", "hostages") and a word of release stands in its clause ("Hamas
    /// freed four hostages", "in exchange for 900 prisoners", "33 hostages are to be released"): a release, one exchange's
    /// count, not the captives held.
    /// </summary>
    internal static bool StatesRelease(ReadOnlySpan<char> sentence, int start, int end, string? subject, bool captive)
    {
        if (!captive && (subject is null || !SubjectNamesCaptives(subject)))
        {
            return false;
        }
        int at = end;
        for (int words = 0; words < WordsAfter && NextWord(sentence, ref at, out var word); words++)
        {
            if (ReleaseWords.Contains(word))
            {
                return true;
            }
            if (ContrastWords.Contains(word) || word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
        }
        at = start;
        for (int words = 0; words < ReleaseWordsBefore && PreviousWord(sentence, ref at, out var word); words++)
        {
            if (ReleaseWords.Contains(word))
            {
                // "in exchange for 900 prisoners", not "our exchange fund ... we took 250 prisoners" (captives to exchange).
                int before = at;
                return !ExchangeNouns.Contains(word) || (PreviousWord(sentence, ref before, out var @in) && @in.Equals("in", StringComparison.OrdinalIgnoreCase));
            }
            if (ContrastWords.Contains(word))
            {
                break;
            }
        }
        return false;
    }

    /// <summary>How far before a figure, in words, a word of release is looked for ("Dovra freed four hostages").</summary>
    private const int ReleaseWordsBefore = 5;

    /// <summary>Words of release that are nouns of an exchange: before a figure only as "in exchange for".</summary>
    private static readonly WordSet ExchangeNouns = new("exchange", "swap");

    private static bool SubjectNamesCaptives(string subject)
    {
        foreach (var word in subject.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (CaptiveNouns.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words after "of" that take their people from the figure before ("53 of them", "40 of whom"): the figure counts a part of it.</summary>
    private static readonly WordSet PartitivePronouns = new("them", "whom", "those", "these");

    /// <summary>
    /// Whether a figure counts a part of the figure before it: "316 were injured, including 122 who were flown abroad", "300
    /// attacks, while only 53 of them succeeded", "of whom"; its quantity is not the whole's.
    /// </summary>
    internal static bool CountsAPartOfTheFigureBefore(ReadOnlySpan<char> sentence, int start, int end)
    {
        int at = start;
        if (PreviousWord(sentence, ref at, out var before) && before.Equals("including", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (before.Length > 0 && (before.Equals("which", StringComparison.OrdinalIgnoreCase) || before.Equals("whom", StringComparison.OrdinalIgnoreCase))
            && PreviousWord(sentence, ref at, out var of) && of.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return true; // "the injured at 310, of which 240 were hospitalized"
        }
        at = end;
        return NextWord(sentence, ref at, out var ofWord) && ofWord.Equals("of", StringComparison.OrdinalIgnoreCase)
            && NextWord(sentence, ref at, out var pronoun) && PartitivePronouns.Contains(pronoun);
    }

    /// <summary>
    /// Nouns of a site inside a place (a building, a venue): a toll counted "in an apartment block" or "at the sports
    /// centre" is that site's part of the place's toll.
    /// </summary>
    private static readonly WordSet VenueNouns = new(
        "building", "block", "centre", "center", "camp", "campsite", "church", "cathedral", "mosque", "shrine", "hospital",
        "school", "market", "theatre", "theater", "prison", "hotel", "station", "stadium", "mall", "house", "apartment");

    /// <summary>The most words between "in" or "at" and a site's noun ("in the five-storey office building").</summary>
    private const int VenueWords = 4;

    /// <summary>
    /// Whether the figure's clause names a site inside a place after it: "in" or "at" and, within a few words, a noun of a
    /// building or venue (<see cref="VenueNouns"/>): "9 people died in an apartment block", "four at the sports
    /// centre": the site's part of a toll, not the place's whole toll.
    /// </summary>
    internal static bool NamesAVenueAfter(ReadOnlySpan<char> sentence, int end)
    {
        int at = end;
        for (int words = 0; words < WordsAfter && NextWord(sentence, ref at, out var word); words++)
        {
            if (word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("at", StringComparison.OrdinalIgnoreCase))
            {
                int next = at;
                for (int more = 0; more < VenueWords && NextWord(sentence, ref next, out var noun); more++)
                {
                    if (VenueNouns.Contains(noun))
                    {
                        return true;
                    }
                }
            }
            if (ClauseEnds.Contains(word) || IsFigureWord(word))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Pronouns and articles after "of" that make a toll's word after them the whole ("8 of those hurt", "five of the dead").</summary>
    private static readonly WordSet WholeOpeners = new("those", "the", "these");

    /// <summary>
    /// Whether a casualty figure counts a part of a whole its words name after it: "of those" or "of the" and then the word of
    /// the toll's part (<paramref name="partAt"/>): "at least 8 of those hurt are children", "11 of the injured were
    /// firemen": the hurt are the whole, the figure a part of them.
    /// </summary>
    internal static bool PartOfAWholeAfter(ReadOnlySpan<char> sentence, int end, int partAt)
    {
        int at = end;
        return partAt > end && NextWord(sentence, ref at, out var of) && of.Equals("of", StringComparison.OrdinalIgnoreCase)
            && NextWord(sentence, ref at, out var those) && WholeOpeners.Contains(those)
            && NextWord(sentence, ref at, out var part) && at - part.Length == partAt;
    }

    /// <summary>The most words an opening "Of ...," is read over for a figure after it ("Of the 73 wounded, he said 19 ...").</summary>
    private const int OpeningOfWords = 6;

    /// <summary>
    /// Whether the figure stands after an opening "Of these,", "Of them,", "Of the 73 wounded," that names its whole: a part of
    /// the whole said before ("Of these, 9 people died in an apartment block").
    /// </summary>
    internal static bool AfterAnOpeningOf(ReadOnlySpan<char> sentence, int start)
    {
        int at = 0;
        if (!NextWord(sentence, ref at, out var of) || !of.Equals("Of", StringComparison.Ordinal))
        {
            return false;
        }
        for (int words = 0; words < OpeningOfWords && at < start; words++)
        {
            if (sentence[at] == ',')
            {
                return true;
            }
            if (!NextWord(sentence, ref at, out _))
            {
                return false;
            }
        }
        return at < start && sentence[at] == ',';
    }

    /// <summary>How far before a figure, in words, "of the total" is looked for ("of the total deaths, 509", "out of the total fatalities, 615").</summary>
    private const int TotalWordsBefore = 5;

    /// <summary>Whether "of the total" stands shortly before the figure in its clause ("Out of the total fatalities, 615 were killed near the sites").</summary>
    internal static bool OfTheTotalBefore(ReadOnlySpan<char> sentence, int start)
    {
        int at = start;
        for (int words = 0; words < TotalWordsBefore && PreviousWord(sentence, ref at, out var word); words++)
        {
            if (!word.Equals("total", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            return PreviousWord(sentence, ref at, out var the) && the.Equals("the", StringComparison.OrdinalIgnoreCase)
                && PreviousWord(sentence, ref at, out var of) && of.Equals("of", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>Whether a subject already names a part of people ("children", "civilians", "elderly people").</summary>
    internal static bool NamesAPartOfPeople(string subject)
    {
        int space = subject.IndexOf(' ');
        return PeopleParts.Contains(space > 0 ? subject.AsSpan(0, space) : subject.AsSpan())
            || PeopleParts.Contains(subject.AsSpan(subject.LastIndexOf(' ') + 1));
    }

    /// <summary>The subject a word of <see cref="PeopleParts"/> names: its plural ("civilian" → "civilians"), "elderly people".</summary>
    private static string PartName(ReadOnlySpan<char> word)
    {
        string lower = word.ToString().ToLowerInvariant();
        return lower switch
        {
            "civilian" => "civilians",
            "child" => "children",
            "elderly" => "elderly people",
            _ => lower,
        };
    }

    /// <summary>Words that say a figure counts a short period's part of a toll ("in the past 24 hours", "over the past week", "this week", "overnight").</summary>
    private static readonly WordSet PeriodNouns = new("hours", "hour", "day", "days", "week", "weeks");

    /// <summary>Words before a period noun that make it the period just ended ("past", "last", "previous", "this").</summary>
    private static readonly WordSet PeriodOpeners = new("past", "last", "previous", "preceding", "this");

    /// <summary>Nouns of a rise, before "of" and a figure ("a jump of 45,000", "an increase of 300"): the figure is a change.</summary>
    private static readonly WordSet RiseNouns = new("jump", "rise", "increase", "surge", "spike");

    /// <summary>Words that bring in another figure of the toll, after which the reading of a figure's own words stops ("bringing the toll to").</summary>
    private static readonly WordSet TotalOpeners = new("bringing", "taking", "raising", "pushing", "to", "toll", "total");

    /// <summary>
    /// Whether a figure's own words make it a change over a period rather than the toll as of a day: a rise ("a jump of 45,000"),
    /// or a short period just ended, named after the figure in its clause or shortly before it ("12 were killed in the past 24
    /// hours", "over the past week, 300 fled", "40 died overnight"); not the total a sentence brings a day's count to ("12 killed
    /// in the past day, bringing the toll to 1,450": 1,450 is the toll).
    /// </summary>
    /// <param name="sentence">The figure's sentence.</param>
    /// <param name="start">Where the figure starts in <paramref name="sentence"/>.</param>
    /// <param name="end">Where it ends.</param>
    /// <param name="periods">Whether a short period's words count (for tolls and other counts; troops "there this week" are a level).</param>
    internal static bool StatesPeriodChange(ReadOnlySpan<char> sentence, int start, int end, bool periods)
    {
        int at = start;
        if (PreviousWord(sentence, ref at, out var of) && of.Equals("of", StringComparison.OrdinalIgnoreCase)
            && PreviousWord(sentence, ref at, out var rise) && RiseNouns.Contains(rise))
        {
            return true;
        }
        if (!periods)
        {
            return false;
        }
        at = start;
        int first = start;
        if ((PreviousWord(sentence, ref at, out var reached) && ReachWords.Contains(reached))
            || (NextWord(sentence, ref first, out var opening) && first < end && ReachWords.Contains(opening)))
        {
            return false; // "rose to 1,450 in the past day", "stood at 900 this week": the toll reached, not the period's part
        }
        int previousAt = 0, previousLength = 0;
        bool since = false;
        at = end;
        for (int words = 0; words < 2 && NextWord(sentence, ref at, out var own); words++)
        {
            if (own.Equals("since", StringComparison.OrdinalIgnoreCase))
            {
                return false; // "12 tanks in the past day and 3,948 since the start of the invasion": a total since an event
            }
        }
        at = end;
        for (int words = 0; words < PeriodWordsAfter && NextWord(sentence, ref at, out var word); words++)
        {
            if (IsPeriodEnd(sentence.Slice(previousAt, previousLength), word))
            {
                return true;
            }
            if ((ClauseEnds.Contains(word) && !(word.Equals("and", StringComparison.OrdinalIgnoreCase) && NextStartsWithDigit(sentence, at)))
                || (TotalOpeners.Contains(word) && !word.Equals("to", StringComparison.OrdinalIgnoreCase))
                || (word.Equals("including", StringComparison.OrdinalIgnoreCase)
                    && (since || sentence[..start].Contains("since ", StringComparison.OrdinalIgnoreCase))))
            {
                // not "728 drones and 13 missiles overnight": a list of counts shares its period; "3,948 tanks since the
                // invasion, including 12 in the past day", "losses since February 2022 reached 128,040, including 1,210 over
                // the past day": after a time of its own (read only when "including" comes), the period after it is the part's
                break;
            }
            since |= word.Equals("since", StringComparison.OrdinalIgnoreCase);
            if (!PeriodCounts.Contains(word) && !char.IsDigit(word[0]))
            {
                (previousAt, previousLength) = (at - word.Length, word.Length); // "past 24 hours", "last two weeks": the count between is skipped
            }
        }
        at = start;
        int nextAt = 0, nextLength = 0;
        for (int words = 0; words < 6 && PreviousWord(sentence, ref at, out var word); words++)
        {
            if (TotalOpeners.Contains(word))
            {
                break;
            }
            if (IsPeriodEnd(word, sentence.Slice(nextAt, nextLength)) || word.Equals("overnight", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (!PeriodCounts.Contains(word) && !char.IsDigit(word[0]))
            {
                (nextAt, nextLength) = (at, word.Length);
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the verb of an area's clause, before it, takes or loses ground ("captured", "seized", "have taken", "gained",
    /// "recaptured", "lost") rather than holds it ("controls", "occupies"): up to six words back, not past a clause break.
    /// </summary>
    /// <param name="sentence">The figure's sentence.</param>
    /// <param name="start">Where the figure starts in <paramref name="sentence"/>.</param>
    /// <param name="givenUp">Whether the verb gives ground up ("lost", "ceded") rather than takes it.</param>
    internal static bool TakesGround(ReadOnlySpan<char> sentence, int start, out bool givenUp)
    {
        int at = start, reach = 6;
        bool comparison = false;
        if (ComparisonStart(sentence, start) is var back and >= 0)
        {
            // "captured 430 km² in August, down from 556 in July": the base of the comparison is what the figure before is.
            (at, reach, comparison) = (back, 14, true);
        }
        return VerbOfGround(sentence, at, reach, comparison, out givenUp, out bool holds) >= 0 && !holds;
    }

    /// <summary>
    /// Where the words that make a figure the base of a comparison start ("up from", "down from", "compared with", "compared
    /// to" right before it), or -1 when it is none.
    /// </summary>
    private static int ComparisonStart(ReadOnlySpan<char> sentence, int start)
    {
        int at = start;
        if (!PreviousWord(sentence, ref at, out var preposition) || !PreviousWord(sentence, ref at, out var first))
        {
            return -1;
        }
        bool from = preposition.Equals("from", StringComparison.OrdinalIgnoreCase)
            && (first.Equals("up", StringComparison.OrdinalIgnoreCase) || first.Equals("down", StringComparison.OrdinalIgnoreCase));
        bool compared = (preposition.Equals("with", StringComparison.OrdinalIgnoreCase) || preposition.Equals("to", StringComparison.OrdinalIgnoreCase))
            && first.Equals("compared", StringComparison.OrdinalIgnoreCase);
        return from || compared ? at : -1;
    }

    /// <summary>Verbs of ground changing hands (taken, won back or given up), as against holding it.</summary>
    private static readonly WordSet TakingVerbs = new(
        "captured", "captures", "capture", "capturing", "seized", "seizes", "seize", "seizing", "took", "taken", "take", "takes", "taking",
        "gained", "gains", "gain", "gaining", "recaptured", "recaptures", "retook", "retaken", "retake", "regained", "liberated",
        "liberates", "advanced", "advances", "conquered", "won");

    /// <summary>
    /// Verbs of ground given up: over a period that ended before the article ("lost 430 km² in August") the period's change;
    /// since a date up to the article ("has lost 18% since 2014") the loss as it stands, a level of the territory lost.
    /// </summary>
    private static readonly WordSet GivingUpVerbs = new("lost", "loses", "ceded", "surrendered", "abandoned");

    /// <summary>Whether the word after <paramref name="at"/> starts with a digit ("and 13 missiles").</summary>
    private static bool NextStartsWithDigit(ReadOnlySpan<char> sentence, int at)
        => NextWord(sentence, ref at, out var next) && char.IsDigit(next[0]);

    /// <summary>Words right before a figure that make it a total reached ("rose to 1,450", "stood at 900", "passed 600,000").</summary>
    private static readonly WordSet ReachWords = new("to", "at", "reached", "reaching", "passed", "topped", "crossed", "hit");

    /// <summary>How far, in words, a period's words are looked for after a figure ("12 people were killed in Dovra in the past 24 hours").</summary>
    private const int PeriodWordsAfter = 12;

    /// <summary>Counts of a period's units written in words ("the past two weeks", "the last few days").</summary>
    private static readonly WordSet PeriodCounts = new("two", "three", "four", "five", "six", "seven", "few", "several");

    /// <summary>"past 24 hours" ends at "hours" (the number between is skipped), "this week", "overnight".</summary>
    private static bool IsPeriodEnd(ReadOnlySpan<char> before, ReadOnlySpan<char> word)
    {
        if (word.Equals("overnight", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return PeriodNouns.Contains(word) && before.Length > 0 && PeriodOpeners.Contains(before);
    }

    /// <summary>Words that join two parts of a toll into one count ("killed or wounded", "dead and injured").</summary>
    private static readonly WordSet PartJoins = new("or", "and");

    /// <summary>
    /// Whether the part word at [<paramref name="wordStart"/>, <paramref name="wordEnd"/>) is joined to a word of another part
    /// ("killed or wounded", "dead and injured", "killed, wounded or missing", "the number of killed and wounded"): the figure
    /// then counts the whole toll, not one part.
    /// </summary>
    private static bool JoinedToAnotherPart(ReadOnlySpan<char> sentence, int wordStart, int wordEnd, Metric part)
    {
        int at = wordEnd;
        if (NextWord(sentence, ref at, out var next))
        {
            if (PartJoins.Contains(next) && NextWord(sentence, ref at, out var after))
            {
                next = after;
            }
            if (PartOf(next) is { } other && !other.Equals(part) && !(part.Equals(Killed) && PresumedDead(sentence, at)))
            {
                return true;
            }
        }
        at = wordStart;
        if (PreviousWord(sentence, ref at, out var previous))
        {
            if (PartJoins.Contains(previous) && PreviousWord(sentence, ref at, out var before))
            {
                previous = before;
            }
            if (PartOf(previous) is { } other && !other.Equals(part))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words that presume a fate ("missing presumed dead", "missing, feared dead").</summary>
    private static readonly WordSet PresumingWords = new("presumed", "feared", "believed");

    /// <summary>
    /// Whether the missing word that ends at <paramref name="at"/> is presumed dead ("dead or missing presumed dead", "killed or
    /// missing, feared dead"): those counted are all taken for dead, one toll of the killed, not the killed joined to the missing.
    /// </summary>
    private static bool PresumedDead(ReadOnlySpan<char> sentence, int at)
        => NextWord(sentence, ref at, out var presumed) && PresumingWords.Contains(presumed)
            && NextWord(sentence, ref at, out var dead) && PartOf(dead) is { } fate && fate.Equals(Killed);

    /// <summary>Words for prisoners of war, who are troops by what the words mean.</summary>
    private static readonly WordSet PrisonersOfWar = new("pows", "pow");

    /// <summary>Participles of reporting read with a toll's subject ("people reported injured", "residents feared dead"): how it is known, not who.</summary>
    private static readonly WordSet ReportingParticiples = new("reported", "reportedly", "believed", "feared", "confirmed", "said", "thought");

    /// <summary>
    /// Nouns and words before them that count people of no particular kind ("people", "citizens", "other people", "others"),
    /// and the people of a place or an event as a toll names them ("victims", "locals", "villagers", "residents").
    /// </summary>
    private static readonly WordSet GenericPeople = new(
        "people", "persons", "individuals", "citizens", "others", "other", "more", "additional", "victims", "locals", "villagers", "residents");

    /// <summary>
    /// The subject of a part of a toll: words that only repeat the part ("deaths", "hostage", "POWs") are dropped, and people of no
    /// particular kind ("people", "citizens", "individuals", "others") or none ("unspecified", nothing left) are "people": a
    /// toll counts people; prisoners of war of a nationality are its troops ("Russian POWs" → "Russian troops"); any other
    /// subject as it was ("children", "civilians", "Russian troops"); words from "including" or "among" on are dropped ("People
    /// Including Infants": people), and so are words from a verb of suffering or receiving on ("people suffered injuries",
    /// "others sustained injuries": people). Of the killed (<paramref name="part"/>), captives are not the part again but who
    /// died: "hostages dead" is "hostages" (<see cref="CaptivesWhoDied"/>).
    /// </summary>
    internal static string TollSubject(string subject, Metric? part = null)
    {
        if (subject == Unspecified)
        {
            return People;
        }
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int end = words.Length;
        // "People Including Infants" (a headline's words): the people counted, not the part named after them.
        int including = Array.FindIndex(words, w => w.Equals("including", StringComparison.OrdinalIgnoreCase) || w.Equals("among", StringComparison.OrdinalIgnoreCase)
            || w.Contains('\u2014') // "9 others hurt—mostly guards at the depot": the people, not the part named after the dash
            || SufferVerbs.Contains(w) || w.Equals("received", StringComparison.OrdinalIgnoreCase) // "people suffered injuries": the people
            || ReportingParticiples.Contains(w)); // "40 more people reported injured": the people, as reported
        if (including == 0)
        {
            return People;
        }
        if (including > 0)
        {
            end = including;
            subject = string.Join(' ', words, 0, end);
            words = words[..end];
        }
        while (end > 0 && PartOf(words[end - 1]) is not null)
        {
            if (Killed.Equals(part) && CaptiveNouns.Contains(words[end - 1]) && !PrisonersOfWar.Contains(words[end - 1]))
            {
                return string.Join(' ', words, 0, end); // "hostages dead": the hostages who died
            }
            end--;
        }
        if (end == 1 && end < words.Length && PrisonersOfWar.Contains(words[^1]) && NationalityAdjectives.Contains(words[0]))
        {
            // "Russian POWs": prisoners of war are troops, captured ("captured of Russian troops").
            return Subject(words[0] + " " + Troops, default);
        }
        for (int i = 0; i < end; i++)
        {
            if (!GenericPeople.Contains(words[i]))
            {
                return subject;
            }
        }
        return People;
    }

    /// <summary>
    /// Whether a toll's subject is the lives it took ("claimed 20,000 lives", "lives lost"): people of no kind, so that with no
    /// place the figure stays in its article. "lives" is also a word of the killed (<see cref="CasualtyPart(ReadOnlySpan{char}, int, int)"/>:
    /// "claimed the lives of 19", "25 lost their lives and 70 others were injured"), so this is read only when the sentence
    /// joins it to another part ("lives and limbs").
    /// </summary>
    internal static bool IsLives(string subject)
        => subject.Equals("lives", StringComparison.OrdinalIgnoreCase) || subject.Equals("life", StringComparison.OrdinalIgnoreCase);

    /// <summary>Nouns for land itself: the subject of an area held or lost that has one names the metric again, not who holds it.</summary>
    private static readonly WordSet LandNouns = new("territory", "territories", "land", "lands", "ground", "soil");

    /// <summary>
    /// The subject of an area held or lost: "unspecified" when its words name the land itself ("Russian territory", "territory
    /// there": the metric again, the place is the place's), else as it was.
    /// </summary>
    internal static string TerritorySubject(string subject)
    {
        foreach (var word in subject.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (LandNouns.Contains(word))
            {
                return Unspecified;
            }
        }
        return subject;
    }

    /// <summary>
    /// The land an area's subject names, as a place: a name ("19% of Orlova", "1,100 km² of Kessia's Tarn region": the
    /// possessive is tidied by <see cref="Place(string?)"/>) or a nationality before a land noun ("430 km² of Ukrainian
    /// territory": Ukraine; an adjective the country list lacks is matched to a name in the article it is formed from,
    /// "Orlovan" to "Orlova"); null when the subject names no land (troops, "territory there", lower-case words).
    /// </summary>
    /// <param name="subject">The figure's subject as read.</param>
    /// <param name="article">The article's text, where an unlisted nationality's country is looked for.</param>
    internal static string? LandOf(string? subject, string article)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return null;
        }
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int land = Array.FindIndex(words, static w => LandNouns.Contains(w));
        if (land >= 0)
        {
            // "Ukrainian territory", "Orlovan land": the one capitalised word before the land noun, the nationality's country.
            int first = land > 0 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            if (land > first && words[land - 1] is var owner && owner.Length > 2 && owner[^1] == 's' && Characters.IsApostrophe(owner[^2]))
            {
                // "the Donetsk region's territory": the region
                var name = string.Join(' ', words[first..land]);
                return char.IsUpper(words[first][0]) ? name[..^2] : null;
            }
            return land - first == 1 && char.IsUpper(words[first][0]) ? CountryOf(words[first], article) : null;
        }
        int last = words.Length - 1;
        for (int i = 0; i <= last; i++)
        {
            string word = words[i];
            bool capital = char.IsUpper(word[0]) || (i == 0 && word.Equals("the", StringComparison.OrdinalIgnoreCase));
            if (!capital && !(i == last && i > 0 && RegionWords.Contains(word)))
            {
                return null; // "rebel forces", "the front": not a named land
            }
        }
        return NationalityAdjectives.Contains(subject) || TroopNouns.Contains(words[last]) ? null : subject;
    }

    /// <summary>
    /// The country of a nationality adjective: from <see cref="Countries"/>, else the capitalised name in the article the
    /// adjective is formed from by an English demonym ending ("Orlovan" from "Orlova", "Kessian" from "Kessia", "Varani" from
    /// "Varan"); null when neither is found.
    /// </summary>
    private static string? CountryOf(string adjective, string article)
    {
        if (CountriesByAdjective.TryGetValue(adjective, out var country))
        {
            return country;
        }
        foreach (string ending in DemonymEndings)
        {
            if (adjective.Length - ending.Length < 3 || !adjective.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }
            string stem = adjective[..^ending.Length];
            foreach (string name in (ReadOnlySpan<string>)[stem, stem + "a", stem + "ia"])
            {
                if (Characters.ContainsWord(article, name))
                {
                    return name;
                }
            }
        }
        return null;
    }

    /// <summary>Endings that form a nationality adjective from a name (a fact of English usage), longest first.</summary>
    private static readonly string[] DemonymEndings = ["ian", "ese", "an", "n", "i"];

    /// <summary>The countries of <see cref="Countries"/> by adjective, the first name listed for each.</summary>
    private static readonly Dictionary<string, string> CountriesByAdjective = Countries
        .Where(static c => !c.Key.StartsWith("the ", StringComparison.Ordinal))
        .GroupBy(static c => c.Value, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(static g => g.Key, static g => g.First().Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The subject of a figure whose words name none.</summary>
    internal const string Unspecified = "unspecified";

    /// <summary>The subject of a toll of people of no particular kind.</summary>
    internal const string People = "people";

    /// <summary>
    /// Whether a quantity names nothing of what it counts but its metric: no place, and a subject that is none, people of no
    /// particular kind, troops of no nationality or houses and buildings ("unspecified", "people", "troops", "houses"). Such figures of different articles are
    /// not taken for one thing ("1,200 people killed", "20,000 troops killed" in two articles about two battles):
    /// <see cref="ExtractedFigure.SuggestQuantity()"/> keeps them to their article.
    /// </summary>
    internal static bool NamesNothing(string subject, string? place)
        => place is null && (subject == Unspecified || subject == People || subject == Troops || IsOfDwellings(subject));

    /// <summary>
    /// Whether a subject counts houses or buildings ("houses", "multi-storey buildings", "apartments"): with no place, one
    /// event's damage, which another article's count of houses is not ("312 houses destroyed" after a quake, "48 houses
    /// damaged" by a strike elsewhere), as "people" of no place are not.
    /// </summary>
    private static bool IsOfDwellings(string subject)
        => subject.LastIndexOf(' ') is var space && DwellingNouns.Contains(subject.AsSpan(space + 1));

    /// <summary>Nouns of houses and buildings a damage count names (<see cref="IsOfDwellings"/>).</summary>
    private static readonly WordSet DwellingNouns = new("houses", "homes", "buildings", "apartments", "dwellings", "flats");

    /// <summary>The subject of troops of no nationality the words name.</summary>
    internal const string Troops = "troops";

    /// <summary>
    /// Whether <paramref name="word"/>, at <paramref name="at"/> in <paramref name="sentence"/>, is a bare "toll" before a
    /// figure, which news writes for the dead ("a monitoring group put the toll at 420", "raising the overall toll to 39"):
    /// not after a word of another toll ("the casualty toll", "a heavy toll") or of a part ("the death toll", read from that
    /// word), nor before "of" ("the toll of injured", "a toll
    /// on the town"), which name their own part or none.
    /// </summary>
    private static bool BareToll(ReadOnlySpan<char> sentence, int at, ReadOnlySpan<char> word)
    {
        if (!word.Equals("toll", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        int after = at + word.Length;
        if (NextWord(sentence, ref after, out var next) && (next.Equals("of", StringComparison.OrdinalIgnoreCase) || next.Equals("on", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        int before = at;
        // "the death toll": the word before names the part itself, where the subject before it is read from.
        return !(PreviousWord(sentence, ref before, out var previous) && (OtherTolls.Contains(previous) || PartOf(previous) is not null));
    }

    private static Metric? PartOf(ReadOnlySpan<char> word)
        => KilledWords.Contains(word) || KillingWords.Contains(word) ? Killed
            : WoundedWords.Contains(word) ? Wounded
            : CapturedWords.Contains(word) ? Captured
            : MissingWords.Contains(word) ? Missing
            : null;

    /// <summary>The next word (letters, digits, and the hyphens, apostrophes, commas and points inside them) at or after <paramref name="at"/>.</summary>
    private static bool NextWord(ReadOnlySpan<char> text, ref int at, out ReadOnlySpan<char> word)
    {
        while (at < text.Length && !char.IsLetterOrDigit(text[at]))
        {
            at++;
        }
        int from = at;
        while (at < text.Length && (char.IsLetterOrDigit(text[at]) || (at + 1 < text.Length && text[at] is '-' or ',' or '.' or '\'' && char.IsLetterOrDigit(text[at + 1]) && char.IsLetterOrDigit(text[at - 1]))))
        {
            at++;
        }
        word = text[from..at];
        return word.Length > 0;
    }

    /// <summary>The word that ends before <paramref name="at"/> (as <see cref="NextWord"/> reads words), moving <paramref name="at"/> to its start.</summary>
    private static bool PreviousWord(ReadOnlySpan<char> text, ref int at, out ReadOnlySpan<char> word)
    {
        while (at > 0 && !char.IsLetterOrDigit(text[at - 1]))
        {
            at--;
        }
        int to = at;
        while (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || (at > 1 && at < text.Length && text[at - 1] is '-' or ',' or '.' or '\'' && char.IsLetterOrDigit(text[at - 2]) && char.IsLetterOrDigit(text[at]))))
        {
            at--;
        }
        word = text[at..to];
        return word.Length > 0;
    }

    /// <summary>Metrics for counts of a kind the extractor read no metric for.</summary>
    private static readonly Metric EquipmentMetric = Metric.Of("equipment"), EventsMetric = Metric.Of("events"), CountMetricOfOther = Metric.Of("count");

    /// <summary>
    /// The metric of a count with no metric of its own, by its kind: losses for casualties, "equipment", "events", "count"
    /// for other figures; personnel for personnel and for a figure of unknown kind (most figures in war news count people).
    /// </summary>
    internal static Metric CountMetric(FigureKind kind) => kind switch
    {
        FigureKind.Casualties => Metric.Losses,
        FigureKind.Equipment => EquipmentMetric,
        FigureKind.Events => EventsMetric,
        FigureKind.Other => CountMetricOfOther,
        _ => Metric.Personnel,
    };

    /// <summary>
    /// The unit of a count: persons for personnel, casualties and figures of unknown kind, and for other figures whose
    /// subject counts people ("civilians", "people", a nationality written as a noun: "Sudanese"); else a count of the subject's noun ("Shahed drones" → "drones",
    /// "443 shootouts" → "shootouts"); with no subject, a count of "items" for equipment, of "events" for events, persons
    /// for other figures.
    /// </summary>
    internal static Unit CountUnit(FigureKind kind, string? subject)
    {
        if (kind is not (FigureKind.Equipment or FigureKind.Events or FigureKind.Other))
        {
            return Unit.Persons;
        }
        string? head = null;
        if (!string.IsNullOrWhiteSpace(subject))
        {
            // The counted noun: the first word that names people, else the first plural ("Shahed drones launched" →
            // "drones"), else the last word.
            var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            head = Array.Find(words, w => PeopleNouns.Contains(w))
                ?? Array.Find(words, w => w.Length > 2 && char.IsLower(w[0]) && w[^1] == 's' && w.All(char.IsLetter))
                ?? words[^1];
            if (IsPeoplesName(head))
            {
                return Unit.Persons; // "5,857 Orlovans": people of a nation
            }
            if (head.Equals("home", StringComparison.OrdinalIgnoreCase) && words.Length > 1 && GoingVerbs.Contains(words[^2]))
            {
                return Unit.Persons; // "90,000 went home": people who went, not houses
            }
            head = head.Length > 0 && char.IsLetter(head[0]) ? head.ToLowerInvariant() : null;
            head = head is not null && DwellingWords.TryGetValue(head, out var dwelling) ? dwelling : head;
        }
        if (head is not null && (PeopleNouns.Contains(head) || NationalityAdjectives.Contains(head) || (Unit.TryParse(head, out var parsed) && parsed == Unit.Persons)))
        {
            return Unit.Persons;
        }
        if (head is not null && !Unit.TryParse(head, out _))
        {
            return Unit.CountOf(head);
        }
        return kind == FigureKind.Events ? Unit.CountOf("events") : kind == FigureKind.Other ? Unit.Persons : Unit.CountOf("items");
    }

    /// <summary>
    /// Whether a word is a people's name in the plural, by an English demonym ending: "Orlovans", "Kessians", "Sudanese" (a
    /// capital, then "ans", "ians" or "ese"; facts of English usage, for names the country list lacks).
    /// </summary>
    private static bool IsPeoplesName(string word)
        => word.Length > 5 && char.IsUpper(word[0]) && word.All(char.IsLetter)
            && (word.EndsWith("ans", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal));

    /// <summary>
    /// Words before "from" after which the name is where the harm was done: the toll's or the event's own nouns ("the toll
    /// from the Dovra quake", "deaths from flooding in Varo"), bodies taken from the site ("bodies recovered from Tesk"), a
    /// distance ("12 km from Orsk").
    /// </summary>
    private static readonly WordSet FromTheEventWords = new(
        "toll", "tolls", "count", "tally", "casualties", "deaths", "dead", "fatalities", "victims", "explosion", "explosions", "blast",
        "blasts", "quake", "quakes", "earthquake", "earthquakes", "fire", "fires", "flood", "floods", "flooding", "crash", "collapse",
        "storm", "landslide", "landslides", "disaster", "violence", "fighting", "clashes", "massacre", "recovered", "retrieved",
        "pulled", "exhumed", "km", "kilometres", "kilometers", "miles", "metres", "meters", "reports", "report", "resulted", "resulting",
        "result", "stemming", "missing", "displaced", "evacuated", "fled", "disappeared");

    /// <summary>Nouns of a place's own authority after its name ("from the Dovra governor", "from the Varo health office").</summary>
    private static readonly WordSet LocalAuthorityNouns = new(
        "governor", "governorate", "mayor", "municipality", "authorities", "officials", "administration", "council", "police", "office",
        "health", "hospital", "hospitals", "prefecture");

    /// <summary>
    /// Whether a place read for a toll is, wherever the sentence names it, the object of "from" after a word that is none of
    /// the toll's or the event's (<see cref="FromTheEventWords"/>): where people or goods came from ("foreign nationals from
    /// Kessia among the dead", "a shipment from Dovra of fuel", "a plane shot from Varo"), not where the harm was done.
    /// </summary>
    internal static bool IsOriginFrom(ReadOnlySpan<char> sentence, string read)
    {
        bool found = false;
        for (int at = sentence.IndexOf(read.AsSpan(), StringComparison.Ordinal); at >= 0;)
        {
            int back = at;
            if (PreviousWord(sentence, ref back, out var word) && word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                PreviousWord(sentence, ref back, out word);
            }
            int after = at + read.Length;
            if (!word.Equals("from", StringComparison.OrdinalIgnoreCase) || (PreviousWord(sentence, ref back, out var before) && FromTheEventWords.Contains(before))
                || (NextWord(sentence, ref after, out var noun) && after - noun.Length == at + read.Length + 1 && LocalAuthorityNouns.Contains(noun)))
            {
                return false; // "the toll from the Dovra quake"; "from the Dovra governor": the place's own authority, which speaks for it
            }
            found = true;
            int next = sentence[(at + read.Length)..].IndexOf(read.AsSpan(), StringComparison.Ordinal);
            at = next < 0 ? -1 : at + read.Length + next;
        }
        return found;
    }

    /// <summary>
    /// Whether a place as read is a nationality adjective the country list lacks, formed from a name the article gives
    /// ("in Kessian jails" in an article that names Kessia): who holds or did something, not where.
    /// </summary>
    internal static bool IsNationalityOfANamedCountry(string place, string article)
        => place.IndexOf(' ') < 0 && char.IsUpper(place[0]) && EndsLikeANationality(place) && !CountriesByAdjective.ContainsKey(place)
            && (CountryOf(place, article) is not null || BeforeASettlementOf(article, place));

    /// <summary>
    /// Whether the article writes <paramref name="word"/> right before a settlement's noun and "of" ("the Dovran city of Tesk",
    /// "the Kessian port of Varo"): an adjective of the land the settlement lies in, whose name comes after "of", not a place.
    /// </summary>
    private static bool BeforeASettlementOf(string article, string word)
    {
        for (int at = article.IndexOf(word, StringComparison.Ordinal); at >= 0; at = article.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            int next = at + word.Length;
            if ((at > 0 && char.IsLetter(article[at - 1])) || next >= article.Length || article[next] != ' ')
            {
                continue;
            }
            var after = article.AsSpan(next);
            int probe = 0;
            if (NextWord(after, ref probe, out var noun) && probe - noun.Length == 1 && char.IsLower(noun[0]) && SettlementNouns.Contains(noun)
                && NextWord(after, ref probe, out var of) && of.Equals("of", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a word ends as an adjective of nationality does ("-an", "-ese", "-i"): only such a place is looked for in the
    /// article, so a town's name ("Kherson", "Dovra") costs no scan of the text.
    /// </summary>
    private static bool EndsLikeANationality(string word)
        => word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith('i');

    /// <summary>
    /// Whether a count of people is of captives held now, not taken over the war: "8,000 soldiers are still held by Kessia",
    /// "remain in Kessian jails", "Kessia holds more than 6,000 prisoners", "in captivity". Looked for in the figure's
    /// clause: a word of holding right before it ("holds", "holding") when the subject names captives (not "holds 500,000
    /// troops in reserve"), or after it "held by", "held captive", "captivity", or "remain"/"remains" then a place of
    /// captivity ("jails", "prisons", "custody"; not "camps", which may shelter the displaced) within a few words.
    /// </summary>
    /// <param name="sentence">The figure's sentence.</param>
    /// <param name="start">Where the figure starts in <paramref name="sentence"/>.</param>
    /// <param name="end">Where it ends.</param>
    /// <param name="subject">The figure's subject as read, or null.</param>
    internal static bool HeldCaptive(ReadOnlySpan<char> sentence, int start, int end, string? subject)
    {
        int at = ComparisonStart(sentence, start);
        if (at >= 0)
        {
            // "Nearly 8,000 prisoners remain in jails, up from about 7,500 in the spring": the base is what the figure before is.
            int clause = sentence[..at].LastIndexOf(',');
            int before = clause > 0 ? sentence[..clause].LastIndexOfAny(".;:") + 1 : 0;
            return clause > 0 && HeldCaptive(sentence[..clause], before, before, subject);
        }
        at = start;
        for (int words = 0; words < 3 && PreviousWord(sentence, ref at, out var word); words++)
        {
            if (HoldWords.Contains(word))
            {
                return subject is not null && SubjectNamesCaptives(subject); // "holds 6,000 prisoners", not "holds 500,000 troops in reserve"
            }
        }
        at = end;
        bool remain = false, held = false, returned = false;
        for (int words = 0; words < 10 && NextWord(sentence, ref at, out var word); words++)
        {
            if (held && (word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.Equals("captive", StringComparison.OrdinalIgnoreCase)
                || word.Equals("prisoner", StringComparison.OrdinalIgnoreCase) || word.Equals("hostage", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
            if (word.Equals("captivity", StringComparison.OrdinalIgnoreCase) || (remain && CaptivityPlaces.Contains(word)))
            {
                return !returned; // not "returned home from captivity"
            }
            returned |= word.Equals("returned", StringComparison.OrdinalIgnoreCase) || ReleaseWords.Contains(word);
            if (ContrastWords.Contains(word) || word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            held = word.Equals("held", StringComparison.OrdinalIgnoreCase);
            remain |= word.Equals("remain", StringComparison.OrdinalIgnoreCase) || word.Equals("remains", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>
    /// The subject of captives held: troops held are prisoners ("Orlovan troops" → "Orlovan prisoners", as "8,000 Orlovan
    /// prisoners remain in jails" writes the same captives); other subjects as they are.
    /// </summary>
    internal static string CaptivesSubject(string subject)
        => subject == Troops ? "prisoners" : subject.EndsWith(" " + Troops, StringComparison.Ordinal) ? subject[..^Troops.Length] + "prisoners" : subject;

    /// <summary>
    /// Whether people are said to flee in the figure's clause, a movement rather than a state: "120,000 people fled in July",
    /// "forced 40,000 to flee", "were evacuated" (not "remain displaced", "are living as refugees"): a verb of flight within
    /// four words after the figure or three before it, not past a clause end.
    /// </summary>
    internal static bool StatesFlight(ReadOnlySpan<char> sentence, int start, int end)
    {
        int at = end;
        for (int words = 0; words < 4 && NextWord(sentence, ref at, out var word); words++)
        {
            if (FlightVerbs.Contains(word))
            {
                return true;
            }
            if (ClauseEnds.Contains(word))
            {
                break;
            }
        }
        at = start;
        for (int words = 0; words < 3 && PreviousWord(sentence, ref at, out var word); words++)
        {
            if (FlightVerbs.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The metric of people who fled abroad, apart from those displaced within their country.</summary>
    internal static readonly Metric Refugees = Metric.Of("refugees");

    /// <summary>
    /// Whether a count of the displaced is of refugees abroad: "refugees" or "abroad" in its subject or in its clause after it
    /// (up to eight words, not past a clause end), and no word of displacement within the country ("internally",
    /// "within", "inside"): "6.8 million Orlovans are living as refugees abroad", not "3.7 million are internally displaced".
    /// </summary>
    internal static bool CountsRefugees(ReadOnlySpan<char> sentence, int end, string? subject)
    {
        bool refugees = subject is not null && (subject.Contains("refugee", StringComparison.OrdinalIgnoreCase) || subject.Contains("abroad", StringComparison.OrdinalIgnoreCase));
        int at = end;
        for (int words = 0; words < 8 && NextWord(sentence, ref at, out var word); words++)
        {
            if (InsideWords.Contains(word))
            {
                return false;
            }
            if (ClauseEnds.Contains(word))
            {
                break;
            }
            refugees |= word.StartsWith("refugee", StringComparison.OrdinalIgnoreCase) || word.Equals("abroad", StringComparison.OrdinalIgnoreCase);
        }
        return refugees;
    }

    /// <summary>Words of displacement within a country.</summary>
    private static readonly WordSet InsideWords = new("internally", "within", "inside", "IDPs");

    /// <summary>Verbs of people leaving their homes.</summary>
    private static readonly WordSet FlightVerbs = new("fled", "flee", "fleeing", "evacuated", "escaped", "left", "uprooted");

    /// <summary>
    /// Whether a release is counted as a running total, not one exchange: "In total 5,857 have been returned", "Since the war
    /// began, 66 exchanges have returned 5,957" (a sentence opening "Since"), "so far", "to date", "altogether" within eight
    /// words before the figure or six after it.
    /// </summary>
    internal static bool CountsAllReleases(ReadOnlySpan<char> sentence, int start, int end)
    {
        int first = 0;
        if (NextWord(sentence, ref first, out var opening) && first <= start && opening.Equals("since", StringComparison.OrdinalIgnoreCase))
        {
            return true; // "Since the war began, 66 exchanges have returned 5,957" (not "held captive since the attack, ... 1,968")
        }
        int at = start;
        for (int words = 0; words < 8 && PreviousWord(sentence, ref at, out var word); words++)
        {
            if (RunningWords.Contains(word) && !word.Equals("since", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        at = end;
        bool so = false;
        for (int words = 0; words < 6 && NextWord(sentence, ref at, out var word); words++)
        {
            if (RunningWords.Contains(word) || (so && word.Equals("far", StringComparison.OrdinalIgnoreCase)))
            {
                return true; // "... altogether", "... to date", "... so far"
            }
            so = word.Equals("so", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>Words of a running total: "in total", "since ...", "altogether", "to date", "cumulative".</summary>
    private static readonly WordSet RunningWords = new("total", "since", "altogether", "date", "cumulative", "overall");

    /// <summary>Verbs of holding captives right before a count: "Kessia holds 6,000 prisoners".</summary>
    private static readonly WordSet HoldWords = new("hold", "holds", "holding");

    /// <summary>Places captives are held in.</summary>
    private static readonly WordSet CaptivityPlaces = new("jails", "jail", "prisons", "prison", "custody", "detention");

    /// <summary>
    /// Whether people are returned from captivity by the figure's clause: "5,857 Orlovans have been returned home from
    /// captivity", "66 exchanges have returned 5,957 Orlovans": a word of release or "returned", with "captivity" after it or an
    /// exchange before it.
    /// </summary>
    internal static bool ReturnedFromCaptivity(ReadOnlySpan<char> sentence, int start, int end)
    {
        int at = end;
        bool returned = false;
        for (int words = 0; words < 8 && NextWord(sentence, ref at, out var word); words++)
        {
            if (returned && word.Equals("captivity", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (ContrastWords.Contains(word) || word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
            returned |= word.Equals("returned", StringComparison.OrdinalIgnoreCase) || ReleaseWords.Contains(word);
        }
        at = start;
        returned = false;
        for (int words = 0; words < 5 && PreviousWord(sentence, ref at, out var word); words++)
        {
            if (returned && (word.Equals("exchanges", StringComparison.OrdinalIgnoreCase) || word.Equals("swaps", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
            if (ContrastWords.Contains(word))
            {
                break;
            }
            returned |= word.Equals("returned", StringComparison.OrdinalIgnoreCase) || ReleaseWords.Contains(word);
        }
        return false;
    }

    /// <summary>Verbs of going before "home" that make it an adverb ("went home", "returned home"), not a dwelling.</summary>
    private static readonly WordSet GoingVerbs = new("went", "gone", "go", "goes", "going", "returned", "return", "returning", "came", "come", "coming", "headed", "sent", "back");

    /// <summary>Words for dwellings that count the same thing ("burned 45 homes", "burned 45 houses"), and the one each is written as.</summary>
    private static readonly Dictionary<string, string> DwellingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["homes"] = "houses", ["houses"] = "houses", ["home"] = "house", ["house"] = "house",
    };

    /// <summary>Nouns for people that a count of other figures may have ("displaced people", "civilians"): counted in persons.</summary>
    private static readonly WordSet PeopleNouns = new(
        "people", "persons", "civilians", "residents", "refugees", "children", "women", "men", "inhabitants", "migrants", "prisoners",
        "hostages", "detainees", "captives", "fighters", "militants", "rebels", "volunteers", "mercenaries", "recruits", "conscripts",
        "police", "officers", "officials", "workers", "journalists", "doctors", "patients", "students", "palestinians", "israelis",
        "ukrainians", "russians", "individuals", "victims", "survivors", "occupants", "passengers", "displaced", "wounded", "dead");

    /// <summary>
    /// The subject a figure's quantity gets: "North Korean troops" for "North Korean soldiers" and for "troops" followed in
    /// its sentence by "from North Korea", and for "his fighters" (a possessive pronoun before troops says nothing of
    /// whose they are); the words as written for other subjects; "unspecified" when there are none.
    /// </summary>
    /// <param name="subject">The subject as the extractor read it (<see cref="ExtractedFigure.Subject"/>), or null.</param>
    /// <param name="after">The sentence's text right after the subject's words, for "troops from North Korea".</param>
    internal static string Subject(string? subject, ReadOnlySpan<char> after)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return Unspecified;
        }
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int head = words.Length - 1;
        if (words.Length == 1 && DwellingWords.TryGetValue(words[0], out var dwelling))
        {
            return dwelling; // "45 homes", "45 houses": one count of dwellings
        }
        if (!TroopNouns.Contains(words[head]))
        {
            return subject;
        }
        if (words.Length > 1 && ArticleWords.PossessivePronouns.Contains(words[0]))
        {
            // "his fighters", "their soldiers": whose they are is said elsewhere (or not at all); the subject is the troops.
            words = words[1..];
            head--;
        }
        int end = head;
        while (end > 0 && TroopQualifiers.Contains(words[end - 1]))
        {
            end--;
        }
        int start = 0;
        while (start < end && TroopQualifiers.Contains(words[start]))
        {
            start++;
        }
        string? nationality = start == end ? CountryAfter(after) ?? "" : Nationality(words.AsSpan(start, end - start));
        return nationality is null ? subject : nationality.Length == 0 ? Troops : nationality + " " + Troops;
    }

    /// <summary>
    /// The nationality the words before a troop noun name, as the quantity writes it: "Russian", "North Korean", "U.S." (as
    /// "US"); null when any word is not part of a capitalised name.
    /// </summary>
    private static string? Nationality(ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return null;
            }
        }
        string written = string.Join(' ', words.ToArray());
        if (Adjectives.TryGetValue(written, out var adjective))
        {
            return adjective;
        }
        if (written.EndsWith("'s", StringComparison.Ordinal) || written.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            // "Russia's troops", "Pyongyang's soldiers": the country's troops.
            return Countries.TryGetValue(written[..^2], out var ofCountry) ? ofCountry : null;
        }
        return Countries.TryGetValue(written, out var country) ? country : written;
    }

    /// <summary>"from North Korea", "of Russia" right after the subject: the country's adjective, or null.</summary>
    private static string? CountryAfter(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        int space = after.IndexOf(' ');
        if (space <= 0 || !(after[..space].Equals("from", StringComparison.OrdinalIgnoreCase) || after[..space].Equals("of", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        var rest = after[(space + 1)..].TrimStart();
        string? found = null;
        int end = 0;
        for (int words = 0; words < CountryWords + 1 && end < rest.Length; words++)
        {
            // Grow the name word by word ("the", "the United", "the United States") and keep the longest known one.
            int next = end;
            while (next < rest.Length && (char.IsLetter(rest[next]) || rest[next] is '.' or '-' or '\u00fc' or '\u00dc'))
            {
                next++;
            }
            if (next == end)
            {
                break;
            }
            string name = rest[..next].ToString();
            if (Countries.TryGetValue(name, out var adjective) || (name.EndsWith('.') && Countries.TryGetValue(name[..^1], out adjective)))
            {
                found = adjective;
            }
            if (next >= rest.Length || rest[next] != ' ')
            {
                break;
            }
            end = next + 1;
        }
        return found;
    }

    /// <summary>
    /// A place as the quantity writes it (none for a nationality, a day or a month: "in Israeli strikes", "on Thursday"): without a leading "the" and without a country's possessive before a region
    /// ("Russia's Kursk region" → "Kursk region"); null for none. A word cut off its end takes the white space before it along
    /// (a doubled space in "Varo  Leave" leaves no space behind), so each later check reads a word after its last space.
    /// </summary>
    internal static string? Place(string? place)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            return null;
        }
        string tidy = place.Trim();
        if (NationalityAdjectives.Contains(tidy) || ArticleWords.IsWeekday(tidy) || ArticleWords.MonthOf(tidy) != 0)
        {
            return null; // "in Israeli strikes", "on Thursday": who struck and when, not where
        }
        if (tidy.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && tidy.Length > 4)
        {
            tidy = tidy[4..].TrimStart();
        }
        if (tidy.Length == 1 || (tidy.Length > 1 && char.IsLetter(tidy[0]) && tidy[1] is '.' or ' '))
        {
            return null; // "S" of "S. Korean", "U" of "U. S.": an initial is an abbreviation, never a place's name by itself
        }
        if (IsFeast(tidy) || (tidy.IndexOf(' ') is var wordEnd and > 0 ? TitleHedges.Contains(tidy.AsSpan(0, wordEnd)) : TitleHedges.Contains(tidy)))
        {
            return null; // "on Easter", "in Easter Sunday attacks": a feast is a time; a title-case "in Over 200 Deaths": a hedge
        }
        if (WithoutDenomination(tidy) is var named && named.Length < tidy.Length)
        {
            if (named.Length == 0 || NationalityAdjectives.Contains(named))
            {
                return null; // "in Kessian Orthodox church": a nationality and a faith before a noun, no place named
            }
            tidy = named; // "in the Dovra Catholic church": the town before the faith
        }
        if (tidy.IndexOf(' ') is var gap and > 0 && Directions.Contains(tidy.AsSpan(0, gap)) && NationalityAdjectives.Contains(tidy[(gap + 1)..]))
        {
            return null; // "in the eastern Kessian city of Dovra": an adjective of where the city lies, not the place's name
        }
        if (NoPlaceWords.Contains(tidy) || tidy.EndsWith(" administration", StringComparison.OrdinalIgnoreCase))
        {
            return null; // "died in the country", "at least 40", "the Varo administration's offensive": no place named
        }
        if (tidy.StartsWith("downtown ", StringComparison.Ordinal) && tidy.Length > 9 && char.IsUpper(tidy[9]))
        {
            tidy = tidy[9..]; // "in downtown Dovra": the city, at its centre
        }
        if (tidy.StartsWith("central ", StringComparison.OrdinalIgnoreCase) && tidy.Length > 8 && char.IsUpper(tidy[8])
            && (tidy[0] == 'c' || Countries.ContainsKey(tidy[8..])))
        {
            tidy = tidy[8..]; // "central Dovra", a headline's "Central Mali": the place itself, at its centre (not "Central African Republic")
        }
        int possessive = tidy.IndexOf("'s ", StringComparison.Ordinal) is var straight and > 0 ? straight : tidy.IndexOf("\u2019s ", StringComparison.Ordinal);
        if (possessive > 0 && tidy.IndexOf(' ') >= possessive && possessive + 3 < tidy.Length)
        {
            tidy = tidy[(possessive + 3)..];
        }
        int firstSpace = tidy.IndexOf(' ');
        if (firstSpace > 0 && HoldersWord(tidy.AsSpan(0, firstSpace)))
        {
            tidy = tidy[(firstSpace + 1)..]; // "Russian-occupied Zaporizhzhia", "rebel-held Ostra": the place, not who holds it
        }
        int lastSpace = tidy.LastIndexOf(' ');
        if (lastSpace > 0 && (PartOf(tidy.AsSpan(lastSpace + 1)) is not null
            || (char.IsUpper(tidy[lastSpace + 1]) && HeadlineVerbs.Contains(tidy.AsSpan(lastSpace + 1)))))
        {
            tidy = tidy[..lastSpace].TrimEnd(); // a headline's verb read with the place ("Strike in Dovra Kills 34", "Strikes on Dovra Result in"): the place
        }
        lastSpace = tidy.LastIndexOf(' ');
        if (lastSpace > 0 && (AttackNouns.Contains(tidy.AsSpan(lastSpace + 1)) || HeadlineEventNouns.Contains(tidy.AsSpan(lastSpace + 1))))
        {
            // A headline's event read with its place ("Dovra Missile Strike", "Varo Shooting"): the place, without the event's
            // noun and the weapon words before it.
            int end = lastSpace;
            while (end > 0 && tidy.LastIndexOf(' ', end - 1) is var space and > 0 && WeaponWords.Contains(tidy.AsSpan(space + 1, end - space - 1)))
            {
                end = space;
            }
            if (end > 0 && !WeaponWords.Contains(tidy.AsSpan(0, end)))
            {
                tidy = tidy[..end].TrimEnd();
            }
            else
            {
                return null; // a headline's "Killed in Missile Strike on Dovra": the event's words, no place before them
            }
        }
        else if (lastSpace > 0 && char.IsUpper(tidy[lastSpace + 1]) && WeaponWords.Contains(tidy.AsSpan(lastSpace + 1)))
        {
            // A headline's event noun cut off after its weapon ("Dovra Suicide  Attack" read to the double space): the place.
            int end = lastSpace;
            while (end > 0 && tidy.LastIndexOf(' ', end - 1) is var space and > 0 && WeaponWords.Contains(tidy.AsSpan(space + 1, end - space - 1)))
            {
                end = space;
            }
            if (!WeaponWords.Contains(tidy.AsSpan(0, end)))
            {
                tidy = tidy[..end].TrimEnd();
            }
        }
        lastSpace = tidy.LastIndexOf(' ');
        if (lastSpace > 0 && char.IsUpper(tidy[lastSpace + 1]) && QualifiedNouns.Contains(tidy.AsSpan(lastSpace + 1)))
        {
            tidy = tidy[..lastSpace].TrimEnd(); // "Dovra Football", "Varo Ferry": the place whose name qualifies a game or a vessel
        }
        lastSpace = tidy.LastIndexOf(' ');
        if (lastSpace > 0 && StationNouns.Contains(tidy.AsSpan(lastSpace + 1)))
        {
            // A town's station or airport written as one name ("Dovra Railway Station", "Varo Airport"): the town.
            int end = tidy.LastIndexOf(' ', lastSpace - 1) is var space and > 0 && StationKinds.Contains(tidy.AsSpan(space + 1, lastSpace - space - 1))
                ? space : lastSpace;
            if (!StationKinds.Contains(tidy.AsSpan(0, end)))
            {
                tidy = tidy[..end].TrimEnd();
            }
        }
        lastSpace = tidy.LastIndexOf(' ');
        if (BodyNouns.Contains(tidy.AsSpan(lastSpace + 1)))
        {
            return null; // a headline's "in Kessia Regime Air Strike", "Dovra Army": who struck, not where
        }
        return tidy;
    }

    /// <summary>
    /// Feasts and holy days, written capitalised as a place is ("on Easter", "during Ramadan", "the Easter Sunday attacks"): a
    /// time, never where. Facts of English usage.
    /// </summary>
    private static readonly WordSet Feasts = new(
        "Easter", "Christmas", "Ramadan", "Eid", "Passover", "Hanukkah", "Diwali", "Thanksgiving", "Nowruz", "Pentecost", "Lent",
        "Advent", "Holi", "Purim", "Ashura", "Vesak", "Halloween");

    /// <summary>Words after a feast's name that keep it a day ("Easter Day", "Christmas Eve", "Eid holiday").</summary>
    private static readonly WordSet FeastDays = new("day", "eve", "holiday", "holidays", "week", "weekend", "mass", "service", "services", "vigil");

    /// <summary>Whether a name read as a place is a feast ("Easter", "Christmas Eve", "Eid al-Fitr"), not a place ("Christmas Island").</summary>
    internal static bool IsFeast(string name)
    {
        int space = name.IndexOf(' ');
        if (space < 0)
        {
            return Feasts.Contains(name);
        }
        if (!Feasts.Contains(name.AsSpan(0, space)))
        {
            return false;
        }
        var rest = name.AsSpan(space + 1);
        int next = rest.IndexOf(' ');
        var second = next < 0 ? rest : rest[..next];
        return FeastDays.Contains(second) || ArticleWords.IsWeekday(second) || second.StartsWith("al-", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Hedges a title-case headline capitalises before its figure ("Resulting in Over 200 Deaths", "Kills Nearly 40"): read
    /// after "in" as a name, they name no place.
    /// </summary>
    private static readonly WordSet TitleHedges = new(
        "over", "nearly", "almost", "around", "about", "more", "least", "roughly", "approximately", "some", "upwards", "under", "than");

    /// <summary>Adjectives of a faith or a church, capitalised before a noun ("a Catholic church", "the Orthodox cathedral").</summary>
    private static readonly WordSet Denominations = new(
        "Catholic", "Christian", "Muslim", "Orthodox", "Protestant", "Jewish", "Sunni", "Shia", "Shiite", "Anglican", "Evangelical",
        "Buddhist", "Hindu", "Coptic", "Pentecostal", "Baptist", "Methodist", "Lutheran", "Presbyterian", "Adventist", "Sikh");

    /// <summary>
    /// A name without the faiths' adjectives at its end ("Kessian Orthodox" → "Kessian", "Dovra Catholic" → "Dovra"): a
    /// church's faith is no part of a place's name.
    /// </summary>
    private static string WithoutDenomination(string name)
    {
        string rest = name;
        while (rest.Length > 0)
        {
            int space = rest.LastIndexOf(' ');
            if (!Denominations.Contains(rest.AsSpan(space + 1)))
            {
                break;
            }
            rest = space < 0 ? "" : rest[..space].TrimEnd();
        }
        return rest;
    }

    /// <summary>
    /// Verbs a title-case headline writes right after its place ("Strikes on Dovra Result in 38 Deaths", "Raid on Varo Leaves
    /// 12 Dead", "Toll in Ostra Rises to 40"), read with the place's name; capitalised only.
    /// </summary>
    private static readonly WordSet HeadlineVerbs = new(
        "result", "results", "leave", "leaves", "claim", "claims", "rise", "rises", "climb", "climbs", "reach", "reaches", "tops",
        "mounts", "jumps", "soars");

    /// <summary>
    /// Nouns of a body that ends a name read as a place ("Kessia Regime", "Dovra Army", "Varo Government", "the Relief Office for
    /// ...", "the Dovra Aid Agency", a group blamed for an attack: "blamed the attack on the Tesk Farmers' Party"), or stands alone as
    /// one ("at the Ministry of ..."): the name of who acted or spoke, not of where.
    /// </summary>
    private static readonly WordSet BodyNouns = new(
        "regime", "junta", "government", "army", "military", "police", "authorities", "ministry", "office", "agency", "council",
        "committee", "commission", "organization", "organisation", "authority", "party", "movement");

    /// <summary>Nouns of a town's station or airport written after its name ("Dovra Railway Station", "Varo Airport").</summary>
    private static readonly WordSet StationNouns = new("station", "airport");

    /// <summary>Words of a station's kind between the town and "station" ("Railway", "Train", "Bus").</summary>
    private static readonly WordSet StationKinds = new("railway", "train", "bus", "rail");

    /// <summary>Nouns of an event a headline may write after its place besides an attack's ("Varo Shooting", "Dovra Blast").</summary>
    private static readonly WordSet HeadlineEventNouns = new(
        "shooting", "blast", "explosion", "explosions", "massacre", "bombings", "tragedy", "disaster", "stampede", "crush", "sinking",
        "accident");

    /// <summary>
    /// Nouns of a game or a vessel written after a place's name ("Dovra Football", "Varo Ferry", "in Tesk Football stadium
    /// stampede"): what the place's name qualifies, not part of the place.
    /// </summary>
    private static readonly WordSet QualifiedNouns = new("football", "soccer", "rugby", "cricket", "basketball", "ferry", "boat");

    /// <summary>Words of a weapon or a means a headline writes between a place and its event ("Dovra Missile Strike", "Varo Chemical Attack").</summary>
    private static readonly WordSet WeaponWords = new(
        "missile", "missiles", "rocket", "rockets", "chemical", "drone", "drones", "air", "suicide", "bomb", "car", "gas", "terror", "terrorist", "gun", "mass");

    /// <summary>Words read as a place that name none ("in the country", "at least").</summary>
    private static readonly WordSet NoPlaceWords = new("country", "nation", "least", "most", "state", "region", "city", "area");

    /// <summary>Endings of a word before a place that say who holds it ("Russian-occupied", "rebel-held"), not where it is.</summary>
    private static readonly string[] HolderEndings = ["-controlled", "-administered", "-held", "-occupied"];

    private static bool HoldersWord(ReadOnlySpan<char> word)
    {
        foreach (var ending in HolderEndings)
        {
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Nouns of a settlement or a division that name it after "of" ("the city of Dovra", "his hometown of Varo", "the district of Ostra").</summary>
    private static readonly WordSet SettlementNouns = new(
        "city", "town", "village", "hometown", "district", "province", "capital", "port", "county", "municipality", "governorate", "camp");

    /// <summary>Nouns of an attack before "on" and the place struck ("a missile strike on Dovra", "the attack on Varo").</summary>
    private static readonly WordSet AttackNouns = new(
        "strike", "strikes", "attack", "attacks", "assault", "bombing", "shelling", "raid", "bombardment", "airstrike", "airstrikes");

    /// <summary>The most words a place's name is read to after "the city of" or a fronted "In".</summary>
    private const int PlaceNameWords = 3;

    /// <summary>
    /// A place the figure's sentence names in words the extractor does not read as the figure's place: "the city of Dovra",
    /// "the town of Varo", "his hometown of Ostra", "Kessia's capital Dovra", "a missile strike on Dovra" (the nearest before the figure, else the
    /// first after it), or a fronted "In Dovra," that opens the sentence; null when there is none. For a figure with no place
    /// of its own.
    /// </summary>
    /// <param name="sentence">The figure's sentence.</param>
    /// <param name="start">Where the figure starts in <paramref name="sentence"/>.</param>
    internal static string? PlaceInSentence(ReadOnlySpan<char> sentence, int start)
    {
        string? before = null, after = null;
        int at = 0;
        if (NextWord(sentence, ref at, out var opening) && opening.Equals("In", StringComparison.Ordinal)
            && NameAt(sentence, at, out int nameEnd) is { } fronted && nameEnd < sentence.Length && sentence[nameEnd] == ',')
        {
            if (nameEnd <= start)
            {
                before = fronted;
            }
            else
            {
                after = fronted;
            }
        }
        at = 0;
        while (NextWord(sentence, ref at, out var word))
        {
            bool settlement = word.Length >= 4 && SettlementNouns.Contains(word);
            bool attack = !settlement && AttackNouns.Contains(word);
            if (!settlement && !attack)
            {
                continue;
            }
            int wordStart = at - word.Length, next = at;
            string? name = null;
            if (settlement && at + 1 < sentence.Length && sentence[at] == ',' && NameAt(sentence, at + 1, out int appositiveEnd) is { } appositive
                && (appositiveEnd >= sentence.Length || sentence[appositiveEnd] is ',' or '.' or ';'))
            {
                name = appositive; // "in the capital, Veska, according to": the settlement's name set off by commas
            }
            else if (NextWord(sentence, ref next, out var of) && of.Equals(settlement ? "of" : "on", StringComparison.Ordinal))
            {
                name = NameAt(sentence, next, out _);
            }
            else if (settlement && word.Equals("capital", StringComparison.Ordinal) && NameAt(sentence, at, out _) is { } capital)
            {
                name = capital; // "in Kessia's capital Dovra", "the Kessian capital Dovra": the capital's name right after it
            }
            if (name is not null)
            {
                if (wordStart < start)
                {
                    before = name;
                }
                else
                {
                    after ??= name;
                }
            }
        }
        return Place(before ?? after);
    }

    /// <summary>Words of a compass direction or centre before a place ("eastern Ukraine", "Northeastern Ukraine", "central Mali").</summary>
    private static readonly WordSet Directions = new(
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeastern", "northwestern",
        "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "central", "northeast",
        "northwest", "southeast", "southwest");

    /// <summary>Nouns of a division a town's name may stand before, ahead of "of" and its region ("the Tarvo area of Ostrel").</summary>
    private static readonly WordSet DivisionNouns = new("area", "district", "tehsil", "subdistrict", "county", "municipality", "town", "city", "village");

    /// <summary>
    /// The key a place is compared by as a wider place of another: its stem without a region word (<see cref="PlaceStem"/>)
    /// and without a direction before it ("eastern Ukraine", "Eastern Ukraine" and "Ukraine" are one wider place).
    /// </summary>
    internal static string WideKey(string place)
    {
        string tidy = place.Trim();
        int space = tidy.IndexOf(' ');
        if (space > 0 && Directions.Contains(tidy.AsSpan(0, space)))
        {
            tidy = tidy[(space + 1)..];
        }
        return PlaceStem(PlaceStemName(tidy)).Stem;
    }

    /// <summary>
    /// A town and the wider place it lies in as the words around a place the extractor read say it: "Ostrel's Tarvo" (read
    /// whole: Tarvo in Ostrel), "the Tarvo area of Ostrel" (Ostrel read: Tarvo in Ostrel), "Varnik of the Dolsk region",
    /// "Varnik, Dolsk region" (Varnik read: Varnik in the Dolsk region). Null when the words say none. Only the words
    /// right before and after the place read are looked at.
    /// </summary>
    /// <param name="sentence">The sentence of the figure whose place was read.</param>
    /// <param name="read">The place as the extractor read it.</param>
    /// <param name="pairs">Where each town and its wider place are added.</param>
    internal static void Containment(ReadOnlySpan<char> sentence, string read, List<(string Narrow, string Wide)> pairs)
    {
        if (Place(read) is not { } place)
        {
            return;
        }
        int possessive = read.IndexOf("'s ", StringComparison.Ordinal) is var straight and > 0 ? straight : read.IndexOf("\u2019s ", StringComparison.Ordinal);
        if (possessive > 0 && possessive + 3 < read.Length && Place(read[..possessive]) is { } wideRead && char.IsUpper(read[possessive + 3]))
        {
            Within(place, wideRead, pairs); // "Ostrel's Tarvo" read whole
        }
        int at = sentence.IndexOf(read.AsSpan(), StringComparison.Ordinal);
        if (at < 0)
        {
            return;
        }
        // Before: "<Region>'s <read>" ("Ostrel's Tarvo", Tarvo read).
        int back = at, head = at;
        if (PreviousWord(sentence, ref back, out var word) && back + word.Length == at - 1 && sentence[at - 1] == ' '
            && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) && word.Length > 2 && char.IsUpper(word[0]))
        {
            int from = back;
            for (int words = 1; words < PlaceNameWords && PreviousWord(sentence, ref back, out var more) && char.IsUpper(more[0])
                && back + more.Length == from - 1; words++)
            {
                from = back;
            }
            if (Place(sentence[from..(at - 3)].ToString()) is { } wide)
            {
                Within(place, wide, pairs);
            }
            head = from;
        }
        // Before: "<Town> [area] of [the] <read>" ("the Tarvo area of Ostrel", "Varnik of the Dolsk region"), and "<Town>, a
        // town in <read>" (the read place with its region's possessive: "Pelta, a town in Dorvania's Sarth region").
        back = head;
        if (PreviousWord(sentence, ref back, out word) && word.Equals("the", StringComparison.Ordinal))
        {
            PreviousWord(sentence, ref back, out word);
        }
        bool of = word.Equals("of", StringComparison.Ordinal);
        if ((of || word.Equals("in", StringComparison.Ordinal)) && PreviousWord(sentence, ref back, out var before))
        {
            bool division = DivisionNouns.Contains(before);
            if (division && !PreviousWord(sentence, ref back, out before))
            {
                return;
            }
            if (of && division && CountriesByAdjective.TryGetValue(before.ToString(), out var land))
            {
                Within(place, land, pairs); // "the eastern Kessian city of Dovra": Dovra in Kessia
                return;
            }
            if (!of && IsWideLevelOrPartOfCountry(place) && char.IsUpper(before[0]) && NamesATownBeforeIn(sentence, back, division))
            {
                division = false; // "the village of Tarvo in the Dolsk province", "Tarvo village in the Dolsk region": Tarvo in Dolsk
            }
            else if (!of && (!division || !(before.Equals("a", StringComparison.Ordinal) || before.Equals("the", StringComparison.Ordinal))
                || back < 2 || sentence[back - 2] != ',' || !PreviousWord(sentence, ref back, out before)))
            {
                before = default; // "in" only as "<Town>, a town in <read>"
            }
            if (before.Length > 0 && char.IsUpper(before[0]) && !NationalityAdjectives.Contains(before.ToString()) && !ArticleWords.IsWeekday(before)
                && ArticleWords.MonthOf(before) == 0 && PartOf(before) is null && Place(NameEndingAt(sentence, back, before.Length)) is { } town)
            {
                Within(town, place, pairs);
            }
        }
        // After: "<read>[ area][,| of] [the] <Region> <level>" ("Varnik, Dolsk region", "Tarvo tehsil of Kessia's
        // Ostrel district"), and "<read>, [eastern] <Country>" ("Dovra, Kessia:", "in Dovra, eastern Kessia").
        int end = at + read.Length, next = end;
        if (!NextWord(sentence, ref next, out word))
        {
            return;
        }
        bool afterDivision = DivisionNouns.Contains(word);
        if (afterDivision && !NextWord(sentence, ref next, out word))
        {
            return;
        }
        bool comma = !afterDivision && end < sentence.Length && sentence[end] == ',';
        of = word.Equals("of", StringComparison.Ordinal);
        if ((!comma && !of) || (of && !NextWord(sentence, ref next, out word)))
        {
            return;
        }
        if (word.Equals("the", StringComparison.Ordinal) && !NextWord(sentence, ref next, out word))
        {
            return;
        }
        int nameAt = next - word.Length;
        if (comma && CountryAfterComma(sentence, nameAt) is { } country)
        {
            Within(place, country, pairs);
            return;
        }
        if (!char.IsUpper(word[0]))
        {
            return;
        }
        for (int words = 0; words < PlaceNameWords + 1 && NextWord(sentence, ref next, out var level); words++)
        {
            if ((RegionWords.Contains(level) && !level.Equals("strip", StringComparison.OrdinalIgnoreCase)) || DivisionNouns.Contains(level)
                || level.Equals("State", StringComparison.Ordinal))
            {
                if (Place(sentence[nameAt..next].ToString()) is { } region)
                {
                    Within(place, region, pairs);
                }
                return;
            }
            if (!char.IsUpper(level[0]))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Whether the capitalised word before "in" (at <paramref name="at"/>) names a town by its own words: after "of" and a
    /// division's noun ("the village of Tarvo in ...", "the town of Tarvo in ..."), or before such a noun
    /// (<paramref name="division"/>: "Tarvo village in ...").
    /// </summary>
    private static bool NamesATownBeforeIn(ReadOnlySpan<char> sentence, int at, bool division)
    {
        if (division)
        {
            return true;
        }
        int back = at;
        return PreviousWord(sentence, ref back, out var of) && of.Equals("of", StringComparison.Ordinal)
            && PreviousWord(sentence, ref back, out var noun) && DivisionNouns.Contains(noun) && !noun.Equals("area", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a place is a country's or a region's (<see cref="IsWideLevel"/>) or a compass part of a country ("eastern Kessia").</summary>
    private static bool IsWideLevelOrPartOfCountry(string place)
    {
        int space = place.IndexOf(' ');
        return IsWideLevel(place) || (space > 0 && Directions.Contains(place.AsSpan(0, space)) && IsCountry(place[(space + 1)..]));
    }

    /// <summary>
    /// The country named right after a comma, at <paramref name="at"/>, with a compass word before it or none ("Dovra,
    /// Kessia:", "in Dovra, eastern Kessia"): a country of <see cref="Countries"/> by its own name (not a capital listed
    /// there); null when none stands there.
    /// </summary>
    private static string? CountryAfterComma(ReadOnlySpan<char> sentence, int at)
    {
        int next = at;
        if (!NextWord(sentence, ref next, out var word))
        {
            return null;
        }
        if (Directions.Contains(word))
        {
            if (!NextWord(sentence, ref next, out word))
            {
                return null;
            }
        }
        int nameAt = next - word.Length;
        string? found = null;
        int end = nameAt;
        for (int words = 0; words < CountryWords && NextWord(sentence, ref end, out var part) && char.IsUpper(part[0]); words++)
        {
            string name = sentence[nameAt..end].ToString();
            if (Countries.TryGetValue(name, out var adjective) && CountriesByAdjective.TryGetValue(adjective, out var own)
                && own.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                found = own; // the longest name that is a country ("South Sudan" over "South")
            }
        }
        return found;
    }

    /// <summary>
    /// The capitalised name whose last word starts at <paramref name="at"/> (<paramref name="length"/> letters): that word
    /// with the capitalised words right before it, up to <see cref="PlaceNameWords"/> ("Tudun Biri" of "Tudun Biri, the
    /// village in ...").
    /// </summary>
    private static string NameEndingAt(ReadOnlySpan<char> sentence, int at, int length)
    {
        int from = at, back = at;
        for (int words = 1; words < PlaceNameWords && PreviousWord(sentence, ref back, out var more) && char.IsUpper(more[0])
            && back + more.Length == from - 1 && sentence[from - 1] == ' ' && ArticleWords.MonthOf(more) == 0; words++)
        {
            from = back;
        }
        return sentence[from..(at + length)].ToString();
    }

    /// <summary>Nouns of a site a strike hits, written after its name ("the Dovra fuel port", "the Varo refugee camp", "the Tesk railway station").</summary>
    private static readonly WordSet SiteNouns = new("port", "terminal", "camp", "village", "market", "refinery", "airbase", "base", "prison", "station");

    /// <summary>Nouns of a blow that may follow a site's name and noun ("the Tesk railway station attack in Kessia": the attack on the site).</summary>
    private static readonly WordSet BlowNouns = new("attack", "strike", "bombing", "shelling", "explosion", "blast");

    /// <summary>The most lowercase words between a site's name and "in" ("the Dovra fuel port in Kessia").</summary>
    private const int SiteWords = 2;

    /// <summary>
    /// The site <paramref name="sentence"/> names in <paramref name="country"/>: a name and a site's noun before "in" and the
    /// country ("the Dovra fuel port in Kessia", "the Tesk railway station attack in Kessia": a blow's noun may follow the
    /// site's), or after the country's possessive ("Kessia's Dovra oil port"); null when it names none ("Houthi rebels in
    /// Kessia": no site's noun). The country may be a compass part of one ("eastern Kessia"), and may be written with a
    /// compass word ("the Tesk railway station in eastern Kessia", "eastern Kessia's Tesk railway station"): one country.
    /// </summary>
    internal static string? SiteIn(string sentence, string country)
    {
        country = CountryOrPartOf(country) ?? country; // "Eastern Kessia": the country's part, sites named in the country
        for (int at = sentence.IndexOf(country, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(country, at + country.Length, StringComparison.Ordinal))
        {
            int end = at + country.Length;
            if (end < sentence.Length && char.IsLetter(sentence[end]) || at > 0 && char.IsLetter(sentence[at - 1]))
            {
                continue; // inside a longer word
            }
            if (SiteBeforeIn(sentence, at) is { } before)
            {
                return before;
            }
            if (end + 2 < sentence.Length && sentence[end] is '\'' or '\u2019' && sentence[end + 1] == 's' && sentence[end + 2] == ' '
                && NameAt(sentence, end + 2, out int nameEnd) is { } name && NextWord(sentence, ref nameEnd, out var noun)
                && char.IsLower(noun[0]) && (SiteNouns.Contains(noun) || (NextWord(sentence, ref nameEnd, out var second) && SiteNouns.Contains(second))))
            {
                return Place(name);
            }
        }
        return null;
    }

    /// <summary>
    /// The site named before "in" [a compass word] and the country's name at <paramref name="countryAt"/> ("the Dovra fuel
    /// port in Kessia", "the Tesk railway station attack in eastern Kessia"), or null.
    /// </summary>
    private static string? SiteBeforeIn(string sentence, int countryAt)
    {
        int back = countryAt;
        if (!PreviousWord(sentence, ref back, out var word))
        {
            return null;
        }
        if (Directions.Contains(word) && !PreviousWord(sentence, ref back, out word))
        {
            return null;
        }
        if (!word.Equals("in", StringComparison.Ordinal))
        {
            return null;
        }
        int nouns = 0;
        bool site = false, blow = false;
        while (PreviousWord(sentence, ref back, out word))
        {
            if (char.IsLower(word[0]) && nouns == 0 && !blow && BlowNouns.Contains(word))
            {
                blow = true; // "... station attack in Kessia": the site's noun comes before the blow's
                continue;
            }
            if (char.IsLower(word[0]) && nouns < SiteWords)
            {
                site |= nouns == 0 && SiteNouns.Contains(word);
                nouns++;
                continue;
            }
            if (site && char.IsUpper(word[0]) && back + word.Length < sentence.Length && sentence[back + word.Length] == ' '
                && !NationalityAdjectives.Contains(word.ToString()))
            {
                return Place(NameEndingAt(sentence, back, word.Length));
            }
            break;
        }
        return null;
    }

    /// <summary>The pair, unless both are one place at one level or the wider is no more than a word of level.</summary>
    private static void Within(string narrow, string wide, List<(string Narrow, string Wide)> pairs)
    {
        if (!SameWideness(narrow, wide) && !NoPlaceWords.Contains(wide))
        {
            pairs.Add((narrow, wide));
        }
    }

    /// <summary>Whether a place is a country's bare name ("Ukraine"; not "eastern Ukraine"): too wide to say which town's toll a figure is.</summary>
    internal static bool IsCountry(string place) => Countries.ContainsKey(place);

    /// <summary>Whether a place is a country's bare name or a compass part of one ("Kessia", "eastern Kessia", "Eastern Kessia").</summary>
    internal static bool IsCountryOrPart(string place) => CountryOrPartOf(place) is not null;

    /// <summary>The country a place names bare or by a compass part of it ("Kessia" and "eastern Kessia": Kessia), or null.</summary>
    private static string? CountryOrPartOf(string place)
    {
        if (IsCountry(place))
        {
            return place;
        }
        int space = place.IndexOf(' ');
        return space > 0 && Directions.Contains(place.AsSpan(0, space)) && IsCountry(place[(space + 1)..]) ? place[(space + 1)..] : null;
    }

    /// <summary>A place's name as written without a region word after it ("Artibonite" of "Artibonite region").</summary>
    internal static string PlaceStemName(string place)
    {
        int space = place.LastIndexOf(' ');
        return space > 0 && (RegionWords.Contains(place.AsSpan(space + 1)) || DivisionNouns.Contains(place.AsSpan(space + 1))) ? place[..space] : place;
    }

    /// <summary>Whether two places are one at the same level (one stem).</summary>
    private static bool SameWideness(string a, string b) => WideKey(a) == WideKey(b);

    /// <summary>Prepositions before the place of a headline's or lead's event ("in Dovra", "near Varo", "at Ostra").</summary>
    private static readonly WordSet LeadPrepositions = new("in", "near", "at", "on");

    /// <summary>
    /// Verbs of a strike or of a blow whose object is the place struck ("Russian forces struck Dovra with missiles", "troops
    /// attacked Varo", "the blast that shook Dovra", "a quake jolted Varo"): in a headline or lead, the name right after one
    /// is the event's place as "on Dovra" is. A closed list.
    /// </summary>
    private static readonly WordSet StrikeVerbs = new(
        "struck", "attacked", "shelled", "bombed", "hit", "targeted", "pounded", "bombarded", "rocked", "targeting", "striking", "hitting",
        "shook", "jolted", "devastated");

    /// <summary>
    /// The one place a headline or lead names for its event with no figure placed: "In Dovra, ...", "a strike on the Dovra
    /// railway station", "a burial site near Varo", "the city of Ostra", "in Ukraine's Dovra", the object of a strike
    /// ("Missiles struck Dovra on Monday", <see cref="StrikeVerbs"/>), the town a part of which it names ("in the heart of
    /// Dovra", <see cref="CentreOfTown"/>), what an attack is "against" ("a missile attack against Varo"); null when it names
    /// none or two.
    /// </summary>
    internal static string? NamedLeadPlace(ReadOnlySpan<char> lead)
    {
        string? found = null;
        int at = 0;
        bool afterCare = false;
        bool afterAttack = false;
        while (NextWord(lead, ref at, out var word))
        {
            bool care = afterCare;
            afterCare = ArticleReading.CareWords.Contains(word);
            // "an attack against Dovra": "against" after an attack's noun names the place struck, as "on" does.
            bool against = afterAttack && word.Equals("against", StringComparison.OrdinalIgnoreCase);
            afterAttack = AttackNouns.Contains(word);
            if (care)
            {
                continue; // "hospitalised at the Tesk General Hospital": where the hurt are treated, not the event's place
            }
            if (!against && !LeadPrepositions.Contains(word) && !word.Equals("In", StringComparison.Ordinal))
            {
                int struckAt = at;
                if (StrikeVerbs.Contains(word) && NextWord(lead, ref struckAt, out var struckThe) && struckThe.Equals("the", StringComparison.Ordinal)
                    && NameAt(lead, struckAt, out int facilityEnd) is { } facility && NextWord(lead, ref facilityEnd, out var facilityNoun)
                    && char.IsLower(facilityNoun[0]) && Place(facility) is { } facilityPlace && !NationalityAdjectives.Contains(facility))
                {
                    // "raids targeting the Dovra fuel port": a lowercase noun after the name says it names where the site is.
                    if ((found = LeadPlaceMet(found, facilityPlace)) is null)
                    {
                        return null;
                    }
                }
                else if (PlaceBeforeItsEvent(lead, at - word.Length, word) is { } eventPlace)
                {
                    // "after Dovra explosion", "the Dovra port blast", a headline's "Toll From Dovra Quakes": the place of the event.
                    if ((found = LeadPlaceMet(found, eventPlace)) is null)
                    {
                        return null;
                    }
                }
                else if (StrikeVerbs.Contains(word) && NameAt(lead, at, out int struckEnd) is { } struck && Place(struck) is { } strikePlace
                    && !NationalityAdjectives.Contains(struck))
                {
                    if (NextWord(lead, ref struckEnd, out var and) && and.Equals("and", StringComparison.Ordinal))
                    {
                        return null; // "Strikes hit Varnik and Tarvo": two places struck
                    }
                    if ((found = LeadPlaceMet(found, strikePlace)) is null)
                    {
                        return null;
                    }
                }
                continue;
            }
            int probe = at;
            if (CentreOfTown(lead, at) is { } centred)
            {
                // "in the heart of Dovra", "on the outskirts of Varo": the town whose part the event is in.
                if ((found = LeadPlaceMet(found, centred)) is null)
                {
                    return null;
                }
                continue;
            }
            if (NextWord(lead, ref probe, out var the) && (the.Equals("the", StringComparison.Ordinal) || the.Equals("a", StringComparison.Ordinal)))
            {
                // "on the Dovra railway station": a lowercase noun after the name says it names where the venue is.
                if (NameAt(lead, probe, out int venueEnd) is { } venue && NextWord(lead, ref venueEnd, out var noun) && char.IsLower(noun[0])
                    && !word.Equals("in", StringComparison.OrdinalIgnoreCase) && Place(venue) is { } venuePlace
                    && !NationalityAdjectives.Contains(venue))
                {
                    if (found is not null && found != venuePlace)
                    {
                        return null;
                    }
                    found = venuePlace;
                }
                continue;
            }
            int nameAt = at;
            if (NextWord(lead, ref nameAt, out var part) && !part.Equals("downtown", StringComparison.Ordinal))
            {
                nameAt = at; // "in downtown Dovra": the city, at its centre
            }
            if (NameAt(lead, nameAt, out _) is { } name && Place(name) is { } named && !NationalityAdjectives.Contains(name))
            {
                if ((found = LeadPlaceMet(found, named)) is null)
                {
                    return null;
                }
            }
        }
        return found ?? PlaceInSentence(lead, 0);
    }

    /// <summary>Nouns of a part of a town written before "of" and its name ("the heart of Dovra", "the outskirts of Varo").</summary>
    private static readonly WordSet CentreNouns = new("heart", "centre", "center", "middle", "outskirts", "edge");

    /// <summary>
    /// The town named after a preposition at <paramref name="at"/> as the one a part of it lies in: "(in) the heart of Dovra",
    /// a headline's "(in) heart of Dovra", "(on) the outskirts of Varo" (<see cref="CentreNouns"/>); null when the words say none.
    /// </summary>
    private static string? CentreOfTown(ReadOnlySpan<char> lead, int at)
    {
        if (!NextWord(lead, ref at, out var word))
        {
            return null;
        }
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase) && !NextWord(lead, ref at, out word))
        {
            return null;
        }
        return char.IsLower(word[0]) && CentreNouns.Contains(word) && NextWord(lead, ref at, out var of) && of.Equals("of", StringComparison.Ordinal)
            && NameAt(lead, at, out _) is { } name && !NationalityAdjectives.Contains(name) ? Place(name) : null;
    }

    /// <summary>
    /// Nouns of an event with no agent a name may stand before as its place ("the Dovra explosion", "Varo quake"): unlike an
    /// attack's noun ("the Tesk attack" may name who attacked), the name before one of these says where.
    /// </summary>
    private static readonly WordSet PlacedEventNouns = new(
        "explosion", "explosions", "blast", "blasts", "quake", "quakes", "earthquake", "earthquakes");

    /// <summary>
    /// The place named right before an event's noun with no agent (<see cref="PlacedEventNouns"/>) starting at
    /// <paramref name="at"/>: "after Dovra explosion", "the Dovra port blast" (a site's noun between), a title-case headline's
    /// "Toll From Varo Quakes" (there only the one word after a preposition or at the line's start, so the headline's other
    /// capitalised words are not read with it); null when there is none.
    /// </summary>
    private static string? PlaceBeforeItsEvent(ReadOnlySpan<char> lead, int at, ReadOnlySpan<char> noun)
    {
        if (!PlacedEventNouns.Contains(noun))
        {
            return null;
        }
        int back = at;
        if (!PreviousWord(lead, ref back, out var previous))
        {
            return null;
        }
        if (char.IsLower(previous[0]) && SiteNouns.Contains(previous) && !PreviousWord(lead, ref back, out previous))
        {
            return null;
        }
        if (!char.IsUpper(previous[0]) || back + previous.Length >= lead.Length || lead[back + previous.Length] != ' ')
        {
            return null;
        }
        if (char.IsLower(noun[0]))
        {
            return Place(NameEndingAt(lead, back, previous.Length));
        }
        int before = back;
        bool opens = !PreviousWord(lead, ref before, out var word) || lead[(before + word.Length)..back].IndexOf('\n') >= 0;
        return opens || LeadPrepositions.Contains(word) || TitlePrepositions.Contains(word) ? Place(previous.ToString()) : null;
    }

    /// <summary>Prepositions a title-case headline writes before an event's place ("Toll From Dovra Quakes", "After Varo Blast").</summary>
    private static readonly WordSet TitlePrepositions = new("from", "after", "of");

    /// <summary>
    /// Nouns of a named venue written in or after its name ("the Military College", "Lurra Beach", "the Varo Central hospital"):
    /// a building or ground inside a town, whose toll is the town's event's toll (unlike <see cref="VenueNouns"/>, of the
    /// sites a toll's part is counted at, these name the event's whole venue).
    /// </summary>
    private static readonly WordSet NamedVenueNouns = new(
        "college", "academy", "hospital", "church", "cathedral", "mosque", "seminary", "school", "university", "beach", "stadium",
        "hotel", "restaurant", "theatre", "theater", "mall", "hypermarket", "supermarket", "institute");

    /// <summary>
    /// The town a venue read as a figure's place lies in, as the words right after it somewhere in <paramref name="text"/> (its
    /// article) say:
    /// "&lt;venue&gt; in &lt;Town&gt;" where the venue's last word, or the lowercase word after it, is a venue's noun
    /// (<see cref="NamedVenueNouns"/>): "the Military College in Dovra", "the Varo Central hospital in Tesk", "Lurra Beach in Ostra";
    /// and the city a part of it lies in: "the Tesk neighborhood of Dovra", "Tesk, on the outskirts of Dovra".
    /// Null when the words say none, or name a country or a region (a site in a country keeps its own name: <see cref="SiteIn"/>).
    /// </summary>
    internal static string? VenuesTown(ReadOnlySpan<char> text, string venue)
    {
        if (venue.Length < 2)
        {
            return null;
        }
        bool named = venue.LastIndexOf(' ') is var space && NamedVenueNouns.Contains(venue.AsSpan(space + 1));
        for (int from = 0, at; (at = text[from..].IndexOf(venue.AsSpan(), StringComparison.Ordinal)) >= 0; from = at + venue.Length)
        {
            at += from;
            int end = at + venue.Length, next = end;
            bool noun = named;
            if (text[end..].StartsWith(Outskirts, StringComparison.Ordinal) && TownNamedAt(text, end + Outskirts.Length - 1, venue) is { } outside)
            {
                return outside; // "in Tesk, on the outskirts of Dovra"
            }
            if (!NextWord(text, ref next, out var word))
            {
                return null;
            }
            int probe = next;
            if (char.IsLower(word[0]) && LocalityNouns.Contains(word) && next - word.Length == end + 1 && NextWord(text, ref probe, out var of)
                && of.Equals("of", StringComparison.Ordinal) && TownNamedAt(text, probe, venue) is { } city)
            {
                return city; // "the Tesk neighborhood of Dovra"
            }
            if (!noun && char.IsLower(word[0]) && NamedVenueNouns.Contains(word) && next - word.Length == end + 1)
            {
                noun = true; // "the Varo Central hospital in Tesk": the venue's noun after its name
                end = next;
                if (!NextWord(text, ref next, out word))
                {
                    return null;
                }
            }
            if (noun && word.Equals("in", StringComparison.Ordinal) && next - word.Length == end + 1 && TownNamedAt(text, next, venue) is { } town)
            {
                return town;
            }
        }
        if (named && venue.IndexOf(' ') is var first and > 0 && venue[..first] is var lead && Place(lead) == lead && !IsWideLevel(lead)
            && !NationalityAdjectives.Contains(lead) && !EndsLikeANationality(lead) && NamedAsATown(text, lead))
        {
            return lead; // "the Dovra Military Institute" in an article that says "in the town of Dovra": the venue of that town
        }
        return null;
    }

    /// <summary>Prepositions a town's own name is read after ("in Dovra", "the town of Dovra", "near Dovra").</summary>
    private static readonly WordSet TownPrepositions = new("in", "of", "near");

    /// <summary>
    /// Whether <paramref name="text"/> names <paramref name="town"/> alone after "in", "of" or "near" ("in Dovra,", "the town
    /// of Dovra with"): the name of a place, not only the first word of a longer name.
    /// </summary>
    private static bool NamedAsATown(ReadOnlySpan<char> text, string town)
    {
        for (int from = 0, at; (at = text[from..].IndexOf(town.AsSpan(), StringComparison.Ordinal)) >= 0; from = at + town.Length)
        {
            at += from;
            int end = at + town.Length, back = at, probe = end;
            if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end]))
                || !PreviousWord(text, ref back, out var preposition) || back + preposition.Length + 1 != at || !TownPrepositions.Contains(preposition))
            {
                continue;
            }
            if (!NextWord(text, ref probe, out var after) || !char.IsUpper(after[0]) || probe - after.Length != end + 1)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The words that say a locality lies outside a city: "Tesk, on the outskirts of Dovra".</summary>
    private const string Outskirts = ", on the outskirts of ";

    /// <summary>Nouns of a part of a city written before "of" and the city ("the Tesk neighborhood of Dovra").</summary>
    private static readonly WordSet LocalityNouns = new("neighborhood", "neighbourhood", "suburb", "quarter");

    /// <summary>The town named right after <paramref name="at"/>, if it is no country, region or nationality and not the venue itself; else null.</summary>
    private static string? TownNamedAt(ReadOnlySpan<char> text, int at, string venue)
        => NameAt(text, at, out _) is { } name && Place(name) is { } town && town != venue && !IsWideLevel(town) && !NationalityAdjectives.Contains(town)
            ? town : null;

    /// <summary>Words of a region's level after its name ("Kessia Oblast", "the Dolsk region"): a place wider than a town.</summary>
    private static readonly WordSet WideLevelWords = new("oblast", "region", "province", "governorate", "krai", "prefecture");

    /// <summary>Whether a place is a country's bare name or a region's ("Kessia", "Dolsk Oblast", "the Tarn region"): wider than a town.</summary>
    private static bool IsWideLevel(string place)
        => IsCountry(place) || (place.LastIndexOf(' ') is var space and > 0 && WideLevelWords.Contains(place.AsSpan(space + 1)));

    /// <summary>
    /// The place a headline and lead name so far after they name <paramref name="place"/> too: the one found first when both
    /// are one place (at one level); the town when one is a town and the other a country or a region ("Bodies pulled from the
    /// rubble in Dovra" above "the emergency service in Kessia Oblast said": where the town lies, or where a speaker
    /// serves); null when they are two places of one level ("in Dovra" and "in Varo").
    /// </summary>
    private static string? LeadPlaceMet(string? found, string place)
    {
        if (found is null || found == place || SameWideness(found, place))
        {
            return found ?? place;
        }
        bool foundWide = IsWideLevel(found), placeWide = IsWideLevel(place);
        return foundWide == placeWide ? null : foundWide ? place : found;
    }

    /// <summary>Nouns of a land or state named after a region ("the Indian Ocean island of Varo", "the Gulf state of Ostra").</summary>
    private static readonly WordSet AppositiveLands = new("island", "islands", "archipelago", "country", "nation", "state", "kingdom", "republic", "emirate");

    /// <summary>
    /// The name an appositive gives right after a place the extractor read: "<paramref name="read"/> island of Varo", "...
    /// nation of Ostra" (the region read is where the land lies; the land is named after "of"); null when the sentence
    /// gives none.
    /// </summary>
    internal static string? AppositiveName(ReadOnlySpan<char> sentence, string read)
    {
        int at = sentence.IndexOf(read.AsSpan(), StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        at += read.Length;
        return NextWord(sentence, ref at, out var land) && AppositiveLands.Contains(land) && NextWord(sentence, ref at, out var of)
            && of.Equals("of", StringComparison.Ordinal) && NameAt(sentence, at, out _) is { } name ? Place(name) : null;
    }

    /// <summary>The capitalised words right after <paramref name="at"/> (one space apart, not a month), or null.</summary>
    private static string? NameAt(ReadOnlySpan<char> sentence, int at, out int end)
    {
        end = at;
        int from = -1;
        for (int words = 0; words < PlaceNameWords; words++)
        {
            int wordAt = end;
            if (wordAt >= sentence.Length || sentence[wordAt] != ' ')
            {
                break;
            }
            int probe = wordAt;
            if (!NextWord(sentence, ref probe, out var word) || probe - word.Length != wordAt + 1
                || !(char.IsUpper(word[0]) || (from >= 0 && ArticleReading.ArabicArticleName(word)))
                || ArticleWords.MonthOf(word) != 0 || PartOf(word) is not null)
            {
                break;
            }
            from = from < 0 ? probe - word.Length : from;
            end = probe;
        }
        return from < 0 ? null : sentence[from..end].ToString();
    }

    /// <summary>The fewest letters a name's stem has for a spelling one letter longer to be taken for it ("Yelwata", "Yelewata").</summary>
    private const int SpellingStemLetters = 6;

    /// <summary>
    /// Gives the stems of one name written two ways one stem: with and without an accent ("Pont-Sondé", "Pont-Sonde") or with
    /// one letter more inside it ("Yelewata", "Yelwata"; not at either end: "Donetsk" is not "Donets"), for stems of
    /// <see cref="SpellingStemLetters"/> letters or more. Each stem is looked up without each inner letter, so a batch costs
    /// its names' lengths, not the square of their number.
    /// </summary>
    private static void OneSpellingOfAName(List<(string Place, int Count, string Stem, bool HasLevel)> spellings)
    {
        var folded = new Dictionary<string, string>(StringComparer.Ordinal); // a stem without accents → the stem first written so
        var stemOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, _, stem, _) in spellings)
        {
            if (!stemOf.ContainsKey(stem))
            {
                string plain = VowelsGToH(WithoutAccents(stem));
                stemOf[stem] = folded.TryGetValue(plain, out var first) ? first : folded[plain] = stem;
            }
        }
        foreach (var (plain, stem) in folded)
        {
            if (plain.Length <= SpellingStemLetters)
            {
                continue;
            }
            for (int i = 1; i < plain.Length - 1; i++)
            {
                if (char.IsLetter(plain[i]) && folded.TryGetValue(string.Concat(plain.AsSpan(0, i), plain.AsSpan(i + 1)), out var shorter))
                {
                    foreach (var (written, chosen) in stemOf.ToList())
                    {
                        if (chosen == stem)
                        {
                            stemOf[written] = shorter; // one name: the shorter spelling's stem
                        }
                    }
                    break;
                }
            }
        }
        for (int i = 0; i < spellings.Count; i++)
        {
            spellings[i] = spellings[i] with { Stem = stemOf[spellings[i].Stem] };
        }
    }

    /// <summary>
    /// A stem with each "g" between two vowels written "h" ("chernigiv" → "chernihiv", "lugansk" → "luhansk"): the two
    /// romanizations of one letter of Ukrainian and Russian names.
    /// </summary>
    private static string VowelsGToH(string stem)
    {
        int at = stem.IndexOf('g', StringComparison.Ordinal);
        if (at < 0)
        {
            return stem;
        }
        var letters = stem.ToCharArray();
        for (int i = Math.Max(at, 1); i < letters.Length - 1; i++)
        {
            if (letters[i] == 'g' && IsVowel(letters[i - 1]) && IsVowel(letters[i + 1]))
            {
                letters[i] = 'h';
            }
        }
        return new string(letters);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>A stem's letters without their accents ("pont sondé" → "pont sonde").</summary>
    private static string WithoutAccents(string stem)
    {
        foreach (char c in stem)
        {
            if (c > '\u007f')
            {
                var letters = new System.Text.StringBuilder(stem.Length);
                foreach (char d in stem.Normalize(System.Text.NormalizationForm.FormD))
                {
                    if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(d) != System.Globalization.UnicodeCategory.NonSpacingMark)
                    {
                        letters.Append(d);
                    }
                }
                return letters.ToString().Normalize(System.Text.NormalizationForm.FormC);
            }
        }
        return stem;
    }

    /// <summary>
    /// The identity of a place's name without its region word (<see cref="Names.Key"/>: "kursk" for "Kursk Oblast", "Kursk
    /// region" and "Kursk"), and whether it had one; places with the same stem are one region for <see cref="HarmonizePlaces"/>.
    /// </summary>
    internal static (string Stem, bool HasLevel) PlaceStem(string place)
    {
        string tidy = place.Trim();
        if (tidy.EndsWith(LocalGovernmentArea, StringComparison.OrdinalIgnoreCase) && tidy.Length > LocalGovernmentArea.Length)
        {
            return (Names.Key(tidy[..^LocalGovernmentArea.Length]), true); // "Tarvo Local Government Area": Tarvo's own area
        }
        int space = tidy.LastIndexOf(' ');
        bool hasLevel = space > 0 && (RegionWords.Contains(tidy.AsSpan(space + 1)) || SeatLevelWords.Contains(tidy.AsSpan(space + 1)));
        return (Names.Key(hasLevel ? tidy[..space] : tidy), hasLevel);
    }

    /// <summary>
    /// One spelling for each region across <paramref name="places"/>: places whose names differ only by a region word
    /// ("Kursk", "Kursk region", "Kursk Oblast") all take the spelling with a region word that is written most often
    /// (the first of equals), or the bare name when none has one; a name written with and without an accent, with one
    /// letter more inside it ("Yelwata", "Yelewata") or with "g" for "h" between vowels ("Chernigiv", "Chernihiv") is one
    /// name.
    /// </summary>
    /// <returns>For each place as written, the spelling chosen.</returns>
    internal static Dictionary<string, string> HarmonizePlaces(IEnumerable<string> places)
    {
        // Each distinct spelling once, in the order first written, with its count and stem.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var spellings = new List<(string Place, int Count, string Stem, bool HasLevel)>();
        foreach (var place in places)
        {
            if (seen.TryGetValue(place, out int at))
            {
                spellings[at] = spellings[at] with { Count = spellings[at].Count + 1 };
                continue;
            }
            seen[place] = spellings.Count;
            var (stem, hasLevel) = PlaceStem(place);
            spellings.Add((place, 1, stem, hasLevel));
        }
        OneSpellingOfAName(spellings);
        var best = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < spellings.Count; i++)
        {
            var candidate = spellings[i];
            if (!best.TryGetValue(candidate.Stem, out int chosen)
                || (candidate.HasLevel && !spellings[chosen].HasLevel)
                || (candidate.HasLevel == spellings[chosen].HasLevel && candidate.Count > spellings[chosen].Count))
            {
                best[candidate.Stem] = i; // a later spelling wins only with a level word the chosen lacks, or more mentions
            }
        }
        var spelling = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (place, _, stem, _) in spellings)
        {
            spelling[place] = spellings[best[stem]].Place;
        }
        return spelling;
    }
}
