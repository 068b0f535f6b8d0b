using System;

namespace ForceEstimates.Extraction;

/// <summary>The measurement unit of a figure, as a class, so that "%" and "per cent" compare equal.</summary>
internal enum UnitClass
{
    None,
    Percent,
    PercentagePoint,
    SquareKilometre,
    SquareMile,
    Hectare,
    Kilometre,
    Mile,
    Metre,
    Tonne,
}

/// <summary>
/// The word lists the extractor reads news with. Phrases are lower case with single spaces; a
/// space in a phrase matches any run of spaces (non-breaking and thin ones included) in the text.
/// </summary>
internal static class Lexicon
{
    /// <summary>Hedge phrases that precede a number, longest first so that "no more than" wins over "more than".</summary>
    internal static readonly (string Phrase, HedgeKind Kind)[] Hedges = SortLongestFirst(
    [
        ("about", HedgeKind.Approximate), ("around", HedgeKind.Approximate), ("approximately", HedgeKind.Approximate),
        ("approx.", HedgeKind.Approximate), ("roughly", HedgeKind.Approximate), ("some", HedgeKind.Approximate),
        ("an estimated", HedgeKind.Approximate), ("circa", HedgeKind.Approximate), ("an approximate", HedgeKind.Approximate),
        ("nearly", HedgeKind.JustBelow), ("almost", HedgeKind.JustBelow), ("close to", HedgeKind.JustBelow),
        ("just under", HedgeKind.JustBelow), ("just below", HedgeKind.JustBelow), ("just shy of", HedgeKind.JustBelow),
        ("just short of", HedgeKind.JustBelow),
        ("over", HedgeKind.Above), ("more than", HedgeKind.Above), ("above", HedgeKind.Above), ("in excess of", HedgeKind.Above),
        ("upwards of", HedgeKind.Above), ("just over", HedgeKind.Above), ("well over", HedgeKind.Above),
        ("greater than", HedgeKind.Above), ("just above", HedgeKind.Above), ("well above", HedgeKind.Above),
        ("at least", HedgeKind.AtLeast), ("no fewer than", HedgeKind.AtLeast), ("no less than", HedgeKind.AtLeast),
        ("not less than", HedgeKind.AtLeast), ("not fewer than", HedgeKind.AtLeast), ("a minimum of", HedgeKind.AtLeast),
        ("at most", HedgeKind.AtMost), ("up to", HedgeKind.AtMost), ("as many as", HedgeKind.AtMost), ("as much as", HedgeKind.AtMost),
        ("no more than", HedgeKind.AtMost), ("not more than", HedgeKind.AtMost), ("a maximum of", HedgeKind.AtMost),
        ("fewer than", HedgeKind.Below), ("less than", HedgeKind.Below), ("under", HedgeKind.Below), ("below", HedgeKind.Below),
        ("exactly", HedgeKind.Exact), ("precisely", HedgeKind.Exact),
        ("between", HedgeKind.Range),
    ]);

    /// <summary>Vague amounts written without digits. The flag says whether "of" must follow ("thousands of troops").</summary>
    internal static readonly (string Phrase, bool NeedsOf)[] VagueAmounts = SortLongestFirst(
    [
        ("tens of thousands", false), ("hundreds of thousands", false), ("tens of millions", false),
        ("several hundred", false), ("several thousand", false), ("a few hundred", false), ("a few thousand", false),
        ("several dozen", false), ("a few dozen", false), ("several million", false),
        ("dozens", true), ("hundreds", true), ("thousands", true), ("millions", true),
    ]);

    internal static readonly (string Phrase, double Factor)[] Multipliers = SortLongestFirst(
    [
        ("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("mln", 1e6), ("bn", 1e9),
    ]);

    internal static readonly (string Phrase, UnitClass Unit)[] Units = SortLongestFirst(
    [
        ("%", UnitClass.Percent), ("per cent", UnitClass.Percent), ("percent", UnitClass.Percent), ("pct", UnitClass.Percent),
        ("percentage points", UnitClass.PercentagePoint), ("percentage point", UnitClass.PercentagePoint),
        ("square kilometres", UnitClass.SquareKilometre), ("square kilometers", UnitClass.SquareKilometre),
        ("square kilometre", UnitClass.SquareKilometre), ("square kilometer", UnitClass.SquareKilometre),
        ("square km", UnitClass.SquareKilometre), ("sq km", UnitClass.SquareKilometre), ("sq. km", UnitClass.SquareKilometre),
        ("sq kilometres", UnitClass.SquareKilometre), ("km\u00B2", UnitClass.SquareKilometre), ("km2", UnitClass.SquareKilometre),
        ("square miles", UnitClass.SquareMile), ("square mile", UnitClass.SquareMile), ("sq miles", UnitClass.SquareMile),
        ("sq mi", UnitClass.SquareMile), ("sq. mi", UnitClass.SquareMile), ("mi\u00B2", UnitClass.SquareMile),
        ("hectares", UnitClass.Hectare), ("hectare", UnitClass.Hectare), ("ha", UnitClass.Hectare),
        ("kilometres", UnitClass.Kilometre), ("kilometers", UnitClass.Kilometre), ("kilometre", UnitClass.Kilometre),
        ("kilometer", UnitClass.Kilometre), ("km", UnitClass.Kilometre),
        ("miles", UnitClass.Mile), ("mile", UnitClass.Mile),
        ("metres", UnitClass.Metre), ("meters", UnitClass.Metre),
        ("tonnes", UnitClass.Tonne), ("tons", UnitClass.Tonne),
    ]);

    /// <summary>Words after a number that make it a time of day.</summary>
    internal static readonly string[] ClockWords = ["a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "cet", "eet", "eest", "msk", "hrs", "o'clock", "local time", "kyiv time", "moscow time"];

    /// <summary>Words after a number that make it a duration, an age or a page counter rather than a figure.</summary>
    internal static readonly WordSet NotFigureNouns = new(
    
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "fortnight", "fortnights",
        "month", "months", "year", "years", "decade", "decades", "night", "nights", "weekend", "weekends", "century", "centuries",
        "times", "visits", "visit", "views", "view", "shares", "comments", "likes", "things", "ways", "reasons", "pages",
        "dollars", "dollar", "euros", "euro", "hryvnias", "hryvnia", "hryvnas", "roubles", "rubles", "pounds", "yuan", "yen",
        "usd", "eur", "uah", "rub", "gbp"
    );

    /// <summary>Words before a number that make it an identifier, a page or a phone number.</summary>
    internal static readonly WordSet IdentifierWords = new(
    
        "page", "pages", "id", "no", "no.", "nr", "nr.", "number", "article", "call", "dial", "tel", "tel.", "phone", "fax",
        "ext", "ext.", "resolution", "highway", "route", "flight", "room", "version", "section", "chapter", "issue", "episode", "part"
    );

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

    internal static readonly string[] NumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    internal static readonly string[] TensWords = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>The month (1–12) a capitalised word names ("November", "Nov", "Sept"), or 0.</summary>
    internal static int MonthOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length > 9 || !char.IsUpper(word[0]))
        {
            return 0;
        }
        // Only the months sharing the first letter are compared.
        char first = Characters.Lower(word[0]);
        for (int m = 0; m < Months.Length; m++)
        {
            if (Months[m][0] == first && word.Equals(Months[m], StringComparison.OrdinalIgnoreCase))
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
            if (abbreviation[0] == first && word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return month;
            }
        }
        return 0;
    }

    /// <summary>
    /// The length of <paramref name="phrase"/> matched at <paramref name="at"/> (ignoring case, a space in
    /// the phrase matching one or more spaces), or -1. The match must end on a word boundary when the
    /// phrase ends with a letter.
    /// </summary>
    internal static int MatchPhrase(string text, int at, int limit, string phrase)
    {
        int i = at;
        for (int k = 0; k < phrase.Length; k++)
        {
            char p = phrase[k];
            if (p == ' ')
            {
                if (i >= limit || !Characters.IsSpace(text[i]))
                {
                    return -1;
                }
                i = Characters.SkipSpaces(text, i, limit);
                continue;
            }
            if (i >= limit || Characters.Lower(text[i]) != p)
            {
                return -1;
            }
            i++;
        }
        if (char.IsLetterOrDigit(phrase[^1]) && i < limit && char.IsLetterOrDigit(text[i]))
        {
            return -1;
        }
        return i - at;
    }

    /// <summary>
    /// The start of <paramref name="phrase"/> matched so that it ends exactly at <paramref name="end"/>
    /// (ignoring case, a space matching one or more spaces), or -1. The match must start on a word boundary.
    /// </summary>
    internal static int MatchPhraseBefore(string text, int end, int limit, string phrase)
    {
        int i = end;
        for (int k = phrase.Length - 1; k >= 0; k--)
        {
            char p = phrase[k];
            if (p == ' ')
            {
                if (i <= limit || !Characters.IsSpace(text[i - 1]))
                {
                    return -1;
                }
                i = Characters.SkipSpacesBack(text, i, limit);
                continue;
            }
            if (i <= limit || Characters.Lower(text[i - 1]) != p)
            {
                return -1;
            }
            i--;
        }
        if (i > limit && char.IsLetterOrDigit(text[i - 1]))
        {
            return -1;
        }
        return i;
    }

    private static (string, T)[] SortLongestFirst<T>((string, T)[] entries)
    {
        Array.Sort(entries, (a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        return entries;
    }
}
