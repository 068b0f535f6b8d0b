using System;

namespace ForceEstimates.Extraction;

/// <summary>What around a number says it is not a figure: a date, a time, an ordinal, a duration, a model name, money, an identifier, a negative number.</summary>
internal static partial class FigureScanner
{
    /// <summary>A leading zero ("044"), a long run without groups (an id) or more than 15 digits: not a figure.</summary>
    private static bool IsFigureByItsDigits(in ScannedNumber number)
        => !number.LeadingZero && number.Digits <= MaxDigits && !(number.IntegerDigits >= 7 && !number.Grouped && !number.HasDecimals);

    /// <summary>"Call 102 or 112", "Page 2 of 3": a number joined by "or"/"of"/"/"/"and" to one that was not a figure is not one either.</summary>
    private static bool IsJoinedToRejected(ReadOnlySpan<char> s, int numberStart, int rejectedEnd)
    {
        if (rejectedEnd < 0 || numberStart - rejectedEnd > 5 || numberStart <= rejectedEnd)
        {
            return false;
        }
        var between = s[rejectedEnd..numberStart].Trim();
        return between.Equals("or", StringComparison.OrdinalIgnoreCase) || between.Equals("of", StringComparison.OrdinalIgnoreCase)
               || between.Equals("/", StringComparison.Ordinal) || between.Equals("and", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsRejectedByWhatPrecedes(ReadOnlySpan<char> s, int start, int numberStart)
    {
        if (numberStart == start)
        {
            return false;
        }
        char before = s[numberStart - 1];
        if (before == '+' && numberStart - 2 >= start && s[numberStart - 2] == '(')
        {
            return false; // "Tanks - 1,214 (+3)": the day's increment in a running tally
        }
        if (char.IsLetter(before) || before == '#' || before == '\u2116' || before == '/' || before == '+' || before == '\\' || before == '@'
            || before == '_' || before == '=' || before == '&' || before == ':' || before == '.' || IsCurrencySymbol(before))
        {
            return true;
        }
        if (Characters.IsMinus(before))
        {
            return true; // "-400 square kilometres": an estimate is never negative, and a change is not a level
        }
        if (Characters.IsDash(before) && numberStart - 2 >= start && (char.IsLetter(s[numberStart - 2]) || Characters.IsDigit(s[numberStart - 2])))
        {
            return true; // "Su-34", "T-72", the middle of "123-45-67"
        }
        int wordEnd = Characters.SkipSpacesBack(s, numberStart, start);
        if (wordEnd < numberStart && wordEnd > start && s[wordEnd - 1] == '+')
        {
            return true;
        }
        if (wordEnd < numberStart && wordEnd > start && Characters.IsDigit(s[wordEnd - 1]))
        {
            return true; // digit groups apart: the "7788" of "044 256 7788"
        }
        if (wordEnd > start && s[wordEnd - 1] == ':' && IsCitedYearBefore(s, start, wordEnd - 1))
        {
            return true; // "(Marren 1993: 339)": the page of an author-date citation
        }
        if (wordEnd > start && s[wordEnd - 1] == ',' && IsWeekdayAndMonthBefore(s, start, wordEnd - 1))
        {
            return true; // "Wednesday, Sep, 21,": a date written with commas
        }
        bool dotted = wordEnd > start && s[wordEnd - 1] == '.';
        int lettersEnd = dotted ? wordEnd - 1 : wordEnd;
        int wordStart = Characters.WordStart(s, lettersEnd, start);
        if (wordStart == lettersEnd)
        {
            return false;
        }
        var word = s[wordStart..lettersEnd];
        if (ArticleWords.MonthOf(word) != 0)
        {
            return true; // "Nov. 23", "May 10", "June 2023"
        }
        if (!dotted && ArticleWords.IsWeekday(word) && IsDayBeforeMonth(s, numberStart))
        {
            return true; // "Friday 9, May 2025": a weekday, its day and the month ("on Friday 9 soldiers died" is a count)
        }
        if (!dotted && IsNumberOfAName(s, start, wordStart, word, numberStart))
        {
            return true; // "the broadcaster France 24", "World War 1"
        }
        if (dotted && word.Length <= 2 && word[0] == 'p' && (word.Length == 1 || word[1] == 'p'))
        {
            return true; // a cited page: "p. 126", "pp. 90-91"
        }
        return ArticleWords.IdentifierWords.Contains(word);
    }

    /// <summary>
    /// Names that end in a short number: a broadcaster ("France 24", "Channel 4") and a world war written with its number
    /// ("World War 1"). The capitalised word, then one or two digits with no digit group after: not a count. A closed list.
    /// </summary>
    private static bool IsNumberOfAName(ReadOnlySpan<char> s, int start, int wordStart, ReadOnlySpan<char> word, int numberStart)
    {
        int digits = 0;
        while (numberStart + digits < s.Length && Characters.IsDigit(s[numberStart + digits]))
        {
            digits++;
        }
        if (digits is 0 or > 2 || (numberStart + digits + 1 < s.Length && s[numberStart + digits] is ',' or '.' && Characters.IsDigit(s[numberStart + digits + 1])))
        {
            return false;
        }
        if (word.Equals("France", StringComparison.Ordinal) || word.Equals("Channel", StringComparison.Ordinal))
        {
            return true;
        }
        return word.Equals("War", StringComparison.Ordinal) && Characters.WordBefore(s, wordStart, start, out _).Equals("World", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether "per" stands right before the number ("2.3% per 1,000", "12 deaths per 100,000 people"): the base of a rate,
    /// not a figure. A figure joined to it ("1.9% per 1,000 and 1.6% per 1,000") stays one.
    /// </summary>
    private static bool IsRateBase(ReadOnlySpan<char> s, int start, int numberStart)
    {
        int wordEnd = Characters.SkipSpacesBack(s, numberStart, start);
        return wordEnd < numberStart && wordEnd - 3 >= start && Characters.WordStart(s, wordEnd, start) == wordEnd - 3
               && s[(wordEnd - 3)..wordEnd].Equals("per", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Makers of aircraft whose models are numbers after their name: "Boeing 777", "Airbus 320". A closed list.</summary>
    private static readonly WordSet AircraftMakers = new(
        "Boeing", "Airbus", "Tupolev", "Ilyushin", "Antonov", "Embraer", "Cessna", "Bombardier", "Lockheed", "Sukhoi", "Yakovlev", "Fokker", "Beriev");

    /// <summary>Hyphenated endings of a maker's adjective before a model's name: "Iran-made Shahed 136", "Soviet-built Mi 8".</summary>
    private static readonly WordSet MakerEndings = new("made", "built", "designed", "supplied", "produced", "manufactured");

    /// <summary>
    /// "Iran-made Shahed 136 and Shahed 131 drones": a capitalised name right before a whole number (one space, no digit group,
    /// no decimals, at most four digits) names a model, not a figure, when a maker's adjective stands before the name
    /// ("Iran-made", <see cref="MakerEndings"/>) or the same name stands before another number beside it ("Shahed 136 and
    /// Shahed 131", "Brigade 47, Brigade 93"). Names joined to the number by a hyphen ("Su-25", "T-72") are rejected before this.
    /// Only when a letter stands two characters before the number, after a space.
    /// </summary>
    private static bool IsModelDesignation(ReadOnlySpan<char> s, int start, in ScannedNumber number)
    {
        int at = number.Start;
        if (at - 2 < start || s[at - 1] != ' ' || !char.IsLetter(s[at - 2]) || number.Grouped || number.HasDecimals
            || number.IntegerDigits > 4 || number.MultiplierExponent != 0)
        {
            return false;
        }
        int nameEnd = at - 1;
        int nameStart = Characters.WordStart(s, nameEnd, start);
        if (nameStart == nameEnd || nameStart == start || !char.IsUpper(s[nameStart]))
        {
            return false; // a name that opens the sentence may be a headline's word ("Kills 18")
        }
        var name = s[nameStart..nameEnd];
        if (AircraftMakers.Contains(name))
        {
            return true; // "the Boeing 777", "an Antonov 124": a maker's name and its model
        }
        // A maker's adjective before the name: "Iran-made Shahed 136".
        int beforeEnd = Characters.SkipSpacesBack(s, nameStart, start);
        int beforeStart = Characters.WordStart(s, beforeEnd, start);
        if (beforeEnd < nameStart && beforeStart < beforeEnd)
        {
            var before = s[beforeStart..beforeEnd];
            int hyphen = Characters.IndexOfWordHyphen(before);
            if (hyphen > 0 && MakerEndings.Contains(before[(hyphen + 1)..]))
            {
                return true;
            }
        }
        // The same name before the next number ("Shahed 136 and Shahed 131") or the one before ("... and Shahed 131").
        return SameNameAfter(s, number.End, name) || SameNameBefore(s, start, nameStart, name);
    }

    // After a model's number ending at end: a comma, "and" or "or", then the same name and a space and a digit.
    private static bool SameNameAfter(ReadOnlySpan<char> s, int end, ReadOnlySpan<char> name)
    {
        int p = Characters.SkipSpaces(s, end, s.Length);
        if (p < s.Length && s[p] == ',')
        {
            p = Characters.SkipSpaces(s, p + 1, s.Length);
        }
        else if (p == end)
        {
            return false;
        }
        int joined = SpanScanner.PhraseEnd(s, p, "and");
        if (joined < 0)
        {
            joined = SpanScanner.PhraseEnd(s, p, "or");
        }
        if (joined > 0)
        {
            p = Characters.SkipSpaces(s, joined, s.Length);
        }
        return p + name.Length + 1 < s.Length && s.Slice(p, name.Length).SequenceEqual(name) && s[p + name.Length] == ' '
               && Characters.IsDigit(s[p + name.Length + 1]);
    }

    // Before a model's name starting at nameStart: a comma, "and" or "or", and before it the same name, a space and digits.
    private static bool SameNameBefore(ReadOnlySpan<char> s, int start, int nameStart, ReadOnlySpan<char> name)
    {
        int p = Characters.SkipSpacesBack(s, nameStart, start);
        if (p == nameStart)
        {
            return false;
        }
        int wordStart = Characters.WordStart(s, p, start);
        var word = s[wordStart..p];
        if (word.Equals("and", StringComparison.Ordinal) || word.Equals("or", StringComparison.Ordinal))
        {
            p = Characters.SkipSpacesBack(s, wordStart, start);
        }
        if (p > start && s[p - 1] == ',')
        {
            p = Characters.SkipSpacesBack(s, p - 1, start);
        }
        int digits = p;
        while (digits > start && Characters.IsDigit(s[digits - 1]))
        {
            digits--;
        }
        int nameAt = digits - 1 - name.Length;
        return digits < p && nameAt >= start && s[digits - 1] == ' ' && s.Slice(nameAt, name.Length).SequenceEqual(name)
               && (nameAt == start || !char.IsLetterOrDigit(s[nameAt - 1]));
    }

    /// <summary>
    /// Whether one or two digits (a day) start at <paramref name="numberStart"/> and a month follows them, a comma between
    /// allowed: "11, March", "11 March". Only the next word is read.
    /// </summary>
    private static bool IsDayBeforeMonth(ReadOnlySpan<char> s, int numberStart)
    {
        int end = s.Length;
        int digitsEnd = numberStart;
        while (digitsEnd < end && Characters.IsDigit(s[digitsEnd]))
        {
            digitsEnd++;
        }
        if (digitsEnd - numberStart is 0 or > 2)
        {
            return false;
        }
        int next = digitsEnd < end && s[digitsEnd] == ',' ? digitsEnd + 1 : digitsEnd;
        int monthStart = Characters.SkipSpaces(s, next, end);
        return monthStart > digitsEnd && ArticleWords.MonthOf(s[monthStart..Characters.WordEnd(s, monthStart, end)]) != 0;
    }

    /// <summary>
    /// "Staff Sergeant Dan Levi, 20, and ...": a small whole number between commas right after a name of two capitalised words
    /// is the person's age, not a figure; so is one in parentheses right after a capitalised name ("Darvo Kell (34)", "Tesh (19)").
    /// </summary>
    private static bool IsAgeAfterName(ReadOnlySpan<char> s, int start, in ScannedNumber number)
    {
        if (number.Grouped || number.HasDecimals || number.IntegerDigits > 3 || number.Value > 120 || number.End >= s.Length)
        {
            return false;
        }
        if (s[number.End] == ')' && number.Start - 2 > start && s[number.Start - 1] == '(' && s[number.Start - 2] == ' ')
        {
            int nameEnd = number.Start - 2;
            int nameStart = Characters.WordStart(s, nameEnd, start);
            return nameStart < nameEnd && char.IsUpper(s[nameStart]) && ArticleWords.MonthOf(s[nameStart..nameEnd]) == 0;
        }
        if (s[number.End] != ',')
        {
            return false;
        }
        int comma = Characters.SkipSpacesBack(s, number.Start, start);
        if (comma <= start || comma == number.Start || s[comma - 1] != ',')
        {
            return false;
        }
        int lastEnd = comma - 1;
        int lastStart = Characters.WordStart(s, lastEnd, start);
        int firstEnd = Characters.SkipSpacesBack(s, lastStart, start);
        int firstStart = Characters.WordStart(s, firstEnd, start);
        return lastStart < lastEnd && firstStart < firstEnd && firstEnd < lastStart && char.IsUpper(s[lastStart]) && char.IsUpper(s[firstStart])
               && ArticleWords.MonthOf(s[lastStart..lastEnd]) == 0;
    }

    /// <summary>Singular nouns of one person, whose number after them is an age: "a woman around 60", "a man aged 45".</summary>
    private static readonly WordSet PersonNouns = new("man", "woman", "boy", "girl", "child", "teenager", "person");

    /// <summary>What may stand between a person and an age: "around 60", "aged 45", "about 30".</summary>
    private static readonly WordSet AgeLeads = new("around", "about", "aged", "approximately", "roughly", "approx");

    /// <summary>
    /// "a woman around 60 was rescued", "a man aged 45": a small whole number after a singular noun of one person and
    /// "around", "about" or "aged" is the person's age, not a figure.
    /// </summary>
    private static bool IsAgeAfterPerson(ReadOnlySpan<char> s, int start, in ScannedNumber number)
    {
        if (number.Grouped || number.HasDecimals || number.IntegerDigits > 3 || number.Value > 120)
        {
            return false;
        }
        int leadEnd = Characters.SkipSpacesBack(s, number.Start, start);
        int leadStart = Characters.WordStart(s, leadEnd, start);
        if (leadStart == leadEnd || leadEnd == number.Start || !AgeLeads.Contains(s[leadStart..leadEnd]))
        {
            return false;
        }
        int nounEnd = Characters.SkipSpacesBack(s, leadStart, start);
        int nounStart = Characters.WordStart(s, nounEnd, start);
        return nounStart < nounEnd && nounEnd < leadStart && PersonNouns.Contains(s[nounStart..nounEnd]);
    }

    /// <summary>Nouns of young people whose number after "under", "over" or "aged" is an age: "children under 5", "minors over 14".</summary>
    private static readonly WordSet YoungNouns = new("children", "child", "boys", "girls", "minors", "kids", "infants", "babies", "teenagers");

    /// <summary>Words between young people and their age: "under", "over", "below", "above", "aged".</summary>
    private static readonly WordSet AgeBounds = new("under", "over", "below", "above", "aged");

    /// <summary>
    /// "girls under the age of 18", "children under 5", "children aged between 3 and 13": a small whole number after "age of"
    /// (or "ages of"), after "aged between" or "aged from", or after a noun of <see cref="YoungNouns"/> and a word of
    /// <see cref="AgeBounds"/>, is an age that bounds who is counted, not a figure.
    /// </summary>
    /// <summary>
    /// "none older than 6", "190 children younger than 16 and 90 women": a small whole number after "older than" or "younger
    /// than" is an age that bounds who is counted. A count joined to it by "and" stays a count (the caller does not join it).
    /// </summary>
    private static bool IsAgeComparison(ReadOnlySpan<char> s, int start, in ScannedNumber number)
    {
        if (number.Grouped || number.HasDecimals || number.IntegerDigits > 2)
        {
            return false;
        }
        var lead = Characters.WordBefore(s, number.Start, start, out int leadStart);
        if (!lead.Equals("than", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var previous = Characters.WordBefore(s, leadStart, start, out _);
        return previous.Equals("older", StringComparison.OrdinalIgnoreCase) || previous.Equals("younger", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsAgeBound(ReadOnlySpan<char> s, int start, in ScannedNumber number)
    {
        if (number.Grouped || number.HasDecimals || number.IntegerDigits > 2)
        {
            return false;
        }
        var lead = Characters.WordBefore(s, number.Start, start, out int leadStart);
        var previous = Characters.WordBefore(s, leadStart, start, out int previousStart);
        if (lead.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return previous.Equals("age", StringComparison.OrdinalIgnoreCase) || previous.Equals("ages", StringComparison.OrdinalIgnoreCase);
        }
        if (lead.Equals("between", StringComparison.OrdinalIgnoreCase) || lead.Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            return previous.Equals("aged", StringComparison.OrdinalIgnoreCase); // "his children aged between 3 and 13"
        }
        if (lead.Equals("aged", StringComparison.OrdinalIgnoreCase))
        {
            return true; // "five women aged 24 to 61": whoever is aged, the number is their age
        }
        if ((lead.Equals("to", StringComparison.OrdinalIgnoreCase) || lead.Equals("and", StringComparison.OrdinalIgnoreCase)) && previous.Length is > 0 and <= 3
            && Characters.IsDigit(previous[0]) && Characters.IsDigit(previous[^1]))
        {
            // "aged 24 to 61", "aged between 25 and 61": the second age of a range of ages
            var lead2 = Characters.WordBefore(s, previousStart, start, out int lead2Start);
            return lead2.Equals("aged", StringComparison.OrdinalIgnoreCase)
                   || (lead2.Equals("between", StringComparison.OrdinalIgnoreCase) && Characters.WordBefore(s, lead2Start, start, out _).Equals("aged", StringComparison.OrdinalIgnoreCase));
        }
        return AgeBounds.Contains(lead) && YoungNouns.Contains(previous);
    }

    /// <summary>A time ("10:30"), a date or fraction ("3/4"), a compound modifier ("25-year-old"), digit groups apart ("044 256"); <paramref name="consumed"/> grows over what to skip.</summary>
    private static bool IsRejectedAround(ReadOnlySpan<char> s, int start, in ScannedNumber number, ref int consumed)
    {
        int end = s.Length;
        int after = number.End;
        if (after + 1 < end && (s[after] == ':' || s[after] == '/') && Characters.IsDigit(s[after + 1]))
        {
            consumed = NumberScanner.SkipNumberLike(s, after + 1);
            return true; // a time of day, a date or a fraction
        }
        if (Characters.SkipSpaces(s, after, end) is var colon && colon > after && colon < end && s[colon] == ':'
            && Characters.SkipSpaces(s, colon + 1, end) is var second && second > colon + 1 && second < end && Characters.IsDigit(s[second]))
        {
            consumed = NumberScanner.SkipNumberLike(s, second);
            return true; // a ratio written with spaces: "a 1 : 200 ratio" (neither number is a count)
        }
        if (after + 1 < end && Characters.IsDash(s[after]) && char.IsLetter(s[after + 1])
            && SpanScanner.PhraseEnd(s, after + 1, "strong") < 0 && SpanScanner.PhraseEnd(s, after + 1, "man") < 0
            && Lexicon.MatchAttachedHedge(s, after, out _, out _) < 0)
        {
            consumed = Characters.WordEnd(s, after + 1, end);
            return true; // a compound modifier: "25-year-old", "12-km stretch" (but "a 2,000-strong unit", "a 40-man patrol" and "800-odd" count)
        }
        if (number.Start - 1 >= start && after < end && s[after] == ']' && number.IntegerDigits <= 3 && !number.Grouped && !number.HasDecimals
            && (s[number.Start - 1] == '[' || IsFootnoteLabelBefore(s, start, number.Start)))
        {
            consumed = after + 1;
            return true; // a footnote mark: "submunitions,[1]", "unknown.[2]", after a space in a table's cell: "85 million [1] [2]",
                         // and one with its group's label: "[note 4]", "[nb 2]", "[lower-alpha 1]"
        }
        int next = Characters.SkipSpaces(s, after, end);
        return next > after && next < end && Characters.IsDigit(s[next]); // digit groups apart: "044 256 7788"
    }

    /// <summary>
    /// Whether a footnote group's label and a space, opened by "[", stand right before a number at
    /// <paramref name="numberStart"/>: "[note 4]", "[nb 2]", "[Note 3]", "[lower-alpha 1]" (the groups encyclopedic pages
    /// number their notes in). The caller has checked that "]" follows the number.
    /// </summary>
    private static bool IsFootnoteLabelBefore(ReadOnlySpan<char> s, int start, int numberStart)
    {
        int labelEnd = numberStart;
        while (labelEnd > start && s[labelEnd - 1] == ' ')
        {
            labelEnd--;
        }
        if (labelEnd == numberStart)
        {
            return false;
        }
        int labelStart = labelEnd;
        while (labelStart > start && (char.IsAsciiLetter(s[labelStart - 1]) || s[labelStart - 1] == '-'))
        {
            labelStart--;
        }
        if (labelStart == labelEnd || labelStart == start || s[labelStart - 1] != '[')
        {
            return false;
        }
        var label = s[labelStart..labelEnd];
        return label.Equals("note", StringComparison.OrdinalIgnoreCase) || label.Equals("nb", StringComparison.OrdinalIgnoreCase)
            || label.Equals("n", StringComparison.OrdinalIgnoreCase) || label.Equals("fn", StringComparison.OrdinalIgnoreCase)
            || label.Equals("lower-alpha", StringComparison.OrdinalIgnoreCase) || label.Equals("upper-alpha", StringComparison.OrdinalIgnoreCase)
            || label.Equals("lower-roman", StringComparison.OrdinalIgnoreCase) || label.Equals("upper-roman", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether one or two more capitalised words after a capitalised word end in a formation's name: "13 Ruhland Rifles
    /// Regiment", "5 Tarvo Brigade" (the number is the unit's). Only capitalised words are passed.
    /// </summary>
    private static bool IsFormationNameAfter(ReadOnlySpan<char> s, int wordEnd, int end)
    {
        for (int taken = 0; taken < 2; taken++)
        {
            int next = Characters.SkipSpaces(s, wordEnd, end);
            if (next == wordEnd || next >= end || !char.IsUpper(s[next]))
            {
                return false;
            }
            wordEnd = Characters.WordEnd(s, next, end);
            if (ArticleWords.FormationNames.Contains(s[next..wordEnd]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether one to three digits end at <paramref name="end"/>, with no digit, comma or period before them: a unit's number, not a count written with groups.</summary>
    private static bool IsShortNumberBefore(ReadOnlySpan<char> s, int end)
    {
        int start = end;
        while (start > 0 && end - start < 4 && Characters.IsDigit(s[start - 1]))
        {
            start--;
        }
        return start < end && end - start <= 3 && (start == 0 || (s[start - 1] != ',' && s[start - 1] != '.' && !Characters.IsDigit(s[start - 1])));
    }

    /// <summary>
    /// Whether the number is a later day of a month's list of days: "March 24, 25, and 26", "on May 3, 4 or 5" (one or two digits
    /// up to 31, after a comma, "and" or "or", and days back to a month's name). Walks back over at most six days.
    /// </summary>
    private static bool IsLaterDayOfMonthList(ReadOnlySpan<char> s, int start, in ScannedNumber number)
    {
        if (number.Grouped || number.HasDecimals || number.IntegerDigits > 2 || number.Value > 31 || number.Start <= start)
        {
            return false;
        }
        int at = number.Start;
        for (int days = 0; days < 6; days++)
        {
            int p = Characters.SkipSpacesBack(s, at, start);
            var word = Characters.WordBefore(s, at, start, out int wordStart);
            if (days > 0 && ArticleWords.MonthOf(word) != 0)
            {
                // "March 24, 25, and 26", "May 3, 4, 5": two days before it, or another day or the end after it ("On March 24, 25
                // soldiers ..." is a count after a date).
                return days >= 2 || EndsADayList(s, number.End);
            }
            bool joined = false;
            if (word.Equals("and", StringComparison.Ordinal) || word.Equals("or", StringComparison.Ordinal))
            {
                p = Characters.SkipSpacesBack(s, wordStart, start);
                joined = true;
            }
            if (p > start && s[p - 1] == ',')
            {
                p = Characters.SkipSpacesBack(s, p - 1, start);
                joined = true;
            }
            if (!joined || !IsDayOfMonth(s, p))
            {
                return false;
            }
            at = p - 1;
            while (at > start && Characters.IsDigit(s[at - 1]))
            {
                at--;
            }
        }
        return false;
    }

    /// <summary>Whether a comma, a semicolon, a period, a closing bracket, "and", "or" or the text's end follows <paramref name="end"/>.</summary>
    private static bool EndsADayList(ReadOnlySpan<char> s, int end)
    {
        int next = Characters.SkipSpaces(s, end, s.Length);
        return next >= s.Length || s[next] is ',' or ';' or '.' or ')' || SpanScanner.PhraseEnd(s, next, "and") > 0 || SpanScanner.PhraseEnd(s, next, "or") > 0;
    }

    /// <summary>Digits again right after a figure, after spaces or a dash: "044 256 7788", "123-45-67", "10-12-14".</summary>
    private static bool FollowsAsDigitGroup(ReadOnlySpan<char> s, int after)
    {
        int next = Characters.SkipSpaces(s, after, s.Length);
        if (next > after && next < s.Length && Characters.IsDigit(s[next]))
        {
            return true;
        }
        return after + 1 < s.Length && Characters.IsDash(s[after]) && Characters.IsDigit(s[after + 1]);
    }

    private static bool IsCurrencySymbol(char c) => c == '$' || c == '\u20AC' || c == '\u00A3' || c == '\u20B4' || c == '\u20BD' || c == '\u00A5';

    private static bool IsMoney(ReadOnlySpan<char> s, int start, int figureStart, int numberStart)
    {
        int before = Characters.SkipSpacesBack(s, numberStart, start);
        if (before > start && IsCurrencySymbol(s[before - 1]))
        {
            return true;
        }
        return figureStart > start && IsCurrencySymbol(s[figureStart - 1]);
    }

    /// <summary>Whether one or two digits end at <paramref name="end"/>, with no digit, comma or period before them: a day of a month.</summary>
    private static bool IsDayOfMonth(ReadOnlySpan<char> s, int end)
    {
        int start = end;
        while (start > 0 && end - start < 3 && Characters.IsDigit(s[start - 1]))
        {
            start--;
        }
        return end - start is 1 or 2 && !(start > 0 && (Characters.IsDigit(s[start - 1]) || s[start - 1] is ',' or '.'));
    }

    /// <summary>Whether a day of a month (one or two digits) and a month's name start at <paramref name="at"/>: "20 September".</summary>
    private static bool DayAndMonthFrom(ReadOnlySpan<char> s, int at)
    {
        int digitsEnd = at;
        while (digitsEnd < s.Length && digitsEnd - at < 3 && Characters.IsDigit(s[digitsEnd]))
        {
            digitsEnd++;
        }
        if (digitsEnd - at is not (1 or 2))
        {
            return false;
        }
        int month = Characters.SkipSpaces(s, digitsEnd, s.Length);
        return month > digitsEnd && ArticleWords.MonthOf(s[month..Characters.WordEnd(s, month, s.Length)]) != 0;
    }

    /// <summary>
    /// Whether a year (four digits from 1500 to 2100) after a word stands right before the colon at <paramref name="colon"/>, inside
    /// a bracket opened at most 40 characters before: "(Marren 1993: 339)", "(Ruhl and Vane 2004: 12-15)". The number after the
    /// colon is a page.
    /// </summary>
    private static bool IsCitedYearBefore(ReadOnlySpan<char> s, int start, int colon)
    {
        int yearStart = colon;
        while (yearStart > start && Characters.IsDigit(s[yearStart - 1]))
        {
            yearStart--;
        }
        if (colon - yearStart != 4 || yearStart - 2 < start || s[yearStart - 1] != ' ' || !char.IsLetter(s[yearStart - 2]))
        {
            return false;
        }
        int year = ((s[yearStart] - '0') * 1000) + ((s[yearStart + 1] - '0') * 100) + ((s[yearStart + 2] - '0') * 10) + (s[yearStart + 3] - '0');
        if (year is < 1500 or > 2100)
        {
            return false;
        }
        for (int i = yearStart - 1; i >= start && i >= yearStart - 40; i--)
        {
            if (s[i] == ')')
            {
                return false;
            }
            if (s[i] == '(')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a month's name, then a weekday and a comma before it, end at <paramref name="comma"/> (the comma after the month): "Wednesday, Sep,".</summary>
    private static bool IsWeekdayAndMonthBefore(ReadOnlySpan<char> s, int start, int comma)
    {
        int monthEnd = Characters.SkipSpacesBack(s, comma, start);
        if (monthEnd > start && s[monthEnd - 1] == '.')
        {
            monthEnd--;
        }
        int monthStart = Characters.WordStart(s, monthEnd, start);
        if (monthStart == monthEnd || ArticleWords.MonthOf(s[monthStart..monthEnd]) == 0)
        {
            return false;
        }
        int dayEnd = Characters.SkipSpacesBack(s, monthStart, start);
        if (dayEnd > start && s[dayEnd - 1] == ',')
        {
            dayEnd = Characters.SkipSpacesBack(s, dayEnd - 1, start);
        }
        int dayStart = Characters.WordStart(s, dayEnd, start);
        return dayStart < dayEnd && ArticleWords.IsWeekday(s[dayStart..dayEnd]);
    }

    /// <summary>Whether the words right after a figure make it a time, a date, a duration or a counter.</summary>
    private static bool IsRejectedByWhatFollows(ReadOnlySpan<char> s, int figureEnd)
    {
        int end = s.Length;
        int next = Characters.SkipSpaces(s, figureEnd, end);
        if (next >= end)
        {
            return false;
        }
        char first = Characters.Lower(s[next]);
        foreach (string clock in ArticleWords.ClockWords)
        {
            if (clock[0] == first && SpanScanner.PhraseEnd(s, next, clock) > 0)
            {
                return true;
            }
        }
        if (next == figureEnd && next + 1 < end && Characters.IsDash(s[next]) && char.IsLetter(s[next + 1]))
        {
            // "a ten-day battle", "a three-year campaign": a number word joined to a unit of time is a duration, no figure
            int unitEnd = Characters.WordEnd(s, next + 1, end);
            var unit = s[(next + 1)..unitEnd];
            int unitHyphen = Characters.IndexOfWordHyphen(unit);
            unit = unitHyphen > 0 ? unit[..unitHyphen] : unit;
            return ArticleWords.NotFigureNouns.Contains(unit) || OrdinalEndings.Contains(unit); // "the sixty-ninth regiment": an ordinal
        }
        int wordEnd = Characters.WordEnd(s, next, end);
        if (wordEnd == next)
        {
            return false;
        }
        var word = s[next..wordEnd];
        if (ArticleWords.MonthOf(word) != 0 && next > figureEnd)
        {
            return true; // "23 November"
        }
        int letters = word.Length;
        while (letters > 0 && Characters.IsDigit(word[letters - 1]))
        {
            letters--;
        }
        if (letters >= 3 && letters < word.Length && word.Length - letters == 4 && next > figureEnd && ArticleWords.MonthOf(word[..letters]) != 0)
        {
            return true; // "28 April1954": a day, its month and a year run into it
        }
        if (next > figureEnd && (word.Equals("and", StringComparison.Ordinal) || word.Equals("to", StringComparison.Ordinal)) && IsDayOfMonth(s, figureEnd)
            && DayAndMonthFrom(s, Characters.SkipSpaces(s, wordEnd, end)))
        {
            return true; // "Across 19 and 20 September": the first day of a range of dates
        }
        if (char.IsUpper(word[0]) && next > figureEnd && (ArticleWords.FormationNames.Contains(word) || (IsShortNumberBefore(s, figureEnd) && IsFormationNameAfter(s, wordEnd, end))))
        {
            return true; // "the 113 Battalion", "Troops of 5 Brigade": a unit's name
        }
        if (char.IsUpper(word[0]) && next > figureEnd)
        {
            // An address: "14 Shevchenko Street".
            int street = Characters.SkipSpaces(s, wordEnd, end);
            int streetEnd = Characters.WordEnd(s, street, end);
            if (street > wordEnd && ArticleWords.StreetWords.Contains(s[street..streetEnd]))
            {
                return true;
            }
        }
        int hyphen = Characters.IndexOfWordHyphen(word);
        if (hyphen > 0)
        {
            word = word[..hyphen]; // "year-old"
        }
        return ArticleWords.NotFigureNouns.Contains(word) || CalibreWords.Contains(word);
    }

    /// <summary>Ordinal words a number word is joined to by a hyphen ("sixty-ninth", "twenty-first"): the whole is an ordinal, no figure. A closed list.</summary>
    private static readonly WordSet OrdinalEndings = new("first", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");

    /// <summary>
    /// Units of a gun's or a shell's bore after a number ("152 mm shells", "the 120 millimetre mortars"): the number names the
    /// calibre, not a count. News of war gives no other amounts in millimetres. A closed list.
    /// </summary>
    private static readonly WordSet CalibreWords = new("mm", "millimetre", "millimetres", "millimeter", "millimeters", "calibre", "caliber");

    /// <summary>
    /// "its 205, 318 and 440 battalions": a number followed by more numbers (after commas or "and") and then a plural formation
    /// noun names units; a list of counts does not end in one noun for every number. One number before the noun ("3 brigades") is a count.
    /// </summary>
    private static bool IsDesignationList(ReadOnlySpan<char> s, int figureEnd)
    {
        int end = s.Length;
        int i = figureEnd;
        int more = 0;
        while (true)
        {
            int next = Characters.SkipSpaces(s, i, end);
            if (next < end && s[next] == ',')
            {
                next = Characters.SkipSpaces(s, next + 1, end);
            }
            int and = SpanScanner.PhraseEnd(s, next, "and");
            if (and > 0)
            {
                next = Characters.SkipSpaces(s, and, end);
            }
            if (next >= end || !Characters.IsDigit(s[next]))
            {
                break;
            }
            int digits = next;
            while (digits < end && Characters.IsDigit(s[digits]))
            {
                digits++;
            }
            if (digits < end && (s[digits] is ',' or '.') && digits + 1 < end && Characters.IsDigit(s[digits + 1]))
            {
                return false; // a grouped or decimal number is an amount
            }
            more++;
            i = digits;
        }
        if (more == 0)
        {
            return false;
        }
        int word = Characters.SkipSpaces(s, i, end);
        return word > i && word < end && ArticleWords.FormationPlurals.Contains(s[word..Characters.WordEnd(s, word, end)]);
    }

    /// <summary>"40 or 50 times": the words after the alternative decide for both numbers.</summary>
    private static bool IsAlternativeRejected(ReadOnlySpan<char> s, int after)
    {
        int or = Characters.SkipSpaces(s, after, s.Length);
        int orEnd = SpanScanner.PhraseEnd(s, or, "or");
        if (orEnd < 0 || or == after)
        {
            return false;
        }
        int digit = Characters.SkipSpaces(s, orEnd, s.Length);
        if (digit >= s.Length || !Characters.IsDigit(s[digit]) || !NumberScanner.TryScan(s, digit, NumberConvention.Unknown, out var alternative, out _))
        {
            return false;
        }
        return IsRejectedByWhatFollows(s, alternative.End);
    }
}
