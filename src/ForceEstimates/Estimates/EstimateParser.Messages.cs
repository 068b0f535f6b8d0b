using System;
using System.Globalization;

namespace ForceEstimates;

/// <summary>Why a figure could not be read; the position goes with it.</summary>
internal enum ParseFailure : byte
{
    None,
    Empty,
    ExpectedNumber,
    ExpectedRangeEnd,
    InvertedRange,
    ZeroLowerBound,
    UnexpectedText,
    AmbiguousSeparator,
    OutOfRange,
    Negative,
    MixedUnits,

    /// <summary>A bound, a range or "exactly" before a vague amount ("at least tens of thousands"): no calibrated reading.</summary>
    BoundOnVagueAmount,

    /// <summary>A sum of money ("$2.5 billion", "2.5 billion dollars"): no unit of the library measures it.</summary>
    Currency,

    /// <summary>A bound before a range ("at least 60-70", "more than 60,000 to 70,000"): no calibrated reading.</summary>
    BoundOnRange,

    /// <summary>A count's decade ("the low 2,000s", "the mid-4,000s", "the high thousands"): no calibrated reading.</summary>
    Decade,
}

/// <summary>A failure and where it happened, as an index of the text read.</summary>
internal readonly record struct SoftFailure(ParseFailure Failure, int Position);

internal static partial class EstimateParser
{
    /// <summary>How much of the text after the failure's position a message shows.</summary>
    private const int ContextLength = 20;

    /// <summary>
    /// The message of the <see cref="FormatException"/> for a failure: the text (a bounded, escaped
    /// excerpt; see <see cref="Excerpt"/>), what was expected, the position and what stands there.
    /// </summary>
    internal static string Describe(string text, ParseFailure failure, int position)
    {
        string what = failure switch
        {
            ParseFailure.Empty => "the text is empty",
            ParseFailure.ExpectedNumber => "expected a number (digits such as 1,376 or words such as eleven thousand), optionally after hedge words such as \"about\"",
            ParseFailure.ExpectedRangeEnd => "expected the second number of the range",
            ParseFailure.InvertedRange => "the range's second number is smaller than its first (a multiplier written only on the second number, as in \"10-12 thousand\", applies to both)",
            ParseFailure.ZeroLowerBound => "the lower bound of \"over\" or \"at least\" must be greater than zero",
            ParseFailure.AmbiguousSeparator => DescribeAmbiguity(text, position),
            ParseFailure.OutOfRange => "the number is too large or too small to be represented (an estimate holds about 1e-308 to 1e304)",
            ParseFailure.Negative => "an estimate is a count, an area or a share, never negative",
            ParseFailure.MixedUnits => "the two ends of the range are in different units",
            ParseFailure.BoundOnVagueAmount => "a vague amount (such as \"tens of thousands\") is read alone or after \"about\"; a bound, a range or \"exactly\" before it has no calibrated reading, since the bound is itself vague: write the bound as a number (\"at least 20,000\") or the vague amount alone",
            ParseFailure.Currency => "a sum of money is not a force estimate, and no unit of the library measures currency",
            ParseFailure.BoundOnRange => "a bound (such as \"at least\" or \"more than\") before a range has no calibrated reading, since the bound is itself uncertain: write the bound as one number (\"at least 60\") or the range alone (\"60-70\")",
            ParseFailure.Decade => "a count's decade (such as \"the low 2,000s\" or \"the high thousands\") has no calibrated reading, since no data says where \"low\" ends and \"mid\" begins: write the range it means (\"2,000-2,300\") or the number with a hedge (\"over 2,000\")",
            _ => "unexpected text after the figure",
        };
        string context = position < text.Length ? string.Concat(" (at \"", Excerpt.From(text, position, ContextLength), "\")") : " (at the end)";
        return string.Create(CultureInfo.InvariantCulture, $"Cannot read {Excerpt.Quote(text)} as an estimate: {what} at position {position}{context}.");
    }

    // "60.000": write "60,000" if the period groups thousands, "60.0000" if it is the decimal point.
    private static string DescribeAmbiguity(string text, int period)
    {
        int start = period;
        while (start > 0 && Characters.IsDigit(text[start - 1]))
        {
            start--;
        }
        var whole = text.AsSpan(start, period - start);
        var decimals = text.AsSpan(period + 1, 3);
        return string.Create(CultureInfo.InvariantCulture,
            $"the period in \"{whole}.{decimals}\" is ambiguous: write \"{whole},{decimals}\" if it groups thousands, \"{whole}.{decimals}0\" if it is the decimal point");
    }
}
