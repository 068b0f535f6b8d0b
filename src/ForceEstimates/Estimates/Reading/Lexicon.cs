using System;

namespace ForceEstimates;

/// <summary>The measurement unit of a figure as a class, so that "%" and "per cent" compare equal; <see cref="Unit"/> maps the classes it knows to its units.</summary>
internal enum UnitClass : byte
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

    /// <summary>A fraction of one written in words: "half", "a third", "two-thirds" (read as 0.5, 1/3, 2/3).</summary>
    Fraction,
}

/// <summary>A hedge phrase and the kind it belongs to.</summary>
internal readonly record struct HedgeWord(string Phrase, HedgeKind Kind);

/// <summary>A unit spelling; <see cref="MayAttach"/> when it may follow the digits without a space ("40%", "10km").</summary>
internal readonly record struct UnitWord(string Phrase, UnitClass Unit, bool MayAttach);

/// <summary>
/// A multiplier after a number: its power of ten, whether it may follow the digits without a space
/// ("60k", "1.2million") and whether it may follow them after a space ("580 thousand").
/// </summary>
internal readonly record struct MultiplierWord(string Phrase, int Exponent, bool MayAttach, bool MayFollowSpace, bool CaseSensitive);

/// <summary>
/// The one list of the words figures are written with: hedges, number words, multipliers, the words
/// of vague amounts and unit spellings. The Estimates parser, the extractor's scanner and
/// <see cref="Unit.TryParse"/> all read through it, so a word added here is known to all of them.
/// Phrases are lower case with single spaces (matched by <see cref="SpanScanner"/>: any run of white
/// space between words, case ignored).
/// </summary>
internal static partial class Lexicon
{
    /// <summary>Hedge phrases before a number, longest first, so that "no more than" wins over "more than".</summary>
    internal static readonly HedgeWord[] Hedges = LongestFirst<HedgeWord>(
    [
        new("exactly", HedgeKind.Exact), new("precisely", HedgeKind.Exact),
        new("about", HedgeKind.Approximate), new("approximately", HedgeKind.Approximate), new("approx.", HedgeKind.Approximate),
        new("around", HedgeKind.Approximate), new("roughly", HedgeKind.Approximate), new("some", HedgeKind.Approximate),
        new("an estimated", HedgeKind.Approximate), new("estimated", HedgeKind.Approximate), new("circa", HedgeKind.Approximate),
        new("an approximate", HedgeKind.Approximate),
        new("nearly", HedgeKind.JustBelow), new("almost", HedgeKind.JustBelow), new("just under", HedgeKind.JustBelow),
        new("just below", HedgeKind.JustBelow), new("just short of", HedgeKind.JustBelow), new("just shy of", HedgeKind.JustBelow),
        new("close to", HedgeKind.JustBelow),
        new("over", HedgeKind.Above), new("just over", HedgeKind.Above), new("well over", HedgeKind.Above), new("more than", HedgeKind.Above),
        new("above", HedgeKind.Above), new("in excess of", HedgeKind.Above), new("upwards of", HedgeKind.Above),
        new("greater than", HedgeKind.Above), new("just above", HedgeKind.Above), new("well above", HedgeKind.Above),
        new("at least", HedgeKind.AtLeast), new("no less than", HedgeKind.AtLeast), new("no fewer than", HedgeKind.AtLeast),
        new("not less than", HedgeKind.AtLeast), new("not fewer than", HedgeKind.AtLeast), new("a minimum of", HedgeKind.AtLeast),
        // The low end of what may be, as "as many as" is the high end: "as few as 9,000".
        new("as few as", HedgeKind.AtLeast), new("as little as", HedgeKind.AtLeast),
        new("at most", HedgeKind.AtMost), new("no more than", HedgeKind.AtMost), new("not more than", HedgeKind.AtMost),
        new("up to", HedgeKind.AtMost), new("as many as", HedgeKind.AtMost), new("as much as", HedgeKind.AtMost),
        new("a maximum of", HedgeKind.AtMost),
        new("under", HedgeKind.Below), new("fewer than", HedgeKind.Below), new("less than", HedgeKind.Below), new("below", HedgeKind.Below),
        new("between", HedgeKind.Range),
        // Verbs that carry a hedge: the count has passed the number, is getting near it, or may reach it.
        new("surpassed", HedgeKind.Above), new("surpasses", HedgeKind.Above), new("surpassing", HedgeKind.Above),
        new("exceeded", HedgeKind.Above), new("exceeds", HedgeKind.Above), new("exceed", HedgeKind.Above), new("exceeding", HedgeKind.Above),
        new("topped", HedgeKind.Above), new("tops", HedgeKind.Above), new("topping", HedgeKind.Above), new("passed", HedgeKind.Above),
        new("pass", HedgeKind.Above), new("passes", HedgeKind.Above),
        new("approaching", HedgeKind.JustBelow), new("approaches", HedgeKind.JustBelow), new("nearing", HedgeKind.JustBelow),
        // "approach" after an auxiliary ("will approach 350 thousand", "may approach 3 million") as "approaching": the count getting
        // near the number from below, the modal saying when, not which side.
        new("approach", HedgeKind.JustBelow), new("may approach", HedgeKind.JustBelow), new("could approach", HedgeKind.JustBelow),
        new("might approach", HedgeKind.JustBelow),
        new("nears", HedgeKind.JustBelow), new("nearer", HedgeKind.JustBelow), new("closer to", HedgeKind.Approximate),
        new("estimated at", HedgeKind.Approximate),
        new("estimated conservatively at", HedgeKind.Approximate), new("conservatively estimated at", HedgeKind.Approximate),
        new("could reach", HedgeKind.AtMost), new("may reach", HedgeKind.AtMost), new("might reach", HedgeKind.AtMost),
        new("could rise to", HedgeKind.AtMost), new("may rise to", HedgeKind.AtMost), new("as high as", HedgeKind.AtMost),
        new("as low as", HedgeKind.AtLeast),
        // Abbreviations of "circa", the figure of speech for "more than", and less common spellings of hedges above.
        new("c.", HedgeKind.Approximate), new("ca.", HedgeKind.Approximate), new("north of", HedgeKind.Above),
        new("upward of", HedgeKind.Above), new("in the region of", HedgeKind.Approximate), new("more or less", HedgeKind.Approximate),
        new("in the neighbourhood of", HedgeKind.Approximate), new("in the neighborhood of", HedgeKind.Approximate),
        new("in the vicinity of", HedgeKind.Approximate),
        new("perhaps", HedgeKind.Approximate), new("somewhere", HedgeKind.Approximate), new("anywhere", HedgeKind.Approximate), new("south of", HedgeKind.Below),
        new("well in excess of", HedgeKind.Above),
        // "upto" written as one word; "well past" as "well over" (a count gone by the number: "passed" is a hedge above).
        new("upto", HedgeKind.AtMost), new("well past", HedgeKind.Above),
        // A small distance past the number, said with an adverb: as "just over" and "just under".
        new("rather more than", HedgeKind.Above), new("well more than", HedgeKind.Above),
        new("a little over", HedgeKind.Above), new("a little more than", HedgeKind.Above), new("a little above", HedgeKind.Above),
        new("slightly over", HedgeKind.Above), new("slightly more than", HedgeKind.Above), new("slightly above", HedgeKind.Above),
        new("a little under", HedgeKind.JustBelow), new("a little less than", HedgeKind.JustBelow),
        new("a little fewer than", HedgeKind.JustBelow), new("a little below", HedgeKind.JustBelow),
        new("slightly under", HedgeKind.JustBelow), new("slightly less than", HedgeKind.JustBelow),
        new("slightly fewer than", HedgeKind.JustBelow), new("slightly below", HedgeKind.JustBelow),
        new("just more than", HedgeKind.Above), new("just less than", HedgeKind.JustBelow), new("just fewer than", HedgeKind.JustBelow),
        // Said as "about" is: the order of magnitude of a figure, and "maybe" as "perhaps".
        new("on the order of", HedgeKind.Approximate), new("of the order of", HedgeKind.Approximate), new("maybe", HedgeKind.Approximate),
        // "possibly" as "perhaps"; the British "in the order of"; "in the range of" before a number (about it) or a range ("in the
        // range of 240,000-290,000", read as the range, as "around 220,000-280,000" is); the idiom "ballpark"; "something" and
        // "anything" before another hedge ("something close to", "something in the region of", "anything under": the other
        // hedge's kind, as "somewhere around") and "something like".
        new("possibly", HedgeKind.Approximate), new("in the order of", HedgeKind.Approximate), new("in the range of", HedgeKind.Approximate),
        new("ballpark", HedgeKind.Approximate), new("in the ballpark of", HedgeKind.Approximate),
        new("something", HedgeKind.Approximate), new("something like", HedgeKind.Approximate), new("anything", HedgeKind.Approximate),
        // "even" after "maybe" marks the number as the far end the speaker will go to, as "as many as" does: "maybe even 60,000"
        // is at most 60,000, and after a lower bound its upper end ("at least 50,000, maybe even 60,000").
        new("maybe even", HedgeKind.AtMost), new("perhaps even", HedgeKind.AtMost), new("possibly even", HedgeKind.AtMost),
        // "near 60,000" as "close to"; "shy of" as "just shy of"; "far over" and the like as "well over" (the number is a lower bound
        // and no data says how far past it the count goes: the spread is that of "over"); their mirrors as "under".
        new("near", HedgeKind.JustBelow), new("shy of", HedgeKind.JustBelow),
        // "not quite 500" as "nearly": the number not reached, closely. Common misspellings of hedges, each a string no word of
        // English is: "almst", "aproximately", "approximatly", "arround", "atleast", and "more that" right before a number
        // (the hedge is matched only where a number follows it).
        new("not quite", HedgeKind.JustBelow), new("almst", HedgeKind.JustBelow), new("aproximately", HedgeKind.Approximate),
        new("approximatly", HedgeKind.Approximate), new("arround", HedgeKind.Approximate), new("atleast", HedgeKind.AtLeast),
        new("more that", HedgeKind.Above),
        new("far over", HedgeKind.Above), new("far above", HedgeKind.Above), new("far more than", HedgeKind.Above),
        new("far in excess of", HedgeKind.Above),
        new("well under", HedgeKind.Below), new("well below", HedgeKind.Below), new("well short of", HedgeKind.Below),
        new("short of", HedgeKind.Below), new("far under", HedgeKind.Below), new("far below", HedgeKind.Below),
        new("far fewer than", HedgeKind.Below), new("far less than", HedgeKind.Below),
        // A bound said with a negation is its mirror: "did not exceed 500" and "never more than 500" are at most 500, "did not fall
        // short of 50" at least 50.
        new("not exceed", HedgeKind.AtMost), new("not exceeding", HedgeKind.AtMost), new("never exceeded", HedgeKind.AtMost),
        new("never more than", HedgeKind.AtMost), new("not fall short of", HedgeKind.AtLeast), new("not short of", HedgeKind.AtLeast),
        // A count that crosses a number has passed it, as one that "passed" or "topped" it: "the toll crossed 750", "crossing 140".
        // "past" after a verb of going up ("rose past 50", "climbed past 100") as "passed"; "towards" a number is short of it, as
        // "nearing" ("the toll rose towards 300"). A modal or "to" before "top", "cross" or "surpass" says when the count passes
        // the number, not which side of it the count is: "could top 350", "is expected to cross 1,000" (above, as "could approach"
        // is just below). The extractor reads "past", "towards" and "crossing" as hedges only where the grammar makes them one
        // ("the past 24 hours", "towards 2030", "the border crossing 40 trucks used" are none).
        new("crossed", HedgeKind.Above), new("crosses", HedgeKind.Above), new("crossing", HedgeKind.Above), new("past", HedgeKind.Above),
        new("towards", HedgeKind.JustBelow), new("toward", HedgeKind.JustBelow),
        new("could top", HedgeKind.Above), new("may top", HedgeKind.Above), new("might top", HedgeKind.Above), new("will top", HedgeKind.Above),
        new("would top", HedgeKind.Above), new("to top", HedgeKind.Above),
        new("could cross", HedgeKind.Above), new("may cross", HedgeKind.Above), new("might cross", HedgeKind.Above),
        new("will cross", HedgeKind.Above), new("would cross", HedgeKind.Above), new("to cross", HedgeKind.Above),
        new("surpass", HedgeKind.Above), new("could surpass", HedgeKind.Above), new("may surpass", HedgeKind.Above),
        new("might surpass", HedgeKind.Above), new("will surpass", HedgeKind.Above), new("would surpass", HedgeKind.Above),
        new("to surpass", HedgeKind.Above),
        // A comparison with a number is a bound as "more than" is, and its negation the mirror bound: "higher than 50,000" is over it,
        // "no higher than 50,000" at most it, "no lower than 300" at least it. "as many" right before a number is "as many as" with
        // its "as" dropped ("killed as many 25,000"): no word of English puts a number there otherwise.
        new("higher than", HedgeKind.Above),
        new("no higher than", HedgeKind.AtMost), new("not higher than", HedgeKind.AtMost), new("no greater than", HedgeKind.AtMost),
        new("not greater than", HedgeKind.AtMost), new("no lower than", HedgeKind.AtLeast), new("not lower than", HedgeKind.AtLeast),
        new("as many", HedgeKind.AtMost),
    ], static h => h.Phrase);

    /// <summary>
    /// Hedges of <see cref="Hedges"/> the extractor reads as one only after a verb of a count going up or a running count's
    /// noun ("rose past 50", "the toll climbed towards 300"): elsewhere in a sentence "past" and "towards" are the time or the
    /// direction ("the past 24 hours", "lashed out toward 200,000 troops"). The parser, given a figure's own words, reads them
    /// as hedges everywhere.
    /// </summary>
    internal static readonly WordSet HedgesAfterRisingOnly = new("past", "towards", "toward");

    /// <summary>
    /// The words that make a number an increment on a count said before ("up to another 2,000", "around another 255", "an
    /// additional 260,000", "a further 400", "an extra 5,500"): the figure is the number added, and a hedge before or after
    /// the words is its hedge. Lower case, single spaces; each ends in 'r', 'l' or 'a' (<see cref="MatchIncrementBefore"/>).
    /// </summary>
    internal static readonly string[] Increments = ["another", "a further", "an additional", "an extra"];

    /// <summary>The increment words of <see cref="Increments"/> at <paramref name="at"/>: their end, or -1.</summary>
    internal static int MatchIncrement(ReadOnlySpan<char> text, int at)
    {
        foreach (string phrase in Increments)
        {
            int end = SpanScanner.PhraseEnd(text, at, phrase);
            if (end > 0)
            {
                return end;
            }
        }
        return -1;
    }

    /// <summary>
    /// The start of the increment words of <see cref="Increments"/> that end at <paramref name="end"/> (not before
    /// <paramref name="limit"/>), or -1. A cheap test on the last letter comes first.
    /// </summary>
    internal static int MatchIncrementBefore(ReadOnlySpan<char> text, int end, int limit)
    {
        if (end <= limit || Characters.Lower(text[end - 1]) is not ('r' or 'l' or 'a'))
        {
            return -1;
        }
        foreach (string phrase in Increments)
        {
            int at = SpanScanner.PhraseStartBefore(text, end, limit, phrase);
            if (at >= 0)
            {
                return at;
            }
        }
        return -1;
    }

    /// <summary>
    /// Hedge phrases after a number and its unit, longest first: "800 or more", "40% or so", "2 million or fewer", "2,000 plus".
    /// "or more" states a bound the count reaches, as "at least" does; "or less" one it does not pass, as "at most". Each
    /// starts with "or" or is <see cref="PlusWord"/> ("plus" after a space, as "800-plus"; not before a number: "800 plus 200").
    /// </summary>
    internal static readonly HedgeWord[] TrailingHedges = LongestFirst<HedgeWord>(
    [
        new(PlusWord, HedgeKind.AtLeast),
        new("or more", HedgeKind.AtLeast), new("or higher", HedgeKind.AtLeast), new("or greater", HedgeKind.AtLeast),
        new("or above", HedgeKind.AtLeast),
        new("or so", HedgeKind.Approximate), new("or thereabouts", HedgeKind.Approximate),
        new("or fewer", HedgeKind.AtMost), new("or less", HedgeKind.AtMost), new("or lower", HedgeKind.AtMost),
        new("or below", HedgeKind.AtMost),
    ], static h => h.Phrase);

    /// <summary>
    /// Hedge words joined to a number by a hyphen: "800-plus" (800 or more, as "at least"), "800-odd" (800 and an
    /// unstated remainder: a lower bound, as "over").
    /// </summary>
    internal static readonly HedgeWord[] HyphenatedHedges = [new("plus", HedgeKind.AtLeast), new("odd", HedgeKind.Above)];

    /// <summary>"plus" after a number and a space ("2,000 plus soldiers"): 2,000 or more, as "at least".</summary>
    internal const string PlusWord = "plus";

    /// <summary>The plus sign after a number ("800+", "11,000+ troops", "40%+"): 800 or more, as "at least".</summary>
    internal const char PlusSign = '+';

    private static readonly HedgeWord Plus = new("+", HedgeKind.AtLeast);

    /// <summary>Number words below twenty, indexed by value.</summary>
    internal static readonly string[] SmallNumbers =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    /// <summary>The tens, indexed by value / 10 (the first two are empty).</summary>
    internal static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>
    /// Scale words by their power of ten: "hundred" (2), "thousand" (3), "million" (6), "billion" (9), "trillion" (12), and
    /// South Asian English's "lakh" (5, also spelt "lac") and "crore" (7), so that number words take them too ("thirty
    /// lakh", "one crore", "two lacs"; the plurals are listed again as singulars, since after a number word they are the
    /// usual form).
    /// </summary>
    internal static readonly (string Singular, string Plural, int Exponent)[] Scales =
    [
        ("hundred", "hundreds", 2), ("thousand", "thousands", 3), ("million", "millions", 6), ("billion", "billions", 9),
        ("trillion", "trillions", 12), ("lakh", "lakhs", 5), ("lac", "lacs", 5), ("crore", "crores", 7),
        // After a number word the plural is the usual form of these two ("two lakhs", "thirty lacs", "five crores").
        ("lakhs", "lakhs", 5), ("lacs", "lacs", 5), ("crores", "crores", 7),
    ];

    /// <summary>"a dozen", "dozens": twelve.</summary>
    internal const string Dozen = "dozen";

    /// <summary>The plural of <see cref="Dozen"/>.</summary>
    internal const string Dozens = "dozens";

    /// <summary>"scores of": the plural of a score (twenty), read as <see cref="Dozens"/> is.</summary>
    internal const string Scores = "scores";

    /// <summary>"tens of thousands": the plural of ten, used only in vague amounts.</summary>
    internal const string TensWord = "tens";

    /// <summary>The quantifiers of vague amounts: "several hundred" is [3, 9] hundreds, "a few thousand" [2, 5] thousands.</summary>
    internal static readonly (string Phrase, double Low, double High)[] VagueQuantifiers = [("several", 3, 9), ("a few", 2, 5), ("a couple of", 2, 3), ("a couple", 2, 3), ("couple", 2, 3)];

    /// <summary>
    /// Fractions in words by their denominator: "half" (alone, or "a half", "one-half"), "a third", "two-thirds",
    /// "a quarter", "three quarters", ... "a tenth". A numerator above one takes the plural ("two-thirds").
    /// </summary>
    internal static readonly (string Singular, string Plural, int Denominator)[] Fractions =
    [
        ("half", "halves", 2), ("third", "thirds", 3), ("quarter", "quarters", 4), ("fourth", "fourths", 4), ("fifth", "fifths", 5),
        ("sixth", "sixths", 6), ("seventh", "sevenths", 7), ("eighth", "eighths", 8), ("ninth", "ninths", 9), ("tenth", "tenths", 10),
    ];

    /// <summary>A plural of a unit U ("dozens", "hundreds", "tens of thousands") is read as [2U, 10U].</summary>
    internal const double PluralLow = 2, PluralHigh = 10;

    /// <summary>Multipliers after digits, longest first. "m" and "k" only attached ("5m", "60k"); "m" only in lower case (5M is a name more often than a number).</summary>
    internal static readonly MultiplierWord[] Multipliers = LongestFirst<MultiplierWord>(
    [
        new("hundred", 2, false, true, false), new("thousand", 3, true, true, false), new("million", 6, true, true, false),
        new("billion", 9, true, true, false), new("trillion", 12, true, true, false),
        new("k", 3, true, false, false), new("m", 6, true, false, true), new("mn", 6, true, true, false), new("mln", 6, true, true, false),
        new("bn", 9, true, true, false),
        // South Asian English: a lakh is a hundred thousand, a crore ten million ("1 lakh displaced", "2.5 crore").
        new("lakh", 5, false, true, false), new("lakhs", 5, false, true, false), new("crore", 7, false, true, false), new("crores", 7, false, true, false),
        // "lac" in lower case only: "Lac" opens lake names ("Lac Tesk").
        new("lac", 5, false, true, true), new("lacs", 5, false, true, true),
    ], static m => m.Phrase);

    /// <summary>
    /// Unit spellings, longest first so that "square kilometres" wins over "km" and "km²" over "km". "pc" is the British
    /// press's short "per cent", written against the number or after a space ("60pc", "60 pc").
    /// </summary>
    internal static readonly UnitWord[] Units = LongestFirst<UnitWord>(
    [
        new("%", UnitClass.Percent, true), new("per cent", UnitClass.Percent, true), new("percent", UnitClass.Percent, true),
        new("per-cent", UnitClass.Percent, true), new("pct", UnitClass.Percent, false), new("pc", UnitClass.Percent, true), new("fraction", UnitClass.Fraction, false),
        new("percentage points", UnitClass.PercentagePoint, false), new("percentage point", UnitClass.PercentagePoint, false),
        new("square kilometres", UnitClass.SquareKilometre, false), new("square kilometers", UnitClass.SquareKilometre, false),
        new("square kilometre", UnitClass.SquareKilometre, false), new("square kilometer", UnitClass.SquareKilometre, false),
        new("square km", UnitClass.SquareKilometre, false), new("sq km", UnitClass.SquareKilometre, false),
        new("sq. km", UnitClass.SquareKilometre, false), new("sq.km", UnitClass.SquareKilometre, false), new("sqkm", UnitClass.SquareKilometre, false),
        new("sq kms", UnitClass.SquareKilometre, false),
        new("sq kilometres", UnitClass.SquareKilometre, false), new("sq kilometers", UnitClass.SquareKilometre, false),
        new("km\u00B2", UnitClass.SquareKilometre, true), new("km2", UnitClass.SquareKilometre, true), new("km^2", UnitClass.SquareKilometre, true),
        new("square miles", UnitClass.SquareMile, false), new("square mile", UnitClass.SquareMile, false), new("square mi", UnitClass.SquareMile, false),
        new("sq miles", UnitClass.SquareMile, false), new("sq. miles", UnitClass.SquareMile, false), new("sq mi", UnitClass.SquareMile, false),
        new("sq. mi", UnitClass.SquareMile, false), new("sq.mi", UnitClass.SquareMile, false),
        new("mi\u00B2", UnitClass.SquareMile, true), new("mi2", UnitClass.SquareMile, true), new("mi^2", UnitClass.SquareMile, true),
        new("hectares", UnitClass.Hectare, false), new("hectare", UnitClass.Hectare, false), new("ha", UnitClass.Hectare, false),
        new("kilometres", UnitClass.Kilometre, false), new("kilometers", UnitClass.Kilometre, false), new("kilometre", UnitClass.Kilometre, false),
        new("kilometer", UnitClass.Kilometre, false), new("km", UnitClass.Kilometre, true), new("kms", UnitClass.Kilometre, true),
        new("miles", UnitClass.Mile, false), new("mile", UnitClass.Mile, false), new("mi", UnitClass.Mile, false),
        new("metres", UnitClass.Metre, false), new("meters", UnitClass.Metre, false),
        new("tonnes", UnitClass.Tonne, false), new("tons", UnitClass.Tonne, false),
    ], static u => u.Phrase);

    /// <summary>Words for people, read by <see cref="Unit.TryParse"/> as persons; the scanners leave them to the figure's subject.</summary>
    internal static readonly string[] PersonWords =
    [
        "person", "persons", "people", "personnel", "soldier", "soldiers", "troop", "troops", "servicemen", "service members",
        "servicemembers", "fighters",
    ];

    /// <summary>
    /// The hedges by their first two characters (<see cref="FirstTwoKey"/>), each bucket in the order of <see cref="Hedges"/>
    /// (longest first), so that a word is compared only with the phrases that start as it does.
    /// </summary>
    private static readonly HedgeWord[][] HedgesByFirstTwo = ByFirstTwo(Hedges);

    /// <summary>The hedges by the last character of their phrase (all ASCII), each bucket in the order of <see cref="Hedges"/>.</summary>
    private static readonly HedgeWord[][] HedgesByLast = ByLast(Hedges);

    private static readonly UnitWord[][] UnitsByInitial = ByInitial(Units, static u => u.Phrase);

    /// <summary>The hedge phrase at <paramref name="at"/>: its end, or -1.</summary>
    internal static int MatchHedge(ReadOnlySpan<char> text, int at, out HedgeWord hedge)
    {
        hedge = default;
        if (at >= text.Length || !char.IsAsciiLetter(text[at]))
        {
            return -1;
        }
        // Every phrase has two characters or more, the second a letter, a space or a period: the text's second is mapped
        // here as PhraseEnd would compare it, so that only the phrases that start with the same two are tried.
        char second = at + 1 < text.Length ? text[at + 1] : '\0';
        int key = FirstTwoKey((char)(text[at] | 0x20), Characters.IsWhiteSpace(second) ? ' ' : Characters.Lower(second));
        if (key < 0)
        {
            return -1;
        }
        // The third too, where PhraseEnd would compare it with the text's third (the second is no space), so that most
        // words of a bucket's two letters ("soldiers" against "some", "south of") are passed over without a call.
        char third = at + 2 < text.Length ? text[at + 2] : '\0';
        bool thirdIsSpace = Characters.IsWhiteSpace(third);
        third = Characters.Lower(third);
        foreach (var candidate in HedgesByFirstTwo[key])
        {
            string phrase = candidate.Phrase;
            if (phrase.Length > 2 && phrase[1] != ' ' && (phrase[2] == ' ' ? !thirdIsSpace : phrase[2] != third))
            {
                continue;
            }
            int end = SpanScanner.PhraseEnd(text, at, candidate.Phrase);
            if (end > 0)
            {
                hedge = candidate;
                return end;
            }
        }
        return -1;
    }

    /// <summary>The words that state a margin after a number ("60,000 plus or minus 5,000", "60,000, give or take"), lower case.</summary>
    internal static readonly string[] MarginPhrases = ["plus or minus", "give or take"];

    /// <summary>The plus-minus sign of a margin ("60,000 ± 5,000").</summary>
    internal const char PlusMinusSign = '\u00B1';

    /// <summary>The margin written with ASCII signs ("60,000 +/- 5,000").</summary>
    internal const string PlusSlashMinus = "+/-";

    /// <summary>
    /// Where a margin may start after the number or unit ending at <paramref name="at"/> (a cheap test before reading it): the
    /// first character after white space or a comma when it is "±", "+" or a letter "p" or "g"; -1 otherwise.
    /// </summary>
    internal static int MarginStart(ReadOnlySpan<char> text, int at)
    {
        int p = Characters.SkipWhiteSpace(text, at);
        if (p < text.Length && text[p] == ',')
        {
            p = Characters.SkipWhiteSpace(text, p + 1);
        }
        return p < text.Length && (text[p] is PlusMinusSign or PlusSign || (text[p] | 0x20) is 'p' or 'g') ? p : -1;
    }

    /// <summary>
    /// The margin sign or words at <paramref name="at"/>: "±", "+/-" (or "+/−", with the minus sign), "plus or minus", "give or
    /// take". Returns the end, or -1; <paramref name="phrase"/> is its lower-case spelling, <paramref name="words"/> whether
    /// it is words (which must end at a word boundary).
    /// </summary>
    internal static int MatchMargin(ReadOnlySpan<char> text, int at, out string phrase, out bool words)
    {
        phrase = string.Empty;
        words = false;
        if (at >= text.Length)
        {
            return -1;
        }
        if (text[at] == PlusMinusSign)
        {
            phrase = "\u00B1";
            return at + 1;
        }
        if (text[at] == PlusSign)
        {
            if (at + 2 < text.Length && text[at + 1] == '/' && Characters.IsMinus(text[at + 2]))
            {
                phrase = PlusSlashMinus;
                return at + 3;
            }
            return -1;
        }
        foreach (string candidate in MarginPhrases)
        {
            int end = SpanScanner.PhraseEnd(text, at, candidate);
            if (end > 0)
            {
                phrase = candidate;
                words = true;
                return end;
            }
        }
        return -1;
    }

    /// <summary>Whether a hedge written against a number may start with <paramref name="c"/> (a cheap test before <see cref="MatchAttachedHedge"/>).</summary>
    internal static bool MayStartAttachedHedge(char c) => c == PlusSign || Characters.IsWordHyphen(c);

    /// <summary>
    /// A hedge written against the end of a number or unit at <paramref name="at"/>: the plus sign ("800+") or a hyphen
    /// and a word of <see cref="HyphenatedHedges"/> ("800-plus", "800-odd"). Returns the end, or -1; <paramref name="wordStart"/>
    /// is where the hedge's own text starts (after the hyphen). A plus sign before a digit or letter ("800+200") or a slash
    /// ("800+/-50", a margin) is no hedge.
    /// </summary>
    internal static int MatchAttachedHedge(ReadOnlySpan<char> text, int at, out HedgeWord hedge, out int wordStart)
    {
        hedge = default;
        wordStart = at;
        if (at >= text.Length)
        {
            return -1;
        }
        char c = text[at];
        if (c == PlusSign)
        {
            if (at + 1 < text.Length && (Characters.IsWordPart(text[at + 1]) || text[at + 1] is PlusSign or '/'))
            {
                return -1;
            }
            hedge = Plus;
            return at + 1;
        }
        if (!Characters.IsWordHyphen(c) || at + 1 >= text.Length || (text[at + 1] | 0x20) is not ('p' or 'o'))
        {
            return -1;
        }
        foreach (var candidate in HyphenatedHedges)
        {
            int end = SpanScanner.PhraseEnd(text, at + 1, candidate.Phrase);
            if (end > 0 && !FollowedByDash(text, end))
            {
                hedge = candidate;
                wordStart = at + 1;
                return end;
            }
        }
        return -1;
    }

    /// <summary>
    /// A hedge phrase of <see cref="TrailingHedges"/> after white space at <paramref name="at"/> ("800 or more"): its end, or -1;
    /// <paramref name="start"/> is where the phrase starts. A phrase joined on by a hyphen ("or so-called") is not taken.
    /// </summary>
    internal static int MatchTrailingHedge(ReadOnlySpan<char> text, int at, out HedgeWord hedge, out int start)
    {
        hedge = default;
        start = Characters.SkipWhiteSpace(text, at);
        if (start == at || start + 1 >= text.Length)
        {
            return -1;
        }
        char first = (char)(text[start] | 0x20), second = (char)(text[start + 1] | 0x20);
        if (!(first == 'o' && second == 'r') && !(first == 'p' && second == 'l'))
        {
            return -1;
        }
        foreach (var candidate in TrailingHedges)
        {
            int end = SpanScanner.PhraseEnd(text, start, candidate.Phrase);
            if (end > 0 && !FollowedByDash(text, end) && !(ReferenceEquals(candidate.Phrase, PlusWord) && FollowedByNumber(text, end)))
            {
                hedge = candidate;
                return end;
            }
        }
        return -1;
    }

    /// <summary>Whether white space and a number follow <paramref name="at"/> ("800 plus 200" is a sum, not a hedge).</summary>
    private static bool FollowedByNumber(ReadOnlySpan<char> text, int at)
    {
        int next = Characters.SkipWhiteSpace(text, at);
        return next < text.Length && (Characters.IsDigit(text[next]) || NumberScanner.TryScan(text, next, NumberConvention.Unknown, out _, out _));
    }

    /// <summary>
    /// The kind of a figure with two hedges, or <see cref="HedgeKind.Bare"/> when the two do not make one: a bound and "about"
    /// in either order is the bound ("up to around 270", "perhaps more than 2,000", "some 800-odd", "an estimated 800+"), two
    /// of one kind are that kind ("approaching nearly 500,000", "about 800 or so", "at least 800 or more"), and "between"
    /// with "about" is a range ("between about 800 and 1,000", "somewhere between 800 and 1,000"). Bounds of two kinds
    /// ("nearly 800+") and "exactly" make none. Applied pairwise, left to right, it gives the same kind in either order
    /// of pairing for every three hedges that make one.
    /// </summary>
    internal static HedgeKind Stack(HedgeKind first, HedgeKind second)
    {
        if (first == second)
        {
            return first is HedgeKind.Approximate or HedgeKind.JustBelow or HedgeKind.Above or HedgeKind.AtLeast or HedgeKind.AtMost
                or HedgeKind.Below ? first : HedgeKind.Bare;
        }
        if (second == HedgeKind.Approximate)
        {
            return IsBound(first) || first == HedgeKind.Range ? first : HedgeKind.Bare;
        }
        return first == HedgeKind.Approximate && (IsBound(second) || second == HedgeKind.Range) ? second : HedgeKind.Bare;
    }

    private static bool IsBound(HedgeKind kind) => kind is HedgeKind.JustBelow or HedgeKind.Above or HedgeKind.AtLeast or HedgeKind.AtMost or HedgeKind.Below;

    /// <summary>
    /// Whether a hedge phrase may come before another before the number: not the prepositions "over", "under", "above",
    /// "below" and "near" ("fighting over some 800 km²", "under about 30 km away", "near some 20 villages").
    /// </summary>
    internal static bool MayStackBefore(in HedgeWord first) => first.Phrase is not ("over" or "under" or "above" or "below" or "near");

    /// <summary>
    /// Two hedge phrases before a number ("up to around", "perhaps more than"): the end of the
    /// second, or -1 when <paramref name="firstEnd"/> (the end of <paramref name="first"/>) is not followed by white space and
    /// a hedge that stacks with <paramref name="firstKind"/> (<see cref="Stack"/>); <paramref name="kind"/> is the kind of the
    /// two, <paramref name="second"/> the second phrase.
    /// </summary>
    internal static int MatchSecondHedge(ReadOnlySpan<char> text, int firstEnd, in HedgeWord first, HedgeKind firstKind, out HedgeWord second, out HedgeKind kind)
    {
        kind = HedgeKind.Bare;
        second = default;
        int next = Characters.SkipWhiteSpace(text, firstEnd);
        if (next == firstEnd || !MayStackBefore(in first))
        {
            return -1;
        }
        int end = MatchHedge(text, next, out second);
        if (end < 0 || Characters.SkipWhiteSpace(text, end) == end)
        {
            return -1;
        }
        kind = StackAfter(in first, firstKind, second.Kind);
        return kind == HedgeKind.Bare ? -1 : end;
    }

    /// <summary>
    /// The kind of the phrase <paramref name="first"/> (of kind <paramref name="firstKind"/>, its own or what it made with the
    /// hedges before it) and a hedge of kind <paramref name="second"/> after it: <see cref="Stack"/>, except that "maybe even",
    /// "perhaps even" and "possibly even" before another hedge stand back as "maybe" does ("maybe even more than 20,000" is
    /// more than 20,000, as "perhaps more than 20,000" is: "even" marks the bound as the far end the speaker goes to, and the
    /// bound says which end). Alone before a number they are <see cref="HedgeKind.AtMost"/> ("maybe even 20,000").
    /// </summary>
    internal static HedgeKind StackAfter(in HedgeWord first, HedgeKind firstKind, HedgeKind second)
    {
        var kind = Stack(firstKind, second);
        return kind == HedgeKind.Bare && firstKind == HedgeKind.AtMost && first.Phrase.EndsWith(" even", StringComparison.Ordinal)
            ? Stack(HedgeKind.Approximate, second)
            : kind;
    }

    /// <summary>How many hedges may stand before one number ("somewhere in the neighbourhood of around 1,000").</summary>
    internal const int MaxHedgesBefore = 3;

    private static bool FollowedByDash(ReadOnlySpan<char> text, int at) => at < text.Length && Characters.IsDash(text[at]);

    /// <summary>
    /// The start of the hedge phrase that ends at <paramref name="end"/> (not before <paramref name="limit"/>),
    /// or -1. "between" is taken only when <paramref name="rangeAllowed"/>.
    /// </summary>
    internal static int MatchHedgeBefore(ReadOnlySpan<char> text, int end, int limit, bool rangeAllowed, out HedgeKind kind)
    {
        int at = MatchHedgeBefore(text, end, limit, rangeAllowed, out HedgeWord hedge);
        kind = hedge.Kind;
        if (at < 0)
        {
            return -1;
        }
        // Hedges before this one that stack with it ("up to around 270"): the figure starts there, as the parser reads it.
        for (int count = 1; count < MaxHedgesBefore; count++)
        {
            int firstEnd = Characters.SkipSpacesBack(text, at, limit);
            if (firstEnd == at)
            {
                break;
            }
            int first = MatchHedgeBefore(text, firstEnd, limit, rangeAllowed, out HedgeWord before);
            HedgeKind stacked;
            if (first < 0 || !MayStackBefore(in before) || (stacked = StackAfter(in before, before.Kind, kind)) == HedgeKind.Bare
                || MatchHedge(text, first, out var forward) != firstEnd || forward.Phrase != before.Phrase)
            {
                break;
            }
            kind = stacked;
            at = first;
        }
        return at;
    }

    private static int MatchHedgeBefore(ReadOnlySpan<char> text, int end, int limit, bool rangeAllowed, out HedgeWord found)
    {
        found = default;
        if (end <= limit)
        {
            return -1;
        }
        // Only phrases ending in the character before the number are compared: those of its bucket, in the order of
        // Hedges (longest first), so the first that matches is the one a look through every phrase finds. Every phrase
        // ends in an ASCII character.
        char last = Characters.Lower(text[end - 1]);
        if (last >= HedgesByLast.Length)
        {
            return -1;
        }
        // The character before the last is compared here as PhraseStartBefore would compare it (every phrase has two or more).
        char beforeLast = end - 2 >= limit ? text[end - 2] : '\0';
        bool beforeLastIsSpace = Characters.IsWhiteSpace(beforeLast);
        beforeLast = Characters.Lower(beforeLast);
        foreach (var hedge in HedgesByLast[last])
        {
            char p = hedge.Phrase[^2];
            if ((p == ' ' ? !beforeLastIsSpace : p != beforeLast) || (!rangeAllowed && hedge.Kind == HedgeKind.Range))
            {
                continue;
            }
            int at = SpanScanner.PhraseStartBefore(text, end, limit, hedge.Phrase);
            if (at >= 0)
            {
                found = hedge;
                return at;
            }
        }
        return -1;
    }

    /// <summary>
    /// The unit spelled at <paramref name="at"/>: its end, or -1. Only spellings that may attach are
    /// taken when <paramref name="attached"/> (no space between the number and the unit).
    /// </summary>
    internal static int MatchUnit(ReadOnlySpan<char> text, int at, bool attached, out UnitWord unit)
    {
        unit = default;
        if (at >= text.Length)
        {
            return -1;
        }
        char first = Characters.Lower(text[at]);
        var candidates = first is >= 'a' and <= 'z' ? UnitsByInitial[first - 'a'] : first == '%' ? UnitsByInitial[26] : [];
        foreach (var candidate in candidates)
        {
            if (attached && !candidate.MayAttach)
            {
                continue;
            }
            int end = SpanScanner.PhraseEnd(text, at, candidate.Phrase);
            if (end > 0)
            {
                unit = candidate;
                return end;
            }
        }
        return -1;
    }

    /// <summary>
    /// The multiplier at <paramref name="at"/>, which is <paramref name="attached"/> to the digits or
    /// follows them after white space: its end, or -1.
    /// </summary>
    internal static int MatchMultiplier(ReadOnlySpan<char> text, int at, bool attached, out int exponent)
    {
        exponent = 0;
        if (at >= text.Length || !char.IsAsciiLetter(text[at]))
        {
            return -1;
        }
        char first = (char)(text[at] | 0x20);
        foreach (var multiplier in Multipliers)
        {
            if (multiplier.Phrase[0] != first || !(attached ? multiplier.MayAttach : multiplier.MayFollowSpace)
                || (multiplier.CaseSensitive && text[at] != multiplier.Phrase[0]))
            {
                continue;
            }
            int end = SpanScanner.PhraseEnd(text, at, multiplier.Phrase);
            if (end > 0)
            {
                exponent = multiplier.Exponent;
                return end;
            }
        }
        return -1;
    }

    /// <summary>A scale word at <paramref name="at"/> ("thousand"; "thousands" when <paramref name="plural"/>): its power of ten, or 0.</summary>
    internal static int MatchScale(ReadOnlySpan<char> text, int at, bool plural, out int end)
    {
        end = -1;
        if (at >= text.Length || (text[at] | 0x20) is not ('h' or 't' or 'm' or 'b' or 'l' or 'c'))
        {
            return 0;
        }
        foreach (var (singular, plurals, exponent) in Scales)
        {
            end = SpanScanner.PhraseEnd(text, at, plural ? plurals : singular);
            if (end > 0)
            {
                return exponent;
            }
        }
        return 0;
    }

    /// <summary>
    /// A number word below a hundred at <paramref name="at"/>: "one" to "nineteen", "twenty" to "ninety"
    /// (<paramref name="isTens"/>) and "twenty-five". Returns the end, or -1.
    /// </summary>
    internal static int MatchSmallOrTens(ReadOnlySpan<char> text, int at, out long value, out bool isTens)
    {
        value = 0;
        isTens = false;
        if (at >= text.Length || !char.IsAsciiLetter(text[at]))
        {
            return -1;
        }
        char first = (char)(text[at] | 0x20);
        for (int t = Tens.Length - 1; t >= 2; t--)
        {
            var tens = Tens[t];
            if (tens[0] != first || !text[at..].StartsWith(tens, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            int end = at + tens.Length;
            if (end + 1 < text.Length && Characters.IsWordHyphen(text[end]))
            {
                for (int unit = 1; unit <= 9; unit++)
                {
                    int unitEnd = SpanScanner.PhraseEnd(text, end + 1, SmallNumbers[unit]);
                    if (unitEnd > 0)
                    {
                        value = (t * 10) + unit;
                        return unitEnd;
                    }
                }
            }
            if (end == text.Length || !Characters.IsWordPart(text[end]))
            {
                value = t * 10;
                isTens = true;
                return end;
            }
        }
        for (int n = SmallNumbers.Length - 1; n >= 0; n--)
        {
            if (SmallNumbers[n][0] != first)
            {
                continue;
            }
            int end = SpanScanner.PhraseEnd(text, at, SmallNumbers[n]);
            if (end > 0)
            {
                value = n;
                return end;
            }
        }
        return -1;
    }

    /// <summary>Whether a number written in words could start with this lower-case letter (a cheap test before reading it).</summary>
    internal static bool MayStartNumberWord(char lower) => lower is 'a' or 'b' or 'd' or 'e' or 'f' or 'h' or 'm' or 'n' or 's' or 't' or 'z' or 'o';

    // A stable sort: phrases of equal length keep the order written above.
    private static T[] LongestFirst<T>(T[] entries, Func<T, string> phrase)
    {
        var order = new int[entries.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) => phrase(entries[a]).Length != phrase(entries[b]).Length
            ? phrase(entries[b]).Length.CompareTo(phrase(entries[a]).Length)
            : a.CompareTo(b));
        return Array.ConvertAll(order, i => entries[i]);
    }

    /// <summary>
    /// The bucket of a phrase or word by its first character (a lower-case ASCII letter) and its second (a lower-case ASCII
    /// letter, a space standing for any white space, or a period), or -1 when no phrase can start so.
    /// </summary>
    private static int FirstTwoKey(char first, char second)
    {
        int column = second is >= 'a' and <= 'z' ? second - 'a' : second == ' ' ? 26 : second == '.' ? 27 : -1;
        return first is >= 'a' and <= 'z' && column >= 0 ? ((first - 'a') * 28) + column : -1;
    }

    private static HedgeWord[][] ByFirstTwo(HedgeWord[] hedges)
    {
        var table = new HedgeWord[26 * 28][];
        for (int key = 0; key < table.Length; key++)
        {
            table[key] = Array.FindAll(hedges, h => FirstTwoKey(h.Phrase[0], h.Phrase[1]) == key);
        }
        if (Array.Exists(hedges, h => FirstTwoKey(h.Phrase[0], h.Phrase[1]) < 0))
        {
            throw new InvalidOperationException("Every hedge phrase is expected to start with a lower-case ASCII letter and a letter, space or period.");
        }
        return table;
    }

    // Index 26 holds the entries starting with something other than a letter ("%").
    private static HedgeWord[][] ByLast(HedgeWord[] hedges)
    {
        var table = new HedgeWord[128][];
        for (int c = 0; c < table.Length; c++)
        {
            table[c] = Array.FindAll(hedges, h => h.Phrase[^1] == c);
        }
        if (Array.Exists(hedges, h => h.Phrase[^1] >= table.Length))
        {
            throw new InvalidOperationException("Every hedge phrase is expected to end in an ASCII character.");
        }
        return table;
    }

    private static T[][] ByInitial<T>(T[] entries, Func<T, string> phrase)
    {
        var table = new T[27][];
        for (int letter = 0; letter < 27; letter++)
        {
            table[letter] = Array.FindAll(entries, e => letter < 26 ? phrase(e)[0] - 'a' == letter : phrase(e)[0] is < 'a' or > 'z');
        }
        return table;
    }
}
