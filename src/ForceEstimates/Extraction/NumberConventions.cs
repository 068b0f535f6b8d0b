using System;

namespace ForceEstimates.Extraction;

/// <summary>
/// The decimal separator an article uses, from the numbers whose format says it on its own: a decimal
/// point ("1.5 million", "0.25") or comma groups around a decimal point ("1,234,567", "1,234.5") for
/// English; a decimal comma ("1,5 million") or period groups ("1.234.567", "1.234,5") for much of
/// Europe. Numbers such as "60.000" or "12,000" say nothing either way. An article with evidence of
/// one convention only follows it; with none, or both, the convention is unknown.
/// </summary>
internal static class NumberConventions
{
    /// <summary>The convention of <paramref name="text"/>; one pass over its periods and commas.</summary>
    internal static NumberConvention Of(string text)
    {
        int english = 0, european = 0;
        int i = text.AsSpan().IndexOfAny('.', ',');
        while (i >= 0)
        {
            if (i > 0 && i + 1 < text.Length && Characters.IsDigit(text[i - 1]) && Characters.IsDigit(text[i + 1]))
            {
                switch (Evidence(text, i))
                {
                    case NumberConvention.PeriodDecimal: english++; break;
                    case NumberConvention.CommaDecimal: european++; break;
                }
            }
            if (english > 0 && european > 0)
            {
                break; // evidence of both: the convention is unknown, whatever the rest says
            }
            int next = i + 1 < text.Length ? text.AsSpan(i + 1).IndexOfAny('.', ',') : -1;
            i = next < 0 ? -1 : i + 1 + next;
        }
        return (english > 0, european > 0) switch
        {
            (true, false) => NumberConvention.PeriodDecimal,
            (false, true) => NumberConvention.CommaDecimal,
            _ => NumberConvention.Unknown,
        };
    }

    // What the separator at i, between two digits, says about the convention.
    private static NumberConvention Evidence(string text, int i)
    {
        char c = text[i];
        int before = i;
        while (before > 0 && Characters.IsDigit(text[before - 1]))
        {
            before--;
        }
        if (before > 0 && (char.IsLetter(text[before - 1]) || text[before - 1] == '.' || text[before - 1] == ','))
        {
            return NumberConvention.Unknown; // "v1.2", or the later separator of a number already counted
        }
        int after = i + 1;
        while (after < text.Length && Characters.IsDigit(text[after]))
        {
            after++;
        }
        int digits = after - (i + 1);
        bool another = after + 1 < text.Length && (text[after] == '.' || text[after] == ',') && Characters.IsDigit(text[after + 1]);
        if (digits != 3)
        {
            if (another)
            {
                return NumberConvention.Unknown; // "21.11.2024": a date or a version
            }
            return c == '.' ? NumberConvention.PeriodDecimal : digits <= 2 && i - before <= 3 ? NumberConvention.CommaDecimal : NumberConvention.Unknown;
        }
        if (i - before == 1 && text[before] == '0')
        {
            return c == '.' ? NumberConvention.PeriodDecimal : NumberConvention.CommaDecimal; // "0.500", "0,500": a decimal either way
        }
        if (!another || i - before > 3)
        {
            return NumberConvention.Unknown; // "60.000", "12,000": either
        }
        // "1,234,567" and "1,234.5" are English; "1.234.567" and "1.234,5" European.
        return c == ',' ? NumberConvention.PeriodDecimal : NumberConvention.CommaDecimal;
    }
}
