using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace ForceEstimates.Extraction;

/// <summary>
/// What a figure counts and over what period, from the words of its sentence (the word lists are the
/// <see cref="Lexicon"/>'s). Rates: a phrase after the figure ("a day", "per month", "over the past
/// day"), an adjective before it ("daily losses averaged 1,240"), a phrase opening the sentence ("Over
/// the past 24 hours, ..."), a running tally's "(+4)", and a list of values that continues a rate
/// ("averaged 1,180 a day in August, up from 1,090 in July"). Kinds: the unit (an area is territory), the
/// noun the figure counts ("troops", "tanks", "clashes"), the verbs around it ("were killed" makes soldiers
/// casualties, "fled" makes people other), and a figure coordinated with the one before it takes its kind.
/// Every look is bounded to the figure's sentence and a few words around it.
/// </summary>
internal static partial class FigureKinds
{
    /// <summary>How far after a figure its rate phrase may be (the figure's subject comes between: "1,100 new contract soldiers a day").</summary>
    private const int RateReach = 100;

    /// <summary>How close coordinated figures are: "1,262 and 1,163", "14 tanks and 36 artillery systems".</summary>
    private const int ListGap = 60;

    /// <summary>
    /// The rate of each figure of a sentence (<see cref="PeriodUnits.None"/> for totals and levels), in the figures' order,
    /// in the first entries of <paramref name="buffer"/> (grown when too short: one buffer serves every sentence of an article).
    /// </summary>
    internal static PeriodUnits[] RatesOf(WordMap words, Sentence sentence, ArraySegment<FigureCandidate> figures, ref PeriodUnits[] buffer)
    {
        string text = words.Text;
        if (buffer.Length < figures.Count)
        {
            buffer = new PeriodUnits[Math.Max(figures.Count, 2 * buffer.Length)];
        }
        var rates = buffer;
        Array.Clear(rates, 0, figures.Count);
        var span = text.AsSpan(0, sentence.End);
        for (int i = sentence.Start; i < sentence.End; i++)
        {
            // A phrase starts at a letter: the characters before the next run of letters are passed at once.
            i = words.NextLetterRunStart(i, sentence.End, sentence.Start);
            if (i >= sentence.End)
            {
                break;
            }
            // Only the first letter of a run of letters can start a phrase (every later one has a letter before it), so
            // once a letter is looked at the rest of its run is passed at once, not a character at a time with two tests each.
            int letters = words.LettersFrom(i, sentence.End);
            if (i > sentence.Start && char.IsLetterOrDigit(text[i - 1]))
            {
                i += letters - 1;
                continue;
            }
            char first = Characters.Lower(text[i]);
            if (first is not ('a' or 'p' or 'e' or 'd' or 'o' or 'i' or 'w' or 'm' or 'y'))
            {
                i += letters - 1;
                continue;
            }
            // A phrase matches only where its first word is the whole run of letters here (a space, or no word character,
            // follows it): "in" is tried against the eight phrases that start with "in", "into" and "inside" against none.
            bool matched = false;
            var phrases = RatesByInitial[first - 'a'];
            var byLength = RatesByFirstWordLength[first - 'a'];
            var secondInitials = RateSecondInitials[first - 'a'];
            if (letters >= byLength.Length)
            {
                i += letters - 1;
                continue; // no phrase of this letter has so long a first word
            }
            // The character after a single space ends most tries at once: "in" is followed by "the" or a place far more often than by a rate.
            char afterSpace = i + letters + 1 < sentence.End && text[i + letters] == ' ' && !char.IsWhiteSpace(text[i + letters + 1]) ? Characters.Lower(text[i + letters + 1]) : '\0';
            foreach (int p in byLength[letters])
            {
                if (afterSpace != '\0' && secondInitials[p] != '\0' && secondInitials[p] != afterSpace)
                {
                    continue;
                }
                var (phrase, per) = phrases[p];
                int end = SpanScanner.PhraseEnd(span, i, phrase);
                if (end < 0 || FollowedByNotRate(words, end, sentence.End) || (!phrase.Contains(' ') && !IsAdverb(words, end, sentence.End))
                    || (phrase[0] == 'a' && PrecededByPeriodWord(text, i, sentence.Start)))
                {
                    continue; // "its weekly review", "killed in a week"
                }
                if (OpensSentence(text, sentence, i) && (phrase.StartsWith("over", StringComparison.Ordinal) || phrase.StartsWith("in the", StringComparison.Ordinal)
                                                         || phrase.StartsWith("every ", StringComparison.Ordinal) || phrase.StartsWith("each ", StringComparison.Ordinal)))
                {
                    // "Over the past 24 hours, Russian troops lost 1,320 personnel and 11 tanks": every figure of the sentence up to a
                    // running total ("..., bringing the total to"), also inside a quotation ("\"Over the past 24 hours, ..."). A
                    // distributive frame at the head ("Every month, thousands of drones ...", "Each day, ...") reaches as far.
                    AssignAfter(words, sentence, figures, rates, end, per);
                }
                else if (IsTimeFrame(phrase) && (figures.Count == 0 || figures[0].Start > i))
                {
                    // "In the south, over the past 24 hours, 214 people were killed", "losses in just 24 hours, including 1,140
                    // troops": a frame before every figure of its sentence covers the figures after it, up to a running total.
                    AssignAfter(words, sentence, figures, rates, end, per);
                }
                else
                {
                    AssignBefore(text, sentence.Start, figures, rates, i, per);
                }
                i = end - 1;
                matched = true;
                break;
            }
            if (!matched)
            {
                i += letters - 1;
            }
        }
        AssignAfterAdjectives(words, sentence, figures, rates);
        for (int k = 0; k < figures.Count; k++)
        {
            var figure = figures[k];
            if (rates[k] == PeriodUnits.None && figure.Start >= 2 && text[figure.Start - 1] == '+' && text[figure.Start - 2] == '(')
            {
                rates[k] = PeriodUnits.Days; // a running tally's increment since the last daily report
            }
            else if (rates[k] == PeriodUnits.None && k > 0 && rates[k - 1] != PeriodUnits.None && figures[k - 1].Unit == figure.Unit
                     && ContinuesList(words, sentence, figures[k - 1], figure) && !HasWordIn(words, figures[k - 1].End, figure.Start, TotalWords)
                     && !HasOwnSince(words, figure, sentence.End))
            {
                rates[k] = rates[k - 1]; // "averaged 1,180 a day in August, up from 1,090 in July and 1,030 in June"
            }
            else if (rates[k] == PeriodUnits.None && k > 0 && rates[k - 1] != PeriodUnits.None && AnotherOfTheSame(words, sentence, figures[k - 1], figure))
            {
                rates[k] = rates[k - 1]; // "repelled 38 attacks over the last day near X, and another 5 attacks near Y"
            }
        }
        return rates;
    }

    /// <summary>
    /// Whether the figure's own words, within two words after it, say "since": "12 tanks in the past day and 3,948 since the
    /// start of the invasion" (a running total, not the list's period again).
    /// </summary>
    private static bool HasOwnSince(WordMap words, in FigureCandidate figure, int end)
    {
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, figure.End, end), end, 2);
        while (after.MoveNext())
        {
            if (after.Current.Equals("since", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many words after the figure before it "another N"'s noun may be found ("38 enemy attacks ... another 5 attacks").</summary>
    private const int AnotherNounReach = 3;

    /// <summary>
    /// Whether <paramref name="figure"/> is "another N" of the noun that <paramref name="previous"/> counts: "another" right
    /// before it, the word after it among the <see cref="AnotherNounReach"/> words after the earlier figure, and no clause break
    /// or word of a total between. The same count again, over the same period.
    /// </summary>
    private static bool AnotherOfTheSame(WordMap words, Sentence sentence, in FigureCandidate previous, in FigureCandidate figure)
    {
        string text = words.Text;
        if (!words.WordBefore(figure.Start, previous.End, out _).Equals("another", StringComparison.OrdinalIgnoreCase)
            || HasClauseBreak(text, previous.End, figure.Start) || HasWordIn(words, previous.End, figure.Start, TotalWords))
        {
            return false;
        }
        var noun = WordAfter(words, figure.End, sentence.End);
        if (noun.IsEmpty)
        {
            return false;
        }
        var after = new WordsAfter(words, Characters.SkipSpaces(text, previous.End, figure.Start), figure.Start, AnotherNounReach);
        while (after.MoveNext())
        {
            if (after.Current.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Openings of a sentence that breaks down the total before it: "This includes", "These include", "They included", "Of these", "Of those", "Among them".</summary>
    private static readonly string[] BreakdownOpenings = ["this includes", "this included", "these include", "these included", "they include", "they included", "of these", "of those", "among them", "of them"];

    /// <summary>
    /// Gives the figures of a sentence that breaks down the total of the sentence before it ("Total losses over the past day amounted
    /// to 609 people and 21 units. This includes 2 tanks, ...") that total's period <paramref name="per"/>, as a frame at the head of
    /// the sentence does: up to a word of a total or a clause break. Only the sentence's opening words are read.
    /// </summary>
    internal static void CarryFrameToBreakdown(WordMap words, Sentence sentence, ArraySegment<FigureCandidate> figures, PeriodUnits[] rates, PeriodUnits per)
    {
        int end = BreakdownOpeningEnd(words, sentence);
        if (end >= 0)
        {
            AssignAfter(words, sentence, figures, rates, end, per);
        }
    }

    /// <summary>Whether the sentence opens with one of <see cref="BreakdownOpenings"/>: it breaks down the total of the sentence before it.</summary>
    internal static bool OpensBreakdown(WordMap words, Sentence sentence) => BreakdownOpeningEnd(words, sentence) >= 0;

    /// <summary>Where the sentence's opening of <see cref="BreakdownOpenings"/> ends, or -1 when it has none. Only the opening words are read.</summary>
    private static int BreakdownOpeningEnd(WordMap words, Sentence sentence)
    {
        string text = words.Text;
        int start = Characters.SkipSpaces(text, sentence.Start, sentence.End);
        var span = text.AsSpan(0, sentence.End);
        foreach (var opening in BreakdownOpenings)
        {
            int end = SpanScanner.PhraseEnd(span, start, opening);
            if (end >= 0)
            {
                return end;
            }
        }
        return -1;
    }

    /// <summary>
    /// Time frames of one day that news writes beside the shared lexicon's <see cref="Lexicon.RatesAfter"/>: "during the past
    /// 24 hours", "in just 24 hours", a headline's "in Past Day" without its article and "in 1 Day" in digits, the day of a
    /// daily bulletin ("lost ... over the day", "Losses over the day were ..."), the hours in words ("in the last
    /// twenty-four hours") and "previous" for "past" or "last" ("over the previous 24 hours", after the figure as before it).
    /// </summary>
    private static readonly (string Phrase, PeriodUnits Per)[] FramesOfOneDay =
    [
        ("during the past 24 hours", PeriodUnits.Days), ("during the last 24 hours", PeriodUnits.Days), ("during the past day", PeriodUnits.Days),
        ("during the last day", PeriodUnits.Days), ("within the past 24 hours", PeriodUnits.Days), ("within the last 24 hours", PeriodUnits.Days),
        ("in just 24 hours", PeriodUnits.Days), ("within just 24 hours", PeriodUnits.Days), ("in only 24 hours", PeriodUnits.Days),
        ("in past day", PeriodUnits.Days), ("in past 24 hours", PeriodUnits.Days), ("over past day", PeriodUnits.Days), ("over past 24 hours", PeriodUnits.Days),
        ("in 1 day", PeriodUnits.Days), ("in just one day", PeriodUnits.Days), ("in just 1 day", PeriodUnits.Days), ("in only one day", PeriodUnits.Days),
        ("over the day", PeriodUnits.Days), ("in the past twenty-four hours", PeriodUnits.Days), ("in the last twenty-four hours", PeriodUnits.Days),
        ("over the past twenty-four hours", PeriodUnits.Days), ("over the last twenty-four hours", PeriodUnits.Days),
        ("during the past twenty-four hours", PeriodUnits.Days), ("during the last twenty-four hours", PeriodUnits.Days),
        ("over the previous 24 hours", PeriodUnits.Days), ("in the previous 24 hours", PeriodUnits.Days),
        ("during the previous 24 hours", PeriodUnits.Days), ("within the previous 24 hours", PeriodUnits.Days),
        ("over the previous day", PeriodUnits.Days), ("during the previous day", PeriodUnits.Days),
    ];

    /// <summary>The shared rate phrases and <see cref="FramesOfOneDay"/>, longest first, by the letter each phrase starts with ('a' to 'z').</summary>
    private static readonly (string Phrase, PeriodUnits Per)[][] RatesByInitial = [.. Enumerable.Range(0, Lexicon.RatesAfterByInitial.Length).Select(
        letter => Lexicon.RatesAfterByInitial[letter].Concat(FramesOfOneDay.Where(f => f.Phrase[0] - 'a' == letter))
                                                     .OrderByDescending(r => r.Phrase.Length).ToArray())];

    /// <summary>
    /// For each letter, by the length of a first word, the indices of the phrases of <see cref="RatesByInitial"/> whose first word has that
    /// length, in their order there (longest phrase first): only those can match a word of that length, and the first of them that matches
    /// is the first of the whole list that does. A common word ("and", "of", "with") is turned away without a look at each phrase.
    /// </summary>
    private static readonly int[][][] RatesByFirstWordLength = Array.ConvertAll(FirstWordLengths(RatesByInitial, static r => r.Phrase), lengths =>
    {
        var byLength = new int[lengths.Length == 0 ? 0 : lengths.Max() + 1][];
        for (int n = 0; n < byLength.Length; n++)
        {
            byLength[n] = [.. Enumerable.Range(0, lengths.Length).Where(p => lengths[p] == n)];
        }
        return byLength;
    });

    /// <summary>The first letter of the second word of each phrase of <see cref="RatesByInitial"/> ('\0' for one word), in the same order.</summary>
    private static readonly char[][] RateSecondInitials = Array.ConvertAll(RatesByInitial, group => Array.ConvertAll(group, r => r.Phrase.IndexOf(' ') is var space and >= 0 ? r.Phrase[space + 1] : '\0'));

    /// <summary>A phrase that dates the events of its clause to a period ("over the past 24 hours", "in just 24 hours"), not "a day" after one figure.</summary>
    private static bool IsTimeFrame(string phrase)
        => phrase.Contains(' ') && (phrase.StartsWith("over ", StringComparison.Ordinal) || phrase.StartsWith("in ", StringComparison.Ordinal)
                                     || phrase.StartsWith("during ", StringComparison.Ordinal) || phrase.StartsWith("within ", StringComparison.Ordinal));

    /// <summary>Whether only spaces and opening quotation marks or brackets come between the sentence's start and <paramref name="at"/>.</summary>
    private static bool OpensSentence(string text, Sentence sentence, int at)
    {
        for (int i = sentence.Start; i < at; i++)
        {
            if (!(char.IsWhiteSpace(text[i]) || text[i] is '"' or '\u201C' or '\'' or '\u2018' or '(' or '['))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Words after which a sentence's figures are totals, not the frame's: "bringing the total to", "since the start", "overall".</summary>
    private static readonly WordSet TotalWords = new("total", "totals", "overall", "since", "bringing", "brings", "brought", "raising", "raises", "cumulative", "altogether");

    /// <summary>A frame at the head of a sentence covers the figures after <paramref name="from"/> until a word of <see cref="TotalWords"/> or a clause break.</summary>
    private static void AssignAfter(WordMap words, Sentence sentence, ArraySegment<FigureCandidate> figures, PeriodUnits[] rates, int from, PeriodUnits per)
    {
        string text = words.Text;
        int checkedTo = from;
        for (int k = 0; k < figures.Count; k++)
        {
            if (figures[k].Start < from)
            {
                continue;
            }
            if (HasClauseBreak(text, checkedTo, figures[k].Start) || HasWordIn(words, checkedTo, figures[k].Start, TotalWords))
            {
                return;
            }
            if (rates[k] == PeriodUnits.None)
            {
                rates[k] = per;
            }
            checkedTo = figures[k].End;
        }
    }

    /// <summary>For each group of phrases, the length of each phrase's first word (up to its first space, else the whole phrase).</summary>
    internal static int[][] FirstWordLengths<T>(T[][] groups, Func<T, string> phraseOf)
        => Array.ConvertAll(groups, group => Array.ConvertAll(group, item => phraseOf(item).IndexOf(' ') is var space and >= 0 ? space : phraseOf(item).Length));

    /// <summary>
    /// How many letters run from <paramref name="start"/> (before <paramref name="limit"/>). <see cref="SpanScanner.PhraseEnd"/>
    /// matches a phrase there only if this is the length of the phrase's first word: the word's letters must match (and
    /// whatever lower-cases to a letter is a letter), and a space or a character that is not part of a word must follow.
    /// </summary>
    internal static int LettersFrom(string text, int start, int limit)
    {
        int i = start;
        while (i < limit && char.IsLetter(text[i]))
        {
            i++;
        }
        return i - start;
    }

    private static bool IsAdverb(WordMap words, int end, int limit)
    {
        string text = words.Text;
        int next = Characters.SkipSpaces(text, end, limit);
        if (next >= limit || !char.IsLetter(text[next]))
        {
            return true;
        }
        return Lexicon.AdverbFollowers.Contains(text.AsSpan(next, words.WordEnd(next, limit) - next));
    }

    private static bool PrecededByPeriodWord(string text, int start, int limit)
        => Lexicon.PeriodOfTotal.Contains(Characters.WordBefore(text, start, limit, out _));

    private static bool FollowedByNotRate(WordMap words, int end, int limit)
    {
        string text = words.Text;
        int next = Characters.SkipSpaces(text, end, limit);
        if (next < limit && Characters.IsWordHyphen(text[next]))
        {
            return true; // "a day-long", "a year-old"
        }
        var word = text.AsSpan(next, words.WordEnd(next, limit) - next);
        return next > end && Lexicon.NotRateFollowers.Contains(word);
    }

    /// <summary>A rate phrase at <paramref name="position"/> applies to the nearest figure before it and to the figures coordinated with it.</summary>
    private static void AssignBefore(string text, int sentenceStart, ArraySegment<FigureCandidate> figures, PeriodUnits[] rates, int position, PeriodUnits per)
    {
        int k = figures.Count - 1;
        while (k >= 0 && figures[k].End > position)
        {
            k--;
        }
        if (k < 0 || position - figures[k].End > RateReach || rates[k] != PeriodUnits.None || HasClauseBreak(text, figures[k].End, position))
        {
            return;
        }
        rates[k] = per;
        if (k > 0 && rates[k - 1] == PeriodUnits.None && text.AsSpan(figures[k - 1].End, figures[k].Start - figures[k - 1].End).Trim().Equals("(", StringComparison.Ordinal))
        {
            rates[k - 1] = per; // "10 square kilometres (3.9 square miles) taken each day": the conversion in brackets is the same amount
            return;
        }
        for (int j = k - 1; j >= 0 && rates[j] == PeriodUnits.None && figures[j + 1].Start - figures[j].End <= ListGap
                            && IsCoordinated(text, figures[j].End, figures[j + 1].Start) && !IsPartWithItsOwnPeriod(text, sentenceStart, figures[j + 1].Start); j--)
        {
            rates[j] = per; // "lost 1,150 soldiers, 14 tanks and 36 artillery systems over the past day"
        }
    }

    /// <summary>
    /// Whether the figure at <paramref name="to"/> is a part ("including") of a total whose time the words from
    /// <paramref name="from"/> (its sentence's start) say apart with "since": "3,948 tanks since the start of the invasion,
    /// including 12 in the past day", "losses since February 2022 reached 128,040, including 1,210 over the past day". The
    /// part's period is not the total's.
    /// </summary>
    internal static bool IsPartWithItsOwnPeriod(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from).TrimEnd();
        return between.EndsWith("including", StringComparison.OrdinalIgnoreCase) && between.Contains(" since ", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasClauseBreak(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (text[i] is ';' or ':' || (text[i] == ',' && i + 2 < to && text.AsSpan(i + 1, Math.Min(8, to - i - 1)).TrimStart().StartsWith("while", StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly int RateAdjectiveShortest = Lexicon.RateAdjectives.Min(a => a.Word.Length);

    private static readonly int RateAdjectiveLongest = Lexicon.RateAdjectives.Max(a => a.Word.Length);

    /// <summary>The first letters of the rate adjectives, lower case.</summary>
    private static readonly string RateAdjectiveInitials = new([.. Lexicon.RateAdjectives.Select(a => char.ToLowerInvariant(a.Word[0])).Distinct()]);

    /// <summary>"Russia's daily losses averaged 1,240 in May": a rate adjective before figures in its clause.</summary>
    private static void AssignAfterAdjectives(WordMap words, Sentence sentence, ArraySegment<FigureCandidate> figures, PeriodUnits[] rates)
    {
        string text = words.Text;
        if (figures.Count == 0)
        {
            return;
        }
        int limit = figures[^1].Start;
        for (int i = sentence.Start; i < limit; i++)
        {
            if (!char.IsLetter(text[i]) || (i > sentence.Start && char.IsLetter(text[i - 1])))
            {
                continue;
            }
            int wordEnd = words.WordEnd(i, sentence.End);
            var word = text.AsSpan(i, wordEnd - i);
            if (word.Length < RateAdjectiveShortest || word.Length > RateAdjectiveLongest || !RateAdjectiveInitials.Contains(Characters.Lower(word[0])))
            {
                i = wordEnd;
                continue; // not the length or initial of any rate adjective: most words
            }
            foreach (var (adjective, per) in Lexicon.RateAdjectives)
            {
                if (!word.Equals(adjective, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                // An adjective before a noun ("daily losses"), not an adverb after a figure ("1,262 ... daily").
                int next = Characters.SkipSpaces(text, wordEnd, sentence.End);
                if (next >= sentence.End || !char.IsLetter(text[next]) || NamesAnOccasion(words, next, sentence.End))
                {
                    break; // "During the annual haj pilgrimage, at least 450 people died": the occasion recurs, the count does not
                }
                for (int k = 0; k < figures.Count; k++)
                {
                    if (figures[k].Start > wordEnd && rates[k] == PeriodUnits.None && !HasClauseBreak(text, wordEnd, figures[k].Start)
                        && !NamedYearAfter(text, figures[k].End, sentence.End))
                    {
                        rates[k] = per;
                    }
                }
                break;
            }
            i = wordEnd;
        }
    }

    /// <summary>
    /// Nouns of a recurring occasion a rate adjective may qualify ("the annual pilgrimage", "its yearly military exercises"): the
    /// adjective says how often the occasion comes round, not that a count of it is an amount per period. A closed list.
    /// </summary>
    private static readonly WordSet OccasionNouns = new(
        "pilgrimage", "pilgrimages", "festival", "festivals", "parade", "parades", "celebration", "celebrations", "commemoration",
        "commemorations", "ceremony", "ceremonies", "holiday", "holidays", "fair", "summit", "conference", "congress", "exercise",
        "exercises", "drills", "manoeuvres", "maneuvers", "march", "procession", "carnival", "feast", "games");

    /// <summary>Whether one of the two words from <paramref name="at"/> is a noun of <see cref="OccasionNouns"/> ("annual haj pilgrimage").</summary>
    private static bool NamesAnOccasion(WordMap words, int at, int limit)
    {
        var after = new WordsAfter(words, at, limit, 2);
        while (after.MoveNext())
        {
            if (OccasionNouns.Contains(after.Current))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Prepositions before a year that name the period a total covers: "in 2016", "for 2017".</summary>
    private static readonly WordSet YearPrepositions = new("in", "for", "during");

    /// <summary>
    /// Whether a year names the figure's period within five words after it, in its clause ("the annual report recorded 8,605
    /// casualties in 2016"): a named year's total, not a rate per year that an adjective before it would make it.
    /// </summary>
    private static bool NamedYearAfter(string text, int from, int limit)
    {
        var before = false;
        int i = Characters.SkipSpaces(text, from, limit);
        for (int taken = 0; taken < 5 && i < limit; taken++)
        {
            int end = Characters.WordEnd(text, i, limit);
            if (end == i)
            {
                return false; // a comma or another mark ends the clause
            }
            var word = text.AsSpan(i, end - i);
            if (before && word.Length == 4 && Characters.IsDigit(word[0]) && int.TryParse(word, out int year) && year is >= 1900 and <= 2100)
            {
                return true;
            }
            before = YearPrepositions.Contains(word);
            i = Characters.SkipSpaces(text, end, limit);
        }
        return false;
    }

    /// <summary>Whether the text between two figures only joins them: "and", a comma, "to", "or".</summary>
    private static bool IsCoordinated(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from);
        return between.Contains(',') || between.Contains(" and ", StringComparison.Ordinal) || between.Contains(" to ", StringComparison.Ordinal)
               || between.Contains(" or ", StringComparison.Ordinal) || between.Contains("respectively", StringComparison.Ordinal);
    }

    /// <summary>"..., up from 1,090 in July", "1,090 more in June", "to 1,030 in July": a value in a list over time.</summary>
    private static bool ContinuesList(WordMap words, Sentence sentence, in FigureCandidate previous, in FigureCandidate figure)
    {
        string text = words.Text;
        if (figure.Start - previous.End > 2 * ListGap || HasClauseBreak(text, previous.End, figure.Start))
        {
            return false;
        }
        int before = Characters.SkipSpacesBack(text, figure.Start, previous.End);
        int wordStart = words.WordStart(before, previous.End);
        var word = text.AsSpan(wordStart, before - wordStart);
        bool joined = word.Equals("from", StringComparison.Ordinal) || word.Equals("to", StringComparison.Ordinal) || word.Equals("and", StringComparison.Ordinal)
                      || word.Equals("with", StringComparison.Ordinal) || word.Equals("than", StringComparison.Ordinal) || word.Equals("against", StringComparison.Ordinal);
        // The value is dated on its own: "in July", "in 2023", "for March".
        var after = new WordsAfter(words, Characters.SkipSpaces(text, figure.End, sentence.End), sentence.End, 4);
        while (after.MoveNext())
        {
            var w = after.Current;
            if ((w.Equals("in", StringComparison.Ordinal) || w.Equals("for", StringComparison.Ordinal)) && NextIsDate(words, after.End, sentence.End))
            {
                return true;
            }
        }
        return joined && (previous.Hedge == figure.Hedge || figure.Hedge == HedgeKind.Bare);
    }

    private static bool NextIsDate(WordMap words, int at, int limit)
    {
        string text = words.Text;
        int next = Characters.SkipSpaces(text, at, limit);
        int end = words.WordEnd(next, limit);
        var word = text.AsSpan(next, end - next);
        return ArticleWords.MonthOf(word) != 0 || (word.Length == 4 && Characters.IsDigit(word[0]) && Characters.IsDigit(word[3]));
    }

    /// <summary>
    /// Whether <paramref name="figure"/> is the next item of a list of losses that <paramref name="previous"/> opens: the same
    /// personnel noun right after both ("1,970 soldiers in the east, up to 1,620 soldiers in the south"), a comma or "and"
    /// between, and no verb of its own between them or after it in its clause (a word in -ed, or a form of "be").
    /// </summary>
    internal static bool ContinuesLossList(WordMap words, Sentence sentence, in FigureCandidate previous, in FigureCandidate figure)
    {
        string text = words.Text;
        if (figure.Start - previous.End > 2 * ListGap || figure.Start <= previous.End)
        {
            return false;
        }
        var between = text.AsSpan(previous.End, figure.Start - previous.End);
        if (between.IndexOfAny(';', ':') >= 0 || !(between.Contains(',') || between.Contains(" and ", StringComparison.Ordinal)))
        {
            return false;
        }
        var noun = WordAfter(words, previous.End, sentence.End);
        if (noun.IsEmpty || !Lexicon.PersonnelNouns.Contains(noun) || !WordAfter(words, figure.End, sentence.End).Equals(noun, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        int clauseEnd = text.IndexOfAny([',', ';'], figure.End, sentence.End - figure.End);
        return !HasVerbForm(words, previous.End, figure.Start) && !HasVerbForm(words, figure.End, clauseEnd < 0 ? sentence.End : clauseEnd);
    }

    /// <summary>The word after <paramref name="at"/> (spaces skipped), or an empty span.</summary>
    private static ReadOnlySpan<char> WordAfter(WordMap words, int at, int limit)
    {
        int next = Characters.SkipSpaces(words.Text, at, limit);
        return next >= limit || !char.IsLetter(words.Text[next]) ? [] : words.Text.AsSpan(next, words.WordEnd(next, limit) - next);
    }

    /// <summary>Forms of "be" that make a clause of their own after a figure ("300 soldiers were deployed").</summary>
    private static readonly WordSet BeForms = new("is", "are", "was", "were", "be", "been", "remain", "remained", "remains");

    /// <summary>Whether a word in -ed or a form of "be" lies between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool HasVerbForm(WordMap words, int from, int to)
    {
        string text = words.Text;
        for (int i = from; i < to; i++)
        {
            if (!char.IsLetter(text[i]) || (i > from && char.IsLetter(text[i - 1])))
            {
                continue;
            }
            int end = words.WordEnd(i, to);
            var word = text.AsSpan(i, end - i);
            if ((word.Length > 3 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) || BeForms.Contains(word))
            {
                return true;
            }
            i = Math.Max(i, end - 1);
        }
        return false;
    }

    /// <summary>The kind of a figure and, where one fits, the library's metric.</summary>
    internal static FigureKind KindOf(WordMap words, Sentence sentence, in FigureCandidate figure, string? subject, PeriodUnits rate, FigureKind previousKind, bool coordinated, bool listOfLosses, out Metric? metric)
    {
        var kind = ReadKind(words, sentence, figure, subject, rate, previousKind, coordinated, listOfLosses);
        if (kind == FigureKind.Personnel && LossVerbGovernsList(words, sentence, figure))
        {
            // "Dovra lost 140 infantrymen, 61 gunners and four members of the guard, 23 marines": the men a verb of loss governs
            // are its losses, whatever noun names them
            kind = FigureKind.Casualties;
        }
        if (kind == FigureKind.Unknown && HasWordIn(words, sentence.Start, sentence.End, OrganiserWords))
        {
            // "(organisers' estimate: 90,000 people; police estimate: 30,000)", "the police say 40,000, the organisers more like
            // 100,000": a count the organisers of a march give (and the police's against it) is the crowd's size
            kind = FigureKind.Other;
        }
        if (previousKind == FigureKind.Unknown && kind == FigureKind.Unknown && BreaksDownLosses(words, sentence))
        {
            // "the Tesk deaths will have to be revised. Of these, about 15% ...": the parts of a toll named just before
            kind = FigureKind.Casualties;
        }
        if (previousKind == FigureKind.Casualties && kind is FigureKind.Personnel or FigureKind.Unknown && OpensBreakdown(words, sentence))
        {
            // "A total of 102 people lost their lives ... These include 11 officials of the police and 91 civilians", "Of those,
            // soldiers account for 24,617": the parts of a toll are of the dead, whoever they were.
            kind = FigureKind.Casualties;
        }
        metric = MetricOf(words, sentence, figure, kind);
        return kind;
    }

    /// <summary>
    /// Words of a push into the other side's ground: a distance they measure is ground entered ("the incursion extended up to 14
    /// kilometres"), not a distance between places. A closed list.
    /// </summary>
    private static readonly WordSet IncursionWords = new("incursion", "incursions", "penetration", "penetrated", "breakthrough");

    /// <summary>The organisers of a march or a rally, whose count of it English reporting sets against the police's. A closed list.</summary>
    private static readonly WordSet OrganiserWords = new("organisers", "organizers", "organiser", "organizer", "organisers'", "organizers'", "organiser's", "organizer's");

    private static FigureKind ReadKind(WordMap words, Sentence sentence, in FigureCandidate figure, string? subject, PeriodUnits rate, FigureKind previousKind, bool coordinated, bool listOfLosses)
    {
        if (InPlaceFactLine(words, sentence, figure))
        {
            return FigureKind.Other; // "Area: 9 km2 (3 sq mi).", "Population (May 1, 2024): 412,300": a place's extent and people
        }
        switch (figure.Unit)
        {
            case UnitClass.SquareKilometre or UnitClass.SquareMile or UnitClass.Hectare:
                // "2,400 square kilometres were flooded", "a plain that spans some 3,400 square kilometres": land under water or a
                // place's extent, no ground held or taken
                return IsAreaFloodedOrSpanned(words, sentence, figure) ? FigureKind.Other : FigureKind.Territory;
            case UnitClass.Kilometre or UnitClass.Mile or UnitClass.Metre:
                // "has advanced 10 miles since ..., including three miles on Wednesday": a part of the advance before it is ground too
                return rate != PeriodUnits.None || HasWordAround(words, sentence, figure, Lexicon.AdvanceVerbs, 60, 40) || HasWordAround(words, sentence, figure, IncursionWords, 30, 40)
                       || (previousKind == FigureKind.Territory && FollowsInclusion(words.Text, figure.Start, sentence.Start))
                    ? FigureKind.Territory : FigureKind.Other;
            case UnitClass.Percent or UnitClass.PercentagePoint or UnitClass.Fraction:
                return ShareKind(words, sentence, figure, previousKind, coordinated);
            case UnitClass.Tonne:
                // "nearly 4 million tonnes of grain": a weight of goods traded or grown, unless what is weighed is munitions ("12 tons of shells").
                return HasWordWithin(words, Characters.SkipSpaces(words.Text, figure.End, sentence.End), sentence.End, Lexicon.EquipmentNouns, 3)
                       || HasWordWithin(words, Characters.SkipSpaces(words.Text, figure.End, sentence.End), sentence.End, MunitionNouns, 3)
                       || SinkingWords.Contains(NextWord(words, figure.End, sentence.End))
                    ? FigureKind.Equipment : FigureKind.Other;
        }
        if (IsArmOfAnArmy(words, sentence, figure))
        {
            return FigureKind.Personnel; // "52,000 foot, 9,000 horse": an army's infantry and cavalry
        }
        if (KindOfMeasure(words, sentence, figure) is var measured && measured != FigureKind.Unknown)
        {
            return measured; // "a bore of 22 inches", "a ball of 5 cwt": a thing's size or weight, whatever the clause says of it
        }
        if (words.Text.AsSpan(figure.End, sentence.End - figure.End) is var rest
            && (rest.StartsWith("-strong", StringComparison.OrdinalIgnoreCase) || (rest.StartsWith("-man", StringComparison.OrdinalIgnoreCase) && (rest.Length == 4 || !char.IsLetter(rest[4])))
                || StrongAfter(rest)))
        {
            return FigureKind.Personnel; // "a 4,000-strong militia", "a 30-man patrol", "its garrison, 6,000 strong": the size of a force
        }
        if (IsStrengthOfFormation(words, sentence, figure) || IsStrengthALossIsCountedFrom(words, sentence, figure, previousKind))
        {
            return FigureKind.Personnel; // "a brigade of 5,000 men was almost wiped out": the unit's size, whatever befell it
        }
        if (rate != PeriodUnits.None && BarrelWords.Contains(NextWord(words, figure.End, sentence.End)))
        {
            return FigureKind.Other; // "its 90,000 barrels a day": oil output, not gun barrels
        }
        if (IsPopulationOfPlace(words, sentence, figure, subject))
        {
            return FigureKind.Other; // "a city of some 16,000 people": the place's population, whatever its clause says next
        }
        if (TakesPlaces(words, sentence, figure, subject))
        {
            return FigureKind.Territory; // "had captured 9 of Valdoria's 21 provincial capitals": places taken are ground
        }
        if (ReleaseDemanded(words.Text, figure.Start, sentence.Start))
        {
            return FigureKind.Other; // "the gunmen demanded the release of 234 prisoners": people held, whose freedom is asked
        }
        if (subject is null && previousKind == FigureKind.Equipment && SharesOfThingsOpening(words.Text, sentence, figure))
        {
            return FigureKind.Equipment; // "Of the 40 drones launched, 25 were shot down": a part of the things counted before, not people
        }
        if (IsExchanged(words, sentence, figure, subject))
        {
            return FigureKind.Other; // "would exchange a minimum of 640 individuals", "an exchange of 500 for 500": people freed in a swap
        }
        if (CarriedAboard(words, sentence, figure, subject) && !CarriedAndHarmed(words, sentence, figure))
        {
            // "a jet with 64 people on board came down", "211 of the 213 aboard died", "with 19 crew on board": people carried,
            // a toll only when their own verb says they were harmed
            return FigureKind.Other;
        }
        if (subject is null && previousKind == FigureKind.Equipment && OfWhichBefore(words.Text, figure.Start, sentence.Start))
        {
            return FigureKind.Equipment; // "launched 1,204 drones, of which 1,016 were downed": a part of the things before
        }
        if (AccountedFor(words, sentence, figure))
        {
            return FigureKind.Other; // "120 people accounted for and 159 unaccounted for": people found or known safe, no toll
        }
        if (KindOfParticiplePair(words, sentence, figure) == FigureKind.Equipment)
        {
            return FigureKind.Equipment; // "17 destroyed and 9 damaged boats": the first count shares the second's noun
        }
        if (TheLostComprise(words.Text, figure.Start, sentence.Start) || LivesTakenOf(words.Text, figure.Start, sentence.Start))
        {
            // "The dead comprised 17 pilgrims from Tarvo": the toll's parts, whoever they were; "took the lives of 140 prisoners"
            return FigureKind.Casualties;
        }
        var ofSubject = subject is null ? LostEquipmentAfter(words, sentence, figure) : KindOfNoun(words, sentence, figure, subject, listOfLosses);
        if (ofSubject == FigureKind.Unknown && EquipmentAfterModifierList(words, sentence, figure))
        {
            return FigureKind.Equipment; // "41 naval, police and fishing boats": the noun after a list of its modifiers
        }
        if (ofSubject == FigureKind.Unknown && subject is not null && LastWord(subject.TrimEnd()).SequenceEqual("nations"))
        {
            return FigureKind.Other; // "ships linked to more than 30 nations": countries counted, whatever the ships around them are
        }
        if (ofSubject == FigureKind.Unknown && HeadBeforeOf(words, sentence, figure) is var befalls && befalls != FigureKind.Unknown)
        {
            // "with remains of more than 14,000 and 6,000 victims", "the remains of 412 Valdorans": what the noun before "of"
            // says of them, when their own noun has no kind or they have none
            return befalls;
        }
        if (ofSubject == FigureKind.Unknown && subject is not null && KindAfterSlash(words, sentence, figure, subject) is var slashed && slashed != FigureKind.Unknown)
        {
            return slashed; // "7,239 mine/ERW casualties"
        }
        if (ofSubject is FigureKind.Casualties or FigureKind.Unknown && CountsClaimants(words, sentence, figure, subject))
        {
            return FigureKind.Other; // "1,400 applicants who claim injuries", "2,100 have been compensated": claimants, no toll
        }
        if (ofSubject is FigureKind.Events or FigureKind.Unknown && subject is not null && CaseNouns.Contains(LastWord(subject.TrimEnd()))
            && (MissingOrRemainsAfterOf(words, sentence, figure) || YetToBeFound(words.Text, figure.End, sentence.End)))
        {
            return FigureKind.Casualties; // "more than 5,000 cases of human remains", "12,880 complaints of missing persons"
        }
        if (previousKind == FigureKind.Casualties && ofSubject is FigureKind.Personnel or FigureKind.Unknown
            && (FollowsInclusion(words.Text, figure.Start, sentence.Start) || (coordinated && InclusionListBefore(words, sentence, figure))))
        {
            return FigureKind.Casualties; // "93 soldiers killed ..., including 46 soldiers, 21 Hezbollah": a part of the toll before it
        }
        if ((ofSubject is FigureKind.Casualties or FigureKind.Unknown) && subject is not null && CaptivesAboardOrSurviving(words, sentence, figure, subject))
        {
            return FigureKind.Other; // "3,100 captives on board the freighter", "just 210 prisoners survived": people held, no loss
        }
        if ((ofSubject is FigureKind.Casualties or FigureKind.Unknown) && subject is not null && CaptiveNouns.Contains(LastWord(subject.TrimEnd()))
            && (((HasWordAround(words, sentence, figure, FreeingWords, 80, 30) || HasWordAround(words, sentence, figure, SwapNouns, 80, 30))
                 && (HasWordIn(words, sentence.Start, sentence.End, JailNouns, HostageNouns)
                     || HasWordIn(words, Math.Max(0, sentence.Start - HostageDealReach), sentence.Start, HostageNouns)))
                || ReturnHomeAfter(words, sentence, figure)))
        {
            // "more than 600 prisoners were released from the jail": inmates freed, no loss of war (prisoners of war exchanged
            // stay casualties); "freeing 20 hostages and nearly 600 prisoners", "in exchange for hundreds of prisoners": prisoners
            // traded for hostages are held people too, also when the hostages are named in the sentence or headline before ("Kessia
            // freed three hostages. In return, Dovra will release 600 prisoners"); "500 prisoners will return home": captives freed, no loss now.
            return FigureKind.Other;
        }
        if (ofSubject == FigureKind.Equipment && subject is not null && ShipNouns.Contains(LastWord(subject.TrimEnd()))
            && HasWordAfter(words, sentence, figure, CommodityWords, CargoReach))
        {
            return FigureKind.Other; // "40 ships left the ports with farm produce": vessels of trade carrying goods, not a fleet's
        }
        if (ofSubject is FigureKind.Casualties or FigureKind.Personnel && subject is not null && IsAgentOfHarm(words, sentence, figure))
        {
            return FigureKind.Personnel; // "hacked to death by the approximately 400 guerrillas": those who did it, not its victims
        }
        if (ofSubject == FigureKind.Equipment && subject is not null && CarNouns.Contains(LastWord(subject.TrimEnd()))
            && HasWordIn(words, sentence.Start, sentence.End, Lexicon.OtherNouns))
        {
            return FigureKind.Other; // "35 more buildings and 50 cars were damaged": people's cars hit with their homes, no force's vehicles
        }
        if (ofSubject == FigureKind.Personnel && KindOfBoxSection(words.Text, figure) == FigureKind.Casualties)
        {
            return FigureKind.Casualties; // an infobox's "52 officers" under "Casualties and losses": the side's losses, not its force
        }
        if (ofSubject is FigureKind.Personnel or FigureKind.Casualties or FigureKind.Unknown && (subject is null || !NamesCaptives(subject))
            && AmongTheFreed(words, sentence, figure))
        {
            // "40 soldiers, 12 marines and 9 sailors were among those returned": people freed in a swap, as "swapped 95
            // soldiers" is (prisoners of war named as such stay the captured)
            return FigureKind.Other;
        }
        if (ofSubject == FigureKind.Personnel && subject is not null && NamesCrew(subject) && HasWordIn(words, sentence.Start, sentence.End, PassengerNouns))
        {
            return FigureKind.Other; // "141 passengers and 9 crew members": a craft's crew counted with its passengers, no force
        }
        if (ofSubject == FigureKind.Casualties && subject is not null && BereavedAfterPossessive(words, sentence, figure, subject))
        {
            return FigureKind.Other; // "blood samples from 21,566 victims' survivors": the victims' kin, alive
        }
        if (ofSubject != FigureKind.Unknown)
        {
            return ofSubject;
        }
        if (AmongTheLost(words, sentence, figure))
        {
            return FigureKind.Casualties; // "Twelve Valdorans, two Tarvists and a Ruhlander were among the wounded": a list the clause's end names
        }
        if (subject is not null && KindOfPairAfter(words, sentence, figure) is var paired && paired != FigureKind.Unknown)
        {
            return paired; // "over 300 Ostrian and 200 Tarvist soldiers were killed": the first count shares the second's noun and verb
        }
        if (subject is null && KindOfLabelAfterColon(words, sentence, figure) is var labelled && labelled != FigureKind.Unknown)
        {
            return labelled; // "4,500: Number of Valdoran troops deployed", "312: Tarvist soldiers killed": a list whose figure opens the line
        }
        if (subject is null && KindOfHeadingAbove(words, sentence, figure) is var headed && headed != FigureKind.Unknown)
        {
            return headed; // an infobox's "Non-fatal injuries" on the line above "48 (+ 2 attackers)"
        }
        if (subject is not null && TheirLivesAfter(words.Text, figure.End, sentence.End))
        {
            return FigureKind.Casualties; // "may have cost as many as 30,000 people their lives"
        }
        if (subject is null && (HasWordIn(words, figure.End, Math.Min(sentence.End, figure.End + PlightReach), MissingWords, CareWords)
                                || TrappedInRuins(words, figure.End, sentence.End)))
        {
            // "47 were being treated in hospital", "maybe another 20 remained trapped in the rubble": the wounded and the missing
            return FigureKind.Casualties; // "about 4,800 of those who remain missing": the missing, whatever verb comes first
        }
        if (subject is not null && ParticipleInSubject(subject) is var participle && participle != FigureKind.Unknown)
        {
            // "when more than 70 people starved in its cellars", "11 teenagers jailed for throwing stones": the subject read took the
            // group's own verb with it, and that verb says what befell them.
            return participle;
        }
        if (VerbAfterCountedNoun(words, sentence, figure, subject) is var verb && !verb.IsEmpty)
        {
            // "nearly 40 sit-tat killed", "12 Wagnerites were killed", "more than 250 of its members have been killed":
            // a noun the lists do not know, or a share of one, then what happened to them.
            if (IsKillingVerb(verb) || StarvedWords.Contains(verb))
            {
                return FigureKind.Casualties;
            }
            if (Lexicon.DisplacementVerbs.Contains(verb) && words.Text.AsSpan().Overlaps(verb, out int verbAt)
                && MissingWords.Contains(NextWord(words, verbAt + verb.Length, sentence.End)))
            {
                return FigureKind.Casualties; // "About 3,100 Tarvists remain missing": the missing, not people who stayed
            }
            if (Lexicon.DisplacementVerbs.Contains(verb))
            {
                // "were abducted and later executed": a toll; "were arrested and 40 others surrendered": fighters out of action
                return HarmedAfterTaking(words, sentence, verb)
                       || (HoldingOrFreeingWords.Contains(verb) && HasWordAfter(words, sentence, figure, SurrenderWords, 60))
                    ? FigureKind.Casualties : FigureKind.Other;
            }
            if (IsTakenCaptive(words, sentence, verb))
            {
                return FigureKind.Casualties; // "1,800 conscripts have been taken prisoner": captured
            }
            if (JudicialWords.Contains(verb))
            {
                return FigureKind.Other; // "40 soldiers were court-martialled": people tried, not lost
            }
        }
        if (subject is null && KindAfterPossessive(words, sentence, figure) is var possessed && possessed != FigureKind.Unknown)
        {
            return possessed; // "thousands of its regular army soldiers"
        }
        // No noun after the figure: the word right after ("59 wounded"), then the clause before it ("the death toll has risen to 4,310").
        var next = NextWord(words, figure.End, sentence.End);
        if (EscapeVerbs.Contains(next) || MadeItTo(words, figure.End, sentence.End))
        {
            // "41 evaded capture": people who got away, whatever the list around them counts; "Fewer than 1,500 made it to Orsk":
            // survivors who reached a place
            return FigureKind.Other;
        }
        if (next.Equals("under", StringComparison.OrdinalIgnoreCase)
            && SpanScanner.PhraseEnd(words.Text.AsSpan(0, sentence.End), Characters.SkipSpaces(words.Text, figure.End, sentence.End), "under arms") >= 0)
        {
            return FigureKind.Personnel; // "about 2,500 under arms in the hills": a force's strength
        }
        if (InTheField(words, sentence, figure, next))
        {
            return FigureKind.Personnel; // "c. 10,000 to 15,000 engaged", "80,000 armed with rifles": a force in the field
        }
        if (Lexicon.CasualtyNouns.Contains(next) || Lexicon.CasualtyVerbs.Contains(next) || next.Equals("remains", StringComparison.OrdinalIgnoreCase)
            || CasualtyAbbreviations.Contains(next))
        {
            return FigureKind.Casualties; // "59 wounded", "145 remains are being analysed", an infobox's "1,210 KIA"
        }
        if (subject is null && IsCalibreAfter(words.Text, figure.End, sentence.End, out int calibreEnd)
            && NounKind(NextWord(words, calibreEnd, sentence.End)) == FigureKind.Equipment)
        {
            return FigureKind.Equipment; // "forty 75-mm. shells": a calibre between the count and its munition
        }
        if (next.Equals("live", StringComparison.OrdinalIgnoreCase) && words.Text.AsSpan().Overlaps(next, out int liveAt)
            && NounKind(NextWord(words, liveAt + next.Length, sentence.End)) == FigureKind.Equipment)
        {
            return FigureKind.Equipment; // "5,200 live cartridges", "64 live rounds": live munitions, not people who live somewhere
        }
        if (subject is null && ServingVerbs.Contains(next))
        {
            return FigureKind.Personnel; // "of those, 190,000 had been mobilized": men called to a force, not people moved
        }
        if (Lexicon.DisplacementVerbs.Contains(next) || Lexicon.OtherNouns.Contains(next) || Lexicon.HomelessWords.Contains(next) || MovementVerbs.Contains(next)
            || FlightAndShelterWords.Contains(next) || ResidingVerbs.Contains(next))
        {
            return FigureKind.Other; // "another 900 had entered the country"
        }
        if ((HoldingOrFreeingWords.Contains(next) || JudicialWords.Contains(next)) && !HasWordAfter(words, sentence, figure, SurrenderWords, 60))
        {
            return FigureKind.Other; // "four were killed and 27 apprehended", "7 were apprehended": people held, not lost ("arrested or surrendered" is a toll)
        }
        if ((next.Equals("more", StringComparison.OrdinalIgnoreCase) || next.Equals("others", StringComparison.OrdinalIgnoreCase))
            && CasualtyVerbAfterMore(words, sentence, next))
        {
            return FigureKind.Casualties; // "Hundreds more on both sides have been wounded"
        }
        if (next.Equals("more", StringComparison.OrdinalIgnoreCase) && words.Text.AsSpan().Overlaps(next, out int moreAt)
            && NextWord(words, moreAt + next.Length, sentence.End) is var afterMore && !CaptiveNouns.Contains(afterMore)
            && NounKind(afterMore) is var moreOf && moreOf != FigureKind.Unknown)
        {
            // "found 14 more bodies", "sent 500 more troops": the noun after "more" is the figure's ("dozens more prisoners will be
            // released" are held people: their verb decides)
            return moreOf;
        }
        if (subject is null && next.Equals("who", StringComparison.OrdinalIgnoreCase) && words.Text.AsSpan().Overlaps(next, out int whoAt)
            && HarmAfterWho(words, whoAt + next.Length, sentence.End))
        {
            return FigureKind.Casualties; // "the 13 who were shot dead"
        }
        if (subject is null && Characters.WordBefore(words.Text, figure.Start, sentence.Start, out _) is var verbBefore
            && (verbBefore.Equals("killing", StringComparison.OrdinalIgnoreCase) || verbBefore.Equals("killed", StringComparison.OrdinalIgnoreCase)
                || IncapacitatingWords.Contains(verbBefore) || MartyringVerbs.Contains(verbBefore) || TreatingVerbs.Contains(verbBefore)))
        {
            return FigureKind.Casualties; // "firing nearly 200 missiles at the city, killing 112": the verb's object, not the missiles' kind
        }
        if (subject is null && Characters.WordBefore(words.Text, figure.Start, sentence.Start, out _) is var verbOfThem
            && (ExpulsionVerbs.Contains(verbOfThem) || JudicialWords.Contains(verbOfThem)))
        {
            // "the army expelled around 9,000 from the border villages": people driven out; "has court-martialled 34 on murder
            // charges": people tried
            return FigureKind.Other;
        }
        if (NumberOfKind(words, sentence, figure) is var counted && counted != FigureKind.Unknown)
        {
            return counted; // "the number of people killed in the fighting in the capital has risen to 612"
        }
        if (subject is null && TollRisenTo(words, sentence, figure))
        {
            return FigureKind.Casualties; // "Death toll in the Sunday night attacks on villages in the district has risen to 34"
        }
        var groupVerb = VerbOfCountedGroup(words, sentence, figure);
        switch (groupVerb)
        {
            case ClauseVerb.Moved:
                return FigureKind.Other; // "tens of thousands of Iraqis fleeing the city", "where hundreds had taken refuge"
            case ClauseVerb.Harmed:
                return FigureKind.Casualties; // "1,200 Valdorans lost their lives", "bringing to 14 the number of persons killed"
            case ClauseVerb.Crew:
                return FigureKind.Personnel;
            case ClauseVerb.Serving when !HarmJustBefore(words, sentence, figure):
                return FigureKind.Personnel; // "190,000 had been mobilized", "510,000 taking part in the hostilities": a force's men
        }
        if (subject is null && !listOfLosses && HasWordIn(words, figure.End, Math.Min(sentence.End, figure.End + PlightReach), Lexicon.DisplacementVerbs, MoreDisplacementVerbs))
        {
            return FigureKind.Other; // "tens of thousands killed, while another 14 million are at risk of starvation": its own clause's plight
        }
        if (LeavesRowToSection(next) && KindOfBoxSection(words.Text, figure) is var section && section != FigureKind.Unknown)
        {
            // "Zulu Impi:" then "about 20,000" under "Strength", "Norland 21,300" or "4,835 total" under "Casualties and
            // losses": a row with no noun of its own counts what its section's heading names, whatever the row before it counted
            return section;
        }
        if (subject is null && previousKind != FigureKind.Unknown && IsLabelledItemAfterSemicolon(words.Text, figure.Start, sentence.Start))
        {
            return previousKind; // "the Ruhland brigade lost 100 killed; the Tarvo brigade, 58; the Ostrow brigade, 40": the items share the first's noun
        }
        if (subject is null && previousKind != FigureKind.Unknown && IsPlaceListItem(words, sentence, figure))
        {
            // "Confirmed deaths were 412: one in Tesk, four in Varo, 188 in Dolsk, 97 in Orsk": a toll broken down by place, its
            // earlier items in words, so the figure before is the total's
            return previousKind;
        }
        if (coordinated && previousKind != FigureKind.Unknown)
        {
            if (MovesPeople(Characters.WordBefore(words.Text, figure.Start, sentence.Start, out _)))
            {
                return FigureKind.Other; // "has killed 2,400 people and displaced 90,000", "killed 300 and expelled 4,000": its own verb, not the list's kind
            }
            if (subject is null && KindBefore(words, sentence, figure, listOfLosses) is var ownClause && ownClause == FigureKind.Other && previousKind != FigureKind.Other)
            {
                return ownClause; // "after 12 more bodies were found, and the count of homes burned has risen to 47": its own clause's noun
            }
            return previousKind; // "1,262 and 1,163", "another 1,000", "(+4)"
        }
        if (groupVerb == ClauseVerb.Acting && subject is not null && !ActingVerbs.Contains(next))
        {
            return FigureKind.Personnel; // "up to 900 armed Tarvists raided the town": a group of a noun no list knows that attacks is a force
        }
        if (previousKind != FigureKind.Unknown && OfPronounAfter(words, sentence, figure))
        {
            return previousKind; // "989,000 people were in catastrophe: 301,000 of them in the south": a part of what the figure before counts
        }
        var before = KindBefore(words, sentence, figure, listOfLosses);
        if (before == FigureKind.Unknown && RescuerNounAfter(words, sentence, figure))
        {
            return FigureKind.Other; // "about 70 police and army divers combed the lake": those who search, not the lost
        }
        if (before == FigureKind.Unknown && previousKind != FigureKind.Unknown && subject is null && PutsTheFigureAt(words.Text, figure.Start, sentence.Start))
        {
            return previousKind; // "Officials put the figure at around 2,300": the figure named before, restated
        }
        if (before is FigureKind.Equipment or FigureKind.Events or FigureKind.Territory && subject is not null && CountsPeople(subject))
        {
            return FigureKind.Other; // "footage from a drone showing about 40 people": people are not the drone's kind
        }
        if (before == FigureKind.Unknown && subject is not null && NamesOnlyPeople(subject) && !OpensBreakdown(words, sentence)
            && IsProseSentence(words, sentence) && NamesNoHarm(words, sentence) && !HasWordIn(words, sentence.Start, figure.Start, AmongWords))
        {
            if (InvolvedInExercise(words, sentence, figure) || RecruitingVerbs.Contains(Characters.WordBefore(words.Text, figure.Start, sentence.Start, out _)))
            {
                return FigureKind.Personnel; // "The Tesk manoeuvres are to involve some 40,000 people", "plans to recruit 900,000 people": a force's men
            }
            // "Around 16,000 people received cash transfers", "We took 150 journalists to the sites": people counted in a sentence
            // that names no harm are no toll
            return FigureKind.Other;
        }
        return before;
    }

    /// <summary>
    /// The kind a label after a colon right after the figure names ("4,500: Number of Valdoran troops deployed", "312: Tarvist
    /// soldiers killed."): a figure that opens a list's line, its noun and verb after the colon. A word of harm among the label's
    /// first eight words makes it a toll; else its last noun of a kind decides. A spaced dash after a figure that opens its line
    /// serves as the colon ("• 1,904 - total number of people killed"); "who lost" in the label makes the people bereaved (other).
    /// <see cref="FigureKind.Unknown"/> when no label follows the figure (<see cref="LabelAfterFigure"/>). One short walk.
    /// </summary>
    private static FigureKind KindOfLabelAfterColon(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        int label = LabelAfterFigure(text, figure.Start, figure.End, sentence.End);
        if (label < 0)
        {
            return FigureKind.Unknown;
        }
        var kind = FigureKind.Unknown;
        // a dash's label runs on to its line's end: "212 - number of crew members and ferry passengers that were killed"
        var after = new WordsAfter(words, label, sentence.End, text[figure.End] == ':' ? 8 : DashLabelWords);
        bool afterWho = false;
        while (after.MoveNext())
        {
            var word = after.Current;
            if (afterWho && word.Equals("lost", StringComparison.OrdinalIgnoreCase))
            {
                return FigureKind.Other; // "2,210 - estimated number of children who lost a parent": the bereaved, no loss of war themselves
            }
            afterWho = word.Equals("who", StringComparison.OrdinalIgnoreCase);
            if (IsKillingVerb(word) || MoreCasualtyWords.Contains(word))
            {
                return FigureKind.Casualties;
            }
            if (NounKind(word) is var nounKind && nounKind != FigureKind.Unknown)
            {
                kind = nounKind;
            }
        }
        return kind;
    }

    /// <summary>
    /// Where the label after a figure that opens a list's line starts: after a colon ("4,500: Number of ...") or, when the figure
    /// opens its line (after a bullet), a spaced dash ("• 1,904 - total number of people killed", "61 – number of countries
    /// ..."), at a letter; -1 when neither follows the figure or no letter opens the label (a ratio, a time, a range "10 - 12").
    /// </summary>
    private static int LabelAfterFigure(string text, int start, int end, int limit)
    {
        if (end >= limit)
        {
            return -1;
        }
        int at;
        if (text[end] == ':')
        {
            at = end + 1;
        }
        else if (end + 2 < limit && text[end] == ' ' && Characters.IsDash(text[end + 1]) && text[end + 2] == ' ' && OpensItsLine(text, start))
        {
            at = end + 2;
        }
        else
        {
            return -1;
        }
        int label = Characters.SkipSpaces(text, at, limit);
        return label == at || label >= limit || !char.IsLetter(text[label]) ? -1 : label;
    }

    /// <summary>How many words of a label after a spaced dash are read: such a label is a line's whole phrase ("number of crew members and ferry passengers that were killed").</summary>
    private const int DashLabelWords = 14;

    /// <summary>Whether only spaces and a list bullet stand between the start of its line and <paramref name="start"/>.</summary>
    private static bool OpensItsLine(string text, int start)
        => Characters.LineStart(text, start, 9) is var lineStart and >= 0 && Characters.SkipBullet(text, lineStart, start) == start;

    /// <summary>
    /// Words that make a count of soldiers or people a count of the dead, wounded or captured, beside <see cref="Lexicon.CasualtyVerbs"/>
    /// (always read with it, so no word of that list is repeated here): "the death of 11 soldiers", "destroyed 1,080 invaders", "taken prisoner",
    /// people who "disappeared" or whose "whereabouts" are unknown (the missing).
    /// </summary>
    private static readonly WordSet MoreCasualtyWords = new(
        "death", "casualty", "destroyed", "martyred", "beheaded", "liquidated", "massacre", "missing", "hospitalised",
        "hospitalized", "prisoner", "captive", "wounds", "injuries", "disappeared", "whereabouts", "slaughtered", "hospital", "unaccounted");

    /// <summary>
    /// Verbs of putting fighters out of action, right before a count with no noun of its own ("have incapacitated 1,200 of the
    /// rebels"): casualties. Only there: a force that "managed to incapacitate" a share keeps its own kind. A closed list.
    /// </summary>
    private static readonly WordSet IncapacitatingWords = new("incapacitated", "incapacitate", "incapacitating");

    /// <summary>
    /// Verbs of putting fighters out of action in the present or the infinitive, right before a count of a force ("Ruritania
    /// 'neutralizes' 7 terrorists"): the fighters are casualties, as after "neutralized" (<see cref="Lexicon.CasualtyVerbs"/>). A closed list.
    /// </summary>
    private static readonly WordSet NeutralisingVerbs = new(
        "neutralizes", "neutralises", "neutralize", "neutralise", "neutralizing", "neutralising", "eliminates", "eliminate", "eliminating",
        "cost", "costing");

    /// <summary>Quotation marks around a verb a headline quotes: "Ruritania 'neutralizes' 7 terrorists".</summary>
    private const string QuoteMarks = "'\u2018\u2019\"\u201C\u201D";

    /// <summary>The word before <paramref name="at"/>, quotation marks around it passed: "neutralizes" in "Ruritania 'neutralizes' 7".</summary>
    private static ReadOnlySpan<char> WordBeforePassingQuotes(string text, int at, int limit)
    {
        int end = Characters.SkipSpacesBack(text, at, limit);
        while (end > limit && QuoteMarks.Contains(text[end - 1]))
        {
            end--;
        }
        int start = Characters.WordStart(text, end, limit);
        return text.AsSpan(start, end - start).Trim(QuoteMarks);
    }

    /// <summary>Verbs of living somewhere, right after a count with no noun of its own: "roughly 2 million lived in the country" (a population). A closed list.</summary>
    private static readonly WordSet ResidingVerbs = new("lived", "resided", "reside", "resides");

    /// <summary>Words of the missing: "remain missing", "still unaccounted for". A closed list.</summary>
    private static readonly WordSet MissingWords = new("missing", "unaccounted");

    /// <summary>Whether "made it to" or "made it out" follows the figure: people who reached safety or a place ("Fewer than 1,500 made it to Orsk").</summary>
    private static bool MadeItTo(WordMap words, int at, int limit)
    {
        int start = Characters.SkipSpaces(words.Text, at, limit);
        var span = words.Text.AsSpan(0, limit);
        return SpanScanner.PhraseEnd(span, start, "made it to") >= 0 || SpanScanner.PhraseEnd(span, start, "made it out") >= 0;
    }

    /// <summary>
    /// Whether the figure is an item of a list of places: "in" and a capitalised name right after it, and right before it a comma
    /// (or "and") that closes an item of the same form ("one in Tesk, four in Varo, 188 in Dolsk"), or "with" that opens the
    /// list ("the 2,100 missing, with 1,240 in Dolsk"). The items break down one count by place; they count what the figure
    /// before them counts. Only the few words around the figure are read.
    /// </summary>
    private static bool IsPlaceListItem(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        if (!NextWord(words, figure.End, sentence.End).Equals("in", StringComparison.OrdinalIgnoreCase)
            || text.IndexOf(" in ", figure.End, Math.Min(4, sentence.End - figure.End), StringComparison.Ordinal) != figure.End)
        {
            return false;
        }
        int nameAt = Characters.SkipSpaces(text, figure.End + 4, sentence.End);
        if (nameAt >= sentence.End || !char.IsUpper(text[nameAt]))
        {
            return false;
        }
        int at = Characters.SkipSpacesBack(text, figure.Start, sentence.Start);
        if (at > sentence.Start && text[at - 1] == ':')
        {
            at = Characters.SkipSpacesBack(text, at - 1, sentence.Start);
        }
        var joiner = words.WordBefore(at, sentence.Start, out int joinerStart);
        if (joiner.Equals("with", StringComparison.OrdinalIgnoreCase) && joinerStart < at)
        {
            return true; // "the 2,100 missing across the coast, with 1,240 in Dolsk": the first item of the breakdown
        }
        if (joiner.Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            at = Characters.SkipSpacesBack(text, joinerStart, sentence.Start);
        }
        if (at <= sentence.Start || text[at - 1] != ',')
        {
            return false;
        }
        var name = words.WordBefore(at - 1, sentence.Start, out int nameStart);
        return !name.IsEmpty && char.IsUpper(name[0]) && words.WordBefore(nameStart, sentence.Start, out _).Equals("in", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the figure is an item of a list whose items are split by semicolons and labelled before a comma ("...lost 100
    /// killed; the Tarvo brigade, 58; the Ostrow brigade, 40"): a comma right before the figure, at most six words of letters
    /// before it, one of them capitalised (a name: a register's categories such as "fear, 12,300" are not), a semicolon, and a digit in the 40 characters before that semicolon (the item before had a figure). The
    /// later items leave their noun out; they count what the first counts. Only characters before the figure are read.
    /// </summary>
    private static bool IsLabelledItemAfterSemicolon(string text, int at, int limit)
    {
        int i = Characters.SkipSpacesBack(text, at, limit);
        if (i <= limit || i == at || text[i - 1] != ',')
        {
            return false;
        }
        i--;
        int words = 0;
        bool named = false;
        while (i > limit)
        {
            char c = text[i - 1];
            if (c == ';')
            {
                break;
            }
            if (Characters.IsDigit(c) || c is ',' or ':' or '.' or '(' or ')')
            {
                return false;
            }
            if (char.IsLetter(c) && (i - 1 == limit || !char.IsLetter(text[i - 2])))
            {
                named |= char.IsUpper(c);
                if (++words > 6)
                {
                    return false;
                }
            }
            i--;
        }
        if (i <= limit || !named)
        {
            return false; // "fear, 12,300; damage to homes, 4,150": categories of a register, each its own kind, not named units
        }
        int from = Math.Max(limit, i - 41);
        for (int k = i - 2; k >= from; k--)
        {
            if (Characters.IsDigit(text[k]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words of the wounded in care, after a count with no noun of its own: "47 were being treated in hospital", "12 remain critical". A closed list.</summary>
    private static readonly WordSet CareWords = new("hospital", "hospitals", "hospitalised", "hospitalized", "critical");

    /// <summary>Verbs of trying people, no loss of war: "were court-martialled", "acquitted", "convicted", "jailed". A closed list.</summary>
    private static readonly WordSet JudicialWords = new(
        "convicted", "acquitted", "sentenced", "indicted", "prosecuted", "court-martialed", "court-martialled", "jailed", "imprisoned");

    /// <summary>How far after a figure "among the dead" may close the list it opens.</summary>
    private const int AmongReach = 160;

    /// <summary>
    /// Whether the figure's clause ends its list with "among the" and a noun or participle of the dead, wounded or lost ("Twelve
    /// Valdorans, two Tarvists and a Ruhlander were among the wounded", "were among the victims"), within <see cref="AmongReach"/>
    /// characters, no semicolon between. The nouns after the figures are a people's name or elided. One walk over the words after.
    /// </summary>
    private static bool AmongTheLost(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        var noun = WordAfterAmong(words, sentence, figure, " among the ");
        return Lexicon.CasualtyNouns.Contains(noun) || Lexicon.CasualtyVerbs.Contains(noun);
    }

    /// <summary>
    /// The word after <paramref name="phrase"/> (" among the ", " among those ") in the figure's clause after it, within
    /// <see cref="AmongReach"/> characters and no semicolon between; empty when the phrase is not there.
    /// </summary>
    private static ReadOnlySpan<char> WordAfterAmong(WordMap words, Sentence sentence, in FigureCandidate figure, string phrase)
    {
        string text = words.Text;
        int limit = Math.Min(sentence.End, figure.End + AmongReach);
        int semicolon = limit > figure.End ? text.IndexOf(';', figure.End, limit - figure.End) : -1;
        if (semicolon >= 0)
        {
            limit = semicolon;
        }
        int at = limit > figure.End ? text.IndexOf(phrase, figure.End, limit - figure.End, StringComparison.OrdinalIgnoreCase) : -1;
        return at < 0 ? ReadOnlySpan<char>.Empty : NextWord(words, at + phrase.Length - 1, limit);
    }

    /// <summary>Participles of people freed after "among those": "were among those returned", "among those released". A closed list.</summary>
    private static readonly WordSet FreedParticiples = new("returned", "released", "freed", "exchanged", "swapped", "repatriated", "rescued");

    /// <summary>
    /// Whether the figure's clause ends its list with "among those" and a participle of <see cref="FreedParticiples"/> ("40
    /// soldiers, 12 marines and 9 sailors were among those returned"), within <see cref="AmongReach"/> characters, no
    /// semicolon between: the people counted were freed, the counterpart of <see cref="AmongTheLost"/>.
    /// </summary>
    private static bool AmongTheFreed(WordMap words, Sentence sentence, in FigureCandidate figure)
        => FreedParticiples.Contains(WordAfterAmong(words, sentence, figure, " among those "));

    /// <summary>Words that put a counted group in a building right after its noun: "the 250 civilians inside the clinic". A closed list.</summary>
    private static readonly WordSet InsideWords = new("inside", "within");

    /// <summary>
    /// Whether a word of <see cref="InsideWords"/> comes within three words after the figure ("nearly 400 civilians inside the
    /// hospital"): people in a building, whom a care word after them does not make the wounded.
    /// </summary>
    private static bool InsideBuildingAfter(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, figure.End, sentence.End), sentence.End, 3);
        while (after.MoveNext())
        {
            if (InsideWords.Contains(after.Current))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>What people are trapped under when a toll may still grow: "trapped in the rubble", "under the debris". A closed list.</summary>
    private static readonly WordSet RuinWords = new("rubble", "debris", "ruins", "wreckage");

    /// <summary>
    /// Whether "trapped" comes within <see cref="PlightReach"/> characters after the figure and a word of <see cref="RuinWords"/>
    /// within four words after it: "another 20 remained trapped in the rubble" (the missing). People "trapped in the city" are
    /// no toll. A few words are read.
    /// </summary>
    private static bool TrappedInRuins(WordMap words, int from, int limit)
    {
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, from, limit), Math.Min(limit, from + PlightReach + 40), 10);
        int trapped = -1;
        for (int n = 0; after.MoveNext(); n++)
        {
            if (trapped < 0)
            {
                if (after.Current.Equals("trapped", StringComparison.OrdinalIgnoreCase) && after.End - from <= PlightReach + 8)
                {
                    trapped = n;
                }
                continue;
            }
            if (RuinWords.Contains(after.Current))
            {
                return true;
            }
            if (n - trapped >= 4)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Nouns of the dead found, named and buried: "15 new identifications", "the number of burials rises to 3,208", "310
    /// exhumations". A closed list ("remains" is also a verb, and is read only before or after a count).
    /// </summary>
    private static readonly WordSet RemainsNouns = new("identifications", "burials", "reburials", "exhumations");

    /// <summary>How many words may stand between a figure and the "and" before the second count that carries its noun.</summary>
    private const int PairAdjectives = 2;

    /// <summary>
    /// The kind of the noun a second count carries for the first ("1,359 Ostrian and 486 Tarvist veterans", "over 300 Ostrian and
    /// 200 Tarvist soldiers were killed", "337 military witness and 78 witness statements"): at most <see cref="PairAdjectives"/>
    /// words after the figure, "and", a number in digits, then up to three words to a noun of a kind or of people. A force's
    /// noun with a verb of harm within 40 characters after it is the dead; people with one are too, and a crowd's noun (veterans)
    /// is other. <see cref="FigureKind.Unknown"/> otherwise. One short walk over the words after the figure.
    /// </summary>
    private static FigureKind KindOfPairAfter(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        int limit = sentence.End;
        int at = Characters.SkipSpaces(text, figure.End, limit);
        int passed = 0;
        while (true)
        {
            int end = words.WordEnd(at, limit);
            if (end == at || !char.IsLetter(text[at]))
            {
                return FigureKind.Unknown;
            }
            var word = text.AsSpan(at, end - at);
            at = Characters.SkipSpaces(text, end, limit);
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
            if (++passed > PairAdjectives || NounKind(word) != FigureKind.Unknown)
            {
                return FigureKind.Unknown;
            }
        }
        if (passed == 0 || at >= limit || !Characters.IsDigit(text[at]))
        {
            return FigureKind.Unknown;
        }
        while (at < limit && (Characters.IsDigit(text[at]) || (text[at] == ',' && at + 1 < limit && Characters.IsDigit(text[at + 1]))))
        {
            at++;
        }
        var after = new WordsAfter(words, Characters.SkipSpaces(text, at, limit), limit, 3);
        while (after.MoveNext())
        {
            var word = after.Current;
            var kind = NounKind(word);
            bool crowd = CrowdNouns.Contains(word);
            bool people = crowd || Lexicon.PeopleNouns.Contains(word) || PeoplesNouns.Contains(word) || MorePeopleNouns.Contains(word);
            if (kind == FigureKind.Unknown && !people)
            {
                continue;
            }
            if (kind is FigureKind.Personnel or FigureKind.Unknown
                && HasWordIn(words, after.End, Math.Min(limit, after.End + 40), Lexicon.CasualtyVerbs, MoreCasualtyWords))
            {
                return FigureKind.Casualties;
            }
            if (kind == FigureKind.Unknown && !crowd)
            {
                continue; // "61 civilian witness statements": a word of people before the noun
            }
            return crowd ? FigureKind.Other : kind;
        }
        return FigureKind.Unknown;
    }

    /// <summary>
    /// Whether a verb of <see cref="Lexicon.CasualtyVerbs"/> comes within three words after "who" (auxiliaries pass): "the 13 who
    /// were shot dead", "the 40 who had died". One short walk.
    /// </summary>
    private static bool HarmAfterWho(WordMap words, int at, int limit)
    {
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, at, limit), limit, 3);
        while (after.MoveNext())
        {
            if (IsKillingVerb(after.Current))
            {
                return true;
            }
            if (!Auxiliaries.Contains(after.Current))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Verbs that put a force somewhere, right before its count: "landed 4,000 men on the beach", "deployed 3,000 troops". A closed list.</summary>
    private static readonly WordSet DeployingVerbs = new("landed", "deployed", "dispatched", "stationed", "fielded", "mustered", "landing", "deploying");

    /// <summary>Verbs of a demand before "the release of N": "demanded the release of 234 prisoners". A closed list.</summary>
    private static readonly WordSet DemandVerbs = new("demanded", "demanding", "demand", "demands", "sought", "seeking", "called", "calling");

    /// <summary>
    /// Whether the words before the figure are "the release of" after a verb of <see cref="DemandVerbs"/> ("demanded the release of
    /// 234 prisoners", "called for the release of"): people still held, whose freedom is asked, not a loss. Five words read back.
    /// </summary>
    private static bool ReleaseDemanded(string text, int at, int limit)
    {
        if (!NounOfBefore(text, at, limit, "release", out int releaseStart))
        {
            return false;
        }
        var verb = WordBeforePassingThe(text, releaseStart, limit, out int verbStart);
        if (verb.Equals("for", StringComparison.OrdinalIgnoreCase))
        {
            verb = Characters.WordBefore(text, verbStart, limit, out _); // "called for the release of"
        }
        return DemandVerbs.Contains(verb);
    }

    /// <summary>Acts a count of "mass" counts: "78 mass killings", "15 mass murders". A closed list.</summary>
    private static readonly WordSet MassActNouns = new("killings", "murders", "shootings", "homicides");

    /// <summary>How far after a figure "women" may follow its "men": "30 other men, women and children".</summary>
    private const int WomenReach = 20;

    /// <summary>Whether "women" comes within <see cref="WomenReach"/> characters after the figure: "30 other men, women and children".</summary>
    private static bool WomenAfter(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        var after = new WordsIn(words.Text, figure.End, Math.Min(sentence.End, figure.End + WomenReach));
        while (after.MoveNext())
        {
            if (after.Current.Equals("women", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Verbs of a count's inclusion after "the dead": "The dead comprised 17 pilgrims". A closed list.</summary>
    private static readonly WordSet ComprisingVerbs = new("comprised", "comprise", "comprises", "included", "include", "includes");

    /// <summary>Forms of "be" that name a toll's parts after "the dead" or "among the victims": "The victims were 15 ...". A closed list.</summary>
    private static readonly WordSet TollBeForms = new("were", "was", "are", "is");

    /// <summary>
    /// Whether the words right before the figure are "the" (or "The"), a noun of <see cref="Lexicon.CasualtyNouns"/> and a verb of
    /// <see cref="ComprisingVerbs"/>: "The dead comprised 17 pilgrims", "the victims included 12 tourists"; or "those" and a
    /// participle of harm ("Those killed included"); or the same before a form of <see cref="TollBeForms"/> when the phrase opens
    /// its sentence or follows "among" ("The victims were 15 police officers", "Among the victims were 14 officers", "Among those
    /// killed were"): the toll's parts, whoever they are ("Among the prisoners were" stays with its verb). Four words read back.
    /// </summary>
    private static bool TheLostComprise(string text, int at, int limit)
    {
        var verb = Characters.WordBefore(text, at, limit, out int verbStart);
        bool be = TollBeForms.Contains(verb);
        if (!be && !ComprisingVerbs.Contains(verb))
        {
            return false;
        }
        var noun = Characters.WordBefore(text, verbStart, limit, out int nounStart);
        var determiner = Characters.WordBefore(text, nounStart, limit, out int determinerStart);
        bool the = determiner.Equals("the", StringComparison.OrdinalIgnoreCase);
        if (!(the && Lexicon.CasualtyNouns.Contains(noun) && !(be && CaptiveNouns.Contains(noun)))
            && !(determiner.Equals("those", StringComparison.OrdinalIgnoreCase) && IsKillingVerb(noun)))
        {
            return false;
        }
        if (!be)
        {
            return true;
        }
        var before = Characters.WordBefore(text, determinerStart, limit, out _);
        return before.IsEmpty ? Characters.SkipSpacesBack(text, determinerStart, limit) == limit : before.Equals("among", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the figure's sentence opens with "Of" and a number before it, a comma between them and the figure ("Of the 40 drones
    /// launched, 30 were shot down"): the figure is a part of the whole the opening counts.
    /// </summary>
    private static bool SharesOfThingsOpening(string text, Sentence sentence, in FigureCandidate figure)
    {
        int start = Characters.SkipSpaces(text, sentence.Start, figure.Start);
        if (!text.AsSpan(start, figure.Start - start).StartsWith("Of ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        int comma = text.LastIndexOf(',', figure.Start - 1, figure.Start - start);
        return comma > start && text.AsSpan(start, comma - start).IndexOfAnyInRange('0', '9') >= 0
               && text.AsSpan(comma + 1, figure.Start - comma - 1).Trim().IsEmpty;
    }

    /// <summary>Verbs of trading people in a swap, right before a count of them: "exchange 1,000 individuals", "swapped 95 soldiers". A closed list.</summary>
    private static readonly WordSet SwapVerbs = new("exchange", "exchanged", "exchanging", "swap", "swapped", "swapping", "trade", "traded");

    /// <summary>
    /// Whether the figure counts people traded in a swap, who are freed (<see cref="FigureKind.Other"/>, as a release is): a verb of
    /// <see cref="SwapVerbs"/> right before it ("would exchange a minimum of 640 individuals", "swapped 95 soldiers"), or "for" and a number right after it in a sentence that names a swap ("an exchange of "500 for 500""). Only
    /// when the figure counts no equipment, ground or events and names no captives: prisoners of war traded stay the captured, as
    /// prisoners returned in an exchange do.
    /// </summary>
    private static bool IsExchanged(WordMap words, Sentence sentence, in FigureCandidate figure, string? subject)
    {
        if (subject is not null && (NounKind(LastWord(subject.TrimEnd())) is FigureKind.Equipment or FigureKind.Territory or FigureKind.Events
                                    || NamesCaptives(subject)))
        {
            return false; // "exchange 740 prisoners of war": the captured, traded as they are returned, stay a loss of war
        }
        string text = words.Text;
        if (SwapVerbs.Contains(WordBeforePassingQuotes(text, figure.Start, sentence.Start)))
        {
            return true;
        }
        int next = Characters.SkipSpaces(text, figure.End, sentence.End);
        return NextWord(words, figure.End, sentence.End).Equals("for", StringComparison.OrdinalIgnoreCase)
               && Characters.SkipSpaces(text, next + 3, sentence.End) is var number && number < sentence.End && Characters.IsDigit(text[number])
               && HasWordIn(words, sentence.Start, sentence.End, SwapNouns, SwapVerbs);
    }

    /// <summary>Whether a word of the subject is a noun of <see cref="CaptiveNouns"/>: "prisoners of war", "Orlovan captives".</summary>
    private static bool NamesCaptives(string subject) => SubjectHasWordOf(subject, CaptiveNouns);

    /// <summary>Whether some word of <paramref name="subject"/> is in <paramref name="set"/>.</summary>
    private static bool SubjectHasWordOf(string subject, WordSet set)
    {
        var subjectWords = new WordsIn(subject, 0, subject.Length);
        while (subjectWords.MoveNext())
        {
            if (set.Contains(subjectWords.Current))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Verbs that take lives: "took the lives of 140 prisoners", "claimed the lives of". A closed list.</summary>
    private static readonly WordSet LifeTakingVerbs = new("took", "take", "takes", "taken", "taking", "claimed", "claim", "claims", "claiming", "cost", "costing");

    /// <summary>
    /// Whether the words right before the figure are a verb of <see cref="LifeTakingVerbs"/>, "the lives of" ("took the lives of
    /// 320 inmates"): the people counted died, whatever they are called. Four words read back.
    /// </summary>
    private static bool LivesTakenOf(string text, int at, int limit)
    {
        if (!NounOfBefore(text, at, limit, "lives", out int livesStart))
        {
            return false;
        }
        return LifeTakingVerbs.Contains(WordBeforePassingThe(text, livesStart, limit, out _));
    }

    /// <summary>
    /// Whether the words right before <paramref name="at"/> are "<paramref name="noun"/> of" ("the release of", "the lives of";
    /// a "the" before the noun passed), and where the noun starts.
    /// </summary>
    private static bool NounOfBefore(string text, int at, int limit, string noun, out int nounStart)
    {
        nounStart = at;
        var of = Characters.WordBefore(text, at, limit, out int ofStart);
        return of.Equals("of", StringComparison.OrdinalIgnoreCase)
            && WordBeforePassingThe(text, ofStart, limit, out nounStart).Equals(noun, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How long a line above a figure may be to be read as its heading (an infobox's label).</summary>
    private const int HeadingReach = 40;

    /// <summary>
    /// The kind a heading on the line right above names, when the figure opens its own line: an infobox's "Non-fatal injuries"
    /// above "48 (+ 2 attackers)", "Deaths" above "26". The line above must be short (<see cref="HeadingReach"/>), hold no
    /// sentence's end or figure, and its last noun of a kind decides. <see cref="FigureKind.Unknown"/> otherwise. One walk back
    /// over at most one short line.
    /// </summary>
    private static FigureKind KindOfHeadingAbove(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        int lineStart = figure.Start;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t' or '*' or '-' or '\u2022')
        {
            lineStart--;
        }
        if (lineStart == 0 || text[lineStart - 1] != '\n')
        {
            return FigureKind.Unknown;
        }
        int end = lineStart - 1;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]) && text[end - 1] != '\n')
        {
            end--;
        }
        int start = end;
        while (start > 0 && text[start - 1] != '\n')
        {
            if (end - start > HeadingReach || text[start - 1] is '.' or '!' or '?' or ':' or ';' || Characters.IsDigit(text[start - 1]))
            {
                return FigureKind.Unknown;
            }
            start--;
        }
        if (end - start > HeadingReach || end == start)
        {
            return FigureKind.Unknown;
        }
        var kind = FigureKind.Unknown;
        var heading = new WordsIn(words, start, end);
        while (heading.MoveNext())
        {
            if (NounKind(heading.Current) is var nounKind && nounKind != FigureKind.Unknown)
            {
                kind = nounKind;
            }
        }
        return kind;
    }

    /// <summary>Deaths by one's own hand, counted with the dead: "6 committed suicide". A closed list.</summary>
    private static readonly WordSet SuicideNouns = new("suicide", "suicides");

    /// <summary>Nouns of files kept on people, which "of" and the missing or the remains of the dead after them make a toll: "cases", "complaints". A closed list.</summary>
    private static readonly WordSet CaseNouns = new("cases", "complaints");

    /// <summary>Whether "yet to be found" comes within 40 characters after a count of cases: "412 cases are yet to be found" (the missing).</summary>
    private static bool YetToBeFound(string text, int from, int limit)
        => text.AsSpan(from, Math.Min(limit, from + 40) - from).Contains("yet to be found", StringComparison.OrdinalIgnoreCase);

    /// <summary>The missing or the dead named after "of": "of human remains", "of missing persons". A closed list.</summary>
    private static readonly WordSet MissingOrRemainsWords = new("missing", "remains", "bodies", "disappeared", "disappearance", "disappearances", "unaccounted");

    /// <summary>
    /// Whether "of" follows the figure's noun within three words and a word of <see cref="MissingOrRemainsWords"/> within three
    /// more ("more than 5,000 cases of human remains", "the 12,880 complaints of missing persons"). A few words are read.
    /// </summary>
    private static bool MissingOrRemainsAfterOf(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, figure.End, sentence.End), sentence.End, 6);
        int of = -1;
        for (int n = 0; after.MoveNext(); n++)
        {
            if (of < 0)
            {
                if (after.Current.Equals("of", StringComparison.OrdinalIgnoreCase))
                {
                    of = n;
                }
                else if (n >= 3)
                {
                    return false;
                }
                continue;
            }
            if (MissingOrRemainsWords.Contains(after.Current))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Goods traded or grown that ships carry, a share is of or an output measures: grain and its kinds, oilseeds, farm produce,
    /// cargo, fuels and ores ("ships carrying grain", "half of the country's oil"). A closed list of commodity words; what is
    /// counted beside them is <see cref="FigureKind.Other"/>, not a fleet's ships or ground.
    /// </summary>
    private static readonly WordSet CommodityWords = new(
        "grain", "grains", "wheat", "maize", "corn", "barley", "oilseeds", "sunflower", "foodstuffs", "agricultural", "cargo", "cargoes",
        "fertiliser", "fertilizer", "oil", "crude", "coal", "ore", "harvest", "output", "exports", "exported");

    /// <summary>Nouns of people held captive: freed from a jail, they are no loss of war ("600 prisoners were released"). A closed list.</summary>
    private static readonly WordSet CaptiveNouns = new("prisoners", "captives", "pows", "inmates");

    /// <summary>Verbs of going back: captives who "return home" are freed. A closed list.</summary>
    private static readonly WordSet ReturnVerbs = new("return", "returned", "returning", "returns");

    /// <summary>Whether a verb of <see cref="ReturnVerbs"/> and then "home" come within 50 characters after the figure: "1,200 prisoners would return home".</summary>
    private static bool ReturnHomeAfter(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, figure.End, sentence.End), Math.Min(sentence.End, figure.End + 50), 6);
        bool returning = false;
        while (after.MoveNext())
        {
            if (returning && after.Current.Equals("home", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            returning = ReturnVerbs.Contains(after.Current);
        }
        return false;
    }

    /// <summary>Verbs of freeing captives. A closed list.</summary>
    private static readonly WordSet FreeingWords = new("released", "release", "releases", "releasing", "freed", "freeing", "free");

    /// <summary>Nouns of a trade of captives: "in exchange for N prisoners", "a swap of". A closed list.</summary>
    private static readonly WordSet SwapNouns = new("exchange", "exchanges", "swap", "swaps");

    /// <summary>People held for a ransom or a deal: prisoners freed in the same sentence as hostages are no prisoners of war. A closed list.</summary>
    private static readonly WordSet HostageNouns = new("hostages", "hostage");

    /// <summary>
    /// How far before a sentence (in characters) hostages named there make the prisoners it frees or trades the other side of a
    /// hostage deal: the sentence or the headline before ("Hostages freed in exchange for prisoners" above "... in exchange for
    /// 369 prisoners"), not an earlier paragraph's.
    /// </summary>
    private const int HostageDealReach = 300;

    /// <summary>
    /// Verbs of dying of hunger, the counted group's own verb: "more than 70 people starved in its cellars" are dead, a toll of a siege or a
    /// famine. A closed list, read only as the verb right after the counted people.
    /// </summary>
    private static readonly WordSet StarvedWords = new("starved", "starve");

    /// <summary>
    /// The kind a participle inside a figure's subject, after its first word, says of the people counted: one of
    /// <see cref="StarvedWords"/> makes them dead ("people starved in its cellars"), one of <see cref="JudicialWords"/> people tried or
    /// jailed ("teenagers jailed"), <see cref="FigureKind.Other"/>; <see cref="FigureKind.Unknown"/> for any other subject.
    /// </summary>
    private static FigureKind ParticipleInSubject(string subject)
    {
        var nouns = new WordsIn(subject, 0, subject.Length);
        bool first = true;
        while (nouns.MoveNext())
        {
            if (!first && StarvedWords.Contains(nouns.Current))
            {
                return FigureKind.Casualties;
            }
            if (!first && JudicialWords.Contains(nouns.Current))
            {
                return FigureKind.Other;
            }
            first = false;
        }
        return FigureKind.Unknown;
    }

    /// <summary>Places that hold inmates: prisoners freed from one are no prisoners of war. A closed list.</summary>
    private static readonly WordSet JailNouns = new("jail", "jails", "prison", "prisons", "penitentiary", "jailbreak", "inmates");

    /// <summary>Verbs of surrender: a count of fighters arrested "or surrendered" is a toll of the campaign, not of people held.</summary>
    private static readonly WordSet SurrenderWords = new("surrendered", "surrender", "surrendering", "surrenders", "yield");

    /// <summary>Verbs of taking people from their homes that a verb of killing may follow: "were abducted and executed".</summary>
    private static readonly WordSet TakingVerbs = new("abducted", "kidnapped");

    /// <summary>
    /// Whether <paramref name="verb"/> (a span of the text) is one of <see cref="TakingVerbs"/> and "and" and a verb of killing
    /// follow it, adverbs in -ly, "later" and "then" passed ("were abducted and later killed"): the people taken were killed, a toll.
    /// </summary>
    private static bool HarmedAfterTaking(WordMap words, Sentence sentence, ReadOnlySpan<char> verb)
    {
        if (!TakingVerbs.Contains(verb) || !words.Text.AsSpan().Overlaps(verb, out int at))
        {
            return false;
        }
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, at + verb.Length, sentence.End), sentence.End, 3);
        bool and = false;
        while (after.MoveNext())
        {
            var word = after.Current;
            if (!and)
            {
                if (!word.Equals("and", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
                and = true;
                continue;
            }
            if (word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || word.Equals("later", StringComparison.OrdinalIgnoreCase)
                || word.Equals("then", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            return IsKillingVerb(word);
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a verb of harm to people (<see cref="Lexicon.CasualtyVerbs"/>) other than "lost", which
    /// may be of ground or equipment ("lost 40 tanks").
    /// </summary>
    private static bool IsKillingVerb(ReadOnlySpan<char> word)
        => Lexicon.CasualtyVerbs.Contains(word) && !word.Equals("lost", StringComparison.OrdinalIgnoreCase);

    /// <summary>How far after a figure of ships the goods they carry may be named ("129 ships left the ports with agricultural products").</summary>
    private const int CargoReach = 80;

    /// <summary>Measures of oil flow after a figure with a rate: "115,000 barrels a day".</summary>
    private static readonly WordSet BarrelWords = new("barrel", "barrels", "bpd");

    /// <summary>Nouns of the dead and lost that reach back across their clause: "the total number of losses of the army since the invasion is 516,080 soldiers".</summary>
    private static readonly WordSet LossNouns = new("losses", "casualties", "deaths", "death", "toll", "fatalities", "lives");

    /// <summary>
    /// How far back a noun of <see cref="LossNouns"/> makes the soldiers of its clause casualties (no comma, semicolon or colon
    /// between); twice as far when a verb of totalling comes right before the figure (<see cref="TotalledBefore"/>).
    /// </summary>
    private const int LossNounReach = 90;

    /// <summary>Verbs before "to" that state a total: "amounted to", "came to".</summary>
    private static readonly WordSet TotalVerbsBeforeTo = new("amounted", "amount", "amounts", "amounting", "came", "comes");

    /// <summary>
    /// Whether the figure completes a clause of totalling ("Total losses of the group over the past day amounted to 600 people"):
    /// "to" after a verb of <see cref="TotalVerbsBeforeTo"/>, or "totalled", right before it. The clause's subject is then far.
    /// </summary>
    private static bool TotalledBefore(string text, int start, int limit)
    {
        var last = Characters.WordBefore(text, start, limit, out int lastStart);
        if (last.Equals("totalled", StringComparison.OrdinalIgnoreCase) || last.Equals("totaled", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return last.Equals("to", StringComparison.OrdinalIgnoreCase) && TotalVerbsBeforeTo.Contains(Characters.WordBefore(text, lastStart, limit, out _));
    }

    /// <summary>
    /// What happens to people counted other than as casualties, beside <see cref="Lexicon.DisplacementVerbs"/>: "crossed the
    /// border", "affected by floods", "escaped", "the displacement of N", people held as hostages ("holding 40 people hostage") or
    /// "in custody", the verbs of
    /// <see cref="MovementVerbs"/>, and the plight of people where they stay: besieged or under siege, residing or staying somewhere, facing or
    /// at risk of hunger, famine, starvation, malnutrition or food insecurity ("1.2 million people are besieged", "8 million
    /// people facing acute food insecurity", "36 million children acutely malnourished", "a risk for 45 million people"). A verb
    /// of killing in the clause is read first.
    /// </summary>
    private static readonly WordSet MoreDisplacementVerbs = new(
        "crossed", "affected", "escaped", "displace", "sheltering", "hosted", "hosts", "reached", "hostage", "hostages",
        "arrived", "arriving", "arrive", "arrives", "entered", "entering", "crossing", "banished", "expelled",
        "besieged", "siege", "sieges", "residing", "reside", "resides", "staying", "stay", "stays", "hunger", "famine", "starvation", "malnourished",
        "malnutrition", "insecurity", "insecure", "catastrophe", "facing", "face", "faces", "faced", "risk", "threatened", "threatens",
        "endangered", "displacement", "custody", "need", "lived", "resided");

    /// <summary>
    /// Verbs of people moving into a place or out of their homes, right after a count with no noun of its own ("another 900 had
    /// entered the country", "6,000 arriving by train"): the count is of people who moved, <see cref="FigureKind.Other"/>. A
    /// closed list: arriving, entering, crossing, departing, banished and expelled.
    /// </summary>
    private static readonly WordSet MovementVerbs = new(
        "arrived", "arriving", "arrive", "arrives", "entered", "entering", "crossing", "crossed", "departed", "banished", "expelled");

    /// <summary>Whether a figure is a part of the one before: "including 46 soldiers", "as well as 15 gunmen", "in addition to 79 fighters", "of whom 12".</summary>
    private static bool FollowsInclusion(string text, int start, int limit)
    {
        var last = Characters.WordBefore(text, start, limit, out int lastStart);
        if (last.Equals("including", StringComparison.OrdinalIgnoreCase) || last.Equals("plus", StringComparison.OrdinalIgnoreCase)
            || last.Equals("whom", StringComparison.OrdinalIgnoreCase) || last.Equals("them", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var second = Characters.WordBefore(text, lastStart, limit, out int secondStart);
        var third = Characters.WordBefore(text, secondStart, limit, out _);
        return (last.Equals("as", StringComparison.OrdinalIgnoreCase) && second.Equals("well", StringComparison.OrdinalIgnoreCase) && third.Equals("as", StringComparison.OrdinalIgnoreCase))
               || (last.Equals("to", StringComparison.OrdinalIgnoreCase) && second.Equals("addition", StringComparison.OrdinalIgnoreCase) && third.Equals("in", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly WordSet InclusionWords = new("including");

    /// <summary>"including 46 soldiers, 21 Hezbollah, 26 militiamen": a list of parts opened by "including" within <see cref="ListGap"/> characters before, no clause break between.</summary>
    private static bool InclusionListBefore(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        int from = Math.Max(sentence.Start, figure.Start - 2 * ListGap);
        return !HasClauseBreak(words.Text, from, figure.Start) && HasWordIn(words, from, figure.Start, InclusionWords);
    }

    /// <summary>
    /// Whether the words around a count of soldiers or people make it a count of casualties, in one pass each side: a word of
    /// <see cref="Lexicon.CasualtyVerbs"/> or <see cref="MoreCasualtyWords"/> up to 80 characters after the figure or 50 before it,
    /// or a noun of <see cref="LossNouns"/> up to <see cref="LossNounReach"/> characters before it in its clause (no comma,
    /// semicolon or colon between: "the total number of losses of the army since the invasion is 516,080 soldiers").
    /// </summary>
    private static bool HasCasualtyWordAround(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        if (HasWordIn(words, figure.End, Math.Min(sentence.End, figure.End + 80), Lexicon.CasualtyVerbs, MoreCasualtyWords))
        {
            return !InsideBuildingAfter(words, sentence, figure); // "the 250 civilians inside the clinic": people sheltering there
        }
        if (AmongTheLost(words, sentence, figure))
        {
            return true; // "25 Valdoran tourists, nine Tarvists and a Ruhlander were among the victims"
        }
        string text = words.Text;
        int from = Math.Max(sentence.Start, figure.Start - (TotalledBefore(text, figure.Start, sentence.Start) ? 2 * LossNounReach : LossNounReach));
        int near = Math.Max(sentence.Start, figure.Start - 50);
        int clause = from;
        for (int c = figure.Start - 1; c >= from; c--)
        {
            if (text[c] is ',' or ';' or ':')
            {
                clause = c + 1;
                break;
            }
        }
        int i = words.NextLetterRunStart(from, figure.Start, 0);
        while (i < figure.Start)
        {
            int end = words.WordEnd(i, figure.Start);
            var word = text.AsSpan(i, end - i);
            if ((i >= near && (Lexicon.CasualtyVerbs.Contains(word) || MoreCasualtyWords.Contains(word)))
                || (i >= clause && LossNouns.Contains(word) && !IsThreatenedLives(text, i, from, word)))
            {
                return true;
            }
            i = words.NextLetterRunStart(Math.Max(i + 1, end), figure.Start, 0);
        }
        return false;
    }

    /// <summary>Verbs of danger to lives that no one has lost yet: "threatened the lives of N children". A closed list.</summary>
    private static readonly WordSet ThreatVerbs = new(
        "threatened", "threatens", "threaten", "threatening", "endangered", "endangers", "endangering", "risked", "risking", "risks", "saved", "saving");

    /// <summary>Whether the word at <paramref name="at"/> is "lives" after "the" or "their" and a verb of <see cref="ThreatVerbs"/>: lives in danger or saved, no toll.</summary>
    private static bool IsThreatenedLives(string text, int at, int limit, ReadOnlySpan<char> word)
    {
        if (!word.Equals("lives", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var determiner = Characters.WordBefore(text, at, limit, out int determinerStart);
        return (determiner.Equals("the", StringComparison.OrdinalIgnoreCase) || determiner.Equals("their", StringComparison.OrdinalIgnoreCase))
               && ThreatVerbs.Contains(Characters.WordBefore(text, determinerStart, limit, out _));
    }

    /// <summary>
    /// The verb after a figure's counted noun, auxiliaries skipped: after the subject the reader found ("40 sit-tat killed"),
    /// or after "of" and two words when it found none ("250 of its members have been killed"); empty otherwise.
    /// </summary>
    private static ReadOnlySpan<char> VerbAfterCountedNoun(WordMap words, Sentence sentence, in FigureCandidate figure, string? subject)
    {
        string text = words.Text;
        int at = Characters.SkipSpaces(text, figure.End, sentence.End);
        if (subject is not null)
        {
            if (!text.AsSpan(at, sentence.End - at).StartsWith(subject, StringComparison.Ordinal))
            {
                return default;
            }
            var word = NextWord(words, at + subject.Length, sentence.End);
            if (!word.IsEmpty && (Lexicon.PersonnelNouns.Contains(word) || Lexicon.PeopleNouns.Contains(word)) && text.AsSpan().Overlaps(word, out int wordAt))
            {
                // "as many as 9,000 Blue Hill and Redmarsh fighters have been killed": the subject read stops before the noun that heads it
                return NextWord(words, wordAt + word.Length, sentence.End);
            }
            return word;
        }
        if (!NextWord(words, figure.End, sentence.End).Equals("of", StringComparison.Ordinal))
        {
            return default;
        }
        int i = Characters.SkipSpaces(text, at + 2, sentence.End);
        for (int taken = 0; taken < 2 && i < sentence.End; taken++)
        {
            int start = i;
            int end = words.WordEnd(i, sentence.End);
            if (end == i)
            {
                return default;
            }
            i = Characters.SkipSpaces(text, end, sentence.End);
            if (taken == 0 && PronounsAfterOf.Contains(text.AsSpan(start, end - start)))
            {
                break; // "with 41 of those killed identified as civilians": the pronoun is the whole noun
            }
        }
        return NextWord(words, i, sentence.End);
    }

    /// <summary>Whether "of" and a pronoun of <see cref="PronounsAfterOf"/> follow the figure: "301,000 of them", "60 of these".</summary>
    private static bool OfPronounAfter(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, figure.End, sentence.End), sentence.End, 2);
        return after.MoveNext() && after.Current.Equals("of", StringComparison.OrdinalIgnoreCase)
               && after.MoveNext() && PronounsAfterOf.Contains(after.Current);
    }

    /// <summary>Pronouns that stand for the whole noun after "of": "41 of those killed", "12 of them wounded", "9 of whom died".</summary>
    private static readonly WordSet PronounsAfterOf = new("those", "them", "these", "whom");

    /// <summary>Whether the subject's last word is a word for people ("people", "civilians").</summary>
    private static bool CountsPeople(string subject)
    {
        int end = subject.Length;
        while (end > 0 && !char.IsLetter(subject[end - 1]))
        {
            end--;
        }
        int start = Characters.WordStart(subject, end, 0);
        return end > start && Lexicon.PeopleNouns.Contains(subject.AsSpan(start, end - start));
    }

    /// <summary>"half of its tanks", "40% of the territory", "18 per cent less ground": the share's kind is what it is a share of.</summary>
    private static FigureKind ShareKind(WordMap words, Sentence sentence, in FigureCandidate figure, FigureKind previousKind, bool coordinated)
    {
        string text = words.Text;
        if (ShareOfTheDead(words, sentence, figure) == FigureKind.Casualties)
        {
            return FigureKind.Casualties; // "60% died from flash burns", "half of those who died were convicts"
        }
        var after = new WordsAfter(words, Characters.SkipSpaces(text, figure.End, sentence.End), sentence.End, 6);
        bool population = false;
        while (after.MoveNext())
        {
            if (CauseWords.Contains(after.Current))
            {
                break; // "10% would be due to massacres": what caused the share's part, not what it counts
            }
            if (PopulationNouns.Contains(after.Current))
            {
                population = true;
                continue; // "8 percent of the country's population": a share of people, of the kind their clause says
            }
            if (CommodityWords.Contains(after.Current))
            {
                return FigureKind.Other; // "about half of the country's oil": a share of goods
            }
            if (after.Current.Equals("housing", StringComparison.OrdinalIgnoreCase))
            {
                return FigureKind.Other; // "90% of the housing stock is damaged": a share of homes, not of a stock of arms
            }
            var kind = NounKind(after.Current);
            if (kind != FigureKind.Unknown)
            {
                return kind == FigureKind.Personnel && HasWordAround(words, sentence, figure, Lexicon.CasualtyVerbs, 40, 60) ? FigureKind.Casualties : kind;
            }
            if (Lexicon.AdvanceVerbs.Contains(after.Current))
            {
                return FigureKind.Territory; // "two-thirds of Russia's October advance": a share of ground gained
            }
        }
        if (KindOfCountAfterOf(words, sentence, figure) is var ofCount && ofCount != FigureKind.Unknown)
        {
            // "more than half of the 12,000 US troops": a share of the count after it, of its noun's kind
            return ofCount == FigureKind.Personnel && HasWordAround(words, sentence, figure, Lexicon.CasualtyVerbs, 80, 60) ? FigureKind.Casualties : ofCount;
        }
        if (IsShareOfAnaphor(words, sentence, figure) && KindBefore(words, sentence, figure, listOfLosses: false) is var antecedent
            && (antecedent != FigureKind.Unknown || previousKind != FigureKind.Unknown))
        {
            // "accounting for 53% of the total", "three quarters of these": a share of what the clause before counts; "about
            // 80,000 civilians - 40% of them children - died": of what the figure before counts.
            return antecedent != FigureKind.Unknown ? antecedent : previousKind;
        }
        if (coordinated && previousKind != FigureKind.Unknown)
        {
            return previousKind; // "1,380 battles and 640 events ..., down 8% from May"
        }
        if (population)
        {
            // "almost half of the local population": a share of a people, a toll only when a verb of harm is around it.
            return HasWordAround(words, sentence, figure, Lexicon.CasualtyVerbs, 40, 60) ? FigureKind.Casualties : FigureKind.Other;
        }
        if (HasWordAfter(words, sentence, figure, CommodityWords, 60))
        {
            return FigureKind.Other; // "which accounts for roughly half of its 115,000 barrel a day output"
        }
        if (HasDeathRateBefore(words.Text, Math.Max(sentence.Start, figure.Start - 200), figure.Start))
        {
            return FigureKind.Casualties; // "the death rates ... are much closer (1.9% and 1.6%)": a rate of deaths, wherever it is
        }
        if (HasWordAround(words, sentence, figure, Lexicon.TerritoryNouns, 60, 60))
        {
            return FigureKind.Territory;
        }
        var before = ShareOfNounBefore(words, sentence, figure);
        if (before == FigureKind.Unknown && Lexicon.HoldingVerbs.Contains(words.WordBefore(figure.Start, sentence.Start, out _))
            && OfANamedPlace(words, sentence, figure))
        {
            return FigureKind.Territory; // "gangs control about 70% of Port Vale": a share of a place held
        }
        if (before == FigureKind.Unknown && HeldOrTakenShare(text, figure.Start, sentence.Start) && (OfANamedPlace(words, sentence, figure) || OfASettlement(words, sentence, figure)))
        {
            // "Ostria controlled roughly 30-40% of the town", "claims control over more than 12% of Valdoria", "seized about 40% of
            // Tarvo": a share of a place held or taken is ground
            return FigureKind.Territory;
        }
        if (before == FigureKind.Unknown && KindBefore(words, sentence, figure, listOfLosses: false) == FigureKind.Casualties)
        {
            return FigureKind.Casualties; // "the smallest fraction of the dead, just under 21 percent", "deaths increased 42 percent": a share of a toll
        }
        return before;
    }

    /// <summary>
    /// Whether a verb of taking or holding ground (<see cref="GroundTakingVerbs"/>, <see cref="Lexicon.HoldingVerbs"/>) comes right
    /// before a share, or "control" and "over" or "of": "seized 40%", "controlled roughly 40-50%", "claims control over more than
    /// 19%", "have taken control of approximately 40%".
    /// </summary>
    private static bool HeldOrTakenShare(string text, int start, int limit)
    {
        var word = Characters.WordBefore(text, start, limit, out int at);
        if (GroundTakingVerbs.Contains(word) || Lexicon.HoldingVerbs.Contains(word))
        {
            return true;
        }
        return (word.Equals("over", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase))
               && Characters.WordBefore(text, at, limit, out _).Equals("control", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether "of the" and a noun of a settlement (<see cref="SettlementNouns"/>) follow the figure: "40% of the town", "half of the city".</summary>
    private static bool OfASettlement(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, figure.End, sentence.End), sentence.End, 3);
        return after.MoveNext() && after.Current.Equals("of", StringComparison.OrdinalIgnoreCase)
               && after.MoveNext() && after.Current.Equals("the", StringComparison.OrdinalIgnoreCase)
               && after.MoveNext() && SettlementNouns.Contains(after.Current);
    }

    /// <summary>Whether "of" and a capitalised name follow the figure: "70% of Port Vale" (a place named), not "38 percent, followed by".</summary>
    private static bool OfANamedPlace(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, figure.End, sentence.End), sentence.End, 2);
        return after.MoveNext() && after.Current.Equals("of", StringComparison.OrdinalIgnoreCase) && after.MoveNext() && char.IsUpper(after.Current[0]);
    }

    /// <summary>
    /// The kind of the noun after a count that a share is of: "of", "the" or a possessive if any, a number in digits (its
    /// groups and decimals passed), then up to three words, the first noun of a kind deciding ("more than half of the 12,000 US
    /// troops"). <see cref="FigureKind.Unknown"/> when the share is of no count or the words name no kind. Reads a few words.
    /// </summary>
    private static FigureKind KindOfCountAfterOf(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        var after = new WordsAfter(words, Characters.SkipSpaces(text, figure.End, sentence.End), sentence.End, 3);
        if (!after.MoveNext() || !after.Current.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return FigureKind.Unknown;
        }
        int at = after.End;
        while (after.MoveNext() && (after.Current.Equals("the", StringComparison.OrdinalIgnoreCase) || ArticleWords.PossessivePronouns.Contains(after.Current)))
        {
            at = after.End;
        }
        at = Characters.SkipSpaces(text, at, sentence.End);
        if (at >= sentence.End || !Characters.IsDigit(text[at]))
        {
            return FigureKind.Unknown;
        }
        while (at < sentence.End && (Characters.IsDigit(text[at]) || (text[at] is ',' or '.' && at + 1 < sentence.End && Characters.IsDigit(text[at + 1]))))
        {
            at++;
        }
        if (at >= sentence.End || text[at] != ' ')
        {
            return FigureKind.Unknown; // "of the 12,000-strong force", "of 40%": no noun of its own here
        }
        var noun = new WordsAfter(words, Characters.SkipSpaces(text, at, sentence.End), sentence.End, 3);
        while (noun.MoveNext())
        {
            if (BarrelWords.Contains(noun.Current) || CommodityWords.Contains(noun.Current))
            {
                return FigureKind.Other; // "roughly a third of its 240,000 barrels a day output": a share of goods
            }
            if (NounKind(noun.Current) is var kind && kind != FigureKind.Unknown)
            {
                return kind;
            }
        }
        return FigureKind.Unknown;
    }

    /// <summary>
    /// Words after a share's "of" that stand for what the clause before it counted: "of the total", "of these", "of them",
    /// "of those", "of whom". A closed list.
    /// </summary>
    private static readonly WordSet AnaphorWords = new("total", "these", "them", "those", "whom", "which");

    /// <summary>
    /// Whether the words after a share are "of", "the" or "all" if any, and a word of <see cref="AnaphorWords"/>: "53% of the
    /// total", "three quarters of these", "half of them", "of all these".
    /// </summary>
    private static bool IsShareOfAnaphor(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, figure.End, sentence.End), sentence.End, 4);
        if (!after.MoveNext() || !after.Current.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        while (after.MoveNext())
        {
            if (AnaphorWords.Contains(after.Current))
            {
                return true;
            }
            if (!after.Current.Equals("the", StringComparison.OrdinalIgnoreCase) && !after.Current.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether "rate" or "rates" stands in [<paramref name="from"/>, <paramref name="to"/>) right after a noun of deaths
    /// ("death rate", "casualty rates", "fatality rate") or "mortality": a share after it is a rate of deaths. A scan of
    /// at most the 200 characters before a share that no noun after it names.
    /// </summary>
    private static bool HasDeathRateBefore(string text, int from, int to)
    {
        int at = from;
        while (at < to && (at = text.IndexOf("rate", at, to - at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int end = at + 4;
            if (end < to && (text[end] | 0x20) == 's')
            {
                end++;
            }
            bool word = (at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end]));
            if (word && Lexicon.CasualtyNouns.Contains(Characters.WordBefore(text, at, from, out _)))
            {
                return true;
            }
            at = end;
        }
        return text.IndexOf("mortality", from, to - from, StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>A force's size as a whole: a share of it is of personnel ("strength reduced to 30%").</summary>
    private static readonly WordSet StrengthWords = new("strength", "manpower");

    /// <summary>Words of intercepting missiles and drones: a share in their sentence is an interception rate, of equipment.</summary>
    private static readonly WordSet InterceptionWords = new("interception", "interceptions", "intercept", "intercepted", "intercepting");

    /// <summary>
    /// A share with no noun after it, read from what comes before it: an interception rate anywhere before it in its sentence
    /// ("the interception rate for drones ..., falling to 82%") is of equipment; a force's strength within eight words before it
    /// in its clause ("the militia's strength has been reduced to 30%") of personnel. Unknown otherwise.
    /// </summary>
    private static FigureKind ShareOfNounBefore(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        if (HasWordIn(words, Math.Max(sentence.Start, figure.Start - 200), figure.Start, InterceptionWords))
        {
            return FigureKind.Equipment;
        }
        var before = new WordsBefore(words.Text, figure.Start, Math.Max(sentence.Start, figure.Start - 80), 8,
                                     WordWalkStops.Semicolon | WordWalkStops.Period | WordWalkStops.Comma | WordWalkStops.Colon | WordWalkStops.Digit);
        while (before.MoveNext())
        {
            if (StrengthWords.Contains(before.Current))
            {
                return FigureKind.Personnel;
            }
        }
        return FigureKind.Unknown;
    }

    /// <summary>
    /// A figure with no subject read, then a participle of losing or an adverb in -ly, and an equipment noun within three words:
    /// "201 lost tanks", "492 destroyed armored fighting vehicles", "abandoned at least 26 mostly intact armoured vehicles"
    /// (<see cref="FigureKind.Unknown"/> otherwise).
    /// </summary>
    private static FigureKind LostEquipmentAfter(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        int i = Characters.SkipSpaces(text, figure.End, sentence.End);
        int end = words.WordEnd(i, sentence.End);
        if (end == i || !(Lexicon.LosingVerbs.Contains(text.AsSpan(i, end - i))
                          || (end - i > 3 && text.AsSpan(i, end - i).EndsWith("ly", StringComparison.OrdinalIgnoreCase))))
        {
            return FigureKind.Unknown;
        }
        return HasWordWithin(words, Characters.SkipSpaces(text, end, sentence.End), sentence.End, Lexicon.EquipmentNouns, 3)
            ? FigureKind.Equipment
            : FigureKind.Unknown;
    }

    /// <summary>Whether one of the <paramref name="count"/> words from <paramref name="at"/> (before <paramref name="limit"/>) is in <paramref name="set"/>; the words stop at the first character that is none.</summary>
    private static bool HasWordWithin(WordMap words, int at, int limit, WordSet set, int count)
    {
        var after = new WordsAfter(words, at, limit, count);
        while (after.MoveNext())
        {
            if (set.Contains(after.Current))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The kind the subject's nouns say, the last listed noun deciding ("drone strikes" are strikes); people and soldiers by the verbs around them.</summary>
    private static FigureKind KindOfNoun(WordMap words, Sentence sentence, in FigureCandidate figure, string subject, bool listOfLosses)
    {
        var kind = FigureKind.Unknown;
        bool people = false;
        bool civilianHead = false;
        bool civilianStaff = false;
        bool afterCivilian = false;
        bool afterPeace = false;
        bool afterMass = false;
        bool menHead = false;
        bool crowd = false;
        bool taken = false;
        bool hostages = false;
        bool bombs = false;
        bool blast = false;
        bool afterSuicide = false;
        var subjectWords = new WordsIn(subject, 0, subject.Length);
        while (subjectWords.MoveNext())
        {
            var word = subjectWords.Current;
            taken |= TakingVerbs.Contains(word); // "kidnapped schoolgirls": a participle before the noun
            bool civilianWord = afterCivilian;
            afterCivilian = word.Equals("civilian", StringComparison.OrdinalIgnoreCase);
            if ((kind != FigureKind.Unknown || people) && word.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                break; // "60 residents of a displaced persons camp": the head noun is before "of", the rest says whose or where
            }
            if ((kind != FigureKind.Unknown || people) && ActingVerbs.Contains(word))
            {
                break; // "Dozens of warplanes struck militant targets": the subject read ran on past its verb
            }
            blast |= bombs && BlastVerbs.Contains(word); // "Ten bombs ripped through": the subject read ran on into its verb
            var nounKind = NounKind(word);
            if (nounKind == FigureKind.Equipment && afterSuicide && BomberNouns.Contains(word))
            {
                nounKind = FigureKind.Personnel; // "two suicide bombers": attackers, not aircraft
            }
            afterSuicide = SuicideNouns.Contains(word);
            if (nounKind == FigureKind.Unknown && IsModelPlural(subject, subjectWords.Start, subjectWords.End))
            {
                nounKind = FigureKind.Equipment; // "12 AK-47s"
            }
            if (nounKind == FigureKind.Unknown && kind == FigureKind.Unknown && !people && NamedEarlierAsAMachine(words.Text, figure.Start, word))
            {
                nounKind = FigureKind.Equipment; // "several dozen Varak fighting vehicles ... about 50 Varaks": a model named before by its class
            }
            if (nounKind == FigureKind.Events && afterPeace && word.Equals("operations", StringComparison.OrdinalIgnoreCase))
            {
                nounKind = FigureKind.Other; // "63 peace operations", "71 peacekeeping operations": missions deployed, no tally of fighting
            }
            if (nounKind == FigureKind.Casualties && afterMass && MassActNouns.Contains(word))
            {
                nounKind = FigureKind.Events; // "78 mass killings have occurred": acts counted, not the people they killed
            }
            afterPeace = PeaceWords.Contains(word);
            afterMass = word.Equals("mass", StringComparison.OrdinalIgnoreCase);
            if (kind == FigureKind.Equipment && nounKind is FigureKind.Casualties or FigureKind.Personnel && EquipmentHeads.Contains(word))
            {
                // "tank losses", "artillery units": the equipment is what is counted, the head word only how.
            }
            else if (nounKind != FigureKind.Unknown)
            {
                kind = nounKind;
                menHead = word.Equals("men", StringComparison.OrdinalIgnoreCase);
                people = false;
                hostages = HostageNouns.Contains(word);
                bombs = BombNouns.Contains(word);
                civilianHead = Lexicon.PeopleNouns.Contains(word); // "members": of a force or of a people, as the verb says
                civilianStaff = civilianWord && CivilianStaffNouns.Contains(word); // "110 local civilian staff": a mission's employees
            }
            else if (Lexicon.PeopleNouns.Contains(word) || KinNouns.Contains(word) || PeoplesNouns.Contains(word) || MorePeopleNouns.Contains(word)
                     || RescuerNouns.Contains(word))
            {
                people = true;
            }
            else if (CrowdNouns.Contains(word))
            {
                people = true;
                crowd = true;
            }
        }
        if (kind == FigureKind.Personnel && menHead && WomenAfter(words, sentence, figure))
        {
            kind = FigureKind.Unknown; // "30 other men, women and children were taken to shelters": people, not a force's men
            people = true;
        }
        if (kind == FigureKind.Equipment && bombs && (blast || BlastVerbs.Contains(VerbAfterCountedNoun(words, sentence, figure, subject))))
        {
            return FigureKind.Events; // "Ten bombs ripped through four trains", "12 bombs exploded": blasts, not weapons held or lost
        }
        if (kind == FigureKind.Other && hostages && HostagesKilled(words, sentence, figure, listOfLosses))
        {
            return FigureKind.Casualties; // "14 hostages die", "killed 11 hostages", "Death toll: 9 hostages, 3 soldiers": the dead, not people held
        }
        if (kind == FigureKind.Personnel && civilianStaff)
        {
            return FigureKind.Other; // "42 international civilian personnel and 110 local civilian staff": employees, not a force
        }
        if (kind == FigureKind.Personnel && EquipmentHeads.Contains(LastWord(subject)) && OfEquipmentAfter(words, sentence, figure))
        {
            return FigureKind.Equipment; // "at least 8,044 units of equipment"
        }
        if (kind == FigureKind.Personnel && UnitWords.Contains(LastWord(subject)) && UnitsOfEquipment(words, sentence, figure))
        {
            return FigureKind.Equipment; // "9 units remain damaged", "of about 60 units, a quarter is sunk": pieces of a fleet
        }
        if (kind == FigureKind.Unknown && people && MovesPeople(Characters.WordBefore(words.Text, figure.Start, sentence.Start, out _)))
        {
            return FigureKind.Other; // "have killed thousands and displaced over two million people": its own verb, not the killing's
        }
        if (kind == FigureKind.Personnel && !listOfLosses && DeployingVerbs.Contains(Characters.WordBefore(words.Text, figure.Start, sentence.Start, out _)))
        {
            return FigureKind.Personnel; // "landed 4,000 men on the beach, and 300 of them were killed": the force put ashore, not its dead
        }
        if (kind == FigureKind.Personnel && (LastWord(subject).Equals("engaged", StringComparison.OrdinalIgnoreCase)
                                             || VerbAfterCountedNoun(words, sentence, figure, subject).Equals("engaged", StringComparison.OrdinalIgnoreCase)))
        {
            return FigureKind.Personnel; // "Of the 90,000 northern men engaged, 12,400 were casualties": the force in the battle, not its losses
        }
        if (kind == FigureKind.Personnel && (WhoSurvived(words, sentence, figure) || WhoWentIntoBattle(words, sentence, figure)))
        {
            return FigureKind.Personnel; // "Of the 300 insurgents who survived the assault, most were captured": the force left, whatever befalls it next
        }
        if (kind == FigureKind.Personnel || (kind == FigureKind.Unknown && people))
        {
            var whatBefallsThem = HeadBeforeOf(words, sentence, figure);
            if (whatBefallsThem != FigureKind.Unknown)
            {
                return whatBefallsThem; // "the capture of 140 soldiers", "the abduction of the 287 children", "a crowd of thousands of people"
            }
            if (!listOfLosses && (KillingVerbBefore(words.Text, figure.Start, sentence.Start)
                                  || NeutralisingVerbs.Contains(WordBeforePassingQuotes(words.Text, figure.Start, sentence.Start))
                                  || TreatingVerbs.Contains(Characters.WordBefore(words.Text, figure.Start, sentence.Start, out _))))
            {
                // "killed 60 residents of a displaced persons camp": the killing's object, whoever they were; "medics treated 45
                // people": the wounded
                return FigureKind.Casualties;
            }
            switch (VerbOfCountedGroup(words, sentence, figure))
            {
                case ClauseVerb.Moved when kind == FigureKind.Unknown || civilianHead:
                    return FigureKind.Other; // "50,000 members of the minority fled", "forced 8,000 people to flee", "1500 children were orphaned"
                case ClauseVerb.Acting:
                    return kind; // "thousands of fighters seized the city, killing 500": the fighters act, the killing is of others
                case ClauseVerb.Crew:
                    return FigureKind.Personnel;
                case ClauseVerb.Serving when !HarmJustBefore(words, sentence, figure):
                    // "nearly 400,000 Dovrans are fighting in Tesk": a force's men ("lost some 3,000 men fighting for the
                    // town": the loss before them governs)
                    return FigureKind.Personnel;
                case ClauseVerb.Harmed or ClauseVerb.HarmedOrDestroyed when listOfLosses || !IsHeldOrFreed(words, sentence, figure, subject):
                    return FigureKind.Casualties; // "18 fighters and media officials from the ... Units (YPG) were killed"
            }
            if (!listOfLosses && IsHeldOrFreed(words, sentence, figure, subject))
            {
                return FigureKind.Other; // "arrested 46 suspected militants", "would release 10 soldiers", "a swap of 270 soldiers"
            }
            if (kind == FigureKind.Unknown && (taken || (crowd && !IsKillingVerb(Characters.WordBefore(words.Text, TotalOfStart(words.Text, figure.Start, sentence.Start), sentence.Start, out _))
                                                        && !AmongTheLost(words, sentence, figure))))
            {
                // "Twenty-three Ostrian tourists, nine Valdorans and a Tarvist were among the victims": a list the clause's end names the lost
                // "more than 200 kidnapped schoolgirls still missing": people taken, held; "fired at tens of thousands of demonstrators,
                // killing at least five": a crowd the clause after harms only in part (its own verb, read above, says more).
                return FigureKind.Other;
            }
            if (kind == FigureKind.Unknown && !listOfLosses && (NamesPassengers(subject) || CarriedPeopleNouns.Contains(LastWord(subject.TrimEnd()))))
            {
                // "a ferry with 310 passengers capsized, killing 60", "88 survivors were brought ashore": people carried or left
                // alive; only their own verb of harm (read above) makes them the dead
                return FigureKind.Other;
            }
            if (listOfLosses || HasCasualtyWordAround(words, sentence, figure) || TrappedInRuins(words, figure.End, sentence.End))
            {
                return FigureKind.Casualties;
            }
            if (kind == FigureKind.Unknown && Enlists(words, sentence, figure, subject))
            {
                return FigureKind.Personnel; // "some 14,000 men signed contracts with the ministry": recruits joining a force
            }
            if (kind == FigureKind.Unknown
                && (HasWordIn(words, figure.End, Math.Min(sentence.End, figure.End + 80), Lexicon.DisplacementVerbs, MoreDisplacementVerbs)
                    || HasWordIn(words, Math.Max(sentence.Start, figure.Start - 30), figure.Start, Lexicon.DisplacementVerbs, MoreDisplacementVerbs)))
            {
                return FigureKind.Other;
            }
            if (kind == FigureKind.Unknown && RescuerNouns.Contains(LastWord(subject)))
            {
                return FigureKind.Other; // "about 70 police and army divers combed the lake": those who search, not the lost
            }
            if (kind == FigureKind.Unknown && PopulationNouns.Contains(LastWord(subject)))
            {
                return FigureKind.Other; // "the island of about 1,500 inhabitants": the people who live there, no verb saying more
            }
        }
        return kind;
    }

    /// <summary>
    /// Whether hostages counted were killed: a verb of killing right before them ("executed 11 hostages"), their own clause's
    /// verb of harm ("23 hostages were killed", "14 hostages die"), a list of losses, or a toll's label and a colon right before
    /// ("Death toll: 9 hostages"). Hostages seized, held, freed or unaccounted for stay people held (other).
    /// </summary>
    private static bool HostagesKilled(WordMap words, Sentence sentence, in FigureCandidate figure, bool listOfLosses)
    {
        string text = words.Text;
        if (listOfLosses || IsKillingVerb(words.WordBefore(figure.Start, sentence.Start, out _)))
        {
            return true;
        }
        if (VerbOfCountedGroup(words, sentence, figure) == ClauseVerb.Harmed)
        {
            // "60 hostages are still unaccounted for": still held, as far as anyone knows
            return !HasWordIn(words, figure.End, Math.Min(sentence.End, figure.End + PlightReach), MissingWords);
        }
        int colon = Characters.SkipSpacesBack(text, figure.Start, sentence.Start);
        if (colon > sentence.Start && colon < figure.Start && text[colon - 1] == ':'
            && LossNouns.Contains(words.WordBefore(colon - 1, sentence.Start, out _)))
        {
            return true;
        }
        return SharedVerbKills(words, sentence, figure);
    }

    /// <summary>
    /// Whether "who survived" or "that survived" follows the figure's noun within four words: the fighters left after a battle,
    /// a force's strength ("Of the 300 insurgents who survived the assault"). A few words are read.
    /// </summary>
    private static bool WhoSurvived(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, figure.End, sentence.End), sentence.End, 5);
        bool who = false;
        while (after.MoveNext())
        {
            var word = after.Current;
            if (who)
            {
                return word.Equals("survived", StringComparison.OrdinalIgnoreCase);
            }
            who = word.Equals("who", StringComparison.OrdinalIgnoreCase) || word.Equals("that", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>People a ship or an aircraft carries, counted with no verb of harm: "built to carry 850 passengers". A closed list.</summary>
    private static readonly WordSet PassengerNouns = new("passengers", "passenger");

    /// <summary>
    /// Whether "who" or "that", "went", "into" and "battle" or "action" follow the figure's noun within six words: the force
    /// sent in ("the 7,200 Kessian riflemen who went into action"), whatever befell it next.
    /// </summary>
    private static bool WhoWentIntoBattle(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, figure.End, sentence.End), sentence.End, 6);
        int step = 0;
        while (after.MoveNext())
        {
            var word = after.Current;
            switch (step)
            {
                case 0:
                    step = word.Equals("who", StringComparison.OrdinalIgnoreCase) || word.Equals("that", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                    break;
                case 1:
                    step = word.Equals("went", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
                    break;
                case 2:
                    step = word.Equals("into", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
                    break;
                default:
                    return word.Equals("battle", StringComparison.OrdinalIgnoreCase) || word.Equals("action", StringComparison.OrdinalIgnoreCase);
            }
        }
        return false;
    }

    /// <summary>Verbs that "down" makes verbs of killing people: "gunned down", "mowed down", "cut down", "struck down". A closed list.</summary>
    private static readonly WordSet DownKillingVerbs = new("gunned", "mowed", "cut", "struck");

    /// <summary>
    /// Whether a verb of killing stands right before the count of people at <paramref name="at"/>, "another" or "further" passed
    /// ("killed another 19 people"), a phrasal verb with "down" read whole ("gunned down another 19 people") and a verb of
    /// <see cref="MartyringVerbs"/> one of killing ("martyring 31 worshippers").
    /// </summary>
    private static bool KillingVerbBefore(string text, int at, int limit)
    {
        var word = Characters.WordBefore(text, at, limit, out int start);
        if (word.Equals("another", StringComparison.OrdinalIgnoreCase) || word.Equals("further", StringComparison.OrdinalIgnoreCase))
        {
            word = Characters.WordBefore(text, start, limit, out start);
        }
        return word.Equals("down", StringComparison.OrdinalIgnoreCase)
            ? DownKillingVerbs.Contains(Characters.WordBefore(text, start, limit, out _))
            : IsKillingVerb(word) || MartyringVerbs.Contains(word);
    }

    /// <summary>
    /// Where "a total of" (or "the total of") right before the figure at <paramref name="at"/> starts, so that the verb before it is
    /// read as the figure's own ("killed a total of 41 tourists"); <paramref name="at"/> when no such phrase is there.
    /// </summary>
    private static int TotalOfStart(string text, int at, int limit)
    {
        if (!Characters.WordBefore(text, at, limit, out int ofStart).Equals("of", StringComparison.OrdinalIgnoreCase)
            || !Characters.WordBefore(text, ofStart, limit, out int totalStart).Equals("total", StringComparison.OrdinalIgnoreCase))
        {
            return at;
        }
        var article = Characters.WordBefore(text, totalStart, limit, out int articleStart);
        return article.Equals("a", StringComparison.OrdinalIgnoreCase) || article.Equals("the", StringComparison.OrdinalIgnoreCase) ? articleStart : at;
    }

    /// <summary>Verbs of medical care right before a count of people: "medics treated 45 people", "the hospital admitted 30". A closed list.</summary>
    private static readonly WordSet TreatingVerbs = new("treated", "treating", "treats", "hospitalised", "hospitalized", "admitted", "admitting");

    /// <summary>Verbs of killing in the wording of a side that honours its dead as martyrs: "martyring 31 worshippers". A closed list.</summary>
    private static readonly WordSet MartyringVerbs = new("martyring", "martyred", "martyrs");

    /// <summary>Bombs that a verb of exploding makes blasts: "Ten bombs ripped through trains". A closed list.</summary>
    private static readonly WordSet BombNouns = new("bombs", "bomb", "devices", "explosives");

    /// <summary>Verbs of a bomb going off: "exploded", "ripped through", "went off", "detonated". A closed list.</summary>
    private static readonly WordSet BlastVerbs = new("exploded", "explode", "ripped", "detonated", "went", "blew", "tore");

    /// <summary>Auxiliaries between a subject and its participle: "have died", "were killed". A closed list.</summary>
    private static readonly WordSet Auxiliaries = new("have", "has", "had", "were", "was", "been", "are", "is");

    /// <summary>
    /// Whether the figure's noun is coordinated with a second count whose verb of killing both share: "at least 19 hostages and
    /// 29 militants have died". The noun, "and", a number and a noun, at most two auxiliaries, then the verb. A few words are read.
    /// </summary>
    private static bool SharedVerbKills(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, figure.End, sentence.End), sentence.End, 8);
        int n = 0;
        while (after.MoveNext())
        {
            var word = after.Current;
            switch (n)
            {
                case 0:
                    break; // the figure's own noun
                case 1 when !word.Equals("and", StringComparison.OrdinalIgnoreCase):
                case 2 when !Characters.IsDigit(word[0]):
                    return false;
                case >= 4 when Auxiliaries.Contains(word) && n < 6:
                    break;
                case >= 4:
                    return IsKillingVerb(word);
            }
            n++;
        }
        return false;
    }

    /// <summary>
    /// Whether the people a figure counts join a force: the verb after their noun is "signed" and "contracts" or "up" follows
    /// ("8,200 people signed contracts with the ministry", "4,000 volunteers signed up"), or "joined" and the army, the
    /// military, the ranks or the forces ("1,300 men joined the army"). A closed list of enlisting phrases.
    /// </summary>
    private static bool Enlists(WordMap words, Sentence sentence, in FigureCandidate figure, string subject)
    {
        // The subject read may run on past its noun into the verb ("people signed contracts"): the phrase is read there too.
        var inSubject = new WordsIn(subject, 0, subject.Length);
        bool signedBefore = false, joinedBefore = false;
        while (inSubject.MoveNext())
        {
            var word = inSubject.Current;
            if ((signedBefore && EnlistedAfterSigned.Contains(word)) || (joinedBefore && EnlistedAfterJoined.Contains(word)))
            {
                return true;
            }
            bool the = word.Equals("the", StringComparison.OrdinalIgnoreCase);
            signedBefore = word.Equals("signed", StringComparison.OrdinalIgnoreCase) || (signedBefore && the);
            joinedBefore = word.Equals("joined", StringComparison.OrdinalIgnoreCase) || (joinedBefore && the);
        }
        var verb = VerbAfterCountedNoun(words, sentence, figure, subject);
        bool signed = verb.Equals("signed", StringComparison.OrdinalIgnoreCase);
        if ((!signed && !verb.Equals("joined", StringComparison.OrdinalIgnoreCase)) || !words.Text.AsSpan().Overlaps(verb, out int at))
        {
            return false;
        }
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, at + verb.Length, sentence.End), sentence.End, 2);
        while (after.MoveNext())
        {
            var word = after.Current;
            if (signed ? EnlistedAfterSigned.Contains(word) : EnlistedAfterJoined.Contains(word))
            {
                return true;
            }
            if (!word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>What follows "signed" when people enlist: "contracts", "up".</summary>
    private static readonly WordSet EnlistedAfterSigned = new("contracts", "contract", "up");

    /// <summary>What follows "joined" (or "joined the") when people enlist: "the army", "the ranks".</summary>
    private static readonly WordSet EnlistedAfterJoined = new("army", "military", "ranks", "forces");

    /// <summary>
    /// Goods seized or recovered that are no military equipment, and animals: "10 solar panels", "19 cell phones", "122 sheep",
    /// "1 bag of flour". Equipment means a force's weapons, vehicles and munitions. Horses and mules a war used up are animals
    /// too, whatever befell them ("48,000 horses killed in action"): no people taken out of a force.
    /// </summary>
    private static readonly WordSet GoodsNouns = new(
        "panels", "phones", "cellphones", "telephones", "handsets", "torches", "torch-lights", "flashlights", "lamps", "sheep",
        "goats", "cattle", "cows", "camels", "donkeys", "livestock", "horses", "mules", "bag", "bags", "sacks", "packets", "cartons", "bales", "coils",
        "nets", "blankets", "mattresses", "clothes", "textiles", "laptops", "computers", "tablets", "pills", "capsules");

    /// <summary>
    /// Places counted as places, not ground taken: "in 59 countries", "46 communities", "across all 14 provinces", "21 provincial
    /// capitals", "280 of the 1,040 sites excavated" (a count of countries, provinces, cities or sites is <see cref="FigureKind.Other"/>;
    /// ground is a share or an area, or places a verb before the count says were taken: <see cref="TakesPlaces"/>); arrests counted ("a million
    /// arrests", "300 detentions"); and deserters ("4,698 deserters in 2007", "85,000 desertions"): soldiers who left their force
    /// alive are no loss of war (no one was killed, wounded or taken), as the README's conventions say. A closed list, one lookup.
    /// </summary>
    private static readonly WordSet PlaceCountNouns = new(
        "countries", "communities", "provinces", "capitals", "cities", "municipalities", "townships", "sites", "centres", "centers",
        "districts", "prefectures", "counties",
        "arrests", "detentions", "deserters", "deserter", "desertions", "embassies", "consulates", "states");

    /// <summary>
    /// People counted by a claim they made or a payment they get: "1,400 applicants", "claimants", "beneficiaries" (and a single
    /// "application"). No loss of war, whatever injury their claim names. A closed list.
    /// </summary>
    private static readonly WordSet ClaimNouns = new("applicants", "claimants", "beneficiaries", "recipients", "application");

    /// <summary>
    /// People and charges of a court case counted as such: "more than 300 lawyers", "1,800 plaintiffs", "20 defendants", "270
    /// counts of murder". No force and no loss of war, whatever the case is about: <see cref="FigureKind.Other"/>. A closed list.
    /// </summary>
    private static readonly WordSet CourtNouns = new(
        "lawyers", "attorneys", "plaintiffs", "defendants", "judges", "jurors", "prosecutors", "counts", "charges", "indictments");

    /// <summary>
    /// Places that a verb of taking ground before their count makes ground taken: "had captured 9 of the country's 21 provincial
    /// capitals", "seized 25 towns" (counted alone they are places: <see cref="PlaceCountNouns"/>, towns and villages). A closed list.
    /// </summary>
    private static readonly WordSet TakenPlaceNouns = new(
        "capitals", "cities", "towns", "villages", "settlements", "localities", "districts", "provinces", "townships", "municipalities");

    /// <summary>Verbs of taking or holding ground, right before a count of places: "captured", "seized", "controls", "overran". A closed list.</summary>
    private static readonly WordSet GroundTakingVerbs = new(
        "captured", "seized", "taken", "took", "controls", "control", "controlled", "overran", "overrun", "recaptured", "retook", "liberated");

    /// <summary>
    /// Whether a verb of <see cref="GroundTakingVerbs"/> comes right before the figure and the figure counts places of
    /// <see cref="TakenPlaceNouns"/>: its subject's last word, or "of", a possessive or "the", a number and up to three words
    /// ("captured 9 of Valdoria's 21 provincial capitals"). Ground taken: <see cref="FigureKind.Territory"/>.
    /// </summary>
    private static bool TakesPlaces(WordMap words, Sentence sentence, in FigureCandidate figure, string? subject)
    {
        string text = words.Text;
        if (!GroundTakingVerbs.Contains(words.WordBefore(figure.Start, sentence.Start, out _)))
        {
            return false;
        }
        if (subject is not null && TakenPlaceNouns.Contains(LastWord(subject.TrimEnd())))
        {
            return true;
        }
        var after = new WordsAfter(words, Characters.SkipSpaces(text, figure.End, sentence.End), sentence.End, 7);
        if (!after.MoveNext() || !after.Current.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        while (after.MoveNext())
        {
            if (TakenPlaceNouns.Contains(after.Current))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Words of a claim, a payment or a register of victims: "applied for the scheme", "have been compensated", "subjects of
    /// reparation", "included in the Single Victims Registry". People counted beside them are claimants or registered, no
    /// toll of war. A closed list.
    /// </summary>
    private static readonly WordSet ClaimWords = new(
        "compensation", "compensations", "compensated", "compensate", "reparation", "reparations", "redress", "payment", "payments",
        "pension", "indemnity", "applied", "apply", "applying", "registry", "register", "scheme");

    /// <summary>How far before and after a count of people a word of <see cref="ClaimWords"/> makes them claimants.</summary>
    private const int ClaimReach = 60;

    /// <summary>
    /// Whether the people a figure counts are claimants or registered victims: a word of <see cref="ClaimWords"/> within
    /// <see cref="ClaimReach"/> characters, a subject naming people or victims and no harm ("1,400 applicants who claim injuries",
    /// "2,100 have been compensated"), or no subject and no word of harm right after, and the group's own verb no verb of harm.
    /// </summary>
    private static bool CountsClaimants(WordMap words, Sentence sentence, in FigureCandidate figure, string? subject)
    {
        if (subject is null)
        {
            var next = NextWord(words, figure.End, sentence.End);
            if (Lexicon.CasualtyNouns.Contains(next) || Lexicon.CasualtyVerbs.Contains(next))
            {
                return false; // "compensation for 300 killed"
            }
        }
        else
        {
            bool people = false;
            var subjectWords = new WordsIn(subject, 0, subject.Length);
            while (subjectWords.MoveNext())
            {
                var word = subjectWords.Current;
                if (Lexicon.CasualtyVerbs.Contains(word) || MoreCasualtyWords.Contains(word))
                {
                    return false; // "families of 300 people killed": the dead named
                }
                people |= Lexicon.PeopleNouns.Contains(word) || PeoplesNouns.Contains(word) || MorePeopleNouns.Contains(word) || ClaimNouns.Contains(word)
                          || word.Equals("victims", StringComparison.OrdinalIgnoreCase);
            }
            if (!people)
            {
                return false;
            }
        }
        // The words of a claim are looked for last: most counts of people have none, and their subject or the word after them says so first.
        if (!HasWordAround(words, sentence, figure, ClaimWords, ClaimReach, ClaimReach)
            || HasWordIn(words, Math.Max(sentence.Start, figure.Start - 30), figure.Start, MoreCasualtyWords, Lexicon.CasualtyVerbs))
        {
            return false; // "the registry said the whereabouts of 41,870 people are unknown": the missing, whatever the registry
        }
        return VerbOfCountedGroup(words, sentence, figure) is not (ClauseVerb.Harmed or ClauseVerb.HarmedOrDestroyed);
    }

    /// <summary>
    /// Nouns of a place's people counted as its population ("a population of 3.1 million", "the town of 4,000 inhabitants"):
    /// <see cref="FigureKind.Other"/> unless a verb of killing or moving people says more (inhabitants are people, read by the
    /// verbs around them first; population and populace are nouns of their own). A closed list: population, populace, inhabitants.
    /// </summary>
    private static readonly WordSet PopulationNouns = new("population", "populace", "inhabitants", "residents", "townspeople", "townsfolk");

    /// <summary>
    /// Formations whose size "of N" states: "a brigade of 5,000 men", "a garrison of 80 militiamen". The formation names of
    /// <see cref="ArticleWords.FormationNames"/> and the words for a body of troops. A closed list.
    /// </summary>
    private static readonly WordSet FormationNouns = new(
        "battalion", "brigade", "regiment", "division", "squadron", "garrison", "contingent", "detachment", "column", "corps",
        "company", "platoon", "force", "unit", "squad");

    /// <summary>The military abbreviations of losses after a count in an infobox or a table: killed, wounded, missing in action, taken prisoner ("9,000 POW"). A closed list.</summary>
    private static readonly WordSet CasualtyAbbreviations = new("kia", "wia", "mia", "pow");

    /// <summary>Nouns of how many a unit enlisted, before "of" and its figure: "a total loss of 1,016 from an enrolment of 1,630".</summary>
    private static readonly WordSet EnrolmentNouns = new("enrolment", "enrollment", "enrolments", "enrollments");

    /// <summary>
    /// Whether the figure is the whole a loss was counted out of: "lost 178 out of 240 men", "lost 227 out of 410" after a toll,
    /// "out of 900 soldiers, 120 lost their lives", "lost 503 from an enrolment of 1,089". The men a unit had, not those it lost.
    /// </summary>
    private static bool IsStrengthALossIsCountedFrom(WordMap words, Sentence sentence, in FigureCandidate figure, FigureKind previousKind)
    {
        string text = words.Text;
        var of = words.WordBefore(figure.Start, sentence.Start, out int ofStart);
        if (!of.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var head = words.WordBefore(ofStart, sentence.Start, out _);
        if (EnrolmentNouns.Contains(head))
        {
            return true;
        }
        if (!head.Equals("out", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var next = NextWord(words, figure.End, sentence.End);
        if (Lexicon.PersonnelNouns.Contains(next))
        {
            return true; // "out of 240 men", "out of 900 soldiers"
        }
        // No noun of its own ("lost 227 out of 410."): the whole of the toll's count before it, a unit's men.
        return previousKind == FigureKind.Casualties && (next.IsEmpty || !char.IsLetter(next[0]));
    }

    /// <summary>
    /// Whether the figure is the size of a formation: "of" right before it, a noun of <see cref="FormationNouns"/> right before
    /// that, and a noun of soldiers or people right after it ("a marine brigade of 5,000 men"). The unit's strength is of
    /// personnel, whatever its clause says befell it.
    /// </summary>
    private static bool IsStrengthOfFormation(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        var of = words.WordBefore(figure.Start, sentence.Start, out int ofStart);
        if (!of.Equals("of", StringComparison.OrdinalIgnoreCase) || !FormationNouns.Contains(words.WordBefore(ofStart, sentence.Start, out _)))
        {
            return false;
        }
        var next = NextWord(words, figure.End, sentence.End);
        return Lexicon.PersonnelNouns.Contains(next) || Lexicon.PeopleNouns.Contains(next);
    }

    /// <summary>The word before <paramref name="at"/>, passing a "the" right before it ("of the 287", "by the 400"); where it starts in <paramref name="start"/>.</summary>
    private static ReadOnlySpan<char> WordBeforePassingThe(string text, int at, int limit, out int start)
    {
        var word = Characters.WordBefore(text, at, limit, out start);
        return word.Equals("the", StringComparison.OrdinalIgnoreCase) ? Characters.WordBefore(text, start, limit, out start) : word;
    }

    /// <summary>
    /// Whether the figure is the agent of a passive of harm: "by" right before it ("the" between them passed) and a verb of
    /// killing or harm, or a noun of <see cref="AttackNouns"/>, among the six words before "by" in its clause ("were gunned down or
    /// hacked to death by the 400 guerrillas", "in a night raid on Friday by dozens of militants"). The people counted did the
    /// harm.
    /// </summary>
    private static bool IsAgentOfHarm(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        var by = WordBeforePassingThe(text, figure.Start, sentence.Start, out int byStart);
        if (!by.Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var before = new WordsBefore(text, byStart, Math.Max(sentence.Start, byStart - 60), 6,
                                     WordWalkStops.Semicolon | WordWalkStops.Period | WordWalkStops.Comma | WordWalkStops.Digit);
        while (before.MoveNext())
        {
            if (IsKillingVerb(before.Current) || MoreCasualtyWords.Contains(before.Current) || before.Current.Equals("death", StringComparison.OrdinalIgnoreCase)
                || AttackNouns.Contains(before.Current))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Nouns of an attack whose "by" names the attackers: "an attack by dozens of militants". A closed list.</summary>
    private static readonly WordSet AttackNouns = new("attack", "attacks", "assault", "assaults", "raid", "raids", "ambush", "onslaught");

    /// <summary>Whether "their lives" follows the figure's noun within 40 characters, no clause mark between: "cost 30,000 people their lives".</summary>
    private static bool TheirLivesAfter(string text, int end, int limit)
    {
        int stop = Math.Min(limit, end + 40);
        int at = text.IndexOf("their lives", end, stop - end, StringComparison.OrdinalIgnoreCase);
        return at > 0 && text.AsSpan(end, at - end).IndexOfAny(",;:.") < 0;
    }

    /// <summary>
    /// Light vehicles a force moves on, listed with its weapons among what was seized ("23 bicycles", "one tricycle"), and the
    /// vehicles of its medical services, hit or lost as its other vehicles are ("11 ambulances were damaged").
    /// </summary>
    /// <summary>
    /// Whether a calibre follows <paramref name="at"/> (spaces passed): digits, a dash or none, and "mm" or "millimetre", a period
    /// after allowed ("75-mm.", "152mm", "120-millimetre"); its end in <paramref name="end"/>. Only the next word is read.
    /// </summary>
    private static bool IsCalibreAfter(string text, int at, int limit, out int end)
    {
        int i = Characters.SkipSpaces(text, at, limit);
        end = i;
        int digits = i;
        while (digits < limit && Characters.IsDigit(text[digits]))
        {
            digits++;
        }
        if (digits == i || digits - i > 3)
        {
            return false;
        }
        int unit = digits < limit && Characters.IsDash(text[digits]) ? digits + 1 : digits;
        int unitEnd = unit;
        while (unitEnd < limit && char.IsLetter(text[unitEnd]))
        {
            unitEnd++;
        }
        var word = text.AsSpan(unit, unitEnd - unit);
        if (!word.Equals("mm", StringComparison.OrdinalIgnoreCase) && !word.StartsWith("millimet", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        end = unitEnd < limit && text[unitEnd] == '.' ? unitEnd + 1 : unitEnd;
        return true;
    }

    /// <summary>
    /// Whether the words right after a count with no noun make it a force in the field: "engaged" ("c. 10,000 to 15,000
    /// engaged") or "armed with" ("80,000 armed with rifles"; "7 armed and 4 civilian" are parts of a toll, as their clause says).
    /// </summary>
    private static bool InTheField(WordMap words, Sentence sentence, in FigureCandidate figure, ReadOnlySpan<char> next)
    {
        if (next.Equals("engaged", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return next.Equals("armed", StringComparison.OrdinalIgnoreCase) && words.Text.AsSpan().Overlaps(next, out int armedAt)
               && NextWord(words, armedAt + next.Length, sentence.End).Equals("with", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Words right after the figure of an infobox row that leave the row's kind to its section's heading: none, or "total" ("4,835
    /// total"), "to" ("4,000 to 5,000 to Tell Ford"), or a noun of people (<see cref="Lexicon.PeopleNouns"/>: "35,000 civilians");
    /// a word of another kind the lists do not know ("96 mortars", "49 tractors") keeps the row's own reading. A closed list.
    /// </summary>
    private static readonly WordSet BoxRowWords = new("total", "to", "in", "at");

    /// <summary>Whether <paramref name="next"/>, the word right after a box row's figure, leaves the row to its section (<see cref="BoxRowWords"/>).</summary>
    private static bool LeavesRowToSection(ReadOnlySpan<char> next)
        => next.IsEmpty || !char.IsLetter(next[0]) || BoxRowWords.Contains(next) || Lexicon.PeopleNouns.Contains(next);

    /// <summary>Cars, which a strike on homes damages with them ("35 buildings and 50 cars were damaged"): people's property, not a force's vehicles. A closed list.</summary>
    private static readonly WordSet CarNouns = new("cars", "car");

    /// <summary>Aircraft that are also what suicide attackers are called: "300 Z-9 bombers" are aircraft, "two suicide bombers" attackers.</summary>
    private static readonly WordSet BomberNouns = new("bombers", "bomber");

    /// <summary>
    /// Things awarded or carried, counted as things: "eleven Victoria Crosses", "45 standards lost", "300 medals". Neither a force
    /// nor its losses nor its weapons: <see cref="FigureKind.Other"/>. A closed list.
    /// </summary>
    private static readonly WordSet DecorationNouns = new("medals", "decorations", "crosses", "awards", "standards", "colours", "banners", "flags");

    /// <summary>Words right after a weight that make it a weight of ships sunk: "(104,250 tons sunk)". A closed list.</summary>
    private static readonly WordSet SinkingWords = new("sunk", "sank", "scuttled");

    /// <summary>
    /// Whether <paramref name="rest"/> (the sentence after a figure) opens with "strong" and no word after it: "its garrison,
    /// 6,000 strong", "a force 2,000 strong." (the size of a force; "3 strong winds" goes on to a noun).
    /// </summary>
    private static bool StrongAfter(ReadOnlySpan<char> rest)
    {
        int at = Characters.SkipSpaces(rest, 0, rest.Length);
        if (at == 0 || !rest[at..].StartsWith("strong", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        int after = at + "strong".Length;
        if (after < rest.Length && char.IsLetter(rest[after]))
        {
            return false;
        }
        int next = Characters.SkipSpaces(rest, after, rest.Length);
        return next >= rest.Length || !char.IsLetterOrDigit(rest[next]);
    }

    /// <summary>Munitions the lexicon's equipment list lacks, counted in arms hauls: "5,200 live cartridges", "300 bullets", "1,500 tons of firebombs". A closed list.</summary>
    private static readonly WordSet MunitionNouns = new("cartridges", "bullets", "pistols", "revolvers", "carbines", "firebombs", "incendiaries");

    /// <summary>
    /// Vehicles, ships, aircraft and guns beside <see cref="Lexicon.EquipmentNouns"/>: "40 ambulances", "6 battleships sunk", "325
    /// bombers" (aircraft; "suicide bombers" are attackers: <see cref="BomberNouns"/>), "172 cannons captured", "96 mortars". A closed list.
    /// </summary>
    private static readonly WordSet MoreVehicleNouns = new(
        "bicycles", "bicycle", "motorbikes", "motorbike", "tricycles", "tricycle", "ambulances", "ambulance", "cars", "truckloads", "destroyers",
        "cruisers", "frigates", "corvettes", "battleships", "bombers", "cannons", "cannon", "tankettes", "mortars", "tractors",
        "galleys", "galley", "galleasses", "galleass", "triremes", "chariots", "bombards");

    /// <summary>What an inquiry or a trial gathers: "337 witness statements", "some 500 witnesses", "240 volumes of evidence". A closed list.</summary>
    private static readonly WordSet EvidenceNouns = new("statements", "testimonies", "witnesses", "volumes", "exhibits", "documents", "pages");

    /// <summary>
    /// Verbs and nouns of holding, freeing or moving people out of danger that are no losses of war: arrests, releases, rescues,
    /// exchanges and evacuations ("arrested 46 suspects", "would release 10 soldiers", "a swap of 270 soldiers", "evacuated 9 of
    /// its 11 staff"), and desertion ("3,100 soldiers deserted the army"). Captured in battle stays a casualty.
    /// </summary>
    private static readonly WordSet HoldingOrFreeingWords = new(
        "arrested", "arrest", "arrests", "arresting", "apprehended", "released", "release", "releases", "releasing", "freed", "free",
        "freeing", "rescued", "rescue", "rescuing", "swap", "swapped", "swapping", "exchanged", "exchanging", "repatriated", "returning",
        "evacuated", "evacuate", "evacuating", "deserted", "deserting");

    /// <summary>How many words before a figure the verb that holds or frees it may be ("arrested 46 suspected fighters as well as 12").</summary>
    private const int HoldingReach = 12;

    /// <summary>
    /// Whether the people a figure counts are arrested, freed, rescued or exchanged: the nearest verb of
    /// <see cref="HoldingOrFreeingWords"/> within <see cref="HoldingReach"/> words before it in its clause (a verb of killing
    /// or losing nearer to it ends the look: "killed 36 and arrested 46" reads each verb for its own figure), or that verb right
    /// after the counted noun ("50 other fighters were arrested") or ending the subject read ("3,100 soldiers deserted": the
    /// subject reader ran on into the verb), and no verb of killing after the noun nor a destination of care after its verb
    /// ("evacuated to hospitals").
    /// </summary>
    private static bool IsHeldOrFreed(WordMap words, Sentence sentence, in FigureCandidate figure, string subject)
    {
        var after = VerbAfterCountedNoun(words, sentence, figure, subject);
        if (Lexicon.CasualtyVerbs.Contains(after))
        {
            return false;
        }
        if (!after.IsEmpty && words.Text.AsSpan().Overlaps(after, out int afterAt)
            && DestinationAfter(words, afterAt + after.Length, sentence.End, after) == ClauseVerb.Harmed)
        {
            return false; // "40 people were evacuated to hospitals": the wounded carried to care, not people rescued
        }
        if (HoldingOrFreeingWords.Contains(after) || HoldingOrFreeingWords.Contains(LastWord(subject.TrimEnd())))
        {
            // "1,500 others have been arrested or surrendered": the campaign's toll of fighters out of action, not people held
            return !HasWordAfter(words, sentence, figure, SurrenderWords, 60);
        }
        var before = new WordsBefore(words.Text, figure.Start, sentence.Start, HoldingReach,
                                     WordWalkStops.Period | WordWalkStops.Semicolon | WordWalkStops.Colon | WordWalkStops.DoubleQuote);
        while (before.MoveNext())
        {
            var word = before.Current;
            if (Lexicon.CasualtyVerbs.Contains(word) || Lexicon.LosingVerbs.Contains(word))
            {
                return false;
            }
            if (HoldingOrFreeingWords.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the verb after a figure's noun, <paramref name="verb"/> (a span of the text), is "taken" or "held" and "prisoner" or "captive" follows it.</summary>
    private static bool IsTakenCaptive(WordMap words, Sentence sentence, ReadOnlySpan<char> verb)
    {
        if (!(verb.Equals("taken", StringComparison.OrdinalIgnoreCase) || verb.Equals("held", StringComparison.OrdinalIgnoreCase))
            || !words.Text.AsSpan().Overlaps(verb, out int at))
        {
            return false;
        }
        var next = NextWord(words, at + verb.Length, sentence.End);
        return next.Equals("prisoner", StringComparison.OrdinalIgnoreCase) || next.Equals("captive", StringComparison.OrdinalIgnoreCase)
               || next.Equals("prisoners", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// After "N more" or "N others" (<paramref name="more"/>, a span of the text) with no noun: whether the first verb of its
    /// clause within six words is one of killing or wounding ("Hundreds more on both sides have been wounded").
    /// </summary>
    private static bool CasualtyVerbAfterMore(WordMap words, Sentence sentence, ReadOnlySpan<char> more)
    {
        if (!words.Text.AsSpan().Overlaps(more, out int at))
        {
            return false;
        }
        // A comma or another mark ends the clause, and the walk.
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, at + more.Length, sentence.End), sentence.End, 6);
        while (after.MoveNext())
        {
            var word = after.Current;
            if (Lexicon.CasualtyVerbs.Contains(word))
            {
                return !word.Equals("lost", StringComparison.OrdinalIgnoreCase);
            }
            if (word.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.Auxiliaries.Contains(word))
            {
                return false; // another verb first: "thousands more fled"
            }
        }
        return false;
    }

    /// <summary>"units": formations of a force, or pieces of equipment counted one by one, as the sentence says.</summary>
    private static readonly WordSet UnitWords = new("units", "unit");

    /// <summary>Words of harm to things, not people (people are wounded, not damaged): "damaged", "under repair", "sunk".</summary>
    private static readonly WordSet DamageWords = new("damaged", "repairs", "repair", "repaired", "sunk", "sank", "scuttled");

    /// <summary>Nouns of ships, which fleets count in "units": "ships", "vessels", "a submarine".</summary>
    private static readonly WordSet ShipNouns = new(
        "ships", "ship", "warships", "warship", "vessels", "vessel", "submarines", "submarine", "boats", "boat", "frigates", "frigate",
        "corvettes", "corvette", "cruisers", "cruiser", "destroyers", "landing");

    /// <summary>
    /// Whether "units" in a figure's sentence counts pieces of equipment: a ship noun of <see cref="ShipNouns"/> anywhere in
    /// the sentence, or a word of <see cref="DamageWords"/> after the figure ("15 units remain damaged"), and no word for people
    /// or casualties (soldiers, civilians, killed) in the sentence. One pass over the sentence's words; only for figures that
    /// count "units". Closed lists.
    /// </summary>
    private static bool UnitsOfEquipment(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        bool equipment = false;
        int i = words.NextLetterRunStart(sentence.Start, sentence.End, 0);
        while (i < sentence.End)
        {
            int end = words.WordEnd(i, sentence.End);
            var word = text.AsSpan(i, end - i);
            if (Lexicon.PeopleNouns.Contains(word) || Lexicon.CasualtyNouns.Contains(word)
                || (Lexicon.PersonnelNouns.Contains(word) && !UnitWords.Contains(word)))
            {
                return false;
            }
            equipment |= ShipNouns.Contains(word) || (i >= figure.End && DamageWords.Contains(word));
            i = words.NextLetterRunStart(Math.Max(i + 1, end), sentence.End, 0);
        }
        return equipment;
    }

    /// <summary>Words before "operations" that make them missions of peace: "peace operations", "peacekeeping operations", "peace keeping operations".</summary>
    private static readonly WordSet PeaceWords = new("peace", "peacekeeping", "keeping", "peace-keeping", "peacebuilding");

    /// <summary>Nouns of a body's employees that "civilian" right before makes no force: "civilian staff", "civilian personnel". A closed list.</summary>
    private static readonly WordSet CivilianStaffNouns = new("staff", "personnel");

    /// <summary>Head words that count equipment after an equipment noun ("tank losses", "artillery units") or before "of" and one ("units of equipment").</summary>

    private static readonly WordSet EquipmentHeads = new("losses", "loss", "units", "unit");

    /// <summary>The last word of a subject.</summary>
    private static ReadOnlySpan<char> LastWord(string subject)
    {
        int end = subject.Length;
        int start = Characters.WordStart(subject, end, 0);
        return subject.AsSpan(start, end - start);
    }

    /// <summary>Whether the figure's noun is followed by "of" and an equipment noun within three words: "8,044 units of equipment", "units of armour".</summary>
    private static bool OfEquipmentAfter(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        int limit = Math.Min(sentence.End, figure.End + 60);
        int of = text.IndexOf(" of ", figure.End, limit - figure.End, StringComparison.Ordinal);
        if (of < 0)
        {
            return false;
        }
        return HasWordWithin(words, of + 4, limit, Lexicon.EquipmentNouns, 3);
    }

    /// <summary>
    /// Tallies of proceedings opened over events, beside <see cref="Lexicon.EventNouns"/>: "2,599 homicide investigations", "1,200
    /// preliminary inquiries" count cases opened, not their victims (the last noun decides). A closed list.
    /// </summary>
    /// <summary>People named by their having moved or been held: "tens of thousands of new arrivals", "2,000 returnees", "of the internees", "the 90,000 inmates" of camps. A closed list; they are other.</summary>
    private static readonly WordSet MovedPeopleNouns = new("arrivals", "newcomers", "returnees", "deportees", "expellees", "exiles", "escapees", "internees", "inmates");

    private static readonly WordSet ProceedingNouns = new("investigations", "inquiries", "probes", "bids", "attempts", "infiltrations");

    /// <summary>Members of a force beside <see cref="Lexicon.PersonnelNouns"/>: "27,000 peacekeepers deployed", "96 aircrew killed or missing", "640 Ostrian regulars", "4,000 archers and crossbowmen". A closed list.</summary>
    private static readonly WordSet MorePersonnelNouns = new(
        "peacekeepers", "peacekeeper", "guerrillas", "guerrilla", "guerillas", "guerilla", "intruders", "infiltrators", "ultras", "partisans", "separatists",
        "militias", "communists", "guardsmen", "guardsman", "troopers", "infantrymen", "riflemen", "policemen", "gendarmes", "shooters", "snipers",
        "aircrew", "aircrews", "airmen", "crewmen", "regulars", "archers", "crossbowmen", "men-at-arms", "knights", "cavalrymen",
        "horsemen", "spearmen", "musketeers", "hijackers", "cavalry", "pikemen", "footmen", "bowmen", "longbowmen", "lancers", "dragoons",
        "hussars", "hoplites", "legionaries", "crew");

    /// <summary>
    /// Whether the word from <paramref name="start"/> to <paramref name="end"/> of <paramref name="text"/> ends a weapon's or a
    /// vehicle's model name made plural: digits and "s" after a hyphen and a capital ("AK-47s", "T-72s", "F-16s"; a word reader
    /// stops at the hyphen before a digit). Models are named by letters and a number; people and places are not counted so.
    /// </summary>
    private static bool IsModelPlural(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start < 2 || text[end - 1] != 's' || start < 2 || !Characters.IsDash(text[start - 1]) || !char.IsUpper(text[start - 2]))
        {
            return false;
        }
        for (int i = start; i < end - 1; i++)
        {
            if (!Characters.IsDigit(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>How far back (characters) a model's name with its class noun is looked for before its plural is read as the model.</summary>
    private const int ModelNameReach = 1500;

    /// <summary>
    /// Whether <paramref name="plural"/>, a capitalised plural ("Varaks", "Bradleys"), is a model the article named before
    /// <paramref name="before"/> (within <see cref="ModelNameReach"/> characters) by its singular and a noun of a machine among
    /// the three words after it ("Varak fighting vehicles", "Orka tanks"): reporting names a model with its class once, then
    /// counts it by the model's plural ("about 50 Varaks"). People named by a plural are not machines: no such noun follows them.
    /// </summary>
    private static bool NamedEarlierAsAMachine(string text, int before, ReadOnlySpan<char> plural)
    {
        if (plural.Length < 4 || !char.IsUpper(plural[0]) || plural[^1] != 's' || !char.IsLower(plural[^2]))
        {
            return false;
        }
        var stem = plural[..^1];
        int from = Math.Max(0, before - ModelNameReach);
        while (from < before)
        {
            int found = text.AsSpan(from, before - from).IndexOf(stem, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }
            int at = from + found;
            int end = at + stem.Length;
            from = end;
            if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || end >= before || text[end] != ' ')
            {
                continue;
            }
            int position = end;
            for (int n = 0; n < 3; n++)
            {
                int start = Characters.SkipSpaces(text, position, before);
                int wordEnd = Characters.WordEnd(text, start, before);
                if (wordEnd == start)
                {
                    break;
                }
                if (NounKind(text.AsSpan(start, wordEnd - start)) == FigureKind.Equipment)
                {
                    return true;
                }
                position = wordEnd;
            }
        }
        return false;
    }

    private static FigureKind NounKind(ReadOnlySpan<char> word)
    {
        var sets = nounKindSets ??= new NounKindSets();
        if (!sets.All.Contains(word))
        {
            return FigureKind.Unknown; // in none of the sets below: most words asked about are turned away by one look-up, not twenty
        }
        if (sets.Events.Contains(word))
        {
            return FigureKind.Events;
        }
        if (sets.Equipment.Contains(word))
        {
            return FigureKind.Equipment;
        }
        if (sets.Casualties.Contains(word))
        {
            return FigureKind.Casualties;
        }
        if (sets.Personnel.Contains(word))
        {
            return FigureKind.Personnel;
        }
        if (word.Equals("carriers", StringComparison.OrdinalIgnoreCase))
        {
            return FigureKind.Equipment; // "armoured personnel carriers": the last noun decides
        }
        if (sets.Other.Contains(word) || (PopulationNouns.Contains(word) && !Lexicon.PeopleNouns.Contains(word)))
        {
            return FigureKind.Other;
        }
        return Lexicon.TerritoryNouns.Contains(word) ? FigureKind.Territory : FigureKind.Unknown;
    }

    /// <summary>
    /// The noun sets of each kind <see cref="NounKind"/> gives, each kind's in one set (a word is in it exactly when it is in one
    /// of them), and every word of them all. Made at the first use: the sets are the partial class's, made in no set order.
    /// </summary>
    private sealed class NounKindSets
    {
        internal WordSet Events { get; } = WordSet.Union(Lexicon.EventNouns, ProceedingNouns);

        internal WordSet Equipment { get; } = WordSet.Union(Lexicon.EquipmentNouns, MoreVehicleNouns, MunitionNouns);

        internal WordSet Casualties { get; } = WordSet.Union(Lexicon.CasualtyNouns, RemainsNouns, SuicideNouns);

        internal WordSet Personnel { get; } = WordSet.Union(Lexicon.PersonnelNouns, MorePersonnelNouns);

        internal WordSet Other { get; } = WordSet.Union(Lexicon.OtherNouns, GoodsNouns, PlaceCountNouns, MovedPeopleNouns, ClaimNouns, DecorationNouns, CourtNouns, EvidenceNouns);

        internal WordSet All { get; }

        internal NounKindSets()
            => All = WordSet.Union(Events, Equipment, Casualties, Personnel, new WordSet("carriers"), Other, PopulationNouns, Lexicon.TerritoryNouns);
    }

    private static NounKindSets? nounKindSets;

    /// <summary>The clause before a figure with no noun of its own: "the death toll has risen to 4,310", "casualties estimated at 150", "the number of injured ... to more than 9,000".</summary>
    private static FigureKind KindBefore(WordMap words, Sentence sentence, in FigureCandidate figure, bool listOfLosses)
    {
        string text = words.Text;
        int stop = Math.Max(sentence.Start, figure.Start - 90);
        int reach = 10;
        int position = figure.Start;
    Walk:
        var before = new WordsBefore(text, position, stop, reach, WordWalkStops.Semicolon | WordWalkStops.Period | WordWalkStops.Digit);
        while (before.MoveNext())
        {
            int start = before.Start;
            position = start;
            reach--;
            var word = before.Current;
            if (PlaceCountNouns.Contains(word) && SpreadAcrossBefore(words, start, stop))
            {
                continue; // "the 2,100 missing across six districts, with 1,240 ...": places a count is spread across say where, not what it counts
            }
            var kind = NounKind(word);
            if (kind == FigureKind.Unknown && word.Equals("loss", StringComparison.OrdinalIgnoreCase)
                && SpanScanner.PhraseEnd(text, Characters.SkipSpaces(text, start + word.Length, figure.Start), "of") < 0)
            {
                // "Varan loss, 12,300; Dovran loss, 14,100": a side's loss in a dispatch's summary ("loss of property, N" is
                // what was lost)
                kind = FigureKind.Casualties;
            }
            if (kind == FigureKind.Casualties && (word.Equals("losses", StringComparison.OrdinalIgnoreCase) || word.Equals("loss", StringComparison.OrdinalIgnoreCase)))
            {
                int previousEnd = Characters.SkipSpacesBack(text, start, stop);
                int previousStart = words.WordStart(previousEnd, stop);
                if (Lexicon.EquipmentNouns.Contains(text.AsSpan(previousStart, previousEnd - previousStart)))
                {
                    return FigureKind.Equipment; // "artillery losses at about 1,400"
                }
            }
            if (Lexicon.DisplacementVerbs.Contains(word) || (Lexicon.OtherNouns.Contains(word) && kind == FigureKind.Unknown))
            {
                return FigureKind.Other; // "the number of homeless has surpassed 90,000"
            }
            if (kind == FigureKind.Events && TollOfEvents(words, sentence, start))
            {
                return FigureKind.Casualties; // "the death toll from the air strikes rose to 2,310", "fatalities from the rocket attacks reached 48"
            }
            if (kind is FigureKind.Casualties || (kind != FigureKind.Unknown && kind != FigureKind.Territory))
            {
                return kind == FigureKind.Personnel && (listOfLosses || HasWordAround(words, sentence, figure, Lexicon.CasualtyVerbs, 60, 60)) ? FigureKind.Casualties : kind;
            }
            if (IsKillingVerb(word))
            {
                return FigureKind.Casualties;
            }
        }
        if (reach > 1 && YearStartBefore(text, position, stop) is var year and >= 0)
        {
            position = year; // "estimates of Valdoran deaths between 1921 and 1924 range from ...": a year is a date, no figure that ends the clause
            reach--;
            goto Walk;
        }
        return listOfLosses ? FigureKind.Casualties : FigureKind.Unknown;
    }

    /// <summary>Prepositions of a count's spread over places: "across six districts", "throughout the 14 provinces". A closed list.</summary>
    private static readonly WordSet SpreadPrepositions = new("across", "throughout");

    /// <summary>Whether a word of <see cref="SpreadPrepositions"/> is among the three words before <paramref name="at"/> (a place noun's start).</summary>
    private static bool SpreadAcrossBefore(WordMap words, int at, int limit)
    {
        var before = new WordsBefore(words.Text, at, limit, 6, WordWalkStops.Comma | WordWalkStops.Semicolon | WordWalkStops.Period);
        for (int taken = 0; taken < 3 && before.MoveNext(); taken++)
        {
            if (SpreadPrepositions.Contains(before.Current))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words right before a year that make its number a date: "in 1978", "between 1921 and 1924", "by October 2019", "the 2016 total". A closed list.</summary>
    private static readonly WordSet YearLeadWords = new("in", "by", "since", "between", "and", "from", "to", "until", "till", "during", "of", "the", "early", "late", "mid");

    /// <summary>
    /// Where a year ends that stands right before <paramref name="at"/> (spaces passed), or -1: four digits from 1800 to 2100,
    /// not part of a longer number, after a word of <see cref="YearLeadWords"/> or a month's name ("in 1978", "by October 2019",
    /// "between 1921 and 1924"). It returns the year's start, so a walk back can go on past it. No allocation.
    /// </summary>
    private static int YearStartBefore(string text, int at, int limit)
    {
        int end = Characters.SkipSpacesBack(text, at, limit);
        if (end > limit && text[end - 1] == ',')
        {
            end--; // "during March, 1917, at 41,230": the comma after the date's year
        }
        int start = end;
        while (start > limit && Characters.IsDigit(text[start - 1]))
        {
            start--;
        }
        if (end - start != 4 || (start > limit && !char.IsWhiteSpace(text[start - 1])))
        {
            return -1;
        }
        int value = ((text[start] - '0') * 1000) + ((text[start + 1] - '0') * 100) + ((text[start + 2] - '0') * 10) + (text[start + 3] - '0');
        if (value is < 1800 or > 2100)
        {
            return -1;
        }
        var lead = Characters.WordBefore(text, start, limit, out _);
        if (lead.IsEmpty && Characters.SkipSpacesBack(text, start, limit) is var comma && comma > limit && text[comma - 1] == ',')
        {
            return ArticleWords.MonthOf(Characters.WordBefore(text, comma - 1, limit, out _)) != 0 ? start : -1; // "March, 1917"
        }
        return YearLeadWords.Contains(lead) || ArticleWords.MonthOf(lead) != 0 ? start : -1;
    }

    /// <summary>
    /// Whether the figure completes "has risen to", "rose to" or "climbed to" (a verb of <see cref="Lexicon.ChangeVerbs"/> and
    /// "to" right before it), "raised from N to M", "set to climb from N", "has reached N", "tops N" or "totaling N"
    /// (<see cref="TollVerbStart"/>) and a noun of <see cref="LossNouns"/> other than "lives" opens its clause up to
    /// <see cref="NumberOfReach"/> characters before, no figure, semicolon or colon between (a date's day or year passes, also
    /// after an abbreviated month: "on Sept. 3"): "Death toll in the Sunday night attacks on villages in the district has risen
    /// to 34". The noun is too far for the reader of the words before a figure. One walk back over the clause's words.
    /// </summary>
    private static bool TollRisenTo(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        int verbStart = TollVerbStart(words, sentence, figure);
        if (verbStart < 0)
        {
            return false;
        }
        int from = Math.Max(sentence.Start, figure.Start - NumberOfReach);
        // A stop inside the sentence is an abbreviation's ("on Sept. 3", "Gov."), not the clause's end.
        var before = new WordsBefore(text, verbStart, from, 40, WordWalkStops.Semicolon | WordWalkStops.Colon);
        while (before.MoveNext())
        {
            var word = before.Current;
            if (word.LastIndexOf('-') is var hyphen and > 0 && hyphen < word.Length - 1)
            {
                word = word[(hyphen + 1)..]; // "Varo's death-toll edged up to 212": the compound's last part
            }
            if (LossNouns.Contains(word) && !word.Equals("lives", StringComparison.OrdinalIgnoreCase))
            {
                // "tank losses for Dovra, totaling 612": losses of machines sum machines, no toll of people
                return !Lexicon.EquipmentNouns.Contains(Characters.WordBefore(text, before.Start, from, out _))
                    && !HasFigureOrBreakBetween(words, before.Start + word.Length, verbStart); // another figure between completes the clause
            }
        }
        return false;
    }

    /// <summary>
    /// Verbs of a number that reaches or passes a mark, right before it: a toll "has reached 3,100", "has topped 9,000", "tops
    /// 4,100" (the verb may open the figure's own span as its hedge), "passed", "surpassed", "exceeded". A closed list.
    /// </summary>
    private static readonly WordSet ReachingVerbs = new(
        "reached", "reaches", "reach", "topped", "tops", "top", "passed", "passes", "surpassed", "surpasses", "exceeded", "exceeds", "crossed", "crosses");

    /// <summary>Participles of a sum, right before it: "The casualties in the strike, totaling 72". A closed list.</summary>
    private static readonly WordSet TotallingWords = new("totaling", "totalling", "totaled", "totalled", "numbering");

    /// <summary>
    /// Where the verb of a number's change or reach that the figure completes starts, or -1: "has risen to N" (a verb of
    /// <see cref="Lexicon.ChangeVerbs"/> and "to"), "raised from N to M" (both values: the verb, "from", the first value, "to"),
    /// "set to climb from around N" (the verb and "from"), "has reached N", "tops N" (<see cref="ReachingVerbs"/>, also as the
    /// first word of the figure's span). Only the few words before the figure are read.
    /// </summary>
    private static int TollVerbStart(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        int spanWordEnd = words.WordEnd(figure.Start, figure.End);
        if (spanWordEnd > figure.Start && ReachingVerbs.Contains(text.AsSpan(figure.Start, spanWordEnd - figure.Start)))
        {
            return figure.Start; // "death toll tops 6,300": the hedge's verb
        }
        var word = words.WordBefore(figure.Start, sentence.Start, out int wordStart);
        if (ReachingVerbs.Contains(word) || TotallingWords.Contains(word))
        {
            return wordStart; // "has reached 3,085", "The casualties in the drone strike, totaling 72"
        }
        var verb = words.WordBefore(wordStart, sentence.Start, out int verbStart);
        if (word.Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            return Lexicon.ChangeVerbs.Contains(verb) ? verbStart : -1; // "raised from 170", "expected to rise from about 900"
        }
        if (!word.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }
        if (Lexicon.ChangeVerbs.Contains(verb))
        {
            return verbStart; // "has risen to 34"
        }
        if (verb.Equals("up", StringComparison.OrdinalIgnoreCase) && PhrasalChangeVerbs.Contains(words.WordBefore(verbStart, sentence.Start, out int phrasalStart)))
        {
            return phrasalStart; // "Varo's death-toll edged up to 212"
        }
        // "raised from 260 to 350": the value before "to" and "from" before it
        int valueEnd = Characters.SkipSpacesBack(text, wordStart, sentence.Start);
        int valueStart = valueEnd;
        while (valueStart > sentence.Start && (Characters.IsDigit(text[valueStart - 1]) || text[valueStart - 1] is ',' or '.'))
        {
            valueStart--;
        }
        if (valueStart == valueEnd || !Characters.IsDigit(text[valueEnd - 1]))
        {
            return -1;
        }
        var fromWord = words.WordBefore(valueStart, sentence.Start, out int fromStart);
        if (!fromWord.Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }
        return Lexicon.ChangeVerbs.Contains(words.WordBefore(fromStart, sentence.Start, out int changeStart)) ? changeStart : -1;
    }

    /// <summary>Where the word before <paramref name="at"/> ends with the stop of an abbreviation passed ("Sept. 3", "Jan. 4"): its stop's position, else the end of the spaces before <paramref name="at"/>.</summary>
    private static int PassAbbreviationStop(string text, int at, int limit)
    {
        int end = Characters.SkipSpacesBack(text, at, limit);
        return end > limit && text[end - 1] == '.' ? end - 1 : end;
    }

    /// <summary>
    /// Whether a number, semicolon or colon stands in [<paramref name="from"/>, <paramref name="to"/>): another figure completes
    /// the clause, or the clause ends. A day or year next to a month's name is a date and passes ("killed ... on October 7 to at
    /// least 364", "by March 2021", "up to 16 December at 4,497"). One scan of the characters.
    /// </summary>
    private static bool HasFigureOrBreakBetween(WordMap words, int from, int to)
    {
        string text = words.Text;
        for (int i = from; i < to; i++)
        {
            if (Characters.IsDigit(text[i]) && (i == from || !Characters.IsDigit(text[i - 1])))
            {
                int runEnd = i + 1;
                while (runEnd < to && Characters.IsDigit(text[runEnd]))
                {
                    runEnd++;
                }
                if (runEnd - i <= 4 && (ArticleWords.MonthOf(words.WordBefore(PassAbbreviationStop(text, i, from), from, out _)) != 0
                                        || ArticleWords.MonthOf(WordAfter(words, runEnd, to)) != 0
                                        || YearStartBefore(text, runEnd, from) == i))
                {
                    i = runEnd - 1;
                    continue;
                }
            }
            if (Characters.IsDigit(text[i]) || text[i] is ';' or ':')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How far before a figure "the number of" may open the clause that the figure completes.</summary>
    private const int NumberOfReach = 220;

    /// <summary>Words that may come between the counted noun after "number of" and its verb: "the number of troops who have died".</summary>
    private static readonly WordSet RelativeWords = new("who", "that", "which", "having");

    /// <summary>
    /// A figure that completes a clause opened by "the number of" and a noun, the noun and its verb far before it: "the number
    /// of people killed in the fighting in the capital has risen to 612", "the number of refugees crossing the border since
    /// the war began has passed 3 million", "the number of people who fled the city exceeded 40,000". The noun's kind decides
    /// (refugees are other, troops personnel), and a verb right after it (auxiliaries and "who" passed) says what happened to
    /// people: killed or wounded are casualties, fled or arrived other. No figure, semicolon or colon may come between "number
    /// of" and the figure (else the figure between completes it); a day or year after a month's name is a date, no figure. <see cref="FigureKind.Unknown"/> when there is none or it
    /// names no kind. One search back over at most <see cref="NumberOfReach"/> characters, for figures no noun of their own names.
    /// </summary>
    private static FigureKind NumberOfKind(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        int from = Math.Max(sentence.Start, figure.Start - NumberOfReach);
        if (figure.Start - from < 12)
        {
            return FigureKind.Unknown;
        }
        int at = text.LastIndexOf("number of ", figure.Start - 1, figure.Start - from, StringComparison.OrdinalIgnoreCase);
        if (at < 0 || (at > 0 && char.IsLetter(text[at - 1])))
        {
            return FigureKind.Unknown;
        }
        int nounStart = at + "number of ".Length;
        if (HasFigureOrBreakBetween(words, nounStart, figure.Start))
        {
            return FigureKind.Unknown;
        }
        var kind = FigureKind.Unknown;
        bool people = false;
        bool harmed = false;
        var after = new WordsAfter(words, Characters.SkipSpaces(text, nounStart, figure.Start), figure.Start, 7);
        while (after.MoveNext())
        {
            var word = after.Current;
            bool named = kind != FigureKind.Unknown || people;
            if (!named && IsKillingVerb(word))
            {
                harmed = true; // "the number of slain fighters", "the number of wounded soldiers": a participle before the noun
            }
            if (named && (IsKillingVerb(word) || SurrenderWords.Contains(word)))
            {
                // "the number of rebels surrendering to the army": fighters out of action
                return kind is FigureKind.Unknown or FigureKind.Personnel or FigureKind.Casualties ? FigureKind.Casualties : kind;
            }
            if (named && (Lexicon.DisplacementVerbs.Contains(word) || MoreDisplacementVerbs.Contains(word)))
            {
                return kind is FigureKind.Unknown or FigureKind.Other ? FigureKind.Other : kind;
            }
            var nounKind = NounKind(word);
            if (nounKind != FigureKind.Unknown)
            {
                kind = nounKind == FigureKind.Personnel && UnitWords.Contains(word) && UnitsOfEquipment(words, sentence, figure) ? FigureKind.Equipment : nounKind;
                continue;
            }
            if (Lexicon.PeopleNouns.Contains(word) || Lexicon.HomelessWords.Contains(word))
            {
                kind = Lexicon.HomelessWords.Contains(word) ? FigureKind.Other : kind;
                people = true;
                continue;
            }
            if (named && !(RelativeWords.Contains(word) || Lexicon.Auxiliaries.Contains(word)))
            {
                break; // "the number of refugees registered in the country": the noun decides
            }
        }
        return harmed && (kind is FigureKind.Personnel or FigureKind.Casualties || (kind == FigureKind.Unknown && people)) ? FigureKind.Casualties : kind;
    }

    /// <summary>Prepositions that tie events to the toll they caused: "the toll from the strikes", "deaths in the attacks".</summary>
    private static readonly WordSet TollPrepositions = new("from", "in", "of", "after", "during", "caused");

    /// <summary>
    /// Whether the event noun at <paramref name="eventStart"/> only says what caused a toll named before it ("the death toll from the air
    /// strikes", "fatalities from Sunday's rocket attacks"): a casualty noun, then one of <see cref="TollPrepositions"/>, within six words back.
    /// A number right before the event noun counts the events and is passed ("Deaths from these 9 battles total 1.2 million").
    /// </summary>
    private static bool TollOfEvents(WordMap words, Sentence sentence, int eventStart)
    {
        bool preposition = false;
        string text = words.Text;
        int from = Characters.SkipSpacesBack(text, eventStart, sentence.Start);
        int digits = from;
        while (digits > sentence.Start && (Characters.IsDigit(text[digits - 1]) || (text[digits - 1] == ',' && digits - 1 > sentence.Start && Characters.IsDigit(text[digits - 2]))))
        {
            digits--;
        }
        if (digits < from && (digits == sentence.Start || char.IsWhiteSpace(text[digits - 1])))
        {
            eventStart = digits; // the events' own count: "these 12 battles", "the 1,200 strikes"
        }
        var before = new WordsBefore(text, eventStart, sentence.Start, 6,
                                     WordWalkStops.Semicolon | WordWalkStops.Period | WordWalkStops.Comma | WordWalkStops.Colon | WordWalkStops.Digit);
        while (before.MoveNext())
        {
            var word = before.Current;
            if (TollPrepositions.Contains(word))
            {
                preposition = true;
            }
            else if (preposition && Lexicon.CasualtyNouns.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The word after a figure, auxiliaries skipped ("Seventeen were arrested" → "arrested").</summary>
    private static ReadOnlySpan<char> NextWord(WordMap words, int at, int limit)
    {
        string text = words.Text;
        int next = Characters.SkipSpaces(text, at, limit);
        if (next < limit && text[next] == ')')
        {
            next = Characters.SkipSpaces(text, next + 1, limit);
        }
        while (next + 2 < limit && text[next] == '[' && Characters.IsDigit(text[next + 1]))
        {
            int close = next + 1;
            while (close < limit && close - next <= 4 && Characters.IsDigit(text[close]))
            {
                close++;
            }
            if (close >= limit || text[close] != ']')
            {
                break;
            }
            next = Characters.SkipSpaces(text, close + 1, limit); // a footnote mark between a count and its noun: "41,000 [7] POWs"
        }
        for (int taken = 0; taken < 3; taken++)
        {
            if (next + 1 < limit && Characters.IsDoubleQuote(text[next]) && char.IsLetter(text[next + 1]))
            {
                next++; // 'were also "neutralized"': the verb in quotation marks
            }
            var word = text.AsSpan(next, words.WordEnd(next, limit) - next);
            if (word.IsEmpty || !Lexicon.Auxiliaries.Contains(word))
            {
                return word;
            }
            next = Characters.SkipSpaces(text, next + word.Length, limit);
        }
        return text.AsSpan(next, words.WordEnd(next, limit) - next);
    }

    /// <summary>Whether a word of <paramref name="set"/> is within <paramref name="after"/> characters after the figure, in its sentence.</summary>
    private static bool HasWordAfter(WordMap words, Sentence sentence, in FigureCandidate figure, WordSet set, int after)
        => HasWordIn(words, figure.End, Math.Min(sentence.End, figure.End + after), set);

    /// <summary>Whether a word of <paramref name="set"/> is within <paramref name="after"/> characters after the figure or <paramref name="before"/> before it, in its sentence.</summary>
    private static bool HasWordAround(WordMap words, Sentence sentence, in FigureCandidate figure, WordSet set, int after, int before)
        => HasWordAfter(words, sentence, figure, set, after)
           || HasWordIn(words, Math.Max(sentence.Start, figure.Start - before), figure.Start, set);

    /// <summary>Whether a word of either set is in [<paramref name="from"/>, <paramref name="to"/>): one pass for both.</summary>
    private static bool HasWordIn(WordMap words, int from, int to, WordSet set, WordSet other)
    {
        string text = words.Text;
        int i = words.NextLetterRunStart(from, to, 0);
        while (i < to)
        {
            int end = words.WordEnd(i, to);
            var word = text.AsSpan(i, end - i);
            if (set.Contains(word) || other.Contains(word))
            {
                return true;
            }
            i = words.NextLetterRunStart(Math.Max(i + 1, end), to, 0);
        }
        return false;
    }

    private static bool HasWordIn(WordMap words, int from, int to, WordSet set)
    {
        string text = words.Text;
        // A word starts with a letter that starts a run of letters; every other character is passed at once.
        int i = words.NextLetterRunStart(from, to, 0);
        while (i < to)
        {
            int end = words.WordEnd(i, to);
            if (set.Contains(text.AsSpan(i, end - i)))
            {
                return true;
            }
            i = words.NextLetterRunStart(Math.Max(i + 1, end), to, 0);
        }
        return false;
    }

    /// <summary>Personnel → personnel; casualties → losses; equipment lost or destroyed → losses; ground held → territory held; ground lost → territory lost.</summary>
    private static Metric? MetricOf(WordMap words, Sentence sentence, in FigureCandidate figure, FigureKind kind) => kind switch
    {
        FigureKind.Personnel => Metric.Personnel,
        FigureKind.Casualties => Metric.Losses,
        FigureKind.Equipment => HasWordAround(words, sentence, figure, Lexicon.LosingVerbs, 60, 80) ? Metric.Losses : null,
        FigureKind.Territory when HasWordAround(words, sentence, figure, Lexicon.HoldingVerbs, 30, 80) => Metric.TerritoryHeld,
        FigureKind.Territory when HasWordAround(words, sentence, figure, Lexicon.LosingVerbs, 30, 80) => Metric.TerritoryLost,
        FigureKind.Other when DisplacedInClause(words, sentence, figure) => Displaced,
        _ => null,
    };

    /// <summary>
    /// Words of people driven from their homes: "85,000 people had been displaced", "120,000 have fled their homes", "evacuated
    /// 3,000", "the displacement of over 40,000". Their count is a level of the displaced, apart from other counts of people
    /// (the kidnapped, the sheltering, the orphaned are counted as other too, but are no displacement). A closed list.
    /// </summary>
    private static readonly WordSet DisplacementWords = new(
        "fled", "flee", "flees", "fleeing", "displaced", "dislocated", "uprooted", "evacuated", "evacuees", "deported", "relocated",
        "displacement", "refugees");

    /// <summary>
    /// People whose evacuation is a rescue or a trip, not displacement: passengers, hostages, the wounded, patients, staff,
    /// diplomats, foreign nationals, tourists, crews. A closed list.
    /// </summary>
    private static readonly WordSet RescuedNouns = new(
        "passengers", "hostages", "captives", "wounded", "injured", "patients", "casualties", "staff", "diplomats", "nationals",
        "foreigners", "tourists", "crew", "crews", "employees", "workers", "personnel", "troops", "soldiers");

    /// <summary>How far a displacement word is looked for: after the figure, and before it.</summary>
    private const int DisplacementAfter = 60, DisplacementBefore = 25;

    /// <summary>
    /// Whether a word of <see cref="DisplacementWords"/> is in the figure's own clause: after it up to a clause mark, "and",
    /// "while" or a relative pronoun ("85,000 people had been displaced"; not "14 were evacuated and about 240 remain", nor
    /// "55,800 would have been reported by families who fled"), or just before it ("displaced more than 240,000").
    /// </summary>
    private static bool DisplacedInClause(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        if (RescuedNouns.Contains(WordAfter(words, figure.End, sentence.End)))
        {
            return false; // "evacuated 80 passengers", "35 wounded were evacuated": a rescue, not people driven from their homes
        }
        int end = Math.Min(sentence.End, figure.End + DisplacementAfter);
        end = ClauseBreak(text, figure.End, end, forward: true);
        if (HasWordIn(words, figure.End, end, DisplacementWords))
        {
            return true;
        }
        int start = Math.Max(sentence.Start, figure.Start - DisplacementBefore);
        start = ClauseBreak(text, start, figure.Start, forward: false);
        return HasWordIn(words, start, figure.Start, DisplacementWords);
    }

    /// <summary>The first (or, going back, the last) clause break in [<paramref name="from"/>, <paramref name="to"/>): its position, else the far end.</summary>
    private static int ClauseBreak(string text, int from, int to, bool forward)
    {
        int found = forward ? to : from;
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            bool mark = c is ',' or ';' or ':' or '.' or '\u2014' or '\u2013' or '(' or ')';
            if (!mark && c == ' ' && i + 1 < to)
            {
                var next = text.AsSpan(i + 1, Math.Min(to, Characters.WordEnd(text, i + 1, to)) - i - 1);
                mark = next.Equals("and", StringComparison.Ordinal) || next.Equals("while", StringComparison.Ordinal) || next.Equals("who", StringComparison.Ordinal)
                       || next.Equals("which", StringComparison.Ordinal) || next.Equals("but", StringComparison.Ordinal);
            }
            if (mark)
            {
                if (forward)
                {
                    return i;
                }
                found = i + 1;
            }
        }
        return found;
    }

    /// <summary>The metric of people driven from their homes.</summary>
    internal static readonly Metric Displaced = Metric.Of("displaced");
}
