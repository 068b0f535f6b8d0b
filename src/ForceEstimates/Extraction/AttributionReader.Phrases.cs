using System;
using System.Collections.Generic;

namespace ForceEstimates.Extraction;

/// <summary>Phrase boundaries: where the noun phrase naming a speaker starts and ends, and what it looks like.</summary>
internal sealed partial class AttributionReader
{
    private static readonly WordSet BoundaryWords = new(
    
        "that", "and", "but", "while", "as", "which", "who", "whom", "whose", "where", "when", "because", "although", "though",
        "if", "after", "before", "with", "than", "so", "whereas", "said", "says", "told", "to", "without", "on", "last", "this",
        "yesterday", "today", "earlier", "up", "down", "compared", "bringing", "adding", "noting", "saying", "or", "what", "how", "whether", "since"
    );

    /// <summary>A month, a weekday or a bare number: a dateline's words, which never belong to a speaker's name.</summary>
    private static bool IsDatelineWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return false;
        }
        bool digits = true;
        foreach (char c in word)
        {
            digits &= Characters.IsDigit(c);
        }
        return digits || ArticleWords.MonthOf(word) != 0 || ArticleWords.IsWeekday(word);
    }

    /// <summary>"20th" after a month ("As of October 20th UNHCR had recorded"): a date's day, never part of the name after it; not "the 93rd Brigade".</summary>
    private bool IsDayOfMonthOrdinal(int wordStart, ReadOnlySpan<char> word, Sentence sentence)
    {
        if (word.Length < 3 || word.Length > 4 || !Characters.IsDigit(word[0]) || !(word.EndsWith("st", StringComparison.Ordinal)
            || word.EndsWith("nd", StringComparison.Ordinal) || word.EndsWith("rd", StringComparison.Ordinal) || word.EndsWith("th", StringComparison.Ordinal)))
        {
            return false;
        }
        int before = Characters.SkipSpacesBack(text, wordStart, sentence.Start);
        int monthStart = this.words.WordStart(before, sentence.Start);
        return monthStart < before && ArticleWords.MonthOf(text.AsSpan(monthStart, before - monthStart)) != 0;
    }

    /// <summary>Whether "and" at <paramref name="andStart"/> joins two parts of one speaker's name (the part after it starts at <paramref name="afterStart"/>).</summary>
    private bool IsCoordinatedSource(int andStart, int afterStart, Sentence sentence)
    {
        int beforeEnd = Characters.SkipSpacesBack(text, andStart, sentence.Start);
        int beforeStart = beforeEnd;
        while (beforeStart > sentence.Start && (Characters.IsWordChar(text, beforeStart - 1) || text[beforeStart - 1] == '.'))
        {
            beforeStart--;
        }
        if (beforeStart == beforeEnd || afterStart >= sentence.End)
        {
            return false;
        }
        var before = text.AsSpan(beforeStart, beforeEnd - beforeStart);
        bool capitalised = char.IsUpper(before[0]) && char.IsUpper(text[afterStart]) && !Lexicon.SentenceOpeningWords.Contains(before) && ArticleWords.MonthOf(before) == 0;
        return capitalised || (Lexicon.CoordinatedAdjectives.Contains(before) && Lexicon.CoordinatedAdjectives.Contains(WordAt(afterStart, sentence.End)));
    }

    /// <summary>
    /// The first of two subjects joined by "and" when the second, right before the verb, is only lower-case words ("witnesses",
    /// "local media") and the first opens its clause, holds a capitalised word and ends in a source's head
    /// (<see cref="Lexicon.SourceHeads"/>): "Kessia's Health Ministry and witnesses said", "Norvale health officials and local
    /// media confirmed the toll". The named body gives the figures; the others only bear them out. (-1, -1) otherwise.
    /// </summary>
    private (int Start, int End) NamedSourceBeforeCompanions(int start, int end, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        int andEnd = Characters.SkipSpacesBack(text, start, sentence.Start);
        int andStart = this.words.WordStart(andEnd, sentence.Start);
        if (andEnd - andStart != 3 || !text.AsSpan(andStart, 3).Equals("and", StringComparison.Ordinal) || text.AsSpan(start, end - start).ContainsAnyInRange('A', 'Z'))
        {
            return (-1, -1);
        }
        int firstEnd = Characters.SkipSpacesBack(text, andStart, sentence.Start);
        int firstStart = ReadPhraseBack(firstEnd, sentence, figures);
        int headStart = this.words.WordStart(firstEnd, firstStart);
        int opening = Characters.SkipSpacesBack(text, firstStart, sentence.Start);
        if (firstStart >= firstEnd || headStart >= firstEnd || !Lexicon.SourceHeads.Contains(text.AsSpan(headStart, firstEnd - headStart))
            || !HasCapitalisedWord(firstStart, firstEnd) || (opening > sentence.Start && char.IsLetterOrDigit(text[opening - 1])))
        {
            return (-1, -1);
        }
        return (firstStart, firstEnd);
    }

    /// <summary>Adjectives that make the reporting word after them a noun ("their latest estimate", "its own count", "the following estimates"), never a speaker.</summary>
    private static readonly WordSet NounAdjectives = new("latest", "newest", "own", "previous", "initial", "preliminary", "updated", "revised", "conservative", "rough", "current", "final", "following",
        "low", "high", "lower", "higher", "lowest", "highest", "original", "subsequent", "plausible", "reasoned", "earlier", "early");

    private static readonly WordSet NounMarkers = new("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "such", "to", "other");

    private static readonly WordSet Determiners = new("a", "an", "the", "its", "his", "her", "their", "our", "this", "that");

    private ReadOnlySpan<char> WordAt(int start, int end) => text.AsSpan(start, this.words.WordEnd(start, end) - start);

    /// <summary>
    /// Lower-case words that end a time adverbial ("in recent months", "over the past weeks", "two days ago"): read back from a
    /// verb, one before the subject's words closes the subject, which is the phrase after it.
    /// </summary>
    private static readonly WordSet AdverbialTimeEnds = new("hours", "days", "weeks", "months", "years", "decades", "weekend", "ago");

    /// <summary>The start of the noun phrase that ends at <paramref name="end"/>: words back to a clause boundary, at most 14.</summary>
    private int ReadPhraseBack(int end, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        int start = end;
        int i = end;
        int words = 0;
        while (i > sentence.Start && words < 14)
        {
            char c = text[i - 1];
            if (c == ')')
            {
                int open = text.LastIndexOf('(', i - 1, Math.Min(40, i - sentence.Start));
                if (open < 0 || IsDatelineWord(WordAt(Characters.SkipSpaces(text, open + 1, i), i)))
                {
                    break; // "Last month (23 March) a NATO official told": a date in brackets ends the name, "(UN)" belongs to it
                }
                start = open;
                i = Characters.SkipSpacesBack(text, open, sentence.Start);
                continue;
            }
            if (words > 0 && Characters.IsDoubleQuote(c) && QuotedNameStart(i - 1, sentence) is var quoteStart and >= 0)
            {
                start = quoteStart; // "the spokesman of the "Marn" group Dovra Tarvo said": the quoted unit's name is inside the title
                words++;
                i = Characters.SkipSpacesBack(text, quoteStart, sentence.Start);
                continue;
            }
            if (!(char.IsLetterOrDigit(c) || c == '.' || Characters.IsApostrophe(c)))
            {
                break;
            }
            int wordStart = i;
            while (wordStart > sentence.Start && (Characters.IsWordChar(text, wordStart - 1) || text[wordStart - 1] == '.' || Characters.IsApostrophe(text[wordStart - 1])))
            {
                wordStart--;
            }
            if (wordStart - 2 > sentence.Start && Characters.IsWordHyphen(text[wordStart - 1]) && text[wordStart - 2] == '.' && char.IsLower(text[wordStart]))
            {
                int initials = wordStart - 2;
                while (initials > sentence.Start && (char.IsUpper(text[initials - 1]) || text[initials - 1] == '.'))
                {
                    initials--;
                }
                if (IsInitialism(initials, wordStart - 2))
                {
                    wordStart = initials; // "the U.S.-backed Dovra Defence Forces said": the initials and the participle are one word
                }
            }
            var word = text.AsSpan(wordStart, i - wordStart).TrimEnd('.');
            if (word.Length > 0 && word.Equals("and", StringComparison.Ordinal) && words > 0 && IsCoordinatedSource(wordStart, start, sentence))
            {
                // "Ukrainian and American officials", "U.S. and South Korean officials", "security and local sources".
                start = wordStart;
                words++;
                i = Characters.SkipSpacesBack(text, wordStart, sentence.Start);
                continue;
            }
            if (words == 0 && word.Length > 0 && char.IsLower(word[0]) && LoneTimeWords.Contains(word) && TimeAdverbialStart(wordStart, sentence) is var adverbial and >= 0)
            {
                // "a survey of clinic records issued last week, which gave", "The ministry last week said": the time
                // the thing was done, and the participle that dates it, stand between the speaker and its verb.
                i = adverbial;
                continue;
            }
            if (words > 0 && word.Length > 0 && char.IsLower(word[0]) && AdverbialTimeEnds.Contains(word))
            {
                break; // "though for some months its officers claim", "two weeks ago officials said": the time opens the clause, the subject follows it
            }
            if ((word.Length > 0 && char.IsLower(word[0]) && BoundaryWords.Contains(word)) || OverlapsFigure(wordStart, i, figures)
                || (IsDatelineWord(word) && !IsNumberInName(wordStart, word, words, sentence)) || IsDayOfMonthOrdinal(wordStart, word, sentence) || (char.IsUpper(text[wordStart]) && Lexicon.SentenceOpeningWords.Contains(word)))
            {
                break; // "Nov 18 The Sudanese Armed Forces", "On Monday Council President ..."
            }
            start = wordStart;
            words++;
            i = Characters.SkipSpacesBack(text, wordStart, sentence.Start);
        }
        return start;
    }

    /// <summary>The end of the noun phrase that starts at <paramref name="start"/>: words up to a comma, a quotation mark, a clause word or a date.</summary>
    private int ReadPhraseForward(int start, Sentence sentence, ArraySegment<FigureCandidate> figures)
    {
        int end = start;
        int i = start;
        int words = 0;
        bool connected = false; // "Institute for Conflict": a capitalised name joined by "of" or "for", whose fields "and" may join
        while (i < sentence.End && words < 14)
        {
            char c = text[i];
            if (c == '(')
            {
                int close = text.IndexOf(')', i, Math.Min(40, sentence.End - i));
                if (close < 0)
                {
                    break;
                }
                end = close + 1;
                i = Characters.SkipSpaces(text, end, sentence.End);
                continue;
            }
            if (words > 0 && Characters.IsDoubleQuote(c) && QuotedNameEnd(i, sentence) is var quoteEnd and > 0)
            {
                // "the spokesman of the "Marn" group Dovra Tarvo": a unit's quoted name inside a title, which runs on after it.
                end = quoteEnd;
                words++;
                i = Characters.SkipSpaces(text, end, sentence.End);
                continue;
            }
            if (!(char.IsLetterOrDigit(c) || Characters.IsApostrophe(c)))
            {
                break;
            }
            int wordEnd = i;
            while (wordEnd < sentence.End && (Characters.IsWordChar(text, wordEnd) || Characters.IsApostrophe(text[wordEnd])
                   || (text[wordEnd] == '.' && wordEnd + 1 < sentence.End && char.IsLetter(text[wordEnd + 1]))
                   || (text[wordEnd] == '.' && wordEnd > 0 && char.IsUpper(text[wordEnd - 1]) && wordEnd + 1 < sentence.End && text[wordEnd + 1] == ' ' && wordEnd + 2 < sentence.End && char.IsUpper(text[wordEnd + 2]))))
            {
                wordEnd++;
            }
            if (wordEnd + 1 < sentence.End && text[wordEnd] == '.' && text[wordEnd + 1] == ' ' && IsInitialism(i, wordEnd))
            {
                wordEnd++; // "a new U.K. field survey": the initials' last dot, inside the sentence, is no end of the name
            }
            else if (wordEnd + 2 < sentence.End && text[wordEnd] == '.' && Characters.IsWordHyphen(text[wordEnd + 1]) && char.IsLetter(text[wordEnd + 2]) && IsInitialism(i, wordEnd))
            {
                // "the U.S.-backed Dovra Defence Forces": the initials' dot and the participle joined to it are one word of the name.
                wordEnd += 2;
                while (wordEnd < sentence.End && Characters.IsWordChar(text, wordEnd))
                {
                    wordEnd++;
                }
            }
            else if (wordEnd + 2 < sentence.End && text[wordEnd] == '.' && text[wordEnd + 1] == ' ' && char.IsUpper(text[wordEnd + 2])
                     && Honorifics.Contains(text.AsSpan(i, wordEnd - i)))
            {
                wordEnd++; // "the group's spokesman, Lt. Col. Dovra Tarvo": a rank's abbreviating stop runs on into the name
            }
            var word = text.AsSpan(i, wordEnd - i);
            bool joinsFields = connected && word.Equals("and", StringComparison.Ordinal) && IsCoordinatedSource(i, Characters.SkipSpaces(text, wordEnd, sentence.End), sentence);
            if ((words > 0 && char.IsLower(word[0]) && BoundaryWords.Contains(word) && !joinsFields) || OverlapsFigure(i, wordEnd, figures)
                || (words > 0 && (ArticleWords.MonthOf(word) != 0 || ArticleWords.IsWeekday(word))))
            {
                break; // but "the Pakistan Institute for Conflict and Security Studies": "and" joins the fields of one name
            }
            if (words > 0 && (word.Equals("of", StringComparison.Ordinal) || word.Equals("for", StringComparison.Ordinal)))
            {
                int previousStart = this.words.WordStart(end, start);
                connected |= previousStart < end && char.IsUpper(text[previousStart]);
            }
            end = wordEnd;
            words++;
            i = Characters.SkipSpaces(text, wordEnd, sentence.End);
        }
        return end;
    }

    /// <summary>
    /// Whether a number of one to three digits that ends a phrase read back is the end of a name ("TV station Channel 12", "the
    /// broadcaster Marn 7"): a capitalised word of letters right before it that is no month, weekday or sentence opener.
    /// </summary>
    private bool IsNumberInName(int wordStart, ReadOnlySpan<char> word, int words, Sentence sentence)
    {
        if (words > 0 || word.Length > 3 || !Characters.IsDigit(word[0]))
        {
            return false;
        }
        int before = wordStart - 1;
        if (before <= sentence.Start || text[before] != ' ')
        {
            return false;
        }
        int nameStart = this.words.WordStart(before, sentence.Start);
        var name = text.AsSpan(nameStart, before - nameStart);
        return name.Length > 1 && char.IsUpper(name[0]) && char.IsLower(name[1]) && ArticleWords.MonthOf(name) == 0 && !ArticleWords.IsWeekday(name)
            && !Lexicon.SentenceOpeningWords.Contains(name);
    }

    /// <summary>Words that make a time word after them a time adverbial: "this month", "last week", "earlier this year".</summary>
    private static readonly WordSet TimeDeictics = new("this", "last", "next", "past");

    /// <summary>
    /// Of a time word at <paramref name="timeStart"/> that a deictic opens ("this month", "earlier this year", "last week"): where
    /// the phrase before the adverbial ends, a participle that dates a document left out too ("issued earlier this year"); -1
    /// when no deictic opens it.
    /// </summary>
    private int TimeAdverbialStart(int timeStart, Sentence sentence)
    {
        var deictic = this.words.WordBefore(timeStart, sentence.Start, out int start);
        if (deictic.IsEmpty || !TimeDeictics.Contains(deictic) || !char.IsLower(deictic[0]))
        {
            return -1;
        }
        var word = this.words.WordBefore(start, sentence.Start, out start);
        int end = start + word.Length;
        if (word.Equals("earlier", StringComparison.Ordinal) || word.Equals("later", StringComparison.Ordinal))
        {
            word = this.words.WordBefore(start, sentence.Start, out start);
            end = start + word.Length;
        }
        if (word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal)
            && Characters.SkipSpacesBack(text, start, sentence.Start) is var before && before > sentence.Start && char.IsLetter(text[before - 1]))
        {
            end = before; // "tables issued last week": the participle dates the document, the noun before it speaks
        }
        return end;
    }

    /// <summary>
    /// Where a short quoted name that opens at <paramref name="open"/> inside a phrase ends (after its closing mark): one to three
    /// words opening with a capital, a word after it on the same clause ("the "Marn" group Dovra Tarvo"); -1 for any other
    /// quotation, which is words said, not part of a name.
    /// </summary>
    private int QuotedNameEnd(int open, Sentence sentence)
    {
        int close = -1;
        for (int k = open + 1; k < sentence.End && k <= open + 32; k++)
        {
            if (Characters.IsDoubleQuote(text[k]))
            {
                close = k;
                break;
            }
        }
        return close > 0 && IsQuotedName(open, close) && close + 2 < sentence.End && text[close + 1] == ' ' && char.IsLetter(text[close + 2])
            && !(char.IsLower(text[close + 2]) && BoundaryWords.Contains(WordAt(close + 2, sentence.End))) ? close + 1 : -1;
    }

    /// <summary>Where the short quoted name whose closing mark is at <paramref name="close"/> opens, a word before it in the phrase (see <see cref="QuotedNameEnd"/>); -1 otherwise.</summary>
    private int QuotedNameStart(int close, Sentence sentence)
    {
        int open = -1;
        for (int k = close - 1; k > sentence.Start && k >= close - 32; k--)
        {
            if (Characters.IsDoubleQuote(text[k]))
            {
                open = k;
                break;
            }
        }
        return open > sentence.Start + 1 && IsQuotedName(open, close) && text[open - 1] == ' ' && char.IsLetter(text[open - 2]) ? open : -1;
    }

    /// <summary>Whether the text between two quotation marks is a name: one to three words, the first capitalised, letters and hyphens only.</summary>
    private bool IsQuotedName(int open, int close)
    {
        if (close - open < 3 || !char.IsUpper(text[open + 1]))
        {
            return false;
        }
        int spaces = 0;
        for (int k = open + 1; k < close; k++)
        {
            char c = text[k];
            if (c == ' ')
            {
                spaces++;
            }
            else if (!(char.IsLetter(c) || Characters.IsWordHyphen(c)))
            {
                return false;
            }
        }
        return spaces <= 2 && text[close - 1] != ' ';
    }

    /// <summary>Whether the word from <paramref name="start"/> to <paramref name="end"/> is initials joined by dots, "U.S" or "U.N" (its last dot not yet read).</summary>
    private bool IsInitialism(int start, int end)
    {
        if (end - start < 3 || (end - start) % 2 == 0)
        {
            return false;
        }
        for (int k = start; k < end; k += 2)
        {
            if (!char.IsUpper(text[k]) || (k + 1 < end && text[k + 1] != '.'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool OverlapsFigure(int start, int end, ArraySegment<FigureCandidate> figures)
    {
        int k = FirstFigureFrom(figures, start);
        return (k < figures.Count && figures[k].Start < end) || (k > 0 && figures[k - 1].End > start);
    }

    private bool IsProperName(int start, int end)
    {
        int words = 0;
        int i = start;
        while (i < end)
        {
            if (!char.IsUpper(text[i]))
            {
                return false;
            }
            int wordEnd = this.words.WordEnd(i, end);
            words++;
            if (wordEnd < end - 1 && text[wordEnd] == '.' && wordEnd - i <= 4 && TitlesWithStop.Contains(text.AsSpan(i, wordEnd - i)))
            {
                wordEnd++; // "Dr. Oleg Saidu", "Prof. Ilse Norden", "Lt. Col. Dovra Tarvo": a title's period inside the name
                words--;
            }
            i = Characters.SkipSpaces(text, wordEnd, end);
            if (i == wordEnd && i < end)
            {
                return false;
            }
        }
        return words is >= 1 and <= 4;
    }

    /// <summary>Lower-case words inside an organisation's name: "Institute for the Study of War", "Office for the Coordination of Humanitarian Affairs".</summary>
    private static readonly WordSet NameConnectors = new("of", "for", "the", "on", "and", "in");

    /// <summary>
    /// An organisation's name with lower-case connectors inside ("the Institute for the Study of War (ISW)"): an optional "the",
    /// capitalised words and <see cref="NameConnectors"/>, a capitalised last word or a bracketed acronym; at most ten words.
    /// </summary>
    private bool IsOrganisationName(int start, int end)
    {
        int words = 0;
        bool lastCapitalised = false;
        int i = start;
        if (WordAt(i, end).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            i = Characters.SkipSpaces(text, i + 3, end);
        }
        while (i < end)
        {
            if (text[i] == '(')
            {
                int close = text.IndexOf(')', i, end - i);
                return close == end - 1 && lastCapitalised && words is >= 2 and <= 10;
            }
            int wordEnd = this.words.WordEnd(i, end);
            if (wordEnd == i)
            {
                return false;
            }
            var word = text.AsSpan(i, wordEnd - i);
            lastCapitalised = char.IsUpper(word[0]);
            if (!lastCapitalised && (words == 0 || !NameConnectors.Contains(word)))
            {
                return false;
            }
            words++;
            int next = Characters.SkipSpaces(text, wordEnd, end);
            if (next == wordEnd && next < end)
            {
                return false;
            }
            i = next;
        }
        return lastCapitalised && words is >= 2 and <= 10;
    }

    private int CountWords(int start, int end)
    {
        int words = 0;
        for (int i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == start || Characters.IsSpace(text[i - 1])))
            {
                words++;
            }
        }
        return words;
    }

    private bool IsClauseStart(int start, Sentence sentence)
    {
        int before = Characters.SkipSpacesBack(text, start, sentence.Start);
        return before == sentence.Start || text[before - 1] == ',' || Characters.IsDoubleQuote(text[before - 1]);
    }

    private bool StartsWithDeterminer(int start, int end)
    {
        int wordEnd = this.words.WordEnd(start, end);
        return Determiners.Contains(text.AsSpan(start, wordEnd - start));
    }

    /// <summary>Whether the phrase opens with "One of" and goes on: "One of the survivors", a description set before a name as "a survivor" is.</summary>
    private bool OpensWithOneOf(int start, int end)
    {
        int oneEnd = this.words.WordEnd(start, end);
        int of = Characters.SkipSpaces(text, oneEnd, end);
        int ofEnd = this.words.WordEnd(of, end);
        return text.AsSpan(start, oneEnd - start).Equals("One", StringComparison.OrdinalIgnoreCase) && text.AsSpan(of, ofEnd - of).Equals("of", StringComparison.Ordinal)
               && Characters.SkipSpaces(text, ofEnd, end) < end;
    }

    /// <summary>Whether the phrase is a role without a determiner, at most four lower-case words ending in a title: "local clinic director", "regional head".</summary>
    private bool EndsWithLowerTitle(int start, int end)
    {
        if (!char.IsLower(text[start]) || CountWords(start, end) > 4)
        {
            return false;
        }
        int lastStart = this.words.WordStart(end, start);
        return lastStart < end && TitleWords.Contains(text.AsSpan(lastStart, end - lastStart));
    }

    /// <summary>Whether the phrase opens with a lower-case title: "deputy chief of the General Staff", "spokesman for the army".</summary>
    private bool StartsWithTitle(int start, int end)
    {
        int wordEnd = this.words.WordEnd(start, end);
        return wordEnd > start && char.IsLower(text[start]) && TitleWords.Contains(text.AsSpan(start, wordEnd - start));
    }

    /// <summary>
    /// Whether the phrase opens with a count, digits or a number word ("one howitzer", "30 armoured cars"): an item of
    /// a list of what is counted, not someone who speaks.
    /// </summary>
    private bool StartsWithCount(int start, int end)
    {
        int wordEnd = this.words.WordEnd(start, end);
        if (wordEnd == start)
        {
            return false;
        }
        if (char.IsAsciiDigit(text[start]))
        {
            return true;
        }
        return Lexicon.MatchSmallOrTens(text.AsSpan(0, wordEnd), start, out _, out _) == wordEnd;
    }

    /// <summary>Words that open an adverbial set off by commas around a speaker: "while briefing reporters", "during a visit", "in a statement", "after the meeting".</summary>
    private static readonly WordSet AdverbialOpeners = new("while", "whilst", "during", "when", "after", "before", "following", "upon", "in", "at", "on");

    /// <summary>
    /// Where the adverbial that ends at the comma at <paramref name="comma"/> starts: right after the comma before it (a
    /// phrase set off between commas, "..., while briefing reporters on Friday, stressed") or at the sentence's start (an
    /// opening phrase, "Speaking on the raids at a briefing, ..."); -1 when the words there do not open an adverbial. The
    /// phrase opens with one of <see cref="AdverbialOpeners"/> or a participle in -ing before a lower-case word, lower-case
    /// between commas, and holds no quotation mark or colon.
    /// </summary>
    private int AdverbialStart(int comma, Sentence sentence)
    {
        int window = Math.Min(200, comma - sentence.Start);
        if (window <= 0)
        {
            return -1;
        }
        int previous = text.LastIndexOf(',', comma - 1, window);
        if (previous < 0 && comma - sentence.Start > 200)
        {
            return -1;
        }
        int start = Characters.SkipSpaces(text, previous >= 0 ? previous + 1 : sentence.Start, comma);
        int firstEnd = this.words.WordEnd(start, comma);
        if (firstEnd == start || (previous >= 0 && !char.IsLower(text[start])))
        {
            return -1;
        }
        var first = text.AsSpan(start, firstEnd - start);
        int next = Characters.SkipSpaces(text, firstEnd, comma);
        bool participle = first.Length > 5 && first.EndsWith("ing", StringComparison.Ordinal) && next > firstEnd && next < comma && char.IsLower(text[next]);
        if (!participle && !AdverbialOpeners.Contains(first) && !IsTimeAfterPhrase(start, comma))
        {
            return -1;
        }
        for (int i = firstEnd; i < comma; i++)
        {
            if (Characters.IsDoubleQuote(text[i]) || text[i] == ':' || text[i] == ';')
            {
                return -1;
            }
        }
        return previous >= 0 ? previous + 1 : sentence.Start;
    }

    /// <summary>Words that end a phrase of time reckoned from the events: "Twenty years later", "two days ago", "a week earlier".</summary>
    private static readonly WordSet TimeAfterWords = new("later", "ago", "earlier", "afterwards", "afterward");

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) is a phrase of time of two to four words ending in one of
    /// <see cref="TimeAfterWords"/> with a time noun before it ("Twenty years later", "two days ago"): an adverbial.
    /// </summary>
    private bool IsTimeAfterPhrase(int start, int end)
    {
        int lastEnd = Characters.SkipSpacesBack(text, end, start);
        int lastStart = this.words.WordStart(lastEnd, start);
        if (lastStart <= start || !TimeAfterWords.Contains(text.AsSpan(lastStart, lastEnd - lastStart)) || CountWords(start, lastEnd) > 4)
        {
            return false;
        }
        int nounEnd = Characters.SkipSpacesBack(text, lastStart, start);
        int nounStart = this.words.WordStart(nounEnd, start);
        var noun = text.AsSpan(nounStart, nounEnd - nounStart);
        return AdverbialTimeEnds.Contains(noun) || LoneTimeWords.Contains(noun);
    }

    /// <summary>
    /// Whether the phrase is a person's name, with a rank or title before it written capitalised: "Irena Solvik", "Major
    /// General Anton Weiss", "Brig.-Gen. Tomas Varga". Two to six words, each capitalised; the last two are name words, neither a
    /// title; no word ends an organisation or a place ("Army Public Relations" is an office).
    /// </summary>
    private bool IsPersonWithTitle(int start, int end)
    {
        int words = 0, last = -1, secondLast = -1;
        int i = start;
        while (i < end)
        {
            int wordEnd = i;
            while (wordEnd < end && !Characters.IsSpace(text[wordEnd]))
            {
                wordEnd++;
            }
            var word = text.AsSpan(i, wordEnd - i);
            if (!char.IsUpper(word[0]) || NotNameWords.Contains(word.TrimEnd('.')))
            {
                return false;
            }
            words++;
            (secondLast, last) = (last, i);
            i = Characters.SkipSpaces(text, wordEnd, end);
        }
        if (words is < 2 or > 6)
        {
            return false;
        }
        var surname = WordAt(last, end);
        var given = WordAt(secondLast, end);
        return last + surname.Length == end && IsNameWord(surname) && IsNameWord(given) && !TitleWords.Contains(surname) && !TitleWords.Contains(given)
               && !Honorifics.Contains(given);
    }

    /// <summary>
    /// Whether the phrase names an office or a title, not a person: capitalised words (after an optional "the", with
    /// <see cref="NameConnectors"/> inside) of which one is a title or ends an organisation: "The Coast Guard Chief", "Army
    /// Public Relations", "the Director".
    /// </summary>
    private bool IsOfficeName(int start, int end)
    {
        bool office = false;
        int words = 0;
        int i = start;
        while (i < end)
        {
            int wordEnd = this.words.WordEnd(i, end);
            if (wordEnd == i)
            {
                return false;
            }
            var word = text.AsSpan(i, wordEnd - i);
            if (char.IsLower(word[0]) && !(words == 0 && word.Equals("the", StringComparison.Ordinal)) && !(words > 0 && NameConnectors.Contains(word)))
            {
                return false;
            }
            office |= char.IsUpper(word[0]) && (TitleWords.Contains(word) || NotNameWords.Contains(word));
            words++;
            int next = Characters.SkipSpaces(text, wordEnd, end);
            if (next == wordEnd && next < end)
            {
                return false;
            }
            i = next;
        }
        return office && words <= 8;
    }
}
