using System;
using System.Collections.Generic;
using NodaTime;

namespace ForceEstimates.Extraction;

/// <summary>
/// A time expression in the text and the dates it means; <see cref="SinceThen"/> marks "since then", resolved by the caller;
/// <see cref="YearGuessed"/> a month or day written without its year, which took the year closest to publication.
/// </summary>
internal readonly record struct TimeExpression(int Start, int End, DateInterval? Interval, bool SinceThen, bool YearGuessed = false);

/// <summary>
/// Reads the time expressions of wire reports and resolves them against the publication date:
/// "Nov. 23", "on Nov. 21", "23 November 2024", "early August" (the 1st–10th), "mid-January"
/// (11th–20th), "late October" (21st–end), "in October", "June 2023", "in 2023", "since 2022",
/// "since February 2022", "since the offensive began in May 2023" (from then to publication), "late 2021" and
/// "mid-2023" (a third of the year), "last year", "this year", "last week", "on Monday", "yesterday",
/// "overnight", "over the past 24 hours", "in recent weeks", "now", "currently". A month or day
/// without a year takes the year that puts it closest to the publication date (so "Jan. 20" in a
/// November article is next January, "early August" is this August).
/// </summary>
internal static class TimeExpressions
{
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>Appends the expressions of <paramref name="words"/>' text in [<paramref name="start"/>, <paramref name="end"/>) in text order.</summary>
    internal static void Find(WordMap words, int start, int end, LocalDate published, List<TimeExpression> found)
    {
        int i = start;
        while (TryReadNext(words, ref i, start, end, end, published, allowSince: true, out var expression))
        {
            found.Add(expression);
        }
    }

    /// <summary>
    /// Reads the first expression that starts at a word start in [<paramref name="i"/>, <paramref name="startsBefore"/>)
    /// (its words may run on to <paramref name="end"/>), and moves <paramref name="i"/> past it; false when there is none.
    /// </summary>
    private static bool TryReadNext(WordMap words, ref int i, int start, int startsBefore, int end, LocalDate published, bool allowSince, out TimeExpression expression)
    {
        string text = words.Text;
        while (i < startsBefore)
        {
            // An expression starts at a letter or digit not after one: the characters before the next such start are passed at once.
            i = words.NextWordStart(i, startsBefore, start);
            if (i >= startsBefore)
            {
                break;
            }
            if (char.IsLetter(text[i]))
            {
                int wordEnd = words.WordEnd(i, end);
                if (!MayStartExpression(text, i, wordEnd) || !CanStartExpression(text.AsSpan(i, wordEnd - i)))
                {
                    i = Math.Max(i + 1, wordEnd);
                    continue;
                }
            }
            if (TryReadGuarded(words, i, end, published, allowSince, out expression))
            {
                i = expression.End;
                return true;
            }
            i = Math.Max(i + 1, words.WordEnd(i, end));
        }
        expression = default;
        return false;
    }

    /// <summary>
    /// Whether a word can start an expression: by first letter and length for the relative words
    /// ("now", "past", "since", "mid-January", ...), a capital for months and weekdays. Turns most
    /// words away before any comparison.
    /// </summary>
    private static bool MayStartExpression(string text, int start, int end)
    {
        char first = Characters.Lower(text[start]);
        int length = end - start;
        bool relative = (first, length) switch
        {
            ('n', 3 or 4) or ('p', 4) or ('l', 4) or ('t', 4 or 5 or 7) or ('s', 5) or ('e', 3 or 5) or ('r', 6) or ('y', 9) or ('c', 9) or ('o', 9) or ('w', 7) => true,
            ('m', >= 3) => true,
            ('a', 3) => true, // "ago", read back from its end ("two weeks ago")
            ('s' or 'a' or 'w', 6) => true, // "spring", "summer", "autumn", "winter"
            _ => false,
        };
        if (relative || !char.IsUpper(text[start]))
        {
            return relative;
        }
        if (length > 4 && text[end - 1] == 's' && Characters.IsApostrophe(text[end - 2]))
        {
            length -= 2; // "September's death toll"
        }
        bool month = length >= 3 && length <= 9 && first is 'j' or 'f' or 'm' or 'a' or 's' or 'o' or 'n' or 'd';
        bool weekday = length >= 6 && text[end - 1] == 'y' && text[end - 2] == 'a';
        return month || weekday;
    }

    /// <summary>The words <see cref="TryRead(WordMap, int, int, LocalDate, out TimeExpression)"/> reads an expression from, besides months, weekdays and "mid-...".</summary>
    private static readonly WordSet StartWords =
        new("since", "early", "late", "mid", "end", "today", "tonight", "now", "currently", "yesterday", "overnight", "weekend", "past", "last", "recent", "this", "next");

    /// <summary>
    /// <see cref="Weekdays"/> as a set: a word <see cref="CanStartExpression"/> asks about is found by its first letter and length,
    /// not compared with each day (a word reaching it starts with a letter whose lower case is ASCII, or a capital, so the set's
    /// grouping by first letter answers as the comparison ignoring case with each day did).
    /// </summary>
    private static readonly WordSet WeekdaySet = new(Weekdays);

    /// <summary>
    /// Whether a word is one an expression can start with, compared as <see cref="TryRead(WordMap, int, int, LocalDate, out TimeExpression)"/>
    /// compares it: one of <see cref="StartWords"/>, "mid-" and a word, a month or a capitalised weekday. Every other word
    /// fails there; <see cref="MayStartExpression"/> lets many through ("that", "more", "last"'s neighbours).
    /// </summary>
    private static bool CanStartExpression(ReadOnlySpan<char> word)
    {
        if (StartWords.Contains(word))
        {
            return true;
        }
        if (word.Length > 4 && word.StartsWith("mid", StringComparison.OrdinalIgnoreCase) && Characters.IsDash(word[3]))
        {
            return true;
        }
        if (word.Equals("ago", StringComparison.OrdinalIgnoreCase) || SeasonStartMonth(word) != 0)
        {
            return true;
        }
        if (!char.IsUpper(word[0]))
        {
            return false;
        }
        if (ArticleWords.MonthOf(WithoutPossessive(word)) != 0)
        {
            return true;
        }
        return WeekdaySet.Contains(word);
    }

    /// <summary>The openings of "the start of the year" and its kin, before the period's noun.</summary>
    private static readonly string[] PeriodStartOpenings = ["the start of the", "the start of this", "the beginning of the", "the beginning of this"];

    /// <summary>
    /// Whether "the start of the year" (or "the beginning of this month", "... week") starts at <paramref name="at"/>: the
    /// first day of the publication's year, month or week (weeks start on Monday), and where the phrase ends.
    /// </summary>
    private static bool StartOfCurrentPeriod(string text, int at, int end, LocalDate published, out LocalDate start, out int phraseEnd)
    {
        start = default;
        phraseEnd = -1;
        var span = text.AsSpan(0, end);
        foreach (string opening in PeriodStartOpenings)
        {
            int openingEnd = SpanScanner.PhraseEnd(span, at, opening);
            if (openingEnd <= 0)
            {
                continue;
            }
            int unit = Characters.SkipSpaces(text, openingEnd, end);
            if ((phraseEnd = SpanScanner.PhraseEnd(span, unit, "year")) > 0)
            {
                start = new LocalDate(published.Year, 1, 1);
            }
            else if ((phraseEnd = SpanScanner.PhraseEnd(span, unit, "month")) > 0)
            {
                start = new LocalDate(published.Year, published.Month, 1);
            }
            else if ((phraseEnd = SpanScanner.PhraseEnd(span, unit, "week")) > 0)
            {
                start = published.PlusDays(1 - (int)published.DayOfWeek);
            }
            return phraseEnd > 0;
        }
        return false;
    }

    /// <summary>Reads one expression starting exactly at <paramref name="at"/>.</summary>
    internal static bool TryRead(WordMap words, int at, int end, LocalDate published, out TimeExpression expression)
        => TryReadGuarded(words, at, end, published, allowSince: true, out expression);

    private static bool TryReadGuarded(WordMap words, int at, int end, LocalDate published, bool allowSince, out TimeExpression expression)
    {
        try
        {
            return TryRead(words, at, end, published, allowSince, out expression);
        }
        catch (ArgumentOutOfRangeException)
        {
            // "Last year" or "in the past 20,000 years" beyond NodaTime's calendar (years -9998 to 9999): no date read.
            expression = default;
            return false;
        }
    }

    private static bool TryRead(WordMap words, int at, int end, LocalDate published, bool allowSince, out TimeExpression expression)
    {
        string text = words.Text;
        expression = default;
        if (at < end && Characters.IsDigit(text[at]))
        {
            // Only a year or a day and its month ("2023", "23 November 2024") start with a digit: every word the other
            // readings compare with ("since", "early", a month, "today", "last", a weekday, ...) starts with a letter.
            if (TryReadNumberDate(words, at, end, published, out expression))
            {
                expression = JoinRange(words, end, published, expression);
                return true;
            }
            return false;
        }
        int wordEnd = words.WordEnd(at, end);
        var word = text.AsSpan(at, wordEnd - at);
        if (word.Equals("since", StringComparison.OrdinalIgnoreCase) && allowSince)
        {
            int next = Characters.SkipSpaces(text, wordEnd, end);
            if (next > wordEnd && AfterSuperlative(text, at))
            {
                // "the bloodiest year since the war began nine years ago, with 700 killed": the clause names what the year is
                // compared with, not the time of the figures; read as no time, so that "This year" still dates them. But
                // "the highest since 2007, when 182 were killed": what the "when" clause says is of that time.
                int clauseEnd = SinceClauseEnd(text, next, end);
                DateInterval? then = null;
                int k = next;
                if (TryReadNext(words, ref k, next, clauseEnd, clauseEnd, published, allowSince: false, out var compared) && compared.Interval is { } time)
                {
                    int after = Characters.SkipSpaces(text, compared.End, end);
                    after = after < end && text[after] == ',' ? Characters.SkipSpaces(text, after + 1, end) : after;
                    if (SpanScanner.PhraseEnd(text.AsSpan(0, end), after, "when") > 0)
                    {
                        then = time; // "since 2007, when 182 were killed"
                        clauseEnd = compared.End;
                    }
                    else if (SpanScanner.PhraseEnd(text.AsSpan(0, end), after, "during which") > 0 && time.Start <= published)
                    {
                        then = new DateInterval(time.Start, published); // "since November, during which time 27,000 died"
                        clauseEnd = compared.End;
                    }
                }
                expression = new TimeExpression(at, clauseEnd, then, false);
                return true;
            }
            if (next > wordEnd && StartOfCurrentPeriod(text, next, end, published, out var periodStart, out int periodEnd))
            {
                // "since the start of the year", "since the beginning of this month": from the period's first day to publication.
                expression = new TimeExpression(at, periodEnd, new DateInterval(periodStart, published), false);
                return true;
            }
            int thenEnd = SpanScanner.PhraseEnd(text.AsSpan(0, end), next, "then");
            if (thenEnd > 0)
            {
                expression = new TimeExpression(at, thenEnd, null, SinceThen: true);
                return true;
            }
            if (next > wordEnd && TryRead(words, next, end, published, allowSince: false, out var from) && from.Interval is { } interval
                && (interval.Start <= published || (from.YearGuessed && interval.Start.PlusYears(-1) <= published)))
            {
                // "since April" in a November article: last April, not the April to come.
                var sinceStart = interval.Start <= published ? interval.Start : interval.Start.PlusYears(-1);
                expression = new TimeExpression(at, from.End, new DateInterval(sinceStart, published), false);
                return true;
            }
            // "since the offensive began in May 2023", "since the start of 2022": the clause "since" opens names an event
            // and its time; what is counted runs from that time to publication, not within it.
            int j = next;
            if (next > wordEnd && TryReadNext(words, ref j, next, SinceClauseEnd(text, next, end), end, published, allowSince: false, out from)
                && from.Interval is { } began && began.Start <= published)
            {
                expression = new TimeExpression(at, from.End, new DateInterval(began.Start, published), false);
                return true;
            }
            return false;
        }
        if (SeasonStartMonth(word) is var season and > 0 && SeasonWordsBefore.Contains(words.WordBefore(at, 0, out _)))
        {
            // "in the spring", "last summer": the latest such season that began by the article's day (spring March to May,
            // summer June to August, autumn September to November, winter December to February); "the spring of 2003",
            // "summer 2023": that year's. Only after a word that makes it a time ("they spring up to ambush" is a verb).
            var seasonStart = new LocalDate(published.Year, season, 1);
            int seasonEnd = wordEnd;
            int next = Characters.SkipSpaces(text, wordEnd, end);
            int ofEnd = SpanScanner.PhraseEnd(text.AsSpan(0, end), next, "of");
            int yearAt = ofEnd > 0 ? Characters.SkipSpaces(text, ofEnd, end) : next;
            if (YearAt(text, yearAt, end) is { } year)
            {
                seasonStart = new LocalDate(year, season, 1);
                seasonEnd = yearAt + 4;
            }
            else if (seasonStart > published)
            {
                seasonStart = seasonStart.PlusYears(-1);
            }
            expression = new TimeExpression(at, seasonEnd, new DateInterval(seasonStart, seasonStart.PlusMonths(3).PlusDays(-1)), false);
            return true;
        }
        if (TryReadCalendar(words, at, wordEnd, end, published, out expression))
        {
            expression = JoinRange(words, end, published, expression);
            return true;
        }
        return TryReadRelative(words, at, wordEnd, end, published, allowSince, out expression);
    }

    /// <summary>Words before a season that make it a time: "in the spring", "this summer", "last winter", "since the autumn".</summary>
    private static readonly WordSet SeasonWordsBefore = new("the", "this", "last", "in", "during", "early", "late", "since", "over", "by", "until", "next", "past");

    /// <summary>A year of four digits from 1800 to 2100 standing alone at <paramref name="at"/>, else null.</summary>
    private static int? YearAt(string text, int at, int end)
    {
        if (at + 4 > end || (at + 4 < end && char.IsLetterOrDigit(text[at + 4])))
        {
            return null;
        }
        int year = 0;
        for (int i = at; i < at + 4; i++)
        {
            if (!Characters.IsDigit(text[i]))
            {
                return null;
            }
            year = (year * 10) + (text[i] - '0');
        }
        return year is >= 1800 and <= 2100 ? year : null;
    }

    /// <summary>
    /// The first month of a season written in lower case ("spring" 3, "summer" 6, "autumn" 9, "winter" 12), else 0: "the
    /// Arab Spring", "the Prague Spring" are events, and "the fall of X" no season.
    /// </summary>
    private static int SeasonStartMonth(ReadOnlySpan<char> word)
        => word.Length != 6 || !char.IsLower(word[0]) ? 0
            : word.SequenceEqual("spring") ? 3 : word.SequenceEqual("summer") ? 6 : word.SequenceEqual("autumn") ? 9 : word.SequenceEqual("winter") ? 12 : 0;

    /// <summary>
    /// A calendar date joined to the one after it by "to", "through", "until", "till" or a hyphen or en dash (not an em dash,
    /// which sets off a clause), or by "and" when "between"
    /// comes before the first ("between July 7 and August 26", "1971 to 1976", "July 1969 to December 2001", "1969-1998"):
    /// the span from the first's start to the second's end. A first date without its year takes the second's year when its
    /// own would start after the second ends ("between December 20 and January 5, 2024"). Otherwise the first, unchanged.
    /// </summary>
    private static TimeExpression JoinRange(WordMap words, int end, LocalDate published, TimeExpression first)
    {
        string text = words.Text;
        if (first.Interval is not { } from)
        {
            return first;
        }
        int j = Characters.SkipSpaces(text, first.End, end);
        if (j >= end)
        {
            return first;
        }
        int k;
        if (Characters.IsDash(text[j]) && text[j] != '\u2014')
        {
            k = Characters.SkipSpaces(text, j + 1, end);
        }
        else if (text[j] == ',' && words.WordBefore(first.Start, 0, out _).Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            // "from February 24, 2022, when the war began, to February 5, 2023": a clause set off by commas before the "to".
            int toAt = text.IndexOf(", to ", j, Math.Min(FromClauseLength, end - j), StringComparison.Ordinal);
            if (toAt < 0)
            {
                return first;
            }
            k = Characters.SkipSpaces(text, toAt + 5, end);
        }
        else
        {
            if (j == first.End || !char.IsLetter(text[j]))
            {
                return first;
            }
            int linkEnd = words.WordEnd(j, end);
            var link = text.AsSpan(j, linkEnd - j);
            bool joins = link.Equals("to", StringComparison.OrdinalIgnoreCase) || link.Equals("through", StringComparison.OrdinalIgnoreCase)
                || link.Equals("until", StringComparison.OrdinalIgnoreCase) || link.Equals("till", StringComparison.OrdinalIgnoreCase)
                || (link.Equals("and", StringComparison.OrdinalIgnoreCase) && FollowsBetween(text, first.Start));
            if (!joins)
            {
                return first;
            }
            k = Characters.SkipSpaces(text, linkEnd, end);
            if (k == linkEnd)
            {
                return first;
            }
        }
        if (k >= end)
        {
            return first;
        }
        TimeExpression second = default;
        bool read = Characters.IsDigit(text[k])
            ? TryReadNumberDate(words, k, end, published, out second) || TryReadDayOfSameMonth(text, k, end, from, first.YearGuessed, out second)
            : char.IsLetter(text[k]) && TryReadCalendar(words, k, words.WordEnd(k, end), end, published, out second);
        if (!read || second.Interval is not { } to)
        {
            return first;
        }
        var start = from.Start;
        if (start > to.End)
        {
            // "between December 20 and January 5, 2024": the first date's own year was guessed from publication.
            start = start.PlusYears(to.End.Year - start.Year);
            if (start > to.End)
            {
                start = start.PlusYears(-1);
            }
        }
        return new TimeExpression(first.Start, second.End, new DateInterval(start, to.End), false, second.YearGuessed);
    }

    /// <summary>The prepositions after which a capitalised "May" is the month.</summary>
    private static readonly WordSet MonthPrepositions = new("in", "during", "since", "until", "till", "through", "of");

    /// <summary>Whether the word before <paramref name="at"/> is one of <see cref="MonthPrepositions"/> and the word at it is capitalised.</summary>
    private static bool AfterMonthPreposition(string text, int at)
    {
        if (!char.IsUpper(text[at]))
        {
            return false;
        }
        return MonthPrepositions.Contains(Characters.WordBefore(text, at, 0, out _));
    }

    /// <summary>How far (in characters) the ", to" that closes a span opened by "from" and a date may follow the date's comma.</summary>
    private const int FromClauseLength = 100;

    /// <summary>
    /// A day written alone after a day and its month ("between March 5 and 7", "March 5-7"): that day of the first date's month, when it
    /// comes after the first day and is not followed by a word in lower case ("between March 5 and 7 soldiers" counts soldiers);
    /// its year is guessed when the first's was.
    /// </summary>
    private static bool TryReadDayOfSameMonth(string text, int at, int end, DateInterval first, bool guessed, out TimeExpression expression)
    {
        expression = default;
        if (first.Start != first.End || !TryReadInteger(text, at, end, out int day, out int dayEnd) || dayEnd - at > 2 || day <= first.Start.Day
            || day > CalendarSystem.Iso.GetDaysInMonth(first.Start.Year, first.Start.Month))
        {
            return false;
        }
        if (dayEnd < end && char.IsLetter(text[dayEnd]))
        {
            return false;
        }
        int next = Characters.SkipSpaces(text, dayEnd, end);
        if (next < end && (char.IsLower(text[next]) || Characters.IsDigit(text[next])))
        {
            return false;
        }
        var date = new LocalDate(first.Start.Year, first.Start.Month, day);
        expression = new TimeExpression(at, dayEnd, new DateInterval(date, date), false, guessed);
        return true;
    }

    /// <summary>The word without a possessive "'s" at its end ("September's" → "September").</summary>
    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word)
        => word.Length > 4 && word[^1] == 's' && Characters.IsApostrophe(word[^2]) ? word[..^2] : word;

    /// <summary>Whether the word before <paramref name="at"/> is "the".</summary>
    private static bool FollowsThe(string text, int at)
        => Characters.WordBefore(text, at, 0, out _).Equals("the", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the word before <paramref name="at"/> is "between".</summary>
    private static bool FollowsBetween(string text, int at)
        => Characters.WordBefore(text, at, 0, out _).Equals("between", StringComparison.OrdinalIgnoreCase);

    /// <summary>The words a clause opened by "since" may run to: at most this many, to its first comma, colon, semicolon or bracket.</summary>
    private const int SinceClauseWords = 10;

    /// <summary>Where the clause that starts at <paramref name="at"/> after "since" ends (see <see cref="SinceClauseWords"/>), within <paramref name="end"/>.</summary>
    private static int SinceClauseEnd(string text, int at, int end)
    {
        int words = 0;
        for (int i = at; i < end; i++)
        {
            char c = text[i];
            if (c is ',' or ';' or ':' or '(' or ')')
            {
                return i;
            }
            if (c == ' ' && ++words == SinceClauseWords)
            {
                return i;
            }
        }
        return end;
    }

    /// <summary>Dates by the calendar: months, days, years, parts of months.</summary>
    private static bool TryReadCalendar(WordMap words, int at, int wordEnd, int end, LocalDate published, out TimeExpression expression)
    {
        string text = words.Text;
        expression = default;
        var word = text.AsSpan(at, wordEnd - at);
        int part = 0; // 1 early, 2 mid, 3 late
        int monthAt = at;
        if (word.Equals("early", StringComparison.OrdinalIgnoreCase))
        {
            part = 1;
        }
        else if (word.Equals("late", StringComparison.OrdinalIgnoreCase))
        {
            part = 3;
        }
        else if (word.Equals("end", StringComparison.OrdinalIgnoreCase))
        {
            // "(the) end of November 2018": the month's last part; not "the end of 2018" (a third of the year is too long for it).
            int ofEnd = SpanScanner.PhraseEnd(text.AsSpan(0, end), Characters.SkipSpaces(text, wordEnd, end), "of");
            if (ofEnd <= 0)
            {
                return false;
            }
            part = 3;
            monthAt = Characters.SkipSpaces(text, ofEnd, end);
            int endMonthEnd = words.WordEnd(monthAt, end);
            if (monthAt == ofEnd || ArticleWords.MonthOf(text.AsSpan(monthAt, endMonthEnd - monthAt)) == 0)
            {
                return false;
            }
        }
        else if (word.Length > 4 && word.StartsWith("mid", StringComparison.OrdinalIgnoreCase) && Characters.IsDash(word[3]))
        {
            part = 2;
            monthAt = at + 4;
        }
        else if (word.Equals("mid", StringComparison.OrdinalIgnoreCase))
        {
            part = 2;
            if (wordEnd + 1 < end && Characters.IsDash(text[wordEnd]) && Characters.IsDigit(text[wordEnd + 1]))
            {
                monthAt = wordEnd + 1; // "mid-2023": the word ends at the dash before a digit
            }
        }
        if (part != 0 && monthAt == at)
        {
            monthAt = Characters.SkipSpaces(text, wordEnd, end);
            if (monthAt == wordEnd)
            {
                return false;
            }
        }
        int monthEnd = words.WordEnd(monthAt, end);
        var monthWord = text.AsSpan(monthAt, monthEnd - monthAt);
        bool possessive = monthWord.Length > 4 && monthWord[^1] == 's' && Characters.IsApostrophe(monthWord[^2]);
        int month = ArticleWords.MonthOf(possessive ? monthWord[..^2] : monthWord);
        if (month != 0 && possessive)
        {
            // "September's death toll": the month alone, in the year closest to publication.
            expression = new TimeExpression(at, monthEnd, MonthInterval(published, month, 0, part, 0), false, YearGuessed: true);
            return true;
        }
        if (month != 0)
        {
            int after = monthEnd < end && text[monthEnd] == '.' ? monthEnd + 1 : monthEnd;
            int next = Characters.SkipSpaces(text, after, end);
            int day = 0, year = 0;
            int expressionEnd = monthEnd;
            if (part == 0 && next > monthEnd && TryReadInteger(text, next, end, out int n, out int nEnd) && n >= 1 && n <= 31 && (nEnd - next) <= 2)
            {
                day = n;
                expressionEnd = nEnd;
                int comma = nEnd < end && text[nEnd] == ',' ? nEnd + 1 : nEnd;
                int y = Characters.SkipSpaces(text, comma, end);
                if (y > nEnd && TryReadInteger(text, y, end, out int maybeYear, out int yEnd) && IsYear(maybeYear, yEnd - y))
                {
                    year = maybeYear;
                    expressionEnd = yEnd;
                }
            }
            else if (next > monthEnd && TryReadInteger(text, next, end, out int maybeYear, out int yEnd) && IsYear(maybeYear, yEnd - next))
            {
                year = maybeYear;
                expressionEnd = yEnd;
            }
            if (month == 5 && part == 0 && day == 0 && year == 0 && !AfterMonthPreposition(text, at))
            {
                return false; // "May" alone is too often the verb; not after "in", "during", "since", ... ("killed 77 civilians in May")
            }
            expression = new TimeExpression(at, expressionEnd, MonthInterval(published, month, day, part, year), false, YearGuessed: year == 0);
            return true;
        }
        if (part != 0)
        {
            // "late 2021", "mid-2023": a third of the year (January–April, May–August, September–December).
            // Not "the late 1990s": a decade is no year.
            if (TryReadInteger(text, monthAt, end, out int year, out int yearEnd) && IsYear(year, yearEnd - monthAt)
                && (yearEnd == end || !char.IsLetter(text[yearEnd])))
            {
                var first = new LocalDate(year, (4 * part) - 3, 1);
                expression = new TimeExpression(at, yearEnd, new DateInterval(first, first.PlusMonths(4).PlusDays(-1)), false);
                return true;
            }
            return false;
        }
        return TryReadNumberDate(words, at, end, published, out expression);
    }

    /// <summary>A year ("2023") or a day and its month ("23 November", "23 November 2024") from the number at <paramref name="at"/>.</summary>
    private static bool TryReadNumberDate(WordMap words, int at, int end, LocalDate published, out TimeExpression expression)
    {
        string text = words.Text;
        expression = default;
        if (!TryReadInteger(text, at, end, out int number, out int numberEnd))
        {
            return false;
        }
        if (IsYear(number, numberEnd - at) && (numberEnd == end || !char.IsLetter(text[numberEnd])))
        {
            expression = new TimeExpression(at, numberEnd, new DateInterval(new LocalDate(number, 1, 1), new LocalDate(number, 12, 31)), false);
            return true;
        }
        if (number >= 1 && number <= 31 && numberEnd - at <= 2)
        {
            // "23 November (2024)"
            int m = Characters.SkipSpaces(text, numberEnd, end);
            int mEnd = words.WordEnd(m, end);
            int dayMonth = m > numberEnd ? ArticleWords.MonthOf(text.AsSpan(m, mEnd - m)) : 0;
            if (dayMonth != 0)
            {
                int year = 0;
                int expressionEnd = mEnd;
                int y = Characters.SkipSpaces(text, mEnd, end);
                if (y > mEnd && TryReadInteger(text, y, end, out int maybeYear, out int yEnd) && IsYear(maybeYear, yEnd - y))
                {
                    year = maybeYear;
                    expressionEnd = yEnd;
                }
                expression = new TimeExpression(at, expressionEnd, MonthInterval(published, dayMonth, number, 0, year), false, YearGuessed: year == 0);
                return true;
            }
        }
        return false;
    }

    /// <summary>Dates relative to publication: "yesterday", "last week", "over the past 24 hours", "on Monday", "now".</summary>
    private static bool TryReadRelative(WordMap words, int at, int wordEnd, int end, LocalDate published, bool allowSince, out TimeExpression expression)
    {
        string text = words.Text;
        expression = default;
        var word = text.AsSpan(at, wordEnd - at);
        DateInterval? single = null;
        if (word.Equals("today", StringComparison.OrdinalIgnoreCase) || word.Equals("tonight", StringComparison.OrdinalIgnoreCase)
            || word.Equals("now", StringComparison.OrdinalIgnoreCase) || word.Equals("currently", StringComparison.OrdinalIgnoreCase))
        {
            single = new DateInterval(published, published);
        }
        else if (word.Equals("yesterday", StringComparison.OrdinalIgnoreCase))
        {
            single = new DateInterval(published.PlusDays(-1), published.PlusDays(-1));
        }
        else if (word.Equals("overnight", StringComparison.OrdinalIgnoreCase))
        {
            single = new DateInterval(published.PlusDays(-1), published);
        }
        else if (word.Equals("weekend", StringComparison.OrdinalIgnoreCase))
        {
            // "over the weekend", "the weekend attacks": the last Saturday and Sunday, up to publication when it falls on one.
            int weekday = (int)published.DayOfWeek; // Monday 1 ... Sunday 7
            single = weekday switch
            {
                6 => new DateInterval(published, published),
                7 => new DateInterval(published.PlusDays(-1), published),
                _ => new DateInterval(published.PlusDays(-(weekday + 1)), published.PlusDays(-weekday)),
            };
        }
        else
        {
            for (int d = 0; d < Weekdays.Length; d++)
            {
                if (word.Equals(Weekdays[d], StringComparison.OrdinalIgnoreCase) && char.IsUpper(word[0]))
                {
                    int back = ((int)published.DayOfWeek - (d + 1) + 7) % 7;
                    var day = published.PlusDays(-back);
                    single = new DateInterval(day, day);
                    break;
                }
            }
        }
        if (single is not null)
        {
            expression = new TimeExpression(at, wordEnd, single, false);
            return true;
        }
        if (word.Equals("ago", StringComparison.OrdinalIgnoreCase))
        {
            return TryReadAgo(words, at, wordEnd, published, inSinceClause: !allowSince, out expression);
        }
        bool past = word.Equals("past", StringComparison.OrdinalIgnoreCase);
        bool last = word.Equals("last", StringComparison.OrdinalIgnoreCase);
        bool recent = word.Equals("recent", StringComparison.OrdinalIgnoreCase);
        bool thisOrNext = word.Equals("this", StringComparison.OrdinalIgnoreCase) || word.Equals("next", StringComparison.OrdinalIgnoreCase);
        if (!(past || last || recent || thisOrNext))
        {
            return false;
        }
        int next = Characters.SkipSpaces(text, wordEnd, end);
        if (next == wordEnd)
        {
            return false;
        }
        int count = 1;
        bool counted = false;
        if ((past || last) && TryReadCount(words, next, end, out int written, out int countEnd))
        {
            // "the past two weeks"; without a count ("the past month") one unit: a failed read must not leave it at 0.
            count = written;
            counted = true;
            next = Characters.SkipSpaces(text, countEnd, end);
        }
        int unitEnd = words.WordEnd(next, end);
        var unit = text.AsSpan(next, unitEnd - next);
        int days = UnitDays(unit);
        if (days == 0)
        {
            return false;
        }
        DateInterval interval;
        if (recent)
        {
            interval = new DateInterval(published.PlusDays(-3 * days), published);
        }
        else if (past || (last && (counted || FollowsThe(text, at))))
        {
            // "over the last week" runs back from publication as "the past week" does; "last week" alone is the calendar week.
            int span = Math.Max(1, days == 1 && unit.StartsWith("hour", StringComparison.OrdinalIgnoreCase) ? count / 24 : count * days);
            int halfEnd = SpanScanner.PhraseEnd(text.AsSpan(0, end), Characters.SkipSpaces(text, unitEnd, end), "and a half");
            if (halfEnd > 0)
            {
                span += span / 2; // "the last week and a half"
                unitEnd = halfEnd;
            }
            interval = new DateInterval(published.PlusDays(-span), published);
        }
        else
        {
            bool isNext = word.Equals("next", StringComparison.OrdinalIgnoreCase);
            int shift = last ? -1 : isNext ? 1 : 0;
            interval = CalendarPeriod(published, unit, shift, upToPublication: shift == 0);
        }
        expression = new TimeExpression(at, unitEnd, interval, false);
        return true;
    }

    /// <summary>Words that make a "since" after them a comparison ("the deadliest ... since", "the first time since").</summary>
    private static readonly WordSet Superlatives = new(
        "worst", "first", "highest", "largest", "biggest", "greatest", "lowest", "fewest", "longest", "heaviest", "deadliest",
        "bloodiest", "costliest", "fiercest", "slowest", "fastest", "smallest", "quickest", "sharpest", "steepest", "strongest",
        "weakest", "quietest", "busiest");

    /// <summary>How many words before "since" are looked at for a superlative, within its clause.</summary>
    private const int SuperlativeReach = 8;

    /// <summary>Whether a superlative or comparative comes shortly before "since" at <paramref name="at"/>, in the same clause.</summary>
    private static bool AfterSuperlative(string text, int at) => WordWithinBefore(text, at, SuperlativeReach, Superlatives);

    /// <summary>
    /// Whether a word of <paramref name="set"/> is among the <paramref name="reach"/> words right before <paramref name="at"/>,
    /// with only spaces between them (a comma or other mark ends the look).
    /// </summary>
    private static bool WordWithinBefore(string text, int at, int reach, WordSet set)
    {
        int back = at;
        for (int w = 0; w < reach; w++)
        {
            var before = Characters.WordBefore(text, back, 0, out int beforeStart);
            if (before.IsEmpty)
            {
                return false;
            }
            if (set.Contains(before))
            {
                return true;
            }
            back = beforeStart;
        }
        return false;
    }

    /// <summary>Verbs of an onset: "the war that began two years ago", "fighting that broke out a week ago" dates a start, not a figure.</summary>
    private static readonly WordSet OnsetWords = new("began", "begun", "started", "broke", "erupted", "launched", "opened", "commenced", "since", "start", "outbreak", "beginning");

    /// <summary>How many words before "N units ago" are looked at for an onset.</summary>
    private const int OnsetReach = 14;

    /// <summary>
    /// "two weeks ago", "a month ago", "10 days ago", "a year ago", read back from "ago" at <paramref name="at"/>: the day
    /// that many units before publication (the count's start is the expression's start): "up from 1,240 two weeks ago", "killed
    /// in a clash three days ago". "Weeks ago" without a count, "a few days ago" and "long ago" say no day. Outside a "since"
    /// clause, a time when something began ("the campaign began six years ago, during which 3,000 were killed", "fighting
    /// that broke out less than a week ago") is no figure's day: what it counts runs from then to now, which the words do
    /// not bound; it is left to the sentence's other times as before. Inside one ("since the war began two years ago") the
    /// clause reads the day as its start.
    /// </summary>
    private static bool TryReadAgo(WordMap words, int at, int wordEnd, LocalDate published, bool inSinceClause, out TimeExpression expression)
    {
        string text = words.Text;
        expression = default;
        int unitEnd = Characters.SkipSpacesBack(text, at, 0);
        if (unitEnd == at)
        {
            return false;
        }
        int unitStart = words.WordStart(unitEnd, 0);
        var unit = text.AsSpan(unitStart, unitEnd - unitStart);
        int days = UnitDays(unit);
        if (days == 0 || unit.StartsWith("hour", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        int countEnd = Characters.SkipSpacesBack(text, unitStart, 0);
        if (countEnd == unitStart)
        {
            return false;
        }
        int countStart = words.WordStart(countEnd, 0);
        var countWord = text.AsSpan(countStart, countEnd - countStart);
        bool one = unit[^1] is not ('s' or 'S');
        int count;
        if (countWord.Equals("a", StringComparison.OrdinalIgnoreCase) || countWord.Equals("an", StringComparison.OrdinalIgnoreCase)
            || countWord.Equals("one", StringComparison.OrdinalIgnoreCase))
        {
            count = 1;
        }
        else if (one || !TryReadCount(words, countStart, countEnd, out count, out int readEnd) || readEnd != countEnd || count > 100)
        {
            return false;
        }
        else if (countWord.Equals("few", StringComparison.OrdinalIgnoreCase))
        {
            return false; // "a few weeks ago": no day
        }
        if (one != (count == 1))
        {
            return false;
        }
        if (!inSinceClause)
        {
            int after = Characters.SkipSpaces(text, wordEnd, text.Length);
            if (SpanScanner.PhraseEnd(text, after, "during which") > 0)
            {
                return false; // "began six years ago, during which ...": the start of a time that runs to now
            }
            if (WordWithinBefore(text, countStart, OnsetReach, OnsetWords))
            {
                return false;
            }
        }
        LocalDate day = days switch
        {
            1 => published.PlusDays(-count),
            7 => published.PlusDays(-7 * count),
            30 => published.PlusMonths(-count),
            _ => published.PlusYears(-count),
        };
        expression = new TimeExpression(countStart, wordEnd, new DateInterval(day, day), false);
        return true;
    }

    private static int UnitDays(ReadOnlySpan<char> unit)
    {
        if (unit.StartsWith("weekend", StringComparison.OrdinalIgnoreCase))
        {
            return 0; // "last weekend" is the weekend, read by itself
        }
        if (unit.StartsWith("hour", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("day", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("night", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }
        if (unit.StartsWith("week", StringComparison.OrdinalIgnoreCase))
        {
            return 7;
        }
        if (unit.StartsWith("month", StringComparison.OrdinalIgnoreCase))
        {
            return 30;
        }
        return unit.StartsWith("year", StringComparison.OrdinalIgnoreCase) ? 365 : 0;
    }

    private static DateInterval CalendarPeriod(LocalDate published, ReadOnlySpan<char> unit, int shift, bool upToPublication)
    {
        DateInterval period;
        if (unit.StartsWith("year", StringComparison.OrdinalIgnoreCase))
        {
            int year = published.Year + shift;
            period = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        }
        else if (unit.StartsWith("month", StringComparison.OrdinalIgnoreCase))
        {
            var first = new LocalDate(published.Year, published.Month, 1).PlusMonths(shift);
            period = new DateInterval(first, first.PlusMonths(1).PlusDays(-1));
        }
        else if (unit.StartsWith("week", StringComparison.OrdinalIgnoreCase))
        {
            var monday = published.PlusDays(-((int)published.DayOfWeek - 1)).PlusWeeks(shift);
            period = new DateInterval(monday, monday.PlusDays(6));
        }
        else
        {
            var day = published.PlusDays(shift);
            period = new DateInterval(day, day);
        }
        return upToPublication && period.End > published ? new DateInterval(period.Start, published) : period;
    }

    /// <summary>A month, a day of it, or a part of it (1 early = 1st–10th, 2 mid = 11th–20th, 3 late = 21st–end), in the given year or the one closest to publication.</summary>
    private static DateInterval MonthInterval(LocalDate published, int month, int day, int part, int year)
    {
        if (year != 0)
        {
            return Part(year, month, day, part);
        }
        // The three years' days are compared as dates; only the closest becomes an interval.
        LocalDate bestStart = default, bestEnd = default;
        int bestDistance = int.MaxValue;
        for (int y = published.Year - 1; y <= published.Year + 1; y++)
        {
            PartBounds(y, month, day, part, out var start, out var end);
            int distance = start <= published && published <= end ? 0
                : Math.Min(Math.Abs(Period.DaysBetween(start, published)), Math.Abs(Period.DaysBetween(end, published)));
            if (distance < bestDistance)
            {
                (bestStart, bestEnd) = (start, end);
                bestDistance = distance;
            }
        }
        return new DateInterval(bestStart, bestEnd);
    }

    private static DateInterval Part(int year, int month, int day, int part)
    {
        PartBounds(year, month, day, part, out var start, out var end);
        return new DateInterval(start, end);
    }

    /// <summary>The first and last days of <see cref="Part"/>'s interval.</summary>
    private static void PartBounds(int year, int month, int day, int part, out LocalDate start, out LocalDate end)
    {
        int daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day != 0)
        {
            start = end = new LocalDate(year, month, Math.Min(day, daysInMonth));
            return;
        }
        (start, end) = part switch
        {
            1 => (new LocalDate(year, month, 1), new LocalDate(year, month, 10)),
            2 => (new LocalDate(year, month, 11), new LocalDate(year, month, 20)),
            3 => (new LocalDate(year, month, 21), new LocalDate(year, month, daysInMonth)),
            _ => (new LocalDate(year, month, 1), new LocalDate(year, month, daysInMonth)),
        };
    }

    private static bool IsYear(int value, int digits) => digits == 4 && value >= 1900 && value <= 2100;

    private static bool TryReadInteger(string text, int at, int end, out int value, out int valueEnd)
    {
        value = 0;
        valueEnd = at;
        while (valueEnd < end && Characters.IsDigit(text[valueEnd]) && valueEnd - at < 6)
        {
            value = (value * 10) + (text[valueEnd] - '0');
            valueEnd++;
        }
        return valueEnd > at && (valueEnd == end || !Characters.IsDigit(text[valueEnd]));
    }

    private static bool TryReadCount(WordMap words, int at, int end, out int count, out int countEnd)
    {
        string text = words.Text;
        if (TryReadInteger(text, at, end, out count, out countEnd))
        {
            return true;
        }
        countEnd = words.WordEnd(at, end);
        var word = text.AsSpan(at, countEnd - at);
        for (int n = 2; n < 13; n++)
        {
            if (word.Equals(Lexicon.SmallNumbers[n], StringComparison.OrdinalIgnoreCase))
            {
                count = n;
                return true;
            }
        }
        if (word.Equals("few", StringComparison.OrdinalIgnoreCase))
        {
            count = 3;
            return true;
        }
        return false;
    }
}
