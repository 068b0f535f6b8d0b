using System;
using System.Collections;
using System.Collections.Generic;

namespace ForceEstimates;

/// <summary>
/// A figure as it was stated: the text, the hedge words, the number(s) in the stated unit (with
/// multipliers such as "million" applied), the unit as written and the roundness of the number.
/// Nothing here is interpreted; the <see cref="HedgeModel"/> turns it into a distribution.
/// Immutable and thread-safe.
/// </summary>
public sealed class StatedFigure : IEquatable<StatedFigure>
{
    private readonly StatedValues values;

    internal StatedFigure(string text, HedgeKind hedge, string hedgeText, StatedValues values, string? unit, int significantDigits)
    {
        Text = text;
        Hedge = hedge;
        HedgeText = hedgeText;
        this.values = values;
        // Kept here as well: aggregation reads the first number of every report (its rounding bin, its bound), and the
        // values are an object of their own, one more step from the report.
        Value = values.First;
        Unit = unit;
        SignificantDigits = significantDigits;
    }

    /// <summary>The text as written, without surrounding white space ("nearly 60,000").</summary>
    public string Text { get; }

    /// <summary>The hedge category the words belong to.</summary>
    public HedgeKind Hedge { get; }

    /// <summary>The hedge words as written ("nearly", "More than"), or empty for a bare number. For a vague amount, the whole vague phrase ("tens of thousands").</summary>
    public string HedgeText { get; }

    /// <summary>
    /// The number(s) as stated, in the stated unit, multipliers applied ("1.2 million" → 1,200,000;
    /// "40%" → 40): one number, or two for a range. For a vague amount, the two ends of the
    /// documented reading (see <see cref="HedgeKind.Vague"/> and the hedge model): "dozens" → 24 and 120.
    /// </summary>
    public IReadOnlyList<double> Values => values;

    /// <summary>The first (or only) number; the lower end of a range.</summary>
    public double Value { get; }

    /// <summary>The unit as written ("square kilometres", "sq km", "%"), or null when none was written.</summary>
    public string? Unit { get; }

    /// <summary>
    /// The significant digits of the number as written (the fewest of a range's two): 1 for "800"
    /// and "60,000", 2 for "11,000" and "1.2 million", 4 for "1,376". Trailing zeros of a whole
    /// number are not counted; digits after a decimal point are.
    /// </summary>
    public int SignificantDigits { get; }

    /// <summary>The roundness class of <see cref="SignificantDigits"/>.</summary>
    public Roundness Roundness => SignificantDigits switch
    {
        <= 1 => Roundness.OneSignificantDigit,
        2 => Roundness.TwoSignificantDigits,
        _ => Roundness.Precise,
    };

    /// <summary>Equality of every stated part; <see cref="Text"/> compares ordinally (case matters).</summary>
    /// <param name="other">The figure to compare with.</param>
    public bool Equals(StatedFigure? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Hedge == other.Hedge
                   && SignificantDigits == other.SignificantDigits
                   && values.Equals(other.values)
                   && string.Equals(Text, other.Text, StringComparison.Ordinal)
                   && string.Equals(HedgeText, other.HedgeText, StringComparison.Ordinal)
                   && string.Equals(Unit, other.Unit, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StatedFigure);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Text), Hedge, values.GetHashCode());

    /// <summary>The text as written.</summary>
    public override string ToString() => Text;
}

/// <summary>One or two stated numbers without an array.</summary>
internal sealed class StatedValues : IReadOnlyList<double>, IEquatable<StatedValues>
{
    internal StatedValues(double first)
    {
        First = first;
        Count = 1;
    }

    internal StatedValues(double first, double second)
    {
        First = first;
        Second = second;
        Count = 2;
    }

    internal double First { get; }

    internal double Second { get; }

    public int Count { get; }

    public double this[int index] => index switch
    {
        0 => First,
        1 when Count == 2 => Second,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "Expected an index below the number of stated values."),
    };

    public IEnumerator<double> GetEnumerator()
    {
        yield return First;
        if (Count == 2)
        {
            yield return Second;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(StatedValues? other)
        => other is not null && Count == other.Count && First.Equals(other.First) && Second.Equals(other.Second);

    public override bool Equals(object? obj) => Equals(obj as StatedValues);

    public override int GetHashCode() => HashCode.Combine(Count, First, Second);
}
