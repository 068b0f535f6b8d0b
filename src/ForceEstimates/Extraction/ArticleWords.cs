using System;
using System.Linq;

namespace ForceEstimates.Extraction;

/// <summary>
/// The words the extractor reads context with: what around a number makes it a time, a date, a
/// duration, an identifier or an address rather than a figure, and the months. The words figures
/// are written with (hedges, numbers, multipliers, units) are the Estimates layer's <see cref="Lexicon"/>.
/// </summary>
internal static class ArticleWords
{
    /// <summary>Words after a number that make it a time of day.</summary>
    internal static readonly string[] ClockWords = ["a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "cet", "eet", "eest", "msk", "hrs", "o'clock", "local time", "kyiv time", "moscow time"];

    /// <summary>Words after a number that make it a duration, an age, a page counter, money or a temperature or angle ("10 degrees") rather than a figure.</summary>
    internal static readonly WordSet NotFigureNouns = new(
    
        "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "fortnight", "fortnights",
        "month", "months", "year", "years", "decade", "decades", "night", "nights", "weekend", "weekends", "century", "centuries",
        "times", "visits", "visit", "views", "view", "shares", "comments", "likes", "things", "ways", "reasons", "pages",
        "dollars", "dollar", "euros", "euro", "hryvnias", "hryvnia", "hryvnas", "roubles", "rubles", "pounds", "yuan", "yen",
        "usd", "eur", "uah", "rub", "gbp", "cfa", "francs", "franc", "naira", "shillings", "rupees", "dinars", "riyals", "rials",
        "pesos", "cedis", "birr", "degrees", "degree", "fahrenheit", "celsius", "centigrade", "bc", "bce"
    );

    /// <summary>Words before a number that make it an identifier, a page, a gallery's counter ("Image 3 of 12") or a phone number, name a unit ("Battalion 412") or a weapon's model written apart ("AK 47", "RPG 7").</summary>
    internal static readonly WordSet IdentifierWords = new(
    
        "page", "pages", "id", "no", "no.", "nr", "nr.", "number", "article", "call", "dial", "tel", "tel.", "phone", "fax",
        "ext", "ext.", "resolution", "highway", "route", "flight", "room", "version", "section", "chapter", "issue", "episode", "part",
        "operation", "hwasong", "platform", "block", "battalion", "brigade", "regiment", "division", "squadron", "phase", "figure", "order",
        "image", "photo", "picture", "slide", "ak", "akm", "rpg", "pkm", "bmp", "btr"
    );

    /// <summary>Possessive pronouns ("his fighters", "their homes", "one of its 12 ships"): whose the thing is is said elsewhere.</summary>
    internal static readonly WordSet PossessivePronouns = new("his", "her", "its", "their", "our", "my", "your");

    /// <summary>Formation nouns that, capitalised after a number, make it a unit's name ("the 113 Battalion", "5 Brigade"), not a count.</summary>
    internal static readonly WordSet FormationNames = new("battalion", "brigade", "regiment", "division", "squadron");

    /// <summary>Plural formation nouns after a list of numbers that name units ("its 205, 318 and 440 battalions"), not count them.</summary>
    internal static readonly WordSet FormationPlurals = new("battalions", "brigades", "regiments", "divisions", "squadrons");

    /// <summary>Words that end a street name ("14 Shevchenko Street").</summary>
    internal static readonly WordSet StreetWords = new("street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "prospekt", "square", "embankment");

    internal static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>Month abbreviations as wire style writes them; read with or without the full stop.</summary>
    internal static readonly (string Abbreviation, int Month)[] MonthAbbreviations =
    [
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9),
        ("oct", 10), ("nov", 11), ("dec", 12),
    ];

    /// <summary>Every month's name and abbreviation, for their first letters.</summary>
    private static readonly WordSet MonthWords = new([.. Months, .. MonthAbbreviations.Select(m => m.Abbreviation)]);

    /// <summary>A capitalised word ending in "day" of six letters or more: "Monday", "Saturday" (and "Today" is too short).</summary>
    internal static bool IsWeekday(ReadOnlySpan<char> word)
        => word.Length >= 6 && word.EndsWith("day", StringComparison.Ordinal) && char.IsUpper(word[0]);

    /// <summary>The month (1–12) a capitalised word names ("November", "Nov", "Sept"), or 0.</summary>
    internal static int MonthOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length > 9 || !char.IsUpper(word[0]))
        {
            return 0;
        }
        // A word the set of names and abbreviations does not hold is turned away at once: most capitalised words ("Ministry",
        // "According") have a month's initial but no month's length with it. The set holds every word the loops below can
        // match, compared the same way (first letter, length, then ignoring case), so only a month's word reaches them.
        if (!MonthWords.Contains(word))
        {
            return 0;
        }
        char first = Characters.Lower(word[0]);
        for (int m = 0; m < Months.Length; m++)
        {
            if (Months[m][0] == first && Months[m].Length == word.Length && WordSet.EqualsIgnoringCase(word, Months[m]))
            {
                return m + 1;
            }
        }
        if (word.Length > 4)
        {
            return 0;
        }
        foreach (var (abbreviation, month) in MonthAbbreviations)
        {
            if (abbreviation[0] == first && abbreviation.Length == word.Length && WordSet.EqualsIgnoringCase(word, abbreviation))
            {
                return month;
            }
        }
        return 0;
    }
}
