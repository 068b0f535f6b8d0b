using System;

namespace ForceEstimates.Extraction;

/// <summary>
/// Counts of people that English reporting gives beside a toll without making them one: the people a plane or a boat
/// carried ("with 72 people on board", "the 181 aboard"), its passengers and crew, those who survived, and people counted
/// with no word of harm in their sentence (fed, supported, at risk, of a nationality). A count of people is a toll only when a
/// verb or noun of harm governs it; these readers say when nothing does. Also what a share of the dead counts ("half of those
/// who died", "60% died from burns") and "of which N" after a count of things.
/// </summary>
internal static partial class FigureKinds
{
    /// <summary>Words passed between a counted group and the "on board" that carries it: "were on board", "had been aboard". A closed list.</summary>
    private static readonly WordSet AboardLinks = new("were", "was", "are", "is", "been", "had", "have", "has", "still", "now", "all", "reportedly");

    /// <summary>The crew of a craft: counted on board or beside its passengers, they are people carried, not a force. A closed list.</summary>
    private static readonly WordSet CrewNouns = new("crew", "crews", "crewmen", "crewmembers");

    /// <summary>People counted as those a craft carries or as those left alive: "occupants", "survivors", "souls". A closed list.</summary>
    private static readonly WordSet CarriedPeopleNouns = new("occupants", "souls", "survivors", "survivor");

    /// <summary>People who live on after a loss: "the victims' survivors", "the victims' families". A closed list.</summary>
    private static readonly WordSet BereavedNouns = new("survivors", "relatives", "families", "kin", "widows", "orphans", "children");

    /// <summary>
    /// Verbs of dying or being hurt that make a share of people a share of the dead or wounded when they follow the share or
    /// "who" after it: "60% died from burns", "half of those who died". A closed list (no "lost" or "shot": things are lost and shot too).
    /// </summary>
    private static readonly WordSet ShareDeathVerbs = new(
        "died", "killed", "perished", "wounded", "injured", "drowned", "murdered", "executed", "slain", "massacred", "succumbed");

    /// <summary>A military exercise: people it involves are the forces drilled. A closed list.</summary>
    private static readonly WordSet ExerciseNouns = new("exercise", "exercises", "drill", "drills", "maneuvers", "manoeuvres", "wargames");

    /// <summary>Verbs of a whole taking in its parts, right before a count: "the Tesk manoeuvres are to involve some 40,000 people". A closed list.</summary>
    private static readonly WordSet InvolvingVerbs = new("involve", "involves", "involved", "involving");

    /// <summary>Whether the count is of those a military exercise involves: a verb of <see cref="InvolvingVerbs"/> right before it and a noun of <see cref="ExerciseNouns"/> in its sentence.</summary>
    private static bool InvolvedInExercise(WordMap words, Sentence sentence, in FigureCandidate figure)
        => InvolvingVerbs.Contains(Characters.WordBefore(words.Text, figure.Start, sentence.Start, out _))
           && HasWordIn(words, sentence.Start, sentence.End, ExerciseNouns);

    /// <summary>How many characters before a sentence that opens "Of these" or "Of those" the noun of the total it breaks down may be.</summary>
    private const int BreakdownLookBack = 160;

    /// <summary>Whether <paramref name="word"/> names people (not a force nor a thing): "people", "passengers", "crew", "nationals".</summary>
    private static bool IsPeopleWord(ReadOnlySpan<char> word)
        => Lexicon.PeopleNouns.Contains(word) || KinNouns.Contains(word) || PeoplesNouns.Contains(word) || MorePeopleNouns.Contains(word)
           || CrowdNouns.Contains(word) || CrewNouns.Contains(word) || CarriedPeopleNouns.Contains(word) || PassengerNouns.Contains(word);

    /// <summary>
    /// Whether the figure counts people carried on board: its counted noun (people or crew, or none) followed by "on board",
    /// "aboard" or "onboard", auxiliaries passed ("58 people, including three pilots, had been on board", "with 64 people on board",
    /// "the 213 aboard", "19 crew on board"). A noun of a force or a thing before it ("300 soldiers aboard", "12 tanks on board")
    /// is left to its own kind. A few words are read.
    /// </summary>
    private static bool CarriedAboard(WordMap words, Sentence sentence, in FigureCandidate figure, string? subject)
    {
        string text = words.Text;
        int limit = sentence.End;
        int at = Characters.SkipSpaces(text, figure.End, limit);
        if (subject is not null)
        {
            if (!text.AsSpan(at, limit - at).StartsWith(subject, StringComparison.Ordinal))
            {
                return false;
            }
            if (!NamesAboard(subject) && !AboardAfter(words, at + subject.Length, limit))
            {
                return false; // the walk below says yes only for a word of being aboard, in the subject or after it
            }
            var subjectWords = new WordsIn(subject, 0, subject.Length);
            while (subjectWords.MoveNext())
            {
                var word = subjectWords.Current;
                if (AboardWords.Contains(word) && !word.Equals("board", StringComparison.OrdinalIgnoreCase))
                {
                    return true; // "the 181 aboard", "242 passengers onboard": the subject read took the word with it
                }
                if (!IsPeopleWord(word) && NounKind(word) != FigureKind.Unknown)
                {
                    return false;
                }
            }
            at += subject.Length;
        }
        return AboardAfter(words, at, limit);
    }

    /// <summary>Whether the subject has a word of being aboard ("aboard", "onboard"; not "board" alone), as <see cref="CarriedAboard"/> reads it.</summary>
    private static bool NamesAboard(string subject)
    {
        var subjectWords = new WordsIn(subject, 0, subject.Length);
        while (subjectWords.MoveNext())
        {
            var word = subjectWords.Current;
            if (AboardWords.Contains(word) && !word.Equals("board", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether "on board", "aboard" or "onboard" follows <paramref name="at"/> past an aside of who they were (", including
    /// three pilots,") and a few auxiliaries ("had been on board").
    /// </summary>
    private static bool AboardAfter(WordMap words, int at, int limit)
    {
        string text = words.Text;
        if (text.AsSpan(at, limit - at).StartsWith(", including", StringComparison.OrdinalIgnoreCase))
        {
            int comma = text.IndexOf(',', at + 1, limit - at - 1);
            if (comma < 0)
            {
                return false;
            }
            at = comma + 1; // "58 people, including three pilots, had been on board": the aside says who they were
        }
        for (int taken = 0; taken < 4; taken++)
        {
            at = Characters.SkipSpaces(text, at, limit);
            int end = words.WordEnd(at, limit);
            if (end == at)
            {
                return false;
            }
            var word = text.AsSpan(at, end - at);
            if (word.Equals("aboard", StringComparison.OrdinalIgnoreCase) || word.Equals("onboard", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (word.Equals("on", StringComparison.OrdinalIgnoreCase))
            {
                return NextWord(words, end, limit).Equals("board", StringComparison.OrdinalIgnoreCase);
            }
            if (!AboardLinks.Contains(word))
            {
                return false;
            }
            at = end;
        }
        return false;
    }

    /// <summary>
    /// Whether people counted on board are told as harmed: a verb of killing right before them ("killing all 64 on board") or
    /// their own clause's verb of harm ("the 40 people on board were killed"). The whole a part is counted from is not ("211 of
    /// the 213 on board were killed", "Of the 188 people on board, 187 died").
    /// </summary>
    private static bool CarriedAndHarmed(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        var before = Characters.WordBefore(text, figure.Start, sentence.Start, out int beforeAt);
        if (before.Equals("the", StringComparison.OrdinalIgnoreCase)
            && Characters.WordBefore(text, beforeAt, sentence.Start, out _).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (before.Equals("all", StringComparison.OrdinalIgnoreCase) ? KillingVerbBefore(text, beforeAt, sentence.Start) : KillingVerbBefore(text, figure.Start, sentence.Start))
        {
            return true;
        }
        return VerbOfCountedGroup(words, sentence, figure) is ClauseVerb.Harmed or ClauseVerb.HarmedOrDestroyed;
    }

    /// <summary>Whether the subject names a craft's crew ("12 crew members", "six crew"): a word of <see cref="CrewNouns"/>.</summary>
    private static bool NamesCrew(string subject) => SubjectHasWordOf(subject, CrewNouns);

    /// <summary>Whether the subject names passengers: a word of <see cref="PassengerNouns"/> ("278 passengers", "passengers capsized").</summary>
    private static bool NamesPassengers(string subject) => SubjectHasWordOf(subject, PassengerNouns);

    /// <summary>
    /// Whether the subject counts people and nothing else: a word for people and no noun of a force, a thing or a loss ("people",
    /// "Indian nationals", "independent journalists").
    /// </summary>
    private static bool NamesOnlyPeople(string subject)
    {
        bool people = false;
        var subjectWords = new WordsIn(subject, 0, subject.Length);
        while (subjectWords.MoveNext())
        {
            var word = subjectWords.Current;
            if (IsPeopleWord(word))
            {
                people = true;
            }
            else if (NounKind(word) != FigureKind.Unknown || Lexicon.CasualtyVerbs.Contains(word))
            {
                return false;
            }
        }
        return people;
    }

    /// <summary>
    /// Whether the sentence names no harm at all: no verb or noun of killing, wounding or loss, no one missing, in hospital or
    /// trapped. A count of people in such a sentence is no toll ("Around 16,000 people received cash transfers", "We took 150
    /// journalists to the sites").
    /// </summary>
    private static bool NamesNoHarm(WordMap words, Sentence sentence)
    {
        // One walk of the sentence's words, each asked of every list.
        string text = words.Text;
        int to = sentence.End;
        int i = words.NextLetterRunStart(sentence.Start, to, 0);
        while (i < to)
        {
            int end = words.WordEnd(i, to);
            var word = text.AsSpan(i, end - i);
            if (Lexicon.CasualtyVerbs.Contains(word) || Lexicon.CasualtyNouns.Contains(word) || MoreCasualtyWords.Contains(word)
                || MissingWords.Contains(word) || CareWords.Contains(word) || LossNouns.Contains(word) || RuinWords.Contains(word)
                || TreatingVerbs.Contains(word) || PlightOfTheLostWords.Contains(word))
            {
                return false;
            }
            i = words.NextLetterRunStart(Math.Max(i + 1, end), to, 0);
        }
        return true;
    }

    /// <summary>
    /// Words of care, search or identification that say people counted may be the wounded, the missing or the dead ("31 people
    /// were in intensive care", "had identified 48 people", "still trying to locate 930 people"): a sentence with one names harm. A closed list.
    /// </summary>
    private static readonly WordSet PlightOfTheLostWords = new(
        "intensive", "treatment", "condition", "identified", "identify", "identification", "locate", "locating", "search", "searching",
        "unaccounted", "pronounced");

    /// <summary>"among": a count after it in its sentence is a part of a group named before ("among them were 36 Tarvists").</summary>
    private static readonly WordSet AmongWords = new("among", "amongst");

    /// <summary>Verbs of recruiting right before a count of people: "plans to recruit 1.5 million people into its armed forces". A closed list.</summary>
    private static readonly WordSet RecruitingVerbs = new(
        "recruit", "recruited", "recruiting", "mobilise", "mobilize", "mobilised", "mobilized", "conscript", "conscripted", "draft", "drafted", "enlist", "enlisted");

    /// <summary>
    /// Whether a verb or noun of harm stands just before the figure, within 50 characters of its clause: "lost some 3,000
    /// men fighting for Tesk", "killed 60 gunmen after two days of fighting": the loss governs the count.
    /// </summary>
    private static bool HarmJustBefore(WordMap words, Sentence sentence, in FigureCandidate figure)
        => HasWordIn(words, Math.Max(sentence.Start, figure.Start - 50), figure.Start, Lexicon.CasualtyVerbs, LossNouns);

    /// <summary>
    /// Whether the sentence is prose: at least five words, ending in a stop, a question or exclamation mark or a closing quote. A
    /// fragment ("253 people.") may finish a toll's sentence, and an infobox row or a headline takes its sense from what is above it.
    /// </summary>
    private static bool IsProseSentence(WordMap words, Sentence sentence)
    {
        int end = sentence.End;
        while (end > sentence.Start && char.IsWhiteSpace(words.Text[end - 1]))
        {
            end--;
        }
        return end > sentence.Start && words.Text[end - 1] is '.' or '!' or '?' or '"' or '\u201D' or '\u2019' && HasWords(words, sentence, 5);
    }

    /// <summary>Whether the sentence has at least <paramref name="count"/> words.</summary>
    private static bool HasWords(WordMap words, Sentence sentence, int count)
    {
        int seen = 0;
        int i = words.NextLetterRunStart(sentence.Start, sentence.End, 0);
        while (i < sentence.End && seen < count)
        {
            seen++;
            i = words.NextLetterRunStart(Math.Max(i + 1, words.WordEnd(i, sentence.End)), sentence.End, 0);
        }
        return seen >= count;
    }

    /// <summary>
    /// Whether a possessive and a noun of <see cref="BereavedNouns"/> follow the subject: "21,566 Srebrenica victims' survivors",
    /// "40 victims' families": the people counted are the victims' kin, alive.
    /// </summary>
    private static bool BereavedAfterPossessive(WordMap words, Sentence sentence, in FigureCandidate figure, string subject)
    {
        string text = words.Text;
        int at = Characters.SkipSpaces(text, figure.End, sentence.End);
        if (!text.AsSpan(at, sentence.End - at).StartsWith(subject, StringComparison.Ordinal))
        {
            return false;
        }
        int end = at + subject.TrimEnd().Length;
        if (end >= sentence.End || !Characters.IsApostrophe(text[end]))
        {
            return false;
        }
        return BereavedNouns.Contains(NextWord(words, end + 1, sentence.End));
    }

    /// <summary>
    /// The kind a share takes from a verb of dying right after it or after "who": "60% died from flash burns", "half of those
    /// who died were convicts" (casualties); <see cref="FigureKind.Unknown"/> otherwise. Four words are read.
    /// </summary>
    private static FigureKind ShareOfTheDead(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, figure.End, sentence.End), sentence.End, 4);
        bool first = true;
        bool who = false;
        while (after.MoveNext())
        {
            var word = after.Current;
            if ((first || who) && ShareDeathVerbs.Contains(word))
            {
                return FigureKind.Casualties;
            }
            who = word.Equals("who", StringComparison.OrdinalIgnoreCase);
            first = false;
        }
        return FigureKind.Unknown;
    }

    /// <summary>
    /// Whether the text just before a sentence that opens a breakdown ("Of these, ...") names deaths or losses: the total the
    /// sentence breaks down is a toll even when it gave no figure ("the Tesk deaths will have to be revised. Of these,
    /// about 15% ...").
    /// </summary>
    private static bool BreaksDownLosses(WordMap words, Sentence sentence)
        => sentence.Start > 0 && OpensBreakdown(words, sentence)
           && HasWordIn(words, Math.Max(0, sentence.Start - BreakdownLookBack), sentence.Start, LossNouns);

    /// <summary>Whether "of which" comes right before the figure: "1,204 drones, of which 1,016 were downed": a part of the things before.</summary>
    private static bool OfWhichBefore(string text, int start, int limit)
        => Characters.WordBefore(text, start, limit, out int whichAt).Equals("which", StringComparison.OrdinalIgnoreCase)
           && Characters.WordBefore(text, whichAt, limit, out _).Equals("of", StringComparison.OrdinalIgnoreCase);
}
